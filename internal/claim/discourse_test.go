package claim

import "testing"

// Attributions that nest, outlets that only carry a statement, sources
// carried to the figures after them, in English, Russian and Ukrainian.
// Every sentence is written for these tests.
func TestAttributionRoles(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"according to X, Y believes: X says it, Y is the origin", "en", "2024-02-01",
			[]string{"According to Park, the labour ministry believes that about 900 North Korean workers arrived in Khabarovsk in 2023."},
			[]want{{"900", "~900", "person", "dprk_arrivals_russia", "2023", "Park", "labour ministry"}}},
		{"Y estimates ..., X said: X says it, Y is the origin", "en", "2025-01-10",
			[]string{"The border agency now estimates that some 700 North Korean workers arrived in Russia in 2024, lawmaker Kim Do-yun said on Friday."},
			[]want{{"700", "~700", "person", "dprk_arrivals_russia", "2024", "Kim Do-yun", "border agency"}}},
		{"an outlet that carried a statement is not its speaker", "en", "2025-03-03",
			[]string{"About 4,000 North Korean laborers work in the Russian Far East, the builders' group Vostok Stroi estimated, according to the Tass news agency."},
			[]want{{"4,000", "~4000", "person", "dprk_workers_in_russia", "-", "Vostok Stroi", ""}}},
		{"an outlet reporting data is the speaker, the data the origin", "en", "2025-03-03",
			[]string{"The statistics office counted 2,300 North Korean entries into Russia in 2024, the Harbor Daily reported."},
			[]want{{"2,300", "2300", "entry", "dprk_arrivals_russia", "2024", "Harbor Daily", "statistics office"}}},
		{"the source of a sentence carried to the sentence after it", "en", "2024-07-01",
			[]string{"Figures from the border service show 650 North Koreans entered Russia in the first half of 2024. Another 40 were in transit."},
			[]want{{"650", "650", "person", "dprk_arrivals_russia", "-", "", "border service"},
				{"40", "40", "person", "dprk_arrivals_russia", "-", "", "border service"}}},
		{"a breakdown in the next paragraph leans on the total", "en", "2024-07-01",
			[]string{"Figures from the border service show 650 North Koreans entered Russia in the first half of 2024.",
				"Most came on business, and 210 came to study."},
			[]want{{"650", "650", "person", "dprk_arrivals_russia", "-", "", "border service"},
				{"210", "210", "person", "dprk_arrivals_russia", "-", "", "border service"}}},
		{"a new figure of its own in the next paragraph takes no source", "en", "2024-07-01",
			[]string{"Figures from the border service show 650 North Koreans entered Russia in the first half of 2024.",
				"Last year Pyongyang sent some 3,000 workers to Russia."},
			[]want{{"650", "650", "person", "dprk_arrivals_russia", "-", "", "border service"},
				{"3,000", "~3000", "person", "dprk_arrivals_russia", "2023", "", ""}}},
		{"the sentence after names the speaker: This was reported by", "en", "2025-05-05",
			[]string{"Pyongyang will send 800 more workers to Vladivostok. This was reported by the Primorye Gazette."},
			[]want{{"800", "800", "person", "dprk_arrivals_russia", "-", "Primorye Gazette", ""}}},
		{"an anonymous source of its own stops the source in force", "en", "2025-02-01",
			[]string{"The defence ministry said 2,000 North Korean troops arrived in Russia in January. Other estimates put the first deployment at between 3,000 and 4,000 soldiers."},
			[]want{{"2,000", "2000", "person", "dprk_troops_russia", "2025-01", "defence ministry", ""},
				{"3,000", "3000-4000", "person", "-", "", "", ""}}},
		{"the writer's own reckoning takes no source", "en", "2025-02-01",
			[]string{"The statistics office counted 2,000 North Korean entries into Russia in 2024, compared with 400 in 2022. That is a fivefold increase in two years."},
			[]want{{"2,000", "2000", "entry", "dprk_arrivals_russia", "2024", "", "statistics office"},
				{"400", "400", "entry", "dprk_arrivals_russia", "2022", "", "statistics office"},
				{"fivefold", "5", "ratio", "-", "-", "", ""}}},
		{"put an object at a figure", "en", "2024-11-10",
			[]string{"The Pentagon put the number of North Korean troops already inside Russia at 8,000."},
			[]want{{"8,000", "8000", "person", "dprk_troops_russia", "-", "Pentagon", ""}}},
		{"a participle valuing a figure has no speaker", "en", "2025-04-30",
			[]string{"# North Korean casualties estimated at 3,500: NIS"},
			[]want{{"3,500", "3500", "person", "", "", "National Intelligence Service", ""}}},
		{"a level reached by a deadline takes the deadline", "en", "2025-06-20",
			[]string{"The developer expects the number of North Korean builders in Russia to triple to 30,000 by the end of 2026."},
			[]want{{"triple", "3", "ratio", "dprk_workers_in_russia", "2026-12", "developer", ""},
				{"30,000", "30000", "person", "dprk_workers_in_russia", "2026-12", "developer", ""}}},
		{"a ratio dated by its base year takes the current figure's year", "ru", "2025-02-10",
			[]string{"В 2024 году в Россию въехали 9 000 граждан КНДР, следует из данных Росстата. Годом ранее въехали 900 граждан КНДР, то есть показатель вырос в 10 раз."},
			[]want{{"9 000", "9000", "person", "dprk_arrivals_russia", "2024", "", "Росстат"},
				{"900", "900", "person", "dprk_arrivals_russia", "2023", "", "Росстат"},
				{"в 10 раз", "10", "ratio", "dprk_arrivals_russia", "2024", "", "Росстат"}}},
		{"estimates by X that ...: X is the author", "en", "2019-11-02",
			[]string{"The minister rejected estimates by the Treasury that North Korean workers in Russia sent home $200 million a year."},
			[]want{{"$200 million", "200000000", "USD", "remittances_dprk_usd", "", "Treasury", ""}}},
		{"a passive has no speaker of its own", "en", "2019-11-02",
			[]string{"North Korean workers in Russia were believed to generate about $90 million a year for the state, officials in Seoul said."},
			[]want{{"$90 million", "~90000000", "USD", "remittances_dprk_usd", "", "officials", ""}}},
		{"the data source named before the data noun, the outlet after it", "en", "2025-02-11",
			[]string{"Officials counted 6,000 North Korean entries into Russia in 2024. Of those entries, 1,200 gave study as the purpose, according to the Rosstat breakdown cited by the Harbor Daily."},
			[]want{{"6,000", "6000", "entry", "dprk_arrivals_russia", "2024", "", ""},
				{"1,200", "1200", "entry", "dprk_arrivals_russia", "2024", "Harbor Daily", "Statistics Service"}}},
		{"data first reported by an outlet: the outlet speaks", "en", "2024-11-12",
			[]string{"According to figures from the border service first reported by the outlet Mediawatch, 2,400 North Koreans entered Russia in the third quarter."},
			[]want{{"2,400", "2400", "person", "dprk_arrivals_russia", "-", "Mediawatch", "border service"}}},
		{"the base of a comparison leans on the figure it is compared with", "en", "2025-02-10",
			[]string{"The statistics office counted 3,000 North Korean entries into Russia in 2024. That compares with 300 the year before, a tenfold rise."},
			[]want{{"3,000", "3000", "entry", "dprk_arrivals_russia", "2024", "", "statistics office"},
				{"300", "300", "entry", "dprk_arrivals_russia", "2023", "", "statistics office"},
				{"tenfold", "10", "ratio", "dprk_arrivals_russia", "2024", "", "statistics office"}}},
		{"ordinal sources stay apart", "en", "2025-02-06",
			[]string{"A second source said 400 more North Koreans crossed into Russia in January. According to the first source, every labourer is offered about $700 a month."},
			[]want{{"400", "400", "person", "dprk_arrivals_russia", "2025-01", "second source", ""},
				{"$700", "~700", "USD", "-", "-", "first source", ""}}},
		{"an article that retells an outlet: its figures are the outlet's", "ru", "2025-08-01",
			[]string{"Россия снова набирает рабочих из КНДР, пишет газета «Северный курьер».",
				"До санкций в стране работали десятки тысяч северокорейцев."},
			[]want{{"десятки тысяч", "-", "person", "dprk_workers_in_russia", "-", "Северный курьер", ""}}},
		{"a relative clause between the speaker and the verb", "ru", "2025-08-01",
			[]string{"Разведка Японии, на данные которой ссылается агентство, считает, что в России работают около 7 тыс. рабочих из КНДР."},
			[]want{{"7 тыс", "~7000", "person", "dprk_workers_in_russia", "-", "Разведка Японии", ""}}},
		{"the counted noun after число, over a participial phrase", "ru", "2025-08-01",
			[]string{"Ведомство оценило число граждан КНДР, занятых сейчас на стройках России, примерно в 6 тыс."},
			[]want{{"6 тыс", "~6000", "person", "dprk_workers_in_russia", "-", "Ведомство", ""}}},
		{"a figure for them leans on the figure before", "ru", "2025-08-01",
			[]string{"На стройках России трудятся 4 тыс. рабочих из КНДР. К концу года их будет до 9 тыс."},
			[]want{{"4 тыс", "4000", "person", "dprk_workers_in_russia", "-", "", ""},
				{"9 тыс", "<=9000", "person", "dprk_workers_in_russia", "-", "", ""}}},
		{"N раз after a travel verb counts trips", "ru", "2025-08-01",
			[]string{"В 2024 году туристы из Китая съездили в КНДР 3 200 раз."},
			[]want{{"3 200", "3200", "trip", "", "2024", "", ""}}},
		{"у + an acronym before the verb: the body speaks; a generic noun leans on the paragraph's figure", "uk", "2025-08-15",
			[]string{"Пхеньян готує відправлення ще 4 тисяч військових до Курщини. Першу групу, близько 900 осіб, у ГУР очікують найближчим часом."},
			[]want{{"4 тисяч", "4000", "person", "dprk_troops_russia", "-", "", ""},
				{"900", "~900", "person", "dprk_troops_russia", "-", "ГУР", ""}}},
		{"a possessive before the counted noun", "uk", "2025-09-10",
			[]string{"Пхеньян планує направити до Росії 3000 своїх працівників."},
			[]want{{"3000", "3000", "person", "dprk_arrivals_russia", "-", "", ""}}},
		{"an outlet named by its kind: the outlet named before", "ru", "2025-02-11",
			[]string{"На данные обратило внимание Радио Север: число въехавших в Россию граждан КНДР, по подсчетам радиостанции, выросло в 5 раз."},
			[]want{{"в 5 раз", "5", "ratio", "dprk_arrivals_russia", "-", "Радио Север", ""}}},
		{"an ongoing flow stands at its statement's date", "ru", "2019-04-22",
			[]string{"В 2018 году газета «Вестник» писала, что на верфи Приморья продолжают прибывать сотни строителей из КНДР."},
			[]want{{"сотни", "-", "person", "dprk_arrivals_russia", "2018", "Вестник", ""}}},
		{"по словам: the speaker", "ru", "2025-04-01",
			[]string{"По словам Петрова, в марте в Хабаровск прибыли 420 рабочих из КНДР."},
			[]want{{"420", "420", "person", "dprk_arrivals_russia", "-", "Петров", ""}}},
		{"по данным a statistics body: the origin", "ru", "2025-04-01",
			[]string{"По данным Росстата, в 2024 году в Россию въехали 5 000 граждан КНДР."},
			[]want{{"5 000", "5000", "person", "dprk_arrivals_russia", "2024", "", "Росстат"}}},
		{"Об этом сообщил: the sentence before is his", "ru", "2025-04-01",
			[]string{"В Приморье приедут еще 600 строителей из КНДР. Об этом сообщил губернатор края Иван Соколов."},
			[]want{{"600", "600", "person", "dprk_arrivals_russia", "-", "Иван Соколов", ""}}},
		{"an agency carrying a company's estimate", "ru", "2025-04-01",
			[]string{"Компания «Восток» оценила число рабочих из КНДР на российских стройках примерно в 9 тыс. человек, сообщает агентство Интерфакс."},
			[]want{{"9 тыс", "~9000", "person", "dprk_workers_in_russia", "-", "Восток", ""}}},
		{"a speech verb before a comma", "uk", "2025-04-01",
			[]string{"Заступник міністра Олег Коваль повідомив, що до Росії прибули 300 робітників із КНДР."},
			[]want{{"300", "300", "person", "dprk_arrivals_russia", "-", "Олег Коваль", ""}}},
		{"як зазначив: the speaker", "uk", "2025-04-01",
			[]string{"Як зазначив Олег Коваль, до Росії прибули 300 робітників із КНДР."},
			[]want{{"300", "300", "person", "dprk_arrivals_russia", "-", "Олег Коваль", ""}}},
		{"the topic of what is said before the verb, the speaker after it", "uk", "2025-04-01",
			[]string{"Про відправку до Росії 2 тисяч робітників із КНДР оголосив міністр Петро Гайда."},
			[]want{{"2 тисяч", "2000", "person", "dprk_arrivals_russia", "-", "Петро Гайда", ""}}},
		{"a speaker after a closing quote, then she", "en", "2025-06-01",
			[]string{"Economists expect more hires.",
				"\"Nobody checks the sites any more,\" said Galina Petrova, a researcher at a Khabarovsk institute. She estimated that the North Korean workforce in Russia could reach 40,000 by 2027."},
			[]want{{"40,000", "40000", "person", "dprk_workers_in_russia", "-", "Galina Petrova", ""}}},
		{"a role noun is no person for a later she", "en", "2025-06-01",
			[]string{"Analysts estimate that 500 North Korean workers will arrive in Russia in 2025. She said 200 North Korean workers arrived in Russia in 2024."},
			[]want{{"500", "500", "person", "dprk_arrivals_russia", "-", "Analysts", ""},
				{"200", "200", "person", "dprk_arrivals_russia", "2024", "", ""}}},
		{"a body the article only describes is named as the article names it", "en", "2025-06-01",
			[]string{"South Korea's spy agency estimates that 3,000 North Korean workers arrived in Russia in 2024."},
			[]want{{"3,000", "3000", "person", "dprk_arrivals_russia", "2024", "South Korea's spy agency", ""}}},
		{"a headline's description stands for the body the story describes so", "en", "2025-06-01",
			[]string{"# Hundreds of North Korean cooks work in Russia, institute says",
				"About 600 North Korean cooks worked in Russian restaurants in May, according to the Baikal Policy Forum, an Irkutsk institute."},
			[]want{{"Hundreds", "-", "person", "dprk_workers_in_russia", "-", "Baikal Policy Forum", ""},
				{"600", "~600", "person", "dprk_workers_in_russia", "2025-05", "Baikal Policy Forum", ""}}},
		{"an analysis of images by a group: the group speaks; the group later is that group", "en", "2025-06-01",
			[]string{"According to a study of shipping records by a Vienna-based monitoring group, 450 North Korean workers arrived in the Russian port of Nakhodka in April. The group said 120 more North Korean workers arrived in Russia in May."},
			[]want{{"450", "450", "person", "dprk_arrivals_russia", "2025-04", "Vienna-based monitoring group", ""},
				{"120", "120", "person", "dprk_arrivals_russia", "2025-05", "Vienna-based monitoring group", ""}}},
		{"a name given in an aside ('often called X'); 'the agency's tables' are that body's", "en", "2025-06-01",
			[]string{"Russia's migration directorate, often called Glavmigratsia, counted 4,200 North Korean nationals entering Russia in 2024, the Amur Courier reported, citing the agency's registration tables."},
			[]want{{"4,200", "4200", "person", "dprk_arrivals_russia", "2024", "Amur Courier", "Glavmigratsia"}}},
		{"a generic counted noun far from the lead takes the lead's actor", "en", "2025-06-01",
			[]string{"North Korea has sent 3,000 more soldiers to Russia, Seoul's spy agency said on Monday.",
				"The agency said they had arrived by ship. Training took place at bases in the Far East, it added.",
				"Officials in Seoul believe that about 5,000 troops in all will have been deployed to Russia by the end of the year."},
			[]want{{"3,000", "3000", "person", "dprk_troops_russia", "-", "-", ""},
				{"5,000", "~5000", "person", "dprk_troops_russia", "-", "-", ""}}},
		{"a person who counted states the figure, with no data source", "en", "2025-06-01",
			[]string{"Pavel Orlov, a local official, counted 60 North Korean workers at a shipyard in the Russian port of Nakhodka in May."},
			[]want{{"60", "60", "person", "dprk_workers_in_russia", "2025-05", "Pavel Orlov", ""}}},
		{"analysts who tallied a figure state it", "en", "2025-06-01",
			[]string{"Analysts tallied 75 North Korean workers at a shipyard in the Russian port of Nakhodka in May."},
			[]want{{"75", "75", "person", "dprk_workers_in_russia", "2025-05", "Analysts", ""}}},
		{"a record-keeping body that recorded a figure is its origin", "en", "2025-06-01",
			[]string{"The Russian border service recorded 5,100 entries by North Korean citizens in 2024."},
			[]want{{"5,100", "5100", "entry", "dprk_arrivals_russia", "2024", "", "border service"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article(tc.published, tc.paras...)
			a.Lang = tc.lang
			expectClaims(t, a, tops, tc.want)
		})
	}
}

// The outlet speaking in the first person plural ("our count", "we
// estimate") is the outlet that publishes the article; inside a quotation
// "we" is the quoted speaker.
func TestOutletVoice(t *testing.T) {
	cases := []struct {
		name, lang string
		paras      []string
		want       []want
	}{
		{"our own estimate puts", "en",
			[]string{"Our own estimate puts the number of North Korean workers in Russia at about 6,000."},
			[]want{{"6,000", "~6000", "person", "dprk_workers_in_russia", "-", "Amur Courier", ""}}},
		{"by our count", "en",
			[]string{"By our count, 350 North Korean workers arrived in Khabarovsk in March."},
			[]want{{"350", "350", "person", "dprk_arrivals_russia", "-", "Amur Courier", ""}}},
		{"we estimate", "en",
			[]string{"We estimate that 700 North Korean labourers arrived in Russia in 2024."},
			[]want{{"700", "700", "person", "dprk_arrivals_russia", "2024", "Amur Courier", ""}}},
		{"we inside a quotation is the quoted speaker", "en",
			[]string{"\"We estimate that 700 North Korean labourers arrived in Russia in 2024,\" the port director said."},
			[]want{{"700", "700", "person", "dprk_arrivals_russia", "2024", "port director", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := article("2025-04-02", tc.paras...)
			a.Lang, a.Credit = tc.lang, "Amur Courier"
			expectClaims(t, a, tops, tc.want)
		})
	}
}
