package meta

import (
	"testing"
	"time"
)

func TestMastheadName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Harbour Ledger", "Harbour Ledger"},
		{"ТАСС | Транспорт", "ТАСС"},
		{"Морской обозреватель · Приморье и Север", "Морской обозреватель"},
		{"PORT WATCH - Weekly Brief No. 7", "PORT WATCH"},
		{"The Island Courier > World > Europe", "The Island Courier"},
		{"Analysis | Harbour Ledger", "Harbour Ledger"},
		{"Сводки с причала", "Сводки с причала"},
		{"Полис-Справка", "Полис-Справка"},
		{"Transport", ""},
		{"North Korea", ""},
		{"By Lena Park", ""},
		{"Ferry line reopens after a long winter on the northern islands", ""},
		{"Zelensky: ferries return", ""},
		{"The line reopened on Monday.", ""},
	}
	for _, tt := range tests {
		got, ok := MastheadName(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("MastheadName(%q) = %q %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestLeadCredit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The ferry line reopened on Monday, the operator said, UNN reports.", "UNN"},
		{"The ferry line reopened on Monday. This was reported by Interfax, UNN reports.", "UNN"},
		{"Паромная линия открылась в понедельник, передает РИА Новости.", "РИА Новости"},
		{"Паромна лінія відновила роботу, повідомляє агенція Укрінформ.", "Укрінформ"},
		{"Паромная линия открылась в понедельник, пишет издание «Порт».", ""},
		{"The ferry line reopened on Monday, Lena Park reports.", ""},
	}
	for _, tt := range tests {
		got, ok := LeadCredit(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("LeadCredit(%q) = %q %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestKnownAgencyScript(t *testing.T) {
	for in, want := range map[string]string{"тасс": "ТАСС", "TASS": "TASS", "INTERFAX.RU": "Interfax", "Интерфакс": "Интерфакс",
		"the associated press": "AP", "УНН": "УНН", "Harbour Ledger": ""} {
		if got := knownAgency(in); got != want {
			t.Errorf("knownAgency(%q) = %q, want %q", in, got, want)
		}
	}
	if agencyID("INTERFAX.RU") != agencyID("Интерфакс") || agencyID("TASS") == agencyID("Interfax") {
		t.Error("agency spellings not grouped")
	}
}

func TestYearAfterPastDates(t *testing.T) {
	text := "The operator bought the vessels in June 2023, tested them in October 2023 and plans a fourth by June 2026."
	ms := PastMentions(text)
	if len(ms) != 2 {
		t.Fatalf("PastMentions = %v, want June and October 2023 (not the plan)", ms)
	}
	if y := YearAfterPastDates(2, 3, ms); y != 2024 {
		t.Errorf("Feb 3 after October 2023: %d, want 2024", y)
	}
	if y := YearAfterPastDates(11, 20, ms); y != 2023 {
		t.Errorf("Nov 20 after October 2023: %d, want 2023", y)
	}
	ru := PastMentions("Паром купили в июне 2023 года, а в 2021 году линию закрыли.")
	if y := YearAfterPastDates(3, 1, ru); y != 2024 {
		t.Errorf("Russian mentions %v: %d, want 2024", ru, y)
	}
	if y := YearAfterPastDates(3, 1, []time.Time{time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)}); y != 2024 {
		t.Errorf("got %d", y)
	}
}

// TestPastMentionsOfRanges: a range of months whose year is written once,
// after its second month, reports events up to that month.
func TestPastMentionsOfRanges(t *testing.T) {
	tests := []struct {
		text string
		want string // the latest mention, YYYY-MM
	}{
		{"Dredging went on between April and September 2023 at the quay.", "2023-09"},
		{"Tolls were waived from June to August 2022 for the ferries.", "2022-08"},
		{"The line ran from 4 April to 9 June 2021 only.", "2021-06"},
		{"Fares fell between May 3 and July 8, 2020, the board said.", "2020-07"},
		{"Repairs in the March–May 2019 window cost more.", "2019-05"},
		{"Тарифы снижали с апреля по июнь 2022 года.", "2022-06"},
		{"Тарифы снижали с апреля до июня 2022 года.", "2022-06"},
		{"Ремонт тривав з березня по травень 2021 року.", "2021-05"},
	}
	for _, tt := range tests {
		ms := PastMentions(tt.text)
		if len(ms) == 0 {
			t.Errorf("PastMentions(%q) = none, want %s", tt.text, tt.want)
			continue
		}
		latest := ms[0]
		for _, m := range ms {
			if m.After(latest) {
				latest = m
			}
		}
		if got := latest.Format("2006-01"); got != tt.want {
			t.Errorf("PastMentions(%q): latest %s, want %s", tt.text, got, tt.want)
		}
	}
	// a deadline is still no mention
	if ms := PastMentions("The port must be rebuilt by June 2026."); len(ms) != 0 {
		t.Errorf("deadline read as a mention: %v", ms)
	}
}

func TestDatelineShapesCyrillic(t *testing.T) {
	tests := []struct {
		in               string
		place, agency    string
		month, day, year int
	}{
		{"Одеса, 3 березня 2024 — Укрінформ. Поромна лінія відновила роботу.", "Одеса", "Укрінформ", 3, 3, 2024},
		{"МУРМАНСК. 3 марта. INTERFAX.RU - Паромная линия открылась.", "МУРМАНСК", "INTERFAX.RU", 3, 3, 0},
		{"МУРМАНСК, 3 марта. /Портовая лента/. Паромная линия открылась.", "МУРМАНСК", "Портовая лента", 3, 3, 0},
	}
	for _, tt := range tests {
		dl, ok := FindDateline(tt.in)
		if !ok || dl.Place != tt.place || dl.Agency != tt.agency || dl.Month != tt.month || dl.Day != tt.day || dl.Year != tt.year {
			t.Errorf("FindDateline(%q) = %+v %v", tt.in, dl, ok)
		}
	}
}

// TestHeaderDateShapes checks the date lines real pages print, in shapes
// written for the test.
func TestHeaderDateShapes(t *testing.T) {
	tests := []struct{ in, day, dayTime, label string }{
		{"Updated 9:12 a.m. ET, June 2, 2024", "2024-06-02", "2024-06-02T09:12:00", LabelUpdated},
		{"(14.03.2021)", "2021-03-14", "", LabelNone},
		{"Posted : 2022-04-11 09:05 | Updated : 2022-04-11 10:40", "2022-04-11", "2022-04-11T09:05:00", LabelPublished},
		{"Published: 14 Nov 2024 08:15", "2024-11-14", "2024-11-14T08:15:00", LabelPublished},
		{"Friday 20 December 2019 07.45 GMT", "2019-12-20", "2019-12-20T07:45:00", LabelNone},
		{"2025.02.06", "2025-02-06", "", LabelNone},
		{"Harbour Ledger News › Ports › 05.03.2024 09:10", "2024-03-05", "2024-03-05T09:10:00", LabelNone},
		{"Posted by editor | March 3, 2024 | Ports | 2 Comments", "2024-03-03", "", LabelPublished},
		{"Северный навигатор № 17 от 03.03.2024, стр. 4", "2024-03-03", "", LabelNone},
		{"Неділя, 3 березня 2024", "2024-03-03", "", LabelNone},
		{"03.03.2024, 10:05 · Общество · Анна Ветрова", "2024-03-03", "2024-03-03T10:05:00", LabelNone},
	}
	for _, tt := range tests {
		h, ok := SplitHeader(tt.in)
		if !ok || h.Day != tt.day || h.DayTime != tt.dayTime || h.Label != tt.label {
			t.Errorf("SplitHeader(%q) = %+v %v, want %s %s %q", tt.in, h, ok, tt.day, tt.dayTime, tt.label)
		}
	}
	for _, s := range []string{"© 2024 Harbour Ledger", "The pier was closed on 3 March 2024 after the storm."} {
		if h, ok := SplitHeader(s); ok {
			t.Errorf("SplitHeader(%q) = %+v, want no date line", s, h)
		}
	}
}
