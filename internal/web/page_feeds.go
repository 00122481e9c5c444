package web

import (
	"context"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

type sourcesData struct {
	List      []store.Source
	Unhealthy int
}

func (s *Server) pageSources(w http.ResponseWriter, r *http.Request) {
	d := &sourcesData{}
	list, err := s.st.ListSources(r.Context())
	if err != nil {
		s.log.Error("sources", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The watched feeds could not be read.")
		return
	}
	d.List = list
	for _, src := range list {
		if src.Unhealthy {
			d.Unhealthy++
		}
	}
	s.render(w, r, http.StatusOK, "sources", "Sources", d)
}

// alertStates are the delivery filters of the alerts page.
var alertStates = []string{"all", store.DeliverySent, store.DeliveryPending, store.DeliveryDead}

type alertsData struct {
	State  string
	States []string
	Counts map[string]int
	List   []store.AlertEvent
	Limit  int
}

// deliveryWords says a delivery state in words.
var deliveryWords = map[string]string{"all": "all fired", store.DeliverySent: "delivered",
	store.DeliveryPending: "waiting or retrying", store.DeliveryDead: "failed (dead letter)"}

// alerts reads the newest alerts with their delivery state.
func (s *Server) alerts(ctx context.Context, limit int) ([]store.AlertEvent, error) {
	list, err := s.st.ListAlerts(ctx, limit)
	if err == nil && s.opt.AlertStates != nil {
		err = s.opt.AlertStates(ctx, list)
	}
	return list, err
}

func (s *Server) pageAlerts(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	state := p.enum("state", alertStates...)
	limit := p.int("limit", 200, 1, 2000)
	if err := p.err(false); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	if state == "" {
		state = "all"
	}
	d := &alertsData{State: state, States: alertStates, Counts: map[string]int{}, Limit: limit}
	list, err := s.alerts(r.Context(), limit)
	if err != nil {
		s.log.Error("alerts", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The alerts could not be read.")
		return
	}
	for _, ev := range list {
		d.Counts[ev.Delivery]++
		d.Counts["all"]++
		if state == "all" || ev.Delivery == state {
			d.List = append(d.List, ev)
		}
	}
	s.render(w, r, http.StatusOK, "alerts", "Alerts", d)
}
