package entity

import (
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// mentionOf returns the mention whose text is exactly s (the first one).
func mentionOf(r Result, s string) (doc.Mention, bool) {
	for _, m := range r.Mentions {
		if m.Text == s {
			return m, true
		}
	}
	return doc.Mention{}, false
}

func TestTypes(t *testing.T) {
	cases := []typeCase{
		{"The minister met Sergei Ivanov in the capital on Friday.", "Sergei Ivanov", doc.PER},
		{"Talks were held with Foreign Minister Hanna Lindqvist, officials said.", "Hanna Lindqvist", doc.PER},
		{"A spokesperson for the Ministry of Trade of Ghana declined to comment.", "Ministry of Trade of Ghana", doc.ORG},
		{"Reporters saw trucks near the Kharbinsk Airport last week.", "Kharbinsk Airport", doc.LOC},
		{"The delegation visited Amur Oblast in the spring.", "Amur Oblast", doc.LOC},
		{"Analysts at the Seoul Institute for Peace Studies disagreed.", "Seoul Institute for Peace Studies", doc.ORG},
		{"Officials in Tallinn rejected the request.", "Tallinn", doc.LOC},
		{"The fishermen landed near the port of Zarubino in March.", "Zarubino", doc.LOC},
		{"Yonhap said the train left on time.", "Yonhap", doc.ORG},
		{"Delegates of the Korean People's Army attended.", "Korean People's Army", doc.ORG},
		{"The figures were reported by the Workers' Party of Korea newspaper.", "Workers' Party of Korea", doc.ORG},
		{"Talks in the Kursk region resumed.", "Kursk region", doc.LOC},
		{"Park Min-jun, a senior fellow, spoke first.", "Park Min-jun", doc.PER},
		{"Economist Irina Sokolova said wages had fallen.", "Irina Sokolova", doc.PER},
	}
	checkTypes(t, cases)
}

// typeCase is a text, a name in it and the type Find must give it.
type typeCase struct{ text, name, typ string }

// checkTypes checks that each case's name is found with its type.
func checkTypes(t *testing.T, cases []typeCase) {
	t.Helper()
	for _, c := range cases {
		r := Find(c.text)
		m, ok := mentionOf(r, c.name)
		if !ok {
			t.Errorf("%q: no mention %q; got %v", c.text, c.name, r.Mentions)
			continue
		}
		if m.Type != c.typ {
			t.Errorf("%q: %q typed %s (%s), want %s", c.text, c.name, m.Type, m.Rule, c.typ)
		}
	}
}

// False friends: capitalised words that are not names, lower-case words
// that look like parts of names.
func TestNotNames(t *testing.T) {
	cases := []struct {
		text string
		not  []string
	}{
		{"However, the plan failed. Meanwhile prices rose on Tuesday.", []string{"However", "Meanwhile", "Tuesday"}},
		{"Speaking to reporters, the governor smiled.", []string{"Speaking"}},
		{"The workers left the party early.", []string{"The", "workers", "party"}},
		{"Thousands Of Workers Return Home\nThe crossing reopened.", []string{"Thousands", "Thousands Of Workers", "Return Home"}},
		{"SIGN UP for our briefing.", []string{"SIGN", "SIGN UP"}},
	}
	for _, c := range cases {
		r := Find(c.text)
		for _, n := range c.not {
			if m, ok := mentionOf(r, n); ok && m.Type != doc.MISC {
				t.Errorf("%q: %q reported as %s (%s)", c.text, n, m.Type, m.Rule)
			}
			if m, ok := mentionOf(r, n); ok && strings.ToLower(n) == n {
				t.Errorf("%q: lower-case %q reported (%s)", c.text, n, m.Rule)
			}
		}
	}
	// "Workers' Party" is a name, "workers" is not
	r := Find("The Workers' Party of Korea sent workers abroad.")
	if _, ok := mentionOf(r, "Workers' Party of Korea"); !ok {
		t.Errorf("Workers' Party of Korea not found: %v", r.Mentions)
	}
	if _, ok := mentionOf(r, "workers"); ok {
		t.Errorf("workers reported as a name")
	}
}

func sameEntity(t *testing.T, text string, names ...string) {
	t.Helper()
	r := Find(text)
	key := ""
	for _, n := range names {
		m, ok := mentionOf(r, n)
		if !ok {
			t.Errorf("%q: no mention %q; got %+v", text, n, r.Mentions)
			return
		}
		if m.Entity == "" {
			t.Errorf("%q: %q has no entity", text, n)
			return
		}
		if key != "" && m.Entity != key {
			t.Errorf("%q: %q is %s, want %s (%s)", text, n, m.Entity, key, m.Rule)
		}
		key = m.Entity
	}
}

func TestResolveWithinArticle(t *testing.T) {
	cases := []struct {
		text  string
		names []string
	}{
		{"The International Organization for Migration (IOM) said on Monday it was ready. IOM staff arrived later.",
			[]string{"International Organization for Migration", "IOM"}},
		{"Officials of the Ministry of Foreign Affairs (MFA) spoke. Later the MFA denied it.",
			[]string{"Ministry of Foreign Affairs", "MFA"}},
		{"Lee Jae-sung (Lee Jae-seong) met investors. Lee said the deal was done.",
			[]string{"Lee Jae-sung", "Lee Jae-seong", "Lee"}},
		{"Governor Pavel Orlov arrived. Orlov told reporters the port was busy.",
			[]string{"Pavel Orlov", "Orlov"}},
		{"Reporters at the New York Times saw the deal. The report in the Times cited officials.",
			[]string{"New York Times", "the Times"}},
		{"The Financial Times first reported it, and the paper later added details.",
			[]string{"Financial Times", "the paper"}},
		{"South Korea's spy agency briefed lawmakers. The National Intelligence Service said little else.",
			[]string{"South Korea's spy agency", "National Intelligence Service"}},
		{"Sanctions bite, the DPRK says. North Korea denies it, and N. Korea's envoy walked out. Pyongyang has refused talks.",
			[]string{"DPRK", "North Korea", "N. Korea", "Pyongyang"}},
		{"The Russian foreign ministry said nothing. Russia's MFA later issued a note.",
			[]string{"Russian foreign ministry", "Russia's MFA"}},
		{"The UN Security Council met. Diplomats said the Security Council was split, and UNSC members left.",
			[]string{"UN Security Council", "Security Council", "UNSC"}},
		{"Officials in Primorsky Krai, also called the Maritime Territory, agreed.",
			[]string{"Primorsky Krai", "Maritime Territory"}},
		{"Volodymyr Zelenskyi spoke on Sunday. Zelenskyy said more troops had arrived.",
			[]string{"Volodymyr Zelenskyi", "Zelenskyy"}},
		{"Gennady Zuganov met party members. Later Gennady Zyuganov gave a speech.",
			[]string{"Gennady Zuganov", "Gennady Zyuganov"}},
	}
	for _, c := range cases {
		sameEntity(t, c.text, c.names...)
	}
}

// "Kim" alone links only when exactly one Kim precedes it.
func TestSurnameAmbiguity(t *testing.T) {
	r := Find("Kim Yo-jong met Kim Tok-hun in the capital. Kim said the talks went well.")
	var kim doc.Mention
	for _, m := range r.Mentions {
		if m.Text == "Kim" {
			kim = m
		}
	}
	if kim.Text == "" {
		t.Fatalf("no mention of Kim alone: %v", r.Mentions)
	}
	a, _ := mentionOf(r, "Kim Yo-jong")
	b, _ := mentionOf(r, "Kim Tok-hun")
	if kim.Entity == a.Entity || kim.Entity == b.Entity {
		t.Errorf("ambiguous Kim linked to %s", kim.Entity)
	}
	if !strings.Contains(kim.Rule, "several") {
		t.Errorf("rule %q does not say why Kim was not linked", kim.Rule)
	}
	r = Find("Kim Yo-jong issued a statement. Kim said the drills were provocative.")
	kimYo, _ := mentionOf(r, "Kim Yo-jong")
	for _, m := range r.Mentions {
		if m.Text == "Kim" && m.Entity != kimYo.Entity {
			t.Errorf("sole Kim not linked: %s vs %s", m.Entity, kimYo.Entity)
		}
	}
}

func TestCapitalUse(t *testing.T) {
	r := Find("The delegation arrived in Hanoi on Monday. Hanoi has rejected the claim.")
	var place, actor string
	for _, m := range r.Mentions {
		if m.Text == "Hanoi" {
			if place == "" {
				place = m.Entity
			} else {
				actor = m.Entity
			}
		}
	}
	if place != Key("Hanoi", doc.LOC) || actor != Key("Vietnam", doc.LOC) {
		t.Errorf("Hanoi place %s, actor %s", place, actor)
	}
}

func TestCredits(t *testing.T) {
	cases := []struct{ text, credit, rule string }{
		{"Soldiers march in a parade. AFP-Yonhap\n\nThe parade lasted two hours.", "AFP-Yonhap", "credit: photo"},
		{"A train at the border. REUTERS/Ivan Petrov/File Photo\n\nTrade grew.", "REUTERS/Ivan Petrov/File Photo", "credit: photo"},
		{"Delegates meet in Moscow. EFE-EPA/ANNA SMIRNOVA\nThe meeting ended.", "EFE-EPA/ANNA SMIRNOVA", "credit: photo"},
		{"Seoul, Mar 3 (EFE).- Prices rose sharply.", "EFE", "credit: agency"},
		{"The talks ended without a deal. Yonhap", "Yonhap", "credit: agency"},
		{"Reporting by Maria Lopez in Madrid; Editing by John Brown", "Maria Lopez", "credit: byline"},
	}
	for _, c := range cases {
		r := Find(c.text)
		m, ok := mentionOf(r, c.credit)
		if !ok {
			t.Errorf("%q: credit %q not found: %v", c.text, c.credit, r.Mentions)
			continue
		}
		if m.Type != doc.MISC || m.Entity != "" || m.Rule != c.rule {
			t.Errorf("%q: credit %q is %s %q %q", c.text, c.credit, m.Type, m.Entity, m.Rule)
		}
		for _, e := range r.Entities {
			for _, v := range e.Variants {
				if strings.Contains(c.credit, v) && e.Type != doc.LOC {
					t.Errorf("%q: credit name %q became entity %s", c.text, v, e.Key)
				}
			}
		}
	}
	// the agency as the source of a statement is an actor
	r := Find("Yonhap reported that the talks failed.")
	if m, ok := mentionOf(r, "Yonhap"); !ok || m.Type != doc.ORG || m.Entity == "" {
		t.Errorf("Yonhap as source: %+v", m)
	}
}

func TestKey(t *testing.T) {
	same := [][2]string{
		{"Kim Jong-un", "Kim Jong Un"},
		{"Kim Su Gil", "Kim Su-kil"},
		{"Kim Su-gil", "Kim Su-kil"},
		{"Gennady Zuganov", "Gennady Zyuganov"},
		{"Volodymyr Zelenskyy", "Volodymyr Zelenskyi"},
		{"Sergey Lavrov", "Sergei Lavrov"},
	}
	for _, p := range same {
		if a, b := Key(p[0], doc.PER), Key(p[1], doc.PER); a != b {
			t.Errorf("Key(%q)=%s != Key(%q)=%s", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{{"Kim Jong-un", "Kim Yo-jong"}, {"Kim Jong-un", "Kim Jong-il"}, {"Lee Jae-myung", "Lee Jae-yong"}}
	for _, p := range differ {
		if Key(p[0], doc.PER) == Key(p[1], doc.PER) {
			t.Errorf("Key(%q) == Key(%q)", p[0], p[1])
		}
	}
	lists := [][2]string{{"DPRK", "North Korea"}, {"N. Korea", "North Korea"}, {"KCNA", "Korean Central News Agency"},
		{"UNSC", "United Nations Security Council"}, {"WSJ", "The Wall Street Journal"},
		{"Russian foreign ministry", "Ministry of Foreign Affairs of Russia"}, {"Russia's MFA", "Russian foreign ministry"},
		{"South Korea's spy agency", "NIS"}, {"Maritime Territory", "Primorsky Krai"}}
	for _, p := range lists {
		if a, b := Key(p[0], ""), Key(p[1], ""); a != b {
			t.Errorf("Key(%q)=%s != Key(%q)=%s", p[0], a, p[1], b)
		}
	}
	if Key("Georgia", "") == Key("Russia", "") {
		t.Error("different countries share a key")
	}
}

func TestMatch(t *testing.T) {
	r := Find("Kim Jong Un met Vladimir Putin. The Korean Central News Agency reported the visit.")
	got := Match([]string{"Kim Jong-un", "KCNA", "Xi Jinping"}, r.Entities)
	if len(got) != 2 {
		t.Fatalf("Match: %v", got)
	}
	if got[0].Type != doc.PER || got[1].Type != doc.ORG {
		t.Errorf("Match order/types: %v", got)
	}
}

func TestLegalRefs(t *testing.T) {
	type ref struct {
		inst string
		para int
	}
	cases := []struct {
		text string
		want []ref
	}{
		{"It breaches UNSC resolutions 2375 and 2397, diplomats said.", []ref{{"UNSCR 2375", 0}, {"UNSCR 2397", 0}}},
		{"This contradicts the fourth paragraph of UN Security Council resolution 2371.", []ref{{"UNSCR 2371", 4}}},
		{"Under paragraph 17 of resolution 2397 of the Security Council, states must act.", []ref{{"UNSCR 2397", 17}}},
		{"Resolution 2270 (2016) was adopted by the Security Council.", []ref{{"UNSCR 2270", 0}}},
		{"The city council passed resolution 118 on parking.", nil},
		// Russian and Ukrainian, in their cases
		{"Это нарушает резолюцию Совета Безопасности ООН 2270.", []ref{{"UNSCR 2270", 0}}},
		{"Санкции ввели резолюции СБ ООН 2321 и 2371.", []ref{{"UNSCR 2321", 0}, {"UNSCR 2371", 0}}},
		{"Пункт 11 резолюции 2321 Совбеза ООН запрещает это.", []ref{{"UNSCR 2321", 11}}},
		{"Совбез ООН одобрил резолюцию 2270: ее пункт 6 вводит запрет. Пункт 9 резолюции касается судов.", []ref{{"UNSCR 2270", 6}, {"UNSCR 2270", 9}}},
		{"Це суперечить резолюції Ради Безпеки ООН 2087.", []ref{{"UNSCR 2087", 0}}},
		{"Городская дума приняла резолюцию 118 о парковках.", nil},
	}
	for _, c := range cases {
		got := Find(c.text).LegalRefs
		if len(got) != len(c.want) {
			t.Errorf("%q: got %+v, want %v", c.text, got, c.want)
			continue
		}
		for i, w := range c.want {
			if got[i].Instrument != w.inst || got[i].Paragraph != w.para {
				t.Errorf("%q: ref %d = %+v, want %v", c.text, i, got[i], w)
			}
			if c.text[got[i].Start:got[i].End] != got[i].Text {
				t.Errorf("%q: span text mismatch %+v", c.text, got[i])
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Kim Jong-un met Putin in Moscow (AFP).", "UNSC resolutions 2375 and 2397",
		"the eighth paragraph of UN resolution 2397", "REUTERS/A B/File Photo", "Ж’s ’s (X) (", "U.S.\n\nN.", "é-É O'Brien’s",
		"Пункт 8 резолюции обязывает. Совбез ООН принял резолюцию 2375: ее пункт 17", "пограничная служба ФСБ (ПС)",
		"Девелоперская группа «Эскадра» и «", "секретар Радбезу РФ Сергій Шойгу", "Russia's ambassador in Pyongyang, Alexander Matsegora, said",
		"The agency. The president. A senior official said. Ivan Petrov, the official,", "Far East Migration Monitor Japan's NHK"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r := Find(s)
		bound := map[int]bool{len(s): true}
		for i := range s { // invalid bytes count as one-byte runes
			bound[i] = true
		}
		check := func(a, b int, what string) {
			if a < 0 || b > len(s) || a > b {
				t.Fatalf("%s span %d-%d outside text of %d bytes", what, a, b, len(s))
			}
			if !bound[a] || !bound[b] {
				t.Fatalf("%s span %d-%d not on rune boundaries", what, a, b)
			}
		}
		for _, m := range r.Mentions {
			check(m.Start, m.End, "mention")
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("mention text %q != span", m.Text)
			}
		}
		for _, l := range r.LegalRefs {
			check(l.Start, l.End, "legal")
		}
	})
}

// A country's possessive as the last token of a text has no name after it
// to read (the possessive rule looked one token past the end).
func TestPossessiveAtTheEnd(t *testing.T) {
	for _, text := range []string{"Russia's", "The talks were about Japan's", "RussiA's", "Moscow's"} {
		r := Find(text)
		for _, m := range r.Mentions {
			if m.Rule == rulePossessive {
				t.Errorf("Find(%q): a possessive mention %q with no name after it", text, m.Text)
			}
		}
	}
}
