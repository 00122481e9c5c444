package claim

import (
	"regexp"
	"strings"
	"testing"
)

// partitiveRE is the pattern partitiveLead reads by hand.
var partitiveRE = regexp.MustCompile(`(?i)^\s*of\s+([^,]{3,80}),`)

// partitiveSamples are leads at the pattern's edges: white space of every
// kind (and \v, which is none) before and after "of", groups of two to
// four and of 80 and 81 runes, runs of white space a short group takes
// from, new lines and bytes that are no UTF-8 inside the group.
var partitiveSamples = []string{
	"", "of", "of ", "Of those arrivals, 2,700 came", "OF THOSE, x", "oF  them,", " \t\nof\fx,", "\vof those,", "of\vthose,",
	"ofthose,", "of ab,", "of  ab,", "of   ab,", "of a,", "of  a,", "of   a,", "of    a,", "of ,", "of  ,", "of   ,", "of    ,",
	"of abc,", "of é,", "of  é,", "of \xff\xfe,", "of \xff,", "of a\nb,", "of a,b,c,", "of last year's arrivals,",
	"of " + strings.Repeat("x", 80) + ",", "of " + strings.Repeat("x", 81) + ",", "of  " + strings.Repeat("x", 79) + ",",
	"of " + strings.Repeat("я", 80) + ",", "of " + strings.Repeat("я", 81) + ",", "of \u00a0ab,", "of\u00a0abc,", "ofx abc,",
	"  of those arrivals", "of those arrivals", "off those,",
}

// TestPartitiveLead: partitiveLead finds the group and end the pattern
// does, in the samples and in every tail and head of each.
func TestPartitiveLead(t *testing.T) {
	agreeingCuts(t, partitiveSamples, true, partitiveBounds, partitiveByRE, 40)
}

// FuzzPartitiveLead checks partitiveLead against the pattern.
func FuzzPartitiveLead(f *testing.F) {
	fuzzAgreeing(f, partitiveSamples, partitiveBounds, partitiveByRE)
}

// partitiveBounds and partitiveByRE are partitiveLead's and the
// pattern's group start and match end, zero for none (a match is never
// empty).
var partitiveBounds, partitiveByRE = handBounds(partitiveLead), reBounds(partitiveRE, 2, 1)

// handBounds turns a hand reading's bounds into an array, zero for none.
func handBounds(f func(string) (int, int, bool)) func(string) [2]int {
	return func(s string) [2]int {
		if a, b, ok := f(s); ok {
			return [2]int{a, b}
		}
		return [2]int{}
	}
}

// reBounds is the submatch bounds a and b of re's match, zero for none.
func reBounds(re *regexp.Regexp, a, b int) func(string) [2]int {
	return func(s string) [2]int {
		if m := re.FindStringSubmatchIndex(s); m != nil {
			return [2]int{m[a], m[b]}
		}
		return [2]int{}
	}
}
