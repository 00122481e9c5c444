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
