package app

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// piece is an input of the window tests: a name and a size.
type piece struct {
	name string
	size int
}

// runWindow pushes inputs through OrderedWindow with 2 workers, the work
// taking longer for larger pieces, and returns the names emitted and the
// most pieces held at once (pushed, not yet emitted).
func runWindow(t *testing.T, inputs []piece, emitErrAt string) ([]string, int, error) {
	t.Helper()
	var held, most atomic.Int64
	var got []string
	done := make(chan error, 1)
	go func() {
		done <- OrderedWindow(context.Background(), 2, func(p piece) int { return p.size },
			func(push func(piece) error) error {
				for _, p := range inputs {
					if err := push(p); err != nil {
						return err
					}
					if h := held.Add(1); h > most.Load() {
						most.Store(h)
					}
				}
				return nil
			},
			func(_ context.Context, p piece) string {
				time.Sleep(time.Duration(p.size>>10) * time.Microsecond) // 1 ms a MiB
				return strings.ToUpper(p.name)
			},
			func(p piece, r string) error {
				held.Add(-1)
				if r != strings.ToUpper(p.name) {
					return fmt.Errorf("%s: got the result %s", p.name, r)
				}
				if p.name == emitErrAt {
					return fmt.Errorf("%s: refused", p.name)
				}
				got = append(got, p.name)
				return nil
			})
	}()
	select {
	case err := <-done:
		return got, int(most.Load()), err
	case <-time.After(2 * time.Minute): // a guard against a hang, not a measure
		t.Fatal("OrderedWindow did not finish: the window stopped the feeder")
		return nil, 0, nil
	}
}

// TestOrderedWindowTinyAndHuge: many tiny inputs, some long ones and a
// few larger than the whole byte bound all finish, in input order; the
// window never holds more than its item bound, and while a long input is
// worked on it holds more than twice the workers.
func TestOrderedWindowTinyAndHuge(t *testing.T) {
	before := runtime.NumGoroutine()
	var in []piece
	for i := range 2000 {
		size := 10
		switch {
		case i%500 == 7 || i == 1999:
			size = 3 * BytesPerWorker * 2 // more than the byte bound of 2 workers
		case i%100 == 50:
			size = BytesPerWorker // long work within the bound: the items after it go on
		}
		in = append(in, piece{fmt.Sprintf("p%04d", i), size})
	}
	got, most, err := runWindow(t, in, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(in) {
		t.Fatalf("%d of %d emitted", len(got), len(in))
	}
	for i, name := range got {
		if name != in[i].name {
			t.Fatalf("emitted #%d is %s, want %s: order lost", i, name, in[i].name)
		}
	}
	if most > MaxItemsPerWorker*2+1 { // +1: the count is taken after push returns
		t.Errorf("%d pieces held at once, bound %d", most, MaxItemsPerWorker*2)
	}
	if most <= 4 {
		t.Errorf("at most %d pieces held: the window is no wider than twice the workers", most)
	}
	waitGoroutines(t, before)
}

// TestOrderedWindowEmitError: an error of emit stops the run and is
// returned naming the input; nothing after it is emitted and no goroutine
// is left behind.
func TestOrderedWindowEmitError(t *testing.T) {
	before := runtime.NumGoroutine()
	var in []piece
	for i := range 500 {
		in = append(in, piece{fmt.Sprintf("p%03d", i), 100})
	}
	got, _, err := runWindow(t, in, "p100")
	if err == nil || !strings.Contains(err.Error(), "p100: refused") {
		t.Fatalf("error %v, want p100's", err)
	}
	if len(got) != 100 || got[99] != "p099" {
		t.Errorf("emitted %d, last %v: want p000-p099", len(got), got[len(got)-1:])
	}
	waitGoroutines(t, before)
}

// TestOrderedFeedErrorAndCancel: a feed error is returned; a cancelled
// context stops the run with its cause.
func TestOrderedFeedErrorAndCancel(t *testing.T) {
	before := runtime.NumGoroutine()
	bad := errors.New("reading b.txt: disk gone")
	err := Ordered(context.Background(), 2, func(push func(string) error) error {
		for _, s := range []string{"a", "b"} {
			if err := push(s); err != nil {
				return err
			}
		}
		return bad
	}, func(_ context.Context, s string) string { return s }, func(string, string) error { return nil })
	if !errors.Is(err, bad) {
		t.Errorf("feed error: got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	err = Ordered(ctx, 2, func(push func(int) error) error {
		for i := 0; ; i++ {
			if err := push(i); err != nil {
				return err
			}
		}
	}, func(_ context.Context, i int) int { return i }, func(i, _ int) error {
		if n++; n == 50 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) || n != 50 {
		t.Errorf("cancelled run: %v after %d emitted", err, n)
	}
	waitGoroutines(t, before)
}

// TestOrderedWindowConcurrentPushes: pushes from several goroutines at
// once, with the window full, all get in and are emitted once each.
func TestOrderedWindowConcurrentPushes(t *testing.T) {
	before := runtime.NumGoroutine()
	const feeders, each = 4, 300
	seen := make(map[string]int)
	done := make(chan error, 1)
	go func() {
		done <- OrderedWindow(context.Background(), 2, func(s string) int { return 3 * BytesPerWorker }, // one past the bound
			func(push func(string) error) error {
				errs := make(chan error, feeders)
				for f := range feeders {
					go func() {
						for i := range each {
							if err := push(fmt.Sprintf("f%d-%d", f, i)); err != nil {
								errs <- err
								return
							}
						}
						errs <- nil
					}()
				}
				for range feeders {
					if err := <-errs; err != nil {
						return err
					}
				}
				return nil
			},
			func(_ context.Context, s string) string { return s },
			func(s, r string) error { seen[r]++; return nil })
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(2 * time.Minute): // a guard against a hang, not a measure
		t.Fatal("concurrent pushes hang on the window")
	}
	if len(seen) != feeders*each {
		t.Errorf("%d distinct items emitted, want %d", len(seen), feeders*each)
	}
	for s, n := range seen {
		if n != 1 {
			t.Errorf("%s emitted %d times", s, n)
		}
	}
	waitGoroutines(t, before)
}

func waitGoroutines(t *testing.T, before int) {
	t.Helper()
	for i := 0; i < 400; i++ {
		if runtime.NumGoroutine() <= before {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Errorf("%d goroutines left, %d before the run", runtime.NumGoroutine(), before)
}
