package meta

import (
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestParseDate(t *testing.T) {
	tests := []struct{ in, day, dt string }{
		{"2024-06-02", "2024-06-02", ""},
		{"2024-06-02 01:18:18", "2024-06-02", "2024-06-02T01:18:18"},
		{"2023-11-30T22:05:00Z", "2023-11-30", "2023-11-30T22:05:00"},
		{"2023-11-30T22:05:00+09:00", "2023-11-30", "2023-11-30T22:05:00"},
		{"2021/7/4", "2021-07-04", ""},
		{"04.07.2021", "2021-07-04", ""},
		{"July 4, 2021", "2021-07-04", ""},
		{"Jul. 4 2021", "2021-07-04", ""},
		{"4 July 2021", "2021-07-04", ""},
		{"Sunday, 4 July 2021", "2021-07-04", ""},
		{"Mon, 02 Jan 2006 15:04:05 MST", "2006-01-02", "2006-01-02T15:04:05"},
		{"2021-02-30", "", ""},
		{"yesterday", "", ""},
		{"July 2021", "", ""},
		{"", "", ""},
	}
	for _, tt := range tests {
		day, dt, ok := ParseDate(tt.in)
		if day != tt.day || dt != tt.dt || ok != (tt.day != "") {
			t.Errorf("ParseDate(%q) = %q %q %v, want %q %q", tt.in, day, dt, ok, tt.day, tt.dt)
		}
	}
}

func TestSplitHeader(t *testing.T) {
	tests := []struct {
		in           string
		ok           bool
		text, rest   string
		first        bool
		day, dayTime string
	}{
		{"Ferry line reopens after storm \u00a0 \u00a0 DATE: 2022-10-09 14:02:11", true, "DATE: 2022-10-09 14:02:11", "Ferry line reopens after storm", false, "2022-10-09", "2022-10-09T14:02:11"},
		{" date 2023-01-15 Port strike enters second week", true, "date 2023-01-15", "Port strike enters second week", true, "2023-01-15", ""},
		{"Published: March 5, 2020", true, "Published: March 5, 2020", "", true, "2020-03-05", ""},
		{"2020-03-05", true, "2020-03-05", "", true, "2020-03-05", ""},
		{"Updated 12.08.2019, 10:15", true, "Updated 12.08.2019, 10:15", "", true, "2019-08-12", "2019-08-12T10:15:00"},
		{"5 March 2020 was the day the port closed.", false, "", "", false, "", ""},
		{"The port closed on 5 March 2020", false, "", "", false, "", ""},
		{"Port statistics for 2020-2021", false, "", "", false, "", ""},
	}
	for _, tt := range tests {
		h, ok := SplitHeader(tt.in)
		if ok != tt.ok || h.Text != tt.text || h.Rest != tt.rest || h.First != tt.first || h.Day != tt.day || h.DayTime != tt.dayTime {
			t.Errorf("SplitHeader(%q) = %+v %v", tt.in, h, ok)
		}
	}
}

func TestFindDateline(t *testing.T) {
	tests := []struct {
		in               string
		ok               bool
		place, agency    string
		month, day, year int
	}{
		{"Lisbon, Mar 3 (Lusa).- Dock workers walked out on Monday.", true, "Lisbon", "Lusa", 3, 3, 0},
		{"PUSAN, Oct. 12 (Yonhap) -- The port handled more cargo.", true, "PUSAN", "Yonhap", 10, 12, 0},
		{"OSLO, 12 October 2021 (AFP) - Ferries resumed.", true, "OSLO", "AFP", 10, 12, 2021},
		{"HELSINKI (Reuters) - The ferry operator said...", true, "HELSINKI", "Reuters", 0, 0, 0},
		{"(Reuters) – A ferry operator said on Friday...", true, "", "Reuters", 0, 0, 0},
		{"KYIV, Aug 9. /TASS/. Talks continued.", true, "KYIV", "TASS", 8, 9, 0},
		{"TALLINN, June 30 -- The ferry line reopened.", true, "TALLINN", "", 6, 30, 0},
		{"The minister (Smith) said the line would reopen.", false, "", "", 0, 0, 0},
		{"Harbour Master (L) greets the crew - officials said.", false, "", "", 0, 0, 0},
		{"Ferries resumed on Monday after the storm.", false, "", "", 0, 0, 0},
	}
	for _, tt := range tests {
		dl, ok := FindDateline(tt.in)
		if ok != tt.ok || dl.Place != tt.place || dl.Agency != tt.agency || dl.Month != tt.month || dl.Day != tt.day || dl.Year != tt.year {
			t.Errorf("FindDateline(%q) = %+v %v", tt.in, dl, ok)
		}
	}
}

func d(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }

func TestResolveDatelineYear(t *testing.T) {
	tests := []struct {
		name       string
		month, day int
		dates      []time.Time
		want       int
	}{
		{"one date the day before", 3, 3, []time.Time{d(2022, 3, 2)}, 2022},
		{"two agreeing dates", 3, 3, []time.Time{d(2022, 1, 20), d(2022, 2, 28)}, 2022},
		{"no dates", 3, 3, nil, 0},
		{"years disagree", 3, 3, []time.Time{d(2022, 3, 1), d(2019, 5, 1)}, 0},
		{"dateline before the text's date", 1, 4, []time.Time{d(2022, 12, 28)}, 0},
		{"date too far back", 11, 20, []time.Time{d(2022, 2, 1)}, 0},
		{"same day", 3, 3, []time.Time{d(2022, 3, 3)}, 2022},
		{"invalid day", 2, 30, []time.Time{d(2022, 2, 1)}, 0},
	}
	for _, tt := range tests {
		if got := ResolveDatelineYear(tt.month, tt.day, tt.dates); got != tt.want {
			t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
		}
	}
}

func TestFullDates(t *testing.T) {
	got := FullDates("Met on 2 March 2022 and on March 9, 2022; see 2022-03-11, but not March 2022 or 2019.")
	want := []time.Time{d(2022, 3, 2), d(2022, 3, 9), d(2022, 3, 11)}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for i := range want {
		if !got[i].Equal(want[i]) {
			t.Errorf("%d: got %v want %v", i, got[i], want[i])
		}
	}
}

func TestCreditRules(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) (string, bool)
		in   string
		want string
	}{
		{"end paren", EndCredit, "The port will reopen next week, officials said. (Yonhap)", "Yonhap"},
		{"end tag caps", EndCredit, "Ferries will resume in the spring. EFE", "EFE"},
		{"end dash", EndCredit, "— Reuters", "Reuters"},
		{"alone paren", EndCredit, "(Lusa)", "Lusa"},
		{"ordinary ending", EndCredit, "The port will reopen next week, officials said.", ""},
		{"acronym defined", EndCredit, "He spoke to the Korean Central News Agency (KCNA).", ""},
		{"ending word", EndCredit, "They said so. Later", ""},
		{"source line", SourceLine, "Source:\u00a0 Yonhap", "Yonhap"},
		{"source long", SourceLine, "Sources: the port authority", "the port authority"},
		{"not source", SourceLine, "The source of the leak is unknown.", ""},
		{"copyright", Copyright, "© 2021 Harbour Wire. All rights reserved.", "Harbour Wire"},
	}
	for _, tt := range tests {
		got, ok := tt.fn(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%s: %q -> %q %v, want %q", tt.name, tt.in, got, ok, tt.want)
		}
	}
}

func TestAuthorBioAndByline(t *testing.T) {
	a, o, ok := AuthorBio("Lena Park is a Harbour Wire correspondent based in Busan. Follow her on X.")
	if !ok || a != "Lena Park" || o != "Harbour Wire" {
		t.Errorf("AuthorBio: %q %q %v", a, o, ok)
	}
	if _, _, ok := AuthorBio("The ferry is a lifeline for the islands."); ok {
		t.Error("AuthorBio took an ordinary sentence")
	}
	tests := []struct{ in, author, outlet string }{
		{"By Lena Park", "Lena Park", ""},
		{"By Lena Park and Tom Ode", "Lena Park and Tom Ode", ""},
		{"By Lena Park, Reuters", "Lena Park", "Reuters"},
		{"By Lena Park for Harbour Wire", "Lena Park", "Harbour Wire"},
		{"by the sea the ferries wait", "", ""},
	}
	for _, tt := range tests {
		a, o, ok := Byline(tt.in)
		if a != tt.author || o != tt.outlet || ok != (tt.author != "") {
			t.Errorf("Byline(%q) = %q %q %v", tt.in, a, o, ok)
		}
	}
	if got := ReportedBy("Reporting by Ana Lopes in Lisbon; Editing by Mark Fell"); got != "Ana Lopes" {
		t.Errorf("ReportedBy: %q", got)
	}
	for _, s := range []string{"asb-emg/pd", "jl/ms", "(rj-kb/ab)"} {
		if !IsWireCode(s) {
			t.Errorf("IsWireCode(%q) = false", s)
		}
	}
	for _, s := range []string{"and/or", "Top/Bottom line", "hello"} {
		if IsWireCode(s) {
			t.Errorf("IsWireCode(%q) = true", s)
		}
	}
}

func TestIsCaption(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Dock workers gather at the pier in Busan on Monday. AFP-Yonhap", true},
		{"The harbour master, second from left, greets the crew. Yonhap", true},
		{"Port officials (L) meet the delegation in Lisbon, 2 March 2022. EFE-EPA/ANA SILVA", true},
		{"FILE PHOTO: A ferry leaves the harbour in Tallinn. REUTERS/Ann Lee/File Photo", true},
		{"A crane unloads containers (AP Photo/Jo Kim)", true},
		{"Photo: Harbour Wire", true},
		{"The port will reopen next week, officials said. (Yonhap)", false},
		{"Ferries will resume in the spring. EFE", false},
		{"He said the ferry from Lisbon was late.", false},
	}
	for _, tt := range tests {
		if got, _ := IsCaption(tt.in); got != tt.want {
			t.Errorf("IsCaption(%q) = %v", tt.in, got)
		}
	}
}

func TestLang(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The ferry line reopened on Monday, and the port said that traffic was back to normal.", "en"},
		{"Паромная линия снова открылась в понедельник, и порт сообщил, что это было ожидаемо.", "ru"},
		{"Поромна лінія знову відкрилася в понеділок, і порт повідомив, що рух відновлено.", "uk"},
		{"월요일에 여객선 노선이 다시 열렸고 항구는 교통이 정상으로 돌아왔다고 밝혔다.", "ko"},
		{"La línea de ferry volvió a abrir el lunes y el puerto dijo que el tráfico era normal.", "es"},
		{"ok", ""},
	}
	for _, tt := range tests {
		if got := Lang(tt.in); got != tt.want {
			t.Errorf("Lang(%.30q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAnalyze(t *testing.T) {
	body := doc.KindBody
	tests := []struct {
		name               string
		paras              []Para
		c                  Container
		pub, dateRule      string
		credit, creditRule string
		byline             string
	}{
		{
			name:  "header line date and end credit",
			paras: []Para{{Text: "Ferry line reopens", Kind: doc.KindTitle}, {Text: "DATE: 2022-10-09 14:02:11", Kind: doc.KindHeader}, {Text: "The line reopened. (Yonhap)", Kind: body}},
			pub:   "2022-10-09", dateRule: DateHeader, credit: "Yonhap", creditRule: CreditEndOfText,
		},
		{
			name: "dateline year from caption date",
			paras: []Para{{Text: "Lisbon, Mar 3 (Lusa).- Dock workers walked out on Monday.", Kind: body},
				{Text: "Workers (L) at the dock, 2 March 2022. EFE-EPA/ANA SILVA", Kind: doc.KindCaption},
				{Text: "The strike continues. Lusa", Kind: body}},
			pub: "2022-03-03", dateRule: DateDatelineYear, credit: "Lusa", creditRule: CreditDateline,
		},
		{
			name:  "dateline without any year stays unresolved",
			paras: []Para{{Text: "Lisbon, Mar 3 (Lusa).- Dock workers walked out on Monday.", Kind: body}},
			pub:   "", credit: "Lusa", creditRule: CreditDateline,
		},
		{
			name:  "caption credit is not the article credit",
			paras: []Para{{Text: "Dock workers gather at the pier. AFP-Yonhap", Kind: doc.KindCaption}, {Text: "Nothing is credited here.", Kind: body}},
			pub:   "", credit: "",
		},
		{
			name:   "author bio gives the outlet",
			paras:  []Para{{Text: "Lena Park is a Harbour Wire correspondent based in Busan.", Kind: doc.KindCredit}, {Text: "The ferry line reopened.", Kind: body}},
			credit: "Harbour Wire", creditRule: CreditAuthorBio, byline: "Lena Park",
		},
		{
			name:   "source line",
			paras:  []Para{{Text: "Source: Yonhap", Kind: doc.KindCredit}, {Text: "The ferry line reopened.", Kind: body}},
			credit: "Yonhap", creditRule: CreditSourceLine,
		},
		{
			name:  "container wins",
			paras: []Para{{Text: "DATE: 2022-10-09", Kind: doc.KindHeader}, {Text: "The line reopened. (Yonhap)", Kind: body}},
			c:     Container{Published: "2022-10-08T23:00:00Z", Credit: "Harbour Wire"},
			pub:   "2022-10-08", dateRule: DateContainer, credit: "Harbour Wire", creditRule: CreditContainer,
		},
		{
			name:  "unreadable container date falls back to text",
			paras: []Para{{Text: "DATE: 2022-10-09", Kind: doc.KindHeader}, {Text: "The line reopened.", Kind: body}},
			c:     Container{Published: "last Tuesday", SiteName: "Harbour Wire"},
			pub:   "2022-10-09", dateRule: DateHeader, credit: "Harbour Wire", creditRule: CreditSiteName,
		},
		{
			// a byline's person is the byline, never the credit
			name:   "byline only",
			paras:  []Para{{Text: "By Lena Park", Kind: doc.KindCredit}, {Text: "The ferry line reopened.", Kind: body}},
			credit: "", creditRule: "", byline: "Lena Park",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := Analyze(tt.paras, tt.c)
			if info.Published != tt.pub || info.DateRule != tt.dateRule {
				t.Errorf("published %q (%s), want %q (%s)", info.Published, info.DateRule, tt.pub, tt.dateRule)
			}
			if info.Credit != tt.credit || info.CreditRule != tt.creditRule {
				t.Errorf("credit %q (%s), want %q (%s)", info.Credit, info.CreditRule, tt.credit, tt.creditRule)
			}
			if info.Byline != tt.byline {
				t.Errorf("byline %q, want %q", info.Byline, tt.byline)
			}
		})
	}
}

func TestIsHeadline(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Ferry line reopens after a long winter", true},
		{"Port strike: what we know so far", true},
		{"Will the ferry run in winter?", true},
		{"The ferry line reopened on Monday after a long winter.", false},
		{"Lisbon, Mar 3 (Lusa).- Dock workers walked out", false},
		{"By Lena Park", false},
		{"Ferries", false},
		{"Reporting by Ana Lopes; Editing by Mark Fell", false},
	}
	for _, tt := range tests {
		if got := IsHeadline(tt.in); got != tt.want {
			t.Errorf("IsHeadline(%q) = %v", tt.in, got)
		}
	}
}

func FuzzSplitHeader(f *testing.F) {
	f.Add("Title here DATE: 2024-01-02 03:04:05")
	f.Add("date 2021-05-06 Title")
	for _, s := range []string{"Updated 9:12 a.m. ET, June 2, 2024", "Северный навигатор № 17 от 03.03.2024, стр. 4",
		"News › Ports › 05.03.2024 09:10", "Posted by editor | March 3, 2024 | Ports | 2 Comments", "Неділя, 3 березня 2024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		h, ok := SplitHeader(s)
		if ok && (len(h.Day) != 10 || len(h.Text) > len(s)) {
			t.Fatalf("bad header %+v", h)
		}
		FindDateline(s)
		ParseDate(s)
	})
}

// FuzzMastheadAndCredits: the masthead, lead-credit and dateline readers
// never panic, and a name they return is written in the line.
func FuzzMastheadAndCredits(f *testing.F) {
	for _, s := range []string{"ТАСС | Транспорт", "Harbour Ledger", "PORT WATCH - Weekly Brief No. 7",
		"The ferry reopened, UNN reports.", "Паром открылся, передает РИА Новости.", "Одеса, 3 березня 2024 — Укрінформ.",
		"МУРМАНСК. 3 марта. INTERFAX.RU - Паром.", "Lena Park is a reporter at Harbour Monitor covering ports."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if name, ok := MastheadName(s); ok && !strings.Contains(s, name) && knownAgency(name) == "" {
			t.Fatalf("MastheadName(%q) = %q, not in the line", s, name)
		}
		LeadCredit(s)
		FindDateline(s)
		AuthorBio(s)
		Analyze([]Para{{Text: s, Kind: doc.KindCredit, Note: NoteMasthead}, {Text: s, Kind: doc.KindBody}}, Container{})
	})
}
