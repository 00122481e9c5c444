package claim

import "testing"

// TestLevelDeadline: a level a figure is to reach by a deadline stands at
// the deadline with or without a publication date, and when the article
// came out after it; the figure before the level verb, and a cumulative
// total by a year, take none (sentences written for this test).
func TestLevelDeadline(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a rising level with no publication date", "en", "",
			[]string{"The institute projected a shortage of 800,000 builders, possibly rising to 1.1 million by 2031."},
			[]want{{"800,000", "800000", "person", "-", "", "-", "-"},
				{"1.1 million", "1100000", "person", "-", "2031", "-", "-"}}},
		{"a forecast reported after its deadline keeps its target", "ru", "2026-02-01",
			[]string{"Застройщик прогнозировал, что к концу 2025 года в крае будут работать до 20 тыс. рабочих из КНДР."},
			[]want{{"20 тыс", "<=20000", "person", "-", "2025-12", "-", "-"}}},
		{"a level verb after the figure, with no figure after it", "uk", "",
			[]string{"За прогнозом компанії, до кінця 2026 року близько 9 тисяч робітників із КНДР буде працювати в регіоні."},
			[]want{{"9 тисяч", "~9000", "person", "-", "2026-12", "-", "-"}}},
		// near miss
		{"a cumulative total by a year is no level", "en", "2025-05-01",
			[]string{"North Korea had sent about 5,000 workers to Russia by 2024, the ministry said."},
			[]want{{"5,000", "~5000", "person", "dprk_arrivals_russia", "", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}
