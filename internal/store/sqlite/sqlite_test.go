package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/searchq"
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
		if err := s.d.db.QueryRowContext(ctx, "PRAGMA "+c.pragma).Scan(&got); err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("PRAGMA %s = %s, want %s", c.pragma, got, c.want)
		}
	}
	files, err := filepath.Glob("../core/migrations/*.sql")
	if v, verr := s.SchemaVersion(ctx); err != nil || verr != nil || v != len(files) || v == 0 {
		t.Errorf("schema version %d (%v), want the %d migration files (%v)", v, verr, len(files), err)
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
		q, err := searchq.Parse(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got := ftsQuery(q); got != c.want {
			t.Errorf("ftsQuery(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func BenchmarkPutArticle(b *testing.B) { storetest.BenchPutArticle(b, openTemp(b)) }

func BenchmarkPutArticles(b *testing.B) { storetest.BenchPutArticles(b, openTemp(b)) }

func BenchmarkSearch(b *testing.B) { storetest.BenchSearch(b, openTemp(b)) }

// TestStatementStopsAtDeadline: modernc interrupts the statement at the
// context's deadline, and its connection is free again afterwards.
func TestStatementStopsAtDeadline(t *testing.T) {
	s := openTemp(t)
	bg := context.Background()
	conn, err := s.d.db.Conn(bg) // one connection, to reuse after the interrupt
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	storetest.RunDeadline(t, s, func(ctx context.Context) error {
		var n int64 // counts forever unless interrupted
		return conn.QueryRowContext(ctx, `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
			SELECT COUNT(*) FROM c`).Scan(&n)
	}, func(t *testing.T) {
		done := make(chan error, 1)
		go func() { var one int; done <- conn.QueryRowContext(bg, `SELECT 1`).Scan(&one) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("the connection after the interrupt: %v", err)
			}
		case <-time.After(2 * time.Minute): // a guard against hanging
			t.Fatal("the interrupted statement still holds its connection")
		}
	})
}
