package topic

import (
	"strings"
	"testing"
)

func TestStem(t *testing.T) {
	same := []struct {
		lang string
		a, b string
	}{
		{"ru", "рабочих", "рабочие"},
		{"ru", "разрешений", "разрешения"},
		{"ru", "Кореи", "Корея"},
		{"ru", "сапёров", "саперы"},
		{"uk", "робітників", "робітники"},
		{"uk", "громадянами", "громадяни"},
		{"uk", "бійців", "бійці"},
		{"uk", "в’їхали", "в'їхали"},
	}
	for _, c := range same {
		if a, b := Stem(c.lang, c.a), Stem(c.lang, c.b); a == "" || a != b {
			t.Errorf("Stem(%s, %q) = %q, Stem(%q) = %q: want one stem", c.lang, c.a, a, c.b, b)
		}
	}
	if Stem("en", "workers") != "" || Stem("ru", "Rosstat") != "" {
		t.Error("English words and Latin words in Russian text are not stemmed")
	}
	if Stem("uk", "рік") == "" {
		t.Error("a short word keeps a stem")
	}
}

func TestWordsApostrophe(t *testing.T) {
	ws := Words("п’ять тисяч і North Korea's")
	var got []string
	for _, w := range ws {
		got = append(got, w.Text)
	}
	if strings.Join(got, "|") != "п’ять|тисяч|і|north|korea" {
		t.Errorf("Words = %q", got)
	}
}

func TestLanguageTerms(t *testing.T) {
	y := `id: lumber
name: Timber crews
indicators:
  - id: loggers_in_region
    measure: stock
    units: [person]
    counted: [logger]
    events: [work]
    languages:
      ru:
        counted: [лесоруб, лесорубы]
        events: [работать, трудиться]
      uk:
        counted: [лісоруб]
        events: [працювати, працюють]
`
	tp, err := Parse("lumber.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang, sentence, figure, counted, want string
	}{
		{"ru", "В тайге трудятся 300 лесорубов.", "300", "лесорубов", "loggers_in_region"},
		{"ru", "Там работали около 40 лесорубами нанятых бригад.", "40", "лесорубами", "loggers_in_region"},
		{"uk", "У лісах працюють 120 лісорубів.", "120", "лісорубів", "loggers_in_region"},
		{"en", "Some 50 loggers work there.", "50", "loggers", "loggers_in_region"},
		// Russian terms do not apply to a text read as Ukrainian
		{"uk", "В тайге трудятся 300 лесорубов.", "300", "лесорубов", ""},
	}
	for _, c := range cases {
		cl := claimAt(c.sentence, c.figure, "person", c.counted)
		if got, why := tp.MatchLang(cl, c.lang); got != c.want {
			t.Errorf("%s %q: MatchLang = %q, want %q (%s)", c.lang, c.sentence, got, c.want, why)
		}
	}
}

func TestLanguageErrors(t *testing.T) {
	head := "id: x\nname: X\nindicators:\n  - id: a\n    measure: flow\n    units: [person]\n"
	cases := []struct{ name, yaml, want string }{
		{"unknown language", head + "    languages:\n      xx:\n        counted: [a]\n", `lines.yaml:8: indicator "a": languages: "xx" is not a language`},
		{"wrong script", head + "    languages:\n      ru:\n        counted: [worker]\n", `lines.yaml:9: indicator "a": languages.ru.counted: term "worker" is not written in the language's script`},
		{"unknown key", head + "    languages:\n      uk:\n        counts: [робітник]\n", `unknown key "counts"`},
		{"not a mapping", head + "    languages: [ru]\n", "languages: expected a mapping"},
	}
	for _, c := range cases {
		_, err := Parse("lines.yaml", []byte(c.yaml))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
}

func TestEventOptionalUnits(t *testing.T) {
	y := `id: passes
name: Passes
indicators:
  - id: passes_issued
    measure: flow
    units: [permit, person]
    counted: [permit, hire]
    events: [allow, issue]
    event_optional: [permit]
`
	tp, err := Parse("p.yaml", []byte(y))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		sentence, figure, unit, counted, want string
	}{
		{"Officials counted 400 permits.", "400", "permit", "permits", "passes_issued"},
		{"The order allowed 300 hires.", "300", "person", "hires", "passes_issued"},
		{"Officials counted 300 hires.", "300", "person", "hires", ""},
	}
	for _, c := range cases {
		cl := claimAt(c.sentence, c.figure, c.unit, c.counted)
		if got, why := tp.Match(cl); got != c.want {
			t.Errorf("%q: %q, want %q (%s)", c.sentence, got, c.want, why)
		}
	}
}

func TestMatchDetailMissing(t *testing.T) {
	lab := labour(t)
	r := lab.MatchDetail(claimAt("Only 40 people listed work as the purpose.", "40", "person", "people"), "en")
	if r.Indicator != "" || r.Missing != CheckActor {
		t.Errorf("MatchDetail = %+v, want a miss of the actor", r)
	}
}

func TestNotEventShadowsEvent(t *testing.T) {
	lab := labour(t)
	// "to employ" is a not-event of the stock: the permission, not "employ"
	c := claimAt("The decree cleared 40 companies in Russia this year to employ 800 North Korean workers.", "800", "person", "North Korean workers")
	if got, why := lab.Match(c); got != "work_permits_dprk" {
		t.Errorf("Match = %q (%s), want work_permits_dprk", got, why)
	}
}

func labour(t *testing.T) *Topic {
	t.Helper()
	ts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range ts {
		if tp.ID == "dprk-labour-russia" {
			return tp
		}
	}
	t.Fatal("no dprk-labour-russia topic")
	return nil
}

func TestNotScopes(t *testing.T) {
	lab := labour(t)
	c := claimAt("Pyongyang sent 300 soldiers to the Kursk region.", "300", "person", "soldiers")
	if got, _ := lab.Match(c); got != "dprk_troops_russia" {
		t.Fatalf("without a scope: %q, want dprk_troops_russia", got)
	}
	c.Scope = "killed"
	if got, why := lab.Match(c); got != "" {
		t.Errorf("scope killed: %q (%s), want no indicator", got, why)
	}
}

// "left" right after the counted phrase and before a place or "behind"
// is the participle of those who remain, not the verb of a departure.
func TestRemainingLeft(t *testing.T) {
	lab := labour(t)
	cases := []struct {
		sentence, figure, counted, want string
	}{
		{"By spring only 600 North Korean workers left in Russia, the embassy said.", "600", "North Korean workers", "dprk_workers_in_russia"},
		{"Some 250 North Korean labourers left behind at the sawmill in Russia kept working.", "250", "North Korean labourers", "dprk_workers_in_russia"},
		{"In March 900 North Korean workers left Russia for home.", "900", "North Korean workers", ""},
	}
	for _, c := range cases {
		got, why := lab.Match(claimAt(c.sentence, c.figure, "person", c.counted))
		if got != c.want {
			t.Errorf("%q: %q, want %q (%s)", c.sentence, got, c.want, why)
		}
	}
}

// TestParticiples: a verb term matches its passive participles and, in
// Ukrainian, its past.
func TestParticiples(t *testing.T) {
	cases := []struct {
		lang, term, text string
		match            bool
	}{
		{"ru", "направить", "были направлены", true},
		{"ru", "направить", "направлено", true},
		{"ru", "перебросить", "переброшены", true},
		{"ru", "завезти", "завезены", true},
		{"ru", "набрать", "набраны", true},
		{"uk", "відправити", "були відправлені", true},
		{"uk", "перекинути", "перекинуто", true},
		{"uk", "надіслати", "надіслано", true},
		// a Ukrainian past
		{"uk", "постачити", "постачила", true},
		{"uk", "відвантажити", "відвантажили", true},
		// another verb's participle
		{"ru", "направить", "отправлены", false},
		{"uk", "відправити", "направлені", false},
	}
	for _, c := range cases {
		ps := PhraseSet{}
		ps.Add([]string{c.term}, c.lang)
		if got := Contains(WordsLang(c.text, c.lang), ps); got != c.match {
			t.Errorf("%s %q in %q: %v, want %v", c.lang, c.term, c.text, got, c.match)
		}
	}
}

// oilTopic is a user's topic with its own unit and Russian and Ukrainian
// counted terms.
const oilTopic = `id: oil-shipments
name: Oil shipped to North Korea
indicators:
  - id: oil_to_dprk
    label: Oil products shipped to North Korea
    measure: flow
    units: [barrel, percent]
    counted: [barrel]
    languages:
      ru:
        counted: [баррель]
        events: [поставить, отгрузить]
      uk:
        counted: [барель]
        events: [постачити, відвантажити]
  - id: port_calls
    label: Tanker port calls
    measure: flow
    units: [port call, visit]
    counted: [port call]
    languages:
      ru:
        counted: [заход, судозаход]
  - id: crews
    label: Tanker crews
    measure: stock
    units: [person]
    counted: [sailor]
    languages:
      ru:
        counted: [моряк]
`

// TestUnitOf: a counted noun of another language takes the topic's own
// unit, or the term as the topic writes it when the indicator has several.
func TestUnitOf(t *testing.T) {
	tp, err := Parse("oil.yaml", []byte(oilTopic))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ lang, word, unit, indicator string }{
		{"ru", "баррелей", "barrel", "oil_to_dprk"},
		{"ru", "барреля", "barrel", "oil_to_dprk"},
		{"uk", "барелів", "barrel", "oil_to_dprk"},
		{"ru", "заходов", "заход", "port_calls"},
		{"ru", "моряков", "person", "crews"},
		{"ru", "тонн", "", ""},
		{"en", "barrels", "", ""},
	}
	for _, c := range cases {
		if u, ind := tp.UnitOf(c.lang, c.word); u != c.unit || ind != c.indicator {
			t.Errorf("UnitOf(%s, %q) = %q, %q, want %q, %q", c.lang, c.word, u, ind, c.unit, c.indicator)
		}
	}
}

// TestExplain: topics check --explain says how a term will match.
func TestExplain(t *testing.T) {
	tp, err := Parse("oil.yaml", []byte(oilTopic))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Join(tp.Explain(), "\n")
	for _, want := range []string{
		`oil_to_dprk ru counted "баррель": by stem баррел-; a claim counting it that dossier's own lists do not know takes unit barrel`,
		`oil_to_dprk ru events "поставить": by stem постав-, and its verb forms поставл-`,
		`oil_to_dprk uk events "постачити": by stem постачит-, and its verb forms`,
		`port_calls ru counted "заход": by stem заход-; a claim counting it that dossier's own lists do not know takes unit заход`,
	} {
		if !strings.Contains(lines, want) {
			t.Errorf("Explain lacks %q; got:\n%s", want, lines)
		}
	}
}

// TestExplainWarnsShortStems: a term whose stem is under shortStem
// letters is flagged.
func TestExplainWarnsShortStems(t *testing.T) {
	ts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, tp := range ts {
		for _, l := range tp.Explain() {
			if strings.Contains(l, `ru counted "виза"`) {
				found = true
				if !strings.Contains(l, "warning") {
					t.Errorf("no warning for the three-letter stem of виза: %s", l)
				}
			}
		}
	}
	if !found {
		t.Error(`no Explain line for ru counted "виза"`)
	}
}

// TestCheckWith: CheckWith finds what MatchDetailWith finds, with the
// explanation of a match and none of a miss; a SentenceWords shared by
// claims of alternating sentences gives each its own words.
func TestCheckWith(t *testing.T) {
	lab := labour(t)
	cases := []struct {
		sentence, figure, unit, counted string
		match                           bool
	}{
		{"About 800 North Korean workers arrived in Russia last year.", "800", "person", "North Korean workers", true},
		{"Only 40 people listed work as the purpose.", "40", "person", "people", false},
		{"The decree cleared 40 companies in Russia this year to employ 800 North Korean workers.", "800", "person", "North Korean workers", true},
		{"The price rose to 300 roubles.", "300", "rouble", "", false},
	}
	var sw SentenceWords
	for round := 0; round < 3; round++ {
		for _, c := range cases {
			cl := claimAt(c.sentence, c.figure, c.unit, c.counted)
			want := lab.MatchDetail(cl, "en")
			got := lab.CheckWith(cl, "en", &sw)
			if (want.Indicator != "") != c.match {
				t.Fatalf("%q: MatchDetail = %+v, want a match %v", c.sentence, want, c.match)
			}
			if got.Indicator != want.Indicator || got.Missing != want.Missing || got.Event != want.Event {
				t.Errorf("%q: CheckWith = %+v, MatchDetail = %+v", c.sentence, got, want)
			}
			if c.match && got.Why != want.Why || !c.match && (got.Why != "" || want.Why == "") {
				t.Errorf("%q: CheckWith's Why %q, MatchDetail's %q", c.sentence, got.Why, want.Why)
			}
			if d := lab.MatchDetailWith(cl, "en", &sw); d != want {
				t.Errorf("%q: MatchDetailWith with shared words = %+v, want %+v", c.sentence, d, want)
			}
		}
	}
}

// TestStemKeysMemo: words split with remembered stem keys are those
// WordsLang gives, across texts and languages.
func TestStemKeysMemo(t *testing.T) {
	var keys stemKeys
	texts := []struct{ text, lang string }{
		{"Рабочие из КНДР прибыли в Россию.", "ru"},
		{"В Россию прибыли ещё 300 рабочих.", "ru"},
		{"Робітники з КНДР прибули до Росії.", "uk"},
		{"Рабочие прибыли.", "uk"}, // the same words read as Ukrainian
		{"Workers arrived in Russia.", "en"},
		{"Рабочие прибыли.", "ru"},
	}
	for round := 0; round < 2; round++ {
		for _, c := range texts {
			want := WordsLang(c.text, c.lang)
			got := wordsLang(nil, c.text, c.lang, &keys)
			if len(got) != len(want) {
				t.Fatalf("%q (%s): %d words, want %d", c.text, c.lang, len(got), len(want))
			}
			for i := range want {
				if got[i] != want[i] {
					t.Errorf("%q (%s): word %d = %+v, want %+v", c.text, c.lang, i, got[i], want[i])
				}
			}
			if c.lang == "ru" && want[0].Key == "" {
				t.Errorf("%q: no stem key for %q", c.text, want[0].Text)
			}
		}
	}
}
