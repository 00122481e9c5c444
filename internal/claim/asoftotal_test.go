package claim

import "testing"

// TestAsOfTotal: a flow's running total "as of" a day counts from no
// start and has no period; a level "as of" a day, and a flow within a
// month named, keep theirs (sentences written for this test).
func TestAsOfTotal(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a running total as of a day", "en", "2025-04-16",
			[]string{"As of Monday, North Korea has sent about 12,000 troops to Russia in total."},
			[]want{{"12,000", "~12000", "person", "dprk_troops_russia", "", "-", "-"}}},
		{"a Russian running total as of a date", "ru", "2025-04-16",
			[]string{"По состоянию на 1 апреля КНДР направила в Россию в общей сложности около 9 тысяч рабочих."},
			[]want{{"9 тысяч", "~9000", "person", "dprk_arrivals_russia", "", "-", "-"}}},
		// near misses
		{"a level as of a day keeps it", "en", "2025-04-16",
			[]string{"As of April 1, about 15,000 North Korean workers were in Russia."},
			[]want{{"15,000", "~15000", "person", "dprk_workers_in_russia", "2025-04-01", "-", "-"}}},
		{"a flow in a month keeps it", "en", "2025-04-16",
			[]string{"In March, about 600 North Koreans entered Russia in total."},
			[]want{{"600", "~600", "person", "dprk_arrivals_russia", "2025-03", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}
