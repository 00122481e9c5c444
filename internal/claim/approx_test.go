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
	type approxCase struct{ tb, p string }
	var cases []approxCase
	for _, p := range words {
		for _, tb := range texts {
			cases = append(cases, approxCase{tb, p})
		}
	}
	n := agreeing(t, cases, func(c approxCase) bool { return endsApprox(c.tb, c.p) }, func(c approxCase) bool { return approxByConcat(c.tb, c.p) })
	if n < 5 {
		t.Fatalf("only %d texts end with a word: the cases test little", n)
	}
}

// agreeingCuts is agreeing over the samples' tails from every byte (and,
// with heads, their heads up to every byte); it fails the test when want
// answers for fewer than least of them, too few to tell.
func agreeingCuts[R comparable](t *testing.T, samples []string, heads bool, got, want func(string) R, least int) {
	t.Helper()
	var cases []string
	for _, text := range samples {
		for i := 0; i <= len(text); i++ {
			cases = append(cases, text[i:])
			if heads {
				cases = append(cases, text[:i])
			}
		}
	}
	if found := agreeing(t, cases, got, want); found < least {
		t.Fatalf("the reference answers for %d texts: too few to tell", found)
	}
}

// fuzzAgreeing is agreeing on the fuzzer's texts, seeded with samples.
func fuzzAgreeing[R comparable](f *testing.F, samples []string, got, want func(string) R) {
	for _, s := range samples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { agreeing(t, []string{s}, got, want) })
}

// agreeing asks got and want about every case, reports each case they
// answer differently and returns how many cases want gives an answer
// other than the zero value for (true, a match).
func agreeing[C any, R comparable](t *testing.T, cases []C, got, want func(C) R) int {
	t.Helper()
	var zero R
	n := 0
	for _, c := range cases {
		g, w := got(c), want(c)
		if g != w {
			t.Errorf("%+v: got %v, want %v", c, g, w)
		}
		if w != zero {
			n++
		}
	}
	return n
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
