package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/topic"
)

// TestCyrillicLists: data lists under a Russian or Ukrainian header,
// breakdowns and pronouns for a body, in sentences written for this test.
func TestCyrillicLists(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a list by year under a header naming the counted noun and its recorder", "ru", "2025-04-02",
			[]string{"Въезды граждан КНДР в Россию, учтенные пограничной службой ФСБ, по годам:",
				"• 2021 — 310;", "• 2022 год — 1 450."},
			[]want{{"310", "310", "entry", "dprk_arrivals_russia", "2021", "", "ФСБ"},
				{"1 450", "1450", "entry", "dprk_arrivals_russia", "2022", "", "ФСБ"}}},
		{"a Ukrainian list by year", "uk", "2025-04-02",
			[]string{"Поїздки громадян КНДР до Росії за роками:", "— 2023: 2 100", "— 2024: 5 300"},
			[]want{{"2 100", "2100", "trip", "dprk_arrivals_russia", "2023", "", ""},
				{"5 300", "5300", "trip", "dprk_arrivals_russia", "2024", "", ""}}},
		{"a part of a breakdown measures what the figure it borrows from does", "ru", "2025-04-02",
			[]string{"По данным Росстата, в 2024 году в Россию въехали 8 000 граждан КНДР. Из прошлогодних въездов 5 900 пришлись на учебу, а 400 — на работу."},
			[]want{{"8 000", "8000", "person", "dprk_arrivals_russia", "2024", "", "Росстат"},
				{"5 900", "5900", "person", "dprk_arrivals_russia", "2024", "", "Росстат"},
				{"400", "400", "person", "dprk_arrivals_russia", "2024", "", "Росстат"}}},
		{"a part that left is no part of those who work", "ru", "2025-04-02",
			[]string{"В 2018 году в России трудились около 30 тыс. северокорейцев, а с начала 2019 года домой уехали около 18 тыс. из них."},
			[]want{{"30 тыс", "~30000", "person", "dprk_workers_in_russia", "2018", "", ""},
				{"18 тыс", "~18000", "person", "", "-", "", ""}}},
		{"their count: the body named before", "uk", "2025-04-02",
			[]string{"Аналітики центру «Степ» вивчили супутникові знімки. За їхніми підрахунками, на будовах Владивостока працюють близько 700 робітників із КНДР."},
			[]want{{"700", "~700", "person", "dprk_workers_in_russia", "-", "Степ", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicContinuations: "N раз" after an entry verb counts entries;
// a part of the entries counted before keeps their source.
func TestCyrillicContinuations(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"N раз after an entry verb counts entries", "ru", "2025-04-02",
			[]string{"В 2024 году граждане КНДР въезжали в Россию 7 400 раз."},
			[]want{{"7 400", "7400", "entry", "dprk_arrivals_russia", "2024", "", ""}}},
		{"a part of last year's trips keeps the source of the paragraph before", "ru", "2025-04-02",
			[]string{"В 2024 году граждане КНДР въезжали в Россию 7 400 раз, следует из данных Росстата.",
				"Большая часть поездок прошлого года пришлась на учебу: по учебным визам въехали 5 100 граждан КНДР."},
			[]want{{"7 400", "7400", "entry", "dprk_arrivals_russia", "2024", "", "Росстат"},
				{"5 100", "5100", "person", "dprk_arrivals_russia", "2024", "", "Росстат"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// FuzzExtractCyrillic runs extraction on Russian and Ukrainian text: no
// panic, claim spans inside the text.
func FuzzExtractCyrillic(f *testing.F) {
	f.Add("ru", "По данным ФСБ, которые опубликовало издание «Север», в 2024 году въехали 2 300 граждан КНДР.", "2025-01-01")
	f.Add("ru", "Росстат обновил данные о въезде за прошлый год.\n\nВсего в 2024 году въехали 9 000 граждан КНДР. Цели распределились так:\n\n• учеба — 5 200 человек;", "2025-02-01")
	f.Add("uk", "Про це у вівторок розповів генерал. За їхніми підрахунками, понад 2 тисячі осіб убитими та пораненими.", "2025-08-15")
	f.Add("ru", "Въезды граждан КНДР, учтенные ФСБ, по годам:\n\n— 2022 год: 1 082\n\nАналитики центра считают, что 50 раз.", "")
	f.Add("uk", "В центрі «Х» нарахували 3 тис. Оцінка стосується березня 2025 року.", "2025-04-01")
	tops, _ := topic.Builtin()
	f.Fuzz(func(t *testing.T, lang, text, published string) {
		a := articleIn(lang, published, strings.Split(text, "\n\n")...)
		for _, c := range Extract(a, annotate(a), tops) {
			if c.Start < 0 || c.End > len(a.Text) || c.Start > c.End || c.SentenceStart > c.Start || c.SentenceEnd < c.End {
				t.Fatalf("bad spans %+v in %q", c, a.Text)
			}
		}
	})
}
