package queue

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// TestSharedRun: callers that come while a run is under way share the next
// run (one, however many they are) and get its error.
func TestSharedRun(t *testing.T) {
	ctx := context.Background()
	var s shared
	var runs atomic.Int32
	started, release := make(chan struct{}), make(chan struct{})
	errSecond := errors.New("second run failed")
	fn := func(context.Context) error {
		switch runs.Add(1) {
		case 1:
			close(started)
			<-release
			return nil
		default:
			return errSecond
		}
	}
	first := make(chan error, 1)
	go func() { first <- s.do(ctx, fn) }()
	<-started
	const n = 5
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range errs {
		wg.Add(1)
		go func() { defer wg.Done(); errs[i] = s.do(ctx, fn) }()
	}
	for { // until the five wait for the next run
		s.mu.Lock()
		ready := s.next != nil && s.next.callers == n
		s.mu.Unlock()
		if ready {
			break
		}
		time.Sleep(time.Millisecond)
	}
	close(release)
	wg.Wait()
	if err := <-first; err != nil {
		t.Errorf("first caller: %v", err)
	}
	if got := runs.Load(); got != 2 {
		t.Errorf("%d runs for a caller and %d that came during its run, want 2", got, n)
	}
	for i, err := range errs {
		if !errors.Is(err, errSecond) {
			t.Errorf("caller %d: %v, want the second run's error", i, err)
		}
	}
}
