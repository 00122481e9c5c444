package entity

import (
	"hash/maphash"
	"sync"
	"unsafe"
)

// keyMemo holds the keys of the names seen lately (news names the same
// people, bodies and places in article after article), by type, at most
// keyMemoMax of them; Key is a pure function of its arguments and the
// built-in lists, so a remembered key is the key.
//
// It is an open-addressing table of small slots, each with a hash of its
// name and one string holding the name and then its key: a look-up that
// finds its name reads one slot and one string (a map of name to key
// reads its control word, its slot, the name and the key, each most
// often out of cache in a run over many articles).
var keyMemo keyTable

const keyMemoMax = 1 << 16

// keyTable is keyMemo's type: slots a power of two long, at most half
// full (made for what one article gives, doubled as they fill: a slot
// moves without its strings); n entries.
type keyTable struct {
	sync.RWMutex
	slots []keySlot
	n     int
}

// keySlot is one remembered key: h is the name's hash with the low bit
// set (0 for an empty slot), ti its keyTypes index, entry the name
// followed by its key, nameLen the name's length.
type keySlot struct {
	h       uint32
	ti      uint8
	nameLen uint32
	entry   string
}

// keySeed seeds keyMemo's hashes.
var keySeed = maphash.MakeSeed()

func keyHash(name string) uint32 { return uint32(maphash.String(keySeed, name)) | 1 }

// get returns the remembered key of name of type index ti, h the name's
// keyHash.
func (t *keyTable) get(h uint32, name string, ti int) (string, bool) {
	t.RLock()
	k, ok := t.find(h, name, ti)
	t.RUnlock()
	return k, ok
}

// find is get with the lock held (no defer: a look-up is a few dozen
// instructions).
func (t *keyTable) find(h uint32, name string, ti int) (string, bool) {
	if len(t.slots) == 0 {
		return "", false
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.h == 0 {
			return "", false
		}
		if s.h == h && int(s.ti) == ti && int(s.nameLen) == len(name) && s.entry[:s.nameLen] == name {
			return s.entry[s.nameLen:], true
		}
	}
}

// put remembers k as the key of name of type index ti (h its keyHash)
// and returns the key as remembered, k's bytes in the entry string (the
// name is often a slice of an article, which the entry does not keep).
// Two goroutines may both put a name: get finds the first, the same key.
func (t *keyTable) put(h uint32, name string, ti int, k string) string {
	s := keySlot{h: h, ti: uint8(ti), nameLen: uint32(len(name)), entry: joinEntry(name, k)}
	t.Lock()
	if t.n >= keyMemoMax || len(t.slots) == 0 {
		t.slots, t.n = make([]keySlot, 2*memoFirstRoom), 0 // bounded: a long run starts over rather than grow
	} else if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	t.insert(s)
	t.n++
	t.Unlock()
	return s.entry[s.nameLen:]
}

// joinEntry is name + k in one string made at once.
func joinEntry(name, k string) string {
	b := make([]byte, 0, len(name)+len(k))
	b = append(append(b, name...), k...)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// insert places s in the first empty slot of its probe sequence.
func (t *keyTable) insert(s keySlot) {
	mask := uint32(len(t.slots) - 1)
	i := s.h & mask
	for t.slots[i].h != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// grow doubles the slots, moving every entry.
func (t *keyTable) grow() {
	old := t.slots
	t.slots = make([]keySlot, 2*len(old))
	for _, s := range old {
		if s.h != 0 {
			t.insert(s)
		}
	}
}

// reset forgets every key.
func (t *keyTable) reset() {
	t.Lock()
	t.slots, t.n = nil, 0
	t.Unlock()
}
