package claim

import (
	"strings"
	"testing"
)

// TestWorkAuthor: a piece of work named with its author ("a study
// conducted by X", "a report by X said") speaks as its author, and "the
// report" after it is that author's; a work named with no author gives
// no speaker of its own.
func TestWorkAuthor(t *testing.T) {
	cases := []struct {
		name   string
		paras  []string
		figure string
		want   string
	}{
		{"according to a study conducted by", []string{"According to a study conducted by Kestrel Analytics, the exporters shipped 4,500 tonnes of coal in 2023."}, "4,500", "Kestrel Analytics"},
		{"according to a survey commissioned by", []string{"According to a survey commissioned by the Harbour Trust, 3,200 dockers lost their jobs in 2023."}, "3,200", "Harbour Trust"},
		{"a report by X said", []string{"Some 3,200 dockers lost their jobs in 2023, a report by the Harbour Trust said."}, "3,200", "Harbour Trust"},
		{"the report later", []string{"Some 3,200 dockers lost their jobs in 2023, a report by the Harbour Trust said.", "Officials at Brightwater Port declined to comment.", "The report said that 900 more dockers would be laid off in 2024."}, "900", "Harbour Trust"},
		// near miss: a work with no author is no speaker
		{"a new study shows", []string{"A new study shows that 3,200 dockers lost their jobs in 2023."}, "3,200", ""},
	}
	tops := builtin(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := article("2024-05-01", c.paras...)
			for _, cl := range Extract(a, annotate(a), tops) {
				if !strings.Contains(cl.Text, c.figure) {
					continue
				}
				if !strings.Contains(cl.SaidBy, c.want) || (c.want == "") != (cl.SaidBy == "") {
					t.Errorf("said_by %q, want %q (why: %s)", cl.SaidBy, c.want, strings.Join(cl.Why, " | "))
				}
				return
			}
			t.Errorf("no claim for %q", c.figure)
		})
	}
}
