package claim

import "strings"

// minRepeat is the length of the shortest sentence fold split looks up
// among the sentences kept before: a shorter one is never a repeat.
const minRepeat = 60

// repeatTail is the span at a fold's start where a space may start a tail
// (see repeats.add): a lead repeated without its dateline drops no more.
const repeatTail = 60

// repeatKey is how many bytes at a fold's end file it: every fold looked
// up or kept has at least minRepeat bytes, and a fold and its tails share
// their end, so a first sentence is filed once, not once per tail.
const repeatKey = 32

// repeats is the set of sentence folds split has kept, with the tails of
// those kept with theirs: each tail after a space in the first
// repeatTail bytes that is minRepeat bytes or more. It answers as a set of
// strings holding each fold and tail would.
type repeats struct {
	byEnd   map[string]int32 // the last repeatKey bytes -> 1 + the last entry so filed
	entries []repeatEntry
}

type repeatEntry struct {
	fold  string
	tails bool  // its tails are in the set
	prev  int32 // 1 + the entry filed before under the same end (0: none)
}

// addNew puts fold in the set (len(fold) >= minRepeat), with its tails
// if tails is set, and reports true, unless the set holds it already
// (then it reports false and adds nothing): split's test and insert,
// with one look-up of the fold's end.
func (r *repeats) addNew(fold string, tails bool) bool {
	key := fold[len(fold)-repeatKey:]
	head := r.byEnd[key]
	if r.holds(head, fold) {
		return false
	}
	r.entries = append(r.entries, repeatEntry{fold: fold, tails: tails, prev: head})
	r.byEnd[key] = int32(len(r.entries))
	return true
}

// holds reports whether fold is an entry of the chain filed under its
// end from 1 + entry j on, or the tail of one kept with its tails.
func (r *repeats) holds(j int32, fold string) bool {
	for j > 0 {
		e := &r.entries[j-1]
		if e.fold == fold {
			return true
		}
		if i := len(e.fold) - len(fold) - 1; e.tails && i >= 0 && i <= repeatTail && e.fold[i] == ' ' && strings.HasSuffix(e.fold, fold) {
			return true
		}
		j = e.prev
	}
	return false
}

// reset empties the set for the next run (see reuse).
func (r *repeats) reset() {
	r.byEnd = reuse(r.byEnd)
	if cap(r.entries) > 1<<12 {
		r.entries = nil // as reuse does with a long text's map
		return
	}
	clear(r.entries)
	r.entries = r.entries[:0]
}
