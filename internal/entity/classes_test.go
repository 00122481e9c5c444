package entity

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// classesAgree checks every token's classes against the lists they stand
// for.
func classesAgree(t *testing.T, text string) {
	t.Helper()
	for _, tok := range splitCompounds(text, tokenize(text)) {
		n := tok.norm()
		_, inGaz := gaz[n]
		_, head := descHeads[n]
		cs := []struct {
			name string
			cls  wordClass
			in   bool
		}{{"gaz", wcGaz, inGaz}, {"gazPrefix", wcGazPrefix, gazPrefix[n]}, {"descHeads", wcDescHead, head}}
		for _, c := range classSets() {
			cs = append(cs, struct {
				name string
				cls  wordClass
				in   bool
			}{c.name, c.cls, c.set[n]})
		}
		for _, c := range cs {
			if tok.is(c.cls) != c.in {
				t.Errorf("%q (%q): class %s is %v, the list says %v", tok.text, n, c.name, tok.is(c.cls), c.in)
			}
		}
	}
}

// TestWordClassesAgree checks the per-token classes against the word lists
// on our own texts and on every Wikinews article.
func TestWordClassesAgree(t *testing.T) {
	for _, c := range append(tokenCases, "The Korea-Russia talks of the Ministry; Seoul-based agency said on Monday", "Розвідка Південної Кореї та ведомство") {
		classesAgree(t, c)
	}
	if sharedtest.Dir("data/wikinews-sample") == "" {
		t.Log("../shared/data/wikinews-sample absent: only the written cases checked")
		return
	}
	for _, a := range sharedtest.Wikinews(t) {
		classesAgree(t, a.Title+"\n\n"+a.Text)
	}
}

// TestClassTable: classOf with its filter and its words by rank gives
// every listed word its classes and words of no list none.
func TestClassTable(t *testing.T) {
	for k, c := range wordClasses {
		if got := classOf(k); got != c {
			t.Errorf("%q: classOf %b (filter, short table or words by rank), the map says %b", k, got, c)
		}
		for _, w := range []string{k + "x", "x" + k, k[:len(k)-1]} {
			if got := classOf(w); got != wordClasses[w] {
				t.Errorf("%q: classOf %b, the map says %b", w, got, wordClasses[w])
			}
		}
	}
	// a bit of classFilter stands for several words at times: each is
	// found among them
	shared := 0
	for r := range len(classStart) - 1 {
		if n := classStart[r+1] - classStart[r]; n > 1 {
			shared++
		}
	}
	if shared == 0 {
		t.Error("no bit of classFilter stands for two listed words: the lists or classFilterIndex changed, and the test of words sharing a bit tests nothing")
	}
	if got := classOf(""); got != wordClasses[""] {
		t.Errorf("empty word: classes %b", got)
	}
}

// TestGazTable: gazTab answers as gaz and gazPrefix do, for every key of
// either and for keys next to them.
func TestGazTable(t *testing.T) {
	load()
	keys := []string{"", "x"}
	for k := range gaz {
		keys = append(keys, k, k+" x", k[:len(k)-1])
	}
	for k := range gazPrefix {
		keys = append(keys, k, k+"s")
	}
	for _, k := range keys {
		i, _ := gazTab.GetBytes([]byte(k))
		if is, _ := gazTab.Get(k); is != i {
			t.Errorf("%q: the phrase of the key as a string is not the one of its bytes", k)
		}
		h := gazPhrases[i]
		es, ok := gaz[k]
		if len(h.es) > 0 != ok || len(h.es) != len(es) || ok && &h.es[0] != &es[0] || h.prefix != gazPrefix[k] {
			t.Errorf("%q: table %d entries, prefix %v; maps %d entries, prefix %v", k, len(h.es), h.prefix, len(es), gazPrefix[k])
		}
	}
}

// FuzzClassOf: classOf (the short table, the filter and the words by
// rank) answers as the map of word classes for any word.
func FuzzClassOf(f *testing.F) {
	for _, w := range []string{"", "the", "of", "ministry", "«", "x", "said", "Korea", "корея"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := classOf(w), wordClasses[w]; got != want {
			t.Errorf("classOf(%q) = %b, the map says %b", w, got, want)
		}
	})
}

// TestShortClass: shortClass is classOf for every word of one to three
// letters a-z (a listed one among them, or the test says nothing).
func TestShortClass(t *testing.T) {
	load()
	listed := 0
	var words []string
	for a := 'a'; a <= 'z'; a++ {
		words = append(words, string(a))
		for b := 'a'; b <= 'z'; b++ {
			words = append(words, string([]rune{a, b}))
			for c := 'a'; c <= 'z'; c++ {
				words = append(words, string([]rune{a, b, c}))
			}
		}
	}
	for _, w := range words {
		got, want := shortClass(w), classOf(w)
		if got != want {
			t.Fatalf("shortClass(%q) = %b, classOf %b", w, got, want)
		}
		if want != 0 {
			listed++
		}
	}
	if listed < 100 {
		t.Fatalf("only %d listed words of up to three letters", listed)
	}
}

// TestFilterIndexOf: filterIndexOf is the mix it was written as (with
// w[min(1, n-1)] for the second byte) for words of one byte and more,
// the listed words among them.
func TestFilterIndexOf(t *testing.T) {
	load()
	ref := func(w string) int {
		n := len(w)
		x := uint32(n) ^ uint32(w[0])<<8 ^ uint32(w[n/2])<<16 ^ uint32(w[n-1])<<24 ^ uint32(w[min(1, n-1)])<<3
		return int((x * 0x9e3779b1) >> 16)
	}
	ws := []string{"a", "ab", "abc", "abcd", "\xff", "\xd0\x9a", "Кремль", "the", "of"}
	for _, w := range classWords {
		ws = append(ws, w.word)
	}
	for _, w := range ws {
		if w == "" {
			continue
		}
		if got, want := filterIndexOf(w), ref(w); got != want {
			t.Fatalf("filterIndexOf(%q) = %d, want %d", w, got, want)
		}
	}
}
