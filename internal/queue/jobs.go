package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
)

// Job kinds.
const (
	KindIngest     = "ingest"
	KindReextract  = "reextract"
	KindLinkCopies = "link_copies"
	KindPollFeeds  = "poll_feeds"
)

// IngestArgs is an ingest job: the document as read, so that any machine
// can do it.
type IngestArgs struct {
	Source    string        `json:"source"`
	Format    string        `json:"format,omitempty"`
	URL       string        `json:"url,omitempty"`
	Title     string        `json:"title,omitempty"`
	Published string        `json:"published,omitempty"`
	Credit    string        `json:"credit,omitempty"`
	SiteName  string        `json:"site_name,omitempty"`
	Byline    string        `json:"byline,omitempty"`
	Lang      string        `json:"lang,omitempty"`
	Text      string        `json:"text"`
	Warnings  []string      `json:"warnings,omitempty"`
	Removed   []doc.Removed `json:"removed,omitempty"`
}

// Kind implements river.JobArgs.
func (IngestArgs) Kind() string { return KindIngest }

// Document returns the document the job carries.
func (p IngestArgs) Document() ingest.Document {
	return ingest.Document{Source: p.Source, Format: p.Format, URL: p.URL, Title: p.Title,
		Published: p.Published, Credit: p.Credit, SiteName: p.SiteName, Byline: p.Byline, Lang: p.Lang,
		Text: p.Text, Warnings: p.Warnings, Removed: p.Removed}
}

// ReextractArgs is a re-extraction job.
type ReextractArgs struct {
	ArticleID int64 `json:"article_id"`
}

// Kind implements river.JobArgs.
func (ReextractArgs) Kind() string { return KindReextract }

// LinkCopiesArgs links the articles without a copy signature.
type LinkCopiesArgs struct{}

// Kind implements river.JobArgs.
func (LinkCopiesArgs) Kind() string { return KindLinkCopies }

// PollFeedsArgs polls the watched feeds that are due and ingests their items.
type PollFeedsArgs struct{}

// Kind implements river.JobArgs.
func (PollFeedsArgs) Kind() string { return KindPollFeeds }

// NewJob is a job to enqueue. Unique jobs are not added while a twin (same
// kind and arguments) is queued, running or completed. MaxAttempts 0 means
// River's default (25).
type NewJob struct {
	Args        river.JobArgs
	Unique      bool
	MaxAttempts int
}

// IngestJob is the job that ingests d; enqueueing the same document twice
// adds one job.
func IngestJob(d ingest.Document) NewJob {
	return NewJob{Unique: true, Args: IngestArgs{Source: d.Source, Format: d.Format, URL: d.URL, Title: d.Title,
		Published: d.Published, Credit: d.Credit, SiteName: d.SiteName, Byline: d.Byline, Lang: d.Lang,
		Text: d.Text, Warnings: d.Warnings, Removed: d.Removed}}
}

// ReextractJob is the job that re-extracts an article (not unique: it is
// asked for again after the rules change).
func ReextractJob(articleID int64) NewJob { return NewJob{Args: ReextractArgs{ArticleID: articleID}} }

// linkOpts keep one link_copies job waiting at a time; it waits a second so
// that the ingest jobs of a burst are linked together.
func linkOpts() *river.InsertOpts {
	return &river.InsertOpts{ScheduledAt: time.Now().Add(time.Second), UniqueOpts: river.UniqueOpts{
		ByState: []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStatePending,
			rivertype.JobStateRunning, rivertype.JobStateScheduled, rivertype.JobStateRetryable}}}
}

// linkMargin is how long before its time a queued link_copies job is no
// longer counted on to see an article stored now (clocks of the worker and
// the database may differ a little; the periodic and the draining runs link
// whatever one missed).
const linkMargin = 250 * time.Millisecond

// WorkOptions configure Work. Zero values take the defaults shown.
type WorkOptions struct {
	App *app.App // required
	ID  string   // names the worker in River's attempted_by
	// Slots is how many jobs are held at once (100): River fetches up to
	// that many; extraction itself runs at most App.Workers at a time.
	Slots int
	// Poll is the wait between looks at an empty queue (1s).
	Poll time.Duration
	// JobTimeout bounds one job (10m); a job whose worker died is run
	// again RescueAfter (15m, more than JobTimeout) after it started.
	JobTimeout, RescueAfter time.Duration
	// Drain makes Work return once no job is open (then it links copies).
	Drain bool
	// Delay is waited before each job's effect (tests: to kill a worker
	// mid-job).
	Delay time.Duration
	// Deliver, when set, posts one alert (alert.Webhook.Post): this worker
	// then works the alerts queue, queues the delivery of the alerts its
	// ingest jobs fire, and sweeps for unqueued ones at its start and every
	// DeliverEvery (1m). A delivery job has DeliverAttempts attempts
	// (DefaultDeliverAttempts) with River's backoff.
	Deliver         func(ctx context.Context, ev store.AlertEvent) error
	DeliverAttempts int
	DeliverEvery    time.Duration
	// AlertsOnly makes Work deliver alerts and nothing else (dossier watch:
	// its own loop polls and ingests); Deliver is then required.
	AlertsOnly bool
	// PollFeeds, when set, polls the due feeds every PollEvery (1m).
	PollFeeds func(ctx context.Context) error
	PollEvery time.Duration
	// OnDone, when set, is called after a job's completion is recorded (or
	// its attempt failed: err non-nil).
	OnDone func(j Job, err error)
	Log    *slog.Logger
}

func (o *WorkOptions) defaults() {
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&o.Poll, time.Second)
	def(&o.JobTimeout, 10*time.Minute)
	def(&o.RescueAfter, 15*time.Minute)
	def(&o.DeliverEvery, time.Minute)
	def(&o.PollEvery, time.Minute)
	if o.RescueAfter <= o.JobTimeout {
		o.RescueAfter = o.JobTimeout + time.Second
	}
	if o.Slots <= 0 {
		o.Slots = 100
	}
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
}

// sleep waits d or until ctx is done.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Work runs the jobs of every kind until ctx is cancelled (then it stops
// taking jobs and lets the running ones finish) or, with Drain, until no job
// is open.
func (q *Queue) Work(ctx context.Context, o WorkOptions) error {
	o.defaults()
	a := o.App
	var c client
	delay := func(ctx context.Context) error {
		if o.Delay > 0 {
			return sleep(ctx, o.Delay)
		}
		return nil
	}
	// linkSoon makes sure a link_copies job runs after the article just
	// stored: the scheduled one this worker last saw, while it is still
	// waiting for its time, else the one queued (or found queued) by an
	// insert begun after the caller came, which the jobs finishing at once
	// share (an insert per ingest job was a round trip each).
	var linkAt atomic.Int64 // when the scheduled link_copies job last seen runs (Unix ns)
	var linking shared
	linkSoon := func(ctx context.Context) error {
		if time.Now().UnixNano() < linkAt.Load()-int64(linkMargin) {
			return nil
		}
		return linking.do(ctx, func(ctx context.Context) error {
			res, err := c.Insert(ctx, LinkCopiesArgs{}, linkOpts())
			if err == nil && res.Job.State == rivertype.JobStateScheduled { // queued now, or by another worker
				linkAt.Store(res.Job.ScheduledAt.UnixNano())
			}
			return err
		})
	}
	workers := river.NewWorkers()
	river.AddWorker(workers, river.WorkFunc(func(ctx context.Context, j *river.Job[IngestArgs]) error {
		if err := delay(ctx); err != nil {
			return err
		}
		// A replay after a crash stores nothing new and fires the alerts
		// the crash may have kept from firing.
		r := a.IngestQueued(ctx, j.Args.Document())
		if r.Err != nil {
			return fmt.Errorf("ingest job %d (%s): %w", j.ID, j.Args.Source, r.Err)
		}
		if err := linkSoon(ctx); err != nil {
			return fmt.Errorf("ingest job %d: queue copy linking: %w", j.ID, err)
		}
		if o.Deliver != nil {
			// alerts a replay fired before the crash are the sweep's
			if err := q.QueueAlerts(ctx, a.Store, r.Alerts, o.DeliverAttempts); err != nil {
				return fmt.Errorf("ingest job %d: %w", j.ID, err)
			}
		}
		return nil
	}))
	river.AddWorker(workers, river.WorkFunc(func(ctx context.Context, j *river.Job[ReextractArgs]) error {
		if err := delay(ctx); err != nil {
			return err
		}
		if _, err := a.ReextractOne(ctx, j.Args.ArticleID); err != nil {
			return fmt.Errorf("reextract job %d (article %d): %w", j.ID, j.Args.ArticleID, err)
		}
		return nil
	}))
	river.AddWorker(workers, river.WorkFunc(func(ctx context.Context, j *river.Job[LinkCopiesArgs]) error {
		_, err := a.LinkCopies(ctx)
		return err
	}))
	river.AddWorker(workers, river.WorkFunc(func(ctx context.Context, j *river.Job[PollFeedsArgs]) error {
		if o.PollFeeds == nil {
			return nil
		}
		return o.PollFeeds(ctx)
	}))
	queues := map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: o.Slots}}
	if o.AlertsOnly {
		if o.Deliver == nil {
			return errors.New("job queue: delivering alerts needs a webhook")
		}
		queues = map[string]river.QueueConfig{}
	}
	if o.Deliver != nil {
		river.AddWorker(workers, deliverWorker(a.Store, o.Deliver))
		queues[QueueAlerts] = river.QueueConfig{MaxWorkers: 10}
	}
	cfg := &river.Config{
		ID:      o.ID,
		Workers: workers,
		Queues:  queues,
		// discarded jobs are the dead-letter lists: kept until retried
		DiscardedJobRetentionPeriod: -1,
		FetchPollInterval:           o.Poll,
		FetchCooldown:               min(o.Poll, 50*time.Millisecond),
		JobTimeout:                  o.JobTimeout,
		RescueStuckJobsAfter:        o.RescueAfter,
		Logger:                      o.Log,
	}
	if !o.Drain && !o.AlertsOnly {
		cfg.PeriodicJobs = append(cfg.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(time.Minute),
			func() (river.JobArgs, *river.InsertOpts) { return LinkCopiesArgs{}, linkOpts() },
			&river.PeriodicJobOpts{RunOnStart: true}))
		if o.PollFeeds != nil {
			cfg.PeriodicJobs = append(cfg.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(o.PollEvery),
				func() (river.JobArgs, *river.InsertOpts) { return PollFeedsArgs{}, nil },
				&river.PeriodicJobOpts{RunOnStart: true}))
		}
	}
	var err error
	if c, err = q.newClient(cfg); err != nil {
		return fmt.Errorf("job queue: %w", err)
	}
	events, cancelEvents := c.Subscribe(river.EventKindJobCompleted, river.EventKindJobFailed)
	defer cancelEvents()
	done := make(chan struct{})
	var ended atomic.Int64 // jobs this worker ended (a draining one does not look while they end)
	go func() {
		defer close(done)
		for ev := range events {
			ended.Add(1)
			if o.OnDone != nil {
				var err error
				if ev.Kind == river.EventKindJobFailed {
					err = fmt.Errorf("attempt %d failed", ev.Job.Attempt)
					if n := len(ev.Job.Errors); n > 0 {
						err = fmt.Errorf("%s", ev.Job.Errors[n-1].Error)
					}
				}
				o.OnDone(jobOf(ev.Job), err)
			}
		}
	}()
	sweepCtx, stopSweep := context.WithCancel(ctx)
	defer stopSweep()
	if o.Deliver != nil {
		// The sweep runs in every process that delivers, not as a
		// periodic job, which only River's leader (maybe a worker
		// without a webhook) would insert.
		if _, err := q.SweepAlerts(ctx, a.Store, o.DeliverAttempts); err != nil {
			return err
		}
		go func() {
			t := time.NewTicker(o.DeliverEvery)
			defer t.Stop()
			for {
				select {
				case <-sweepCtx.Done():
					return
				case <-t.C:
					if _, err := q.SweepAlerts(sweepCtx, a.Store, o.DeliverAttempts); err != nil && sweepCtx.Err() == nil {
						o.Log.Error("alert sweep", "error", err)
					}
				}
			}
		}()
	}
	if err := c.Start(ctx); err != nil {
		return fmt.Errorf("job queue: start: %w", err)
	}
	runErr := q.wait(ctx, o, &ended)
	stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), o.JobTimeout)
	defer cancel()
	stopErr := c.Stop(stopCtx)
	cancelEvents()
	<-done
	if runErr == nil && o.Drain && !o.AlertsOnly {
		if _, err := a.LinkCopies(ctx); err != nil {
			return fmt.Errorf("finding copies: %w", err)
		}
	}
	if runErr != nil {
		return runErr
	}
	if stopErr != nil && ctx.Err() == nil {
		return fmt.Errorf("job queue: stop: %w", stopErr)
	}
	return nil
}

// wait returns when ctx is done (nil), or with Drain once no job it waits
// for is open on two looks in a row. It does not look after a poll interval
// in which the worker ended a job (ended counts them): a look cost up to
// 14 ms of the server's time once 19,000 jobs had ended, 200 ms apart in
// each worker.
func (q *Queue) wait(ctx context.Context, o WorkOptions, ended *atomic.Int64) error {
	idle, seen := 0, int64(-1)
	for {
		if err := sleep(ctx, o.Poll); err != nil {
			return nil
		}
		if n := ended.Load(); !o.Drain || n != seen {
			seen, idle = n, 0
			continue
		}
		n, err := q.waitingFor(ctx, o)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return err
		}
		if n > 0 {
			idle = 0
			continue
		}
		if idle++; idle >= 2 {
			return nil
		}
	}
}

// waitingFor reports whether a draining worker waits for an open job: one
// of the kinds it works, but no delivery unless it delivers, nor one
// waiting for its retry (River's backoff grows to minutes). It looks for
// one such job through River's index on state: counting every row, completed
// ones included, cost a drain polling past 19,000 finished ingest jobs more
// on each look than the jobs did (9.5 ms a look at 3,000 jobs, 200 ms apart).
func (q *Queue) waitingFor(ctx context.Context, o WorkOptions) (int, error) {
	var kinds []string
	if o.Deliver != nil {
		kinds = append(kinds, `(kind = '`+KindDeliverAlert+`' AND state <> 'retryable')`)
	}
	if !o.AlertsOnly {
		kinds = append(kinds, `kind IN ('`+strings.Join([]string{KindIngest, KindReextract, KindLinkCopies, KindPollFeeds}, `', '`)+`')`)
	}
	if len(kinds) == 0 {
		return 0, nil
	}
	n := 0
	err := q.counts(ctx, `SELECT state, kind, 1 FROM river_job
		WHERE state IN ('available', 'scheduled', 'pending', 'retryable', 'running') AND (`+strings.Join(kinds, " OR ")+`)
		LIMIT 1`, func(string, string, int) { n++ })
	if err != nil {
		return 0, fmt.Errorf("open jobs: %w", err)
	}
	return n, nil
}

// shared runs a function for callers that come at once: a caller joins the
// next run, which begins when the one under way (begun before the caller
// came) has ended, and gets that run's error. The zero value is ready.
type shared struct {
	mu      sync.Mutex
	next    *sharedRun // the run callers join
	running bool
}

type sharedRun struct {
	done    chan struct{}
	err     error
	callers int
}

func (s *shared) do(ctx context.Context, fn func(context.Context) error) error {
	s.mu.Lock()
	if s.next == nil {
		s.next = &sharedRun{done: make(chan struct{})}
	}
	r := s.next
	r.callers++
	if !s.running {
		s.running = true
		go s.run(context.WithoutCancel(ctx), fn)
	}
	s.mu.Unlock()
	select {
	case <-r.done:
		return r.err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// run runs fn for the waiting callers until none waits.
func (s *shared) run(ctx context.Context, fn func(context.Context) error) {
	for {
		s.mu.Lock()
		r := s.next
		s.next = nil
		if r == nil {
			s.running = false
			s.mu.Unlock()
			return
		}
		s.mu.Unlock()
		r.err = fn(ctx)
		close(r.done)
	}
}
