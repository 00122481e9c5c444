package core_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/core"
	"github.com/dossier-osint/dossier/internal/store/postgres"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/store/storetest"
)

// opener opens (migrating) one database, the same each time it is called.
type opener func(t *testing.T) *core.Store

// databases returns, for SQLite and (when storetest.EnvPostgres is set)
// PostgreSQL, a function that makes a new empty database and returns its
// opener.
func databases(t *testing.T) map[string]func(t *testing.T) opener {
	out := map[string]func(t *testing.T) opener{"sqlite": func(t *testing.T) opener {
		path := filepath.Join(t.TempDir(), "dossier.db")
		return func(t *testing.T) *core.Store {
			s, err := sqlite.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			return s.Store
		}
	}}
	if os.Getenv(storetest.EnvPostgres) == "" {
		t.Logf("PostgreSQL cases skipped: set %s to a PostgreSQL URL", storetest.EnvPostgres)
		return out
	}
	out["postgres"] = func(t *testing.T) opener {
		dsn := storetest.PostgresSchema(t)
		return func(t *testing.T) *core.Store {
			s, err := postgres.Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			return s.Store
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
			old := open(t)
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

			s := open(t)
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
					err == core.ErrNoRows {
					t.Errorf("column %s still there (%v)", col, err)
				}
			}
		})
	}
}
