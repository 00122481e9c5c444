package topic

import (
	"strings"
	"testing"
)

// TestWordFilter: no word of a set is turned away; words of other first
// or last bytes or lengths are.
func TestWordFilter(t *testing.T) {
	words := map[string]bool{}
	for _, w := range append(strings.Fields(`said says according by`), strings.Repeat("x", 70)) {
		words[w] = true
	}
	f := NewWordFilter(words)
	for w := range words {
		if !f.May(w) {
			t.Errorf("May(%q) = false for a word of the set", w)
		}
	}
	for _, c := range []struct {
		w    string
		want bool
	}{
		{"", false}, {"sad", false}, {"sai", false}, {"saidx", false}, {"soys", true}, // same first byte and length
		{"b", false}, {"be", false}, {"by", true}, {"accordion", false}, {"accorning", true}, {"xx", false}, {strings.Repeat("x", 90), true},
		{"sayd", true}, {"saix", false}, // first and last bytes of two words of the length pass
	} {
		if got := f.May(c.w); got != c.want {
			t.Errorf("May(%q) = %v, want %v", c.w, got, c.want)
		}
	}
}

// TestWordsAreLowered: each word is the lower case of its span, whether
// the span is ASCII, has upper case or runes outside ASCII.
func TestWordsAreLowered(t *testing.T) {
	text := "North KOREA's 13,000 workers — «ВОРКЕРЫ» п’ять İstanbul x\xffY dear ΣΟΦΊΑ ok"
	ws := Words(text)
	if len(ws) < 10 {
		t.Fatalf("%d words in %q", len(ws), text)
	}
	for _, w := range ws {
		if want := strings.ToLower(text[w.Start:w.End]); w.Text != want {
			t.Errorf("word %q at %d-%d, want %q", w.Text, w.Start, w.End, want)
		}
	}
}
