// Package queue owns dossier's work queue: ingestion and re-extraction jobs
// kept in the PostgreSQL table "jobs" (created by the PostgreSQL store's
// migrations), taken by workers with SELECT ... FOR UPDATE SKIP LOCKED under
// an expiring lease that a heartbeat extends. A worker that dies mid-job
// stops extending its lease; once it expires another worker re-takes the
// job (attempts counts the takes), and after MaxAttempts the job is failed
// with its last error kept.
//
// Exactly-once effect: every job kind has an idempotent effect (an article
// is stored at most once per content hash; re-extraction replaces the
// annotations), and marking a job done is fenced by the lease owner and the
// attempt number, so a job is marked done exactly once and a replay after a
// crash between the effect and the mark changes nothing.
//
// The queue needs PostgreSQL; with SQLite dossier ingests directly.
package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Job states.
const (
	StateQueued  = "queued"
	StateRunning = "running"
	StateDone    = "done"
	StateFailed  = "failed"
)

// DefaultMaxAttempts is how many times a job is taken before it fails.
const DefaultMaxAttempts = 3

// ErrLeaseLost is returned when a worker reports on a job it no longer
// holds: its lease expired and another worker took the job, or it was
// retried by hand.
var ErrLeaseLost = errors.New("lease lost")

// ErrNotFound is returned for an unknown job id.
var ErrNotFound = errors.New("job not found")

// Job is one unit of work.
type Job struct {
	ID          int64           `json:"id"`
	Kind        string          `json:"kind"`
	Payload     json.RawMessage `json:"payload,omitempty"`
	State       string          `json:"state"`
	Attempts    int             `json:"attempts"`
	MaxAttempts int             `json:"max_attempts"`
	LeaseOwner  string          `json:"lease_owner,omitempty"`
	LeaseUntil  time.Time       `json:"lease_until,omitzero"`
	LastError   string          `json:"last_error,omitempty"`
	Result      json.RawMessage `json:"result,omitempty"`
	CreatedAt   time.Time       `json:"created_at"`
	UpdatedAt   time.Time       `json:"updated_at"`
	DoneAt      time.Time       `json:"done_at,omitzero"`
}

// NewJob is a job to enqueue. A non-empty DedupKey makes enqueueing
// idempotent: a second job with the same key is not added. MaxAttempts 0
// means DefaultMaxAttempts.
type NewJob struct {
	Kind        string
	Payload     any // marshalled to JSON
	DedupKey    string
	MaxAttempts int
}

// Queue is the jobs table. It is safe for concurrent use.
type Queue struct {
	pool *pgxpool.Pool
}

// New returns the queue in the database of pool, whose schema must hold the
// jobs table (open the PostgreSQL store first: it applies the migrations).
func New(pool *pgxpool.Pool) *Queue { return &Queue{pool: pool} }

const jobCols = `id, kind, payload, state, attempts, max_attempts, lease_owner, lease_until,
	last_error, result, created_at, updated_at, done_at`

func scanJob(r pgx.Row) (*Job, error) {
	var j Job
	var leaseUntil, doneAt *time.Time
	var payload, result []byte
	if err := r.Scan(&j.ID, &j.Kind, &payload, &j.State, &j.Attempts, &j.MaxAttempts, &j.LeaseOwner,
		&leaseUntil, &j.LastError, &result, &j.CreatedAt, &j.UpdatedAt, &doneAt); err != nil {
		return nil, err
	}
	j.Payload, j.Result = payload, result
	if leaseUntil != nil {
		j.LeaseUntil = leaseUntil.UTC()
	}
	if doneAt != nil {
		j.DoneAt = doneAt.UTC()
	}
	j.CreatedAt, j.UpdatedAt = j.CreatedAt.UTC(), j.UpdatedAt.UTC()
	return &j, nil
}

// Enqueue adds jobs in one transaction and returns how many were added
// (jobs whose DedupKey is already present are not).
func (q *Queue) Enqueue(ctx context.Context, jobs []NewJob) (int, error) {
	if len(jobs) == 0 {
		return 0, nil
	}
	added := 0
	err := pgx.BeginFunc(ctx, q.pool, func(tx pgx.Tx) error {
		var b pgx.Batch
		for i, j := range jobs {
			if j.Kind == "" {
				return fmt.Errorf("job %d: empty kind", i)
			}
			p, err := json.Marshal(j.Payload)
			if err != nil {
				return fmt.Errorf("job %d (%s): payload: %w", i, j.Kind, err)
			}
			max := j.MaxAttempts
			if max <= 0 {
				max = DefaultMaxAttempts
			}
			var key any
			if j.DedupKey != "" {
				key = j.DedupKey
			}
			b.Queue(`INSERT INTO jobs (kind, payload, dedup_key, max_attempts) VALUES ($1, $2, $3, $4)
				ON CONFLICT (dedup_key) DO NOTHING`, j.Kind, p, key, max)
		}
		br := tx.SendBatch(ctx, &b)
		for i := range jobs {
			tag, err := br.Exec()
			if err != nil {
				br.Close()
				return fmt.Errorf("job %d (%s): %w", i, jobs[i].Kind, err)
			}
			added += int(tag.RowsAffected())
		}
		return br.Close()
	})
	if err != nil {
		return 0, fmt.Errorf("enqueue %d jobs: %w", len(jobs), err)
	}
	return added, nil
}

func secs(d time.Duration) float64 { return d.Seconds() }

// Take leases the next job to owner for lease and returns it with Attempts
// counting this take, or nil when no job is ready. Jobs whose lease expired
// (their worker died or stalled) are re-taken first, then queued jobs in
// order. Concurrent takers never get the same job (FOR UPDATE SKIP LOCKED).
func (q *Queue) Take(ctx context.Context, owner string, lease time.Duration) (*Job, error) {
	for _, pick := range []string{
		`SELECT id FROM jobs WHERE state = 'running' AND lease_until < now() AND attempts < max_attempts
			ORDER BY lease_until LIMIT 1 FOR UPDATE SKIP LOCKED`,
		`SELECT id FROM jobs WHERE state = 'queued' AND run_after <= now()
			ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
	} {
		j, err := scanJob(q.pool.QueryRow(ctx, `UPDATE jobs SET state = 'running', attempts = attempts + 1,
			lease_owner = $1, lease_until = now() + make_interval(secs => $2), updated_at = now()
			WHERE id = (`+pick+`) RETURNING `+jobCols, owner, secs(lease)))
		if errors.Is(err, pgx.ErrNoRows) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("take a job for %s: %w", owner, err)
		}
		return j, nil
	}
	return nil, nil
}

// fenced is the condition that the job is still held by this take.
const fenced = ` WHERE id = $1 AND state = 'running' AND lease_owner = $2 AND attempts = $3`

func (q *Queue) fencedExec(ctx context.Context, what string, j *Job, set string, args ...any) error {
	tag, err := q.pool.Exec(ctx, `UPDATE jobs SET `+set+`, updated_at = now()`+fenced,
		append([]any{j.ID, j.LeaseOwner, j.Attempts}, args...)...)
	if err != nil {
		return fmt.Errorf("%s job %d: %w", what, j.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("%s job %d (attempt %d by %s): %w", what, j.ID, j.Attempts, j.LeaseOwner, ErrLeaseLost)
	}
	return nil
}

// Heartbeat extends the lease of a job the caller holds.
func (q *Queue) Heartbeat(ctx context.Context, j *Job, lease time.Duration) error {
	return q.fencedExec(ctx, "heartbeat", j, `lease_until = now() + make_interval(secs => $4)`, secs(lease))
}

// Complete marks a held job done with its result (any JSON value, or nil).
// It fails with ErrLeaseLost when the job was taken over, so a job is
// marked done once.
func (q *Queue) Complete(ctx context.Context, j *Job, result any) error {
	var r []byte
	if result != nil {
		var err error
		if r, err = json.Marshal(result); err != nil {
			return fmt.Errorf("complete job %d: result: %w", j.ID, err)
		}
	}
	return q.fencedExec(ctx, "complete", j, `state = 'done', done_at = now(), lease_until = NULL,
		result = $4, last_error = ''`, r)
}

// Fail records a failed attempt: the job is queued again after backoff
// times the attempts made, or failed for good once it has had MaxAttempts.
func (q *Queue) Fail(ctx context.Context, j *Job, cause error, backoff time.Duration) error {
	msg := "failed"
	if cause != nil {
		msg = cause.Error()
	}
	return q.fencedExec(ctx, "fail", j, `last_error = $4, lease_until = NULL,
		state = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'queued' END,
		run_after = now() + make_interval(secs => $5 * attempts)`, msg, secs(backoff))
}

// Release gives a held job back without counting the attempt (the worker
// is shutting down).
func (q *Queue) Release(ctx context.Context, j *Job) error {
	return q.fencedExec(ctx, "release", j, `state = 'queued', attempts = attempts - 1, lease_until = NULL,
		lease_owner = ''`)
}

// Expire fails the running jobs whose lease expired on their last allowed
// attempt, keeping why, and returns how many.
func (q *Queue) Expire(ctx context.Context) (int, error) {
	tag, err := q.pool.Exec(ctx, `UPDATE jobs SET state = 'failed', updated_at = now(),
		last_error = format('lease of %s expired on attempt %s of %s', lease_owner, attempts, max_attempts)
			|| CASE WHEN last_error = '' THEN '' ELSE '; earlier: ' || last_error END
		WHERE state = 'running' AND lease_until < now() AND attempts >= max_attempts`)
	if err != nil {
		return 0, fmt.Errorf("expire leases: %w", err)
	}
	return int(tag.RowsAffected()), nil
}

// Retry queues a failed (or done) job again with its attempts reset; its
// last error is kept until it next succeeds.
func (q *Queue) Retry(ctx context.Context, id int64) error {
	tag, err := q.pool.Exec(ctx, `UPDATE jobs SET state = 'queued', attempts = 0, run_after = now(),
		lease_owner = '', lease_until = NULL, done_at = NULL, updated_at = now()
		WHERE id = $1 AND state IN ('failed', 'done')`, id)
	if err != nil {
		return fmt.Errorf("retry job %d: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		j, err := q.Job(ctx, id)
		if err != nil {
			return fmt.Errorf("retry job %d: %w", id, err)
		}
		return fmt.Errorf("retry job %d: it is %s, not failed or done", id, j.State)
	}
	return nil
}

// Job returns one job.
func (q *Queue) Job(ctx context.Context, id int64) (*Job, error) {
	j, err := scanJob(q.pool.QueryRow(ctx, `SELECT `+jobCols+` FROM jobs WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("job %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("job %d: %w", id, err)
	}
	return j, nil
}

// Filter selects jobs to list, newest first. Limit 0 means no limit.
type Filter struct {
	State  string
	Kind   string
	Limit  int
	Offset int
}

// List lists jobs without their payloads.
func (q *Queue) List(ctx context.Context, f Filter) ([]Job, error) {
	var lim any
	if f.Limit > 0 {
		lim = f.Limit
	}
	rows, err := q.pool.Query(ctx, `SELECT `+jobCols+` FROM jobs
		WHERE ($1 = '' OR state = $1) AND ($2 = '' OR kind = $2)
		ORDER BY id DESC LIMIT $3 OFFSET $4`, f.State, f.Kind, lim, max(f.Offset, 0))
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	defer rows.Close()
	var out []Job
	for rows.Next() {
		j, err := scanJob(rows)
		if err != nil {
			return nil, fmt.Errorf("list jobs: %w", err)
		}
		j.Payload = nil
		out = append(out, *j)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	return out, nil
}

// Stats summarizes the queue.
type Stats struct {
	ByState map[string]int `json:"by_state"` // every state, zero included
	ByKind  map[string]int `json:"by_kind"`
	// Expired counts running jobs whose lease has expired (their worker
	// is presumably dead; they will be re-taken or failed).
	Expired int `json:"expired"`
	// Retried counts jobs taken more than once.
	Retried int `json:"retried"`
	// OldestQueued is the age of the oldest queued job, 0 when none.
	OldestQueued time.Duration `json:"oldest_queued_ns"`
}

// Stats counts jobs per state and kind.
func (q *Queue) Stats(ctx context.Context) (Stats, error) {
	s := Stats{ByState: map[string]int{StateQueued: 0, StateRunning: 0, StateDone: 0, StateFailed: 0},
		ByKind: map[string]int{}}
	err := pgx.BeginTxFunc(ctx, q.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly},
		func(tx pgx.Tx) error {
			rows, err := tx.Query(ctx, `SELECT state, kind, COUNT(*) FROM jobs GROUP BY state, kind`)
			if err != nil {
				return err
			}
			for rows.Next() {
				var st, kind string
				var n int
				if err := rows.Scan(&st, &kind, &n); err != nil {
					rows.Close()
					return err
				}
				s.ByState[st] += n
				s.ByKind[kind] += n
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return err
			}
			var oldest *float64
			if err := tx.QueryRow(ctx, `SELECT
				(SELECT COUNT(*) FROM jobs WHERE state = 'running' AND lease_until < now()),
				(SELECT COUNT(*) FROM jobs WHERE attempts > 1),
				(SELECT EXTRACT(EPOCH FROM now() - MIN(created_at))::float8 FROM jobs WHERE state = 'queued')`).
				Scan(&s.Expired, &s.Retried, &oldest); err != nil {
				return err
			}
			if oldest != nil {
				s.OldestQueued = time.Duration(*oldest * float64(time.Second))
			}
			return nil
		})
	if err != nil {
		return s, fmt.Errorf("job stats: %w", err)
	}
	return s, nil
}

// Pending counts jobs not finished: queued or running.
func (q *Queue) Pending(ctx context.Context) (int, error) {
	var n int
	if err := q.pool.QueryRow(ctx, `SELECT COUNT(*) FROM jobs WHERE state IN ('queued', 'running')`).Scan(&n); err != nil {
		return 0, fmt.Errorf("pending jobs: %w", err)
	}
	return n, nil
}
