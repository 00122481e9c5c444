package topic

import "testing"

// TestLabourTermClasses: the shipped labour topic's word classes, on
// sentences written for the test: movement to a place and a need for
// people are arrivals; students studying are no workers, nor are
// headcounts abroad or in many countries; the two-word
// demonym counts and names the actor; an approval or quota of workers is
// a permit; an accrual of pay is money earned. Each has a near miss.
func TestLabourTermClasses(t *testing.T) {
	lab := builtinTopic(t, "dprk-labour-russia")
	cases := []struct {
		lang, sentence, figure, unit, counted, want string
	}{
		{"en", "Last spring about 400 North Korean workers went to Irkutsk in Siberia.", "400", "person", "North Korean workers", "dprk_arrivals_russia"},
		{"en", "Some 900 North Korean builders headed to the Russian Far East.", "900", "person", "North Korean builders", "dprk_arrivals_russia"},
		{"en", "Up to 5,000 more North Korean workers may be needed in Russia.", "5,000", "person", "North Korean workers", "dprk_arrivals_russia"},
		{"en", "In May some 200 North Korean builders flew to Vladivostok.", "200", "person", "North Korean builders", "dprk_arrivals_russia"},
		{"en", "About 400 North Korean workers live in Irkutsk in Siberia.", "400", "person", "North Korean workers", "dprk_workers_in_russia"},
		{"en", "Some 70 students from North Korea are studying in Kazan, Russia.", "70", "person", "students", ""},
		{"en", "Some 70 North Korean trainees work in Kazan, Russia.", "70", "person", "North Korean trainees", "dprk_workers_in_russia"},
		{"ru", "В Приморье трудятся около 3 тысяч северных корейцев.", "3 тысяч", "person", "северных корейцев", "dprk_workers_in_russia"},
		{"ru", "В Приморье трудятся около 3 тысяч южных корейцев.", "3 тысяч", "person", "южных корейцев", ""},
		{"uk", "У Приморʼї працюють близько 2 тисяч північних корейців.", "2 тисяч", "person", "північних корейців", "dprk_workers_in_russia"},
		{"uk", "Торік до Росії заїхали понад 800 робітників з КНДР.", "800", "person", "робітників", "dprk_arrivals_russia"},
		{"uk", "У Росії залишаються понад 800 робітників з КНДР.", "800", "person", "робітників", "dprk_workers_in_russia"},
		{"ru", "Приморью согласовали привлечение из КНДР 700 работников.", "700", "person", "работников", "work_permits_dprk"},
		{"ru", "В Приморье работают 700 работников из КНДР.", "700", "person", "работников", "dprk_workers_in_russia"},
		{"ru", "Гражданам КНДР в России выдавали по 900 виз в год.", "900", "visa", "виз", "dprk_arrivals_russia"},
		{"uk", "Громадянам КНДР у Росії видали 700 віз.", "700", "visa", "віз", "dprk_arrivals_russia"},
		{"en", "Some 50,000 North Korean workers live in 40 countries including Russia.", "50,000", "person", "North Korean workers", ""},
		{"ru", "За рубежом, в том числе в России, работают 100 тысяч граждан КНДР.", "100 тысяч", "person", "граждан", ""},
		{"uk", "За кордоном, зокрема в Росії, працюють 100 тисяч громадян КНДР.", "100 тисяч", "person", "громадян", ""},
		{"ru", "В России работают 100 тысяч граждан КНДР.", "100 тысяч", "person", "граждан", "dprk_workers_in_russia"},
		{"uk", "У Курській області працюють 500 робітників з КНДР.", "500", "person", "робітників", "dprk_workers_in_russia"},
		{"ru", "В Амурской области трудятся 500 рабочих из КНДР.", "500", "person", "рабочих", "dprk_workers_in_russia"},
		{"uk", "КНДР нараховує своїм робітникам у Росії по 300 доларів.", "300", "USD", "доларів", "remittances_dprk_usd"},
		{"ru", "Работодатели начисляют рабочим из КНДР по 400 долларов.", "400", "USD", "долларов", "remittances_dprk_usd"},
	}
	for _, c := range cases {
		cl := claimAt(c.sentence, c.figure, c.unit, c.counted)
		if got, why := lab.MatchLang(cl, c.lang); got != c.want {
			t.Errorf("%s %q: MatchLang = %q, want %q (%s)", c.lang, c.sentence, got, c.want, why)
		}
	}
}

// builtinTopic returns the shipped topic id.
func builtinTopic(t *testing.T, id string) *Topic {
	t.Helper()
	ts, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tp := range ts {
		if tp.ID == id {
			return tp
		}
	}
	t.Fatalf("no topic %s", id)
	return nil
}

// TestHeadlineActor: an actor term written with "the" ("the North")
// matches a sentence that opens with it capitalized and without the
// article, as headlines write it; not a lower-case "north" inside it, nor
// "North of" a place.
func TestHeadlineActor(t *testing.T) {
	lab := builtinTopic(t, "dprk-labour-russia")
	cases := []struct {
		sentence, figure, counted, want string
	}{
		{"North sends 2,000 more workers to Russia's Far East", "2,000", "workers", "dprk_arrivals_russia"},
		{"The North sends 2,000 more workers to Russia's Far East", "2,000", "workers", "dprk_arrivals_russia"},
		{"Firms north of Moscow send 2,000 more workers to Russia's Far East", "2,000", "workers", ""},
		{"North of Moscow, 2,000 workers went to Russia's Far East", "2,000", "workers", ""},
	}
	for _, c := range cases {
		cl := claimAt(c.sentence, c.figure, "person", c.counted)
		if got, why := lab.MatchLang(cl, "en"); got != c.want {
			t.Errorf("%q: MatchLang = %q, want %q (%s)", c.sentence, got, c.want, why)
		}
	}
}
