package claim

import "testing"

// TestTimeAdverbEndsCounted: an adverb of time after the counted noun
// ("overnight", "yesterday", "earlier") ends the phrase; it is no part of
// the unit.
func TestTimeAdverbEndsCounted(t *testing.T) {
	cases := []struct {
		text, figure, unit string
	}{
		{"Rebels fired 75 rockets overnight at the airfield, the army said.", "75", "rocket"},
		{"The port took in 12 freighters yesterday, officials said.", "12", "freighter"},
		{"Some 40 trawlers tonight sheltered in the bay.", "40", "trawler"},
		{"Customs counted 300 containers earlier this week.", "300", "container"},
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
