package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync/atomic"
	"time"

	"github.com/dossier-osint/dossier/internal/fetch"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/queue"
	"github.com/dossier-osint/dossier/internal/watch"
)

func init() {
	register(&command{
		name:    "watch",
		summary: "poll RSS, Atom and JSON Feed sources and ingest new items (crash-safe; alerts by webhook)",
		usage: "[--db PATH] [--sources FILE] [--once] [--interval 15m] [--allow-private] [--topics DIR]\n" +
			"        [--webhook URL --webhook-secret S] [--timeout 30s] [--per-host 1s] [--max-bytes N]",
		run: runWatch,
	})
}

func runWatch(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "watch")
	dsn := dbFlag(fs)
	topicsDir := topicsFlag(fs)
	sourcesFile := fs.String("sources", "", "file of feed URLs, one per line with an optional interval; default: the sources in the database")
	once := fs.Bool("once", false, "poll every source once, ingest what is new, deliver alerts and exit")
	interval := fs.Duration("interval", 15*time.Minute, "polling interval of sources without their own")
	allowPrivate := fs.Bool("allow-private", false, "allow feeds and pages on loopback, private and link-local addresses")
	timeout := fs.Duration("timeout", 30*time.Second, "timeout of one request")
	perHost := fs.Duration("per-host", time.Second, "least time between two requests to one host")
	maxBytes := fs.Int64("max-bytes", 16<<20, "largest feed or page read, in bytes")
	retries := fs.Int("retries", 3, "retries of a request that failed in a way that may pass (network, 5xx, 429)")
	unhealthy := fs.Int("unhealthy-after", 5, "consecutive failed polls after which a source is marked unhealthy")
	attempts := fs.Int("max-attempts", 3, "failed attempts after which an item is given up")
	concurrency := fs.Int("concurrency", 4, "sources handled at once")
	webhook := webhookFlags(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected arguments %q: add feeds with dossier sources add URL or list them in --sources FILE", pos)
	}
	hook, err := webhook.hook()
	if err != nil {
		return err
	}
	var fileSources []watch.FileSource
	if *sourcesFile != "" {
		b, err := os.ReadFile(*sourcesFile)
		if err != nil {
			return fmt.Errorf("sources: %w", err)
		}
		if fileSources, err = watch.ParseSourcesFile(*sourcesFile, b); err != nil {
			return err
		}
		if len(fileSources) == 0 {
			return fmt.Errorf("%s lists no feed URL", *sourcesFile)
		}
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := newApp(e, st, *topicsDir, 0)
	if err != nil {
		return err
	}

	var ids []int64
	for _, fsrc := range fileSources {
		src, _, err := st.AddSource(ctx, fsrc.URL, fsrc.Interval)
		if err != nil {
			return fmt.Errorf("%s:%d: %w", *sourcesFile, fsrc.Line, err)
		}
		ids = append(ids, src.ID)
	}
	if len(ids) == 0 {
		list, err := st.ListSources(ctx)
		if err != nil {
			return err
		}
		if len(list) == 0 {
			return fmt.Errorf("no sources: add feeds with dossier sources add URL, or give --sources FILE")
		}
	}

	client := fetch.New(fetch.Options{AllowPrivate: *allowPrivate, Timeout: *timeout, PerHostInterval: max(*perHost, time.Nanosecond),
		MaxBytes: *maxBytes, Retries: retriesOpt(*retries)})
	// Alerts are delivered by the job queue: deliver_alert jobs, worked
	// here by a River client of the alerts queue alone.
	var q *queue.Queue
	var hookOpts queue.WorkOptions
	var sent, retry, dead atomic.Int64
	if hook != nil {
		if q, err = queue.Open(ctx, st); err != nil {
			return fmt.Errorf("database %s: %w", *dsn, err)
		}
		defer q.Close()
		hookOpts = queue.WorkOptions{App: a, ID: fmt.Sprintf("watch:%d", os.Getpid()), AlertsOnly: true,
			Deliver: hook.Post, DeliverAttempts: *webhook.attempts, Log: e.log,
			OnDone: func(j queue.Job, err error) {
				switch {
				case err == nil:
					sent.Add(1)
				case j.State == "discarded":
					dead.Add(1)
				default:
					retry.Add(1)
				}
			}}
	}
	deliver := func(ctx context.Context) {
		if q == nil {
			return
		}
		if _, err := q.SweepAlerts(ctx, st, *webhook.attempts); err != nil && ctx.Err() == nil {
			e.log.Error("alert delivery", "error", err)
		}
		if s, f, d := sent.Swap(0), retry.Swap(0), dead.Swap(0); s+f+d > 0 {
			fmt.Fprintf(e.stdout, "alerts: %d delivered, %d to retry, %d dead\n", s, f, d)
		}
	}
	// New articles join copy groups and stories after each pass; the
	// index stays in memory between passes. Articles a crash left without
	// copy links are taken up by the next pass (or the next ingest).
	findNew := func(ctx context.Context) error {
		if ctx.Err() != nil {
			return nil
		}
		if _, err := a.LinkCopies(ctx); err != nil {
			return fmt.Errorf("finding copies: %w", err)
		}
		return nil
	}
	opt := watch.Options{Fetch: client, DefaultInterval: *interval, UnhealthyAfter: *unhealthy,
		MaxItemAttempts: *attempts, Sources: ids, Concurrency: *concurrency, Log: e.log,
		Ingest: func(ctx context.Context, d ingest.Document, fresh bool) (int64, bool, error) {
			ingest := a.Ingest
			if fresh {
				ingest = a.IngestFresh
			}
			r := ingest(ctx, d)
			for _, ev := range r.Alerts {
				fmt.Fprintf(e.stdout, "alert %s/%s: %s\n", ev.Topic, ev.Rule, ev.Title)
			}
			return r.ID, r.Created, r.Err
		},
		AfterPass: func(ctx context.Context, s watch.Stats) {
			if s.Polled+s.PollErrors+s.Fetched+s.ItemErrors > 0 {
				printWatchStats(e, s)
			}
			if err := findNew(ctx); err != nil {
				e.log.Error("watch", "error", err)
			}
			deliver(ctx)
		}}
	w := watch.New(st, opt)
	if *once {
		s, err := w.Once(ctx)
		printWatchStats(e, s)
		if cerr := findNew(ctx); cerr != nil {
			err = errors.Join(err, cerr)
		}
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return nil
			}
			return err
		}
		if q != nil {
			deliver(ctx)
			hookOpts.Drain = true
			if err := q.Work(ctx, hookOpts); err != nil {
				return err
			}
			deliver(ctx)
		}
		return nil
	}
	fmt.Fprintf(e.stderr, "dossier watch: watching; stop with Ctrl-C\n")
	if q == nil {
		err = w.Run(ctx)
	} else {
		wctx, stop := context.WithCancel(ctx)
		work := make(chan error, 1)
		go func() { work <- q.Work(wctx, hookOpts) }()
		err = w.Run(ctx)
		stop()
		err = errors.Join(err, <-work)
	}
	if errors.Is(err, context.Canceled) {
		return nil
	}
	return err
}

func retriesOpt(n int) int {
	if n <= 0 {
		return -1 // fetch: negative means no retry, 0 the default
	}
	return n
}

func printWatchStats(e *env, s watch.Stats) {
	fmt.Fprintf(e.stdout, "watch: %d feeds polled (%d not modified, %d failed), %d new items, %d pages fetched, %d articles new, %d unchanged, %d item errors (%d given up)\n",
		s.Polled, s.NotModified, s.PollErrors, s.NewItems, s.Fetched, s.Ingested, s.Unchanged, s.ItemErrors, s.ItemsFailed)
}
