package timex

import (
	"context"
	"strings"
	"testing"
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
		toks, err := tokenize(context.Background(), s, nil)
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

// TestTokenizeStopsInALongLine: a cancelled context stops the split of a
// text on one line within its first 64 KiB, not at the line's end.
func TestTokenizeStopsInALongLine(t *testing.T) {
	line := strings.Repeat("the ferry left on monday ", 40000) // 1 MB, no line break
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	toks, err := tokenize(ctx, line, nil)
	if err == nil {
		t.Fatal("tokenize with a cancelled context returned no error")
	}
	if len(toks) == 0 {
		t.Fatal("tokenize returned no tokens of the first 64 KiB")
	}
	if end := toks[len(toks)-1].end; end > 2*ctxBytes {
		t.Errorf("tokenize read to byte %d of %d after the context was cancelled", end, len(line))
	}
	if ts, err := FindContext(ctx, line, Ref{}); err == nil || ts != nil {
		t.Errorf("FindContext with a cancelled context = %v, %v; want nothing and the context's error", ts, err)
	}
}
