package quantity

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
