package entity

import (
	"strings"
	"testing"
	"unicode"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Russian and Ukrainian names: types, phrases headed by a noun, inflected
// forms, keys across scripts. The sentences are written for this test.

func TestCyrillicTypes(t *testing.T) {
	cases := []typeCase{
		{"Вчера в Хабаровск прибыл Игорь Соловьев.", "Игорь Соловьев", doc.PER},
		{"Об этом сообщила Федеральная таможенная служба России.", "Федеральная таможенная служба России", doc.ORG},
		{"Данные опубликовало Главное управление по вопросам миграции МВД.", "Главное управление по вопросам миграции МВД", doc.ORG},
		{"Мероприятие прошло в Амурской области.", "Амурской области", doc.LOC},
		{"Проект ведет компания «Тайга-Строй».", "Тайга-Строй", doc.ORG},
		{"Заявление сделал посол Чон Мин Хо.", "Чон Мин Хо", doc.PER},
		{"Про це повідомила Державна прикордонна служба України.", "Державна прикордонна служба України", doc.ORG},
		{"Рабочие приехали на Сахалин весной.", "Сахалин", doc.LOC},
		{"На полигоне испытали ракету «Тополь-9».", "Тополь-9", doc.MISC},
		{"Соловьев заявил, что квоты не изменятся.", "Соловьев", doc.PER},
	}
	checkTypes(t, cases)
}

func TestCyrillicNotNames(t *testing.T) {
	for _, c := range []struct {
		text string
		not  []string
	}{
		{"Официально об этом не сообщалось. Визит продлится два дня.", []string{"Официально", "Визит"}},
		{"Памятные доски установят летом.", []string{"Памятные"}},
		{"Источник: INTERFAX.RU", []string{"RU"}},
	} {
		r := Find(c.text)
		for _, n := range c.not {
			if m, ok := mentionOf(r, n); ok && m.Entity != "" {
				t.Errorf("%q: %q is a name (%s, %s)", c.text, n, m.Type, m.Rule)
			}
		}
	}
}

func TestCyrillicResolve(t *testing.T) {
	cases := []struct {
		text  string
		names []string
	}{
		// inflected forms of one person
		{"Глава ведомства Олег Кравец выступил первым. Позже Кравца поддержали коллеги.", []string{"Олег Кравец", "Кравца"}},
		{"Министр Игорь Соловьев прибыл в порт. Соловьеву показали новые краны.", []string{"Игорь Соловьев", "Соловьеву"}},
		{"Його зустрів Андрій Коваленко. Коваленка запросили на нараду.", []string{"Андрій Коваленко", "Коваленка"}},
		// a body and its acronym in parentheses, in another language's letters
		{"Центр изучения рынка труда (CLMS) опубликовал обзор. По данным CLMS, спрос вырос.", []string{"Центр изучения рынка труда", "CLMS"}},
		// inflected forms of a listed country
		{"Делегация Северной Кореи прибыла в Москву. Северная Корея отправит рабочих.", []string{"Северной Кореи", "Северная Корея"}},
		// a capital standing for its state, but not after "в"
		{"Решение Пхеньяна удивило экспертов. КНДР не комментирует.", []string{"Пхеньяна", "КНДР"}},
		// a head noun before the name it describes
		{"Об этом пишет агентство Ёнхап. Ёнхап ссылается на разведку.", []string{"агентство Ёнхап", "Ёнхап"}},
		// a bare noun that refers back to a body named just before
		{"Данные собрала Федеральная таможенная служба. По оценке ведомства, ввоз вырос.", []string{"Федеральная таможенная служба", "ведомства"}},
		{"Об этом сообщило Радио Свободная Азия. По данным радиостанции, рейсов стало больше.", []string{"Радио Свободная Азия", "радиостанции"}},
		// a name found by the acronym defined after it
		{"Обзор подготовил Северный центр изучения труда (СЦИТ). По оценке СЦИТ, спрос растет.", []string{"Северный центр изучения труда", "СЦИТ"}},
		{"Отчет выпустила Сибирская ассоциация перевозчиков и экспедиторов (САПЭ).", []string{"Сибирская ассоциация перевозчиков и экспедиторов", "САПЭ"}},
		// a body named in full, then by its first words
		{"Данные собрала таможенная служба ФТС. По оценке таможенной службы, ввоз вырос.", []string{"таможенная служба ФТС", "таможенной службы"}},
		// a body and then a person in one run of capitalised words
		{"Об этом заявил секретарь Совбеза РФ Андрей Лапин. Лапин уточнил сроки.", []string{"Андрей Лапин", "Лапин"}},
		// adjectival surnames in their cases
		{"Слово взял Олег Вишневский. Позиция Вишневского известна.", []string{"Олег Вишневский", "Вишневского"}},
	}
	for _, c := range cases {
		sameEntity(t, c.text, c.names...)
	}
	r := Find("Переговоры прошли в Пхеньяне. КНДР их не комментирует.")
	if a, _ := mentionOf(r, "Пхеньяне"); a.Entity == Key("North Korea", doc.LOC) {
		t.Errorf("\"в Пхеньяне\" read as the state: %s", a.Rule)
	}
}

// TestAmbiguousListedName: a short name two bodies share is the one the
// article names in full.
// TestCyrillicDescriptionFar: a bare noun does not reach a body named
// many sentences before.
func TestCyrillicDescriptionFar(t *testing.T) {
	text := "Данные собрала Федеральная таможенная служба. Первое. Второе. Третье. Четвертое. Пятое. По оценке ведомства, ввоз вырос."
	r := Find(text)
	a, _ := mentionOf(r, "Федеральная таможенная служба")
	if b, ok := mentionOf(r, "ведомства"); ok && b.Entity == a.Entity {
		t.Errorf("ведомства linked to a body five sentences back (%s)", b.Rule)
	}
}

func TestAmbiguousListedName(t *testing.T) {
	r := Find("Заседание провел Совет безопасности РФ. Решение Совбеза опубликовано.")
	if m, _ := mentionOf(r, "Совбеза"); m.Entity != Key("Security Council of Russia", doc.ORG) {
		t.Errorf("Совбеза after the Russian council: %s (%s)", m.Entity, m.Rule)
	}
	r = Find("Заседание провел Совет Безопасности ООН. Решение Совбеза опубликовано.")
	if m, _ := mentionOf(r, "Совбеза"); m.Entity != Key("UN Security Council", doc.ORG) {
		t.Errorf("Совбеза after the UN council: %s (%s)", m.Entity, m.Rule)
	}
}

// TestKeysAcrossScripts: the same person, body or place gets one key in
// Latin and Cyrillic, and in Russian and Ukrainian.
func TestKeysAcrossScripts(t *testing.T) {
	same := []struct{ a, b, typ string }{
		{"Шойгу", "Shoigu", doc.PER},
		{"Сергей Шойгу", "Sergei Shoigu", doc.PER},
		{"Сергій Шойгу", "Sergey Shoigu", doc.PER},
		{"Володимир Зеленський", "Volodymyr Zelensky", doc.PER},
		{"Владимир Зеленский", "Volodymyr Zelenskyy", doc.PER},
		{"Мацегора", "Matsegora", doc.PER},
		{"Кирило Буданов", "Kyrylo Budanov", doc.PER},
		{"Вадим Скибицкий", "Vadym Skibitskyi", doc.PER},
		{"Ким Чен Ын", "Kim Jong Un", ""},
		{"Кім Чен Ин", "Kim Jong-un", ""},
		{"КНДР", "North Korea", ""},
		{"Північна Корея", "DPRK", ""},
		{"Росстат", "Rosstat", ""},
		{"Федеральная служба государственной статистики", "Federal State Statistics Service", ""},
		{"ГУР", "HUR", ""},
		{"Головне управління розвідки", "GUR", ""},
		{"НИС", "NIS", ""},
		{"Ёнхап", "Yonhap", ""},
		{"Би-би-си", "BBC", ""},
		{"Эскадра", "Eskadra", ""},
		{"Курская область", "Kursk Oblast", ""},
		{"пограничная служба ФСБ", "FSB Border Service", ""},
	}
	for _, c := range same {
		if a, b := Key(c.a, c.typ), Key(c.b, c.typ); a != b {
			t.Errorf("Key(%q)=%s != Key(%q)=%s", c.a, a, c.b, b)
		}
	}
	differ := [][2]string{{"Шойгу", "Лавров"}, {"Сергей Шойгу", "Сергей Лавров"}, {"Росстат", "Росгвардия"}}
	for _, p := range differ {
		if Key(p[0], doc.PER) == Key(p[1], doc.PER) {
			t.Errorf("Key(%q) == Key(%q)", p[0], p[1])
		}
	}
}

func TestCyrStem(t *testing.T) {
	for _, c := range [][2]string{
		{"кореи", "кор"}, {"корея", "кор"}, {"северной", "северн"}, {"северная", "северн"},
		{"зеленського", "зеленськ"}, {"зеленський", "зеленськ"}, {"буданова", "буданов"}, {"буданов", "буданов"},
		{"беленец", "беленц"}, {"беленца", "беленц"}, {"сергей", "серг"}, {"сергея", "серг"}, {"шойгу", "шойг"},
		{"ким", "ким"},
	} {
		if got := cyrStem(c[0]); got != c[1] {
			t.Errorf("cyrStem(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

// TestOwnScriptName: an entity a Russian article names only in Cyrillic is
// shown by its Cyrillic name, keyed by the list's canonical name.
func TestOwnScriptName(t *testing.T) {
	r := Find("Данные опубликовал Росстат. По данным Росстата, въезд вырос.")
	m, _ := mentionOf(r, "Росстат")
	for _, e := range r.Entities {
		if e.Key == m.Entity {
			if e.Name != "Росстата" && e.Name != "Росстат" {
				t.Errorf("entity named %q, want the article's Росстат", e.Name)
			}
			if e.Key != Key("Rosstat", doc.ORG) {
				t.Errorf("key %s, want the list's %s", e.Key, Key("Rosstat", doc.ORG))
			}
		}
	}
	r = Find("Об этом пишет специализированное издание NK News. NK News ссылается на данные.")
	if m, ok := mentionOf(r, "NK News"); !ok || m.Entity != Key("NK News", doc.ORG) {
		t.Errorf("NK News inside a Cyrillic phrase: %+v", r.Mentions)
	}
}

func TestFoldWord(t *testing.T) {
	for _, p := range [][2]string{{"Шойгу", "Shoigu"}, {"Курской", "Kursk"}, {"Росстата", "Rosstat"}, {"Гнатов", "Hnatov"},
		{"ГУР", "HUR"}, {"Зеленського", "Zelenskyy"}} {
		if a, b := FoldWord(p[0]), FoldWord(p[1]); a != b {
			t.Errorf("FoldWord(%q)=%q != FoldWord(%q)=%q", p[0], a, p[1], b)
		}
	}
	if FoldWord("Шойгу") == FoldWord("Лавров") {
		t.Error("two surnames fold alike")
	}
}

func BenchmarkFoldWord(b *testing.B) {
	ws := []string{"Шойгу", "Shoigu", "Курской", "Kursk", "Росстата", "Pyongyang", "Зеленського", "ministry"}
	for i := 0; i < b.N; i++ {
		FoldWord(ws[i%len(ws)])
	}
}

// TestCyrStemByBytes: cyrStem, which cuts a word's bytes, stems every
// word as cyrStemRunes (the rune-slice reading) does, invalid UTF-8 aside.
func TestCyrStemByBytes(t *testing.T) {
	for _, w := range strings.Fields(`беленец беленца северной кореи зеленського тарасенко мельничук ёлка
		пограничники министерство радиостанции ведомства розвідка шойгу кндр ол ёж москвой пхеньяне
		федеральная служба государственной статистики україни миграции`) {
		if got, want := cyrStem(w), cyrStemRunes(w); got != want {
			t.Errorf("cyrStem(%q) = %q, the rune reading gives %q", w, got, want)
		}
	}
	if got, want := cyrStem("бел\xffенец"), cyrStemRunes("бел\xffенец"); got != want {
		t.Errorf("invalid UTF-8: %q, want %q", got, want)
	}
	// every ending after stems of one to four letters, and alone
	for _, e := range cyrEndings {
		for _, stem := range []string{"", "б", "бе", "бел", "беле", "ёлк", "ок"} {
			if w := stem + e; cyrStem(w) != cyrStemRunes(w) {
				t.Errorf("cyrStem(%q) = %q, the rune reading gives %q", w, cyrStem(w), cyrStemRunes(w))
			}
		}
	}
}

// FuzzCyrStem: cyrStem (the endings by last byte) stems as cyrStemRunes
// (every ending tried in order).
func FuzzCyrStem(f *testing.F) {
	for _, w := range []string{"беленец", "северной", "кореи", "зеленського", "ёлка", "министерство", "ол", "x"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := cyrStem(w), cyrStemRunes(w); got != want {
			t.Fatalf("cyrStem(%q) = %q, the rune reading gives %q", w, got, want)
		}
	})
}

// TestLetterCaseEveryRune: isAcronym's shortcut answers as the unicode
// package for every rune.
func TestLetterCaseEveryRune(t *testing.T) {
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		letter, upper := letterCase(r)
		if letter != unicode.IsLetter(r) || upper != unicode.IsUpper(r) {
			t.Fatalf("letterCase(%U) = %v %v, unicode gives %v %v", r, letter, upper, unicode.IsLetter(r), unicode.IsUpper(r))
		}
	}
}
