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
	p := &parser{text: text, t: tokenize(text, cfgFor(lang, spec)), spec: spec}
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

func (p *parser) number(ph phrase) Number {
	s, e := p.t[ph.i].s, p.t[ph.j-1].e
	return Number{Start: s, End: e, Text: p.text[s:e], Value: ph.val, Ordinal: ph.ord, Fraction: ph.frac, Power: ph.power, Spelled: ph.words}
}

// pronounOne reports "one" used as a pronoun: "this one", "which one".
func (p *parser) pronounOne(ph phrase) bool {
	if ph.j-ph.i != 1 || p.t[ph.i].low != "one" {
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
	p := &parser{text: text, t: tokenize(text, cfgFor(lang, true)), spec: true}
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
		if used[t.s] {
			continue
		}
		isPct := t.k == kWord && (t.low == "percent" || t.low == "percents" || t.low == "percentage")
		n := k + 1
		if p.isWord(k, "per") && p.isWord(k+1, "cent") {
			isPct, n = true, k+2
		}
		if t.k == kSym && t.low == "%" && t.sp && (k+1 >= len(p.t) || p.t[k+1].sp) {
			out = append(out, UnitAmount{Start: t.s, End: t.e})
			continue
		}
		if !isPct {
			continue
		}
		if p.isWord(n, "of") {
			if ph, ok := p.phraseAt(n+1, false); ok && !ph.ord {
				out = append(out, UnitAmount{Start: t.s, End: p.t[ph.j-1].e, Value: ph.val, HasValue: true})
				k = ph.j - 1
				continue
			}
		}
		out = append(out, UnitAmount{Start: t.s, End: p.t[n-1].e})
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
	p := &parser{text: text, t: tokenize(text, cfgFor(lang, true)), spec: true}
	for _, t := range p.t {
		if used[t.s] || t.k != kWord {
			continue
		}
		switch t.low {
		case "dollar", "dollars", "rmb":
			c := currencyWords[t.low]
			out = append(out, UnitAmount{Start: t.s, End: t.e, UnitName: c.name, ISO: c.iso})
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

// Ranges returns the comparisons and ranges of text.
func Ranges(text, lang string) []Range {
	var out []Range
	for _, it := range analyze(text, lang, true) {
		v := it.q.Value
		f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
		var s string
		switch v.Bound {
		case doc.BoundRange:
			r := ")"
			if !it.highOpen {
				r = "]"
			}
			l := "["
			if it.lowOpen {
				l = "("
			}
			s = l + f(v.Low) + "," + f(v.High) + r
		case doc.BoundMin:
			l := "["
			if it.lowOpen {
				l = "("
			}
			s = l + f(v.Number) + ",)"
		case doc.BoundMax:
			r := "]"
			if it.highOpen {
				r = ")"
			}
			s = "(," + f(v.Number) + r
		default:
			continue
		}
		out = append(out, Range{Start: it.q.Start, End: it.q.End, Interval: s})
	}
	return out
}

// core returns the byte span of an item without its modifiers and rate.
func core(text string, it item) (int, int) {
	return it.cs, it.ce
}
