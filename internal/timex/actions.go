package timex

import (
	"strconv"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/timeval"
)

// An action is the normalizer a rule calls: it turns what the rule's
// elements captured into a time value, resolved against the anchor the
// rule names. It reports false when the captures cannot make a time (the
// rule then does not apply and the built-in grammar's reading stands).
type action func(p *parser, r *tRule, caps []capture, i, j int) (cand, bool)

// actions are the normalizers the rule files may call, by name.
var actions = map[string]action{
	"year":       actYear,
	"month":      actMonth,
	"date":       actDate,
	"quarter":    actPeriod("Q"),
	"half":       actPeriod("H"),
	"quarters":   actQuarters,
	"shift":      actShift,
	"endofunit":  actEndOfUnit,
	"weekday":    actWeekday,
	"weekdayrel": actWeekdayRel,
	"same":       actSame,
	"part":       actPart,
	"endof":      actEndOf,
	"since":      actSince,
	"sinceunit":  actSinceUnit,
	"join":       actJoin,
	"firstn":     actFirstN,
	"inyear":     actInYear,
	"later":      actLater,
	"lastn":      actLastN,
	"dayrange":   actDayRange,
	"present":    actPresent,
	"keep":       actKeep,
	"season":     actSeason,
}

// seasonMonths are the first and last months of spring, summer and autumn
// (seasonCode's order).
var seasonMonths = [...][2]int{{}, {3, 5}, {6, 8}, {9, 11}}

// actSeason: "season seasons TIME|YEAR" ("the fall of 2024", "in spring
// 2023", "осенью 2024 года"):
// the season's three months of a year, as a month interval. Winter is left
// to the built-in reading.
func actSeason(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	n, ok := intArg(caps, arg(r, 0))
	if !ok || n < 1 || n > 3 {
		// winter spans two years, and "winter 2023" may be either end:
		// the built-in reading (the year) stands
		return cand{}, false
	}
	c := cand{typ: "DATE", gran: "interval", anchor: anchorText}
	if t, ok := get(caps, arg(r, 1)); ok && t.name == "TIME" {
		if t.c.typ != "DATE" || t.c.gran != "year" {
			return cand{}, false
		}
		c.rel, c.anchor = t.c.rel, t.c.anchor
	}
	y, ok := yearOf(caps, arg(r, 1))
	if !ok {
		return cand{}, false
	}
	m := seasonMonths[n]
	c.y, c.val = y, p4(y)+"-"+p2(m[0])+"/"+p4(y)+"-"+p2(m[1])
	return withMod(r, c), true
}

// arg returns argument k of the rule ("" when absent).
func arg(r *tRule, k int) string {
	if k < len(r.args) {
		return r.args[k]
	}
	return ""
}

// withMod applies the rule's "mod=X" argument.
func withMod(r *tRule, c cand) cand {
	for _, a := range r.args {
		if m, ok := strings.CutPrefix(a, "mod="); ok {
			c.mod = m
		}
	}
	return c
}

func yearCand(y int) cand {
	return cand{typ: "DATE", val: p4(y), gran: "year", y: y, bareYear: true, anchor: anchorText}
}

// yearOf reads a year argument: YEAR, or a TIME capture's year.
func yearOf(caps []capture, a string) (int, bool) {
	if a == "" {
		return 0, false
	}
	if c, ok := get(caps, a); ok && c.name == "TIME" {
		return c.c.y, c.c.y > 0
	}
	y, ok := intArg(caps, a)
	return y, ok && y > 0
}

// actYear: "year YEAR" ("в 2024 году").
func actYear(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	y, ok := yearOf(caps, arg(r, 0))
	if !ok {
		return cand{}, false
	}
	return withMod(r, yearCand(y)), true
}

// actMonth: "month months [YEAR]"; without a year the month is the latest
// such month up to publication, or the next when the sentence speaks of
// the future.
func actMonth(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	m, ok := intArg(caps, arg(r, 0))
	if !ok || m < 1 || m > 12 {
		return cand{}, false
	}
	if y, ok := yearOf(caps, arg(r, 1)); ok {
		return withMod(r, cand{typ: "DATE", val: fmtMonth(y, m), gran: "month", y: y, m: m, anchor: anchorText}), true
	}
	var c cand
	p.monthOnly(i, j, m, r.name, &c)
	return withMod(r, c), true
}

// actDate: "date DAY months [YEAR]".
func actDate(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	d, ok1 := intArg(caps, arg(r, 0))
	m, ok2 := intArg(caps, arg(r, 1))
	if !ok1 || !ok2 || !validDate(0, m, d) {
		return cand{}, false
	}
	if y, ok := yearOf(caps, arg(r, 2)); ok {
		if !validDate(y, m, d) {
			return cand{}, false
		}
		return withMod(r, cand{typ: "DATE", val: fmtYMD(y, m, d), gran: "day", y: y, m: m, d: d, anchor: anchorText}), true
	}
	var c cand
	p.monthDay(i, j, m, d, r.name, &c)
	return withMod(r, c), true
}

// periodCand makes quarter (Q) or half (H) n of year y; n -1 is the last.
func periodCand(p *parser, unit string, n int, caps []capture, yearArg string, i, j int, rule string) (cand, bool) {
	max := 4
	if unit == "H" {
		max = 2
	}
	if n == -1 {
		n = max
	}
	if n < 1 || n > max {
		return cand{}, false
	}
	if y, ok := yearOf(caps, yearArg); ok {
		return cand{typ: "DATE", val: p4(y) + "-" + unit + strconv.Itoa(n), gran: map[string]string{"Q": "quarter", "H": "half"}[unit],
			y: y, anchor: anchorText}, true
	}
	if c, ok := get(caps, yearArg); ok && c.name == "TIME" {
		// "the final quarter of this year" in an undated text
		return cand{typ: "DATE", gran: "quarter", rel: true, anchor: c.c.anchor}, true
	}
	return p.relQuarter(i, j, unit, n, rule)
}

// actPeriod returns the action "quarter ordinals [YEAR|TIME]" (unit Q) or
// "half ordinals [YEAR|TIME]" (unit H).
func actPeriod(unit string) action {
	return func(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
		n, ok := intArg(caps, arg(r, 0))
		if !ok {
			return cand{}, false
		}
		c, ok := periodCand(p, unit, n, caps, arg(r, 1), i, j, r.name)
		return withMod(r, c), ok
	}
}

// actQuarters: "quarters ordinals.1 ordinals.2 [YEAR]" ("во втором и
// третьем кварталах 2025 года"): from the start of the first to the end of
// the second.
func actQuarters(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	a, ok1 := intArg(caps, arg(r, 0))
	b, ok2 := intArg(caps, arg(r, 1))
	if !ok1 || !ok2 {
		return cand{}, false
	}
	x, ok1 := periodCand(p, "Q", a, caps, arg(r, 2), i, j, r.name)
	y, ok2 := periodCand(p, "Q", b, caps, arg(r, 2), i, j, r.name)
	if !ok1 || !ok2 {
		return cand{}, false
	}
	c := y
	c.val, c.gran = "", "interval"
	if x.val != "" && y.val != "" {
		c.val = timeval.Join(x.val, y.val)
	}
	return withMod(r, c), true
}

// anchor is what a relative expression resolves against.
type anchor struct {
	y, m, d int
	label   string
	ok      bool
}

// anchorOf returns the named anchor: "doc" the publication date, "ref"
// the time the text last set (else the publication date), "sent" a time
// set earlier in the same sentence (else the publication date, else the
// time the text last set).
func (p *parser) anchorOf(name string, i int) anchor {
	doc := anchor{label: anchorNone}
	if p.hasRef {
		doc = anchor{y: p.ref.Year(), m: int(p.ref.Month()), d: p.ref.Day(), label: p.refLabel, ok: true}
	}
	ctx := anchor{label: "none: no date in context"}
	if p.ctxYear > 0 {
		ctx = anchor{y: p.ctxYear, m: p.ctxMonth, d: p.ctxDay, ok: true, label: "context " + p.ctxValue}
	}
	switch name {
	case "doc":
		return doc
	case "ref":
		if ctx.ok {
			return ctx
		}
		return doc
	case "sent":
		if ctx.ok && p.sameSentence(p.ctxTok, i) {
			return ctx
		}
		if doc.ok {
			return doc
		}
		return ctx
	}
	return anchor{label: "none: unknown anchor " + name}
}

// sameSentence reports whether no sentence end lies between token a and
// token b (a < b).
func (p *parser) sameSentence(a, b int) bool {
	if a <= 0 || a > b {
		return false
	}
	for k := a; k < b && k < len(p.toks); k++ {
		if p.toks[k].kind == kPunct {
			switch p.raw(k) {
			case ".", "!", "?", "…":
				return false
			}
		}
		if k > a && p.toks[k].nl() {
			return false
		}
	}
	return true
}

// unitArg reads a unit argument: a literal ("year") or the key of a
// captured lexicon unit ("units").
func unitArg(caps []capture, a string) (int, bool) {
	if c, ok := get(caps, a); ok && c.key != "" {
		a = c.key
	}
	u, ok := unitKeys[a]
	return u, ok
}

// shifted renders anchor a moved by n units, at the unit's granularity.
func shifted(a anchor, u, n int) (cand, bool) {
	c := cand{typ: "DATE", rel: true, anchor: a.label}
	switch u {
	case uYear:
		_, c.gran = atGran(time.Time{}, u)
		if a.ok {
			c.y = a.y + n
			c.val = p4(c.y)
		}
	case uMonth:
		c.gran = "month"
		if a.ok {
			if a.m == 0 {
				return cand{}, false
			}
			c.y, c.m = addMonths(a.y, a.m, n)
			c.val = fmtMonth(c.y, c.m)
		}
	case uWeek, uDay:
		_, c.gran = atGran(time.Time{}, u)
		if a.ok {
			if a.d == 0 {
				return cand{}, false
			}
			t := shift(date(a.y, a.m, a.d), n, u)
			c.val, _ = atGran(t, u)
			c.y, c.m = t.Year(), int(t.Month())
			if u == uDay {
				c.d = t.Day()
			}
		}
	default:
		return cand{}, false
	}
	return c, true
}

// actShift: "shift ANCHOR UNIT N" ("годом ранее" = shift ref year -1,
// "в прошлом году" = shift doc year relative, "наступного дня" = shift ref
// day +1).
func actShift(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	u, ok1 := unitArg(caps, arg(r, 1))
	n, ok2 := intArg(caps, arg(r, 2))
	if !ok1 || !ok2 {
		return cand{}, false
	}
	c, ok := shifted(p.anchorOf(arg(r, 0), i), u, n)
	return withMod(r, c), ok
}

// actEndOfUnit: "endofunit ANCHOR year|month" ("by year-end", "к концу
// года", "до конца месяца"): the last month of the anchor's year, or the
// anchor's month, mod END.
func actEndOfUnit(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	a := p.anchorOf(arg(r, 0), i)
	u, ok := unitArg(caps, arg(r, 1))
	if !ok || u != uYear && u != uMonth {
		return cand{}, false
	}
	c := cand{typ: "DATE", gran: "month", rel: true, anchor: a.label, mod: "END"}
	if a.ok {
		c.y, c.m = a.y, 12
		if u == uMonth {
			if a.m == 0 {
				return cand{}, false
			}
			c.m = a.m // "до конца месяца": the month itself
		}
		c.val = fmtMonth(c.y, c.m)
	}
	return c, true
}

// actWeekday: "weekday weekdays" ("во вторник"): the latest such day up to
// publication, or the next when the sentence speaks of the future.
func actWeekday(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	wd, ok := intArg(caps, arg(r, 0))
	if !ok || wd < 1 || wd > 7 {
		return cand{}, false
	}
	var c cand
	p.weekday(i, j, wd, 0, r.name, &c)
	return withMod(r, c), true
}

// actWeekdayRel: "weekdayrel weekdays relative" ("в прошлую пятницу",
// "минулої п'ятниці"): the latest such day before publication (-1), the
// next after it (+1), or this week's (0).
func actWeekdayRel(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	wd, ok1 := intArg(caps, arg(r, 0))
	dir, ok2 := intArg(caps, arg(r, 1))
	if !ok1 || !ok2 || wd < 1 || wd > 7 {
		return cand{}, false
	}
	c := cand{typ: "DATE", gran: "day", rel: true}
	if !p.hasRef {
		return c, true
	}
	ref := p.refDay()
	diff := wd - isoWeekday(ref)
	switch {
	case dir < 0 && diff >= 0:
		diff -= 7
	case dir > 0 && diff <= 0:
		diff += 7
	case dir == 0:
		p.weekday(i, j, wd, 2, r.name, &c)
		return c, true
	}
	return p.dayCand(i, j, ref.AddDate(0, 0, diff), r.name), true
}

// actSame: "same ref" ("тогда же"): the time the text last set.
func actSame(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	if p.ctxValue == "" {
		return cand{typ: "DATE", rel: true, anchor: "none: no date in context"}, true
	}
	return cand{typ: "DATE", val: p.ctxValue, gran: p.ctxGran, y: p.ctxYear, m: p.ctxMonth, d: p.ctxDay,
		anchor: "context " + p.ctxValue, rel: true}, true
}

// partMods are the TIMEX3 mods of the parts of a period.
var partMods = map[string]string{"start": "START", "mid": "MID", "end": "END"}

// actPart: "part parts TIME" ("в начале февраля"): the period, with the
// part as its mod.
func actPart(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	part := arg(r, 0)
	if c, ok := get(caps, part); ok {
		part = c.key
	}
	t, ok := get(caps, arg(r, 1))
	if !ok || t.c.typ != "DATE" || partMods[part] == "" {
		return cand{}, false
	}
	c := t.c
	c.mod = partMods[part]
	return withMod(r, c), true
}

// actEndOf: "endof TIME" ("до конца 2025 года", "by the end of 2019"): a
// year's last month, or the period itself, mod END.
func actEndOf(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	t, ok := get(caps, arg(r, 0))
	if !ok || t.c.typ != "DATE" {
		return cand{}, false
	}
	c := t.c
	if c.gran == "year" {
		c.gran, c.m = "month", 12
		if c.val != "" {
			c.val = fmtMonth(c.y, 12)
		}
	}
	c.mod = "END"
	return c, true
}

// actSince: "since TIME" ("since October", "с 2010 года"): from the start
// of the time to the publication date. Without a publication date it is
// unresolved, except from the start of a year, which covers that year
// ("с начала 2019 года" in an undated text: 2019-01/2019-12).
func actSince(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	t, ok := get(caps, arg(r, 0))
	if !ok || t.c.typ != "DATE" || t.c.val == "PRESENT_REF" || t.c.val == "PAST_REF" || t.c.val == "FUTURE_REF" {
		return cand{}, false
	}
	x := t.c
	if arg(r, 1) == "start" {
		x.mod = "START" // "с начала 2019 года": the rule read the part
	}
	if p.hasRef && x.rel && x.gran == "month" && x.y > 0 && x.m > 0 && (x.y > p.ref.Year() || x.y == p.ref.Year() && x.m > int(p.ref.Month())) {
		x = p.rebase(x, x.y-1) // "since October": an October before publication
	}
	start := x.val
	if x.gran == "year" && x.mod == "START" && start != "" {
		start = p4(x.y) + "-01"
	}
	// The interval runs to the present: it does not set the time later
	// relative expressions refer to ("с 2010 года ... Годом ранее").
	c := cand{typ: "DATE", gran: "interval", rel: true, noCtx: true}
	switch {
	case start == "":
		c.anchor = x.anchor
	case p.hasRef:
		end := fmtDay(p.refDay())
		if v := timeval.Join(start, end); v != "" {
			c.val, c.anchor = v, "since: to the "+p.refLabel
		} else {
			return cand{}, false
		}
	case x.gran == "year" && x.mod == "START":
		c.val, c.anchor = start+"/"+p4(x.y)+"-12", "since the start of a year, no publication date: that year"
	default:
		c.anchor = anchorNone
	}
	return c, true
}

// actSinceUnit: "sinceunit ANCHOR year" ("з початку року"): from the
// start of the anchor's year to the publication date.
func actSinceUnit(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	a := p.anchorOf(arg(r, 0), i)
	if u, ok := unitArg(caps, arg(r, 1)); !ok || u != uYear {
		return cand{}, false
	}
	c := cand{typ: "DATE", gran: "interval", rel: true, anchor: a.label, noCtx: true}
	if a.ok && p.hasRef {
		c.val = fmtMonth(a.y, 1) + "/" + fmtDay(p.refDay())
		c.anchor = "since: to the " + p.refLabel
	}
	return c, true
}

// actJoin: "join TIME.1 TIME.2" ("between January and March", "с января
// по июнь", "в октябре — ноябре 2024 года"): from the start of the first
// to the end of the second, the ends completing each other's year. Both
// ends must be dates of one granularity, the second after the first.
func actJoin(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	a, ok1 := get(caps, firstNonEmpty(arg(r, 0), "TIME.1"))
	b, ok2 := get(caps, firstNonEmpty(arg(r, 1), "TIME.2"))
	if !ok1 || !ok2 {
		return cand{}, false
	}
	x, y := a.c, b.c
	if x.typ != "DATE" || y.typ != "DATE" || x.gran != y.gran || x.mod != "" || y.mod != "" {
		return cand{}, false
	}
	switch x.gran {
	case "day", "month", "year", "quarter", "half":
	default:
		return cand{}, false
	}
	x, y, ok := p.fillEnds(x, y)
	if !ok {
		return cand{}, false
	}
	c := y
	c.gran, c.mod, c.dur = "interval", "", ""
	c.rel = x.rel || y.rel
	c.anchor = firstNonEmpty(y.anchor, x.anchor)
	c.val = ""
	if x.val != "" && y.val != "" {
		if c.val = timeval.Join(x.val, y.val); c.val == "" {
			return cand{}, false
		}
		if c.anchor == "" && !p.hasRef {
			c.anchor = anchorText // "October and November 2024": the end gave the year
		}
	}
	return withMod(r, c), true
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// actFirstN: "firstn NUM month TIME|ref|doc" ("the first six months of
// 2022", "of the year"): the first N months of a year.
func actFirstN(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	n, ok1 := intArg(caps, arg(r, 0))
	u, ok2 := unitArg(caps, arg(r, 1))
	if a := arg(r, 2); a == "ref" || a == "doc" {
		// "the first six months of the year": of the year the text last
		// set ("In 2024 ..."), else of publication
		an := p.anchorOf(a, i)
		if !ok1 || !ok2 || u != uMonth || n < 1 || n > 12 {
			return cand{}, false
		}
		c := cand{typ: "DATE", gran: "interval", rel: true, anchor: an.label}
		if an.ok {
			c.y, c.val = an.y, timeval.Join(fmtMonth(an.y, 1), fmtMonth(an.y, n))
		}
		return c, true
	}
	t, ok3 := get(caps, arg(r, 2))
	if !ok1 || !ok2 || !ok3 || u != uMonth || n < 1 || n > 12 || t.c.typ != "DATE" || t.c.gran != "year" {
		return cand{}, false
	}
	c := cand{typ: "DATE", gran: "interval", rel: t.c.rel, anchor: t.c.anchor, y: t.c.y}
	if t.c.val != "" {
		c.val = timeval.Join(fmtMonth(t.c.y, 1), fmtMonth(t.c.y, n))
	}
	return c, true
}

// actInYear: "inyear TIME ANCHOR N" ("September 11 last year"): a month or
// a day without a year placed in the anchor's year moved by N.
func actInYear(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	t, ok1 := get(caps, arg(r, 0))
	n, ok2 := intArg(caps, arg(r, 2))
	if !ok1 || !ok2 || t.c.typ != "DATE" || !mdRule[t.c.rule] || t.c.m == 0 {
		return cand{}, false
	}
	a := p.anchorOf(arg(r, 1), i)
	c := t.c
	c.anchor = a.label
	if !a.ok {
		c.val, c.y = "", 0
		return c, true
	}
	c = p.rebase(c, a.y+n)
	if c.y != a.y+n {
		return cand{}, false
	}
	return c, true
}

// actLater: "later NUM UNIT SIGN" ("three days later"): the time the text
// last set moved by NUM units; it needs that time at the unit's
// granularity.
func actLater(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	n, ok1 := intArg(caps, arg(r, 0))
	u, ok2 := unitArg(caps, arg(r, 1))
	sign, ok3 := intArg(caps, arg(r, 2))
	if !ok1 || !ok2 || !ok3 || p.ctxYear == 0 {
		return cand{}, false
	}
	a := p.anchorOf("ref", i)
	return shifted(a, u, n*sign)
}

// actLastN: "lastn NUM units" ("за последние три года", "за останні п'ять
// років"): the N units up to publication, a DURATION with its interval.
func actLastN(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	n, ok1 := intArg(caps, arg(r, 0))
	u, ok2 := unitArg(caps, arg(r, 1))
	if !ok1 || !ok2 || n < 1 || u == uHour || u == uMinute || u == uSecond {
		return cand{}, false
	}
	c := cand{typ: "DURATION", gran: "duration", rel: true, dur: durValue(n, u, false), val: p.interval(-n, u)}
	if p.hasRef {
		c.anchor = p.refLabel
	}
	return c, true
}

// actDayRange: "dayrange DAY.1 DAY.2 months [YEAR]" ("з 8 по 13 жовтня").
func actDayRange(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	d1, ok1 := intArg(caps, arg(r, 0))
	d2, ok2 := intArg(caps, arg(r, 1))
	m, ok3 := intArg(caps, arg(r, 2))
	if !ok1 || !ok2 || !ok3 || d2 <= d1 || !validDate(0, m, d2) {
		return cand{}, false
	}
	var end cand
	if y, ok := yearOf(caps, arg(r, 3)); ok {
		end = cand{typ: "DATE", val: fmtYMD(y, m, d2), gran: "day", y: y, m: m, d: d2, anchor: anchorText}
	} else {
		p.monthDay(i, j, m, d2, r.name, &end)
	}
	c := end
	c.gran = "interval"
	if end.val != "" {
		c.val = fmtYMD(end.y, m, d1) + "/" + end.val
	}
	return c, true
}

// actPresent: "present" ("сейчас", "в настоящее время").
func actPresent(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	return cand{typ: "DATE", val: "PRESENT_REF", rule: r.name, anchor: anchorText}, true
}

// actKeep: "keep TIME mod=X" ("после 22 декабря"): the time with a mod.
func actKeep(p *parser, r *tRule, caps []capture, i, j int) (cand, bool) {
	t, ok := get(caps, firstNonEmpty(arg(r, 0), "TIME"))
	if !ok {
		return cand{}, false
	}
	return withMod(r, t.c), true
}
