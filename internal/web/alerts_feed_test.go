package web

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/feed"
	"github.com/dossier-osint/dossier/internal/store"
)

func TestAlertsFeedAndSources(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	var as store.AlertStore = e.fx.Store
	if _, _, err := as.AddAlert(ctx, store.AlertEvent{Key: "k1", Rule: "r1", Topic: "dprk-labour-russia", When: "above",
		Title: `New maximum <script>x</script> of 9,000 workers`, ArticleID: 1, CreatedAt: time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	w := e.get("/alerts.atom")
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "application/atom+xml") {
		t.Fatalf("alerts.atom: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	if strings.Contains(w.Body.String(), "<script>") {
		t.Error("feed holds unescaped markup from an alert title")
	}
	f, err := feed.Parse("alerts.atom", "http://example.test/", w.Body.Bytes())
	if err != nil || len(f.Entries) != 1 || !strings.Contains(f.Entries[0].Title, "9,000 workers") {
		t.Fatalf("feed: %v %+v", err, f)
	}

	var ss store.SourceStore = e.fx.Store
	if _, _, err := ss.AddSource(ctx, "https://news.example/feed.xml", 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	w = e.get("/api/v1/sources")
	var got struct {
		Items []store.Source `json:"items"`
		Total int            `json:"total"`
	}
	decode(t, w, &got)
	if w.Code != 200 || got.Total != 1 || got.Items[0].URL != "https://news.example/feed.xml" {
		t.Errorf("sources: %d %+v", w.Code, got)
	}
	if w := e.get("/api/v1/sources?bogus=1"); w.Code != 400 {
		t.Errorf("unknown parameter: %d", w.Code)
	}
}
