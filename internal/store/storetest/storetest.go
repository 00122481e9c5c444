// Package storetest is the conformance suite for store.Store
// implementations: every implementation's tests call Run with a function
// that opens a fresh, empty store, and must pass all of it.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// Run runs the suite. open must return a new empty store for each call and
// arrange for it to be closed (t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Articles", testArticles},
		{"Idempotent", testIdempotent},
		{"CopyRecords", testCopyRecords},
		{"PutArticles", testPutArticles},
		{"StableClaimIDs", testStableClaimIDs},
		{"ClaimSortAndSource", testClaimSortAndSource},
		{"Generation", testGeneration},
		{"UnstorableText", testUnstorableText},
		{"AllOrNothing", testAllOrNothing},
		{"NotFound", testNotFound},
		{"ListArticles", testListArticles},
		{"Search", testSearch},
		{"SearchBroad", testSearchBroad},
		{"SearchInflected", testSearchInflected},
		{"SearchErrors", testSearchErrors},
		{"ListClaims", testListClaims},
		{"Review", testReview},
		{"ReviewInvalid", testReviewInvalid},
		{"ReplaceMachineClaims", testReplaceMachineClaims},
		{"ReplaceAnnotations", testReplaceAnnotations},
		{"Entities", testEntities},
		{"Copies", testCopies},
		{"Stories", testStories},
		{"JoinStory", testJoinStory},
		{"Counts", testCounts},
		{"Migrate", testMigrate},
		{"Concurrent", testConcurrent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

func put(t *testing.T, s store.Store, a *doc.Article) int64 {
	t.Helper()
	id, created, err := s.PutArticle(context.Background(), a)
	if err != nil {
		t.Fatalf("PutArticle(%s): %v", a.Source, err)
	}
	if !created {
		t.Fatalf("PutArticle(%s): created = false for a new article", a.Source)
	}
	return id
}

// putAll stores A, B, C, D and returns their ids.
func putAll(t *testing.T, s store.Store) (a, b, c, d int64) {
	return put(t, s, articleA()), put(t, s, articleB()), put(t, s, articleC()), put(t, s, articleD())
}

// norm makes nil and empty slices compare equal.
func norm(a *doc.Article) *doc.Article {
	b, _ := json.Marshal(a)
	var x doc.Article
	json.Unmarshal(b, &x)
	x.ID = a.ID
	if a.Annotations != nil {
		ab, _ := json.Marshal(a.Annotations)
		var an doc.Annotations
		json.Unmarshal(ab, &an)
		x.Annotations = &an
	}
	return &x
}

func jsonOf(v any) string {
	b, _ := json.MarshalIndent(v, "", " ")
	return string(b)
}

func testRoundTrip(t *testing.T, s store.Store) {
	ctx := context.Background()
	for _, in := range []*doc.Article{articleA(), articleB(), articleC(), articleD()} {
		in.URL = "https://example.org/" + in.Source
		in.Byline = "By A. Writer"
		in.PublishedTime = in.Published + "T08:30:00"
		in.Warnings = []string{"fixture warning"}
		in.Removed = []doc.Removed{{Text: "Accept cookies", Reason: "boilerplate:cookie", Index: 0}}
		in.Paragraphs[len(in.Paragraphs)-1].Flags = []string{"spinner-residue"}
		want := norm(in)
		id := put(t, s, in)
		if in.ID != id || id == 0 {
			t.Fatalf("%s: a.ID = %d, returned id = %d", in.Source, in.ID, id)
		}
		want.ID = id
		got, err := s.Article(ctx, id)
		if err != nil {
			t.Fatalf("Article(%d): %v", id, err)
		}
		if got.Annotations == nil {
			t.Fatalf("Article(%d): nil Annotations", id)
		}
		if g, w := jsonOf(norm(got)), jsonOf(want); g != w {
			t.Errorf("%s: round trip differs\n got %s\nwant %s", in.Source, g, w)
		}
		if g, w := jsonOf(got.Annotations), jsonOf(want.Annotations); g != w {
			t.Errorf("%s: annotations differ\n got %s\nwant %s", in.Source, g, w)
		}
		if got.ID != id {
			t.Errorf("Article(%d).ID = %d", id, got.ID)
		}
		hid, err := s.StoredRecordID(ctx, in.Hash, in.Source, in.URL)
		if err != nil || hid != id {
			t.Errorf("StoredRecordID = %d, %v; want %d", hid, err, id)
		}
	}
}

// testArticles: several articles read together come in the order asked,
// each as Article reads it without its claims, those not stored left out.
func testArticles(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b, _, d := putAll(t, s)
	var got []string
	err := s.Articles(ctx, []int64{d, a + b + d + 100, a, b}, func(x *doc.Article) error {
		got = append(got, jsonOf(norm(x)))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	claims := 0
	for _, id := range []int64{d, a, b} {
		x, err := s.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		claims += len(x.Annotations.Claims)
		x.Annotations.Claims = nil
		want = append(want, jsonOf(norm(x)))
	}
	if claims == 0 {
		t.Fatal("no claims to leave out")
	}
	if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
		t.Errorf("Articles(%d, missing, %d, %d):\n%s\nwant\n%s", d, a, b, g, w)
	}
}

func testIdempotent(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := put(t, s, articleA())
	before, _ := s.Counts(ctx)
	// The same text from the same source is unchanged.
	for i := 0; i < 2; i++ {
		id2, created, err := s.PutArticle(ctx, articleA())
		if err != nil || created || id2 != id {
			t.Fatalf("re-ingest %d: (%d, %v, %v), want (%d, false, nil)", i, id2, created, err, id)
		}
	}
	after, _ := s.Counts(ctx)
	if !reflect.DeepEqual(before, after) {
		t.Errorf("re-ingest changed counts: %+v -> %+v", before, after)
	}
	// Changed content is a new article.
	changed := articleA()
	changed.Text += " Updated."
	changed.Hash += "-2"
	id3, created, err := s.PutArticle(ctx, changed)
	if err != nil || !created || id3 == id {
		t.Fatalf("changed article: (%d, %v, %v), want a new id", id3, created, err)
	}
	// Without a hash, nothing is deduplicated.
	for i := 0; i < 2; i++ {
		nh := articleD()
		nh.Hash = ""
		if _, created, err := s.PutArticle(ctx, nh); err != nil || !created {
			t.Fatalf("article without hash %d: created %v, err %v", i, created, err)
		}
	}
}

// testCopyRecords: the same text from another source (another outlet, URL
// or file) is its own record, linked as an exact copy of the first.
func testCopyRecords(t *testing.T, s store.Store) {
	ctx := context.Background()
	first := articleA()
	first.URL = "https://wire.example/story-1"
	id := put(t, s, first)
	again := articleA()
	again.Source, again.URL, again.Credit, again.Published = "", "https://daily.example/2024/story", "Daily Example", "2024-05-03"
	cid := put(t, s, again)
	if cid == id {
		t.Fatalf("copy from another source stored under the first id %d", id)
	}
	got, err := s.Article(ctx, cid)
	if err != nil || got.URL != again.URL || got.Credit != "Daily Example" || got.Published != "2024-05-03" || got.Hash != first.Hash {
		t.Fatalf("copy record: %+v, %v", got, err)
	}
	if orig, _ := s.Article(ctx, id); orig.URL != first.URL || orig.Credit != first.Credit {
		t.Errorf("first record changed: %+v", orig)
	}
	g, err := s.GroupOf(ctx, store.KindCopy, cid)
	if err != nil || g.Of != id || len(g.Members) != 2 {
		t.Fatalf("copy group of the copy: %+v, %v", g, err)
	}
	for _, m := range g.Members {
		if m.ArticleID == cid && (m.Relation != store.RelExact || m.Of != id || m.Similarity != 1) {
			t.Errorf("copy member %+v, want exact copy of %d", m, id)
		}
	}
	// Seen again from its own source, each is unchanged.
	for _, a := range []*doc.Article{articleA(), again} {
		a.URL = map[bool]string{true: first.URL, false: again.URL}[a.Source == "a.txt"]
		x, created, err := s.PutArticle(ctx, a)
		if err != nil || created || (x != id && x != cid) {
			t.Errorf("re-ingest of %s: (%d, %v, %v)", a.URL, x, created, err)
		}
	}
	if n, _ := s.Counts(ctx); n.Articles != 2 || n.CopyGroups != 1 {
		t.Errorf("counts %+v, want 2 articles in 1 copy group", n)
	}
	if h, err := s.StoredRecordID(ctx, first.Hash, first.Source, first.URL); err != nil || h != id {
		t.Errorf("StoredRecordID = %d, %v; want the first record %d", h, err, id)
	}
	// A third outlet joins the same group.
	third := articleA()
	third.Source, third.URL = "mirror.txt", ""
	tid := put(t, s, third)
	if g, err := s.GroupOf(ctx, store.KindCopy, tid); err != nil || len(g.Members) != 3 || g.Of != id {
		t.Errorf("third copy's group: %+v, %v", g, err)
	}
}

func isEmpty(t *testing.T, s store.Store, what string) {
	t.Helper()
	ctx := context.Background()
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatalf("Counts: %v", err)
	}
	if c.Articles+c.Paragraphs+c.Times+c.Quantities+c.Mentions+c.Entities+c.LegalRefs+c.Claims != 0 {
		t.Errorf("%s: store not empty: %+v", what, c)
	}
	list, total, err := s.ListArticles(ctx, store.ArticleFilter{})
	if err != nil || len(list) != 0 || total != 0 {
		t.Errorf("%s: ListArticles = %d items, total %d, err %v", what, len(list), total, err)
	}
	hits, total, err := s.Search(ctx, store.SearchQuery{Text: "workers"})
	if err != nil || len(hits) != 0 || total != 0 {
		t.Errorf("%s: Search = %d hits, total %d, err %v", what, len(hits), total, err)
	}
}

func testAllOrNothing(t *testing.T, s store.Store) {
	ctx := context.Background()
	cases := []struct {
		name string
		ctx  func() context.Context
		art  func() *doc.Article
	}{
		{"claim span reversed", context.Background, func() *doc.Article {
			a := articleA()
			c := &a.Annotations.Claims[0]
			c.Start, c.End = c.End, c.Start
			return a
		}},
		{"last legal reference negative", context.Background, func() *doc.Article {
			a := articleB()
			a.Annotations.LegalRefs = append(a.Annotations.LegalRefs, doc.LegalRef{Start: -5, End: 2, Text: "x", Instrument: "y"})
			return a
		}},
		{"entity without key", context.Background, func() *doc.Article {
			a := articleA()
			a.Annotations.Entities = append(a.Annotations.Entities, doc.Entity{Name: "Nobody", Type: doc.PER})
			return a
		}},
		{"cancelled context", func() context.Context {
			c, cancel := context.WithCancel(context.Background())
			cancel()
			return c
		}, articleA},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.art()
			id, created, err := s.PutArticle(tc.ctx(), a)
			if err == nil {
				t.Fatalf("PutArticle succeeded (id %d, created %v), want an error", id, created)
			}
			if id != 0 || created || a.ID != 0 {
				t.Errorf("failed PutArticle returned id %d created %v, set a.ID %d", id, created, a.ID)
			}
			isEmpty(t, s, tc.name)
			if _, err := s.StoredRecordID(ctx, a.Hash, a.Source, a.URL); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("hash of failed article: err %v, want ErrNotFound", err)
			}
		})
	}
	if _, _, err := s.PutArticle(ctx, nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("PutArticle(nil): %v, want ErrInvalid", err)
	}
	// The store still works after failures, and the failed article can be put.
	put(t, s, articleA())
}

func testNotFound(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := put(t, s, articleD())
	missing := id + 1000
	checks := []struct {
		name string
		err  error
	}{
		{"Article", func() error { _, err := s.Article(ctx, missing); return err }()},
		{"StoredRecordID", func() error { _, err := s.StoredRecordID(ctx, "nope", "", ""); return err }()},
		{"Claim", func() error { _, err := s.Claim(ctx, 424242); return err }()},
		{"ReviewClaim", func() error {
			_, err := s.ReviewClaim(ctx, 424242, store.Review{Action: store.ReviewAccepted, Who: "ann"})
			return err
		}()},
		{"ReplaceAnnotations", func() error {
			_, err := s.ReplaceAnnotations(ctx, missing, &doc.Annotations{})
			return err
		}()},
		{"Entity", func() error { _, err := s.Entity(ctx, "PER:nobody"); return err }()},
		{"CopyGroup", func() error { _, err := s.GroupOf(ctx, store.KindCopy, id); return err }()},
		{"Story", func() error { _, err := s.GroupOf(ctx, store.KindStory, id); return err }()},
		{"SetLink to missing", func() error {
			_, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: id, Of: missing, Relation: store.RelExact, Similarity: 1})
			return err
		}()},
	}
	for _, c := range checks {
		if !errors.Is(c.err, store.ErrNotFound) {
			t.Errorf("%s: err = %v, want ErrNotFound", c.name, c.err)
		}
	}
	log, err := s.AuditLog(ctx, 424242)
	if err != nil || len(log) != 0 {
		t.Errorf("AuditLog of unknown claim = %v, %v; want empty", log, err)
	}
}

func titles(list []store.ArticleSummary) []string {
	var out []string
	for _, a := range list {
		out = append(out, a.Source)
	}
	return out
}

func testListArticles(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	cases := []struct {
		name  string
		f     store.ArticleFilter
		want  []string
		total int
	}{
		{"all newest first, undated last", store.ArticleFilter{}, []string{"d.txt", "b.txt", "a.txt", "c.txt"}, 4},
		{"from", store.ArticleFilter{From: "2024-05-01"}, []string{"d.txt", "b.txt"}, 2},
		{"to", store.ArticleFilter{To: "2024-05-02"}, []string{"b.txt", "a.txt"}, 2},
		{"from to", store.ArticleFilter{From: "2024-03-11", To: "2024-06-19"}, []string{"b.txt"}, 1},
		{"credit ignores case", store.ArticleFilter{Credit: "DAILY LEDGER"}, []string{"d.txt", "b.txt"}, 2},
		{"lang", store.ArticleFilter{Lang: "de"}, []string{"c.txt"}, 1},
		{"credit and lang", store.ArticleFilter{Credit: "harbor news", Lang: "en"}, []string{"a.txt"}, 1},
		{"limit", store.ArticleFilter{Limit: 2}, []string{"d.txt", "b.txt"}, 4},
		{"offset", store.ArticleFilter{Limit: 2, Offset: 2}, []string{"a.txt", "c.txt"}, 4},
		{"past the end", store.ArticleFilter{Offset: 10}, nil, 4},
		{"nothing", store.ArticleFilter{Lang: "fr"}, nil, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			list, total, err := s.ListArticles(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := titles(list); !reflect.DeepEqual(got, tc.want) || total != tc.total {
				t.Errorf("got %v total %d, want %v total %d", got, total, tc.want, tc.total)
			}
		})
	}
	list, _, _ := s.ListArticles(ctx, store.ArticleFilter{Lang: "de"})
	if len(list) == 1 && (list[0].Claims != 1 || list[0].Title != "Sanctions monitors count dormitories" || list[0].Hash == "") {
		t.Errorf("summary of c.txt: %+v", list[0])
	}
}

func testSearch(t *testing.T, s store.Store) {
	ctx := context.Background()
	ids := map[int64]string{}
	for _, a := range []*doc.Article{articleA(), articleB(), articleC(), articleD()} {
		ids[put(t, s, a)] = a.Source
	}
	cases := []struct {
		name  string
		q     store.SearchQuery
		want  []string // sources, any order
		first string   // when set, the best hit
	}{
		{"word", store.SearchQuery{Text: "workers"}, []string{"a.txt"}, ""},
		{"case", store.SearchQuery{Text: "VLADIVOSTOK"}, []string{"a.txt"}, ""},
		{"title and body", store.SearchQuery{Text: "port"}, []string{"c.txt", "d.txt"}, "d.txt"},
		{"two words", store.SearchQuery{Text: "regional ministry"}, []string{"a.txt", "b.txt"}, ""},
		{"phrase", store.SearchQuery{Text: `"workers were"`}, []string{"a.txt"}, ""},
		{"phrase order", store.SearchQuery{Text: `"arrived workers"`}, nil, ""},
		{"words any order", store.SearchQuery{Text: `arrived workers`}, []string{"a.txt"}, ""},
		{"prefix", store.SearchQuery{Text: "repatriat*"}, []string{"a.txt"}, ""},
		{"prefix short", store.SearchQuery{Text: "dorm*"}, []string{"c.txt"}, ""},
		{"or", store.SearchQuery{Text: "builders OR dormitories"}, []string{"b.txt", "c.txt"}, ""},
		{"not", store.SearchQuery{Text: "port -freight"}, []string{"c.txt"}, ""},
		{"NOT keyword", store.SearchQuery{Text: "ministry NOT visas"}, []string{"a.txt"}, ""},
		{"punctuated number", store.SearchQuery{Text: "12,000"}, []string{"a.txt"}, ""},
		{"query quotes are literal", store.SearchQuery{Text: `"OR" workers`}, nil, ""},
		{"operators in words", store.SearchQuery{Text: "workers* AND (NEAR"}, nil, ""},
		{"from", store.SearchQuery{Text: "said", From: "2024-04-01"}, []string{"b.txt", "d.txt"}, ""},
		{"to", store.SearchQuery{Text: "said", To: "2024-04-01"}, []string{"a.txt"}, ""},
		{"credit", store.SearchQuery{Text: "said", Credit: "harbor news"}, []string{"a.txt", "c.txt"}, ""},
		{"lang", store.SearchQuery{Text: "said", Lang: "de"}, []string{"c.txt"}, ""},
		{"no match", store.SearchQuery{Text: "submarine"}, nil, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			hits, total, err := s.Search(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, h := range hits {
				got = append(got, ids[h.ArticleID])
				if i > 0 && h.Rank > hits[i-1].Rank {
					t.Errorf("hit %d rank %v above hit %d rank %v", i, h.Rank, i-1, hits[i-1].Rank)
				}
				if !strings.Contains(h.Snippet, store.HighlightStart) || !strings.Contains(h.Snippet, store.HighlightEnd) {
					t.Errorf("hit %s snippet %q has no highlight", ids[h.ArticleID], h.Snippet)
				}
			}
			if tc.first != "" && (len(got) == 0 || got[0] != tc.first) {
				t.Errorf("best hit %v, want %s first", got, tc.first)
			}
			sort.Strings(got)
			if !reflect.DeepEqual(got, tc.want) || total != len(tc.want) {
				t.Errorf("got %v (total %d), want %v", got, total, tc.want)
			}
		})
	}
	t.Run("snippet and fields", func(t *testing.T) {
		hits, _, err := s.Search(ctx, store.SearchQuery{Text: "vladivostok"})
		if err != nil || len(hits) != 1 {
			t.Fatalf("hits %v err %v", hits, err)
		}
		h := hits[0]
		if h.Title != "Thousands of laborers arrive in the Far East" || h.Published != "2024-03-10" ||
			h.Credit != "Harbor News" || h.Lang != "en" {
			t.Errorf("hit fields: %+v", h)
		}
		want := store.HighlightStart + "Vladivostok" + store.HighlightEnd
		if !strings.Contains(h.Snippet, want) {
			t.Errorf("snippet %q does not hold %q", h.Snippet, want)
		}
		if n := strings.Count(h.Snippet, store.HighlightStart); n != 1 || strings.Count(h.Snippet, store.HighlightEnd) != 1 {
			t.Errorf("snippet %q: %d highlighted parts, want Vladivostok alone", h.Snippet, n)
		}
	})
	t.Run("paging", func(t *testing.T) {
		all, total, err := s.Search(ctx, store.SearchQuery{Text: "said"})
		if err != nil || total != 4 || len(all) != 4 {
			t.Fatalf("said: %d hits total %d err %v", len(all), total, err)
		}
		page, total, err := s.Search(ctx, store.SearchQuery{Text: "said", Limit: 2, Offset: 1})
		if err != nil || total != 4 || len(page) != 2 {
			t.Fatalf("page: %d hits total %d err %v", len(page), total, err)
		}
		if page[0].ArticleID != all[1].ArticleID || page[1].ArticleID != all[2].ArticleID {
			t.Errorf("page %v is not all[1:3] %v", page, all)
		}
	})
}

// testSearchInflected: a Russian or Ukrainian word finds its other
// inflections in both databases, and a quoted one only itself.
func testSearchInflected(t *testing.T, s store.Store) {
	ctx := context.Background()
	ru := put(t, s, newArticle("ru.txt", "Переселенцев стало больше", "2024-07-01", "Вестник", "ru",
		"Власти края учли около двух тысяч переселенцев, сообщил Минтруд.").done())
	uk := put(t, s, newArticle("uk.txt", "Будівельники з КНДР", "2024-08-01", "Вісник", "uk",
		"На об'єктах працюють кілька сотень будівельників, повідомило міністерство.").done())
	cases := []struct {
		q    string
		want []int64
	}{
		{"переселенцы", []int64{ru}},
		{"Переселенцами", []int64{ru}},
		{"будівельниками", []int64{uk}},
		{"будівельники", []int64{uk}},
		{"минтруда", []int64{ru}},
		{`"переселенцы"`, nil},
		{`"переселенцев"`, []int64{ru}},
		{"переселенцы -минтруд", nil},
	}
	for _, c := range cases {
		hits, total, err := s.Search(ctx, store.SearchQuery{Text: c.q})
		if err != nil {
			t.Errorf("Search(%q): %v", c.q, err)
			continue
		}
		var got []int64
		for _, h := range hits {
			got = append(got, h.ArticleID)
			if !strings.Contains(h.Snippet, store.HighlightStart) {
				t.Errorf("Search(%q): snippet %q has no highlight", c.q, h.Snippet)
			}
		}
		if !reflect.DeepEqual(got, c.want) || total != len(c.want) {
			t.Errorf("Search(%q) = %v (total %d), want %v", c.q, got, total, c.want)
		}
	}
}

func testSearchErrors(t *testing.T, s store.Store) {
	put(t, s, articleA())
	for _, q := range []string{`"unbalanced workers`, ``, `   `, `-workers`, `NOT workers`, `***`, `"" OR`} {
		_, _, err := s.Search(context.Background(), store.SearchQuery{Text: q})
		if !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("Search(%q): err = %v, want ErrBadQuery", q, err)
		}
	}
}

func claimKeys(list []store.StoredClaim) []string {
	var out []string
	for _, c := range list {
		out = append(out, c.Text)
	}
	sort.Strings(out)
	return out
}

func testListClaims(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b, c, _ := putAll(t, s)
	cases := []struct {
		name  string
		f     store.ClaimFilter
		want  []string
		total int
	}{
		{"all", store.ClaimFilter{}, []string{"300-500", "40", "About 5,000", "More than 12,000"}, 4},
		{"article", store.ClaimFilter{ArticleID: b}, []string{"300-500", "About 5,000"}, 2},
		{"topic", store.ClaimFilter{Topic: "dprk-labor"}, []string{"300-500", "40", "About 5,000", "More than 12,000"}, 4},
		{"indicator", store.ClaimFilter{Indicator: "entries"}, []string{"About 5,000", "More than 12,000"}, 2},
		{"period overlaps year", store.ClaimFilter{From: "2023-06-01", To: "2023-06-30"}, []string{"More than 12,000"}, 1},
		{"period from", store.ClaimFilter{From: "2024-02-15"}, []string{"300-500", "About 5,000"}, 2},
		{"period to", store.ClaimFilter{To: "2024-01-01"}, []string{"About 5,000", "More than 12,000"}, 2},
		{"period gap", store.ClaimFilter{From: "2024-04-01", To: "2024-12-31"}, nil, 0},
		{"said by ignores case", store.ClaimFilter{SaidBy: "regional MINISTRY"}, []string{"300-500"}, 1},
		{"review", store.ClaimFilter{Review: store.ReviewMachine}, []string{"300-500", "40", "About 5,000", "More than 12,000"}, 4},
		{"review none", store.ClaimFilter{Review: store.ReviewAccepted}, nil, 0},
		{"limit keeps total", store.ClaimFilter{Limit: 1, Indicator: "entries"}, []string{"About 5,000"}, 2},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			list, total, err := s.ListClaims(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if got := claimKeys(list); !reflect.DeepEqual(got, tc.want) || total != tc.total {
				t.Errorf("got %v total %d, want %v total %d", got, total, tc.want, tc.total)
			}
		})
	}
	if _, _, err := s.ListClaims(ctx, store.ClaimFilter{Review: "maybe"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("bad review filter: %v, want ErrInvalid", err)
	}
	// Article context and copy group.
	if _, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: c, Of: a, Relation: store.RelNear, Similarity: 0.8}); err != nil {
		t.Fatal(err)
	}
	list, _, err := s.ListClaims(ctx, store.ClaimFilter{ArticleID: c})
	if err != nil || len(list) != 1 {
		t.Fatalf("claims of c: %v %v", list, err)
	}
	x := list[0]
	want := articleC().Annotations.Claims[0]
	if x.ArticleID != c || x.ArticleTitle != "Sanctions monitors count dormitories" || x.ArticlePublished != "" ||
		x.ArticleCredit != "Harbor News" || x.CopyGroup == 0 || x.Review != store.ReviewMachine ||
		!x.ReviewedAt.IsZero() || x.MatchKey != store.MatchKey(want) || x.ID == 0 {
		t.Errorf("stored claim context: %+v", x)
	}
	if jsonOf(x.Claim) != jsonOf(want) {
		t.Errorf("claim\n got %s\nwant %s", jsonOf(x.Claim), jsonOf(want))
	}
	one, err := s.Claim(ctx, x.ID)
	if err != nil || jsonOf(one) != jsonOf(x) {
		t.Errorf("Claim(%d) = %s, %v; want %s", x.ID, jsonOf(one), err, jsonOf(x))
	}
	// Newest article first.
	all, _, _ := s.ListClaims(ctx, store.ClaimFilter{})
	if len(all) == 4 && (all[0].ArticleID != b || all[3].ArticleID != c) {
		t.Errorf("order: %v", claimKeys(all))
	}
	// Windows past the end keep the total.
	if page, total, err := s.ListClaims(ctx, store.ClaimFilter{Limit: 2, Offset: 4}); err != nil || len(page) != 0 || total != 4 {
		t.Errorf("window past the end: %d claims, total %d, err %v", len(page), total, err)
	}
	// A lean series read holds the same claims with the fields a series
	// needs.
	for _, f := range []store.ClaimFilter{{}, {Indicator: "entries"}, {ArticleID: c}, {SaidBy: "regional MINISTRY"}} {
		lean, err := s.ListSeriesClaims(ctx, f)
		if err != nil {
			t.Fatalf("ListSeriesClaims(%+v): %v", f, err)
		}
		full, _, _ := s.ListClaims(ctx, f)
		byID := map[int64]store.StoredClaim{}
		for _, x := range full {
			byID[x.ID] = x
		}
		if len(lean) != len(full) {
			t.Errorf("ListSeriesClaims(%+v): %d claims, ListClaims %d", f, len(lean), len(full))
		}
		for _, x := range lean {
			y, ok := byID[x.ID]
			if !ok || x.ArticleID != y.ArticleID || x.Value != y.Value || x.Unit != y.Unit || x.Per != y.Per ||
				x.Indicator != y.Indicator || x.Topic != y.Topic || x.Period != y.Period || x.SaidBy != y.SaidBy ||
				x.Origin != y.Origin || x.Review != y.Review || x.ArticlePublished != y.ArticlePublished ||
				x.ArticleCredit != y.ArticleCredit || x.CopyGroup != y.CopyGroup || x.Start != y.Start || x.End != y.End ||
				x.Place != y.Place || x.Scope != y.Scope {
				t.Errorf("ListSeriesClaims(%+v): %+v\ndiffers from ListClaims %+v", f, x, y)
			}
		}
	}
}

func claimByText(t *testing.T, s store.Store, articleID int64, text string) store.StoredClaim {
	t.Helper()
	list, _, err := s.ListClaims(context.Background(), store.ClaimFilter{ArticleID: articleID})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list {
		if c.Text == text {
			return c
		}
	}
	t.Fatalf("no claim %q in article %d (have %v)", text, articleID, claimKeys(list))
	return store.StoredClaim{}
}

func testReview(t *testing.T, s store.Store) {
	ctx := context.Background()
	_, b, _, _ := putAll(t, s)
	x := claimByText(t, s, b, "About 5,000")
	corrected := x.Claim
	corrected.Indicator = "workers-present"
	corrected.SaidBy = "the labor agency"
	corrected.Period = "2024-01"

	steps := []struct {
		r          store.Review
		wantReview string
		wantInd    string
	}{
		{store.Review{Action: store.ReviewAccepted, Who: "ann", Reason: "matches the text"}, store.ReviewAccepted, "entries"},
		{store.Review{Action: store.ReviewRejected, Who: "bob", Reason: "double counted"}, store.ReviewRejected, "entries"},
		{store.Review{Action: store.ReviewCorrected, Who: "ann", Reason: "indicator", Corrected: &corrected}, store.ReviewCorrected, "workers-present"},
	}
	for i, st := range steps {
		got, err := s.ReviewClaim(ctx, x.ID, st.r)
		if err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if got.Review != st.wantReview || got.Reviewer != st.r.Who || got.ReviewReason != st.r.Reason ||
			got.Indicator != st.wantInd || got.ReviewedAt.IsZero() || got.ID != x.ID {
			t.Errorf("step %d: claim after review %+v", i, got)
		}
		if got.MatchKey != x.MatchKey {
			t.Errorf("step %d: match key changed %q -> %q", i, x.MatchKey, got.MatchKey)
		}
	}
	final, _ := s.Claim(ctx, x.ID)
	if jsonOf(final.Claim) != jsonOf(corrected) {
		t.Errorf("corrected claim\n got %s\nwant %s", jsonOf(final.Claim), jsonOf(corrected))
	}
	// The period filter follows the correction.
	list, _, _ := s.ListClaims(ctx, store.ClaimFilter{From: "2024-01-01", To: "2024-01-31", Review: store.ReviewCorrected})
	if len(list) != 1 || list[0].ID != x.ID {
		t.Errorf("corrected period filter: %v", claimKeys(list))
	}
	// The article shows the corrected claim.
	art, _ := s.Article(ctx, b)
	found := false
	for _, c := range art.Annotations.Claims {
		found = found || c.Indicator == "workers-present"
	}
	if !found {
		t.Errorf("Article(%d) claims do not show the correction", b)
	}

	log, err := s.AuditLog(ctx, x.ID)
	if err != nil || len(log) != 3 {
		t.Fatalf("audit log: %d entries, err %v", len(log), err)
	}
	wantStates := []string{store.ReviewMachine, store.ReviewAccepted, store.ReviewRejected, store.ReviewCorrected}
	for i, e := range log {
		var before, after store.ClaimState
		if err := json.Unmarshal(e.Before, &before); err != nil {
			t.Fatalf("entry %d before: %v", i, err)
		}
		if err := json.Unmarshal(e.After, &after); err != nil {
			t.Fatalf("entry %d after: %v", i, err)
		}
		if e.ClaimID != x.ID || e.Who != steps[i].r.Who || e.Reason != steps[i].r.Reason ||
			e.Action != steps[i].r.Action || e.At.IsZero() || e.ID == 0 {
			t.Errorf("entry %d: %+v", i, e)
		}
		if before.Review != wantStates[i] || after.Review != wantStates[i+1] {
			t.Errorf("entry %d: %s -> %s, want %s -> %s", i, before.Review, after.Review, wantStates[i], wantStates[i+1])
		}
		if i > 0 && e.At.Before(log[i-1].At) {
			t.Errorf("entry %d earlier than entry %d", i, i-1)
		}
	}
	var lastBefore, lastAfter store.ClaimState
	json.Unmarshal(log[2].Before, &lastBefore)
	json.Unmarshal(log[2].After, &lastAfter)
	if lastBefore.Claim.Indicator != "entries" || lastAfter.Claim.Indicator != "workers-present" ||
		lastAfter.Claim.SaidBy != "the labor agency" {
		t.Errorf("correction audit: before %+v after %+v", lastBefore.Claim, lastAfter.Claim)
	}
	// Undo to machine keeps the content and logs it.
	undone, err := s.ReviewClaim(ctx, x.ID, store.Review{Action: store.ReviewMachine, Who: "carl", Reason: "reopen"})
	if err != nil || undone.Review != store.ReviewMachine || !undone.ReviewedAt.IsZero() || undone.Indicator != "workers-present" {
		t.Errorf("undo: %+v, %v", undone, err)
	}
	if log, _ := s.AuditLog(ctx, x.ID); len(log) != 4 {
		t.Errorf("audit after undo: %d entries, want 4", len(log))
	}
	c, _ := s.Counts(ctx)
	if c.ByReview[store.ReviewMachine] != 4 {
		t.Errorf("counts by review %v", c.ByReview)
	}
}

func testReviewInvalid(t *testing.T, s store.Store) {
	ctx := context.Background()
	a := put(t, s, articleA())
	x := claimByText(t, s, a, "More than 12,000")
	cl := x.Claim
	for _, r := range []store.Review{
		{Action: "approve", Who: "ann"},
		{Action: store.ReviewAccepted},
		{Action: store.ReviewCorrected, Who: "ann"},
		{Action: store.ReviewAccepted, Who: "ann", Corrected: &cl},
	} {
		if _, err := s.ReviewClaim(ctx, x.ID, r); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("ReviewClaim(%+v): %v, want ErrInvalid", r, err)
		}
	}
	if log, _ := s.AuditLog(ctx, x.ID); len(log) != 0 {
		t.Errorf("invalid reviews logged %d entries", len(log))
	}
	if got, _ := s.Claim(ctx, x.ID); got.Review != store.ReviewMachine {
		t.Errorf("invalid review changed state to %s", got.Review)
	}
	// A correction whose content is invalid fails and logs nothing.
	bad := cl
	bad.Start, bad.End = 10, 2
	if _, err := s.ReviewClaim(ctx, x.ID, store.Review{Action: store.ReviewCorrected, Who: "ann", Corrected: &bad}); err == nil {
		t.Errorf("correction with reversed span accepted")
	}
	if log, _ := s.AuditLog(ctx, x.ID); len(log) != 0 {
		t.Errorf("failed correction logged %d entries", len(log))
	}
	if got, _ := s.Claim(ctx, x.ID); got.Review != store.ReviewMachine || got.Start == 10 {
		t.Errorf("failed correction changed the claim: %+v", got)
	}
}

func testReplaceMachineClaims(t *testing.T, s store.Store) {
	ctx := context.Background()
	bld := newArticle("r.txt", "Workers counted again", "2024-07-01", "Harbor News", "en",
		"Some 2,000 workers arrived in 2023, officials said. Another 800 left in 2024 and 150 stayed.")
	bld.claim("Some 2,000", doc.Value{Number: 2000, Approx: true}, "workers", "entries", "2023", "officials").
		claim("800", doc.Exact(800), "workers", "exits", "2024", "officials").
		claim("150", doc.Exact(150), "workers", "stock", "2024", "officials")
	id := put(t, s, bld.done())
	accepted := claimByText(t, s, id, "Some 2,000")
	rejected := claimByText(t, s, id, "800")
	if _, err := s.ReviewClaim(ctx, accepted.ID, store.Review{Action: store.ReviewAccepted, Who: "ann"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ReviewClaim(ctx, rejected.ID, store.Review{Action: store.ReviewRejected, Who: "ann", Reason: "wrong"}); err != nil {
		t.Fatal(err)
	}
	// Re-extraction: the accepted claim comes back with another value, the
	// rejected one again, "150" is gone, and "800" is also read as a new
	// indicator (another key).
	again := bld.makeClaim("Some 2,000", doc.Exact(2100), "workers", "entries", "2023", "the ministry")
	rejAgain := bld.makeClaim("800", doc.Exact(800), "workers", "exits", "2024", "officials")
	newInd := bld.makeClaim("800", doc.Exact(800), "workers", "departures", "2024", "officials")
	res, err := replaceClaims(ctx, s, id, []doc.Claim{again, rejAgain, newInd})
	if err != nil {
		t.Fatal(err)
	}
	if want := (store.ReplaceResult{Deleted: 1, Inserted: 1, KeptReviewed: 2, Skipped: 2}); res != want {
		t.Errorf("result %+v, want %+v", res, want)
	}
	list, total, _ := s.ListClaims(ctx, store.ClaimFilter{ArticleID: id})
	if total != 3 {
		t.Fatalf("after replace: %d claims, want 3: %v", total, claimKeys(list))
	}
	got, err := s.Claim(ctx, accepted.ID)
	if err != nil || got.Review != store.ReviewAccepted || got.Value != accepted.Value || got.SaidBy != "officials" {
		t.Errorf("accepted claim overwritten: %+v %v", got, err)
	}
	if got, err := s.Claim(ctx, rejected.ID); err != nil || got.Review != store.ReviewRejected {
		t.Errorf("rejected claim: %+v %v", got, err)
	}
	machine, _, _ := s.ListClaims(ctx, store.ClaimFilter{ArticleID: id, Review: store.ReviewMachine})
	if len(machine) != 1 || machine[0].Indicator != "departures" {
		t.Errorf("machine claims after replace: %+v", machine)
	}
	if log, _ := s.AuditLog(ctx, accepted.ID); len(log) != 1 {
		t.Errorf("audit of accepted claim: %d entries", len(log))
	}
	// Replacing with nothing leaves only reviewed claims.
	res, err = replaceClaims(ctx, s, id, nil)
	if err != nil || res != (store.ReplaceResult{Deleted: 1, KeptReviewed: 2}) {
		t.Errorf("replace with none: %+v %v", res, err)
	}
	// A failing replacement changes nothing.
	bad := bld.makeClaim("150", doc.Exact(150), "workers", "stock", "2024", "officials")
	bad.SentenceStart, bad.SentenceEnd = 50, 10
	good := bld.makeClaim("800", doc.Exact(800), "workers", "stock", "2024", "officials")
	if _, err := replaceClaims(ctx, s, id, []doc.Claim{good, bad}); err == nil {
		t.Errorf("replacement with an invalid claim succeeded")
	}
	if _, total, _ := s.ListClaims(ctx, store.ClaimFilter{ArticleID: id}); total != 2 {
		t.Errorf("failed replacement left %d claims, want 2", total)
	}
}

func testReplaceAnnotations(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := put(t, s, articleA())
	x := claimByText(t, s, id, "More than 12,000")
	if _, err := s.ReviewClaim(ctx, x.ID, store.Review{Action: store.ReviewAccepted, Who: "ann"}); err != nil {
		t.Fatal(err)
	}
	an := articleA().Annotations
	an.Times = nil
	an.Mentions = an.Mentions[:1]
	an.Entities = an.Entities[:1]
	an.Quantities[0].Rule = "better rule"
	res, err := s.ReplaceAnnotations(ctx, id, an)
	if err != nil {
		t.Fatal(err)
	}
	if res.Skipped != 1 || res.KeptReviewed != 1 || res.Inserted != 0 {
		t.Errorf("result %+v", res)
	}
	got, _ := s.Article(ctx, id)
	g := got.Annotations
	if len(g.Times) != 0 || len(g.Mentions) != 1 || len(g.Entities) != 1 || g.Quantities[0].Rule != "better rule" ||
		len(g.Claims) != 1 || len(g.LegalRefs) != 1 {
		t.Errorf("annotations after replace: %s", jsonOf(g))
	}
	if _, err := s.ReplaceAnnotations(ctx, id, nil); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("nil annotations: %v", err)
	}
}

func testEntities(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b, _, _ := putAll(t, s)
	cases := []struct {
		name  string
		f     store.EntityFilter
		want  []string
		total int
	}{
		{"all", store.EntityFilter{}, []string{"LOC:moscow", "LOC:pyongyang", "LOC:vladivostok", "ORG:regional ministry"}, 4},
		{"type", store.EntityFilter{Type: doc.LOC}, []string{"LOC:moscow", "LOC:pyongyang", "LOC:vladivostok"}, 3},
		{"article", store.EntityFilter{ArticleID: b}, []string{"LOC:moscow", "ORG:regional ministry"}, 2},
		{"type and article", store.EntityFilter{ArticleID: a, Type: doc.ORG}, []string{"ORG:regional ministry"}, 1},
		{"none", store.EntityFilter{Type: doc.PER}, nil, 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			list, total, err := s.ListEntities(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range list {
				got = append(got, e.Key)
			}
			sort.Strings(got)
			if !reflect.DeepEqual(got, tc.want) || total != tc.total {
				t.Errorf("got %v total %d, want %v total %d", got, total, tc.want, tc.total)
			}
		})
	}
	list, _, _ := s.ListEntities(ctx, store.EntityFilter{})
	if len(list) == 0 || list[0].Key != "ORG:regional ministry" || list[0].Articles != 2 || list[0].Mentions != 2 {
		t.Errorf("most seen entity first: %+v", list)
	}
	d, err := s.Entity(ctx, "ORG:regional ministry")
	if err != nil {
		t.Fatal(err)
	}
	if d.Name != "Regional Ministry" || d.Type != doc.ORG {
		t.Errorf("entity %+v", d.Entity)
	}
	if want := []string{"Regional Ministry", "ministry of the region", "the regional ministry"}; !reflect.DeepEqual(sortedCopy(d.Variants), sortedCopy(want)) {
		t.Errorf("variants %q, want %q", d.Variants, want)
	}
	if len(d.Links) != 1 {
		t.Errorf("links %q", d.Links)
	}
	if got := titles(d.Articles); !reflect.DeepEqual(got, []string{"b.txt", "a.txt"}) {
		t.Errorf("articles %v", got)
	}
	// Said by "the regional ministry" (a) and "Regional Ministry" (b).
	if got := claimKeys(d.Claims); !reflect.DeepEqual(got, []string{"300-500", "More than 12,000"}) {
		t.Errorf("claims said %v", got)
	}
	m, err := s.Entity(ctx, "LOC:moscow")
	if err != nil || len(m.Claims) != 0 || len(m.Articles) != 1 {
		t.Errorf("moscow: %+v %v", m, err)
	}
}

func sortedCopy(s []string) []string {
	c := append([]string(nil), s...)
	sort.Strings(c)
	return c
}

func memberIDs(g *store.Group) []int64 {
	var out []int64
	for _, m := range g.Members {
		out = append(out, m.ArticleID)
	}
	return out
}

func testCopies(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b, c, d := putAll(t, s)
	g1, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: b, Of: a, Relation: store.RelNear, Similarity: 0.9})
	if err != nil {
		t.Fatal(err)
	}
	// c copies d in another group, then d is found to copy a: groups merge.
	g2, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: c, Of: d, Relation: store.RelExact, Similarity: 1})
	if err != nil || g2 == g1 {
		t.Fatalf("second group %d (first %d) err %v", g2, g1, err)
	}
	if gs, total, _ := s.ListGroups(ctx, store.KindCopy, store.Page{}); total != 2 || len(gs) != 2 {
		t.Errorf("groups before merge: %d (%d)", total, len(gs))
	}
	g3, err := s.SetLink(ctx, store.KindCopy, store.Link{ArticleID: d, Of: b, Relation: store.RelSpun, Similarity: 0.6})
	if err != nil || g3 != g1 {
		t.Fatalf("merge: group %d err %v, want %d", g3, err, g1)
	}
	for _, id := range []int64{a, b, c, d} {
		g, err := s.GroupOf(ctx, store.KindCopy, id)
		if err != nil {
			t.Fatalf("CopyGroup(%d): %v", id, err)
		}
		// Ordered by date, undated last: a (03-10), b (05-02), d (06-20), c.
		if got, want := memberIDs(g), []int64{a, b, d, c}; !reflect.DeepEqual(got, want) || g.Of != a || g.ID != g1 || g.Kind != store.KindCopy {
			t.Errorf("CopyGroup(%d) = id %d of %d members %v, want id %d of %d members %v", id, g.ID, g.Of, got, g1, a, want)
		}
	}
	g, _ := s.GroupOf(ctx, store.KindCopy, d)
	for _, m := range g.Members {
		switch m.ArticleID {
		case a:
			if m.Relation != store.RelOriginal || m.Of != 0 {
				t.Errorf("original member %+v", m)
			}
		case d:
			if m.Relation != store.RelSpun || m.Of != b || m.Similarity != 0.6 || m.Title != "Port traffic recovers in spring" {
				t.Errorf("spun member %+v", m)
			}
		case c:
			if m.Relation != store.RelExact || m.Of != d {
				t.Errorf("exact member %+v", m)
			}
		}
	}
	gs, total, err := s.ListGroups(ctx, store.KindCopy, store.Page{})
	if err != nil || total != 1 || len(gs) != 1 || len(gs[0].Members) != 4 {
		t.Errorf("ListGroups(copy) after merge: %d groups (total %d) err %v", len(gs), total, err)
	}
	list, _, _ := s.ListArticles(ctx, store.ArticleFilter{})
	for _, x := range list {
		if x.CopyGroup != g1 {
			t.Errorf("article %d summary copy group %d, want %d", x.ID, x.CopyGroup, g1)
		}
	}
	for _, l := range []store.Link{
		{ArticleID: a, Of: a, Relation: store.RelExact, Similarity: 1},
		{ArticleID: a, Of: b, Relation: "twin", Similarity: 1},
		{ArticleID: a, Of: b, Relation: store.RelNear, Similarity: 1.5},
	} {
		if _, err := s.SetLink(ctx, store.KindCopy, l); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("SetLink(copy, %+v): %v, want ErrInvalid", l, err)
		}
	}
	if _, err := s.SetLink(ctx, "twins", store.Link{ArticleID: a, Of: b, Relation: store.RelExact}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("SetLink of kind twins: %v, want ErrInvalid", err)
	}
	if c, _ := s.Counts(ctx); c.CopyGroups != 1 {
		t.Errorf("counts copy groups %d", c.CopyGroups)
	}
}

func testStories(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b, c, _ := putAll(t, s)
	sid, err := s.SetLink(ctx, store.KindStory, store.Link{ArticleID: c, Of: a, Similarity: 0.4})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetLink(ctx, store.KindStory, store.Link{ArticleID: b, Of: c, Similarity: 0.3}); err != nil {
		t.Fatal(err)
	}
	st, err := s.GroupOf(ctx, store.KindStory, b)
	if err != nil || st.ID != sid || st.Kind != store.KindStory || !reflect.DeepEqual(memberIDs(st), []int64{a, b, c}) {
		t.Errorf("Story(%d) = %+v, %v", b, st, err)
	}
	// Stories are apart from copies.
	if _, err := s.GroupOf(ctx, store.KindCopy, a); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("CopyGroup of a story member: %v", err)
	}
	list, total, err := s.ListGroups(ctx, store.KindStory, store.Page{Limit: 10})
	if err != nil || total != 1 || len(list) != 1 {
		t.Errorf("ListGroups(story): %v total %d err %v", list, total, err)
	}
	if c, _ := s.Counts(ctx); c.Stories != 1 || c.CopyGroups != 0 {
		t.Errorf("counts %+v", c)
	}
}

// testJoinStory: JoinStory links the members not yet in the story of its
// first article, in one call; a member of another story brings that story
// along, and the links stored before the call are left as they were.
func testJoinStory(t *testing.T, s store.Store) {
	ctx := context.Background()
	a, b, c, d := putAll(t, s)
	if _, err := s.SetLink(ctx, store.KindStory, store.Link{ArticleID: b, Of: a, Similarity: 0.4}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.SetLink(ctx, store.KindStory, store.Link{ArticleID: d, Of: c, Similarity: 0.3}); err != nil {
		t.Fatal(err)
	}
	n, err := s.JoinStory(ctx, a, []int64{a, b, c, d})
	if err != nil || n != 2 {
		t.Fatalf("JoinStory = %d, %v; want 2 links (c and d, b was in)", n, err)
	}
	st, err := s.GroupOf(ctx, store.KindStory, d)
	if err != nil || !reflect.DeepEqual(memberIDs(st), []int64{a, b, d, c}) { // c is undated: last
		t.Fatalf("Story(%d) after JoinStory = %+v, %v", d, st, err)
	}
	for _, m := range st.Members {
		if m.ArticleID == b && (m.Of != a || m.Similarity != 0.4) {
			t.Errorf("b's link changed: %+v", m)
		}
		if (m.ArticleID == c || m.ArticleID == d) && (m.Of != a || m.Relation != store.RelStory) {
			t.Errorf("member %d: %+v, want linked to %d", m.ArticleID, m, a)
		}
	}
	if n, err := s.JoinStory(ctx, a, []int64{b, c, d}); err != nil || n != 0 {
		t.Errorf("JoinStory again = %d, %v; want 0 links", n, err)
	}
	if _, err := s.JoinStory(ctx, a, []int64{d + 1000}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("JoinStory of a missing article: %v, want ErrNotFound", err)
	}
	if c, _ := s.Counts(ctx); c.Stories != 1 {
		t.Errorf("counts %+v, want one story", c)
	}
}

func testCounts(t *testing.T, s store.Store) {
	ctx := context.Background()
	putAll(t, s)
	c, err := s.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Counts{Articles: 4, Paragraphs: 10, Times: 3, Quantities: 5, Mentions: 5, Entities: 4,
		LegalRefs: 1, Claims: 4, ByReview: map[string]int{store.ReviewMachine: 4}}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("counts\n got %+v\nwant %+v", c, want)
	}
}

func testMigrate(t *testing.T, s store.Store) {
	ctx := context.Background()
	id := put(t, s, articleA())
	for i := 0; i < 2; i++ {
		if err := s.Migrate(ctx); err != nil {
			t.Fatalf("Migrate again: %v", err)
		}
	}
	if _, err := s.Article(ctx, id); err != nil {
		t.Errorf("article lost after Migrate: %v", err)
	}
}

func testConcurrent(t *testing.T, s store.Store) {
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	errs := make(chan error, 2*n)
	for i := 0; i < n; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			a := articleB()
			a.Source = fmt.Sprintf("b%d.txt", i)
			a.Text += fmt.Sprintf(" Copy %d.", i)
			a.Hash = fmt.Sprintf("%s-%d", a.Hash, i)
			if _, _, err := s.PutArticle(ctx, a); err != nil {
				errs <- err
			}
		}()
		go func() {
			defer wg.Done()
			if _, _, err := s.Search(ctx, store.SearchQuery{Text: "builders"}); err != nil {
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if c, _ := s.Counts(ctx); c.Articles != n || c.Claims != 2*n {
		t.Errorf("after concurrent puts: %+v", c)
	}
}

// testSearchBroad stores more articles than store.SearchRankWindow that
// all match one word: the total is exact (below store.SearchTotalCap), the
// first window ranks the newest store.SearchRankWindow matches, and a
// window without limit ranks them all, title hits first.
func testSearchBroad(t *testing.T, s store.Store) {
	if testing.Short() {
		t.Skip("stores over a thousand articles")
	}
	ctx := context.Background()
	n := store.SearchRankWindow + 20
	var ids []int64
	for i := 0; i < n; i++ {
		title := fmt.Sprintf("Note %d", i)
		if i == 0 || i == n-1 {
			title = fmt.Sprintf("Lumber note %d", i) // the word in the title too
		}
		text := title + "\n\nA lumber yard report, number " + fmt.Sprint(i) + "."
		a := &doc.Article{Source: fmt.Sprintf("broad-%d", i), Format: "txt", Title: title, Published: "2024-01-01",
			Lang: "en", Text: text, Hash: fmt.Sprintf("broad-%d", i),
			Paragraphs: []doc.Paragraph{{Kind: doc.KindTitle, Start: 0, End: len(title), Text: title},
				{Kind: doc.KindBody, Start: len(title) + 2, End: len(text), Text: text[len(title)+2:]}}}
		ids = append(ids, put(t, s, a))
	}
	hits, total, err := s.Search(ctx, store.SearchQuery{Text: "lumber", Limit: 10})
	if err != nil || total != n || len(hits) != 10 || store.SearchTotalCapped(total) {
		t.Fatalf("lumber: %d hits, total %d, err %v; want 10 of %d", len(hits), total, err, n)
	}
	// The oldest article has the word in its title but is outside the
	// ranked window; the newest is inside and comes first.
	if hits[0].ArticleID != ids[n-1] {
		t.Errorf("first hit %d, want the newest title hit %d", hits[0].ArticleID, ids[n-1])
	}
	for _, h := range hits {
		if h.ArticleID == ids[0] {
			t.Errorf("the oldest match %d was ranked though outside the window", h.ArticleID)
		}
	}
	all, total, err := s.Search(ctx, store.SearchQuery{Text: "lumber"})
	if err != nil || total != n || len(all) != n {
		t.Fatalf("lumber without limit: %d hits, total %d, err %v", len(all), total, err)
	}
	if top := []int64{all[0].ArticleID, all[1].ArticleID}; !(top[0] == ids[0] && top[1] == ids[n-1] || top[0] == ids[n-1] && top[1] == ids[0]) {
		t.Errorf("without limit the two title hits come first: got %v, want %d and %d", top, ids[0], ids[n-1])
	}
}
