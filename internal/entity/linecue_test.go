package entity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestASCIILineCue: the in-place reading of an ASCII line finds the rule
// lineCue finds on the lower-cased line, and turns down a line with other
// bytes (read the long way).
func TestASCIILineCue(t *testing.T) {
	for _, c := range append(append([]string(nil), boilerplateCues...), creditCues...) {
		if strings.ToLower(c) != c || !isASCII(c) {
			t.Errorf("cue %q is not lower-case ASCII: the in-place reading would miss it", c)
		}
	}
	lines := []string{
		"Reporting by Anna Berg; Editing by Tom Hale", "PHOTO: a ship in port", "Please SIGN UP for our Newsletter",
		"The ministry said on Monday", "Don't have an account? Create an Account", "x", "", "Terms of Use | Privacy Policy",
		"The agency’s statement: sign in", "Écrit par: SIGN UP", "source: Yonhap",
	}
	for _, l := range lines {
		want := lineCue(lowerLine(nil, l))
		got, ascii := asciiLineCue(l)
		if ascii != isASCII(l) {
			t.Errorf("%q: ascii %v", l, ascii)
		}
		if ascii && got != want {
			t.Errorf("%q: %q in place, %q the long way", l, got, want)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
