package entity

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// lineCueLines are lines asciiLineCue must read as lineCue reads them
// lower-cased: ASCII, other scripts, the typographic apostrophe and runes
// whose lower case is ASCII.
var lineCueLines = []string{
	"Reporting by Anna Berg; Editing by Tom Hale", "PHOTO: a ship in port", "Please SIGN UP for our Newsletter",
	"The ministry said on Monday", "Don't have an account? Create an Account", "x", "", "Terms of Use | Privacy Policy",
	"The agency’s statement: sign in", "Écrit par: SIGN UP", "source: Yonhap", "Don’t have an account?",
	"DON’T HAVE AN ACCOUNT", "don‘t have an account", "SİGN IN to read", "Sİgn up", "\u212Aremlin log in",
	"Photo: Ёлка", "Фото: sign in", "signﬁ in", "SIGN\u00a0IN", "sign in\xff", "\xc4", "cook\xe2\x80\x99ies",
}

// TestASCIILineCue: the in-place reading of a line finds the rule lineCue
// finds on the lower-cased line, and turns down only a line with a rune
// whose lower case is ASCII (read the long way).
func TestASCIILineCue(t *testing.T) {
	for _, c := range append(append([]string(nil), boilerplateCues...), creditCues...) {
		if strings.ToLower(c) != c || !isASCII(c) {
			t.Errorf("cue %q is not lower-case ASCII: the in-place reading would miss it", c)
		}
	}
	for _, l := range lineCueLines {
		checkLineCue(t, l)
	}
	if r, ok := asciiLineCue("Don’t have an account?"); !ok || r != "boilerplate: site notice" {
		t.Errorf("Don’t have an account: %q, %v", r, ok)
	}
}

func checkLineCue(t *testing.T, l string) {
	t.Helper()
	want := lineCue(lowerLine(nil, l))
	got, ok := asciiLineCue(l)
	special := false
	for _, r := range l {
		if r >= utf8.RuneSelf && unicode.ToLower(r) < utf8.RuneSelf {
			special = true
		}
	}
	if !ok && !special {
		t.Errorf("%q: left to the long way with no rune that lower-cases to ASCII", l)
	}
	if ok && got != want {
		t.Errorf("%q: %q in place, %q the long way", l, got, want)
	}
}

// FuzzLineCue: asciiLineCue agrees with lineCue of the lower-cased line.
func FuzzLineCue(f *testing.F) {
	for _, l := range lineCueLines {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) { checkLineCue(t, l) })
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// TestBoilerSkipByClasses: the shift boilerAt reads by two raw bytes is
// the shift of their two classes, for every pair of bytes.
func TestBoilerSkipByClasses(t *testing.T) {
	bad := 0
	for a := 0; a < 256; a++ {
		for b := 0; b < 256; b++ {
			want := boilerShift[int(boilerClass[a])<<6|int(boilerClass[b])]
			if got := boilerSkip[a<<8|b]; got != want && bad < 5 {
				bad++
				t.Errorf("boilerSkip[%q %q] = %d, want %d", byte(a), byte(b), got, want)
			}
		}
	}
	// a cue's own last two bytes of its first window never skip it
	if got := boilerAt("please log in now", -1); got != len("please ") {
		t.Errorf(`boilerAt("please log in now") = %d, want %d`, got, len("please "))
	}
	if got := boilerAt("please log in now", len("please ")); got != -1 {
		t.Errorf("boilerAt stopped before the cue = %d, want -1", got)
	}
}

// TestFoldTable: each form's bit is set at its first four bytes, in
// either case, and at no other byte there; the credit cues hold it.
func TestFoldTable(t *testing.T) {
	for _, forms := range [][]string{boilerplateForms, creditForms} {
		fold := foldTable(forms, "test")
		for k, f := range forms {
			for p := range fold {
				for c := 0; c < 256; c++ {
					want := asciiLower(byte(c)) == f[p]
					if got := fold[p][c]&(1<<k) != 0; got != want {
						t.Fatalf("form %q, byte %d: %q says %v, want %v", f, p, byte(c), got, want)
					}
				}
			}
		}
	}
	for _, l := range []string{"Reporting by Anna Berg", "PHOTO BY x", "Source: Yonhap", "Credit: AFP"} {
		if r, ok := asciiLineCue(l); !ok || r != "credit: byline" {
			t.Errorf("%q: %q, %v, want a credit line", l, r, ok)
		}
	}
}
