package meta

import "testing"

// TestEnglishWireShapes: a capitalised city with its country or state
// in mixed case before the agency ("OSLO, Norway (NTB) —"), a date with
// no place before it ("Mar 7 (NTB) -", the agency only), and a date line
// whose parts are set off by spaced slashes and end in the story's age.
// A mixed-case place alone before brackets is no dateline.
func TestEnglishWireShapes(t *testing.T) {
	dls := []struct {
		p, agency string
		month     int
		ok        bool
	}{
		{"OSLO, Norway (NTB) — The ferry line reopened on Monday.", "NTB", 0, true},
		{"BERGEN, Vestland (Harbour Wire) - The ferry line reopened on Monday.", "Harbour Wire", 0, true},
		{"Mar 7 (NTB) - The ferry line reopened on Monday.", "NTB", 0, true},
		{"March 7, 2024 (Harbour Wire) -- The ferry line reopened on Monday.", "Harbour Wire", 0, true},
		// near misses
		{"Oslo (the capital) — The ferry line reopened on Monday.", "", 0, false},
		{"Oslo, Norway (in the north) — The ferry line reopened.", "", 0, false},
	}
	for _, tt := range dls {
		dl, ok := FindDateline(tt.p)
		if ok != tt.ok || ok && (dl.Agency != tt.agency || dl.Month != tt.month) {
			t.Errorf("FindDateline(%q) = %q %d, %v; want %q %d %v", tt.p, dl.Agency, dl.Month, ok, tt.agency, tt.month, tt.ok)
		}
	}
	lines := []struct {
		line, day string
		ok        bool
	}{
		{"March 7, 2024 / 10:15 AM / Updated 2 hours ago", "2024-03-07", true},
		{"7 March 2024 | 3 min read | Updated an hour ago", "2024-03-07", true},
		{"7 марта 2024 | Обновлено 5 минут назад", "2024-03-07", true},
		{"7 березня 2024 | 2 години тому", "2024-03-07", true},
		// near miss: a sentence after the slash
		{"March 7, 2024 / The ferry line reopened after two months", "", false},
	}
	for _, tt := range lines {
		dl, ok := ParseDateLine(tt.line)
		if ok != tt.ok || ok && dl.Day != tt.day {
			t.Errorf("ParseDateLine(%q) = %q, %v; want %q, %v", tt.line, dl.Day, ok, tt.day, tt.ok)
		}
	}
}
