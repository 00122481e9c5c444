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

// A memo's map is made with room for
// memoFirstRoom entries, what one article gives; once full it is moved,
// once, to a map with room for memoRoom: a run over a few hundred
// articles remembers a few thousand names, which a map grown by doubling
// would move at every doubling, and a one-article run does not allocate
// (and fault in) the room it never uses.
const (
	memoFirstRoom = 1 << 8
	memoRoom      = 1 << 11
)

// withRoom returns m, or, for a nil m or a full first one, a map with m's
// entries and the next room (see memoFirstRoom).
func withRoom[V any](m map[string]V) map[string]V {
	switch len(m) {
	case 0:
		if m == nil {
			return make(map[string]V, memoFirstRoom)
		}
	case memoFirstRoom:
		n := make(map[string]V, memoRoom)
		for k, v := range m {
			n[k] = v
		}
		return n
	}
	return m
}

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
	if len(c.m) >= memoMax {
		c.m = nil
	}
	c.m = withRoom(c.m)
	c.m[strings.Clone(s)] = v
	c.mu.Unlock()
	return v
}
