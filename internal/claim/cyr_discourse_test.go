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

// TestCyrillicRecordsOrigin: a data cue naming records ("по
// информационным учетам", "за офіційними даними", adjectives between the
// preposition and the data noun) gives the body whose records they are
// as the origin, with a regional office named with its region.
func TestCyrillicRecordsOrigin(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"records of a regional office, up to a time phrase", "ru", "2025-05-01",
			[]string{"По информационным учетам отдела по вопросам миграции УМВД России по Хабаровскому краю по состоянию на 1 мая в крае находятся 640 граждан КНДР."},
			[]want{{"640", "640", "person", "-", "-", "", "УМВД России по Хабаровскому краю"}}},
		{"official data of a ministry, Ukrainian", "uk", "2025-05-01",
			[]string{"За офіційними даними міністерства економіки, у 2024 році до Росії в'їхали 3 200 громадян КНДР."},
			[]want{{"3 200", "3200", "person", "-", "2024", "", "міністерства економіки"}}},
		{"official data with согласно, Russian", "ru", "2025-05-01",
			[]string{"Согласно официальным данным правительства области, в 2024 году в область въехали 1 300 граждан КНДР."},
			[]want{{"1 300", "1300", "person", "-", "2024", "", "правительства области"}}},
		{"near miss: latest data of a ministry, the ministry speaks", "ru", "2025-05-01",
			[]string{"По последним данным МИД, в 2024 году в Россию въехали 500 граждан КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "МИД", ""}}},
		{"near miss: official data of an outlet, the outlet speaks", "uk", "2025-05-01",
			[]string{"За офіційними даними агентства Yonhap, у 2024 році до Росії в'їхали 3 200 громадян КНДР."},
			[]want{{"3 200", "3200", "person", "-", "2024", "Yonhap", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicRetellFrame: an article that opens by retelling an outlet
// citing data ("пише BBC з посиланням на дані відомства") gives the
// opening's figures the outlet and the data; later figures with no source
// of their own take the outlet alone, and a figure with its own data
// source keeps it, with no speaker.
func TestCyrillicRetellFrame(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"Ukrainian retelling citing data", "uk", "2025-05-01",
			[]string{"Росія залучила близько 8 тисяч робітників із КНДР. Вони зайняті на будмайданчиках, пише BBC з посиланням на дані південнокорейської розвідки.",
				"За офіційними даними уряду Росії, у 2024 році до Росії в'їхали 13 тисяч громадян КНДР.",
				"Кожен робітник отримує близько 150 доларів на місяць."},
			[]want{{"8 тисяч", "~8000", "person", "-", "-", "BBC", "південнокорейської розвідки"},
				{"13 тисяч", "13000", "person", "-", "2024", "", "уряду Росії"},
				{"150 доларів", "-", "-", "-", "-", "BBC", ""}}},
		{"Russian retelling citing data", "ru", "2025-05-01",
			[]string{"Россия наняла около 8 тысяч рабочих из КНДР. Они работают на стройках, пишет Би-би-си со ссылкой на данные южнокорейской разведки.",
				"Каждый рабочий получает около 150 долларов в месяц."},
			[]want{{"8 тысяч", "~8000", "person", "-", "-", "Би-би-си", "южнокорейской разведки"},
				{"150 долларов", "-", "-", "-", "-", "Би-би-си", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicHedgedSource: a conditional hedge names the speaker ("если
// верить X", "якщо вірити X"), and a participle or verb of citing
// ("ссылающимся на", "що посилаються на") names the origin.
func TestCyrillicHedgedSource(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"если верить X, ссылающимся на Y", "ru", "2025-05-01",
			[]string{"Если верить японским газетам, ссылающимся на источники в правительстве, в Россию въехали около 9 тысяч рабочих из КНДР."},
			[]want{{"9 тысяч", "~9000", "person", "-", "-", "японским газетам", "источники в правительстве"}}},
		{"якщо вірити X, що посилаються на Y", "uk", "2025-05-01",
			[]string{"Якщо вірити японським газетам, які посилаються на уряд Японії, до Росії в'їхали близько 9 тисяч робітників із КНДР."},
			[]want{{"9 тисяч", "~9000", "person", "-", "-", "японським газетам", "уряд Японії"}}},
		{"near miss: a verb of sending is no citing", "uk", "2025-05-01",
			[]string{"Щороку до Росії посилають на будови близько 9 тисяч робітників із КНДР."},
			[]want{{"9 тисяч", "~9000", "person", "-", "-", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicIntroducedQuote: a generic outlet noun ("інформагентство",
// "издание") stands for the outlet named before, and a quotation that
// opens its paragraph with no speaker of its own is the speaker's whose
// sentence ends the paragraph before it.
func TestCyrillicIntroducedQuote(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"інформагентство пише, then a quotation paragraph", "uk", "2025-05-01",
			[]string{"КНДР торік відправила до Росії тисячі робітників, повідомляє південнокорейське інформагентство Yonhap.",
				"Інформагентство пише, що Росія видає їм студентські візи.",
				"«У 2024 році до Росії в'їхали 9 400 громадян КНДР."},
			[]want{{"тисячі", "-", "person", "-", "-", "Yonhap", ""},
				{"9 400", "9400", "person", "-", "2024", "Yonhap", ""}}},
		{"издание пишет, then a quotation paragraph", "ru", "2025-05-01",
			[]string{"КНДР в прошлом году отправила в Россию тысячи рабочих, сообщает газета «Восточный вестник».",
				"Издание пишет, что Россия выдает им студенческие визы.",
				"«В 2024 году в Россию въехали 9 400 граждан КНДР», — говорится в материале."},
			[]want{{"тысячи", "-", "person", "-", "-", "Восточный вестник", ""},
				{"9 400", "9400", "person", "-", "2024", "Восточный вестник", ""}}},
		{"near miss: no speaker ends the paragraph before", "uk", "2025-05-01",
			[]string{"Росія видає робітникам із КНДР студентські візи.",
				"«У 2024 році до Росії в'їхали 9 400 громадян КНДР."},
			[]want{{"9 400", "9400", "person", "-", "2024", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestHeaderLineSource: a subheadline above the lead (a paragraph of one
// sentence with no closing punctuation) names its source as a headline
// does, before a colon or after a dash; only a name is a source.
func TestHeaderLineSource(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a source before a colon", "ru", "2025-05-01",
			[]string{"# Приморье ждет рабочих из КНДР",
				"ФМС: в марте в Приморье приехали 700 рабочих из КНДР",
				"В Приморье продолжают приезжать рабочие из КНДР."},
			[]want{{"700", "700", "person", "-", "-", "ФМС", ""}}},
		{"a source after a dash", "uk", "2025-05-01",
			[]string{"# Примор'я чекає робітників із КНДР",
				"У березні до Росії приїхали 700 робітників із КНДР – ГУР",
				"До Росії продовжують приїжджати робітники з КНДР."},
			[]want{{"700", "700", "person", "-", "-", "ГУР", ""}}},
		{"near miss: the same line after the lead", "ru", "2025-05-01",
			[]string{"# Приморье ждет рабочих из КНДР",
				"В Приморье продолжают приезжать рабочие из КНДР.",
				"ФМС: в марте в Приморье приехали 700 рабочих из КНДР"},
			[]want{{"700", "700", "person", "-", "-", "", ""}}},
		{"near miss: a label before a colon", "ru", "2025-05-01",
			[]string{"# Приморье ждет рабочих из КНДР",
				"Справка: в марте в Приморье приехали 700 рабочих из КНДР",
				"В Приморье продолжают приезжать рабочие из КНДР."},
			[]want{{"700", "700", "person", "-", "-", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicStatementOwner: an impersonal speech verb with a statement
// after "в/у" ("говорится в сообщении X", "йдеться в повідомленні") is
// the statement's owner's, or, with none named, the last speaker's.
func TestCyrillicStatementOwner(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"the owner named in the genitive", "ru", "2025-05-01",
			[]string{"«В крае сейчас работают 700 граждан КНДР», — говорится в сообщении пресс-службы краевого МВД."},
			[]want{{"700", "700", "person", "-", "-", "МВД", ""}}},
		{"no owner: the last speaker's statement", "uk", "2025-05-01",
			[]string{"Про нові групи робітників із КНДР повідомила прикордонна служба Естонії.",
				"«До Росії у квітні прибули 700 громадян КНДР», – йдеться в повідомленні."},
			[]want{{"700", "700", "person", "-", "-", "прикордонна служба Естонії", ""}}},
		{"a body's site after на", "ru", "2025-05-01",
			[]string{"В 2024 году в край въехали 500 граждан КНДР, сообщается на сайте краевого правительства."},
			[]want{{"500", "500", "person", "-", "2024", "краевого правительства", ""}}},
		{"a body's page after на, Ukrainian", "uk", "2025-05-01",
			[]string{"У 2024 році до Росії в'їхали 500 громадян КНДР, йдеться на сторінці міністерства у Facebook."},
			[]want{{"500", "500", "person", "-", "2024", "міністерства", ""}}},
		{"near miss: an impersonal verb with no statement", "ru", "2025-05-01",
			[]string{"В Приморье отмечается рост числа рабочих из КНДР до 700 человек."},
			[]want{{"700", "-", "person", "-", "-", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicSpeakerAfterOccasion: "как / як + speech verb" opens a
// clause naming the source of its sentence, and an occasion between a
// speech verb and its speaker ("в интервью ТАСС", "в беседе с
// журналистами", "в ефірі телемарафону") is passed over.
func TestCyrillicSpeakerAfterOccasion(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"как сообщили в + office", "ru", "2025-05-01",
			[]string{"Как сообщили в пресс-службе краевого правительства, в 2024 году в край въехали 500 граждан КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "пресс-службе краевого правительства", ""}}},
		{"як повідомляє + outlet", "uk", "2025-05-01",
			[]string{"Як повідомляє Укрінформ, у 2024 році до Росії в'їхали 500 громадян КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "Укрінформ", ""}}},
		{"an interview with an outlet before the speaker", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР, заявил в интервью РИА Новости посол Андрей Соколов."},
			[]want{{"500", "500", "person", "-", "2024", "Андрей Соколов", ""}}},
		{"a talk with reporters before the speaker", "ru", "2025-05-01",
			[]string{"В 2024 году в край въехали 500 граждан КНДР. Об этом сообщил в беседе с журналистами губернатор края Олег Сидоров."},
			[]want{{"500", "500", "person", "-", "2024", "Олег Сидоров", ""}}},
		{"a programme in the genitive before the speaker", "uk", "2025-05-01",
			[]string{"У 2024 році до Росії в'їхали 500 громадян КНДР, заявив в ефірі телемарафону речник розвідки Петро Гнатенко."},
			[]want{{"500", "500", "person", "-", "2024", "Петро Гнатенко", ""}}},
		{"near miss: как in a comparison is no attribution", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР, как и годом ранее."},
			[]want{{"500", "500", "person", "-", "2024", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicDataBack: a sentence naming the data of the sentence before
// ("Такие данные приводит Росстат", "Про це свідчать дані ФСБ") gives a
// records body as its origin, another publisher as its speaker; an
// office after "в/у" may have adjectives before its noun.
func TestCyrillicDataBack(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"such data, a statistics body", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР. Такие данные приводит Росстат."},
			[]want{{"500", "500", "person", "-", "2024", "", "Росстат"}}},
		{"such data, an outlet", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР. Такие данные приводит газета «Восточный вестник»."},
			[]want{{"500", "500", "person", "-", "2024", "Восточный вестник", ""}}},
		{"Про це свідчать дані", "uk", "2025-05-01",
			[]string{"У 2024 році до Росії в'їхали 500 громадян КНДР. Про це свідчать дані прикордонної служби ФСБ."},
			[]want{{"500", "500", "person", "-", "2024", "", "ФСБ"}}},
		{"an office with an adjective after the verb", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР, утверждают в южнокорейской разведке."},
			[]want{{"500", "500", "person", "-", "2024", "южнокорейской разведке", ""}}},
		{"near miss: such data in the sentence before reach no later figure", "ru", "2025-05-01",
			[]string{"Такие данные приводит Росстат. В 2024 году в Россию въехали 500 граждан КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicAddresseeForms: more forms of the outlet told. An outlet
// before the verb with a person after it ("Об этом ТАСС рассказал
// источник"), a generic outlet noun with its name ("агентству Reuters"),
// a body's name after в ("в Минтруде"), and the words of a speaker an
// outlet quotes ("приводит слова министра ТАСС").
func TestCyrillicAddresseeForms(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"outlet before the verb, person after it", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР. Об этом РБК рассказал источник в правительстве."},
			[]want{{"500", "500", "person", "-", "2024", "источник", ""}}},
		{"a generic outlet noun with its name", "uk", "2025-05-01",
			[]string{"У 2024 році до Росії в'їхали 500 громадян КНДР, розповів агентству Reuters представник міністерства."},
			[]want{{"500", "500", "person", "-", "2024", "представник міністерства", ""}}},
		{"an outlet told, then a body's name after в", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР, рассказали «Ведомостям» в Минтруде."},
			[]want{{"500", "500", "person", "-", "2024", "Минтруд", ""}}},
		{"the words of a speaker an outlet quotes", "ru", "2025-05-01",
			[]string{"«В 2024 году в Россию въехали 500 граждан КНДР», — приводит слова министра ТАСС."},
			[]want{{"500", "500", "person", "-", "2024", "министра", ""}}},
		{"near miss: an outlet subject and the object after the verb", "ru", "2025-05-01",
			[]string{"Би-би-си оценила число рабочих из КНДР на российских заводах примерно в 8 тыс."},
			[]want{{"8 тыс", "-", "person", "-", "-", "Би-би-си", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicRetellVerbs: an outlet that retells or found out speaks
// ("пересказывает", "выяснило"; "переказує", "з'ясувало"), with the
// other past forms found by rule.
func TestCyrillicRetellVerbs(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"пересказывает", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР, пересказывает издание «Север» доклад разведки."},
			[]want{{"500", "500", "person", "-", "2024", "Север", ""}}},
		{"выяснила, a past form not listed", "ru", "2025-05-01",
			[]string{"В 2024 году в Россию въехали 500 граждан КНДР, выяснила газета «Север»."},
			[]want{{"500", "500", "person", "-", "2024", "Север", ""}}},
		{"переказує", "uk", "2025-05-01",
			[]string{"У 2024 році до Росії в'їхали 500 громадян КНДР, переказує видання «Хвиля»."},
			[]want{{"500", "500", "person", "-", "2024", "Хвиля", ""}}},
		{"з'ясували, a past form not listed", "uk", "2025-05-01",
			[]string{"У 2024 році до Росії в'їхали 500 громадян КНДР, з'ясували журналісти видання «Хвиля»."},
			[]want{{"500", "500", "person", "-", "2024", "Хвиля", ""}}},
		{"near miss: it turned out names no one", "ru", "2025-05-01",
			[]string{"Выяснилось, что в 2024 году в Россию въехали 500 граждан КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicMediaWord: "СМИ", "ЗМІ" (the media) are news outlets: a
// body's estimate the media only carried is the body's.
func TestCyrillicMediaWord(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a company's estimate carried by the media", "ru", "2025-05-01",
			[]string{"Компания «Восток» оценила число рабочих из КНДР на российских стройках примерно в 9 тыс. человек, сообщают СМИ."},
			[]want{{"9 тыс", "~9000", "person", "-", "-", "Восток", ""}}},
		{"a company's estimate carried by the media, Ukrainian", "uk", "2025-05-01",
			[]string{"Компанія «Схід» оцінила кількість робітників із КНДР на російських будовах приблизно в 9 тисяч осіб, пишуть ЗМІ."},
			[]want{{"9 тисяч", "~9000", "person", "-", "-", "Схід", ""}}},
		{"near miss: the media alone speak", "ru", "2025-05-01",
			[]string{"На российских стройках работают около 9 тыс. рабочих из КНДР, сообщают СМИ."},
			[]want{{"9 тыс", "~9000", "person", "-", "-", "СМИ", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}

// TestCyrillicMinistryShortName: a ministry's short name opening the
// sentence ("Минобороны", "Мінекономіки") is a speaker before its verb,
// where another capital at the sentence's start marks nothing.
func TestCyrillicMinistryShortName(t *testing.T) {
	cases := []struct {
		name, lang, published string
		paras                 []string
		want                  []want
	}{
		{"a Ukrainian ministry's short name and an outlet told", "uk", "2025-05-01",
			[]string{"Мінекономіки повідомило Укрінформу, що у 2024 році до Росії в'їхали 500 громадян КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "Мінекономіки", ""}}},
		{"a Russian ministry's short name", "ru", "2025-05-01",
			[]string{"Минвостокразвития сообщило, что в 2024 году на Дальний Восток въехали 500 граждан КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "Минвостокразвития", ""}}},
		{"near miss: a word that only begins so", "ru", "2025-05-01",
			[]string{"Минимум сообщили, что в 2024 году в Россию въехали 500 граждан КНДР."},
			[]want{{"500", "500", "person", "-", "2024", "", ""}}},
	}
	tops := builtin(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			expectClaims(t, articleIn(tc.lang, tc.published, tc.paras...), tops, tc.want)
		})
	}
}
