package entity

import "sync"

// scratch holds the per-token slices of one Find, kept for the next one
// (an article's tokens are a fixed cost per byte of text; making them anew
// for every article is most of what the finder allocates). Nothing a Find
// returns points into them.
type scratch struct {
	toks    []token
	split   []token // toks with compounds split, when a word splits
	covered []bool
	credit  []string
	ints    []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// scratchMax is the most tokens a kept scratch holds: a very long
// article's slices are left to the collector.
const scratchMax = 1 << 16

func getScratch() *scratch { return scratchPool.Get().(*scratch) }

// bools returns n false values.
func (s *scratch) bools(n int) []bool {
	if cap(s.covered) < n {
		s.covered = make([]bool, n)
	}
	s.covered = s.covered[:n]
	clear(s.covered)
	return s.covered
}

// strings returns n empty strings.
func (s *scratch) strings(n int) []string {
	if cap(s.credit) < n {
		s.credit = make([]string, n)
	}
	s.credit = s.credit[:n]
	clear(s.credit)
	return s.credit
}

// int32s returns n int32 values (not cleared: the caller writes them all).
func (s *scratch) int32s(n int) []int32 {
	if cap(s.ints) < n {
		s.ints = make([]int32, n)
	}
	s.ints = s.ints[:n]
	return s.ints
}

// release clears what the slices point to (no article is kept alive by
// the pool) and gives the scratch back.
func (s *scratch) release() {
	if cap(s.toks) > scratchMax || cap(s.split) > scratchMax || cap(s.ints) > scratchMax {
		return
	}
	clear(s.toks)
	clear(s.split)
	clear(s.credit)
	s.toks, s.split, s.credit = s.toks[:0], s.split[:0], s.credit[:0]
	scratchPool.Put(s)
}
