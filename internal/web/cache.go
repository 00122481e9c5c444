package web

import (
	"sync"
	"time"
)

// cache keeps computed values (series, contradictions, counts) for a short
// time. Concurrent misses on one key compute once; an expired value is
// still served while one background refresh runs, so readers never wait
// for a recomputation after the first. Writes made through the server call
// clear, which drops everything at once.
type cache struct {
	mu  sync.Mutex
	now func() time.Time
	ttl time.Duration
	gen int
	m   map[string]*entry
}

type entry struct {
	done       chan struct{}
	val        any
	err        error
	expires    time.Time
	refreshing bool
}

func newCache(now func() time.Time, ttl time.Duration) *cache {
	return &cache{now: now, ttl: ttl, m: map[string]*entry{}}
}

// get returns the cached value of key or computes it with fn. fn must not
// depend on a request's cancellation: it may run in the background.
func (c *cache) get(key string, fn func() (any, error)) (any, error) {
	return c.getFor(key, c.ttl, fn)
}

// getFor is get with its own time to live for the key.
func (c *cache) getFor(key string, ttl time.Duration, fn func() (any, error)) (any, error) {
	c.mu.Lock()
	if e, ok := c.m[key]; ok {
		select {
		case <-e.done:
			if e.err == nil {
				if c.now().Before(e.expires) || e.refreshing {
					c.mu.Unlock()
					return e.val, nil
				}
				e.refreshing = true
				gen := c.gen
				c.mu.Unlock()
				go c.refresh(key, e, gen, ttl, fn)
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
	e.expires = c.now().Add(ttl)
	if c.gen != gen && c.m[key] == e {
		delete(c.m, key) // computed across a clear: do not keep it
	}
	c.mu.Unlock()
	close(e.done)
	return e.val, e.err
}

// refresh recomputes an expired entry in the background; on failure the
// stale value stays and the next reader tries again.
func (c *cache) refresh(key string, old *entry, gen int, ttl time.Duration, fn func() (any, error)) {
	val, err := fn()
	c.mu.Lock()
	defer c.mu.Unlock()
	old.refreshing = false
	if err != nil || c.gen != gen || c.m[key] != old {
		return
	}
	ne := &entry{done: make(chan struct{}), val: val, expires: c.now().Add(ttl)}
	close(ne.done)
	c.m[key] = ne
}

// expireAll marks every computed entry expired: the next reader of each
// gets the old value and starts one background refresh, so no reader waits
// for a recomputation after a write made elsewhere.
func (c *cache) expireAll() {
	c.mu.Lock()
	for _, e := range c.m {
		select {
		case <-e.done:
			e.expires = time.Time{}
		default:
		}
	}
	c.mu.Unlock()
}

// clear drops every entry.
func (c *cache) clear() {
	c.mu.Lock()
	c.gen++
	c.m = map[string]*entry{}
	c.mu.Unlock()
}

// cachedFor is cached with its own time to live.
func cachedFor[T any](c *cache, key string, ttl time.Duration, fn func() (T, error)) (T, error) {
	v, err := c.getFor(key, ttl, func() (any, error) { return fn() })
	if err != nil {
		var zero T
		return zero, err
	}
	return v.(T), nil
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
