package claim

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sort"
	"sync"
	"unicode/utf8"
)

// filteredRE is a regular expression with a test put before it: the
// literals one of which every match holds (worked out from the pattern),
// looked for in one pass over the text. Most sentences hold none of a
// rule's words, and Go's backtracker pays for the whole text even when
// the pattern fails at every position; the test answers those at once.
// A pattern with no such literals (one that may match a class of runes
// alone) is run as it is.
type filteredRE struct {
	expr string
	// setup works out the tests at the first text, once compiles the
	// regexp at the first text they let through
	setup, once sync.Once
	re          *regexp.Regexp
	// the tests, each of literals one of which every match holds (of
	// different parts of the pattern: "the" and one of "region",
	// "province", ... for `\bthe (region|province|...)\b`), the most
	// selective first; none: no test
	filters []*needles
	// head: the pattern is anchored at the text's start (or, tail, at
	// its end), with only white space (\s*) allowed before (after) one
	// of these literals: looked for there alone, before the filters
	head, tail *anchored
}

// anchored is the test of a pattern anchored at one end of the text: one
// of lits at that end, past the white space there when spaces is set.
type anchored struct {
	lits   *needles
	spaces bool
}

// allFiltered are the package's filtered patterns, for the tests.
var allFiltered []*filteredRE

// mustFiltered returns expr with its test. Nothing is parsed before the
// pattern's first use (the parse and compilation of a process's patterns
// were a sixth of its start, and a pattern whose test turns every text
// away is never compiled); a pattern regexp refuses panics there, as
// regexp.MustCompile does, and at checkFiltered.
func mustFiltered(expr string) *filteredRE {
	f := &filteredRE{expr: expr}
	allFiltered = append(allFiltered, f)
	return f
}

// prepare works out the pattern's tests, once: from filterTable, the
// tests of the package's patterns worked out before (go generate), or
// else from the parsed pattern (a parse is most of a pattern's tests'
// cost, 0.5 ms a process for the package's patterns).
func (f *filteredRE) prepare() {
	f.setup.Do(func() {
		spec, ok := filterTable[f.expr]
		if !ok {
			var err error
			if spec, err = specOf(f.expr); err != nil {
				f.Regexp() // panics as regexp.MustCompile does
				return
			}
		}
		for _, ls := range spec.filters {
			f.filters = append(f.filters, newNeedles(specLits(ls)))
		}
		f.head, f.tail = spec.head.test(), spec.tail.test()
	})
}

// filterSpec is what prepare makes a filtered pattern's tests of: the
// literal sets of its filters and of its anchored ends (nil: none).
type filterSpec struct {
	filters    [][]litSpec
	head, tail *anchoredSpec
}

// litSpec is a lit written as a string (its runes are valid: regexp's).
type litSpec struct {
	s    string
	fold bool
}

// anchoredSpec is an anchored test's literals and spaces.
type anchoredSpec struct {
	lits   []litSpec
	spaces bool
}

// specOf works out the tests of pattern expr from its parse.
func specOf(expr string) (filterSpec, error) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return filterSpec{}, err
	}
	var spec filterSpec
	for _, lits := range requiredSets(re) {
		spec.filters = append(spec.filters, litSpecs(lits))
	}
	spec.head, spec.tail = anchoredTest(re, false), anchoredTest(re, true)
	return spec, nil
}

// litSpecs writes literals as strings.
func litSpecs(ls []lit) []litSpec {
	out := make([]litSpec, len(ls))
	for i, l := range ls {
		out[i] = litSpec{string(l.runes), l.fold}
	}
	return out
}

// specLits reads literals written as strings.
func specLits(ls []litSpec) []lit {
	out := make([]lit, len(ls))
	for i, l := range ls {
		out[i] = lit{[]rune(l.s), l.fold}
	}
	return out
}

// test is the anchored test of a, nil for none.
func (a *anchoredSpec) test() *anchored {
	if a == nil {
		return nil
	}
	return &anchored{lits: newNeedles(specLits(a.lits)), spaces: a.spaces}
}

// Regexp returns the compiled pattern, compiling it at the first call.
func (f *filteredRE) Regexp() *regexp.Regexp {
	f.once.Do(func() { f.re = regexp.MustCompile(f.expr) })
	return f.re
}

// String is the pattern's source text.
func (f *filteredRE) String() string { return f.expr }

// anchoredTest returns the test of a concatenation starting with ^ (or,
// at the end, ending with $), an optional \s* and a part every match of
// which starts (ends) with one of some literals; nil for other patterns.
func anchoredTest(re *syntax.Regexp, end bool) *anchoredSpec {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return nil
	}
	subs := slices.Clone(re.Sub)
	if end {
		slices.Reverse(subs)
	}
	if want := map[bool]syntax.Op{false: syntax.OpBeginText, true: syntax.OpEndText}[end]; subs[0].Op != want {
		return nil
	}
	subs = subs[1:]
	a := &anchoredSpec{}
	if len(subs) > 1 && subs[0].Op == syntax.OpStar && isSpaceClass(subs[0].Sub[0]) {
		a.spaces, subs = true, subs[1:]
	}
	ls, ok := edgeLits(subs[0], end)
	if !ok {
		return nil
	}
	a.lits = litSpecs(ls)
	return a
}

// isSpaceClass reports whether re is \s.
func isSpaceClass(re *syntax.Regexp) bool {
	return re.Op == syntax.OpCharClass && slices.Equal(re.Rune, []rune{'\t', '\n', '\f', '\r', ' ', ' '})
}

// edgeLits returns literals one of which every match of re starts with
// (ends with, when end is set), or false when there are none.
func edgeLits(re *syntax.Regexp, end bool) ([]lit, bool) {
	if end {
		return litsOf(re, lastPart)
	}
	return litsOf(re, firstPart)
}

// at reports whether s starts (ends, when end is set) with one of the
// literals, past the white space there when a.spaces is set.
func (a *anchored) at(s string, end bool) bool {
	for a.spaces && s != "" && end && reSpace(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	for a.spaces && s != "" && !end && reSpace(s[0]) {
		s = s[1:]
	}
	for k := range a.lits.lits {
		if end && a.lits.endsAt(s, len(s), k) || !end && a.lits.at(s, 0, k) {
			return true
		}
	}
	return false
}

// maxFilters is the most tests a pattern gets: each further one is a pass
// over the text that the ones before let through.
const maxFilters = 3

// requiredSets returns sets of literals such that every match of re holds
// one literal of each: the sets of requiredLits for the parts of a
// concatenation, the most selective first (longest shortest literal,
// then fewest literals), at most maxFilters, a set after the first only
// when its literals are at least 3 runes long.
func requiredSets(re *syntax.Regexp) [][]lit {
	sets := partSets(re)
	shortest := func(ls []lit) int {
		n := 1 << 30
		for _, l := range ls {
			n = min(n, len(l.runes))
		}
		return n
	}
	sort.SliceStable(sets, func(i, j int) bool {
		si, sj := shortest(sets[i]), shortest(sets[j])
		return si > sj || si == sj && len(sets[i]) < len(sets[j])
	})
	out := sets[:0]
	for i, ls := range sets {
		if i == 0 || len(out) < maxFilters && shortest(ls) >= 3 {
			out = append(out, ls)
		}
	}
	return out
}

// partSets returns the literal sets of re's required parts: each part of
// a concatenation (and of a concatenation inside a capture or a repeat
// that must happen) by itself, any other node whole (requiredLits).
func partSets(re *syntax.Regexp) [][]lit {
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		return partSets(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return partSets(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		var out [][]lit
		for _, sub := range re.Sub {
			out = append(out, partSets(sub)...)
		}
		return out
	}
	if ls, ok := requiredLits(re); ok && len(ls) > 0 {
		return [][]lit{ls}
	}
	return nil
}

// may reports whether the pattern may match s: false only when s holds
// none of the literals of one of its tests.
func (f *filteredRE) may(s string) bool {
	f.prepare()
	if f.head != nil && !f.head.at(s, false) || f.tail != nil && !f.tail.at(s, true) {
		return false
	}
	for _, n := range f.filters {
		if !n.in(s) {
			return false
		}
	}
	return true
}

func (f *filteredRE) MatchString(s string) bool { return f.may(s) && f.Regexp().MatchString(s) }

func (f *filteredRE) FindString(s string) string {
	if !f.may(s) {
		return ""
	}
	return f.Regexp().FindString(s)
}

func (f *filteredRE) FindStringIndex(s string) []int {
	if !f.may(s) {
		return nil
	}
	return f.Regexp().FindStringIndex(s)
}

func (f *filteredRE) FindStringSubmatch(s string) []string {
	if !f.may(s) {
		return nil
	}
	return f.Regexp().FindStringSubmatch(s)
}

func (f *filteredRE) FindStringSubmatchIndex(s string) []int {
	if !f.may(s) {
		return nil
	}
	return f.Regexp().FindStringSubmatchIndex(s)
}

func (f *filteredRE) FindAllStringIndex(s string, n int) [][]int {
	if !f.may(s) {
		return nil
	}
	return f.Regexp().FindAllStringIndex(s, n)
}

func (f *filteredRE) ReplaceAllString(src, repl string) string {
	if !f.may(src) {
		return src // what regexp returns when nothing matches
	}
	return f.Regexp().ReplaceAllString(src, repl)
}

// lit is a literal of a pattern: its runes, compared under simple case
// folding when fold is set.
type lit struct {
	runes []rune
	fold  bool
}

// requiredLits returns literals one of which every match of re holds,
// or false when re may match without any (an empty match, a class, a
// starred or optional part alone).
func requiredLits(re *syntax.Regexp) ([]lit, bool) { return litsOf(re, anyPart) }

// litMode says which part of a concatenation litsOf reads literals from.
type litMode int

const (
	anyPart   litMode = iota // the most selective part: every match holds one
	firstPart                // the first part: every match starts with one
	lastPart                 // the last part: every match ends with one
)

// litsOf returns literals one of which every match of re holds where mode
// says, or false when there are none.
func litsOf(re *syntax.Regexp, mode litMode) ([]lit, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, false
		}
		return []lit{{runes: re.Rune, fold: re.Flags&syntax.FoldCase != 0}}, true
	case syntax.OpCapture, syntax.OpPlus:
		return litsOf(re.Sub[0], mode)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return litsOf(re.Sub[0], mode)
		}
	case syntax.OpConcat:
		switch {
		case len(re.Sub) == 0:
		case mode == firstPart:
			return litsOf(re.Sub[0], mode)
		case mode == lastPart:
			return litsOf(re.Sub[len(re.Sub)-1], mode)
		default:
			return mostSelective(re.Sub)
		}
	case syntax.OpAlternate:
		var out []lit
		for _, sub := range re.Sub {
			ls, ok := litsOf(sub, mode)
			if !ok {
				return nil, false
			}
			out = append(out, ls...)
		}
		return out, true
	}
	return nil, false
}

// mostSelective returns the required literals of the part of a
// concatenation whose shortest literal is longest (any part's would do;
// that one is the most selective test), or false when no part has any.
func mostSelective(subs []*syntax.Regexp) ([]lit, bool) {
	var best []lit
	bestLen := 0
	for _, sub := range subs {
		ls, ok := litsOf(sub, anyPart)
		if !ok {
			continue
		}
		short := 1 << 30
		for _, l := range ls {
			short = min(short, len(l.runes))
		}
		if short > bestLen || short == bestLen && len(ls) < len(best) {
			best, bestLen = ls, short
		}
	}
	return best, best != nil
}

// needles finds whether a text holds one of a few literals, in one pass:
// at each rune, only the literals starting with it are tried.
type needles struct {
	lits []lit // folded runes (foldRune) where fold is set
	// the literals starting with each rune: by its fold for folded ones,
	// as written for the others; an ASCII rune's are starts[asciiFold[r]]
	// and starts[asciiExact[r]] (starts[0] is none): two bytes a rune,
	// not a slice's 24 (the package's needles are some 40 of these tables)
	asciiFold, asciiExact [utf8.RuneSelf]uint16
	starts                [][]int
	fold, exact           map[rune][]int
	// asciiStart: the ASCII bytes some literal may start at (as written,
	// or folding to a folded literal's first rune)
	asciiStart [utf8.RuneSelf]bool
	// skip: the bytes no literal may start at, ASCII bytes asciiStart
	// does not mark (a table of every byte: in steps over them in a loop
	// of two instructions a byte)
	skip [256]bool
	// next: for such a byte, the ASCII bytes after it that some literal
	// starting there may go on with (any, for a literal of one rune):
	// most starts are turned away by a bit test, not by reading each
	// literal (see at)
	next [utf8.RuneSelf]byteSet
}

// byteSet is a set of ASCII bytes.
type byteSet [2]uint64

func (b *byteSet) add(c byte)      { b[c>>6] |= 1 << (c & 63) }
func (b *byteSet) has(c byte) bool { return b[c>>6]&(1<<(c&63)) != 0 }
func (b *byteSet) join(o byteSet)  { b[0] |= o[0]; b[1] |= o[1] }

// starting returns the literals starting with the rune r as in reads it:
// those whose first rune is r's fold, folded, or r, as written.
func (n *needles) starting(r rune) (fk, ek []int) {
	if fr := foldRune(r); fr < utf8.RuneSelf {
		fk = n.starts[n.asciiFold[fr]]
	} else if len(n.fold) > 0 {
		fk = n.fold[fr]
	}
	if r < utf8.RuneSelf {
		ek = n.starts[n.asciiExact[r]]
	} else if len(n.exact) > 0 {
		ek = n.exact[r]
	}
	return fk, ek
}

// secondRuneMay reports whether literal k may go on with the rune r
// after its first (at reads r so).
func (n *needles) secondRuneMay(k int, r rune) bool {
	l := n.lits[k]
	if len(l.runes) < 2 {
		return true
	}
	if l.fold {
		r = foldRune(r)
	}
	return r == l.runes[1]
}

// setNext fills n.next from the literals: each literal's second-byte set is
// found once, then joined into the sets of the bytes it may start at.
func (n *needles) setNext() {
	second := make([]byteSet, len(n.lits))
	for k := range n.lits {
		for d := range utf8.RuneSelf {
			if n.secondRuneMay(k, rune(d)) {
				second[k].add(byte(d))
			}
		}
	}
	for c := range utf8.RuneSelf {
		fk, ek := n.starting(rune(c))
		for _, k := range fk {
			n.next[c].join(second[k])
		}
		for _, k := range ek {
			n.next[c].join(second[k])
		}
	}
}

// literalNeedles returns the needles of words as written (no case
// folding; none empty): in reports whether a text holds one, as
// strings.Contains of each word does, in one pass over the text.
func literalNeedles(words []string) *needles {
	ls := make([]lit, len(words))
	for i, w := range words {
		ls[i] = lit{runes: []rune(w)}
	}
	return newNeedles(ls)
}

func newNeedles(ls []lit) *needles {
	n := &needles{fold: map[rune][]int{}, exact: map[rune][]int{}}
	var asciiFold, asciiExact [utf8.RuneSelf][]int // made here, kept as indices into starts
	for _, l := range ls {
		rs := append([]rune(nil), l.runes...)
		if l.fold {
			for i, r := range rs {
				rs[i] = foldRune(r)
			}
		}
		k := len(n.lits)
		n.lits = append(n.lits, lit{runes: rs, fold: l.fold})
		switch r := rs[0]; {
		case l.fold && r < utf8.RuneSelf:
			asciiFold[r] = append(asciiFold[r], k)
		case l.fold:
			n.fold[r] = append(n.fold[r], k)
		case r < utf8.RuneSelf:
			asciiExact[r] = append(asciiExact[r], k)
		default:
			n.exact[r] = append(n.exact[r], k)
		}
	}
	n.starts = [][]int{nil}
	for c := range utf8.RuneSelf {
		if len(asciiFold[c]) > 0 {
			n.asciiFold[c], n.starts = uint16(len(n.starts)), append(n.starts, asciiFold[c])
		}
		if len(asciiExact[c]) > 0 {
			n.asciiExact[c], n.starts = uint16(len(n.starts)), append(n.starts, asciiExact[c])
		}
	}
	for c := rune(0); c < utf8.RuneSelf; c++ {
		n.asciiStart[c] = len(asciiExact[c]) > 0 || foldRune(c) < utf8.RuneSelf && len(asciiFold[foldRune(c)]) > 0
		n.skip[c] = !n.asciiStart[c]
	}
	n.setNext()
	return n
}

// in reports whether s holds one of the literals.
func (n *needles) in(s string) bool {
	skip := &n.skip
	for i := 0; i < len(s); {
		// most bytes start no literal
		rest := s[i:]
		j := 0
		for j < len(rest) && skip[rest[j]] {
			j++
		}
		if j == len(rest) {
			break
		}
		i += j
		if c := s[i]; c < utf8.RuneSelf && i+1 < len(s) && s[i+1] < utf8.RuneSelf && !n.next[c].has(s[i+1]) {
			i++ // nor go on as a literal starting there does
			continue
		}
		r, sz := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		fk, ek := n.starting(r)
		for _, k := range fk {
			if n.at(s, i, k) {
				return true
			}
		}
		for _, k := range ek {
			if n.at(s, i, k) {
				return true
			}
		}
		i += sz
	}
	return false
}

// at reports whether literal k occurs in s at byte i.
func (n *needles) at(s string, i, k int) bool {
	l := n.lits[k]
	for _, want := range l.runes {
		if i >= len(s) {
			return false
		}
		r, sz := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		if l.fold {
			r = foldRune(r)
		}
		if r != want {
			return false
		}
		i += sz
	}
	return true
}

// endsAt reports whether literal k occurs in s ending at byte j.
func (n *needles) endsAt(s string, j, k int) bool {
	l := n.lits[k]
	for w := len(l.runes) - 1; w >= 0; w-- {
		if j <= 0 {
			return false
		}
		r, sz := rune(s[j-1]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeLastRuneInString(s[:j])
		}
		if l.fold {
			r = foldRune(r)
		}
		if r != l.runes[w] {
			return false
		}
		j -= sz
	}
	return true
}
