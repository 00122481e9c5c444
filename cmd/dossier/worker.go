package main

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/dossier-osint/dossier/internal/queue"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/open"
)

func init() {
	register(&command{
		name:    "worker",
		summary: "take ingest and re-extraction jobs from the PostgreSQL job queue and do them",
		usage:   "[--db postgres://...] [--concurrency N] [--lease D] [--heartbeat D] [--poll D] [--drain] [-v]",
		run:     runWorker,
	})
}

// envWorkerDelay, a duration, slows every job down (tests only: it holds
// jobs long enough to kill a worker mid-job).
const envWorkerDelay = "DOSSIER_WORKER_TEST_DELAY"

// openQueue opens the store at dsn and the job queue in the same database.
// The queue needs PostgreSQL.
func openQueue(ctx context.Context, dsn string) (store.Store, *queue.Queue, error) {
	if !open.IsPostgres(dsn) {
		return nil, nil, fmt.Errorf("the job queue needs PostgreSQL (--db postgres://...); with the SQLite file %s use \"dossier ingest\" and \"dossier reextract\", which work directly", dsn)
	}
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	p, ok := st.(interface{ Pool() *pgxpool.Pool })
	if !ok {
		st.Close()
		return nil, nil, fmt.Errorf("database %s: this store has no job queue", dsn)
	}
	return st, queue.New(p.Pool()), nil
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker")
	dsn := dbFlag(fs)
	topicsDir := topicsFlag(fs)
	host, _ := os.Hostname()
	id := fs.String("id", fmt.Sprintf("%s:%d", host, os.Getpid()), "worker name recorded in leases")
	concurrency := fs.Int("concurrency", 1, "jobs done at once")
	lease := fs.Duration("lease", 30*time.Second, "how long a job stays leased without a heartbeat")
	heartbeat := fs.Duration("heartbeat", 0, "how often a held lease is extended (default lease/3)")
	poll := fs.Duration("poll", time.Second, "wait between looks at an empty queue")
	backoff := fs.Duration("backoff", 5*time.Second, "a failed job's next attempt waits backoff × attempts")
	drain := fs.Bool("drain", false, "exit once no job is queued or running")
	verbose := fs.Bool("v", false, "print a line per finished job")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected arguments %q", pos)
	}
	var delay time.Duration
	if v := os.Getenv(envWorkerDelay); v != "" {
		if delay, err = time.ParseDuration(v); err != nil {
			return fmt.Errorf("%s: %w", envWorkerDelay, err)
		}
	}
	st, q, err := openQueue(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := newApp(e, st, *topicsDir, 0)
	if err != nil {
		return err
	}
	var done, failed atomic.Int64
	var mu sync.Mutex // e.stdout may be a buffer
	proc := &queue.Processor{App: a, Delay: delay}
	// created counts the articles this worker's ingest jobs stored; with
	// --drain they join copy groups and stories once the queue is empty. A
	// worker that runs until stopped leaves that to the next drain, ingest
	// or watch pass (each adds every article still without a signature).
	var created atomic.Int64
	handle := func(ctx context.Context, j *queue.Job) (any, error) {
		res, err := proc.Handle(ctx, j)
		if r, ok := res.(queue.IngestResult); ok && err == nil && r.Created {
			created.Add(1)
		}
		return res, err
	}
	w := &queue.Worker{Queue: q, Handle: handle, Owner: *id, Lease: *lease, Heartbeat: *heartbeat,
		Poll: *poll, Backoff: *backoff, Concurrency: *concurrency, Drain: *drain, Log: e.log,
		OnDone: func(j *queue.Job, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed.Add(1)
				if *verbose {
					fmt.Fprintf(e.stdout, "failed job %d %s attempt %d: %v\n", j.ID, j.Kind, j.Attempts, err)
				}
				return
			}
			done.Add(1)
			if *verbose {
				fmt.Fprintf(e.stdout, "done job %d %s attempt %d\n", j.ID, j.Kind, j.Attempts)
			}
		}}
	e.log.Info("worker started", "id", *id, "concurrency", *concurrency, "lease", *lease)
	err = w.Run(ctx)
	fmt.Fprintf(e.stdout, "worker %s: %d jobs done, %d attempts failed\n", *id, done.Load(), failed.Load())
	if err == nil && *drain && created.Load() > 0 && ctx.Err() == nil {
		if _, err := a.LinkCopies(ctx); err != nil {
			return fmt.Errorf("finding copies: %w", err)
		}
	}
	return err
}
