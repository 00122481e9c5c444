package claim

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/sentence"
)

// TestTokenLower: a token's lower form, sliced from the fold of its text
// (ASCII) or lowered on its own, is strings.ToLower of the token, on the
// lines of examples/ and on texts with the runes the fold rewrites.
func TestTokenLower(t *testing.T) {
	texts := []string{"“Quoted” Words’ — and «ДАННЫЕ» U.S. N. 13,000\t\tTabs\u00a0NBSP İstanbul ΣΟΦΊΑ"}
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(raw), "\n")...)
	}
	n := 0
	for _, tx := range texts {
		for _, tk := range tokenize(tx) {
			n++
			if tk.text != tx[tk.start:tk.end] || tk.lower != strings.ToLower(tk.text) {
				t.Fatalf("%q: token %q lower %q at %d-%d", tx, tk.text, tk.lower, tk.start, tk.end)
			}
		}
	}
	if n < 2000 {
		t.Errorf("%d tokens checked", n)
	}
}

// exampleSentences are the sentences of examples/ and a few made to hold
// cue and ratio words in odd case, script and punctuation.
func exampleSentences(t *testing.T) []string {
	out := []string{"“SAİD” (Kelvin: Kept) twelve-fold—", "It DOUBLED, sources SAID.", "Ten’fold «according» to…",
		"A six-fold rise", "no cue here", "by-products", "said's", "x.said.y", "Доклад said", "13,000 twice"}
	return append(out, exampleFileSentences(t)...)
}

// exampleFileSentences are the sentences of the articles in examples/.
func exampleFileSentences(t *testing.T) []string {
	var out []string
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "*.txt"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range strings.Split(string(raw), "\n") {
			for _, sp := range sentence.Split(p) {
				out = append(out, p[sp.Start:sp.End])
			}
		}
	}
	return out
}

// TestWordCuesSeeEveryCue: a sentence with a token whose lower case is a
// cue word, a ratio word or ends in "fold" is marked so by wordCues (the
// sentences it does not mark are not tokenized for sentCands and
// ratioQuantities).
func TestWordCuesSeeEveryCue(t *testing.T) {
	cues, ratios := 0, 0
	for _, st := range exampleSentences(t) {
		cue, ratio := wordCues(fold(st))
		for _, tk := range tokenize(st) {
			if cueWords[tk.lower] {
				cues++
				if !cue {
					t.Errorf("%q: cue word %q not seen", st, tk.lower)
				}
			}
			if _, ok := ratioWords[tk.lower]; ok || strings.HasSuffix(tk.lower, "fold") {
				ratios++
				if !ratio {
					t.Errorf("%q: ratio word %q not seen", st, tk.lower)
				}
			}
		}
	}
	if cues < 100 || ratios < 4 {
		t.Errorf("%d cue and %d ratio tokens checked", cues, ratios)
	}
	if cue, ratio := wordCues(fold("no cue here")); cue || ratio {
		t.Errorf("wordCues(no cue here) = %v, %v", cue, ratio)
	}
}

// TestLateTokensAreTheSame: a sentence tokenized on its own (sent.tokens)
// gets the tokens tokenizing its paragraph's fold gives.
func TestLateTokensAreTheSame(t *testing.T) {
	sc := newScratch().(*scratch)
	for _, st := range exampleSentences(t) {
		para := "Lead sentence.  " + st
		pos := make([]int32, len(para)+1)
		f := foldPos(para, pos)
		off := len(para) - len(st)
		want := appendTokens(nil, st, f, pos[off:])
		if got := sc.sentenceTokens(st); !(len(got) == 0 && len(want) == 0) && !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: tokens %v, from the paragraph's fold %v", st, got, want)
		}
	}
}

// TestHasCyrillicWord: hasCyrillicWord says what looking for a Cyrillic
// word among the sentence's tokens says, on the sentences of examples/
// and on texts where a Cyrillic rune is not the first of its token.
func TestHasCyrillicWord(t *testing.T) {
	texts := append(exampleSentences(t), "«Данные» said", "x-Данные", "(Росстат)", "1,200 рабочих", "“quoted” — dashes",
		"A\u00a0Б", "\u0483ab", "ab\u0483", "€Б", "Ünïcode only", "")
	yes := 0
	for _, st := range texts {
		want := false
		for _, tk := range tokenize(st) {
			if isCyrillicWord(tk.text) {
				want = true
				break
			}
		}
		if got := hasCyrillicWord(st); got != want {
			t.Errorf("hasCyrillicWord(%q) = %v, tokens say %v", st, got, want)
		}
		if want {
			yes++
		}
	}
	if yes < 5 {
		t.Errorf("%d texts with a Cyrillic word checked", yes)
	}
}

// TestLowerSpan: every span's lowerSpan is the lower case of the span, in
// ASCII sentences (sliced from the sentence's lower case) and others.
func TestLowerSpan(t *testing.T) {
	for _, st := range append(exampleSentences(t), "İSTANBUL \u212Aelvin ΣΟΦΊΑ", "ALL ASCII, Upper And lower", "“Curly” ДАННЫЕ — ΣΟΦΊΑ",
		"x\xffY Ab") {
		s := &sent{text: st}
		for a := 0; a <= len(st); a += 3 {
			for b := a; b <= len(st); b += 2 {
				if got, want := s.lowerSpan(a, b), strings.ToLower(st[a:b]); got != want {
					t.Fatalf("%q: lowerSpan(%d, %d) = %q, want %q", st, a, b, got, want)
				}
			}
		}
	}
}
