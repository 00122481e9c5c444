package topic

import "testing"

// TestTradesAreWorkers: an indicator counting "worker" (or its Russian or
// Ukrainian noun) counts the trades of the shared lexicon; one counting
// another noun does not, and a trade is no worker of an indicator that
// lists no worker noun.
func TestTradesAreWorkers(t *testing.T) {
	y := `id: yard
name: Shipyard labour
indicators:
  - id: yard_workers
    measure: stock
    units: [person]
    counted: [worker]
    languages:
      ru:
        counted: [рабочий]
      uk:
        counted: [робітник]
  - id: yard_guards
    measure: stock
    units: [person]
    counted: [guard]
`
	tp, err := Parse("yard.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, sentence, figure, counted, want string
	}{
		{"en", "The yard hired 40 welders last spring.", "40", "welders", "yard_workers"},
		{"en", "Some 25 crane operators stayed on.", "25", "crane operators", "yard_workers"},
		{"ru", "На верфи трудятся 60 сборщиков.", "60", "сборщиков", "yard_workers"},
		{"ru", "Туда взяли 15 слесарей.", "15", "слесарей", "yard_workers"},
		{"uk", "На верфі працюють 70 фахівців.", "70", "фахівців", "yard_workers"},
		{"uk", "Найняли 12 складальників.", "12", "складальників", "yard_workers"},
		// an English trade in a Ukrainian article still counts
		{"uk", "Найняли 30 welders.", "30", "welders", "yard_workers"},
		// the indicator's own nouns, and a person who is no worker
		{"en", "Some 8 guards patrol the gate.", "8", "guards", "yard_guards"},
		{"en", "Some 8 diplomats visited the yard.", "8", "diplomats", ""},
		{"ru", "Верфь посетили 8 дипломатов.", "8", "дипломатов", ""},
	}
	for _, c := range cases {
		cl := claimAt(c.sentence, c.figure, "person", c.counted)
		if got, why := tp.MatchLang(cl, c.lang); got != c.want {
			t.Errorf("%s %q: MatchLang = %q, want %q (%s)", c.lang, c.sentence, got, c.want, why)
		}
	}
	// an indicator with no worker noun gains no trades
	g := &tp.Indicators[1]
	if g.countsWorkers() {
		t.Error("yard_guards counts no worker noun")
	}
}

// TestMilitaryRoles: an indicator counting soldiers counts their roles
// (military.txt), and one whose foreign terms rule soldiers out rules the
// roles out too, in English, Russian and Ukrainian.
func TestMilitaryRoles(t *testing.T) {
	y := `id: garrison
name: Garrison
indicators:
  - id: civilians_sent
    measure: flow
    units: [person]
    counted: [person, Ruritanian]
    foreign: [soldier]
    languages:
      ru:
        counted: [человек, руританец]
        foreign: [солдат]
  - id: troops_sent
    measure: flow
    units: [person]
    counted: [soldier]
    languages:
      ru:
        counted: [солдат]
      uk:
        counted: [солдат]
`
	tp, err := Parse("garrison.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, sentence, figure, counted, want string
	}{
		{"en", "Some 300 Ruritanian paratroopers landed.", "300", "Ruritanian paratroopers", "troops_sent"},
		{"en", "Some 300 Ruritanian civilians landed.", "300", "Ruritanian civilians", "civilians_sent"},
		{"ru", "Туда прибыли 200 руританских снайперов.", "200", "руританских снайперов", "troops_sent"},
		{"uk", "Туди прибули 150 десантників.", "150", "десантників", "troops_sent"},
	}
	for _, c := range cases {
		cl := claimAt(c.sentence, c.figure, "person", c.counted)
		if got, why := tp.MatchLang(cl, c.lang); got != c.want {
			t.Errorf("%s %q: MatchLang = %q, want %q (%s)", c.lang, c.sentence, got, c.want, why)
		}
	}
}
