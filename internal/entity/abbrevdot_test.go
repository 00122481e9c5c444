package entity

import (
	"strings"
	"testing"
)

// refAbbrevDot is isAbbrevDot as the map of the list and strings.ToLower
// answered it.
var refAbbrevDot = words(`mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep prof rev inc ltd corp co no jan feb
mar apr jun jul aug sep sept oct nov dec vs mt ft`)

func checkAbbrevDot(t *testing.T, w string) {
	t.Helper()
	if got, want := isAbbrevDot(w), refAbbrevDot[strings.ToLower(w)]; got != want {
		t.Errorf("isAbbrevDot(%q) = %v, want %v", w, got, want)
	}
}

// TestIsAbbrevDotIsMap: every listed word in three cases, words one
// letter off, longer than the stack buffer, and beyond ASCII (the Kelvin
// sign lowers to k, and ſ stays itself).
func TestIsAbbrevDotIsMap(t *testing.T) {
	if abbrevDot.Len() != len(refAbbrevDot) {
		t.Fatalf("table of %d words, the list has %d", abbrevDot.Len(), len(refAbbrevDot))
	}
	for w := range refAbbrevDot {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:], w + "s", w[1:], "x" + w} {
			checkAbbrevDot(t, v)
		}
	}
	for _, w := range []string{"", "M", "Mr", "MR", "mR", "Gen", "General", "Sept", "SEPTEMBER", "Kremlin",
		"\u212Ao", "Co\u0301", "Мр", "ſt", strings.Repeat("a", 17), "Dr" + strings.Repeat("x", 20)} {
		checkAbbrevDot(t, w)
	}
}

func FuzzIsAbbrevDot(f *testing.F) {
	for _, w := range []string{"Mr", "sept", "\u212Ao", "Gen"} {
		f.Add(w)
	}
	f.Fuzz(checkAbbrevDot)
}
