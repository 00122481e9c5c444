package clean

import "testing"

// TestDatelineAfterStandfirst: the dateline that gives date and credit
// may open the second, third or fourth body paragraph (after a
// standfirst, a photo code, a caption); site furniture (an icon label,
// a "publish time" label over its date) does not hide the headline.
func TestDatelineAfterStandfirst(t *testing.T) {
	const head = "Ferry line reopens after a long winter"
	const stand = "The operator says the crossing will be half as long as before"
	const body = "Four vessels will run on the route, each carrying up to 350 passengers, the authority said on Thursday, a year after the storms of 2023."
	tests := []struct {
		name             string
		lines            []string
		title, pub, cred string
	}{
		{"standfirst then the dateline", []string{head, "", stand, "", "OSLO, March 7, 2024. /NTB/. " + lead, second, body},
			head, "2024-03-07", "NTB"},
		{"photo code and caption then the dateline", []string{head, "", "QX4471", "The new ferry at the pier on Monday. (NTB)", "OSLO, Norway, Mar 7, 2024, (NTB): " + lead, second},
			head, "2024-03-07", "NTB"},
		{"furniture above the headline", []string{"Article", "search-icon", head, "publish time", "17/03/2024", lead, second},
			head, "2024-03-17", ""},
		// near miss: a dated place deep in the body is no dateline
		{"dateline too deep", []string{head, stand, lead, second, body, "OSLO, March 7 (NTB) - " + second},
			head, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.lines...))
			checkMeta(t, a, metaWant{title: tt.title, pub: tt.pub, cred: tt.cred, checkCred: true})
		})
	}
}
