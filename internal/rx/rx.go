// Package rx puts an exact, cheap test before a regular expression
// anchored at the start of the text: the compiled pattern is run as an
// automaton over the first runes of the text, every way through it at
// once. Most texts are answered there (no way alive, or the end of the
// pattern reached) without the regexp: Go's regexp clears a bit map as
// long as the text before it tries a pattern, so a long paragraph costs a
// pattern that fails at its first runes as much as a match.
//
// The pattern is parsed and its test worked out at the first text it is
// asked about, and the regexp itself compiled at the first text the run
// leaves to it: a pattern that no text reaches in a process (most
// boilerplate patterns behind their key tests) costs nothing, one that
// the run answers alone costs its parse only.
package rx

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/swar"
)

// Anchored is a regexp with the prefix test when every way through it
// starts at the start of the text (^ without (?m)).
type Anchored struct {
	expr     string
	setup    sync.Once // the prefix test, worked out at the first use
	once     sync.Once
	re       *regexp.Regexp
	analysis           // the prefix test
	runs     sync.Pool // *run scratch space of the prefix run
	// second holds, by ASCII rune the pattern may start with, the ASCII
	// runes that may follow it (seconds), nil without a fixed start
	second *[utf8.RuneSelf][2]uint64
}

// analysis is what analyse works out of a pattern: its prefix test, and
// the program the test steps through. analysis_table.go holds it for the
// patterns of the packages built into dossier, so that a process parses
// none of them for its test.
type analysis struct {
	ok    bool      // the test applies
	ascii [128]bool // first runes below 128 the pattern may start with
	first []uint32  // the instructions that read the first rune
	// fixedStart: no assertion but the start of the text stands before
	// the first instructions, so the way to them does not depend on the
	// text; the prefix run then starts from firstBy, the first
	// instructions that take each ASCII rune (firstBy[firstAt[c]:firstAt[c+1]])
	fixedStart bool
	firstBy    []uint32
	firstAt    [utf8.RuneSelf + 1]uint16
	empty      bool         // the pattern may match without reading a rune
	prog       *syntax.Prog // the program the prefix run steps through
	// asciiIn holds, by instruction, the ASCII runes a rune-reading
	// instruction takes (bit c%64 of word c/64), so that the prefix run
	// answers them without case folding
	asciiIn [][2]uint64
}

// MustCompile returns the pattern expr with its prefix test. Nothing is
// parsed before the pattern's first use (most of a process's patterns
// are behind tests that keep most texts from them, and the parse of the
// ones with large classes and case folding is most of the work): a
// pattern regexp refuses panics there, as regexp.MustCompile does, and
// at Check.
func MustCompile(expr string) *Anchored {
	a := &Anchored{expr: expr}
	all.Lock()
	all.list = append(all.list, a)
	all.Unlock()
	return a
}

// all are the patterns MustCompile made, for Check.
var all struct {
	sync.Mutex
	list []*Anchored
	lazy []*Lazy // MustCompileLazy's
}

// Check works out the prefix test of every pattern made so far and
// compiles every Lazy; it panics on one regexp refuses, as MustCompile
// did before its patterns were compiled at their first use. For tests.
func Check() {
	all.Lock()
	list := append([]*Anchored(nil), all.list...)
	lazy := append([]*Lazy(nil), all.lazy...)
	all.Unlock()
	for _, a := range list {
		a.setUp()
	}
	for _, l := range lazy {
		l.Regexp()
	}
}

// Untabled returns the patterns made so far that analysisTable does not
// hold (each is analysed at its first use instead): empty unless a pattern
// changed since go generate ./internal/rx. For tests.
func Untabled() []string {
	all.Lock()
	defer all.Unlock()
	var out []string
	for _, a := range all.list {
		if _, ok := tabled(a.expr); !ok {
			out = append(out, a.expr)
		}
	}
	return out
}

// setUp works out the prefix test at the first use; a pattern the test
// does not apply to is compiled then.
func (a *Anchored) setUp() { a.setup.Do(a.analyse) }

func (a *Anchored) analyse() {
	var ok bool
	if a.analysis, ok = tabled(a.expr); !ok {
		a.analysis = analyse(a.expr)
	}
	if !a.ok {
		a.Regexp() // no test: the pattern is tried on every text
		return
	}
	if a.fixedStart {
		a.second = a.seconds()
	}
}

// seconds works out, for each ASCII rune c the pattern may start with,
// the ASCII runes that may follow it: those that an instruction reached
// without reading a rune from the first instructions that take c takes,
// each empty-width assertion on the way taken as holding, and all of them
// when the end of the pattern is reached so. An ASCII rune outside its
// set after c kills every way of the prefix run at its second step, so
// decide answers it without the run (most texts a pattern is asked about
// start with one of its first runes but go on otherwise: "The" before
// "(?i:text by|translated by)").
func (a *Anchored) seconds() *[utf8.RuneSelf][2]uint64 {
	t := new([utf8.RuneSelf][2]uint64)
	seen := make([]bool, len(a.prog.Inst))
	for c := range utf8.RuneSelf {
		if !a.ascii[c] {
			continue
		}
		clear(seen)
		for _, pc := range a.firstBy[a.firstAt[c]:a.firstAt[c+1]] {
			a.follow(a.prog.Inst[pc].Out, seen, &t[c])
		}
	}
	return t
}

// follow adds to set the ASCII runes the rune-reading instructions
// reached from pc without reading a rune take (every assertion taken as
// holding), all of them when the end of the pattern is reached.
func (a *Anchored) follow(pc uint32, seen []bool, set *[2]uint64) {
	for !seen[pc] {
		seen[pc] = true
		in := &a.prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			a.follow(in.Out, seen, set)
			pc = in.Arg
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			pc = in.Out
		case syntax.InstMatch:
			set[0], set[1] = ^uint64(0), ^uint64(0)
			return
		case syntax.InstFail:
			return
		default:
			set[0] |= a.asciiIn[pc][0]
			set[1] |= a.asciiIn[pc][1]
			return
		}
	}
}

// tabled returns the analysis of expr in analysisTable, false if it holds
// none (a pattern made since the table was written).
func tabled(expr string) (analysis, bool) {
	i, ok := slices.BinarySearchFunc(analysisTable[:], expr, func(e tableEntry, expr string) int {
		return strings.Compare(e.expr, expr)
	})
	if !ok {
		return analysis{}, false
	}
	t := analysisTable[i].analysis
	for c := range t.ascii {
		t.ascii[c] = t.firstAt[c+1] > t.firstAt[c]
	}
	return t, true
}

// tableEntry is one pattern of analysisTable.
type tableEntry struct {
	expr string
	analysis
}

// analyse works out the prefix test of expr (ok false when there is
// none).
func analyse(expr string) analysis {
	a := &Anchored{expr: expr}
	a.fixedStart = true
	re, err := syntax.Parse(a.expr, syntax.Perl)
	if err != nil {
		regexp.MustCompile(a.expr) // panics as it does
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		regexp.MustCompile(a.expr)
	}
	a.ok = a.walk(prog, uint32(prog.Start), false, map[uint32]bool{})
	if !a.ok || a.empty {
		return analysis{} // no test
	}
	a.prog = prog
	a.asciiIn = make([][2]uint64, len(prog.Inst))
	for pc := range prog.Inst {
		a.asciiIn[pc] = asciiTaken(&prog.Inst[pc])
	}
	for c := rune(0); c < utf8.RuneSelf; c++ {
		a.firstAt[c] = uint16(len(a.firstBy))
		for _, pc := range a.first {
			if a.asciiIn[pc][c/64]&(1<<(c%64)) != 0 {
				a.ascii[c] = true
				a.firstBy = append(a.firstBy, pc)
			}
		}
	}
	a.firstAt[utf8.RuneSelf] = uint16(len(a.firstBy))
	if len(a.firstBy) > 1<<16-1 {
		a.fixedStart = false
	}
	return a.analysis
}

// Regexp returns the compiled pattern, compiling it at the first call.
func (a *Anchored) Regexp() *regexp.Regexp {
	a.once.Do(func() { a.re = regexp.MustCompile(a.expr) })
	return a.re
}

// String is the pattern's source text.
func (a *Anchored) String() string { return a.expr }

// walk follows the instructions that read no rune from pc, collecting
// the first rune-reading ones; it reports false when one of them can be
// reached without passing the start-of-text assertion.
func (a *Anchored) walk(prog *syntax.Prog, pc uint32, anchored bool, seen map[uint32]bool) bool {
	key := pc << 1
	if anchored {
		key |= 1
	}
	if seen[key] {
		return true
	}
	seen[key] = true
	in := &prog.Inst[pc]
	switch in.Op {
	case syntax.InstAlt, syntax.InstAltMatch:
		return a.walk(prog, in.Out, anchored, seen) && a.walk(prog, in.Arg, anchored, seen)
	case syntax.InstCapture, syntax.InstNop:
		return a.walk(prog, in.Out, anchored, seen)
	case syntax.InstEmptyWidth:
		if syntax.EmptyOp(in.Arg)&syntax.EmptyBeginText != 0 {
			anchored = true
		}
		if syntax.EmptyOp(in.Arg) != syntax.EmptyBeginText {
			a.fixedStart = false // the way on depends on the runes around
		}
		return a.walk(prog, in.Out, anchored, seen)
	case syntax.InstMatch:
		a.empty = true
		return anchored
	case syntax.InstFail:
		return true
	default: // a rune-reading instruction
		if !anchored {
			return false
		}
		a.first = append(a.first, pc)
		return true
	}
}

// takes reports whether one of the first instructions reads r.
func (a *Anchored) takes(r rune) bool {
	for _, pc := range a.first {
		if readsRune(&a.prog.Inst[pc], r) {
			return true
		}
	}
	return false
}

// Answers of the prefix run.
const (
	noMatch   = iota // the pattern cannot match the text
	match            // the pattern matches the text
	undecided        // the run stopped at its bounds: ask the regexp
)

// decide answers s by the first-rune table and the prefix run.
func (a *Anchored) decide(s string) int {
	a.setUp()
	if !a.ok {
		return undecided
	}
	if s == "" {
		return noMatch // the pattern reads a rune at least
	}
	if c := s[0]; c < utf8.RuneSelf {
		if !a.ascii[c] {
			return noMatch
		}
		if a.second != nil && len(s) > 1 && s[1] < utf8.RuneSelf && a.second[c][s[1]/64]&(1<<(s[1]%64)) == 0 {
			return noMatch // no way goes on with the second rune
		}
	} else if r, _ := utf8.DecodeRuneInString(s); !a.takes(r) {
		return noMatch
	}
	return a.prefixRun(s)
}

// MayMatch reports false only when the pattern cannot match s.
func (a *Anchored) MayMatch(s string) bool { return a.decide(s) != noMatch }

// prefixRunes and prefixWork bound the prefix run: it reads at most
// prefixRunes runes and tries at most prefixWork rune instructions, then
// leaves the answer to the regexp.
const (
	prefixRunes = 24
	prefixWork  = 512
)

// run is the scratch space of one prefix run: the instructions alive
// before and after a rune, and the step each instruction was last added
// in (so that an instruction is added once a step).
type run struct {
	cur, next []uint32
	mark      []uint32
	step      uint32
}

// prefixRun runs the program over the first runes of s as a
// nondeterministic automaton, every way through it at once, the way the
// regexp's own matcher would from the start of s (empty-width assertions
// judged between the runes around them, an invalid byte read as U+FFFD).
// Every way starts at the start of the text, so reaching the end of the
// pattern is a match, and no way left alive before that is none; the run
// is exact as far as it goes and undecided past its bounds.
func (a *Anchored) prefixRun(s string) int {
	rn, _ := a.runs.Get().(*run)
	if rn == nil {
		rn = &run{mark: make([]uint32, len(a.prog.Inst))}
	}
	defer a.runs.Put(rn)
	rn.cur, rn.next = rn.cur[:0], rn.next[:0]
	r, w := next(s, 0)
	i, n := 0, 0
	if a.fixedStart && r < utf8.RuneSelf {
		// the first step without the way to the first instructions: those
		// that take r, straight from the table
		i += w
		nr, nw := next(s, i)
		rn.bump()
		for _, pc := range a.firstBy[a.firstAt[r]:a.firstAt[r+1]] {
			if a.add(rn, &rn.next, a.prog.Inst[pc].Out, r, nr) {
				return match
			}
		}
		rn.cur, rn.next = rn.next, rn.cur[:0]
		r, w = nr, nw
		n = 1
	} else {
		rn.bump()
		if a.add(rn, &rn.cur, uint32(a.prog.Start), -1, r) {
			return match
		}
	}
	work := 0
	for ; len(rn.cur) > 0; n++ {
		if r < 0 {
			return noMatch // the end of s: the ways alive need more runes
		}
		if n == prefixRunes {
			return undecided
		}
		if work += len(rn.cur); work > prefixWork {
			return undecided
		}
		i += w
		nr, nw := next(s, i)
		rn.bump()
		for _, pc := range rn.cur {
			var takes bool
			if r < utf8.RuneSelf {
				takes = a.asciiIn[pc][r/64]&(1<<(r%64)) != 0
			} else {
				takes = readsRune(&a.prog.Inst[pc], r)
			}
			if takes && a.add(rn, &rn.next, a.prog.Inst[pc].Out, r, nr) {
				return match
			}
		}
		rn.cur, rn.next = rn.next, rn.cur[:0]
		r, w = nr, nw
	}
	return noMatch
}

// asciiTaken returns the set of ASCII runes a rune-reading instruction
// takes, as syntax.Inst.MatchRune answers (a one-rune instruction with
// case folding takes the runes of its fold orbit; the ranges of a class
// already hold their folds), without trying each rune.
func asciiTaken(in *syntax.Inst) (set [2]uint64) {
	put := func(lo, hi rune) {
		for c := max(lo, 0); c <= hi && c < utf8.RuneSelf; c++ {
			set[c/64] |= 1 << (c % 64)
		}
	}
	switch in.Op {
	case syntax.InstRuneAny:
		put(0, utf8.RuneSelf-1)
	case syntax.InstRuneAnyNotNL:
		put(0, utf8.RuneSelf-1)
		set[0] &^= 1 << '\n'
	case syntax.InstRune1:
		put(in.Rune[0], in.Rune[0])
	case syntax.InstRune:
		if len(in.Rune) == 1 {
			r0 := in.Rune[0]
			put(r0, r0)
			if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
				for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
					put(r, r)
				}
			}
			break
		}
		for i := 0; i+1 < len(in.Rune); i += 2 {
			put(in.Rune[i], in.Rune[i+1])
		}
	}
	return set
}

// next decodes the rune at s[i:] as the regexp does (an invalid byte is
// U+FFFD of width 1), or -1 at the end of s.
func next(s string, i int) (rune, int) {
	if i >= len(s) {
		return -1, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// bump starts a new step: no instruction is marked as added in it.
func (rn *run) bump() {
	rn.step++
	if rn.step == 0 { // wrapped: clear the marks
		clear(rn.mark)
		rn.step = 1
	}
}

// readsRune reports whether the rune-reading instruction in takes r.
func readsRune(in *syntax.Inst, r rune) bool {
	switch in.Op {
	case syntax.InstRuneAny:
		return true
	case syntax.InstRuneAnyNotNL:
		return r != '\n'
	}
	return in.MatchRune(r)
}

// add adds to list the rune-reading instructions reached from pc without
// reading a rune, between the runes before and after (-1 at the ends of
// the text); it reports true when the end of the pattern is reached.
func (a *Anchored) add(rn *run, list *[]uint32, pc uint32, before, after rune) bool {
	for {
		if rn.mark[pc] == rn.step {
			return false
		}
		rn.mark[pc] = rn.step
		in := &a.prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			if a.add(rn, list, in.Out, before, after) {
				return true
			}
			pc = in.Arg
		case syntax.InstCapture, syntax.InstNop:
			pc = in.Out
		case syntax.InstEmptyWidth:
			if syntax.EmptyOp(in.Arg)&^syntax.EmptyOpContext(before, after) != 0 {
				return false
			}
			pc = in.Out
		case syntax.InstMatch:
			return true
		case syntax.InstFail:
			return false
		default:
			*list = append(*list, pc)
			return false
		}
	}
}

// MatchString is regexp's MatchString, answered by the prefix run when it
// decides.
func (a *Anchored) MatchString(s string) bool {
	switch a.decide(s) {
	case noMatch:
		return false
	case match:
		return true
	}
	return a.Regexp().MatchString(s)
}

// FindStringSubmatch is regexp's FindStringSubmatch behind the test.
func (a *Anchored) FindStringSubmatch(s string) []string {
	if a.decide(s) == noMatch {
		return nil
	}
	return a.Regexp().FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's FindStringSubmatchIndex behind the
// test.
func (a *Anchored) FindStringSubmatchIndex(s string) []int {
	if a.decide(s) == noMatch {
		return nil
	}
	return a.Regexp().FindStringSubmatchIndex(s)
}

// Applies reports whether the pattern is anchored, so that the test can
// rule texts out.
func (a *Anchored) Applies() bool { a.setUp(); return a.ok }

// Keys is a set of literals, at least two bytes each, for the test a
// pattern or a rule puts before itself: does a text hold one of them? It
// is a KeyBits whose keys all carry one bit, read with a stride when
// every key is at least three bytes long: then In looks up one pair of
// the text's bytes in every step, the shortest key's length less one
// (each occurrence of a key covers one such pair, at one of the key's
// first step places), where KeyBits looks up every pair.
type Keys struct {
	b     *KeyBits        // the keys when they are not read with a stride (its table is 64 KB)
	step  int             // the stride; 0 when the keys are read by b
	pairs *[1 << 16]uint8 // by pair of bytes: 1 + index into cands, 0 for none
	cands [][]keyAt       // the keys holding a pair within their first step bytes
	// thirds holds, by list of cands, the bytes that follow its pair in
	// its keys as a bit set (every byte for a key ending at the pair): a
	// pair of the text followed by none of them is no key's (KeyBits'
	// thirds, for keys met at any offset)
	thirds [][4]uint64
}

// keyAt is a key holding a pair of bytes at off, with its first eight
// bytes as KeyBits keeps them (head, mask), compared with the text's at
// once.
type keyAt struct {
	key        string
	off        int
	head, mask uint64
}

// NewKeys returns the set of keys; it panics on a key shorter than two
// bytes or, for a set not read with a stride, on more than 255 distinct
// first pairs (program errors).
func NewKeys(keys ...string) *Keys {
	k := &Keys{}
	shortest := 0
	for _, s := range keys {
		if len(s) < 2 {
			panic("rx: key \"" + s + "\" is shorter than two bytes")
		}
		if shortest == 0 || len(s) < shortest {
			shortest = len(s)
		}
	}
	if shortest >= 3 {
		k.strided(keys, shortest-1)
	}
	if k.step == 0 {
		// read by a KeyBits; a strided set makes none (its table would be
		// 64 KB more, pages of it touched by the keys' pairs)
		k.b = &KeyBits{}
		for _, s := range keys {
			k.b.Add(s, 1)
		}
	}
	return k
}

// strided indexes the pairs the keys hold within their first step bytes
// for In's strided reading, unless they are more than 255.
func (k *Keys) strided(keys []string, step int) {
	pairs := new([1 << 16]uint8)
	var cands [][]keyAt
	var thirds [][4]uint64
	for _, s := range keys {
		for off := range step {
			p := uint16(s[off])<<8 | uint16(s[off+1])
			if pairs[p] == 0 {
				if len(cands) == 255 {
					return // read by b
				}
				cands = append(cands, nil)
				thirds = append(thirds, [4]uint64{})
				pairs[p] = uint8(len(cands))
			}
			head, mask := keyHead(s)
			cands[pairs[p]-1] = append(cands[pairs[p]-1], keyAt{key: s, off: off, head: head, mask: mask})
			addThird(&thirds[pairs[p]-1], s, off+2)
		}
	}
	k.step, k.pairs, k.cands, k.thirds = step, pairs, cands, thirds
}

// addThird adds key[i] to the bit set th, or every byte when key ends
// before i.
func addThird(th *[4]uint64, key string, i int) {
	if i >= len(key) {
		*th = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
		return
	}
	th[key[i]>>6] |= 1 << (key[i] & 63)
}

// hasThird reports whether the bit set th holds c.
func hasThird(th *[4]uint64, c byte) bool { return th[c>>6]&(1<<(c&63)) != 0 }

// In reports whether s holds one of the keys: strings.Contains(s, k) for
// some key k.
func (k *Keys) In(s string) bool {
	step, pairs := k.step, k.pairs
	if step == 0 {
		return k.b.Hits(s, 1) != 0
	}
	for p := 0; p+1 < len(s); p += step {
		c := pairs[uint16(s[p])<<8|uint16(s[p+1])]
		if c == 0 || p+2 < len(s) && !hasThird(&k.thirds[c-1], s[p+2]) {
			continue
		}
		for _, e := range k.cands[c-1] {
			q := p - e.off
			if q < 0 || len(s)-q < len(e.key) {
				continue
			}
			if len(s)-q < 8 { // too near the end for eight bytes
				if s[q:q+len(e.key)] == e.key {
					return true
				}
				continue
			}
			if swar.Load64(s, q)&e.mask == e.head && (len(e.key) <= 8 || s[q+8:q+len(e.key)] == e.key[8:]) {
				return true
			}
		}
	}
	return false
}

// KeyBits maps literals to bit sets (rules by index, say) and tells, in
// one pass over a text, the union of the bits of the literals the text
// holds. Each pair of bytes of the text is looked up in a table of the
// pairs the literals start with, where a strings.Contains per literal
// reads the text once per literal; a one-byte literal is looked for by
// strings.IndexByte. The zero value is empty and ready for Add.
type KeyBits struct {
	single  [256]uint32    // the bits of the one-byte literals, by their byte
	singles []byte         // the one-byte literals
	bucket  [1 << 16]uint8 // by first two bytes: 1 + index into lists, 0 for none
	lists   [][]keyBits    // the longer literals sharing their first two bytes
	// thirds holds, by list, the third bytes of its literals as a bit set
	// (every bit when one is two bytes long): a pair of the text whose
	// next byte is none of them starts none of the list's literals, which
	// one test tells (the common pairs of text start a key or two: "re"
	// of "read", "to" of "top ")
	thirds [][4]uint64
}

type keyBits struct {
	key  string
	bits uint32
	// head is the key's first eight bytes as a little-endian word (its
	// bytes alone, mask keeping them, when it is shorter): most texts
	// that share a key's first pair part from it within a few bytes, and
	// one compare of words tells them without a string compare
	head, mask uint64
}

// Add adds bits to key's; it panics on an empty key or on more than 255
// distinct first pairs (program errors).
func (k *KeyBits) Add(key string, bits uint32) {
	switch len(key) {
	case 0:
		panic("rx: empty key")
	case 1:
		if k.single[key[0]] == 0 {
			k.singles = append(k.singles, key[0])
		}
		k.single[key[0]] |= bits
		return
	}
	p := uint16(key[0])<<8 | uint16(key[1])
	if k.bucket[p] == 0 {
		if len(k.lists) == 255 {
			panic("rx: more than 255 first pairs of keys")
		}
		k.lists = append(k.lists, nil)
		k.thirds = append(k.thirds, [4]uint64{})
		k.bucket[p] = uint8(len(k.lists))
	}
	addThird(&k.thirds[k.bucket[p]-1], key, 2)
	l := &k.lists[k.bucket[p]-1]
	for j := range *l {
		if (*l)[j].key == key {
			(*l)[j].bits |= bits
			return
		}
	}
	head, mask := keyHead(key)
	*l = append(*l, keyBits{key: key, bits: bits, head: head, mask: mask})
}

// keyHead is the first eight bytes of key as a little-endian word (its
// bytes alone when it is shorter) and the mask that keeps them.
func keyHead(key string) (head, mask uint64) {
	for j := 0; j < len(key) && j < 8; j++ {
		head |= uint64(key[j]) << (8 * j)
		mask |= 0xff << (8 * j)
	}
	return head, mask
}

// Hits returns the bits among want of the literals s holds; it stops
// reading once every bit of want is found. The pair of bytes looked up is
// carried from one byte to the next (one load a byte); a one-byte
// literal is looked for first, by strings.IndexByte (many bytes at a
// time), and only when some of its bits are wanted.
func (k *KeyBits) Hits(s string, want uint32) uint32 {
	var hit uint32
	if len(k.singles) > 0 {
		for _, c := range k.singles {
			if k.single[c]&want&^hit != 0 && strings.IndexByte(s, c) >= 0 {
				hit |= k.single[c]
			}
		}
		if hit&want == want {
			return want
		}
	}
	if len(s) < 2 {
		return hit & want
	}
	pair := uint16(s[0])
	for i := 1; i < len(s); i++ {
		pair = pair<<8 | uint16(s[i])
		if b := k.bucket[pair]; b != 0 {
			if i+1 < len(s) {
				if !hasThird(&k.thirds[b-1], s[i+1]) {
					continue // no literal of the list goes on with c
				}
			}
			if hit = k.listHits(s, i-1, b, want, hit); hit&want == want {
				return want
			}
		}
	}
	return hit & want
}

// listHits adds to hit the bits of the literals of list b that s holds at
// i (they start with the pair s[i:i+2]).
func (k *KeyBits) listHits(s string, i int, b uint8, want, hit uint32) uint32 {
	rest := s[i:]
	if len(rest) < 8 {
		for _, e := range k.lists[b-1] {
			if e.bits&want&^hit != 0 && len(rest) >= len(e.key) && rest[2:len(e.key)] == e.key[2:] {
				hit |= e.bits
			}
		}
		return hit
	}
	x := swar.Load64(rest, 0)
	for _, e := range k.lists[b-1] {
		if e.bits&want&^hit != 0 && x&e.mask == e.head && (len(e.key) <= 8 || len(rest) >= len(e.key) && rest[8:len(e.key)] == e.key[8:]) {
			hit |= e.bits
		}
	}
	return hit
}
