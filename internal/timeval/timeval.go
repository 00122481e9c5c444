// Package timeval is dossier's one TIMEX3 value type: it parses the date
// values the annotators write ("2024", "2024-02", "2024-02-09",
// "2024-02-09T08:15", "2024-Q3", "2024-H2", "2024-W05", "2024-SU", "201X",
// "20XX" and intervals "START/END"), formats them, and turns them into the
// time interval they stand for. Every stage that compares, filters or scores
// periods (claims, contradictions, the store's date filters, evaluation)
// uses it, so a value means the same thing everywhere.
package timeval

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Gran is the granularity of a value.
type Gran uint8

// Granularities, coarse to fine.
const (
	Century Gran = iota + 1
	Decade
	Year
	Half
	Quarter
	Season
	Month
	Week
	Day
	Minute
	Span // an interval START/END
)

// Value is a parsed TIMEX3 date value: the half-open interval [Start, End)
// it stands for and its granularity.
type Value struct {
	Start, End time.Time
	Gran       Gran
}

// Parse reads a TIMEX3 date value. Values that are not dates (durations
// "P3Y", "PRESENT_REF", "XXXX-12") give an error.
func Parse(v string) (Value, error) {
	v = strings.TrimSpace(v)
	if a, b, found := strings.Cut(v, "/"); found {
		s, err1 := Parse(a)
		e, err2 := Parse(b)
		if err1 != nil || err2 != nil || !s.Start.Before(e.End) {
			return Value{}, fmt.Errorf("timeval: %q is not an interval of two dates", v)
		}
		return Value{Start: s.Start, End: e.End, Gran: Span}, nil
	}
	if val, ok := parseOne(v); ok {
		return val, nil
	}
	return Value{}, fmt.Errorf("timeval: %q is not a TIMEX3 date value", v)
}

// Interval returns the half-open interval a value stands for.
func Interval(v string) (start, end time.Time, ok bool) {
	val, err := Parse(v)
	if err != nil {
		return time.Time{}, time.Time{}, false
	}
	return val.Start, val.End, true
}

// Bounds returns the first and the last day ("YYYY-MM-DD") a value covers.
func Bounds(v string) (from, to string, ok bool) {
	val, err := Parse(v)
	if err != nil {
		return "", "", false
	}
	return val.Start.Format(DayLayout), val.End.Add(-time.Nanosecond).Format(DayLayout), true
}

// Layouts of the formatted values.
const (
	DayLayout    = "2006-01-02"
	MonthLayout  = "2006-01"
	YearLayout   = "2006"
	MinuteLayout = "2006-01-02T15:04"
)

// Same reports whether two values are equal or stand for the same interval
// ("2024-Q3" and "2024-07/2024-09").
func Same(a, b string) bool {
	if a == b {
		return true
	}
	va, err1 := Parse(a)
	vb, err2 := Parse(b)
	return err1 == nil && err2 == nil && va.Start.Equal(vb.Start) && va.End.Equal(vb.End)
}

// Overlap returns the length of the intersection of two values' intervals
// divided by the length of their union (0 when either does not parse).
func Overlap(a, b string) float64 {
	va, err1 := Parse(a)
	vb, err2 := Parse(b)
	if err1 != nil || err2 != nil {
		return 0
	}
	return va.Overlap(vb)
}

// Overlap returns |v ∩ o| / |v ∪ o|.
func (v Value) Overlap(o Value) float64 {
	inter := minT(v.End, o.End).Sub(maxT(v.Start, o.Start))
	if inter <= 0 {
		return 0
	}
	union := maxT(v.End, o.End).Sub(minT(v.Start, o.Start))
	return float64(inter) / float64(union)
}

// String formats the value in the shortest TIMEX3 form that names its
// interval exactly: a year, month or day, else "START/END" of days.
func (v Value) String() string {
	return FormatInterval(v.Start, v.End)
}

// FormatInterval names the half-open interval [s, e) in TIMEX3: "2024",
// "2024-03", "2024-03-05", "2024-01/2024-06" or "2024-01-03/2024-02-10".
func FormatInterval(s, e time.Time) string {
	s, e = s.UTC(), e.UTC()
	switch {
	case !s.Before(e):
		return ""
	case !isMidnight(s) || !isMidnight(e):
		if e.Sub(s) == time.Minute {
			return s.Format(MinuteLayout)
		}
		return s.Format(MinuteLayout) + "/" + e.Add(-time.Minute).Format(MinuteLayout)
	case s.YearDay() == 1 && isMidnight(s) && e.Equal(s.AddDate(1, 0, 0)):
		return s.Format(YearLayout)
	case s.Day() == 1 && isMidnight(s) && e.Equal(s.AddDate(0, 1, 0)):
		return s.Format(MonthLayout)
	case isMidnight(s) && e.Equal(s.AddDate(0, 0, 1)):
		return s.Format(DayLayout)
	case s.Day() == 1 && e.Day() == 1 && isMidnight(s) && isMidnight(e):
		last := e.AddDate(0, -1, 0)
		if s.Month() == 1 && last.Month() == 12 {
			if s.Year() == last.Year() {
				return s.Format(YearLayout)
			}
			return s.Format(YearLayout) + "/" + last.Format(YearLayout)
		}
		return s.Format(MonthLayout) + "/" + last.Format(MonthLayout)
	default:
		return s.Format(DayLayout) + "/" + e.Add(-time.Nanosecond).Format(DayLayout)
	}
}

// Join returns the interval from the start of a to the end of b
// ("2024-01" + "2024-06" = "2024-01/2024-06"), or "" when either does not
// parse or b ends before a starts.
func Join(a, b string) string {
	va, err1 := Parse(a)
	vb, err2 := Parse(b)
	if err1 != nil || err2 != nil || !va.Start.Before(vb.End) {
		return ""
	}
	if a == b {
		return a
	}
	return a + "/" + b
}

func isMidnight(t time.Time) bool {
	return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// months returns the interval of months m1..m2 of year y.
func months(y, m1, m2 int, g Gran) Value {
	return Value{Start: date(y, m1, 1), End: date(y, m2+1, 1), Gran: g}
}

func num(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// parts of year: TIMEX3 suffixes after "YYYY-".
var yearParts = map[string]func(y int) Value{
	"Q1": func(y int) Value { return months(y, 1, 3, Quarter) },
	"Q2": func(y int) Value { return months(y, 4, 6, Quarter) },
	"Q3": func(y int) Value { return months(y, 7, 9, Quarter) },
	"Q4": func(y int) Value { return months(y, 10, 12, Quarter) },
	"H1": func(y int) Value { return months(y, 1, 6, Half) },
	"H2": func(y int) Value { return months(y, 7, 12, Half) },
	"SP": func(y int) Value { return months(y, 3, 5, Season) },
	"SU": func(y int) Value { return months(y, 6, 8, Season) },
	"FA": func(y int) Value { return months(y, 9, 11, Season) },
	"AU": func(y int) Value { return months(y, 9, 11, Season) },
	"WI": func(y int) Value { return Value{Start: date(y, 12, 1), End: date(y+1, 3, 1), Gran: Season} },
}

func parseOne(v string) (Value, bool) {
	if len(v) == 4 && v[2:] == "XX" {
		c, ok := num(v[:2])
		return Value{Start: date(c*100, 1, 1), End: date(c*100+100, 1, 1), Gran: Century}, ok && c > 0
	}
	if len(v) == 4 && v[3] == 'X' {
		d, ok := num(v[:3])
		return Value{Start: date(d*10, 1, 1), End: date(d*10+10, 1, 1), Gran: Decade}, ok && d > 0
	}
	if len(v) < 4 {
		return Value{}, false
	}
	y, ok := num(v[:4])
	if !ok || y == 0 {
		return Value{}, false
	}
	rest := v[4:]
	if rest == "" {
		return Value{Start: date(y, 1, 1), End: date(y+1, 1, 1), Gran: Year}, true
	}
	if rest[0] != '-' {
		return Value{}, false
	}
	rest = rest[1:]
	if f, ok := yearParts[rest]; ok {
		return f(y), true
	}
	if strings.HasPrefix(rest, "W") {
		w, ok := num(rest[1:])
		if !ok || len(rest) != 3 || w < 1 || w > 53 {
			return Value{}, false
		}
		// ISO week: week 1 holds January 4th; weeks start on Monday.
		jan4 := date(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		s := monday.AddDate(0, 0, 7*(w-1))
		return Value{Start: s, End: s.AddDate(0, 0, 7), Gran: Week}, true
	}
	m, d, hasDay := strings.Cut(rest, "-")
	mon, ok := num(m)
	if !ok || len(m) != 2 || mon < 1 || mon > 12 {
		return Value{}, false
	}
	if !hasDay {
		return months(y, mon, mon, Month), true
	}
	d, clock, hasClock := strings.Cut(d, "T")
	dd, ok := num(d)
	if !ok || len(d) != 2 || dd < 1 {
		return Value{}, false
	}
	t := date(y, mon, dd)
	if t.Month() != time.Month(mon) {
		return Value{}, false
	}
	if !hasClock {
		return Value{Start: t, End: t.AddDate(0, 0, 1), Gran: Day}, true
	}
	hh, mm, _ := strings.Cut(clock, ":")
	if len(mm) > 2 && strings.ContainsRune(":.Z+-", rune(mm[2])) {
		mm = mm[:2] // seconds and zones name the same minute
	}
	h, ok1 := num(hh)
	mi, ok2 := num(mm)
	if !ok1 || !ok2 || len(hh) != 2 || len(mm) != 2 || h > 23 || mi > 59 {
		// "T08" and the TIMEX3 parts of day ("TMO", "TEV") name the day.
		if clock == "MO" || clock == "AF" || clock == "EV" || clock == "NI" || (ok1 && len(hh) == 2 && h <= 23 && mm == "") {
			return Value{Start: t, End: t.AddDate(0, 0, 1), Gran: Day}, true
		}
		return Value{}, false
	}
	s := t.Add(time.Duration(h)*time.Hour + time.Duration(mi)*time.Minute)
	return Value{Start: s, End: s.Add(time.Minute), Gran: Minute}, true
}

func minT(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

func maxT(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
