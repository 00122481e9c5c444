package claim

import "testing"

// TestGrowthSpan: a ratio over a span of whole years ends at the latest
// year the figures before it stand at; with no such year it has no period
// (sentences written for this test).
func TestGrowthSpan(t *testing.T) {
	cases := []struct {
		name, published string
		paras           []string
		want            []want
	}{
		{"a growth over three years", "2025-03-01",
			[]string{"The border service counted 9,100 entries by North Koreans in 2024 and 600 in 2021. That is a fifteenfold increase in three years."},
			[]want{{"9,100", "9100", "entry", "-", "2024", "-", "-"},
				{"600", "600", "entry", "-", "2021", "-", "-"},
				{"fifteenfold", "15", "ratio", "-", "2021/2024", "-", "-"}}},
		// near miss
		{"no year before it", "2025-03-01",
			[]string{"Officials expect a fivefold increase in three years."},
			[]want{{"fivefold", "5", "ratio", "-", "", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article(tc.published, tc.paras...), tops, tc.want)
		})
	}
}
