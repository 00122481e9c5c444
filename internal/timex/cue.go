package timex

// cueMods are the words before a time that TIMEX3 keeps out of the span
// and records as its mod: "since September" (ON_OR_AFTER), "before 2010"
// (BEFORE), "as early as 7:00 am" (AFTER). Longer cues come first.
var cueMods = []struct {
	words []string
	mod   string
	dates bool // only before a date, not a time of day ("by 2018" but not "by 2 pm")
}{
	{[]string{"no", "later", "than"}, "BEFORE", false},
	{[]string{"no", "earlier", "than"}, "AFTER", false},
	{[]string{"as", "late", "as"}, "BEFORE", false},
	{[]string{"as", "early", "as"}, "AFTER", false},
	{[]string{"any", "time", "from"}, "AFTER", false},
	{[]string{"anytime", "from"}, "AFTER", false},
	{[]string{"starting", "from"}, "ON_OR_AFTER", false},
	{[]string{"starting", "on"}, "ON_OR_AFTER", false},
	{[]string{"beginning", "on"}, "ON_OR_AFTER", false},
	{[]string{"later", "than"}, "AFTER", false},
	{[]string{"earlier", "than"}, "BEFORE", false},
	{[]string{"greater", "than"}, "AFTER", true},
	{[]string{"prior", "to"}, "BEFORE", false},
	{[]string{"since"}, "ON_OR_AFTER", false},
	{[]string{"starting"}, "ON_OR_AFTER", false},
	{[]string{"beginning"}, "ON_OR_AFTER", false},
	{[]string{"before"}, "BEFORE", false},
	{[]string{"after"}, "AFTER", false},
	{[]string{"by"}, "BEFORE", true},
}

// cued reads a cue and the time after it. The candidate starts at the
// time: the cue only sets its mod. cued and cueTarget write what they
// find to *out, as calendar does.
func (p *parser) cued(i int, out *cand) bool {
	e := p.e(i)
	if e == nil || !e.cue {
		return false // most start words begin no cue
	}
	w := e.word
	for _, cm := range cueMods {
		if cm.words[0] != w {
			continue
		}
		k := i
		ok := true
		for _, cw := range cm.words {
			if p.w(k) != cw {
				ok = false
				break
			}
			k++
		}
		if !ok {
			continue
		}
		if w == "beginning" && p.w(k) == "of" {
			return false
		}
		c := out
		if !p.cueTarget(k, c) || c.mod != "" || c.typ == "DURATION" || c.typ == "SET" || (cm.dates && c.typ != "DATE") {
			return false
		}
		if c.typ == "DATE" && (c.val == "PAST_REF" || c.val == "PRESENT_REF" || c.val == "FUTURE_REF") {
			return false
		}
		c.mod = cm.mod
		return true
	}
	return false
}

// cueTarget reads the time a cue applies to.
func (p *parser) cueTarget(k int, out *cand) bool {
	if !p.in(k) {
		return false
	}
	if p.w(k) == "the" && p.lowerRaw(k+1) == "year" && p.isNum(k+2) {
		k += 2 // "before the year 2019"
	}
	if !p.longestOf(cueGrams, k, out) {
		return false
	}
	p.extend(out)
	return true
}

// cueGrams are what a cue may apply to, in the order tried (the first of
// equal length wins).
var cueGrams = []gram{gCalendar, gRelative, gQuarter, gClock, gHoliday, gModified, gNumericDate, gISO}
