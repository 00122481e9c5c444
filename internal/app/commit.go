package app

import (
	"context"
	"sync"

	"github.com/dossier-osint/dossier/internal/ingest"
)

// committer stores the articles that concurrent callers of IngestQueued
// extracted, all those waiting in one transaction (a group commit): a job
// worker runs many ingest jobs at once, and a transaction per article
// (its round trips, its commit and the store's generation row, which every
// write transaction updates last) cost the PostgreSQL path more than the
// extraction did. The zero value is ready.
type committer struct {
	mu      sync.Mutex
	waiting []*toCommit
	running bool // a goroutine is storing batches
}

// toCommit is one extracted document waiting for its batch.
type toCommit struct {
	x      extracted
	source string
	done   chan Result // buffered: the committer never waits for a caller gone
}

// IngestQueued is IngestFresh for a caller that runs many documents at
// once (a job worker's concurrent jobs): the article is extracted (with its
// copy signature, kept for LinkCopies) and stored together with the others
// waiting at that moment, up to putBatch in a transaction. It returns once
// its article is committed, so that a job finished has its effect stored.
// When ctx is done first it returns ctx's error; the article may still be
// stored, as a crash may leave it, and a rerun finds it stored.
func (a *App) IngestQueued(ctx context.Context, d ingest.Document) Result {
	x := a.extract(ctx, d)
	if x.err == nil && x.stored == 0 {
		s := a.sign(x.art)
		x.sig = &s
	}
	p := &toCommit{x: x, source: d.Source, done: make(chan Result, 1)}
	c := &a.commits
	c.mu.Lock()
	c.waiting = append(c.waiting, p)
	if !c.running {
		c.running = true
		go a.commitWaiting(context.WithoutCancel(ctx))
	}
	c.mu.Unlock()
	select {
	case r := <-p.done:
		return r
	case <-ctx.Done():
		return Result{Source: d.Source, Err: ctx.Err()}
	}
}

// commitWaiting stores the waiting documents, putBatch at a time, until
// none is left; documents that come meanwhile join the next batch.
func (a *App) commitWaiting(ctx context.Context) {
	c := &a.commits
	for {
		c.mu.Lock()
		n := min(len(c.waiting), putBatch)
		if n == 0 {
			c.running = false
			c.mu.Unlock()
			return
		}
		batch := c.waiting[:n:n]
		c.waiting = append([]*toCommit(nil), c.waiting[n:]...)
		c.mu.Unlock()
		xs := make([]extracted, n)
		sources := make([]string, n)
		for i, p := range batch {
			xs[i], sources[i] = p.x, p.source
		}
		for i, r := range a.storeBatch(ctx, xs, sources, true) {
			batch[i].done <- r
		}
	}
}
