package queue

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/postgres"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/store/storetest"
	"github.com/dossier-osint/dossier/internal/topic"
)

// stores opens a fresh store and its queue for each database: SQLite
// always, PostgreSQL when storetest.EnvPostgres is set.
func stores(t *testing.T) map[string]func(t *testing.T) (store.Store, *Queue) {
	out := map[string]func(t *testing.T) (store.Store, *Queue){"sqlite": func(t *testing.T) (store.Store, *Queue) {
		st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "q.db"))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st, openQueue(t, st)
	}}
	if os.Getenv(storetest.EnvPostgres) == "" {
		t.Logf("PostgreSQL cases skipped: set %s to a PostgreSQL URL", storetest.EnvPostgres)
		return out
	}
	out["postgres"] = func(t *testing.T) (store.Store, *Queue) {
		st, err := postgres.Open(context.Background(), storetest.PostgresSchema(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		return st, openQueue(t, st)
	}
	return out
}

func openQueue(t *testing.T, st store.Store) *Queue {
	q, err := Open(context.Background(), st)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(q.Close)
	return q
}

func newApp(t *testing.T, st store.Store) *app.App {
	ts, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return app.New(st, ts)
}

// testDoc is a short article of our own wording, distinct for each i.
func testDoc(i int) ingest.Document {
	return ingest.Document{Source: fmt.Sprintf("doc%02d.txt", i), Format: "txt",
		Text: fmt.Sprintf("Queue test report %d\n\nOfficials in the town of Exampleton said on Monday that %d welders from abroad "+
			"had arrived at the shipyard in 2021.\n\nThe yard director said %d more were expected by spring.", i, 100+i, 10+i)}
}

// TestEnqueueDedup: the same document enqueued twice is one job;
// re-extraction jobs are not deduplicated.
func TestEnqueueDedup(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			_, q := open(t)
			jobs := []NewJob{IngestJob(testDoc(1)), IngestJob(testDoc(2))}
			if n, err := q.Enqueue(ctx, jobs); err != nil || n != 2 {
				t.Fatalf("first enqueue: %d, %v", n, err)
			}
			if n, err := q.Enqueue(ctx, append(jobs, ReextractJob(7), ReextractJob(7))); err != nil || n != 2 {
				t.Errorf("second enqueue added %d (%v), want the 2 re-extractions", n, err)
			}
			s, err := q.Stats(ctx)
			if err != nil || s.ByKind[KindIngest] != 2 || s.ByKind[KindReextract] != 2 || s.Open() != 4 {
				t.Errorf("stats %+v, %v", s, err)
			}
			list, err := q.List(ctx, Filter{Kind: KindIngest})
			if err != nil || len(list) != 2 || list[0].ID < list[1].ID || list[0].State != "available" {
				t.Errorf("list %+v, %v", list, err)
			}
		})
	}
}

// TestWorkIngestReextractLink: workers ingest every document once (the
// same text under another name is a copy record), re-extraction keeps the
// claims, copy linking runs as its own job, a bad payload is discarded
// after its attempts, and every job is reported done once.
func TestWorkIngestReextractLink(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st, q := open(t)
			const n = 12
			var jobs []NewJob
			for i := 0; i < n; i++ {
				jobs = append(jobs, IngestJob(testDoc(i)))
			}
			dup := testDoc(3)
			dup.Source = "copy-of-doc03.txt"
			jobs = append(jobs, IngestJob(dup))
			bad := NewJob{Args: ReextractArgs{ArticleID: 1 << 40}, MaxAttempts: 1}
			jobs = append(jobs, bad)
			if _, err := q.Enqueue(ctx, jobs); err != nil {
				t.Fatal(err)
			}
			var mu sync.Mutex
			done := map[int64]int{}
			failed := 0
			o := WorkOptions{App: newApp(t, st), ID: "t1", Poll: 50 * time.Millisecond, Drain: true,
				OnDone: func(j Job, err error) {
					mu.Lock()
					defer mu.Unlock()
					if err != nil {
						failed++
						return
					}
					done[j.ID]++
				}}
			if err := q.Work(ctx, o); err != nil {
				t.Fatal(err)
			}
			c, err := st.Counts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if c.Articles != n+1 || c.CopyGroups < 1 {
				t.Errorf("articles = %d in %d copy groups, want %d in at least 1", c.Articles, c.CopyGroups, n+1)
			}
			if missing, _ := st.MissingSignatures(ctx); len(missing) != 0 {
				t.Errorf("%d articles left without copy links", len(missing))
			}
			s, _ := q.Stats(ctx)
			if s.ByState["completed"] < n+1 || s.ByState["discarded"] != 1 || s.Open() != 0 || failed != 1 {
				t.Errorf("stats %+v, %d failures reported; want %d ingests completed, 1 discarded", s, failed, n+1)
			}
			if s.ByKind[KindLinkCopies] == 0 {
				t.Errorf("no link_copies job ran: %+v", s)
			}
			// Re-extraction of every article keeps the claims and their ids.
			before, _, _ := st.ListClaims(ctx, store.ClaimFilter{})
			arts, _, _ := st.ListArticles(ctx, store.ArticleFilter{})
			jobs = jobs[:0]
			for _, a := range arts {
				jobs = append(jobs, ReextractJob(a.ID))
			}
			if _, err := q.Enqueue(ctx, jobs); err != nil {
				t.Fatal(err)
			}
			if err := q.Work(ctx, o); err != nil {
				t.Fatal(err)
			}
			after, _, _ := st.ListClaims(ctx, store.ClaimFilter{})
			if len(after) != len(before) || len(after) == 0 {
				t.Fatalf("claims %d after re-extraction, %d before", len(after), len(before))
			}
			for i := range after {
				if after[i].ID != before[i].ID {
					t.Errorf("claim %d became %d on re-extraction", before[i].ID, after[i].ID)
				}
			}
			for id, k := range done {
				if k != 1 {
					t.Errorf("job %d reported done %d times", id, k)
				}
			}
			// The discarded job can be retried.
			list, _ := q.List(ctx, Filter{State: "discarded"})
			if len(list) != 1 || list[0].LastError == "" {
				t.Fatalf("discarded jobs %+v", list)
			}
			if err := q.Retry(ctx, list[0].ID); err != nil {
				t.Fatal(err)
			}
			if j, err := q.Job(ctx, list[0].ID); err != nil || j.State != "available" {
				t.Errorf("retried job %+v, %v", j, err)
			}
		})
	}
}
