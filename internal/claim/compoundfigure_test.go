package claim

import "testing"

// TestCompoundFigures: a figure joined by a hyphen to a singular noun
// before the noun it describes makes a compound adjective ("a four-nation
// summit": one summit), no amount; joined to "strong", "man" or "person"
// it is the headcount of the body after it, in persons. Rates, hedges and
// plain counts keep their claims.
func TestCompoundFigures(t *testing.T) {
	for _, text := range []string{
		"Officials flew to a four-nation summit in Hanoi last week.",
		"The three-party coalition collapsed in March.",
		"Inspectors boarded a 30-carriage freight train at the border.",
	} {
		t.Run(text, func(t *testing.T) {
			if unit, _, why, ok := unitOfFigure(t, text, ""); ok {
				t.Errorf("a compound adjective gave a claim in %q (why: %s)", unit, why)
			}
		})
	}
	cases := []struct {
		text, figure, unit string
	}{
		{"A 20,000-strong contingent of foreign fighters crossed the river.", "20,000", "person"},
		{"The ministry sent a 40-man crew to the port.", "40", "person"},
		{"Arrivals rose to 900 last year, a 12-fold jump.", "12", "ratio"},
		{"Some 300-odd loggers stayed behind.", "300", "person"},
		{"The shipyard employed 450 welders in May.", "450", "person"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			unit, _, why, ok := unitOfFigure(t, c.text, c.figure)
			if !ok {
				t.Fatalf("no claim for %q", c.figure)
			}
			if unit != c.unit {
				t.Errorf("unit %q, want %q (why: %s)", unit, c.unit, why)
			}
		})
	}
}
