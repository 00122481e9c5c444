package meta

import (
	"os"
	"path/filepath"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/rx"
)

func TestFindDates(t *testing.T) {
	tests := []struct {
		in           string
		day, dayTime string
		label        string
	}{
		{"Published: 3 March 2024", "2024-03-03", "", LabelPublished},
		{"Updated 03.03.2024 08:40", "2024-03-03", "2024-03-03T08:40:00", LabelUpdated},
		{"March 3, 2024 | 5:04 PM", "2024-03-03", "2024-03-03T17:04:00", LabelNone},
		{"Posted on 2024-03-03", "2024-03-03", "", LabelPublished},
		{"Mon 4 Mar 2024 10.12 GMT", "2024-03-04", "2024-03-04T10:12:00", LabelNone},
		{"Опубликовано 3 марта 2024", "2024-03-03", "", LabelPublished},
		{"3 марта 2024, 10:15", "2024-03-03", "2024-03-03T10:15:00", LabelNone},
		{"Оновлено 5 квітня 2023 р. о 09:30", "2023-04-05", "2023-04-05T09:30:00", LabelUpdated},
		{"Last updated on Tuesday, April 2, 2024 at 12:15 a.m. ET", "2024-04-02", "2024-04-02T00:15:00", LabelUpdated},
		{"DATE: 2022-10-09 14:02:11", "2022-10-09", "2022-10-09T14:02:11", LabelNone},
		{"Released 25/12/2023", "2023-12-25", "", LabelPublished},
		{"Candidate 2 March 2021", "2021-03-02", "", LabelNone},
		{"04/05/2023", "", "", ""}, // day and month order unknown
		{"2023-02-30", "", "", ""}, // no such day
		{"March 2024", "", "", ""}, // no day
		{"in 2024 and 2025", "", "", ""},
	}
	for _, tt := range tests {
		ds := FindDates(tt.in)
		if tt.day == "" {
			if len(ds) != 0 {
				t.Errorf("FindDates(%q) = %+v, want none", tt.in, ds)
			}
			continue
		}
		if len(ds) != 1 || ds[0].Day != tt.day || ds[0].DayTime != tt.dayTime || ds[0].Label != tt.label {
			t.Errorf("FindDates(%q) = %+v, want %s %s %q", tt.in, ds, tt.day, tt.dayTime, tt.label)
		}
	}
}

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		in             string
		ok             bool
		day, label     string
		outlet, author string
		source         bool
	}{
		{"Harbour Ledger | 24 January 2020", true, "2020-01-24", LabelNone, "Harbour Ledger", "", false},
		{"Coastal Desk — 5 May 2021", true, "2021-05-05", LabelNone, "Coastal Desk", "", false},
		{"The Island Courier, February 11, 2020", true, "2020-02-11", LabelNone, "The Island Courier", "", false},
		{"Published February 10, 2025 | Ferry Times World Desk", true, "2025-02-10", LabelPublished, "Ferry Times", "", false},
		{"Posted on 2024-03-05 by PortNews Staff", true, "2024-03-05", LabelPublished, "PortNews", "", false},
		{"11 Feb 2025, 14:05 | Syndicated from Ferry Times", true, "2025-02-11", LabelNone, "Ferry Times", "", true},
		{"By Lena Park | Harbour Ledger | 3 March 2024", true, "2024-03-03", LabelNone, "Harbour Ledger", "Lena Park", false},
		{"Lena Park, Harbour Ledger — March 3, 2024", true, "2024-03-03", LabelNone, "Harbour Ledger", "Lena Park", false},
		{"Analysis | 3 March 2024 | 6 min read", true, "2024-03-03", LabelNone, "", "", false},
		{"Updated 5 March 2024 | Published 3 March 2024", true, "2024-03-03", LabelPublished, "", "", false},
		{"Published 3 March 2024 · Updated 5 March 2024", true, "2024-03-03", LabelPublished, "", "", false},
		{"Mon 4 Mar 2024 10.12 GMT", true, "2024-03-04", LabelNone, "", "", false},
		{"Опубликовано 3 марта 2024", true, "2024-03-03", LabelPublished, "", "", false},
		{"3 марта 2024, 10:15", true, "2024-03-03", LabelNone, "", "", false},
		{"Source: Reuters | 3 March 2024", true, "2024-03-03", LabelNone, "Reuters", "", true},
		{"Updated 5:04 PM EST, March 3, 2024", true, "2024-03-03", LabelUpdated, "", "", false},
		{"Published 10:15 | 3 March 2024 | Harbour Ledger", true, "2024-03-03", LabelPublished, "Harbour Ledger", "", false},
		{"Lisbon, 3 March 2024", true, "2024-03-03", LabelNone, "", "", false},
		{"LISBON, 3 March 2024", true, "2024-03-03", LabelNone, "", "", false},
		{"AFP, 3 March 2024", true, "2024-03-03", LabelNone, "AFP", "", false},
		{"입력 2024.03.03 08:40", true, "2024-03-03", LabelPublished, "", "", false},
		{"2024.03.03 08:40", true, "2024-03-03", LabelNone, "", "", false},
		{"2024년 3월 3일", true, "2024-03-03", LabelNone, "", "", false},
		// Sentences and headlines are not date lines.
		{"The ferry line closed on 3 March 2024 after the storm.", false, "", "", "", "", false},
		{"Ferry line closes for winter | 3 March 2024", false, "", "", "", "", false},
		{"Port Authority Says Ferry Line Will Close | 3 March 2024", false, "", "", "", "", false},
		{"On 3 March 2024, the ferry line closed", false, "", "", "", "", false},
		{"Harbour Ledger | World | Subscribe", false, "", "", "", "", false},
	}
	for _, tt := range tests {
		dl, ok := ParseDateLine(tt.in)
		if ok != tt.ok || dl.Day != tt.day || dl.Label != tt.label || dl.Outlet != tt.outlet || dl.Author != tt.author || dl.Source != tt.source {
			t.Errorf("ParseDateLine(%q) = %+v %v", tt.in, dl, ok)
		}
	}
}

func TestBylineOutlets(t *testing.T) {
	tests := []struct{ in, author, outlet string }{
		{"By Lena Park, The Harbour Ledger", "Lena Park", "The Harbour Ledger"},
		{"By Lena Park | Harbour Ledger", "Lena Park", "Harbour Ledger"},
		{"By Lena Park, Tom Ode and Ana Lopes", "Lena Park, Tom Ode and Ana Lopes", ""},
		{"By Lena Park, AFP", "Lena Park", "AFP"},
		{"By PortNews Staff", "", "PortNews"},
		{"By the Harbour Ledger editorial board", "", ""},
	}
	for _, tt := range tests {
		a, o, ok := Byline(tt.in)
		if a != tt.author || o != tt.outlet || ok != (tt.author != "" || tt.outlet != "") {
			t.Errorf("Byline(%q) = %q %q %v", tt.in, a, o, ok)
		}
	}
}

func TestSectionOutletAndRepublished(t *testing.T) {
	tests := []struct {
		fn   func(string) (string, bool)
		in   string
		want string
	}{
		{SectionOutlet, "Analysis | Harbour Ledger", "Harbour Ledger"},
		{SectionOutlet, "Opinion — The Island Courier", "The Island Courier"},
		{SectionOutlet, "Harbour Ledger | Lena Park", ""},
		{SectionOutlet, "Ferries return | next week", ""},
		{Republished, "This story was first published by Ferry Times and is shared under an agreement.", "Ferry Times"},
		{Republished, "This article originally appeared in The Island Courier.", "The Island Courier"},
		{Republished, "The ferry was first published in a timetable.", ""},
	}
	for _, tt := range tests {
		got, ok := tt.fn(tt.in)
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("%q -> %q %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}

func TestDatelineShapes(t *testing.T) {
	tests := []struct {
		in               string
		place, agency    string
		month, day, year int
	}{
		{"SEOUL (AP) — The ferry line reopened.", "SEOUL", "AP", 0, 0, 0},
		{"(AFP) - The ferry line reopened.", "", "AFP", 0, 0, 0},
		{"Moscow, March 3 /TASS/. The ferry line reopened.", "Moscow", "TASS", 3, 3, 0},
		{"МОСКВА, 3 марта. /ТАСС/. Паромная линия открылась.", "МОСКВА", "ТАСС", 3, 3, 0},
		{"NEW YORK, March 3, 2024 (Harbour Wire) -- The ferry line reopened.", "NEW YORK", "Harbour Wire", 3, 3, 2024},
		{"RIO DE JANEIRO, May 2 — The ferry line reopened.", "RIO DE JANEIRO", "", 5, 2, 0},
		{"OSLO/TALLINN, Oct 18, 2024 (Harbour Wire) - Ferries resumed.", "OSLO/TALLINN", "Harbour Wire", 10, 18, 2024},
		{"LISBON – 12 June 2023 (Lusa) – Dock workers walked out.", "", "", 0, 0, 0},
	}
	for _, tt := range tests {
		dl, ok := FindDateline(tt.in)
		if tt.place == "" && tt.agency == "" {
			if ok {
				t.Errorf("FindDateline(%q) = %+v, want none", tt.in, dl)
			}
			continue
		}
		if !ok || dl.Place != tt.place || dl.Agency != tt.agency || dl.Month != tt.month || dl.Day != tt.day || dl.Year != tt.year {
			t.Errorf("FindDateline(%q) = %+v %v", tt.in, dl, ok)
		}
	}
}

func TestAnalyzeDateAndCreditChoice(t *testing.T) {
	body, hdr, credit := doc.KindBody, doc.KindHeader, doc.KindCredit
	lead := "The ferry line reopened on 1 March 2020 after the storm, the operator said on Monday."
	tests := []struct {
		name               string
		paras              []Para
		pub, dateRule      string
		credit, creditRule string
		byline             string
	}{
		{
			name:  "outlet and date line",
			paras: []Para{{Text: "Ferries return", Kind: doc.KindTitle}, {Text: "Harbour Ledger | 24 January 2020", Kind: hdr}, {Text: lead, Kind: body}},
			pub:   "2020-01-24", dateRule: DateHeader, credit: "Harbour Ledger", creditRule: CreditHeaderLine,
		},
		{
			name:  "byline person then outlet with date",
			paras: []Para{{Text: "Ferries return", Kind: doc.KindTitle}, {Text: "By Lena Park", Kind: credit}, {Text: "The Island Courier, February 11, 2020", Kind: hdr}, {Text: lead, Kind: body}},
			pub:   "2020-02-11", dateRule: DateHeader, credit: "The Island Courier", creditRule: CreditHeaderLine, byline: "Lena Park",
		},
		{
			name:  "published label beats an earlier update",
			paras: []Para{{Text: "Updated 5 March 2024", Kind: hdr}, {Text: "Published: 3 March 2024", Kind: hdr}, {Text: lead, Kind: body}},
			pub:   "2024-03-03", dateRule: DateHeader,
		},
		{
			name:  "dateline beats an update line and takes its year",
			paras: []Para{{Text: "Updated: 04.03.2024 08:40", Kind: hdr}, {Text: "LISBON, March 3 (Lusa) - " + lead, Kind: body}},
			pub:   "2024-03-03", dateRule: DateDatelineHeader, credit: "Lusa", creditRule: CreditDateline,
		},
		{
			name:  "update line alone",
			paras: []Para{{Text: "Updated 5 March 2024", Kind: hdr}, {Text: lead, Kind: body}},
			pub:   "2024-03-05", dateRule: DateHeader,
		},
		{
			name:   "wire credit beats reporting line",
			paras:  []Para{{Text: "(Reuters) - " + lead, Kind: body}, {Text: "Reporting by Ana Lopes; Editing by Mark Fell", Kind: credit}},
			credit: "Reuters", creditRule: CreditDateline, byline: "Ana Lopes",
		},
		{
			name:   "agency at the end after an em dash",
			paras:  []Para{{Text: lead, Kind: body}, {Text: "— Reuters", Kind: credit}},
			credit: "Reuters", creditRule: CreditEndOfText,
		},
		{
			name:   "copyright line",
			paras:  []Para{{Text: lead, Kind: body}, {Text: "© 2024 Harbour Ledger", Kind: credit}},
			credit: "Harbour Ledger", creditRule: CreditCopyright,
		},
		{
			name:  "a date in a body sentence is not the publication date",
			paras: []Para{{Text: "Ferries return", Kind: doc.KindTitle}, {Text: lead, Kind: body}},
			pub:   "", credit: "",
		},
		{
			name:  "syndication beats the header outlet",
			paras: []Para{{Text: "11 Feb 2025 | Syndicated from Ferry Times", Kind: hdr}, {Text: lead, Kind: body}, {Text: "© 2025 Island Review", Kind: credit}},
			pub:   "2025-02-11", dateRule: DateHeader, credit: "Ferry Times", creditRule: CreditRepublished,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := Analyze(tt.paras, Container{})
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

func FuzzParseDateLine(f *testing.F) {
	f.Add("Published February 10, 2025 | Ferry Times World Desk")
	f.Add("3 марта 2024, 10:15")
	f.Add("Mon 4 Mar 2024 10.12 GMT")
	f.Add("By Lena Park, Harbour Ledger — March 3, 2024")
	f.Fuzz(func(t *testing.T, s string) {
		dl, ok := ParseDateLine(s)
		if ok && len(dl.Day) != 10 {
			t.Fatalf("bad day %q", dl.Day)
		}
		for _, d := range FindDates(s) {
			if d.Start < 0 || d.End > len(s) || d.Start >= d.End || len(d.Day) != 10 {
				t.Fatalf("bad match %+v", d)
			}
		}
		SectionOutlet(s)
		Republished(s)
		Byline(s)
	})
}

// reAnyDateRef is the date pattern searched along the line, the reference
// findAnyDate answers as.
var reAnyDateRef = regexp.MustCompile(anyDateRE)

// anyDateLines are lines for findAnyDate: the date shapes, with words,
// numbers and white space of other scripts around them, and the lines of
// examples/.
func anyDateLines(t testing.TB) []string {
	lines := append([]string(nil), dateCases...)
	for _, s := range dateCases {
		lines = append(lines,
			"Updated "+s+" by the desk, then "+s,
			"Ferry 12 of 2023 left on "+s,
			"(Tuesday,\u00a0\u00a05th   March  "+s+")",
			"x"+s, s+"x", "1"+s, "Mon.,  "+s, "Среда, "+s+"\u2028 2024",
			"Sunday 2 March 1999\u00a0"+s+"\xff"+s,
		)
	}
	files, _ := filepath.Glob("../../examples/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// TestFindAnyDateIsTheSearch: the anchored tries find the match the
// pattern's search along the line finds, with the same groups.
func TestFindAnyDateIsTheSearch(t *testing.T) {
	found := 0
	for _, s := range anyDateLines(t) {
		got, want := findAnyDate(s), reAnyDateRef.FindStringSubmatchIndex(s)
		if !slices.Equal(got, want) {
			t.Errorf("findAnyDate(%q) = %v, the search %v", s, got, want)
		}
		if want != nil {
			found++
		}
	}
	if found < 50 {
		t.Errorf("only %d lines hold a date: the test reads too few", found)
	}
}

func FuzzFindAnyDate(f *testing.F) {
	for _, s := range anyDateLines(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := findAnyDate(s), reAnyDateRef.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Fatalf("findAnyDate(%q) = %v, the search %v", s, got, want)
		}
	})
}

// TestDateNamesAreWords: the weekday and month names of the date pattern
// hold no white space, so that a date holds at most dateWords words
// before its year's word (dateReach).
func TestDateNamesAreWords(t *testing.T) {
	for _, alt := range []string{weekdayAlt, monthAlt, ruMonthAlt} {
		if strings.ContainsFunc(alt, patternSpace) || strings.Contains(alt, `\s`) || strings.Contains(alt, `\p{Z}`) {
			t.Errorf("a date name holds white space: %s", alt)
		}
	}
}

// TestAnyDateAtIsTheDatePattern: at every rune of the lines where a date
// may start (mayStartDate), anyDateAt finds what reAnyDateAt finds.
func TestAnyDateAtIsTheDatePattern(t *testing.T) {
	tries, found := 0, 0
	for _, line := range anyDateLines(t) {
		for s := range line {
			u := line[s:]
			r, n := utf8.DecodeRuneInString(u)
			if !mayStartDate(u, 0, r, n) {
				continue
			}
			checkAnyDateAt(t, u)
			tries++
			if d := dateBegin(0, r, n); !isASCIIDigit(u[d]) && reAnyDateAt.MatchString(u) {
				found++
			}
		}
	}
	if tries < 1000 || found < 50 {
		t.Errorf("%d tries, %d dates that start with a letter: the test reads too few", tries, found)
	}
}

func checkAnyDateAt(t *testing.T, u string) {
	t.Helper()
	r, n := utf8.DecodeRuneInString(u)
	d := dateBegin(0, r, n)
	if got, want := anyDateAt(u, d), reAnyDateAt.FindStringSubmatchIndex(u); !slices.Equal(got, want) {
		t.Fatalf("anyDateAt(%q, %d) = %v, reAnyDateAt %v", u, d, got, want)
	}
}

func FuzzAnyDateAt(f *testing.F) {
	for _, s := range dateCases {
		f.Add(s)
		f.Add(" " + s)
		f.Add("Sunday,\u00a0" + s)
	}
	f.Fuzz(checkAnyDateAt)
}

// TestDatePartsTakeTheBacktracker: regexp runs its backtracker only on
// programs of at most 500 instructions, the point of reWeekdayAt and
// reMonthDateAt.
func TestDatePartsTakeTheBacktracker(t *testing.T) {
	for _, l := range []*rx.Lazy{reWeekdayAt, reMonthDateAt} {
		re, err := syntax.Parse(l.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if len(prog.Inst) > 500 {
			t.Errorf("%s has %d program instructions, more than 500", l, len(prog.Inst))
		}
	}
}
