package claim

import "testing"

// TestPresentLevel: a level of people with no indicator whose own verb is
// in the present stands at publication; a present verb of another clause,
// a perfect, or an infinitive does not date it (sentences written for this
// test).
func TestPresentLevel(t *testing.T) {
	cases := []struct {
		name, published string
		paras           []string
		want            []want
	}{
		{"there are N abroad", "2024-03-05",
			[]string{"The agency estimates there are about 60,000 Vietnamese nurses abroad."},
			[]want{{"60,000", "~60000", "person", "", "2024-03-05", "-", "-"}}},
		{"a present verb right after the counted noun", "2024-03-05",
			[]string{"Some 7,000 Filipino workers live in the port city, the union said."},
			[]want{{"7,000", "~7000", "person", "", "2024-03-05", "-", "-"}}},
		// near misses
		{"a present verb of another clause", "2024-03-05",
			[]string{"Either the clinics hired hundreds of new Filipino nurses, or the register is wrong."},
			[]want{{"hundreds", "-", "person", "", "", "-", "-"}}},
		{"a perfect is a total, no level", "2024-03-05",
			[]string{"The union now believes some 900 Filipino workers have been stranded."},
			[]want{{"900", "~900", "person", "", "", "-", "-"}}},
		{"an infinitive after the figure", "2024-03-05",
			[]string{"Deals are in place for around 40,000 more Vietnamese nurses to work abroad."},
			[]want{{"40,000", "-", "person", "", "", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article(tc.published, tc.paras...), tops, tc.want)
		})
	}
}
