package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/topic"
)

// userOilTopic is a topic a user might write, with its own unit and
// counted terms in Russian and Ukrainian.
const userOilTopic = `id: oil-shipments
name: Oil shipped to North Korea
keywords: [КНДР, North Korea]
indicators:
  - id: oil_to_dprk
    label: Oil products shipped to North Korea
    measure: flow
    units: [barrel]
    counted: [barrel]
    actor: [Russia]
    languages:
      ru:
        counted: [баррель]
        actor: [Россия, российский]
        events: [поставить, отгрузить]
      uk:
        counted: [барель]
        actor: [Росія, російський]
        events: [постачити, відвантажити]
`

// TestCyrillicTopicUnits: a counted noun outside dossier's own lists
// takes the unit the topic gives it.
func TestCyrillicTopicUnits(t *testing.T) {
	tp, err := topic.Parse("oil.yaml", []byte(userOilTopic))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, text, figure, unit, indicator string
	}{
		{"ru", "В марте Россия отгрузила в КНДР около 90 тыс. баррелей нефтепродуктов.", "90 тыс", "barrel", "oil_to_dprk"},
		{"uk", "За місяць Росія постачила до КНДР понад 120 тисяч барелів пального.", "120 тисяч", "barrel", "oil_to_dprk"},
		// a noun the topic does not list keeps its own form
		{"ru", "В марте Россия отгрузила в КНДР 400 вагонов угля.", "400", "вагонов", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := articleIn(c.lang, "2025-04-01", c.text)
			for _, cl := range Extract(a, annotate(a), []*topic.Topic{tp}) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Unit != c.unit || cl.Indicator != c.indicator {
						t.Errorf("unit %q indicator %q, want %q %q (why: %s)", cl.Unit, cl.Indicator, c.unit, c.indicator, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestTradeUnits: a noun of a trade in the shared lexicon (trades.txt)
// counts persons in Russian, Ukrainian and English; a noun outside it
// keeps its own form.
func TestTradeUnits(t *testing.T) {
	cases := []struct {
		lang, text, figure, unit string
	}{
		{"ru", "На заводе заняты около 700 сборщиков из КНДР.", "700", "person"},
		{"ru", "Бригада из 40 монтажников приехала в марте.", "40", "person"},
		{"uk", "На заводі працюють понад 500 складальників з КНДР.", "500", "person"},
		{"uk", "Туди приїхали 30 фахівців.", "30", "person"},
		{"en", "The plant took on 90 assemblers from North Korea.", "90", "person"},
		{"ru", "В порту стоят 400 вагонов угля.", "400", "вагонов"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := articleIn(c.lang, "2025-04-01", c.text)
			for _, cl := range Extract(a, annotate(a), nil) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Unit != c.unit {
						t.Errorf("unit %q, want %q (why: %s)", cl.Unit, c.unit, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestPeopleAdjectiveHomograph: "рабочий" before a noun is an adjective
// ("рабочих виз" counts visas, "рабочих мест" jobs); before a verb, a
// preposition or a name it counts workers.
func TestPeopleAdjectiveHomograph(t *testing.T) {
	cases := []struct {
		lang, text, figure, unit string
	}{
		{"ru", "В прошлом году КНДР получила около 9 тысяч рабочих виз.", "9 тысяч", "visa"},
		{"ru", "Стройка создаст 400 рабочих мест.", "400", "мест"},
		{"ru", "В Приморье приехали 400 рабочих из КНДР.", "400", "person"},
		{"ru", "В крае трудятся 700 рабочих, сообщили в ведомстве.", "700", "person"},
		{"ru", "На объекте заняты 300 рабочих КНДР.", "300", "person"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := articleIn(c.lang, "2025-04-01", c.text)
			for _, cl := range Extract(a, annotate(a), nil) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Unit != c.unit {
						t.Errorf("unit %q, want %q (why: %s)", cl.Unit, c.unit, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}

// TestSmallNumberWordReference: a small number word after a preposition,
// with a noun no counted list holds, is a reference ("между двумя
// странами"), not a figure; without the preposition it stays a claim.
func TestSmallNumberWordReference(t *testing.T) {
	cases := []struct {
		lang, text, figure string
		want               bool
	}{
		{"ru", "Переговоры между двумя странами затянулись.", "двумя", false},
		{"uk", "Угода між двома державами діє з весни.", "двома", false},
		{"ru", "Туда приехали два рабочих из КНДР.", "два", true},
		{"uk", "До Приморʼя приїхали три робітники з КНДР.", "три", true},
		{"ru", "На границе задержали три грузовика.", "три", true},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := articleIn(c.lang, "2025-04-01", c.text)
			got := false
			for _, cl := range Extract(a, annotate(a), nil) {
				if strings.Contains(cl.Text, c.figure) {
					got = true
				}
			}
			if got != c.want {
				t.Errorf("claim for %q: %v, want %v", c.figure, got, c.want)
			}
		})
	}
}
