package meta

import "testing"

// TestRussianWireDatelines: the shapes Russian and Ukrainian wire copy
// opens with: an abbreviated month, a correspondent's title before the
// agency, "ИА" and a quoted name after a comma, a correspondent's name
// after the agency, a year and a time of day. A dash after a date
// followed by a sentence names no agency.
func TestRussianWireDatelines(t *testing.T) {
	tests := []struct {
		p, agency   string
		month, year int
	}{
		{"САМАРА, 7 апр — Волга Ньюс. Паромы вышли на линию.", "Волга Ньюс", 4, 0},
		{"ОДЕСА, 7 квіт — Укрінформ. Пороми вийшли на лінію.", "Укрінформ", 4, 0},
		{"САМАРА, 7 апреля. /Корр. ТАСС/. Паромы вышли на линию.", "ТАСС", 4, 0},
		{"САМАРА, 7 апреля, ИА «Волга». Паромы вышли на линию.", "Волга", 4, 0},
		{"САМАРА, 7 апр - Волга Ньюс, Иван Петров. Паромы вышли на линию.", "Волга Ньюс", 4, 0},
		{"Самара, 7 апреля 2024, 10:15 — Волга Ньюс. Паромы вышли на линию.", "Волга Ньюс", 4, 2024},
		{"САМАРА, 7 апр (Рейтер) - Паромы вышли на линию.", "Рейтер", 4, 0},
		// near miss: a sentence after the dash
		{"САМАРА, 7 апреля — Паромы вышли на линию после долгой зимы.", "", 4, 0},
	}
	for _, tt := range tests {
		dl, ok := FindDateline(tt.p)
		if !ok || dl.Agency != tt.agency || dl.Month != tt.month || dl.Year != tt.year {
			t.Errorf("FindDateline(%q) = %q %d/%d, %v; want %q %d/%d", tt.p, dl.Agency, dl.Month, dl.Year, ok, tt.agency, tt.month, tt.year)
		}
	}
}

// TestSourceLineAfterMaterials: "По материалам X" / "За матеріалами X"
// credits X (without the kind of outlet before it, in its own case when
// it is a known agency); generic media and a sentence are none.
func TestSourceLineAfterMaterials(t *testing.T) {
	tests := []struct {
		p, want string
		ok      bool
	}{
		{"По материалам Волга Ньюс", "Волга Ньюс", true},
		{"По материалам агентства Рейтер", "Рейтер", true},
		{"За матеріалами «Укрінформу»", "Укрінформ", true},
		{"По материалам: Интерфакса", "Интерфакс", true},
		{"Источник: Волга Ньюс", "Волга Ньюс", true},
		// near misses
		{"По материалам СМИ", "", false},
		{"По материалам дела суд назначил штраф.", "", false},
	}
	for _, tt := range tests {
		got, ok := SourceLine(tt.p)
		if ok != tt.ok || got != tt.want {
			t.Errorf("SourceLine(%q) = %q, %v; want %q, %v", tt.p, got, ok, tt.want, tt.ok)
		}
	}
}

// TestAbbreviatedMonthHeaderDates: a header date may write the month as
// the lexicon's abbreviation ("14 ноя 2025", "14 лист. 2025"); a word
// that only starts like a month is none.
func TestAbbreviatedMonthHeaderDates(t *testing.T) {
	tests := []struct {
		line, day string
	}{
		{"14 ноя 2025, 10:15", "2025-11-14"},
		{"14 лист. 2025 10:15", "2025-11-14"},
		{"Опубликовано: 3 мар 2024", "2024-03-03"},
		{"14 ноября 2025", "2025-11-14"},
		// near miss
		{"14 ноутбуков 2025", ""},
	}
	for _, tt := range tests {
		got := ""
		if ds := FindDates(tt.line); len(ds) > 0 {
			got = ds[0].Day
		}
		if got != tt.day {
			t.Errorf("FindDates(%q) = %q, want %q", tt.line, got, tt.day)
		}
	}
}
