package claim

import "testing"

// TestCyrillicPeriods: the period of a Russian or Ukrainian figure from
// deadlines, "now", the date of a statement, in sentences written for
// this test.
func TestCyrillicPeriods(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a level reached by a deadline takes the deadline", "ru", "2025-03-10",
			[]string{"Подрядчики рассчитывают, что к концу года северокорейских строителей в Приморье станет вдвое больше."},
			[]want{{"вдвое", "2", "ratio", "-", "2025-12", "-", "-"}}},
		{"a level that may be reached by a deadline", "uk", "2025-03-10",
			[]string{"Наразі в Росії працюють 4 тисячі робітників із КНДР, а до кінця року їх може стати до 9 тисяч."},
			[]want{{"4 тисячі", "4000", "person", "dprk_workers_in_russia", "2025-03-10", "-", "-"},
				{"9 тисяч", "<=9000", "person", "-", "2025-12", "-", "-"}}},
		{"a deadline in the next clause is not the figure's", "ru", "2025-03-10",
			[]string{"На хабаровских стройках уже трудятся около 2 тыс. рабочих из КНДР, а к концу года их станет до 6 тыс."},
			[]want{{"2 тыс", "~2000", "person", "dprk_workers_in_russia", "2025-03-10", "-", "-"},
				{"6 тыс", "<=6000", "person", "-", "2025-12", "-", "-"}}},
		{"now dates a flow's level by publication", "uk", "2025-03-10",
			[]string{"За словами Коваля, нині в Курській області зосереджено 7 тисяч військових КНДР."},
			[]want{{"7 тисяч", "7000", "person", "dprk_troops_russia", "2025-03-10", "-", "-"}}},
		{"troops that are somewhere stand at the statement's date", "uk", "2025-03-10",
			[]string{"Минулого місяця міністр Петро Гайда заявив, що близько 5 тисяч північнокорейських військових уже розміщені на Курщині."},
			[]want{{"5 тисяч", "~5000", "person", "dprk_troops_russia", "2025-02", "Петро Гайда", "-"}}},
		{"troops still somewhere, dated by the statement in the next sentence", "ru", "2025-03-14",
			[]string{"В Курской области по-прежнему находятся около 9 тыс. северокорейских военных. Об этом во вторник заявил генерал Иван Сидоров."},
			[]want{{"9 тыс", "~9000", "person", "dprk_troops_russia", "2025-03-11", "Иван Сидоров", "-"}}},
		{"a time before an inverted speech verb dates the statement", "ru", "2025-02-20",
			[]string{"Министерство внутренних дел опубликовало данные о въезде за прошлый год. В первых числах февраля на них обратила внимание газета «Прибой»: число граждан КНДР, въехавших в Россию, по подсчетам газеты, выросло в 4 раза."},
			[]want{{"в 4 раза", "4", "ratio", "dprk_arrivals_russia", "2024", "Прибой", "Министерство внутренних дел"}}},
		{"the statement's date in the next sentence, before its verb", "uk", "2025-08-15",
			[]string{"Близько 9 тисяч північнокорейських військових і далі залишаються в Курській області. Про це у вівторок сказав генерал Петро Гайда в ефірі телеканалу."},
			[]want{{"9 тисяч", "~9000", "person", "dprk_troops_russia", "2025-08-12", "Петро Гайда", "-"}}},
		{"a time after 'еще' opening the sentence dates the statement", "ru", "2025-06-10",
			[]string{"Еще в 2023 году глава ассоциации Иван Петров оценивал заработок северокорейского рабочего в $700 в месяц."},
			[]want{{"$700", "700", "USD", "-", "", "Иван Петров", "-"}}},
		{"a number of people working now, at publication", "ru", "2025-06-10",
			[]string{"Ассоциация строителей оценила число граждан КНДР, работающих на стройках Приморья, примерно в 4 тыс. человек."},
			[]want{{"4 тыс", "~4000", "person", "dprk_workers_in_russia", "2025-06-10", "-", "-"}}},
		{"a part of a figure after a semicolon keeps its period", "ru", "2025-06-10",
			[]string{"В 2024 году в Россию приехали 6 200 граждан КНДР — втрое больше, чем годом ранее; 4100 из них получили учебные визы."},
			[]want{{"6 200", "6200", "person", "dprk_arrivals_russia", "2024", "-", "-"},
				{"втрое", "3", "ratio", "-", "-", "-", "-"},
				{"4100", "4100", "person", "dprk_arrivals_russia", "2024", "-", "-"}}},
		{"students who study now, at the statement's date", "uk", "2025-06-10",
			[]string{"Міністерство освіти у березні повідомляло, що в Росії навчаються приблизно 400 студентів із КНДР."},
			[]want{{"400", "~400", "person", "", "2025-03", "-", "-"}}},
		{"a shortage estimated at a date stands at that date", "ru", "2025-06-10",
			[]string{"Центр стратегических исследований в марте оценивал нехватку работников в строительстве в 300 тыс. человек."},
			[]want{{"300 тыс", "300000", "person", "", "2025-03", "-", "-"}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}
