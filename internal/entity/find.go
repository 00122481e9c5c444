// Package entity finds names of people, organisations, places and other
// things (laws, events) in clean news text, with types and byte spans, and
// resolves the variants of one name within an article (acronyms defined in
// parentheses, alternative spellings, surnames, descriptors such as "South
// Korea's spy agency", capitals standing for their state) and across
// articles (Key: a canonical, romanisation-folded key). It also finds
// references to UN Security Council resolutions and their paragraphs.
//
// It is rule based, pure and offline: capitalisation and context rules,
// title and role words, and built-in lists of countries (with demonyms and
// capitals), places, international bodies, agencies and news outlets. Every
// mention says which rule found it and which rule linked it (Mention.Rule,
// Entity.Links). Photo credits, bylines and site notices are reported as
// MISC mentions with Rule "credit" or "boilerplate" and no entity, so they
// are never taken for actors.
package entity

import (
	"context"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// Result is what Find returns.
type Result struct {
	Mentions  []doc.Mention  `json:"mentions"`
	Entities  []doc.Entity   `json:"entities"`
	LegalRefs []doc.LegalRef `json:"legal_refs"`
}

type mention struct {
	s, e    int // byte span
	ti, tj  int // token range
	typ     string
	rule    string
	canon   string
	kind    string
	country string
	prio    int // how good canon is as an entity name
	credit  bool
	link    string
	alts    []gazEntry // other listed bodies the same words name ("Совбез"): chosen by the article
	mods    []string   // a description's modifiers that must be words of its name
	nrm     string     // normWord of the text, once propagate has run
}

type finder struct {
	text     string
	toks     []token
	credit   []creditMark // per token: the credit it is a word of, if any
	lineRule map[int32]string
	ms       []mention
	spans    map[uint64]bool  // mention spans, start<<32 | end
	seen     *tk.WordBits     // wordSeen bits of each word's normal form (survey)
	covered  []bool           // tokens of a mention found before chunks (cyrPhrases)
	anyCyr   bool             // a word is in Cyrillic (survey): else cyrPhrases has nothing to read
	roles    map[int][]string // roles a description gave a person, by the person mention's start
	// mentions by first token (built by describe): the first mention of
	// token k is tiFirst[k], the one after mention x is tiNext[x], -1 ends
	tiFirst, tiNext []int32
	sentCum         []int32        // per token: sentence ends before it (sentencesBetween)
	headlines       map[int32]bool // headlineLine's answers by line
	// per mention, while descriptions are resolved: lower-cased canonical
	// name and text, and the role words written beside it
	lowerNames []string
	nameRoles  [][]string
	rolesRead  []bool
	sc         *scratch
	gazAns     []uint32 // per token: 0 unknown, else gazAt's answer (packGaz)
	ctx        context.Context
	err        error // ctx's error once it is done
	done       bool  // err is set
}

// Find returns the names, entities and legal references in text. Offsets
// are byte offsets into text.
func Find(text string) Result {
	r, _ := FindContext(context.Background(), text)
	return r
}

// FindContext is Find that stops when ctx is done: it checks ctx between
// its passes and every few thousand tokens within them, and then returns
// the mentions found so far, unresolved (no entities, no legal
// references), with ctx's error.
func FindContext(ctx context.Context, text string) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	st := tk.Get(text)
	defer tk.Put(st)
	return FindStream(ctx, st)
}

// FindStream is FindContext on a text already split into the shared token
// stream (the pipeline splits each article once for every annotator). It
// does not change st.
func FindStream(ctx context.Context, st *tk.Stream) (Result, error) {
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	load()
	text := st.Text
	sc := getScratch()
	defer sc.release()
	f := &finder{text: text, ctx: ctx, roles: map[int][]string{}, sc: sc}
	defer func() { sc.ms, sc.msUsed = f.ms, max(sc.msUsed, len(f.ms)) }() // the mentions' array is kept too (before release)
	sc.toks = tokensUntil(sc.toks, st, f.stopped)
	if f.stopped(0) {
		return Result{}, f.err
	}
	sc.toks = splitCompoundsInPlace(text, sc.toks)
	f.toks = sc.toks
	f.covered = sc.bools(len(f.toks))
	f.credit = sc.creditMarks(len(f.toks))
	for _, pass := range []func(){f.survey, f.markCredits, f.cyrPhrases, f.chunks, f.descriptors, f.describe, f.creditLines, f.propagate} {
		if f.stopped(0) {
			return f.partial(), f.err
		}
		pass()
	}
	if f.stopped(0) {
		return f.partial(), f.err
	}
	ents := f.resolve()
	refs := findLegal(text, f.stopped)
	if f.stopped(0) {
		return f.partial(), f.err
	}
	return Result{Mentions: ents.mentions, Entities: ents.entities, LegalRefs: append(refs, findLegalCyr(text)...)}, nil
}

// stopped reports whether the context is done, checking it when i is a
// multiple of 4096 (so a loop can call it on every token). Only those
// checks answer: every loop that calls it starts at a multiple (or with
// the context not yet done) and returns at its first true, and no loop's
// body calls another that asks, so a done context is always first seen
// at a multiple; the test of i comes first, the one a loop pays per token.
func (f *finder) stopped(i int) bool {
	return i&4095 == 0 && (f.done || f.askContext())
}

// askContext is stopped's call to the context, apart so that stopped is
// inlined in the passes' loops.
func (f *finder) askContext() bool {
	if f.ctx != nil && f.err == nil {
		f.err = f.ctx.Err()
	}
	f.done = f.err != nil
	return f.done
}

// partial returns the mentions found so far, in text order, without
// resolving them.
func (f *finder) partial() Result {
	sortMentions(f.ms)
	var r Result
	for _, m := range f.ms {
		if m.kind == "description" {
			continue
		}
		r.Mentions = append(r.Mentions, doc.Mention{Start: m.s, End: m.e, Text: f.text[m.s:m.e], Type: m.typ, Rule: m.rule})
	}
	return r
}

// splitCompounds splits a hyphenated word whose parts are listed names
// ("Korea-Russia", "AFP-Yonhap") unless the whole word is listed; toks
// is not written (the split tokens are a new array).
func splitCompounds(text string, toks []token) []token {
	return splitCompoundsInPlace(text, slices.Clip(toks))
}

// splitCompoundsInPlace is splitCompounds written in toks's own array
// when it has room for the parts (the finder's array has room for every
// atom, and a split word is three atoms or more), else into a new array;
// when no word splits (most texts) it is toks, untouched. The words that
// split are found first, all of them, reading toks as it is (a word
// splits by its neighbour too); then the tokens after each, from the
// last, move on by two for every split word before them, and the word's
// three parts take its place.
func splitCompoundsInPlace(text string, toks []token) []token {
	var ab [8]int
	at := compoundsAt(ab[:0], text, toks) // the tokens that split, in order
	if len(at) == 0 {
		return toks
	}
	n := len(toks) + 2*len(at)
	out := toks[:cap(toks)]
	if len(out) < n {
		out = make([]token, n+16)
		copy(out, toks[:at[0]]) // the tokens before the first split, moved by none
	}
	out = out[:n]
	end := len(toks) // the tokens before end are not yet moved
	for k := len(at) - 1; k >= 0; k-- {
		i := at[k]
		copy(out[i+1+2*(k+1):], toks[i+1:end]) // (overlapping: copy moves them as memmove does)
		parts := compoundParts(&toks[i])
		copy(out[i+2*k:], parts[:])
		end = i
	}
	return out
}

// compoundsAt appends to at the index of every token of text that
// splitsCompound splits, in order. It asks only the tokens holding a
// hyphen of text, found by strings.IndexByte (a vector search; one byte
// in a few hundred is a hyphen), each token by a binary search of the
// spans from the last one found.
func compoundsAt(at []int, text string, toks []token) []int {
	from := 0 // the tokens before it are asked already
	for p := 0; from < len(toks); {
		q := strings.IndexByte(text[p:], '-')
		if q < 0 {
			break
		}
		p += q
		// the first token ending after the hyphen, in toks[from:]
		lo, hi := from, len(toks)
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); int(toks[m].end()) <= p {
				lo = m + 1
			} else {
				hi = m
			}
		}
		if lo == len(toks) {
			break
		}
		if t := &toks[lo]; int(t.s) > p {
			p++ // between tokens: no token holds it
			continue
		}
		// splitsCompound's first tests, read here without the call (a
		// word under five bytes has no two parts of two: not asked)
		if t := &toks[lo]; t.cap() && t.kind == kWord && len(t.text) >= 5 && splitsCompound(toks, lo) {
			at = append(at, lo)
		}
		p, from = int(toks[lo].end()), lo+1 // the token's other hyphens are its own
	}
	return at
}

// compoundParts are the three tokens of a split compound t: its two words
// and the hyphen.
func compoundParts(t *token) [3]token {
	p0, p1, _ := strings.Cut(t.text, "-")
	mid := t.s + int32(len(p0))
	parts := [3]token{
		{s: t.s, text: p0, kind: kWord},
		{s: mid, text: "-", kind: kPunct},
		{s: mid + 1, text: p1, kind: kWord},
	}
	for k := range parts {
		sub := &parts[k]
		sub.line, sub.place = t.line, t.place&pHeadline
		if k == 0 {
			sub.place = t.place
		}
		sub.nrm = normWord(sub.text)
		sub.cls = classOf(sub.nrm)
		if sub.kind == kWord {
			sub.flags |= fCap | t.flags&(fLatin|fCyr)
			sub.setFlag(fAllCaps, strings.ToUpper(sub.text) == sub.text && len(sub.text) >= 2)
		}
	}
	return parts
}

// splitsCompound reports whether splitCompounds splits token i.
func splitsCompound(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != kWord || !t.cap() || strings.IndexByte(t.text, '-') < 0 {
		return false
	}
	if gazOf(toks[i:i+1]) != nil || i > 0 && (gazOf(toks[i-1:i+1]) != nil || isGazPrefix(toks[i-1:i+1])) {
		return false
	}
	p0, p1, ok := strings.Cut(t.text, "-")
	if !ok || strings.IndexByte(p1, '-') >= 0 || len(p0) < 2 || len(p1) < 2 {
		return false
	}
	_, a := gaz[normWord(p0)]
	_, b := gaz[normWord(p1)]
	return (a || b || gazPrefix[normWord(p0)]) && p1[0] >= 'A' && p1[0] <= 'Z'
}

// survey records which words the text writes in lower case and which it
// capitalises in mid-sentence: evidence for sentence-initial words.
func (f *finder) survey() {
	// one map of the words' uses (wordSeen bits), kept from article to
	// article; seenLower is asked only about words at a sentence start or
	// in a headline (weakStart): it records only their lower-case uses.
	// Only the capitalised and starting words are put in it, a few
	// hundred in the longest article (one in 15 to 90 tokens in the
	// Wikinews sample, more only in very short texts): room for one in 16
	// tokens, grown when a text puts more (a quarter, as it was, made the
	// longest article's table of 16,384 slots for 339 words)
	f.seen = f.sc.seenTable(len(f.toks) / 16)
	// by startIndex, the distinct starting words not yet seen in lower
	// case: a lower-case word whose count is 0 is none of them (nor a
	// starting word seen in lower case already), and is not looked up
	startWords := sized(&f.sc.startWords, 4096)
	caps := 0
	toks := f.toks // a local: the calls below would make f.toks be read again per token
	// the words' flags or'ed: a Cyrillic word's fCyr
	var words wordFlags
	defer func() { f.anyCyr = words&fCyr != 0 }()
	for x := range toks {
		if f.stopped(x) {
			return
		}
		t := &toks[x]
		if t.kind != kWord {
			continue
		}
		words |= t.flags
		if t.cap() {
			caps++
		}
		switch {
		case t.sentStart() || t.headline():
			if f.seen.Or(t.norm(), seenStart) {
				startWords[startIndex(t.norm())]++
			}
		case t.cap():
			f.seen.Or(t.norm(), seenCapMid)
		}
	}
	// about one mention per two capitalised words: room for them at once
	f.ms = f.sc.mentions(caps/2 + 8)
	f.spans = f.sc.spanMap()
	for x := range toks {
		t := &toks[x]
		if t.kind != kWord || t.cap() {
			continue
		}
		if b := startIndex(t.norm()); startWords[b] > 0 {
			if f.seen.OrIf(t.norm(), seenStart, seenLower) {
				startWords[b]--
			}
		}
	}
	// credit and boilerplate lines
	var buf []byte
	for i := 0; i < len(toks); {
		j := lineEnd(f.text, toks, i)
		line := f.text[toks[i].s:toks[j-1].end()]
		r, ascii := asciiLineCue(line)
		if !ascii {
			buf = lowerLine(buf[:0], line)
			r = lineCue(buf)
		}
		if r != "" {
			if f.lineRule == nil {
				f.lineRule = map[int32]string{}
			}
			f.lineRule[toks[i].line] = r
		}
		i = j
	}
}

// startIndex is the place of a word in survey's count of starting words,
// 0 to 4,095: length, first, middle and last bytes mixed by a multiply
// (the count spares the look-up of nearly every lower-case word that
// starts no sentence, and of every later lower-case use of one).
func startIndex(w string) int {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9e3779b1 ^ uint32(w[0])<<16 ^ uint32(w[len(w)-1])<<8 ^ uint32(w[len(w)/2])
	h *= 0x85ebca6b
	return int(h >> 20)
}

// The uses of a word survey records: at a sentence start or in a
// headline, capitalised elsewhere, and written in lower case (recorded
// only for the words of the first kind).
const (
	seenStart uint8 = 1 << iota
	seenCapMid
	seenLower
)

// lowerLine appends line to b as strings.ToLower writes it, with the
// typographic apostrophe ’ as '.
func lowerLine(b []byte, line string) []byte {
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(line[i:])
		i += n
		if r == '’' {
			b = append(b, '\'')
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}

// lineCue returns the rule of a lower-cased line that holds a site-notice
// cue ("boilerplate: site notice") or starts with a credit cue ("credit:
// byline"), "" for other lines. The notice cues are found in one pass
// over the line, by their first two bytes.
func lineCue(line []byte) string {
	for i := 0; i+1 < len(line); i++ {
		for m := boilerFirst[line[i]] & boilerSecond[line[i+1]]; m != 0; m &= m - 1 {
			c := boilerplateCues[bits.TrailingZeros32(m)]
			if len(line)-i >= len(c) && string(line[i:i+len(c)]) == c {
				return "boilerplate: site notice"
			}
		}
	}
	for _, c := range creditCues {
		if len(line) >= len(c) && string(line[:len(c)]) == c {
			return "credit: byline"
		}
	}
	return ""
}

// asciiLineCue is lineCue(lowerLine(line)) read in place: an ASCII byte
// by its lower case, the typographic apostrophe ’ as the cues' "'" (by cue
// variants written with it), and every other rune as what no cue holds
// (its lower case is not ASCII: the cues are lower-case ASCII). ascii is
// false, and the rule to be found the long way, when the line holds a rune
// whose lower case is ASCII ("İ", the Kelvin sign).
func asciiLineCue(line string) (rule string, ascii bool) {
	// a rune whose lower case is ASCII before the first cue sends the line
	// the long way (as a byte-by-byte reading meets it first)
	p := foldLeadAt(line)
	if q := boilerAt(line, p); q >= 0 {
		return "boilerplate: site notice", true
	}
	if p >= 0 {
		return "", false
	}
	if len(line) < len(creditFold) {
		return "", true // no credit cue is this short
	}
	// the credit forms with the line's first four bytes
	w := line[:len(creditFold)]
	for f := creditFold[0][w[0]] & creditFold[1][w[1]] & creditFold[2][w[2]] & creditFold[3][w[3]]; f != 0; f &= f - 1 {
		if c := creditForms[bits.TrailingZeros32(f)]; len(line) >= len(c) && asciiFoldIs(line[:len(c)], c) {
			return "credit: byline", true
		}
	}
	return "", true
}

// foldLeadAt returns the first place of line that starts a rune above
// ASCII whose lower case is ASCII, -1 if none does: the first of
// foldRunes, each found by strings.Index (a vector search).
func foldLeadAt(line string) int {
	p := -1
	for _, r := range foldRunes {
		if i := strings.Index(line, r); i >= 0 && (p < 0 || i < p) {
			p = i
			line = line[:i] // the next rune is looked for before it only
		}
	}
	return p
}

// boilerAt returns the first place of line where one of boilerplateForms
// is written (ASCII letters in either case), -1 if there is none before
// stop (stop < 0: anywhere). It is Horspool's search for many words, with
// two-byte blocks: the window of the shortest form's length moves on by
// what its last two bytes allow (boilerSkip), and a window whose last
// two bytes may end a form's start is checked against every form.
//
// (The window's length is a constant and its bytes are read from one
// slice each, one bounds check: the skip is most of the time.)
func boilerAt(line string, stop int) int {
	const m = minBoilerForm
	last := len(line) - m // the last window's start
	if stop >= 0 {
		last = min(last, stop-1)
	}
	for s := 0; s <= last; {
		if b := line[s+m-2 : s+m]; boilerSkip[uint16(b[0])<<8|uint16(b[1])] > 0 {
			s += int(boilerSkip[uint16(b[0])<<8|uint16(b[1])])
			continue
		}
		// the forms with these first four bytes
		w := line[s : s+4]
		for f := boilerFold[0][w[0]] & boilerFold[1][w[1]] & boilerFold[2][w[2]] & boilerFold[3][w[3]]; f != 0; f &= f - 1 {
			if cue := boilerplateForms[bits.TrailingZeros32(f)]; len(line)-s >= len(cue) && asciiFoldIs(line[s:s+len(cue)], cue) {
				return s
			}
		}
		s++
	}
	return -1
}

// boilerClass numbers, from 1, the bytes of the first minBoilerForm bytes
// of boilerplateForms, a byte by its ASCII lower case (0: no such byte);
// boilerShift is, by the classes of a window's last two bytes, how far
// boilerAt may move the window without passing a form's start (0: the
// window may start a form).
var boilerClass, boilerShift = func() (class [256]uint8, shift [64 * 64]uint8) {
	m := minBoilerForm
	n := uint8(0)
	for _, f := range boilerplateForms {
		for _, c := range []byte(f[:m]) {
			if class[c] == 0 {
				if n++; n >= 64 {
					panic("entity: more than 63 bytes in the site-notice cues")
				}
				for x := 0; x < 256; x++ {
					if asciiLower(byte(x)) == c {
						class[x] = n
					}
				}
			}
		}
	}
	for i := range shift {
		shift[i] = uint8(m - 1)
	}
	for _, f := range boilerplateForms {
		for j := 1; j < m; j++ {
			b := int(class[f[j-1]])<<6 | int(class[f[j]])
			shift[b] = min(shift[b], uint8(m-1-j))
		}
	}
	return
}()

// boilerSkip is boilerShift by the two bytes themselves (byte a, then b,
// at a<<8 | b): boilerAt's window moves on with one look-up. A row is the
// same for every byte of a class: made once per class, then copied.
var boilerSkip = func() (skip [1 << 16]uint8) {
	var rows [64][256]uint8
	for ca := range rows {
		for b := range rows[ca] {
			rows[ca][b] = boilerShift[ca<<6|int(boilerClass[b])]
		}
	}
	for a := range 256 {
		copy(skip[a<<8:], rows[boilerClass[a]][:])
	}
	return
}()

// foldRunes are the runes above ASCII whose lower case is ASCII ("İ",
// the Kelvin sign), UTF-8 encoded: the lines asciiLineCue leaves to the
// long way.
//
// Only the runes of unicode.CaseRanges have a case mapping, so those ranges
// are all it reads (walking every rune up to MaxRune cost about 200 million
// instructions at each start).
var foldRunes = func() (out []string) {
	for _, cr := range unicode.CaseRanges {
		for r := rune(max(cr.Lo, utf8.RuneSelf)); r <= rune(cr.Hi); r++ {
			if unicode.ToLower(r) < utf8.RuneSelf && utf8.ValidRune(r) {
				out = append(out, string(r))
			}
		}
	}
	return
}()

// apostropheForms returns the forms of cue as a line may write it before
// lowerLine: each "'" also as "’".
func apostropheForms(cues []string) []string {
	out := make([]string, 0, len(cues))
	for _, c := range cues {
		if !utf8.ValidString(c) {
			c = string([]rune(c)) // each invalid byte as U+FFFD, as ranging over c reads it
		}
		if !strings.Contains(c, "'") {
			out = append(out, c) // most cues: their one form
			continue
		}
		parts := strings.Split(c, "'")
		forms := []string{parts[0]}
		for _, p := range parts[1:] {
			next := make([]string, 0, 2*len(forms))
			for _, f := range forms {
				next = append(next, f+"'"+p, f+"’"+p)
			}
			forms = next
		}
		out = append(out, forms...)
	}
	return out
}

// boilerplateForms and creditForms are the cues as asciiLineCue reads them.
var boilerplateForms, creditForms = apostropheForms(boilerplateCues), apostropheForms(creditCues)

// isASCIIText reports whether s is all ASCII, eight bytes at a time.
func isASCIIText(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if s[i]|s[i+1]|s[i+2]|s[i+3]|s[i+4]|s[i+5]|s[i+6]|s[i+7] >= utf8.RuneSelf {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// minBoilerForm is the shortest of boilerplateForms' lengths ("log in"),
// a constant for boilerAt's window; boilerFold's init panics when the
// cues' shortest is another.
const minBoilerForm = 6

// boilerFold[k] holds, per byte, the bit of each of boilerplateForms
// whose byte k is the byte's ASCII lower case; creditFold the same of
// creditForms.
var boilerFold, creditFold = foldTable(boilerplateForms, "site-notice"), foldTable(creditForms, "credit")

// The shortest site-notice cue is minBoilerForm bytes long.
var _ = func() int {
	short := len(boilerplateForms[0])
	for _, f := range boilerplateForms {
		short = min(short, len(f))
	}
	if short != minBoilerForm {
		panic("entity: the shortest site-notice cue is not minBoilerForm bytes long")
	}
	return 0
}()

// foldTable returns, for each of a form's first four bytes, the bits of
// the forms (at most 32, four bytes or more, lower-case ASCII) whose byte
// there is a byte's ASCII lower case: the forms a text may hold where its
// four bytes are, by four look-ups.
func foldTable(forms []string, what string) (fold [4][256]uint32) {
	if len(forms) > 32 {
		panic("entity: more than 32 forms of " + what + " cues")
	}
	for k, f := range forms {
		if len(f) < len(fold) {
			panic("entity: a " + what + " cue of fewer than 4 bytes: " + f)
		}
		for p := range fold {
			// the bytes whose ASCII lower case f[p] is: itself, its upper
			// case if a letter (none if upper case itself)
			switch c := f[p]; {
			case c >= 'a' && c <= 'z':
				fold[p][c] |= 1 << k
				fold[p][c-'a'+'A'] |= 1 << k
			case c < 'A' || c > 'Z':
				fold[p][c] |= 1 << k
			}
		}
	}
	return
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// asciiFoldIs reports whether the ASCII s lower-cased is the lower-case w.
func asciiFoldIs(s, w string) bool {
	for k := 0; k < len(w); k++ {
		if asciiLower(s[k]) != w[k] {
			return false
		}
	}
	return true
}

// boilerFirst and boilerSecond hold, per byte, the bit of each site-notice
// cue that starts with it or has it second.
var boilerFirst, boilerSecond = func() (first, second [256]uint32) {
	if len(boilerplateCues) > 32 {
		panic("entity: more than 32 site-notice cues")
	}
	for k, c := range boilerplateCues {
		first[c[0]] |= 1 << k
		second[c[1]] |= 1 << k
	}
	return
}()

func (f *finder) isAgency(i int) bool {
	t := &f.toks[i]
	if t.kind != kWord || !t.cap() {
		return false
	}
	if t.is(wcAgency) {
		return true
	}
	n, e, ok := f.gazAt(i)
	return ok && n == 1 && e.kind == "outlet"
}

// creditMark is what markCredits found a token to be a word of: no
// credit, a photo credit or an agency credit (one byte a token, not the
// rule's string: most tokens are of none).
type creditMark uint8

const (
	noCredit creditMark = iota
	photoCredit
	agencyCredit
)

// creditRules are the marks' rules, by mark.
var creditRules = [...]string{noCredit: "", photoCredit: "credit: photo", agencyCredit: "credit: agency"}

// rule is the mention rule of a credit of mark c.
func (c creditMark) rule() string { return creditRules[c] }

// markCredits marks photo credits ("AFP-Yonhap", "REUTERS/Name/File
// Photo", "EFE-EPA/NAME"), agency credits in parentheses at a line's start
// or end or in a dateline ("(Reuters) –", "(Yonhap)", "(EFE).-") and a bare
// agency name closing a paragraph ("... democratic. EFE").
func (f *finder) markCredits() {
	toks := f.toks
	if len(f.credit) != len(toks) {
		f.credit = make([]creditMark, len(toks))
	}
	lineEnd := func(i int) bool { return i+1 >= len(toks) || toks[i+1].line != toks[i].line }
	for i := range toks {
		if f.stopped(i) {
			return
		}
		if t := &toks[i]; !t.cap() || t.kind != kWord || f.credit[i] != noCredit {
			continue // (isAgency's own first test, read here without the call, and first)
		} else if !f.isAgency(i) {
			continue
		}
		// AGENCY-AGENCY or AGENCY/… with no spaces
		if i+2 < len(toks) && !toks[i+1].gap() && !toks[i+2].gap() && (toks[i+1].text == "-" || toks[i+1].text == "/") {
			j := i
			for j+1 < len(toks) && toks[j+1].line == toks[i].line {
				u := &toks[j+1]
				if u.text == "/" || u.text == "-" || u.kind == kWord && (u.cap() || u.text == "by") {
					j++
					continue
				}
				break
			}
			if toks[i+1].text == "/" || f.isAgency(i+2) {
				for k := i; k <= j; k++ {
					f.credit[k] = photoCredit
				}
				continue
			}
		}
		// (AGENCY) at a line's start or end, or before ".-" / "–"
		if i > 0 && toks[i-1].text == "(" && i+1 < len(toks) && toks[i+1].text == ")" &&
			!(i > 1 && toks[i-2].line == toks[i].line && capWord(&toks[i-2])) {
			atStart := toks[i-1].lineStart()
			atEnd := lineEnd(i+1) || i+2 < len(toks) && lineEnd(i+2) && isSentEnd(&toks[i+2])
			dateline := i+2 < len(toks) && (toks[i+2].text == "–" || toks[i+2].text == "—" || toks[i+2].text == "-" ||
				toks[i+2].text == "." && i+3 < len(toks) && toks[i+3].text == "-")
			if atStart || atEnd || dateline {
				f.credit[i] = agencyCredit
				continue
			}
		}
		// bare agency name ending a paragraph after a sentence end
		if lineEnd(i) && i > 0 && isSentEnd(&toks[i-1]) {
			f.credit[i] = agencyCredit
		}
	}
}

// creditLines turns names found on byline and site-notice lines into
// credit mentions: they are kept for display, never taken for actors.
func (f *finder) creditLines() {
	for i := range f.ms {
		m := &f.ms[i]
		if r, ok := f.lineRule[f.toks[m.ti].line]; ok && !m.credit {
			m.typ, m.rule, m.credit, m.kind = doc.MISC, r, true, ""
		}
	}
}

// capWord reports a capitalised word in Latin or Cyrillic script.
func capWord(t *token) bool { return t.cap() && t.kind == kWord && (t.latin() || t.cyr()) }

// chunks groups capitalised words (with inner connectors) into candidate
// names and classifies each.
func (f *finder) chunks() {
	toks := f.toks
	for i := 0; i < len(toks); {
		if f.stopped(i) {
			return
		}
		t := &toks[i]
		if !capWord(t) {
			i++
			continue
		}
		if f.covered[i] {
			i++
			continue
		}
		if f.credit[i] != noCredit {
			j := i + 1
			for j < len(toks) && f.credit[j] == f.credit[i] && toks[j].line == t.line &&
				(capWord(&toks[j]) || toks[j].text == "/" || toks[j].text == "-" && !toks[j].gap()) {
				j++
			}
			for j > i+1 && !capWord(&toks[j-1]) {
				j--
			}
			f.add(mention{s: int(t.s), e: int(toks[j-1].end()), ti: i, tj: j, typ: doc.MISC, rule: f.credit[i].rule(), credit: true})
			i = j
			continue
		}
		if compoundModifier(t.text) {
			// "Washington-based", "Geran-type": a modifier, not a name; its
			// listed first part is a place ("Seoul-based")
			if p := t.text[:strings.IndexByte(t.text, '-')]; p != "" {
				if es, ok := gaz[normWord(p)]; ok && es[0].typ == doc.LOC {
					f.add(mention{s: int(t.s), e: int(t.s) + len(p), ti: i, tj: i + 1, typ: doc.LOC, canon: es[0].canon, kind: es[0].kind,
						country: es[0].country, prio: 5, rule: "list: " + es[0].kind + " (in a compound modifier)"})
				}
			}
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			u := &toks[j]
			if u.line != t.line || f.credit[j] != noCredit || f.covered[j] {
				break
			}
			if capWord(u) {
				if u.is(wcCalendar) || compoundModifier(u.text) {
					break
				}
				if u.headline() && u.is(wcCommon) && !isGazPrefix(toks[i:j]) {
					break
				}
				j++
				continue
			}
			if u.norm() == "and" && j+1 < len(toks) && capWord(&toks[j+1]) && toks[j+1].line == t.line && f.bodyOfField(i, j) {
				j++ // "Ministry of Science and Higher Education"
				continue
			}
			if u.kind == kWord && u.is(wcConnector) && j+1 < len(toks) && toks[j+1].line == t.line {
				nx := j + 1
				if toks[nx].norm() == "the" && nx+1 < len(toks) {
					nx++
				}
				if capWord(&toks[nx]) && f.allowConnector(i, j, u.norm()) {
					j = nx + 1
					continue
				}
			}
			if u.kind == kPoss && j+1 < len(toks) && capWord(&toks[j+1]) && isGazPrefix(toks[i:j+1]) {
				j += 2
				continue
			}
			break
		}
		i = f.segment(i, j)
	}
}

func (f *finder) allowConnector(i, j int, conn string) bool {
	if conn != "of" && conn != "for" {
		return true // de, von, al ... inside personal and place names
	}
	for k := i; k < j; k++ {
		t := &f.toks[k]
		n := t.norm()
		if t.is(wcOrgHead|wcLocHead) || n == "republic" || n == "kingdom" || n == "people's" {
			return true
		}
	}
	return isGazPrefix(f.toks[i : j+1])
}

// headType says whether a multi-word name is an organisation or a place
// by its head word: "... Ministry", "Ministry of ...", "... Krai".
func headType(toks []token) string {
	if len(toks) < 2 {
		return ""
	}
	lt := &toks[len(toks)-1]
	last := lt.norm()
	if lt.is(wcOrgHead) {
		return doc.ORG
	}
	if lt.is(wcMiscHead) {
		return doc.MISC
	}
	hasOf := false
	for x := range toks {
		if n := toks[x].norm(); n == "of" || n == "for" {
			hasOf = true
		}
	}
	for x := range toks {
		t := &toks[x]
		n := t.norm()
		if n == "of" || n == "for" || !hasOf {
			break
		}
		if t.is(wcOrgHead) {
			return doc.ORG
		}
		if n == "republic" || n == "kingdom" {
			return doc.LOC
		}
	}
	if lt.is(wcLocHead) || last == "republic" || toks[0].is(wcLocPrefix) {
		return doc.LOC
	}
	return ""
}

func isPlaceKind(k string) bool {
	return k == "country" || k == "capital" || k == "city" || k == "region"
}

// weakStart reports a capitalised word at token i that is capitalised only
// because of its position (sentence start, headline) and has no evidence
// of a name.
func (f *finder) weakStart(i int) bool {
	t := &f.toks[i]
	n := t.norm()
	if !(t.sentStart() || t.headline()) {
		return false
	}
	if t.is(wcCommon | wcTitle) {
		return true
	}
	if v := f.seen.Get(n); v&seenCapMid != 0 {
		return false
	} else if v&seenLower != 0 {
		return true
	}
	if t.cyr() {
		return !f.cyrNameEvidence(i)
	}
	return strings.HasSuffix(n, "ing") || strings.HasSuffix(n, "ly") || strings.HasSuffix(n, "ed")
}

// cyrNameEvidence reports evidence that a Cyrillic word at a sentence
// start is a name: Russian and Ukrainian capitalise little else, but a
// sentence may start with any word. A given name, a surname's shape, an
// acronym, another capitalised word after it, or a speech verb or a colon
// after it ("Шойгу: ...", "Буданов заявил") count.
func (f *finder) cyrNameEvidence(i int) bool {
	t := &f.toks[i]
	if t.is(wcGiven) || cyrSurname(t.text) || t.allCaps() {
		return true
	}
	if i+1 < len(f.toks) {
		nx := &f.toks[i+1]
		return nx.line == t.line && (nx.text == ":" || nx.is(wcSpeech))
	}
	return false
}

// segment classifies the chunk toks[i:j] into one or more mentions and
// returns where scanning goes on (a list name may extend the chunk).
func (f *finder) segment(i, j int) int {
	toks := f.toks
	pos := i
	for pos < j {
		t := &toks[pos]
		if n, e, ok := f.gazAt(pos); ok {
			end := pos + n
			if end > j {
				j = end
			}
			if end < j {
				if hd := headType(toks[pos:j]); hd != "" && f.lastTitle(end, j) < 0 {
					if isPlaceKind(e.kind) {
						f.addGaz(pos, end, *e, true)
					}
					f.addName(pos, j, hd, "head word after listed name")
					return j
				}
				if isPlaceKind(e.kind) && f.placeNamedBody(end, j) {
					// "Far East Migration Monitor", "Kyiv Ledger": a body
					// named after a place
					f.addGaz(pos, end, *e, true)
					f.addName(pos, j, doc.ORG, "capitalised words after a listed place: one name")
					return j
				}
			}
			f.addGaz(pos, end, *e, false)
			pos = end
			continue
		}
		structural := (t.is(wcOrgHead) || t.is(wcLocHead) || t.is(wcLocPrefix)) && headType(toks[pos:j]) != ""
		if f.weakStart(pos) && !structural {
			pos++
			continue
		}
		if hd := headType(toks[pos:j]); hd != "" {
			// "Central Committee of the Workers' Party of Korea": a body of a
			// listed organisation is reported as two names
			for k := pos + 1; k < j-1; k++ {
				if n := toks[k].norm(); n != "of" && n != "for" {
					continue
				}
				p := k + 1
				if toks[p].norm() == "the" {
					p++
				}
				if n, e, ok := f.gazAt(p); ok && p+n == j && e.typ == doc.ORG && toks[k-1].is(wcOrgHead) {
					f.addName(pos, k, doc.ORG, "head word")
					f.addGaz(p, j, *e, false)
					return j
				}
			}
			f.addName(pos, j, hd, "head word")
			return j
		}
		if k := f.lastTitle(pos, j); k >= 0 {
			f.addName(k+1, j, doc.PER, "title")
			return j
		}
		if k := f.givenInside(pos, j); k > pos {
			// "Радбезу РФ Сергій Шойгу": a body, then a person
			f.segment(pos, k)
			typ, rule := f.multiGuess(k, j)
			f.addName(k, j, typ, rule)
			return j
		}
		if j-pos == 1 {
			if !(t.latin() || t.cyr()) || utf8.RuneCountInString(t.text) == 1 || t.is(wcCommon) || t.is(wcTitle) ||
				t.cyr() && !t.allCaps() && cyrAdjective(t.text) && !cyrSurname(t.text) || f.domainPart(pos) ||
				t.allCaps() && t.is(wcCode) {
				// a lone capitalised Cyrillic adjective starts a name only
				// with a head noun (read by cyrPhrases); "INTERFAX.RU"
				pos++
				continue
			}
			typ, rule := f.singleGuess(pos)
			f.addName(pos, pos+1, typ, rule)
			pos++
			continue
		}
		typ, rule := f.multiGuess(pos, j)
		f.addName(pos, j, typ, rule)
		return j
	}
	return j
}

// givenInside returns the first token after pos in a chunk toks[pos:j)
// that is a given name followed by a capitalised word, where a person's
// name starts after other names; -1 when none.
func (f *finder) givenInside(pos, j int) int {
	for k := pos + 1; k+1 < j; k++ {
		if f.toks[k].is(wcGiven) && capWord(&f.toks[k+1]) {
			return k
		}
	}
	return -1
}

// compoundModifier reports a hyphenated word that modifies a noun after
// it: "Washington-based", "Geran-type", "Kremlin-backed", "state-run".
func compoundModifier(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && modifierSuffixes[lexicon.LowerString(w[i+1:])]
}

var modifierSuffixes = words(`based type style led backed born made owned run linked funded era class
designed built affiliated aligned controlled friendly bound registered flagged`)

// domainPart reports the part after a dot of a domain name written as a
// word: "RU" in "INTERFAX.RU".
func (f *finder) domainPart(i int) bool {
	return i >= 2 && f.toks[i-1].text == "." && !f.toks[i-1].gap() && !f.toks[i].gap() && f.toks[i-2].kind == kWord
}

// placeNamedBody reports whether the capitalised words toks[end:j) after
// a listed place make, with it, one body's name: none is listed or a
// common word, they are not a title and a person, and they are not all
// names of places ("Moscow Kremlin" is two names).
func (f *finder) placeNamedBody(end, j int) bool {
	if f.lastTitle(end, j) >= 0 || looksPerson(f.toks[end:j]) || f.givenInside(end-1, j) >= 0 {
		return false
	}
	for k := end; k < j; k++ {
		t := &f.toks[k]
		if t.kind != kWord || !capWord(t) || t.is(wcCommon) || t.is(wcTitle) || t.is(wcGiven) || t.is(wcCalendar) {
			return false
		}
		if _, _, ok := f.gazAt(k); ok {
			return false
		}
	}
	return true
}

// bodyOfField reports whether toks[i:j) is "<head> of <Field>": the
// name of a body by its field, which may go on with "and <Field>"
// ("Ministry of Labour and Social Protection").
func (f *finder) bodyOfField(i, j int) bool {
	for k := i; k+2 < j; k++ {
		if f.toks[k].is(wcOrgHead) && f.toks[k+1].norm() == "of" {
			return true
		}
	}
	return false
}

// lastTitle finds a title word in toks[pos:j] followed by one to four
// capitalised words that make a person's name: "Foreign Minister Sergey
// Lavrov", "Humanitarian Chief Mark Lowcock".
func (f *finder) lastTitle(pos, j int) int {
	for k := j - 2; k >= pos; k-- {
		if !f.toks[k].is(wcTitle) {
			continue
		}
		rest := f.toks[k+1 : j]
		if len(rest) > 4 || headType(rest) != "" {
			return -1
		}
		for x := range rest {
			if u := &rest[x]; !capWord(u) || u.is(wcCommon) {
				return -1
			}
		}
		if _, _, ok := f.gazAt(k + 1); ok {
			return -1
		}
		return k
	}
	return -1
}

func (f *finder) prevWord(i int) (*token, bool) {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		t := &f.toks[k]
		if t.kind == kWord {
			return t, t.line == f.toks[i].line
		}
		if t.text != "’" && t.text != "'" {
			return &noToken, false
		}
	}
	return &noToken, false
}

// noToken is what prevWord returns with false: read, never written.
var noToken token

// companyNouns before an unknown name, companyVerbs after it, say it is an
// organisation's ("rival Boeing", "Airbus announced", "Apple's shares").
var companyNouns = words(`company firm maker carrier airline automaker rival retailer manufacturer giant group
bank insurer lender operator supplier producer chipmaker conglomerate startup subsidiary unit`)
var companyVerbs = words(`announced shares stock inc ltd corp plc reported posted hired sells sold makes
produces shipped launched unveiled acquired bought employs`)

var calendarWords = words(`monday tuesday wednesday thursday friday saturday sunday january february march
april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`)

var locPreps = words(`in near across throughout outside inside from into`)
var placeNouns = words(`settlement town city village region province port capital district county island`)
var speechVerbs = words(`said says told added argued stated noted claimed insisted warned`)

// codeWords are all-capital codes that are not names: time zones and
// currency codes.
var codeWords = words(`utc gmt bst cet cest eet eest msk kst jst est edt cst cdt pst pdt
usd eur gbp jpy cny rmb rub krw kpw uah chf inr end lead update urgent refile corrected advisory wrapup factbox`)

// singleGuess types a lone capitalised word that no list knows.
func (f *finder) singleGuess(i int) (string, string) {
	t := &f.toks[i]
	if p, ok := f.prevWord(i); ok && !p.cap() && (p.is(wcRole) || p.is(wcTitle)) {
		return doc.PER, "role word before name"
	}
	if p, ok := f.prevWord(i); ok && p.cap() && p.is(wcTitle) {
		return doc.PER, "title"
	}
	if i+1 < len(f.toks) && f.toks[i+1].kind == kWord && !f.toks[i+1].cap() &&
		(f.toks[i+1].norm() == "region" || f.toks[i+1].norm() == "province" || f.toks[i+1].norm() == "oblast") {
		return doc.LOC, "place noun after name"
	}
	possessive := i+1 < len(f.toks) && f.toks[i+1].kind == kPoss
	if p, ok := f.prevWord(i); ok && !p.cap() && !possessive {
		if p.is(wcLocPrep) && p.norm() != "from" {
			return doc.LOC, "preposition of place"
		}
		if p.norm() == "of" && i >= 2 && f.toks[i-2].is(wcPlaceNoun) {
			return doc.LOC, "place noun before name"
		}
	}
	if t.allCaps() && t.is(wcCode) {
		return doc.MISC, "time zone or currency code"
	}
	if t.allCaps() && utf8.RuneCountInString(t.text) <= 6 {
		return doc.ORG, "acronym shape"
	}
	if p, ok := f.prevWord(i); ok && !p.cap() && p.is(wcCompanyNoun) {
		return doc.ORG, "company noun before name"
	}
	if f.roleApposition(i + 1) {
		// "Jin-su, a defector from ...": a person one name calls
		return doc.PER, "role word in apposition"
	}
	if i+1 < len(f.toks) && f.toks[i+1].line == t.line && (f.toks[i+1].kind == kPoss || f.toks[i+1].kind == kWord && f.toks[i+1].is(wcCompanyVerb)) &&
		!slavicSurname(t.norm()) {
		return doc.ORG, "company context after name"
	}
	if slavicSurname(t.norm()) {
		return doc.PER, "surname shape"
	}
	return doc.MISC, "capitalised word"
}

// roleApposition reports an apposition of a person's role after a name
// that ends before token j: "X, a senior research fellow", "X, vice
// minister of ...", "X, a defector from ...".
func (f *finder) roleApposition(j int) bool {
	if j >= len(f.toks) || f.toks[j].text != "," {
		return false
	}
	for k := j + 1; k < len(f.toks) && k <= j+6; k++ {
		u := &f.toks[k]
		if u.kind != kWord || u.cap() {
			return false
		}
		if u.is(wcRole) || u.is(wcTitle) {
			return true
		}
	}
	return false
}

// multiGuess types a capitalised sequence that no list or head word types.
func (f *finder) multiGuess(i, j int) (string, string) {
	ws := f.toks[i:j]
	if looksPerson(ws) {
		return doc.PER, "person name shape"
	}
	if p, ok := f.prevWord(i); ok && !p.cap() && (p.is(wcRole) || p.is(wcTitle)) {
		return doc.PER, "role word before name"
	}
	if f.roleApposition(j) {
		return doc.PER, "role word in apposition"
	}
	if j < len(f.toks) && f.toks[j].is(wcSpeech) && len(ws) <= 3 && !ws[0].allCaps() {
		return doc.PER, "speaker shape"
	}
	return doc.ORG, "capitalised sequence"
}

func (f *finder) add(m mention) {
	if f.spans == nil {
		f.spans = map[uint64]bool{}
	}
	// one look-up: the span is new when writing it grows the set
	n := len(f.spans)
	if f.spans[uint64(m.s)<<32|uint64(uint32(m.e))] = true; len(f.spans) == n {
		return
	}
	f.ms = append(f.ms, m)
}

func (f *finder) addName(i, j int, typ, rule string) {
	m := mention{s: int(f.toks[i].s), e: int(f.toks[j-1].end()), ti: i, tj: j, typ: typ, rule: rule, prio: 2}
	m.canon = f.text[m.s:m.e]
	if typ == doc.PER {
		m.prio = 3
		if j-i == 1 {
			m.prio = 1
		}
	}
	if typ == doc.ORG {
		if c, ok := descriptorCanon(f.toks[i:j]); ok {
			m.canon, m.kind, m.prio = c, "ministry", 3
			if strings.Contains(c, "(") || strings.HasPrefix(c, "Ministry of Unification") {
				m.prio = 4
			}
			m.rule += ", ministry name"
		} else if e, ok := gazByName(m.canon); ok && e.typ == typ {
			m.canon, m.kind, m.prio = e.canon, e.kind, 5
		}
	}
	f.add(m)
}

// addGaz adds a listed name; a capital used as a political actor stands
// for its state.
func (f *finder) addGaz(i, j int, e gazEntry, nested bool) {
	m := mention{s: int(f.toks[i].s), e: int(f.toks[j-1].end()), ti: i, tj: j, typ: e.typ, canon: e.canon, kind: e.kind,
		country: e.country, prio: 5, rule: "list: " + e.kind}
	if e.kind == "demonym" {
		m.prio = 0
	}
	if nested {
		m.rule += " (inside a longer name)"
	}
	for _, o := range gazOf(f.toks[i:j]) {
		if o != e && o.typ == e.typ && o.canon != e.canon && o.kind != "capital" && o.kind != "demonym" {
			m.alts = append(m.alts, o)
		}
	}
	if e.kind == "capital" && !nested && !f.placeUse(i, j) {
		m.canon, m.kind = e.country, "capital-state"
		m.rule = "list: capital standing for the state"
		m.link = f.text[m.s:m.e] + " <- capital standing for " + e.country
		m.prio = 1
	}
	f.add(m)
}

var placeVerbs = words(`visit visited visiting visits arrived arrive arrives arriving reached travelled traveled
flew returned based held trip journey born lives lived stationed`)

// stateCues before "to/in/with <capital>" make the capital stand for its
// state: diplomacy and government ("ambassador in Pyongyang", "the regime
// in Pyongyang") and money or people handed over ("sending $300 million a
// year to Pyongyang", "hand them over to Pyongyang").
var stateCues = words(`ambassador ambassadors envoy envoys regime government leadership authorities officials
send sends sent sending hand hands handed handing pay pays paid paying transfer transfers transferred remit remits
remitted remitting deliver delivered delivering supply supplied supplying export exported shipped funnel funnelled
funneled channel channelled channeled return returned returning repatriate repatriated loyalty allegiance`)

// cyrPlacePreps before a capital in Cyrillic text make it a place ("в
// Пхеньяне", "у Пхеньяні"); elsewhere ("решение Пхеньяна", "рук из
// Пхеньяна", "между Москвой и Пхеньяном") a capital stands for its state.
var cyrPlacePreps = words(`в во у`)

// placeUse reports whether a capital is used as a place ("arrived in
// Pyongyang", "Seoul, Feb 14", "in Moscow, Russia", "в Пхеньяне") rather
// than as an actor ("Pyongyang has opted", "ties between Pyongyang and
// Moscow", "the regime in Pyongyang", "решение Пхеньяна").
func (f *finder) placeUse(i, j int) bool {
	toks := f.toks
	if toks[i].lineStart() && j < len(toks) && (toks[j].text == "," || toks[j].text == "(" ||
		toks[i].allCaps() && (toks[j].text == "." || toks[j].text == "—" || toks[j].text == "–")) {
		return true // dateline
	}
	if j+1 < len(toks) && toks[j].text == "," {
		if _, e, ok := f.gazAt(j + 1); ok && (e.kind == "country" || e.kind == "region") {
			return true
		}
	}
	p, ok := f.prevWord(i)
	if !ok {
		return false
	}
	n := p.norm()
	if toks[i].cyr() {
		return p.is(wcCyrPlacePrep | wcPlaceVerb)
	}
	if (n == "in" || n == "to" || n == "with" || n == "of") && f.stateCueBefore(i) {
		return false
	}
	if p.is(wcLocPrep|wcPlaceVerb) || n == "at" || n == "to" || n == "of" {
		return true
	}
	return false
}

// stateCueBefore reports a state cue among the fourteen tokens before
// token i in its sentence ("the firms were sending some $40 million a
// year to Pyongyang").
func (f *finder) stateCueBefore(i int) bool {
	for k := i - 2; k >= 0 && k >= i-15; k-- {
		t := &f.toks[k]
		if isSentEnd(t) || t.line != f.toks[i].line {
			return false
		}
		if t.kind == kWord && t.is(wcStateCue) {
			return true
		}
	}
	return false
}

// descriptors finds lower-case descriptions that name a body: "South
// Korea's spy agency", "the Russian foreign ministry", "Russia's MFA",
// "the country's interior ministry", "the Journal", "the paper", "the
// North".
func (f *finder) descriptors() {
	toks := f.toks
	inside := 0
	for i := 0; i < len(toks); i++ {
		if f.stopped(i) {
			return
		}
		// a token that may start no listed name and is not "the" starts
		// nothing below: skipped before its credit is read
		mayGaz := toks[i].mayStartGaz() // gazAt's first test, in place
		if !mayGaz && toks[i].norm() != "the" || f.credit[i] != noCredit {
			continue
		}
		start, k, country := -1, -1, ""
		n, e, ok := 0, &noGaz, false
		if mayGaz {
			n, e, ok = f.gazAtListed(i)
		}
		if ok && i >= inside {
			inside = i + n
			if e.kind == "country" || e.kind == "demonym" || e.kind == "capital" && i+n < len(toks) && toks[i+n].kind == kPoss {
				start, k, country = i, i+n, e.country
			}
		} else if toks[i].norm() == "the" && i+2 < len(toks) && toks[i+1].norm() == "country" && toks[i+2].kind == kPoss {
			start, k = i, i+1
		}
		if start >= 0 {
			if k < len(toks) && toks[k].kind == kPoss {
				k++
			}
			for m := k; m < len(toks) && m < k+4; m++ {
				if toks[m].kind != kWord || toks[m].line != toks[i].line {
					break
				}
				from := start
				if toks[start].norm() == "the" {
					from = start + 1
				}
				if c, ok := descriptorCanon(toks[from : m+1]); ok {
					// "South Korean intelligence agency": the longer phrase
					if m+1 < len(toks) && toks[m+1].kind == kWord && toks[m+1].line == toks[i].line {
						if c2, ok := descriptorCanon(toks[from : m+2]); ok {
							c, m = c2, m+1
						}
					}
					if start == i && toks[i].norm() == "the" {
						// "the country's ...": country left for resolution
						c2 := c
						f.add(mention{s: int(toks[i].s), e: int(toks[m].end()), ti: i, tj: m + 1, typ: doc.ORG, canon: c2, kind: "ministry",
							prio: 3, rule: "descriptor: the country's ministry"})
					} else {
						prio := 4
						f.add(mention{s: int(toks[start].s), e: int(toks[m].end()), ti: start, tj: m + 1, typ: doc.ORG, canon: c,
							kind: "descriptor", country: country, prio: prio, rule: "descriptor: " + lexicon.LowerString(f.text[toks[k].s:toks[m].end()]) + " of " + country})
					}
					break
				}
			}
		}
		if toks[i].norm() == "the" && i+1 < len(toks) {
			nx := &toks[i+1]
			follow := i+2 < len(toks) && capWord(&toks[i+2]) && toks[i+2].line == nx.line
			switch {
			case capWord(nx) && nx.is(wcPaper) && !follow:
				f.add(mention{s: int(toks[i].s), e: int(nx.end()), ti: i, tj: i + 2, typ: doc.ORG, canon: nx.text, kind: "paper-short",
					prio: 0, rule: "descriptor: short name of a newspaper"})
			case !nx.cap() && (nx.norm() == "paper" || nx.norm() == "newspaper"):
				f.add(mention{s: int(toks[i].s), e: int(nx.end()), ti: i, tj: i + 2, typ: doc.ORG, canon: nx.text, kind: "paper-anaphor",
					prio: 0, rule: "descriptor: the paper"})
			case capWord(nx) && (nx.text == "North" || nx.text == "South") && !follow:
				f.add(mention{s: int(nx.s), e: int(nx.end()), ti: i + 1, tj: i + 2, typ: doc.LOC, canon: nx.text, kind: "the-north",
					prio: 0, rule: "descriptor: the " + nx.text})
			}
		}
	}
}

// propagate gives an untyped capitalised word the type the same word has
// elsewhere in the article (one sense per discourse).
func (f *finder) propagate() {
	for i := range f.ms {
		m := &f.ms[i]
		m.nrm = f.mentionNorm(m)
	}
	typeByNorm(f.ms, f.sc.typedMap)
}

// typeByNorm gives each untyped mention the type of the last typed
// mention of its normal form, if any. Only the typed mentions whose
// normal form may be an untyped one's (marks) go into the map (typedMap's,
// asked for only then), and only the untyped whose may be a typed one's
// are looked up: most of either kind share no normal form with the other.
func typeByNorm(ms []mention, typedMap func() map[string]string) {
	var untypedMarks, typedMarks wordMarks
	untyped := false
	for i := range ms {
		if m := &ms[i]; m.untyped() {
			untypedMarks.mark(m.nrm)
			untyped = true
		}
	}
	if !untyped {
		return
	}
	typed := typedMap()
	for i := range ms {
		m := &ms[i]
		if m.typ != doc.MISC && !m.credit && m.kind != "demonym" && untypedMarks.has(m.nrm) {
			typed[m.nrm] = m.typ
			typedMarks.mark(m.nrm)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.untyped() && typedMarks.has(m.nrm) {
			if t, ok := typed[m.nrm]; ok {
				m.typ, m.rule = t, m.rule+"; type of the same name elsewhere"
			}
		}
	}
}

// untyped reports a mention propagate may type: a guessed name of no
// type, not a credit.
func (m *mention) untyped() bool { return m.typ == doc.MISC && !m.credit && m.kind == "" }

// wordMarks is a set of 1,024 marks, a word's chosen by its length and
// its first and last bytes: a word whose mark is not set was surely not
// marked (a set of a few dozen words turns away most others).
type wordMarks [16]uint64

// markOf is w's mark (0 for the empty word).
func markOf(w string) uint32 {
	if w == "" {
		return 0
	}
	return uint32(len(w)&15)<<6 | uint32(w[0]&7)<<3 | uint32(w[len(w)-1]&7)
}

func (s *wordMarks) mark(w string) { k := markOf(w); s[k>>6] |= 1 << (k & 63) }

// has reports whether w's mark is set: false when w was surely not marked.
func (s *wordMarks) has(w string) bool { k := markOf(w); return s[k>>6]&(1<<(k&63)) != 0 }

// mentionNorm is normWord of a mention's text: the token's normal form
// when the mention is one whole token (no string made).
func (f *finder) mentionNorm(m *mention) string {
	if t := &f.toks[m.ti]; m.tj-m.ti == 1 && m.s == int(t.s) && m.e == int(t.end()) {
		return t.norm()
	}
	return normWord(f.text[m.s:m.e])
}

func sortMentions(ms []mention) {
	sort.SliceStable(ms, func(a, b int) bool {
		if ms[a].s != ms[b].s {
			return ms[a].s < ms[b].s
		}
		return ms[a].e < ms[b].e
	})
}
