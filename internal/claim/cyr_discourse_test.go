package claim

import "testing"

// TestCyrillicDiscourseAttribution: Russian and Ukrainian attributions
// that reach figures in other sentences, in sentences written for this
// test, each with a near miss that must not fire.
func TestCyrillicDiscourseAttribution(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a closing Об этом in the next paragraph covers the lead paragraph", "ru", "2025-05-01",
			[]string{"В Хабаровск в марте прибыли 300 рабочих из КНДР. Еще 500 строителей из КНДР приедут летом.",
				"Об этом в беседе с журналистами рассказал заместитель руководителя краевого департамента труда Олег Сидоров."},
			[]want{{"300", "300", "person", "-", "-", "Олег Сидоров", ""},
				{"500", "500", "person", "-", "-", "Олег Сидоров", ""}}},
		{"a closing Про це with an interview phrase before the verb, after two sentences", "uk", "2025-05-01",
			[]string{"До Росії у квітні прибули 700 робітників із КНДР. Вони працюватимуть на заводах. Ще 400 робітників із КНДР приїдуть у травні.",
				"Про це в інтерв’ю агентству розповів перший заступник голови комітету Верховної Ради з питань оборони Петро Гнатенко."},
			[]want{{"700", "700", "person", "-", "-", "Петро Гнатенко", ""},
				{"400", "400", "person", "-", "-", "Петро Гнатенко", ""}}},
		{"near miss: an attribution between stops the closing Об этом", "ru", "2025-05-01",
			[]string{"В Хабаровск в марте прибыли 300 рабочих из КНДР. Губернатор заявил, что ждет новых рабочих.",
				"Об этом сообщил Олег Сидоров."},
			[]want{{"300", "300", "person", "-", "-", "", ""}}},
		{"near miss: a closing Про це two paragraphs on does not reach back", "uk", "2025-05-01",
			[]string{"До Росії у квітні прибули 700 робітників із КНДР.",
				"Місцеві мешканці бачили їх на будовах.",
				"Про це повідомив Петро Гнатенко."},
			[]want{{"700", "700", "person", "-", "-", "", ""}}},
		{"near miss: a headline is not covered by the paragraph after it", "ru", "2025-05-01",
			[]string{"# На стройки Хабаровска приедут 900 рабочих из КНДР",
				"Об этом сообщил Олег Сидоров."},
			[]want{{"900", "900", "person", "-", "-", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicAddressee: the outlet a statement was told to (in the
// dative, "сообщили ТАСС", "повідомили Укрінформу") is not its speaker;
// the office after "в/у" or the subject after the outlet is.
func TestCyrillicAddressee(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"an outlet told, then the press office after в", "ru", "2025-05-01",
			[]string{"«На стройках края сейчас работают 800 граждан КНДР», — сообщили ТАСС в пресс-службе краевого управления МВД."},
			[]want{{"800", "800", "person", "-", "-", "МВД", ""}}},
		{"an outlet told, then the subject", "ru", "2025-05-01",
			[]string{"На стройках края сейчас работают 800 граждан КНДР, рассказал «Интерфаксу» представитель краевой администрации."},
			[]want{{"800", "800", "person", "-", "-", "представитель краевой администрации", ""}}},
		{"an outlet told before the verb, the office after it", "uk", "2025-05-01",
			[]string{"На будовах області зараз працюють 800 громадян КНДР, Укрінформу повідомили в пресслужбі обласної адміністрації."},
			[]want{{"800", "800", "person", "-", "-", "пресслужбі обласної адміністрації", ""}}},
		{"an office after в before the verb, in the imperfective past", "ru", "2025-05-01",
			[]string{"В департаменте занятости края рассказывали, что на стройках работают 600 рабочих из КНДР."},
			[]want{{"600", "600", "person", "-", "-", "департаменте занятости края", ""}}},
		{"near miss: an outlet named in the nominative speaks", "ru", "2025-05-01",
			[]string{"На стройках края сейчас работают 800 граждан КНДР, сообщает агентство Интерфакс."},
			[]want{{"800", "800", "person", "-", "-", "Интерфакс", ""}}},
		{"near miss: a time after the outlet is no body", "ru", "2025-05-01",
			[]string{"На стройках края сейчас работают 800 граждан КНДР, сообщил ТАСС в понедельник."},
			[]want{{"800", "800", "person", "-", "-", "ТАСС", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}
