package web

import (
	"context"
	"sync"
	"time"
)

// generationCheck is how often the server asks the store whether anything
// was written (by this server or another process: a CLI ingest, a
// re-extraction, a worker); when so, every cached page part is refreshed.
const generationCheck = time.Second

// generation remembers the store's write generation the cache was filled at.
type generation struct {
	mu      sync.Mutex
	checked time.Time
	gen     int64
	known   bool
}

// syncGeneration clears the cache when the store's generation moved since
// the last check, asking the store at most once per generationCheck.
func (s *Server) syncGeneration(ctx context.Context) {
	g := &s.gen
	g.mu.Lock()
	now := time.Now()
	if now.Sub(g.checked) < generationCheck {
		g.mu.Unlock()
		return
	}
	g.checked = now
	g.mu.Unlock()
	n, err := s.st.Generation(ctx)
	if err != nil {
		s.log.Warn("store generation", "err", err)
		return
	}
	g.mu.Lock()
	moved := g.known && n != g.gen
	g.gen, g.known = n, true
	g.mu.Unlock()
	if moved {
		// Serve what was computed while one refresh per entry runs: a
		// write made elsewhere shows on the next pages, and no reader
		// waits for the recomputation.
		s.cache.expireAll()
	}
}
