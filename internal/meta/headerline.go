package meta

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/rx"
)

// Date labels, by how much a date they introduce says about publication.
const (
	LabelNone      = ""          // a bare date
	LabelPublished = "published" // Published, Posted, Date, Опубликовано ...
	LabelUpdated   = "updated"   // Updated, Last modified, Обновлено ...
)

// LabelRank orders date labels: an explicit publication label beats a bare
// date, which beats an update label.
func LabelRank(label string) int {
	switch label {
	case LabelPublished:
		return 3
	case LabelUpdated:
		return 1
	}
	return 2
}

const (
	sp = `[\s\p{Z}]`
	// timeRE is a time of day after a date: "08:40", "10.12 GMT",
	// "5:04 PM", "at 5:04 p.m. ET", "14:05 (UTC+3)".
	zoneRE = `(?:GMT|UTC|KST|MSK|EST|EDT|ET|CET|CEST|EET|EEST|BST|PST|PDT|CST|CDT|JST|IST|Z|[+-]\d{2}:?\d{2}|\(?(?:GMT|UTC)` + sp + `*[+-]` + sp + `*\d{1,2}(?::?\d{2})?\)?|\((?:GMT|UTC|KST|MSK|ET|CET|EET)\))`
	timeRE = `(\d{1,2})(?::(\d{2})(?::(\d{2}))?|\.(\d{2}))(?:` + sp + `*([aApP])\.?[mM]\.?)?(?:` + sp + `*` + zoneRE + `)?`
)

// The parts of anyDateRE: the rune before and after a date, and its six
// shapes, in the order the pattern tries them.
const (
	dateBefore  = `(?:^|[^\p{L}\p{N}])`
	dateAfter   = `(?:[^\p{L}\p{N}]|$)`
	isoDateRE   = `(?P<iy>\d{4})(?P<is1>[-.])(?P<im>\d{1,2})[-.](?P<id>\d{1,2})(?:[T ](?P<ih>\d{1,2}):(?P<imi>\d{2})(?::(?P<is>\d{2}))?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?`
	slashDateRE = `(?P<sy>\d{4})/(?P<sm>\d{1,2})/(?P<sd>\d{1,2})`
	koDateRE    = `(?P<ky>\d{4})년` + sp + `*(?P<km>\d{1,2})월` + sp + `*(?P<kd>\d{1,2})일`
	numDateRE   = `(?P<nd>\d{1,2})(?P<ns>[./])(?P<nm>\d{1,2})[./](?P<ny>\d{4})`
)

var (
	monthDayDateRE = `(?P<mm>(?i:` + monthAlt + `))\.?` + sp + `+(?P<md>\d{1,2})(?:st|nd|rd|th)?,?` + sp + `+(?P<my>\d{4})`
	dayMonthDateRE = `(?P<dd>\d{1,2})(?:st|nd|rd|th)?` + sp + `+(?P<dm>(?i:` + monthAlt + `|` + ruMonthDateAlt + `))\.?,?` + sp + `+(?P<dy>\d{4})(?:` + sp + `*(?:г\.|года|року|р\.))?`
	weekdayRE      = `(?:(?i:` + weekdayAlt + `)\.?,?` + sp + `+)?`
	// anyDateRE is a complete date in a line. Groups are named. FindDates
	// reads it with reAnyDateAt, or where it can with reWeekdayAt and
	// reMonthDateAt (findAnyDate, anyDateAt).
	anyDateRE = dateBefore + `(` + weekdayRE + `(?:` +
		isoDateRE + `|` + slashDateRE + `|` + koDateRE + `|` + numDateRE + `|` + monthDayDateRE + `|` + dayMonthDateRE +
		`))` + dateAfter
	// reAnyDateAt is anyDateRE at the start of the text only.
	reAnyDateAt = rx.MustCompileLazy(`^` + anyDateRE)
	// reWeekdayAt is anyDateRE's weekday, with what follows it up to the
	// date, at the start of the text.
	reWeekdayAt = rx.MustCompileLazy(`^(?i:` + weekdayAlt + `)\.?,?` + sp + `+`)
	// reMonthDateAt is anyDateRE's shape that starts with a month ("March
	// 5, 2024") and the rune after it, at the start of the text. It and
	// reWeekdayAt have fewer than 500 program instructions (anyDateRE
	// 877), so regexp runs its backtracker on them instead of the NFA.
	reMonthDateAt = rx.MustCompileLazy(`^(` + monthDayDateRE + `)` + dateAfter)
	// reTimeAfter is a time of day right after a date.
	reTimeAfter = rx.MustCompileLazy(`^(?:,|` + sp + `*[|•·–—-])?` + sp + `*(?:(?i:at|в|о)` + sp + `+)?` + timeRE)
	// reTimeBefore is a time of day right before a date ("9:12 a.m. ET,").
	reTimeBefore = rx.MustCompileLazy(`(?:^|` + sp + `)` + timeRE + sp + `*,?` + sp + `*$`)
	// reLabelBefore is a label right before a date.
	reLabelBefore  = rx.MustCompileLazy(`(?i:(first` + sp + `+published|published|posted|publication` + sp + `+(?:date|time)|publish` + sp + `+(?:date|time)|release` + sp + `+date|released|issued|created|опубликовано|опубліковано|дата` + sp + `+публикации|дата` + sp + `+публікації|publicado|publié|veröffentlicht|기사입력|입력|송고시간|등록)|(last` + sp + `+updated|updated|last` + sp + `+modified|modified|обновлено|оновлено|actualizado|mis` + sp + `+à` + sp + `+jour|aktualisiert|수정|업데이트)|(dated|date|дата))(?:` + sp + `+(?i:on|at|le|am|el))?` + sp + `*[:\-–]?` + sp + `*$`)
	reDateSegLabel = rx.MustCompileLazy(`^` + strings.TrimSuffix(reLabelBefore.String(), `$`) + `(?:(?i:at` + sp + `+)?` + timeRE + `(?:` + sp + `*,)?)?` + sp + `*$`)
)

// anyDateGroups are reAnyDateAt's named groups, made at the first use.
var anyDateGroups = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, n := range reAnyDateAt.SubexpNames() {
		if n != "" {
			m[n] = i
		}
	}
	return m
})

// DateMatch is a date found in a line, with the label before it and the
// time of day after it.
type DateMatch struct {
	Start, End int    // byte span of label, date and time in the line
	Label      string // LabelPublished, LabelUpdated or LabelNone
	Day        string // YYYY-MM-DD
	DayTime    string // YYYY-MM-DDTHH:MM:SS when a time is given
}

// FindDates returns the complete dates written in a line (header shapes:
// ISO, "03.03.2024", "March 3, 2024", "Mon 4 Mar 2024", "3 марта 2024"),
// each with a label just before it ("Published:", "Updated", "Posted on",
// "Опубликовано") and a time of day just after it ("08:40", "5:04 PM",
// "10.12 GMT"). Numeric dates with slashes are read only when unambiguous
// (ISO order, or a day above 12).
func FindDates(line string) []DateMatch {
	if !mayHoldDate(line) {
		return nil
	}
	var out []DateMatch
	off := 0
	groups := anyDateGroups()
	for off < len(line) {
		loc := findAnyDate(line[off:])
		if loc == nil {
			break
		}
		g := func(name string) string {
			i := groups[name]
			if loc[2*i] < 0 {
				return ""
			}
			return line[off+loc[2*i] : off+loc[2*i+1]]
		}
		start, end := off+loc[2], off+loc[3]
		next := end
		if next <= off {
			next = off + 1
		}
		var y, mo, d, h, mi, sec int
		hasTime := false
		switch {
		case g("iy") != "":
			y, mo, d = atoi(g("iy")), atoi(g("im")), atoi(g("id"))
			if g("ih") != "" {
				hasTime, h, mi, sec = true, atoi(g("ih")), atoi(g("imi")), atoi(g("is"))
			}
		case g("ky") != "":
			y, mo, d = atoi(g("ky")), atoi(g("km")), atoi(g("kd"))
		case g("sy") != "":
			y, mo, d = atoi(g("sy")), atoi(g("sm")), atoi(g("sd"))
		case g("ny") != "":
			a, b := atoi(g("nd")), atoi(g("nm"))
			y, d, mo = atoi(g("ny")), a, b
			if g("ns") == "/" {
				switch {
				case a > 12 && b <= 12:
				case b > 12 && a <= 12:
					d, mo = b, a
				default:
					y = 0 // ambiguous day/month order
				}
			}
		case g("my") != "":
			y, mo, d = atoi(g("my")), monthNum(g("mm")), atoi(g("md"))
		case g("dy") != "":
			y, mo, d = atoi(g("dy")), monthNum(g("dm")), atoi(g("dd"))
		}
		if !validDate(y, mo, d) {
			off = next
			continue
		}
		if !hasTime && hasASCIIDigit(line[end:]) {
			if t := reTimeAfter.FindStringSubmatchIndex(line[end:]); t != nil {
				tg := func(i int) string {
					if t[2*i] < 0 {
						return ""
					}
					return line[end+t[2*i] : end+t[2*i+1]]
				}
				hh, mm := atoi(tg(1)), atoi(tg(2)+tg(4))
				if ap := strings.ToLower(tg(5)); ap == "p" && hh < 12 {
					hh += 12
				} else if ap == "a" && hh == 12 {
					hh = 0
				}
				if hh <= 23 && mm <= 59 && atoi(tg(3)) <= 59 {
					hasTime, h, mi, sec = true, hh, mm, atoi(tg(3))
					end += t[1]
				}
			}
		}
		if !hasTime && hasASCIIDigit(line[off:start]) {
			// "Updated 9:12 a.m. ET, June 2, 2024": the time before the date
			if t := reTimeBefore.FindStringSubmatchIndex(line[off:start]); t != nil {
				tg := func(i int) string {
					if t[2*i] < 0 {
						return ""
					}
					return line[off+t[2*i] : off+t[2*i+1]]
				}
				hh, mm := atoi(tg(1)), atoi(tg(2)+tg(4))
				if ap := strings.ToLower(tg(5)); ap == "p" && hh < 12 {
					hh += 12
				} else if ap == "a" && hh == 12 {
					hh = 0
				}
				if hh <= 23 && mm <= 59 {
					hasTime, h, mi, sec = true, hh, mm, 0
					start = off + t[0]
				}
			}
		}
		if h > 23 || mi > 59 || sec > 60 {
			hasTime = false
		}
		dm := DateMatch{Start: start, End: end, Day: formatDay(y, mo, d)}
		if hasTime {
			dm.DayTime = dm.Day + "T" + pad2(h) + ":" + pad2(mi) + ":" + pad2(sec)
		}
		prefix := line[off:start]
		if l := labelBefore(prefix); l != nil && labelStartsWord(prefix, l[0]) {
			dm.Start = off + l[0]
			switch {
			case l[2] >= 0:
				dm.Label = LabelPublished
			case l[4] >= 0:
				dm.Label = LabelUpdated
			}
		}
		out = append(out, dm)
		off = end
	}
	return out
}

// findAnyDate is the leftmost match of anyDateRE in t, as its regexp's
// FindStringSubmatchIndex gives it, without running the pattern along the
// whole line: the pattern is tried anchored, only where a match may start.
//
// Every date of the pattern holds a year, a run of exactly four ASCII
// digits (what stands around it in each shape is no digit), and before
// its year at most the rest of the year's own word ("03.03.2024") and
// dateWords more words ("Tuesday, 5 March 2024"), the white space between
// them and the rune before the date. So a match starts within that reach
// of a year, and there only at the start of t or at a rune that is no
// letter or digit (the rune the pattern reads before a date). At such a
// rune the pattern's "^" branch fails (a date starts with a letter or a
// digit), so the anchored pattern reads the same dates there as the
// unanchored one; the positions are tried from left to right, so the
// first match is the leftmost one.
func findAnyDate(t string) []int {
	s := 0 // the next position to try: a rune's start, as the regexp steps through t
	for i := fourDigits(t, 0); i >= 0; i = fourDigits(t, i+4) {
		for lo := dateReach(t, i); s <= i; {
			r, n := utf8.DecodeRuneInString(t[s:])
			if s >= lo && (s == 0 || !unicode.IsLetter(r) && !unicode.IsNumber(r)) && mayStartDate(t, s, r, n) {
				if loc := anyDateAt(t[s:], dateBegin(s, r, n)-s); loc != nil {
					for k := range loc {
						if loc[k] >= 0 {
							loc[k] += s
						}
					}
					return loc
				}
			}
			s += n
		}
	}
	return nil
}

// anyDateAt is reAnyDateAt's FindStringSubmatchIndex of t, where the date
// would start at d (dateBegin). A date that starts with no digit starts
// with a weekday or is the shape that starts with a month: each other
// shape starts with a digit. The pattern's weekday, if it can read one
// there, ends at one place p, the end of the run of white space that
// starts at the first white space from d on (no weekday name holds white
// space, TestDateNamesAreWords, and no shape starts with it), and the ways
// with the weekday come first. So where no
// digit is at d or p, reAnyDateAt's match is reMonthDateAt's at p, else
// reMonthDateAt's at d, with the groups moved to their places in
// reAnyDateAt's; a digit there is left to reAnyDateAt.
func anyDateAt(t string, d int) []int {
	if d >= len(t) || isASCIIDigit(t[d]) {
		return reAnyDateAt.FindStringSubmatchIndex(t)
	}
	if w := weekdayAt(t[d:]); w != nil {
		p := d + w[1]
		if p < len(t) && isASCIIDigit(t[p]) {
			return reAnyDateAt.FindStringSubmatchIndex(t)
		}
		if loc := monthDateAt(t, d, p); loc != nil {
			return loc
		}
	}
	return monthDateAt(t, d, d)
}

// weekdayAt is reWeekdayAt.FindStringIndex(t), read without the regexp,
// whose backtracker tried each of the pattern's 40 names rune by rune
// with case folding: a weekday name in any case (weekdayNames), then "."
// and "," if there, then white space to its end.
func weekdayAt(t string) []int {
	i, ok := weekdayNames.at(t)
	if !ok {
		return nil
	}
	if i < len(t) && t[i] == '.' {
		i++
	}
	if i < len(t) && t[i] == ',' {
		i++
	}
	if j := spaceRunEnd(t, i); j > i {
		return []int{0, j}
	}
	return nil
}

// monthDateIndex is reMonthDateAt.FindStringSubmatchIndex(t), read
// without the regexp: a month name in any case (monthNames) and "." if
// there, white space, a day of one or two digits and "st", "nd", "rd" or
// "th" if there, "," if there, white space, a year of four digits, and
// the rune after it unless the year ends t, which is no letter or number.
// Each part is one way or none: what ends a part cannot go on the one
// before it (a digit after the day's or the year's digits makes no
// match), so the pattern's backtracking finds no other.
func monthDateIndex(t string) []int {
	name, ok := monthNames.at(t)
	if !ok {
		return nil
	}
	i := name
	if i < len(t) && t[i] == '.' {
		i++
	}
	day := spaceRunEnd(t, i)
	dayEnd := digitsEnd(t, day)
	if day == i || dayEnd-day < 1 || dayEnd-day > 2 {
		return nil
	}
	i = dayEnd
	if i+2 <= len(t) {
		switch t[i : i+2] {
		case "st", "nd", "rd", "th":
			i += 2
		}
	}
	if i < len(t) && t[i] == ',' {
		i++
	}
	year := spaceRunEnd(t, i)
	if year == i || digitsEnd(t, year)-year != 4 {
		return nil
	}
	end := year + 4
	if end < len(t) {
		r, n := utf8.DecodeRuneInString(t[end:])
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return nil
		}
		end += n
	}
	m := make([]int, 2*monthDateGroups.n)
	m[0], m[1], m[2], m[3] = 0, end, 0, year+4
	m[2*monthDateGroups.mm], m[2*monthDateGroups.mm+1] = 0, name
	m[2*monthDateGroups.md], m[2*monthDateGroups.md+1] = day, dayEnd
	m[2*monthDateGroups.my], m[2*monthDateGroups.my+1] = year, year+4
	return m
}

// monthDateGroups are the places of reMonthDateAt's groups (n of them
// with the whole match), read off the pattern without compiling it.
var monthDateGroups = func() (g struct{ n, mm, md, my int }) {
	g.n = reMonthDateAt.NumSubexp() + 1
	g.mm, g.md, g.my = reMonthDateAt.SubexpIndex("mm"), reMonthDateAt.SubexpIndex("md"), reMonthDateAt.SubexpIndex("my")
	return g
}()

// spaceRunEnd is the end of the run of white space ([\s\p{Z}]) at t[i:].
func spaceRunEnd(t string, i int) int {
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !patternSpace(r) {
			break
		}
		i += n
	}
	return i
}

// digitsEnd is the end of the run of ASCII digits at t[i:].
func digitsEnd(t string, i int) int {
	for i < len(t) && isASCIIDigit(t[i]) {
		i++
	}
	return i
}

// foldSet is a set of names, each a run of letters and apostrophes that
// no ".", "," or white space is part of, as a (?i) alternation of a
// pattern reads them.
type foldSet struct {
	folds map[string]bool // the names by the foldMin of their runes
	runes map[rune]bool   // the foldMin of every rune of a name
	most  int             // the longest fold in bytes
}

func newFoldSet(names []string) *foldSet {
	fs := &foldSet{folds: map[string]bool{}, runes: map[rune]bool{}}
	for _, name := range names {
		var w []byte
		for _, r := range name {
			f := foldMin(r)
			fs.runes[f] = true
			w = utf8.AppendRune(w, f)
		}
		fs.folds[string(w)] = true
		fs.most = max(fs.most, len(w))
	}
	return fs
}

// at reads the name t starts with, as a pattern's (?i) alternation of
// the names does when something that is no part of a name follows it:
// the alternative the pattern reads is then the whole run of runes that
// fold like runes of the names, and it is one of them when the run's
// fold is. It returns the end of that run and whether it is a name.
func (fs *foldSet) at(t string) (int, bool) {
	var buf [48]byte
	w := buf[:0]
	i := 0
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		f := foldMin(r)
		if !fs.runes[f] {
			break
		}
		if w = utf8.AppendRune(w, f); len(w) > fs.most {
			return i, false
		}
		i += n
	}
	return i, fs.folds[string(w)]
}

// foldMin is the least rune that folds as r does under (?i) (of its
// unicode.SimpleFold orbit), the apostrophes ’ and ʼ read as ': two runes
// match each other case-insensitively exactly when their foldMin is one.
func foldMin(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if r == '’' || r == 'ʼ' {
		return '\''
	}
	m := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		m = min(m, f)
	}
	return m
}

// weekdayNames and monthNames are the names of reWeekdayAt and
// reMonthDateAt.
var weekdayNames, monthNames = newFoldSet(weekdayForms), newFoldSet(monthForms)

// monthDateAt is reAnyDateAt's match of t whose date starts at d and
// whose month-first shape starts at x, if reMonthDateAt matches t[x:].
func monthDateAt(t string, d, x int) []int {
	m := monthDateIndex(t[x:])
	if m == nil {
		return nil
	}
	loc := make([]int, 2*reAnyDateAt.NumSubexp()+2)
	for k := range loc {
		loc[k] = -1
	}
	loc[0], loc[1], loc[2], loc[3] = 0, x+m[1], d, x+m[3]
	names := reMonthDateAt.SubexpNames()
	for g := 2; g < len(names); g++ {
		if a := anyDateGroups()[names[g]]; m[2*g] >= 0 {
			loc[2*a], loc[2*a+1] = x+m[2*g], x+m[2*g+1]
		}
	}
	return loc
}

// dateBegin is where the date of a match of reAnyDateAt at s starts (r
// is the rune at s, n its size): at s when s is 0 and r a letter or a
// number (the pattern's "^"), else after r.
func dateBegin(s int, r rune, n int) int {
	if s == 0 && (unicode.IsLetter(r) || unicode.IsNumber(r)) {
		return 0
	}
	return s + n
}

// mayStartDate is a test that every position s where reAnyDateAt
// matches t[s:] passes (r is the rune at s, n its size): the date itself
// starts at s when s is 0 and r a letter or a number (the pattern's "^"),
// else after r (its rune that is no letter or number). Every shape of it
// starts with one, two or four ASCII digits or with a weekday or a month
// (reDateWordAt, told by its prefix run, which reads a few runes where the
// date pattern's regexp tries each of its words). Four digits are a year,
// which "-", "." or "/" and a digit follow, or "년"; one or two a day,
// which "." or "/" and a digit follow, or white space (after "st", "nd",
// "rd" or "th" if any).
func mayStartDate(t string, s int, r rune, n int) bool {
	d := dateBegin(s, r, n)
	if d >= len(t) {
		return false
	}
	if isASCIIDigit(t[d]) {
		j := d + 1
		for j < len(t) && j-d <= 4 && isASCIIDigit(t[j]) {
			j++
		}
		switch j - d {
		case 4: // a year: "2024-03-05", "2024.03.05", "2024/03/05", "2024년"
			return digitAfter(t, j, "-./") || strings.HasPrefix(t[j:], "년")
		case 1, 2: // a day: "05.03.2024", "05/03/2024", "5 March", "5th March"
			return digitAfter(t, j, "./") || spaceAfterDay(t, j)
		}
		return false
	}
	return reDateWordAt.MayMatch(t[d:])
}

// digitAfter reports whether t[j] is one of the bytes seps and an ASCII
// digit follows it.
func digitAfter(t string, j int, seps string) bool {
	return j+1 < len(t) && strings.IndexByte(seps, t[j]) >= 0 && isASCIIDigit(t[j+1])
}

// spaceAfterDay reports whether white space follows the day number that
// ends at j, after its "st", "nd", "rd" or "th" if it has one, as the
// shape with a day before the month reads it.
func spaceAfterDay(t string, j int) bool {
	if j+2 <= len(t) {
		switch t[j : j+2] {
		case "st", "nd", "rd", "th":
			j += 2
		}
	}
	r, _ := utf8.DecodeRuneInString(t[j:])
	return j < len(t) && patternSpace(r)
}

// reDateWordAt is a weekday or a month, as anyDateRE reads them first.
var reDateWordAt = rx.MustCompile(`^(?i:` + weekdayAlt + `|` + monthAlt + `)`)

// fourDigits is the start of the first run of exactly four ASCII digits
// in s from i on, -1 if there is none.
func fourDigits(s string, i int) int {
	for i < len(s) {
		if !isASCIIDigit(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIIDigit(s[j]) {
			j++
		}
		if j-i == 4 {
			return i
		}
		i = j
	}
	return -1
}

// dateWords is how many words a date may hold before its year's word (a
// weekday, a day and a month); TestDateNamesAreWords checks that the names
// of the pattern are one word each.
const dateWords = 3

// dateReach is the leftmost position a date with its year at t[y:] may
// start at: back over the year's word, dateWords words and the white
// space between them, and one rune more.
func dateReach(t string, y int) int {
	p := y
	back := func(space bool) {
		for p > 0 {
			r, n := utf8.DecodeLastRuneInString(t[:p])
			if patternSpace(r) != space {
				return
			}
			p -= n
		}
	}
	back(false)
	for range dateWords {
		back(true)
		back(false)
	}
	if _, n := utf8.DecodeLastRuneInString(t[:p]); p > 0 {
		p -= n
	}
	return p
}

// patternSpace is the white space of the date patterns ([\s\p{Z}]).
func patternSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\f', '\r':
		return true
	}
	return r >= utf8.RuneSelf && unicode.Is(unicode.Z, r)
}

// labelStartsWord reports whether a label found at i in s begins a word.
func labelStartsWord(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.IsDigit(r)
}

// DateLine is a line that only states dates and who published: a label, a
// date and a time, an outlet or desk, an author, a reading time, a section,
// joined by separators ("Published February 10, 2025 | Harbor Times World
// Desk", "Eastern Desk | 24 January 2020", "The Pacific Ledger, February 11,
// 2020", "Posted on 2024-03-05 by Example Staff", "Updated 03.03.2024
// 08:40").
type DateLine struct {
	Day, DayTime string
	Label        string // the label of the chosen date
	Outlet       string // an outlet or desk named on the line, "" if none
	Author       string // a person named on the line ("by Jane Doe")
	// Source is true when the outlet is named as the origin of the copy
	// ("Syndicated from X", "Source: X", "via X").
	Source bool
	// OutletWeak: the outlet is only the last plain name on the line
	// ("Eastern Ledger | 24 January 2020"), a guess.
	OutletWeak bool
}

// segParts splits a header line into its segments at the separators
// (segSepRE; the tests hold it as a pattern): bars and bullets, a spaced
// dash or two, a dash opening or closing the line after white space,
// guillemets and arrows with the white space around them, a spaced ">".
// It is regexp.Split(s, -1) of the pattern, read by hand: each position
// from the left tried in the pattern's order of alternatives (segSepAt),
// the first match taken, the search going on after it.
func segParts(s string) []string {
	if s == "" {
		return []string{""}
	}
	var parts []string
	beg := 0
	for p := 0; p < len(s); {
		if end := segSepAt(s, p); end > 0 {
			parts = append(parts, s[beg:p])
			beg, p = end, end
			continue
		}
		_, n := utf8.DecodeRuneInString(s[p:])
		p += n
	}
	return append(parts, s[beg:])
}

// segSepRE is the separator segParts splits at, as a pattern.
const segSepRE = `[|•·‧]|` + sp + `[–—-]{1,2}` + sp + `|^[–—-]` + sp + `|` + sp + `[–—-]$|` + sp + `*[›»]` + sp + `*|` + sp + `>` + sp + `|` + sp + `/` + sp

// segSepAt is the end of the separator segSepRE matches at s[p:] (its
// alternatives tried in their order, each quantifier greedy), or -1.
// White space and the separator runes are disjoint, so a run of white
// space is read one way only.
func segSepAt(s string, p int) int {
	r, n := utf8.DecodeRuneInString(s[p:])
	switch r {
	case '|', '•', '·', '‧':
		return p + n
	}
	space := patternSpace(r)
	if space { // white space, one or two dashes, white space
		if d1 := dashEnd(s, p+n); d1 > 0 {
			if d2 := dashEnd(s, d1); d2 > 0 {
				if e := spaceEnd(s, d2); e > 0 {
					return e
				}
			}
			if e := spaceEnd(s, d1); e > 0 {
				return e
			}
		}
	}
	if p == 0 { // a dash and white space opening the text
		if d := dashEnd(s, 0); d > 0 {
			if e := spaceEnd(s, d); e > 0 {
				return e
			}
		}
	}
	if space { // white space and a dash closing the text
		if d := dashEnd(s, p+n); d == len(s) {
			return d
		}
	}
	// white space, a guillemet or arrow, white space
	if e := spaceRunEnd(s, p); e < len(s) {
		if g, m := utf8.DecodeRuneInString(s[e:]); g == '›' || g == '»' {
			return spaceRunEnd(s, e+m)
		}
	}
	if space && p+n < len(s) && s[p+n] == '>' { // a spaced ">"
		if e := spaceEnd(s, p+n+1); e > 0 {
			return e
		}
	}
	if space && p+n < len(s) && s[p+n] == '/' { // a spaced "/" ("March 5, 2024 / 10:15 AM / Updated 2 hours ago")
		if e := spaceEnd(s, p+n+1); e > 0 {
			return e
		}
	}
	return -1
}

// dashEnd is the end of the dash (-, –, —) at s[i:], or -1.
func dashEnd(s string, i int) int {
	if r, n := utf8.DecodeRuneInString(s[i:]); i < len(s) && isDash(r) {
		return i + n
	}
	return -1
}

// spaceEnd is the end of the white space rune ([\s\p{Z}]) at s[i:], or -1.
func spaceEnd(s string, i int) int {
	if r, n := utf8.DecodeRuneInString(s[i:]); i < len(s) && patternSpace(r) {
		return i + n
	}
	return -1
}

var (
	// reIssue is the issue and page of a print edition on its date line
	// ("Северный навигатор № 17 от 03.03.2024, стр. 4", "No. 31 of").
	reIssue = rx.MustCompileLazy(`(?i),?` + sp + `*(?:№|no\.|nr\.)` + sp + `*\d+(?:` + sp + `+(?:от|від|of|dated))?` + sp + `*$|^` + sp + `*,?` + sp + `*(?:стр|стор|с|p|pp|page)\.?` + sp + `*\d+(?:[-–]\d+)?` + sp + `*$`)
	// rePostedBy is "Posted by admin": the label and whoever posted.
	rePostedBy = rx.MustCompileLazy(`^(?i:posted|published|written|added|опубликовал|опубликовала)` + sp + `+(?i:by)?` + sp + `*(.+)$`)
	// reCrumb tells a breadcrumb date line ("News › War › 23.12.2024").
	reCrumb   = rx.MustCompileLazy(sp + `*[›»]` + sp + `*|` + sp + `>` + sp)
	reTimeSeg = rx.MustCompileLazy(`^(?i:at` + sp + `+)?` + timeRE + `$|^` + zoneRE + `$`)
	reReadSeg = rx.MustCompileLazy(`^(?i:\d{1,3}` + sp + `*(?:min(?:ute)?s?\.?|мин\.?|хв\.?)(?:` + sp + `+(?:read|reading|чтения|читання))?|(?:reading|read)` + sp + `+time:?` + sp + `*\d{1,3}` + sp + `*min(?:ute)?s?|\d+` + sp + `*(?:views|просмотров|переглядів|comments?)|(?:views|просмотров|просмотры|переглядів|перегляди|comments|комментарии|коментарі)` + sp + `*:?` + sp + `*\d[\d,.]*|(?:updated` + sp + `+)?\d{1,3}` + sp + `*(?:minutes?|mins?|hours?|hrs?|days?|[mhd])(?:` + sp + `+ago)?|(?:updated` + sp + `+)?(?:an?|one)` + sp + `+(?:minute|hour|day)` + sp + `+ago|(?:обновлено` + sp + `+)?\d{1,3}` + sp + `*(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей))` + sp + `+назад|\d{1,3}` + sp + `*(?:хвилин[уи]?|годин[уи]?|днів|дні)` + sp + `+тому)$`)
	// reShareSeg is a run of share and print buttons a date line carries
	// ("9 March 2024 16:15 Share Print", "Отправить по email", "Поділитися").
	reShareSeg   = rx.MustCompileLazy(`^(?i:` + shareButtonRE + `)(?:` + sp + `*[,|/•·]?` + sp + `*(?i:` + shareButtonRE + `))*$`)
	reBySeg      = rx.MustCompileLazy(`^(?i:by|от|автор:?)` + sp + `+(.+)$`)
	reSourceSeg  = rx.MustCompileLazy(`^(?i:syndicated` + sp + `+from|source:?|sources:?|via|courtesy` + sp + `+of|originally` + sp + `+published` + sp + `+(?:by|in|at|on)|first` + sp + `+published` + sp + `+(?:by|in|at|on)|republished` + sp + `+from|from|источник:?|джерело:?)` + sp + `+(.+)$`)
	reStaffWords = rx.MustCompileLazy(`(?i)` + sp + `+(?:staff(?:` + sp + `+(?:writers?|reporters?))?|reporters?|newsroom|editorial` + sp + `+(?:team|staff|board)|editors|team|(?:news|web|online|digital|world|foreign|international|national|politics|business|asia|europe|metro|city|regional|editorial|wire|breaking` + sp + `+news)` + sp + `+desk)$`)
)

// shareButtonRE is one share or print button of a page, in English,
// Russian and Ukrainian: the verb with what it sends by, or a network.
const shareButtonRE = `share(?:` + sp + `+(?:this|on|via|by))?(?:` + sp + `+(?:article|story|post|email|e-mail|facebook|twitter|x))?|tweet|e-?mail|print(?:` + sp + `+this)?|copy` + sp + `+link|facebook|twitter|telegram|whatsapp|linkedin|viber|vk|` +
	`(?:отправить|переслать|надіслати|переслати|поделиться|поділитися)(?:` + sp + `+(?:по|на|в|у|через))?(?:` + sp + `+(?:email|e-mail|почте|пошту|почту|электронной` + sp + `+почте|електронну` + sp + `+пошту|facebook|telegram|viber|whatsapp))?|` +
	`печать|распечатать|версия` + sp + `+для` + sp + `+печати|друк|друкувати|надрукувати|версія` + sp + `+для` + sp + `+друку|(?:скопировать|копировать|скопіювати|копіювати)` + sp + `+(?:ссылку|посилання)|твитнуть`

// sectionWords are section and kind labels that stand beside an outlet or a
// date in header lines ("Analysis | Example Ledger").
var sectionWords = set("analysis", "opinion", "commentary", "comment", "news", "world", "world news", "politics", "business",
	"economy", "feature", "features", "explainer", "interview", "editorial", "column", "asia", "europe", "asia-pacific",
	"americas", "africa", "middle east", "national", "international", "local", "breaking", "breaking news", "exclusive",
	"report", "special report", "investigation", "in depth", "insight", "focus", "korea", "north korea", "russia", "ukraine",
	"defence", "defense", "security", "diplomacy", "society", "culture", "sport", "sports", "science", "tech", "technology",
	"latest", "live", "update", "briefing", "newsletter", "podcast", "video", "photos", "gallery", "blog", "long read",
	"аналитика", "мнение", "новости", "в мире", "политика", "экономика", "аналітика", "думка", "новини", "світ", "політика", "економіка",
	"общество", "происшествия", "регион", "регионы", "интервью", "миграция", "суспільство", "регіони", "війна", "інтерв'ю", "war")

// genericSources are the nouns that credit a report to an unnamed source
// kind, not to an outlet: a headline's "... – ЗМІ", "... — СМИ", "...:
// Report", "... - media" attributes the story; it names no masthead.
var genericSources = set("media", "report", "reports", "sources", "source", "officials", "official", "study", "survey", "poll",
	"analysts", "experts", "intelligence", "reports say", "media reports", "insiders",
	"сми", "медиа", "источники", "источник", "эксперты", "аналитики", "разведка", "исследование", "опрос", "доклад", "отчет", "отчёт",
	"змі", "медіа", "джерела", "джерело", "експерти", "аналітики", "розвідка", "дослідження", "опитування", "доповідь", "звіт")

// GenericSource reports a name that is only a generic source noun
// (genericSources), alone or after adjectives of who it is ("Western
// media", "российские СМИ", "західні ЗМІ"): one to three words, the last
// a generic source, each before it an adjective (a lower-case word, or a
// capitalised one with an adjective's ending). "The Media Line" or
// "Media Group" are names, not this.
func GenericSource(s string) bool {
	words := strings.Fields(strings.ToLower(strings.Trim(s, " .,;:!\"'«»“”")))
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	if genericSources[strings.Join(words, " ")] {
		return true
	}
	if !genericSources[words[len(words)-1]] {
		return false
	}
	orig := strings.Fields(s)
	if len(orig) != len(words) {
		return false
	}
	for _, w := range orig[:len(orig)-1] {
		if !adjectiveLike(w) {
			return false
		}
	}
	return true
}

// adjectiveLike reports a word that reads as an adjective before a noun:
// lower case, or with an English or a Russian or Ukrainian adjective
// ending ("Western", "Korean", "Российские", "Західні").
func adjectiveLike(w string) bool {
	if r := firstRune(w); unicode.IsLower(r) {
		return true
	}
	lw := strings.ToLower(w)
	for _, suf := range []string{"ern", "ian", "ean", "ese", "ish", "can", "ые", "ие", "ий", "ій", "ні", "і"} {
		if strings.HasSuffix(lw, suf) && len(lw) > len(suf)+2 {
			return true
		}
	}
	return false
}

// outletWords are words that name news outlets.
var outletWords = set("news", "times", "post", "herald", "daily", "ledger", "review", "journal", "agency", "press", "tribune",
	"gazette", "telegraph", "wire", "desk", "courier", "radio", "tv", "television", "monitor", "chronicle", "observer",
	"guardian", "standard", "express", "mail", "star", "today", "insider", "magazine", "media", "network", "broadcasting",
	"service", "bulletin", "dispatch", "sun", "globe", "independent", "weekly", "online", "newswire", "pravda", "izvestia",
	"kommersant", "vedomosti", "gazeta", "novosti", "ilbo", "sinmun", "shimbun", "zeitung", "diario", "noticias", "economist",
	"diplomat", "affairs", "policy", "politico", "reporter", "record", "register", "sentinel", "inquirer", "examiner",
	"новости", "вести", "известия", "газета", "ведомости", "обозреватель", "обозрение", "правда", "лента", "онлайн", "экспресс",
	"вестник", "курьер", "навигатор", "новини", "вісті", "оглядач", "огляд", "правда", "газета", "хвиля", "тиждень", "день",
	"herald-tribune", "newsweek", "week", "voice", "world", "eye", "watch", "info", "digest", "online", "newsroom", "briefing")

// connectors may stand lower-case inside a name.
var connectors = set("of", "the", "and", "for", "de", "del", "la", "le", "du", "van", "von", "al", "on", "in", "at", "&", "und", "y", "et")

// nameLike reports a short name: one to eight words, each capitalised (or a
// connector, a number, a domain), no sentence punctuation at the end.
// notNameRunes are the runes a name segment never holds.
var notNameRunes = rx.NewRunes("!?;\"“”")

func nameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 || utf8.RuneCountInString(s) > 80 {
		return false
	}
	if notNameRunes.In(s) {
		return false
	}
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(words[len(words)-1], ".com.") {
		last := words[len(words)-1]
		if strings.Count(last, ".") < 2 && !(len(last) <= 4 && unicode.IsUpper(firstRune(last))) {
			return false
		}
	}
	caps := 0
	for i, w := range words {
		r := firstRune(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case i > 0 && connectors[strings.ToLower(w)]:
		case i > 0 && unicode.Is(unicode.Cyrillic, r) && len(words) <= 5: // "Деловой обозреватель"
		case strings.Contains(w, ".") && unicode.IsLetter(r): // example.com
			caps++
		default:
			return false
		}
	}
	return caps > 0 && hasLetterWord(words)
}

// hasLetterWord reports a word starting with a letter.
func hasLetterWord(words []string) bool {
	for _, w := range words {
		if unicode.IsLetter(firstRune(w)) {
			return true
		}
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// looksLikeOutlet reports a name that reads as a news outlet: a known agency,
// a name holding an outlet word ("Times", "Desk", "News"), a name starting
// with "The", an acronym or a web domain.
func looksLikeOutlet(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || GenericSource(s) {
		return false
	}
	if knownAgency(s) != "" {
		return true
	}
	words := strings.Fields(s)
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,;:'’\""))
		if outletWords[lw] {
			return true
		}
		if i := strings.LastIndexByte(lw, '.'); i > 0 && i < len(lw)-1 && isDomainSuffix(lw[i+1:]) {
			return true
		}
	}
	if len(words) >= 2 && strings.EqualFold(words[0], "the") {
		return true
	}
	if len(words) == 1 && isCapsName(s) {
		return true
	}
	return false
}

func isDomainSuffix(s string) bool {
	switch s {
	case "com", "org", "net", "ru", "ua", "kr", "uk", "io", "info", "news", "de", "fr", "jp", "cn", "example":
		return true
	}
	return false
}

// OutletName reads a line that only names an outlet ("The Example
// Ledger", "Example Times Staff"), as printed under a byline.
func OutletName(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if o, ok := StaffOutlet(line); ok {
		return o, true
	}
	if len(strings.Fields(line)) > 6 || !nameLike(line) || !looksLikeOutlet(line) {
		return "", false
	}
	if a := knownAgency(line); a != "" {
		return a, true
	}
	return line, true
}

// StaffOutlet reads "Example Times Staff", "Example Times World Desk" and
// returns the outlet ("Example Times"); ok is false for other names.
func StaffOutlet(s string) (string, bool) {
	s = strings.TrimSpace(s)
	loc := reStaffWords.FindStringIndex(s)
	if loc == nil || loc[0] == 0 {
		return "", false
	}
	name := strings.TrimSpace(s[:loc[0]])
	if name == "" || !nameLike(name) {
		return "", false
	}
	return name, true
}

type segment struct {
	kind  int // segEmpty ...
	value string
	comma bool // the part ended with a comma ("Seoul, 3 March 2024")
}

const (
	segEmpty = iota
	segLabel
	segSection
	segAuthor
	segOutlet
	segSource
	segName
	segBad
)

// classifySeg says what a piece of a date line is.
func classifySeg(s string) segment {
	s = segText(s)
	if s == "" {
		return segment{kind: segEmpty}
	}
	if m := reDateSegLabel.FindStringSubmatch(s); m != nil {
		switch {
		case m[1] != "":
			return segment{kind: segLabel, value: LabelPublished}
		case m[2] != "":
			return segment{kind: segLabel, value: LabelUpdated}
		}
		return segment{kind: segLabel, value: LabelNone}
	}
	if reTimeSeg.MatchString(s) || reReadSeg.MatchString(s) || reShareSeg.MatchString(s) {
		return segment{kind: segEmpty}
	}
	if sectionWords[strings.ToLower(s)] {
		return segment{kind: segSection, value: s}
	}
	if m := reSourceSeg.FindStringSubmatch(s); m != nil {
		name := strings.TrimSpace(strings.TrimRight(m[1], "."))
		if nameLike(name) {
			if o, ok := StaffOutlet(name); ok {
				name = o
			}
			if a := knownAgency(name); a != "" {
				name = a
			}
			return segment{kind: segSource, value: name}
		}
		return segment{kind: segBad}
	}
	switch strings.ToLower(s) {
	case "by", "in", "on", "at", "от", "в", "у":
		return segment{kind: segEmpty} // "Posted on | 18.12.2024 | by | Jane Roe | in | Economy"
	}
	if reIssue.MatchString(s) {
		if rest := strings.TrimSpace(reIssue.ReplaceAllString(s, "")); rest != "" {
			return classifySeg(rest) // "Деловой обозреватель № 124 от"
		}
		return segment{kind: segEmpty}
	}
	if m := rePostedBy.FindStringSubmatch(s); m != nil && !strings.HasPrefix(strings.ToLower(m[1]), "on") {
		name := strings.TrimSpace(m[1])
		if nameLike(name) {
			return segment{kind: segAuthor, value: name}
		}
		return segment{kind: segLabel, value: LabelPublished} // "Posted by admin"
	}
	if m := reBySeg.FindStringSubmatch(s); m != nil {
		name := strings.TrimSpace(m[1])
		if o, ok := StaffOutlet(name); ok {
			return segment{kind: segOutlet, value: o}
		}
		if a := knownAgency(name); a != "" {
			return segment{kind: segOutlet, value: a}
		}
		if author, outlet, ok := Byline("By " + name); ok {
			if outlet != "" {
				return segment{kind: segAuthor, value: author + "\x00" + outlet}
			}
			return segment{kind: segAuthor, value: author}
		}
		return segment{kind: segBad}
	}
	if o, ok := StaffOutlet(s); ok {
		return segment{kind: segOutlet, value: o}
	}
	if nameLike(s) {
		if looksLikeOutlet(s) {
			if a := knownAgency(s); a != "" {
				s = a
			}
			return segment{kind: segOutlet, value: s}
		}
		if len(strings.Fields(s)) <= 4 {
			return segment{kind: segName, value: s}
		}
	}
	return segment{kind: segBad}
}

// ParseDateLine reads a line that holds nothing but dates and publication
// details (see DateLine). Any part reading as a sentence or a headline
// makes ok false. When the line holds several dates, an explicit
// publication label wins over a bare date, and a bare date over an update.
func ParseDateLine(line string) (DateLine, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 300 {
		return DateLine{}, false
	}
	dates := FindDates(line)
	if len(dates) == 0 {
		return DateLine{}, false
	}
	var segs []segment
	var dateAt []int // index into segs of a date placeholder
	prev := 0
	addText := func(t string) bool {
		for _, part := range splitSegs(t) {
			// "Lena Park, Harbour Ledger": comma parts that each read
			// as a name or an outlet are taken one by one.
			if strings.Contains(part, ",") {
				var sub []segment
				n := 0
				for _, p := range strings.Split(part, ",") {
					s2 := classifySeg(p)
					if s2.kind == segBad {
						sub = nil
						break
					}
					if s2.kind != segEmpty {
						n++
					}
					sub = append(sub, s2)
				}
				if n >= 2 {
					segs = append(segs, sub...)
					continue
				}
			}
			sg := classifySeg(part)
			sg.comma = strings.HasSuffix(strings.TrimSpace(part), ",")
			if sg.kind == segBad {
				// "Jane Doe, Example Desk": try the comma parts.
				if !strings.Contains(part, ",") {
					return false
				}
				for _, p := range strings.Split(part, ",") {
					s2 := classifySeg(p)
					if s2.kind == segBad {
						return false
					}
					segs = append(segs, s2)
				}
				continue
			}
			segs = append(segs, sg)
		}
		return true
	}
	for _, d := range dates {
		if !addText(line[prev:d.Start]) {
			return DateLine{}, false
		}
		dateAt = append(dateAt, len(segs))
		segs = append(segs, segment{kind: -1})
		prev = d.End
	}
	if !addText(line[prev:]) {
		return DateLine{}, false
	}
	// A label segment just before a date labels it ("Published | 3 March").
	for i, at := range dateAt {
		j := at - 1
		for j >= 0 && segs[j].kind == segEmpty {
			j--
		}
		if dates[i].Label == LabelNone && j >= 0 && segs[j].kind == segLabel {
			dates[i].Label = segs[j].value
		}
	}
	var dl DateLine
	best := -1
	for i, d := range dates {
		if best < 0 || LabelRank(d.Label) > LabelRank(dates[best].Label) {
			best = i
		}
	}
	dl.Day, dl.DayTime, dl.Label = dates[best].Day, dates[best].DayTime, dates[best].Label
	var names []string
	for i, sg := range segs {
		// "Seoul, 3 March 2024": one word and a comma before a date is a
		// place, not an outlet, unless it is a known agency.
		if (sg.kind == segName || sg.kind == segOutlet) && sg.comma && i+1 < len(segs) && segs[i+1].kind == -1 &&
			len(strings.Fields(sg.value)) == 1 && knownAgency(sg.value) == "" && !strings.Contains(sg.value, ".") {
			continue
		}
		switch sg.kind {
		case segAuthor:
			a, o, _ := strings.Cut(sg.value, "\x00")
			if dl.Author == "" {
				dl.Author = a
			}
			if o != "" && dl.Outlet == "" {
				dl.Outlet = o
			}
		case segOutlet:
			if dl.Outlet == "" || dl.Source {
				if !dl.Source {
					dl.Outlet = sg.value
				}
			}
		case segSource:
			dl.Outlet, dl.Source = sg.value, true
		case segName:
			names = append(names, sg.value)
		}
	}
	// Plain names: with an outlet already named they are authors; alone,
	// the last one is the outlet ("Eastern Ledger | 24 January 2020"). In a
	// breadcrumb ("News › War › 23.12.2024") they are sections.
	if len(names) > 0 && !reCrumb.MatchString(line) {
		if dl.Outlet == "" {
			dl.Outlet, dl.OutletWeak = names[len(names)-1], true
			names = names[:len(names)-1]
		}
		if dl.Author == "" && len(names) > 0 {
			dl.Author = names[0]
		}
	}
	return dl, true
}

func splitSegs(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	return segParts(s)
}

// segText is the text classifySeg reads of a segment: without the
// separators, the brackets and the white space around it.
func segText(s string) string {
	s = strings.Trim(s, " \t\u00a0,;:|•·‧–—-/")
	if s == "" {
		return ""
	}
	return strings.TrimSpace(strings.Trim(s, "()[]"))
}

// maySection reports whether classifySeg may read the segment s as a
// section: only a section word is one, or what is left of a text reIssue
// matches once the issue is cut off (every match holds a digit).
func maySection(s string) bool {
	s = segText(s)
	return sectionWords[strings.ToLower(s)] || hasASCIIDigit(s) && reIssue.MatchString(s)
}

// sectionSeps are the runes one of which a section and outlet line holds.
var sectionSeps = rx.NewRunes("|•·–—-")

// SectionOutlet reads a kicker line naming a section and an outlet,
// without a date: "Analysis | Example Ledger", "Opinion — Example Times".
func SectionOutlet(line string) (string, bool) { return sectionOutlet(line, maySection) }

// sectionOutlet is SectionOutlet, reading the parts only of a line with a
// part gate passes (a test that every section passes).
func sectionOutlet(line string, gate func(string) bool) (string, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 120 || !sectionSeps.In(line) {
		return "", false
	}
	parts := segParts(line)
	if len(parts) < 2 || len(parts) > 3 || !slices.ContainsFunc(parts, gate) {
		return "", false // a line without a section is none, whatever its other parts read as
	}
	outlet, sections := "", 0
	for _, p := range parts {
		if mayHoldDate(p) && len(FindDates(p)) > 0 {
			return "", false // a date line: ParseDateLine reads it (a date is never the outlet)
		}
		sg := classifySeg(p)
		switch sg.kind {
		case segSection:
			sections++
		case segOutlet, segName, segSource:
			if outlet != "" {
				return "", false
			}
			outlet = sg.value
		case segEmpty:
		default:
			return "", false
		}
	}
	if sections == 0 || outlet == "" {
		return "", false
	}
	return outlet, true
}

// dateMonthForms are the lower-case month forms anyDateRE reads before a
// year ("3 March 2024", "3 марта 2024"), all of them runs of letters.
var dateMonthForms = func() map[string]bool {
	m := map[string]bool{}
	for _, alt := range []string{monthAlt, ruMonthDateAlt} {
		for _, f := range strings.Split(alt, "|") {
			for _, r := range f {
				if !unicode.IsLetter(r) {
					panic("meta: month form " + f + " is not a run of letters")
				}
			}
			m[strings.ToLower(f)] = true
		}
	}
	return m
}()

// mayHoldDate is a test that every line anyDateRE finds a date in passes,
// made without a regexp: it has a run of exactly four ASCII digits (the
// year) that a date shape can hold. After it "-", "." or "/" (2024-03-05,
// 2024/03/05) or "년"; before it "." or "/" (05.03.2024), or, across white
// space and an optional comma, a day number ("March 5, 2024") or a month
// name ("5 March 2024", "5 марта 2024").
func mayHoldDate(s string) bool {
	for i := fourDigits(s, 0); i >= 0; i = fourDigits(s, i+4) {
		if yearOfDate(s, i, i+4) {
			return true
		}
	}
	return false
}

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

// hasASCIIDigit reports whether s holds an ASCII digit: every time of
// day of reTimeAfter and reTimeBefore does (timeRE's \d), so neither is
// run on a text without one (the rest of a line after its date is most
// often empty).
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isASCIIDigit(s[i]) {
			return true
		}
	}
	return false
}

// labelBefore is reLabelBefore's FindStringSubmatchIndex of the text
// before a date, nil at once for an empty one (every match holds a
// label): most dates open their line.
func labelBefore(prefix string) []int {
	if prefix == "" {
		return nil
	}
	return reLabelBefore.FindStringSubmatchIndex(prefix)
}

// yearOfDate reports whether the digits s[i:j] may be the year of a date.
func yearOfDate(s string, i, j int) bool {
	if j < len(s) && (s[j] == '-' || s[j] == '.' || s[j] == '/' || strings.HasPrefix(s[j:], "년")) {
		return true
	}
	if i > 0 && (s[i-1] == '.' || s[i-1] == '/') {
		return true
	}
	// white space before the year, at least one
	k := i
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !(r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r' || r >= utf8.RuneSelf && unicode.Is(unicode.Z, r)) {
			break
		}
		k -= n
	}
	if k == i || k == 0 {
		return false
	}
	if s[k-1] == ',' {
		k--
	}
	if k == 0 {
		return false
	}
	if isASCIIDigit(s[k-1]) {
		return true // "5, 2024"
	}
	if k >= 3 {
		switch s[k-2 : k] {
		case "st", "nd", "rd", "th":
			if isASCIIDigit(s[k-3]) {
				return true // "5th, 2024"
			}
		}
	}
	if s[k-1] == '.' {
		k--
	}
	// the month name: the run of letters before
	end := k
	odd := false
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) {
			break
		}
		if r >= utf8.RuneSelf && !(0x400 <= r && r <= 0x45f) {
			odd = true // a letter whose case folding a lower-cased copy may not follow
		}
		k -= n
	}
	if k == end {
		return false
	}
	return odd || dateMonthForms[strings.ToLower(s[k:end])]
}
