package token

import "math/rand/v2"

// WordBits maps the words of one text to a few bits each (uses of a
// word an annotator records as it reads): an open-addressing table with
// linear probing, at most half full, emptied by Reset and kept for the
// next text, so a text costs no allocation once the table has grown to
// its size. Unlike a Table it is written from the text, so its hash is
// seeded per process: no text can be made to collide in it. The zero
// value is an empty table; one goroutine uses it at a time.
type WordBits struct {
	hash  []uint32 // per slot: the key's hash with the low bit set, 0 when empty
	key   []string
	bits  []uint8
	n     int
	mask  uint32
	shift uint32
}

// bitsSeed seeds WordBits' hash (one per process).
var bitsSeed = rand.Uint64()

// wordBitsMin is the fewest slots a WordBits has.
const wordBitsMin = 64

// Reset empties the table with room for about n words without growing.
func (w *WordBits) Reset(n int) {
	size, shift := wordBitsMin, uint32(32-6)
	for size < 2*n {
		size, shift = size*2, shift-1
	}
	w.n = 0
	if len(w.hash) >= size && len(w.hash) <= 8*size {
		// the last text's table, emptied (a slot is empty by its hash;
		// Release drops the words)
		clear(w.hash)
		return
	}
	if cap(w.hash) >= size {
		// the room of an earlier, longer text, cut to this text's size:
		// only its slots are cleared, and a text of the longer size finds
		// it again (no new arrays for each text after a short one); the
		// words of the slots past size were dropped by Release
		w.hash, w.key, w.bits = w.hash[:size], w.key[:size], w.bits[:size]
		clear(w.hash)
	} else {
		w.hash, w.key, w.bits = make([]uint32, size), make([]string, size), make([]uint8, size)
	}
	w.mask, w.shift = uint32(size-1), shift
}

// Release empties the table and drops a table grown past max slots, so
// that neither the words (and the text they point into) nor a very long
// text's room are kept.
func (w *WordBits) Release(max int) {
	if cap(w.hash) > max {
		*w = WordBits{}
		return
	}
	clear(w.key)
	clear(w.hash)
	w.n = 0
}

// Len is the number of words in the table.
func (w *WordBits) Len() int { return w.n }

// Get returns the bits of word s, 0 when s is not in the table.
func (w *WordBits) Get(s string) uint8 {
	if len(w.hash) == 0 {
		return 0
	}
	h := w.hashOf(s)
	for i := w.slot(h); ; i = (i + 1) & w.mask {
		switch w.hash[i] {
		case 0:
			return 0
		case h:
			if w.key[i] == s {
				return w.bits[i]
			}
		}
	}
}

// Or sets bits b of word s, adding s when it is not in the table, and
// reports whether a bit of b was not set before.
func (w *WordBits) Or(s string, b uint8) bool {
	if 2*(w.n+1) > len(w.hash) {
		w.grow()
	}
	h := w.hashOf(s)
	i := w.slot(h)
	for ; w.hash[i] != 0; i = (i + 1) & w.mask {
		if w.hash[i] == h && w.key[i] == s {
			old := w.bits[i]
			w.bits[i] |= b
			return old&b != b
		}
	}
	w.hash[i], w.key[i], w.bits[i] = h, s, b
	w.n++
	return b != 0
}

// OrIf sets bits b of word s when s is in the table with every bit of
// has set, and reports whether a bit of b was set then that was not
// before.
func (w *WordBits) OrIf(s string, has, b uint8) bool {
	if len(w.hash) == 0 {
		return false
	}
	h := w.hashOf(s)
	for i := w.slot(h); ; i = (i + 1) & w.mask {
		switch w.hash[i] {
		case 0:
			return false
		case h:
			if w.key[i] == s {
				old := w.bits[i]
				if old&has != has {
					return false
				}
				w.bits[i] |= b
				return old&b != b
			}
		}
	}
}

// grow doubles the table (or makes its first one) and files its words anew.
func (w *WordBits) grow() {
	old := *w
	size, shift := wordBitsMin, uint32(32-6)
	if len(old.hash) > 0 {
		size, shift = 2*len(old.hash), old.shift-1
	}
	w.hash, w.key, w.bits = make([]uint32, size), make([]string, size), make([]uint8, size)
	w.mask, w.shift = uint32(size-1), shift
	for k, h := range old.hash {
		if h == 0 {
			continue
		}
		i := w.slot(h)
		for w.hash[i] != 0 {
			i = (i + 1) & w.mask
		}
		w.hash[i], w.key[i], w.bits[i] = h, old.key[k], old.bits[k]
	}
}

func (w *WordBits) hashOf(s string) uint32 { return uint32(seededHash(s, bitsSeed)>>32) | 1 }

func (w *WordBits) slot(h uint32) uint32 { return (h * 2654435769) >> w.shift }
