package claim

import (
	"strings"
	"testing"
)

// TestCyrillicEvents: passives and participles as events, casualties in
// the instrumental, in sentences written for this test.
func TestCyrillicEvents(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a passive of sending is a flow", "ru", "2025-03-01",
			[]string{"В прошлом году в Приморье были направлены не менее 3 тыс. рабочих из КНДР."},
			[]want{{"3 тыс", ">=3000", "person", "dprk_arrivals_russia", "2024", "", ""}}},
		{"a neuter passive of sending is a flow", "ru", "2025-03-01",
			[]string{"С начала года в Хабаровский край направлено около 800 строителей из КНДР."},
			[]want{{"800", "~800", "person", "dprk_arrivals_russia", "-", "", ""}}},
		{"a participle of arrival is a flow", "ru", "2025-03-01",
			[]string{"Среди прибывших в Россию в январе граждан КНДР было 1 400 студентов."},
			[]want{{"1 400", "1400", "person", "dprk_arrivals_russia", "-", "", ""}}},
		{"arrived is a flow", "uk", "2025-03-01",
			[]string{"Торік до Росії були відправлені понад 2 тисячі робітників із КНДР."},
			[]want{{"2 тисячі", ">=2000", "person", "dprk_arrivals_russia", "2024", "", ""}}},
		{"a share of all entries is no count of arrivals", "ru", "2025-03-01",
			[]string{"В 2024 году в Россию въехали 8 000 граждан КНДР. На учебу пришлось около 65% всех въездов."},
			[]want{{"8 000", "8000", "person", "dprk_arrivals_russia", "2024", "", ""},
				{"65%", "~65", "percent", "", "-", "", ""}}},
		{"growth in percent still counts", "ru", "2025-03-01",
			[]string{"В 2024 году в Россию въехали 8 000 граждан КНДР, число въездов выросло на 40%."},
			[]want{{"8 000", "8000", "person", "dprk_arrivals_russia", "2024", "", ""},
				{"40%", "40", "percent", "dprk_arrivals_russia", "-", "", ""}}},
		{"the occupied Donbas counts as the place", "ru", "2025-03-01",
			[]string{"Строительные фирмы набирают около 400 рабочих из КНДР для восстановления жилья в ЛНР."},
			[]want{{"400", "~400", "person", "dprk_arrivals_russia", "-", "", ""}}},
		{"casualties in the instrumental are no troops", "ru", "2025-03-01",
			[]string{"Пхеньян перебросил в Курскую область 12 тыс. военных. Северокорейские части потеряли около 3 тыс. человек убитыми и ранеными."},
			[]want{{"12 тыс", "12000", "person", "dprk_troops_russia", "-", "", ""},
				{"3 тыс", "~3000", "person", "", "-", "", ""}}},
		{"casualties in the Ukrainian instrumental are no troops", "uk", "2025-03-01",
			[]string{"КНДР направила до Курщини 11 тисяч військових. За місяць вони втратили понад 2 тисячі осіб убитими та пораненими."},
			[]want{{"11 тисяч", "11000", "person", "dprk_troops_russia", "-", "", ""},
				{"2 тисячі", ">=2000", "person", "", "-", "", ""}}},
		{"losses as the subject of the figure's predicate are no troops", "ru", "2025-03-01",
			[]string{"Пхеньян перебросил в Курскую область 12 тыс. военных. Потери северокорейских частей составили около 2 тыс. человек."},
			[]want{{"12 тыс", "12000", "person", "dprk_troops_russia", "-", "", ""},
				{"2 тыс", "~2000", "person", "", "-", "", ""}}},
		{"losses in another clause leave a troop figure alone", "uk", "2025-03-01",
			[]string{"# Гайда: у Курській області вже 9 тисяч військових КНДР, є перші втрати"},
			[]want{{"9 тисяч", "9000", "person", "dprk_troops_russia", "-", "Гайда", ""}}},
		{"losses valued at a figure are no workers", "uk", "2025-03-01",
			[]string{"Північнокорейські робітники працюють на заводах Росії. Розвідка оцінювала втрати КНДР у понад 4 тисячі осіб."},
			[]want{{"4 тисячі", ">=4000", "person", "", "-", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicCasualtyUnits: casualty words in the instrumental after a
// figure are its counted people, in a casualty scope.
func TestCyrillicCasualtyUnits(t *testing.T) {
	cases := []struct{ lang, text, figure string }{
		{"uk", "Втрати бригади оцінюють приблизно у 900 убитими та пораненими.", "900"},
		{"ru", "Потери батальона составили около 300 убитыми и ранеными.", "300"},
	}
	tops := builtin(t)
	for _, c := range cases {
		a := articleIn(c.lang, "2025-03-01", c.text)
		found := false
		for _, cl := range Extract(a, annotate(a), tops) {
			if strings.Contains(cl.Text, c.figure) {
				found = true
				if cl.Unit != "person" || !strings.Contains(cl.Scope, "killed") || cl.Indicator != "" {
					t.Errorf("%q: unit %q scope %q indicator %q, want person, killed, none", c.text, cl.Unit, cl.Scope, cl.Indicator)
				}
			}
		}
		if !found {
			t.Errorf("%q: no claim for %q", c.text, c.figure)
		}
	}
}

// TestCyrillicSuchEntries: "таких въездов" leans on the entries counted
// before it.
func TestCyrillicSuchEntries(t *testing.T) {
	a := articleIn("ru", "2025-03-01", "В 2024 году граждане КНДР въехали в Россию 9 400 раз, следует из данных Росстата. Годом ранее ведомство учло 4100 таких въездов.")
	found := false
	for _, cl := range Extract(a, annotate(a), builtin(t)) {
		if strings.Contains(cl.Text, "4100") {
			found = true
			if cl.Indicator != "dprk_arrivals_russia" {
				t.Errorf("indicator %q, want dprk_arrivals_russia (why: %s)", cl.Indicator, strings.Join(cl.Why, " | "))
			}
		}
	}
	if !found {
		t.Error("no claim for 4100")
	}
}
