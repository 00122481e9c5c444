package app

import (
	"context"
	"runtime"
	"sync"
)

// Ordered runs work on every item feed pushes, at most workers at a time
// (GOMAXPROCS when workers <= 0), and calls emit with the results in the
// order the items were pushed, from one goroutine. At most twice workers
// items are held at once. The first error of emit (or feed) stops the run:
// push then returns it, work already started finishes, nothing more is
// emitted, and Ordered returns that error; a cancelled ctx stops it the same
// way.
func Ordered[T, R any](ctx context.Context, workers int, feed func(push func(T) error) error,
	work func(context.Context, T) R, emit func(T, R) error) error {
	return OrderedWindow(ctx, workers, nil, feed, work, emit)
}

// Window bounds the items OrderedWindow holds (pushed, not yet emitted).
// Twice the workers are always let in, whatever their size, so a run
// never waits on the bound with nothing to do; past that up to
// MaxItemsPerWorker items a worker are let in while their sizes add up to
// at most BytesPerWorker a worker.
const (
	MaxItemsPerWorker = 32
	BytesPerWorker    = 4 << 20
)

// OrderedWindow is Ordered with a wider look-ahead: while one long item is
// worked on, the other workers go on with the items after it (up to the
// Window bounds) instead of waiting for it once twice the workers are
// held. size gives an item's weight for the byte bound (its text's
// length); a nil size holds twice the workers, as Ordered does.
func OrderedWindow[T, R any](ctx context.Context, workers int, size func(T) int, feed func(push func(T) error) error,
	work func(context.Context, T) R, emit func(T, R) error) error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type job struct {
		in   T
		size int
		out  chan R
	}
	win := newWindow(workers, size != nil)
	jobs := make(chan job)
	order := make(chan job, win.maxItems)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.out <- work(ctx, j.in)
			}
		}()
	}
	feedErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		feedErr <- feed(func(x T) error {
			j := job{x, 0, make(chan R, 1)}
			if size != nil {
				j.size = size(x)
			}
			if err := win.enter(ctx, j.size); err != nil {
				return err
			}
			order <- j // never blocks: the window holds fewer than its capacity
			select {
			case jobs <- j:
				return nil
			case <-ctx.Done():
				j.out <- *new(R) // never emitted: the run is over
				return context.Cause(ctx)
			}
		})
	}()
	var err error
	for j := range order {
		r := <-j.out
		if err == nil && ctx.Err() == nil {
			if err = emit(j.in, r); err != nil {
				cancel(err)
			}
		}
		win.leave(j.size)
	}
	wg.Wait()
	if err != nil {
		return err
	}
	if ferr := <-feedErr; ferr != nil {
		return ferr
	}
	return context.Cause(ctx)
}

// window counts the items held and their sizes. Items enter from the
// feed (from any goroutine) and leave from the emitter.
type window struct {
	minItems, maxItems, maxBytes int
	mu                           sync.Mutex
	items, bytes                 int
	left                         chan struct{} // closed when an item leaves: wakes every waiting push
}

func newWindow(workers int, sized bool) *window {
	w := &window{minItems: 2 * workers, maxItems: 2 * workers, left: make(chan struct{})}
	if sized {
		w.maxItems, w.maxBytes = MaxItemsPerWorker*workers, BytesPerWorker*workers
	}
	return w
}

// admits reports whether an item of size n may enter now.
func (w *window) admits(n int) bool {
	return w.items < w.minItems || w.items < w.maxItems && w.bytes+n <= w.maxBytes
}

// enter waits until an item of size n may be held, or ctx is done.
func (w *window) enter(ctx context.Context, n int) error {
	for {
		w.mu.Lock()
		ok := w.admits(n)
		if ok {
			w.items++
			w.bytes += n
		}
		left := w.left
		w.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-left:
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	}
}

// leave gives an emitted item's place back and wakes the waiting pushes.
func (w *window) leave(n int) {
	w.mu.Lock()
	w.items--
	w.bytes -= n
	close(w.left)
	w.left = make(chan struct{})
	w.mu.Unlock()
}
