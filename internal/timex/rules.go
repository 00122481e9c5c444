package timex

import (
	tok "github.com/dossier-osint/dossier/internal/token"
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

var prepBeforeMonth = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true, "early": true, "late": true,
	"mid": true, "last": true, "next": true, "this": true, "during": true, "from": true, "to": true, "through": true,
	"before": true, "after": true, "end": true, "beginning": true, "start": true, "on": true, "between": true,
	"and": true, "throughout": true, "coming": true, "past": true, "every": true, "each": true, "middle": true,
	"в": true, "с": true, "до": true, "по": true, "у": true,
	"our": true, "its": true, "their": true, "his": true, "her": true, "my": true, "your": true, // "our March report"
}

var yearBlockers = map[string]bool{
	"resolution": true, "resolutions": true, "no": true, "number": true, "ie": true, "windows": true, "page": true,
	"pages": true, "article": true, "paragraph": true, "room": true, "flight": true, "route": true, "model": true,
	"version": true, "chapter": true, "section": true, "item": true, "iphone": true, "boeing": true, "airbus": true,
	"about": true, "around": true, "some": true, "nearly": true, "almost": true, "roughly": true, "approximately": true,
	"than": true, "least": true, "under": true, "over": true, "covid": true,
}

var countNouns = map[string]bool{
	"percent": true, "people": true, "workers": true, "persons": true, "dollars": true, "tons": true, "tonnes": true,
	"km": true, "meters": true, "metres": true, "miles": true, "feet": true, "units": true, "troops": true,
	"soldiers": true, "students": true, "cars": true, "members": true, "residents": true, "jobs": true,
	"barrels": true, "copies": true, "euros": true, "pounds": true, "yuan": true, "rubles": true, "employees": true,
	"laborers": true, "labourers": true, "citizens": true, "nationals": true, "deaths": true, "cases": true,
	"homes": true, "children": true, "men": true, "women": true, "points": true, "shares": true, "votes": true,
	"times": true, "pieces": true, "items": true, "products": true, "tickets": true, "vehicles": true, "toys": true,
}

// reportedBefore reports a speech verb within the three words before
// token k, with no punctuation between ("told RFA on", "told the
// committee on").
func (p *parser) reportedBefore(k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if p.toks[q].kind == kPunct || p.toks[q+1].nl() {
			return false
		}
		if reportVerbs[p.lowerRaw(q)] {
			return true
		}
	}
	return false
}

// deadlineWords name a coming deadline or start: a weekday after "on"
// after them points forward (lexicon en/future, key deadline; set by
// buildVocab, as reading the lexicon at init loads all its lists there).
var deadlineWords map[string]bool

// deadlineSet reads deadlineWords from the lexicon.
func deadlineSet() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.Get("en", "future").Forms("deadline") {
		m[w] = true
	}
	return m
}

var reportVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "announced": true, "reported": true, "stated": true, "confirmed": true,
	"added": true, "noted": true, "wrote": true, "insisted": true, "claimed": true, "revealed": true, "disclosed": true,
}

func (p *parser) lowerRaw(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].kind != kWord {
		return ""
	}
	if e := p.toks[i].e; e != nil {
		return e.word
	}
	r := p.raw(i)
	for k := 0; k < len(r); k++ {
		if c := r[k]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(r)
		}
	}
	return r
}

func (p *parser) refDay() time.Time {
	return time.Date(p.ref.Year(), p.ref.Month(), p.ref.Day(), 0, 0, 0, 0, time.UTC)
}

func (p *parser) dayCand(i, j int, t time.Time, rule string) cand {
	return cand{i: i, j: j, typ: "DATE", val: fmtDay(t), gran: "day", rule: rule, rel: true,
		y: t.Year(), m: int(t.Month()), d: t.Day()}
}

// ---- absolute and partial calendar dates ----------------------------------

// calendar reads a date at i ("Monday, July 18, 2014", "Feb. 28", "2009").
// What it finds is written to *out and calendar reports whether there is
// one (*out is not to be read when there is none): a cand returned is
// copied out at every call, and most find nothing. dateBody likewise.
func (p *parser) calendar(i int, out *cand) bool {
	if e := p.e(i); e != nil && e.class == cWeekday && !e.plural {
		k := i + 1
		if p.punct(k, ",") || (e.abbr && p.punct(k, ".")) {
			k++
			if p.punct(k, ",") {
				k++
			}
		}
		if p.w(k) == "the" {
			k++
		}
		if p.dateBody(k, out) && out.gran == "day" {
			out.i = i
			out.rule = "weekday+" + out.rule
			return true
		}
		if c, ok := p.weekdayNumeric(k); ok {
			c.i = i
			*out = c
			return true
		}
		if d, j, ok := p.dayNum(k); ok && p.dayAlone(j) {
			// "Monday 21", "tues the 4th", "Sat 14th": the day of the
			// month nearest the reference date that falls on that weekday.
			*out = p.weekdayOfMonth(i, j, e.val, d)
			return true
		}
		if e.abbr {
			return false
		}
		if !p.toks[i].cap() && p.toks[i].upper() {
			return false
		}
		p.weekday(i, i+1, e.val, 0, "weekday", out)
		return true
	}
	return p.dateBody(i, out)
}

// weekday resolves a day of the week. dir: 0 by tense (news default: the
// most recent, the same day included), -1 last week's, +1 next week's,
// 2 this week's. It writes the day to *out (it always finds one).
func (p *parser) weekday(i, j, wd, dir int, rule string, out *cand) {
	if !p.hasRef {
		*out = cand{i: i, j: j, typ: "DATE", gran: "day", rule: rule, rel: true}
		return
	}
	r := p.refDay()
	var t time.Time
	switch dir {
	case 0:
		tn := p.tense(i, j)
		switch {
		case reportVerbs[p.lowerRaw(i-1)] || p.w(i-1) == "on" && p.reportedBefore(i-1):
			tn = -1 // "said on Sunday", "told reporters on Tuesday"
		case p.w(i-1) == "on" && deadlineWords[p.lowerRaw(i-2)]:
			tn = 1 // "the deadline expires on Sunday"
		}
		diff := wd - isoWeekday(r)
		if tn > 0 {
			if diff < 0 {
				diff += 7
			}
		} else if diff > 0 {
			diff -= 7
		}
		t = r.AddDate(0, 0, diff)
	case -1:
		t = weekStart(r).AddDate(0, 0, -7+wd-1)
	case 1:
		t = weekStart(r).AddDate(0, 0, 7+wd-1)
	default:
		t = weekStart(r).AddDate(0, 0, wd-1)
	}
	*out = p.dayCand(i, j, t, rule)
}

func (p *parser) monthOK(k int, e *entry, needNum bool) bool {
	t := &p.toks[k]
	if e.abbr {
		return needNum
	}
	if int(t.start) < len(p.text) && p.text[t.start] >= 0x80 {
		return true // Cyrillic names are not ambiguous
	}
	if e.val == 5 || e.val == 3 { // "may", "march" are verbs too
		if !t.cap() && !needNum {
			return false
		}
		if !needNum && !prepBeforeMonth[p.prevW(k)] {
			return false
		}
	}
	if !needNum {
		// "April Ryan", "June Smith": a name.
		if n := k + 1; p.isWord(n) && p.toks[n].cap() && p.toks[n].e == nil && t.cap() {
			return false
		}
	}
	return true
}

func (p *parser) dateBody(k int, out *cand) bool {
	// Month first: "July 18, 2014", "Feb. 28", "December 2017", "September".
	if e := p.e(k); e != nil && e.class == cMonth {
		m := e.val
		j := k + 1
		if p.punct(j, ".") && (e.abbr || len(p.raw(k)) <= 4) {
			j++
		}
		if d, j2, ok := p.dayNum(j); ok && p.monthOK(k, e, true) {
			j3 := j2
			if p.punct(j3, ",") || p.w(j3) == "of" {
				j3++
			}
			if y, j4, ok := p.yearNum(j3, true); ok && validDate(y, m, d) {
				*out = cand{i: k, j: j4, typ: "DATE", val: fmtYMD(y, m, d), gran: "day", rule: "month-day-year", y: y, m: m, d: d}
				return true
			}
			if validDate(0, m, d) && !(p.isNum(j) && p.isDash(j2) && p.isNum(j2+1) && false) {
				p.monthDay(k, j2, m, d, "month-day", out)
				return true
			}
		}
		j2 := j
		if p.punct(j2, ",") || p.w(j2) == "of" {
			j2++
		}
		if y, j3, ok := p.yearNum(j2, true); ok && p.monthOK(k, e, true) {
			*out = cand{i: k, j: j3, typ: "DATE", val: fmtMonth(y, m), gran: "month", rule: "month-year", y: y, m: m}
			return true
		}
		if e.abbr || !p.monthOK(k, e, false) {
			return false
		}
		p.monthOnly(k, k+1, m, "month", out)
		return true
	}
	// Day first: "13 February 2024", "the 4th of July", "13 февраля 2024 года".
	j := k
	if p.w(j) == "the" {
		j++
	}
	if d, j2, ok := p.dayNum(j); ok {
		j3 := j2
		of := false
		if p.w(j3) == "of" {
			j3++
			of = true
		}
		if e := p.e(j3); e != nil && e.class == cMonth && (j == k || of || p.isNum(j)) && (!e.abbr || p.toks[j3].cap()) {
			m := e.val
			j4 := j3 + 1
			if p.punct(j4, ".") && e.abbr {
				j4++
			}
			j5 := j4
			if p.punct(j5, ",") {
				j5++
			}
			if y, j6, ok := p.yearNum(j5, true); ok && validDate(y, m, d) {
				j6 = p.russianYearWord(j6)
				*out = cand{i: k, j: j6, typ: "DATE", val: fmtYMD(y, m, d), gran: "day", rule: "day-month-year", y: y, m: m, d: d}
				return true
			}
			low := !p.toks[j3].cap() && p.text[p.toks[j3].start] < 0x80
			if validDate(0, m, d) && !(low && (m == 5 || m == 3)) {
				p.monthDay(k, j4, m, d, "day-month", out)
				return true
			}
		}
	}
	// A year: "2009", "in 2024 году", "the 1990s".
	j = k
	the := false
	if p.w(j) == "the" {
		j++
		the = true
	}
	if y, j2, ok := p.yearNum(j, the); ok {
		if !the && !p.yearOK(j, j2) {
			return false
		}
		if p.w(j2) == "s" && p.adj(j2) {
			if y%10 == 0 {
				*out = cand{i: k, j: j2 + 1, typ: "DATE", val: strconv.Itoa(y / 10), gran: "decade", rule: "decade"}
				return true
			}
			return false
		}
		if the {
			return false
		}
		j2 = p.russianYearWord(j2)
		*out = cand{i: k, j: j2, typ: "DATE", val: p4(y), gran: "year", rule: "year", y: y, bareYear: true}
		return true
	}
	return false
}

func (p *parser) russianYearWord(j int) int {
	switch p.w(j) {
	case "году", "года", "год", "року", "рік", "році":
		return j + 1
	case "г":
		if p.punct(j+1, ".") {
			return j + 2
		}
		return j + 1
	}
	return j
}

// yearPrefix are words joined to a year by a hyphen: "mid-2017".
var yearPrefix = map[string]bool{"mid": true, "early": true, "late": true, "pre": true, "post": true}

// yearOK guards a bare four-digit number taken for a year.
func (p *parser) yearOK(i, j int) bool {
	t := &p.toks[i]
	if i > 0 {
		pt := &p.toks[i-1]
		if yearBlockers[pt.lwf()] {
			return false
		}
		if pt.kind == kPunct && (p.adj(i) || p.raw(i-1) == "#" || p.raw(i-1) == "№") {
			s := p.raw(i - 1)
			if s == "$" || s == "€" || s == "£" || s == "#" || s == "№" || s == "/" || s == ":" || s == "." || s == "+" {
				return false
			}
			if (s == "-" || s == "‐") && i > 1 && p.toks[i-2].kind == kWord && p.adj(i-1) && !yearPrefix[p.toks[i-2].lwf()] {
				return false // "Su-2024", "MiG-1991" (not "mid-2017")
			}
		}
		if pt.kind == kWord && p.adj(i) {
			if pt.lwf() != "fy" {
				return false // "A2024", "IE2010"
			}
		}
		if pt.kind == kPunct && p.raw(i-1) == "." && i > 1 && p.toks[i-2].lwf() == "no" {
			return false
		}
	}
	if j < len(p.toks) {
		nt := &p.toks[j]
		if nt.kind == kWord && p.adj(j) && nt.lwf() != "s" {
			return false
		}
		if nt.kind == kPunct && p.raw(j) == "%" {
			return false
		}
		if nt.kind == kPunct && p.adj(j) && (p.raw(j) == "/" || p.raw(j) == ":") && j+1 < len(p.toks) && p.toks[j+1].kind == kNum && p.adj(j+1) {
			return false
		}
		if countNouns[nt.lwf()] {
			return false
		}
	}
	if t.n < 1800 && !prepBeforeMonth[p.prevW(i)] {
		return false
	}
	return p.dashChainOK(i)
}

// monthDay resolves a month and day without a year: the occurrence nearest
// the reference date, moved forward when the sentence speaks of the future.
// It writes the day to *out (it always finds one).
func (p *parser) monthDay(i, j, m, d int, rule string, out *cand) {
	*out = cand{i: i, j: j, typ: "DATE", gran: "day", rule: rule, rel: true, m: m, d: d}
	if !p.hasRef {
		if y, ok := p.sentenceYear(i); ok && validDate(y, m, d) {
			out.y, out.val, out.anchor = y, fmtYMD(y, m, d), "context "+p4(y)+" (same sentence)"
		}
		return
	}
	r := p.refDay()
	best := time.Time{}
	bestDiff := time.Duration(1 << 62)
	for y := r.Year() - 1; y <= r.Year()+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		t := date(y, m, d)
		diff := t.Sub(r)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = t, diff
		}
	}
	if best.IsZero() {
		return
	}
	tn := p.tense(i, j)
	if tn > 0 && best.Before(r) && r.Sub(best) > 7*24*time.Hour {
		best = best.AddDate(1, 0, 0)
	}
	if tn < 0 && best.After(r) && best.Sub(r) > 31*24*time.Hour && !p.timeML {
		best = best.AddDate(-1, 0, 0) // "on December 6 the ministry published", in August
	}
	*out = p.dayCand(i, j, best, rule)
}

// monthOnly resolves a month name alone: the latest such month up to the
// reference month, or the next one when the sentence speaks of the future.
// It writes the month to *out (it always finds one).
func (p *parser) monthOnly(i, j, m int, rule string, out *cand) {
	*out = cand{i: i, j: j, typ: "DATE", gran: "month", rule: rule, rel: true, m: m}
	if !p.hasRef {
		if y, ok := p.sentenceYear(i); ok {
			out.y, out.val, out.anchor = y, fmtMonth(y, m), "context "+p4(y)+" (same sentence)"
		}
		return
	}
	ry, rm := p.ref.Year(), int(p.ref.Month())
	y := ry
	if p.tense(i, j) > 0 {
		if m < rm {
			y++
		}
	} else if m > rm {
		y--
	}
	out.y = y
	out.val = fmtMonth(y, m)
}

// sentenceYear is the year of a text without a publication date for a
// month or a day it gives without one: the year a time earlier in the
// same sentence set ("В декабре 2019 года он заявил, что после 22 декабря
// ..."). dossier's convention only; TimeML leaves it open.
func (p *parser) sentenceYear(i int) (int, bool) {
	if p.timeML || p.ctxYear == 0 || !p.sameSentence(p.ctxTok, i) {
		return 0, false
	}
	return p.ctxYear, true
}

// ---- ISO and numeric dates -------------------------------------------------

// iso reads "2024-02-13", "2024-06-02T01:18"; it and numericDate write
// what they find to *out, as calendar does.
func (p *parser) iso(i int, out *cand) bool {
	t := &p.toks[i]
	sep := "-"
	if p.punct(i+1, ".") {
		sep = "." // "2025.02.06"
	}
	if t.nd != 4 || !p.punct(i+1, sep) || !p.adj(i+1) || !p.isNum(i+2) || !p.adj(i+2) ||
		!p.punct(i+3, sep) || !p.adj(i+3) || !p.isNum(i+4) || !p.adj(i+4) {
		return false
	}
	if sep == "." && (p.toks[i+2].nd != 2 || p.toks[i+4].nd != 2 || p.punct(i+5, ".") && p.adj(i+5) && p.isNum(i+6)) {
		return false // a version number "2024.1.3"
	}
	y, m, d := int(t.n), int(p.toks[i+2].n), int(p.toks[i+4].n)
	if p.toks[i+2].nd > 2 || p.toks[i+4].nd > 2 || !validDate(y, m, d) || p.inURL(i) {
		return false
	}
	if i > 0 && p.adj(i) && (p.toks[i-1].kind == kNum || p.toks[i-1].kind == kWord) {
		return false
	}
	c := cand{i: i, j: i + 5, typ: "DATE", val: fmtYMD(y, m, d), gran: "day", rule: "iso-date", y: y, m: m, d: d}
	// A time: "2024-06-02 01:18:18", "2024-06-02T01:18".
	k := i + 5
	if p.isWord(k) && p.adj(k) && strings.EqualFold(p.raw(k), "t") {
		k++
	} else if p.adj(k) {
		*out = c
		return true
	}
	if p.isNum(k) && p.toks[k].nd == 2 && p.toks[k].n < 24 && p.punct(k+1, ":") && p.adj(k+1) && p.isNum(k+2) && p.adj(k+2) && p.toks[k+2].nd == 2 && p.toks[k+2].n < 60 {
		c.val += "T" + p2(int(p.toks[k].n)) + ":" + p2(int(p.toks[k+2].n))
		c.j = k + 3
		c.gran = "minute"
		if p.punct(k+3, ":") && p.adj(k+3) && p.isNum(k+4) && p.adj(k+4) && p.toks[k+4].nd == 2 && p.toks[k+4].n < 60 {
			c.val += ":" + p2(int(p.toks[k+4].n))
			c.j = k + 5
			c.gran = "second"
		}
		c.typ, c.rule = "TIME", "iso-datetime"
	}
	*out = c
	return true
}

// numericDate reads "1/1/2016", "13.02.2024", "5/12" (month first unless
// the first number cannot be a month).
func (p *parser) numericDate(i int, out *cand) bool {
	sep := ""
	switch {
	case p.punct(i+1, "/"):
		sep = "/"
	case p.punct(i+1, "."):
		sep = "."
	default:
		return false
	}
	if !p.adj(i+1) || !p.isNum(i+2) || !p.adj(i+2) || p.toks[i].nd > 2 || p.toks[i+2].nd > 2 || p.inURL(i) {
		return false
	}
	if i > 0 && p.adj(i) && (p.toks[i-1].kind != kPunct || p.raw(i-1) == "/" || p.raw(i-1) == "." || p.raw(i-1) == ",") {
		return false
	}
	a, b := int(p.toks[i].n), int(p.toks[i+2].n)
	hasYear := p.punct(i+3, sep) && p.adj(i+3) && p.isNum(i+4) && p.adj(i+4) && (p.toks[i+4].nd == 4 || p.toks[i+4].nd == 2)
	if !hasYear {
		if sep == "." {
			return false
		}
		pw := p.prevW(i)
		rangeStart := p.punct(i+3, "-") && p.adj(i+3) && p.isNum(i+4) && p.adj(i+4) && p.punct(i+5, "/") && p.adj(i+5)
		rangeStart = rangeStart || i > 2 && p.adj(i) && p.isHyphen(i-1) && p.isNum(i-2) && p.punct(i-3, "/") // "10/1-[11/7]"
		if !rangeStart && !(pw == "on" || pw == "by" || pw == "from" || pw == "to" || pw == "until" || pw == "till" || pw == "since" ||
			pw == "before" || pw == "after" || pw == "and" || (i > 0 && p.toks[i-1].e != nil && p.toks[i-1].e.class == cWeekday)) {
			return false
		}
		if p.punct(i+3, "/") || (p.punct(i+3, "-") && p.adj(i+3) && !(p.isNum(i+4) && p.adj(i+4) && p.punct(i+5, "/") && p.adj(i+5))) {
			return false // "5/1-5" is no date; "5/1-5/7" starts a range
		}
	}
	m, d := a, b
	if sep == "." || a > 12 {
		m, d = b, a
	}
	if !validDate(0, m, d) {
		return false
	}
	if !hasYear {
		p.monthDay(i, i+3, m, d, "numeric-month-day", out)
		return true
	}
	y := int(p.toks[i+4].n)
	if p.toks[i+4].nd == 2 {
		if y < 50 {
			y += 2000
		} else {
			y += 1900
		}
	}
	if p.isNum(i+5) && p.adj(i+5) || (p.punct(i+5, sep) && p.adj(i+5)) {
		return false
	}
	if !validDate(y, m, d) {
		return false
	}
	*out = cand{i: i, j: i + 5, typ: "DATE", val: fmtYMD(y, m, d), gran: "day", rule: "numeric-date", y: y, m: m, d: d}
	return true
}

// ---- relative expressions --------------------------------------------------

// pastMods and nextMods, like the other word tables of the rules, are
// token tables: the rules ask them at nearly every token.
var pastModWords = map[string]bool{"last": true, "past": true, "previous": true, "prior": true, "preceding": true, "final": true}
var nextModWords = map[string]bool{"next": true, "coming": true, "upcoming": true, "following": true, "forthcoming": true}

var pastMods, nextMods = tok.NewTable(pastModWords), tok.NewTable(nextModWords)

func (p *parser) relative(i int, out *cand) bool {
	w := p.w(i)
	switch w {
	case "today", "tonight", "tonite", "yesterday", "tomorrow":
		off := map[string]int{"today": 0, "tonight": 0, "tonite": 0, "yesterday": -1, "tomorrow": 1}[w]
		c := cand{i: i, j: i + 1, typ: "DATE", gran: "day", rule: w, rel: true}
		if p.hasRef {
			c = p.dayCand(i, i+1, p.refDay().AddDate(0, 0, off), w)
		}
		if w == "tonight" || w == "tonite" {
			c.typ, c.gran = "TIME", "daypart"
			if c.val != "" {
				c.val += "TNI"
			}
		}
		*out = c
		return true
	case "now", "currently", "presently", "nowadays":
		j := i + 1
		*out = cand{i: i, j: j, typ: "DATE", val: "PRESENT_REF", gran: "", rule: "present-ref", anchor: anchorText}
		return true
	case "recently", "lately":
		*out = cand{i: i, j: i + 1, typ: "DATE", val: "PAST_REF", rule: "past-ref", anchor: anchorText}
		return true
	case "right":
		if p.w(i+1) == "now" {
			*out = cand{i: i, j: i + 2, typ: "DATE", val: "PRESENT_REF", rule: "present-ref", anchor: anchorText}
			return true
		}
	case "at":
		if p.w(i+1) == "present" {
			*out = cand{i: i, j: i + 2, typ: "DATE", val: "PRESENT_REF", rule: "present-ref", anchor: anchorText}
			return true
		}
		if (p.w(i+1) == "the" || p.w(i+1) == "this") && p.w(i+2) == "moment" {
			*out = cand{i: i, j: i + 3, typ: "DATE", val: "PRESENT_REF", rule: "present-ref", anchor: anchorText}
			return true
		}
		if p.w(i+1) == "the" && p.w(i+2) == "present" && p.w(i+3) == "time" {
			*out = cand{i: i, j: i + 4, typ: "DATE", val: "PRESENT_REF", rule: "present-ref", anchor: anchorText}
			return true
		}
		if p.w(i+1) == "this" && p.w(i+2) == "time" {
			*out = cand{i: i, j: i + 3, typ: "DATE", val: "PRESENT_REF", rule: "present-ref", anchor: anchorText}
			return true
		}
		if p.w(i+1) == "the" && p.w(i+2) == "time" && p.lowerRaw(i+3) != "of" {
			*out = cand{i: i + 1, j: i + 3, typ: "DATE", val: "PAST_REF", rule: "past-ref", anchor: anchorText}
			return true
		}
	case "the":
		if p.theDayNum(i, out) {
			return true
		}
		switch p.w(i + 1) {
		case "past":
			if p.relUnit(i, out) {
				return true
			}
			n := p.w(i + 2)
			if p.isNum(i+2) || n == "few" || n == "several" || n == "couple" || (p.e(i+2) != nil && (p.e(i+2).class == cUnit || p.e(i+2).class == cNumWord)) {
				return false
			}
			*out = cand{i: i, j: i + 2, typ: "DATE", val: "PAST_REF", rule: "past-ref", anchor: anchorText}
			return true
		case "future":
			*out = cand{i: i, j: i + 2, typ: "DATE", val: "FUTURE_REF", rule: "future-ref", anchor: anchorText}
			return true
		case "day":
			if p.w(i+2) == "before" && p.w(i+3) == "yesterday" && p.hasRef {
				*out = p.dayCand(i, i+4, p.refDay().AddDate(0, 0, -2), "day-before-yesterday")
				return true
			}
			if p.w(i+2) == "after" && p.w(i+3) == "tomorrow" && p.hasRef {
				*out = p.dayCand(i, i+4, p.refDay().AddDate(0, 0, 2), "day-after-tomorrow")
				return true
			}
		}
	case "recent":
		if e := p.e(i + 1); e != nil && e.class == cUnit && e.plural {
			*out = cand{i: i, j: i + 2, typ: "DURATION", val: durValue(-1, e.val, false), gran: "duration", rule: "recent-units", anchor: anchorText}
			return true
		}
	case "this", "that", "these":
		if e := p.e(i + 1); e != nil && e.class == cDaypart && w == "this" {
			c := cand{i: i, j: i + 2, typ: "TIME", gran: "daypart", rule: "this-daypart", rel: true}
			if p.hasRef {
				c.val = fmtDay(p.refDay()) + "T" + daypartCode[e.val]
			}
			*out = c
			return true
		}
	case "last":
		if e := p.e(i + 1); e != nil && e.class == cDaypart && e.val == 4 {
			c := cand{i: i, j: i + 2, typ: "TIME", gran: "daypart", rule: "last-night", rel: true}
			if p.hasRef {
				c.val = fmtDay(p.refDay().AddDate(0, 0, -1)) + "TNI"
			}
			*out = c
			return true
		}
	}
	if p.context(i, out) {
		return true
	}
	return p.relUnit(i, out)
}

// context resolves "the year before", "that year", "a year later" against
// the last year the text fixed, or the publication year.
func (p *parser) context(i int, out *cand) bool {
	k := i
	w := p.w(k)
	if w != "the" && w != "that" && w != "a" && w != "same" {
		return false
	}
	dir := 0
	var j int
	var u int
	switch {
	case w == "that" || (w == "the" && p.w(k+1) == "same"):
		kk := k + 1
		if w == "the" {
			kk++
		}
		e := p.e(kk)
		if e == nil || e.class != cUnit || e.plural || (e.val != uYear && e.val != uMonth) {
			return false
		}
		u, j = e.val, kk+1
	case w == "the" || w == "a":
		e := p.e(k + 1)
		if e == nil || e.class != cUnit || e.plural || (e.val != uYear && e.val != uMonth) {
			return false
		}
		u = e.val
		switch p.w(k + 2) {
		case "before", "earlier":
			dir = -1
		case "after", "later":
			dir = 1
		default:
			return false
		}
		if p.w(k+2) == "before" || p.w(k+2) == "after" {
			// "the year before the war": before an event, not a year.
			if n := p.toks; k+3 < p.hi && n[k+3].kind == kWord && n[k+3].lwf() != "last" && n[k+3].lwf() != "" && n[k+3].lwf() != "and" {
				if n[k+3].e == nil || n[k+3].e.class == cWord && n[k+3].lwf() != "that" {
					if n[k+3].lwf() == "the" || n[k+3].lwf() == "a" || n[k+3].e == nil {
						return false
					}
				}
			}
		}
		j = k + 3
	default:
		return false
	}
	c := cand{i: i, j: j, typ: "DATE", rule: "context", rel: true}
	y, m := p.ctxYear, p.ctxMonth
	c.anchor = "context " + strconv.Itoa(y)
	if y == 0 {
		if !p.hasRef {
			c.anchor = "none: no date in context"
			*out = c
			return true
		}
		y, m = p.ref.Year(), int(p.ref.Month())
		c.anchor = p.refLabel
	}
	if u == uYear {
		c.y = y + dir
		c.val, c.gran = p4(c.y), "year"
		*out = c
		return true
	}
	if m == 0 {
		c.val, c.anchor = "", "none: no month in context"
		*out = c
		return true
	}
	c.y, c.m = addMonths(y, m, dir)
	c.val, c.gran = fmtMonth(c.y, c.m), "month"
	c.anchor = "context " + fmtMonth(y, m)
	*out = c
	return true
}

// relUnit reads "[the] last|this|next|past ... X". relative, context and
// relUnit write what they find to *out, as calendar does.
func (p *parser) relUnit(i int, out *cand) bool {
	k := i
	the := false
	if p.w(k) == "the" {
		the = true
		k++
		// "the 5 upcoming years", "the 13 last minutes"
		if n, k2, ok := p.numberWord(k); ok && n > 0 {
			mw := p.w(k2)
			dir := 0
			if tok.In(pastMods, mw) && mw != "final" {
				dir = -1
			} else if tok.In(nextMods, mw) {
				dir = 1
			}
			if e := p.e(k2 + 1); dir != 0 && e != nil && e.class == cUnit && (e.plural || n == 1) {
				*out = cand{i: i, j: k2 + 2, typ: "DURATION", gran: "duration", rule: "span-n-units", rel: true,
					dur: durValue(n, e.val, false), val: p.interval(n*dir, e.val)}
				return true
			}
		}
	}
	mw := p.w(k)
	dir := 0
	switch {
	case tok.In(pastMods, mw):
		dir = -1
		if mw == "final" && (the || p.toks[k].cap()) {
			return false // "the final year" of something
		}
	case tok.In(nextMods, mw):
		dir = 1
	case mw == "this" || mw == "current" || mw == "present":
		if the {
			return false
		}
		if nx := p.w(k + 1); (nx == "past" || nx == "upcoming" || nx == "coming") && p.class(k+2) == cWeekday {
			if !p.relUnit(k+1, out) {
				return false
			}
			out.i = i
			return true
		}
		dir = 0
	case mw == "earlier" || mw == "later":
		// "earlier this year", "earlier previous week", "later this afternoon"
		if nx := p.w(k + 1); nx == "this" || tok.In(pastMods, nx) || tok.In(nextMods, nx) {
			if p.relative(k+1, out) && out.typ != "DURATION" {
				out.i = i
				out.rule = mw + "-" + out.rule
				return true
			}
			return false
		}
		// "later in the year", "earlier in the week", "later in today"
		if p.w(k+1) == "in" && !the {
			if p.w(k+2) == "today" {
				if !p.relative(k+2, out) {
					return false
				}
				out.i = i
				return true
			}
			if p.w(k+2) == "the" {
				if e := p.e(k + 3); e != nil && e.class == cUnit && !e.plural && (e.val == uWeek || e.val == uMonth || e.val == uYear) && !p.ofAfter(k+4) {
					c := cand{i: i, j: k + 4, typ: "DATE", rule: mw + "-in-the-" + e.word, rel: true}
					if p.hasRef {
						c.val, c.gran = atGran(p.ref, e.val)
						c.y = p.ref.Year()
					}
					*out = c
					return true
				}
			}
		}
		return false
	default:
		return false
	}
	k++
	if q := p.w(k); (q == "fiscal" || q == "calendar" || q == "school") && p.lowerRaw(k+1) == "year" {
		k++ // "last fiscal year": the year (TimeML gives fiscal years as years)
	}
	if (mw == "following" || mw == "previous" || mw == "prior" || mw == "preceding") && the {
		if e := p.e(k); e != nil && e.class == cUnit && !e.plural && (e.val == uYear || e.val == uMonth) {
			// "the following year": the year after the one in context.
			c := cand{i: i, j: k + 1, typ: "DATE", rule: "context-" + mw, rel: true}
			y, m := p.ctxYear, p.ctxMonth
			if y == 0 {
				if !p.hasRef {
					c.anchor = "none: no date in context"
					*out = c
					return true
				}
				y, m = p.ref.Year(), int(p.ref.Month())
			} else {
				c.anchor = "context " + strconv.Itoa(y)
			}
			if e.val == uYear {
				c.y = y + dir
				c.val, c.gran = p4(c.y), "year"
			} else if m > 0 {
				c.y, c.m = addMonths(y, m, dir)
				c.val, c.gran = fmtMonth(c.y, c.m), "month"
			}
			*out = c
			return true
		}
		if e := p.e(k); e != nil && e.class == cUnit && !e.plural && e.val == uDecade {
			*out = cand{i: i, j: k + 1, typ: "DURATION", val: "P1DE", gran: "duration", rule: "the-following-decade", anchor: anchorText}
			return true
		}
	}
	// The numbered or vague span: "the past two years", "the next few months".
	if n, k2, ok := p.numberWord(k); ok || p.w(k) == "few" || p.w(k) == "several" || p.w(k) == "couple" || p.w(k) == "many" {
		if !ok {
			n, k2 = -1, k+1
			if p.w(k) == "couple" {
				n = 2
			}
			if p.w(k2) == "of" {
				k2++
			}
		}
		if e := p.e(k2); e != nil && e.class == cUnit && (e.plural || n == 1) && (dir != 0 || mw == "past") {
			c := cand{i: i, j: k2 + 1, typ: "DURATION", val: durValue(n, e.val, false), gran: "duration", rule: "span-n-units", anchor: anchorText}
			if n > 0 && dir != 0 {
				c.dur = c.val
				c.rel = true
				c.anchor = ""
				c.val = p.interval(n*dir, e.val)
				if p.prevW(i) == "within" && dir > 0 {
					c.val, c.mod = p.intervalFromRef(n, e.val), "LESS_THAN"
				}
			}
			*out = c
			return true
		}
		return false
	}
	e := p.e(k)
	if e == nil {
		return false
	}
	if f := relTargets[e.class]; f != nil {
		c, ok := f(p, relHead{i: i, j: k + 1, k: k, dir: dir, mw: mw, the: the, e: e})
		if ok {
			*out = c
		}
		return ok
	}
	return false
}

// relYear is the year of "last" (dir -1) or "next" (+1) month m (or a
// season starting in m): the reference year, or the one before or after
// when m is not yet, or already, past.
func (p *parser) relYear(dir, m int) int {
	y, rm := p.ref.Year(), int(p.ref.Month())
	switch {
	case dir < 0 && m >= rm:
		y--
	case dir > 0 && m <= rm:
		y++
	}
	return y
}

// relHead is a relative word ("last", "this", "next") and what follows it.
type relHead struct {
	i, j, k int // the expression's start, the token after the target, the target
	dir     int // -1, 0, +1
	mw      string
	the     bool // "the last ..."
	e       *entry
}

// relTargets read what a relative word modifies, by the target's class.
var relTargets = map[uint8]func(*parser, relHead) (cand, bool){
	cUnit: (*parser).relOfUnit, cMonth: (*parser).relOfMonth, cWeekday: (*parser).relOfWeekday,
	cHoliday: (*parser).relOfHoliday, cSeason: (*parser).relOfSeason,
}

// relOfUnit reads a relative word and "last week", "this year", "next quarter", "the past year" (an interval up to now).
func (p *parser) relOfUnit(h relHead) (cand, bool) {
	i, j, dir, mw, the, e := h.i, h.j, h.dir, h.mw, h.the, h.e
	u := e.val
	if e.plural {
		if dir != 0 && the {
			return cand{i: i, j: j, typ: "DURATION", val: durValue(-1, u, false), gran: "duration", rule: "span-units", anchor: anchorText}, true
		}
		return cand{}, false
	}
	if u == uHour || u == uMinute || u == uSecond {
		if dir == 0 || the && (mw == "last" || mw == "final") || mw == "final" {
			return cand{}, false
		}
		// "next hour", "last minute": the hour up to or from the
		// reference time.
		return cand{i: i, j: j, typ: "DURATION", gran: "interval", rule: "span-unit", rel: true, dur: durValue(1, u, false), val: p.interval(dir, u)}, true
	}
	if p.w(j) == "of" && the {
		return cand{}, false // "the last week of March"
	}
	if u == uQuarter && dir != 0 {
		c := cand{i: i, j: j, typ: "DATE", gran: "quarter", rule: mw + "-quarter", rel: true}
		if p.hasRef {
			t := shift(p.ref, dir, u)
			c.val, _ = atGran(t, u)
			c.y = t.Year()
		}
		return c, true
	}
	if (the && dir != 0 && mw != "following" && mw != "previous" && mw != "prior" && mw != "preceding") || mw == "past" {
		// "the past year": the interval up to the reference date.
		c := cand{i: i, j: j, typ: "DURATION", gran: "interval", rule: "span-unit", rel: true, dur: durValue(1, u, false)}
		c.val = p.interval(dir, u)
		if f, k := p.andFraction(j, false); f == 0.5 && u == uYear && dir != 0 {
			// "the past year and a half": eighteen months
			c.j, c.dur, c.val = k, "P18M", p.interval(18*dir, uMonth)
		}
		return c, true
	}
	c := cand{i: i, j: j, typ: "DATE", rule: mw + "-" + e.word, rel: true}
	if p.hasRef {
		t := shift(p.ref, dir, u)
		if dir == 0 && mw != "this" && mw != "current" && mw != "present" {
			t = p.ref
		}
		c.val, c.gran = atGran(t, u)
		c.y = t.Year()
		if u == uMonth || u == uDay {
			c.m = int(t.Month())
		}
	} else {
		_, c.gran = atGran(time.Time{}, u)
	}
	return c, true
}

// relOfMonth reads a relative word and "last July", "next March": the month before or after the reference month.
func (p *parser) relOfMonth(h relHead) (cand, bool) {
	i, j, dir, mw, the, e := h.i, h.j, h.dir, h.mw, h.the, h.e
	if the {
		return cand{}, false
	}
	m := e.val
	c := cand{i: i, j: j, typ: "DATE", gran: "month", rule: mw + "-month", rel: true, m: m}
	if p.hasRef {
		y := p.relYear(dir, m)
		c.y, c.val = y, fmtMonth(y, m)
	}
	return c, true
}

// relOfWeekday reads a relative word and "last Monday", "this Friday", "past Wednesday", "upcoming Friday".
func (p *parser) relOfWeekday(h relHead) (cand, bool) {
	i, j, dir, mw, the, e := h.i, h.j, h.dir, h.mw, h.the, h.e
	if e.plural || the {
		return cand{}, false
	}
	d := dir
	if mw == "this" || mw == "current" {
		d = 2
	}
	if mw == "past" || mw == "upcoming" || mw == "coming" {
		// "past Wednesday", "upcoming Friday": the nearest one before
		// or after the reference date
		c := cand{i: i, j: j, typ: "DATE", gran: "day", rule: mw + "-weekday", rel: true}
		if p.hasRef {
			r := p.refDay()
			diff := e.val - isoWeekday(r)
			if dir < 0 && diff >= 0 {
				diff -= 7
			} else if dir > 0 && diff <= 0 {
				diff += 7
			}
			c = p.dayCand(i, j, r.AddDate(0, 0, diff), mw+"-weekday")
		}
		return c, true
	}
	var c cand
	p.weekday(i, j, e.val, d, mw+"-weekday", &c)
	return c, true
}

// relOfHoliday reads a relative word and "last Easter", "next Christmas".
func (p *parser) relOfHoliday(h relHead) (cand, bool) {
	i, k, dir, mw := h.i, h.k, h.dir, h.mw
	if dir == 0 {
		return cand{}, false
	}
	p.holDir = dir
	var c cand
	ok := p.holiday(k, &c)
	p.holDir = 0
	if !ok || c.rule != "holiday" {
		return cand{}, false
	}
	c.i, c.rule = i, mw+"-holiday"
	return c, true
}

// relOfSeason reads a relative word and "last summer", "next winter".
func (p *parser) relOfSeason(h relHead) (cand, bool) {
	i, j, dir, mw, the, e := h.i, h.j, h.dir, h.mw, h.the, h.e
	if the && dir == 0 {
		return cand{}, false
	}
	s := e.val
	c := cand{i: i, j: j, typ: "DATE", gran: "season", rule: mw + "-season", rel: true}
	if p.hasRef {
		start := [...]int{0, 3, 6, 9, 12}[s]
		y := p.relYear(dir, start)
		c.y = y
		c.val = p4(y) + "-" + seasonCode[s]
	}
	return c, true
}

// interval renders the span of n units before (n < 0) or after (n > 0)
// the reference date: "2024-02-09/2025-02-09".
func (p *parser) interval(n, u int) string {
	if !p.hasRef {
		return ""
	}
	r := p.refDay()
	if u == uHour || u == uMinute || u == uSecond {
		r = p.ref
	}
	if u == uQuarter {
		// whole quarters: the last two quarters end where this one starts
		q := date(r.Year(), (int(r.Month())-1)/3*3+1, 1)
		if n > 0 {
			q = q.AddDate(0, 3, 0)
			return fmtDay(q) + "/" + fmtDay(q.AddDate(0, 3*n, 0))
		}
		return fmtDay(q.AddDate(0, 3*n, 0)) + "/" + fmtDay(q)
	}
	if n > 0 && u != uHour && u != uMinute && u != uSecond {
		r = r.AddDate(0, 0, 1) // "the next three days" start tomorrow
	}
	o := shift(r, n, u)
	a, b := o, r
	if n > 0 {
		a, b = r, o
	}
	if u == uHour || u == uMinute || u == uSecond {
		f := func(t time.Time) string { return fmtDay(t) + "T" + p2(t.Hour()) + ":" + p2(t.Minute()) }
		return f(a) + "/" + f(b)
	}
	return fmtDay(a) + "/" + fmtDay(b)
}

// comparative reads "more than", "longer than", "less than", "shorter
// than" before token i: the TIMEX3 mod of the duration that follows.
func (p *parser) comparative(i int) string {
	if i < 2 || p.lowerRaw(i-1) != "than" {
		return ""
	}
	switch p.lowerRaw(i - 2) {
	case "more", "longer":
		return "MORE_THAN"
	case "less", "shorter", "fewer":
		return "LESS_THAN"
	}
	return ""
}

// compound reads the smaller units that continue a duration of n units
// u ending before k: "3 hours 30 minutes", "1 hour and 30 minutes", "2
// years 1 month 21 days". It returns the joined value ("PT3H30M") and the
// end.
func (p *parser) compound(n, u, k int) (string, int, bool) {
	type part struct{ n, u int }
	parts := []part{{n, u}}
	j := k
	for len(parts) < 4 {
		q := j
		if p.w(q) == "and" || p.punct(q, ",") && p.w(q+1) != "and" {
			q++
		}
		m, q2, ok := p.numberWord(q)
		if !ok || m <= 0 || !p.isNum(q) && p.e(q) == nil {
			break
		}
		e := p.e(q2)
		if e == nil || e.class != cUnit || !(e.plural || m == 1) || e.val >= parts[len(parts)-1].u || e.val == uFortnight || e.val == uQuarter || e.val >= uDecade {
			break
		}
		parts = append(parts, part{m, e.val})
		j = q2 + 1
	}
	if len(parts) == 1 || u == uFortnight || u == uQuarter || u >= uDecade {
		return "", k, false
	}
	date, tm := "", ""
	for _, pt := range parts {
		num := strconv.Itoa(pt.n)
		switch pt.u {
		case uYear:
			date += num + "Y"
		case uMonth:
			date += num + "M"
		case uWeek:
			date += num + "W"
		case uDay:
			date += num + "D"
		case uHour:
			tm += num + "H"
		case uMinute:
			tm += num + "M"
		case uSecond:
			tm += num + "S"
		default:
			return "", k, false
		}
	}
	v := "P" + date
	if tm != "" {
		v += "T" + tm
	}
	return v, j, true
}

// intervalFromRef renders the n units (n > 0) from the reference date, or
// the reference time for units under a day: "within 9 months",
// "within 5 minutes".
func (p *parser) intervalFromRef(n, u int) string {
	if !p.hasRef {
		return ""
	}
	r := p.refDay()
	if u == uHour || u == uMinute || u == uSecond {
		r = p.ref
		f := func(t time.Time) string { return fmtDay(t) + "T" + p2(t.Hour()) + ":" + p2(t.Minute()) }
		return f(r) + "/" + f(shift(r, n, u))
	}
	return fmtDay(r) + "/" + fmtDay(shift(r, n, u))
}

// ---- durations ---------------------------------------------------------------

var approxModWords = map[string]string{"almost": "LESS_THAN", "nearly": "LESS_THAN", "about": "APPROX", "around": "APPROX",
	"roughly": "APPROX", "approximately": "APPROX"}

var approxMods = tok.NewTable(approxModWords)

// duration reads "three days", "about a year", "a few hours"; what it finds
// is written to *out, as calendar does.
func (p *parser) duration(i int, out *cand) bool {
	k := i
	mod := ""
	if m, ok := approxMods.Get(p.w(k)); ok {
		mod = m
		k++
	}
	if p.w(k) == "the" || (p.w(k) == "a" && p.lowerRaw(k+1) == "mere") {
		k++
		if p.lowerRaw(k) == "mere" {
			k++
		}
	}
	amt, ok, done, dok := p.durationAmount(i, k, out)
	if done {
		return dok
	}
	n, frac, j := amt.n, amt.frac, amt.j
	if !ok {
		// Bare plural unit: "for years", "minutes before".
		if e := p.e(k); e != nil && e.class == cUnit && e.plural && k == i {
			pw := p.prevW(i)
			nw := p.w(i + 1)
			if pw == "for" || pw == "within" || pw == "over" || nw == "before" || nw == "after" || nw == "later" || nw == "earlier" || nw == "ago" {
				if e.val == uSecond {
					return false
				}
				*out = cand{i: i, j: i + 1, typ: "DURATION", val: durValue(-1, e.val, false), gran: "duration", rule: "bare-units", anchor: anchorText}
				return true
			}
		}
		return false
	}
	hyphen := false
	if p.isHyphen(j) && p.adj(j) {
		hyphen = true
		j++
	}
	for p.w(j) == "more" || p.w(j) == "full" || p.w(j) == "whole" || p.w(j) == "long" || p.w(j) == "additional" {
		if hyphen {
			break
		}
		j++
	}
	e := p.e(j)
	if e != nil && e.class == cDaypart && e.val == 4 && n > 0 && frac == 0 && (e.plural || n == 1) {
		// "two nights" at a hotel: days
		*out = cand{i: i, j: j + 1, typ: "DURATION", val: durValue(n, uDay, false), gran: "duration", rule: "nights", mod: mod, anchor: anchorText}
		return true
	}
	if e == nil || e.class != cUnit {
		return false
	}
	if p.w(j) == "second" && n == 1 && !hyphen {
		return false // "a second"
	}
	if (e.val == uHour || e.val == uMinute || e.val == uSecond) && n == 1 && p.w(k) == "one" {
		// fine
	}
	u := e.val
	end := j + 1
	if frac == 0 && n >= 0 {
		// "an hour and a half", "one year and a quarter"
		frac, end = p.andFraction(end, false)
	}
	// Ages are not durations: "22-year-old", "40 years old", "children
	// aged 6 months and older".
	if p.w(end) == "old" || (p.isHyphen(end) && p.w(end+1) == "old") {
		return false
	}
	if pw := p.lowerRaw(i - 1); pw == "aged" || pw == "ages" || pw == "age" {
		return false
	}
	if (p.w(end) == "and" || p.w(end) == "or") && (p.lowerRaw(end+1) == "older" || p.lowerRaw(end+1) == "younger") {
		return false
	}
	if hyphen && e.plural {
		return false
	}
	if n > 0 && n != 1 && !e.plural && !hyphen {
		// "5 year" is tolerated only before a noun
	}
	if n > 9999 {
		return false
	}
	c := cand{i: i, j: end, typ: "DURATION", val: durValue(n, u, false), gran: "duration", rule: "duration", mod: mod, anchor: anchorText}
	if frac > 0 {
		c.val = durFrac(float64(n)+frac, u)
		if c.val == "" {
			return false
		}
		if p.w(end) == "ago" || p.w(end) == "from" || p.w(end) == "hence" || p.w(end) == "later" {
			if pc, ok := p.pointAfter(c, float64(n)+frac, u); ok {
				*out = pc
				return true
			}
		}
		*out = c
		return true
	}
	if n > 0 && mod == "" {
		if cm := p.comparative(i); cm != "" {
			c.mod = cm // "more than 4 days", "less than 1 week"
		}
		if v, j2, ok := p.compound(n, u, end); ok {
			// "3 hours 30 minutes", "1 hour and 30 minutes"
			c.val, c.j, end = v, j2, j2
			if p.w(end) == "ago" && p.hasRef {
				t, g := p.ref, u
				for k := i; k < end; k++ {
					if e := p.e(k); e != nil && e.class == cUnit && k > i {
						if m, _, ok := p.numberWord(k - 1); ok {
							t = shift(t, -m, e.val)
							g = e.val
						}
					}
				}
				if g == uWeek {
					g = uDay
				}
				c.j, c.typ, c.rule, c.anchor, c.rel = end+1, "DATE", "ago", "", true
				c.val, c.gran = atGran(t, g)
				c.y = t.Year()
				*out = c
				return true
			}
		}
	}
	if n > 0 && c.val == durValue(n, u, false) {
		if pc, ok := p.pointAfter(c, float64(n), u); ok {
			if cm := p.comparative(i); cm != "" && pc.typ != "DURATION" {
				pc.mod = map[string]string{"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER"}[cm]
				if p.w(c.j) == "after" {
					pc.mod = map[string]string{"MORE_THAN": "AFTER", "LESS_THAN": "BEFORE"}[cm]
				}
			}
			*out = pc
			return true
		}
	}
	if n > 0 && c.mod == "" && p.prevW(i) == "within" && c.val == durValue(n, u, false) && p.w(end) != "ago" && p.w(end) != "from" && p.w(end) != "hence" {
		// "within 9 months": the months from the reference date
		c.mod, c.dur, c.gran, c.rule, c.rel, c.anchor = "LESS_THAN", c.val, "interval", "within", true, ""
		c.val = p.intervalFromRef(n, u)
		*out = c
		return true
	}
	*out = p.durationPoint(c, n, u, end)
	return true
}

// durationPoint turns a duration of n units u followed by "ago", "from
// now" or "hence" (at token end) into the point it reaches ("four years
// ago"); other durations are returned as they are.
func (p *parser) durationPoint(c cand, n, u, end int) cand {
	switch p.w(end) {
	case "ago":
		c.j = end + 1
		c.typ, c.rule, c.anchor = "DATE", "ago", ""
		c.rel = true
		if n < 0 {
			c.val, c.gran, c.anchor = "PAST_REF", "", anchorText
			c.rel = false
			return c
		}
		if p.hasRef {
			t := shift(p.ref, -n, u)
			g := u
			if u == uWeek || u == uFortnight {
				g = uDay
			}
			c.val, c.gran = atGran(t, g)
			c.y = t.Year()
			if u == uDay || u == uMonth || u == uWeek {
				c.m = int(t.Month())
			}
		} else {
			_, c.gran = atGran(time.Time{}, u)
		}
		return c
	case "from", "hence":
		if p.w(end) == "hence" || p.w(end+1) == "now" {
			if p.w(end) == "from" {
				c.j = end + 2
			} else {
				c.j = end + 1
			}
			c.typ, c.rule, c.anchor, c.rel = "DATE", "from-now", "", true
			if n > 0 && p.hasRef {
				t := shift(p.ref, n, u)
				c.val, c.gran = atGran(t, u)
			} else {
				c.val = ""
				_, c.gran = atGran(time.Time{}, u)
			}
			return c
		}
	}
	return c
}

// andFraction reads "and a half", "and a quarter" at token k: the
// fraction and the token after it, or 0 and k. needUnit: a quarter must be
// followed by a unit ("two and a quarter hours").
func (p *parser) andFraction(k int, needUnit bool) (float64, int) {
	if p.w(k) != "and" {
		return 0, k
	}
	k2 := k + 1
	if p.w(k2) == "a" {
		k2++
	}
	switch p.lowerRaw(k2) {
	case "half":
		return 0.5, k2 + 1
	case "quarter":
		if e := p.e(k2 + 1); !needUnit || e != nil && e.class == cUnit {
			return 0.25, k2 + 1
		}
	}
	return 0, k
}

// amount is how many units a duration counts: n (-1 for "a few",
// "several"), a fraction of a unit ("half", "1.5", "and a half"), and the
// token after it.
type amount struct {
	n    int
	frac float64
	j    int
}

// durationAmount reads the amount of a duration at token k (i is where the
// expression starts). done reports that the amount decides the whole
// reading, with found the answer, written to *out as duration's ("3h"
// after "for", "$5" no time).
func (p *parser) durationAmount(i, k int, out *cand) (_ amount, ok, done, found bool) {
	n := 0
	frac := 0.0
	var j int
	switch p.w(k) {
	case "half":
		n, frac, j, ok = 0, 0.5, k+1, true
		if p.w(j) == "a" || p.w(j) == "an" {
			j++
		}
	case "a", "an", "one":
		if p.w(k+1) == "few" {
			n, j, ok = -1, k+2, true
		} else if p.w(k+1) == "couple" && p.w(k+2) == "of" {
			n, j, ok = 2, k+3, true
		} else {
			n, j, ok = 1, k+1, true
		}
	case "several", "few", "many":
		n, j, ok = -1, k+1, true
	case "couple":
		if p.w(k+1) == "of" {
			n, j, ok = 2, k+2, true
		}
	default:
		if p.punct(k, "½") {
			n, frac, j, ok = 0, 0.5, k+1, true
			break
		}
		if p.isNum(k) && p.punct(k+1, ".") && p.adj(k+1) && p.isNum(k+2) && p.adj(k+2) && p.toks[k+2].nd <= 2 && p.toks[k].nd <= 4 &&
			!(k > 0 && p.adj(k) && p.toks[k-1].kind != kWord) && !(p.punct(k+3, ".") && p.adj(k+3) && p.isNum(k+4)) {
			if e := p.e(k + 3); e != nil && e.class == cUnit {
				d := p.toks[k+2]
				f := float64(d.n)
				for q := 0; q < int(d.nd); q++ {
					f /= 10
				}
				n, frac, j, ok = int(p.toks[k].n), f, k+3, true
				break
			}
		}
		n, j, ok = p.numberWord(k)
		if ok && p.isNum(k) && (k > 0 && p.adj(k) && p.toks[k-1].kind == kPunct && (p.raw(k-1) == "$" || p.raw(k-1) == "-" || p.raw(k-1) == "/")) {
			return amount{}, false, true, false
		}
		if ok && p.isNum(k) && p.adj(j) && p.isWord(j) && !p.isWord(j+1) {
			// "3h", "10D", "2W" after "for" or "lasted"
			if pw := p.lowerRaw(i - 1); pw == "for" || pw == "lasted" || pw == "within" {
				if u := map[string]int{"h": uHour, "d": uDay, "w": uWeek, "y": uYear}[p.lowerRaw(j)]; u != 0 && p.toks[j].end-p.toks[j].start == 1 {
					c := cand{i: i, j: j + 1, typ: "DURATION", val: durValue(n, u, false), gran: "duration", rule: "duration-letter", anchor: anchorText}
					if pw == "within" && n > 0 {
						c.mod, c.dur, c.gran, c.rule, c.rel, c.anchor = "LESS_THAN", c.val, "interval", "within", true, ""
						c.val = p.intervalFromRef(n, u)
					}
					*out = c
					return amount{}, false, true, true
				}
			}
		}
	}
	if ok && n >= 0 && frac == 0 {
		// "one and a half hours", "two and half days"
		frac, j = p.andFraction(j, true)
	}
	return amount{n: n, frac: frac, j: j}, ok, false, false
}

// inName reports a capitalized word between capitalized words of one
// line: a word of a name ("the Harbor Daily", "Daily NK").
func (p *parser) inName(i int) bool {
	if !p.toks[i].cap() {
		return false
	}
	prev := i > 0 && !p.toks[i].nl() && p.toks[i-1].kind == kWord && p.toks[i-1].cap()
	next := p.isWord(i+1) && !p.toks[i+1].nl() && p.toks[i+1].cap()
	return prev || next
}

// ---- sets ----------------------------------------------------------------------

var setWordValues = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
	"hourly": "PT1H", "quarterly": "P3M", "nightly": "XXXX-XX-XXTNI"}

var setWords = tok.NewTable(setWordValues)

// set reads a recurring time ("every week", "daily", "each Monday");
// what it finds is written to *out, as calendar does (namedYear and
// holiday likewise).
func (p *parser) set(i int, out *cand) bool {
	w := p.w(i)
	if v, ok := setWords.Get(w); ok {
		if p.inName(i) {
			return false // "Harbor Daily", "Daily NK": part of a name
		}
		*out = cand{i: i, j: i + 1, typ: "SET", val: v, gran: "set", rule: "set-adverb", anchor: anchorText}
		return true
	}
	if e := p.e(i); e != nil && e.class == cWeekday && e.plural && p.toks[i].cap() {
		*out = cand{i: i, j: i + 1, typ: "SET", val: "XXXX-WXX-" + strconv.Itoa(e.val), gran: "set", rule: "weekdays", anchor: anchorText}
		return true
	}
	if w == "per" || w == "a" {
		// "$300 million a year", "twice a week"
		e := p.e(i + 1)
		if e == nil || e.class != cUnit || e.plural {
			return false
		}
		pv := ""
		if i > 0 {
			pv = p.lowerRaw(i - 1)
		}
		if w == "a" && !(pv == "million" || pv == "billion" || pv == "thousand" || pv == "twice" || pv == "once" || pv == "one" || pv == "times" || pv == "percent" || (i > 0 && p.toks[i-1].kind == kNum) || (i > 0 && p.raw(i-1) == "%")) {
			return false
		}
		s, j := i, i+2
		if pv == "twice" || pv == "once" || pv == "one" {
			s = i - 1
		}
		*out = cand{i: s, j: j, typ: "SET", val: durValue(1, e.val, false), gran: "set", rule: "per-unit", anchor: anchorText}
		return true
	}
	if w != "every" && w != "each" {
		return false
	}
	k := i + 1
	n := 1
	if p.w(k) == "other" {
		n = 2
		k++
	} else if v, k2, ok := p.numberWord(k); ok && p.w(k) != "a" {
		n = v
		k = k2
	}
	e := p.e(k)
	if e == nil {
		return false
	}
	c := cand{i: i, j: k + 1, typ: "SET", gran: "set", rule: "every", anchor: anchorText}
	switch e.class {
	case cUnit:
		c.val = durValue(n, e.val, false)
	case cWeekday:
		c.val = "XXXX-WXX-" + strconv.Itoa(e.val)
	case cMonth:
		c.val = "XXXX-" + p2(e.val)
	case cSeason:
		c.val = "XXXX-" + seasonCode[e.val]
	case cDaypart:
		c.val = "XXXX-XX-XXT" + daypartCode[e.val]
	default:
		return false
	}
	*out = c
	return true
}

// ---- times of day ------------------------------------------------------------

// ---- modifiers --------------------------------------------------------------------

// modified reads "early February", "late last July", "the end of 2019",
// "the beginning of February", "since September", "mid-2020".
// modifiedWords are the words modified starts at (its first switch):
// match calls it at a word of no class only at one of them.
var modifiedWords = []string{"early", "late", "mid", "the", "end", "beginning", "start", "middle", "close", "turn"}

// modified reads "early 2019", "the end of the year", "mid-March"; what it
// finds is written to *out, as calendar does.
func (p *parser) modified(i int, out *cand) bool {
	w := p.w(i)
	k := i
	mod := ""
	part := ""
	switch w {
	case "early", "late", "mid":
		mod = map[string]string{"early": "START", "late": "END", "mid": "MID"}[w]
		part = w
		k = i + 1
		if p.isHyphen(k) && p.adj(k) {
			k++
		}
	case "the", "end", "beginning", "start", "middle", "close", "turn":
		if w == "the" {
			k++
		}
		switch p.w(k) {
		case "end", "close":
			mod, part = "END", "end"
		case "beginning", "start", "turn":
			mod, part = "START", "start"
		case "middle":
			mod, part = "MID", "mid"
		case "early", "late", "mid":
			if w == "the" {
				if !p.modified(k, out) {
					return false
				}
				out.i = i
				return true
			}
			return false
		default:
			return false
		}
		if p.w(k+1) != "of" {
			return false
		}
		k += 2
	default:
		return false
	}
	c, ok := p.inner(k)
	if !ok || (c.typ != "DATE" && c.typ != "DURATION") || strings.HasSuffix(c.val, "_REF") {
		// "the end of the year": the year in question is the reference year.
		kk := k
		if e := p.e(k); e != nil && e.class == cUnit && !e.plural && (e.val == uYear || e.val == uMonth || e.val == uWeek) && w != "the" && p.prevW(i) != "the" {
			kk = k - 1 // "end of year", "end of month" (TimeML reads "the end of year" in context)
		}
		if kk < k || p.w(k) == "the" || p.w(k) == "this" {
			k = kk
			if e := p.e(k + 1); e != nil && e.class == cUnit && !e.plural && (e.val == uYear || e.val == uMonth || e.val == uWeek || e.val == uDay || e.val == uQuarter) {
				c = cand{i: k, j: k + 2, typ: "DATE", rel: true, rule: "the-" + e.word}
				if p.hasRef {
					c.val, c.gran = atGran(p.ref, e.val)
					c.y = p.ref.Year()
					if e.val == uMonth {
						c.m = int(p.ref.Month())
					}
				}
				if e.val == uYear {
					c.bareYear = true
				}
				ok = true
			}
		}
		if !ok {
			return false
		}
	}
	if c.typ == "DURATION" {
		return false
	}
	c.i = i
	c.mod = mod
	c.rule = part + "-" + c.rule
	if (c.bareYear || c.gran == "year") && c.val != "" && len(c.val) == 4 && part != "" && w != "early" && w != "late" && w != "mid" {
		switch part {
		case "end":
			c.val += "-12"
			c.gran, c.m = "month", 12
		case "start":
			c.val += "-01"
			c.gran, c.m = "month", 1
		}
	}
	*out = c
	return true
}

// inner reads the expression a modifier applies to.
func (p *parser) inner(k int) (cand, bool) {
	if !p.in(k) {
		return cand{}, false
	}
	var best, c cand
	found := false
	// called one by one, not through a list of functions: c would escape
	keep := func(ok bool) {
		if ok && (!found || c.j > best.j) {
			best, found = c, true
		}
	}
	keep(p.calendar(k, &c))
	keep(p.relative(k, &c))
	keep(p.quarter(k, &c))
	if !found {
		// "the end of the year 2019" is rare; "the end of this year" is
		// handled by relative.
		return cand{}, false
	}
	return best, true
}

// namedYear reads a year its kind names: "fiscal year 2008", "calendar
// year 2008", "school year 2008", "FY 2008", "CY2008", "SY18". TimeML
// gives the year.
// namedYearWords are the words namedYear starts at (its switch): match
// calls it only at one of them.
var namedYearWords = []string{"fiscal", "calendar", "school", "fy", "cy", "sy"}

func (p *parser) namedYear(i int, out *cand) bool {
	k := i
	switch p.w(k) {
	case "fiscal", "calendar", "school":
		if p.lowerRaw(k+1) != "year" {
			return false
		}
		k += 2
	case "fy", "cy", "sy":
		k++
	default:
		return false
	}
	if y, j, ok := p.yearNum(k, false); ok && !(p.adj(j) && (p.isWord(j) || p.isNum(j))) {
		*out = cand{i: i, j: j, typ: "DATE", val: p4(y), gran: "year", rule: "named-year", y: y, bareYear: true}
		return true
	}
	if k == i+1 && p.isNum(k) && p.adj(k) && p.toks[k].nd == 2 && !(p.adj(k+1) && (p.isWord(k+1) || p.isNum(k+1))) {
		y := 2000 + int(p.toks[k].n) // "FY18"
		if p.toks[k].n >= 50 {
			y = 1900 + int(p.toks[k].n)
		}
		*out = cand{i: i, j: k + 1, typ: "DATE", val: p4(y), gran: "year", rule: "named-year", y: y, bareYear: true}
		return true
	}
	return false
}

// ---- quarters and halves --------------------------------------------------------

func (p *parser) ordinal(k int) (int, bool) {
	if p.w(k) == "second" {
		return 2, true
	}
	if e := p.e(k); e != nil && e.class == cOrdinal {
		return e.val, true
	}
	if p.isNum(k) && p.toks[k].n <= 31 && p.toks[k].nd <= 2 && p.isWord(k+1) && p.adj(k+1) {
		switch p.w(k + 1) {
		case "st", "nd", "rd", "th":
			return int(p.toks[k].n), true
		}
	}
	return 0, false
}

// quarter reads "2019 Q1", "the third quarter of 2018", "the 19th
// century"; what it finds is written to *out, as calendar does.
func (p *parser) quarter(i int, out *cand) bool {
	k := i
	// "2019 Q1", "2017-q1", "2019 H2"
	if y, j, ok := p.yearNum(i, false); ok {
		if p.isHyphen(j) && p.adj(j) {
			j++
		}
		if r := p.lowerRaw(j); (r == "q" || r == "h") && p.isNum(j+1) && p.adj(j+1) && !p.adj(j+2) {
			n := int(p.toks[j+1].n)
			if r == "q" && n >= 1 && n <= 4 || r == "h" && n >= 1 && n <= 2 {
				unit := strings.ToUpper(r)
				*out = cand{i: i, j: j + 2, typ: "DATE", val: p4(y) + "-" + unit + strconv.Itoa(n), gran: map[string]string{"Q": "quarter", "H": "half"}[unit], rule: "year-q", y: y}
				return true
			}
		}
	}
	// "Q1 2024", "2024 Q1"
	if r := p.lowerRaw(k); (r == "q" || r == "h") && p.isNum(k+1) && p.adj(k+1) {
		n := int(p.toks[k+1].n)
		if (r == "q" && (n < 1 || n > 4)) || (r == "h" && (n < 1 || n > 2)) {
			return false
		}
		unit := strings.ToUpper(r)
		j := k + 2
		jy := j
		if p.isHyphen(jy) && p.adj(jy) && p.adj(jy+1) {
			jy++ // "q1-2019"
		}
		if y, j2, ok := p.yearNum(jy, true); ok {
			*out = cand{i: i, j: j2, typ: "DATE", val: p4(y) + "-" + unit + strconv.Itoa(n), gran: map[string]string{"Q": "quarter", "H": "half"}[unit], rule: "q-year", y: y}
			return true
		}
		*out, _ = p.relQuarter(i, j, unit, n, "q")
		return true
	}
	the := false
	if p.w(k) == "the" {
		the = true
		k++
	}
	n, ok := p.ordinal(k)
	if !ok {
		return false
	}
	k2 := k + 1
	if p.isNum(k) {
		k2 = k + 2
	}
	if p.isHyphen(k2) && p.adj(k2) {
		k2++
	}
	unit := ""
	switch p.w(k2) {
	case "century":
		if n < 1 || n > 21 {
			return false
		}
		*out = cand{i: k, j: k2 + 1, typ: "DATE", val: p2(n - 1), gran: "century", rule: "century", anchor: anchorText}
		return true
	case "quarter":
		unit = "Q"
	case "half":
		unit = "H"
	default:
		return false
	}
	if (unit == "Q" && n > 4) || (unit == "H" && n > 2) {
		return false
	}
	j := k2 + 1
	jj := j
	if p.w(jj) == "of" || p.punct(jj, ",") {
		jj++
	}
	if y, j2, ok := p.yearNum(jj, true); ok {
		*out = cand{i: i, j: j2, typ: "DATE", val: p4(y) + "-" + unit + strconv.Itoa(n), gran: map[string]string{"Q": "quarter", "H": "half"}[unit], rule: "ordinal-q-year", y: y}
		return true
	}
	if p.w(jj) == "the" && p.w(jj+1) == "year" {
		j = jj + 2
	} else if p.w(jj) == "this" && p.w(jj+1) == "year" {
		j = jj + 2
	} else if p.w(jj) == "last" && p.w(jj+1) == "year" {
		c, _ := p.relQuarter(i, jj+2, unit, n, "ordinal-q-last-year")
		if p.hasRef {
			y := p.ref.Year() - 1
			c.y, c.val = y, p4(y)+"-"+unit+strconv.Itoa(n)
		}
		*out = c
		return true
	}
	if !the && !p.toks[i].cap() && p.w(k2+1) != "of" && !p.isHyphen(k2) {
		// "first half" without "the" is usually something else
	}
	*out, _ = p.relQuarter(i, j, unit, n, "ordinal-q")
	return true
}

// relQuarter resolves a quarter or half without a year: the reference
// year's, or the previous year's when it is still to come and the sentence
// does not speak of the future ("fourth-quarter results" in January).
func (p *parser) relQuarter(i, j int, unit string, n int, rule string) (cand, bool) {
	c := cand{i: i, j: j, typ: "DATE", gran: map[string]string{"Q": "quarter", "H": "half"}[unit], rule: rule, rel: true}
	if p.hasRef {
		c.y = p.ref.Year()
		cur := (int(p.ref.Month())-1)/3 + 1
		if unit == "H" {
			cur = (int(p.ref.Month())-1)/6 + 1
		}
		if n > cur && p.tense(i, j) <= 0 {
			c.y--
		}
		c.val = p4(c.y) + "-" + unit + strconv.Itoa(n)
	}
	return c, true
}

// ---- holidays -------------------------------------------------------------------

// holidayName is one way of naming a holiday: the words after the first
// (a possessive "'s" may stand between any two), the optional words that
// may close it, and its date in a year, fixed or movable.
type holidayName struct {
	words   []string
	opt     string // an optional last word ("day")
	month   int
	day     int
	movable func(y int) time.Time
	cued    bool // only after before/after/until/since/by or next/last ("before new year")
}

func thanksgiving(y int) time.Time { return nthWeekday(y, 11, 4, 4) }

// holidays are the holidays by their first word, longest names first.
var holidays = tok.NewTable(map[string][]holidayName{
	"christmas":     {{words: []string{"eve"}, month: 12, day: 24}, {opt: "day", month: 12, day: 25}},
	"xmas":          {{words: []string{"eve"}, month: 12, day: 24}, {opt: "day", month: 12, day: 25}},
	"new":           {{words: []string{"year", "eve"}, month: 12, day: 31}, {words: []string{"year", "day"}, month: 1, day: 1}, {words: []string{"year", "s"}, month: 1, day: 1}, {words: []string{"year"}, month: 1, day: 1, cued: true}},
	"halloween":     {{month: 10, day: 31}},
	"valentine":     {{words: []string{"day"}, month: 2, day: 14}},
	"independence":  {{words: []string{"day"}, month: 7, day: 4}},
	"easter":        {{words: []string{"monday"}, movable: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }}, {opt: "sunday", movable: easter}},
	"thanksgiving":  {{opt: "day", movable: thanksgiving}},
	"memorial":      {{words: []string{"day"}, movable: func(y int) time.Time { return lastWeekday(y, 5, 1) }}},
	"labor":         {{words: []string{"day"}, movable: func(y int) time.Time { return nthWeekday(y, 9, 1, 1) }}},
	"labour":        {{words: []string{"day"}, movable: func(y int) time.Time { return nthWeekday(y, 9, 1, 1) }}},
	"black":         {{words: []string{"friday"}, movable: func(y int) time.Time { return thanksgiving(y).AddDate(0, 0, 1) }}},
	"earth":         {{words: []string{"day"}, month: 4, day: 22}},
	"saint":         {{words: []string{"patrick"}, opt: "day", month: 3, day: 17}},
	"patrick":       {{words: []string{"day"}, month: 3, day: 17}},
	"juneteenth":    {{month: 6, day: 19}},
	"international": {{words: []string{"workers", "day"}, month: 5, day: 1}},
})

// holidayWords matches the words of name after token k: it returns the
// token after them, or 0.
func (p *parser) holidayWords(k int, h holidayName) int {
	j := k + 1
	skipPossessive := func() {
		if (p.punct(j, "'") || p.punct(j, "’")) && p.w(j+1) == "s" {
			j += 2 // "valentine's", "new year's"
		} else if p.punct(j, "'") || p.punct(j, "’") {
			j++ // "workers' day"
		}
	}
	for _, w := range h.words {
		if w == "s" {
			if !(p.punct(j, "'") || p.punct(j, "’")) || p.w(j+1) != "s" {
				return 0
			}
			j += 2
			continue
		}
		skipPossessive()
		if p.w(j) != w {
			return 0
		}
		j++
	}
	if h.opt != "" {
		q := j
		skipPossessive()
		if p.w(j) == h.opt {
			j++
		} else {
			j = q
		}
	}
	return j
}

func (p *parser) holiday(i int, out *cand) bool {
	var m, d, j int
	var movable func(y int) time.Time
	found := false
	for _, h := range holidayNames(p.w(i)) {
		jj := p.holidayWords(i, h)
		if jj == 0 {
			continue
		}
		if h.cued {
			// "before new year", "the next new year"
			if pw := p.prevW(i); !(pw == "before" || pw == "after" || pw == "until" || pw == "since" || pw == "by" || tok.In(nextMods, pw) || tok.In(pastMods, pw)) {
				continue
			}
		}
		m, d, movable, j, found = h.month, h.day, h.movable, jj, true
		break
	}
	if !found {
		return false
	}
	// An explicit year: "Christmas 2019", "easter of 2018".
	jj := j
	if p.w(jj) == "of" || p.punct(jj, ",") {
		jj++
	}
	if y, j2, ok := p.yearNum(jj, true); ok {
		t := date(y, m, d)
		if movable != nil {
			t = movable(y)
		}
		*out = cand{i: i, j: j2, typ: "DATE", val: fmtDay(t), gran: "day", rule: "holiday-year", y: y, m: int(t.Month()), d: t.Day()}
		return true
	}
	c := cand{i: i, j: j, typ: "DATE", gran: "day", rule: "holiday", rel: true}
	if !p.hasRef {
		*out = c
		return true
	}
	r := p.refDay()
	tn := p.tense(i, j)
	if p.holDir != 0 {
		tn = p.holDir
		r = r.AddDate(0, 0, p.holDir) // "next Easter" is after the reference date, "last Easter" before it
	}
	best := time.Time{}
	for y := r.Year() - 1; y <= r.Year()+1; y++ {
		t := date(y, m, d)
		if movable != nil {
			t = movable(y)
		}
		if tn > 0 {
			if !t.Before(r) && (best.IsZero() || t.Before(best)) {
				best = t
			}
		} else if !t.After(r) && t.After(best) {
			best = t
		}
	}
	if tn == 0 {
		// the nearest
		best = time.Time{}
		var bd time.Duration = 1 << 62
		for y := r.Year() - 1; y <= r.Year()+1; y++ {
			t := date(y, m, d)
			if movable != nil {
				t = movable(y)
			}
			dd := t.Sub(r)
			if dd < 0 {
				dd = -dd
			}
			if dd < bd {
				best, bd = t, dd
			}
		}
	}
	*out = p.dayCand(i, j, best, "holiday")
	return true
}

func easter(y int) time.Time {
	a := y % 19
	b := y / 100
	c := y % 100
	d := b / 4
	e := b % 4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i := c / 4
	k := c % 4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return date(y, month, day)
}

// nthWeekday returns the n-th weekday wd (1 Monday) of month m.
func nthWeekday(y, m, wd, n int) time.Time {
	t := date(y, m, 1)
	diff := (wd - isoWeekday(t) + 7) % 7
	return t.AddDate(0, 0, diff+7*(n-1))
}

func lastWeekday(y, m, wd int) time.Time {
	t := date(y, m+1, 0)
	diff := (isoWeekday(t) - wd + 7) % 7
	return t.AddDate(0, 0, -diff)
}

// holidayNames are the holidays whose names start with word w.
func holidayNames(w string) []holidayName {
	hs, _ := holidays.Get(w)
	return hs
}
