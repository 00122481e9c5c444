package entity

import (
	"sync"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// scratch holds the per-token slices of one Find, kept for the next one
// (an article's tokens are a fixed cost per byte of text; making them anew
// for every article is most of what the finder allocates). Nothing a Find
// returns points into them.
type scratch struct {
	toks    []token // compounds split in place (splitCompoundsInPlace)
	covered []bool
	credit  []creditMark
	ints    []int32
	gazAns  []uint32
	first   []int32
	next    []int32
	ms      []mention
	msUsed  int // the most mentions this Find held in ms's array (release clears no more)
	seen    tk.WordBits
	// survey's count of starting words by startIndex (4,096)
	startWords []int32
	spans      map[uint64]bool
	typed      map[string]string
	res        resolveScratch
}

// resolveScratch holds resolve's per-mention slices, kept for the next
// article as scratch's slices are (emptied when handed out; nothing
// resolve returns points into them).
type resolveScratch struct {
	uf, members, order            []int
	links, norms, surnames, keyOf []string
	variants                      []string // the entities' variants, copied out when all are known
	keyed                         []keyedName
	size, start, fill             []int32
	seen                          textSet
	// what resolveDescriptions reads of a candidate name (descFits)
	lowerNames []string
	nameRoles  [][]string
	rolesRead  []bool
	// resolve's maps by name, word and key, emptied for the next article
	// (their room kept: a new map grows in steps, each a rehash) unless
	// they grew past mapMax
	bySurname, byEdge                map[string][]int
	byKey, same                      map[string]int
	seenCanon, guessedLast, orgWords map[string]bool
}

// keyedName is the key resolve found for a mention's name and type when
// it grouped mentions by key: the key of its entity when the name and type
// are still those (most often), read again from Key only when not.
type keyedName struct{ name, typ, key string }

// keyOf is Key(name, typ), known when k was made for them.
func (k *keyedName) keyOf(name, typ string) string {
	if k.key != "" && k.name == name && k.typ == typ {
		return k.key
	}
	return Key(name, typ)
}

// emptied returns *m emptied, made first if there is none.
func emptied[K comparable, V any](m *map[K]V) map[K]V {
	if *m == nil {
		*m = make(map[K]V)
	}
	clear(*m) // nothing to do if release emptied it
	return *m
}

// dropOrClear empties *m, or lets it go when it held more than mapMax
// entries (clearing a long article's room would cost every later one).
func dropOrClear[K comparable, V any](m *map[K]V) {
	if len(*m) > mapMax {
		*m = nil
	}
	clear(*m)
}

// textSet is a set of strings that is a slice while it is small (an
// entity's distinct mention texts, most often one to three) and a map
// past textSetMax.
type textSet struct {
	few  []string
	many map[string]bool
}

const textSetMax = 16

// reset empties the set.
func (t *textSet) reset() *textSet {
	clear(t.few)
	t.few, t.many = t.few[:0], nil
	return t
}

// add adds s and reports whether it was not in the set.
func (t *textSet) add(s string) bool {
	if t.many != nil {
		if t.many[s] {
			return false
		}
		t.many[s] = true
		return true
	}
	for _, x := range t.few {
		if x == s {
			return false
		}
	}
	if len(t.few) < textSetMax {
		t.few = append(t.few, s)
		return true
	}
	t.many = make(map[string]bool, 2*textSetMax)
	for _, x := range t.few {
		t.many[x] = true
	}
	t.many[s] = true
	return true
}

// sized returns *s resized to n zero values, its array kept when it has
// room.
func sized[T any](s *[]T, n int) []T {
	if cap(*s) < n {
		*s = make([]T, n)
	}
	*s = (*s)[:n]
	clear(*s)
	return *s
}

// release drops what resolve's scratch points to (the words of an
// article) and a long article's room.
func (r *resolveScratch) release() {
	if cap(r.uf) > scratchMax {
		*r = resolveScratch{}
		return
	}
	for _, s := range [...][]string{r.links, r.norms, r.surnames, r.keyOf, r.variants} {
		clear(s)
	}
	clear(r.keyed)
	r.seen.reset()
	clear(r.lowerNames)
	clear(r.nameRoles)
	for _, m := range [...]*map[string][]int{&r.bySurname, &r.byEdge} {
		dropOrClear(m)
	}
	dropOrClear(&r.byKey)
	dropOrClear(&r.same)
	for _, m := range [...]*map[string]bool{&r.seenCanon, &r.guessedLast, &r.orgWords} {
		dropOrClear(m)
	}
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratchMax is the most tokens a kept scratch holds: a very long
// article's slices are left to the collector.
const scratchMax = 1 << 16

// mapMax is the most entries a kept map held.
const mapMax = 1 << 12

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// bools returns n false values.
func (s *scratch) bools(n int) []bool { return sized(&s.covered, n) }

// creditMarks returns n noCredit marks.
func (s *scratch) creditMarks(n int) []creditMark { return sized(&s.credit, n) }

// int32s returns n int32 values (not cleared: the caller writes them all).
func (s *scratch) int32s(n int) []int32 {
	if cap(s.ints) < n {
		s.ints = make([]int32, n)
	}
	s.ints = s.ints[:n]
	return s.ints
}

// gazCache returns n unknown answers of finder.gazAt.
func (s *scratch) gazCache(n int) []uint32 { return sized(&s.gazAns, n) }

// mentionIndex returns the slices of finder.tiFirst (n tokens) and
// finder.tiNext (m mentions), every entry -1.
func (s *scratch) mentionIndex(n, m int) ([]int32, []int32) {
	if cap(s.first) < n {
		s.first = make([]int32, n)
	}
	if cap(s.next) < m {
		s.next = make([]int32, m)
	}
	s.first, s.next = s.first[:n], s.next[:m]
	fillInt32(s.first, -1)
	fillInt32(s.next, -1)
	return s.first, s.next
}

// fillInt32 sets every value of s to v: one write, then copies of what is
// written, doubling (memmove moves many values an instruction).
func fillInt32(s []int32, v int32) {
	if len(s) == 0 {
		return
	}
	s[0] = v
	for n := 1; n < len(s); n *= 2 {
		copy(s[n:], s[:n])
	}
}

// mentions returns an empty mention slice with room for n.
func (s *scratch) mentions(n int) []mention {
	if cap(s.ms) < n {
		s.ms = make([]mention, 0, n)
	}
	return s.ms[:0]
}

// seenTable returns an empty table for finder.seen with room for about n
// words, the last article's emptied (its room kept: no growing for the
// next article).
func (s *scratch) seenTable(n int) *tk.WordBits {
	s.seen.Reset(n)
	return &s.seen
}

// spanMap returns an empty map for finder.spans, as seenMap does.
func (s *scratch) spanMap() map[uint64]bool {
	if s.spans == nil {
		s.spans = make(map[uint64]bool, 256)
	}
	clear(s.spans)
	return s.spans
}

// typedMap returns an empty map for propagate, as seenMap does.
func (s *scratch) typedMap() map[string]string {
	if s.typed == nil {
		s.typed = make(map[string]string, 64)
	}
	clear(s.typed)
	return s.typed
}

// release clears what the slices point to (no article is kept alive by
// the pool) and gives the scratch back.
func (s *scratch) release() {
	if cap(s.toks) > scratchMax || cap(s.ints) > scratchMax || cap(s.gazAns) > scratchMax || cap(s.first) > scratchMax || cap(s.ms) > scratchMax {
		return
	}
	clear(s.toks)
	// resolve shortens the slice: what it dropped is cleared too, and no
	// more (a long article's room is not cleared again after every short one)
	clear(s.ms[:max(s.msUsed, len(s.ms))])
	s.ms, s.msUsed = s.ms[:0], 0
	if len(s.spans) > mapMax || len(s.typed) > mapMax {
		// a long article's maps are left to the collector: clearing their
		// room would cost every later short article
		s.spans, s.typed = nil, nil
	}
	s.seen.Release(4 * mapMax)
	clear(s.spans)
	clear(s.typed)
	s.res.release()
	s.toks, s.credit = s.toks[:0], s.credit[:0]
	scratchPool.Put(s)
}
