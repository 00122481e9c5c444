package queue

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestPeriodicPoll: a worker that is not draining polls the feeds as
// River's periodic jobs, on either database; a failed poll is retried by
// River (its error kept on the job), and cancelling the worker stops it
// cleanly.
func TestPeriodicPoll(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			st, q := open(t)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var mu sync.Mutex
			polls := 0
			reached := make(chan struct{})
			check := func() { // under mu
				if polls >= 3 && reached != nil {
					close(reached)
					reached = nil
				}
			}
			o := WorkOptions{App: newApp(t, st), ID: "periodic", Poll: 50 * time.Millisecond,
				PollEvery: 300 * time.Millisecond,
				PollFeeds: func(context.Context) error {
					mu.Lock()
					defer mu.Unlock()
					polls++
					check()
					if polls == 1 {
						return errors.New("feed answered 503")
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
				t.Fatalf("after 2 minutes: %d polls; want 3", polls)
			}
			// the failed poll is retried by River (about a second later)
			bg := context.Background()
			retried := func() bool {
				polled, err := q.List(bg, Filter{Kind: KindPollFeeds, State: "completed"})
				if err != nil {
					t.Fatal(err)
				}
				for _, j := range polled {
					if j.Attempt == 2 && strings.Contains(j.LastError, "503") {
						return true
					}
				}
				return false
			}
			for guard := time.Now().Add(2 * time.Minute); !retried(); time.Sleep(100 * time.Millisecond) {
				if time.Now().After(guard) { // against hanging, not a measure
					t.Fatal("after 2 minutes no poll_feeds job completed on attempt 2 with the first error kept")
				}
			}
			cancel()
			if err := <-errc; err != nil {
				t.Fatalf("Work after cancel: %v", err)
			}
			if polled, err := q.List(bg, Filter{Kind: KindPollFeeds, State: "completed"}); err != nil || len(polled) < 2 {
				t.Errorf("completed poll_feeds jobs: %d (%v), want 2 or more", len(polled), err)
			}
		})
	}
}
