package claim

import "testing"

// TestHeaderDate: a page's date line fused into its lead is no period of
// the lead's figures; a date the prose gives with a preposition is
// (sentences written for this test).
func TestHeaderDate(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a date line before the lead", "en", "2025-08-12",
			[]string{"date 2025-08-12 North Korea has dispatched thousands of labourers to Russia, the agency says."},
			[]want{{"thousands", "-", "person", "dprk_arrivals_russia", "", "-", "-"}}},
		{"a bare date line before a Russian lead", "ru", "2025-08-12",
			[]string{"12.08.2025 Россия наняла около 9 тысяч рабочих из КНДР и планирует нанять еще больше."},
			[]want{{"9 тысяч", "~9000", "person", "-", "", "-", "-"}}},
		// near miss
		{"a date with a preposition dates the figure", "en", "2025-08-20",
			[]string{"On 2025-08-12 about 300 North Korean workers arrived in Vladivostok."},
			[]want{{"300", "~300", "person", "dprk_arrivals_russia", "2025-08-12", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}
