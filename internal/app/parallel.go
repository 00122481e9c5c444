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
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	type job struct {
		in  T
		out chan R
	}
	jobs := make(chan job)
	order := make(chan job, 2*workers)
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
			j := job{x, make(chan R, 1)}
			select { // order first: the emitter waits for results in this order
			case order <- j:
			case <-ctx.Done():
				return context.Cause(ctx)
			}
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
