package claim

import "testing"

// TestTotalsAtStatement: the date of a statement dates a level, not a
// total of what has happened ("have died") nor the figure a change starts
// from ("fell from 20,000 to 8,000"), in sentences written for this test.
func TestTotalsAtStatement(t *testing.T) {
	cases := []struct {
		name, published string
		paras           []string
		want            []want
	}{
		{"a perfect is a total", "2025-05-08",
			[]string{"The union now estimates that some 600 of the Filipino crews sent abroad have died, the minister said on Tuesday."},
			[]want{{"600", "~600", "person", "", "", "-", "-"}}},
		{"a present level stands at the statement", "2025-05-08",
			[]string{"The union now estimates that some 600 Filipino nurses are stranded, the minister said on Tuesday."},
			[]want{{"600", "~600", "person", "", "2025-05-06", "-", "-"}}},
		{"the base of a change has no date", "2025-05-08",
			[]string{"The minister said in March that the number of North Korean workers in Russia had fallen from 20,000 to 8,000."},
			[]want{{"20,000", "-", "person", "dprk_workers_in_russia", "", "-", "-"},
				{"8,000", "8000", "person", "dprk_workers_in_russia", "2025-03", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article(tc.published, tc.paras...), tops, tc.want)
		})
	}
}
