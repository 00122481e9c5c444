package meta

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/rx"
)

var (
	reISO      = rx.MustCompile(`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}:?\d{2})?$`)
	reDMYDot   = rx.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$`)
	reMDY      = rx.MustCompile(`(?i)^(?:[A-Z][a-z]+,?\s+)?(` + monthRE + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?`)
	reDMY      = rx.MustCompile(`(?i)^(?:[A-Z][a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `)\.?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?)?`)
	timeLayout = []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, time.RFC3339}
)

// ParseDate reads a whole date string as a container or header states it:
// ISO 8601 ("2024-06-02", "2024-06-02 01:18:18", "2024-06-02T01:18:18Z"),
// "2024/06/02", "02.06.2024", "June 2, 2024", "2 June 2024", RFC 1123. It
// returns the day as YYYY-MM-DD and, when a time of day is given,
// YYYY-MM-DDTHH:MM:SS as written (no zone conversion). ok is false when s
// is not one complete, valid date.
func ParseDate(s string) (day, dayTime string, ok bool) {
	s = strings.TrimSpace(strings.Trim(strings.TrimSpace(s), ".,"))
	if s == "" {
		return "", "", false
	}
	var y, mo, d, h, mi, sec int
	hasTime := false
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	setTime := func(hs, ms, ss string) {
		if hs != "" {
			hasTime = true
			h, mi, sec = atoi(hs), atoi(ms), atoi(ss)
		}
	}
	if m := reISO.FindStringSubmatch(s); m != nil {
		y, mo, d = atoi(m[1]), atoi(m[2]), atoi(m[3])
		setTime(m[4], m[5], m[6])
	} else if m := reDMYDot.FindStringSubmatch(s); m != nil {
		d, mo, y = atoi(m[1]), atoi(m[2]), atoi(m[3])
		setTime(m[4], m[5], m[6])
	} else if m := reMDY.FindStringSubmatch(s); m != nil && len(m[0]) >= len(s)-6 {
		mo, d, y = monthNum(m[1]), atoi(m[2]), atoi(m[3])
		setTime(m[4], m[5], m[6])
	} else if m := reDMY.FindStringSubmatch(s); m != nil && len(m[0]) >= len(s)-6 {
		d, mo, y = atoi(m[1]), monthNum(m[2]), atoi(m[3])
		setTime(m[4], m[5], m[6])
	} else {
		for _, l := range timeLayout {
			if t, err := time.Parse(l, s); err == nil {
				var tm time.Month
				y, tm, d = t.Date()
				mo = int(tm)
				h, mi, sec = t.Clock()
				hasTime = true
				break
			}
		}
		if y == 0 {
			// Other header shapes ("Mon 4 Mar 2024 10.12 GMT", "3 марта
			// 2024, 10:15"): one date covering the whole string.
			ds := FindDates(s)
			if len(ds) != 1 || ds[0].Start > 0 || ds[0].End < len(s) || ds[0].Label != LabelNone {
				return "", "", false
			}
			return ds[0].Day, ds[0].DayTime, true
		}
	}
	if !validDate(y, mo, d) || h > 23 || mi > 59 || sec > 60 {
		return "", "", false
	}
	day = formatDay(y, mo, d)
	if hasTime {
		dayTime = day + "T" + pad2(h) + ":" + pad2(mi) + ":" + pad2(sec)
	}
	return day, dayTime, true
}

func validDate(y, m, d int) bool {
	if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d && int(t.Month()) == m
}

func formatDay(y, m, d int) string {
	return strconv.Itoa(y) + "-" + pad2(m) + "-" + pad2(d)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// Header date lines: a label and a date at the end of a (title) line, or a
// date with an optional label at its start.
const spaceRE = `[\s\p{Z}]`

var (
	labelRE   = `(?i:date|dated|published(?:\s+on)?|posted(?:\s+on)?|updated|publication\s+(?:date|time)|publish\s+(?:date|time)|last\s+updated|опубликовано|опубліковано|дата(?:\s+публікації|\s+публикации)?)`
	dateValRE = `(?:\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|` +
		monthRE + `\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}\s+` + monthRE + `\.?,?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?)`
)

var (
	reHeaderEnd   = rx.MustCompileLazy(`^(.*?)` + spaceRE + `*(` + labelRE + spaceRE + `*[:\-–]?` + spaceRE + `*(` + dateValRE + `))` + spaceRE + `*$`)
	reHeaderStart = rx.MustCompile(`^` + spaceRE + `*((?:` + labelRE + spaceRE + `*[:\-–]?` + spaceRE + `*)?(` + dateValRE + `))(?:` + spaceRE + `+(.*?))?` + spaceRE + `*$`)
)

// headerLabelKeys are parts of labelRE's words, one of which the lower
// case of every line that reHeaderEnd matches holds: "date" (also of
// "dated", "updated" and "publication date"), "publi", "posted", the
// Russian and Ukrainian "опубликовано" and "опубліковано" and "дата",
// each in every way its (?i) match lowers (rx.FoldedKeys).
var headerLabelKeys = rx.NewKeys(rx.FoldedKeys("date", "publi", "posted", "публик", "публік", "дата")...)

// reTodayBanner is a site's "today" banner: its date is the reader's day,
// not the publication date.
var reTodayBanner = rx.MustCompile(`^[\s\p{Z}]*(?i:today(?:'s date)?|current date|сегодня|сьогодні|сейчас)[\s\p{Z}]*[:,|·•-]|^[\s\p{Z}]*` + SiteClockRE)

// SiteClockRE is a site's clock line, the reader's time in a city ("В
// Москве: 09:05, 3 марта 2025, пн", "У Києві: 15:40", "Local time:
// 15:40, May 11, 2024"): a place after "в", "у", "in" or "at", or a
// "local time" label, a colon, then a time of day. Its date is the
// reader's day, not the publication date. The cleaner drops the line
// whole (at most 60 runes after the time).
const SiteClockRE = `(?:(?i:в|во|у|in|at)[\s\p{Z}]+\p{Lu}[\p{L}\-]*|(?i:(?:московское|киевское|местное|київський|місцевий|moscow|kyiv|kiev|local|seoul)[\s\p{Z}]+(?:время|час|time)|сейчас|зараз|time now))[\s\p{Z}]*:[\s\p{Z}]*\d{1,2}:\d{2}\b`

// maxHeaderLine is the longest line read as a header or date line (a
// headline with its date and outlet is far shorter).
const maxHeaderLine = 1000

// Header is a date line found in the first lines of a text.
type Header struct {
	Text    string // the header part, e.g. "DATE: 2024-06-02 01:18:18"
	Rest    string // the rest of the line (a headline), "" when none
	First   bool   // the header part comes before Rest
	Day     string // YYYY-MM-DD
	DayTime string // YYYY-MM-DDTHH:MM:SS when a time is given
	// Label is LabelPublished, LabelUpdated or LabelNone.
	Label string
	// Outlet, Author and Source are what a whole date line names besides
	// the date (see DateLine).
	Outlet, Author string
	Source         bool
	// OutletWeak: the outlet is only a plain name on the line, guessed.
	OutletWeak bool
}

// SplitHeader finds a date header in a line: "<headline>  DATE: 2024-06-02
// 01:18:18", "date 2025-02-09 <headline>", "Published: June 2, 2024" or a
// bare "2024-06-02". A date not at the start of the line needs a label.
//
// A line holding nothing but dates and publication details ("Eastern Ledger
// | 24 January 2020", "Published February 10, 2025 | Example Times World
// Desk", "Mon 4 Mar 2024 10.12 GMT") is a header as a whole (see
// ParseDateLine).
func SplitHeader(line string) (Header, bool) {
	// a date line is short: a long paragraph is answered at once
	if len(line) > maxHeaderLine || !hasYear(line) || reTodayBanner.MatchString(line) {
		return Header{}, false
	}
	if dl, ok := ParseDateLine(line); ok {
		return Header{Text: strings.TrimSpace(line), First: true, Day: dl.Day, DayTime: dl.DayTime,
			Label: dl.Label, Outlet: dl.Outlet, Author: dl.Author, Source: dl.Source, OutletWeak: dl.OutletWeak}, true
	}
	if m := reHeaderStart.FindStringSubmatch(line); m != nil {
		rest := strings.TrimSpace(m[3])
		// A bare date at the start followed by text is a header only when
		// it is ISO-like: "2 June 2024 was a..." would be a sentence.
		labelled := len(strings.TrimSpace(m[1])) > len(strings.TrimSpace(m[2]))
		if labelled || rest == "" || reISO.MatchString(strings.TrimSpace(m[2])) || reDMYDot.MatchString(strings.TrimSpace(m[2])) {
			if day, dt, ok := ParseDate(m[2]); ok {
				text := strings.TrimSpace(m[1])
				return Header{Text: text, Rest: strings.Trim(rest, " |•·–—-"), First: true, Day: day, DayTime: dt, Label: headerLabel(text)}, true
			}
		}
	}
	if !lastIsDigit(line) {
		return Header{}, false // every date value of reHeaderEnd ends with a digit
	}
	if !headerLabelKeys.In(lexicon.LowerString(line)) {
		return Header{}, false // and every match holds a label
	}
	if m := reHeaderEnd.FindStringSubmatch(line); m != nil {
		if day, dt, ok := ParseDate(m[3]); ok {
			text := strings.TrimSpace(m[2])
			return Header{Text: text, Rest: strings.Trim(strings.TrimSpace(m[1]), " |•·–—-"), Day: day, DayTime: dt, Label: headerLabel(text)}, true
		}
	}
	return Header{}, false
}

// lastIsDigit reports whether the last rune of s before white space
// ([\s\p{Z}]) at its end is an ASCII digit.
func lastIsDigit(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		if !patternSpace(r) {
			return '0' <= r && r <= '9'
		}
		s = s[:len(s)-n]
	}
	return false
}

// headerLabel returns the label of a header text ("DATE: ...",
// "Updated ...").
func headerLabel(text string) string {
	if ds := FindDates(text); len(ds) > 0 {
		return ds[0].Label
	}
	return LabelNone
}

// Dateline is the opening of a news text: place, date and agency, as in
// "SEOUL, June 2 (Yonhap) --", "Seoul, Feb 14 (EFE).-", "(Reuters) -".
type Dateline struct {
	Text   string // the dateline as written, separator included
	Place  string
	Month  int // 0 when the dateline has no date
	Day    int
	Year   int // 0 when the dateline has no year
	Agency string
}

const (
	// placeRE is a dateline's place as the patterns below read it:
	// up to four capitalised words, each of up to four parts joined by
	// "/", then a comma and up to three more. placeParts reads it by
	// hand; the test file builds the four patterns whole from it.
	placeWord = `[\p{Lu}][\p{L}\p{M}.'’\-]*(?:/[\p{Lu}][\p{L}\p{M}.'’\-]*){0,3}`
	placeRE   = placeWord + `(?: ` + placeWord + `){0,3}(?:,\s*` + placeWord + `(?: ` + placeWord + `){0,2})?`
	agencyRE  = `[\p{Lu}][\p{L}\p{M}&.'’\- ]{0,30}?`
	sepRE     = `(?:\.?\s*(?:-{1,2}|–|—|:)|\.-|\.–|\.—|\.)`
)

var (
	// dlDateRE is a dateline's date: "June 2", "2 June", "5 марта", "5
	// мар" (the Russian and Ukrainian abbreviations of wire datelines), a
	// year if given.
	dlDateRE = `(?:(` + monthRE + `)\.?\s+(\d{1,2})|(\d{1,2})\s+(` + monthRE + `|` + ruMonthDLRE + `)\.?)(?:,?\s+(\d{4}))?`
	// dlTimeRE is a time of day after a dateline's date ("5 марта 2024,
	// 10:15 — РБК").
	dlTimeRE = `(?:,?\s*\d{1,2}:\d{2})?`
	// The four dateline patterns, each `^\s*(` + placeRE + `)` and the
	// rest given here (datelineExprs in the test file spells them out
	// whole). The place has two classes that merge Unicode tables in
	// each of its ten words, most of the cost of compiling the patterns
	// (about 0.7 ms each, and FindDateline reaches all four on most
	// runs), so placeParts reads it and a pattern only the rest.
	//
	// "SEOUL, June 2 (Yonhap) --", "(Reuters) -": the place may be absent.
	dlAgency = &placeLed{rest: lazyRE(`^(?:,\s*` + dlDateRE + `\.?,?)?\s*(?:\((` + agencyRE + `)\)|/(` + agencyRE + `)/)\s*` + sepRE + `\s*`),
		mayFollow: agencyMayFollow, bare: "(/"}
	dlDate = &placeLed{rest: lazyRE(`^,\s*` + dlDateRE + dlTimeRE + `\s*(?:-{1,2}|–|—)\s*`), mayFollow: commaThenDate}
	// "Київ, 14 листопада 2025 — Укрінформ." (the agency after the date),
	// "МОСКВА, 5 мар — РИА Новости, Иван Петров." (and its correspondent),
	// "САМАРА, 5 марта, ИА «Волга»." (an agency after "ИА", in quotes)
	dlDateAgency = &placeLed{rest: lazyRE(`^,\s*` + dlDateRE + dlTimeRE + `\s*(?:-{1,2}|–|—|,\s*ИА)\s*[«"“]?(` + agencyRE + `)[»"”]?(?:,\s*[\p{Lu}][\p{L}\-]+(?:\s+[\p{Lu}][\p{L}\-]+){0,2})?\.(?:\s+|$)`), mayFollow: commaThenDate}
	// "Dec 2 (Reuters) -": a date opening the text, no place, the agency in
	// brackets (English month first)
	dlDateFirst = lazyRE(`^\s*(` + monthRE + `)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*\((` + agencyRE + `)\)\s*` + sepRE + `\s*`)
	// "МОСКВА. 9 февраля. INTERFAX.RU - " (place, date and agency as sentences)
	dlDotted = &placeLed{rest: lazyRE(`^\.\s*` + dlDateRE + `\.\s*(` + agencyRE + `)\s*(?:-{1,2}|–|—)\s*`), mayFollow: stopThenDate}
)

// The tests a text must pass for the rest of a dateline pattern to match
// it (placeLed.mayFollow): most places are followed by a sentence's
// words, and the rest's pattern need not be compiled for them.

// agencyMayFollow: a comma and a date, or an agency in brackets or
// slashes after white space.
func agencyMayFollow(s string) bool {
	if s != "" && s[0] == ',' {
		return commaThenDate(s)
	}
	t := strings.TrimLeft(s, " \t\n\f\r")
	return t != "" && (t[0] == '(' || t[0] == '/')
}

// commaThenDate: a comma, white space and a date (opensDate).
func commaThenDate(s string) bool {
	return s != "" && s[0] == ',' && opensDate(strings.TrimLeft(s[1:], " \t\n\f\r"))
}

// stopThenDate: a full stop, white space and a date (opensDate).
func stopThenDate(s string) bool {
	return s != "" && s[0] == '.' && opensDate(strings.TrimLeft(s[1:], " \t\n\f\r"))
}

// opensDate reports whether s may open with a date as dlDateRE reads it:
// one or two ASCII digits and white space (the day), or a month name
// (mayBeMonth).
func opensDate(s string) bool {
	n := 0
	for n < len(s) && n < 3 && isASCIIDigit(s[n]) {
		n++
	}
	if n > 0 {
		return n < 3 && n < len(s) && isRESpace(s[n])
	}
	return mayBeMonth(s)
}

// placeLed is a pattern `^\s*(` + placeRE + `)` + rest, or with bare
// `^\s*(?:(` + placeRE + `)` + rest's optional opening + `)?` + the rest of
// rest: the white space and the place read by hand (placeParts), the
// rest by its pattern, which opens with `^` and has no other assertion
// (it reads the text after the place alone).
type placeLed struct {
	rest      *lazy
	mayFollow func(string) bool // false for a text rest cannot match
	// bare: the bytes with which the text may open, after its white
	// space, with no place; rest is read from there (its optional
	// opening, a comma and a date and white space, matches nothing
	// before them).
	bare string
}

// submatchIndex is FindStringSubmatchIndex of the whole pattern: group 1
// the place, the rest's groups after it. The pattern's repetitions are
// all greedy, and a place's parts are joined by bytes its letters' class
// lacks, so the pattern tries the places of s that placeParts finds
// longest first, each followed by rest, and the first that rest
// follows is its match.
func (pl *placeLed) submatchIndex(s string) []int {
	i := 0
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	if i < len(s) && strings.IndexByte(pl.bare, s[i]) >= 0 {
		return pl.restAt(s, -1, i)
	}
	var parts [placeMaxParts]placeSpan
	for k := placeParts(s, i, &parts) - 1; k >= 0; k-- {
		for e := parts[k].to; ; {
			if m := pl.restAt(s, i, e); m != nil {
				return m
			}
			if e == parts[k].from {
				break
			}
			_, n := utf8.DecodeLastRuneInString(s[:e])
			e -= n
		}
	}
	return nil
}

// restAt is the whole match when rest matches at s[e:] after the place
// s[from:e] (from -1: no place).
func (pl *placeLed) restAt(s string, from, e int) []int {
	if !pl.mayFollow(s[e:]) {
		return nil
	}
	r := pl.rest.get().FindStringSubmatchIndex(s[e:])
	if r == nil {
		return nil
	}
	m := make([]int, 0, len(r)+2)
	m = append(m, 0, e+r[1], from, e)
	if from < 0 {
		m[3] = -1
	}
	for _, x := range r[2:] {
		if x >= 0 {
			x += e
		}
		m = append(m, x)
	}
	return m
}

// submatch is FindStringSubmatch of the whole pattern.
func (pl *placeLed) submatch(s string) []string {
	m := pl.submatchIndex(s)
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

// isRESpace is regexp's \s.
func isRESpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// placeMaxParts: four words of four parts, then three more.
const placeMaxParts = 7 * 4

// placeSpan is one part of a place: from is the end of its capital, to
// of the letters after it; every rune boundary from..to ends a place.
type placeSpan struct{ from, to int }

// placeParts reads the longest place placeRE matches at s[i:] into parts
// and returns their number (0: none). A part is a capital (\p{Lu}) and
// the run of letters, marks, ".", "'", "’" and "-" after it; "/" joins
// up to four parts into a word, a space up to four words, then a comma
// and white space up to three more. None of these bytes is in the run,
// so the place is read one way only, and a shorter place ends inside one
// of its parts.
func placeParts(s string, i int, parts *[placeMaxParts]placeSpan) int {
	n := 0
	i, n = placeWords(s, i, parts, n, 4)
	if n == 0 || i == len(s) || s[i] != ',' {
		return n
	}
	j := i + 1
	for j < len(s) && isRESpace(s[j]) {
		j++
	}
	_, n = placeWords(s, j, parts, n, 3)
	return n
}

// placeWords reads up to max words joined by a space at s[i:] into
// parts[n:], the first with no space before it; it returns where they
// end and the new number of parts.
func placeWords(s string, i int, parts *[placeMaxParts]placeSpan, n, max int) (int, int) {
	for w := 0; w < max; w++ {
		j := wordStart(s, i, w)
		if j < 0 {
			break
		}
		for p := 0; p < 4; p++ {
			if p > 0 {
				if j == len(s) || s[j] != '/' || capitalLen(s, j+1) == 0 {
					break
				}
				j++
			}
			from, to := nameRun(s, j)
			parts[n] = placeSpan{from, to}
			n++
			j = to
		}
		i = j
	}
	return i, n
}

// wordStart is where word w of a run of words joined by one space starts
// when the text before it ends at s[i:]: at i for the first, after a
// space for the others; -1 unless a capital (\p{Lu}) opens it.
func wordStart(s string, i, w int) int {
	if w > 0 {
		if i == len(s) || s[i] != ' ' {
			return -1
		}
		i++
	}
	if capitalLen(s, i) == 0 {
		return -1
	}
	return i
}

// capitalLen is the length of the \p{Lu} rune at s[i:], or 0.
func capitalLen(s string, i int) int {
	if i == len(s) {
		return 0
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	if !unicode.Is(unicode.Lu, r) {
		return 0
	}
	return size
}

// nameRun reads the capital at s[i:], which the caller has seen, and
// the run of placeWord's letters after it: from is the capital's end, to
// the run's.
func nameRun(s string, i int) (from, to int) {
	from = i + capitalLen(s, i)
	to = from
	for to < len(s) {
		r, size := utf8.DecodeRuneInString(s[to:])
		if !isNameLetter(r) {
			break
		}
		to += size
	}
	return from, to
}

// isNameLetter is the class [\p{L}\p{M}.'’\-] of placeWord and
// bioNameRE.
func isNameLetter(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r) || r == '.' || r == '\'' || r == '’' || r == '-'
}

// FindDateline reads the dateline at the start of a paragraph.
func FindDateline(p string) (Dateline, bool) {
	if !mayOpenDateline(p) {
		return Dateline{}, false
	}
	if m := dlAgency.submatchIndex(p); m != nil {
		g := func(i int) string {
			if m[2*i] < 0 {
				return ""
			}
			return p[m[2*i]:m[2*i+1]]
		}
		agency := strings.TrimSpace(g(7))
		if agency == "" {
			agency = strings.TrimSpace(g(8))
		}
		agency = withoutCorrespondent(agency)
		if !plausibleAgency(agency) {
			return Dateline{}, false
		}
		dl := Dateline{Text: strings.TrimSpace(p[:m[1]]), Place: g(1), Agency: agency}
		fillDate(&dl, g(2), g(3), g(4), g(5), g(6))
		// A place without a date must look like a dateline place: in
		// capitals ("WASHINGTON (Reuters) -"), the city at least when a
		// country or state follows it ("KYIV, Ukraine (AP) —").
		if city, _, _ := strings.Cut(dl.Place, ","); dl.Place != "" && dl.Month == 0 && strings.ToUpper(city) != city {
			return Dateline{}, false
		}
		return dl, true
	}
	for _, pl := range []*placeLed{dlDateAgency, dlDotted} {
		if m := pl.submatch(p); m != nil && plausibleAgency(strings.TrimSpace(m[7])) {
			dl := Dateline{Text: strings.TrimSpace(m[0]), Place: m[1], Agency: strings.TrimSpace(m[7])}
			fillDate(&dl, m[2], m[3], m[4], m[5], m[6])
			if dl.Month != 0 {
				return dl, true
			}
		}
	}
	if m := dlDate.submatch(p); m != nil {
		dl := Dateline{Text: strings.TrimSpace(m[0]), Place: m[1]}
		fillDate(&dl, m[2], m[3], m[4], m[5], m[6])
		if dl.Month != 0 {
			return dl, true
		}
	}
	if m := dlDateFirst.get().FindStringSubmatchIndex(p); m != nil && mayBeMonth(strings.TrimLeft(p, " \t\n")) {
		// "Dec 2 (Reuters) -": the date, no place, then the agency. Only
		// the agency is taken: such a date, often of a story's first
		// version, is left to the page's own date lines.
		if a := withoutCorrespondent(strings.TrimSpace(p[m[8]:m[9]])); plausibleAgency(a) {
			return Dateline{Text: strings.TrimSpace(p[:m[1]]), Agency: a}, true
		}
	}
	if a, n, ok := bracketLead(p); ok {
		return Dateline{Text: strings.TrimSpace(p[:n]), Agency: a}, true
	}
	return Dateline{}, false
}

// bracketLead reads an agency in brackets that opens a lead with no
// separator after it ("(MENAFN) North Korea has ...", "(AFP) The
// ministry said ..."): a known agency, or one word of 2 to 10 capitals
// that is no story tag ("(LEAD)", "(UPDATE)"), then white space and a
// capitalised word. It returns the agency and the end of the brackets.
func bracketLead(p string) (agency string, end int, ok bool) {
	i := 0
	for i < len(p) && isRESpace(p[i]) {
		i++
	}
	if i >= len(p) || p[i] != '(' {
		return "", 0, false
	}
	j := strings.IndexByte(p[i:], ')')
	if j < 2 || j > 40 {
		return "", 0, false
	}
	a := strings.TrimSpace(p[i+1 : i+j])
	end = i + j + 1
	k := end
	for k < len(p) && isRESpace(p[k]) {
		k++
	}
	if k == end || k >= len(p) {
		return "", 0, false
	}
	if r, _ := utf8.DecodeRuneInString(p[k:]); !unicode.IsUpper(r) {
		return "", 0, false
	}
	if ka := knownAgency(a); ka != "" {
		return ka, end, true
	}
	if strings.ContainsAny(a, " \t") || !isCapsName(a) || bracketTags[strings.ToLower(a)] {
		return "", 0, false
	}
	for _, r := range a {
		if !unicode.IsLetter(r) {
			return "", 0, false
		}
	}
	return a, end, true
}

// bracketTags are the story tags wire copy sets in brackets before a
// lead or a headline: they name no agency.
var bracketTags = set("lead", "update", "updated", "urgent", "breaking", "exclusive", "corrected", "correction", "refile",
	"wrapup", "amended", "video", "photo", "photos", "interview", "analysis", "opinion", "editorial", "file", "live", "audio",
	"advisory", "feature", "news", "sponsored", "ad", "watch", "listen", "graphic", "explainer", "factbox", "poll", "review",
	"upd", "обновлено", "видео", "фото", "інтерв'ю", "интервью", "відео", "молния", "блискавка")

// mayOpenDateline is a test that every paragraph one of the dateline
// patterns matches passes, made without a regexp. Each pattern holds a
// "(" or "/" (the agency) or an ASCII digit (the day) and matches from the
// start, so it covers the text up to the first of them; before it come
// only white space, place words (starting with an upper-case letter),
// commas, full stops, apostrophes, hyphens and an English month name in
// any case ("Seoul, June 2 (Yonhap) --"). The test reads up to that first
// rune and says no when the text opens otherwise: a sentence's second,
// lower-case word, a quotation mark, a semicolon.
func mayOpenDateline(p string) bool {
	i := 0
	for i < len(p) && (p[i] == ' ' || p[i] == '\t' || p[i] == '\n' || p[i] == '\f' || p[i] == '\r') {
		i++
	}
	if i == len(p) {
		return false
	}
	if p[i] == '(' || p[i] == '/' {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(p[i:]); !unicode.Is(unicode.Lu, r) {
		return false
	}
	wordStart := false // the rune before was white space or a comma
	for i < len(p) {
		r, n := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(p[i:])
		}
		switch {
		case r == '(' || r == '/' || '0' <= r && r <= '9':
			return true
		case unicode.IsLetter(r):
			if wordStart && !unicode.Is(unicode.Lu, r) && !mayBeMonth(p[i:]) {
				return false // only a month name may start lower case
			}
			wordStart = false
		case r == ',' || unicode.IsSpace(r):
			wordStart = true
		case r == '.' || r == '\'' || r == '’' || r == '-' || unicode.Is(unicode.M, r):
			wordStart = false
		default:
			return false
		}
		i += n
	}
	return false
}

// mayBeMonth reports whether the run of letters s opens with may be an
// English month name as the dateline patterns read it (in any case): one
// of the month forms, or a run with a letter outside ASCII, which case
// folding may take to one ("ſept").
func mayBeMonth(s string) bool {
	end := 0
	for end < len(s) {
		c := s[end]
		if c >= utf8.RuneSelf {
			r, _ := utf8.DecodeRuneInString(s[end:])
			if unicode.IsLetter(r) {
				return true
			}
			break
		}
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z') {
			break
		}
		end++
	}
	return dateMonthForms[strings.ToLower(s[:end])]
}

func fillDate(dl *Dateline, mon1, day1, day2, mon2, year string) {
	mon, day := mon1, day1
	if mon == "" {
		mon, day = mon2, day2
	}
	if mon == "" {
		return
	}
	dl.Month = monthNum(mon)
	dl.Day, _ = strconv.Atoi(day)
	dl.Year, _ = strconv.Atoi(year)
	if dl.Day < 1 || dl.Day > 31 {
		dl.Month, dl.Day, dl.Year = 0, 0, 0
	}
}

// withoutCorrespondent is an agency without the correspondent's title
// before it ("/Корр. ТАСС/", "/Спец. корр. ТАСС/"): the agency.
func withoutCorrespondent(a string) string {
	low := strings.ToLower(a)
	for _, p := range []string{"спец. корр.", "спецкорр.", "собкорр.", "корр.", "кор.", "власкор.", "corr."} {
		if strings.HasPrefix(low, p) {
			return strings.TrimSpace(a[len(p):])
		}
	}
	return a
}

// plausibleAgency accepts a known agency or a short capitalized name, and
// refuses parenthesized remarks such as "(L)" or "(2-R)".
func plausibleAgency(a string) bool {
	if a == "" || len([]rune(a)) < 2 {
		return false
	}
	if knownAgency(a) != "" {
		return true
	}
	words := strings.Fields(a)
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		r := []rune(w)
		if len(r) == 0 || !(r[0] >= 'A' && r[0] <= 'Z' || r[0] > 127) {
			return false
		}
	}
	return len([]rune(a)) >= 3
}

var reFullDate = lazyRE(`\b(?:(` + monthRE + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s*(\d{4})|(\d{1,2})(?:st|nd|rd|th)?\s+(` + monthRE + `)\.?,?\s+(\d{4})|(\d{4})-(\d{2})-(\d{2}))\b`)

// FullDates returns the complete dates (day, month and year) written in s,
// as time values at UTC midnight.
func FullDates(s string) []time.Time {
	var out []time.Time
	for _, m := range reFullDate.get().FindAllStringSubmatch(s, -1) {
		var y, mo, d int
		switch {
		case m[1] != "":
			mo, y = monthNum(m[1]), atoi(m[3])
			d = atoi(m[2])
		case m[5] != "":
			mo, y, d = monthNum(m[5]), atoi(m[6]), atoi(m[4])
		default:
			y, mo, d = atoi(m[7]), atoi(m[8]), atoi(m[9])
		}
		if validDate(y, mo, d) {
			out = append(out, time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC))
		}
	}
	return out
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// MaxYearGap is how far (in days) the latest full date of an article may lie
// before a yearless dateline for the dateline to take that date's year.
const MaxYearGap = 62

// ResolveDatelineYear gives a yearless dateline a year from the article's
// full dates: they must all name the same year Y, the dateline day in Y must
// not be before any of them, and the latest must lie at most MaxYearGap days
// before it. Otherwise the year stays unknown (0).
func ResolveDatelineYear(month, day int, dates []time.Time) int {
	if month == 0 || len(dates) == 0 {
		return 0
	}
	y := dates[0].Year()
	latest := dates[0]
	for _, d := range dates {
		if d.Year() != y {
			return 0
		}
		if d.After(latest) {
			latest = d
		}
	}
	if !validDate(y, month, day) {
		return 0
	}
	dl := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if dl.Before(latest) || dl.Sub(latest) > MaxYearGap*24*time.Hour {
		return 0
	}
	return y
}

// hasYear reports four consecutive ASCII digits, which every header date has.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
			if n == 4 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// reMention is a past month or year a text reports events in: "in June
// 2024", "since 2023", "during 2024", "в июне 2024 года", "у 2023 році".
// Times after "by", "until" or "before" (deadlines, plans) are left out.
var reMention = lazyRE(`(?i)(?:^|[^\p{L}])(?:in|on|since|during|from|of|в|во|с|у|з)[\s\p{Z}]+(?:(` + monthRE + `|` + ruMonthAlt + `|` +
	`(?i:` + ruMonthPrep + `))\.?[\s\p{Z}]+)?(?:\d{1,2},?[\s\p{Z}]+)?((?:19|20)\d{2})(?:[^\p{N}]|$)`)

// Ranges of months a text reports events over, whose year is written
// once, after the second month: reRangeMention is "between March and
// November 2024", "from 4 April to 9 June 2021", "с марта по май 2024
// года", "з березня до травня 2024 року"; reDashMention is "March–November
// 2024". Group 1 is the second month, group 2 the year.
var (
	rangeDay       = `(?:\d{1,2}(?:st|nd|rd|th)?)`
	rangeMonth     = `(?:` + monthAlt + `|` + ruMonthEnd + `)`
	reRangeMention = lazyRE(`(?i)(?:^|[^\p{L}])(?:between|from|с|со|з|із|від)[\s\p{Z}]+(?:` + rangeDay + `[\s\p{Z}]+)?` +
		rangeMonth + `\.?(?:[\s\p{Z}]+` + rangeDay + `)?[\s\p{Z}]+(?:and|to|through|thru|till|until|по|до)[\s\p{Z}]+(?:` + rangeDay + `[\s\p{Z}]+)?(` +
		rangeMonth + `)\.?(?:[\s\p{Z}]+` + rangeDay + `)?,?[\s\p{Z}]+((?:19|20)\d{2})(?:[^\p{N}]|$)`)
	reDashMention = lazyRE(`(?i)(?:^|[^\p{L}])` + rangeMonth + `\.?[\s\p{Z}]*[-–—][\s\p{Z}]*(` + rangeMonth + `)\.?[\s\p{Z}]+((?:19|20)\d{2})(?:[^\p{N}]|$)`)
)

// PastMentions returns the first day of each month (or year) that a text
// reports events in (see reMention; of a range of months, its last, see
// reRangeMention), and its full dates.
func PastMentions(s string) []time.Time {
	out := FullDates(s)
	add := func(month, year string) {
		y := atoi(year)
		mo := 1
		if month != "" {
			mo = monthNum(month)
		}
		if mo >= 1 && validDate(y, mo, 1) {
			out = append(out, time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC))
		}
	}
	for _, m := range reMention.get().FindAllStringSubmatch(s, -1) {
		add(m[1], m[2])
	}
	for _, re := range []*lazy{reRangeMention, reDashMention} {
		for _, m := range re.get().FindAllStringSubmatch(s, -1) {
			add(m[1], m[2])
		}
	}
	return out
}

// YearAfterPastDates gives a yearless dateline the first year in which its
// day is not before the latest of the text's past dates, when that day
// falls within a year of it ("SEOUL, Feb 10" in a text reporting events
// "in June 2024" is 2025-02-10). Otherwise 0.
func YearAfterPastDates(month, day int, dates []time.Time) int {
	if month == 0 || len(dates) == 0 {
		return 0
	}
	latest := dates[0]
	for _, d := range dates {
		if d.After(latest) {
			latest = d
		}
	}
	for y := latest.Year(); y <= latest.Year()+1; y++ {
		if !validDate(y, month, day) {
			continue
		}
		t := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if !t.Before(latest) {
			if t.Sub(latest) > 366*24*time.Hour {
				return 0
			}
			return y
		}
	}
	return 0
}
