package topic

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/stem"
)

// stemmedPairSamples are terms at stemmedPairIn's edges: one-rune words,
// the letters that lower to ASCII (İ, the Kelvin sign), digits, marks,
// apostrophes inside a word and between words, Latin letters outside
// ASCII, bytes that are no UTF-8.
var stemmedPairSamples = []string{
	"", "я", "я б", "яб", "Ёлка", "п’ять", "п'ять", "’я", "я’", "ь", "ьь", "İK", "\u212aa", "a\u212a", "İi", "é1", "1é", "éé", "ü ü",
	"٣٤", "x١", "a\u0301", "\u0301a", "я\xffб", "work on", "N. Korea", "артиллерийские снаряды", "снаряд-ы", "«я»б",
}

// stemmedPairHolds reports that when stemmedPairIn says so, a word of the
// term has a stem (stem.Stem, not the reading stem.Stemless makes).
func stemmedPairHolds(t *testing.T, term, lang string) bool {
	if !stemmedPairIn(term, lang) {
		return false
	}
	for _, w := range Words(term) {
		if stem.Stem(lang, w.Text) != "" {
			return true
		}
	}
	t.Errorf("stemmedPairIn(%q, %q) but no word has a stem", term, lang)
	return true
}

// TestStemmedPair: stemmedPairIn is never wrong on the samples and the
// built-in terms, and tells most of the built-in Cyrillic terms.
func TestStemmedPair(t *testing.T) {
	n := 0
	for _, k := range builtinTerms(t) {
		for _, lang := range []string{k.lang, "ru", "uk"} {
			if stemmedPairHolds(t, k.term, lang) && lang == k.lang {
				n++
			}
		}
	}
	for _, s := range stemmedPairSamples {
		for _, lang := range []string{"ru", "uk", "", "en"} {
			stemmedPairHolds(t, s, lang)
		}
	}
	if n < 200 {
		t.Errorf("stemmedPairIn tells %d built-in terms, want most of the Cyrillic ones", n)
	}
}

// FuzzStemmedPair checks stemmedPairIn against Words and stem.Stem.
func FuzzStemmedPair(f *testing.F) {
	for _, s := range stemmedPairSamples {
		f.Add(s, "ru")
		f.Add(s, "uk")
	}
	f.Fuzz(func(t *testing.T, term, lang string) { stemmedPairHolds(t, term, lang) })
}
