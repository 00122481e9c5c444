package clean

import (
	"strings"
	"testing"
	"unicode/utf8"
)

var cappedCases = []string{"", "a", "harbour", strings.Repeat("harbour ", 20), strings.Repeat("гавань ", 20),
	strings.Repeat("x", 115) + "é", strings.Repeat("x", 116) + "é", "é" + strings.Repeat("x", 200), strings.Repeat("x", 117),
	strings.Repeat("\xff", 130), strings.Repeat("ab", 300)}

// sameCapped fails t where cappedRuneCount differs from the full count,
// capped, for some cap.
func sameCapped(t *testing.T, s string) {
	for _, c := range []int{1, 2, 7, 8, 9, lenCap - 1, lenCap, lenCap + 1, len(s) - 1, len(s), len(s) + 1, noLenCap} {
		if c < 1 {
			continue
		}
		if got, want := cappedRuneCount(s, c), min(utf8.RuneCountInString(s), c); got != want {
			t.Fatalf("cappedRuneCount(%q, %d) = %d, want %d", s, c, got, want)
		}
	}
}

func TestCappedRuneCount(t *testing.T) {
	for _, s := range cappedCases {
		sameCapped(t, s)
	}
}

func FuzzCappedRuneCount(f *testing.F) {
	for _, s := range cappedCases {
		f.Add(s)
	}
	f.Fuzz(sameCapped)
}
