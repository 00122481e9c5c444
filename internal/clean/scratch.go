package clean

import (
	"sync"

	"github.com/dossier-osint/dossier/internal/meta"
)

// scratch holds the arrays of one CleanContext run kept for the next
// article: the paragraphs split makes, the buffers of their lower case
// (item.lowerOf) and folds (foldKept), and the paragraphs given to
// meta.Analyze. Nothing CleanContext returns points into them: the article
// copies what it keeps of a paragraph (its text is the document's or
// split's own buffer, never these), and the items and their folds are
// read only within the run.
type scratch struct {
	items []item
	ptrs  []*item
	fold  []byte
	paras []meta.Para
	lows  []byte // the paragraphs' lower case (item.lowerOf)
	clean []bool // by line of the text, whether split leaves it as it is
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratchMax is the most paragraphs a kept scratch holds (and its fold
// buffer the most KB): a very long article's room is left to the
// collector.
const scratchMax = 1 << 13

// itemRoom returns empty slices with room for n items and their pointers.
func (sc *scratch) itemRoom(n int) ([]item, []*item) {
	if cap(sc.items) < n {
		sc.items, sc.ptrs = make([]item, 0, n), make([]*item, 0, n)
	}
	return sc.items[:0], sc.ptrs[:0]
}

// lowRoom empties the buffer of the paragraphs' lower case, with room
// for a text of n bytes, and returns it.
func (sc *scratch) lowRoom(n int) *[]byte {
	if cap(sc.lows) < n {
		sc.lows = make([]byte, 0, n)
	}
	sc.lows = sc.lows[:0]
	return &sc.lows
}

// cleanRoom returns a slice of n flags, for split.
func (sc *scratch) cleanRoom(n int) []bool {
	if cap(sc.clean) < n {
		sc.clean = make([]bool, n)
	}
	return sc.clean[:n]
}

// foldRoom returns an empty buffer with room for n bytes.
func (sc *scratch) foldRoom(n int) []byte {
	if cap(sc.fold) < n {
		sc.fold = make([]byte, 0, n)
	}
	return sc.fold[:0]
}

// put clears what the arrays point to (no article is kept alive by the
// pool) and gives the scratch back.
func (sc *scratch) put() {
	if cap(sc.items) > scratchMax || cap(sc.fold) > scratchMax<<10 || cap(sc.paras) > scratchMax || cap(sc.lows) > scratchMax<<10 || cap(sc.clean) > scratchMax<<4 {
		return
	}
	clear(sc.items[:cap(sc.items)])
	clear(sc.ptrs[:cap(sc.ptrs)])
	clear(sc.paras[:cap(sc.paras)])
	scratchPool.Put(sc)
}
