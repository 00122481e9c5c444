package entity

import (
	"strings"
	"sync"
)

// memo remembers the results of a pure function of one string for the
// strings seen lately, at most memoMax of them (then it starts over):
// names and their words recur from article to article. Safe for several
// goroutines; the remembered argument is a copy, so no article is kept.
type memo struct {
	mu sync.RWMutex
	m  map[string]string
	f  func(string) string
}

const memoMax = 1 << 16

func newMemo(f func(string) string) *memo { return &memo{f: f} }

// get returns f(s).
func (c *memo) get(s string) string {
	c.mu.RLock()
	v, ok := c.m[s]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = c.f(s)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= memoMax {
		c.m = make(map[string]string)
	}
	c.m[strings.Clone(s)] = v
	c.mu.Unlock()
	return v
}
