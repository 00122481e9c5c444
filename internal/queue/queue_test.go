package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/postgres"
	"github.com/dossier-osint/dossier/internal/topic"
)

// EnvDSN names the PostgreSQL database the tests use; each test gets its
// own schema, dropped afterwards.
const EnvDSN = "DOSSIER_TEST_POSTGRES"

var seq atomic.Int64

// openTemp opens a PostgreSQL store in a new schema and its queue.
func openTemp(t *testing.T) (*postgres.Store, *Queue) {
	t.Helper()
	dsn := os.Getenv(EnvDSN)
	if dsn == "" {
		t.Skipf("queue tests skipped: set %s to a PostgreSQL URL (e.g. postgres://dossier@127.0.0.1:5432/dossier_test)", EnvDSN)
	}
	ctx := context.Background()
	schema := fmt.Sprintf("q%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatalf("connect: %v", err)
	}
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close(ctx)
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close(context.Background())
	})
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	st, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st, New(st.Pool())
}

// waitFor polls cond until it holds; it fails the test after a generous
// deadline (a guard against hanging, not a timing assertion).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func testJobs(n int) []NewJob {
	var out []NewJob
	for i := 0; i < n; i++ {
		out = append(out, NewJob{Kind: "test", Payload: map[string]int{"n": i}})
	}
	return out
}

func TestTakeExclusive(t *testing.T) {
	_, q := openTemp(t)
	ctx := context.Background()
	const n = 60
	if added, err := q.Enqueue(ctx, testJobs(n)); err != nil || added != n {
		t.Fatalf("Enqueue = %d, %v; want %d", added, err, n)
	}
	var mu sync.Mutex
	seen := map[int64]string{}
	var wg sync.WaitGroup
	for w := 0; w < 6; w++ {
		wg.Add(1)
		go func(owner string) {
			defer wg.Done()
			for {
				j, err := q.Take(ctx, owner, time.Minute)
				if err != nil {
					t.Error(err)
					return
				}
				if j == nil {
					return
				}
				mu.Lock()
				if prev, dup := seen[j.ID]; dup {
					t.Errorf("job %d taken by %s and %s", j.ID, prev, owner)
				}
				seen[j.ID] = owner
				mu.Unlock()
				if j.Attempts != 1 || j.State != StateRunning || j.LeaseOwner != owner {
					t.Errorf("taken job = %+v", j)
				}
				if err := q.Complete(ctx, j, nil); err != nil {
					t.Error(err)
				}
			}
		}(fmt.Sprintf("w%d", w))
	}
	wg.Wait()
	if len(seen) != n {
		t.Errorf("%d jobs taken, want %d", len(seen), n)
	}
	st, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.ByState[StateDone] != n || st.ByState[StateQueued] != 0 || st.Retried != 0 {
		t.Errorf("stats = %+v", st)
	}
}

func TestLeaseExpiryRetake(t *testing.T) {
	_, q := openTemp(t)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, testJobs(1)); err != nil {
		t.Fatal(err)
	}
	a, err := q.Take(ctx, "a", 200*time.Millisecond)
	if err != nil || a == nil {
		t.Fatalf("Take = %v, %v", a, err)
	}
	// "a" stalls: no heartbeat. "b" gets the job once the lease expires.
	var b *Job
	waitFor(t, "the lease to expire", func() bool {
		b, err = q.Take(ctx, "b", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		return b != nil
	})
	if b.ID != a.ID || b.Attempts != 2 || b.LeaseOwner != "b" {
		t.Fatalf("re-taken job = %+v, want job %d attempt 2 by b", b, a.ID)
	}
	for _, op := range []struct {
		name string
		fn   func() error
	}{
		{"heartbeat", func() error { return q.Heartbeat(ctx, a, time.Minute) }},
		{"complete", func() error { return q.Complete(ctx, a, nil) }},
		{"fail", func() error { return q.Fail(ctx, a, errors.New("x"), 0) }},
		{"release", func() error { return q.Release(ctx, a) }},
	} {
		if err := op.fn(); !errors.Is(err, ErrLeaseLost) {
			t.Errorf("stale %s = %v, want ErrLeaseLost", op.name, err)
		}
	}
	if err := q.Complete(ctx, b, map[string]string{"ok": "yes"}); err != nil {
		t.Fatal(err)
	}
	j, err := q.Job(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != StateDone || j.Attempts != 2 || j.LeaseOwner != "b" || string(j.Result) != `{"ok": "yes"}` {
		t.Errorf("job = %+v result %s", j, j.Result)
	}
}

func TestFailAndRetry(t *testing.T) {
	_, q := openTemp(t)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, []NewJob{{Kind: "test", Payload: 1, MaxAttempts: 2}}); err != nil {
		t.Fatal(err)
	}
	for attempt := 1; attempt <= 2; attempt++ {
		j, err := q.Take(ctx, "w", time.Minute)
		if err != nil || j == nil {
			t.Fatalf("attempt %d: Take = %v, %v", attempt, j, err)
		}
		if j.Attempts != attempt {
			t.Errorf("attempts = %d, want %d", j.Attempts, attempt)
		}
		if err := q.Fail(ctx, j, fmt.Errorf("broken input %d", attempt), 0); err != nil {
			t.Fatal(err)
		}
	}
	if j, err := q.Take(ctx, "w", time.Minute); err != nil || j != nil {
		t.Fatalf("Take after the last attempt = %v, %v; want nothing", j, err)
	}
	list, err := q.List(ctx, Filter{State: StateFailed})
	if err != nil || len(list) != 1 {
		t.Fatalf("failed jobs = %v, %v", list, err)
	}
	if list[0].LastError != "broken input 2" || list[0].Attempts != 2 {
		t.Errorf("failed job = %+v", list[0])
	}
	if err := q.Retry(ctx, list[0].ID); err != nil {
		t.Fatal(err)
	}
	j, err := q.Take(ctx, "w", time.Minute)
	if err != nil || j == nil || j.Attempts != 1 {
		t.Fatalf("Take after retry = %+v, %v", j, err)
	}
	if err := q.Retry(ctx, j.ID); err == nil || !strings.Contains(err.Error(), "running") {
		t.Errorf("Retry of a running job = %v", err)
	}
	if err := q.Retry(ctx, 999999); !errors.Is(err, ErrNotFound) {
		t.Errorf("Retry of an unknown job = %v", err)
	}
}

func TestExpireLastAttempt(t *testing.T) {
	_, q := openTemp(t)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, []NewJob{{Kind: "test", Payload: 1, MaxAttempts: 1}}); err != nil {
		t.Fatal(err)
	}
	j, err := q.Take(ctx, "dead", 100*time.Millisecond)
	if err != nil || j == nil {
		t.Fatal(j, err)
	}
	waitFor(t, "the lease to expire", func() bool {
		n, err := q.Expire(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return n == 1
	})
	got, err := q.Job(ctx, j.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != StateFailed || !strings.Contains(got.LastError, "lease of dead expired on attempt 1 of 1") {
		t.Errorf("job = %+v", got)
	}
	if n, err := q.Pending(ctx); err != nil || n != 0 {
		t.Errorf("Pending = %d, %v", n, err)
	}
}

func TestEnqueueDedup(t *testing.T) {
	_, q := openTemp(t)
	ctx := context.Background()
	d := ingest.Document{Source: "a.txt", Format: "txt", Text: "One line of text."}
	other := d
	other.Text = "Another line."
	for _, c := range []struct {
		jobs []NewJob
		want int
	}{
		{[]NewJob{IngestJob(d)}, 1},
		{[]NewJob{IngestJob(d), IngestJob(other)}, 1},
		{[]NewJob{ReextractJob(1), ReextractJob(1)}, 2},
	} {
		got, err := q.Enqueue(ctx, c.jobs)
		if err != nil || got != c.want {
			t.Errorf("Enqueue = %d, %v; want %d", got, err, c.want)
		}
	}
	if _, err := q.Enqueue(ctx, []NewJob{{Payload: 1}}); err == nil {
		t.Error("a job without a kind was enqueued")
	}
}

// doc returns a small article of our own wording, distinct for each i.
func testDoc(i int) ingest.Document {
	text := fmt.Sprintf("Queue test report %d\n\nOfficials in the port city of Testgrad said on Monday that %d workers "+
		"from the northern yards arrived in %d.\n\nThe ministry said the figure rose by %d since the spring.",
		i, 100+i, 2000+i%20, 10+i)
	return ingest.Document{Source: fmt.Sprintf("doc%02d.txt", i), Format: ingest.FormatText, Text: text}
}

func newProcessor(t *testing.T, st store.Store) *Processor {
	ts, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return &Processor{App: app.New(st, ts)}
}

func TestWorkerIngestAndReextract(t *testing.T) {
	st, q := openTemp(t)
	ctx := context.Background()
	var jobs []NewJob
	const n = 12
	for i := 0; i < n; i++ {
		jobs = append(jobs, IngestJob(testDoc(i)))
	}
	// The same text under another name: a second job, and a second article
	// (a copy record of the first).
	dup := testDoc(3)
	dup.Source = "copy-of-doc03.txt"
	jobs = append(jobs, IngestJob(dup))
	// A payload that is not an ingest payload fails after its attempts.
	jobs = append(jobs, NewJob{Kind: KindIngest, Payload: []int{1}, MaxAttempts: 2})
	if _, err := q.Enqueue(ctx, jobs); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	done := map[int64]int{}
	w := &Worker{Queue: q, Handle: newProcessor(t, st).Handle, Owner: "t1", Lease: 10 * time.Second,
		Poll: 20 * time.Millisecond, Concurrency: 3, Drain: true,
		OnDone: func(j *Job, err error) {
			if err != nil {
				return
			}
			mu.Lock()
			done[j.ID]++
			mu.Unlock()
		}}
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	c, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c.Articles != n+1 || c.CopyGroups != 1 {
		t.Errorf("articles = %d in %d copy groups, want %d in 1", c.Articles, c.CopyGroups, n+1)
	}
	stats, err := q.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if stats.ByState[StateDone] != n+1 || stats.ByState[StateFailed] != 1 {
		t.Errorf("stats = %+v", stats)
	}
	created := 0
	list, _ := q.List(ctx, Filter{State: StateDone})
	for _, j := range list {
		var r IngestResult
		if err := json.Unmarshal(j.Result, &r); err != nil || r.ArticleID == 0 {
			t.Errorf("job %d result %s: %v", j.ID, j.Result, err)
		}
		if r.Created {
			created++
		}
	}
	if created != n+1 {
		t.Errorf("%d jobs created an article, want %d", created, n+1)
	}
	failed, _ := q.List(ctx, Filter{State: StateFailed})
	if len(failed) != 1 || !strings.Contains(failed[0].LastError, "payload") || failed[0].Attempts != 2 {
		t.Errorf("failed = %+v", failed)
	}

	// Re-extraction of every article keeps the claims as they were.
	arts, _, err := st.ListArticles(ctx, store.ArticleFilter{})
	if err != nil {
		t.Fatal(err)
	}
	jobs = jobs[:0]
	for _, a := range arts {
		jobs = append(jobs, ReextractJob(a.ID))
	}
	if _, err := q.Enqueue(ctx, jobs); err != nil {
		t.Fatal(err)
	}
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	c2, err := st.Counts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if c2.Claims != c.Claims || c2.Articles != n+1 {
		t.Errorf("after re-extraction counts = %+v, before %+v", c2, c)
	}
	for id, k := range done {
		if k != 1 {
			t.Errorf("job %d reported done %d times", id, k)
		}
	}
}

// TestReplayAfterCrash: a worker stores the article, then dies before
// marking the job done; the job is re-taken after its lease and the replay
// stores nothing new.
func TestReplayAfterCrash(t *testing.T) {
	st, q := openTemp(t)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, []NewJob{IngestJob(testDoc(1))}); err != nil {
		t.Fatal(err)
	}
	p := newProcessor(t, st)
	j, err := q.Take(ctx, "crashing", 150*time.Millisecond)
	if err != nil || j == nil {
		t.Fatal(j, err)
	}
	if _, err := p.Handle(ctx, j); err != nil {
		t.Fatal(err)
	}
	// No Complete: the worker is gone.
	w := &Worker{Queue: q, Handle: p.Handle, Owner: "survivor", Lease: 10 * time.Second,
		Poll: 20 * time.Millisecond, Drain: true}
	if err := w.Run(ctx); err != nil {
		t.Fatal(err)
	}
	got, err := q.Job(ctx, j.ID)
	if err != nil {
		t.Fatal(err)
	}
	var r IngestResult
	json.Unmarshal(got.Result, &r)
	if got.State != StateDone || got.Attempts != 2 || got.LeaseOwner != "survivor" || r.Created {
		t.Errorf("job = %+v, result %s", got, got.Result)
	}
	if c, _ := st.Counts(ctx); c.Articles != 1 {
		t.Errorf("articles = %d, want 1", c.Articles)
	}
}

// TestHeartbeatKeepsLease: a job that outlasts its lease is not taken by
// another worker while its worker's heartbeat runs.
func TestHeartbeatKeepsLease(t *testing.T) {
	_, q := openTemp(t)
	ctx := context.Background()
	if _, err := q.Enqueue(ctx, testJobs(1)); err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	release := make(chan struct{})
	w := &Worker{Queue: q, Owner: "slow", Lease: 2 * time.Second, Heartbeat: 100 * time.Millisecond,
		Poll: 20 * time.Millisecond, Drain: true,
		Handle: func(ctx context.Context, j *Job) (any, error) {
			close(started)
			<-release
			return nil, nil
		}}
	errc := make(chan error)
	go func() { errc <- w.Run(ctx) }()
	<-started
	// Keep trying to steal the job over three lease lengths, then let the worker finish.
	var lastUntil time.Time
	for i := 0; i < 60; i++ {
		j, err := q.Take(ctx, "thief", time.Minute)
		if err != nil || j != nil {
			t.Fatalf("thief took %+v, %v", j, err)
		}
		time.Sleep(100 * time.Millisecond)
		cur, err := q.Job(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		lastUntil = cur.LeaseUntil
	}
	close(release)
	if err := <-errc; err != nil {
		t.Fatal(err)
	}
	j, err := q.Job(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if j.State != StateDone || j.Attempts != 1 || lastUntil.Before(j.CreatedAt.Add(4*time.Second)) {
		t.Errorf("job = %+v, lease extended to %v", j, lastUntil)
	}
}
