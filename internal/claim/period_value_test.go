package claim

import (
	"regexp"
	"testing"
)

// periodRE is the pattern periodValue reads.
var periodRE = regexp.MustCompile(`^\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]))?(/\d{4}(-(\d{2}(-\d{2})?|W\d{2}|Q[1-4]|H[12]))?)?$`)

func checkPeriodValue(t *testing.T, v string) bool {
	t.Helper()
	want := periodRE.MatchString(v)
	if got := periodValue(v); got != want {
		t.Fatalf("periodValue(%q) = %v, the pattern says %v", v, got, want)
	}
	return want
}

func TestPeriodValue(t *testing.T) {
	for v, want := range map[string]bool{
		"": false, "2024": true, "202": false, "20245": false, "2024-03": true, "2024-3": false, "2024-03-05": true,
		"2024-03-5": false, "2024-W05": true, "2024-W5": false, "2024-Q4": true, "2024-Q5": false, "2024-H2": true,
		"2024-H3": false, "2024-": false, "2024/2025": true, "2024-Q1/2025-H2": true, "2024/": false, "2024/2025/2026": false,
		"2024-03-05/2024-03-07": true, "２０２４": false, "2024-w05": false, "2024-03-05T10": false,
	} {
		if got := periodValue(v); got != want {
			t.Errorf("periodValue(%q) = %v, want %v", v, got, want)
		}
		checkPeriodValue(t, v)
	}
}

var periodPieces = []string{"2024", "2024", "2024-03", "/2025", "1", "12", "-", "-0", "-03", "-05", "-W05", "W", "W0", "Q", "-Q1", "Q4", "Q5", "-H1", "H2", "H3", "/", "x", "T"}

func TestPeriodValueAgrees(t *testing.T) {
	checkOnRandomTexts(t, "periodValue", periodPieces, 6, checkPeriodValue)
}

func FuzzPeriodValue(f *testing.F) {
	fuzzAgainst(f, checkPeriodValue, "2024", "2024-03-05", "2024-Q1/2025-H2", "2024-W05")
}

// TestSeasonPeriod: a season of a year stands for its months.
func TestSeasonPeriod(t *testing.T) {
	for in, want := range map[string]string{"2024-FA": "2024-09/2024-11", "2023-SP": "2023-03/2023-05", "2019-SU": "2019-06/2019-08",
		"2019-WI": "2019-WI", "2024-Q3": "2024-Q3", "2024": "2024", "XXXX-FA": "XXXX-FA"} {
		if got := seasonPeriod(in); got != want {
			t.Errorf("seasonPeriod(%q) = %q, want %q", in, got, want)
		}
	}
}
