package lexicon

import (
	"strings"
	"testing"
)

// TestLowerString: LowerString is strings.ToLower for every rune of the
// Basic Multilingual Plane between ASCII runs that put it at each byte of
// an eight-byte block, for invalid bytes, and for unchanged text.
func TestLowerString(t *testing.T) {
	check := func(s string) {
		t.Helper()
		if got, want := LowerString(s), strings.ToLower(s); got != want {
			t.Fatalf("LowerString(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower([]byte("Ab"), s)), "Ab"+strings.ToLower(s); got != want {
			t.Fatalf("AppendLower(Ab, %q) = %q, want %q", s, got, want)
		}
	}
	for r := rune(0); r < 0x10000; r++ {
		check(strings.Repeat("Ab", int(r%5)) + string(r) + strings.Repeat("zZ", int(r%7)))
	}
	for _, s := range []string{"", "already lower case, long enough", "MIXED Case ТЕКСТ", "bad \xff\xc3 bytes", "12345678ABCDEFGH\xe2\x80"} {
		check(s)
	}
}

func FuzzLowerString(f *testing.F) {
	f.Add("Hello, Мир \xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := LowerString(s), strings.ToLower(s); got != want {
			t.Fatalf("LowerString(%q) = %q, want %q", s, got, want)
		}
		if got, want := string(AppendLower([]byte("Ab"), s)), "Ab"+strings.ToLower(s); got != want {
			t.Fatalf("AppendLower(Ab, %q) = %q, want %q", s, got, want)
		}
	})
}
