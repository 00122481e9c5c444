package token

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestRuneClassEveryRune: the tables answer as the unicode package for
// every rune (and for values past the last one).
func TestRuneClassEveryRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		want := classByQuestions(r)
		if got := runeClass(r); got != want {
			t.Fatalf("runeClass(%U) = %08b, the unicode package gives %08b", r, got, want)
		}
		if IsMark(r) != unicode.Is(unicode.Mn, r) {
			t.Fatalf("IsMark(%U) = %v", r, IsMark(r))
		}
		if IsLetter(r) != unicode.IsLetter(r) {
			t.Fatalf("IsLetter(%U) = %v", r, IsLetter(r))
		}
		if r < utf8.RuneSelf && asciiClass[r&0x7f] != want {
			t.Fatalf("asciiClass[%q] = %08b, want %08b", r, asciiClass[r], want)
		}
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		if asciiClass[c] != 0 {
			t.Fatalf("asciiClass[%#x] = %08b for a byte that is no ASCII rune", c, asciiClass[c])
		}
	}
}

// classByQuestions asks the unicode package each question of a class on
// its own, in the words of the class bits' comments.
func classByQuestions(r rune) uint8 {
	var c uint8
	letter := unicode.IsLetter(r)
	for _, q := range []struct {
		bit uint8
		yes bool
	}{
		{cLetter, letter},
		{cNotUpper, letter && !unicode.IsUpper(r)},
		{cFolds, letter && (unicode.ToLower(r) != r || r == 'ё' || r == 'ʼ')},
		{cNotLatin, letter && !unicode.In(r, unicode.Latin)},
		{cNotCyr, letter && !unicode.In(r, unicode.Cyrillic)},
		{cMark, unicode.In(r, unicode.Mn)},
		{cSpace, unicode.IsSpace(r)},
		{cDigit, unicode.IsDigit(r)},
	} {
		if q.yes {
			c |= q.bit
		}
	}
	return c
}

// TestLetterBits: the eight-byte letter test agrees with the byte table
// on every byte at every place of a block.
func TestLetterBits(t *testing.T) {
	for c := range 256 {
		for k := range 8 {
			x := uint64(0x2e2e2e2e2e2e2e2e) &^ (0xff << (8 * k)) // dots around byte k
			x |= uint64(c) << (8 * k)
			want := uint64(0)
			if asciiClass[c]&cLetter != 0 {
				want = 0x80 << (8 * k)
			}
			if got := letterBits(x); got != want {
				t.Fatalf("letterBits with %#x at byte %d = %#x, want %#x", c, k, got, want)
			}
		}
	}
}
