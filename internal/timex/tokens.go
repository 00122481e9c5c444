package timex

import (
	"context"
	"unicode"
	"unicode/utf8"
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

// ctxBytes is how many bytes of text tokenize reads between two looks at
// its context: a long text on one line stops at its cancellation too.
const ctxBytes = 1 << 16

// tokenize splits text into tokens. Words are looked up in the lexicon
// without allocating: only lexicon words get their lower-case form (the
// interned map key). When ctx is done it returns the tokens so far and
// ctx's error; ctx may be nil.
func tokenize(ctx context.Context, text string, toks []token) ([]token, error) {
	var buf [48]byte
	nl := false
	check := ctxBytes
	for i := 0; i < len(text); {
		if i >= check {
			check = i + ctxBytes
			if ctx != nil && ctx.Err() != nil {
				return toks, ctx.Err()
			}
		}
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
			toks = append(toks, token{start: i, end: j, kind: kNum, nl: nl, n: n, nd: j - i})
			nl = false
			i = j
			continue
		case c < utf8.RuneSelf:
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				break
			}
			toks = append(toks, token{start: i, end: i + 1, kind: kPunct, nl: nl})
			nl = false
			i++
			continue
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
			toks = append(toks, token{start: i, end: i + sz, kind: kPunct, nl: nl})
			nl = false
			i += sz
			continue
		}
		// A word: letters (any script).
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
		toks = append(toks, t)
		nl = false
		i = j
	}
	return toks, nil
}

// scanWord reads the word starting at text[i] (a letter): its end, its
// lower-case form in buf (bl bytes; more than len(buf) when it does not
// fit, and then buf is not to be read), whether its first letter is upper
// case, whether all its letters are, and whether it is ASCII only.
// An apostrophe between two Cyrillic letters is part of the word, written
// ' in buf; "ё" is written "е", as the lexicon writes it.
func scanWord(text string, i int, buf *[48]byte) (j, bl int, capital, allUp, ascii bool) {
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
func asciiLetters(text string, j int, buf *[48]byte, bl int) (int, int, bool) {
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
