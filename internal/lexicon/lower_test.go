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
		checkAppendLower(t, s)
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
		checkAppendLower(t, s)
	})
}

// checkAppendLower fails t unless AppendLower appends strings.ToLower(s)
// to a buffer with no room (it grows) and to one with room for the
// lower case and eight bytes more (the eight-byte writes stay in it),
// the bytes before its length as they were.
func checkAppendLower(t *testing.T, s string) {
	t.Helper()
	want := "Ab" + strings.ToLower(s)
	if got := string(AppendLower([]byte("Ab"), s)); got != want {
		t.Fatalf("AppendLower(Ab, %q) = %q, want %q", s, got, want)
	}
	room := append(make([]byte, 0, len(want)+8), "Ab"...)
	got := AppendLower(room, s)
	if string(got) != want || &got[0] != &room[:1][0] {
		t.Fatalf("AppendLower(Ab with room, %q) = %q (in the buffer: %v), want %q", s, got, &got[0] == &room[:1][0], want)
	}
}
