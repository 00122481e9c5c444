package claim

import (
	"math/rand"
	"regexp/syntax"
	"strings"
	"testing"
	"unicode/utf8"
)

// inBefore is needles.in as it was before the test of the byte after a
// start: every start byte reads the literals starting there.
func inBefore(n *needles, s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !n.asciiStart[c] {
			i++
			continue
		}
		r, sz := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, sz = utf8.DecodeRuneInString(s[i:])
		}
		fk, ek := n.starting(r)
		for _, k := range append(fk[:len(fk):len(fk)], ek...) {
			if n.at(s, i, k) {
				return true
			}
		}
		i += sz
	}
	return false
}

// packageNeedles are the tests of the package's filtered patterns.
func packageNeedles() []*needles {
	var out []*needles
	for _, f := range allFiltered {
		f.prepare()
		out = append(out, f.filters...)
		for _, a := range []*anchored{f.head, f.tail} {
			if a != nil {
				out = append(out, a.lits)
			}
		}
	}
	return out
}

// TestNeedlesAsBefore: in answers as it did before it tested the byte
// after a start, for the tests of every filtered pattern, on the
// sentences of examples/ and on texts made from each pattern; and texts
// holding a literal are found.
func TestNeedlesAsBefore(t *testing.T) {
	ns := packageNeedles()
	if len(ns) < 25 {
		t.Fatalf("%d tests, want those of the package's patterns", len(ns))
	}
	texts := append(exampleFileSentences(t), "", "a", "K", "\u212a", "ſ", "x\u212aM", "The", "THE", "tHe.")
	r := rand.New(rand.NewSource(5))
	for _, f := range allFiltered {
		re, err := syntax.Parse(f.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		for k := 0; k < 30; k++ {
			var b strings.Builder
			gen(&b, re, r)
			texts = append(texts, b.String(), "x"+b.String(), b.String()+"\u212a")
		}
	}
	found := 0
	for _, n := range ns {
		for _, s := range texts {
			got, want := n.in(s), inBefore(n, s)
			if got != want {
				t.Fatalf("in(%q) = %v, before %v (literals %v)", s, got, want, n.lits)
			}
			if got {
				found++
			}
		}
	}
	if found < 1000 {
		t.Errorf("%d texts found, want more of the generated ones", found)
	}
}

func FuzzNeedlesAsBefore(f *testing.F) {
	for _, s := range []string{"", "the number of", "THE Total", "\u212aelvin", "compared with", "each ſix"} {
		f.Add(s)
	}
	ns := packageNeedles()
	f.Fuzz(func(t *testing.T, s string) {
		for _, n := range ns {
			if got, want := n.in(s), inBefore(n, s); got != want {
				t.Fatalf("in(%q) = %v, before %v (literals %v)", s, got, want, n.lits)
			}
		}
	})
}
