package entity

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestTextSetIsMap: a textSet answers add as a map of seen strings does,
// below and past the size where it turns into a map, and after reset.
func TestTextSetIsMap(t *testing.T) {
	var s textSet
	for _, n := range []int{0, 1, 3, textSetMax - 1, textSetMax, textSetMax + 1, 5 * textSetMax, 2} {
		s.reset()
		m := map[string]bool{}
		for k := range 3 * n {
			w := fmt.Sprint(k % (n + 1)) // every word comes again
			if got, want := s.add(w), !m[w]; got != want {
				t.Fatalf("n %d, add %d (%q): %v, the map says %v", n, k, w, got, want)
			}
			m[w] = true
		}
	}
}

// TestFillInt32: every value is set, at every length around the powers
// of two the copies double by, and nothing past the slice is written.
func TestFillInt32(t *testing.T) {
	for n := range 70 {
		buf := make([]int32, n+1)
		buf[n] = 7
		fillInt32(buf[:n], -1)
		for i, v := range buf[:n] {
			if v != -1 {
				t.Fatalf("n %d: value %d is %d", n, i, v)
			}
		}
		if buf[n] != 7 {
			t.Fatalf("n %d: the value after the slice was written: %d", n, buf[n])
		}
	}
}

// TestOwnVariants: every entity keeps its variants, in order, in an
// array that is not the scratch's (writing the scratch changes none),
// each capped at its length; an entity without variants keeps none.
func TestOwnVariants(t *testing.T) {
	vs := []string{"a", "b", "c", "d", "e", "f"}
	runs := [][2]int{{0, 2}, {2, 2}, {2, 3}, {3, 6}}
	ents := make([]doc.Entity, len(runs))
	for k, r := range runs {
		if r[1] > r[0] {
			ents[k].Variants = vs[r[0]:r[1]:r[1]]
		}
	}
	ownVariants(ents, vs)
	for k := range vs {
		vs[k] = "scratch"
	}
	want := [][]string{{"a", "b"}, nil, {"c"}, {"d", "e", "f"}}
	for k, e := range ents {
		if !slices.Equal(e.Variants, want[k]) || cap(e.Variants) != len(e.Variants) {
			t.Fatalf("entity %d: variants %q (cap %d), want %q", k, e.Variants, cap(e.Variants), want[k])
		}
	}
	if ents[1].Variants != nil {
		t.Fatalf("entity 1 without variants has %q", ents[1].Variants)
	}
}

// TestInsideNeighbour: the reading that stops at the first later start
// answers as the window of eight before and seven after read whole, for
// every mention of random sorted lists with shared starts, credits and
// nested spans.
func TestInsideNeighbour(t *testing.T) {
	whole := func(ms []mention, i int) bool {
		m := &ms[i]
		for k := max(0, i-8); k < min(len(ms), i+8); k++ {
			if o := &ms[k]; m.e <= o.e && o.s <= m.s && (o.e-o.s) > (m.e-m.s) && k != i && !o.credit {
				return true
			}
		}
		return false
	}
	r := rand.New(rand.NewPCG(1, 2))
	held := 0
	for range 2000 {
		ms := make([]mention, 1+r.IntN(30))
		for k := range ms {
			s := r.IntN(20)
			ms[k] = mention{s: s, e: s + 1 + r.IntN(6), credit: r.IntN(5) == 0}
		}
		sortMentions(ms)
		for i := range ms {
			got, want := insideNeighbour(ms, i), whole(ms, i)
			if got != want {
				t.Fatalf("mention %d of %v: %v, the whole window %v", i, ms, got, want)
			}
			if got {
				held++
			}
		}
	}
	if held == 0 {
		t.Fatal("no mention held by another: the lists test nothing")
	}
}
