package timex

import (
	"context"
	"strings"
	"testing"

	tok "github.com/dossier-osint/dossier/internal/token"
)

// TestASCIIFilterKeepsEveryWord: every lower-case ASCII word of the
// vocabulary passes the filter before the look-up, and words that are not
// in it are turned away by length, first or last letter.
func TestASCIIFilterKeepsEveryWord(t *testing.T) {
	for w := range vocab {
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			continue // the tokenizer looks up runs of letters only
		}
		if !mayBeASCIIWord([]byte(w)) {
			t.Errorf("%q is in the vocabulary but fails the filter", w)
		}
	}
	turnedAway := 0
	for _, w := range []string{"harbour", "ferry", "quayside", "inspectors", "tugboats", "xylophone"} {
		if vocab[w] != nil {
			t.Fatalf("%q is in the vocabulary: pick another word for this test", w)
		}
		if !mayBeASCIIWord([]byte(w)) {
			turnedAway++
		}
	}
	if turnedAway == 0 {
		t.Errorf("the filter turned away none of six words outside the vocabulary")
	}
}

// TestTokenizeSameWithFilter: the tokens of our own sentences carry the
// entries a plain look-up gives.
func TestTokenizeSameWithFilter(t *testing.T) {
	for _, s := range []string{
		"The ferry left on Monday, 3 March 2024, at 10am and came back two weeks later.",
		"Yesterday the harbour board met; next Tuesday it meets again, before the end of the year.",
		"Вчера в п'ятницю паром отплыл; наступного тижня він повернеться.",
		"A WEEK AGO the quay was closed for 48 hours during the storm season",
	} {
		toks, err := tokensOf(context.Background(), tok.New(s), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, tk := range toks {
			if tk.kind != kWord {
				continue
			}
			w := strings.ToLower(s[tk.start:tk.end])
			if !isASCII(w) || strings.ContainsAny(w, "'") {
				continue
			}
			if want := vocab[w]; tk.e != want {
				t.Errorf("%q in %q: entry %v, the look-up gives %v", w, s, tk.e, want)
			}
		}
	}
}
