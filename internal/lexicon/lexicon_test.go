package lexicon

import "testing"

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
