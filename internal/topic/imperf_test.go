package topic

import "testing"

// TestImperfectives: a topic term that is a prefixed perfective verb of
// motion matches its imperfective's forms; the bare root and another verb
// gain none.
func TestImperfectives(t *testing.T) {
	cases := []struct {
		lang, term, text string
		want             bool
	}{
		{"ru", "приехать", "рабочие приезжают весной", true},
		{"ru", "въехать", "туда въезжали тысячи", true},
		{"ru", "завезти", "их завозят автобусами", true},
		{"ru", "прийти", "приходят новые партии", true},
		{"uk", "приїхати", "робітники приїжджають щомісяця", true},
		{"uk", "заїхати", "вони заїжджали групами", true},
		{"uk", "ввезти", "їх ввозять потягами", true},
		// the Ukrainian present of any infinitive
		{"uk", "імпортувати", "Росія імпортує робітників", true},
		{"uk", "залучати", "підприємства залучають робітників", true},
		{"uk", "направити", "туди направлять тисячі", true},
		// the bare root, and a verb outside the class
		{"ru", "ехать", "рабочие приезжают весной", false},
		{"ru", "направить", "рабочие приезжают весной", false},
	}
	for _, c := range cases {
		p := CompileLang(c.term, c.lang)
		ws := WordsLang(c.text, c.lang)
		got := false
		for i := range ws {
			if p.MatchAt(ws, i) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s %q in %q: %v, want %v", c.lang, c.term, c.text, got, c.want)
		}
	}
	if Imperfectives("ru", "ехать") != nil || Imperfectives("uk", "працювати") != nil {
		t.Error("a bare root or another verb has no imperfective here")
	}
}
