package copies

// bucketTable maps an LSH bucket key to the articles in the bucket: a
// multimap with open addressing and linear probing, outside the Go heap.
// Each entry is one slot of 8 bytes: a 32-bit fingerprint of the 64-bit
// key, which also gives its home slot, and the article. A fingerprint
// collision merely adds a candidate, which one shared bucket never makes
// verified on its own. A bucket keeps its latest maxBucket articles: the
// oldest entry gives way to a new one, as the walk of a bucket stopped at
// maxBucket entries before.
type bucketTable struct {
	fp    []uint32 // 0 = empty
	val   []int32
	count int
}

func fingerprint(k uint64) uint32 {
	f := uint32(k>>32) ^ uint32(k)
	if f == 0 {
		f = 1
	}
	return f
}

// appendBucket appends the articles of bucket k to out.
func (t *bucketTable) appendBucket(k uint64, out []int32) []int32 {
	if len(t.fp) == 0 {
		return out
	}
	f := fingerprint(k)
	mask := uint64(len(t.fp) - 1)
	for i := mix(uint64(f)) & mask; t.fp[i] != 0; i = (i + 1) & mask {
		if t.fp[i] == f {
			out = append(out, t.val[i])
		}
	}
	return out
}

// add puts article v in bucket k; when the bucket already holds maxBucket
// articles, the oldest (lowest index) gives way.
func (t *bucketTable) add(m *mem, k uint64, v int32, maxBucket int) {
	if 4*(t.count+1) > 3*len(t.fp) {
		t.grow(m)
	}
	f := fingerprint(k)
	mask := uint64(len(t.fp) - 1)
	n, oldest := 0, uint64(0)
	i := mix(uint64(f)) & mask
	for ; t.fp[i] != 0; i = (i + 1) & mask {
		if t.fp[i] == f {
			if n == 0 || t.val[i] < t.val[oldest] {
				oldest = i
			}
			n++
		}
	}
	if n >= maxBucket {
		t.val[oldest] = v
		return
	}
	t.fp[i], t.val[i] = f, v
	t.count++
}

func (t *bucketTable) grow(m *mem) {
	n := max(1024, 2*len(t.fp))
	old := *t
	*t = bucketTable{fp: allocOf[uint32](m, n), val: allocOf[int32](m, n), count: old.count}
	mask := uint64(n - 1)
	for j, f := range old.fp {
		if f == 0 {
			continue
		}
		i := mix(uint64(f)) & mask
		for t.fp[i] != 0 {
			i = (i + 1) & mask
		}
		t.fp[i], t.val[i] = f, old.val[j]
	}
	m.free(bytesOf(old.fp))
	m.free(bytesOf(old.val))
}
