package timex

import (
	"context"
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
// the previous token) tells them apart from "10 am".
type token struct {
	start, end int
	kind       uint8
	nl         bool   // a line break precedes the token
	cap        bool   // word starting with an upper-case letter
	upper      bool   // word all upper case (len > 1)
	ascii      bool   // word of ASCII letters only
	e          *entry // lexicon entry of the lower-cased word, or nil
	n          int    // value of a number token (capped)
	nd         int    // digits in a number token
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
// of the last token until the two agree again on a token's end. When ctx
// is done it returns the tokens so far and ctx's error; ctx may be nil.
func tokensOf(ctx context.Context, st *tok.Stream, toks []token) ([]token, error) {
	text, at := st.Text, st.Toks
	toks = slices.Grow(toks, len(at)) // one token an atom, but for the rare texts timex reads itself
	check := ctxBytes
	prev := 0 // end of the last token made: a token end of both readings
	for k := 0; ; {
		if prev >= check {
			check = prev + ctxBytes
			if ctx != nil && ctx.Err() != nil {
				return toks, ctx.Err()
			}
		}
		if k < len(at) {
			toks, k, prev = fastTokens(st, k, prev, check, toks)
			if k == len(at) || prev >= check {
				continue
			}
			// atom k is one that timex reads itself: below
		} else if _, ok := gapLine(text[prev:]); ok {
			return toks, nil // white space to the end
		}
		// timex's own reading, one token at a time, until a token ends
		// where an atom does
		for {
			var end int
			toks, end = scanOne(text, prev, toks)
			prev = end
			for k < len(at) && int(at[k].End) <= prev {
				k++
			}
			if prev >= len(text) || k == len(at) || int(at[k].Start) >= prev {
				break
			}
		}
		if prev >= len(text) {
			return toks, nil
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

// fastTokens appends the tokens atoms k, k+1, ... of st make, read from
// prev (the end of the last token), while both readings split their text
// alike: any sign, an ASCII number, a word with no combining mark and no
// "ʼ", unless a Cyrillic word might go on through an apostrophe. It stops
// at the first other atom, or once prev reaches limit, and returns the
// tokens, the next atom and the new prev. One call reads a run of atoms.
func fastTokens(st *tok.Stream, k, prev, limit int, toks []token) ([]token, int, int) {
	text, at := st.Text, st.Toks
	for ; k < len(at) && prev < limit; k++ {
		a := at[k]
		s, e := int(a.Start), int(a.End)
		nl := false
		if s > prev {
			if s == prev+1 && text[prev] < utf8.RuneSelf {
				nl = text[prev] == '\n'
			} else {
				var ok bool
				if nl, ok = gapLine(text[prev:s]); !ok {
					break
				}
			}
		}
		t := token{start: s, end: e, nl: nl}
		switch a.Kind {
		case tok.Word:
			t.kind, t.cap, t.upper = kWord, a.Flags&tok.Upper != 0, a.Flags&tok.AllUpper != 0 && e-s > 1
			if a.Flags&tok.ASCII != 0 {
				t.ascii = true
				if e-s <= 8 && s+8 <= len(text) {
					t.e = shortEntry(lowerKey(swar.Load64(text, s), e-s)) // shortKey, inlined
				} else if e-s <= 8 {
					t.e = shortEntry(shortKey(text, s, e))
				} else if mayBeASCIIWord(text[s:e]) {
					t.e = asciiEntry(text[s:e], a.Cased())
				}
			} else {
				var ok bool
				if t.e, ok = otherEntry(st, k); !ok {
					return toks, k, prev
				}
			}
		case tok.Number:
			if a.Flags&tok.ASCII == 0 {
				return toks, k, prev
			}
			n := 0
			for j := s; j < e && n < 1e8; j++ {
				n = n*10 + int(text[j]-'0')
			}
			t.kind, t.n, t.nd = kNum, n, e-s
		default:
			t.kind = kPunct
		}
		toks = append(toks, t)
		prev = e
	}
	return toks, k, prev
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
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			return append(toks, token{start: i, end: j, kind: kNum, nl: nl, n: n, nd: j - i}), j
		case c < utf8.RuneSelf:
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				break
			}
			return append(toks, token{start: i, end: i + 1, kind: kPunct, nl: nl}), i + 1
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
			return append(toks, token{start: i, end: i + sz, kind: kPunct, nl: nl}), i + sz
		}
		// A word: letters (any script).
		var buf [maxLookup]byte
		j, bl, capital, allUp, ascii := scanWord(text, i, &buf)
		t := token{start: i, end: j, kind: kWord, nl: nl, cap: capital, upper: allUp && j-i > 1, ascii: ascii}
		if bl <= len(buf) {
			if ascii {
				if mayBeASCIIWord(buf[:bl]) {
					t.e, _ = vocabASCII.GetBytes(buf[:bl])
				}
			} else {
				t.e, _ = vocabOther.GetBytes(buf[:bl])
			}
		}
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
