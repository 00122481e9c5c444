package lexicon

import (
	"maps"
	"strings"
	"testing"
)

// wordsRef is WordSet as it was written first (entity's words): strings.FieldsFunc on the three gaps.
func wordsRef(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }) {
		m[w] = true
	}
	return m
}

// TestWordSetAgreesWithFieldsFunc: WordSet parts s as
// strings.FieldsFunc on space, tab and line break does, and wordRoom
// leaves room for its words.
func TestWordSetAgreesWithFieldsFunc(t *testing.T) {
	for _, s := range []string{"", " ", "a", " a ", "a  b\tc\nd", "\t\nx", "двух  слов", "a\u00a0b \r c", "\xff \xc3 é", "same same"} {
		checkWords(t, s)
	}
}

func checkWords(t *testing.T, s string) {
	t.Helper()
	if got, want := WordSet(s), wordsRef(s); !maps.Equal(got, want) {
		t.Fatalf("WordSet(%q) = %v, want %v", s, got, want)
	}
	if got, want := wordRoom(s), len(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' })); got < want {
		t.Fatalf("wordRoom(%q) = %d, want at least %d", s, got, want)
	}
}

func FuzzWordSet(f *testing.F) {
	f.Add("afp efe\tepa\nreuters  \xff")
	f.Fuzz(checkWords)
}
