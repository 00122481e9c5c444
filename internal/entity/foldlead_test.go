package entity

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestFoldLeadCoversEveryRune checks the table built from unicode.CaseRanges
// against a walk over every rune: a rune above ASCII whose lower case is
// ASCII must have its first byte marked, and no other byte may be.
func TestFoldLeadCoversEveryRune(t *testing.T) {
	var want [256]bool
	var b [utf8.UTFMax]byte
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if unicode.ToLower(r) < utf8.RuneSelf && utf8.ValidRune(r) {
			utf8.EncodeRune(b[:], r)
			want[b[0]] = true
		}
	}
	marked := 0
	for i := range want {
		if foldLead[i] != want[i] {
			t.Errorf("foldLead[%#x] = %v, want %v", i, foldLead[i], want[i])
		}
		if want[i] {
			marked++
		}
	}
	if marked == 0 {
		t.Fatal("no lead byte marked: the Kelvin sign (U+212A) lowers to ASCII k")
	}
}
