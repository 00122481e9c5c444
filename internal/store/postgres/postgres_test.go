package postgres

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

// EnvDSN names the database the tests use, e.g.
// postgres://dossier@127.0.0.1:5432/dossier_test. Each test gets its own
// schema, dropped afterwards.
const EnvDSN = "DOSSIER_TEST_POSTGRES"

var schemaSeq atomic.Int64

func testDSN(tb testing.TB) string {
	dsn := os.Getenv(EnvDSN)
	if dsn == "" {
		tb.Skipf("PostgreSQL tests skipped: set %s to a database URL (e.g. postgres://dossier@127.0.0.1:5432/dossier_test)", EnvDSN)
	}
	return dsn
}

// openTemp opens a store in a new schema of the test database.
func openTemp(tb testing.TB) *Store {
	tb.Helper()
	dsn := testDSN(tb)
	ctx := context.Background()
	schema := fmt.Sprintf("t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect %s: %v", redact(dsn), err)
	}
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close(ctx)
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		admin.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close(context.Background())
	})
	s, err := Open(ctx, withSearchPath(tb, dsn, schema))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func withSearchPath(tb testing.TB, dsn, schema string) string {
	if !strings.Contains(dsn, "://") {
		return dsn + " search_path=" + schema
	}
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("%s: %v", EnvDSN, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

func TestConformance(t *testing.T) {
	testDSN(t)
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestSchemaVersion(t *testing.T) {
	s := openTemp(t)
	if v, err := s.SchemaVersion(context.Background()); err != nil || v != len(migrations) {
		t.Errorf("schema version %d, %v; want %d", v, err, len(migrations))
	}
}

func TestTSQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"workers", `'workers'`},
		{`workers OR laborers visa*`, `('workers' | 'laborers') & 'visa':*`},
		{`"forced labour" -tourist -visa`, `('forced' <-> 'labour') & !('tourist' | 'visa')`},
		{`"forced lab"*`, `('forced' <-> 'lab':*)`},
	} {
		q, err := store.ParseQuery(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got := tsQuery(q); got != c.want {
			t.Errorf("tsQuery(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestSkipMessage(t *testing.T) {
	if os.Getenv(EnvDSN) != "" {
		t.Skip("database configured")
	}
	// Without the variable, openTemp skips naming it.
	ran := t.Run("inner", func(t *testing.T) { openTemp(t) })
	if !ran {
		t.Errorf("inner test failed instead of skipping")
	}
}

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
	for i := 0; i < b.N; i++ {
		if _, _, err := s.PutArticle(ctx, benchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkSearch(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	for i := 0; i < 2000; i++ {
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
