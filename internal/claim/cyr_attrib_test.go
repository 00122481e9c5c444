package claim

import "testing"

// TestCyrillicAttribution: who states a Russian or Ukrainian figure and
// on what data, in sentences written for this test.
func TestCyrillicAttribution(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a source carried on to a paragraph dated back from the one before", "ru", "2025-03-01",
			[]string{"# Жители Приморья стали чаще ездить в Китай",
				"В 2024 году жители Приморья съездили в Китай 4 200 раз. Об этом сообщило издание «Восточный вестник», изучившее данные ФСБ.",
				"Чаще всего ехали туристы — 2 900 поездок.",
				"Годом ранее было зафиксировано 3 100 поездок, то есть число поездок выросло примерно на 35%."},
			[]want{{"4 200", "4200", "trip", "", "2024", "Восточный вестник", "-"},
				{"2 900", "2900", "trip", "", "-", "Восточный вестник", "-"},
				{"3 100", "3100", "trip", "", "2023", "Восточный вестник", "ФСБ"},
				{"35%", "~35", "percent", "", "-", "Восточный вестник", "ФСБ"}}},
		{"data of a body that an outlet published: the outlet speaks", "ru", "2025-03-01",
			[]string{"По данным погранслужбы ФСБ, которые в январе опубликовал портал «Север.Ру», за 2024 год в Россию въехали 2 300 граждан КНДР."},
			[]want{{"2 300", "2300", "person", "dprk_arrivals_russia", "2024", "Север.Ру", "ФСБ"}}},
		{"згідно з даними X: X is the data's owner, no speaker", "uk", "2025-03-01",
			[]string{"Згідно з даними митників, у 2024 році до Росії в'їхали 2 300 громадян КНДР."},
			[]want{{"2 300", "2300", "person", "-", "2024", "", "митників"}}},
		{"согласно данным X: X is the data's owner, no speaker", "ru", "2025-03-01",
			[]string{"Согласно данным пограничников, в 2024 году в Россию въехали 2 300 граждан КНДР."},
			[]want{{"2 300", "2300", "person", "-", "2024", "", "пограничников"}}},
		{"он заявил: the person named before speaks", "ru", "2025-03-01",
			[]string{"О планах Пхеньяна на прошлой неделе говорил вице-премьер Олег Варенцов. Он заявил, что КНДР направит в Россию 2 300 строителей."},
			[]want{{"2 300", "2300", "person", "-", "-", "Олег Варенцов", ""}}},
		{"вона повідомила: the person named before speaks", "uk", "2025-03-01",
			[]string{"Про плани Пхеньяна минулого тижня говорила міністерка Ганна Коваль. Вона повідомила, що КНДР направить до Росії 2 300 будівельників."},
			[]want{{"2 300", "2300", "person", "-", "-", "Ганна Коваль", ""}}},
		{"он with no person named before: no speaker", "ru", "2025-03-01",
			[]string{"Проект обсуждали долго. Он предполагает, что КНДР направит в Россию 2 300 строителей."},
			[]want{{"2 300", "2300", "person", "-", "-", "", ""}}},
		{"a treaty after згідно з is no speaker", "uk", "2025-03-01",
			[]string{"Згідно з угодою між двома урядами, у 2024 році до Росії в'їхали 2 300 громадян КНДР."},
			[]want{{"2 300", "2300", "person", "-", "2024", "", ""}}},
		{"a law after согласно is no speaker", "ru", "2025-03-01",
			[]string{"Согласно новому закону, в 2024 году в Россию въехали 2 300 граждан КНДР."},
			[]want{{"2 300", "2300", "person", "-", "2024", "", ""}}},
		{"a body after согласно still speaks", "ru", "2025-03-01",
			[]string{"Согласно МВД, в 2024 году в Россию въехали 2 300 граждан КНДР."},
			[]want{{"2 300", "2300", "person", "-", "2024", "МВД", ""}}},
		{"data of a body obtained by an outlet", "uk", "2025-03-01",
			[]string{"За даними прикордонної служби ФСБ, отриманими виданням «Хвиля», у 2024 році до Росії в'їхали 2 300 громадян КНДР."},
			[]want{{"2 300", "2300", "person", "dprk_arrivals_russia", "2024", "Хвиля", "ФСБ"}}},
		{"a migration service's data are a data source", "ru", "2025-03-01",
			[]string{"В 2016 году, по данным ФМС, на территории России оставалось около 20 тыс. граждан КНДР."},
			[]want{{"20 тыс", "~20000", "person", "dprk_workers_in_russia", "2016", "", "ФМС"}}},
		// (the time opening the sentence before the outlet dates its writing)
		{"an outlet in quotation marks writes", "ru", "2025-03-01",
			[]string{"В 2018 году «Тихоокеанская звезда» писала, что в Хабаровск приехали около 700 рабочих из КНДР."},
			[]want{{"700", "~700", "person", "dprk_arrivals_russia", "", "Тихоокеанская звезда", ""}}},
		{"a time opening the sentence before a quoted outlet dates the statement", "ru", "2019-05-01",
			[]string{"В 2018 году «Амурский курьер» писал, что подрядчики в Приморье собирались набрать около 900 рабочих из КНДР. Годом ранее они привезли 300 человек."},
			[]want{{"900", "~900", "person", "dprk_arrivals_russia", "", "Амурский курьер", ""},
				{"300", "300", "person", "dprk_arrivals_russia", "2017", "Амурский курьер", ""}}},
		{"a body that updated its data is their origin", "ru", "2025-03-01",
			[]string{"Министерство внутренних дел (МВД) обновило данные о въезде иностранцев за 2024 год.",
				"Всего в 2024 году в Россию въехали 5 400 граждан КНДР."},
			[]want{{"5 400", "5400", "person", "dprk_arrivals_russia", "2024", "", "Министерство внутренних дел"}}},
		{"a speaker's own estimate after a data release keeps no origin", "ru", "2025-03-01",
			[]string{"Министерство внутренних дел (МВД) обновило данные о въезде иностранцев за 2024 год.",
				"Всего в 2024 году в Россию въехали 5 400 граждан КНДР.",
				"Разведка Южной Кореи считает, что Пхеньян отправил на российские стройки около 3 тыс. рабочих."},
			[]want{{"5 400", "5400", "person", "dprk_arrivals_russia", "2024", "", "Министерство внутренних дел"},
				{"3 тыс", "~3000", "person", "-", "-", "Разведка Южной Кореи", ""}}},
		{"a list under a figure of a data release keeps that figure's period", "ru", "2025-02-01",
			[]string{"Пограничная служба ФСБ обновила данные о въезде иностранцев за прошлый год.",
				"В 2024 году в Россию въехали 8 100 граждан КНДР. Цели поездок распределились так:",
				"• учеба — 5 200 человек;",
				"• работа — 900."},
			[]want{{"8 100", "8100", "person", "dprk_arrivals_russia", "2024", "", "ФСБ"},
				{"5 200", "5200", "person", "-", "2024", "", "ФСБ"},
				{"900", "900", "person", "-", "2024", "", "ФСБ"}}},
		{"a speaker who cited data keeps citing them in the next paragraph", "uk", "2025-02-01",
			[]string{"У 2024 році до Росії в'їхали 2 900 громадян КНДР. На це звернуло увагу видання «Обрій», яке проаналізувало дані Прикордонної служби ФСБ.",
				"Видання називає цей показник рекордним: у 2019 році до Росії приїхали близько 1 800 осіб."},
			[]want{{"2 900", "2900", "person", "dprk_arrivals_russia", "2024", "Обрій", "ФСБ"},
				{"1 800", "~1800", "person", "-", "2019", "Обрій", "ФСБ"}}},
		{"a preposition left before a removed time is no part of the speaker", "uk", "2025-06-10",
			[]string{"Міністерство освіти у березні повідомляло, що до Росії приїхали 400 студентів із КНДР."},
			[]want{{"400", "400", "person", "dprk_arrivals_russia", "-", "Міністерство освіти", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicCounters: who counted a figure himself speaks for it; a
// statistics body that counted it is its data source.
func TestCyrillicCounters(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a research group that counted after the figure speaks", "ru", "2025-03-20",
			[]string{"На стройках Хабаровска работают около 2 тыс. граждан КНДР, подсчитал исследовательский центр «Тайга-Мониторинг»."},
			[]want{{"2 тыс", "~2000", "person", "dprk_workers_in_russia", "-", "Тайга-Мониторинг", ""}}},
		{"analysts who counted before the figure speak", "uk", "2025-03-20",
			[]string{"Аналітики групи «Степ» нарахували на будовах Владивостока близько 700 робітників із КНДР."},
			[]want{{"700", "~700", "person", "-", "-", "Степ", ""}}},
		{"a statistics body that counted is the origin", "ru", "2025-03-20",
			[]string{"Годом ранее Росстат насчитал 2 300 въехавших в Россию граждан КНДР."},
			[]want{{"2 300", "2300", "person", "dprk_arrivals_russia", "2024", "", "Росстат"}}},
		{"the next sentence dates the estimate", "ru", "2025-03-20",
			[]string{"На стройках Приморья работают не менее 4 тыс. граждан КНДР, подсчитал центр «Тайга-Мониторинг». Оценка относится к началу февраля 2025 года."},
			[]want{{"4 тыс", ">=4000", "person", "dprk_workers_in_russia", "2025-02", "Тайга-Мониторинг", ""}}},
		{"a generic noun of a name stands for the body named before", "ru", "2025-03-20",
			[]string{"Исследовательский центр «Тайга-Мониторинг» опросил прорабов на 30 площадках. По оценке центра, рабочие из КНДР приносят Пхеньяну не менее $50 млн в год."},
			[]want{{"$50 млн", ">=50000000", "USD", "-", "-", "Тайга-Мониторинг", "-"}}},
		{"a speech verb in a past form the list lacks", "uk", "2025-03-20",
			[]string{"Експерти центру «Степ» зауважили, що до Росії прибули 600 робітників із КНДР."},
			[]want{{"600", "600", "person", "dprk_arrivals_russia", "-", "Степ", ""}}},
		{"a Russian speech verb in a past form the list lacks", "ru", "2025-03-20",
			[]string{"В центре «Тайга» напомнили, что в Хабаровск прибыли 600 рабочих из КНДР."},
			[]want{{"600", "600", "person", "dprk_arrivals_russia", "-", "Тайга", ""}}},
		{"in the company: the company, not the agency that carried its words", "ru", "2025-03-20",
			[]string{"Строительная группа «Тайга» оценила число рабочих из КНДР на своих площадках в 900 человек, передает агентство Интерфакс. В компании ожидают, что к концу года рабочих из КНДР в Приморье станет вдвое больше."},
			[]want{{"900", "900", "person", "-", "-", "Тайга", ""},
				{"вдвое", "2", "ratio", "-", "2025-12", "Тайга", ""}}},
		{"analysts of a body named before", "ru", "2025-03-20",
			[]string{"Исследовательский центр «Тайга» опубликовал доклад о стройках Приморья. Аналитики центра считают, что там работают около 500 рабочих из КНДР."},
			[]want{{"500", "~500", "person", "-", "-", "Тайга", ""}}},
		{"analysts of a body named after", "uk", "2025-03-20",
			[]string{"Аналітики центру вважають, що на будовах Приморʼя працюють близько 500 робітників із КНДР. Доповідь підготував дослідницький центр «Тайга» з Владивостока."},
			[]want{{"500", "~500", "person", "-", "-", "Тайга", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicOutlets: outlet words are known in every case form, and a
// short stem meets no other word.
func TestCyrillicOutlets(t *testing.T) {
	x := &extractor{}
	cases := []struct {
		raw  string
		want bool
	}{
		{"газеты", true},
		{"виданням «Хвиля»", true},
		{"агентству", true},
		{"Верховна Рада", false},
		{"министерства", false},
	}
	for _, c := range cases {
		if got := x.isOutlet(c.raw, c.raw); got != c.want {
			t.Errorf("isOutlet(%q) = %v, want %v", c.raw, got, c.want)
		}
	}
}

// TestCyrillicOutletVoice: the outlet speaking in the first person plural
// is the outlet that publishes the article.
func TestCyrillicOutletVoice(t *testing.T) {
	cases := []struct {
		name, lang string
		paras      []string
		want       []want
	}{
		{"по нашим подсчетам", "ru",
			[]string{"По нашим подсчетам, в марте в Хабаровск прибыли 350 рабочих из КНДР."},
			[]want{{"350", "350", "person", "dprk_arrivals_russia", "-", "Амурский курьер", ""}}},
		{"мы насчитали", "ru",
			[]string{"На стройках Хабаровска мы насчитали около 400 рабочих из КНДР."},
			[]want{{"400", "~400", "person", "dprk_workers_in_russia", "-", "Амурский курьер", ""}}},
		{"за нашими даними", "uk",
			[]string{"За нашими даними, у березні до Росії прибули 350 робітників із КНДР."},
			[]want{{"350", "350", "person", "dprk_arrivals_russia", "-", "Амурский курьер", ""}}},
		{"ми підрахували", "uk",
			[]string{"Ми підрахували, що у 2024 році до Росії прибули 900 робітників із КНДР."},
			[]want{{"900", "900", "person", "dprk_arrivals_russia", "2024", "Амурский курьер", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := articleIn(tc.lang, "2025-04-02", tc.paras...)
			a.Credit = "Амурский курьер"
			expectClaims(t, a, tops, tc.want)
		})
	}
}

// TestCyrillicInterview: a figure in an interview's answer with no source
// of its own is the interviewee's; one in a question is the body it names.
func TestCyrillicInterview(t *testing.T) {
	paras := []string{
		"Мы поговорили о северокорейских рабочих с социологом Анной Беловой.",
		"— Газета «Восток» писала о 5 тыс. рабочих из КНДР на стройках Приморья. Это так?",
		"— Скорее меньше. По данным ФМС, в 2018 году в Приморье находились около 3 тыс. граждан КНДР.",
		"— А что будет дальше?",
		"— Многие уедут.",
	}
	want := []want{{"5 тыс", "5000", "person", "-", "-", "Восток", ""},
		{"3 тыс", "~3000", "person", "dprk_workers_in_russia", "2018", "Белов", "ФМС"}} // (the name as the text inflects it)
	expectClaims(t, articleIn("ru", "2019-05-01", paras...), builtin(t), want)
}
