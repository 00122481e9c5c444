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
// moves without its strings); n entries. A slot is 16 bytes (a string's
// header alone is 16): the run's tables, every one it grew through, are
// half the bytes, and a probe reads half the memory.
type keyTable struct {
	sync.RWMutex
	slots []keySlot
	n     int
}

// keySlot is one remembered key: tag is the name's hash with its low
// three bits the keyTypes index plus one (0 for an empty slot), entry the
// first byte of joinEntry's string of the name followed by its key (a
// string made once and never written: unsafe.String over its bytes and
// length is that string, and the pointer keeps it alive), nameLen and
// keyLen their lengths (a longer name or key is not remembered).
type keySlot struct {
	entry           *byte
	tag             uint32
	nameLen, keyLen uint16
}

// keyTag is the tag of a name of hash h and type index ti.
func keyTag(h uint32, ti int) uint32 { return h&^7 | uint32(ti+1) }

// home is the first slot of a tag's probe sequence, mask the slots'
// length less one: the hash's bits above the type's.
func home(tag, mask uint32) uint32 { return tag >> 3 & mask }

// key is the slot's remembered key.
func (s *keySlot) key() string {
	return unsafe.String(s.entry, int(s.nameLen)+int(s.keyLen))[s.nameLen:]
}

// keySeed seeds keyMemo's hashes.
var keySeed = maphash.MakeSeed()

func keyHash(name string) uint32 { return uint32(maphash.String(keySeed, name)) }

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
	tag := keyTag(h, ti)
	for i := home(tag, mask); ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.tag == 0 {
			return "", false
		}
		if s.tag == tag && int(s.nameLen) == len(name) && unsafe.String(s.entry, len(name)) == name {
			return s.key(), true
		}
	}
}

// put remembers k as the key of name of type index ti (h its keyHash)
// and returns the key as remembered, k's bytes in the entry string (the
// name is often a slice of an article, which the entry does not keep).
// Two goroutines may both put a name: get finds the first, the same key.
func (t *keyTable) put(h uint32, name string, ti int, k string) string {
	if len(name) > keyLenMax || len(k) > keyLenMax {
		return k // not remembered
	}
	e := joinEntry(name, k)
	s := keySlot{entry: unsafe.StringData(e), tag: keyTag(h, ti), nameLen: uint16(len(name)), keyLen: uint16(len(k))}
	t.Lock()
	if t.n >= keyMemoMax || len(t.slots) == 0 {
		t.slots, t.n = make([]keySlot, 2*memoFirstRoom), 0 // bounded: a long run starts over rather than grow
	} else if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	t.insert(s)
	t.n++
	t.Unlock()
	return e[len(name):]
}

// keyLenMax is the longest name or key a slot holds.
const keyLenMax = 1<<16 - 1

// joinEntry is name + k in one string made at once.
func joinEntry(name, k string) string {
	b := make([]byte, 0, len(name)+len(k))
	b = append(append(b, name...), k...)
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// insert places s in the first empty slot of its probe sequence.
func (t *keyTable) insert(s keySlot) {
	mask := uint32(len(t.slots) - 1)
	i := home(s.tag, mask)
	for t.slots[i].tag != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// grow doubles the slots, moving every entry.
func (t *keyTable) grow() {
	old := t.slots
	t.slots = make([]keySlot, 2*len(old))
	for _, s := range old {
		if s.tag != 0 {
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
