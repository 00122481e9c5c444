package entity

import (
	"strings"
	"sync"
)

// recentNames remembers the tokens of the names split lately
// (splitName): a name is most often split again soon, in the same
// article, by another caller or for another type: an ORG name's list
// look-up (gazByNameRef) then its key (canonicalTokens), a name's key for
// two types, a person's key then its surname (surnameOf). Of 10,217 names
// split in a Wikinews run, 5,650 are distinct.
//
// It is a direct-mapped cache, one name a slot by its hash, a slot
// overwritten by the next name of its hash: its room is fixed
// (recentNameSlots slots of a name and nameBuf's tokens), and a hit is a
// hash, a comparison and a copy of the tokens. Tokenizing is a pure
// function of the text, so a remembered split is the split.
var recentNames nameCache

// recentNameSlots is recentNames' number of slots, a power of two (256
// keep 3,971 of the run's 4,567 repeated splits; 4,096 would keep 4,485).
const recentNameSlots = 256

// nameCache is recentNames' type: slots guarded by one mutex (annotators
// on several goroutines split names).
type nameCache struct {
	mu    sync.Mutex
	slots [recentNameSlots]nameSlot
}

// nameSlot is one remembered split: the name (a copy, so that no article
// is kept; its tokens' texts are slices of it) and its n tokens.
type nameSlot struct {
	name string
	n    int
	toks nameBuf
}

// splitName is tokenizeInto(dst, name) for a name: the tokens written
// into dst's array when it has room, from recentNames when the name was
// split lately. The tokens' texts are slices of a copy of name (the same
// bytes at the same offsets); a caller may write them, not the cache's.
func splitName(dst []token, name string) []token {
	return recentNames.split(dst, name)
}

// split is splitName with c as the cache.
func (c *nameCache) split(dst []token, name string) []token {
	s := &c.slots[keyHash(name)&(recentNameSlots-1)]
	c.mu.Lock()
	if s.name == name {
		toks := append(dst[:0], s.toks[:s.n]...)
		c.mu.Unlock()
		return toks
	}
	c.mu.Unlock()
	own := strings.Clone(name)
	toks := tokenizeInto(dst, own)
	if len(toks) <= len(s.toks) {
		c.mu.Lock()
		s.name, s.n = own, copy(s.toks[:], toks)
		c.mu.Unlock()
	}
	return toks
}
