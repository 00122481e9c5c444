package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

func openTemp(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), filepath.Join(tb.TempDir(), "dossier.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestOpenSettings(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	for _, c := range []struct{ pragma, want string }{
		{"journal_mode", "wal"},
		{"foreign_keys", "1"},
		{"busy_timeout", fmt.Sprint(BusyTimeout.Milliseconds())},
	} {
		var got string
		if err := s.DB().QueryRowContext(ctx, "PRAGMA "+c.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("PRAGMA %s = %s, want %s", c.pragma, got, c.want)
		}
	}
	if v, err := s.SchemaVersion(ctx); err != nil || v != len(migrations) {
		t.Errorf("schema version %d, %v; want %d", v, err, len(migrations))
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "x.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	a := &doc.Article{Source: "r.txt", Title: "Reopened", Text: "Reopened file keeps its rows.", Hash: "h1"}
	id, _, err := s.PutArticle(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Article(ctx, id)
	if err != nil || got.Title != "Reopened" {
		t.Errorf("after reopen: %+v, %v", got, err)
	}
}

func TestOpenRefusesMemory(t *testing.T) {
	for _, p := range []string{"", ":memory:"} {
		if _, err := Open(context.Background(), p); err == nil {
			t.Errorf("Open(%q) succeeded", p)
		}
	}
}

func TestFTSQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"workers", `("workers")`},
		{`workers OR laborers visa*`, `("workers" OR "laborers") AND ("visa"*)`},
		{`"forced labour" -tourist`, `("forced labour") NOT ("tourist")`},
		{`UNSCR-2397 NEAR(a b)`, `("unscr 2397") AND ("near a") AND ("b")`},
		{`a b -c`, `(("a") AND ("b")) NOT ("c")`},
	} {
		q, err := store.ParseQuery(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got := ftsQuery(q); got != c.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// benchArticle is a synthetic article of about 3 KB with annotations.
func benchArticle(i int) *doc.Article {
	var sb strings.Builder
	a := &doc.Article{Source: fmt.Sprintf("bench-%d.txt", i), Format: "txt", Lang: "en", Credit: "Bench Wire",
		Title: fmt.Sprintf("Report %d on labor crews", i), Published: fmt.Sprintf("2024-%02d-%02d", i%12+1, i%28+1)}
	an := &doc.Annotations{}
	for p := 0; p < 8; p++ {
		if p > 0 {
			sb.WriteString("\n\n")
		}
		start := sb.Len()
		fmt.Fprintf(&sb, "In paragraph %d of report %d, officials said %d workers arrived at site %d during spring, "+
			"while inspectors counted dormitories and contractors described shifts of twelve hours.", p, i, 100+p, i%50)
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: doc.KindBody, Start: start, End: sb.Len()})
		an.Quantities = append(an.Quantities, doc.Quantity{Start: start + 40, End: start + 43, Text: "100",
			Kind: doc.QCount, Value: doc.Exact(100), Unit: "workers"})
		an.Times = append(an.Times, doc.Time{Start: start + 80, End: start + 86, Text: "spring", Type: "DATE", Value: "2024-SP"})
		an.Mentions = append(an.Mentions, doc.Mention{Start: start, End: start + 2, Text: "In", Type: doc.ORG, Entity: "ORG:officials"})
		an.Claims = append(an.Claims, doc.Claim{Start: start + 40, End: start + 43, Text: "100", Value: doc.Exact(100),
			Unit: "workers", Indicator: "entries", Period: "2024-SP", SaidBy: "officials", SentenceStart: start, SentenceEnd: start + 10})
	}
	an.Entities = []doc.Entity{{Key: "ORG:officials", Name: "officials", Type: doc.ORG, Variants: []string{"officials"}}}
	a.Text = sb.String()
	for j := range a.Paragraphs {
		p := &a.Paragraphs[j]
		p.Text = a.Text[p.Start:p.End]
	}
	a.Hash = fmt.Sprintf("bench-%d", i)
	a.Annotations = an
	return a
}

func BenchmarkPutArticle(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	arts := make([]*doc.Article, b.N)
	for i := range arts {
		arts[i] = benchArticle(i)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := s.PutArticle(ctx, arts[i]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkSearch(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	const n = 2000
	for i := 0; i < n; i++ {
		if _, _, err := s.PutArticle(ctx, benchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	for _, c := range []struct {
		name string
		q    store.SearchQuery
	}{
		{"all-2000-match", store.SearchQuery{Text: "dormitories", Limit: 20}},
		{"phrase-1-match", store.SearchQuery{Text: `"report 1234"`, Limit: 20}},
		{"prefix-or-dated", store.SearchQuery{Text: "contract* OR inspectors", Limit: 20, From: "2024-03-01"}},
		{"site-40-match", store.SearchQuery{Text: `"site 17"`, Limit: 20}},
	} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, _, err := s.Search(ctx, c.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
