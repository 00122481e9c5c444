package claim

import "testing"

// articleCase is an article of paragraphs and the claims wanted from it.
type articleCase struct {
	name  string
	paras []string
	want  []want
}

// runArticleCases checks each case's claims, the article published on
// published, against the built-in topics.
func runArticleCases(t *testing.T, published string, cases []articleCase) {
	t.Helper()
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, article(published, tc.paras...), tops, tc.want)
		})
	}
}

// TestSpeakerFrames: English attribution frames beyond "X said": an object
// pronoun after "according to", the wider class of reporting verbs, a bare
// title in apposition between the name and the verb. Each has a near miss
// that must not give the speaker.
func TestSpeakerFrames(t *testing.T) {
	cases := []articleCase{
		{"according to him is the man named before",
			[]string{"Choi Dong-hyun heads the munitions directorate in Seoul. According to him, North Korea has shipped about 900 containers of ammunition to Russia."},
			[]want{{"900", "~900", "container", "-", "-", "Choi Dong-hyun", ""}}},
		{"according to her is the woman named before",
			[]string{"Maria Petrenko tracks rail freight for a Kyiv monitor. According to her, roughly 700 containers of shells went from North Korea to Russia."},
			[]want{{"700", "~700", "container", "-", "-", "Maria Petrenko", ""}}},
		{"according to them names no one and is no speaker",
			[]string{"The paper interviewed freight clerks at the port. According to them, about 400 containers of munitions left North Korea for Russia."},
			[]want{{"400", "~400", "container", "-", "-", "", ""}}},
		{"clarified is a reporting verb",
			[]string{"Han Seo-yeon spoke at a briefing.", "She clarified that North Korea had sent some 600 ballistic missiles to Russia."},
			[]want{{"600", "~600", "missile", "-", "-", "Han Seo-yeon", ""}}},
		{"reiterated and underscored are reporting verbs",
			[]string{"Oleg Marchenko reiterated that North Korea had delivered 250 missiles to Russia.",
				"Anna Kovalenko underscored that North Korea had sent 350 containers to Russia."},
			[]want{{"250", "250", "missile", "-", "-", "Oleg Marchenko", ""}, {"350", "350", "container", "-", "-", "Anna Kovalenko", ""}}},
		{"a verb that reports nothing gives no speaker",
			[]string{"Han Seo-yeon spoke at a briefing.", "She doubted that North Korea had sent some 600 ballistic missiles to Russia."},
			[]want{{"600", "~600", "missile", "-", "-", "", ""}}},
		{"a bare title between name and verb",
			[]string{"Jung Tae-ho, South Korean deputy defence minister, said that North Korea had sent about 80 missiles to Russia."},
			[]want{{"80", "~80", "missile", "-", "-", "Jung Tae-ho", ""}}},
		{"a title with a possessive between name and verb",
			[]string{"Jung Tae-ho, the country's deputy defence minister, told lawmakers that North Korea had sent 90 missiles to Russia."},
			[]want{{"90", "90", "missile", "-", "-", "Jung Tae-ho", ""}}},
		{"the second verb of a coordination has the first one's subject",
			[]string{"Harbour Watch studied radar tracks of the cargo ships leaving the pier at Rajin over two months and reported that North Korea sent 250 containers to Russia."},
			[]want{{"250", "250", "container", "-", "-", "Harbour Watch", ""}}},
		{"a coordination whose first word is no name gives no speaker",
			[]string{"satellite images were studied over two months at the pier and reported that North Korea sent 250 containers to Russia."},
			[]want{{"250", "250", "container", "-", "-", "", ""}}},
		{"an age between name and verb",
			[]string{"Jung Tae-ho, 61, said that North Korea had sent 85 missiles to Russia."},
			[]want{{"85", "85", "missile", "-", "-", "Jung Tae-ho", ""}}},
		{"an age and a role between name and verb",
			[]string{"Jung Tae-ho, 61, a retired colonel, told reporters that North Korea had sent 95 missiles to Russia."},
			[]want{{"95", "95", "missile", "-", "-", "Jung Tae-ho", ""}}},
		{"a title first, then its body",
			[]string{"Jung Tae-ho, head of the parliamentary intelligence committee, said North Korea had sent 70 missiles to Russia."},
			[]want{{"70", "70", "missile", "-", "-", "Jung Tae-ho", ""}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}

// TestAgeAside: an age aside is one number of a person's years.
func TestAgeAside(t *testing.T) {
	for in, want := range map[string]bool{"61": true, "7": true, "120": true, "2024": false, "0": false, "6a": false, "61 years": false} {
		if got := ageAside(tokenize(in)); got != want {
			t.Errorf("ageAside(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestTitleAside: an aside is a bare title only when a title noun opens or
// ends it and no figure or inner punctuation breaks it.
func TestTitleAside(t *testing.T) {
	cases := []struct {
		aside string
		want  bool
	}{
		{"defence minister,", true},
		{"South Korea's foreign minister,", true},
		{"head of the intelligence committee,", true},
		{"spokesperson for the ministry,", true},
		{"Busan and Incheon,", false},
		{"in a statement,", false},
		{"minister since 2022,", false},
		{"the port, the minister,", false},
	}
	for _, c := range cases {
		if got := titleAside(tokenize(c.aside)); got != c.want {
			t.Errorf("titleAside(%q) = %v, want %v", c.aside, got, c.want)
		}
	}
}

// TestWorkSpeakers: a piece of work (investigation, study, report) states
// what it found and speaks for its author: a finding verb after a work
// noun attributes as a speech verb does, "the investigation" later is
// its author again, "a report from X citing Y" is X's, with Y the origin,
// and a weekday before the report noun names no source.
func TestWorkSpeakers(t *testing.T) {
	cases := []articleCase{
		{"a finding verb after a work noun, then the work again",
			[]string{"A joint investigation by the Harbour Watch Institute has revealed that North Korea shipped 900 containers to Russia.",
				"The investigation also identified 41 voyages by Russian cargo ships to the port."},
			[]want{{"900", "900", "container", "-", "-", "Harbour Watch Institute", ""},
				{"41", "41", "voyage", "-", "-", "Harbour Watch Institute", ""}}},
		{"a report by a body found",
			[]string{"A report by the Harbour Watch Institute found that North Korea sent 120 missiles to Russia."},
			[]want{{"120", "120", "missile", "-", "-", "Harbour Watch Institute", ""}}},
		{"a finding verb after people is no attribution",
			[]string{"North Korean labourers found work at 30 construction sites near Vladivostok."},
			[]want{{"30", "30", "construction site", "-", "-", "", ""}}},
		{"a finding word after a determiner or preposition is an adjective, a work noun inside a name no work",
			[]string{"As of yesterday, the Institute of Migration, Labour and Research (IMLR) reported the number of recorded foreign workers included 640 North Korean workers."},
			[]want{{"640", "640", "person", "-", "2025-05-19", "IMLR", ""}}},
		{"a report from X citing Y, with a weekday before the report",
			[]string{"North Korea has shipped more than 5 million shells to Russia, according to a Tuesday report from Korean media citing military intelligence."},
			[]want{{"5 million", ">=5000000", "shell", "-", "-", "Korean media", "military intelligence"}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}

// TestFrameVariants: frames that name a speaker without "X said": an
// outlet that "has learned", a participial reporting clause after a comma
// ("..., adding that"), whose speaker is the subject of the main clause
// (over a relative clause), and a headline that ends in a generic work
// noun, which names no one. Each with its near miss.
func TestFrameVariants(t *testing.T) {
	cases := []articleCase{
		{"an outlet has learned",
			[]string{"North Korea will send about 4,000 more workers to Russia in May, the Harbour Courier has learned."},
			[]want{{"4,000", "~4000", "person", "-", "-", "Harbour Courier", ""}}},
		{"learned with an object is no frame",
			[]string{"About 250 North Korean workers learned welding at a plant in Khabarovsk."},
			[]want{{"250", "~250", "person", "-", "-", "", ""}}},
		{"a participial clause after the main clause",
			[]string{"Governor Pavel Ilyin welcomed the plan on Friday, adding that up to 9,000 North Korean workers could arrive in Russia."},
			[]want{{"9,000", "<=9000", "person", "-", "-", "Pavel Ilyin", ""}}},
		{"a participial clause after a relative clause on the subject",
			[]string{"Governor Pavel Ilyin, who runs the region's building programme, welcomed the plan, noting that 7,000 North Korean workers could arrive in Russia."},
			[]want{{"7,000", "7000", "person", "-", "-", "Pavel Ilyin", ""}}},
		{"a participial clause after a subordinate clause gives no speaker",
			[]string{"While the plan was debated, adding that 6,000 North Korean workers could arrive in Russia was left to the ministry."},
			[]want{{"6,000", "6000", "person", "-", "-", "", ""}}},
		{"a participial clause after a second speech clause goes with that clause",
			[]string{"A total of 27 people are confirmed dead, police told reporters, adding that divers stopped the search at dusk."},
			[]want{{"27", "27", "person", "-", "-", "police", ""}}},
		{"the accused after a determiner is a noun, no speaker of a nested frame",
			[]string{"Prosecutors alleged the accused had sent 300 missiles to Russia."},
			[]want{{"300", "300", "missile", "-", "-", "Prosecutors", ""}}},
		{"a noun after a and a modifier is no verb",
			[]string{"According to a preliminary report submitted by the expert panel, 12,400 North Korean workers had been sent home."},
			[]want{{"12,400", "12400", "person", "-", "-", "preliminary report", ""}}},
		{"the same word after a plural or a determined subject is a verb",
			[]string{"Officials report that 3,100 North Korean workers remain in Russia.", "The ministry reports 2,900 North Korean workers in Russia."},
			[]want{{"3,100", "3100", "person", "-", "-", "Officials", ""}, {"2,900", "2900", "person", "-", "-", "ministry", ""}}},
		{"a legal provision after according to is no source",
			[]string{"According to Article 6 of the bilateral labour treaty, 4,500 North Korean workers may stay in Russia."},
			[]want{{"4,500", "4500", "person", "-", "-", "", ""}}},
		{"a body named for a law is a source",
			[]string{"According to the Law Commission, 4,500 North Korean workers stay in Russia."},
			[]want{{"4,500", "4500", "person", "-", "-", "Law Commission", ""}}},
		{"a headline that ends in a generic work noun",
			[]string{"# North Korea Sends 3,000 Builders To Russia: Report", "The builders went to Siberia."},
			[]want{{"3,000", "3000", "person", "-", "-", "", ""}}},
		{"a bare work noun as the speaker names no one",
			[]string{"North Korea sent 3,000 builders to Russia in 2024, a new report says."},
			[]want{{"3,000", "3000", "person", "-", "-", "", ""}}},
		{"a work noun with its author speaks for the author",
			[]string{"North Korea sent 3,000 builders to Russia in 2024, a new Yonhap report says."},
			[]want{{"3,000", "3000", "person", "-", "-", "Yonhap", ""}}},
		{"a headline that ends in a name",
			[]string{"# North Korea Sends 3,000 Builders To Russia: Harbour Courier", "The builders went to Siberia."},
			[]want{{"3,000", "3000", "person", "-", "-", "Harbour Courier", ""}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}

// TestOwnSourceFrames: a sentence that opens a source frame of its own
// takes no speaker from the sentence before: an unnamed "there were
// reports that" names no one; "Western estimates suggest" speaks for the
// side the adjective names, while a body's estimates ("Rosstat estimates
// show") are its data.
func TestOwnSourceFrames(t *testing.T) {
	cases := []articleCase{
		{"the speaker before carries",
			[]string{"Kyiv said 11,000 North Korean troops had reached Russia in 2024. Another 2,000 North Korean troops were in the Kursk region."},
			[]want{{"11,000", "11000", "person", "-", "-", "Kyiv", ""}, {"2,000", "2000", "person", "-", "-", "Kyiv", ""}}},
		{"there were reports that names no one and stops the carry",
			[]string{"Kyiv said 11,000 North Korean troops had reached Russia in 2024. There were also reports that 2,000 North Korean troops were in the Kursk region."},
			[]want{{"11,000", "11000", "person", "-", "-", "Kyiv", ""}, {"2,000", "2000", "person", "-", "-", "", ""}}},
		{"an absolute with-phrase of data names the origin",
			[]string{"Many came on student visas, with official border data showing 4,300 North Korean arrivals in Russia in 2024."},
			[]want{{"4,300", "4300", "-", "-", "-", "", "official border data"}}},
		{"with and a noun that is no data names nothing",
			[]string{"Many came on student visas, with brokers showing 4,300 North Korean workers the way to Russia in 2024."},
			[]want{{"4,300", "4300", "-", "-", "-", "", ""}}},
		{"estimates of a side speak",
			[]string{"Western estimates suggest that 2,000 North Korean troops were in the Kursk region."},
			[]want{{"2,000", "2000", "person", "-", "-", "Western estimates", ""}}},
		{"estimates of a body are its data",
			[]string{"Rosstat estimates show that 2,000 North Korean workers arrived in Russia in 2024."},
			[]want{{"2,000", "2000", "person", "-", "-", "", "Rosstat"}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}

// TestContinuedQuote: a quotation that opens the sentence right after the
// attribution of the quotation before it is the same speaker's; one with
// an attribution of its own is that speaker's, and one after a sentence
// of the writer's is no one's.
func TestContinuedQuote(t *testing.T) {
	cases := []articleCase{
		{"the quotation goes on after its attribution",
			[]string{"“Many people paid to be picked,” the official told the paper. “Those who wanted easy jobs paid up to USD 900.”"},
			[]want{{"USD 900", "-", "USD", "-", "-", "official", ""}}},
		{"a quotation with an attribution of its own",
			[]string{"“Many people paid to be picked,” the official told the paper. “Those who wanted easy jobs paid up to USD 900,” a worker added."},
			[]want{{"USD 900", "-", "USD", "-", "-", "worker", ""}}},
		{"a quotation that began in the sentence before",
			[]string{"The official told the paper: “Many people paid to be picked. Those who wanted easy jobs paid up to USD 900.”"},
			[]want{{"USD 900", "-", "USD", "-", "-", "official", ""}}},
		{"a quotation after the writer's sentence",
			[]string{"“Many people paid to be picked,” the official told the paper. Prices rose sharply that year. “Those who wanted easy jobs paid up to USD 900.”"},
			[]want{{"USD 900", "-", "USD", "-", "-", "", ""}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}

// TestMoreFrames: "as reported by X", "per X", "X is quoted as saying",
// "X pointed out", and a body's report as the subject of "show" speak for
// their source; "as reported earlier", "per month" and a body's figures
// do not.
func TestMoreFrames(t *testing.T) {
	cases := []articleCase{
		{"as reported by",
			[]string{"As reported by the Harbour Courier, about 1,100 North Korean troops reached Russia in 2024."},
			[]want{{"1,100", "~1100", "person", "-", "-", "Harbour Courier", ""}}},
		{"as reported earlier names no one",
			[]string{"As reported earlier, about 1,100 North Korean troops reached Russia in 2024."},
			[]want{{"1,100", "~1100", "person", "-", "-", "", ""}}},
		{"per a source",
			[]string{"Per the Harbour Courier, 1,500 North Korean troops reached Russia in 2024."},
			[]want{{"1,500", "1500", "person", "-", "-", "Harbour Courier", ""}}},
		{"per a unit of time",
			[]string{"North Korean loggers earn USD 700 per month in Russia."},
			[]want{{"USD 700", "-", "USD", "-", "-", "", ""}}},
		{"quoted as saying",
			[]string{"Lee Min-ho is quoted as saying that 1,600 North Korean troops reached Russia in 2024."},
			[]want{{"1,600", "1600", "person", "-", "-", "Lee Min-ho", ""}}},
		{"pointed out",
			[]string{"Lee Min-ho pointed out that 2,300 North Korean troops reached Russia in 2024."},
			[]want{{"2,300", "2300", "person", "-", "-", "Lee Min-ho", ""}}},
		{"an opinion verb",
			[]string{"Lee Min-ho thinks 1,300 North Korean troops reached Russia in 2024."},
			[]want{{"1,300", "1300", "person", "-", "-", "Lee Min-ho", ""}}},
		{"a think tank is no verb of opinion",
			[]string{"A study by Harbour Watch and a Danish think tank has revealed that 1,300 North Korean troops reached Russia in 2024."},
			[]want{{"1,300", "1300", "person", "-", "-", "Harbour Watch", ""}}},
		{"quoting names the origin, as citing does",
			[]string{"About 2,000 North Korean troops reached Russia in 2024, the Harbour Courier reported, quoting a senior intelligence official."},
			[]want{{"2,000", "~2000", "person", "-", "-", "Harbour Courier", "senior intelligence official"}}},
		{"quoting what is no one names no origin",
			[]string{"Quoting prices in yuan, North Korean traders sold 300 containers of coal in 2024."},
			[]want{{"300", "300", "container", "-", "-", "", ""}}},
		{"imagery analysed by a body is its reading",
			[]string{"North Korea has sent 1,100 missiles to Russia, according to satellite imagery analysed by the Harbour Institute."},
			[]want{{"1,100", "1100", "missile", "-", "-", "Harbour Institute", ""}}},
		{"documents reviewed by an outlet are its reading",
			[]string{"North Korea has sent 1,200 missiles to Russia, according to shipping documents examined by the Harbour Courier."},
			[]want{{"1,200", "1200", "missile", "-", "-", "Harbour Courier", "-"}}},
		{"a body's report shows",
			[]string{"The Harbour Ministry's latest report shows that 1,800 North Korean troops reached Russia in 2024."},
			[]want{{"1,800", "1800", "person", "-", "-", "Harbour Ministry", ""}}},
		{"a body's figures show",
			[]string{"The Harbour Ministry's figures show that 1,800 North Korean workers arrived in Russia in 2024."},
			[]want{{"1,800", "1800", "person", "-", "-", "", "Harbour Ministry"}}},
	}
	runArticleCases(t, "2025-05-20", cases)
}
