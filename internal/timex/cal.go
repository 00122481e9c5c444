package timex

import (
	"strconv"
	"time"
)

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func daysIn(y, m int) int { return date(y, m+1, 0).Day() }

func validDate(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= 31 && (y <= 0 || d <= daysIn(y, m)) && (y > 0 || d <= maxDay[m])
}

var maxDay = [...]int{0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

func p2(n int) string {
	if n < 10 && n >= 0 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func p4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func fmtDay(t time.Time) string { return p4(t.Year()) + "-" + p2(int(t.Month())) + "-" + p2(t.Day()) }

func fmtMonth(y, m int) string {
	if y <= 0 {
		return "XXXX-" + p2(m)
	}
	return p4(y) + "-" + p2(m)
}

func fmtYMD(y, m, d int) string {
	if y <= 0 {
		return "XXXX-" + p2(m) + "-" + p2(d)
	}
	return p4(y) + "-" + p2(m) + "-" + p2(d)
}

func fmtWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return p4(y) + "-W" + p2(w)
}

// isoWeekday returns 1 for Monday .. 7 for Sunday.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// weekStart returns the Monday of t's ISO week.
func weekStart(t time.Time) time.Time { return t.AddDate(0, 0, 1-isoWeekday(t)) }

// addMonths moves y-m by n months.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// durUnit renders a duration of n units (n < 0: unknown, "X").
func durValue(n int, u int, frac bool) string {
	num := strconv.Itoa(n)
	if n < 0 {
		num = "X"
	}
	switch u {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uFortnight:
		if n < 0 {
			return "PXW"
		}
		return "P" + strconv.Itoa(2*n) + "W"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		if n < 0 {
			return "PXQ"
		}
		return "P" + strconv.Itoa(3*n) + "M"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		if n < 0 {
			return "PXDE"
		}
		return "P" + strconv.Itoa(10*n) + "Y"
	case uCentury:
		if n < 0 {
			return "PXCE"
		}
		return "P" + strconv.Itoa(100*n) + "Y"
	case uWeekend:
		return "P" + num + "WE"
	}
	return ""
}

// shift moves t by n units.
func shift(t time.Time, n, u int) time.Time {
	switch u {
	case uSecond:
		return t.Add(time.Duration(n) * time.Second)
	case uMinute:
		return t.Add(time.Duration(n) * time.Minute)
	case uHour:
		return t.Add(time.Duration(n) * time.Hour)
	case uDay:
		return t.AddDate(0, 0, n)
	case uWeek, uWeekend:
		return t.AddDate(0, 0, 7*n)
	case uFortnight:
		return t.AddDate(0, 0, 14*n)
	case uMonth:
		return t.AddDate(0, n, 0)
	case uQuarter:
		return t.AddDate(0, 3*n, 0)
	case uYear:
		return t.AddDate(n, 0, 0)
	case uDecade:
		return t.AddDate(10*n, 0, 0)
	case uCentury:
		return t.AddDate(100*n, 0, 0)
	}
	return t
}

// atGran renders t at the granularity of unit u.
func atGran(t time.Time, u int) (string, string) {
	switch u {
	case uSecond, uMinute, uHour:
		s := fmtDay(t) + "T" + p2(t.Hour())
		if u == uHour {
			return s, "hour"
		}
		s += ":" + p2(t.Minute())
		if u == uMinute {
			return s, "minute"
		}
		return s + ":" + p2(t.Second()), "second"
	case uDay:
		return fmtDay(t), "day"
	case uWeek, uFortnight:
		return fmtWeek(t), "week"
	case uWeekend:
		return fmtWeek(t) + "-WE", "week"
	case uMonth:
		return fmtMonth(t.Year(), int(t.Month())), "month"
	case uQuarter:
		return p4(t.Year()) + "-Q" + strconv.Itoa((int(t.Month())-1)/3+1), "quarter"
	case uYear:
		return p4(t.Year()), "year"
	case uDecade:
		return strconv.Itoa(t.Year() / 10), "decade"
	case uCentury:
		return strconv.Itoa(t.Year() / 100), "century"
	}
	return "", ""
}
