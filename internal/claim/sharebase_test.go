package claim

import (
	"strings"
	"testing"
)

// TestShareBase: the whole a share is of, when a copula after it says who
// the share are, keeps no indicator unless its own counted phrase names
// the actor; a figure the share's phrase runs on from keeps it.
func TestShareBase(t *testing.T) {
	cases := []struct {
		text, figure, want string
	}{
		{"About 40 percent of its 2,500 workers are North Koreans, the sawmill in Khabarovsk says.", "2,500", ""},
		{"Half of the 800 employees were North Koreans at the Vladivostok plant.", "800", ""},
		{"Some 30% of the 1,200 staff are North Korean nationals at the port in Nakhodka, Russia.", "1,200", ""},
		// the whole names the actor, or the phrase runs on
		{"About 40 percent of the 2,500 North Korean workers are builders in Khabarovsk, Russia.", "2,500", "dprk_workers_in_russia"},
		{"About 2,500 workers at the plant in Khabarovsk, Russia, are North Koreans.", "2,500", "dprk_workers_in_russia"},
	}
	tops := builtin(t)
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := article("2025-03-01", c.text)
			for _, cl := range Extract(a, annotate(a), tops) {
				if strings.Contains(cl.Text, c.figure) {
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
