package meta

import "testing"

// TestDateLineWithShareButtons: a date line that runs into the page's
// share and print buttons is still a date line; a date line that runs
// into other words is not.
func TestDateLineWithShareButtons(t *testing.T) {
	tests := []struct {
		line, day string
		ok        bool
	}{
		{"3 марта 2024  10:15 Отправить по email", "2024-03-03", true},
		{"3 березня 2024 10:15 Поділитися", "2024-03-03", true},
		{"March 3, 2024 10:15 Share | Tweet | Print", "2024-03-03", true},
		{"03.03.2024 Печать", "2024-03-03", true},
		{"3 марта 2024 Скопировать ссылку", "2024-03-03", true},
		// near misses: words that are no buttons
		{"3 марта 2024 Отправить помощь в порт решили власти города.", "", false},
		{"March 3, 2024 Share prices fell sharply", "", false},
	}
	for _, tt := range tests {
		dl, ok := ParseDateLine(tt.line)
		if ok != tt.ok || ok && dl.Day != tt.day {
			t.Errorf("ParseDateLine(%q) = %q, %v; want %q, %v", tt.line, dl.Day, ok, tt.day, tt.ok)
		}
	}
}
