package copies

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// Names are compared across scripts and inflections by a fold: Cyrillic
// letters are spelled in Latin, y becomes i, doubled letters are single,
// and a case or surname ending (or trailing vowels) is dropped, so that
// "Шойгу" and "Shoigu", "Курской" and "Kursk", "Росстата" and "Rosstat",
// "Гнатов" (Ukrainian) and "Hnatov" meet. It is applied to names only
// (anchors and story keys), never to the words that decide exact and near
// copies. The table is data/fold.txt.

//go:embed data/fold.txt
var foldData string

var (
	cyrLatin = map[rune]string{} // Cyrillic letter -> Latin
	foldEnds []string            // endings, longest first
)

func init() {
	section := ""
	for n, line := range strings.Split(foldData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '[' {
			section = line
			continue
		}
		f := strings.Fields(line)
		switch section {
		case "[letters]":
			r, size := utf8.DecodeRuneInString(f[0])
			if size != len(f[0]) || len(f) > 2 {
				panic(fmt.Sprintf("copies: data/fold.txt line %d: want a letter and its spelling: %q", n+1, line))
			}
			lat := ""
			if len(f) > 1 {
				lat = f[1]
			}
			cyrLatin[r] = lat
		case "[endings]":
			foldEnds = append(foldEnds, f...)
		default:
			panic(fmt.Sprintf("copies: data/fold.txt line %d: outside a section: %q", n+1, line))
		}
	}
	slices.SortStableFunc(foldEnds, func(a, b string) int { return len(b) - len(a) })
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// minStem is the fewest letters a fold keeps when it strips an ending.
const minStem = 3

// foldName appends the folded form of a normalized (lower-case) name to
// dst.
func foldName(dst []byte, norm string) []byte {
	start := len(dst)
	for i := 0; i < len(norm); {
		if c := norm[i]; c < utf8.RuneSelf {
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(norm[i:])
		i += size
		if lat, ok := cyrLatin[r]; ok {
			dst = append(dst, lat...)
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	w := dst[start:]
	// y is i; kh is h (Russian х is kh or h in English: Khasan, Hanbit);
	// h is g at the start or after a vowel; single letters for doubled ones
	n := 0
	for j, c := range w {
		switch c {
		case 'y':
			c = 'i'
		case 'k':
			if j+1 < len(w) && w[j+1] == 'h' {
				continue
			}
		case 'h':
			if n == 0 || isVowel(w[n-1]) {
				c = 'g'
			}
		}
		if n > 0 && c == w[n-1] && c < utf8.RuneSelf {
			continue
		}
		w[n] = c
		n++
	}
	w = w[:n]
	for range 2 {
		w = stripEnding(w)
	}
	return dst[:start+len(w)]
}

// stripEnding drops the longest ending of foldEnds, else the trailing
// vowels, keeping at least minStem letters; a word with letters outside
// ASCII (another script) is kept whole.
func stripEnding(w []byte) []byte {
	for _, c := range w {
		if c >= utf8.RuneSelf {
			return w
		}
	}
	for _, e := range foldEnds {
		if len(w)-len(e) >= minStem && string(w[len(w)-len(e):]) == e {
			return w[:len(w)-len(e)]
		}
	}
	n := len(w)
	for n > minStem && isVowel(w[n-1]) {
		n--
	}
	return w[:n]
}

// FoldName returns the fold of a name (for tests and for comparing with
// internal/entity's keys): "Шойгу" and "Shoigu" give the same string.
func FoldName(name string) string {
	var b []byte
	for i, t := range tokenize(name) {
		if i > 0 {
			b = append(b, ' ')
		}
		b = foldName(b, t.norm)
	}
	return string(b)
}
