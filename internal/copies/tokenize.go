package copies

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// token is one word of a text after normalization.
type token struct {
	norm       string // lower case, apostrophes and number separators removed
	start, end int    // byte span in the text
	cap        bool   // the word began with an upper-case letter
	num        bool   // the word is a figure (starts with a digit)
	sentence   bool   // first word of a sentence
}

// abbreviations after which a full stop does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"gov": true, "sen": true, "rep": true, "st": true, "jr": true, "sr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "vs": true, "etc": true, "inc": true, "corp": true, "co": true,
	"ltd": true, "lt": true, "col": true, "capt": true, "sgt": true, "approx": true,
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '‘' }

// tokenize splits text into normalized words and marks sentence starts. A
// word is a run of letters and digits; an apostrophe inside a word is
// dropped ("didn't" -> "didnt") and a possessive "'s" is removed. Figures
// keep their value whatever the digit grouping (see groupSep): "10,000",
// "10 000" (space, no-break or thin space) -> "10000"; a full stop or a
// decimal comma between digits is a decimal point ("1.5", "2,5" -> "1.5",
// "2.5"). Sentences end at ".", "!", "?" and at line breaks, except after
// single letters ("U.S.") and common abbreviations. It never fails: any
// byte sequence yields some tokens.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/6)
	// the normalized words are written one after the other into buf and
	// cut from one string at the end: one allocation, not one per word
	buf := make([]byte, 0, len(text))
	normAt := make([]int32, 0, 2*cap(toks))
	lastNorm := func() []byte {
		n := len(normAt)
		return buf[normAt[n-2]:normAt[n-1]]
	}
	newSentence := true
	i := 0
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			switch r {
			case '\n':
				// a line break inside a paragraph (hard-wrapped text) is
				// not a boundary; a blank line is.
				j := i + size
				for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
					j++
				}
				if j < len(text) && text[j] == '\n' {
					newSentence = true
				}
			case '.', '!', '?', ';', ':':
				if r == '.' && len(toks) > 0 && !newSentence {
					last := lastNorm()
					if utf8.RuneCount(last) == 1 && !toks[len(toks)-1].num || abbreviations[string(last)] {
						break
					}
				}
				if r == ':' || r == ';' {
					// a colon or semicolon ends a sentence only at a line end.
					if j := i + size; j < len(text) && text[j] != '\n' && text[j] != '\r' {
						break
					}
				}
				newSentence = true
			}
			i += size
			continue
		}
		start := i
		normStart := len(buf)
		isNum := r < utf8.RuneSelf && isDigit(byte(r)) || r >= utf8.RuneSelf && unicode.IsDigit(r)
		groups, decimal := 0, false // digit-group separators and decimal point seen
		for i < len(text) {
			r, size = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
			}
			if r < utf8.RuneSelf && isWordByte(byte(r)) {
				c := byte(r)
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf = append(buf, c)
				i++
				continue
			}
			if r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)) {
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
				i += size
				continue
			}
			if isApostrophe(r) && i+size < len(text) {
				n, _ := utf8.DecodeRuneInString(text[i+size:])
				if unicode.IsLetter(n) {
					// possessive 's: drop it; other contractions: join.
					rest := text[i+size:]
					if (rest[0] == 's' || rest[0] == 'S') && (len(rest) == 1 || !isWordByte(rest[1])) {
						i += size + 1
						break
					}
					i += size
					continue
				}
			}
			if isNum {
				if n := groupSep(text, i, size, r, groups); n > 0 && !decimal {
					i += n // a digit-group separator: the figure goes on
					groups++
					continue
				}
				if (r == ',' || r == '.') && i+1 < len(text) && isDigit(text[i+1]) && !decimal {
					buf = append(buf, '.') // decimal point or decimal comma
					decimal = true
					i++
					continue
				}
			}
			break
		}
		first := rune(text[start])
		if first >= utf8.RuneSelf {
			first, _ = utf8.DecodeRuneInString(text[start:])
		}
		normAt = append(normAt, int32(normStart), int32(len(buf)))
		toks = append(toks, token{
			start:    start,
			end:      i,
			cap:      first >= 'A' && first <= 'Z' || first >= utf8.RuneSelf && unicode.IsUpper(first),
			num:      isNum,
			sentence: newSentence,
		})
		newSentence = false
	}
	all := string(buf)
	for k := range toks {
		toks[k].norm = all[normAt[2*k]:normAt[2*k+1]]
	}
	return toks
}

// isWordRune reports whether r is a letter or a digit.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		c := byte(r)
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// groupSep reports the byte length of a digit-group separator at text[i]
// (rune r of size bytes) inside a figure, or 0: a comma, a space, a
// no-break space (U+00A0), a thin space (U+2009) or a narrow no-break space
// (U+202F) followed by exactly three digits, after a first group of one to
// three digits ("13 221", "1,250,000"). groups is the number of separators
// already taken: the first group's length is checked before the first.
func groupSep(text string, i, size int, r rune, groups int) int {
	switch r {
	case ',', ' ', '\u00a0', '\u2009', '\u202f':
	default:
		return 0
	}
	j := i + size
	if j+3 > len(text) || !isDigit(text[j]) || !isDigit(text[j+1]) || !isDigit(text[j+2]) ||
		j+3 < len(text) && isDigit(text[j+3]) {
		return 0
	}
	if groups == 0 {
		// the first group: one to three digits back to the figure's start
		k := i
		for k > 0 && isDigit(text[k-1]) {
			k--
		}
		if n := i - k; n < 1 || n > 3 || k > 0 && (text[k-1] == '.' || text[k-1] == ',') {
			return 0
		}
	}
	return size
}

// isWordByte reports whether an ASCII byte is a letter or digit; any byte
// of a multi-byte rune counts as one (after an apostrophe).
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// word16 maps a normalized word to a 16-bit code in 1..65535; 0 is kept as
// the sentence separator in stored token sequences.
func word16(norm string) uint16 {
	return uint16(xxhash.Sum64String(norm)%65535) + 1
}

// Normalize returns the text as the space-separated sequence of its
// normalized words: equal sequences define an exact copy. Two figures in a
// row are separated by ", " so that the result reads back as the same
// words ("5. 100" -> "5, 100", never the one figure "5 100").
func Normalize(text string) string {
	toks := tokenize(text)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			if t.num && toks[i-1].num {
				b.WriteByte(',')
			}
			b.WriteByte(' ')
		}
		b.WriteString(t.norm)
	}
	return b.String()
}

// anchors returns the indexes of the words that name or count something:
// figures, capitalised words inside a sentence, and capitalised sentence
// openers whose lower-case form is seen capitalised inside a sentence
// elsewhere in the text (so "Russia" opening a sentence counts, "However"
// does not). Spinners replace common words but leave these intact.
func anchors(toks []token) []int {
	named := map[string]bool{}
	for _, t := range toks {
		if t.cap && !t.sentence && !t.num {
			named[t.norm] = true
		}
	}
	var out []int
	for i, t := range toks {
		switch {
		case t.num:
			out = append(out, i)
		case t.cap && !t.sentence:
			out = append(out, i)
		case t.cap && named[t.norm]:
			out = append(out, i)
		}
	}
	return out
}
