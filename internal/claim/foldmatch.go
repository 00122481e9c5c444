package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written readings of a few patterns that run once per figure on
// long spans of text (a sentence, the gap between a figure and a time):
// Go's backtracker pays for every position of the text even when the
// literal prefilter let it through, and these patterns are a literal
// after a comma, or words at word boundaries, so one pass with the
// literals compared under simple case folding answers them. Each says
// the pattern it reads; foldmatch_test.go checks both agree.

// foldLit is a literal compared as (?i) compares it: rune by rune under
// simple case folding (each rune held as foldRune of it).
type foldLit []rune

// foldLits makes the literals of words.
func foldLits(words ...string) []foldLit {
	out := make([]foldLit, len(words))
	for i, w := range words {
		for _, r := range w {
			out[i] = append(out[i], foldRune(r))
		}
	}
	return out
}

// at returns the end of l in s when s[i:] starts with it, else -1 (an
// invalid byte is read as utf8.RuneError, as regexp reads it).
func (l foldLit) at(s string, i int) int {
	for _, want := range l {
		if i >= len(s) {
			return -1
		}
		r, sz := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		if r != want && foldRune(r) != want {
			return -1
		}
		i += sz
	}
	return i
}

// reWordByte reports whether c is a byte of a word rune of \b (ASCII
// letters, digits and '_'; a byte outside ASCII belongs to no such rune).
func reWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// reBoundary is \b at byte i of s.
func reBoundary(s string, i int) bool {
	before := i > 0 && reWordByte(s[i-1])
	after := i < len(s) && reWordByte(s[i])
	return before != after
}

// clauseOpener reads `(?i)(,\s*(w1|w2|...)\s|;)`: a semicolon, or a comma,
// white space, one of the words and one white space rune.
type clauseOpener []foldLit

// in reports whether s holds a match.
func (o clauseOpener) in(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ';':
			return true
		case ',':
			j := i + 1
			for j < len(s) && reSpace(s[j]) {
				j++
			}
			for _, w := range o {
				if e := w.at(s, j); e >= 0 && e < len(s) && reSpace(s[e]) {
					return true
				}
			}
		}
	}
	return false
}

// coordClause: a coordinated clause opens between a time and a figure
// after it (a relative clause there describes the clause of the time).
// It reads `(?i)(,\s*(and|but|while|whereas|а|и|но|тогда как|і|й|та|але|тоді як)\s|;)`.
var coordClause = clauseOpener(foldLits("and", "but", "while", "whereas", "а", "и", "но", "тогда как", "і", "й", "та", "але", "тоді як"))

// nextClause: the words between a figure and a time after it open a new
// coordinated clause (", and", ", а", "; "). It reads `(?i)(,\s*(and|but|
// while|whereas|where|which|who|when|а|и|но|тогда как|где|когда|і|й|та|
// але|тоді як|де|коли)\s|;)`.
var nextClause = clauseOpener(foldLits("and", "but", "while", "whereas", "where", "which", "who", "when", "а", "и", "но", "тогда как",
	"где", "когда", "і", "й", "та", "але", "тоді як", "де", "коли"))

// boundedWords reads `(?i)\b<lead>(w1|w2|...)\b`: the lead literal at a
// word boundary, then one of the words ending at one.
type boundedWords struct {
	lead  foldLit
	words []foldLit
	// the bytes a rune folding to the lead's first may start with
	first *[256]bool
}

func newBoundedWords(lead string, words ...string) boundedWords {
	b := boundedWords{lead: foldLits(lead)[0], words: foldLits(words...), first: &[256]bool{}}
	r0 := b.lead[0]
	for r := unicode.SimpleFold(r0); ; r = unicode.SimpleFold(r) {
		if r < utf8.RuneSelf {
			b.first[r] = true
		} else {
			for c := 0xc0; c < 0x100; c++ {
				b.first[c] = true // any lead byte
			}
		}
		if r == r0 {
			break
		}
	}
	return b
}

// in reports whether s holds a match.
func (b boundedWords) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if !b.first[s[i]] || !reBoundary(s, i) {
			continue
		}
		e := b.lead.at(s, i)
		if e < 0 {
			continue
		}
		for _, w := range b.words {
			if we := w.at(s, e); we >= 0 && reBoundary(s, we) {
				return true
			}
		}
	}
	return false
}

// theRegion: the sentence refers to "the region" of a place named
// before. It reads `(?i)\bthe (region|region's|region’s|province|
// territory|island|city|krai|oblast)\b` ("region's" and "region’s" add no
// match: "region" ends at a boundary before their apostrophe).
var theRegion = newBoundedWords("the ", "region", "province", "territory", "island", "city", "krai", "oblast")

// stopSet finds the first (or last) of some ASCII bytes or of the dashes
// "—" and "–" in a text, as strings.IndexAny (LastIndexAny) of those
// would, byte by byte: an ASCII byte and a dash's lead byte (0xe2) are
// never inside another rune.
type stopSet [utf8.RuneSelf]bool

func newStopSet(ascii string) *stopSet {
	var t stopSet
	for i := 0; i < len(ascii); i++ {
		t[ascii[i]] = true
	}
	return &t
}

// dashAt reports whether a dash starts at byte i of s.
func dashAt(s string, i int) bool {
	return s[i] == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x94 || s[i+2] == 0x93)
}

// index is strings.IndexAny(s, ascii+"—–").
func (t *stopSet) index(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < utf8.RuneSelf && t[c] || c == 0xe2 && dashAt(s, i) {
			return i
		}
	}
	return -1
}

// last is strings.LastIndexAny(s, ascii+"—–").
func (t *stopSet) last(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if c := s[i]; c < utf8.RuneSelf && t[c] || c == 0xe2 && dashAt(s, i) {
			return i
		}
	}
	return -1
}

// endAt returns the start of l in s when s[:i] ends with it, else -1: the
// runes read back from i are those regexp reads forward, as each is valid
// (a literal holds no utf8.RuneError).
func (l foldLit) endAt(s string, i int) int {
	for k := len(l) - 1; k >= 0; k-- {
		if i <= 0 {
			return -1
		}
		r, sz := rune(s[i-1]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeLastRuneInString(s[:i])
		}
		if r != l[k] && foldRune(r) != l[k] {
			return -1
		}
		i -= sz
	}
	return i
}

// wordAtEnd reads `(?i)\b(w1|w2|...)(\s+(t1|t2|...))?$`: one of the words
// at a word boundary, ending the text or followed by white space and one
// of the tails that ends it. The words end with no white space, so before
// a tail one ends where the white space before the tail starts.
type wordAtEnd struct{ words, tails []foldLit }

// in reports whether s holds a match.
func (m wordAtEnd) in(s string) bool {
	if m.wordEndsAt(s, len(s)) {
		return true
	}
	for _, t := range m.tails {
		j := t.endAt(s, len(s))
		if j <= 0 || !reSpace(s[j-1]) {
			continue
		}
		for j > 0 && reSpace(s[j-1]) {
			j--
		}
		if m.wordEndsAt(s, j) {
			return true
		}
	}
	return false
}

// wordEndsAt reports whether one of the words ends at byte e of s and
// starts at a word boundary.
func (m wordAtEnd) wordEndsAt(s string, e int) bool {
	for _, w := range m.words {
		if a := w.endAt(s, e); a >= 0 && reBoundary(s, a) {
			return true
		}
	}
	return false
}

// wordThenWord reads `(?i)(?:^|[^\p{L}])(w1|w2|...)\s+([\p{L}-]+)`: one
// of the words at the start of the text or after a rune that is no
// letter, white space, and a run of letters and hyphens, which it returns
// (the second group), for the leftmost match. No word is a prefix of
// another, so at most one of them is there where a match may start; the
// white space is no letter, so the run is the longest one after it.
type wordThenWord struct {
	words []foldLit
	first *[256]bool // the bytes a word's first rune may start with
}

func newWordThenWord(words ...string) wordThenWord {
	m := wordThenWord{words: foldLits(words...)}
	m.first = firstBytes(m.words)
	return m
}

// firstBytes are the bytes the first rune of one of the literals may
// start with: the first bytes of every rune that folds with it.
func firstBytes(lits []foldLit) *[256]bool {
	first := &[256]bool{}
	for _, w := range lits {
		for r := unicode.SimpleFold(w[0]); ; r = unicode.SimpleFold(r) {
			var b [utf8.UTFMax]byte
			utf8.EncodeRune(b[:], r)
			first[b[0]] = true
			if r == w[0] {
				break
			}
		}
	}
	return first
}

// litAt returns the end of the first of lits that s holds at byte i, -1
// when none does.
func litAt(lits []foldLit, s string, i int) int {
	for _, l := range lits {
		if e := l.at(s, i); e >= 0 {
			return e
		}
	}
	return -1
}

// wordPair reads `(?i)\b(a1|a2|...)\s+(b1|b2|...)\b`: one of the first
// words at a word boundary, white space, and one of the second words
// ending at one.
type wordPair struct {
	firsts, seconds []foldLit
	first           *[256]bool
}

func newWordPair(firsts, seconds []string) wordPair {
	m := wordPair{firsts: foldLits(firsts...), seconds: foldLits(seconds...)}
	m.first = firstBytes(m.firsts)
	return m
}

// in reports whether s holds a match.
func (m wordPair) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if !m.first[s[i]] || !reBoundary(s, i) {
			continue
		}
		for _, a := range m.firsts {
			e := a.at(s, i)
			if e < 0 {
				continue
			}
			j := e
			for j < len(s) && reSpace(s[j]) {
				j++
			}
			if j == e {
				continue
			}
			for _, b := range m.seconds {
				if we := b.at(s, j); we >= 0 && reBoundary(s, we) {
					return true
				}
			}
		}
	}
	return false
}

// theirNumberWords: the subject of a change is the number of what was
// counted before ("their number", "its total", "the figure").
var theirNumberWords = newWordPair([]string{"their", "its", "this", "that", "the"},
	[]string{"number", "numbers", "total", "count", "figure", "headcount"})

// theirNumber reads `(?i)\b(their|its|this|that|the)\s+(number|numbers|
// total|count|figure|headcount)\b[^.;]*$`: the words of theirNumberWords
// with no period or semicolon after them. Neither is in the words, so a
// match lies after the last of them; and neither is a word byte, so a
// word boundary reads the same in that tail as in s.
func theirNumber(s string) bool {
	return theirNumberWords.in(s[strings.LastIndexAny(s, ".;")+1:])
}

// numberOfNouns are the nouns of "the number of", "the count of".
var numberOfNouns = foldLits("number", "numbers", "count", "tally")

// numberOfEnd is the end of the last match of `(?i)\b(?:total |overall
// |combined )?(?:number|numbers|count|tally) of\s` in s, -1 when none: a
// noun at a word boundary, " of" and a white space byte. A lead word ends
// with a space, so a noun after one is at a boundary too and the lead
// moves no match's end; matches end at white space, where no noun
// starts, so they do not overlap.
func numberOfEnd(s string) int {
	end := -1
	for i := 0; i < len(s); i++ {
		if !numberOfFirst[s[i]] || !reBoundary(s, i) {
			continue
		}
		for _, n := range numberOfNouns {
			if e := n.at(s, i); e >= 0 {
				if o := ofLit.at(s, e); o >= 0 && o < len(s) && reSpace(s[o]) {
					end = o + 1
					i = o
					break
				}
			}
		}
	}
	return end
}

var (
	numberOfFirst = firstBytes(numberOfNouns)
	ofLit         = foldLits(" of")[0]
)

// find returns the run of the leftmost match, ok false when none. It
// looks only at the bytes a word may start with; each is a rune's start
// (no continuation byte is one), and the rune before is read back as
// regexp reads it forward.
func (m wordThenWord) find(s string) (run string, ok bool) {
	for i := 0; i < len(s); i++ {
		if !m.first[s[i]] {
			continue
		}
		if i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(s[:i]); isLetterRune(r) {
				continue
			}
		}
		for _, w := range m.words {
			if e := w.at(s, i); e >= 0 {
				if run, ok := spaceThenRun(s, e); ok {
					return run, true
				}
				break
			}
		}
	}
	return "", false
}

// spaceThenRun reads `\s+([\p{L}-]+)` at byte i of s.
func spaceThenRun(s string, i int) (string, bool) {
	j := i
	for j < len(s) && reSpace(s[j]) {
		j++
	}
	if j == i {
		return "", false
	}
	k := j
	for k < len(s) {
		r, sz := runeAt(s, k)
		if r != '-' && !isLetterRune(r) {
			break
		}
		k += sz
	}
	return s[j:k], k > j
}

// isLetterRune is \p{L}: unicode.IsLetter, ASCII without the tables.
func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r|0x20 >= 'a' && r|0x20 <= 'z'
	}
	return unicode.IsLetter(r)
}

// eachWord: a figure for each member of a group ("$500 for each worker").
// It reads `(?i)(?:^|[^\p{L}])(each|every|per|каждая|каждый|каждое|
// каждой|кожна|кожен|кожне)\s+([\p{L}-]+)`.
var eachWord = newWordThenWord("each", "every", "per", "каждая", "каждый", "каждое", "каждой", "кожна", "кожен", "кожне")

// timeTailStart is the start of the match of `(?i)\s+(on\s+)?(monday|
// tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|
// last\s+\w+|earlier(\s+(this|in\s+the)\s+\w+)?|later|this\s+week|
// recently)$` in s, -1 when none: a time at the end of a phrase ("the
// ministry said on Monday"). A match runs to the end, so the leftmost is
// the one replacing it removes. Each way the words may end the text is
// read back from the end; white space before them, and "on" with white
// space before it, move the start back; the earliest start wins. A \w+
// is the run of word runes ending the text (white space before it is no
// word rune).
func timeTailStart(s string) int {
	best := -1
	take := func(c int) { // the time words start at c
		w := spaceRunStart(s, c)
		if w == c {
			return
		}
		if o := onLit.endAt(s, w); o >= 0 {
			if w1 := spaceRunStart(s, o); w1 < o {
				w = w1
			}
		}
		if best < 0 || w < best {
			best = w
		}
	}
	// wordsBefore is the start of lit ending where the white space
	// before byte i starts, -1 when there is none or no lit
	wordsBefore := func(lit foldLit, i int) int {
		sp := spaceRunStart(s, i)
		if sp == i {
			return -1
		}
		return lit.endAt(s, sp)
	}
	for _, w := range timeTailWords {
		if c := w.endAt(s, len(s)); c >= 0 {
			take(c)
		}
	}
	if c := weekLit.endAt(s, len(s)); c >= 0 {
		if t := wordsBefore(thisLit, c); t >= 0 {
			take(t) // this week
		}
	}
	if r := wordRunStart(s, len(s)); r < len(s) {
		if c := wordsBefore(lastLit, r); c >= 0 {
			take(c) // last \w+
		}
		if t := wordsBefore(thisLit, r); t >= 0 {
			if c := wordsBefore(earlierLit, t); c >= 0 {
				take(c) // earlier this \w+
			}
		}
		if t := wordsBefore(theLit, r); t >= 0 {
			if i := wordsBefore(inLit, t); i >= 0 {
				if c := wordsBefore(earlierLit, i); c >= 0 {
					take(c) // earlier in the \w+
				}
			}
		}
	}
	return best
}

var (
	timeTailWords = foldLits("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
		"earlier", "later", "recently")
	onLit, lastLit, earlierLit, thisLit, weekLit, inLit, theLit = foldLits("on")[0], foldLits("last")[0], foldLits("earlier")[0],
		foldLits("this")[0], foldLits("week")[0], foldLits("in")[0], foldLits("the")[0]
)

// spaceRunStart is the start of the run of \s bytes ending at byte i of s.
func spaceRunStart(s string, i int) int {
	for i > 0 && reSpace(s[i-1]) {
		i--
	}
	return i
}

// wordRunStart is the start of the run of runes of (?i)\w ending at byte
// i of s: ASCII letters, digits and '_', and the Kelvin sign and long s,
// which fold with "k" and "s".
func wordRunStart(s string, i int) int {
	for i > 0 {
		if c := s[i-1]; c < utf8.RuneSelf {
			if !reWordByte(c) {
				break
			}
			i--
			continue
		}
		r, sz := utf8.DecodeLastRuneInString(s[:i])
		if r != '\u212a' && r != '\u017f' {
			break
		}
		i -= sz
	}
	return i
}

// partitiveAfter reads `(?i)^\s*(of them|of those|of these|of whom|из
// них|з них|із них)\b\s*(.*)$` ("of them in construction" after a
// figure), returning the second group. \b is ASCII's (after a Cyrillic
// phrase it needs an ASCII word byte), and (.*)$ takes the rest after
// the white space, which must hold no line break.
func partitiveAfter(s string) (string, bool) {
	i := 0
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	e := litAt(partitivePhrases, s, i)
	if e < 0 || !reBoundary(s, e) {
		return "", false
	}
	for e < len(s) && reSpace(s[e]) {
		e++
	}
	if strings.IndexByte(s[e:], '\n') >= 0 {
		return "", false
	}
	return s[e:], true
}

var partitivePhrases = foldLits("of them", "of those", "of these", "of whom", "из них", "з них", "із них")

// numberAt reads `(?i)\b(?:number|figure|total|toll|tally|count|estimate|
// it|them)\s+at\s*$` ("put the number at"), back from the end.
func numberAt(s string) bool {
	a := atLit.endAt(s, spaceRunStart(s, len(s)))
	if a < 0 {
		return false
	}
	sp := spaceRunStart(s, a)
	if sp == a {
		return false
	}
	for _, w := range numberAtWords {
		if b := w.endAt(s, sp); b >= 0 && reBoundary(s, b) {
			return true
		}
	}
	return false
}

var (
	atLit         = foldLits("at")[0]
	numberAtWords = foldLits("number", "figure", "total", "toll", "tally", "count", "estimate", "it", "them")
)

// comparedWith reads `(?i)(compared with|compared to|compares with|compare
// with|against|versus|up from|down from|по сравнению с|против|порівняно
// з|проти)\s*(just|only|some|about|around|roughly|лишь|всего|лише)?$`
// ("compared with 6,263", "That compares with 300", "против 1117",
// "порівняно з 300" before a figure), back from the end: the phrase (at no
// word boundary) and white space, with a hedge after them or none.
func comparedWith(s string) bool {
	if litEndsAt(comparedPhrases, s, spaceRunStart(s, len(s))) {
		return true
	}
	for _, h := range comparedHedges {
		if j := h.endAt(s, len(s)); j >= 0 && litEndsAt(comparedPhrases, s, spaceRunStart(s, j)) {
			return true
		}
	}
	return false
}

// litEndsAt reports whether one of lits ends at byte i of s.
func litEndsAt(lits []foldLit, s string, i int) bool {
	for _, l := range lits {
		if l.endAt(s, i) >= 0 {
			return true
		}
	}
	return false
}

var (
	comparedPhrases = foldLits("compared with", "compared to", "compares with", "compare with", "against", "versus", "up from", "down from",
		"по сравнению с", "против", "порівняно з", "проти")
	comparedHedges = foldLits("just", "only", "some", "about", "around", "roughly", "лишь", "всего", "лише")
)

// ratioBase reads `(?i)\b(times|fold|double|triple|twice)\s+(the|its|
// their|that)\s+[\p{L}]+(\s+(in|of|for|during))?$` ("12 times the number
// in", "double the level of": a time after it dates the base of the
// comparison), back from the end: with the tail or without it, the run of
// letters ending there (a run after white space is the whole run of
// letters), white space, the determiner, white space and the ratio word
// at a word boundary.
func ratioBase(s string) bool {
	if ratioBaseAt(s, len(s)) {
		return true
	}
	for _, t := range ratioBaseTails {
		if j := t.endAt(s, len(s)); j >= 0 {
			if sp := spaceRunStart(s, j); sp < j && ratioBaseAt(s, sp) {
				return true
			}
		}
	}
	return false
}

// ratioBaseAt reads the pattern of ratioBase up to its letters, ending
// at byte e of s.
func ratioBaseAt(s string, e int) bool {
	l := foldLetterRunStart(s, e)
	if l == e {
		return false
	}
	sp := spaceRunStart(s, l)
	if sp == l {
		return false
	}
	for _, d := range ratioBaseDets {
		d0 := d.endAt(s, sp)
		if d0 < 0 {
			continue
		}
		sp2 := spaceRunStart(s, d0)
		if sp2 == d0 {
			continue
		}
		for _, w := range ratioBaseWords {
			if a := w.endAt(s, sp2); a >= 0 && reBoundary(s, a) {
				return true
			}
		}
	}
	return false
}

var (
	ratioBaseWords = foldLits("times", "fold", "double", "triple", "twice")
	ratioBaseDets  = foldLits("the", "its", "their", "that")
	ratioBaseTails = foldLits("in", "of", "for", "during")
)

// foldLetterRunStart is the start of the run of runes of (?i)[\p{L}]
// ending at byte e of s: the letters, and U+0345, the one rune that is no
// letter but folds with one (ι).
func foldLetterRunStart(s string, e int) int {
	for e > 0 {
		r, sz := rune(s[e-1]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeLastRuneInString(s[:e])
		}
		if !isLetterRune(r) && r != '\u0345' {
			break
		}
		e -= sz
	}
	return e
}
