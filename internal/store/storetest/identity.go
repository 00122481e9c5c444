package storetest

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// testStableClaimIDs re-extracts an article twice: claims found again keep
// their ids (with their new content), a reviewed claim stays as it was, a
// claim no longer found is gone (410) with a pointer to the claim now at its
// figure, and a new claim gets an id never used before.
func testStableClaimIDs(t *testing.T, s store.Store) {
	ctx := context.Background()
	bld := newArticle("ids.txt", "Crews counted twice", "2024-08-01", "Harbor News", "en",
		"Some 2,000 workers arrived in 2023, officials said. Another 800 left in 2024 and 150 stayed.",
		"A further 60 came by train, the railway said.")
	bld.claim("Some 2,000", doc.Value{Number: 2000, Approx: true}, "workers", "entries", "2023", "officials").
		claim("800", doc.Exact(800), "workers", "exits", "2024", "officials").
		claim("150", doc.Exact(150), "workers", "stock", "2024", "officials").
		claim("60", doc.Exact(60), "workers", "entries", "", "the railway")
	id := put(t, s, bld.done())
	ids := map[string]int64{}
	for _, text := range []string{"Some 2,000", "800", "150", "60"} {
		ids[text] = claimByText(t, s, id, text).ID
	}
	if _, err := s.ReviewClaim(ctx, ids["800"], store.Review{Action: store.ReviewAccepted, Who: "ann"}); err != nil {
		t.Fatal(err)
	}
	// First re-extraction: "Some 2,000" gets a period fix (same figure),
	// "800" comes back as it was, "150" is read with another value at the
	// same span (same span and indicator), "60" is mapped to another
	// indicator (same span and value).
	fixed := bld.makeClaim("Some 2,000", doc.Value{Number: 2000, Approx: true}, "workers", "entries", "2023-06", "officials")
	again := []doc.Claim{fixed,
		bld.makeClaim("800", doc.Exact(800), "workers", "exits", "2024", "officials"),
		bld.makeClaim("150", doc.Value{Bound: doc.BoundMin, Number: 150}, "workers", "stock", "2024", "officials"),
		bld.makeClaim("60", doc.Exact(60), "workers", "arrivals-by-rail", "", "the railway"),
	}
	res, err := replaceClaims(ctx, s, id, again)
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.ReplaceResult{Kept: 3, KeptReviewed: 1, Skipped: 1}); res != want {
		t.Errorf("first re-extraction %+v, want %+v", res, want)
	}
	for text, cid := range ids {
		if got := claimByText(t, s, id, text); got.ID != cid {
			t.Errorf("claim %q: id %d after re-extraction, want %d", text, got.ID, cid)
		}
	}
	if c, _ := s.Claim(ctx, ids["Some 2,000"]); c == nil || c.Period != "2023-06" || c.Review != store.ReviewMachine {
		t.Errorf("kept claim did not take the new content: %+v", c)
	}
	if c, _ := s.Claim(ctx, ids["60"]); c == nil || c.Indicator != "arrivals-by-rail" {
		t.Errorf("remapped claim: %+v", c)
	}
	reviewed, _ := s.Claim(ctx, ids["800"])

	// Second re-extraction: "150" is no longer a claim, the figure "60" is
	// now read as "A further 60" (a new claim over the old span), and a new
	// claim appears.
	moved := bld.makeClaim("A further 60", doc.Exact(60), "workers", "entries", "", "the railway")
	added := bld.makeClaim("Another 800", doc.Exact(800), "workers", "departures", "2024", "officials")
	res, err = replaceClaims(ctx, s, id, []doc.Claim{fixed, again[1], moved, added})
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.ReplaceResult{Kept: 1, Inserted: 2, Deleted: 2, KeptReviewed: 1, Skipped: 1}); res != want {
		t.Errorf("second re-extraction %+v, want %+v", res, want)
	}
	if got := claimByText(t, s, id, "Some 2,000"); got.ID != ids["Some 2,000"] {
		t.Errorf("unchanged claim lost its id: %d, want %d", got.ID, ids["Some 2,000"])
	}
	if got, _ := s.Claim(ctx, ids["800"]); got == nil || jsonMicro(got) != jsonMicro(reviewed) {
		t.Errorf("reviewed claim changed:\n%s\nwas\n%s", jsonOf(got), jsonOf(reviewed))
	}
	newMoved := claimByText(t, s, id, "A further 60")
	newAdded := claimByText(t, s, id, "Another 800")
	for _, c := range []store.StoredClaim{newMoved, newAdded} {
		for text, old := range ids {
			if c.ID == old {
				t.Errorf("new claim %q reuses the id %d of %q", c.Text, old, text)
			}
		}
	}
	// Removed claims are gone, pointing to what replaced them.
	_, err = s.Claim(ctx, ids["60"])
	var g *store.GoneError
	if !errors.As(err, &g) || !errors.Is(err, store.ErrGone) || !errors.Is(err, store.ErrNotFound) || g.ReplacedBy != newMoved.ID {
		t.Errorf("removed claim 60: %v, want gone, replaced by %d", err, newMoved.ID)
	}
	_, err = s.Claim(ctx, ids["150"])
	if !errors.As(err, &g) || g.ID != ids["150"] {
		t.Errorf("removed claim 150: %v, want gone", err)
	} else if g.ReplacedBy != ids["800"] && g.ReplacedBy != newAdded.ID {
		// nothing stands at its figure; the claims of its sentence do
		t.Errorf("removed claim 150 replaced by %d, want a claim of its sentence", g.ReplacedBy)
	}
	if _, err := s.ReviewClaim(ctx, ids["150"], store.Review{Action: store.ReviewAccepted, Who: "ann"}); !errors.Is(err, store.ErrGone) {
		t.Errorf("review of a removed claim: %v, want ErrGone", err)
	}
	if _, err := s.Claim(ctx, 1<<40); errors.Is(err, store.ErrGone) || !errors.Is(err, store.ErrNotFound) {
		t.Errorf("claim never stored: %v, want not found", err)
	}
	// When the replacement goes too, the pointers lead from tombstone to
	// tombstone.
	if _, err := replaceClaims(ctx, s, id, []doc.Claim{fixed, again[1], added}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Claim(ctx, ids["60"]); !errors.As(err, &g) || g.ReplacedBy != newMoved.ID {
		t.Errorf("tombstone of 60 after its replacement went: %v", err)
	}
	if _, err := s.Claim(ctx, newMoved.ID); !errors.As(err, &g) || g.ReplacedBy != 0 {
		t.Errorf("tombstone of the replacement: %v", err)
	}
}

// testClaimSortAndSource: filtering by source and the sort keys are done by
// the store.
func testClaimSortAndSource(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	list, total, err := s.ListClaims(ctx, store.ClaimFilter{Source: "MINISTRY"})
	if err != nil || total != 2 || len(list) != 2 {
		t.Fatalf("source filter: %v total %d, %v", claimKeys(list), total, err)
	}
	if list, _, _ := s.ListClaims(ctx, store.ClaimFilter{Source: "ledger"}); len(list) != 2 {
		t.Errorf("source filter on the outlet: %v", claimKeys(list))
	}
	if list, _, _ := s.ListClaims(ctx, store.ClaimFilter{Source: "%"}); len(list) != 0 {
		t.Errorf("source filter %%: %v, want none (no wildcard)", claimKeys(list))
	}
	texts := func(f store.ClaimFilter) string {
		t.Helper()
		list, n, err := s.ListClaims(ctx, f)
		if err != nil || n != 4 && f.Limit == 0 {
			t.Fatalf("%+v: total %d, %v", f, n, err)
		}
		var out []string
		for _, c := range list {
			out = append(out, c.Text)
		}
		return strings.Join(out, "|")
	}
	for _, c := range []struct {
		f    store.ClaimFilter
		want string
	}{
		{store.ClaimFilter{Sort: store.SortValue}, "40|300-500|About 5,000|More than 12,000"},
		{store.ClaimFilter{Sort: store.SortValue, Desc: true}, "More than 12,000|About 5,000|300-500|40"},
		{store.ClaimFilter{Sort: store.SortPeriod}, "More than 12,000|About 5,000|300-500|40"},
		{store.ClaimFilter{Sort: store.SortIndicator}, "About 5,000|More than 12,000|300-500|40"},
		{store.ClaimFilter{Sort: store.SortSource}, "About 5,000|40|300-500|More than 12,000"},
		{store.ClaimFilter{Sort: store.SortPublished}, "More than 12,000|About 5,000|300-500|40"},
		{store.ClaimFilter{Sort: store.SortValue, Limit: 2, Offset: 1}, "300-500|About 5,000"},
	} {
		if got := texts(c.f); got != c.want {
			t.Errorf("%+v: %s, want %s", c.f, got, c.want)
		}
	}
	if _, _, err := s.ListClaims(ctx, store.ClaimFilter{Sort: "length"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("unknown sort key: %v, want ErrInvalid", err)
	}
}

// testGeneration: writes that change what pages show move the generation.
func testGeneration(t *testing.T, s store.Store) {
	ctx := context.Background()
	g0, err := s.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	a := put(t, s, articleA())
	g1, _ := s.Generation(ctx)
	if g1 <= g0 {
		t.Errorf("generation %d after PutArticle, was %d", g1, g0)
	}
	if _, _, err := s.PutArticle(ctx, articleA()); err != nil {
		t.Fatal(err)
	}
	if g, _ := s.Generation(ctx); g != g1 {
		t.Errorf("an unchanged article moved the generation %d -> %d", g1, g)
	}
	x := claimByText(t, s, a, "More than 12,000")
	if _, err := s.ReviewClaim(ctx, x.ID, store.Review{Action: store.ReviewAccepted, Who: "ann"}); err != nil {
		t.Fatal(err)
	}
	g2, _ := s.Generation(ctx)
	if _, err := replaceClaims(ctx, s, a, nil); err != nil {
		t.Fatal(err)
	}
	if g3, _ := s.Generation(ctx); g2 <= g1 || g3 <= g2 {
		t.Errorf("generations %d, %d, %d after review and re-extraction", g1, g2, g3)
	}
}

// testUnstorableText: NUL bytes and invalid UTF-8 are stored the same way
// by every store (PostgreSQL refuses them in text), keeping the spans.
func testUnstorableText(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := articleA()
	a.Text = strings.Replace(a.Text, "arrived", "arr\x00ved", 1)
	a.Text = strings.Replace(a.Text, "during", "dur\xffng", 1)
	a.Title += "\x00"
	id := put(t, s, a)
	got, err := s.Article(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.Text, "arr ved") || !strings.Contains(got.Text, "dur?ng") || len(got.Text) != len(a.Text) {
		t.Errorf("stored text %q", got.Text)
	}
	if !strings.HasSuffix(got.Title, " ") || len(got.Warnings) == 0 {
		t.Errorf("title %q, warnings %v", got.Title, got.Warnings)
	}
	c := got.Annotations.Claims[0]
	if got.Text[c.Start:c.End] != "More than 12,000" {
		t.Errorf("claim span now covers %q", got.Text[c.Start:c.End])
	}
}

// testPutArticles: several articles in one transaction, all or nothing,
// each with its own result.
func testPutArticles(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := put(t, s, articleA())
	res, err := s.PutArticles(ctx, []*doc.Article{articleB(), articleA(), articleC()})
	if err != nil || len(res) != 3 || !res[0].Created || res[1].Created || res[1].ID != a || !res[2].Created {
		t.Fatalf("PutArticles = %+v, %v; want B and C new, A unchanged", res, err)
	}
	bad := articleD()
	bad.Source, bad.Hash = "bad.txt", bad.Hash+"-bad"
	bad.Annotations.LegalRefs = []doc.LegalRef{{Start: -1, End: 2, Text: "x", Instrument: "y"}}
	before, _ := s.Counts(ctx)
	if _, err := s.PutArticles(ctx, []*doc.Article{articleD(), bad}); err == nil {
		t.Fatalf("a batch with a bad article was stored")
	}
	if after, _ := s.Counts(ctx); after.Articles != before.Articles {
		t.Errorf("a failed batch stored %d articles", after.Articles-before.Articles)
	}
}
