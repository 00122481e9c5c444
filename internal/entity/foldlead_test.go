package entity

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFoldRunesCoverEveryRune checks the runes read from unicode.CaseRanges
// against a walk over every rune: each rune above ASCII whose lower case is
// ASCII is there, and no other; foldLeadAt finds the first of them.
func TestFoldRunesCoverEveryRune(t *testing.T) {
	var want []string
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.ToLower(r) < utf8.RuneSelf && utf8.ValidRune(r) {
			want = append(want, string(r))
		}
	}
	if len(want) == 0 {
		t.Fatal("no rune found: the Kelvin sign (U+212A) lowers to ASCII k")
	}
	if !slices.Equal(foldRunes, want) {
		t.Errorf("foldRunes = %q, the walk finds %q", foldRunes, want)
	}
	for _, c := range []struct {
		line string
		want int
	}{{"plain", -1}, {"", -1}, {"ab\u212Acd\u0130", 2}, {"ab\u0130cd\u212A", 2}, {"’ \u212A", 4}, {"\xc4", -1}, {"\u0130", 0}} {
		if got := foldLeadAt(c.line); got != c.want {
			t.Errorf("foldLeadAt(%q) = %d, want %d", c.line, got, c.want)
		}
	}
}
