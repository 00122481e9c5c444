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
		j := i
		bl := 0
		ok := true
		allUp := true
		ascii := true
		first := true
		capital := false
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				isLo := c >= 'a' && c <= 'z'
				isUp := c >= 'A' && c <= 'Z'
				if !isLo && !isUp {
					if c == '\'' && j > i && j+1 < len(text) {
						// "п'ятниця" typed with an ASCII apostrophe
						pr, _ := utf8.DecodeLastRuneInString(text[:j])
						nr, _ := utf8.DecodeRuneInString(text[j+1:])
						if unicode.Is(unicode.Cyrillic, pr) && unicode.Is(unicode.Cyrillic, nr) {
							if ok && bl < len(buf) {
								buf[bl] = '\''
								bl++
							}
							ascii = false
							j++
							continue
						}
					}
					break
				}
				if first {
					capital = isUp
					first = false
				}
				if isLo {
					allUp = false
				} else {
					c += 'a' - 'A'
				}
				if ok {
					if bl < len(buf) {
						buf[bl] = c
						bl++
					} else {
						ok = false
					}
				}
				j++
				continue
			}
			r, sz := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				// An apostrophe inside a Cyrillic word is part of it
				// ("п’ятниця", "інтерв'ю"); it is looked up as '.
				if (r == '\'' || r == '’' || r == 'ʼ') && j > i && j+sz < len(text) {
					pr, _ := utf8.DecodeLastRuneInString(text[:j])
					nr, _ := utf8.DecodeRuneInString(text[j+sz:])
					if unicode.Is(unicode.Cyrillic, pr) && unicode.Is(unicode.Cyrillic, nr) {
						if ok && bl < len(buf) {
							buf[bl] = '\''
							bl++
						}
						ascii = false
						j += sz
						continue
					}
				}
				break
			}
			ascii = false
			if first {
				capital = unicode.IsUpper(r)
				first = false
			}
			if !unicode.IsUpper(r) {
				allUp = false
			}
			if ok {
				lr := unicode.ToLower(r)
				if lr == 'ё' {
					lr = 'е' // looked up folded, as the lexicon writes it
				}
				if bl+utf8.RuneLen(lr) > len(buf) {
					ok = false
				} else {
					bl += utf8.EncodeRune(buf[bl:], lr)
				}
			}
			j += sz
		}
		t := token{start: i, end: j, kind: kWord, nl: nl, cap: capital, upper: allUp && j-i > 1, ascii: ascii}
		if ok {
			// two maps: English text looks up its words in the smaller
			// map of ASCII words only
			if ascii {
				if mayBeASCIIWord(buf[:bl]) {
					t.e = vocabASCII[string(buf[:bl])]
				}
			} else if e, found := vocabOther[string(buf[:bl])]; found {
				t.e = e
			}
		}
		toks = append(toks, t)
		nl = false
		i = j
	}
	return toks, nil
}
