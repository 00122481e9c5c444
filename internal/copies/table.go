package copies

// bucketTable maps an LSH bucket key to the last entry added to the
// bucket, with open addressing and linear probing. It keeps only a 32-bit
// fingerprint of the 64-bit key (8 bytes a slot against about 26 for a Go
// map): a fingerprint collision merely adds a candidate, which one shared
// bucket never makes verified on its own.
type bucketTable struct {
	keys  []uint32 // 0 = empty
	vals  []int32
	count int
}

func fingerprint(k uint64) uint32 {
	f := uint32(k>>32) ^ uint32(k)
	if f == 0 {
		f = 1
	}
	return f
}

func (t *bucketTable) get(k uint64) (int32, bool) {
	if len(t.keys) == 0 {
		return 0, false
	}
	f := fingerprint(k)
	mask := uint64(len(t.keys) - 1)
	for i := mix(uint64(f)) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case 0:
			return 0, false
		case f:
			return t.vals[i], true
		}
	}
}

func (t *bucketTable) put(k uint64, v int32) {
	if 4*(t.count+1) > 3*len(t.keys) {
		t.grow()
	}
	f := fingerprint(k)
	mask := uint64(len(t.keys) - 1)
	for i := mix(uint64(f)) & mask; ; i = (i + 1) & mask {
		switch t.keys[i] {
		case 0:
			t.keys[i], t.vals[i] = f, v
			t.count++
			return
		case f:
			t.vals[i] = v
			return
		}
	}
}

func (t *bucketTable) grow() {
	n := max(1024, 2*len(t.keys))
	old := *t
	*t = bucketTable{keys: make([]uint32, n), vals: make([]int32, n)}
	mask := uint64(n - 1)
	for j, f := range old.keys {
		if f == 0 {
			continue
		}
		i := mix(uint64(f)) & mask
		for t.keys[i] != 0 {
			i = (i + 1) & mask
		}
		t.keys[i], t.vals[i] = f, old.vals[j]
		t.count++
	}
}
