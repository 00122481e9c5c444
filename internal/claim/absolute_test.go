package claim

import (
	"strings"
	"testing"
)

// TestAbsoluteClauseFigure: the figure of an absolute clause ("with just
// two naming ...") counts what the figure before it counts, a quoted
// object after its participle included; a noun after "with" and a figure
// is its own counted noun.
func TestAbsoluteClauseFigure(t *testing.T) {
	cases := []struct {
		text, figure, unit, counted string
	}{
		{"About 500 migrants reached the border in May, with just two naming “work” as their aim.", "two", "person", "migrants"},
		{"About 500 migrants reached the border in May, with only 40 citing family reasons.", "40", "person", "migrants"},
		{"About 500 migrants reached the border in May, with 40 trucks waiting behind them.", "40", "truck", "trucks"},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			a := article("2025-06-01", c.text)
			for _, cl := range Extract(a, annotate(a), nil) {
				if cl.Text == c.figure || strings.HasSuffix(cl.Text, " "+c.figure) {
					if cl.Unit != c.unit || cl.Counted != c.counted {
						t.Errorf("unit %q counted %q, want %q %q (why: %s)", cl.Unit, cl.Counted, c.unit, c.counted, strings.Join(cl.Why, " | "))
					}
					return
				}
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
