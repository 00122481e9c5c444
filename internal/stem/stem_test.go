package stem

import "testing"

func TestStemMeets(t *testing.T) {
	cases := []struct{ lang, a, b string }{
		{"ru", "переселенцы", "переселенцев"},
		{"ru", "Корея", "Кореи"},
		{"ru", "трудящихся", "трудящиеся"},
		{"ru", "ёжики", "ежиков"},
		{"uk", "будівельників", "будівельники"},
		{"uk", "областю", "області"},
	}
	for _, c := range cases {
		if a, b := Stem(c.lang, c.a), Stem(c.lang, c.b); a == "" || a != b {
			t.Errorf("Stem(%s, %q) = %q, Stem(%q) = %q: want one stem", c.lang, c.a, a, c.b, b)
		}
	}
	if Stem("en", "builders") != "" || Stem("ru", "Vostok") != "" {
		t.Error("English words or Latin words in Russian text got a stem")
	}
	if Stemmed("de") || !Stemmed("uk") {
		t.Error("Stemmed: wrong languages")
	}
}

func TestPrefix(t *testing.T) {
	cases := []struct {
		word string
		want string // "" = searched as written
	}{
		{"переселенцы", "переселенц"},    // Russian plural
		{"будівельників", "будівельник"}, // Ukrainian genitive plural
		{"Минтруд", "минтруд"},           // a name: its own prefix
		{"виза", ""},                     // stem "виз" too short to search by
		{"на", ""},
		{"builders", ""}, // Latin script is not stemmed
	}
	for _, c := range cases {
		got := Prefix(c.word)
		if got != c.want {
			t.Errorf("Prefix(%q) = %q, want %q", c.word, got, c.want)
		}
	}
	// Every inflection a prefix finds starts with it.
	for _, pair := range [][2]string{{"переселенцы", "переселенцами"}, {"будівельників", "будівельникам"}} {
		p := Prefix(pair[0])
		if p == "" || Fold(pair[1])[:len(p)] != p {
			t.Errorf("Prefix(%q) = %q does not begin %q", pair[0], p, pair[1])
		}
	}
}

func TestStemless(t *testing.T) {
	cases := []struct {
		lang, w string
		want    bool
	}{
		{"ru", "рабочих", false},
		{"ru", "я", false},
		{"ru", "ррр", false}, // no vowel: nothing removed
		{"ru", "workers", true},
		{"ru", "\u00a0", true}, // not a word: the stemmer trims it away
		{"uk", "ь", true},      // the soft sign alone is trimmed away
		{"uk", "робітників", false},
		{"uk", "п’ять", false},
		{"uk", "ьь", false},      // one soft sign is trimmed, the other kept
		{"uk", "ії", false},      // no ending strips below three runes
		{"uk", "ь'", false},      // the apostrophe goes, the letter stays
		{"uk", "я2", false},      // a digit ends a stem too
		{"uk", "я\u0301", false}, // not a word of wordRunes (a combining mark): Stem keeps "я"
		{"en", "рабочих", true},
		{"", "x", true},
	}
	for _, c := range cases {
		if got := Stemless(c.lang, c.w); got != c.want {
			t.Errorf("Stemless(%q, %q) = %v, want %v", c.lang, c.w, got, c.want)
		}
		if got := Stem(c.lang, c.w) == ""; got != c.want {
			t.Errorf("Stem(%q, %q) == \"\" is %v, want %v", c.lang, c.w, got, c.want)
		}
	}
}

// FuzzStemless checks Stemless against Stem itself.
func FuzzStemless(f *testing.F) {
	for _, w := range []string{"рабочих", "я", "ого", "ь", "ьь", "Ь", "ь'", "Ёлка", "в’їхали", "a\u0301", "日本", "ий", "\u00a0", "İь", "ǅь"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		for _, lang := range []string{"ru", "uk", "en"} {
			if got, want := Stemless(lang, w), Stem(lang, w) == ""; got != want {
				t.Errorf("Stemless(%q, %q) = %v, Stem is %q", lang, w, got, Stem(lang, w))
			}
		}
	})
}
