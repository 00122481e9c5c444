package meta

import "testing"

// TestOutletHasLearned: an outlet that says it has found something out
// is the outlet of the text; a body or a person that has learned
// something is none, and a source telling an outlet is not read.
func TestOutletHasLearned(t *testing.T) {
	tests := []struct {
		p, want string
		ok      bool
	}{
		{"The port plans to add two ferries by May, Harbour News has learned.", "Harbour News", true},
		{"Harbour Daily has learned that the port plans to add two ferries.", "Harbour Daily", true},
		{"The Harbour Ledger understands that two ferries will be added.", "The Harbour Ledger", true},
		{"The port plans to add two ferries, HNA has learned.", "HNA", true},
		// near misses
		{"The ministry has learned that the ferries were late.", "", false},
		{"Officials have learned that the ferries were late.", "", false},
		{"Jane Roe has learned that the ferries were late.", "", false},
		{"The port plans to add two ferries, a source told Harbour News.", "", false},
	}
	for _, tt := range tests {
		got, ok := ToldOutlet(tt.p)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ToldOutlet(%q) = %q, %v; want %q, %v", tt.p, got, ok, tt.want, tt.ok)
		}
	}
}
