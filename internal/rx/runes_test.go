package rx

import (
	"strings"
	"testing"
)

// runeSets are the sets the callers look for, ASCII only, mixed, and
// members sharing a first byte.
var runeSets = []string{"|•·–—-", "|•·", "/>›»→", ":?!\"“”«»;", "-‐.", "abc", "•", "€𝄞é"}

var runeTexts = []string{"", "a", "plain text", "Analysis | Ledger", "x • y", "a·b", "well-known", "a – b", "a — b", "‐", "News › War",
	"»", "\xe2\x80", "\xe2\x80\xe2\x80\xa2", "\xe2\x80\x94", "\xe2\x80\x95", "é", "e\u0301", "𝄞", "\xf0\x9d\x84", "\xff|", "Київ — Укрінформ",
	"€", "\xc2", "\xc2\xb7", "“quoted”", "«guillemets»", "no separators at all here", "\u2010", "a\u00a0b"}

func checkRunes(t *testing.T, chars, s string) {
	t.Helper()
	if got, want := NewRunes(chars).In(s), strings.ContainsAny(s, chars); got != want {
		t.Errorf("NewRunes(%q).In(%q) = %v, strings.ContainsAny %v", chars, s, got, want)
	}
}

// TestRunesIsContainsAny: In answers as strings.ContainsAny on texts with
// members, near members (runes sharing their first bytes) and invalid
// bytes, at every place in the text.
func TestRunesIsContainsAny(t *testing.T) {
	for _, chars := range runeSets {
		for _, s := range runeTexts {
			checkRunes(t, chars, s)
			checkRunes(t, chars, "x"+s+"y")
			checkRunes(t, chars, s+"\xe2")
		}
	}
}

func TestNewRunesRefusesRuneError(t *testing.T) {
	for _, chars := range []string{"a\ufffd", "a\xff"} {
		mustPanic(t, "NewRunes", chars, func(s string) { NewRunes(s) })
	}
}

// mustPanic reports an error unless f(arg) panics.
func mustPanic(t *testing.T, name, arg string, f func(string)) {
	t.Helper()
	defer func() {
		if recover() == nil {
			t.Errorf("%s(%q) did not panic", name, arg)
		}
	}()
	f(arg)
}

func FuzzRunes(f *testing.F) {
	for _, s := range runeTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, chars := range runeSets {
			checkRunes(t, chars, s)
		}
	})
}

// TestContainsIsStringsContains: Contains answers as strings.Contains for
// every slice of texts longer than its window, with the needle at every
// place, across the windows' edges.
func TestContainsIsStringsContains(t *testing.T) {
	long := strings.Repeat("abc defgh ", 20) + " is " + strings.Repeat("x", 70) + "end is"
	for _, sub := range []string{" is ", "is", "e", "", "end is", "x is", strings.Repeat("x", 64), strings.Repeat("x", 63) + "e"} {
		for i := 0; i <= len(long); i += 3 {
			for j := i; j <= len(long); j++ {
				if got, want := Contains(long[i:j], sub), strings.Contains(long[i:j], sub); got != want {
					t.Fatalf("Contains(%q, %q) = %v, want %v", long[i:j], sub, got, want)
				}
			}
		}
	}
}

func FuzzContains(f *testing.F) {
	f.Add(strings.Repeat("a ", 40)+" is ", " is ")
	f.Fuzz(func(t *testing.T, s, sub string) {
		if got, want := Contains(s, sub), strings.Contains(s, sub); got != want {
			t.Fatalf("Contains(%q, %q) = %v, want %v", s, sub, got, want)
		}
	})
}
