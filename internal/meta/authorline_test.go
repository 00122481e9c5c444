package meta

import "testing"

// TestAuthorLabelByline: an "Author:" line is a byline like "By ...": its
// person is the byline, an agency or outlet it names is the credit. A
// sentence about an author is none.
func TestAuthorLabelByline(t *testing.T) {
	tests := []struct {
		line, author, outlet string
		ok                   bool
	}{
		{"Author: Lena Park", "Lena Park", "", true},
		{"Authors: Lena Park, Tom Ode", "Lena Park, Tom Ode", "", true},
		{"Author: Lena Park, Harbour Wire", "Lena Park", "Harbour Wire", true},
		{"Author: Reuters", "", "Reuters", true},
		{"By Lena Park | Harbour Wire", "Lena Park", "Harbour Wire", true},
		// near misses
		{"Author of the report Lena Park said the ferries were late", "", "", false},
		{"Authorities: Harbour police closed the pier", "", "", false},
	}
	for _, tt := range tests {
		a, o, ok := Byline(tt.line)
		if ok != tt.ok || a != tt.author || o != tt.outlet {
			t.Errorf("Byline(%q) = %q, %q, %v; want %q, %q, %v", tt.line, a, o, ok, tt.author, tt.outlet, tt.ok)
		}
	}
}
