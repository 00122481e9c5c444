package token

// Table is a read-only map from words to values, built once (at init) and
// then read by many goroutines: an open-addressing hash table with linear
// probing, a quarter full or less, whose probes read a slice of 32-bit
// hashes before any key. A word outside the table (most words of a text,
// for an annotator's vocabulary) costs a hash of its bytes and one or two
// reads of the hash slice; a word looked up as a []byte needs no string.
type Table[V any] struct {
	hash  []uint32 // per slot: the key's hash with the low bit set, 0 when empty
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
	t := &Table[V]{hash: make([]uint32, n), key: make([]string, n), val: make([]V, n), mask: uint32(n - 1), shift: shift}
	for k, v := range m {
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

// GetBytes is Get of a word held in a byte slice.
func (t *Table[V]) GetBytes(w []byte) (V, bool) { return get(t, w) }

func get[V any, S ~string | ~[]byte](t *Table[V], w S) (V, bool) {
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

// slot is where the probes for hash h start (Fibonacci hashing: the top
// bits of h times 2^32/phi).
func (t *Table[V]) slot(h uint32) uint32 { return (h * 2654435769) >> t.shift }

// hashOf is FNV-1a of w's bytes with the low bit set (0 marks an empty
// slot).
func hashOf[S ~string | ~[]byte](w S) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h | 1
}
