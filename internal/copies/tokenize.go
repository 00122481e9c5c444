package copies

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// token is one word of a text after normalization.
type token struct {
	norm     string // lower case, apostrophes and number separators removed
	cap      bool   // the word began with an upper-case letter
	num      bool   // the word is a figure (starts with a digit)
	sentence bool   // first word of a sentence
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
// dropped ("didn't" -> "didnt") and a possessive "'s" is removed; commas and
// full stops between digits are kept inside figures with the commas removed
// ("10,000" -> "10000", "1.5" -> "1.5"). Sentences end at ".", "!", "?" and
// at line breaks, except after single letters ("U.S.") and common
// abbreviations. It never fails: any byte sequence yields some tokens.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/6)
	var b strings.Builder
	newSentence := true
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
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
					last := toks[len(toks)-1].norm
					if utf8.RuneCountInString(last) == 1 && !toks[len(toks)-1].num || abbreviations[last] {
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
		b.Reset()
		isNum := unicode.IsDigit(r)
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
				b.WriteRune(unicode.ToLower(r))
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
			if isNum && (r == ',' || r == '.') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
				if r == '.' {
					b.WriteByte('.')
				}
				i++
				continue
			}
			break
		}
		first, _ := utf8.DecodeRuneInString(text[start:])
		toks = append(toks, token{
			norm:     b.String(),
			cap:      unicode.IsUpper(first),
			num:      isNum,
			sentence: newSentence,
		})
		newSentence = false
	}
	return toks
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// word16 maps a normalized word to a 16-bit code in 1..65535; 0 is kept as
// the sentence separator in stored token sequences.
func word16(norm string) uint16 {
	return uint16(xxhash.Sum64String(norm)%65535) + 1
}

// Normalize returns the text as the space-separated sequence of its
// normalized words: the form whose hash defines an exact copy.
func Normalize(text string) string {
	toks := tokenize(text)
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
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
