package token

import "github.com/dossier-osint/dossier/internal/swar"

// Table is a read-only map from words to values, built once (at init) and
// then read by many goroutines: an open-addressing hash table with linear
// probing, a quarter full or less, whose probes read a slice of 32-bit
// hashes before any key. A word outside the table (most words of a text,
// for an annotator's vocabulary) costs a hash of its bytes and one or two
// reads of the hash slice; a word looked up as a []byte needs no string.
// Before the hash, a bit per length, first and last byte (seen) turns away
// most such words in a few instructions.
type Table[V any] struct {
	seen  *[seenWords]uint64 // bit seenKey(k) of each key k
	hash  []uint32           // per slot: the key's hash with the low bit set, 0 when empty
	key   []string
	val   []V
	n     int
	mask  uint32
	shift uint32 // 32 - log2(len(hash)): a hash's slot is its top bits after the multiplication in slot
}

// NewTable builds a table of m's entries.
func NewTable[V any](m map[string]V) *Table[V] {
	n, shift := 16, uint32(28)
	for n < 4*len(m) {
		n, shift = n*2, shift-1
	}
	t := &Table[V]{seen: new([seenWords]uint64), hash: make([]uint32, n), key: make([]string, n), val: make([]V, n), mask: uint32(n - 1), shift: shift}
	for k, v := range m {
		key := seenKey(k)
		t.seen[key>>6] |= 1 << (key & 63)
		h := hashOf(k)
		i := t.slot(h)
		for t.hash[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.hash[i], t.key[i], t.val[i] = h, k, v
	}
	t.n = len(m)
	return t
}

// Len is the number of entries.
func (t *Table[V]) Len() int { return t.n }

// Get returns the value of word w and whether w is in the table.
func (t *Table[V]) Get(w string) (V, bool) { return get(t, w) }

// In reports whether word w is in the word set t (a table of true
// values: what it holds for w, false when w is not in it).
func In(t *Table[bool], w string) bool {
	v, _ := get(t, w)
	return v
}

// MayHold reports false when word w is surely not in t (Get's first
// test, its seen bit): small enough to be inlined where most words of a
// text are looked up and few are held, it spares them Get's call.
func (t *Table[V]) MayHold(w string) bool {
	key := seenKey(w)
	return t.seen[key>>6]&(1<<(key&63)) != 0
}

// GetBytes is Get of a word held in a byte slice.
func (t *Table[V]) GetBytes(w []byte) (V, bool) { return get(t, w) }

func get[V any, S ~string | ~[]byte](t *Table[V], w S) (V, bool) {
	if key := seenKey(w); t.seen[key>>6]&(1<<(key&63)) == 0 {
		var zero V
		return zero, false
	}
	h := hashOf(w)
	for i := t.slot(h); ; i = (i + 1) & t.mask {
		switch t.hash[i] {
		case 0:
			var zero V
			return zero, false
		case h:
			if t.key[i] == string(w) {
				return t.val[i], true
			}
		}
	}
}

// seenWords is the size of a table's seen bits in words: 2^14 bits for
// 16 lengths times 32 first bytes times 32 last bytes.
const seenWords = 1 << 14 / 64

// seenKey is a word's bit in a table's seen bits: its length and its
// first and last bytes, each cut to its low bits (0 for the empty word).
func seenKey[S ~string | ~[]byte](w S) uint32 {
	if len(w) == 0 {
		return 0
	}
	return uint32(len(w)&15)<<10 | uint32(w[0]&31)<<5 | uint32(w[len(w)-1]&31)
}

// slot is where the probes for hash h start (Fibonacci hashing: the top
// bits of h times 2^32/phi).
func (t *Table[V]) slot(h uint32) uint32 { return (h * 2654435769) >> t.shift }

// hashOf is the high half of wordHash(w) with the low bit set (0 marks an
// empty slot).
func hashOf[S ~string | ~[]byte](w S) uint32 { return uint32(wordHash(w)>>32) | 1 }

// wordHash hashes a word eight bytes at a time and its last one to seven
// at once, mixed by multiplying (a word of news text in about 20
// instructions; byte-at-a-time FNV-1a or maphash.String with its call
// take several times that). A Table is built once and never written, so
// no text can make its look-ups longer: a fixed hash does.
func wordHash[S ~string | ~[]byte](w S) uint64 { return seededHash(w, 0) }

// seededHash is wordHash started from seed (0 for wordHash).
func seededHash[S ~string | ~[]byte](w S, seed uint64) uint64 {
	h := uint64(len(w))*0x9e3779b97f4a7c15 ^ seed
	i := 0
	for ; i+8 <= len(w); i += 8 {
		h = hashMix(h ^ swar.Load64(w, i))
	}
	switch n := len(w) - i; {
	case n >= 4: // two four-byte reads, overlapping when n < 8
		h = hashMix(h ^ (le32(w[i:]) | le32(w[len(w)-4:])<<32))
	case n > 0:
		h = hashMix(h ^ (uint64(w[i]) | uint64(w[i+n/2])<<8 | uint64(w[len(w)-1])<<16))
	}
	return h // hashMix's multiply has mixed every byte into the high half, the half hashOf takes
}

func hashMix(x uint64) uint64 {
	x *= 0xbf58476d1ce4e5b9
	return x ^ x>>31
}

func le32[S ~string | ~[]byte](s S) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// NextMayHold is the index of the first token of s from k on that is a
// number, not ASCII, or an ASCII word that t may hold folded (MayHold of
// its Fold: ASCII letters differ in case by a bit seenKey drops), and
// len(s.Toks) for none: it steps over ASCII punctuation and the ASCII
// words t surely does not hold. A scan for the few words of a text in t
// and its numbers: most words cost one seen bit and no call.
func (t *Table[V]) NextMayHold(s *Stream, k int) int {
	text, toks, seen := s.Text, s.Toks, t.seen
	for ; uint(k) < uint(len(toks)); k++ { // unsigned: no bounds test of toks[k]
		a := &toks[k]
		if a.Flags&ASCII == 0 || a.Kind == Number {
			return k
		}
		if a.Kind != Word {
			continue
		}
		n := uint32(a.End - a.Start)
		key := (n&15)<<10 | uint32(text[a.Start]&31)<<5 | uint32(text[a.End-1]&31)
		if seen[key>>6]&(1<<(key&63)) != 0 {
			return k
		}
	}
	return len(toks)
}
