package queue

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"
)

// TestPeriodicPollAndDeliver: a worker that is not draining polls the
// feeds and delivers alerts as River's periodic jobs, on either database;
// a failed delivery is retried by River (its error kept on the job) until
// it succeeds, and cancelling the worker stops it cleanly.
func TestPeriodicPollAndDeliver(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st, q := open(t)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var mu sync.Mutex
			polls, delivers := 0, 0
			reached := make(chan struct{})
			check := func() { // under mu
				if polls >= 2 && delivers >= 2 && reached != nil {
					close(reached)
					reached = nil
				}
			}
			o := WorkOptions{App: newApp(t, st), ID: "periodic", Poll: 50 * time.Millisecond,
				PollEvery: 300 * time.Millisecond, DeliverEvery: time.Hour,
				PollFeeds: func(context.Context) error {
					mu.Lock()
					defer mu.Unlock()
					polls++
					check()
					return nil
				},
				Deliver: func(context.Context) error {
					mu.Lock()
					defer mu.Unlock()
					delivers++
					check()
					if delivers == 1 {
						return errors.New("webhook answered 503")
					}
					return nil
				}}
			errc := make(chan error, 1)
			go func() { errc <- q.Work(ctx, o) }()
			select {
			case <-reached:
			case err := <-errc:
				t.Fatalf("Work returned early: %v", err)
			case <-time.After(2 * time.Minute): // a guard against hanging, not a measure
				mu.Lock()
				t.Fatalf("after 2 minutes: %d polls, %d deliveries; want 2 and a retried delivery", polls, delivers)
			}
			cancel()
			if err := <-errc; err != nil {
				t.Fatalf("Work after cancel: %v", err)
			}
			bg := context.Background()
			polled, err := q.List(bg, Filter{Kind: KindPollFeeds, State: "completed"})
			if err != nil || len(polled) < 2 {
				t.Errorf("completed poll_feeds jobs: %d (%v), want 2 or more", len(polled), err)
			}
			// one deliver_alerts job (DeliverEvery is an hour): failed once, then done
			delivered, err := q.List(bg, Filter{Kind: KindDeliverAlerts})
			if err != nil || len(delivered) != 1 {
				t.Fatalf("deliver_alerts jobs %+v (%v), want the one run on start", delivered, err)
			}
			if j := delivered[0]; j.State != "completed" || j.Attempt != 2 || j.LastError == "" {
				t.Errorf("deliver_alerts job %+v: want completed on attempt 2 with the first error kept", j)
			}
		})
	}
}
