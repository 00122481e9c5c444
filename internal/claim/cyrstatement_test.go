package claim

import "testing"

// TestCyrillicStatementTime: a day right after or before a Russian or
// Ukrainian speech verb dates the statement, not a flow; a year after the
// verb, or a day of the figure's own, stays (sentences written for this
// test).
func TestCyrillicStatementTime(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a day after an inverted speech verb", "ru", "2025-03-12",
			[]string{"КНДР уже направила в Россию около 7 тысяч рабочих, сообщил в понедельник представитель ведомства."},
			[]want{{"7 тысяч", "~7000", "person", "dprk_arrivals_russia", "", "-", "-"}}},
		{"a day after a Ukrainian speech verb", "uk", "2025-03-12",
			[]string{"КНДР відправила до Росії близько 4 тисяч робітників, повідомив у вівторок речник розвідки."},
			[]want{{"4 тисяч", "~4000", "person", "dprk_arrivals_russia", "", "-", "-"}}},
		// near miss
		{"a day of the figure's own", "ru", "2025-03-12",
			[]string{"В понедельник в Россию прибыли 300 рабочих из КНДР, сообщило ведомство."},
			[]want{{"300", "300", "person", "dprk_arrivals_russia", "2025-03-10", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}
