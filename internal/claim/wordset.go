package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordSet finds whole words of a list in a text, as the regular expression
// (?i)(?:^|[^\p{L}])(w1|w2|...)(?:[^\p{L}]|$) does (one test of a text of
// which such a pattern was the costliest step of the claim stage): a word
// is a maximal run of letters, compared with the list's words under
// Unicode simple case folding (strings.EqualFold), so "Are", "ARE" and
// "are" match "are" and "are's" matches too ("'" is no letter), "area"
// does not.
type wordSet struct {
	keys     map[string]bool // the words' folded keys, see foldKey
	min, max int             // the shortest and longest word, in runes
}

// newWordSet makes the set of words (separated by white space).
func newWordSet(words string) wordSet {
	ws := wordSet{keys: map[string]bool{}, min: 1 << 30}
	var buf []byte
	for _, w := range strings.Fields(words) {
		n := utf8.RuneCountInString(w)
		ws.min, ws.max = min(ws.min, n), max(ws.max, n)
		buf = foldKey(buf[:0], w)
		ws.keys[string(buf)] = true
	}
	return ws
}

// in reports whether a word of text is in the set.
func (ws wordSet) in(text string) bool {
	var buf [128]byte
	for i := 0; i < len(text); {
		// skip to a letter
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiLetter(c) {
				i++
				continue
			}
		} else if r, sz := utf8.DecodeRuneInString(text[i:]); !unicode.IsLetter(r) {
			i += sz
			continue
		}
		// the run of letters from i
		j, n := i, 0
		for j < len(text) {
			if c := text[j]; c < utf8.RuneSelf {
				if !asciiLetter(c) {
					break
				}
				j++
			} else if r, sz := utf8.DecodeRuneInString(text[j:]); unicode.IsLetter(r) {
				j += sz
			} else {
				break
			}
			n++
		}
		if n >= ws.min && n <= ws.max && ws.keys[string(foldKey(buf[:0], text[i:j]))] {
			return true
		}
		i = j
	}
	return false
}

func asciiLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// foldKey appends to b the key of word w: each rune as the least rune of
// its case-folding orbit (unicode.SimpleFold), so two words have one key
// exactly when strings.EqualFold holds.
func foldKey(b []byte, w string) []byte {
	for _, r := range w {
		b = utf8.AppendRune(b, foldRune(r))
	}
	return b
}

// foldRune is the least rune of r's case-folding orbit.
func foldRune(r rune) rune {
	if r < rune(len(foldTable)) {
		return rune(foldTable[r])
	}
	return orbitMin(r)
}

// foldTable (fold_table.go) holds foldRune of the runes below U+0530
// (Latin, Greek, Cyrillic): orbitMin of each, written out by TestFoldTable
// so that it is data in the binary, not 1,328 orbits walked at every start.
//
//go:generate go test -run TestFoldTable -update .
//go:generate go test -run TestFilterTable -update .

func orbitMin(r rune) rune {
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}
