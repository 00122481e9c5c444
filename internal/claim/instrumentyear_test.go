package claim

import "testing"

// TestInstrumentYear: a bare year in brackets after an instrument's name
// is part of the name, not a figure's period (phrases written for this
// test).
func TestInstrumentYear(t *testing.T) {
	cases := []struct {
		before, after, value string
		want                 bool
	}{
		{"Under the Security Council Resolution 2270 (", "), 40,000 workers", "2016", true},
		{"the Labour Migration Act (", ") lets", "2019", true},
		{"согласно закону о мигрантах (", ") в регионе", "2002", true},
		// near misses
		{"some 40,000 workers (", ") and", "2016", false},        // a figure's year
		{"Under Resolution 2270 in ", ", 40,000", "2016", false}, // no bracket
		{"the Act, which came later (", ")", "2019", false},      // punctuation between
		{"the Act (", ")", "2019-03", false},                     // not a bare year
	}
	for _, c := range cases {
		if got := instrumentYear(c.before, c.after, c.value); got != c.want {
			t.Errorf("instrumentYear(%q, %q, %q) = %v, want %v", c.before, c.after, c.value, got, c.want)
		}
	}
	tops := builtin(t)
	expectClaims(t, article("2019-06-01", "Under UN Security Council Resolution 2397 (2017), about 30,000 North Korean workers in Russia must go home."), tops,
		[]want{{"30,000", "~30000", "person", "-", "", "-", "-"}})
}
