package lexicon

import (
	"strings"
	"testing"
	"unicode"
)

func TestFiles(t *testing.T) {
	if err := Check(); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "ru", "uk"} {
		for _, name := range []string{"months", "weekdays", "ordinals", "units", "relative", "days"} {
			if len(Get(lang, name).Entries()) == 0 {
				t.Errorf("%s/%s is empty", lang, name)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		lang, list, word, key, tag string
	}{
		{"en", "months", "September", "9", ""},
		{"en", "months", "Sept", "9", "abbr"},
		{"en", "weekdays", "Thursdays", "4", "plural"},
		{"ru", "months", "ФЕВРАЛЕ", "2", "prep"},
		{"ru", "months", "январём", "1", "ins"},
		{"uk", "months", "листопада", "11", "gen"},
		{"uk", "weekdays", "п’ятницю", "5", "acc"},
		{"uk", "weekdays", "пʼятниця", "5", "nom"},
		{"ru", "ordinals", "третьем", "3", ""},
		{"uk", "units", "кварталі", "quarter", ""},
		{"ru", "relative", "прошлом", "-1", ""},
		{"ru", "days", "в настоящее время", "present", ""},
		{"ru", "ordinals", "четвёртом", "4", ""},
	}
	for _, tc := range tests {
		e, ok := Get(tc.lang, tc.list).Lookup(tc.word)
		if !ok || e.Key != tc.key || e.Tag != tc.tag {
			t.Errorf("%s/%s %q = %+v %v, want key %q tag %q", tc.lang, tc.list, tc.word, e, ok, tc.key, tc.tag)
		}
	}
	if Get("ru", "months").Has("monday") || Get("xx", "months").Has("may") {
		t.Error("a form of another list or language was found")
	}
	if n := Get("ru", "days").MaxWords(); n != 3 {
		t.Errorf("MaxWords = %d, want 3", n)
	}
}

func TestParseErrors(t *testing.T) {
	for _, bad := range []string{"no colon here", "1: январь (nom", "1: Январь", "two words: x", "1: a, , b"} {
		if _, err := Parse("xx", "t", bad); err == nil {
			t.Errorf("Parse(%q) gave no error", bad)
		}
	}
	l, err := Parse("xx", "t", "# c\n\n1: a (abbr), b c\n")
	if err != nil || len(l.Entries()) != 2 || l.Entries()[0].Tag != "abbr" || l.Entries()[1].Int() != 1 {
		t.Fatalf("Parse = %+v, %v", l, err)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Ёлка": "елка", "П’ЯТНИЦЯ": "п'ятниця", " Not  Less ": "not less", "plain": "plain"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	l := Get("ru", "months")
	for i := 0; i < b.N; i++ {
		l.Lookup("февраля")
	}
}

// FuzzParse: the list parser never panics, and every form it accepts is
// found again by Lookup.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"1: январь (nom), января (gen)", "# c\nkey: a b, c", "x: (", "1:", ": a", "a: b (t), , c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		l, err := Parse("xx", "f", text)
		if err != nil {
			return
		}
		for _, e := range l.Entries() {
			if !l.Has(e.Form) {
				t.Fatalf("form %q not found again", e.Form)
			}
		}
	})
}

// TestIsFoldedAndTrimSpace: Parse's own readings agree with Fold and
// strings.TrimSpace on the embedded forms and on edge cases.
func TestIsFoldedAndTrimSpace(t *testing.T) {
	cases := []string{"", " ", "a", "a b", "a  b", " a", "a ", "A", "ё", "е", "не менее", "п'ять", "п’ять", "`",
		"a\tb", "\u00a0a", "a\u00a0", "a\u00a0b", "Ж", "ж", "ѐ", "Ѐ", "і", "ї", "ґ", "Ґ", "ǅ", "\xff", "\uFFFD", "a\xffb", "ß", "İ", "ſ"}
	for _, lang := range Langs() {
		for _, name := range []string{"months", "numbers", "units", "speech", "hedges", "relative", "ordinals"} {
			for _, e := range Get(lang, name).Entries() {
				cases = append(cases, e.Form, " "+e.Form+"\u2009", strings.ToUpper(e.Form))
			}
		}
	}
	for _, s := range cases {
		if got, want := isFolded(s), Fold(s) == s; got != want {
			t.Errorf("isFolded(%q) = %v, Fold gives %q", s, got, Fold(s))
		}
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzIsFolded(f *testing.F) {
	for _, s := range []string{"a b", "ё", " \u00a0x", "п’ять", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isFolded(s), Fold(s) == s; got != want {
			t.Errorf("isFolded(%q) = %v, Fold gives %q", s, got, Fold(s))
		}
		if got, want := trimSpace(s), strings.TrimSpace(s); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestFormWords: the words of every embedded form, and of folded forms
// with other ASCII white space, counted as strings.Fields counts them.
func TestFormWords(t *testing.T) {
	forms := []string{"a", "не менее", "a\rb", "a\vb c", "a\fb"}
	for _, lang := range Langs() {
		for _, name := range []string{"months", "numbers", "units", "speech", "hedges", "relative", "ordinals", "past", "future", "parts"} {
			l := Get(lang, name)
			most := 0
			for _, e := range l.Entries() {
				forms = append(forms, e.Form)
				most = max(most, len(strings.Fields(e.Form)))
			}
			if l.MaxWords() != most {
				t.Errorf("%s/%s: MaxWords %d, want %d", lang, name, l.MaxWords(), most)
			}
		}
	}
	for _, f := range forms {
		if !isFolded(f) {
			t.Errorf("%q is not folded", f)
		}
		if got, want := formWords(f), len(strings.Fields(f)); got != want {
			t.Errorf("formWords(%q) = %d, want %d", f, got, want)
		}
	}
}

// TestToLowerIsSpaceEveryRune: Fold's shortcuts answer as the unicode
// package for every rune.
func TestToLowerIsSpaceEveryRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if got, want := LowerRune(r), unicode.ToLower(r); got != want {
			t.Fatalf("LowerRune(%U) = %U, unicode.ToLower %U", r, got, want)
		}
		if got, want := isSpace(r), unicode.IsSpace(r); got != want {
			t.Fatalf("isSpace(%U) = %v, unicode.IsSpace %v", r, got, want)
		}
	}
}

// TestAllIsEntries: All yields what Entries returns, in its order, and Len
// counts it; a missing list (nil) yields nothing; a stop ends the yield.
func TestAllIsEntries(t *testing.T) {
	for _, lang := range []string{"en", "ru", "uk"} {
		for _, name := range []string{"months", "weekdays", "numbers", "units", "past"} {
			l := Get(lang, name)
			want := l.Entries()
			var got []Entry
			for e := range l.All() {
				got = append(got, e)
			}
			if len(got) != len(want) || l.Len() != len(want) {
				t.Fatalf("%s/%s: All %d entries, Len %d, Entries %d", lang, name, len(got), l.Len(), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%s/%s: All's entry %d is %+v, Entries' %+v", lang, name, i, got[i], want[i])
				}
			}
			n := 0
			for range l.All() {
				n++
				break
			}
			if n != min(1, len(want)) {
				t.Errorf("%s/%s: %d entries after a break", lang, name, n)
			}
		}
	}
	var none *List
	for e := range none.All() {
		t.Errorf("a nil list yields %+v", e)
	}
	if none.Len() != 0 {
		t.Error("a nil list's Len is not 0")
	}
}
