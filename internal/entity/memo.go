package entity

import (
	"strings"
	"sync"
)

// memo remembers the results of a pure function of one string for the
// strings seen lately, at most memoMax of them (then it starts over):
// names and their words recur from article to article. Safe for several
// goroutines; the remembered argument is a copy, so no article is kept.
type memo[V any] struct {
	mu sync.RWMutex
	m  map[string]V
	f  func(string) V
}

const memoMax = 1 << 16

// memoRoom is the room a memo's map (and each of keyMemo's) is made with:
// a run over a few hundred articles remembers a few thousand names, which
// a map grown from empty would move at every doubling.
const memoRoom = 1 << 11

func newMemo[V any](f func(string) V) *memo[V] { return &memo[V]{f: f} }

// get returns f(s).
func (c *memo[V]) get(s string) V {
	c.mu.RLock()
	v, ok := c.m[s]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = c.f(s)
	c.mu.Lock()
	if c.m == nil || len(c.m) >= memoMax {
		c.m = make(map[string]V, memoRoom)
	}
	c.m[strings.Clone(s)] = v
	c.mu.Unlock()
	return v
}
