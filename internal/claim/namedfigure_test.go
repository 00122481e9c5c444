package claim

import "testing"

// TestNamedAfterBody: a bare number right after a body's noun and before a
// capitalized word opens the body's name ("the monitoring project 24
// Harbours"); with "of" between, or a verb before it, it is a figure.
func TestNamedAfterBody(t *testing.T) {
	cases := []articleCase{
		{"a name that starts with a number",
			[]string{"The research website 24 Harbours publishes satellite images of the port."}, nil},
		{"of between the body and the figure",
			[]string{"The agency counted a group of 24 North Koreans at the port."},
			[]want{{"24", "24", "person", "-", "-", "-", "-"}}},
		{"a verb before the figure",
			[]string{"The agency said 24 North Koreans arrived at the port."},
			[]want{{"24", "24", "person", "-", "-", "agency", "-"}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}
