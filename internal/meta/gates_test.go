package meta

import (
	"slices"
	"testing"
)

// gateCases are texts near the time, label, issue and section patterns.
var gateCases = []string{
	"", " ", "08:40", ", 08:40 GMT", " | 5:04 PM", "at 5:04 p.m. ET", "в 14.05", "10.12 GMT,", "9:12 a.m. ET, ",
	"Published", "Updated ", "Posted on", "Опубликовано:", "Last updated:", "first published ", "x",
	"Analysis", "Opinion", "News № 12 от", "Analysis № 5", "No. 31 of", "стр. 4", "p. 12-14", "Деловой обозреватель № 124 от",
	"██ Labour Party", "203 seats", " – USCG dispatcher, CNN", "(World)", "[Politics]", "- Business /", "news",
	"\u00a0Exclusive\u00a0", "ſports", "World News", "12", "no.7", "NR. 3", "sport 2024",
}

// TestDateGatesPassWhatPatternsMatch: FindDates asks the time patterns
// only about a text with a digit and the label pattern only about a
// non-empty one; every text they match passes.
func TestDateGatesPassWhatPatternsMatch(t *testing.T) {
	matched := 0
	for _, s := range append(anyDateLines(t), gateCases...) {
		if checkDateGates(t, s) {
			matched++
		}
	}
	if matched < 10 {
		t.Errorf("only %d texts match a pattern: the test reads too few", matched)
	}
	for s, want := range map[string]bool{"": false, "x": false, "x1": true, "٣": false, "\xff9": true} {
		if hasASCIIDigit(s) != want {
			t.Errorf("hasASCIIDigit(%q) = %v", s, !want)
		}
	}
}

// checkDateGates fails t when a gate turns away a text a pattern
// matches, and reports whether one matched.
func checkDateGates(t *testing.T, s string) bool {
	t.Helper()
	after, before := reTimeAfter.MatchString(s), reTimeBefore.MatchString(s)
	if (after || before) && !hasASCIIDigit(s) {
		t.Fatalf("hasASCIIDigit(%q) = false, but a time pattern matches", s)
	}
	if got, want := labelBefore(s), reLabelBefore.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
		t.Fatalf("labelBefore(%q) = %v, reLabelBefore %v", s, got, want)
	}
	return after || before || labelBefore(s) != nil
}

// sectionOutletRef is SectionOutlet without the maySection gate.
func sectionOutletRef(line string) (string, bool) {
	return sectionOutlet(line, func(string) bool { return true })
}

// TestMaySectionPassesEverySection: every segment classifySeg reads as
// a section passes maySection, so SectionOutlet reads the same with and
// without the gate.
func TestMaySectionPassesEverySection(t *testing.T) {
	sections := 0
	lines := append(anyDateLines(t), gateCases...)
	for _, a := range gateCases {
		for _, b := range gateCases[len(gateCases)/2:] {
			lines = append(lines, a+" | "+b, a+" — "+b+" · "+a)
		}
	}
	for _, s := range lines {
		if checkSectionGate(t, s) {
			sections++
		}
	}
	if sections < 10 {
		t.Errorf("only %d lines name a section and an outlet: the test reads too few", sections)
	}
}

// checkSectionGate fails t when maySection turns away a section or
// SectionOutlet reads s otherwise than without its gate, and reports
// whether s names a section and an outlet.
func checkSectionGate(t *testing.T, s string) bool {
	t.Helper()
	for _, p := range segParts(s) {
		if classifySeg(p).kind == segSection && !maySection(p) {
			t.Fatalf("maySection(%q) = false, but classifySeg reads a section", p)
		}
	}
	got, ok := SectionOutlet(s)
	want, wantOK := sectionOutletRef(s)
	if got != want || ok != wantOK {
		t.Fatalf("SectionOutlet(%q) = %q %v, without the gate %q %v", s, got, ok, want, wantOK)
	}
	return ok
}

func FuzzDateAndSectionGates(f *testing.F) {
	for _, s := range gateCases {
		f.Add(s)
		f.Add(s + " | " + s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkDateGates(t, s)
		if len(s) <= 120 {
			checkSectionGate(t, s)
		}
	})
}

// weekdayCases are weekday names in cases, foldings and spellings the
// pattern reads, and near them.
var weekdayCases = []string{
	"Monday, February 11, 2019", "MONDAY 5", "Mon. 4 Mar", "Mon.,\u00a0x", "Mon.. 4", "Mon,, 4", "Mon 4", "Monday's", "Mondays 4",
	"Thurs. 5", "Thur, 5", "thu\t5", "Tues 5", "ſunday 5", "SUNDAY\u2028", "\u212a", "п'ятниця 5", "П’ЯТНИЦЯ, 5", "пʼятниця 5",
	"Пятница 5", "ᲂᲀ", "Вт. 5", "вс", "вс ", "Среда,", "Среда, ", "\xffMon 5", "Mon\xff 5", "Mon\u0301 5", "", " Mon 5", "Mo 5",
	"Wednesday\u3000\u3000March", "Sat.5", "sat ", "Satur 5",
}

// nameReaders are the hand readings of date parts and the patterns they
// replace.
var nameReaders = []struct {
	name       string
	cases      []string
	got, want  func(string) []int
	wantsFound int
}{
	{"weekdayAt", weekdayCases, weekdayAt, reWeekdayAt.FindStringIndex, 20},
	{"monthDateIndex", monthDateCases, monthDateIndex, reMonthDateAt.FindStringSubmatchIndex, 20},
}

// TestNameReadersAreThePatterns: weekdayAt reads what reWeekdayAt finds,
// and monthDateIndex what reMonthDateAt finds, with the same groups, on
// their cases and the date lines from each of their runes; no weekday or
// month name holds what may end one.
func TestNameReadersAreThePatterns(t *testing.T) {
	for k, nr := range nameReaders {
		found := 0
		for _, line := range append(append([]string(nil), nr.cases...), anyDateLines(t)...) {
			for i := range line { // from each rune on
				if checkNameReader(t, k, line[i:]) {
					found++
				}
			}
		}
		if found < nr.wantsFound {
			t.Errorf("%s: only %d texts read: the test reads too few", nr.name, found)
		}
	}
	for _, fs := range []*foldSet{weekdayNames, monthNames} {
		for r := range fs.runes {
			if r == '.' || r == ',' || patternSpace(r) {
				t.Errorf("a name holds %q, which may end one", r)
			}
		}
	}
}

// checkNameReader fails t when nameReaders[k] reads s otherwise than its
// pattern, and reports whether the pattern matched.
func checkNameReader(t *testing.T, k int, s string) bool {
	t.Helper()
	nr := nameReaders[k]
	got, want := nr.got(s), nr.want(s)
	if !slices.Equal(got, want) {
		t.Fatalf("%s(%q) = %v, the pattern %v", nr.name, s, got, want)
	}
	return want != nil
}

func FuzzNameReaders(f *testing.F) {
	for _, nr := range nameReaders {
		for _, s := range nr.cases {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k := range nameReaders {
			checkNameReader(t, k, s)
		}
	})
}

// monthDateCases are month-first dates and texts near them.
var monthDateCases = []string{
	"February 11, 2019", "February 11, 2019.", "February 11, 2019x", "February 11, 20199", "February 11, 2019٣", "Feb. 5th, 2024 at",
	"SEPT 5 2024", "Sept.  5,\u00a02024\u2028", "sept 5,2024", "May 123, 2024", "May 1 2024", "May 12th 2024", "May 12st2024",
	"May 12s, 2024", "mAY 1, 202", "ſeptember 1, 2024", "Dec 31, 1999\xff", "Dec\xff 31, 1999", "Dec 31,, 1999", "Dec. . 31, 1999",
	"March5, 2024", "March 5,  2024 ", "Marc 5, 2024", "Marches 5, 2024", "", "May", "May 5, 2024", "May 5, 2024年",
}
