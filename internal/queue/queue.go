// Package queue is dossier's job engine: River (github.com/riverqueue/river)
// in the store's own database, with the PostgreSQL driver (riverpgxv5) on a
// PostgreSQL store and the SQLite driver (riversqlite) on a SQLite file, so
// that `dossier worker` and `dossier watch` run the same way on both and a
// team runs several workers on one PostgreSQL. River's tables are created by
// its own migrations (rivermigrate) when the queue is opened.
//
// Jobs (jobs.go): ingest (a read document, carried whole), reextract (a
// stored article), link_copies (copy groups and stories of the articles
// without a signature; one pending at a time), poll_feeds (periodic, in the
// processes that configure them) and, in a queue of their own, deliver_alert
// (one job per fired alert, alerts.go). Every job's effect is idempotent
// (an article is stored once per text and source, re-extraction keeps claim
// ids, a delivered alert is not posted again), so River's at-least-once
// delivery — a job whose worker died is rescued and run again — changes
// nothing twice. Retries with backoff and the discarded-job list are
// River's.
package queue

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"github.com/dossier-osint/dossier/internal/store"
)

// client is what the queue uses of a *river.Client, whatever its driver.
type client interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Subscribe(kinds ...river.EventKind) (<-chan *river.Event, func())
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
	InsertMany(ctx context.Context, params []river.InsertManyParams) ([]*rivertype.JobInsertResult, error)
	JobList(ctx context.Context, params *river.JobListParams) (*river.JobListResult, error)
	JobRetry(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobGet(ctx context.Context, id int64) (*rivertype.JobRow, error)
	JobDeleteMany(ctx context.Context, params *river.JobDeleteManyParams) (*river.JobDeleteManyResult, error)
}

// Queue is the job queue of one store. It is safe for concurrent use.
type Queue struct {
	newClient func(*river.Config) (client, error)
	ins       client // insert-only
	// counts runs a query of (state, kind, count) rows on the database.
	counts func(ctx context.Context, query string, fn func(state, kind string, n int)) error
	close  func()
	name   string
}

// Open opens the queue in st's database (a *postgres.Store or a
// *sqlite.Store, or anything with their Pool or OpenDB methods), applies
// River's migrations and deletes the jobs of retired kinds.
func Open(ctx context.Context, st store.Store) (*Queue, error) {
	q := &Queue{close: func() {}}
	switch s := st.(type) {
	case interface{ Pool() *pgxpool.Pool }:
		pool := s.Pool()
		drv := riverpgxv5.New(pool)
		if err := migrate(ctx, drv); err != nil {
			return nil, err
		}
		q.name = "postgres"
		q.newClient = func(c *river.Config) (client, error) { return river.NewClient(drv, c) }
		q.counts = func(ctx context.Context, query string, fn func(string, string, int)) error {
			rows, err := pool.Query(ctx, query)
			if err != nil {
				return err
			}
			defer rows.Close()
			return scanCounts(rows, fn)
		}
	case interface{ OpenDB() (*sql.DB, error) }:
		db, err := s.OpenDB()
		if err != nil {
			return nil, err
		}
		drv := riversqlite.New(db)
		if err := migrate(ctx, drv); err != nil {
			db.Close()
			return nil, err
		}
		q.name = "sqlite"
		q.close = func() { db.Close() }
		q.newClient = func(c *river.Config) (client, error) { return river.NewClient(drv, c) }
		q.counts = func(ctx context.Context, query string, fn func(string, string, int)) error {
			rows, err := db.QueryContext(ctx, query)
			if err != nil {
				return err
			}
			defer rows.Close()
			return scanCounts(rows, fn)
		}
	default:
		return nil, fmt.Errorf("job queue: %T keeps no jobs", st)
	}
	ins, err := q.newClient(&river.Config{})
	if err != nil {
		q.close()
		return nil, fmt.Errorf("job queue: %w", err)
	}
	q.ins = ins
	if err := q.deleteRetired(ctx); err != nil {
		q.close()
		return nil, err
	}
	return q, nil
}

// retiredKinds are the kinds of jobs older programs left that no worker
// runs any more; River would fail each as a kind with no worker, retry it
// and keep it in the discarded list. deliver_alerts posted every pending
// alert, before each alert became a deliver_alert job of its own: the
// alert sweep gives a job to every event without one, so none is lost.
var retiredKinds = []string{"deliver_alerts"}

// deleteRetired deletes the jobs of retiredKinds (River leaves a running
// one alone: the next Open deletes it).
func (q *Queue) deleteRetired(ctx context.Context) error {
	const batch = 10000
	for {
		res, err := q.ins.JobDeleteMany(ctx, river.NewJobDeleteManyParams().Kinds(retiredKinds...).First(batch))
		if err != nil {
			return fmt.Errorf("job queue: delete retired jobs: %w", err)
		}
		if len(res.Jobs) < batch {
			return nil
		}
	}
}

// scanCounts reads (state, kind, count) rows of either driver.
func scanCounts(rows interface {
	Next() bool
	Scan(...any) error
	Err() error
}, fn func(state, kind string, n int)) error {
	for rows.Next() {
		var st, kind string
		var n int
		if err := rows.Scan(&st, &kind, &n); err != nil {
			return err
		}
		fn(st, kind, n)
	}
	return rows.Err()
}

func migrate[TTx any](ctx context.Context, drv riverdriver.Driver[TTx]) error {
	m, err := rivermigrate.New(drv, nil)
	if err != nil {
		return fmt.Errorf("job queue migrations: %w", err)
	}
	if _, err := m.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("job queue migrations: %w", err)
	}
	return nil
}

// Close releases the queue's own connection (SQLite).
func (q *Queue) Close() { q.close() }

// Job is a job as listed.
type Job struct {
	ID          int64     `json:"id"`
	Kind        string    `json:"kind"`
	State       string    `json:"state"` // River's: available, scheduled, running, retryable, completed, discarded, cancelled
	Attempt     int       `json:"attempt"`
	MaxAttempts int       `json:"max_attempts"`
	AttemptedBy []string  `json:"attempted_by,omitempty"`
	LastError   string    `json:"last_error,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	FinalizedAt time.Time `json:"finalized_at,omitzero"`
}

func jobOf(r *rivertype.JobRow) Job {
	j := Job{ID: r.ID, Kind: r.Kind, State: string(r.State), Attempt: r.Attempt, MaxAttempts: r.MaxAttempts,
		AttemptedBy: r.AttemptedBy, CreatedAt: r.CreatedAt.UTC()}
	if len(r.Errors) > 0 {
		j.LastError = r.Errors[len(r.Errors)-1].Error
	}
	if r.FinalizedAt != nil {
		j.FinalizedAt = r.FinalizedAt.UTC()
	}
	return j
}

// Enqueue adds jobs and returns how many were added: a job whose twin is
// already queued, running or completed (same kind and arguments) is not.
func (q *Queue) Enqueue(ctx context.Context, jobs []NewJob) (int, error) {
	params := make([]river.InsertManyParams, len(jobs))
	for i, j := range jobs {
		opts := &river.InsertOpts{MaxAttempts: j.MaxAttempts}
		if j.Unique {
			opts.UniqueOpts = river.UniqueOpts{ByArgs: true}
		}
		params[i] = river.InsertManyParams{Args: j.Args, InsertOpts: opts}
	}
	added := 0
	for start := 0; start < len(params); start += 1000 {
		res, err := q.ins.InsertMany(ctx, params[start:min(start+1000, len(params))])
		if err != nil {
			return added, fmt.Errorf("enqueue %d jobs: %w", len(jobs), err)
		}
		for _, r := range res {
			if !r.UniqueSkippedAsDuplicate {
				added++
			}
		}
	}
	return added, nil
}

// Filter selects jobs to list, newest first.
type Filter struct {
	State string // a River state; "" any
	Kind  string
	Limit int // 0: 100
}

// List lists jobs.
func (q *Queue) List(ctx context.Context, f Filter) ([]Job, error) {
	p := river.NewJobListParams().OrderBy(river.JobListOrderByID, river.SortOrderDesc).First(max(f.Limit, 1))
	if f.Limit <= 0 {
		p = p.First(100)
	}
	if f.State != "" {
		p = p.States(rivertype.JobState(f.State))
	}
	if f.Kind != "" {
		p = p.Kinds(f.Kind)
	}
	res, err := q.ins.JobList(ctx, p)
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	out := make([]Job, len(res.Jobs))
	for i, r := range res.Jobs {
		out[i] = jobOf(r)
	}
	return out, nil
}

// Job returns one job.
func (q *Queue) Job(ctx context.Context, id int64) (Job, error) {
	r, err := q.ins.JobGet(ctx, id)
	if errors.Is(err, river.ErrNotFound) {
		return Job{}, fmt.Errorf("job %d: %w", id, store.ErrNotFound)
	}
	if err != nil {
		return Job{}, fmt.Errorf("job %d: %w", id, err)
	}
	return jobOf(r), nil
}

// Retry makes a discarded, cancelled or completed job available again.
func (q *Queue) Retry(ctx context.Context, id int64) error {
	if _, err := q.ins.JobRetry(ctx, id); err != nil {
		if errors.Is(err, river.ErrNotFound) {
			err = store.ErrNotFound
		}
		return fmt.Errorf("retry job %d: %w", id, err)
	}
	return nil
}

// Stats counts the jobs per state and kind.
type Stats struct {
	ByState map[string]int `json:"by_state"`
	ByKind  map[string]int `json:"by_kind"`
}

// openStates are the states of the jobs not finished.
var openStates = map[string]bool{"available": true, "scheduled": true, "pending": true, "retryable": true, "running": true}

// Open reports the jobs not finished: available, scheduled, pending,
// retryable or running.
func (s Stats) Open() int {
	n := 0
	for st, c := range s.ByState {
		if openStates[st] {
			n += c
		}
	}
	return n
}

// Stats counts jobs per state and kind.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	s := Stats{ByState: map[string]int{}, ByKind: map[string]int{}}
	err := q.counts(ctx, `SELECT state, kind, COUNT(*) FROM river_job GROUP BY state, kind`, func(st, kind string, n int) {
		s.ByState[st] += n
		s.ByKind[kind] += n
	})
	if err != nil {
		return s, fmt.Errorf("job stats: %w", err)
	}
	return s, nil
}
