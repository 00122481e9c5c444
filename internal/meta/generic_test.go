package meta

import "testing"

// TestGenericSourceIsNoOutlet: a generic source noun ("media", "СМИ",
// "ЗМІ", "sources", "Report"), alone or after an adjective of who it is,
// attributes a story and names no outlet; a name holding such a word
// with other words is still one.
func TestGenericSourceIsNoOutlet(t *testing.T) {
	tests := []struct {
		s       string
		generic bool
	}{
		{"СМИ", true}, {"ЗМІ", true}, {"media", true}, {"Report", true}, {"Sources", true},
		{"Western media", true}, {"японские СМИ", true}, {"Японские СМИ", true}, {"західні ЗМІ", true},
		{"local officials", true}, {"Розвідка", true},
		// names
		{"The Media Line", false}, {"Harbour Media Group", false}, {"Prime Media", false}, {"ИноСМИ", false},
		{"Harbour Ledger", false}, {"Reuters", false},
	}
	for _, tt := range tests {
		if got := GenericSource(tt.s); got != tt.generic {
			t.Errorf("GenericSource(%q) = %v, want %v", tt.s, got, tt.generic)
		}
		if tt.generic && IsOutletName(tt.s) {
			t.Errorf("IsOutletName(%q) = true for a generic source", tt.s)
		}
	}
}

// TestExcerptIsNoHeadline: a line cut at its start ("...", "…") is the
// middle of a text, not a headline; a headline ending in an ellipsis is
// still one.
func TestExcerptIsNoHeadline(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"...And meetings on Fridays. The ferry crews work on regardless", false},
		{"…И собрания по пятницам. Паромщики работают как прежде", false},
		{"Ferry crews work on through the winter…", true},
		{"Ferry crews work on through the winter", true},
	}
	for _, tt := range tests {
		if got := IsHeadline(tt.line); got != tt.want {
			t.Errorf("IsHeadline(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}
