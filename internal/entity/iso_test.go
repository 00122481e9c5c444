package entity

import "testing"

func TestCountryCode(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"North Korea", "kp"},
		{"DPRK", "kp"},
		{"the Russian Federation", "ru"},
		{"Russia", "ru"},
		{"South Korea", "kr"},
		{"United States", "us"},
		{"Moscow", ""},
		{"Kursk", ""},
		{"Kim Jong Un", ""},
		{"", ""},
	} {
		if got := CountryCode(c.name); got != c.want {
			t.Errorf("CountryCode(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestCountryCodesCoverList checks that every listed country has a code, so
// a country added to the lists without one is noticed.
func TestCountryCodesCoverList(t *testing.T) {
	for _, line := range countries {
		name := line[:indexByte(line, '|')]
		if name == "Korea" {
			continue // the peninsula, not a state
		}
		if isoCodes[name] == "" {
			t.Errorf("country %q has no ISO code", name)
		}
	}
}

func indexByte(s string, b byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return i
		}
	}
	return len(s)
}
