package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// TestStoreContractPages reads what the store keeps beside articles
// (watched feeds, saved searches, alerts) through the pages and the API on
// the real SQLite store: each is part of store.Store, so no page says the
// store keeps none, and what was stored shows.
func TestStoreContractPages(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	if _, _, err := e.fx.Store.AddSource(ctx, "https://feeds.example.org/amur-courier.xml", time.Hour); err != nil {
		t.Fatal(err)
	}
	_, enc, err := canonicalQuery("q=labourers")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.fx.Store.SaveSearch(ctx, store.SavedSearch{Name: "labourers watch", Query: enc, Who: "test"}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ target, want string }{
		{"/sources", "feeds.example.org/amur-courier.xml"},
		{"/searches", "labourers watch"},
		{"/alerts", "No alerts"},
		{"/api/v1/sources", "feeds.example.org/amur-courier.xml"},
		{"/api/v1/searches", "labourers watch"},
		{"/api/v1/alerts", `"items":[]`},
		{"/alerts.atom", "<feed"},
	} {
		w := e.get(c.target)
		body := w.Body.String()
		if w.Code != 200 {
			t.Errorf("GET %s: %d %s", c.target, w.Code, clip(body, 200))
			continue
		}
		if !strings.Contains(body, c.want) {
			t.Errorf("GET %s: %q not in %s", c.target, c.want, clip(body, 300))
		}
		if strings.Contains(body, "keeps no") {
			t.Errorf("GET %s says the store keeps none", c.target)
		}
	}
}

// TestAlertDeliveryStates: the alerts page and API show each alert's
// delivery state: sent from the store, dead (with its error) from the job
// queue through Options.AlertStates.
func TestAlertDeliveryStates(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var ids []int64
	for _, k := range []string{"sent-one", "dead-one", "waiting-one"} {
		id, _, err := e.fx.Store.AddAlert(ctx, store.AlertEvent{Key: k, Rule: "r", Title: "alert " + k})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	if err := e.fx.Store.AlertDelivered(ctx, ids[0], e.now); err != nil {
		t.Fatal(err)
	}
	srv, err := New(e.fx.Store, Options{Topics: e.fx.Topics, AlertStates: func(_ context.Context, evs []store.AlertEvent) error {
		for i := range evs {
			if evs[i].ID == ids[1] {
				evs[i].Delivery, evs[i].Attempts, evs[i].LastError = store.DeliveryDead, 5, "HTTP 502"
			}
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = srv
	w := e.get("/alerts?state=dead")
	if body := w.Body.String(); w.Code != 200 || !strings.Contains(body, "alert dead-one") || !strings.Contains(body, "HTTP 502") ||
		strings.Contains(body, "alert sent-one") || strings.Contains(body, "alert waiting-one") {
		t.Errorf("/alerts?state=dead: %d %s", w.Code, clip(body, 2000))
	}
	var got struct {
		Items []store.AlertEvent `json:"items"`
	}
	decode(t, e.get("/api/v1/alerts"), &got)
	states := map[string]string{}
	for _, ev := range got.Items {
		states[ev.Key] = ev.Delivery
	}
	if states["sent-one"] != store.DeliverySent || states["dead-one"] != store.DeliveryDead || states["waiting-one"] != store.DeliveryPending {
		t.Errorf("API delivery states %v", states)
	}
}
