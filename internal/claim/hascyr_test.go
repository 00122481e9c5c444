package claim

import (
	"strings"
	"testing"
	"unicode"
)

// hasCyrillicRef is hasCyrillic by its definition.
func hasCyrillicRef(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
}

var cyrSamples = []string{"", "plain ASCII text", "curly ’quotes’ — dashes", "Москва", "a Ж b", "Ѐ", "ӿ", "ԯ", "\u1c80", "\u2de0",
	"\ua640", "\U0001e030", "ᴫ", "ᵸ", "Σ and Ω", "broken \xd0 byte", "\xd0\xd0\x96", "x\xe2\x80"}

// TestHasCyrillic: hasCyrillic says what its definition says, for each
// rune below U+10000 and for samples; a Cyrillic word makes the text
// hasCyrillic (stemLang reads sentences only of such texts).
func TestHasCyrillic(t *testing.T) {
	for _, s := range cyrSamples {
		checkHasCyrillic(t, s)
	}
	for r := rune(0); r < 0x10000; r++ {
		checkHasCyrillic(t, "ab "+string(r)+" c")
	}
}

func checkHasCyrillic(t *testing.T, s string) {
	t.Helper()
	if got, want := hasCyrillic(s), hasCyrillicRef(s); got != want {
		t.Fatalf("hasCyrillic(%q) = %v, want %v", s, got, want)
	}
	if hasCyrillicWord(s) && !hasCyrillic(s) {
		t.Fatalf("%q: a Cyrillic word in no Cyrillic text", s)
	}
}

func FuzzHasCyrillic(f *testing.F) {
	for _, s := range cyrSamples {
		f.Add(s)
	}
	f.Fuzz(checkHasCyrillic)
}
