package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
)

// Workbench is what RunWorkbench needs of a store.
type Workbench = store.Store

// RunWorkbench is the conformance suite for the workbench's methods
// (Group, contradiction reviews, facets, saved searches) and the
// filters they came with (ClaimFilter Origin, Credit, Text and Fold;
// SearchQuery Sort and Fold; SearchHit CopyGroup and Copies). open must
// return a new empty store for each call.
func RunWorkbench(t *testing.T, open func(t *testing.T) Workbench) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s Workbench)
	}{
		{"Group", testGroupByID},
		{"ContradictionReviews", testContradictionReviews},
		{"ClaimFilters", testClaimFilters},
		{"SearchSortFold", testSearchSortFold},
		{"Facets", testFacets},
		{"SavedSearches", testSavedSearches},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

func testGroupByID(t *testing.T, s Workbench) {
	ctx := context.Background()
	a, b, c, _ := putAll(t, s)
	gid, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: b, Of: a, Relation: store.RelNear, Similarity: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	sid, err := s.SetLink(ctx, store.KindStory, store.Link{ArticleID: c, Of: a})
	if err != nil {
		t.Fatal(err)
	}
	g, err := s.Group(ctx, gid)
	if err != nil || g.Kind != store.KindCopy || g.Of != a || len(g.Members) != 2 {
		t.Fatalf("Group(%d) = %+v, %v; want the copy group of %d and %d", gid, g, err, a, b)
	}
	st, err := s.Group(ctx, sid)
	if err != nil || st.Kind != store.KindStory || len(st.Members) != 2 {
		t.Fatalf("Group(%d) = %+v, %v; want the story", sid, st, err)
	}
	if _, err := s.Group(ctx, sid+gid+100); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Group(unknown) err %v, want ErrNotFound", err)
	}
}

func testContradictionReviews(t *testing.T, s Workbench) {
	ctx := context.Background()
	if got, err := s.ContradictionStates(ctx); err != nil || len(got) != 0 {
		t.Fatalf("states of an empty store: %v, %v", got, err)
	}
	// Named in either order, the pair is one.
	r1, err := s.ReviewContradiction(ctx, store.ContradictionReview{A: "9:1:5:x", B: "3:1:5:x", ClaimA: 90, ClaimB: 30,
		State: store.ContradictionConfirmed, Who: "ana (token 1)", Reason: "both count the same workers"})
	if err != nil {
		t.Fatal(err)
	}
	if r1.A != "3:1:5:x" || r1.ClaimA != 30 || r1.ClaimB != 90 || r1.ID == 0 || r1.At.IsZero() {
		t.Errorf("stored review %+v: want the keys ordered with their claims, an id and a time", r1)
	}
	if _, err := s.ReviewContradiction(ctx, store.ContradictionReview{A: "3:1:5:x", B: "9:1:5:x", ClaimA: 30, ClaimB: 90,
		State: store.ContradictionDismissed, Who: "bo (token 2)", Reason: "different regions"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReviewContradiction(ctx, store.ContradictionReview{A: "1:0:1:y", B: "2:0:1:y", ClaimA: 1, ClaimB: 2,
		State: store.ContradictionConfirmed, Who: "ana (token 1)", Reason: "checked"}); err != nil {
		t.Fatal(err)
	}
	audit, err := s.ContradictionAudit(ctx, "9:1:5:x", "3:1:5:x")
	if err != nil || len(audit) != 2 || audit[0].State != store.ContradictionConfirmed || audit[1].State != store.ContradictionDismissed ||
		audit[1].Who != "bo (token 2)" || audit[1].Reason != "different regions" {
		t.Fatalf("audit = %+v, %v; want confirmed then dismissed, oldest first", audit, err)
	}
	states, err := s.ContradictionStates(ctx)
	if err != nil || len(states) != 2 {
		t.Fatalf("states = %+v, %v; want 2 pairs", states, err)
	}
	for _, st := range states {
		if st.A == "3:1:5:x" && st.State != store.ContradictionDismissed {
			t.Errorf("latest state of the first pair %q, want dismissed", st.State)
		}
	}
	for _, bad := range []store.ContradictionReview{
		{A: "1", B: "2", State: "maybe", Who: "x", Reason: "y"},
		{A: "1", B: "1", State: store.ContradictionConfirmed, Who: "x", Reason: "y"},
		{A: "1", B: "2", State: store.ContradictionConfirmed, Reason: "y"},
		{A: "1", B: "2", State: store.ContradictionConfirmed, Who: "x"},
	} {
		if _, err := s.ReviewContradiction(ctx, bad); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("ReviewContradiction(%+v) err %v, want ErrInvalid", bad, err)
		}
	}
}

func claimIDs(t *testing.T, s store.Store, f store.ClaimFilter) []int64 {
	t.Helper()
	cs, total, err := s.ListClaims(context.Background(), f)
	if err != nil {
		t.Fatalf("ListClaims(%+v): %v", f, err)
	}
	if total != len(cs) {
		t.Errorf("ListClaims(%+v): total %d, %d listed", f, total, len(cs))
	}
	var out []int64
	for _, c := range cs {
		out = append(out, c.ArticleID)
	}
	return out
}

func testClaimFilters(t *testing.T, s Workbench) {
	ctx := context.Background()
	a, b, c, _ := putAll(t, s)
	for _, tc := range []struct {
		name string
		f    store.ClaimFilter
		want int // claims
	}{
		{"origin ignoring case", store.ClaimFilter{Origin: "STATEMENT"}, 4},
		{"unknown origin", store.ClaimFilter{Origin: "nobody"}, 0},
		{"outlet", store.ClaimFilter{Credit: "harbor news"}, 2},
		{"text", store.ClaimFilter{Text: "builders"}, 2},
		{"text and outlet", store.ClaimFilter{Text: "builders", Credit: "Harbor News"}, 0},
	} {
		if got := claimIDs(t, s, tc.f); len(got) != tc.want {
			t.Errorf("%s: %d claims (articles %v), want %d", tc.name, len(got), got, tc.want)
		}
	}
	if _, _, err := s.ListClaims(ctx, store.ClaimFilter{Text: `"unclosed`}); !errors.Is(err, store.ErrBadQuery) {
		t.Errorf("bad text query: err %v, want ErrBadQuery", err)
	}
	// b copies a: folding leaves b's claims out, a's and c's stay.
	if _, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: b, Of: a, Relation: store.RelNear, Similarity: 0.9}); err != nil {
		t.Fatal(err)
	}
	got := claimIDs(t, s, store.ClaimFilter{Fold: true})
	if len(got) != 2 {
		t.Fatalf("folded claims of articles %v, want those of %d and %d", got, a, c)
	}
	for _, id := range got {
		if id == b {
			t.Errorf("folded list kept the copy %d", b)
		}
	}
}

func testSearchSortFold(t *testing.T, s Workbench) {
	ctx := context.Background()
	a, b, _, _ := putAll(t, s)
	// "ministry" is in a (2024-03-10) and b (2024-05-02).
	hits, _, err := s.Search(ctx, store.SearchQuery{Text: "ministry", Sort: store.SortDate, Limit: 10})
	if err != nil || len(hits) != 2 || hits[0].ArticleID != b || hits[1].ArticleID != a {
		t.Fatalf("newest first: %+v, %v; want %d then %d", hits, err, b, a)
	}
	if _, _, err := s.Search(ctx, store.SearchQuery{Text: "ministry", Sort: "sideways"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("unknown sort: err %v, want ErrInvalid", err)
	}
	gid, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: b, Of: a, Relation: store.RelNear, Similarity: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	hits, total, err := s.Search(ctx, store.SearchQuery{Text: "ministry", Fold: true, Limit: 10})
	if err != nil || total != 1 || len(hits) != 1 || hits[0].ArticleID != a || hits[0].CopyGroup != gid || hits[0].Copies != 2 {
		t.Fatalf("folded: %+v (total %d), %v; want only %d, in group %d of 2", hits, total, err, a, gid)
	}
	hits, _, _ = s.Search(ctx, store.SearchQuery{Text: "ministry", Limit: 10})
	if len(hits) != 2 {
		t.Errorf("unfolded search lists %d hits, want 2", len(hits))
	}
}

func facetMap(fs []store.Facet) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[f.Value] = f.Count
	}
	return m
}

func testFacets(t *testing.T, s Workbench) {
	ctx := context.Background()
	putAll(t, s)
	f, err := s.ArticleFacets(ctx, store.SearchQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if got := facetMap(f.Fields[store.FacetLang]); got["en"] != 3 || got["de"] != 1 {
		t.Errorf("language facet %v, want en 3, de 1", got)
	}
	if got := facetMap(f.Fields[store.FacetYear]); got["2024"] != 3 || got[""] != 1 {
		t.Errorf("year facet %v, want 2024: 3 and 1 undated", got)
	}
	if cr := f.Fields[store.FacetCredit]; len(cr) == 0 || cr[0].Count < cr[len(cr)-1].Count {
		t.Errorf("outlet facet %v: want most frequent first", cr)
	}
	f, err = s.ArticleFacets(ctx, store.SearchQuery{Text: "ministry", Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	if got := facetMap(f.Fields[store.FacetCredit]); len(got) != 2 || got["Harbor News"] != 1 || got["Daily Ledger"] != 1 || f.Capped {
		t.Errorf("outlets of \"ministry\": %v (capped %v), want Harbor News 1, Daily Ledger 1", got, f.Capped)
	}
	cf, err := s.ClaimFacets(ctx, store.ClaimFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := facetMap(cf.Fields[store.FacetIndicator]); got["entries"] != 2 || got["student-visas"] != 1 {
		t.Errorf("indicator facet %v", got)
	}
	if got := facetMap(cf.Fields[store.FacetReview]); got[store.ReviewMachine] != 4 {
		t.Errorf("review facet %v, want 4 machine", got)
	}
	if got := facetMap(cf.Fields[store.FacetOrigin]); got["statement"] != 4 {
		t.Errorf("origin facet %v", got)
	}
	cf, err = s.ClaimFacets(ctx, store.ClaimFilter{Indicator: "entries"})
	if err != nil {
		t.Fatal(err)
	}
	if got := facetMap(cf.Fields[store.FacetSaidBy]); len(got) != 2 || got["the regional ministry"] != 1 {
		t.Errorf("said_by facet of one indicator %v", got)
	}
}

func testSavedSearches(t *testing.T, s Workbench) {
	ctx := context.Background()
	if got, err := s.SavedSearches(ctx); err != nil || len(got) != 0 {
		t.Fatalf("empty store: %v, %v", got, err)
	}
	a, err := s.SaveSearch(ctx, store.SavedSearch{Name: "Permits in Tomsk", Query: "q=permits+tomsk&kind=claims", Alert: true, Who: "ana (token 1)"})
	if err != nil || a.ID == 0 || a.CreatedAt.IsZero() {
		t.Fatalf("save: %+v, %v", a, err)
	}
	if _, err := s.SaveSearch(ctx, store.SavedSearch{Name: "Visas", Query: "q=visas", Who: "bo (token 2)"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.SavedSearches(ctx)
	if err != nil || len(got) != 2 || got[0].Name != "Permits in Tomsk" || !got[0].Alert || got[1].Alert || got[0].Query != "q=permits+tomsk&kind=claims" {
		t.Fatalf("list: %+v, %v", got, err)
	}
	if err := s.DeleteSavedSearch(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSavedSearch(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("delete twice: err %v, want ErrNotFound", err)
	}
	for _, bad := range []store.SavedSearch{{Query: "q=x", Who: "x"}, {Name: "x", Who: "x"}, {Name: "x", Query: "q=x"}} {
		if _, err := s.SaveSearch(ctx, bad); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("SaveSearch(%+v) err %v, want ErrInvalid", bad, err)
		}
	}
}
