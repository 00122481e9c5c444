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
