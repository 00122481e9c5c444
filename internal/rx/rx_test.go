package rx

import (
	"strings"
	"testing"
)

var patterns = []string{
	`(?i)^(?:share|tweet|email)(?:[\s,|]+(?:share|tweet))*:?$|(?i)^(?:поділитися|поделиться)$`,
	`^(?i:file photo|photo|image)[\s\p{Z}]*[:\-–—]`,
	`^[^\p{L}\p{N}]*\d[\d.,]*$`,
	`^\(?(?i:reporting by|editing by|story by)`,
	`(?i)\bcookies?\b`, // not anchored: no test
	`^$`,
	`^(?:a|)b?`, // may match the empty text
	`(?m)^share$`,
	`^(?i:kelvin|sun)`,
}

var texts = []string{
	"", "share", "SHARE, tweet", "Поделиться", "ПОДІЛИТИСЯ", "File photo: the quay", "photo - ", "(Reporting by Lena Park)",
	"reporting by", "We use cookies", "12,000 views", "👁 18.4K", "\u212aelvin", "ſun", "Sun", "xshare", "\xffbad",
	"\nshare", "line one\nshare", strings.Repeat("long text ", 50),
}

// TestAnchoredAgreesWithRegexp: behind its first-rune test the pattern
// answers as the plain regexp.
func TestAnchoredAgreesWithRegexp(t *testing.T) {
	for _, p := range patterns {
		a := MustCompile(p)
		for _, s := range texts {
			if got, want := a.MatchString(s), a.Regexp.MatchString(s); got != want {
				t.Errorf("%q on %q: %v, regexp %v", p, s, got, want)
			}
		}
	}
}

// TestAnchoredRulesOut: the test applies to anchored patterns only, and
// rules out texts at their first rune.
func TestAnchoredRulesOut(t *testing.T) {
	tests := []struct {
		pattern, text string
		applies, may  bool
	}{
		{patterns[0], "Ferry left.", true, false},
		{patterns[0], "Share this", true, true},
		{patterns[4], "The ferry left.", false, true},
		{patterns[6], "The ferry left.", false, true},
		{patterns[7], "The ferry left.", false, true},
		{patterns[8], "\u212aelvin", true, true},
	}
	for _, tt := range tests {
		a := MustCompile(tt.pattern)
		if a.Applies() != tt.applies || a.MayMatch(tt.text) != tt.may {
			t.Errorf("%q on %q: applies %v may %v, want %v %v", tt.pattern, tt.text, a.Applies(), a.MayMatch(tt.text), tt.applies, tt.may)
		}
	}
}

func FuzzAnchored(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	compiled := make([]*Anchored, len(patterns))
	for i, p := range patterns {
		compiled[i] = MustCompile(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, a := range compiled {
			if got, want := a.MatchString(s), a.Regexp.MatchString(s); got != want {
				t.Fatalf("%q on %q: %v, regexp %v", patterns[i], s, got, want)
			}
		}
	})
}
