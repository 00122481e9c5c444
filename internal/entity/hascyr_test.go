package entity

import (
	"testing"
	"unicode/utf8"
)

// hasCyrillicRunes is hasCyrillic as it was written, rune by rune.
func hasCyrillicRunes(s string) bool {
	for _, r := range s {
		if r >= 0x400 && r <= 0x52f {
			return true
		}
	}
	return false
}

var hasCyrCases = []string{"", "plain", "Шойгу", "Ѐ", "ԯ", "\u0530", "\u03ff", "a\xd0", "\xd0A", "\xd4\xaf", "\xd4\xb0",
	"\xe0\xd0\x80", "\xd0\xd0\x80", "\xc3\xa9t\xc3\xa9", "日本", "x\xd3\xbf", "\xd3\xc0", "Müller Ѳ"}

func sameHasCyrillic(t *testing.T, s string) {
	t.Helper()
	if got, want := hasCyrillic(s), hasCyrillicRunes(s); got != want {
		t.Fatalf("hasCyrillic(%q) = %v, the rune loop says %v", s, got, want)
	}
}

// TestHasCyrillicMatchesRunes checks the byte reading against the rune
// loop on our cases, on every rune of two bytes (alone, cut to its lead
// byte, after a stray lead byte) and on every pair of bytes that is not
// valid UTF-8 or starts with a lead byte from 0xD0 up.
func TestHasCyrillicMatchesRunes(t *testing.T) {
	for _, c := range hasCyrCases {
		sameHasCyrillic(t, c)
	}
	for r := rune(0x80); r < 0x800; r++ {
		s := string(r)
		sameHasCyrillic(t, s)
		sameHasCyrillic(t, "\xe0"+s)
		sameHasCyrillic(t, s[:1])
	}
	for b := 0; b < 256; b++ {
		for c := 0; c < 256; c++ {
			if s := string([]byte{byte(b), byte(c)}); !utf8.ValidString(s) || b >= 0xd0 {
				sameHasCyrillic(t, s)
			}
		}
	}
}

func FuzzHasCyrillic(f *testing.F) {
	for _, c := range hasCyrCases {
		f.Add(c)
	}
	f.Fuzz(sameHasCyrillic)
}
