package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/topic"
)

// cargoTopic is a topic a user might write: drones a country ships,
// named in the lead and then left to the context.
const cargoTopic = `id: drone-cargo
name: Drones shipped to Venezuela
indicators:
  - id: drones_to_venezuela
    measure: flow
    units: [drone]
    counted: [drone]
    actor: [Iran, Iranian, Tehran]
    place: [Venezuela, Caracas]
    event_optional: true
    languages:
      ru:
        counted: [дрон, беспилотник]
        actor: [Иран, иранский]
        place: [Венесуэла, Каракас]
`

// TestActorLeansOnContext: a count whose sentence names no actor takes
// the one of the sentences before or the lead when its noun points back
// ("such drones") or its sentence names no country but as a place, and
// not when the sentence names another country.
func TestActorLeansOnContext(t *testing.T) {
	tp, err := topic.Parse("cargo.yaml", []byte(cargoTopic))
	if err != nil {
		t.Fatal(err)
	}
	lead := "Iran has shipped attack drones to Venezuela for two years, officials in Caracas say."
	filler := "The route runs through several ports."
	leadRU := "Иран уже два года поставляет ударные дроны в Венесуэлу, сообщают в Каракасе."
	fillerRU := "Маршрут проходит через несколько портов."
	cases := []struct {
		name, text, figure, want string
	}{
		{"ru anaphor", "Позже в Каракасе насчитали около 40 таких дронов.", "40", "drones_to_venezuela"},
		{"ru a place only", "В марте в Венесуэлу доставили 60 дронов.", "60", "drones_to_venezuela"},
		{"ru another country", "Бразилия выпускает для Венесуэлы около 500 дронов в год.", "500", ""},
		{"anaphor", "Officials in Caracas later counted some 40 such drones at an airfield in Venezuela.", "40", "drones_to_venezuela"},
		{"these", "Analysts believe these 25 drones reached Venezuela by sea.", "25", "drones_to_venezuela"},
		{"no country", "By one estimate it comes to about 300 drones in all, bound for Venezuela.", "300", "drones_to_venezuela"},
		{"a place only", "About 60 drones went to Caracas in March.", "60", "drones_to_venezuela"},
		{"a country inside a body's name", "\"About 80 drones were flown in,\" Japan's Foreign Ministry said.", "80", "drones_to_venezuela"},
		// another country makes its own drones
		{"another country", "Brazil's factories build about 500 drones a year for Venezuela.", "500", ""},
		{"compared", "That compares with 200 drones made in Colombia for Venezuela.", "200", ""},
		{"a country in lower case", "Meanwhile brazilian plants build about 500 drones a year.", "500", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := articleIn("en", "2025-03-01", lead, filler, filler, c.text)
			if strings.HasPrefix(c.name, "ru ") {
				a = articleIn("ru", "2025-03-01", leadRU, fillerRU, fillerRU, c.text)
			}
			for _, cl := range Extract(a, annotate(a), []*topic.Topic{tp}) {
				if cl.Text == c.figure || strings.HasSuffix(cl.Text, " "+c.figure) {
					if cl.Indicator != c.want {
						t.Errorf("indicator %q, want %q (why: %s)", cl.Indicator, c.want, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
