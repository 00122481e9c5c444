package copies

import "testing"

// TestFoldName: spellings of one name across scripts, inflections and
// romanizations fold to one form; different names stay apart.
func TestFoldName(t *testing.T) {
	same := []struct {
		lang string
		a, b string
	}{
		{"ru", "Шойгу", "Shoigu"},
		{"ru", "Сергей Шойгу", "Sergey Shoigu"},
		{"ru", "Сергея Шойгу", "Sergei Shoigu"},
		{"ru", "Курской", "Kursk"},
		{"ru", "Курскую", "Kursk"},
		{"ru", "Росстата", "Rosstat"},
		{"ru", "Росстатом", "Rosstat"},
		{"ru", "Татарстане", "Tatarstan"},
		{"ru", "Хабаровске", "Khabarovsk"},
		{"ru", "Герасимова", "Gerasimov"},
		{"ru", "Зеленский", "Zelensky"},
		{"uk", "Зеленського", "Zelenskyy"},
		{"uk", "Гнатов", "Hnatov"},
		{"uk", "ГУР", "HUR"},
		{"uk", "Скібіцький", "Skibitskyi"},
		{"uk", "Київ", "Kyiv"},
		{"uk", "Алабуги", "Alabuga"},
		{"ru", "Хинштейна", "Khinshtein"},
		{"uk", "Харків", "Kharkiv"},
		{"ru", "Харькова", "Kharkov"},
		{"ru", "Хасан", "Khasan"},
		{"ru", "Ханбит", "Hanbit"},
	}
	for _, tt := range same {
		if a, b := FoldName(tt.a), FoldName(tt.b); a != b {
			t.Errorf("%s %q -> %q, %q -> %q: want one form", tt.lang, tt.a, a, tt.b, b)
		}
	}
	apart := [][2]string{{"Shoigu", "Sergei"}, {"Kursk", "Kazan"}, {"Putin", "Patin"}, {"Moon", "Mun"}}
	for _, p := range apart {
		if FoldName(p[0]) == FoldName(p[1]) {
			t.Errorf("%q and %q fold to one form %q", p[0], p[1], FoldName(p[0]))
		}
	}
}
