package clean

import "testing"

// TestTitleShapes: the outlet's name before the headline ("Outlet |
// Headline") is cut off and credited; a run of section labels and a
// photo credit above the headline do not hide it. A place or a section
// before a bar is no outlet.
func TestTitleShapes(t *testing.T) {
	const head = "Ferry line reopens after a long winter"
	tests := []struct {
		name        string
		lines       []string
		title, cred string
	}{
		{"outlet before the headline", []string{"Harbour News | " + head, lead, second}, head, "Harbour News"},
		{"two section labels", []string{"World", "Europe", head, lead, second}, head, ""},
		{"photo credit above", []string{"Photo: Harbour News", head, lead, second}, head, ""},
		// near misses
		{"a place before a bar", []string{"Norway | " + head, lead, second}, "Norway | " + head, ""},
		{"a headline before a bar", []string{"Ferries return | Ports reopen after a long winter", lead, second}, "Ferries return | Ports reopen after a long winter", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.lines...))
			checkMeta(t, a, metaWant{title: tt.title, cred: tt.cred, checkCred: true})
		})
	}
}
