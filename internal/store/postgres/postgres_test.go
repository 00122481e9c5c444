package postgres

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

// openTemp opens a store in a new schema of the test database.
func openTemp(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(context.Background(), storetest.PostgresSchema(tb))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.PostgresDSN(t)
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestSchemaVersion(t *testing.T) {
	s := openTemp(t)
	files, err := filepath.Glob("../core/migrations/*.sql")
	if v, verr := s.SchemaVersion(context.Background()); err != nil || verr != nil || v != len(files) || v == 0 {
		t.Errorf("schema version %d (%v), want the %d migration files (%v)", v, verr, len(files), err)
	}
}

func TestTSQuery(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"workers", `'workers'`},
		{`workers OR laborers visa*`, `('workers' | 'laborers') & 'visa':*`},
		{`"forced labour" -tourist -visa`, `('forced' <-> 'labour') & !('tourist' | 'visa')`},
		{`"forced lab"*`, `('forced' <-> 'lab':*)`},
		{`a b -c`, `('a' & 'b') & !'c'`},
	} {
		q, err := searchq.Parse(c.in)
		if err != nil {
			t.Fatalf("%q: %v", c.in, err)
		}
		if got := tsQuery(q); got != c.want {
			t.Errorf("tsQuery(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestSkipMessage(t *testing.T) {
	if os.Getenv(storetest.EnvPostgres) != "" {
		t.Skip("database configured")
	}
	// Without the variable, openTemp skips naming it.
	ran := t.Run("inner", func(t *testing.T) { openTemp(t) })
	if !ran {
		t.Errorf("inner test failed instead of skipping")
	}
}

func BenchmarkPutArticle(b *testing.B) { storetest.BenchPutArticle(b, openTemp(b)) }

func BenchmarkPutArticles(b *testing.B) { storetest.BenchPutArticles(b, openTemp(b)) }

func BenchmarkSearch(b *testing.B) { storetest.BenchSearch(b, openTemp(b)) }

// TestStatementStopsAtDeadline: pgx sends a cancel request at the
// context's deadline, and the server stops running the statement.
func TestStatementStopsAtDeadline(t *testing.T) {
	s := openTemp(t)
	storetest.RunDeadline(t, s, func(ctx context.Context) error {
		_, err := s.Pool().Exec(ctx, `SELECT pg_sleep(600) /* deadline-test */`)
		return err
	}, func(t *testing.T) {
		for i := 0; ; i++ { // wait for the cancel to land
			var running int
			if err := s.Pool().QueryRow(context.Background(), `SELECT COUNT(*) FROM pg_stat_activity
				WHERE state = 'active' AND query LIKE '%pg_sleep(600) /* deadline-test */%' AND pid <> pg_backend_pid()`).Scan(&running); err != nil {
				t.Fatal(err)
			}
			if running == 0 {
				return
			}
			if i == 200 {
				t.Fatal("the server still runs the cancelled statement")
			}
			time.Sleep(50 * time.Millisecond)
		}
	})
}

// TestDeleteRowsTriggers: the foreign keys 0016_ingest_fewer_checks drops
// are kept by triggers for a hand-made DELETE: an article's rows go with
// it, an entity named by an article is refused, then goes with its
// variants and links.
func TestDeleteRowsTriggers(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	a, b := storetest.BenchArticle(1), storetest.BenchArticle(2)
	if _, err := s.PutArticles(ctx, []*doc.Article{a, b}); err != nil {
		t.Fatal(err)
	}
	tables := []string{"paragraphs", "times", "quantities", "mentions", "article_entities", "claims"}
	count := func(table, where string, arg any) (n int) {
		t.Helper()
		if err := s.Pool().QueryRow(ctx, `SELECT COUNT(*) FROM `+table+` WHERE `+where, arg).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	const key = "ORG:officials"
	if _, err := s.Pool().Exec(ctx, `DELETE FROM entities WHERE key = $1`, key); err == nil {
		t.Errorf("an entity two articles name was deleted")
	}
	if _, err := s.Pool().Exec(ctx, `DELETE FROM articles WHERE id = $1`, a.ID); err != nil {
		t.Fatal(err)
	}
	for _, table := range tables {
		if n, m := count(table, "article_id = $1", a.ID), count(table, "article_id = $1", b.ID); n != 0 || m == 0 {
			t.Errorf("%s: %d rows of the deleted article, %d of the other; want 0 and some", table, n, m)
		}
	}
	if _, err := s.Pool().Exec(ctx, `DELETE FROM articles WHERE id = $1`, b.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Pool().Exec(ctx, `DELETE FROM entities WHERE key = $1`, key); err != nil {
		t.Fatalf("the entity no article names: %v", err)
	}
	if n := count("entity_variants", "entity_key = $1", key); n != 0 {
		t.Errorf("%d variants of the deleted entity left", n)
	}
}
