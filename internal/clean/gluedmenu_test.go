package clean

import "testing"

// TestFurnitureAboveHeadline: menu items run together by the scrape and
// a browser push prompt are furniture, so the headline under them is the
// title and the outlet line under it is the credit. Names with a capital
// inside and headlines about browsers are kept.
func TestFurnitureAboveHeadline(t *testing.T) {
	const head = "Ferry line reopens after a long winter"
	tests := []struct {
		name        string
		lines       []string
		title, cred string
	}{
		{"glued menu words", []string{"Harbour newsFerriesPortsSubscribe to our weekly letter", head, "The Harbour Ledger", lead, second}, head, "The Harbour Ledger"},
		{"push prompt", []string{"Receive breaking stories the moment we publish them — right on your browser", head, lead, second}, head, ""},
		{"notifications prompt", []string{"Turn on notifications to hear about new stories first", head, lead, second}, head, ""},
		// near misses: headlines
		{"a name with a capital inside", []string{"PlayStation maker opens a ferry terminal for McCarthy", lead, second}, "PlayStation maker opens a ferry terminal for McCarthy", ""},
		{"a name with a capital inside, twice", []string{"GameStation maker drops GameStation Plus for its ferry app", lead, second}, "GameStation maker drops GameStation Plus for its ferry app", ""},
		{"a headline about browsers", []string{"Ferry operator drops its old browser app", lead, second}, "Ferry operator drops its old browser app", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Clean(txt(tt.lines...))
			checkMeta(t, a, metaWant{title: tt.title, cred: tt.cred, checkCred: true})
		})
	}
}
