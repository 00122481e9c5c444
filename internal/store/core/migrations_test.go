package core_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/core"
	"github.com/dossier-osint/dossier/internal/store/postgres"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

// opener opens (migrating) one database, the same each time it is called.
type opener func() (*core.Store, error)

func mustOpen(t *testing.T, open opener) *core.Store {
	t.Helper()
	s, err := open()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// mustRefuse opens the database and wants an error that contains want.
func mustRefuse(t *testing.T, open opener, want, what string) {
	t.Helper()
	s, err := open()
	if err == nil {
		s.Close()
	}
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("%s: %v; want an error naming %q", what, err, want)
	}
}

// databases returns, for SQLite and (when storetest.EnvPostgres is set)
// PostgreSQL, a function that makes a new empty database and returns its
// opener.
func databases(t *testing.T) map[string]func(t *testing.T) opener {
	out := map[string]func(t *testing.T) opener{"sqlite": func(t *testing.T) opener {
		path := filepath.Join(t.TempDir(), "dossier.db")
		return func() (*core.Store, error) {
			s, err := sqlite.Open(context.Background(), path)
			if err != nil {
				return nil, err
			}
			return s.Store, nil
		}
	}}
	if os.Getenv(storetest.EnvPostgres) == "" {
		t.Logf("PostgreSQL cases skipped: set %s to a PostgreSQL URL", storetest.EnvPostgres)
		return out
	}
	out["postgres"] = func(t *testing.T) opener {
		dsn := storetest.PostgresSchema(t)
		return func() (*core.Store, error) {
			s, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				return nil, err
			}
			return s.Store, nil
		}
	}
	return out
}

// TestMigrationAlertJobs: 0015_alert_jobs on a database holding events of
// every old delivery state. Sent events are queued and keep their delivery
// time; pending and dead ones are unqueued (the sweep gives them a job
// again) with no delivery time; the retry columns are gone.
func TestMigrationAlertJobs(t *testing.T) {
	ctx := context.Background()
	sent := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
	for name, newDB := range databases(t) {
		t.Run(name, func(t *testing.T) {
			open := newDB(t)
			core.StopMigrationsAfter(t, "0014_drop_prefix_indexes")
			old := mustOpen(t, open)
			d := core.DriverOf(old)
			for _, ev := range []struct {
				key, delivery string
				delivered     any
			}{{"k-sent", "sent", sent}, {"k-pending", "pending", nil}, {"k-dead", "dead", sent}} {
				if _, err := d.Exec(ctx, `INSERT INTO alert_events (key, rule, delivery, attempts, last_error,
					next_attempt, delivered_at, created_at) VALUES (?, 'r', ?, 3, 'HTTP 500', 99, ?, ?)`, ev.key,
					ev.delivery, ev.delivered, sent); err != nil {
					t.Fatalf("old event %s: %v", ev.key, err)
				}
			}
			old.Close()
			core.StopMigrationsAfter(t, "")

			s := mustOpen(t, open)
			defer s.Close()
			if v, err := s.SchemaVersion(ctx); err != nil || v < 15 {
				t.Fatalf("schema version %d, %v", v, err)
			}
			evs, err := s.ListAlerts(ctx, 0)
			if err != nil || len(evs) != 3 {
				t.Fatalf("ListAlerts: %d events, %v", len(evs), err)
			}
			byKey := map[string]store.AlertEvent{}
			for _, ev := range evs {
				byKey[ev.Key] = ev
			}
			if ev := byKey["k-sent"]; ev.Delivery != store.DeliverySent || !ev.DeliveredAt.Equal(sent) {
				t.Errorf("sent event after the migration: %s at %v", ev.Delivery, ev.DeliveredAt)
			}
			for _, k := range []string{"k-pending", "k-dead"} {
				if ev := byKey[k]; ev.Delivery != store.DeliveryPending || !ev.DeliveredAt.IsZero() {
					t.Errorf("%s after the migration: %s at %v", k, ev.Delivery, ev.DeliveredAt)
				}
			}
			unq, err := s.UnqueuedAlerts(ctx, 0)
			if err != nil || len(unq) != 2 || unq[0].Key != "k-pending" || unq[1].Key != "k-dead" {
				t.Errorf("UnqueuedAlerts = %+v, %v; want k-pending, k-dead", unq, err)
			}
			for _, col := range []string{"delivery", "attempts", "last_error", "next_attempt"} {
				var v any
				if err := core.DriverOf(s).QueryRow(ctx, `SELECT `+col+` FROM alert_events`).Scan(&v); err == nil ||
					errors.Is(err, store.ErrNotFound) {
					t.Errorf("column %s still there (%v)", col, err)
				}
			}
		})
	}
}

// TestMigrationRefuses: a new database gets schema_version 1000, which the
// programs of the numbered schema versions refuse; a database of those
// versions (schema_version below 1000, nothing in schema_migrations) is
// refused, naming export and import; so is a database that a newer program
// migrated (a migration this one does not know is recorded).
func TestMigrationRefuses(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		name, want string
		change     []string
	}{
		{"numbered", "export the database", []string{`DELETE FROM schema_migrations`, `UPDATE schema_version SET version = 12`}},
		{"newer", "9999_future was applied by a newer program", []string{`INSERT INTO schema_migrations (name) VALUES ('9999_future')`}},
	} {
		for name, newDB := range databases(t) {
			t.Run(c.name+"/"+name, func(t *testing.T) {
				open := newDB(t)
				s := mustOpen(t, open)
				d := core.DriverOf(s)
				var v int
				if err := d.QueryRow(ctx, `SELECT version FROM schema_version`).Scan(&v); err != nil || v != 1000 {
					t.Errorf("schema_version of a new database = %d, %v; want 1000", v, err)
				}
				for _, q := range c.change {
					if _, err := d.Exec(ctx, q); err != nil {
						t.Fatal(err)
					}
				}
				s.Close()
				mustRefuse(t, open, c.want, "opening the "+c.name+" database")
			})
		}
	}
}

// TestMigrationAllOrNothing: the pending migrations run in one transaction.
// On a database at 0014, 0018 is made to fail (the index it drops is gone):
// the run fails naming it, and 0015, applied before it in the same run, is
// undone too (its columns are back, no migration past 0014 is recorded).
func TestMigrationAllOrNothing(t *testing.T) {
	ctx := context.Background()
	for name, newDB := range databases(t) {
		t.Run(name, func(t *testing.T) {
			open := newDB(t)
			core.StopMigrationsAfter(t, "0014_drop_prefix_indexes")
			old := mustOpen(t, open)
			if _, err := core.DriverOf(old).Exec(ctx, `DROP INDEX claims_said_by`); err != nil {
				t.Fatal(err)
			}
			old.Close()
			core.StopMigrationsAfter(t, "")
			mustRefuse(t, open, "0018_claims_partial_indexes", "migrating with 0018 failing")

			core.StopMigrationsAfter(t, "0014_drop_prefix_indexes")
			s := mustOpen(t, open)
			defer s.Close()
			if v, err := s.SchemaVersion(ctx); err != nil || v != 14 {
				t.Errorf("schema version after the failed run %d, %v; want 14", v, err)
			}
			var n int
			if err := core.DriverOf(s).QueryRow(ctx, `SELECT COUNT(delivery) FROM alert_events`).Scan(&n); err != nil {
				t.Errorf("0015's change not undone: %v", err)
			}
		})
	}
}

// TestMigrationConcurrent: workers that open a new database at once (the
// team set-up on PostgreSQL, processes started together on SQLite) all
// succeed and apply each migration once: PostgreSQL's migration lock
// serializes them (without it they fail on duplicate tables), SQLite's
// write lock and the open's retry of a new file's WAL switch (see
// TestFirstOpenRace) do there.
func TestMigrationConcurrent(t *testing.T) {
	ctx := context.Background()
	for name, newDB := range databases(t) {
		t.Run(name, func(t *testing.T) {
			open := newDB(t)
			errs := make(chan error, 4)
			for range cap(errs) {
				go func() {
					s, err := open()
					if err == nil {
						s.Close()
					}
					errs <- err
				}()
			}
			for range cap(errs) {
				if err := <-errs; err != nil {
					t.Errorf("open at once: %v", err)
				}
			}
			s := mustOpen(t, open)
			defer s.Close()
			files, _ := filepath.Glob("migrations/*.sql")
			if v, err := s.SchemaVersion(ctx); err != nil || v != len(files) {
				t.Errorf("schema version %d, %v; want %d", v, err, len(files))
			}
		})
	}
}
