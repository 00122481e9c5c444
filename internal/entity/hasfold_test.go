package entity

import (
	"strings"
	"testing"
)

// hasFoldRef is hasFold as strings.EqualFold reads it.
func hasFoldRef(text, w string) bool {
	for i := 0; i+len(w) <= len(text); i++ {
		if strings.EqualFold(text[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

var hasFoldCases = []string{"Resolution 2397", "the RESOLUTION", "reSOLution", "re\u017Folution", "resolutio", "rresolution",
	"r\u212Aesolution", "\xffresolution\xff", "", "r", "R", "xR", "ресолюция resolutioN", "resolutio\u0274"}

// TestHasFold: hasFold finds a lower-case ASCII word where EqualFold does.
func TestHasFold(t *testing.T) {
	for _, text := range hasFoldCases {
		for _, w := range []string{"resolution", "unscr", "r", "k", "ss", ""} {
			if got, want := hasFold(text, w), hasFoldRef(text, w); got != want {
				t.Errorf("hasFold(%q, %q) = %v, EqualFold says %v", text, w, got, want)
			}
		}
	}
}

func FuzzHasFold(f *testing.F) {
	for _, c := range hasFoldCases {
		f.Add(c, "resolution")
	}
	f.Fuzz(func(t *testing.T, text, w string) {
		w = strings.ToLower(w)
		for i := 0; i < len(w); i++ {
			if w[i] >= 0x80 {
				return // hasFold is asked about lower-case ASCII words
			}
		}
		if got, want := hasFold(text, w), hasFoldRef(text, w); got != want {
			t.Errorf("hasFold(%q, %q) = %v, EqualFold says %v", text, w, got, want)
		}
	})
}
