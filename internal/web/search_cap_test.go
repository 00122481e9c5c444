package web

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/web/webtest"
)

// broadStore answers every search as one that matched more articles
// than the store counts.
type broadStore struct{ *sqlite.Store }

func (b broadStore) Search(ctx context.Context, q store.SearchQuery) ([]store.SearchHit, int, error) {
	hits, _, err := b.Store.Search(ctx, q)
	return hits, store.SearchTotalCap + 1, err
}

func TestSearchTotalCapped(t *testing.T) {
	fx := webtest.New(t)
	srv, err := New(broadStore{fx.Store}, Options{Topics: fx.Topics, Clock: func() time.Time { return time.Date(2024, 8, 1, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, fx: fx, srv: srv}
	var l struct {
		Total       int  `json:"total"`
		TotalCapped bool `json:"total_capped"`
	}
	decode(t, e.get("/api/v1/search?q=workers&limit=1"), &l)
	if l.Total != store.SearchTotalCap || !l.TotalCapped {
		t.Errorf("API: total %d capped %v, want %d and true", l.Total, l.TotalCapped, store.SearchTotalCap)
	}
	body := e.get("/search?q=workers&limit=1").Body.String()
	if want := fmt.Sprintf("of %s+", thousands(store.SearchTotalCap)); !strings.Contains(body, want) {
		t.Errorf("search page does not say %q", want)
	}
	// An exact total carries no flag.
	l.TotalCapped, l.Total = false, 0
	decode(t, newEnv(t).get("/api/v1/search?q=workers"), &l)
	if l.TotalCapped || l.Total == 0 {
		t.Errorf("exact total: %d capped %v", l.Total, l.TotalCapped)
	}
}
