package claim

import "testing"

// TestStatementTime: a day or month next to a reporting verb or on a
// statement noun dates the statement; the same time elsewhere, or a bare
// year, does not (sentences written for this test).
func TestStatementTime(t *testing.T) {
	cases := []struct {
		before, after, value string
		want                 bool
	}{
		{"The envoy said in ", " that the shipments went on", "2024-06", true},
		{"The envoy told reporters on ", " that", "2024-06-03", true},
		{"The minister, speaking in Seoul, said ", ".", "2024-06-03", true},
		{"according to a ", " report from local media", "2024-06-02", true},
		{"In ", "'s press briefing the spokesman put it at", "2024-06-03", true},
		{"the figure came in a statement on ", ", which", "2024-06-04", true},
		{"A ministry official on ", " confirmed the shipments", "2024-06-03", true},
		{"The official on ", " also said that", "2024-06-03", true},
		// near misses
		{"The envoy said in ", " that", "2024", false},                          // a bare year
		{"About 300 workers arrived in ", ", the envoy said", "2024-06", false}, // the figure's own month
		{"The envoy said, ", " that", "2024-06", false},                         // punctuation between
		{"The plant will open in ", " a report said", "2024-06", false},         // no article before the noun
		{"The shipments that began in ", " reached", "2024-06", false},
		{"The envoy said in ", " that", "2024-01/2024-06", false}, // an interval
		// a capitalized word is a name, not a verb ("States" of a country);
		// a passive reporting verb dates the event found
		{"At least nine people drowned in the United States ", ", when a ferry sank", "2024-06-03", false},
		{"The first three infections were confirmed on ", ".", "2024-06-12", false},
	}
	for _, c := range cases {
		if got := statementTime(c.before, c.after, c.value); got != c.want {
			t.Errorf("statementTime(%q, %q, %q) = %v, want %v", c.before, c.after, c.value, got, c.want)
		}
	}
}

// TestStatementTimePeriods: a flow stated on a day has no period from
// that day; a stock stands at it; a time of the figure itself stays.
func TestStatementTimePeriods(t *testing.T) {
	cases := []struct {
		name, published string
		paras           []string
		want            []want
	}{
		{"a report's weekday dates the report, not a flow", "2025-05-08",
			[]string{"North Korea has sent some 3,000 labourers to Russia so far, according to a Tuesday report from local media."},
			[]want{{"3,000", "~3000", "person", "dprk_arrivals_russia", "", "-", "-"}}},
		{"an opener adverb before a sentence-opening time of the statement", "2025-05-08",
			[]string{"Earlier, in February, the intelligence service reported that about 1,500 North Korean workers had arrived in Russia."},
			[]want{{"1,500", "~1500", "person", "dprk_arrivals_russia", "", "-", "-"}}},
		{"a time between the speaker and the verb", "2025-05-08",
			[]string{"An agency official on Thursday confirmed that 800 North Korean workers had entered Russia since the war began."},
			[]want{{"800", "800", "person", "dprk_arrivals_russia", "", "-", "-"}}},
		{"a stock stands at the statement's day", "2025-05-08",
			[]string{"An agency official on Tuesday confirmed that about 5,000 North Korean workers are now in Russia."},
			[]want{{"5,000", "~5000", "person", "dprk_workers_in_russia", "2025-05-06", "-", "-"}}},
		{"the figure's own month stays its period", "2025-05-08",
			[]string{"In March, 1,200 North Korean workers arrived in Russia, the ministry said on Tuesday."},
			[]want{{"1,200", "1200", "person", "dprk_arrivals_russia", "2025-03", "ministry", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article(tc.published, tc.paras...), tops, tc.want)
		})
	}
}
