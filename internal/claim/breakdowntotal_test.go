package claim

import (
	"strings"
	"testing"
)

// TestBreakdownTotal: a figure counted as "the number of" a generic noun
// ("visitors", "people") breaks down the total stated before it and takes
// that total's source, data origin, period and indicator; a figure of
// the same shape with no total before it, or counting a noun that names
// its own kind, takes none.
func TestBreakdownTotal(t *testing.T) {
	total := "Citing figures from Russia's statistics agency Rosstat, NK Watch reported that 9,450 North Koreans entered Russia in 2023."
	cases := []struct {
		name   string
		paras  []string
		figure string
		saidBy string
		origin string
		period string
		hasInd bool
	}{
		{"next paragraph", []string{total, "The biggest number of visitors came for study, at 4,120, followed by work, at 2,300."}, "4,120", "NK Watch", "the total's", "2023", true},
		{"later part of the list", []string{total, "The biggest number of visitors came for study, at 4,120, followed by work, at 2,300."}, "2,300", "NK Watch", "the total's", "2023", true},
		{"across a paragraph that leans on the total", []string{total, "That was up from 3,100 in 2022.", "The largest number of travellers came for study, at 4,120."}, "4,120", "NK Watch", "the total's", "2023", true},
		// near misses: no total before it; a count of a kind of its own
		{"no total", []string{"The weather was mild in the port city.", "The biggest number of visitors came for study, at 4,120."}, "4,120", "", "", "", false},
	}
	tops := builtin(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := article("2024-02-10", c.paras...)
			claims := Extract(a, annotate(a), tops)
			for _, cl := range claims {
				if cl.Text == "9,450" && c.origin != "" {
					c.origin = cl.Origin // the total's origin, as the article names it
				}
			}
			for _, cl := range claims {
				if cl.Text != c.figure && !strings.HasSuffix(cl.Text, c.figure) {
					continue
				}
				if cl.SaidBy != c.saidBy || cl.Origin != c.origin || cl.Period != c.period || (cl.Indicator != "") != c.hasInd {
					t.Errorf("said_by %q origin %q period %q indicator %q, want %q %q %q indicator %v (why: %s)",
						cl.SaidBy, cl.Origin, cl.Period, cl.Indicator, c.saidBy, c.origin, c.period, c.hasInd, strings.Join(cl.Why, " | "))
				}
				return
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
