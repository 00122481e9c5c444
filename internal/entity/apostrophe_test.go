package entity

import (
	"slices"
	"strings"
	"testing"
)

// apostropheFormsRef is apostropheForms as it was: the forms grown rune
// by rune.
func apostropheFormsRef(cues []string) []string {
	var out []string
	for _, c := range cues {
		forms := []string{""}
		for _, r := range c {
			var next []string
			for _, f := range forms {
				next = append(next, f+string(r))
				if r == '\'' {
					next = append(next, f+"’")
				}
			}
			forms = next
		}
		out = append(out, forms...)
	}
	return out
}

// TestApostropheFormsAgreesWithRuneLoop: apostropheForms gives the forms
// of the rune-by-rune loop it replaces, in its order.
func TestApostropheFormsAgreesWithRuneLoop(t *testing.T) {
	for _, cues := range [][]string{boilerplateCues, creditCues, {"", "'", "''", "don't", "a'b'c", "’s", "it's o'clock", "\xff'"}} {
		checkApostropheForms(t, cues)
	}
}

func checkApostropheForms(t *testing.T, cues []string) {
	t.Helper()
	if got, want := apostropheForms(cues), apostropheFormsRef(cues); !slices.Equal(got, want) {
		t.Fatalf("apostropheForms(%q) = %q, want %q", cues, got, want)
	}
}

func FuzzApostropheForms(f *testing.F) {
	f.Add("don't", "a'b'c")
	f.Fuzz(func(t *testing.T, a, b string) {
		if strings.Count(a, "'") > 8 || strings.Count(b, "'") > 8 {
			return // 2^apostrophes forms a cue
		}
		checkApostropheForms(t, []string{a, b})
	})
}
