package topic

import (
	"strings"
	"testing"
)

func TestNormalizeUnit(t *testing.T) {
	cases := []struct{ in, want string }{
		{"person", "person"},
		{"USD", "USD"},
		{"usd", "USD"},
		{"RUB", "rouble"},
		{"roubles", "rouble"},
		{"Rubles", "rouble"},
		{"EUR", "euro"},
		{"bbl", "barrel"},
		{"barrels", "barrel"},
		{"Barrel", "barrel"},
		{"km", "kilometre"},
		{"kilometres", "kilometre"},
		{"tonnes", "tonne"},
		{"t", "tonne"},
		{"member states", "member state"},
		{"entries", "entry"},
		{"boxes", "box"},
		{"people", "person"},
		{"%", "percent"},
		{"  artillery   shells ", "artillery shell"},
		{"баррелей", "баррелей"}, // other scripts: the topic's language terms map them
		{"", ""},
	}
	for _, c := range cases {
		if got := NormalizeUnit(c.in); got != c.want {
			t.Errorf("NormalizeUnit(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, u := range []string{"USD", "rouble", "euro", "CHF"} {
		if !IsMoney(u) {
			t.Errorf("IsMoney(%q) = false", u)
		}
	}
	for _, u := range []string{"person", "barrel", "percent"} {
		if IsMoney(u) {
			t.Errorf("IsMoney(%q) = true", u)
		}
	}
}

// A user's topic names units as people write them; a claim's unit may be
// a symbol, a plural or a code: both go through NormalizeUnit.
func TestTopicUnitsNormalized(t *testing.T) {
	y := `id: fuel-shipments
name: Fuel shipments
indicators:
  - id: fuel_barrels
    measure: flow
    units: [Barrels]
    counted: [fuel, diesel, petrol, oil, barrel]
    events: [ship, deliver]
  - id: fuel_payments
    measure: amount
    units: [RUB]
    events: [pay]
`
	tp, err := Parse("f.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sentence, figure, unit, counted, want string
	}{
		{"Tankers shipped 90,000 bbl of diesel to the port.", "90,000", "bbl", "bbl of diesel", "fuel_barrels"},
		{"Tankers shipped 90,000 barrels of diesel to the port.", "90,000", "barrel", "barrels of diesel", "fuel_barrels"},
		{"Tankers shipped 90,000 barrels of diesel to the port.", "90,000", "barrels", "barrels of diesel", "fuel_barrels"},
		{"The buyer paid 3 million roubles for the cargo.", "3 million", "rouble", "roubles", "fuel_payments"},
		{"The buyer paid 3 million roubles for the cargo.", "3 million", "RUB", "roubles", "fuel_payments"},
		{"Tankers shipped 90,000 tonnes of diesel to the port.", "90,000", "tonne", "tonnes of diesel", ""},
		// the unit is the counted term, whatever the phrase after it
		{"Tankers shipped 90,000 barrels of kerosene to the port.", "90,000", "barrel", "kerosene", "fuel_barrels"},
	}
	for _, c := range cases {
		if got, why := tp.Match(claimAt(c.sentence, c.figure, c.unit, c.counted)); got != c.want {
			t.Errorf("%q (unit %q): %q, want %q (%s)", c.sentence, c.unit, got, c.want, why)
		}
	}
}

// NormalizeUnit is idempotent: a normalized unit stays as it is.
func FuzzNormalizeUnit(f *testing.F) {
	for _, s := range []string{"RUB", "barrels", "bbl", "member states", "people", "km", "entries", "баррелей", " %", "US$"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, u string) {
		n := NormalizeUnit(u)
		if again := NormalizeUnit(n); again != n {
			t.Errorf("NormalizeUnit(%q) = %q, but NormalizeUnit(%q) = %q", u, n, n, again)
		}
	})
}

// topics check --explain says which claim units a topic's unit matches.
func TestExplainUnits(t *testing.T) {
	tp, err := Parse("f.yaml", []byte("id: fuel\nname: Fuel\nindicators:\n  - {id: fuel_barrels, measure: flow, units: [Barrels, RUB]}\n"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Join(tp.Explain(), "\n")
	for _, want := range []string{
		`fuel_barrels units "Barrels": matches claims in barrel (also written bbl, and plurals)`,
		`fuel_barrels units "RUB": matches claims in rouble (also written rub, ruble, rubles, ₽, and plurals)`,
	} {
		if !strings.Contains(lines, want) {
			t.Errorf("Explain lacks %q; got:\n%s", want, lines)
		}
	}
}

// NormalizeUnit is the lower case of the unit, its words joined by one
// space and the last one in the singular (or the unit's noun): the
// same whether the unit comes so already or not.
func TestNormalizeUnitSpelledAnyway(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"barrels", "barrel"}, {"Barrels", "barrel"}, {"  cubic  metres ", "cubic metre"}, {"cubic\tmetres", "cubic metre"},
		{"cubic metre", "cubic metre"}, {"Cubic Metre", "cubic metre"}, {"tonnes of grain", "tonnes of grain"}, {"RUB", "rouble"}, {"ТОНН", "тонн"},
	} {
		if got := NormalizeUnit(c.in); got != c.want {
			t.Errorf("NormalizeUnit(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
