package claim

import (
	"strings"
	"testing"
)

// approxByConcat is the test endsApprox replaces: p+" a" made and
// looked for.
func approxByConcat(tb, p string) bool {
	return (strings.HasSuffix(tb, p) || strings.HasSuffix(tb, p+" a")) && wordBoundaryBefore(strings.TrimSuffix(tb, " a"), p)
}

// TestEndsApprox: endsApprox answers as the concatenation did, for every
// approximation word and words ending in "a" or " a" (which the list has
// none of today).
func TestEndsApprox(t *testing.T) {
	words := append([]string{"a", " a", "na", "an a", "some a", ""}, approxBefore...)
	texts := []string{"", "a", " a", "about", "about a", "about  a", "(about a", ",about", "xabout a", "some a a", "an a",
		"the an estimated", "roughly a", "close to a", "nearly", "nearlya", "nearly b", "an a a", "na a"}
	n := 0
	for _, p := range words {
		for _, tb := range texts {
			got, want := endsApprox(tb, p), approxByConcat(tb, p)
			if got != want {
				t.Errorf("endsApprox(%q, %q) = %v, want %v", tb, p, got, want)
			}
			if want {
				n++
			}
		}
	}
	if n < 5 {
		t.Fatalf("only %d texts end with a word: the cases test little", n)
	}
}

// FuzzEndsApprox checks endsApprox against the concatenation.
func FuzzEndsApprox(f *testing.F) {
	f.Add("about a", "about")
	f.Add("an a a", "an a")
	f.Add(" a", "")
	f.Fuzz(func(t *testing.T, tb, p string) {
		if got, want := endsApprox(tb, p), approxByConcat(tb, p); got != want {
			t.Errorf("endsApprox(%q, %q) = %v, want %v", tb, p, got, want)
		}
	})
}
