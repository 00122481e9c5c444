package claim

import (
	"strings"
	"testing"
)

// stripPossessiveAnaphorLowered is stripPossessiveAnaphor as it was, on
// the whole strings.ToLower(s).
func stripPossessiveAnaphorLowered(s string) string {
	ls := strings.ToLower(s)
	for _, p := range possessiveAnaphors {
		if strings.HasPrefix(ls, p) {
			return s[len(p):]
		}
	}
	return s
}

// TestHasLowerPrefix: hasLowerPrefix(s, p) is
// strings.HasPrefix(strings.ToLower(s), p), and stripPossessiveAnaphor
// drops what it dropped on the lowered string.
func TestHasLowerPrefix(t *testing.T) {
	for _, s := range []string{"", "i", "its", "its ", "Its estimates", "ITS estimates", "Their count", "their", "The Country's army", "the country’s army",
		"THE NATION’S count", "Country's", "İts estimates", "\u212Ats", "ıts x", "its\xff x", "\xffits ", "Iтs x", "Ministry"} {
		for _, p := range possessiveAnaphors {
			if got, want := hasLowerPrefix(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
				t.Errorf("hasLowerPrefix(%q, %q) = %v, want %v", s, p, got, want)
			}
		}
		if got, want := stripPossessiveAnaphor(s), stripPossessiveAnaphorLowered(s); got != want {
			t.Errorf("stripPossessiveAnaphor(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzHasLowerPrefix(f *testing.F) {
	f.Add("The country’s army", "the country’s ")
	f.Add("İts estimates", "its ")
	f.Fuzz(func(t *testing.T, s, p string) {
		if got, want := hasLowerPrefix(s, p), strings.HasPrefix(strings.ToLower(s), p); got != want {
			t.Fatalf("hasLowerPrefix(%q, %q) = %v, want %v", s, p, got, want)
		}
		if got, want := stripPossessiveAnaphor(s), stripPossessiveAnaphorLowered(s); got != want {
			t.Fatalf("stripPossessiveAnaphor(%q) = %q, want %q", s, got, want)
		}
	})
}
