package claim

import "testing"

// TestRelativeClauseGap: a relative clause closed by a comma between a
// figure and a deadline leaves the deadline the figure's; a time inside
// the relative clause or after a coordinated clause is not (sentences
// written for this test).
func TestRelativeClauseGap(t *testing.T) {
	gaps := []struct {
		gap  string
		want bool // a new clause: the time is not the figure's
	}{
		{" workers at the yard, where ships are repaired, by the end of ", false},
		{" workers at the yard, which opened last spring, before ", false},
		{" workers at the yard, where ships were repaired in ", true},
		{" workers at the yard, and more came in ", true},
		{" workers at the yard, where ships are repaired, and more arrived in ", true},
		{" workers at the yard in ", false},
	}
	for _, g := range gaps {
		if got := nextClauseGap(g.gap); got != g.want {
			t.Errorf("nextClauseGap(%q) = %v, want %v", g.gap, got, g.want)
		}
	}
	tops := builtin(t)
	expectClaims(t, article("2025-03-01", "The ministry aims to have about 9,000 North Korean workers at the shipyards of Primorye, where trawlers are repaired, by the end of 2025."), tops,
		[]want{{"9,000", "~9000", "person", "-", "2025-12", "-", "-"}})
}
