package timex

import (
	tok "github.com/dossier-osint/dossier/internal/token"
	"strconv"
	"strings"
	"time"
)

// tday is a time of day as written: "7", "7:30", "7.30pm", "half past
// seven", "seven thirty p m", "10 in the evening".
type tday struct {
	h, m, s int
	ap      int  // 0 none, 1 am, 2 pm
	dp      int  // part of day that follows ("in the evening"), a daypartCode index
	strong  bool // cannot be a plain number: colon, am/pm, o'clock, noon, a part of day, "past"
	sec     bool
	z       string
	i, j    int
}

// hour returns the hour on a 24-hour clock, with am/pm or the part of day
// applied; dp is a part of day the context gives ("tonight at 7").
func (t tday) hour(dp int) int {
	h := t.h
	if t.dp != 0 {
		dp = t.dp
	}
	switch {
	case h == 24:
	case t.ap == 1:
		if h == 12 {
			h = 0
		}
	case t.ap == 2:
		if h < 12 {
			h += 12
		}
	case dp == 2 || dp == 3: // afternoon, evening
		if h < 12 && h > 0 {
			h += 12
		}
	case dp == 4: // night: "10 at night" is 22:00, "2 at night" 02:00
		if h >= 6 && h < 12 {
			h += 12
		}
	}
	return h
}

func (t tday) render(dp int) string {
	s := "T" + p2(t.hour(dp)) + ":" + p2(t.m)
	if t.sec {
		s += ":" + p2(t.s)
	}
	return s + t.z
}

// ampm reads "am", "pm", "a.m.", "p.m.", "a", "p" (right after a number),
// "a m", "p . m ." at k: 0 none, 1 am, 2 pm.
func (p *parser) ampm(k int) (int, int) {
	r := p.lowerRaw(k)
	switch r {
	case "am":
		return 1, k + 1
	case "pm":
		return 2, k + 1
	case "ampm":
		return 1, k + 1 // "7ampm": a typo the reader takes as am
	case "a", "p":
	default:
		return 0, k
	}
	v := 1
	if r == "p" {
		v = 2
	}
	j := k + 1
	dot := p.punct(j, ".")
	if dot {
		j++
	}
	if p.lowerRaw(j) == "m" {
		if dot {
			return v, p.dotAfter(j + 1) // "p.m.", "p . m ."
		}
		return v, j + 1
	}
	// "9a", "7p", "9:00a": the letter right after the number, then no word.
	if p.adj(k) && k > 0 && p.toks[k-1].kind == kNum && !p.isWord(k+1) {
		return v, k + 1
	}
	return 0, k
}

// dotAfter skips a period that closes "a.m." / "p . m .".
func (p *parser) dotAfter(j int) int {
	if p.punct(j, ".") {
		return j + 1
	}
	return j
}

// oclock reads "o'clock", "oclock" at k.
func (p *parser) oclock(k int) int {
	switch p.lowerRaw(k) {
	case "oclock":
		return k + 1
	case "o":
		if (p.punct(k+1, "'") || p.punct(k+1, "’")) && p.lowerRaw(k+2) == "clock" {
			return k + 3
		}
	}
	return k
}

// hourWord reads an hour 1..12 in digits or words.
func (p *parser) hourNum(i int) (int, int, bool) {
	if p.isNum(i) {
		t := &p.toks[i]
		if t.nd > 2 || t.n > 24 {
			return 0, 0, false
		}
		if p.groupedNumber(i) && !p.dottedClock(i) {
			return 0, 0, false
		}
		return int(t.n), i + 1, true
	}
	if e := p.e(i); e != nil && e.class == cNumWord && e.val >= 1 && e.val <= 12 {
		return e.val, i + 1, true
	}
	return 0, 0, false
}

// dottedClock reports "8.30" written for a time: two-digit minutes after
// the dot and no digit group before it.
func (p *parser) dottedClock(i int) bool {
	if i > 1 && p.adj(i) && p.toks[i-1].kind == kPunct && p.adj(i-1) && p.toks[i-2].kind == kNum {
		return false
	}
	return p.punct(i+1, ".") && p.adj(i+1) && p.isNum(i+2) && p.adj(i+2) && p.toks[i+2].nd == 2 &&
		!(p.punct(i+3, ".") && p.adj(i+3) && p.isNum(i+4))
}

// minuteWords reads "thirty", "forty five", "fifteen", "o five" after an
// hour in words.
func (p *parser) minuteWords(i int) (int, int, bool) {
	if p.lowerRaw(i) == "o" {
		if e := p.e(i + 1); e != nil && e.class == cNumWord && e.val >= 1 && e.val <= 9 {
			return e.val, i + 2, true
		}
		return 0, 0, false
	}
	e := p.e(i)
	if e == nil || e.class != cNumWord || e.val < 10 || e.val > 59 {
		return 0, 0, false
	}
	n, j, ok := p.numberWord(i)
	if !ok || n > 59 {
		return 0, 0, false
	}
	return n, j, true
}

// tod reads a time of day at i.
func (p *parser) tod(i int) (tday, bool) { return p.todAt(i, false) }

// todAt reads a time of day at i; second says it is the end of a range
// ("3" in "1-3 pm"), which may follow a dash. The last reading is
// remembered: at a start token timeRange and clock both read it, and the
// rule files' clock elements again (half the readings of a text).
func (p *parser) todAt(i int, second bool) (tday, bool) {
	m := &p.todMemo
	if m.set && m.at == i && m.second == second && m.hi == p.hi {
		return m.t, m.ok
	}
	t, ok := p.readTod(i, second)
	*m = todMemo{set: true, at: i, second: second, hi: p.hi, t: t, ok: ok}
	return t, ok
}

// todMemo is todAt's last reading, at token at with the line ending at hi
// (the reading depends on nothing else the parser changes).
type todMemo struct {
	set    bool
	at, hi int
	second bool
	t      tday
	ok     bool
}

// readTod is todAt's reading.
func (p *parser) readTod(i int, second bool) (tday, bool) {
	t := tday{i: i}
	if !p.in(i) {
		return t, false
	}
	w := p.w(i)
	j := i
	raw := p.lowerRaw(i)
	switch {
	case w == "noon" || w == "midday" || raw == "noonish":
		t.h, t.strong, j = 12, true, i+1
	case w == "midnight":
		t.h, t.strong, j = 24, true, i+1
	case w == "half" || p.lowerRaw(i) == "quarter" || (w == "a" && p.lowerRaw(i+1) == "quarter"):
		k := i
		if w == "a" {
			k++
		}
		m := 30
		if p.lowerRaw(k) == "quarter" {
			m = 15
		}
		dir := p.lowerRaw(k + 1)
		if dir != "past" && dir != "to" && dir != "after" && dir != "before" {
			return t, false
		}
		h, k2, ok := p.hourNum(k + 2)
		if !ok || h > 12 || h == 0 {
			return t, false
		}
		t.h, t.m, t.strong, j = h, m, true, k2
		if dir == "to" || dir == "before" {
			t.h, t.m = (h+11)%12, 60-m
			if t.h == 0 {
				t.h = 12
			}
		}
	default:
		h, k, ok := p.hourNum(i)
		if !ok {
			// "1140 a.m.", "0730"
			if p.isNum(i) && p.toks[i].nd == 4 && !p.groupedNumber(i) {
				n := int(p.toks[i].n)
				if n/100 <= 24 && n%100 < 60 {
					if ap, _ := p.ampm(i + 1); ap != 0 {
						t.h, t.m, j = n/100, n%100, i+1
						break
					}
				}
			}
			return t, false
		}
		if p.isNum(i) && i > 0 && p.adj(i) {
			pv := p.raw(i - 1)
			if p.toks[i-1].kind == kNum || pv == ":" || pv == "." || pv == "$" || pv == "/" || pv == "," || !second && pv == "-" && i > 1 && p.toks[i-2].kind == kNum && p.adj(i-1) {
				return t, false
			}
		}
		t.h, j = h, k
		// "20 min past eight", "10 past 9", "ten past 9"
		kk := k
		if e := p.e(kk); e != nil && e.class == cUnit && e.val == uMinute {
			kk++
		}
		if d := p.lowerRaw(kk); (d == "past" || d == "after" || (d == "to" && kk > k)) && h < 60 {
			if hh, k2, ok := p.hourNum(kk + 1); ok && hh >= 1 && hh <= 12 {
				t.h, t.m, t.strong, j = hh, h, true, k2
				if d == "to" {
					t.h, t.m = (hh+11)%12, 60-h
					if t.h == 0 {
						t.h = 12
					}
				}
				break
			}
		}
		if p.isNum(i) {
			if (p.punct(j, ":") || p.punct(j, ".")) && p.adj(j) && p.isNum(j+1) && p.adj(j+1) && p.toks[j+1].nd == 2 && p.toks[j+1].n < 60 {
				colon := p.punct(j, ":")
				if !colon && p.isNum(j+2) {
					return t, false
				}
				t.m = int(p.toks[j+1].n)
				j += 2
				if colon {
					t.strong = true
					if p.punct(j, ":") && p.adj(j) && p.isNum(j+1) && p.adj(j+1) && p.toks[j+1].nd == 2 && p.toks[j+1].n < 60 {
						t.s, t.sec = int(p.toks[j+1].n), true
						j += 2
					}
					if p.punct(j, ":") && p.adj(j) {
						return t, false
					}
				} else if e := p.e(j); e != nil && e.class == cUnit {
					return t, false // "2.5 hours"
				}
				if p.punct(j, ".") && p.isNum(j+1) && p.adj(j+1) {
					return t, false
				}
			} else if p.punct(j, ".") && p.adj(j) && (p.lowerRaw(j+1) == "am" || p.lowerRaw(j+1) == "pm") && p.adj(j+1) {
				j++ // "9.am"
			}
		} else if m, k2, ok := p.minuteWords(j); ok {
			t.m, j = m, k2
		}
		if p.lowerRaw(j) == "ish" && p.adj(j) {
			t.strong = true
			j++
		}
	}
	if t.h == 12 && p.w(j) == "noon" {
		j++
		t.strong = true
	}
	if ap, j2 := p.ampm(j); ap != 0 {
		if t.h > 12 || t.h == 0 {
			return t, false
		}
		t.ap, j, t.strong = ap, j2, true
	} else if j2 := p.oclock(j); j2 > j {
		j, t.strong = j2, true
	}
	if t.h > 24 || (t.h == 24 && t.m > 0) {
		return t, false
	}
	if zones[p.w(j)] || p.in(j) && p.raw(j) == "ET" {
		if w := p.w(j); w == "utc" || w == "gmt" {
			t.z = "Z"
		}
		j++
		t.strong = true // "07.45 GMT" is a time
	}
	// "in the evening", "at night", "in the night"
	if t.h <= 12 {
		if d, j2 := p.daypartPhrase(j); d != 0 {
			t.dp, j, t.strong = d, j2, true
		}
	}
	t.j = j
	return t, true
}

// daypartPhrase reads "in the morning", "in the afternoon", "in the
// evening", "at night", "in the night" at k.
func (p *parser) daypartPhrase(k int) (int, int) {
	switch p.w(k) {
	case "in":
		if p.w(k+1) == "the" {
			if e := p.e(k + 2); e != nil && e.class == cDaypart && !e.plural && e.val <= 4 {
				return e.val, k + 3
			}
		}
	case "at":
		if p.lowerRaw(k+1) == "night" {
			return 4, k + 2
		}
	}
	return 0, k
}

var zones = map[string]bool{"gmt": true, "utc": true, "est": true, "edt": true, "pst": true, "pdt": true, "cet": true,
	"kst": true, "msk": true, "bst": true, "jst": true, "cest": true, "eet": true, "eest": true}

// bareOK reports whether a plain number at t can be a time of day by its
// context: after "at" ("at 7", "at 6.45"), with no counted noun after it.
func (p *parser) bareOK(t tday) bool {
	if t.strong {
		return true
	}
	pw := p.prevW(t.i)
	if pw != "at" && pw != "around" && pw != "before" && pw != "after" && pw != "by" {
		return false
	}
	if pw != "at" && t.m == 0 {
		return false // "around 7", "by 2" alone are numbers
	}
	if t.h > 12 && t.m == 0 {
		return false
	}
	return p.freeAfter(t.j)
}

// freeAfter reports that token k does not make the number before it an
// amount: no counted noun, unit or percent sign follows.
func (p *parser) freeAfter(k int) bool {
	if !p.in(k) {
		return true
	}
	tk := &p.toks[k]
	switch tk.kind {
	case kNum:
		return false
	case kPunct:
		s := p.raw(k)
		return s != "%" && s != "/" && s != "-" && s != ":"
	}
	if tk.e == nil {
		return false
	}
	if countNouns[tk.lwf()] || tk.e.class == cUnit || tk.lwf() == "of" || tk.lwf() == "percent" {
		return false
	}
	return true
}

// clock reads a time of day: "10:30 p.m. UTC", "8am", "noon", "at 7",
// "half past seven", "9 in the evening". What it finds is written to
// *out, as calendar does.
func (p *parser) clock(i int, out *cand) bool {
	t, ok := p.tod(i)
	if !ok || !p.bareOK(t) {
		return false
	}
	*out = p.clockCand(t, t)
	return true
}

// clockCand renders a time of day (a == b) or a range of times on the
// reference day.
func (p *parser) clockCand(a, b tday) cand {
	c := cand{i: a.i, j: b.j, typ: "TIME", gran: "minute", rule: "clock", rel: true, tt: &[2]tday{a, b}, ntt: 1}
	if a.sec {
		c.gran = "second"
	}
	if a.j != b.j {
		c.ntt, c.gran, c.rule = 2, "interval", "clock-range"
	}
	day := "XXXX-XX-XX"
	if p.hasRef {
		day = fmtDay(p.refDay())
	} else {
		c.rel = false
		c.anchor = anchorNone
	}
	c.val = p.timesOn(day, c, 0)
	return c
}

// timesOn renders the time or times of c on day with part of day dp.
func (p *parser) timesOn(day string, c cand, dp int) string {
	if day == "" {
		return ""
	}
	if c.ntt == 2 {
		a, b := c.tt[0].render(dp), c.tt[1].render(dp)
		end := day
		if b < a && !strings.HasPrefix(day, "X") {
			// "between 3 p.m. and 6 a.m.": the end falls on the next day
			if t, err := time.Parse("2006-01-02", day); err == nil {
				end = fmtDay(t.AddDate(0, 0, 1))
			}
		}
		return day + a + "/" + end + b
	}
	return day + c.tt[0].render(dp)
}

// timeRange reads "5 to 6pm", "from 10am to 12pm", "between 2 and 4",
// "1-3 pm", "9.30-4.30pm". weak reports a range of plain numbers that
// needs a date or a part of day next to it to be taken for times. The
// range is written to *out, as calendar does.
func (p *parser) timeRange(i int, out *cand) (weak bool, ok bool) {
	k := i
	lead := p.w(i)
	if lead == "from" || lead == "between" {
		k++
	} else {
		lead = ""
	}
	a, ok := p.tod(k)
	if !ok || a.j >= p.hi {
		return false, false
	}
	conn := a.j
	if !p.joinAt(conn, lead == "between") {
		return false, false
	}
	b, ok := p.todAt(conn+1, true)
	if !ok {
		return false, false
	}
	if a.dp != 0 && b.dp == 0 && !b.strong {
		b.dp = a.dp
	}
	if b.ap != 0 && a.ap == 0 && a.h <= 12 {
		a.ap = b.ap
		if a.hour(0)*60+a.m > b.hour(0)*60+b.m {
			a.ap = 1
		}
	}
	if b.dp != 0 && a.dp == 0 && a.ap == 0 {
		a.dp = b.dp
	}
	if a.ap == 0 && b.ap == 0 && a.dp == 0 && b.dp == 0 && a.h < 24 && b.h < 24 {
		if a.h == 12 && b.h < 12 {
			a.h = 0
		}
		if b.h*60+b.m < a.h*60+a.m && b.h+12 < 24 && (b.h+12)*60+b.m > a.h*60+a.m {
			b.h += 12
		}
	}
	if a.hour(0)*60+a.m >= b.hour(0)*60+b.m && b.h != 24 && !(a.ap == 2 && b.ap == 1) {
		return false, false
	}
	if !a.strong && !b.strong && (a.h > 24 || b.h > 24) {
		return false, false
	}
	*out = p.clockCand(a, b)
	out.i = i
	weak = !a.strong && !b.strong
	if weak && (!p.freeAfter(b.j) || a.m == 0 && b.m == 0 && lead == "" && !p.isNum(i)) {
		// "5 to 6 people"; "five to seven" alone
		if !p.freeAfter(b.j) {
			return false, false
		}
	}
	return weak, true
}

// timeAt reads a time or a range of times after a date or a part of day
// ("tomorrow 8pm", "tonight at 7", "Monday 3-8", "today from 7 to 7:30").
// Plain numbers are accepted here. What it finds is written to *out, as
// calendar does.
func (p *parser) timeAt(k int, out *cand) bool {
	conn := false
	switch p.w(k) {
	case "at", "around", "about", "by":
		k++
		conn = true
	case "":
		if p.punct(k, "@") {
			k++
			conn = true
		} else if p.punct(k, ",") || p.isDash(k) {
			k++
		}
	}
	if _, ok := p.timeRange(k, out); ok {
		return true
	}
	t, ok := p.tod(k)
	if !ok || (!t.strong && (!conn || !p.freeAfter(t.j) || t.h > 12 && t.m == 0)) {
		return false
	}
	*out = p.clockCand(t, t)
	return true
}

// dayPart reads a part of day standing alone: "in the morning" (from
// "the"), "early morning", "later in the afternoon", "mornings" (a set).
// dayPartWords are the words of no class dayPart starts at (its switch;
// else the word itself is a part of the day): match calls it at a word
// of no class only at one of them.
var dayPartWords = []string{"early", "late", "later", "earlier", "the"}

// dayPart writes what it finds to *out, as calendar does.
func (p *parser) dayPart(i int, out *cand) bool {
	k := i
	w := p.w(k)
	switch w {
	case "early", "late", "later", "earlier":
		k++
		if p.w(k) == "in" {
			if p.w(k+1) != "the" {
				return false
			}
			k += 2
		}
	case "the":
		if p.prevW(i) != "in" {
			return false
		}
		k++
	}
	e := p.e(k)
	if e == nil || e.class != cDaypart || e.val > 4 {
		return false
	}
	if e.plural {
		if k == i || (w == "the" && k == i+1) {
			*out = cand{i: i, j: k + 1, typ: "SET", val: "XXXX-XX-XXT" + daypartCode[e.val], gran: "set", rule: "dayparts", anchor: anchorText}
			return true
		}
		return false
	}
	if k == i {
		return false
	}
	c := cand{i: i, j: k + 1, typ: "TIME", gran: "daypart", rule: "daypart", rel: true}
	if p.hasRef {
		c.val = fmtDay(p.refDay()) + "T" + daypartCode[e.val]
	}
	*out = c
	return true
}

// dayOf returns the day (YYYY-MM-DD) and the part of day of a date or
// date-with-part-of-day candidate; ok is false for anything else.
func dayOf(c *cand) (string, int, bool) {
	if c.ntt != 0 {
		return "", 0, false
	}
	switch {
	case c.typ == "DATE" && c.gran == "day":
		return c.val, 0, true
	case c.typ == "TIME" && c.gran == "daypart":
		dp := 0
		if len(c.val) >= 3 {
			code := c.val[len(c.val)-2:]
			for k, s := range daypartCode {
				if s == code && k > 0 {
					dp = k
				}
			}
		}
		if c.val == "" {
			return "", dp, true
		}
		if dp == 0 {
			return "", 0, false
		}
		return c.val[:len(c.val)-3], dp, true
	}
	return "", 0, false
}

// onDay puts the time(s) of t on the day of d.
func (p *parser) onDay(t, d cand, i, j int, rule string) cand {
	day, dp, _ := dayOf(&d)
	t.i, t.j = i, j
	t.rule = rule
	t.rel = t.rel || d.rel
	t.anchor = d.anchor
	if day == "" || strings.HasPrefix(day, "X") {
		t.val = ""
		if !p.hasRef {
			t.anchor = anchorNone
		}
	} else {
		t.val = p.timesOn(day, t, dp)
	}
	if t.ntt == 2 {
		t.gran = "interval"
	}
	t.typ = "TIME"
	return t
}

// durFrac renders a duration of a fractional number of units: "PT1.5H",
// "P2.5D"; "" for units that do not take fractions.
func durFrac(f float64, u int) string {
	num := strconv.FormatFloat(f, 'f', -1, 64)
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
	case uMonth:
		return "P" + num + "M"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		return "P" + strconv.FormatFloat(f*10, 'f', -1, 64) + "Y"
	}
	return ""
}

// shiftF moves t by f units; fractions only for units of fixed length.
func shiftF(t time.Time, f float64, u int) (time.Time, bool) {
	if f == float64(int(f)) {
		return shift(t, int(f), u), true
	}
	switch u {
	case uSecond:
		return t.Add(time.Duration(f * float64(time.Second))), true
	case uMinute:
		return t.Add(time.Duration(f * float64(time.Minute))), true
	case uHour:
		return t.Add(time.Duration(f * float64(time.Hour))), true
	case uDay:
		return t.Add(time.Duration(f * 24 * float64(time.Hour))), true
	case uWeek:
		return t.Add(time.Duration(f * 7 * 24 * float64(time.Hour))), true
	}
	return t, false
}

// point renders t as a day, or as a time of day for units under a day.
func point(t time.Time, u int) (string, string, string) {
	if u == uHour || u == uMinute || u == uSecond {
		return fmtDay(t) + "T" + p2(t.Hour()) + ":" + p2(t.Minute()) + ":" + p2(t.Second()), "TIME", "second"
	}
	return fmtDay(t), "DATE", "day"
}

// pointAfter turns a duration into the point it measures from a day:
// "in two weeks", "three weeks from tomorrow", "two days before
// yesterday", "2 weeks before Christmas", "half an hour from now".
func (p *parser) pointAfter(c cand, f float64, u int) (cand, bool) {
	end := c.j
	nw := p.w(end)
	dir := 0
	switch nw {
	case "from", "after", "since":
		dir = 1
	case "before":
		dir = -1
	}
	if dir != 0 && u != uWeekend && u != uQuarter && u != uCentury {
		k := end + 1
		if nw == "from" && (p.w(k) == "now" || p.lowerRaw(k) == "tmrw") || nw == "hence" {
			if p.w(k) == "now" && p.hasRef && (u == uHour || u == uMinute || u == uSecond) {
				t, _ := shiftF(p.ref, f, u)
				c.val, c.typ, c.gran = point(t, u)
				c.j, c.rule, c.anchor, c.rel, c.mod = k+1, "from-now", "", true, ""
				return c, true
			}
			if p.lowerRaw(k) == "tmrw" && p.hasRef {
				t, _ := shiftF(p.refDay().AddDate(0, 0, 1), f, u)
				c.val, c.typ, c.gran = point(t, u)
				c.j, c.rule, c.anchor, c.rel, c.mod = k+1, "units-from-day", "", true, ""
				return c, true
			}
			return c, false
		}
		if d, ok := p.dayAt(k); ok && d.typ == "DATE" && d.gran == "day" {
			c.j, c.rule, c.anchor, c.rel = d.j, "units-from-day", d.anchor, d.rel
			c.typ, c.gran, c.val = "DATE", "day", ""
			if d.val != "" {
				if t, err := time.Parse("2006-01-02", d.val); err == nil {
					if t2, ok := shiftF(t, f*float64(dir), u); ok {
						c.val, c.typ, c.gran = point(t2, u)
					}
				}
			}
			c.mod = ""
			return c, true
		}
		return c, false
	}
	if p.prevW(c.i) == "in" && c.mod == "" && c.i > 0 && p.toks[c.i-1].kind == kWord && p.tense(c.i, c.j) >= 0 && u != uWeekend {
		// TimeML keeps "five years" a duration; its value is the
		// interval from the reference date to the point it reaches.
		c.rule, c.anchor, c.rel = "in-duration", "", true
		c.dur, c.val, c.gran = c.val, "", "interval"
		if p.hasRef {
			r := p.refDay()
			if u == uHour || u == uMinute || u == uSecond {
				r = p.ref
			}
			if t, ok := shiftF(r, f, u); ok {
				a, _, _ := point(r, u)
				b, _, _ := point(t, u)
				c.val = a + "/" + b
			}
		}
		return c, true
	}
	return c, false
}

// weekdayOfMonth resolves "Monday 21": the 21st nearest the reference
// date that is a Monday, else the reference month's.
func (p *parser) weekdayOfMonth(i, j, wd, d int) cand {
	c := cand{i: i, j: j, typ: "DATE", gran: "day", rule: "weekday-day", rel: true, d: d}
	if !p.hasRef {
		return c
	}
	r := p.refDay()
	var best time.Time
	for k := -6; k <= 6; k++ {
		y, m := addMonths(r.Year(), int(r.Month()), k)
		if !validDate(y, m, d) {
			continue
		}
		t := date(y, m, d)
		if isoWeekday(t) != wd {
			continue
		}
		if best.IsZero() || absDur(t.Sub(r)) < absDur(best.Sub(r)) {
			best = t
		}
	}
	if best.IsZero() {
		y, m := r.Year(), int(r.Month())
		if !validDate(y, m, d) {
			return c
		}
		best = date(y, m, d)
	}
	return p.dayCand(i, j, best, "weekday-day")
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// weekdayNumeric reads the month/day after a weekday: "Friday 7/6",
// "Friday 7.6", "Friday 7-6" (month first).
func (p *parser) weekdayNumeric(k int) (cand, bool) {
	if !p.isNum(k) || !p.isNum(k+2) || !p.adj(k+1) || !p.adj(k+2) || p.toks[k].nd > 2 || p.toks[k+2].nd > 2 {
		return cand{}, false
	}
	if !(p.punct(k+1, "/") || p.punct(k+1, ".")) {
		return cand{}, false
	}
	if p.adj(k+3) && (p.toks[k+3].kind == kNum || p.toks[k+3].kind == kPunct && p.raw(k+3) != "," && p.raw(k+3) != ")") {
		return cand{}, false
	}
	m, d := int(p.toks[k].n), int(p.toks[k+2].n)
	if !validDate(0, m, d) {
		return cand{}, false
	}
	var c cand
	p.monthDay(k, k+3, m, d, "weekday+numeric-month-day", &c)
	return c, true
}

// weekExpr reads weeks named by a date or a number: "the week of April
// 10th", "the week commencing February 4", "w/c Feb 4", "week 27 of last
// year", "the first week of 2015", "the last week of July", "the 3rd week
// of next month". The value is the ISO week, written to *out as calendar
// does.
func (p *parser) weekExpr(i int, out *cand) bool {
	k := i
	if p.w(k) == "the" {
		k++
	}
	// "w/c Feb 4"
	if p.lowerRaw(k) == "w" && p.punct(k+1, "/") && p.lowerRaw(k+2) == "c" && p.adj(k+1) && p.adj(k+2) {
		if d, ok := p.dayAt(k + 3); ok && d.typ == "DATE" && d.gran == "day" {
			*out = p.weekOf(i, d.j, d, "week-commencing")
			return true
		}
		return false
	}
	ord := 0
	if p.w(k) == "last" && p.lowerRaw(k+1) == "week" && p.w(k+2) == "of" {
		ord = -1
		k++
	} else if n, ok := p.ordinal(k); ok && n >= 1 && n <= 5 {
		k2 := k + 1
		if p.isNum(k) {
			k2 = k + 2
		}
		if p.lowerRaw(k2) != "week" || p.w(k2+1) != "of" {
			return false
		}
		ord, k = n, k2
	}
	if p.lowerRaw(k) != "week" {
		return false
	}
	k++
	if ord != 0 {
		k++ // "of"
		c, ok := p.nthWeek(i, k, ord)
		if ok {
			*out = c
		}
		return ok
	}
	switch p.lowerRaw(k) {
	case "of", "commencing", "beginning", "starting":
		k2 := k + 1
		if p.w(k2) == "on" && p.lowerRaw(k) != "of" {
			k2++
		}
		if d, ok := p.dayAt(k2); ok && d.typ == "DATE" && d.gran == "day" {
			*out = p.weekOf(i, d.j, d, "week-of")
			return true
		}
		if p.lowerRaw(k) == "of" {
			// "the week of the 18th"
			j := k2
			if p.w(j) == "the" {
				j++
			}
			if d, j2, ok := p.dayNum(j); ok && p.class(j2) != cMonth && p.w(j2) != "of" && p.hasRef {
				r := p.refDay()
				y, m := r.Year(), int(r.Month())
				if validDate(y, m, d) {
					*out = p.weekOf(i, j2, p.dayCand(k2, j2, date(y, m, d), "day"), "week-of")
					return true
				}
			}
		}
		return false
	}
	if !p.isNum(k) || p.toks[k].nd > 2 || p.toks[k].n < 1 || p.toks[k].n > 53 {
		return false
	}
	n := int(p.toks[k].n)
	j := k + 1
	c := cand{i: i, j: j, typ: "DATE", gran: "week", rule: "week-number", rel: true}
	y := 0
	if p.hasRef {
		y = p.ref.Year()
	}
	if p.w(j) == "of" {
		if yy, j2, ok := p.yearNum(j+1, true); ok {
			y, c.j, c.rel = yy, j2, false
		} else if r := (cand{}); p.relUnit(j+1, &r) && r.gran == "year" && len(r.val) == 4 {
			y, c.j = r.y, r.j
		}
	}
	if y > 0 {
		c.val, c.y = p4(y)+"-W"+p2(n), y
	}
	*out = c
	return true
}

// weekOf gives the ISO week of day d.
func (p *parser) weekOf(i, j int, d cand, rule string) cand {
	c := cand{i: i, j: j, typ: "DATE", gran: "week", rule: rule, rel: d.rel}
	if t, err := time.Parse("2006-01-02", d.val); err == nil {
		c.val, c.y = fmtWeek(t), t.Year()
	}
	return c
}

// nthWeek reads what "the first week of" applies to: a year, a month
// (with or without a year), "next month", "last year".
func (p *parser) nthWeek(i, k, ord int) (cand, bool) {
	if !p.in(k) {
		return cand{}, false
	}
	var best, got cand
	found := false
	// called one by one, not through a list of functions: got would escape
	keep := func(ok bool) {
		if ok && (got.gran == "year" || got.gran == "month") && (!found || got.j > best.j) {
			best, found = got, true
		}
	}
	keep(p.calendar(k, &got))
	keep(p.relUnit(k, &got))
	if !found {
		return cand{}, false
	}
	c := cand{i: i, j: best.j, typ: "DATE", gran: "week", rule: "nth-week", rel: best.rel}
	if best.val == "" || best.y == 0 {
		return c, true
	}
	var t time.Time
	if best.gran == "year" {
		y := best.y
		if ord < 0 {
			t = date(y, 12, 28) // always in the last ISO week
		} else {
			t = date(y, 1, 4).AddDate(0, 0, 7*(ord-1))
		}
	} else {
		m := best.m
		if m == 0 && len(best.val) == 7 {
			m, _ = strconv.Atoi(best.val[5:])
		}
		if m == 0 {
			return c, true
		}
		if ord < 0 {
			// the last week that ends in the month
			t = date(best.y, m+1, 0)
			t = t.AddDate(0, 0, -(isoWeekday(t) % 7))
		} else {
			t = date(best.y, m, 1).AddDate(0, 0, 7*(ord-1))
		}
	}
	c.val, c.y = fmtWeek(t), t.Year()
	return c, true
}

// dayAlone reports that the day number ending before j stands for a day of
// the month after a weekday ("Monday 21", "tues the 4th"): no month, time,
// unit or counted noun follows it.
func (p *parser) dayAlone(j int) bool {
	if !p.in(j) {
		return true
	}
	if p.class(j) == cMonth || p.w(j) == "of" && p.class(j+1) == cMonth {
		return false
	}
	if ap, _ := p.ampm(j); ap != 0 || p.oclock(j) > j {
		return false
	}
	switch p.toks[j].kind {
	case kNum:
		return false
	case kPunct:
		switch p.raw(j) {
		case ":", "/", "-", "–", "%":
			return false
		case ".":
			return !p.isNum(j + 1)
		}
		return true
	}
	e := p.e(j)
	return e != nil && !countNouns[e.word] && e.class != cUnit && e.class != cDaypart
}

// weekdayOfWeek reads a weekday and the week it falls in: "Tuesday of next
// week", "next week Monday", "this week Monday", "previous week - Monday".
// What it finds is written to *out, as calendar does.
func (p *parser) weekdayOfWeek(i int, out *cand) bool {
	k := i
	if e := p.e(k); e != nil && e.class == cWeekday && !e.plural && p.w(k+1) == "of" {
		k2 := k + 2
		if p.w(k2) == "the" {
			k2++
		}
		dir, ok := weekDir.Get(p.w(k2))
		if !ok || p.lowerRaw(k2+1) != "week" {
			return false
		}
		p.weekday(i, k2+2, e.val, dir, "weekday-of-week", out)
		return true
	}
	dir, ok := weekDir.Get(p.w(k))
	if !ok || p.lowerRaw(k+1) != "week" {
		return false
	}
	k += 2
	if p.isDash(k) || p.punct(k, ",") || p.w(k) == "on" {
		k++
	}
	if e := p.e(k); e != nil && e.class == cWeekday && !e.plural {
		p.weekday(i, k+1, e.val, dir, "week-weekday", out)
		return true
	}
	return false
}

var weekDir = tok.NewTable(map[string]int{"next": 1, "following": 1, "coming": 1, "last": -1, "previous": -1, "past": -1, "this": 2, "current": 2})

// ofAfter reports "of" at k ("the year of the dragon").
func (p *parser) ofAfter(k int) bool { return p.w(k) == "of" }

// theDayNum reads "the 18th" after "on", "by", "until", "for", "around":
// the day of the reference month; "the 21st this month"; "the day
// before", "the day after" standing alone (the reference date's
// neighbours). What it finds is written to *out, as calendar does.
func (p *parser) theDayNum(i int, out *cand) bool {
	if p.w(i+1) == "day" && (p.w(i+2) == "before" || p.w(i+2) == "after") {
		if k := i + 3; !p.in(k) || p.toks[k].kind == kPunct {
			off := -1
			if p.w(i+2) == "after" {
				off = 1
			}
			if !p.hasRef {
				*out = cand{i: i, j: i + 3, typ: "DATE", gran: "day", rule: "the-day-" + p.w(i+2), rel: true}
				return true
			}
			*out = p.dayCand(i, i+3, p.refDay().AddDate(0, 0, off), "the-day-"+p.w(i+2))
			return true
		}
		return false
	}
	switch p.prevW(i) {
	case "on", "by", "until", "till", "for", "around", "before", "after", "since":
	default:
		return false
	}
	if !p.isNum(i+1) && p.class(i+1) != cOrdinal {
		return false
	}
	d, j, ok := p.dayNum(i + 1)
	if !ok || p.isNum(i+1) && !p.isWord(i+2) {
		return false // "the 18th", not "the 18"
	}
	if p.isWord(j) {
		switch p.w(j) {
		case "this", "and", "or", "at", "from", "between", "to", "until", "till":
		default:
			return false // "the first time", "the 4th of July", "the 20th century"
		}
	}
	c := cand{i: i, j: j, typ: "DATE", gran: "day", rule: "the-day-of-month", rel: true, d: d}
	if p.w(j) == "this" && p.lowerRaw(j+1) == "month" {
		c.j = j + 2
	}
	if p.hasRef {
		r := p.refDay()
		if validDate(r.Year(), int(r.Month()), d) {
			*out = p.dayCand(c.i, c.j, date(r.Year(), int(r.Month()), d), c.rule)
			return true
		}
	}
	*out = c
	return true
}
