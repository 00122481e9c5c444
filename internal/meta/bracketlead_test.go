package meta

import "testing"

// TestDatelineShapesOfWireCopy: an agency in brackets after a dated
// place and a comma, and an agency in brackets opening the lead with no
// separator after it; story tags in brackets are no agency.
func TestDatelineShapesOfWireCopy(t *testing.T) {
	tests := []struct {
		p, agency string
		month     int
		ok        bool
	}{
		{"OSLO, Norway, Mar 3, (NTB): The ferry line reopened on Monday.", "NTB", 3, true},
		{"OSLO, Mar 3 (NTB) - The ferry line reopened on Monday.", "NTB", 3, true},
		{"(HWIRE) The ferry line reopened on Monday after the storms.", "HWIRE", 0, true},
		{"(Reuters) The ferry line reopened on Monday after the storms.", "Reuters", 0, true},
		// near misses
		{"(LEAD) The ferry line reopened on Monday after the storms.", "", 0, false},
		{"(UPDATE) The ferry line reopened on Monday after the storms.", "", 0, false},
		{"(2nd LD) The ferry line reopened on Monday after the storms.", "", 0, false},
		{"(HWIRE) reopened the ferry line on Monday.", "", 0, false},
		{"(Harbour officials) The ferry line reopened on Monday.", "", 0, false},
	}
	for _, tt := range tests {
		dl, ok := FindDateline(tt.p)
		if ok != tt.ok || ok && (dl.Agency != tt.agency || dl.Month != tt.month) {
			t.Errorf("FindDateline(%q) = agency %q month %d, %v; want %q %d %v", tt.p, dl.Agency, dl.Month, ok, tt.agency, tt.month, tt.ok)
		}
	}
}
