package suite

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/timex"
)

type dtCase struct {
	Input   string `json:"Input"`
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	NotSupported         string     `json:"NotSupported"`
	NotSupportedByDesign string     `json:"NotSupportedByDesign"`
	Results              []dtResult `json:"Results"`
}

type dtResult struct {
	Text       string `json:"Text"`
	Start      int    `json:"Start"`
	End        int    `json:"End"`
	TypeName   string `json:"TypeName"`
	Typename   string `json:"Typename"` // spelled so in 3 cases upstream
	Resolution struct {
		Values []map[string]string `json:"values"`
	} `json:"Resolution"`
}

// RecognizersDateTime runs Specs/DateTime/English/DateTimeModel.json of
// Microsoft Recognizers-Text (dir is the folder holding Specs/, or Specs
// itself) against timex.Find with the case's ReferenceDateTime as the
// publication date. Every case counts, NotSupported ones included.
//
// A case passes when dossier reports exactly the expected results: as many
// times as results, each with the expected Start and End (inclusive UTF-16
// offsets into Input; Text compared case-insensitively) and a resolution
// that agrees with one of the result's values. Mod and sourceEntity are not
// compared.
//
// Dossier follows TimeML; where Recognizers differs by convention only,
// the harness maps dossier's times to Recognizers' form before comparing
// (dtJoin, dtSpan), and nothing else:
//
//   - spans: a modifier word dossier records as the time's Mod stays out
//     of the TIMEX3 span; Recognizers keeps it in ("since [August]",
//     "before [2010]", "as early as [7:00 am]", "[2018] or later", "more
//     than [4 days]", "within [9 months]", "around [1pm]"). The cue words
//     per mod are dtModCues;
//   - spans: Recognizers leaves a leading "the" out before next, last,
//     past, previous, following, coming, upcoming, same, end, beginning,
//     start, middle, mid, "week <number>" and "<number> <one of these>"
//     ("the next quarter" -> "next quarter", "the 5 past years" -> "5 past
//     years"), takes "year" into a year it names ("the year 2008" ->
//     "year 2008"; "before the year 2019" whole), and puts "in" into "in
//     the morning" and into "in two weeks" (rule in-duration);
//   - joins: TimeML tags "from 2014 to 2018" and "between April and June"
//     as two dates; Recognizers gives one range from the first day of the
//     first to the first day of the second. Two years or two months linked
//     by to, till, until, through, thru, "-", "~" (or "between ... and")
//     are joined so.
//
// Agreement is decided on the TIMEX3 value (dossier's doc.Time.Duration
// for a DURATION given as an interval, else Value; both are tried) after
// these normalizations on both sides:
//
//   - a spec range "(A,B,D)" is the interval "A/B" (dossier's form);
//   - a time of day drops zero minutes and seconds ("T08:00" = "T08",
//     "T08:30:00" = "T08:30"), and a trailing "Z" is dropped; a time on any
//     day "XXXX-XX-XXTMO" is "TMO" (sets);
//   - for types time and timerange the spec gives no date, so only
//     dossier's time of day (from "T" on, per bound) is compared;
//   - the spec writes a year it leaves open as XXXX ("XXXX-05-09",
//     "XXXX-WXX-5") and lists the candidate dates (past and future) in value
//     or start/end; dossier always picks a year, so a value also agrees when
//     it equals a candidate: the candidate's value ("2017-05-09", date part
//     and time "2016-11-07T08"), its start/end as an interval, the timex
//     with XXXX replaced by the candidate's year, or, for a day with a part
//     of day ("XXXX-WXX-2TAF"), the candidate's start day with that part
//     ("2016-11-08TAF");
//   - a calendar unit dossier gives as such ("2019-Q3", "2019-W30",
//     "2019-H2", "2019-07", "2019", the decade "199", the century "20") also agrees
//     with a spec range whose start and end are that unit's first day and
//     the day after its last ("(2019-07-01,2019-10-01,P3M)");
//   - dossier narrows a year by its mod ("the end of 2000" is "2000-12",
//     mod END; "the start of 2000" "2000-01", mod START) where Recognizers
//     keeps the year and the mod: the year also agrees;
//   - Recognizers writes a fiscal or school year "FY2008", "SY2008";
//     TimeML (and TempEval-3: "this fiscal year" is "2013") gives the
//     year, so the prefix is dropped;
//   - "in two weeks" is a DURATION whose value is the interval from the
//     reference date to the point reached (rule in-duration); Recognizers
//     gives the point, so the end of the interval is compared.
//
// Types map as: date -> DATE day; daterange -> DATE month/year/week/
// season/quarter or an interval; datetime -> TIME "YYYY-MM-DDThh:mm" (or
// PRESENT_REF); datetimerange -> interval of datetimes or a day with a part
// of day ("2016-11-07TMO"); time -> TIME; timerange -> interval of times or
// a part of day; duration -> DURATION "P3D"; set -> SET "P1W",
// "XXXX-WXX-1".
func RecognizersDateTime(dir string, verbose bool) (FileResult, error) {
	var r FileResult
	specs := filepath.Join(dir, "Specs")
	if _, err := os.Stat(specs); err != nil {
		specs = dir
	}
	path := filepath.Join(specs, "DateTime", "English", "DateTimeModel.json")
	b, err := os.ReadFile(path)
	if err != nil {
		return r, fmt.Errorf("recognizers datetime %s: %w", path, err)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var cases []dtCase
	if err := json.Unmarshal(b, &cases); err != nil {
		return r, fmt.Errorf("recognizers datetime %s: %w", path, err)
	}
	for _, c := range cases {
		r.Cases++
		got := dtJoin(c.Input, timex.Find(c.Input, timex.Ref{Published: c.Context.ReferenceDateTime, Lang: "en", TimeML: true}))
		ok, why := dtSame(c, got)
		if ok {
			r.Passed++
		} else if verbose {
			r.Failures = append(r.Failures, fmt.Sprintf("%q @%s: %s", c.Input, c.Context.ReferenceDateTime, why))
		}
	}
	r.finish()
	return r, nil
}

func dtUTF16(s string) []int {
	m := make([]int, len(s)+1)
	u := 0
	for i, c := range s {
		n := utf8.RuneLen(c)
		for k := 0; k < n && i+k < len(s); k++ {
			m[i+k] = u
		}
		u += len(utf16.Encode([]rune{c}))
	}
	m[len(s)] = u
	return m
}

func dtSame(c dtCase, got []doc.Time) (bool, string) {
	off := dtUTF16(c.Input)
	desc := func() string {
		var parts []string
		for _, g := range got {
			s, e := dtSpan(c.Input, g)
			parts = append(parts, fmt.Sprintf("%q[%d,%d]=%s", c.Input[s:e], off[s], off[e]-1, timex3Value(g)))
		}
		var want []string
		for _, w := range c.Results {
			v := ""
			if len(w.Resolution.Values) > 0 {
				v = w.Resolution.Values[0]["timex"]
			}
			want = append(want, fmt.Sprintf("%q[%d,%d]=%s", w.Text, w.Start, w.End, v))
		}
		return fmt.Sprintf("got %v want %v", parts, want)
	}
	if len(got) != len(c.Results) {
		return false, desc()
	}
	for k, w := range c.Results {
		g := got[k]
		s, e := dtSpan(c.Input, g)
		if off[s] != w.Start || off[e]-1 != w.End || !strings.EqualFold(c.Input[s:e], w.Text) {
			return false, "span: " + desc()
		}
		typ := w.TypeName
		if typ == "" {
			typ = w.Typename
		}
		if g.Rule == "in-duration" {
			// Recognizers gives "in two weeks" as the point reached,
			// the end of the interval dossier gives.
			if k := strings.IndexByte(g.Value, '/'); k > 0 && dtResolutionAgrees(typ, w.Resolution.Values, g.Value[k+1:]) {
				continue
			}
		}
		if !dtResolutionAgrees(typ, w.Resolution.Values, timex3Value(g)) &&
			(g.Duration == "" || !dtResolutionAgrees(typ, w.Resolution.Values, g.Value)) &&
			(dtUnmodified(g) == "" || !dtResolutionAgrees(typ, w.Resolution.Values, dtUnmodified(g))) {
			return false, "value: " + desc()
		}
	}
	return true, ""
}

// dtNormTime drops zero minutes/seconds and a Z from a time part.
func dtNorm(v string) string {
	if strings.HasPrefix(v, "(") && strings.HasSuffix(v, ")") {
		parts := strings.Split(v[1:len(v)-1], ",")
		if len(parts) >= 2 {
			return dtNorm(parts[0]) + "/" + dtNorm(parts[1])
		}
	}
	if i := strings.IndexByte(v, '/'); i > 0 {
		return dtNorm(v[:i]) + "/" + dtNorm(v[i+1:])
	}
	v = strings.TrimSuffix(v, "Z")
	if len(v) == 6 && (strings.HasPrefix(v, "FY") || strings.HasPrefix(v, "SY")) && strings.Trim(v[2:], "0123456789") == "" {
		v = v[2:] // a fiscal or school year: TimeML gives the year
	}
	if strings.HasPrefix(v, "XXXX-XX-XXT") {
		v = v[len("XXXX-XX-XX"):] // a time of day on any day
	}
	if strings.Contains(v, "T") {
		for strings.HasSuffix(v, ":00") {
			v = strings.TrimSuffix(v, ":00")
		}
	}
	return v
}

// dtTimeOnly keeps the time-of-day part of each bound.
func dtTimeOnly(v string) string {
	if i := strings.IndexByte(v, '/'); i > 0 {
		return dtTimeOnly(v[:i]) + "/" + dtTimeOnly(v[i+1:])
	}
	if i := strings.IndexByte(v, 'T'); i >= 0 {
		return v[i:]
	}
	return v
}

// dtValueTimex turns a resolved spec value ("2016-11-07 08:00:00",
// "2016-11-07") into TIMEX3 form.
func dtValueTimex(s string) string {
	s = strings.Replace(s, " ", "T", 1)
	return dtNorm(s)
}

func dtResolutionAgrees(typ string, values []map[string]string, got string) bool {
	if got == "" {
		return false
	}
	g := dtNorm(got)
	timeOnly := strings.HasSuffix(typ, ".time") || strings.HasSuffix(typ, ".timerange")
	if timeOnly {
		g = dtTimeOnly(g)
	}
	unit := dtUnitInterval(g)
	for _, v := range values {
		if unit != "" && v["start"] != "" && v["end"] != "" && dtValueTimex(v["start"])+"/"+dtValueTimex(v["end"]) == unit {
			return true
		}
		tx := dtNorm(v["timex"])
		if timeOnly {
			tx = dtTimeOnly(tx)
		}
		if tx == g {
			return true
		}
		if timeOnly {
			continue
		}
		if val := v["value"]; val != "" && strings.Contains(tx, "X") && dtValueTimex(val) == g {
			return true
		}
		if s, e := v["start"], v["end"]; s != "" && e != "" && strings.Contains(tx, "X") && dtValueTimex(s)+"/"+dtValueTimex(e) == g {
			return true
		}
		if k := strings.LastIndexByte(tx, 'T'); k > 0 && strings.Contains(tx[:k], "X") && len(g) == 13 && g[10:] == tx[k:] && len(v["start"]) >= 10 && g[:10] == v["start"][:10] {
			return true // "XXXX-WXX-2TAF" with candidate 2016-11-08 12:00 = "2016-11-08TAF"
		}
		if strings.HasPrefix(tx, "XXXX") {
			y := ""
			for _, k := range []string{"value", "start", "end"} {
				if s := v[k]; len(s) >= 4 {
					y = s[:4]
					break
				}
			}
			if y != "" && strings.ReplaceAll(tx, "XXXX", y) == g {
				return true
			}
		}
	}
	return false
}

// dtUnitInterval expands a year, month, ISO week or quarter into
// "first-day/day-after-last", or returns "".
func dtUnitInterval(v string) string {
	f := func(t time.Time) string { return t.Format("2006-01-02") }
	var y, n int
	switch {
	case len(v) == 3 || len(v) == 2: // a decade ("199") or a century ("20")
		if _, err := fmt.Sscanf(v, "%d", &y); err != nil {
			return ""
		}
		span := 10
		if len(v) == 2 {
			y, span = y*10, 100
		}
		t := time.Date(y*10, 1, 1, 0, 0, 0, 0, time.UTC)
		return f(t) + "/" + f(t.AddDate(span, 0, 0))
	case len(v) == 4:
		if _, err := fmt.Sscanf(v, "%4d", &y); err != nil {
			return ""
		}
		t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return f(t) + "/" + f(t.AddDate(1, 0, 0))
	case len(v) == 7 && v[4] == '-' && v[5] != 'W' && v[5] != 'Q' && v[5] != 'H':
		if _, err := fmt.Sscanf(v, "%4d-%2d", &y, &n); err != nil || n < 1 || n > 12 {
			return ""
		}
		t := time.Date(y, time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return f(t) + "/" + f(t.AddDate(0, 1, 0))
	case len(v) == 7 && v[5] == 'H':
		if _, err := fmt.Sscanf(v, "%4d-H%1d", &y, &n); err != nil || n < 1 || n > 2 {
			return ""
		}
		t := time.Date(y, time.Month(6*n-5), 1, 0, 0, 0, 0, time.UTC)
		return f(t) + "/" + f(t.AddDate(0, 6, 0))
	case len(v) == 7 && v[5] == 'Q':
		if _, err := fmt.Sscanf(v, "%4d-Q%1d", &y, &n); err != nil || n < 1 || n > 4 {
			return ""
		}
		t := time.Date(y, time.Month(3*n-2), 1, 0, 0, 0, 0, time.UTC)
		return f(t) + "/" + f(t.AddDate(0, 3, 0))
	case len(v) == 8 && v[5] == 'W':
		if _, err := fmt.Sscanf(v, "%4d-W%2d", &y, &n); err != nil || n < 1 || n > 53 {
			return ""
		}
		// Monday of ISO week 1 is the Monday on or before January 4.
		j4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		wd := int(j4.Weekday())
		if wd == 0 {
			wd = 7
		}
		t := j4.AddDate(0, 0, 1-wd+7*(n-1))
		return f(t) + "/" + f(t.AddDate(0, 0, 7))
	}
	return ""
}

// dtModCues are the words Recognizers keeps in the span of a time with a
// modifier ("since August", "before 2010", "as late as 7:00 am"), by the
// TIMEX3 mod dossier gives the time.
var dtModCues = map[string][]string{
	"BEFORE":      {"before", "by", "until", "till", "no later than", "earlier than", "as late as", "prior to", "ahead of", "more than"},
	"APPROX":      {"around", "about", "circa", "approximately", "roughly"},
	"AFTER":       {"after", "later than", "no earlier than", "as early as", "any time from", "anytime from", "greater than", "more than", "less than"},
	"ON_OR_AFTER": {"since", "starting on", "starting", "starting from", "beginning on", "beginning", "from"},
	"LESS_THAN":   {"less than", "under", "within", "fewer than", "shorter than"},
	"MORE_THAN":   {"more than", "over", "longer than"},
}

// dtTheDrop are the words before which Recognizers leaves a leading "the"
// out of the span ("the next quarter" -> "next quarter", "the end of
// 2000" -> "end of 2000", "the week 31" -> "week 31").
var dtTheDrop = map[string]bool{"next": true, "last": true, "past": true, "previous": true, "following": true,
	"coming": true, "upcoming": true, "same": true, "end": true, "beginning": true, "middle": true, "mid": true,
	"start": true}

// dtSpan maps dossier's TIMEX3 span of g to the span Recognizers-Text gives
// the same expression. The two differ only by convention: TIMEX3 leaves a
// modifier word out ("since [August]") and keeps the article ("[the next
// quarter]") where Recognizers keeps the modifier and drops the article; and
// Recognizers puts "in" into a bare part of day ("in the morning").
func dtSpan(in string, g doc.Time) (int, int) {
	s, e := g.Start, g.End
	low := strings.ToLower(in)
	if strings.HasPrefix(low[s:e], "the ") {
		rest := low[s+4 : e]
		w := rest
		if i := strings.IndexAny(rest, " -"); i >= 0 {
			w = rest[:i]
		}
		if dtTheDrop[w] || w == "week" && len(rest) > 5 && rest[5] >= '0' && rest[5] <= '9' || dtNumThenDrop(rest) {
			s += 4
		}
	}
	if g.Mod == "ON_OR_AFTER" || g.Mod == "AFTER" {
		after := low[e:]
		for _, cue := range []string{" or later", " and later", " or after", " and after", " or greater", " and greater"} {
			if strings.HasPrefix(after, cue) && (len(after) == len(cue) || !isLetter(after[len(cue)])) {
				e += len(cue)
				break
			}
		}
	}
	if g.Mod != "" && s == g.Start {
		before := strings.TrimRight(low[:s], " ")
		best := ""
		for _, cue := range dtModCues[g.Mod] {
			if strings.HasSuffix(before, cue) && len(cue) > len(best) {
				k := len(before) - len(cue)
				if k == 0 || !isLetter(before[k-1]) {
					best = cue
				}
			}
		}
		if best != "" {
			s = len(before) - len(best)
		}
	}
	if g.Type == "DATE" && len(g.Value) == 4 && g.Rule == "year" {
		// "the year 2008": Recognizers takes "year" in, and "the" too
		// after a cue ("before the year 2019").
		before := strings.TrimRight(low[:s], " ")
		if strings.HasSuffix(before, "year") && (len(before) == 4 || !isLetter(before[len(before)-5])) {
			s = len(before) - 4
			b2 := strings.TrimRight(low[:s], " ")
			if g.Mod != "" && strings.HasSuffix(b2, " the") {
				for _, cue := range dtModCues[g.Mod] {
					if b3 := b2[:len(b2)-4]; strings.HasSuffix(b3, cue) && (len(b3) == len(cue) || !isLetter(b3[len(b3)-len(cue)-1])) {
						s = len(b3) - len(cue)
						break
					}
				}
			}
		}
	}
	if g.Rule == "in-duration" && strings.HasSuffix(strings.TrimRight(low[:s], " "), "in") {
		s = len(strings.TrimRight(low[:s], " ")) - 2
	}
	if g.Type == "TIME" && dtInTheDaypart(low[s:e]) {
		before := strings.TrimRight(low[:s], " ")
		if strings.HasSuffix(before, "in") && (len(before) == 2 || !isLetter(before[len(before)-3])) {
			s = len(before) - 2
		}
	}
	return s, e
}

// dtNumThenDrop reports "5 upcoming years", "13 last minutes": a number
// and then a word of dtTheDrop.
func dtNumThenDrop(rest string) bool {
	f := strings.Fields(rest)
	if len(f) < 2 || strings.Trim(f[0], "0123456789") != "" {
		return false
	}
	return dtTheDrop[f[1]]
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// dtInTheDaypart reports a span that starts with "the morning", "the
// afternoon", "the evening" or "the night".
func dtInTheDaypart(s string) bool {
	for _, d := range []string{"the morning", "the afternoon", "the evening", "the night"} {
		if strings.HasPrefix(s, d) {
			return true
		}
	}
	return false
}

// dtUnmodified returns the value of g without the part its mod narrows
// it to: dossier gives "the end of 2000" as "2000-12" with mod END where
// Recognizers keeps the year "2000" and the mod; "" when g has no such
// narrowing.
func dtUnmodified(g doc.Time) string {
	v := g.Value
	switch {
	case g.Mod == "END" && len(v) == 7 && strings.HasSuffix(v, "-12"),
		g.Mod == "START" && len(v) == 7 && strings.HasSuffix(v, "-01"):
		return v[:4]
	}
	return ""
}

// dtJoin joins two years or two months that a range word links ("from
// 2014 to 2018", "between January and March", "2014-2018") into the one
// range Recognizers gives: TimeML, and dossier, keep them two dates. The
// range runs from the first day of the first to the first day of the
// second (Recognizers' convention: "between 2007 and 2009" is
// 2007-01-01/2009-01-01).
func dtJoin(in string, got []doc.Time) []doc.Time {
	low := strings.ToLower(in)
	var out []doc.Time
	for k := 0; k < len(got); k++ {
		if k+1 < len(got) {
			a, b := got[k], got[k+1]
			conn := strings.TrimSpace(low[a.End:b.Start])
			sa, sb := dtUnitInterval(a.Value), dtUnitInterval(b.Value)
			before := strings.TrimRight(low[:a.Start], " ")
			lead := ""
			for _, w := range []string{"from", "between", "in"} {
				if strings.HasSuffix(before, w) && (len(before) == len(w) || !isLetter(before[len(before)-len(w)-1])) {
					lead = w
				}
			}
			okConn := conn == "to" || conn == "-" || conn == "~" || conn == "till" || conn == "until" || conn == "through" || conn == "thru" || (conn == "and" && lead == "between")
			if a.Type == "DATE" && b.Type == "DATE" && len(a.Value) == len(b.Value) && (len(a.Value) == 4 || len(a.Value) == 7) && sa != "" && sb != "" && okConn && a.Mod == "" && b.Mod == "" {
				x, y := sa[:10], sb[:10]
				if x < y {
					s := a.Start
					if lead != "" {
						s = len(before) - len(lead)
					}
					out = append(out, doc.Time{Start: s, End: b.End, Text: in[s:b.End], Type: "DATE", Value: x + "/" + y, Granularity: "interval"})
					k++
					continue
				}
			}
		}
		out = append(out, got[k])
	}
	return out
}
