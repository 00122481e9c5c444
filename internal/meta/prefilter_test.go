package meta

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/rx"
	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// rePhotoPositionRef is the position pattern parenPosition and
// namedPosition read by hand, for the tests.
var rePhotoPositionRef = regexp.MustCompile(`\((?:L|R|C|C-L|C-R|\d-[LR]|[LR]-\d|\d(?:st|nd|rd|th)? [LR]|left|right|center|centre|front|back|top|bottom)\)|\b(?:(?:second|third|fourth|fifth|\d(?:st|nd|rd|th)) from (?:left|right)|from left to right|left to right|poses for a photo|in this (?:file )?(?:photo|picture|image))\b`)

// prefilterCases are paragraphs near and far from the captions' patterns.
var prefilterCases = []string{
	"The harbour master (L) greets the crew of the ferry.",
	"Two inspectors, second from right, check the hold.",
	"From left to right: the mayor, the pilot and the engineer.",
	"The pilot poses for a photo beside the tug.",
	"In this file photo the quay is flooded.",
	"in this picture, a crane lifts the hull",
	"The crew (3rd R) waves. (2-L) (L-4) (5 R) (C-R) (centre)",
	"The agency (Reuters) said (Left) nothing (l).",
	"A tug leaves the port. PORTWIRE/Jane Doe",
	"A tug leaves the port. AP-Yonhap",
	"A tug leaves the port. Reuters/Kim Lee/File Photo",
	"A tug leaves the port. (AP Photo/Sam Poe)",
	"A tug leaves the port. PHOTO: Harbour Board",
	"A tug leaves the port. Image courtesy of Harbour Board",
	"A tug leaves the port at dawn, officials said.",
	"(( L) (L ) ((R)) ) (",
	"second from left", "_second from left", "3rd from right_", "the 2nd from rightmost", "4th  from left",
	"in this photograph", "in this file image.", "in this file", "xin this photo", "in this picture1",
	"He poses for a photo-op", "from left to right", "Left to right", "in this file photo", "9th from left",
	"fifth from right, and third from le", "ñsecond from left", "second from leftñ",
	"The tug. Photo: Harbour Board", "The tug. Photos by Ann Lee (Harbour Board)", "Seen here. AFP-Kim Lee.",
	"Kim, 3. AFP / Jo O’Neil)", "x. News1-Park", "x (AP Photo/J. Smith, File)", "x. EPA-EFE/Lee 2", "picture: Ann.",
	"The crew. Image courtesy of the Board, 2024", "The crew, PHOTO by Lee", "Yonhap/Kim.\u00a0",
}

// TestPrefiltersPassWhatPatternsMatch: the cheap tests before the caption
// patterns never turn away a text the pattern matches, and the bracket
// scanner matches exactly the pattern's bracketed branch.
func TestPrefiltersPassWhatPatternsMatch(t *testing.T) {
	for _, s := range prefilterCases {
		checkPrefilters(t, s)
	}
	// the scanner finds what it must
	for _, s := range []string{"x (L) y", "(C-L)", "a (4th L)", "(bottom) b"} {
		if !parenPosition(s) {
			t.Errorf("parenPosition(%q) = false", s)
		}
	}
	for _, s := range []string{"x (l) y", "(C-X)", "a (4xx L)", "(Bottom)", "(L"} {
		if parenPosition(s) {
			t.Errorf("parenPosition(%q) = true", s)
		}
	}
}

func checkPrefilters(t *testing.T, s string) {
	t.Helper()
	if rePhotoCreditEnd.MatchString(s) && !mayEndAsCredit(s) {
		t.Errorf("mayEndAsCredit(%q) = false, but the credit pattern matches", s)
	}
	pos := rePhotoPositionRef.MatchString(s)
	if parenPosition(s) && !pos {
		t.Errorf("parenPosition(%q) = true, but the position pattern does not match", s)
	}
	if pos && !parenPosition(s) && !mayNamePosition(s) {
		t.Errorf("%q: the position pattern matches, the prefilters say no", s)
	}
	if got := parenPosition(s) || namedPosition(s); got != pos {
		t.Errorf("%q: the hand readings say %v, the position pattern %v", s, got, pos)
	}
	if !parenPosition(s) && rePhotoPositionRef.FindStringIndex(s) != nil && s[rePhotoPositionRef.FindStringIndex(s)[0]] == '(' {
		t.Errorf("%q: the pattern's bracketed branch matches, parenPosition says no", s)
	}
}

func FuzzCaptionPrefilters(f *testing.F) {
	for _, s := range prefilterCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPrefilters(t, s) })
}

// dateCases are lines with and without complete dates in every shape
// anyDateRE reads.
var dateCases = []string{
	"Published 2024-03-05 10:12", "2024.03.05", "2024/03/05", "2024년 3월 5일", "05.03.2024", "5/3/2024",
	"March 5, 2024", "Mar. 5th, 2024", "Tuesday, 5 March 2024", "5 марта 2024 г.", "5 березня 2024 року",
	"5 Sept. 2024", "5 ſept 2024", "5 MARCH\u00a02024", "in 2024 the port", "FY2024", "12345 ships",
	"on 5 ferries 2024", "5 июня, 2024", "5th of March 2024", "5 ґрудня 2024",
	"ſunday, 5 March 2024", "on 123 March 2024", "SUNDAY,5 MARCH 2024", "12024-03-05", "x:2024-03-05",
}

// TestMayHoldDatePassesWhatTheDatePatternFinds: the cheap test before
// the date pattern never turns away a line it finds a date in, and turns away
// lines that only name a year.
func TestMayHoldDatePassesWhatTheDatePatternFinds(t *testing.T) {
	for _, s := range dateCases {
		if reAnyDateRef.MatchString(s) && !mayHoldDate(s) {
			t.Errorf("mayHoldDate(%q) = false, but reAnyDate matches", s)
		}
	}
	for _, s := range []string{"in 2024 the port", "FY2024 budget", "12345 ships", "since 2019, ferries"} {
		if mayHoldDate(s) {
			t.Errorf("mayHoldDate(%q) = true, want false", s)
		}
	}
}

func FuzzMayHoldDate(f *testing.F) {
	for _, s := range dateCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if reAnyDateRef.MatchString(s) && !mayHoldDate(s) {
			t.Fatalf("mayHoldDate(%q) = false, but reAnyDate matches", s)
		}
	})
}

// creditCases are paragraphs near and far from the credit patterns.
var creditCases = []string{
	"(Yonhap)", "— Reuters", "- PORTWIRE", "©  Harbour Wire", "(  Ledger Desk )", "Ferry line reopens",
	"The official said on Monday that the line would reopen. (Harbour Wire)",
	"Reporting by Lena Park; editing by Tom Reed",
	"(Additional reporting by Lena Park in Oslo)",
	"ADDITIONAL REPORTING BY LENA PARK " + strings.Repeat("and more words ", 20),
	"Материал подготовил Иван Петров",
	"Reporting and writing by the desk " + strings.Repeat("x", 300),
	"asb-emg/pd", "(asb/pd)", "abcde-abcde-abcde-abcde-abcde", "abcde-abcde-abcde-abcde-abcdef",
	"A B C D E F G H I J K L M N O P Q R S T U V W X Y Z A B C D",
	"Lena Park is a transport reporter at Harbour Monitor covering the ports.",
	"Tom Reed is a fellow at the Baltic Institute.", "Tom Reed is the Ledger's chief correspondent",
	"A", "A ", "A)", "A) ", "A))", "(A)", "(AP ) ", "Reuters)", "-(Reuters", "Ab\u0301", "  © AFP ", " \u00a0(Yonhap)\u2028",
	"Sirhan in 1969 (Image: CDCR)", "((WN)) (Wow!)", "((Wayne Tseng))", "x (Ab)", "x(Ab)", "x\u2003(Ab Cd)", "x (ab)", "x (A)",
	"x (Abcdefghijklmnopqrstuvwxyzabcde)", "x (Abcdefghijklmnopqrstuvwxyzabcd)", "x (A (Bc)", "x (Ab) (Cd)", "\xff(Ab)", " (Ab)",
	"x (Ab\xff)", "x (Ło’Dz & Co.-Ltd)",
	"(Abcdefghijklmnopqrstuvwxy)", "(Abcdefghijklmnopqrstuvwxyz)", "Abcdefghijklmnopqrstuvwxy  ", "Abcdefghijklmnopqrstuvwx) ",
	"—\tAP", "—(AP", "-- AP", "AP\xff", "\xe2\u2028AP", "AP\u2028)\u2028", "(AP)\xe2", "A & B.’s-", "A\n)",
}

// TestAloneTagOnWikinews: aloneTag answers as its pattern on every line
// of the Wikinews sample and every cut of a line's end (a tag's length).
func TestAloneTagOnWikinews(t *testing.T) {
	n := 0
	for _, line := range wikinewsLines(t) {
		for _, s := range []string{line, line[:min(len(line), 30)], line[max(0, len(line)-30):]} {
			got, want := aloneTag(s), reAloneTag.Regexp().FindStringSubmatch(s)
			if !slices.Equal(got, want) || (got == nil) != (want == nil) {
				t.Errorf("aloneTag(%q) = %q, pattern %q", s, got, want)
			}
			if want != nil {
				n++
			}
		}
	}
	if n == 0 {
		t.Error("no Wikinews line is a tag: the test compares little")
	}
}

// TestCreditGuardsAgreeWithPatterns: the length and shape guards before
// the credit patterns answer as the patterns do.
func TestCreditGuardsAgreeWithPatterns(t *testing.T) {
	for _, s := range creditCases {
		checkCreditGuards(t, s)
	}
}

// reAloneTag is the pattern aloneTag reads by hand.
var reAloneTag = rx.MustCompile(`^[\s\p{Z}]*(?:[-–—©][\s\p{Z}]*)?\(?([\p{Lu}][\p{L}&.'’\- ]{1,25}?)\)?[\s\p{Z}]*$`)

func checkCreditGuards(t *testing.T, s string) {
	t.Helper()
	p := strings.TrimSpace(s)
	if got, want := aloneTag(p), reAloneTag.Regexp().FindStringSubmatch(p); !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Errorf("aloneTag(%q) = %q, pattern %q", p, got, want)
	}
	if got, want := endParen(p), reEndParen.FindStringSubmatch(p); !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Errorf("endParen(%q) = %q, pattern %q", p, got, want)
	}
	if got, want := IsStaffLine(s), reStaffLine.Regexp().MatchString(p); got != want {
		t.Errorf("IsStaffLine(%q) = %v, pattern %v", s, got, want)
	}
	if (bioRefs()[0].MatchString(p) || bioRefs()[1].MatchString(p)) && !namesRole(p) {
		t.Errorf("%q: an author-bio pattern matches, namesRole says no", p)
	}
	if got, want := IsWireCode(s), reWireCode.Regexp().MatchString(p) && !notWireCode[strings.Trim(p, "()")]; got != want {
		t.Errorf("IsWireCode(%q) = %v, pattern %v", s, got, want)
	}
}

func FuzzCreditGuards(f *testing.F) {
	for _, s := range creditCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkCreditGuards(t, s) })
}

// splitCases are lines with and without the separators of the masthead
// split, spaced and unspaced, at the ends, and with invalid bytes.
var splitCases = []string{
	"Kyiv Ledger", "Kyiv Ledger | World", "Kyiv Ledger|World", "The Daily Courier > World > Europe",
	"Бухта Новостей · Приморье", "COUNCIL MONITOR - Sanctions Brief No. 14", "Harbour-Times", "a/b", "| lead", "tail ‧",
	"x \xff | y", "\xe2\x80 bad", "no separators at all here", "–", "—dash", "»quote«",
}

// TestMastPartsAgreesWithSplit: the split without the pattern for a line
// lacking separators is the pattern's split.
func TestMastPartsAgreesWithSplit(t *testing.T) {
	for _, s := range splitCases {
		got, want := mastParts(s), reMastSplit.Split(s, -1)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Errorf("mastParts(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzMastParts(f *testing.F) {
	for _, s := range splitCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if s == "" {
			return // MastheadName never splits an empty line
		}
		got, want := mastParts(s), reMastSplit.Split(s, -1)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("mastParts(%q) = %q, want %q", s, got, want)
		}
	})
}

// datelineCases open like datelines or like ordinary sentences.
var datelineCases = []string{
	"SEOUL, June 2 (Yonhap) -- The ferry left.", "Seoul, Feb 14 (EFE).- The port reopened.", "(Reuters) - A tug sank.",
	"WASHINGTON (Reuters) - Talks ended.", "KYIV /Ukrinform/ - The port reopened.", "Київ, 14 листопада 2025 — Укрінформ. Текст.",
	"МОСКВА. 9 февраля. INTERFAX.RU - Текст.", "Port Harbour, june 3 -- The quay flooded.", "Port Harbour, ſept 3 -- The quay.",
	"The harbour board said on Monday that 3 ferries left.", "Officials in the port said (on Monday) it was closed.",
	"\"We are closed,\" the harbour master said.", "  \tSEOUL, June 2 (Yonhap)", "St.-petersburg, May 5 (TASS) -", "Côte d'Ivoire, May 5 -- x",
	"New York/Washington, May 5 (AP) -", "Paris, and then 4 more", "ǅemal, May 5 (AP) -", "A", "", "SEOUL\xff, June 2 (Yonhap) --",
}

// TestMayOpenDatelinePassesWhatPatternsMatch: the test before the
// dateline patterns never turns away a paragraph one of them matches, and
// turns away ordinary sentences.
func TestMayOpenDatelinePassesWhatPatternsMatch(t *testing.T) {
	for _, s := range datelineCases {
		checkDatelineFilter(t, s)
	}
	for _, s := range []string{"The harbour board said on Monday that 3 ferries left.", "\"We are closed,\" the harbour master said.",
		"Paris, and then 4 more", "", "officials said (on Monday)"} {
		if mayOpenDateline(s) {
			t.Errorf("mayOpenDateline(%q) = true, want false", s)
		}
	}
	for _, s := range []string{"SEOUL, June 2 (Yonhap) --", "(Reuters) - A tug sank.", "Port Harbour, june 3 -- x", "Port, ſept 3 -- x"} {
		if !mayOpenDateline(s) {
			t.Errorf("mayOpenDateline(%q) = false, want true", s)
		}
	}
}

func checkDatelineFilter(t *testing.T, s string) {
	t.Helper()
	if mayOpenDateline(s) {
		return
	}
	for _, d := range datelineRefs() {
		if re := d.whole; re.MatchString(s) {
			t.Errorf("mayOpenDateline(%q) = false, but %v matches", s, re)
		}
	}
}

func FuzzMayOpenDateline(f *testing.F) {
	for _, s := range datelineCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDatelineFilter(t, s) })
}

// TestLazyPatternsCompile: the patterns compiled at their first use are
// valid, and the lead-credit keys are literals of their patterns.
func TestLazyPatternsCompile(t *testing.T) {
	for _, l := range []*lazy{dlAgency.rest, dlDate.rest, dlDateAgency.rest, dlDotted.rest, reFullDate, reMention,
		reRangeMention, reDashMention, reAuthorBio, reAuthorBioAt, reLeadReportsEN, reLeadReportsRU} {
		if _, err := regexp.Compile(l.expr); err != nil {
			t.Errorf("%v", err)
		}
		for _, k := range l.keys {
			if !strings.Contains(l.expr, k) {
				t.Errorf("key %q is not in the pattern %s", k, l.expr)
			}
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"The ferry sank on Monday, the Port Agency reports.", true},
		{"Паром затонул в понедельник, передает ТАСС.", true},
		{"Пором затонув у понеділок, повідомляє Укрінформ.", true},
		{"The ferry sank on Monday, officials said.", false},
	} {
		may := reLeadReportsEN.mayHold(tt.text) || reLeadReportsRU.mayHold(tt.text)
		match := reLeadReportsEN.get().MatchString(tt.text) || reLeadReportsRU.get().MatchString(tt.text)
		if may != tt.want || match && !may {
			t.Errorf("%q: keys %v, pattern %v; want keys %v", tt.text, may, match, tt.want)
		}
	}
}

// checkLeadFilter: endsWithReports never turns away a text the English
// lead-credit pattern matches (LeadCredit trims the text first).
func checkLeadFilter(t *testing.T, s string) {
	t.Helper()
	p := strings.TrimSpace(s)
	if reLeadReportsEN.get().MatchString(p) && !endsWithReports(p) {
		t.Errorf("endsWithReports(%q) = false, but the pattern matches", p)
	}
}

var leadCases = []string{
	"The ferry sank on Monday, the Port Agency reports.", "The ferry sank, UNN reported", "The ferry sank, UNN reports. ",
	"The ferry sank, UNN reports.\u00a0", "The ferry sank, UNN reports\u2028", "The ferry sank, UNN reports.\v",
	"The ferry sank, UNN reports..", "The ferry sank, UNN reports it", "As UNN reports, the ferry sank.",
	"The ferry sank. According to UNN news agency reported.", "A report said the ferry sank.",
}

// TestLeadFilterPassesWhatPatternMatches: on the cases and every line of
// the Wikinews sample.
func TestLeadFilterPassesWhatPatternMatches(t *testing.T) {
	checkFilter(t, leadCases, wikinewsLines(t), 4, func(s string) bool { return reLeadReportsEN.get().MatchString(strings.TrimSpace(s)) },
		checkLeadFilter)
}

// checkFilter runs check on every case and every line of more, and fails
// when fewer than least cases match the pattern (match): the test would
// compare too little.
func checkFilter(t *testing.T, cases, more []string, least int, match func(string) bool, check func(*testing.T, string)) {
	t.Helper()
	n := 0
	for _, s := range cases {
		check(t, s)
		if match(s) {
			n++
		}
	}
	if n < least {
		t.Errorf("the pattern matches %d cases: the test compares little", n)
	}
	for _, s := range more {
		check(t, s)
	}
}

func FuzzLeadFilter(f *testing.F) {
	for _, s := range leadCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLeadFilter(t, s) })
}

// anchoredPatterns are meta's patterns behind rx's prefix test.
func anchoredPatterns() map[string]*rx.Anchored {
	return map[string]*rx.Anchored{"reSourceLine": reSourceLine, "reRepublished": reRepublished, "reAloneTag": reAloneTag,
		"reWireCode": reWireCode, "reTodayBanner": reTodayBanner, "reHeaderStart": reHeaderStart, "reISO": reISO,
		"reDMYDot": reDMYDot, "reMDY": reMDY, "reDMY": reDMY, "reByline": reByline, "reStaffLine": reStaffLine,
		"reCopyright": reCopyright, "reReportedBy": reReportedBy, "rePhotoStart": rePhotoStart}
}

var anchoredCases = append(append([]string{
	"Source: Harbour Board", "Sources: the port authority.", "Джерело: Укрінформ", "This story was first published by the Harbour Times.",
	"(Yonhap)", "— EFE", "asb-emg/pd", "Today: Friday, 8 March 2024", "сегодня, 8 марта 2024", "Published: 2024-03-05 10:12",
	"2024-03-05", "2024/3/5 08:40:00 UTC", "05.03.2024, 08:40", "March 5th, 2024 at 10:12", "Tuesday, 5 March 2024",
	"By Lena Park, Harbour Times", "Reporting by Ana Ode; Editing by Sam Poe", "© 2024 Harbour Times. All rights reserved.",
	"File photo: the quay at dawn", "The harbour board said on Monday that exports rose.",
}, datelineCases...), prefilterCases...)

// TestAnchoredPatternsAgree: behind the prefix test each pattern answers
// as the plain regexp.
func TestAnchoredPatternsAgree(t *testing.T) {
	for _, s := range anchoredCases {
		checkAnchored(t, s)
	}
}

var plainPatterns = func() map[string]*regexp.Regexp {
	m := map[string]*regexp.Regexp{}
	for name, a := range anchoredPatterns() {
		m[name] = regexp.MustCompile(a.String())
	}
	return m
}()

func checkAnchored(t *testing.T, s string) {
	t.Helper()
	for name, a := range anchoredPatterns() {
		re := plainPatterns[name]
		if got, want := a.MatchString(s), re.MatchString(s); got != want {
			t.Errorf("%s on %q: %v, regexp %v", name, s, got, want)
		}
		if got, want := a.FindStringSubmatch(s), re.FindStringSubmatch(s); strings.Join(got, "\x00") != strings.Join(want, "\x00") || (got == nil) != (want == nil) {
			t.Errorf("%s on %q: %q, regexp %q", name, s, got, want)
		}
	}
}

func FuzzAnchoredPatterns(f *testing.F) {
	for _, s := range anchoredCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAnchored(t, s) })
}

var endTagCases = []string{
	"The ferry left at dawn, officials said. EFE", "The port reopened. (Yonhap)", "The port reopened. — Harbour Wire",
	"The port reopened.\u00a0Reuters", "The port reopened. -KCNA", "The port reopened.  Harbour & Sons Ltd.",
	"The port reopened.", "the port reopened. efe", "The port reopened! X", "The port reopened? Xy", "x. Ab",
	"The port reopened. " + strings.Repeat("a", 30) + " Abc", "The port reopened. Abcdefghijklmnopqrstuvwxyz",
	"The port reopened. Abcdefghijklmnopqrstuvwxy", "\xff. Ab\xff", "”\tÉlan", "). Łódź Daily",
	"x. Ab. Cd", "x.. Ab", "x . Ab", "x.\u2003—\u2003Harbour Wire", "x.—Harbour", "x. -- Ab", "x. - - Ab", "x! ’Ab", "x? A",
	"x» A b c", "x) Ab\u00a0Cd", "x. aB", "x. Ab1", "x. A&B", "x.\u2028Ab", "x.\xffAb", "x.\x00 Ab", "«x» Ab", "x.\t\nAb-Cd",
	"x. Abcdefghijklmnopqrstuvwxyz", "x. Abcdefghijklmnopqrstuvwxy", "x. A b c d e f g h i j k l m", "x. Abcdefghijklmnopqrstuvwxyza",
}

// TestEndTagAgreesWithPattern: the test before reEndTag turns away only
// texts the pattern does not match.
func TestEndTagAgreesWithPattern(t *testing.T) {
	for _, s := range endTagCases {
		checkEndTag(t, s)
	}
	if endTag("The ferry left at dawn, officials said.") != nil {
		t.Error("endTag matched a sentence ending in a full stop")
	}
}

func checkEndTag(t *testing.T, s string) {
	t.Helper()
	s = strings.TrimSpace(s)
	got, want := endTag(s), reEndTag.FindStringSubmatch(s)
	if strings.Join(got, "\x00") != strings.Join(want, "\x00") || (got == nil) != (want == nil) {
		t.Errorf("endTag(%q) = %q, the pattern %q", s, got, want)
	}
	// the reading behind endTag's window, on the whole text
	if got := tagMatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Errorf("tagMatch(%q) = %q, the pattern %q", s, got, want)
	}
}

func FuzzEndTag(f *testing.F) {
	for _, s := range endTagCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkEndTag(t, s) })
}

// TestPatternsCompile: every pattern of the package compiles (rx works
// them out at their first use only).
func TestPatternsCompile(t *testing.T) { rx.Check() }

// TestHandReadingsOnWikinews: on every line of the Wikinews sample, and
// on its lines in lower case, the hand readings of the position pattern
// answer as the pattern does, endTag as reEndTag and findAnyDate as the
// date pattern's search.
func TestHandReadingsOnWikinews(t *testing.T) {
	n := 0
	for _, a := range sharedtest.Wikinews(t) {
		for _, line := range strings.Split(a.Text, "\n") {
			for _, s := range []string{line, strings.ToLower(line)} {
				if got, want := parenPosition(s) || namedPosition(s), rePhotoPositionRef.MatchString(s); got != want {
					t.Errorf("%q: the hand readings say %v, the position pattern %v", s, got, want)
				}
				if rePhotoPositionRef.MatchString(s) {
					n++
				}
				if rePhotoCreditEnd.MatchString(s) && !mayEndAsCredit(s) {
					t.Errorf("mayEndAsCredit(%q) = false, but the credit pattern matches", s)
				}
				checkEndTag(t, s)
				if got, want := findAnyDate(s), reAnyDateRef.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
					t.Errorf("findAnyDate(%q) = %v, the search %v", s, got, want)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no Wikinews line names a position: the test compares nothing")
	}
}

// reSegSplitRef is the separator pattern segParts reads by hand.
var reSegSplitRef = regexp.MustCompile(segSepRE)

// segCases hold every separator of segSepRE, alone, doubled, at the ends,
// next to one another and next to white space of every kind.
var segCases = []string{
	"", " ", "Analysis | Example Ledger", "Opinion — Example Times", "News › War › 23.12.2024", "a|b•c·d‧e",
	"well-known co-op", "2024-03-05", "x - y", "x -- y", "x --- y", "x — – y", "x –y", "x- y", "- lead", "-lead", "—\u00a0lead",
	"tail -", "tail —", "tail--", "tail  -", "a > b", "a >b", "a> b", "a  >  b", "a›b", "a  ›  b", "a»b »", "» a", " ›",
	"a \u2003-\u2003 b", "a\t-\nb", "a \u00a0— b", "a \u200b- b", "a \u0085- b", "a\u3000›\u3000b", "x \xff - y", "\xff-\xff",
	"x - \xff", "- ", "-", "--", " - ", " -- ", "  ", "| |", "a || b", "a |- b", "a -| b", "Kyiv Ledger | 24 January 2020 - 10:05",
	"Posted by admin • March 3, 2024 | Updated", "x ->y", "x - > y", "x > - y", "a — b — c — d",
	"March 5, 2024 / 10:15 AM / Updated 2 hours ago", "a / b", "a /b", "a/ b", "a/b", "a  /  b", "a  / b", "a / - b", "a - / b", "/ a", "a /", " / ",
}

func checkSegParts(t *testing.T, s string) {
	t.Helper()
	got, want := segParts(s), reSegSplitRef.Split(s, -1)
	if !slices.Equal(got, want) {
		t.Errorf("segParts(%q) = %q, the pattern's split %q", s, got, want)
	}
}

// TestSegPartsAgreesWithSplit: the hand split of header lines is the
// separator pattern's, on the cases and on every Wikinews line.
func TestSegPartsAgreesWithSplit(t *testing.T) {
	for _, s := range segCases {
		checkSegParts(t, s)
	}
	for _, line := range wikinewsLines(t) {
		checkSegParts(t, line)
	}
}

func FuzzSegParts(f *testing.F) { fuzzCases(f, segCases, checkSegParts) }

// fuzzCases fuzzes check from the cases.
func fuzzCases(f *testing.F, cases []string, check func(*testing.T, string)) {
	for _, s := range cases {
		f.Add(s)
	}
	f.Fuzz(check)
}

// headerEndCases end with a labelled date and with other things.
var headerEndCases = []string{
	"Ferry line reopens DATE: 2024-06-02 01:18:18", "Ferry line reopens Published on June 2, 2024 \u00a0", "Title дата 03.03.2024\u2003",
	"Title posted 3 March 2024\t", "Title poſted 3 March 2024", "Title updated 2024/6/2 x", "Title date 2024-06-02\xff", "Title date 2", "",
	" ", "2024", "Title DATED: 4 Sept. 5, 2024", "Title Last  Updated – 12.1.2025, 10:05:33 ",
	"On the trail in the USA, May 2020", "Furnal Equinox 2019", "Ferries POSTED 03.03.2024", "Паромы Опубликовано 03.03.2024",
	"Паромы ᲁата: 03.03.2024", "Паромы ДАТА ПУБЛІКАЦІЇ 3 March 2024", "Publication\u00a0date 2024/06/02", "x UPDATED 2 June 2024\u2028",
}

func checkHeaderEnd(t *testing.T, s string) {
	t.Helper()
	if reHeaderEnd.MatchString(s) && !lastIsDigit(s) {
		t.Errorf("lastIsDigit(%q) = false, but reHeaderEnd matches", s)
	}
	if reHeaderEnd.MatchString(s) && !headerLabelKeys.In(strings.ToLower(s)) {
		t.Errorf("headerLabelKeys turn away %q, which reHeaderEnd matches", s)
	}
}

// TestHeaderEndEndsWithDigit: the tests before reHeaderEnd (the last
// digit, the label keys) never turn away a line the pattern matches.
func TestHeaderEndEndsWithDigit(t *testing.T) {
	checkFilter(t, headerEndCases, anyDateLines(t), 6, reHeaderEnd.MatchString, checkHeaderEnd)
}

func FuzzHeaderEnd(f *testing.F) { fuzzCases(f, headerEndCases, checkHeaderEnd) }
