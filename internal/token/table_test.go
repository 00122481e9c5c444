package token

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// TestTableIsMap: a table answers as the map it was built from, for its
// keys and for words near them (prefixes, one letter changed, empty),
// at several sizes (the table grows by powers of two).
func TestTableIsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 1+rng.IntN(12))
		for i := range b {
			b[i] = byte('a' + rng.IntN(26))
		}
		return string(b)
	}
	for _, size := range []int{0, 1, 3, 4, 5, 100, 542, 5000} {
		m := map[string]int{}
		if size == 3 {
			m[""] = 99 // the empty word as a key
		}
		for len(m) < size {
			m[word()] = len(m) + 1
		}
		tab := NewTable(m)
		if tab.Len() != len(m) {
			t.Errorf("size %d: Len %d", size, tab.Len())
		}
		probes := []string{""}
		for k := range m {
			if k != "" {
				probes = append(probes, k, k[:len(k)-1], k+"s", "x"+k[1:], k[:len(k)-1]+"q")
			}
		}
		for range 1000 {
			probes = append(probes, word())
		}
		turnedAway := 0
		for _, w := range probes {
			want, wantOK := m[w]
			got, ok := tab.Get(w)
			gotB, okB := tab.GetBytes([]byte(w))
			if got != want || ok != wantOK || gotB != want || okB != wantOK {
				t.Errorf("size %d, %q: Get %d %v, GetBytes %d %v; map %d %v", size, w, got, ok, gotB, okB, want, wantOK)
			}
			if wantOK && !tab.MayHold(w) {
				t.Errorf("size %d, %q: a key, MayHold false", size, w)
			}
			if !tab.MayHold(w) {
				turnedAway++
			}
		}
		if size > 0 && size <= 100 && turnedAway == 0 {
			t.Errorf("size %d: MayHold turns no word away", size)
		}
	}
}

// TestTableGetBytesDoesNotAllocate: a look-up from a byte buffer makes no
// string.
func TestTableGetBytesDoesNotAllocate(t *testing.T) {
	m := map[string]int{}
	for i := range 300 {
		m[fmt.Sprintf("w%d", i)] = i
	}
	tab := NewTable(m)
	buf := []byte("w123")
	miss := []byte("harbour")
	if n := testing.AllocsPerRun(100, func() {
		if v, ok := tab.GetBytes(buf); !ok || v != 123 {
			t.Fatalf("GetBytes(w123) = %d, %v", v, ok)
		}
		if _, ok := tab.GetBytes(miss); ok {
			t.Fatal("GetBytes(harbour) found it")
		}
	}); n != 0 {
		t.Errorf("GetBytes allocates %.0f times a call", n)
	}
}

// nextMayHoldRef is NextMayHold by MayHold of each word's fold.
func nextMayHoldRef[V any](t *Table[V], s *Stream, k int) int {
	for ; k < len(s.Toks); k++ {
		a := s.Toks[k]
		if !a.Has(ASCII) || a.Kind == Number || a.Kind == Word && t.MayHold(s.Fold(k)) {
			return k
		}
	}
	return len(s.Toks)
}

// TestNextMayHold: the scan stops where MayHold of the fold does, at
// every token of texts with held words in both cases, long words, other
// tokens and non-ASCII words.
func TestNextMayHold(t *testing.T) {
	tab := NewTable(map[string]bool{"one": true, "thousand": true, "twentyfold": true, "a": true, "sixteenletterswx": true})
	for _, text := range []string{
		"", "one", "ONE Thousand", "the cat sat", "a", "Twentyfold rise of 5%", "x1y", "Sixteenletterswx and sixteenletterswxyz",
		"тысяча one", "one's o'clock", "café one", "a, b; (c) — 7 d.", "oNe thoUSAND eggs",
	} {
		s := New(text)
		for k := 0; k <= len(s.Toks); k++ {
			if got, want := tab.NextMayHold(s, k), nextMayHoldRef(tab, s, k); got != want {
				t.Errorf("%q from %d: %d, want %d", text, k, got, want)
			}
		}
	}
}

func FuzzNextMayHold(f *testing.F) {
	f.Add("One thousand and twentyfold, ONE")
	f.Add("тысяча café ½ 12,5")
	tab := NewTable(map[string]bool{"one": true, "thousand": true, "twentyfold": true, "a": true, "e": true, "eeeeeeeeeeeeeeeee": true})
	f.Fuzz(func(t *testing.T, text string) {
		s := New(text)
		for k := 0; k <= len(s.Toks); k++ {
			if got, want := tab.NextMayHold(s, k), nextMayHoldRef(tab, s, k); got != want {
				t.Fatalf("%q from %d: %d, want %d", text, k, got, want)
			}
		}
	})
}
