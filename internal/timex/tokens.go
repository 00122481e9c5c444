package timex

import (
	"context"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/swar"
	tok "github.com/dossier-osint/dossier/internal/token"
)

// Token kinds.
const (
	kWord = iota + 1
	kNum
	kPunct
)

// token is a word, a run of ASCII digits or one punctuation rune, with its
// byte span in the text. Words and numbers split at letter/digit borders, so
// "10am" is "10" + "am" and "4th" is "4" + "th"; adjacency (start == end of
// the previous token) tells them apart from "10 am". One is made for
// each atom of an article: it is 24 bytes (the bools are bits of flags,
// the numbers as wide as their values).
type token struct {
	start, end int32
	n          int32  // value of a number token (capped below 1e9)
	nd         uint16 // digits in a number token (capped at 65535)
	kind       uint8
	flags      tflags
	e          *entry // lexicon entry of the lower-cased word, or nil
}

// tflags are a token's bits: those of the stream's flags (tok.Flags) that
// mean the same for timex, so that a word atom's are taken as they are.
type tflags uint8

const (
	tNL    = tflags(tok.Newline)  // a line break precedes the token ("\n", U+2028, U+2029)
	tCap   = tflags(tok.Upper)    // word starting with an upper-case letter
	tUpper = tflags(tok.AllUpper) // word all upper case (len > 1)
	tASCII = tflags(tok.ASCII)    // word of ASCII letters only
	// The flags below are timex's own, in bits the stream's flags of a
	// word or a sign leave to it (tok.Space, tok.Latin, tok.Cyrillic,
	// tok.Mark): tOpens, the grammar can start at the token (a number, a
	// word of entry.opens); tRuled, a rule of the rule files can (a word
	// of entry.ruled, a dash of ruledDashes): run steps over the tokens
	// with neither. tNeeds, a word that meets a rule's need (entry.needs);
	// tEnd, a sign that ends a sentence (".", "!", "?", ";"): the tokens
	// needsFrom reads.
	tOpens = tflags(tok.Space)
	tRuled = tflags(tok.Latin)
	tNeeds = tflags(tok.Cyrillic)
	tEnd   = tflags(tok.Mark)
)

// ruledDashes are the dashes (dashStart) a rule of the rule files starts
// at, and signs the flags of the signs (both made by buildVocab).
var (
	ruledDashes []string
	signs       signTable
)

// signTable holds the flags of the signs (signFlags): of the one-byte
// signs by their byte, of the signs of U+2000-U+203F (the other dashes)
// by their last byte.
type signTable struct {
	ascii [256]tflags
	punct [64]tflags
}

// newSignTable is the table of the signs with the dashes a rule starts
// at, dashes (each a one-byte sign or one of U+2000-U+203F).
func newSignTable(dashes []string) signTable {
	var t signTable
	for _, c := range ".!?;" {
		t.ascii[c] = tEnd
	}
	for _, d := range dashes {
		switch {
		case len(d) == 1:
			t.ascii[d[0]] |= tRuled
		case len(d) == 3 && d[0] == 0xe2 && d[1] == 0x80:
			t.punct[d[2]&63] |= tRuled
		default:
			panic("timex: a dash outside the sign table: " + d)
		}
	}
	return t
}

// flags are the flags of a sign token of text s: tRuled for a dash a
// rule starts at, tEnd for a sentence end. Two table reads and no call
// (plainTokens' loop inlines it).
func (t *signTable) flags(s string) tflags {
	if len(s) == 1 {
		return t.ascii[s[0]]
	}
	if len(s) == 3 && s[0] == 0xe2 && s[1] == 0x80 {
		return t.punct[s[2]&63]
	}
	return 0
}

// entryFlags are the flags a word token of entry e takes from it.
func entryFlags(e *entry) tflags {
	if e == nil {
		return 0
	}
	return e.flags
}

// signFlags are the flags of a sign token of text s (signs.flags).
func signFlags(s string) tflags { return signs.flags(s) }

func (t *token) nl() bool    { return t.flags&tNL != 0 }
func (t *token) cap() bool   { return t.flags&tCap != 0 }
func (t *token) upper() bool { return t.flags&tUpper != 0 }
func (t *token) ascii() bool { return t.flags&tASCII != 0 }

// nlFlag is tNL when nl is set.
func nlFlag(nl bool) tflags {
	if nl {
		return tNL
	}
	return 0
}

// numToken is the number token of the ASCII digits text[s:e].
func numToken(text string, s, e int, fl tflags) token {
	n, nd := numValue(text, s, e)
	return token{start: int32(s), end: int32(e), kind: kNum, flags: fl | tOpens, n: n, nd: nd}
}

// numValue is the value (capped below 1e9) and the number of digits
// (capped at 65535) of the ASCII digits text[s:e].
func numValue(text string, s, e int) (int32, uint16) {
	n := 0
	for j := s; j < e && n < 1e8; j++ {
		n = n*10 + int(text[j]-'0')
	}
	return int32(n), uint16(min(e-s, 65535))
}

// flagRoom is fl made n bytes long (n >= len(fl)), what it holds kept:
// tokensOf keeps its flags as long as its tokens' room.
func flagRoom(fl []byte, n int) []byte {
	if n <= len(fl) {
		return fl
	}
	return slices.Grow(fl, n-len(fl))[:n]
}

// nextFlagged is the first k in [i, end) whose flags fl[k] have a bit of
// mask, end when none has: eight tokens a test (run steps over the
// tokens no expression starts at, nextLine over a line's tokens).
func nextFlagged(fl []byte, i, end int, mask byte) int {
	m := swar.Ones * uint64(mask)
	for ; i+8 <= end; i += 8 {
		if x := swar.Load64(fl, i) & m; x != 0 {
			return i + bits.TrailingZeros64(x)>>3
		}
	}
	for ; i < end; i++ {
		if fl[i]&mask != 0 {
			return i
		}
	}
	return end
}

// lwf returns the lexicon form of the token, or "".
func (t *token) lwf() string {
	if t.e == nil {
		return ""
	}
	return t.e.word
}

// ctxBytes is how many bytes of text tokensOf reads between two looks at
// its context: a long text on one line stops at its cancellation too.
const ctxBytes = 1 << 16

// maxLookup is the longest lower-case form of a word that is looked up in
// the vocabulary (no vocabulary word is as long).
const maxLookup = 48

// tokensOf builds the grammar's tokens from the shared token stream of a
// text (internal/token): words, numbers and signs are the stream's atoms
// as they are, with the entry of the word's lower-case form; where the
// stream reads the text otherwise than timex (a word holding a combining
// mark or "ʼ", a Cyrillic word before an apostrophe, another script's
// digits, invalid bytes), timex's own scanner reads the text from the end
// of the last token until the two agree again on a token's end. It also
// returns the tokens' flags, one byte a token (in fl's room), for
// nextFlagged. When ctx is done it returns the tokens so far and ctx's
// error; ctx may be nil.
func tokensOf(ctx context.Context, st *tok.Stream, toks []token, fl []byte) ([]token, []byte, error) {
	text, at := st.Text, st.Toks
	// one token an atom, but for the texts timex reads itself (a script
	// of combining marks: more tokens than atoms), and a quarter more:
	// the parser keeps its tokens for the next text (parsers), so that
	// the array grows once for a text a little longer than the longest
	// so far or read finer, not again within it (a copy of every token
	// made); its pages left unused are never touched
	toks = slices.Grow(toks, len(at)+len(at)/4)
	fl = flagRoom(fl[:0], cap(toks)) // fl is as long as toks' room while the tokens are made
	check := ctxBytes
	upTo := atomsTo(st, check)
	prev := 0 // end of the last token made: a token end of both readings
	// between atoms of valid UTF-8 with no U+0085 (a line break to the
	// stream, not to timex) the stream's Newline flag is timex's line
	// break after the first atom (plainTokens)
	plainGaps := st.PlainGaps()
	for k := 0; ; {
		if prev >= check {
			check = prev + ctxBytes
			upTo = atomsTo(st, check)
			if ctx != nil && ctx.Err() != nil {
				return toks, fl[:len(toks)], ctx.Err()
			}
		}
		if k < len(at) {
			toks, fl, k, prev = fastTokens(st, k, prev, upTo, plainGaps, toks, fl)
			if k == len(at) || prev >= check {
				continue
			}
			// atom k is one that timex reads itself: below
		} else if _, ok := gapLine(text[prev:]); ok {
			return toks, fl[:len(toks)], nil // white space to the end
		}
		// timex's own reading, one token at a time, until a token ends
		// where an atom does
		for {
			var end int
			n := len(toks)
			toks, end = scanOne(text, prev, toks)
			if fl = flagRoom(fl, cap(toks)); n < len(toks) {
				fl[n] = byte(toks[n].flags)
			}
			prev = end
			for k < len(at) && int(at[k].End) <= prev {
				k++
			}
			if prev >= len(text) || k == len(at) || int(at[k].Start) >= prev {
				break
			}
		}
		if prev >= len(text) {
			return toks, fl[:len(toks)], nil
		}
	}
}

// gapLine reads gap, the text between two atoms of the stream: whether it
// holds a line break as timex counts them ("\n", U+2028, U+2029), and
// whether it is white space alone (the stream also steps over invalid
// bytes, which timex reads as signs).
func gapLine(gap string) (nl, ok bool) {
	for i := 0; i < len(gap); {
		c := gap[i]
		if c < utf8.RuneSelf {
			nl = nl || c == '\n'
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(gap[i:])
		if r == utf8.RuneError && n == 1 {
			return false, false
		}
		nl = nl || r == '\u2028' || r == '\u2029'
		i += n
	}
	return nl, true
}

// atomsTo is the number of atoms of st up to the first to end at byte
// limit or after, that one included: fastTokens reads them before
// tokensOf's next look at its context.
func atomsTo(st *tok.Stream, limit int) int {
	if limit >= len(st.Text) {
		return len(st.Toks) // every atom ends before limit: no search
	}
	return min(st.At(limit-1)+1, len(st.Toks))
}

// fastTokens appends the tokens atoms k, k+1, ... of st make, read from
// prev (the end of the last token), while both readings split their text
// alike: any sign, an ASCII number, a word with no combining mark and no
// "ʼ", unless a Cyrillic word might go on through an apostrophe. It stops
// at the first other atom, or at atom end (atomsTo), and returns the
// tokens, the next atom and the new prev. One call reads a run of atoms:
// plainTokens the most of them, in a loop that calls nothing (Go keeps no
// register across a call: a loop with calls in it keeps its values on the
// stack), oneToken each atom it leaves and each atom after a gap it does
// not know (the first of a text, the first after timex's own reading, all
// of a stream whose gaps are not plain).
func fastTokens(st *tok.Stream, k, prev, end int, plainGaps bool, toks []token, fl []byte) ([]token, []byte, int, int) {
	at := st.Toks
	toks = slices.Grow(toks, end-k) // room for a token an atom: plainTokens needs it
	fl = flagRoom(fl, cap(toks))
	for k < end {
		if plainGaps && k > 0 && int(at[k-1].End) == prev {
			n := len(toks)
			m := plainTokens(st.Text, at[k:end], toks[n:n+end-k], fl[n:n+end-k])
			if m > 0 {
				toks, k = toks[:n+m], k+m
				prev = int(at[k-1].End)
			}
			if k == end {
				break
			}
		}
		var ok bool
		if toks, ok = oneToken(st, k, prev, toks); !ok {
			break
		}
		fl[len(toks)-1] = byte(toks[len(toks)-1].flags)
		prev = int(at[k].End)
		k++
	}
	return toks, fl, k, prev
}

// plainTokens writes the tokens of the atoms of at that need no call to
// read, one by one into room (as long as at), until the first other atom,
// and their flags into fl (as long too), and returns how many it wrote:
// a sign, an ASCII number, an ASCII word
// of up to eight letters (shortEntry) and a longer one the vocabulary
// cannot hold (mayBeASCIIWord). The gaps between the atoms, and the one
// before at[0], are known to be white space and the atoms' Newline flags
// timex's line breaks (tokensOf's plainGaps, after the text's first
// atom): the text between them is not read. One index for both slices
// and no gap to read keep the loop's values in registers.
func plainTokens(text string, at []tok.Token, room []token, fl []byte) int {
	room, fl = room[:len(at)], fl[:len(at)]
	// the fields one by one below: a token literal (a struct of more than
	// four fields) is built on the stack and copied
	for j := range at {
		a := &at[j]
		f := tflags(a.Flags & tok.Newline) // tNL
		var w *entry
		var v int32
		var nd uint16
		kind := uint8(kPunct)
		switch a.Kind {
		case tok.Word:
			// the offsets as unsigned: the compiler then knows s >= 0
			s, e := int(uint32(a.Start)), int(uint32(a.End))
			l := e - s
			var wf tflags
			if a.Flags&tok.ASCII == 0 {
				return j
			} else if l <= 8 && s+8 <= len(text) {
				w, wf = shortWord(lowerKey(swar.Load64(text, s), l)) // shortKey, inlined
			} else if l <= 8 || mayBeASCIIWord(text[s:e]) {
				return j
			}
			f |= tflags(a.Flags&(tok.Upper|tok.AllUpper|tok.ASCII)) | wf // the same bits, and the entry's
			if l == 1 {
				f &^= tUpper
			}
			kind = kWord
		case tok.Number:
			if a.Flags&tok.ASCII == 0 {
				return j
			}
			v, nd = numValue(text, int(uint32(a.Start)), int(uint32(a.End)))
			f |= tOpens
			kind = kNum
		default:
			f |= signFlags(text[uint32(a.Start):uint32(a.End)])
		}
		t := &room[j]
		t.start, t.end, t.n, t.nd, t.e, t.kind, t.flags = a.Start, a.End, v, nd, w, kind, f
		fl[j] = byte(f)
	}
	return len(at)
}

// oneToken appends the token of atom k of st, read from prev, when both
// readings split its text alike (see fastTokens): ok is false when they
// do not, or when the gap before it is not white space alone.
func oneToken(st *tok.Stream, k, prev int, toks []token) (_ []token, ok bool) {
	text, a := st.Text, &st.Toks[k]
	s, e := int(a.Start), int(a.End)
	nl, ok := gapLine(text[prev:s])
	if !ok {
		return toks, false
	}
	t := token{start: a.Start, end: a.End, flags: nlFlag(nl)}
	switch a.Kind {
	case tok.Word:
		t.kind = kWord
		t.flags |= tflags(a.Flags & (tok.Upper | tok.AllUpper | tok.ASCII)) // the same bits
		if e-s == 1 {
			t.flags &^= tUpper
		}
		if a.Flags&tok.ASCII != 0 {
			if e-s <= 8 {
				t.e = shortEntry(shortKey(text, s, e))
			} else if mayBeASCIIWord(text[s:e]) {
				t.e = asciiEntry(text[s:e], a.Cased())
			}
		} else {
			var ok bool
			if t.e, ok = otherEntry(st, k); !ok {
				return toks, false
			}
		}
		t.flags |= entryFlags(t.e)
	case tok.Number:
		if a.Flags&tok.ASCII == 0 {
			return toks, false
		}
		t = numToken(text, s, e, t.flags)
	default:
		t.kind, t.flags = kPunct, t.flags|signFlags(text[s:e])
	}
	return append(toks, t), true
}

// otherEntry is the vocabulary entry of word atom k of st, a word of
// other letters than ASCII; ok is false when timex reads the word
// otherwise (it holds a combining mark or "ʼ", or an apostrophe follows).
func otherEntry(st *tok.Stream, k int) (e *entry, ok bool) {
	a := &st.Toks[k]
	if a.Has(tok.Mark) || strings.Contains(st.Text[a.Start:a.End], "ʼ") || apostropheAfter(st, k) {
		return nil, false
	}
	if w := st.Fold(k); len(w) <= maxLookup {
		e, _ = vocabOther.Get(w)
	}
	return e, true
}

// asciiEntry is the vocabulary entry of the ASCII word w (cased: it holds
// an upper-case letter), or nil. The caller has seen w pass
// mayBeASCIIWord, so that most words outside the vocabulary cost no call.
func asciiEntry(w string, cased bool) *entry {
	if len(w) > maxLookup {
		return nil
	}
	if !cased {
		e, _ := vocabASCII.Get(w)
		return e
	}
	var buf [maxLookup]byte
	for i := 0; i < len(w); i++ {
		buf[i] = w[i] | 0x20 // letters only
	}
	e, _ := vocabASCII.GetBytes(buf[:len(w)])
	return e
}

// apostropheAfter reports an apostrophe right after word atom k that
// timex may read as part of the word (one between Cyrillic letters).
func apostropheAfter(st *tok.Stream, k int) bool {
	if !st.Adjacent(k) {
		return false
	}
	s := st.Str(k + 1)
	return s == "'" || s == "’"
}

// scanOne is timex's own reading of the text from i, the end of a token:
// it skips white space and appends the next token (an invalid byte is a
// sign of its own), and returns the tokens and that token's end, or
// len(text) when only white space is left.
func scanOne(text string, i int, toks []token) ([]token, int) {
	nl := false
	for i < len(text) {
		c := text[i]
		switch {
		case c == '\n':
			nl = true
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c >= '0' && c <= '9':
			j := i
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				j++
			}
			return append(toks, numToken(text, i, j, nlFlag(nl))), j
		case c < utf8.RuneSelf:
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				break
			}
			return append(toks, token{start: int32(i), end: int32(i + 1), kind: kPunct, flags: nlFlag(nl) | signFlags(text[i:i+1])}), i + 1
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			if r == '\u00a0' || r == '\u2028' || r == '\u2029' || unicode.IsSpace(r) {
				if r == '\u2028' || r == '\u2029' {
					nl = true
				}
				i += sz
				continue
			}
			return append(toks, token{start: int32(i), end: int32(i + sz), kind: kPunct, flags: nlFlag(nl) | signFlags(text[i:i+sz])}), i + sz
		}
		// A word: letters (any script).
		var buf [maxLookup]byte
		j, bl, capital, allUp, ascii := scanWord(text, i, &buf)
		t := token{start: int32(i), end: int32(j), kind: kWord, flags: nlFlag(nl)}
		if capital {
			t.flags |= tCap
		}
		if allUp && j-i > 1 {
			t.flags |= tUpper
		}
		if ascii {
			t.flags |= tASCII
		}
		if bl <= len(buf) {
			if ascii {
				if mayBeASCIIWord(buf[:bl]) {
					t.e, _ = vocabASCII.GetBytes(buf[:bl])
				}
			} else {
				t.e, _ = vocabOther.GetBytes(buf[:bl])
			}
		}
		t.flags |= entryFlags(t.e)
		return append(toks, t), j
	}
	return toks, len(text)
}

// scanWord reads the word starting at text[i] (a letter): its end, its
// lower-case form in buf (bl bytes; more than len(buf) when it does not
// fit, and then buf is not to be read), whether its first letter is upper
// case, whether all its letters are, and whether it is ASCII only.
// An apostrophe between two Cyrillic letters is part of the word, written
// ' in buf; "ё" is written "е", as the lexicon writes it.
func scanWord(text string, i int, buf *[maxLookup]byte) (j, bl int, capital, allUp, ascii bool) {
	const full = len(buf) + 1 // bl once a letter did not fit
	if c := text[i]; c < utf8.RuneSelf {
		capital = c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(text[i:])
		capital = unicode.IsUpper(r)
	}
	allUp, ascii = true, true
	for j = i; j < len(text); {
		c := text[j]
		if c < utf8.RuneSelf {
			if lc := c | 0x20; lc-'a' <= 'z'-'a' {
				var lower bool
				j, bl, lower = asciiLetters(text, j, buf, bl)
				if lower {
					allUp = false
				}
				continue
			}
			// "п'ятниця" typed with an ASCII apostrophe
			if c != '\'' || !cyrillicApostrophe(text, j, 1) {
				break
			}
			if bl < len(buf) {
				buf[bl] = '\''
				bl++
			}
			ascii = false
			j++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			// An apostrophe inside a Cyrillic word is part of it
			// ("п’ятниця", "інтерв'ю"); it is looked up as '.
			if (r == '’' || r == 'ʼ') && cyrillicApostrophe(text, j, sz) {
				if bl < len(buf) {
					buf[bl] = '\''
					bl++
				}
				ascii = false
				j += sz
				continue
			}
			break
		}
		ascii = false
		if !unicode.IsUpper(r) {
			allUp = false
		}
		if bl < full && !otherPages.has(r) {
			bl = full // no vocabOther key holds its lower case
		}
		if bl == full {
			j += sz
			continue
		}
		lr := unicode.ToLower(r)
		if lr == 'ё' {
			lr = 'е' // looked up folded, as the lexicon writes it
		}
		if bl+utf8.RuneLen(lr) > len(buf) {
			bl = full
		} else {
			bl += utf8.EncodeRune(buf[bl:], lr)
		}
		j += sz
	}
	return j, bl, capital, allUp, ascii
}

// runePages has a bit for each block of 128 code points.
type runePages [(unicode.MaxRune>>7 + 64) / 64]uint64

// has reports the bit of r's block; r is a rune DecodeRuneInString gives.
func (p *runePages) has(r rune) bool {
	b := uint32(r) >> 7
	return p[b/64]&(1<<(b%64)) != 0
}

func (p *runePages) set(r rune) {
	b := uint32(r) >> 7
	p[b/64] |= 1 << (b % 64)
}

// otherPages holds the blocks of the runes whose lower case (scanWord's:
// "ё" read as "е") a vocabOther key holds: scanWord does not lower a
// word's letters, and the word is not looked up, once a letter lies in
// another block (most words of scripts the vocabulary lacks).
var otherPages runePages

// lowerPages is a superset of the blocks of the runes whose lower case
// (with "ё" for "е") is a rune of a key of words: the blocks of those
// runes, and all the blocks of each of unicode.CaseRanges whose lower
// cases (read as an interval) reach one of those blocks.
func lowerPages[V any](words map[string]V) runePages {
	var keys runePages
	for w := range words {
		for _, r := range w {
			keys.set(r)
		}
	}
	if keys.has('е') {
		keys.set('ё')
	}
	p := keys
	for _, cr := range unicode.CaseRanges {
		lo, hi := rune(cr.Lo), rune(cr.Hi)
		if d := cr.Delta[unicode.LowerCase]; d == unicode.UpperLower {
			hi++
		} else {
			lo, hi = lo+d, hi+d
		}
		if keys.anyIn(lo, hi) {
			for r := rune(cr.Lo); r <= rune(cr.Hi); r += 128 {
				p.set(r)
			}
			p.set(rune(cr.Hi))
		}
	}
	return p
}

// anyIn reports a block of p among those of lo..hi.
func (p *runePages) anyIn(lo, hi rune) bool {
	for r := lo; r < hi+128; r += 128 {
		if p.has(min(r, hi)) {
			return true
		}
	}
	return false
}

// asciiLetters writes the run of ASCII letters at text[j] into buf from
// bl in lower case (bl becomes len(buf)+1 when they do not fit), and
// tells the run's end, the new bl and whether it holds a lower-case
// letter. It is the tokenizer's inner loop: a function of its own, so
// that it keeps its few variables in registers.
func asciiLetters(text string, j int, buf *[maxLookup]byte, bl int) (int, int, bool) {
	lower := false
	for ; j < len(text); j++ {
		c := text[j]
		lc := c | 0x20
		if lc-'a' > 'z'-'a' {
			break
		}
		lower = lower || c == lc
		if bl < len(buf) {
			buf[bl] = lc
			bl++
		} else {
			bl = len(buf) + 1
		}
	}
	return j, bl, lower
}

// cyrillicApostrophe reports whether the apostrophe of sz bytes at text[j]
// stands between two Cyrillic letters (inside a word: j > 0).
func cyrillicApostrophe(text string, j, sz int) bool {
	if j == 0 || j+sz >= len(text) {
		return false
	}
	pr, _ := utf8.DecodeLastRuneInString(text[:j])
	nr, _ := utf8.DecodeRuneInString(text[j+sz:])
	return unicode.Is(unicode.Cyrillic, pr) && unicode.Is(unicode.Cyrillic, nr)
}
