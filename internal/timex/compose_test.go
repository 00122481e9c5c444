package timex

import (
	"context"
	"testing"

	"github.com/dossier-osint/dossier/internal/timeval"
)

// TestAnchorsBySense checks the anchors dossier's convention chooses, on
// sentences written for the test: the time the text last set, the
// sentence's tense and deadline, and the year a text supports.
func TestAnchorsBySense(t *testing.T) {
	tests := []struct {
		name, ref, in, cue, want string
	}{
		{"told X on weekday is past", "2025-02-06", "A port worker told the radio on Tuesday that the ship, due to be repaired, had left.", "Tuesday", "2025-02-04"},
		{"deadline expires on weekday points forward", "2019-12-20", "The permits lapse two days before the deadline expires on Sunday.", "Sunday", "2019-12-22"},
		{"clause verb before a comma rules", "2024-11-12", "With the board dissolved after the vote in March, nobody will audit the port.", "March", "2024-03"},
		{"past date without a year", "2018-08-02", "Yet on December 6 the ministry published a decree on ferries.", "December 6", "2017-12-06"},
		{"near coming date stays", "2019-12-18", "No vessel will stay once the licence of the port expires on December 22.", "December 22", "2019-12-22"},
		{"since a month not yet come is last year's", "2025-02-10", "Ships have been sent to the north since October, officials say, to fight the ice.", "since October", "2024-10/2025-02-10"},
		{"since does not set the context", "2026-02-09", "В 2025 году паромы перевезли 9 тысяч человек; статистику ведут с 2010 года. Годом ранее было 6 тысяч.", "Годом ранее", "2024"},
		{"year-less date in an undated text takes the sentence's year", "", "В декабре 2019 года капитан сказал, что после 22 декабря паром не пойдет.", "после 22 декабря", "2019-12-22"},
		{"months joined in an undated text", "", "Most ferries sailed in October and November 2024 to the islands.", "in October and November 2024", "2024-10/2024-11"},
		{"year of a range's second month fixes the first, undated", "", "Dredging went on between April and September 2023 at the quay.", "between April and September 2023", "2023-04/2023-09"},
		{"from month to month of a year, undated", "", "Tolls were waived from June to August 2022 for the ferries.", "from June to August 2022", "2022-06/2022-08"},
		{"a range over the new year takes the year before for its first month", "", "The ice closed the strait between December and February 2021.", "between December and February 2021", "2020-12/2021-02"},
		{"days of a range share the year of the second, undated", "", "The ferry ran from 4 April to 9 June 2021 only.", "from 4 April to 9 June 2021", "2021-04-04/2021-06-09"},
		{"Russian months of a year, undated", "", "Тарифы снижали с апреля по июнь 2022 года.", "с апреля по июнь 2022 года", "2022-04/2022-06"},
		{"relative year in an undated text stays open", "", "В прошлом году паромы перевезли 13 тысяч человек.", "В прошлом году", ""},
		{"Russian future weekday", "2019-04-22", "В четверг в порту впервые встретятся два капитана.", "В четверг", "2019-04-25"},
		{"Russian past weekday", "2025-06-18", "Во вторник капитан сообщил о новом рейсе.", "Во вторник", "2025-06-17"},
		{"Ukrainian past weekday", "2025-08-15", "Про це у вівторок розповів капітан порту.", "у вівторок", "2025-08-12"},
		{"Ukrainian month with a masculine past verb", "2025-11-14", "Капітан у вересні повідомив, що порт планує відкрити нову лінію.", "у вересні", "2025-09"},
		{"next day after a date", "2024-11-07", "Паром вийшов 22 жовтня, а наступного дня прибув на острів.", "наступного дня", "2024-10-23"},
		{"the next year after a date in the sentence", "", "В ноябре 2017 года капитан сказал, что на следующий год рейсов не будет.", "на следующий год", "2018"},
		{"the same time", "2024-11-08", "У квітні на острів приїхали 130 туристів. Тоді ж відкрили причал.", "Тоді ж", "2024-04"},
		{"since the start of a year, undated", "", "С начала 2019 года с острова уехали 20 тысяч человек.", "С начала 2019 года", "2019-01/2019-12"},
		{"dotted ISO date", "", "Posted 2025.02.06 by the harbour office.", "2025.02.06", "2025-02-06"},
		{"dotted clock with a zone after a date", "", "Friday 20 December 2019 07.45 GMT", "Friday 20 December 2019 07.45 GMT", "2019-12-20T07:45Z"},
		{"possessive before a month", "2024-11-12", "As our March report showed, the ferries were full.", "March", "2024-03"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Find(tt.in, Ref{Published: tt.ref})
			for _, g := range got {
				if g.Text == tt.cue {
					if !(g.Value == tt.want || tt.want != "" && timeval.Same(g.Value, tt.want)) {
						t.Errorf("%q = %q (rule %s, anchor %s), want %q", tt.cue, g.Value, g.Rule, g.Anchor, tt.want)
					}
					return
				}
			}
			t.Errorf("%q not found in %+v", tt.cue, got)
		})
	}
}

// TestComposedIntervals checks intervals composed from their parts in
// English, Russian and Ukrainian sentences written for the test.
func TestComposedIntervals(t *testing.T) {
	tests := []struct{ ref, in, cue, want string }{
		{"2025-04-30", "Most of the wounded were flown home between January and March.", "between January and March", "2025-01/2025-03"},
		{"2025-04-30", "Ferries ran in January and February only.", "in January and February", "2025-01/2025-02"},
		{"2022-05-02", "The audit looks at every sailing from March 2021 to August 2021.", "from March 2021 to August 2021", "2021-03/2021-08"},
		{"", "Arrivals peaked in the final quarter of 2024.", "the final quarter of 2024", "2024-10/2024-12"},
		{"2023-10-05", "Only 44 came in the first six months of 2022.", "the first six months of 2022", "2022-01/2022-06"},
		{"", "Hardly a boat left port during the first three months of this year.", "the first three months of this year", ""},
		{"2025-11-14", "The yard should be finished by year-end.", "by year-end", "2025-12"},
		{"2018-08-02", "On September 11 last year the council barred new permits.", "September 11 last year", "2017-09-11"},
		{"2025-11-14", "Some 13,000 sailors have gone since October last year.", "since October last year", "2024-10/2025-11-14"},
		{"2025-09-02", "Thousands have sailed since the start of the year.", "since the start of the year", "2025-01/2025-09-02"},
		{"2024-11-14", "The Pentagon said on Oct. 28 that ships had docked. Three days later they left.", "Three days later", "2024-10-31"},
		{"2023-09-25", "С января по июнь на остров приехали 2 508 туристов.", "С января по июнь", "2023-01/2023-06"},
		{"2023-09-25", "В первом квартале приехали 812 человек, а во втором квартале уже 1 696.", "во втором квартале", "2023-04/2023-06"},
		{"2023-09-25", "За первое полугодие 2023 года приехали 2,5 тысячи человек.", "За первое полугодие 2023 года", "2023-01/2023-06"},
		{"2026-02-09", "Рейсы шли во втором и третьем кварталах 2025 года.", "во втором и третьем кварталах 2025 года", "2025-04/2025-09"},
		{"2025-06-17", "Паромы ходили в октябре — ноябре 2024 года.", "в октябре — ноябре 2024 года", "2024-10/2024-11"},
		{"2026-02-09", "Порт ведет такую статистику с 2010 года.", "с 2010 года", "2010/2026-02-09"},
		{"2025-07-14", "До конца 2025 года паромов станет втрое больше.", "До конца 2025 года", "2025-12"},
		{"2025-07-14", "К концу года паромов станет больше.", "К концу года", "2025-12"},
		{"2025-02-11", "В начале февраля порт опубликовал данные за прошлый год.", "В начале февраля", "2025-02"},
		{"2025-02-11", "В начале февраля порт опубликовал данные за прошлый год.", "за прошлый год", "2024"},
		{"2025-02-10", "В 2024 году на остров приехали 13 тысяч человек. Годом ранее их было 1 117.", "Годом ранее", "2023"},
		{"2024-11-08", "У третьому кварталі 2024 року на острів прибули 3765 туристів.", "У третьому кварталі 2024 року", "2024-07/2024-09"},
		{"2024-11-08", "З липня по вересень на острів прибули 3765 туристів.", "З липня по вересень", "2024-07/2024-09"},
		{"2024-11-07", "Минулого тижня порт відкрив нову лінію.", "Минулого тижня", "2024-10-28/2024-11-03"},
		{"2024-11-07", "Судна вийшли з 8 по 13 жовтня.", "з 8 по 13 жовтня", "2024-10-08/2024-10-13"},
		{"2025-11-14", "Наприкінці жовтня відбулася зустріч капітанів.", "Наприкінці жовтня", "2025-10"},
		{"2025-02-10", "За даними порту, з початку року прибули тисяча суден.", "з початку року", "2025-01/2025-02-10"},
		{"2025-08-12", "До кінця року суден стане більше.", "До кінця року", "2025-12"},
	}
	for _, tt := range tests {
		got := Find(tt.in, Ref{Published: tt.ref})
		found := false
		for _, g := range got {
			if g.Text == tt.cue {
				found = true
				if !(g.Value == tt.want || tt.want != "" && timeval.Same(g.Value, tt.want)) {
					t.Errorf("%q in %q = %q (rule %s), want %q", tt.cue, tt.in, g.Value, g.Rule, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q not found in %q: %+v", tt.cue, tt.in, got)
		}
	}
}

// FuzzFindCyrillic runs the Russian and Ukrainian rules on fuzzed text: the
// values stay well formed in both conventions.
func FuzzFindCyrillic(f *testing.F) {
	for _, s := range []string{
		"С января по июнь въехали 2 508 человек", "Годом ранее", "во втором и третьем кварталах 2025 года",
		"з 8 по 13 жовтня", "Минулого тижня", "наступного дня", "до конца 2019 года", "В четверг встретятся",
		"с начала 2019 года", "у третьому кварталі 2024 року", "п’ятниця, 3 березня", "в октябре — ноябре 2024 года",
	} {
		f.Add(s, "2024-11-07")
		f.Add(s, "")
	}
	f.Fuzz(func(t *testing.T, in, ref string) {
		checkWellFormed(t, in, Find(in, Ref{Published: ref, Lang: "ru"}))
	})
}

// FuzzParseRules: the rule-file parser never panics; a parsed rule has a
// pattern and an action.
func FuzzParseRules(f *testing.F) {
	for _, s := range []string{
		"rule a: since TIME => since TIME # \"since May\" = 2024-05",
		"pattern IN = в | во\nrule b: $IN? YEAR => year YEAR",
		"rule c: <units:year> ранее => shift ref year -1",
		"example a: \"x\" = 1", "rule : => ", "pattern = |",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rs, err := parseRules("ru", text)
		if err != nil {
			return
		}
		for _, r := range rs {
			if len(r.elems) == 0 || r.act == nil {
				t.Fatalf("rule %q without pattern or action", r.name)
			}
		}
	})
}

// TestFindContext: a cancelled context stops the scan at the next line and
// returns what was found so far with the context's error.
func TestFindContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	got, err := FindContext(ctx, "The ferry sailed in 2024.\nIt returned in 2025.", Ref{})
	if err != context.Canceled || len(got) != 0 {
		t.Errorf("cancelled: %+v, %v", got, err)
	}
	got, err = FindContext(context.Background(), "The ferry sailed in 2024.\nIt returned in 2025.", Ref{})
	if err != nil || len(got) != 2 {
		t.Errorf("live: %+v, %v", got, err)
	}
}

// TestHeaderTimes: the clock of a header line joins its date.
func TestHeaderTimes(t *testing.T) {
	for in, want := range map[string]string{
		"Updated 9:12 a.m. ET, June 2, 2024": "2024-06-02T09:12",
		"Friday 20 December 2019 07.45 GMT":  "2019-12-20T07:45Z",
		"Published: 14 Nov 2024 08:15":       "2024-11-14T08:15",
		"17 июня 2025, 15:20":                "2025-06-17T15:20",
	} {
		got := Find(in, Ref{})
		if len(got) == 0 || got[len(got)-1].Value != want {
			t.Errorf("%q: %+v, want %s", in, got, want)
		}
	}
}

// TestFrequencyWordInAName: "Daily" in an outlet's name is no frequency.
func TestFrequencyWordInAName(t *testing.T) {
	for in, n := range map[string]int{
		"The figure was cited by the Harbor Daily on its website.": 0,
		"Daily NK reported the arrivals.":                          0,
		"Ferries run daily to the islands.":                        1,
	} {
		if got := Find(in, Ref{}); len(got) != n {
			t.Errorf("%q: %+v, want %d times", in, got, n)
		}
	}
}
