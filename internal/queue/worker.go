package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Handler does one job and returns its result (stored as JSON with the
// job). Its context is cancelled when the lease is lost or the worker stops.
// Its effect must be idempotent: a job may be replayed after a crash.
type Handler func(ctx context.Context, j *Job) (result any, err error)

// Worker takes jobs from a queue and runs them, Concurrency at a time.
type Worker struct {
	Queue  *Queue
	Handle Handler
	// Owner names the worker in leases (unique per process).
	Owner string
	// Lease is how long a take holds a job without a heartbeat;
	// Heartbeat how often the lease is extended (default Lease/3).
	Lease, Heartbeat time.Duration
	// Poll is the wait between takes when no job is ready.
	Poll time.Duration
	// Backoff delays a failed job's next attempt by Backoff × attempts.
	Backoff     time.Duration
	Concurrency int
	// Drain makes Run return once no job is queued or running.
	Drain bool
	Log   *slog.Logger
	// OnDone, when set, is called after a job is marked done (or
	// failed: err non-nil), for progress output.
	OnDone func(j *Job, err error)
}

func (w *Worker) defaults() {
	if w.Lease <= 0 {
		w.Lease = 30 * time.Second
	}
	if w.Heartbeat <= 0 || w.Heartbeat >= w.Lease {
		w.Heartbeat = w.Lease / 3
	}
	if w.Poll <= 0 {
		w.Poll = time.Second
	}
	if w.Backoff < 0 {
		w.Backoff = 0
	}
	if w.Concurrency <= 0 {
		w.Concurrency = 1
	}
	if w.Log == nil {
		w.Log = slog.Default()
	}
}

// Run works until ctx is cancelled (then it gives back held jobs and
// returns nil) or, with Drain, until the queue is empty.
func (w *Worker) Run(ctx context.Context) error {
	w.defaults()
	var wg sync.WaitGroup
	errs := make([]error, w.Concurrency)
	for i := 0; i < w.Concurrency; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = w.loop(ctx)
		}(i)
	}
	wg.Wait()
	return errors.Join(errs...)
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

func (w *Worker) loop(ctx context.Context) error {
	for ctx.Err() == nil {
		j, err := w.Queue.Take(ctx, w.Owner, w.Lease)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			w.Log.Warn("take", "worker", w.Owner, "err", err)
			sleep(ctx, w.Poll)
			continue
		}
		if j == nil {
			if _, err := w.Queue.Expire(ctx); err != nil && ctx.Err() == nil {
				w.Log.Warn("expire", "worker", w.Owner, "err", err)
			}
			if w.Drain {
				n, err := w.Queue.Pending(ctx)
				if err == nil && n == 0 {
					return nil
				}
			}
			sleep(ctx, w.Poll)
			continue
		}
		w.run(ctx, j)
	}
	return nil
}

// run does one held job: the handler under a heartbeat, then the fenced
// completion or failure.
func (w *Worker) run(ctx context.Context, j *Job) {
	log := w.Log.With("worker", w.Owner, "job", j.ID, "kind", j.Kind, "attempt", j.Attempts)
	jctx, cancel := context.WithCancel(ctx)
	defer cancel()
	lost := make(chan struct{})
	hbDone := make(chan struct{})
	go func() {
		defer close(hbDone)
		t := time.NewTicker(w.Heartbeat)
		defer t.Stop()
		for {
			select {
			case <-jctx.Done():
				return
			case <-t.C:
				if err := w.Queue.Heartbeat(jctx, j, w.Lease); err != nil {
					if errors.Is(err, ErrLeaseLost) {
						log.Warn("lease lost; abandoning the job", "err", err)
						close(lost)
						cancel()
						return
					}
					if jctx.Err() == nil {
						log.Warn("heartbeat", "err", err)
					}
				}
			}
		}
	}()
	res, err := w.call(jctx, j)
	cancel()
	<-hbDone
	select {
	case <-lost:
		return // another worker owns it now
	default:
	}
	bg := context.WithoutCancel(ctx)
	switch {
	case ctx.Err() != nil:
		// Shutting down: give the job back uncounted.
		if rerr := w.Queue.Release(bg, j); rerr != nil {
			log.Warn("release", "err", rerr)
		}
		return
	case err != nil:
		log.Warn("job failed", "err", err)
		if ferr := w.Queue.Fail(bg, j, err, w.Backoff); ferr != nil {
			log.Warn("record failure", "err", ferr)
			return
		}
	default:
		if cerr := w.Queue.Complete(bg, j, res); cerr != nil {
			// The effect is idempotent: the new holder redoes it harmlessly.
			log.Warn("complete", "err", cerr)
			return
		}
		log.Debug("job done")
	}
	if w.OnDone != nil {
		w.OnDone(j, err)
	}
}

// call runs the handler, turning a panic into an error.
func (w *Worker) call(ctx context.Context, j *Job) (res any, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("job %d panicked: %v", j.ID, p)
		}
	}()
	return w.Handle(ctx, j)
}
