package quantity

import (
	"sort"
	"strconv"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Number is a number as written, with no reading of what it counts.
type Number struct {
	Start, End int // byte offsets, End exclusive
	Text       string
	Value      float64
	Ordinal    bool // "third", "4th"
	Fraction   bool // "two thirds", "3/4", "½"
	Power      bool // "1e10", "1.1^23"
	Spelled    bool // holds number words
}

// Numbers returns every number in text, in order: cardinals, fractions,
// decimals, ordinals, years and codes alike. With spec set it follows the
// Microsoft Recognizers-Text conventions (plain spaces group thousands,
// "1 over 3" is a fraction, a sign may stand apart from its digits).
func Numbers(text, lang string, spec bool) []Number {
	p := newParser(text, lang, spec)
	var out []Number
	for k := 0; k < len(p.t); {
		ph, ok := p.phraseAt(k, false)
		if !ok || ph.j <= k {
			k++
			continue
		}
		if p.pronounOne(ph) || p.glued(ph) {
			k = ph.j
			continue
		}
		out = append(out, p.number(ph))
		k = ph.j
	}
	return out
}

// newParser is the parser of text's tokens, its tables loaded.
func newParser(text, lang string, spec bool) *parser {
	loadTables()
	return &parser{text: text, t: tokenize(text, cfgFor(lang, spec)), spec: spec}
}

func (p *parser) number(ph phrase) Number {
	s, e := int(p.t[ph.i].s), int(p.t[ph.j-1].e)
	return Number{Start: s, End: e, Text: p.text[s:e], Value: ph.val, Ordinal: ph.ord, Fraction: ph.frac, Power: ph.power, Spelled: ph.words}
}

// pronounOne reports "one" used as a pronoun: "this one", "which one",
// "один из них", "одна з країн", "одном и том же".
func (p *parser) pronounOne(ph phrase) bool {
	if ph.j-ph.i != 1 {
		return false
	}
	if w, ok := p.word(ph.i); ok && w.c == wUnit && w.v == 1 && p.t[ph.i].low != "one" {
		if ph.i > 0 && p.t[ph.i-1].k == kWord && perOne[p.t[ph.i-1].low] {
			return true // "на одного рабочего": per one, a rate's base
		}
		return ph.j < len(p.t) && p.t[ph.j].k == kWord && pronounAfter[p.t[ph.j].low]
	}
	if p.t[ph.i].low != "one" {
		return false
	}
	if ph.i == 0 {
		return p.isWord(ph.j, "you") || p.isWord(ph.j, "is")
	}
	switch p.t[ph.i-1].low {
	case "the", "this", "that", "which", "each", "any", "every", "no", "another", "someone", "anyone", "no-one", "little", "big", "new", "old", "only", "last", "next", "first", "right", "wrong", "other", "such":
		return true
	}
	switch {
	case p.isWord(ph.j, "another"), p.isWord(ph.j, "could"), p.isWord(ph.j, "can"), p.isWord(ph.j, "should"), p.isWord(ph.j, "must"), p.isWord(ph.j, "might"), p.isWord(ph.j, "would"):
		return true
	}
	return false
}

// perOne are the prepositions that make a following "one" the base of a
// rate ("расходы на одного рабочего", "на одну людину").
var perOne = map[string]bool{"на": true, "per": true}

// glued reports digits run into letters that are not a multiplier:
// "180ml", "29km", "mh17" (a unit or a code, not a bare number).
func (p *parser) glued(ph phrase) bool {
	if !ph.lit || ph.words {
		return false
	}
	f := p.t[ph.i]
	if f.k == kSym && ph.i+1 < ph.j {
		f = p.t[ph.i+1]
	}
	if ph.i > 0 && p.t[ph.i-1].k == kWord && !f.sp && f.k == kNum {
		return true
	}
	l := ph.j - 1
	if ph.j < len(p.t) && p.t[ph.j].k == kWord && !p.t[ph.j].sp && p.t[l].k == kNum {
		return true
	}
	return false
}

// UnitAmount is an amount with a unit as the Recognizers-Text specs name
// it: UnitName "Dollar", "Canadian dollar", "Mile"; ISO the ISO 4217 code
// when the spec gives one. HasValue is false for a unit named alone
// ("dollar").
type UnitAmount struct {
	Start, End int
	Value      float64
	HasValue   bool
	UnitName   string
	ISO        string
}

// Percents returns the percentages of text ("5%", "twenty percent",
// "per cent of 210"); a bare "percent" or "%" has no value.
func Percents(text, lang string) []UnitAmount {
	items := analyze(text, lang, true)
	p := newParser(text, lang, true)
	var out []UnitAmount
	used := map[int]bool{}
	for _, it := range items {
		if it.q.Kind == doc.QPercent {
			s, e := core(text, it)
			out = append(out, UnitAmount{Start: s, End: e, Value: it.q.Value.Number, HasValue: true})
			for b := it.q.Start; b < it.q.End; b++ {
				used[b] = true
			}
		}
	}
	for k := 0; k < len(p.t); k++ {
		t := p.t[k]
		if used[int(t.s)] {
			continue
		}
		isPct := t.k == kWord && (t.low == "percent" || t.low == "percents" || t.low == "percentage")
		n := k + 1
		if p.isWord(k, "per") && p.isWord(k+1, "cent") {
			isPct, n = true, k+2
		}
		if t.k == kSym && t.low == "%" && t.sp && (k+1 >= len(p.t) || p.t[k+1].sp) {
			out = append(out, UnitAmount{Start: int(t.s), End: int(t.e)})
			continue
		}
		if !isPct {
			continue
		}
		if p.isWord(n, "of") {
			if ph, ok := p.phraseAt(n+1, false); ok && !ph.ord {
				out = append(out, UnitAmount{Start: int(t.s), End: int(p.t[ph.j-1].e), Value: ph.val, HasValue: true})
				k = ph.j - 1
				continue
			}
		}
		out = append(out, UnitAmount{Start: int(t.s), End: int(p.t[n-1].e)})
		k = n - 1
	}
	sortAmounts(out)
	return out
}

// Currencies returns the money amounts of text with the spec's currency
// names; "dollar" or "rmb" named alone has no value.
func Currencies(text, lang string) []UnitAmount {
	items := analyze(text, lang, true)
	var out []UnitAmount
	used := map[int]bool{}
	for _, it := range items {
		if !it.hasCur {
			continue
		}
		s, e := core(text, it)
		out = append(out, UnitAmount{Start: s, End: e, Value: it.q.Value.Number, HasValue: true, UnitName: it.cur.name, ISO: it.cur.iso})
		for b := it.q.Start; b < it.q.End; b++ {
			used[b] = true
		}
	}
	p := newParser(text, lang, true)
	for _, t := range p.t {
		if used[int(t.s)] || t.k != kWord {
			continue
		}
		switch t.low {
		case "dollar", "dollars", "rmb":
			c := currencyWords[t.low]
			out = append(out, UnitAmount{Start: int(t.s), End: int(t.e), UnitName: c.name, ISO: c.iso})
		}
	}
	sortAmounts(out)
	return out
}

// Dimensions returns lengths, weights, areas, volumes, speeds and the like
// with the spec's unit names.
func Dimensions(text, lang string) []UnitAmount {
	var out []UnitAmount
	for _, it := range analyze(text, lang, true) {
		if it.q.Kind != doc.QDimension {
			continue
		}
		s, e := core(text, it)
		out = append(out, UnitAmount{Start: s, End: e, Value: it.q.Value.Number, HasValue: true, UnitName: it.dim.name})
	}
	return out
}

func sortAmounts(a []UnitAmount) {
	sort.Slice(a, func(i, j int) bool { return a[i].Start < a[j].Start })
}

// Range is a numeric interval in the spec's notation: "[20,30)", "(30,)",
// "(,100]", "[170,170]".
type Range struct {
	Start, End int
	Interval   string
}

// Ranges returns the comparisons and ranges of text: "more than 10",
// "at most 100 and at least 20", "between 20 and 30", "1000-5000", "5
// hundred or more", "x>10".
func Ranges(text, lang string) []Range {
	p := newParser(text, lang, true)
	var out []Range
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	covered := -1 // last token used
	for k := 0; k < len(p.t); k++ {
		if k <= covered {
			continue
		}
		c1, ok := p.comparison(k)
		if !ok {
			continue
		}
		lo, hi := "", ""
		lc, hc := "(", ")"
		set := func(c cmpResult) {
			v := f(c.val)
			switch c.op {
			case ">", ">=":
				lo, lc = v, "("
				if c.op == ">=" {
					lc = "["
				}
			case "<", "<=":
				hi, hc = v, ")"
				if c.op == "<=" {
					hc = "]"
				}
			case "=":
				lo, hi, lc, hc = v, v, "[", "]"
			case "[)":
				lo, hi, lc, hc = v, f(c.hi), "[", ")"
			}
		}
		set(c1)
		end := c1.j
		// two-sided: "more than 10 and less than 20"
		if c1.op != "=" && c1.op != "[)" && (p.isWord(end, "and") || p.isWord(end, "but") || p.isSym(end, ",")) {
			if c2, ok := p.comparison(end + 1); ok && c2.op != "=" && c2.op != "[)" && (c2.op[0] != c1.op[0]) {
				low, high := c1.val, c2.val
				if c1.op[0] == '<' {
					low, high = c2.val, c1.val
				}
				if low < high {
					set(c2)
					end = c2.j
				}
			}
		}
		s, e := int(p.t[c1.i].s), int(p.t[end-1].e)
		out = append(out, Range{Start: s, End: e, Interval: lc + lo + "," + hi + hc})
		covered = end - 1
	}
	return out
}

type cmpResult struct {
	i, j int
	op   string // ">", ">=", "<", "<=", "=", "[)" (a range)
	val  float64
	hi   float64
}

var (
	moreWords = map[string]bool{"more": true, "greater": true, "larger": true, "bigger": true, "higher": true, "above": true, "over": true,
		"exceed": true, "exceeds": true, "exceeding": true, "surpass": true, "surpassing": true}
	lessWords = map[string]bool{"less": true, "fewer": true, "smaller": true, "lower": true, "below": true, "under": true}
)

// comparison reads one comparison or range starting at token k.
func (p *parser) comparison(k int) (cmpResult, bool) {
	r := cmpResult{i: k}
	m := k
	op := ""
	switch {
	case p.isSym(m, ">") || p.isSym(m, "<"):
		if p.isSym(m-1, "<") || p.isSym(m-1, "=") || p.isSym(m+1, ">") {
			return r, false
		}
		op = p.t[m].low
		m++
		if p.isSym(m, "=") {
			op += "="
			m++
		}
	case p.isWord(m, "between"):
		m++
		if p.isWord(m, "the") {
			m++
		}
		a, ok := p.phraseAt(m, false)
		if !ok {
			return r, false
		}
		n := a.j
		if !p.isWord(n, "and") {
			return r, false
		}
		n++
		if p.isWord(n, "the") {
			n++
		}
		b, ok := p.phraseAt(n, false)
		if !ok {
			return r, false
		}
		r.op, r.val, r.hi, r.j = "[)", a.val, b.val, b.j
		return r, true
	case p.isWord(m, "from"):
		a, ok := p.phraseAt(m+1, false)
		if !ok || !p.isWord(a.j, "to") {
			return r, false
		}
		b, ok := p.phraseAt(a.j+1, false)
		if !ok || b.val < a.val {
			return r, false
		}
		r.op, r.val, r.hi, r.j = "[)", a.val, b.val, b.j
		return r, true
	case p.isWord(m, "at") && p.isWord(m+1, "least"):
		op, m = ">=", m+2
	case p.isWord(m, "at") && p.isWord(m+1, "most"), p.isWord(m, "up") && p.isWord(m+1, "to"):
		op, m = "<=", m+2
	case p.isWord(m, "equal") || p.isWord(m, "equals") || p.isWord(m, "equaling"):
		op = "="
		m++
		if p.isWord(m, "to") {
			m++
		}
	case (p.isWord(m, "no") || p.isWord(m, "not")) && (p.isWord(m+1, "less") || p.isWord(m+1, "fewer")) && p.isWord(m+2, "than"):
		op, m = ">=", m+3
	case (p.isWord(m, "no") || p.isWord(m, "not")) && p.isWord(m+1, "more") && p.isWord(m+2, "than"):
		op, m = "<=", m+3
	case m < len(p.t) && p.t[m].k == kWord && (moreWords[p.t[m].low] || lessWords[p.t[m].low]):
		op = ">"
		if lessWords[p.t[m].low] {
			op = "<"
		}
		w := p.t[m].low
		m++
		if p.isWord(m, "or") && p.isWord(m+1, "equal") {
			op += "="
			m += 2
		}
		if p.isWord(m, "than") {
			m++
		} else if w == "more" || w == "less" || w == "greater" || w == "fewer" || w == "larger" || w == "smaller" || w == "bigger" || w == "higher" || w == "lower" {
			if !(p.isWord(m-1, "equal") && p.isWord(m, "to")) {
				return r, false
			}
		}
		if p.isWord(m, "to") {
			m++
		}
		if len(op) == 1 && p.isWord(m, "or") && p.isWord(m+1, "equal") && p.isWord(m+2, "to") {
			op += "="
			m += 3
		}
	}
	// "equal to or less than 30", "at least or equal to 30"
	if op != "" && p.isWord(m, "or") {
		switch {
		case (op == "=" || op == ">=") && p.isWord(m+1, "equal") && p.isWord(m+2, "to"):
			m += 3
		case op == "=" && (p.isWord(m+1, "less") || p.isWord(m+1, "fewer")) && p.isWord(m+2, "than"):
			op, m = "<=", m+3
		case op == "=" && (p.isWord(m+1, "more") || p.isWord(m+1, "greater")) && p.isWord(m+2, "than"):
			op, m = ">=", m+3
		}
	}
	if p.isWord(m, "the") && op != "" {
		m++
	}
	ph, ok := p.phraseAt(m, false)
	if !ok || (ph.ord && op == "") {
		return r, false
	}
	if op != "" && ph.ord && !p.isWord(m-1, "the") {
		return r, false
	}
	r.val, r.j = ph.val, ph.j
	n := ph.j
	numAfter := func(x int) bool {
		_, ok := p.phraseAt(x, false)
		return ok
	}
	// suffixes: "or more", "and more", "or greater (than)", "or less", "or equal (to)"
	if p.isWord(n, "or") || p.isWord(n, "and") {
		w := ""
		if n+1 < len(p.t) {
			w = p.t[n+1].low
		}
		x := n + 2
		if p.isWord(x, "than") || p.isWord(x, "to") {
			x++
		}
		if !numAfter(x) && !(p.isWord(x-1, "to") && p.isWord(x, "it") && false) {
			switch {
			case (w == "more" || w == "greater" || w == "higher" || w == "above") && (op == "" || op == "="):
				op, r.j = ">=", x
			case (w == "less" || w == "fewer" || w == "below") && (op == "" || op == "="):
				op, r.j = "<=", x
			case w == "equal" && (op == ">" || op == "<"):
				op += "="
				r.j = x
			}
		}
	}
	if op == "" {
		// a plain range from the number reader: "1000-5000", "20~100", "5k-20k", "20 through 100"
		x := ph.j
		if p.isSym(x, "-") || p.isSym(x, "–") || p.isSym(x, "~") || p.isWord(x, "through") || p.isWord(x, "to") {
			if b, ok := p.phraseAt(x+1, false); ok && b.val > ph.val && !b.ord && !p.isSym(m-1, "+") && !((p.isSym(b.j, "-") || p.isSym(b.j, "/")) && p.adjacent(b.j)) {
				r.op, r.hi, r.j = "[)", b.val, b.j
				return r, true
			}
		}
		return r, false
	}
	r.op = op
	return r, true
}

// core returns the byte span of an item without its modifiers and rate.
func core(text string, it item) (int, int) {
	return it.cs, it.ce
}
