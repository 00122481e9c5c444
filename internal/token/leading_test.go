package token

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/swar"
)

// refLeadingLetters is LeadingLetters byte by byte: the ASCII letters
// the eight bytes start with and, under eight, their lower case packed
// first byte lowest.
func refLeadingLetters(x uint64) (int, uint64) {
	n := 0
	var low uint64
	for ; n < 8; n++ {
		c := byte(x >> (8 * n))
		if asciiClass[c]&cLetter == 0 {
			break
		}
		low |= uint64(c|0x20) << (8 * n)
	}
	if n == 8 {
		low = 0 // not asked
	}
	return n, low
}

// sameLeading fails t where LeadingLetters(x) differs from the reference
// (low is not asked of eight letters).
func sameLeading(t *testing.T, x uint64) {
	t.Helper()
	n, low := LeadingLetters(x)
	wn, wlow := refLeadingLetters(x)
	if n == 8 {
		low = 0
	}
	if n != wn || low != wlow {
		t.Fatalf("LeadingLetters(%#x) = %d %#x, want %d %#x", x, n, low, wn, wlow)
	}
}

func TestLeadingLetters(t *testing.T) {
	cases := []string{"The boar", "WHICH,ab", "abcdefgh", "Zz@[`{aa", "caf\xc3\xa9 xy", "said.\nAn", "x1yyyyyy", "        ", "a       ", "abcdefg "}
	for _, s := range cases {
		sameLeading(t, swar.Load64(s, 0))
	}
}

func FuzzLeadingLetters(f *testing.F) {
	f.Add(uint64(0x2e2e2e2e2e2e2e2e))
	f.Add(swar.Load64("The boar", 0))
	f.Fuzz(sameLeading)
}
