package web

import (
	"net/http"
)

// indicatorJSON describes an indicator and its claim counts.
type indicatorJSON struct {
	ID             string   `json:"id"`
	Topic          string   `json:"topic"`
	Label          string   `json:"label"`
	Measure        string   `json:"measure"`
	Units          []string `json:"units"`
	Claims         int      `json:"claims"`
	Points         int      `json:"points"`
	Independent    int      `json:"independent"`
	Contradictions int      `json:"contradictions"`
	// ContradictionsCapped: the count stopped at the cap, there are more.
	ContradictionsCapped bool `json:"contradictions_capped,omitempty"`
}

func (s *Server) apiIndicators(w http.ResponseWriter, r *http.Request) {
	var limit, offset int
	if !apiParams(w, r, func(p *params) { limit, offset = p.page(100, 1000) }) {
		return
	}
	all := s.indicators()
	var items []indicatorJSON
	for i := offset; i < len(all) && i < offset+limit; i++ {
		ind := all[i]
		se, err := s.series(r.Context(), ind.ID)
		if err != nil {
			s.storeError(w, "indicator "+ind.ID, err)
			return
		}
		items = append(items, indicatorJSON{ID: ind.ID, Topic: ind.Topic.ID, Label: ind.Label, Measure: ind.Measure,
			Units: ind.Units, Claims: se.Claims, Points: len(se.Points), Independent: se.Independent,
			Contradictions: len(se.Contradictions), ContradictionsCapped: se.ContradictionsCapped})
	}
	writeJSON(w, http.StatusOK, list(items, len(all), limit, offset))
}

// apiIndicator returns the indicator's series: points (copies folded) and
// contradictions, as the chart draws them.
func (s *Server) apiIndicator(w http.ResponseWriter, r *http.Request) {
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	id := r.PathValue("id")
	_, known := s.indicatorByID(id)
	se, err := s.series(r.Context(), id)
	if err != nil {
		s.storeError(w, "indicator "+id, err)
		return
	}
	if !known && se.Claims == 0 {
		writeError(w, http.StatusNotFound, "indicator "+id+": not found")
		return
	}
	writeJSON(w, http.StatusOK, se)
}

func (s *Server) apiContradictions(w http.ResponseWriter, r *http.Request) {
	var limit, offset int
	var indicator, state string
	if !apiParams(w, r, func(p *params) {
		indicator = p.str("indicator")
		state = p.enum("state", "open", "all")
		limit, offset = p.page(50, 1000)
	}) {
		return
	}
	// Count every match, copy only the window's.
	var page []Contradiction
	n := 0
	for _, ind := range s.indicators() {
		if indicator != "" && ind.ID != indicator {
			continue
		}
		se, err := s.series(r.Context(), ind.ID)
		if err != nil {
			s.storeError(w, "contradictions", err)
			return
		}
		for i := range se.Contradictions {
			c := &se.Contradictions[i]
			if state != "all" && !c.Open {
				continue
			}
			if n >= offset && len(page) < limit {
				page = append(page, *c)
			}
			n++
		}
	}
	writeJSON(w, http.StatusOK, list(page, n, limit, offset))
}
