package quantity

import (
	"math"
)

// phrase is a number written with digits, words or both.
type phrase struct {
	i, j     int // tokens [i, j)
	val      float64
	ord      bool    // an ordinal ("third", "4th")
	frac     bool    // a fraction ("two thirds", "3/4")
	words    bool    // spelled out, at least partly
	lit      bool    // holds a digit literal
	endScale float64 // multiplier word or suffix at the end ("million"), 0 if none
	power    bool
	dec      bool
}

type parser struct {
	text string
	t    []tok
	spec bool // Recognizers-Text conventions: spaced signs, "1 over 3", "k" after a space

	// elems holds the elements of the cards cardinal has read, one card's
	// after another's (freeElems, keepElems): while they fit in elemStore
	// a card costs no allocation. phraseAt empties it as it starts: every
	// card is read within a phraseAt and dies with it (phrases hold no
	// elements), and no phraseAt runs inside another.
	elems     []elem
	elemStore [16]elem
}

// freeElems is where cardinal writes a card's elements: the free end of
// p.elems.
func (p *parser) freeElems() []elem {
	if p.elems == nil {
		p.elems = p.elemStore[:0]
	}
	return p.elems[len(p.elems):]
}

// keepElems keeps the first n elements of es, a card's elements written
// from freeElems, and returns them: p.elems then ends after them, in its
// own array or, when they outgrew it, in the one append moved them to. The
// result has no room to append into.
func (p *parser) keepElems(es []elem, n int) []elem {
	if cap(es) == cap(p.elems)-len(p.elems) {
		p.elems = p.elems[:len(p.elems)+n]
	} else {
		p.elems = es[:n]
	}
	return es[:n:n]
}

func (p *parser) word(k int) (wordInfo, bool) {
	if k < 0 || k >= len(p.t) || p.t[k].k != kWord || !wordTab.MayHold(p.t[k].low) {
		return wordInfo{}, false
	}
	w, ok := wordTab.Get(p.t[k].low)
	return w, ok
}

func (p *parser) isSym(k int, s string) bool {
	return k >= 0 && k < len(p.t) && p.t[k].k == kSym && p.t[k].low == s
}

func (p *parser) isWord(k int, s string) bool {
	return k >= 0 && k < len(p.t) && p.t[k].k == kWord && p.t[k].low == s
}

// adjacent reports whether token k follows token k-1 with no space.
func (p *parser) adjacent(k int) bool { return k > 0 && k < len(p.t) && !p.t[k].sp }

// numWordAt reports whether token k is a cardinal number word.
func (p *parser) numWordAt(k int) bool {
	w, ok := p.word(k)
	return ok && (w.c == wUnit || w.c == wTeen || w.c == wTens || w.c == wHundred || w.c == wHunds || w.c == wScale || w.c == wDozen)
}

// card is the result of reading a cardinal.
type card struct {
	j         int
	val       float64
	elems     []elem
	lastScale float64 // smallest multiplier word applied (0 if none)
	endScale  float64
	words     bool
	lit       bool
	dec       bool
	hasAnd    bool
	andVal    float64 // value read before the last "and"
	andElem   int     // index in elems of the first element after the last "and"
}

type elem struct {
	k int
	c wclass
	v float64
}

// cardinal reads a cardinal number at token k: digits, words, multiplier
// words, "and", "point". It returns ok=false when nothing is read.
func (p *parser) cardinal(k int, money bool) (card, bool) {
	c := card{elems: p.freeElems()}
	total, hund, small := 0.0, 0.0, 0.0
	lastScale := math.Inf(1)
	prev := wNone
	commit := -1
	var commitVal float64
	var commitElems int
	var commitScale, commitEnd float64
	pendingAnd := false
	andAt := -1
	// rollback point before the current small group
	rbCommit, rbElems := -1, 0
	var rbVal, rbScale, rbEnd float64
	smallAfterAnd := false
	joined := false // a hyphen joined the digits at k to the multiplier word before
	aStart := false
	cur := func() float64 { return total + hund + small }
	save := func(k int) {
		commit = k
		commitVal = cur()
		commitElems = len(c.elems)
		if lastScale != math.Inf(1) {
			commitScale = lastScale
		}
	}
	for k < len(p.t) {
		t := p.t[k]
		if t.nl && prev != wNone {
			break
		}
		if t.k == kWord {
			w, ok := wordTab.Get(t.low)
			if !ok {
				break
			}
			if w.c == wAnd {
				if prev == wNone || pendingAnd || prev == wA {
					break
				}
				pendingAnd = true
				andAt = len(c.elems)
				c.andVal = cur()
				k++
				continue
			}
			switch w.c {
			case wUnit, wTeen, wTens:
				if prev == wA {
					return c, false
				}
				joinTens := prev == wTens && w.c == wUnit && !pendingAnd && small != 0 && math.Mod(small, 10) == 0 && small < 100
				if small != 0 && !joinTens {
					goto stop
				}
				if prev == wLit && small != 0 {
					goto stop
				}
				if pendingAnd && w.v == 0 {
					goto stop
				}
				if small == 0 {
					rbCommit, rbElems, rbVal, rbScale, rbEnd = commit, commitElems, commitVal, commitScale, commitEnd
					smallAfterAnd = pendingAnd || prev == wHundred || prev == wScale || prev == wHunds
				}
				small += w.v
				c.words = true
				c.elems = append(c.elems, elem{k, w.c, w.v})
				prev = w.c
				commitEnd = 0
			case wHundred:
				if pendingAnd || hund != 0 || (small == 0 && prev != wA && (prev != wNone || w.plural)) || (small >= 100 && prev != wLit) {
					if hund != 0 && small != 0 && smallAfterAnd && rbCommit >= 0 {
						commit, commitVal = rbCommit, rbVal
						commitElems, commitScale, commitEnd = rbElems, rbScale, rbEnd
					}
					goto stop
				}
				if small == 0 {
					small = 1
				}
				hund = small * 100
				small = 0
				c.words = true
				c.elems = append(c.elems, elem{k, w.c, 100})
				prev = wHundred
				commitEnd = 100
			case wHunds:
				// "двести", "пятьсот": a whole hundreds word, first or
				// after a multiplier ("пять тысяч триста")
				if pendingAnd || hund != 0 || small != 0 || (prev != wNone && prev != wScale) {
					goto stop
				}
				hund = w.v
				c.words = true
				c.elems = append(c.elems, elem{k, w.c, w.v})
				prev = wHunds
				commitEnd = 0
			case wScale:
				if pendingAnd {
					goto stop
				}
				s := w.v
				n := hund + small
				if n == 0 && (prev == wA || (prev == wNone && !w.plural && s <= 1e3)) {
					n = 1 // "a thousand", "the roughly thousand workers"
				}
				if n == 0 && prev == wNone && (w.one || (w.gen && p.governed(k))) {
					n = 1 // "тысячу саперов", "миллион рублей", "около тысячи"
				}
				switch {
				case total > 0 && s > lastScale:
					total = (total + n) * s
				case n > 0 && s < lastScale:
					total += n * s
				default:
					if n > 0 && smallAfterAnd && rbCommit >= 0 {
						commit, commitVal = rbCommit, rbVal
						commitElems, commitScale, commitEnd = rbElems, rbScale, rbEnd
					}
					goto stop
				}
				lastScale = s
				hund, small = 0, 0
				c.words = true
				c.elems = append(c.elems, elem{k, w.c, s})
				prev = wScale
				commitEnd = s
				if abbrevScale[t.low] && p.isSym(k+1, ".") && p.adjacent(k+1) && k+2 < len(p.t) && !p.t[k+2].nl && !p.t[k+2].cap {
					k++ // "15 тыс. рабочих", "2,5 Mio. Euro"
				} else if abbrevScale[t.low] && p.isSym(k+1, ".") && p.adjacent(k+1) && k+2 < len(p.t) && p.t[k+2].k == kWord {
					if _, isCur := currencyWords[p.t[k+2].low]; isCur {
						k++
					}
				}
			case wDozen:
				if pendingAnd || (small == 0 && prev != wA) {
					goto stop
				}
				if small == 0 {
					small = 1
				}
				small *= 12
				c.words = true
				c.elems = append(c.elems, elem{k, w.c, 12})
				prev = wDozen
				k++
				save(k)
				goto stop
			case wA:
				if prev != wNone {
					goto stop
				}
				nw, ok := p.word(k + 1)
				if !ok || (nw.c != wHundred && nw.c != wScale && nw.c != wDozen) || nw.plural {
					return c, false
				}
				aStart = true
				prev = wA
				k++
				continue
			case wPoint:
				if pendingAnd || prev == wNone || prev == wA || prev == wDozen || c.dec {
					goto stop
				}
				frac, scale, n := 0.0, 0.1, 0
				m := k + 1
				for m < len(p.t) {
					dw, ok := p.word(m)
					if !ok || (dw.c != wUnit && dw.c != wTeen && dw.c != wTens) {
						if p.isSym(m, "-") && n > 0 && p.numWordAt(m+1) {
							m++
							continue
						}
						break
					}
					if dw.c == wUnit {
						frac += dw.v * scale
						scale /= 10
					} else {
						if dw.c == wTens {
							// "seventy-one" = 7 then 1
							frac += (dw.v / 10) * scale
							scale /= 10
							if nw, ok := p.word(m + 1); ok && nw.c == wUnit {
								m++
								frac += nw.v * scale
								scale /= 10
							} else if p.isSym(m+1, "-") {
								if nw, ok := p.word(m + 2); ok && nw.c == wUnit {
									m += 2
									frac += nw.v * scale
									scale /= 10
								}
							}
						} else {
							frac += math.Floor(dw.v/10)*scale + math.Mod(dw.v, 10)*scale/10
							scale /= 100
						}
					}
					n++
					m++
				}
				if n == 0 {
					goto stop
				}
				small += frac
				c.dec = true
				c.elems = append(c.elems, elem{k, wPoint, frac})
				prev = wPoint
				k = m
				save(k)
				pendingAnd = false
				continue
			default:
				goto stop
			}
			pendingAnd = false
			k++
			save(k)
			// hyphen joiner between number words: "twenty-one", "fifty - two"
			if p.isSym(k, "-") && p.numWordAt(k+1) && (prev == wTens || prev == wUnit || prev == wTeen || prev == wHundred) {
				nw, _ := p.word(k + 1)
				if prev == wTens && nw.c == wUnit {
					k++
				} else if prev != wTens && (nw.c == wHundred || nw.c == wScale) {
					k++
				}
			} else if prev == wScale && p.hyphenJoined(k) && p.t[k+1].k == kNum {
				k++ // "four-thousand-100": the digits after the multiplier word
				joined = true
			}
			continue
		}
		if t.k == kNum && !t.uni {
			if prev == wA || prev == wPoint || prev == wDozen {
				goto stop
			}
			if prev != wNone {
				// digits after a multiplier word: "4 thousand 3 hundred and 21"
				if !c.lit && !joined || small != 0 || t.dec || t.sep || (pendingAnd && t.val == 0) {
					goto stop
				}
				if (prev != wScale && prev != wHundred) || t.val >= 1000 || t.val >= lastScale || (prev == wHundred && t.val >= 100) {
					goto stop
				}
				if t.chain || p.gluedModifier(k) {
					goto stop
				}
				rbCommit, rbElems, rbVal, rbScale, rbEnd = commit, commitElems, commitVal, commitScale, commitEnd
				smallAfterAnd = true
			}
			small += t.val
			c.lit = true
			if t.dec {
				c.dec = true
			}
			c.elems = append(c.elems, elem{k, wLit, t.val})
			prev = wLit
			pendingAnd = false
			k++
			commitEnd = 0
			// multiplier suffix: "10k", "1.2bn", "2mil"
			if k < len(p.t) && p.t[k].k == kWord && (!p.t[k].sp || (p.spec && len(p.t[k].low) == 1)) && !t.chain {
				if s := p.suffixScaleAt(k, money); s > 0 && (k+1 >= len(p.t) || p.t[k+1].sp || p.t[k+1].k == kSym) {
					total += small * s
					small = 0
					lastScale = s
					c.elems = append(c.elems, elem{k, wScale, s})
					prev = wScale
					commitEnd = s
					k++
					save(k)
					break
				}
			}
			save(k)
			if t.chain {
				break
			}
			if w, ok := p.word(k + 1); ok && w.c == wScale && !w.plural && !t.dec && p.hyphenJoined(k) {
				k++ // "15-thousand troops": a multiplier word joined to the digits
			}
			continue
		}
		break
	}
stop:
	if commit < 0 {
		return c, false
	}
	_ = aStart
	c.j = commit
	c.val = commitVal
	c.elems = p.keepElems(c.elems, commitElems)
	c.lastScale = commitScale
	c.endScale = commitEnd
	if andAt >= 0 && andAt < len(c.elems) {
		c.hasAnd = true
		c.andElem = andAt
	}
	return c, true
}

// hyphenJoined reports a hyphen at token k written together with the
// tokens on both sides ("15-thousand", "thousand-100"), as a broadcaster's
// house style joins the parts of a number; "15 - 20" and "15-" are no join.
func (p *parser) hyphenJoined(k int) bool {
	return p.isSym(k, "-") && p.adjacent(k) && p.adjacent(k+1)
}

// gluedModifier reports digits at token k written together with a word
// or a hyphen after them ("122-millimeter", "152mm", "40-tonne"): after a
// multiplier word they open a modifier of the counted noun ("2 million
// 122-millimeter shells"), not the rest of the number.
func (p *parser) gluedModifier(k int) bool {
	return k+1 < len(p.t) && p.adjacent(k+1) && (p.t[k+1].k == kWord || p.isSym(k+1, "-") && k+2 < len(p.t) && p.t[k+2].k == kWord && p.adjacent(k+2))
}

// governed reports whether the word before token k governs the genitive,
// so that a genitive singular multiplier at k is one of it ("около тысячи",
// "более миллиона") rather than a vague plural ("тысячи рабочих").
func (p *parser) governed(k int) bool {
	if k == 0 || p.t[k-1].k != kWord {
		return false
	}
	if governWords[p.t[k-1].low] {
		return true
	}
	_, hedge := modifierTab.Get(p.t[k-1].low)
	return hedge
}

var abbrevScale = map[string]bool{"тыс": true, "тис": true, "mio": true, "mrd": true, "mln": true, "bln": true, "млн": true, "млрд": true, "трлн": true}

// denom reads a fraction denominator at k: "fifths", "half", "quarter".
// "second" is left out: "two seconds" is a duration.
func (p *parser) denom(k int) (wordInfo, bool) {
	w, ok := p.word(k)
	if !ok || w.c != wOrd || p.t[k].low == "second" || p.t[k].low == "seconds" {
		return w, false
	}
	return w, true
}

// phraseAt reads the number phrase that starts at token k.
func (p *parser) phraseAt(k int, money bool) (phrase, bool) {
	p.elems = p.elems[:0]
	ph := phrase{i: k}
	neg := false
	start := k
	// sign
	if w, ok := p.word(k); ok && w.c == wMinus {
		if nw, ok := p.word(k + 1); (ok && nw.c != wMinus && nw.c != wAnd && nw.c != wPoint) || (k+1 < len(p.t) && p.t[k+1].k == kNum) {
			neg = true
			k++
		}
	} else if p.isSym(k, "-") && k+1 < len(p.t) && (p.t[k+1].k == kNum || (p.spec && p.numWordAt(k+1))) {
		prevOK := k == 0 || (p.t[k].sp && p.t[k-1].k != kNum) || p.isSym(k-1, "(") || (p.isSym(k-1, "<") || p.isSym(k-1, "="))
		if prevOK && (!p.t[k+1].sp || p.spec) && !p.t[k+1].uni {
			neg = true
			k++
		}
	}
	// standalone fractions and ordinals
	if w, ok := p.word(k); ok && (w.c == wOrd || w.c == wA) {
		if f, n, ok := p.leadFraction(k, money); ok {
			f.i = start
			if neg {
				f.val = -f.val
			}
			_ = n
			return f, true
		}
		if w.c == wOrd {
			if p.t[k].low == "half" || p.t[k].low == "quarter" {
				return ph, false
			}
			ph.j, ph.val, ph.ord, ph.words = k+1, w.v, true, true
			if w.plural {
				return ph, false
			}
			return ph, true
		}
	}
	if k < len(p.t) && p.t[k].uni {
		ph.j, ph.val, ph.frac, ph.lit = k+1, p.t[k].val, true, true
		if neg {
			ph.val = -ph.val
		}
		ph.i = start
		return ph, true
	}
	c, ok := p.cardinal(k, money)
	if !ok {
		return ph, false
	}
	ph.j, ph.val, ph.words, ph.lit, ph.endScale, ph.dec = c.j, c.val, c.words, c.lit, c.endScale, c.dec
	j := c.j
	last := c.elems[len(c.elems)-1]
	// ordinal literal: "4th", "21st"
	if c.lit && len(c.elems) == 1 && j < len(p.t) && p.t[j].k == kWord && !p.t[j].sp {
		switch p.t[j].low {
		case "st", "nd", "rd", "th":
			ph.j, ph.ord = j+1, true
			ph.i = start
			return ph, true
		}
	}
	// word ordinal after a cardinal: "twenty-first", "one hundredth" are
	// handled as fractions below when they can be.
	if c.words && !c.lit {
		if f, ok := p.fraction(c, j); ok {
			f.i = start
			if neg {
				f.val = -f.val
			}
			return f, true
		}
		// "twenty-first" as an ordinal
		if last.c == wTens && j < len(p.t) {
			m := j
			if p.isSym(m, "-") {
				m++
			}
			if w, ok := p.word(m); ok && w.c == wOrd && w.v < 10 && !w.plural && len(c.elems) == 1 {
				ph.j, ph.val, ph.ord = m+1, c.val+w.v, true
				ph.i = start
				return ph, true
			}
		}
	}
	// "and a half" after digits or words: "3 million and a half", "five and a half million"
	if f, ok := p.andFraction(c, j); ok {
		ph = f
	}
	j = ph.j
	// digit fractions, mixed numbers, powers
	if c.lit && !c.words && len(c.elems) == 1 && !c.dec {
		lt := p.t[c.elems[0].k]
		// "3/4", "-4/5"
		if p.isSym(j, "/") && p.adjacent(j) && j+1 < len(p.t) && p.t[j+1].k == kNum && p.adjacent(j+1) && !p.t[j+1].dec && !p.t[j+1].sep &&
			!p.isSym(j+2, "/") && !(p.isSym(j+2, "-") && p.adjacent(j+2)) && !p.slashChainBefore(c.elems[0].k) && p.t[j+1].val != 0 {
			ph.val = lt.val / p.t[j+1].val
			ph.j, ph.frac = j+2, true
			j = ph.j
		} else if j+3 < len(p.t) && p.t[j].k == kNum && p.t[j].sp && !p.t[j].dec && p.isSym(j+1, "/") && p.adjacent(j+1) &&
			p.t[j+2].k == kNum && p.adjacent(j+2) && !p.isSym(j+3, "/") && p.t[j+2].val > p.t[j].val && p.t[j+2].val != 0 {
			// "2 1/4"
			ph.val = lt.val + p.t[j].val/p.t[j+2].val
			ph.j, ph.frac = j+3, true
			j = ph.j
		} else if j+2 < len(p.t) && p.t[j].k == kNum && p.t[j].sp && !p.t[j].dec && p.isSym(j+1, "/") && p.adjacent(j+1) &&
			p.t[j+2].k == kNum && p.adjacent(j+2) && (j+3 >= len(p.t) || !p.isSym(j+3, "/")) && p.t[j+2].val > p.t[j].val && p.t[j+2].val != 0 {
			ph.val = lt.val + p.t[j].val/p.t[j+2].val
			ph.j, ph.frac = j+3, true
			j = ph.j
		}
	}
	if c.lit && !c.words && len(c.elems) == 1 {
		// powers: "1.1^23", "2.5^-1", "1.3x10^6"
		m := j
		base := ph.val
		if m+1 < len(p.t) && p.t[m].k == kWord && p.t[m].low == "x" && p.adjacent(m) && p.t[m+1].k == kNum && p.t[m+1].val == 10 && p.adjacent(m+1) && p.isSym(m+2, "^") {
			m += 2
			base = 10
		}
		if p.isSym(m, "^") && p.adjacent(m) {
			n := m + 1
			sign := 1.0
			for n < len(p.t) && (p.isSym(n, "-") || p.isSym(n, "+")) && p.adjacent(n) {
				if p.t[n].low == "-" {
					sign = -sign
				}
				n++
			}
			if n < len(p.t) && p.t[n].k == kNum && p.adjacent(n) {
				e := sign * p.t[n].val
				if base == 10 && m != j {
					ph.val = ph.val * math.Pow(10, e)
				} else {
					ph.val = math.Pow(base, e)
				}
				ph.j, ph.power = n+1, true
			}
		}
	}
	// spec: "1 over 3", "one out of three", "2 in 5"
	if p.spec && !ph.frac && !ph.power {
		if f, ok := p.overFraction(ph); ok {
			ph = f
		}
	}
	if neg {
		ph.val = -ph.val
	}
	ph.i = start
	return ph, true
}

// slashChainBefore reports whether the literal at k is the tail of a
// "5/17/2018" or "222-2222/2222" chain.
func (p *parser) slashChainBefore(k int) bool {
	return k >= 2 && p.adjacent(k) && (p.isSym(k-1, "/") || p.isSym(k-1, "-")) && p.t[k-2].k == kNum && p.adjacent(k-1)
}

// leadFraction reads "a half", "a third", "half a dozen", "half million",
// "a quarter million", "a twenty-first".
func (p *parser) leadFraction(k int, money bool) (phrase, int, bool) {
	ph := phrase{i: k, words: true, frac: true}
	m := k
	num := 1.0
	if w, _ := p.word(m); w.c == wA {
		m++
	}
	// "a twenty-first"
	if w, ok := p.word(m); ok && w.c == wTens && m > k {
		n := m + 1
		if p.isSym(n, "-") {
			n++
		}
		if d, ok := p.denom(n); ok && d.v < 10 && !d.plural {
			ph.val, ph.j = num/(w.v+d.v), n+1
			return ph, n + 1, true
		}
		return ph, 0, false
	}
	d, ok := p.denom(m)
	if !ok || d.plural || d.v == 1 {
		return ph, 0, false
	}
	if m == k && d.v != 2 && d.v != 4 {
		return ph, 0, false // a bare "third" is an ordinal
	}
	val := num / d.v
	m++
	// "half a dozen", "half a million", "half million", "a quarter million"
	if w, ok := p.word(m); ok && w.c == wA {
		if s, ok := p.word(m + 1); ok && (s.c == wScale || s.c == wDozen || s.c == wHundred) && !s.plural && d.v <= 4 {
			ph.val, ph.j, ph.endScale = val*s.v, m+2, s.v
			return ph, m + 2, true
		}
	}
	if s, ok := p.word(m); ok && (s.c == wScale || s.c == wHundred) && !s.plural && d.v <= 4 {
		ph.val, ph.j, ph.endScale = val*s.v, m+1, s.v
		return ph, m + 1, true
	}
	if m-1 == k && d.v == 4 {
		return ph, 0, false // "quarter" alone is a period of the year
	}
	ph.val, ph.j = val, m
	return ph, m, true
}

// fraction reads a word fraction whose numerator c was just read:
// "two thirds", "one hundred and three quarters", "twenty twenty fifths".
func (p *parser) fraction(c card, j int) (phrase, bool) {
	ph := phrase{i: c.elems[0].k, words: true, frac: true}
	last := c.elems[len(c.elems)-1]
	m := j
	if p.isSym(m, "-") && p.adjacent(m) || p.isSym(m, "-") && p.t[m].sp {
		m++
	}
	// compound denominator after the cardinal: "twenty twenty fifths", "three twenty-firsts"
	if w, ok := p.word(m); ok && w.c == wTens {
		n := m + 1
		if p.isSym(n, "-") {
			n++
		}
		if d, ok := p.denom(n); ok && d.v < 10 && d.v != 2 && d.v != 4 && pluralOK(c.val, d.plural) {
			ph.val, ph.j = c.val/(w.v+d.v), n+1
			return p.fracScale(ph)
		}
		return ph, false
	}
	// "one one hundred fifth": a second cardinal ending in hundred or a scale
	if w, ok := p.word(m); ok && (w.c == wUnit || w.c == wTeen) && m == j {
		c2, ok := p.cardinal(m, false)
		if ok && len(c2.elems) > 1 {
			l2 := c2.elems[len(c2.elems)-1]
			n := c2.j
			if p.isWord(n, "and") {
				n++
			}
			if d, ok := p.denom(n); ok && (l2.c == wHundred || l2.c == wScale) && d.v < 100 && pluralOK(c.val, d.plural) {
				ph.val, ph.j = c.val/(c2.val+d.v), n+1
				return ph, true
			}
		}
		return ph, false
	}
	d, ok := p.denom(m)
	if !ok || d.v == 1 && !d.plural {
		return ph, false
	}
	den := d.v
	num := c.val
	if c.hasAnd {
		num = c.val - c.andVal
	}
	if !pluralOK(num, d.plural) && !(d.v == 2 && num == 1) {
		return ph, false
	}
	num = c.val
	switch {
	case c.hasAnd:
		// "X and Y Nths": Y/N added to X when a proper fraction
		r := num - c.andVal
		if r/den < 1 {
			mult := 1.0
			if s, ok := p.word(m + 1); ok && s.c == wScale && !s.plural {
				mult = s.v
				m++
				ph.endScale = s.v
			} else if c.lastScale >= 1e6 {
				mult = c.lastScale
			}
			ph.val = c.andVal + r/den*mult
			ph.j = m + 1
			return ph, true
		}
		ph.val = num / den
	case last.c == wTens && len(c.elems) > 1 && d.v < 10 && d.v != 2 && d.v != 4:
		ph.val = (num - last.v) / (last.v + d.v)
	default:
		ph.val = num / den
	}
	ph.j = m + 1
	return p.fracScale(ph)
}

// fracScale applies "of a million" or "billion" after a fraction.
func (p *parser) fracScale(ph phrase) (phrase, bool) {
	m := ph.j
	if p.isWord(m, "of") && p.isWord(m+1, "a") {
		if s, ok := p.word(m + 2); ok && s.c == wScale && !s.plural {
			ph.val *= s.v
			ph.j, ph.endScale = m+3, s.v
			return ph, true
		}
	}
	if s, ok := p.word(m); ok && s.c == wScale && !s.plural && ph.val < 1 {
		ph.val *= s.v
		ph.j, ph.endScale = m+1, s.v
	}
	return ph, true
}

func pluralOK(num float64, plural bool) bool {
	if num == 1 {
		return !plural
	}
	return plural
}

// andFraction reads "and a half", "and three quarters", "and a half
// million" after a cardinal.
func (p *parser) andFraction(c card, j int) (phrase, bool) {
	ph := phrase{i: c.elems[0].k, j: j, val: c.val, words: c.words, lit: c.lit, endScale: c.endScale}
	// "seven-and-a-half": the words joined by hyphens, each hyphen written
	// close on both sides
	hyph := c.words && p.isSym(j, "-") && p.adjacent(j) && p.adjacent(j+1)
	if hyph {
		j++
	}
	if !p.isWord(j, "and") {
		return ph, false
	}
	m := j + 1
	if hyph {
		if !p.isSym(m, "-") || !p.adjacent(m) || !p.adjacent(m+1) {
			return ph, false
		}
		m++
	}
	num := 0.0
	if w, ok := p.word(m); ok && (w.c == wA || w.c == wUnit || w.c == wTeen || w.c == wTens) {
		if w.c == wA {
			num = 1
		} else {
			num = w.v
		}
		m++
		if w.c == wTens {
			if p.isSym(m, "-") {
				m++
			}
			if u, ok := p.word(m); ok && u.c == wUnit {
				num += u.v
				m++
			}
		}
	} else {
		return ph, false
	}
	if hyph {
		if !p.isSym(m, "-") || !p.adjacent(m) || !p.adjacent(m+1) {
			return ph, false
		}
		m++
	}
	// "and a thirtieth", "and three fifths"
	d, ok := p.denom(m)
	if !ok || !pluralOK(num, d.plural) {
		return ph, false
	}
	f := num / d.v
	if f >= 1 {
		return ph, false
	}
	m++
	mult := 1.0
	if c.lastScale >= 1e6 {
		mult = c.lastScale
	}
	if s, ok := p.word(m); ok && s.c == wScale && !s.plural {
		if c.lastScale == 0 {
			ph.val = (c.val + f) * s.v
		} else {
			ph.val = c.val + f*s.v
		}
		ph.endScale = s.v
		ph.j = m + 1
		ph.frac = true
		return ph, true
	}
	ph.val = c.val + f*mult
	ph.j = m
	ph.frac = true
	return ph, true
}

// overFraction reads "1 over 3", "one out of three", "2 in 5" (spec mode).
func (p *parser) overFraction(ph phrase) (phrase, bool) {
	m := ph.j
	kind := ""
	switch {
	case p.isWord(m, "over"):
		kind, m = "over", m+1
	case p.isWord(m, "out") && p.isWord(m+1, "of"):
		kind, m = "out", m+2
	case p.isWord(m, "in"):
		kind, m = "in", m+1
	default:
		return ph, false
	}
	if ph.i > 0 && (p.isSym(ph.i-1, "$") || p.t[ph.i-1].low == "than") {
		return ph, false
	}
	q, ok := p.cardinal(m, false)
	if !ok || q.val == 0 || q.dec {
		return ph, false
	}
	if q.j < len(p.t) && p.t[q.j].k == kWord {
		if _, isNum := wordTab.Get(p.t[q.j].low); !isNum && kind == "over" {
			return ph, false
		}
	}
	if kind != "over" && ph.val > q.val {
		return ph, false
	}
	ph.val /= q.val
	ph.j = q.j
	ph.frac = true
	return ph, true
}
