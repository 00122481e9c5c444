package main

import (
	"context"
	"fmt"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dossier-osint/dossier/internal/fetch"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/queue"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/watch"
)

func init() {
	register(&command{
		name:    "worker",
		summary: "do the jobs of the queue (ingest, re-extraction, copy linking, alerts, feed polling) on SQLite or PostgreSQL",
		usage: "[--db PATH|postgres://...] [--slots N] [--workers N] [--poll D] [--job-timeout D] [--rescue-after D] [--drain] [-v]\n" +
			"        [--watch [--allow-private] [--interval 15m]] [--webhook URL --webhook-secret S [--webhook-attempts N]]",
		run: runWorker,
	})
}

// envWorkerDelay, a duration, slows every job down (tests only: it holds
// jobs long enough to kill a worker mid-job).
const envWorkerDelay = "DOSSIER_WORKER_TEST_DELAY"

// openQueue opens the store at dsn and the job queue in the same database.
func openQueue(ctx context.Context, dsn string) (store.Store, *queue.Queue, error) {
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	q, err := queue.Open(ctx, st)
	if err != nil {
		st.Close()
		return nil, nil, fmt.Errorf("database %s: %w", dsn, err)
	}
	return st, q, nil
}

func runWorker(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "worker")
	dsn := dbFlag(fs)
	topicsDir := topicsFlag(fs)
	host, _ := os.Hostname()
	id := fs.String("id", fmt.Sprintf("%s:%d", host, os.Getpid()), "worker name recorded in the jobs it attempts")
	workers := workersFlag(fs)
	slots := fs.Int("slots", 100, "jobs held at once (extraction itself runs --workers at a time)")
	poll := fs.Duration("poll", time.Second, "wait between looks at an empty queue")
	jobTimeout := fs.Duration("job-timeout", 10*time.Minute, "longest a job may run")
	rescue := fs.Duration("rescue-after", 15*time.Minute, "a job whose worker died is run again this long after it started (more than --job-timeout)")
	drain := fs.Bool("drain", false, "exit once no job is open (after linking copies)")
	verbose := fs.Bool("v", false, "print a line per finished job")
	watchFeeds := fs.Bool("watch", false, "also poll the watched feeds (dossier sources) as periodic jobs")
	interval := fs.Duration("interval", 15*time.Minute, "with --watch: polling interval of sources without their own")
	allowPrivate := fs.Bool("allow-private", false, "with --watch: allow feeds and pages on private addresses")
	webhook := webhookFlags(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected arguments %q", pos)
	}
	hook, err := webhook.hook()
	if err != nil {
		return err
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
	defer q.Close()
	a, err := newApp(e, st, *topicsDir, *workers)
	if err != nil {
		return err
	}
	var done, failed atomic.Int64
	var mu sync.Mutex // e.stdout may be a buffer
	o := queue.WorkOptions{App: a, ID: *id, Slots: *slots, Poll: *poll, JobTimeout: *jobTimeout,
		RescueAfter: *rescue, Drain: *drain, Delay: delay, Log: e.log,
		OnDone: func(j queue.Job, err error) {
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed.Add(1)
				if *verbose {
					fmt.Fprintf(e.stdout, "failed job %d %s attempt %d: %v\n", j.ID, j.Kind, j.Attempt, err)
				}
				return
			}
			done.Add(1)
			if *verbose {
				fmt.Fprintf(e.stdout, "done job %d %s attempt %d\n", j.ID, j.Kind, j.Attempt)
			}
		}}
	if hook != nil {
		o.Deliver, o.DeliverAttempts = hook.Post, *webhook.attempts
	}
	if *watchFeeds {
		client := fetch.New(fetch.Options{AllowPrivate: *allowPrivate})
		w := watch.New(st, watch.Options{Fetch: client, DefaultInterval: *interval, Log: e.log,
			Ingest: func(ctx context.Context, d ingest.Document, fresh bool) (int64, bool, error) {
				id, created, err := a.IngestItem(ctx, d, fresh)
				return id, created, err
			}})
		o.PollFeeds = func(ctx context.Context) error { _, err := w.Due(ctx); return err }
		o.PollEvery = time.Minute
	}
	e.log.Info("worker started", "id", *id, "slots", *slots)
	err = q.Work(ctx, o)
	fmt.Fprintf(e.stdout, "worker %s: %d jobs done, %d attempts failed\n", *id, done.Load(), failed.Load())
	return err
}
