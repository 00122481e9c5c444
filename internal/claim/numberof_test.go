package claim

import (
	"strings"
	"testing"
)

// TestNumberOfSubject: a figure that is the predicate of "the number of
// X" counts X, not what the figure before it counts; "the number" alone
// still leans on the figure before.
func TestNumberOfSubject(t *testing.T) {
	cases := []struct {
		text, figure, unit string
	}{
		{"Officials counted 400 trucks at the border. By May the number of delivered drones had reached 3,000.", "3,000", "drone"},
		{"Officials counted 400 trucks at the border. In the end (the total of seized rifles) was estimated at 900.", "900", "rifle"},
		{"Officials counted 400 trucks at the border. By May the number had reached 3,000.", "3,000", "truck"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := article("2025-03-01", c.text)
			for _, cl := range Extract(a, annotate(a), nil) {
				if strings.Contains(cl.Text, c.figure) {
					if cl.Unit != c.unit {
						t.Errorf("unit %q, want %q (why: %s)", cl.Unit, c.unit, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
