package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// articleIn is article() for a text in language lang.
func articleIn(lang, published string, paras ...string) *doc.Article {
	a := article(published, paras...)
	a.Lang = lang
	return a
}

// TestCyrillicCounted: the counted noun after a figure in Russian and
// Ukrainian is found by stem, over adjectives, and gives the unit.
func TestCyrillicCounted(t *testing.T) {
	cases := []struct {
		lang, text, figure, unit, counted string
	}{
		{"ru", "В марте в Хабаровск прибыли 420 рабочих из КНДР.", "420", "person", "рабочих"},
		{"ru", "На стройках заняты около 3 тыс. северокорейских строителей.", "3 тыс", "person", "северокорейских строителей"},
		{"ru", "Ведомство выдало 950 разрешений на работу.", "950", "permit", "разрешений"},
		{"ru", "Консульство оформило 1200 виз за полгода.", "1200", "visa", "виз"},
		{"ru", "Жители совершили 3400 поездок в соседнюю страну.", "3400", "trip", "поездок"},
		// a dative plural after a figure in digits depends on another noun
		{"ru", "Служба сообщала о 900 выданных гражданам КНДР разрешений.", "900", "permit", "выданных гражданам КНДР разрешений"},
		// a measure word gives way to the noun after it
		{"ru", "На парад вывели 40 единиц техники.", "40", "vehicle", "единиц техники"},
		{"uk", "До Приморʼя приїхали 640 громадян КНДР.", "640", "person", "громадян"},
		{"uk", "Туди перекинули близько 2 тисяч військових будівельників.", "2 тисяч", "person", "військових"},
		{"uk", "Заводу бракує 700 працівників.", "700", "person", "працівників"},
	}
	tops := builtin(t)
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := articleIn(c.lang, "2025-03-01", c.text)
			for _, cl := range Extract(a, annotate(a), tops) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Unit != c.unit || cl.Counted != c.counted {
						t.Errorf("unit %q counted %q, want %q %q (why: %s)", cl.Unit, cl.Counted, c.unit, c.counted, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestCyrillicNoClaim: durations and verbs after a figure count nothing.
func TestCyrillicNoClaim(t *testing.T) {
	cases := []struct{ lang, text, figure string }{
		{"ru", "Срок истек через 24 месяца после принятия решения.", "24"},
		{"uk", "Контракт діє 3 роки.", "3"},
		// a small number word before a genitive plural in "-ів" is no figure
		{"uk", "Це свідчить про зближення двох режимів.", "двох"},
	}
	tops := builtin(t)
	for _, c := range cases {
		a := articleIn(c.lang, "2025-03-01", c.text)
		for _, cl := range Extract(a, annotate(a), tops) {
			if strings.Contains(cl.Text, c.figure) {
				t.Errorf("%q: claim %q %s from %q (why: %s)", c.text, cl.Text, cl.Unit, cl.Counted, strings.Join(cl.Why, " | "))
			}
		}
	}
}
