package token

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// bitsOp is one operation on a WordBits and on the map it must answer as.
type bitsOp struct {
	kind    byte // 'o' Or, 'i' OrIf, 'g' Get, 'r' Reset
	word    string
	has, b  uint8
	resetTo int
}

// checkBits runs ops on one WordBits and on a map, failing at the first
// answer or length that differs.
func checkBits(t *testing.T, ops []bitsOp) {
	t.Helper()
	var w WordBits
	m := map[string]uint8{}
	for k, op := range ops {
		switch op.kind {
		case 'r':
			w.Reset(op.resetTo)
			clear(m)
		case 'o':
			v, ok := m[op.word]
			if got, want := w.Or(op.word, op.b), !ok && op.b != 0 || v&op.b != op.b; got != want {
				t.Fatalf("op %d Or %q %d: changed %v, the map says %v", k, op.word, op.b, got, want)
			}
			m[op.word] |= op.b
		case 'i':
			v, ok := m[op.word]
			set := ok && v&op.has == op.has
			if got, want := w.OrIf(op.word, op.has, op.b), set && v&op.b != op.b; got != want {
				t.Fatalf("op %d OrIf %q %d %d: changed %v, the map says %v", k, op.word, op.has, op.b, got, want)
			}
			if set {
				m[op.word] = v | op.b
			}
		}
		if got, want := w.Get(op.word), m[op.word]; got != want {
			t.Fatalf("op %d %c %q: Get %d, map %d", k, op.kind, op.word, got, want)
		}
		if w.Len() != len(m) {
			t.Fatalf("op %d %c %q: Len %d, map %d", k, op.kind, op.word, w.Len(), len(m))
		}
	}
	for word, want := range m {
		if got := w.Get(word); got != want {
			t.Fatalf("end: Get(%q) %d, map %d", word, got, want)
		}
	}
}

// TestWordBitsIsMap: a WordBits answers as a map of bits through growth
// and Resets to smaller and larger sizes (its array kept or made anew),
// for words in it and words near them.
func TestWordBitsIsMap(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 9))
	word := func() string {
		b := make([]byte, rng.IntN(14))
		for i := range b {
			b[i] = byte('a' + rng.IntN(6)) // few letters: many shared prefixes and repeats
		}
		return string(b)
	}
	var ops []bitsOp
	for _, round := range []struct{ reset, words int }{{0, 0}, {0, 300}, {1000, 5000}, {3, 40}, {10, 2000}, {0, 10}} {
		ops = append(ops, bitsOp{kind: 'r', resetTo: round.reset})
		var seen []string
		for range round.words {
			s := word()
			switch rng.IntN(4) {
			case 0, 1:
				ops = append(ops, bitsOp{kind: 'o', word: s, b: uint8(1 << rng.IntN(3))})
				seen = append(seen, s)
			case 2:
				if len(seen) > 0 {
					s = seen[rng.IntN(len(seen))]
				}
				ops = append(ops, bitsOp{kind: 'i', word: s, has: uint8(rng.IntN(4)), b: 4})
			default:
				ops = append(ops, bitsOp{kind: 'g', word: s + "x"})
			}
		}
	}
	checkBits(t, ops)
}

// TestWordBitsRelease: Release empties the table, and a table past the
// bound is dropped whole.
func TestWordBitsRelease(t *testing.T) {
	var w WordBits
	for i := range 100 {
		w.Or(strings.Repeat("a", i), 1)
	}
	w.Release(1 << 20)
	if w.Len() != 0 || w.Get("aa") != 0 || len(w.hash) == 0 {
		t.Fatalf("kept release: len %d, aa %d, slots %d", w.Len(), w.Get("aa"), len(w.hash))
	}
	for k := range w.key {
		if w.key[k] != "" {
			t.Fatalf("slot %d keeps %q", k, w.key[k])
		}
	}
	w.Or("b", 2)
	w.Release(8)
	if w.Len() != 0 || len(w.hash) != 0 || w.Get("b") != 0 {
		t.Fatalf("bounded release: len %d, slots %d", w.Len(), len(w.hash))
	}
}

// FuzzWordBits compares a WordBits with a map on operations read from the
// fuzzer's bytes.
func FuzzWordBits(f *testing.F) {
	f.Add([]byte("o a\x01o b\x02i a\x01\x04g c\x00r  \x05o a\x01"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var ops []bitsOp
		for i := 0; i+3 < len(data); i += 4 {
			op := bitsOp{kind: "oigr"[data[i]%4], word: string(data[i+1 : i+1+int(data[i+2]%3)]), has: data[i+3] & 3, b: 1 << (data[i+3] >> 2 % 3)}
			op.resetTo = int(data[i+3])
			ops = append(ops, op)
		}
		checkBits(t, ops)
	})
}
