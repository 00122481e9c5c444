package web

import (
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCacheServesStaleWhileRefreshing(t *testing.T) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	c := newCache(clock, time.Second)
	var calls atomic.Int32
	release := make(chan struct{})
	fn := func() (any, error) {
		n := calls.Add(1)
		if n == 2 {
			<-release // the background refresh is slow
		}
		return int(n), nil
	}
	if v, _ := c.get("k", fn); v != 1 {
		t.Fatalf("first get %v", v)
	}
	if v, _ := c.get("k", fn); v != 1 || calls.Load() != 1 {
		t.Fatalf("fresh get %v, calls %d", v, calls.Load())
	}
	mu.Lock()
	now = now.Add(2 * time.Second)
	mu.Unlock()
	// Expired: the stale value comes back at once while one refresh runs.
	for i := 0; i < 3; i++ {
		if v, _ := c.get("k", fn); v != 1 {
			t.Fatalf("stale get %v", v)
		}
	}
	close(release)
	for i := 0; i < 1000 && calls.Load() < 2; i++ {
		time.Sleep(time.Millisecond)
	}
	var v any
	for i := 0; i < 1000; i++ {
		if v, _ = c.get("k", fn); v == 2 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	if v != 2 || calls.Load() != 2 {
		t.Errorf("after refresh: %v, calls %d", v, calls.Load())
	}
	// clear forgets everything: the next get computes.
	c.clear()
	if v, _ := c.get("k", fn); v != 3 {
		t.Errorf("after clear: %v", v)
	}
	// Errors are not cached.
	boom := errors.New("boom")
	if _, err := c.get("e", func() (any, error) { return nil, boom }); err != boom {
		t.Errorf("err %v", err)
	}
	if v, err := c.get("e", func() (any, error) { return 7, nil }); err != nil || v != 7 {
		t.Errorf("after error: %v %v", v, err)
	}
}
