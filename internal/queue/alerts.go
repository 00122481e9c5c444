package queue

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/dossier-osint/dossier/internal/store"
)

// Alert delivery: one deliver_alert job per fired alert, unique per event,
// in a queue of its own that only the processes with a webhook work. River
// retries a failed post with its backoff and, after the job's max attempts,
// discards it: River's discarded deliver_alert jobs are the dead-letter
// list, and requeueing an alert is River's JobRetry of its job. The store
// is the outbox: an event is recorded, then its job inserted, then the
// event marked queued; a sweep (at the start of such a process and every
// DeliverEvery) inserts the jobs of the events still unqueued, so an event
// whose job a crash kept from being inserted is delivered all the same.

// KindDeliverAlert is the job that posts one alert; QueueAlerts its queue.
const (
	KindDeliverAlert = "deliver_alert"
	QueueAlerts      = "alerts"
)

// DefaultDeliverAttempts is the max attempts of a delivery job.
const DefaultDeliverAttempts = 5

// DeliverAlertArgs posts the alert event AlertID to the webhook.
type DeliverAlertArgs struct {
	AlertID int64 `json:"alert_id" river:"unique"`
}

// Kind implements river.JobArgs.
func (DeliverAlertArgs) Kind() string { return KindDeliverAlert }

// allStates makes a delivery job unique for good: a delivered (completed)
// or dead (discarded) event's job blocks a second one.
var allStates = []rivertype.JobState{rivertype.JobStateAvailable, rivertype.JobStateCancelled,
	rivertype.JobStateCompleted, rivertype.JobStateDiscarded, rivertype.JobStatePending,
	rivertype.JobStateRetryable, rivertype.JobStateRunning, rivertype.JobStateScheduled}

// QueueAlerts inserts the delivery jobs of evs (stored events: IDs set),
// each with at most attempts attempts (0: DefaultDeliverAttempts), and
// marks the events queued. An event whose job exists gets no second one.
func (q *Queue) QueueAlerts(ctx context.Context, st store.AlertStore, evs []store.AlertEvent, attempts int) error {
	if len(evs) == 0 {
		return nil
	}
	if attempts <= 0 {
		attempts = DefaultDeliverAttempts
	}
	params := make([]river.InsertManyParams, len(evs))
	ids := make([]int64, len(evs))
	for i, ev := range evs {
		ids[i] = ev.ID
		params[i] = river.InsertManyParams{Args: DeliverAlertArgs{AlertID: ev.ID}, InsertOpts: &river.InsertOpts{
			Queue: QueueAlerts, MaxAttempts: attempts, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: allStates}}}
	}
	if _, err := q.ins.InsertMany(ctx, params); err != nil {
		return fmt.Errorf("queue delivery of %d alerts: %w", len(evs), err)
	}
	return st.AlertsQueued(ctx, ids)
}

// SweepAlerts queues the delivery of every event not yet queued and
// returns how many it found.
func (q *Queue) SweepAlerts(ctx context.Context, st store.AlertStore, attempts int) (int, error) {
	n := 0
	for {
		evs, err := st.UnqueuedAlerts(ctx, 500)
		if err != nil || len(evs) == 0 {
			return n, err
		}
		if err := q.QueueAlerts(ctx, st, evs, attempts); err != nil {
			return n, err
		}
		n += len(evs)
	}
}

// alertJobs returns the delivery jobs in the given states by alert id.
func (q *Queue) alertJobs(ctx context.Context, states ...rivertype.JobState) (map[int64]*rivertype.JobRow, error) {
	out := map[int64]*rivertype.JobRow{}
	p := river.NewJobListParams().Kinds(KindDeliverAlert).States(states...).First(1000)
	for {
		res, err := q.ins.JobList(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("alert delivery jobs: %w", err)
		}
		for _, j := range res.Jobs {
			var args DeliverAlertArgs
			if err := json.Unmarshal(j.EncodedArgs, &args); err != nil {
				return nil, fmt.Errorf("job %d: %w", j.ID, err)
			}
			out[args.AlertID] = j
		}
		if len(res.Jobs) < 1000 {
			return out, nil
		}
		p = p.After(res.LastCursor)
	}
}

// AlertStates completes the delivery state of events read from the store
// with their jobs': a discarded job makes its event dead, and a failed
// attempt gives Attempts and LastError.
func (q *Queue) AlertStates(ctx context.Context, evs []store.AlertEvent) error {
	jobs, err := q.alertJobs(ctx, rivertype.JobStateDiscarded, rivertype.JobStateRetryable,
		rivertype.JobStateAvailable, rivertype.JobStateRunning)
	if err != nil {
		return err
	}
	for i := range evs {
		if j := jobs[evs[i].ID]; j != nil && evs[i].Delivery != store.DeliverySent {
			fill(&evs[i], j)
		}
	}
	return nil
}

func fill(ev *store.AlertEvent, j *rivertype.JobRow) {
	if j.State == rivertype.JobStateDiscarded {
		ev.Delivery = store.DeliveryDead
	}
	ev.Attempts = len(j.Errors)
	if n := len(j.Errors); n > 0 {
		ev.LastError = j.Errors[n-1].Error
	}
}

// DeadAlerts lists the dead-letter list: the events of the discarded
// delivery jobs, oldest first, with their attempts and last error.
func (q *Queue) DeadAlerts(ctx context.Context, st store.AlertStore) ([]store.AlertEvent, error) {
	jobs, err := q.alertJobs(ctx, rivertype.JobStateDiscarded)
	if err != nil {
		return nil, err
	}
	var out []store.AlertEvent
	for id, j := range jobs {
		ev, err := st.Alert(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			return nil, err
		}
		fill(&ev, j)
		out = append(out, ev)
	}
	slices.SortFunc(out, func(a, b store.AlertEvent) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// RetryAlert makes the discarded delivery job of the alert available again
// (River's JobRetry: one more attempt); ErrNotFound if the alert is not in
// the dead-letter list.
func (q *Queue) RetryAlert(ctx context.Context, alertID int64) error {
	jobs, err := q.alertJobs(ctx, rivertype.JobStateDiscarded)
	if err != nil {
		return err
	}
	j := jobs[alertID]
	if j == nil {
		return fmt.Errorf("retry alert %d: %w: not in the dead-letter list", alertID, store.ErrNotFound)
	}
	if err := q.Retry(ctx, j.ID); err != nil {
		return fmt.Errorf("retry alert %d: %w", alertID, err)
	}
	return nil
}

// deliverWorker posts one alert: a delivered event (a replay) is not
// posted again, a deleted one cancels its job.
func deliverWorker(st store.AlertStore, post func(context.Context, store.AlertEvent) error) river.Worker[DeliverAlertArgs] {
	return river.WorkFunc(func(ctx context.Context, j *river.Job[DeliverAlertArgs]) error {
		ev, err := st.Alert(ctx, j.Args.AlertID)
		if errors.Is(err, store.ErrNotFound) {
			return river.JobCancel(err)
		}
		if err != nil || !ev.DeliveredAt.IsZero() {
			return err
		}
		if err := post(ctx, ev); err != nil {
			return fmt.Errorf("deliver alert %d: %w", ev.ID, err)
		}
		return st.AlertDelivered(ctx, ev.ID, time.Now())
	})
}
