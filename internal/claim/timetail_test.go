package claim

import (
	"strings"
	"testing"
)

// TestDropTimeTail: a time adverbial between a speaker and its verb is no
// part of the speaker; a name that holds a month is kept (phrases written
// for this test).
func TestDropTimeTail(t *testing.T) {
	cases := []struct{ in, want string }{
		{"A customs official on Tuesday", "A customs official"},
		{"The agency last week", "The agency"},
		{"Port officials in June 2024", "Port officials"},
		{"The ministry earlier this month", "The ministry"},
		{"The envoy on Friday morning", "The envoy"},
		// near misses
		{"Theresa May", "Theresa May"},
		{"The Ministry of Defence", "The Ministry of Defence"},
		{"Officials in Busan", "Officials in Busan"},
		{"on Monday", "on Monday"},
	}
	for _, c := range cases {
		toks := tokenize(c.in)
		sp := dropTimeTail(toks)
		var ws []string
		for _, tk := range sp {
			ws = append(ws, tk.text)
		}
		if got := strings.Join(ws, " "); got != c.want {
			t.Errorf("dropTimeTail(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
