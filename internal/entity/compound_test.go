package entity

import (
	"slices"
	"strings"
	"testing"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// refCompoundsAt is compoundsAt as splitCompoundsInPlace found the words
// before: every token asked in turn (kept to check it against).
func refCompoundsAt(toks []token) []int {
	var at []int
	for i := range toks {
		if splitsCompound(toks, i) {
			at = append(at, i)
		}
	}
	return at
}

// compoundCases are texts with hyphens where splitCompounds splits and
// where it does not: several compounds, one at the start and at the end,
// a hyphen between tokens, words of several hyphens, lower-case and short
// words, a hyphen at the text's edges, dashes that are not hyphens.
var compoundCases = []string{
	"", "-", "Korea-Russia", "Korea-Russia talks", "talks Korea-Russia",
	"The Korea-Russia talks; AFP-Yonhap and Korea-Japan - Seoul-based -- ex-KGB",
	"Korea - Russia", "Korea -Russia", "Korea- Russia", "Korea-Russia-China", "KOREA-RUSSIA x",
	"korea-russia", "Ko-Ru", "Seoul-Pyongyang-Moscow Korea-Russia", "U.S.-Korea Korea-U.S. x",
	"Korea-Russia\nKorea-Russia\n", "-Korea-Russia-", "Korea‐Russia Korea–Russia",
	"Северная Корея-Россия Korea-Russia's", "Sino-Korean China-Korea talks", "South Korea-Japan ties",
}

// checkCompoundsAt fails t unless compoundsAt finds in text's tokens the
// words refCompoundsAt finds, after what at holds; it returns how many.
func checkCompoundsAt(t *testing.T, text string, at []int) int {
	t.Helper()
	toks := tokensUntil(nil, tk.New(text), nil)
	want := refCompoundsAt(toks)
	got := compoundsAt(at, text, toks)
	if !slices.Equal(got[:len(at)], at) || !slices.Equal(got[len(at):], want) {
		t.Fatalf("%.60q: compounds at %v, want %v after %v", text, got, want, at)
	}
	return len(want)
}

// TestCompoundsAt: compoundsAt finds the words refCompoundsAt finds, on
// the cases and every Wikinews article, appended to what at holds, and
// the cases and articles hold some.
func TestCompoundsAt(t *testing.T) {
	load()
	found := 0
	for _, text := range tokenTexts(t, compoundCases...) {
		found += checkCompoundsAt(t, text, nil)
		checkCompoundsAt(t, text, []int{7})
	}
	if found < 10 {
		t.Errorf("only %d compounds in the cases: they test too little", found)
	}
}

// FuzzCompoundsAt checks compoundsAt against refCompoundsAt on any text,
// and that a text with no hyphen has no compound.
func FuzzCompoundsAt(f *testing.F) {
	load()
	for _, c := range compoundCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if n := checkCompoundsAt(t, text, nil); n > 0 && strings.IndexByte(text, '-') < 0 {
			t.Fatalf("%q: a compound with no hyphen", text)
		}
	})
}
