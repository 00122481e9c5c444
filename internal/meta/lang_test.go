package meta

import (
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// fieldsLower is the reference lowerWords must agree with: the words of
// the lower-cased text as strings.FieldsFunc splits them.
func fieldsLower(s string, apos bool) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !(apos && (r == '\'' || r == '’'))
	})
}

func collectWords(s string, apos bool) []string {
	var out []string
	lowerWords(s, apos, func(w []byte) { out = append(out, string(w)) })
	return out
}

var lowerWordsCases = []string{
	"",
	"The Harbour Board MET on Tuesday.",
	"  leading and trailing  ",
	"Сенат УТВЕРДИЛ бюджет, а мер — ні.",
	"п'ятниця і п’ятниця",
	"don't stop",
	"ÀÉÎõü straße İstanbul ǅemal",
	"bad \xff bytes \xe2\x80 here",
	"mixed123digits and_underscores",
	"한국어 텍스트 and Ⅻ numerals Ⓐ",
	strings.Repeat("a", 100) + " long word",
}

func TestLowerWordsSplitsAsFieldsFunc(t *testing.T) {
	for _, s := range lowerWordsCases {
		for _, apos := range []bool{false, true} {
			got, want := collectWords(s, apos), fieldsLower(s, apos)
			if strings.Join(got, "|") != strings.Join(want, "|") || len(got) != len(want) {
				t.Errorf("lowerWords(%q, %v) = %q, want %q", s, apos, got, want)
			}
		}
	}
}

func FuzzLowerWords(f *testing.F) {
	for _, s := range lowerWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, apos := range []bool{false, true} {
			got, want := collectWords(s, apos), fieldsLower(s, apos)
			if len(got) != len(want) || strings.Join(got, "\x00") != strings.Join(want, "\x00") {
				t.Fatalf("lowerWords(%q, %v) = %q, want %q", s, apos, got, want)
			}
		}
	})
}

// scanReference is what scanText must return: the script counts, the
// words lowerWords visits and how many of them enWords holds.
func scanReference(s string) (scripts, int, int) {
	words, en := 0, 0
	lowerWords(s, false, func(w []byte) {
		words++
		if enWords[string(w)] {
			en++
		}
	})
	return countScripts(s), words, en
}

func TestScanTextAgreesWithItsParts(t *testing.T) {
	cases := append([]string{"The board said that it was in the harbour, and so on.", "Which, WHICH, whichever; the-the",
		"thé the thе", // the last has a Cyrillic е
		"Ⓐnd and", "saidsaid said",
		"İT was İn", "KİT", "\u212Aey to 0İT"}, lowerWordsCases...)
	for _, s := range cases {
		sc, words, en := scanText(s)
		wsc, wwords, wen := scanReference(s)
		if sc != wsc || words != wwords || en != wen {
			t.Errorf("scanText(%q) = %+v %d %d, want %+v %d %d", s, sc, words, en, wsc, wwords, wen)
		}
	}
}

// TestScanTextWikinews: scanText agrees with the reference on what Lang
// reads of each Wikinews article, from each of its first eight bytes (so
// that every byte ends an eight-byte block once), and on words that cross
// blocks and fill them.
func TestScanTextWikinews(t *testing.T) {
	texts := []string{"abcdefgh the", "the abcdefghijklmnop and", "thethethe the", "a the an", "said,said.said",
		"Which-which_WHICH", "of\u00e9of the\u00e9", "ab\u00e9the theé", "x1the2THE3 \u0130t"}
	for _, a := range sharedtest.Wikinews(t) {
		texts = append(texts, a.Text[:min(len(a.Text), langBytes)])
	}
	for _, text := range texts {
		for k := 0; k < 8 && k < len(text); k++ {
			s := text[k:]
			sc, words, en := scanText(s)
			wsc, wwords, wen := scanReference(s)
			if sc != wsc || words != wwords || en != wen {
				t.Fatalf("scanText(%q) = %+v %d %d, want %+v %d %d", s, sc, words, en, wsc, wwords, wen)
			}
		}
	}
}

// TestIsEnWordIsTheSet: the slot look-up finds each English common word
// and no other short lower-case ASCII word of the Wikinews sample (nor
// prefixes, extensions and neighbours of the common words).
func TestIsEnWordIsTheSet(t *testing.T) {
	pack := func(w string) uint64 {
		var x uint64
		for i := len(w) - 1; i >= 0; i-- {
			x = x<<8 | uint64(w[i])
		}
		return x
	}
	words := map[string]bool{}
	for w := range enWords {
		words[w], words[w[:len(w)-1]], words[w+"s"], words["a"+w], words[w[1:]+w[:1]] = true, true, true, true, true
	}
	for _, a := range sharedtest.Wikinews(t) {
		for _, w := range fieldsLower(a.Text, false) {
			words[w] = true
		}
	}
	n := 0
	for w := range words {
		if w == "" || len(w) >= wordBytes || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue
		}
		n++
		if got := isEnWord(pack(w)); got != enWords[w] {
			t.Errorf("isEnWord(%q) = %v, want %v", w, got, enWords[w])
		}
	}
	if n < 1000 {
		t.Errorf("only %d words tried", n)
	}
}

func FuzzScanText(f *testing.F) {
	for _, s := range lowerWordsCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sc, words, en := scanText(s)
		wsc, wwords, wen := scanReference(s)
		if sc != wsc || words != wwords || en != wen {
			t.Fatalf("scanText(%q) = %+v %d %d, want %+v %d %d", s, sc, words, en, wsc, wwords, wen)
		}
	})
}
