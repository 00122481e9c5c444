package entity

import (
	"fmt"
	"testing"
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
