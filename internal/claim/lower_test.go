package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

var lowerSamples = []string{"", "a", "A", "Hello, World", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{ 0123456789", "\x7f\x00@AZ[`az{",
	"İstanbul ΣΊΣΥΦΟΣ Ⱥ K ſ", "ВНИМАНИЕ: Рабочие", "Invalid \xff byte \xc3", "“Curly” — DASH", "12345678ABCDEFGH\xe2\x80"}

// TestLowerString: lowerString is strings.ToLower, for each rune below
// U+10000 among ASCII of each length and for samples.
func TestLowerString(t *testing.T) {
	for _, s := range append(lowerSamples, exampleFileSentences(t)...) {
		checkLower(t, s)
	}
	for r := rune(0); r < 0x10000; r++ {
		checkLower(t, "AbC"+string(r)+strings.Repeat("Zz", int(r%9)))
	}
}

func checkLower(t *testing.T, s string) {
	t.Helper()
	if got, want := lexicon.LowerString(s), strings.ToLower(s); got != want {
		t.Fatalf("LowerString(%q) = %q, want %q", s, got, want)
	}
}

func FuzzLowerString(f *testing.F) {
	for _, s := range lowerSamples {
		f.Add(s)
	}
	f.Fuzz(checkLower)
}
