package copies

import (
	"math/bits"
	"slices"
)

// mix is the splitmix64 finalizer: a fast, stable 64-bit hash of a 64-bit key.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// shingleLen is the number of words in a shingle. Shingles do not cross
// sentence boundaries, so reordered sentences keep their shingles; a
// sentence shorter than shingleLen is one shingle.
const shingleLen = 4

// shingles returns the sorted distinct 4-word shingles of a word sequence
// (0 separates sentences), each packed into 64 bits.
func shingles(words []uint16, out []uint64) []uint64 {
	out = appendShingles(words, out[:0])
	slices.Sort(out)
	return slices.Compact(out)
}

// appendShingles appends the 4-word shingles of a word sequence to out, in
// text order, repeats included.
func appendShingles(words []uint16, out []uint64) []uint64 {
	start := 0
	for i := 0; i <= len(words); i++ {
		if i < len(words) && words[i] != 0 {
			continue
		}
		sent := words[start:i]
		start = i + 1
		if len(sent) == 0 {
			continue
		}
		if len(sent) < shingleLen {
			var k uint64
			for _, w := range sent {
				k = k<<16 | uint64(w)
			}
			out = append(out, k)
			continue
		}
		for j := 0; j+shingleLen <= len(sent); j++ {
			out = append(out, uint64(sent[j])<<48|uint64(sent[j+1])<<32|uint64(sent[j+2])<<16|uint64(sent[j+3]))
		}
	}
	return out
}

// u64set is a scratch set of 64-bit values (open addressing); reset
// empties it in constant time by moving to a new generation.
type u64set struct {
	keys []uint64
	gen  []uint32
	cur  uint32
}

func (t *u64set) reset(n int) {
	if size := max(64, 2*n); len(t.keys) < size {
		size = 1 << bits.Len(uint(size-1))
		t.keys, t.gen, t.cur = make([]uint64, size), make([]uint32, size), 0
	}
	t.cur++
	if t.cur == 0 {
		clear(t.gen)
		t.cur = 1
	}
}

// add inserts k and reports whether it was new.
func (t *u64set) add(k uint64) bool {
	mask := uint64(len(t.keys) - 1)
	for i := mix(k) & mask; ; i = (i + 1) & mask {
		if t.gen[i] != t.cur {
			t.keys[i], t.gen[i] = k, t.cur
			return true
		}
		if t.keys[i] == k {
			return false
		}
	}
}

func (t *u64set) has(k uint64) bool {
	mask := uint64(len(t.keys) - 1)
	for i := mix(k) & mask; t.gen[i] == t.cur; i = (i + 1) & mask {
		if t.keys[i] == k {
			return true
		}
	}
	return false
}

// anchorGrams returns the distinct bigrams of the anchor sequence (a
// single anchor is its own gram).
func anchorGrams(anc []uint16, out []uint64) []uint64 {
	out = out[:0]
	if len(anc) == 1 {
		out = append(out, uint64(anc[0])|1<<40)
	}
	for i := 0; i+1 < len(anc); i++ {
		out = append(out, uint64(anc[i])<<16|uint64(anc[i+1])|1<<40)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// oph computes a one-permutation MinHash sketch of a set of 64-bit
// elements into len(out) bins, filling empty bins by rotation
// (Shrivastava & Li, "Densifying one permutation hashing", 2014). It
// reports false for an empty set. One hash per element instead of one per
// element and bin keeps sketching linear in the text length.
func oph(set []uint64, out []uint32) bool {
	for i := range out {
		out[i] = ^uint32(0)
	}
	if len(set) == 0 {
		return false
	}
	k := uint64(len(out))
	filled := make([]bool, len(out))
	for _, e := range set {
		h := mix(e)
		bin := (h >> 32) * k >> 32
		v := uint32(h)
		if !filled[bin] || v < out[bin] {
			out[bin] = v
			filled[bin] = true
		}
	}
	for i := range out {
		if filled[i] {
			continue
		}
		for d := 1; d < len(out); d++ {
			j := (i + d) % len(out)
			if filled[j] {
				out[i] = uint32(mix(uint64(out[j]) + uint64(d)*0x9e3779b97f4a7c15))
				break
			}
		}
	}
	return true
}

// bandKeys hashes each band of rows sketch values into one bucket key;
// family separates the key spaces of different sketches.
func bandKeys(sk []uint32, rows int, family uint64, out []uint64) []uint64 {
	out = out[:0]
	for b := 0; b*rows+rows <= len(sk); b++ {
		h := mix(family<<56 | uint64(b)<<48)
		for _, v := range sk[b*rows : b*rows+rows] {
			h = mix(h ^ uint64(v))
		}
		out = append(out, h)
	}
	return out
}

// lcs returns the length of the longest common subsequence of a and b,
// ignoring zeros (sentence separators), with the bit-parallel algorithm of
// Allison-Dix / Hyyrö: O(len(a)*len(b)/64).
func lcs(a, b []uint16) int {
	var sc lcsScratch
	return sc.lcs(a, b)
}

func (ix *Index) lcs(a, b []uint16) int { return ix.lcsBuf.lcs(a, b) }

// lcsScratch holds the buffers of lcs, so that an index computes it
// without allocating: the bit masks of the distinct values of the longer
// sequence, found through a table indexed by value.
type lcsScratch struct {
	slot    []int32 // value -> index into masks / w, or -1; 65536 entries
	touched []uint16
	masks   []uint64
	v       []uint64
	a, b    []uint16
}

func (sc *lcsScratch) lcs(a, b []uint16) int {
	sc.a = appendNonZero(sc.a[:0], a)
	sc.b = appendNonZero(sc.b[:0], b)
	a, b = sc.a, sc.b
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) < len(b) {
		a, b = b, a // bit vectors over the longer one: fewer passes
	}
	if sc.slot == nil {
		sc.slot = make([]int32, 1<<16)
		for i := range sc.slot {
			sc.slot[i] = -1
		}
	}
	w := (len(a) + 63) / 64
	sc.masks = sc.masks[:0]
	for i, c := range a {
		k := sc.slot[c]
		if k < 0 {
			k = int32(len(sc.masks) / w)
			sc.slot[c] = k
			sc.touched = append(sc.touched, c)
			sc.masks = append(sc.masks, make([]uint64, w)...)
		}
		sc.masks[int(k)*w+i/64] |= 1 << (i % 64)
	}
	if cap(sc.v) < w {
		sc.v = make([]uint64, w)
	}
	v := sc.v[:w]
	for i := range v {
		v[i] = ^uint64(0)
	}
	for _, c := range b {
		k := sc.slot[c]
		if k < 0 {
			continue
		}
		m := sc.masks[int(k)*w : int(k)*w+w]
		var carry uint64
		for i := range v {
			u := v[i] & m[i]
			sum, c1 := bits.Add64(v[i], u, carry)
			carry = c1
			v[i] = sum | (v[i] &^ u)
		}
	}
	for _, c := range sc.touched {
		sc.slot[c] = -1
	}
	sc.touched = sc.touched[:0]
	zeros := 0
	for i, x := range v {
		if i == w-1 && len(a)%64 != 0 {
			x |= ^uint64(0) << (len(a) % 64)
		}
		zeros += 64 - bits.OnesCount64(x)
	}
	return zeros
}

func appendNonZero(out, s []uint16) []uint16 {
	for _, x := range s {
		if x != 0 {
			out = append(out, x)
		}
	}
	return out
}
