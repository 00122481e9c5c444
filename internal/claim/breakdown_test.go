package claim

import (
	"strings"
	"testing"
)

// TestBreakdownByPlace: a figure in brackets after a place name is the
// part of the whole in that place; what rules the whole out ("overseas")
// does not rule the part out, and another part's place is no place of it.
func TestBreakdownByPlace(t *testing.T) {
	cases := []struct {
		text, figure, place, want string
	}{
		{"Some 60,000 North Korean workers are employed overseas, and most of them work in China (40,000) and Russia (15,000).", "15,000", "Russia", "dprk_workers_in_russia"},
		{"Some 60,000 North Korean workers are employed overseas, and most of them work in China (40,000) and Russia (15,000).", "40,000", "China", ""},
		{"Some 60,000 North Korean workers are employed overseas, and most of them work in Russia (15,000) and China (40,000).", "40,000", "China", ""},
		{"Some 60,000 North Korean workers are employed overseas, and most of them work in Russia (15,000) and China (40,000).", "15,000", "Russia", "dprk_workers_in_russia"},
		// the whole stays a headcount abroad
		{"Some 60,000 North Korean workers are employed overseas, and most of them work in Russia (15,000) and China (40,000).", "60,000", "", ""},
	}
	tops := builtin(t)
	for _, c := range cases {
		t.Run(c.figure+" "+c.text[len(c.text)-30:], func(t *testing.T) {
			a := article("2025-03-01", c.text)
			for _, cl := range Extract(a, annotate(a), tops) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Indicator != c.want || c.place != "" && cl.Place != c.place {
						t.Errorf("indicator %q place %q, want %q %q (why: %s)", cl.Indicator, cl.Place, c.want, c.place, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
