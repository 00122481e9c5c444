package web

import (
	"sync"
	"time"
)

// cache keeps computed values (series, contradictions, counts) for a short
// time. Concurrent misses on one key compute once. Writes made through the
// server call clear.
type cache struct {
	mu  sync.Mutex
	now func() time.Time
	ttl time.Duration
	gen int
	m   map[string]*entry
}

type entry struct {
	done    chan struct{}
	val     any
	err     error
	expires time.Time
}

func newCache(now func() time.Time, ttl time.Duration) *cache {
	return &cache{now: now, ttl: ttl, m: map[string]*entry{}}
}

// get returns the cached value of key or computes it with fn.
func (c *cache) get(key string, fn func() (any, error)) (any, error) {
	c.mu.Lock()
	if e, ok := c.m[key]; ok {
		select {
		case <-e.done:
			if c.now().Before(e.expires) && e.err == nil {
				c.mu.Unlock()
				return e.val, nil
			}
		default:
			c.mu.Unlock()
			<-e.done
			return e.val, e.err
		}
	}
	e := &entry{done: make(chan struct{})}
	c.m[key] = e
	gen := c.gen
	c.mu.Unlock()

	e.val, e.err = fn()
	c.mu.Lock()
	e.expires = c.now().Add(c.ttl)
	if c.gen != gen && c.m[key] == e {
		delete(c.m, key) // computed across a clear: do not keep it
	}
	c.mu.Unlock()
	close(e.done)
	return e.val, e.err
}

// clear drops every entry.
func (c *cache) clear() {
	c.mu.Lock()
	c.gen++
	c.m = map[string]*entry{}
	c.mu.Unlock()
}

// cached is a typed helper around cache.get.
func cached[T any](c *cache, key string, fn func() (T, error)) (T, error) {
	v, err := c.get(key, func() (any, error) { return fn() })
	if err != nil {
		var zero T
		return zero, err
	}
	return v.(T), nil
}
