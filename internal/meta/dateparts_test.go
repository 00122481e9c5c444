package meta

import "testing"

// TestDatePartsAreNoOutlet: a date beside a section label, or a view
// count after its label, is never read as the outlet of a date line or a
// section line; an outlet beside a section still is.
func TestDatePartsAreNoOutlet(t *testing.T) {
	for _, line := range []string{"14 ноября 2025 | Политика", "Политика | 14 ноября 2025 10:15", "Politics | March 5, 2024", "Новости • 14 ноября 2025"} {
		if o, ok := SectionOutlet(line); ok {
			t.Errorf("SectionOutlet(%q) = %q", line, o)
		}
		if dl, ok := ParseDateLine(line); ok && dl.Outlet != "" {
			t.Errorf("ParseDateLine(%q) outlet %q", line, dl.Outlet)
		}
	}
	for _, line := range []string{"14 ноября 2025, 10:15 Просмотров: 1234", "March 5, 2024 | Views: 1,234"} {
		dl, ok := ParseDateLine(line)
		if !ok || dl.Outlet != "" {
			t.Errorf("ParseDateLine(%q) = outlet %q, %v; want a date line with no outlet", line, dl.Outlet, ok)
		}
	}
	if o, ok := SectionOutlet("Политика | Волжский вестник"); !ok || o != "Волжский вестник" {
		t.Errorf("SectionOutlet(section | outlet) = %q, %v", o, ok)
	}
}
