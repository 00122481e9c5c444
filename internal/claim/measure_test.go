package claim

import (
	"strings"
	"testing"
)

// unitOfFigure extracts the claims of one English sentence (no topic)
// and returns the claim whose text holds figure, and whether there is
// one.
func unitOfFigure(t *testing.T, text, figure string) (unit, counted, why string, ok bool) {
	t.Helper()
	a := article("2024-03-01", text)
	for _, cl := range Extract(a, annotate(a), nil) {
		if strings.Contains(cl.Text, figure) {
			return cl.Unit, cl.Counted, strings.Join(cl.Why, " | "), true
		}
	}
	return "", "", "", false
}

// TestMeasureWithoutNoun: a figure in a unit of mass or volume counts
// that unit, whatever follows it (a preposition, a verb, "a year", the
// end of the sentence); the thing measured is the noun after "of". A
// length with no noun after it is a distance, still no claim.
func TestMeasureWithoutNoun(t *testing.T) {
	cases := []struct {
		text, figure, unit, counted string
	}{
		{"The freighter unloaded 40,000 tonnes at the port last week.", "40,000", "tonne", ""},
		{"Investigators say the fleet moved about 3 million barrels through transfers at sea.", "3 million", "barrel", ""},
		{"Exports were capped at 200,000 barrels a year.", "200,000", "barrel", ""},
		{"The smugglers hid 12 kilograms inside the spare tyre.", "12", "kilogram", ""},
		{"Customs officers seized 9,000 litres.", "9,000", "litre", ""},
		{"A verb after the measure is no counted noun: 750,000 barrels left the terminal.", "750,000", "barrel", ""},
		{"The mine shipped 60,000 tons of anthracite in May.", "60,000", "tonne", "anthracite"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			unit, counted, why, ok := unitOfFigure(t, c.text, c.figure)
			if !ok {
				t.Fatalf("no claim for %q", c.figure)
			}
			if unit != c.unit || counted != c.counted {
				t.Errorf("unit %q counted %q, want %q %q (why: %s)", unit, counted, c.unit, c.counted, why)
			}
		})
	}
	// near misses: a distance or a length is no amount of anything
	for _, text := range []string{
		"The convoy stopped 30 km from the border.",
		"The tanker was seen 200 metres off the coast.",
	} {
		if unit, _, why, ok := unitOfFigure(t, text, "0"); ok {
			t.Errorf("%q: claim in %q, want none (why: %s)", text, unit, why)
		}
	}
}
