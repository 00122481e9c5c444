package claim

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/topic"
)

// article builds an article from paragraphs; a paragraph starting with
// "#" is the title, with "caption:" a caption.
func article(published string, paras ...string) *doc.Article {
	a := &doc.Article{Published: published, Lang: "en"}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		k := doc.KindBody
		switch {
		case strings.HasPrefix(p, "#"):
			p, k = strings.TrimSpace(p[1:]), doc.KindTitle
			a.Title = p
		case strings.HasPrefix(p, "caption:"):
			p, k = strings.TrimSpace(p[8:]), doc.KindCaption
		case strings.HasPrefix(p, "credit:"):
			p, k = strings.TrimSpace(p[7:]), doc.KindCredit
		}
		a.Paragraphs = append(a.Paragraphs, doc.Paragraph{Kind: k, Start: b.Len(), End: b.Len() + len(p), Text: p})
		b.WriteString(p)
	}
	a.Text = b.String()
	return a
}

func builtin(t testing.TB) []*topic.Topic {
	ts, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return ts
}

// want describes an expected claim; "-" skips a field's check. Names are
// checked by containment either way (as the key's matching does).
type want struct {
	text      string // contained in the claim's quantity text
	value     string // doc.Value.String()
	unit      string
	indicator string
	period    string
	saidBy    string
	origin    string
}

func sameName(a, b string) bool {
	a, b = strings.ToLower(a), strings.ToLower(b)
	if a == "" || b == "" {
		return a == b
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

func TestExtract(t *testing.T) {
	cases := []struct {
		name      string
		published string
		paras     []string
		want      []want
	}{
		{"trailing speech verb, year period", "2024-03-10",
			[]string{"In 2023, about 5,000 North Korean workers arrived in the Russian Far East, the Russian Labour Ministry said on Friday."},
			[]want{{"5,000", "~5000", "person", "dprk_arrivals_russia", "2023", "Labour Ministry", ""}}},
		{"speaker after a dateline, speech date is not the period", "2025-03-05",
			[]string{"VLADIVOSTOK, March 4, 2025 (Eastwire) - South Korea's National Intelligence Service said on Monday that about 4,000 North Korean workers arrived in Russia in 2024."},
			[]want{{"4,000", "~4000", "person", "dprk_arrivals_russia", "2024", "National Intelligence Service", ""}}},
		{"according to, stock", "2024-03-10",
			[]string{"Around 2,500 North Korean laborers are now employed in Vladivostok, according to the Primorsky Krai government."},
			[]want{{"2,500", "~2500", "person", "dprk_workers_in_russia", "2024-03-10", "Primorsky Krai government", ""}}},
		{"headline attribution after colon", "2024-06-15",
			[]string{"# North Korea sent 2,000 more workers to Russia in May: Yonhap", "The dispatch breaks UN sanctions."},
			[]want{{"2,000", "2000", "person", "dprk_arrivals_russia", "2024-05", "Yonhap", ""}}},
		{"a headline stock without a time of its own takes no period", "2024-06-15",
			[]string{"# About 3,000 North Korean workers are employed on Russian farms, ministry says", "The ministry gave no date."},
			[]want{{"3,000", "~3000", "person", "dprk_workers_in_russia", "", "ministry", ""}}},
		{"a headline stock with a time takes it", "2024-06-15",
			[]string{"# About 3,000 North Korean workers were employed on Russian farms in 2023, ministry says", "The ministry gave no date."},
			[]want{{"3,000", "~3000", "person", "dprk_workers_in_russia", "2023", "ministry", ""}}},
		{"reported, citing data from", "2024-05-02",
			[]string{"Over 7,000 North Koreans entered Russia in 2023, Interfax reported, citing data from the Federal Security Service."},
			[]want{{"7,000", ">=7000", "person", "dprk_arrivals_russia", "2023", "Interfax", "Federal Security Service"}}},
		{"the newspaper resolves to the outlet named before", "2024-05-02",
			[]string{"Russia is letting in more North Korean laborers, the Moscow Times reported on Monday.",
				"At least 3,400 North Korean nationals registered as workers in Russia in 2023, the newspaper said, citing information from the Interior Ministry."},
			[]want{{"3,400", ">=3400", "person", "dprk_arrivals_russia", "2023", "Moscow Times", "Interior Ministry"}}},
		{"data obtained by an outlet", "2024-05-02",
			[]string{"Interior Ministry data obtained by the Financial Times showed that 9,000 North Koreans arrived in Russia in 2023."},
			[]want{{"9,000", "9000", "person", "dprk_arrivals_russia", "2023", "Financial Times", "Interior Ministry"}}},
		{"next sentence names the source", "2025-01-20",
			[]string{"Last year 16,000 North Korean citizens crossed into Russia. The figures were published by Kommersant, citing the border service."},
			[]want{{"16,000", "16000", "person", "dprk_arrivals_russia", "2024", "Kommersant", "border service"}}},
		{"quotation attributed after the quote", "2024-05-02",
			[]string{"“We estimate that North Korean workers abroad bring in up to $500 million a year. That money funds weapons,” the Treasury Department spokesperson said."},
			[]want{{"500", "<=500000000", "USD", "remittances_dprk_usd", "", "Treasury Department", ""}}},
		{"quotation attributed in the next paragraph", "2024-05-02",
			[]string{"“About 800 North Korean loggers still work in the Amur region,”", "a regional official told reporters."},
			// a present-tense stock stands at the publication date
			[]want{{"800", "~800", "person", "dprk_workers_in_russia", "2024-05-02", "regional official", ""}}},
		{"statistics from a source, no speaker", "2024-05-02",
			[]string{"The report came with figures from the country's migration service indicating that 2,300 North Koreans travelled to Russia on tourist visas."},
			[]want{{"2,300", "2300", "person", "dprk_arrivals_russia", "", "", "migration service"}}},
		{"indefinite descriptor named in the next attribution", "2024-04-05",
			[]string{"Some 150 North Korean workers arrived in Khabarovsk by bus in March, a Japanese researcher said on Thursday.",
				"“They came in a single convoy,” said Aiko Tanaka, a fellow at a Tokyo think tank."},
			[]want{{"150", "~150", "person", "dprk_arrivals_russia", "2024-03", "Aiko Tanaka", ""}}},
		{"comparison time is not the period", "2024-02-01",
			[]string{"During 2023, 6,100 North Korean citizens entered Russia, about four times more than the year before, the agency said."},
			[]want{{"6,100", "6100", "person", "dprk_arrivals_russia", "2023", "-", ""},
				{"four times", "~4", "ratio", "dprk_arrivals_russia", "2023", "-", ""}}},
		{"since a month in an undated article", "",
			[]string{"More than 4,000 North Koreans have arrived in Russia since September, the broadcaster reported."},
			[]want{{"4,000", ">=4000", "person", "dprk_arrivals_russia", "", "broadcaster", ""}}},
		{"since a month in a dated article", "2024-06-02",
			[]string{"More than 4,000 North Koreans have arrived in Russia since September, the broadcaster reported."},
			[]want{{"4,000", ">=4000", "person", "dprk_arrivals_russia", "2023-09/2024-06-02", "broadcaster", ""}}},
		{"speech time dates a present-tense stock", "2024-05-30",
			[]string{"The foreign ministry on Tuesday said 600 North Korean builders remain in Moscow."},
			[]want{{"600", "600", "person", "dprk_workers_in_russia", "2024-05-28", "foreign ministry", ""}}},
		{"a past stock with no time has no period", "2024-05-30",
			[]string{"The foreign ministry said 600 North Korean builders had stayed in Moscow."},
			[]want{{"600", "600", "person", "dprk_workers_in_russia", "", "foreign ministry", ""}}},
		{"past year interval and growth ratio", "2025-02-09",
			[]string{"Over the past year, Pyongyang has sent thousands of workers to Russian building sites.",
				"The count of North Korean labourers crossing into Russia has grown 12-fold in the last year."},
			[]want{{"thousands", ">=2000 (vague)", "person", "dprk_arrivals_russia", "2024-02-09/2025-02-09", "", ""},
				{"12", "12", "ratio", "dprk_arrivals_russia", "2024-02-09/2025-02-09", "", ""}}},
		{"permits issued", "2024-05-02",
			[]string{"Russia issued 1,200 work permits to North Koreans in 2023, the ministry said."},
			[]want{{"1,200", "1200", "permit", "work_permits_dprk", "2023", "ministry", ""}}},
		{"foreign nationals are outside the indicators", "2024-02-14",
			[]string{"In early February, 97 Russian tourists arrived in Pyongyang, according to the Russian embassy there."},
			[]want{{"97", "97", "person", "", "2024-02", "Russian embassy", ""}}},
		{"troops", "2024-11-05",
			[]string{"About 11,000 North Korean soldiers have been deployed to Russia's Kursk region, Ukraine's intelligence agency said."},
			[]want{{"11,000", "~11000", "person", "dprk_troops_russia", "", "intelligence agency", ""}}},
		{"stock: workers sent home is not an arrival", "2024-05-02",
			[]string{"Almost all of the 9,800 North Koreans working in Russia in 2019 were sent home, a Russian diplomat said."},
			[]want{{"9,800", "9800", "person", "dprk_workers_in_russia", "2019", "Russian diplomat", ""}}},
		{"pronoun speaker resolves to the person named before", "2024-05-02",
			[]string{"Governor Ivan Petrov toured the site.", "“There are now about 1,500 North Korean workers in Russia’s Far East,” he said."},
			[]want{{"1,500", "~1500", "person", "dprk_workers_in_russia", "2024-05-02", "Ivan Petrov", ""}}},
		{"present-tense estimate and a range", "2024-11-05",
			[]string{"U.S. officials estimate that 10,000 to 12,000 North Korean troops are in Kursk."},
			[]want{{"12,000", "10000-12000", "person", "dprk_troops_russia", "", "U.S. officials", ""}}},
		{"a report speaks; time after the counted noun", "2024-06-02",
			[]string{"Russia plans to bring in 50,000 North Korean workers next year, a UN report said."},
			[]want{{"50,000", "50000", "person", "dprk_arrivals_russia", "2025", "United Nations", ""}}},
		{"growth compared with an earlier time", "2024-06-02",
			[]string{"The count of North Korean citizens crossing into Russia rose 30% from a year earlier."},
			[]want{{"30", "30", "percent", "dprk_arrivals_russia", "", "", ""}}},
		{"data as subject is the origin", "2024-06-02",
			[]string{"Data from the Russian interior ministry showed 3,000 North Koreans arrived in Russia in January."},
			[]want{{"3,000", "3000", "person", "dprk_arrivals_russia", "2024-01", "", "interior ministry"}}},
		// attribution phrases
		{"according to an estimate by a think tank", "2021-03-01",
			[]string{"At least 2,000 North Korean workers were still in Russia in February 2021, according to an estimate by the Busan Institute for Labour Studies, a research group in South Korea."},
			[]want{{"2,000", ">=2000", "person", "dprk_workers_in_russia", "2021-02", "Busan Institute for Labour Studies", ""}}},
		{"speaker, an aside, then the verb", "2022-05-10",
			[]string{"Analysts at the Harbour Policy Centre, a private group in Tokyo, estimate that roughly 3,500 North Korean workers remain in the Russian Far East."},
			[]want{{"3,500", "~3500", "person", "dprk_workers_in_russia", "2022-05-10", "Harbour Policy Centre", ""}}},
		{"has estimated: an auxiliary before the verb", "2022-05-10",
			[]string{"The United Nations has estimated that 90,000 North Koreans worked in Russia in 2016."},
			[]want{{"90,000", "90000", "person", "dprk_workers_in_russia", "2016", "United Nations", ""}}},
		{"estimates cited by lawmakers speak through the lawmakers", "2022-05-10",
			[]string{"North Korean workers in Russia earn the state about $150 million a year, according to estimates cited by Japanese legislators."},
			[]want{{"150", "~150000000", "USD", "remittances_dprk_usd", "", "Japanese legislators", ""}}},
		{"data from a ministry show", "2022-05-10",
			[]string{"Data from the Russian labour ministry show that 4,100 North Koreans entered Russia in 2021."},
			[]want{{"4,100", "4100", "person", "dprk_arrivals_russia", "2021", "", "labour ministry"}}},
		{"the ministry's figures", "2022-05-10",
			[]string{"The Russian Interior Ministry released new statistics on Monday.",
				"According to the ministry's figures, 2,600 North Korean citizens registered in Russia as students in 2021."},
			[]want{{"2,600", "2600", "person", "dprk_arrivals_russia", "2021", "", "Interior Ministry"}}},
		{"told reporters", "2022-05-10",
			[]string{"A spokeswoman for the Primorsky Krai government told reporters that 700 North Korean builders were working in Vladivostok."},
			[]want{{"700", "700", "person", "dprk_workers_in_russia", "", "Primorsky Krai government", ""}}},
		{"an organization that recorded the figure is the origin; the data show names it again", "2023-02-01",
			[]string{"The border service, known as Pogranichnaya Sluzhba, recorded 5,300 entries into Russia by North Korean citizens in 2022.",
				"Of those entries, 3,100 were made on student visas and 900 on tourist visas, the data show."},
			[]want{{"5,300", "5300", "entry", "dprk_arrivals_russia", "2022", "", "Pogranichnaya Sluzhba"},
				{"3,100", "3100", "entry", "dprk_arrivals_russia", "-", "", "Pogranichnaya Sluzhba"},
				{"900", "900", "entry", "dprk_arrivals_russia", "-", "", "Pogranichnaya Sluzhba"}}},
		{"data obtained by an outlet: the outlet speaks, the data's owner is the origin", "2023-02-01",
			[]string{"According to labour ministry data obtained by the Harbour Post, 2,400 North Korean workers arrived in Russia in 2022."},
			[]want{{"2,400", "2400", "person", "dprk_arrivals_russia", "2022", "Harbour Post", "labour ministry"}}},
		{"figures seen by an outlet, the owner in the possessive", "2023-02-01",
			[]string{"The border agency's figures seen by the Harbour Post show 2,400 North Korean workers arrived in Russia in 2022."},
			[]want{{"2,400", "2400", "person", "dprk_arrivals_russia", "2022", "Harbour Post", "border agency"}}},
		{"the data's subject is no owner", "2023-02-01",
			[]string{"According to border data obtained by the Harbour Post, 2,400 North Korean workers arrived in Russia in 2022."},
			[]want{{"2,400", "2400", "person", "dprk_arrivals_russia", "2022", "Harbour Post", ""}}},
		{"new data obtained by an outlet name no owner", "2023-02-01",
			[]string{"According to new data obtained by the Harbour Post, 2,400 North Korean workers arrived in Russia in 2022."},
			[]want{{"2,400", "2400", "person", "dprk_arrivals_russia", "2022", "Harbour Post", ""}}},
		{"by his estimate", "2023-02-01",
			[]string{"Ivan Sidorov runs a recruitment agency in Khabarovsk.", "By his estimate, North Korean workers in Russia earn the state at least $90 million a year."},
			[]want{{"90", ">=90000000", "USD", "remittances_dprk_usd", "", "Ivan Sidorov", ""}}},
		{"a coordinated speech clause does not attribute the figures before it", "2025-03-01",
			[]string{"The agency said in February that about 500 North Korean soldiers had been killed, and Kyiv later said the toll was higher."},
			[]want{{"500", "~500", "person", "", "-", "agency", ""}}},
		{"a figure in the speaker phrase is no claim", "2024-09-01",
			[]string{"Builders pay about 80,000 roubles a month for each North Korean worker, according to three site managers."},
			[]want{{"80,000", "~80000", "rouble", "", "", "site managers", ""}}},
		{"money in another currency and a measure keep the keys' unit nouns", "2024-09-01",
			[]string{"A broker in Nakhodka sold 12,000 bbl of fuel oil to a North Korean tanker for 30 million rubles, the port authority said."},
			[]want{{"12,000", "12000", "barrel", "", "", "port authority", ""},
				{"30 million", "30000000", "rouble", "", "", "port authority", ""}}},
		// elliptical figures, ratio words, counts of entries
		{"compared with N in a year borrows the counted noun", "2025-02-01",
			[]string{"Russia counted 9,100 entries by North Korean citizens in 2024, compared with 5,200 in 2023."},
			[]want{{"9,100", "9100", "entry", "dprk_arrivals_russia", "2024", "-", ""},
				{"5,200", "5200", "entry", "dprk_arrivals_russia", "2023", "-", ""}}},
		{"the number of X fell from A to B", "2020-01-10",
			[]string{"Moscow said the number of North Korean workers in Russia fell from 20,000 at the end of 2016 to 9,000 at the end of 2018."},
			[]want{{"20,000", "20000", "person", "dprk_workers_in_russia", "2016-12", "-", ""},
				{"9,000", "9000", "person", "dprk_workers_in_russia", "2018-12", "-", ""}}},
		{"ratio words and entries counted as times", "2025-02-01",
			[]string{"North Korean citizens entered Russia 9,100 times in 2024, more than doubling the year before, official data show."},
			[]want{{"9,100", "9100", "entry", "dprk_arrivals_russia", "2024", "", "official data"},
				{"doubl", ">=2", "ratio", "dprk_arrivals_russia", "2024", "", "official data"}}},
		{"a spelled-out fold", "2025-02-01",
			[]string{"Arrivals of North Korean nationals in Russia rose ninefold between 2022 and 2024."},
			[]want{{"ninefold", "9", "ratio", "dprk_arrivals_russia", "-", "", ""}}},
		{"a departure is not a stock", "2020-02-01",
			[]string{"More than 3,000 North Koreans holding work permits left Russia in 2019, the ministry said."},
			[]want{{"3,000", ">=3000", "person", "", "2019", "ministry", ""}}},
		{"money in a counted noun", "2024-02-01",
			[]string{"Researchers say North Korean workers in Russia send home tens of millions of dollars a year."},
			[]want{{"tens of millions", ">=20000000 (vague)", "USD", "remittances_dprk_usd", "", "Researchers", ""}}},
		{"as many as is an upper bound", "2024-02-01",
			[]string{"As many as 4,000 North Korean workers arrived in Russia in 2023, the agency said."},
			[]want{{"4,000", "<=4000", "person", "dprk_arrivals_russia", "2023", "agency", ""}}},
		// periods
		{"as of a month", "2025-01-05",
			[]string{"At least 9,000 North Korean workers were in Russia as of November 2024, a monitoring group said."},
			[]want{{"9,000", ">=9000", "person", "dprk_workers_in_russia", "2024-11", "monitoring group", ""}}},
		{"the end of a year", "2025-01-05",
			[]string{"Some 7,000 North Korean workers were in Russia at the end of 2023, an economist said."},
			[]want{{"7,000", "~7000", "person", "dprk_workers_in_russia", "2023-12", "economist", ""}}},
		{"a quarter and a same-period comparison", "2024-06-20",
			[]string{"In the second quarter of 2023, 2,150 North Korean citizens entered Russia, five times as many as in the same period of last year."},
			[]want{{"2,150", "2150", "person", "dprk_arrivals_russia", "2023-Q2", "", ""},
				{"five times", "5", "ratio", "dprk_arrivals_russia", "2023-Q2", "", ""}}},
		{"last year relative to publication", "2024-03-03",
			[]string{"Some 1,900 North Koreans arrived in Russia on student visas last year, the statistics service said."},
			[]want{{"1,900", "~1900", "person", "dprk_arrivals_russia", "2023", "statistics service", ""}}},
		{"since the start of the year runs to publication", "2024-10-01",
			[]string{"Some 900 North Korean workers have arrived in Russia since the start of the year, the agency said."},
			[]want{{"900", "~900", "person", "dprk_arrivals_russia", "2024-01/2024-10-01", "agency", ""}}},
		{"a future deadline bounds a projection", "2024-09-14",
			[]string{"Hundreds more North Koreans are expected to arrive in Russia before the end of the year, the official said."},
			[]want{{"Hundreds", ">=200 (vague)", "person", "dprk_arrivals_russia", "2024-09-14/2024-12", "official", ""}}},
		{"the figures reveal: data, not a speaker", "2024-03-05",
			[]string{"The border agency, also called Rospogranichnik, logged 3,400 entries into Russia by North Koreans in 2023.",
				"Over 1,000 of those entries came in December alone, the figures reveal."},
			[]want{{"3,400", "3400", "entry", "dprk_arrivals_russia", "2023", "", "Rospogranichnik"},
				{"1,000", ">=1000", "entry", "-", "-", "", "Rospogranichnik"}}},
		{"money a definite workforce earns, read with the sentence before", "2024-03-05",
			[]string{"Pyongyang has sent thousands of labourers to Russian shipyards since 2023. Each worker hands over about $900 a month to the state."},
			[]want{{"thousands", ">=2000 (vague)", "person", "dprk_arrivals_russia", "-", "", ""},
				{"900", "~900", "USD", "remittances_dprk_usd", "", "", ""}}},
		// figures that state no claim
		{"age", "2024-05-02", []string{"Kim, 42, said the plan was ready."}, nil},
		{"position in a photo", "2024-05-02", []string{"The envoy, third from left, met officials in Moscow."}, nil},
		{"resolution number", "2024-05-02", []string{"Resolution 2397 bans the practice."}, nil},
		{"the two sides and a duration", "2024-05-02", []string{"The two sides signed a deal four weeks after the summit."}, nil},
		{"product version", "2024-05-02", []string{"Support for IE 11 ended in 2022."}, nil},
		{"one expert", "2024-05-02", []string{"One expert said the claims were exaggerated."}, nil},
		{"a frequency in a generic statement", "2024-05-02", []string{"“A worker who enters three times a year is counted three times,” she said."}, nil},
		{"a calibre", "2024-05-02", []string{"The shipments held 152mm and 122mm ammunition."}, nil},
		{"caption and credit", "2024-05-02", []string{"caption: Some 40 North Korean workers board a train to Russia. AP", "credit: Photo 12 by AFP"}, nil},
		{"a repeated paragraph yields one claim", "2024-05-02",
			[]string{"Some 300 North Korean workers arrived in Russia in 2023, an expert said.", "Some 300 North Korean workers arrived in Russia in 2023, an expert said."},
			[]want{{"300", "~300", "person", "dprk_arrivals_russia", "2023", "expert", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article(tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// expectClaims extracts the article's claims and checks them against want,
// in order.
func expectClaims(t *testing.T, a *doc.Article, tops []*topic.Topic, want []want) {
	t.Helper()
	got := Extract(a, annotate(a), tops)
	if len(got) != len(want) {
		for _, c := range got {
			t.Logf("got %s %s %q in %q (why: %s)", c.Value, c.Unit, c.Text, c.Sentence, strings.Join(c.Why, " | "))
		}
		t.Fatalf("got %d claims, want %d", len(got), len(want))
	}
	for i, w := range want {
		c := got[i]
		check := func(field, wantv, gotv string, names bool) {
			if wantv == "-" {
				return
			}
			ok := wantv == gotv
			if names {
				ok = sameName(wantv, gotv)
			}
			if !ok {
				t.Errorf("claim %q: %s = %q, want %q (why: %s)", c.Text, field, gotv, wantv, strings.Join(c.Why, " | "))
			}
		}
		if !strings.Contains(c.Text, w.text) {
			t.Errorf("claim %d text %q, want it to hold %q", i, c.Text, w.text)
		}
		check("value", w.value, c.Value.String(), false)
		check("unit", w.unit, c.Unit, false)
		check("indicator", w.indicator, c.Indicator, false)
		check("period", w.period, c.Period, false)
		check("said_by", w.saidBy, c.SaidBy, true)
		check("origin", w.origin, c.Origin, true)
		if c.Sentence != a.Text[c.SentenceStart:c.SentenceEnd] || a.Text[c.Start:c.End] != c.Text {
			t.Errorf("claim %q: spans do not match the text", c.Text)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("Some 300 North Korean workers arrived in Russia in 2023, an expert said.", "2024-01-01")
	f.Add("“About $5 million a year,” the spokesman said.\n\nThis data was reported by X, citing Y.", "")
	f.Add("# Title: WSJ\n\naccording to", "2020-02-30")
	f.Add("Entries by year:\n\n- 2021: 4,310\n\n2022 — :\n\nQ1 2024 – 620", "2024-01-01")
	f.Add("By 2023 the office was recording 9,000. By our count, 40 more. Our own estimate puts it at 2.", "")
	tops, _ := topic.Builtin()
	f.Fuzz(func(t *testing.T, text, published string) {
		a := article(published, strings.Split(text, "\n\n")...)
		for _, c := range Extract(a, annotate(a), tops) {
			if c.Start < 0 || c.End > len(a.Text) || c.Start > c.End || c.SentenceStart > c.Start || c.SentenceEnd < c.End {
				t.Fatalf("bad spans %+v in %q", c, a.Text)
			}
		}
	})
}

// BenchmarkExtract measures claim extraction alone (annotations made once).
func BenchmarkExtract(b *testing.B) {
	paras := []string{
		"# North Korea sent 2,000 more workers to Russia in May: Yonhap",
		"In 2023, about 5,000 North Korean workers arrived in the Russian Far East, the Russian Labour Ministry said on Friday.",
		"Russia is letting in more North Korean laborers, the Moscow Times reported on Monday.",
		"At least 3,400 North Korean nationals registered as workers in Russia in 2023, the newspaper said, citing information from the Interior Ministry.",
		"“We estimate that North Korean workers abroad bring in up to $500 million a year. That money funds weapons,” the Treasury Department spokesperson said.",
		"Some 150 North Korean workers arrived in Khabarovsk by bus in March, a Japanese researcher said on Thursday.",
		"“They came in a single convoy,” said Aiko Tanaka, a fellow at a Tokyo think tank.",
		"The two sides signed a deal four weeks after the summit, and Resolution 2397 bans the practice.",
	}
	a := article("2024-06-15", paras...)
	ann := annotate(a)
	tops := builtin(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Extract(a, ann, tops)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func TestPlace(t *testing.T) {
	cases := []struct {
		name, text, figure, place string
	}{
		{"a place after the figure", "About 800 North Korean workers remain in Khabarovsk, officials said.", "800", "Khabarovsk"},
		{"the region a speaker is in", "Regional officials in Sakhalin said about 400 North Koreans still worked in the region's fish plants.", "400", "Sakhalin"},
		{"abroad", "Some 50,000 North Koreans worked abroad in 2017, the UN said.", "50,000", "abroad"},
		{"no place in the sentence", "The ministry said 1,200 North Korean workers had arrived.", "1,200", ""},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article("2024-05-02", tc.text)
			for _, c := range Extract(a, annotate(a), tops) {
				if strings.Contains(c.Text, tc.figure) {
					if c.Place != tc.place {
						t.Errorf("place = %q, want %q", c.Place, tc.place)
					}
					return
				}
			}
			t.Fatalf("no claim for %s", tc.figure)
		})
	}
}
