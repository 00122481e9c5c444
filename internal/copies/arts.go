package copies

import "unsafe"

// art is what the index keeps per article besides its record: the fields
// of Match, the story union-find and the outlet. It holds no pointers, so
// a million of them live outside the Go heap (column, mem.go).
type art struct {
	id     int64
	exact  uint64 // Sig.Exact
	rec    uint64 // the record (putRecord): block<<32 | offset
	src    int32  // outlet number (Index.srcs)
	day    int32  // Sig.Day
	group  int32  // index of the group's earliest member
	of     int32  // index of the member the relation was measured against
	parent int32  // story union-find
	sim    float32
	kw     float32 // story-key weight when added
	rel    uint8   // index into relNames
	lang   uint8   // index into Index.langs
	script uint8   // Sig.Script
}

func (ix *Index) art(i int32) *art { return ix.arts.at(i) }

// Records hold the parts of a signature the index compares, one after the
// other in blocks outside the Go heap: a header of three uint32 (words,
// anchors, keys), the story keys (uint32; first, as stories read them for
// many more articles than the rest), the words, the anchors and their
// places (uint16 each). An article costs one 8-byte reference.
type records struct {
	blocks [][]byte
	off    int // next free byte of the last block
}

func (ix *Index) putRecord(words, anch, at []uint16, keys []uint32) uint64 {
	r := &ix.recs
	wAt := 12 + 4*len(keys)
	n := (wAt + 2*len(words) + 4*len(anch) + 7) &^ 7
	if len(r.blocks) == 0 || r.off+n > len(r.blocks[len(r.blocks)-1]) {
		r.blocks = append(r.blocks, ix.mem.mapBlock(max(blockSize, n)))
		r.off = 0
	}
	ref := uint64(len(r.blocks)-1)<<32 | uint64(r.off)
	b := r.blocks[len(r.blocks)-1][r.off : r.off+n]
	r.off += n
	h := view[uint32](b, 3)
	h[0], h[1], h[2] = uint32(len(words)), uint32(len(anch)), uint32(len(keys))
	copy(view[uint32](b[12:], len(keys)), keys)
	copy(view[uint16](b[wAt:], len(words)), words)
	copy(view[uint16](b[wAt+2*len(words):], len(anch)), anch)
	copy(view[uint16](b[wAt+2*len(words)+2*len(anch):], len(anch)), at)
	return ref
}

// record returns the words, anchors, anchor places and story keys of
// article j.
func (ix *Index) record(j int32) (words, anch, at []uint16, keys []uint32) {
	ref := ix.art(j).rec
	b := ix.recs.blocks[ref>>32][ref&(1<<32-1):]
	h := view[uint32](b, 3)
	nw, na, nk := int(h[0]), int(h[1]), int(h[2])
	wAt := 12 + 4*nk
	keys = view[uint32](b[12:], nk)
	words = view[uint16](b[wAt:], nw)
	anch = view[uint16](b[wAt+2*nw:], na)
	at = view[uint16](b[wAt+2*nw+2*na:], na)
	return
}

// keysOf returns the story keys of article j (record without the rest).
func (ix *Index) keysOf(j int32) []uint32 {
	ref := ix.art(j).rec
	b := ix.recs.blocks[ref>>32][ref&(1<<32-1):]
	return view[uint32](b[12:], int(view[uint32](b[8:], 1)[0]))
}

// idTable maps a 64-bit key (an article ID, an exact-text hash) to an
// article index, with open addressing outside the Go heap.
type idTable struct {
	keys  []uint64
	vals  []int32 // index+1; 0 = empty
	count int
}

func (t *idTable) get(k uint64) (int32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	mask := uint64(len(t.keys) - 1)
	for i := mix(k) & mask; ; i = (i + 1) & mask {
		switch {
		case t.vals[i] == 0:
			return 0, false
		case t.keys[i] == k:
			return t.vals[i] - 1, true
		}
	}
}

// put sets the value of k (adding it when absent).
func (t *idTable) put(m *mem, k uint64, v int32) {
	if 4*(t.count+1) > 3*len(t.keys) {
		t.grow(m)
	}
	mask := uint64(len(t.keys) - 1)
	for i := mix(k) & mask; ; i = (i + 1) & mask {
		switch {
		case t.vals[i] == 0:
			t.keys[i], t.vals[i] = k, v+1
			t.count++
			return
		case t.keys[i] == k:
			t.vals[i] = v + 1
			return
		}
	}
}

func (t *idTable) grow(m *mem) {
	n := max(1024, 2*len(t.keys))
	old := *t
	*t = idTable{keys: allocOf[uint64](m, n), vals: allocOf[int32](m, n)}
	for i, v := range old.vals {
		if v != 0 {
			t.put(m, old.keys[i], v-1)
		}
	}
	m.free(bytesOf(old.keys))
	m.free(bytesOf(old.vals))
}

// bytesOf is the memory of s, for mem.free.
func bytesOf[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	var z T
	n := len(s) * int(unsafe.Sizeof(z))
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), n)
}
