package alert

import (
	"context"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
)

// TestSavedSearchAlerts: a saved search marked as an alert fires, as a
// topic rule does, for each article (or claim) that matches it; one not
// marked fires nothing; the feed can list one saved search's alerts.
func TestSavedSearchAlerts(t *testing.T) {
	st, eng, ids := setup(t)
	ctx := context.Background()
	eng.Topics = nil // only the saved searches
	unionOnly, err := st.SaveSearch(ctx, store.SavedSearch{Name: "union at the yard", Query: "q=union", Alert: true, Who: "ana"})
	if err != nil {
		t.Fatal(err)
	}
	office, err := st.SaveSearch(ctx, store.SavedSearch{Name: "office figures", Query: "kind=claims&said_by=Harbour+Office", Alert: true, Who: "ana"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.SaveSearch(ctx, store.SavedSearch{Name: "quiet", Query: "q=fitters", Who: "ana"}); err != nil {
		t.Fatal(err)
	}
	got := map[string][]int64{}
	for _, id := range ids {
		evs, err := eng.Fire(ctx, st, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, ev := range evs {
			got[ev.Rule] = append(got[ev.Rule], ev.ArticleID)
			if ev.Topic != SavedTopic || ev.Payload == nil {
				t.Errorf("event %+v: want the saved-search topic and a webhook payload", ev)
			}
		}
	}
	if a := got[SavedRule(unionOnly.ID)]; len(a) != 1 || a[0] != ids[1] {
		t.Errorf("\"union\" fired for %v, want only article %d", a, ids[1])
	}
	if a := got[SavedRule(office.ID)]; len(a) != 2 || a[0] != ids[0] || a[1] != ids[2] {
		t.Errorf("the office's claims fired for %v, want %d and %d", a, ids[0], ids[2])
	}
	if len(got) != 2 {
		t.Errorf("rules fired: %v, want the two marked as alerts", got)
	}
	// Firing again records nothing new.
	if evs, _ := eng.Fire(ctx, st, ids[1]); len(evs) != 0 {
		t.Errorf("second firing added %d events", len(evs))
	}
	feed, err := Feed(ctx, st, FeedOptions{Rule: SavedRule(office.ID)})
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(feed), "<entry>"); n != 2 || strings.Contains(string(feed), "union at the yard") {
		t.Errorf("feed of one saved search: %d entries\n%s", n, feed)
	}
}
