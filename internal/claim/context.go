package claim

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
	"github.com/dossier-osint/dossier/internal/topic"
)

// made is a claim already built, with the sentence it came from, so that
// later figures can borrow what an elliptical figure leaves out.
type made struct {
	si int
	c  doc.Claim
}

// inherited is what an elliptical figure borrows and where from.
type inherited struct {
	counted, unit, place, how string
	from                      int // start of the figure borrowed from, or -1
	// ante is the claim of an earlier sentence the figure leans on, nil
	// when it borrows within its sentence
	ante *doc.Claim
}

// partitiveLead finds a partitive lead, "Of last year's arrivals, ...":
// the start of what it is of, and the end past its comma; ok false for
// none. It reads the pattern
//
//	(?i)^\s*of\s+([^,]{3,80}),
//
// by hand (its compilation, 35 us warm and some 110 us cold, was paid
// for a few sentences a run): the group runs to the first comma, and a
// group of fewer than three runes takes the white space before it
// that \s+ gives back, keeping one. TestPartitiveLead and
// FuzzPartitiveLead check it against the pattern.
func partitiveLead(s string) (start, end int, ok bool) {
	i := 0
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	if len(s)-i < 2 || s[i]|0x20 != 'o' || s[i+1]|0x20 != 'f' {
		return 0, 0, false
	}
	i += 2
	p := i
	for p < len(s) && reSpace(s[p]) {
		p++
	}
	c := strings.IndexByte(s[p:], ',')
	if p == i || c < 0 {
		return 0, 0, false
	}
	end = p + c + 1
	n := utf8.RuneCountInString(s[p : p+c])
	if n > 80 || n < 3 && 3-n > p-i-1 {
		return 0, 0, false
	}
	return p - max(3-n, 0), end, true
}

// inherit finds the counted phrase of a figure followed by no noun (rs is
// its offset in the sentence): the noun of "the number of X" before it,
// a partitive lead ("Of last year's arrivals, 2,700 came ..."), an earlier
// figure of the sentence ("13,221 entries ..., compared with 6,263 in
// 2023"), or for "put the number at N" the last figure of the paragraph.
func (x *extractor) inherit(si, rs, re int) (inherited, bool) {
	s := x.sents[si]
	before := s.text[:rs]
	if end := numberOfEnd(before); end >= 0 {
		if ph, _, _, _ := countedPhrase(s.text, s.tokens(), end-1); ph != "" {
			if u := unitOf(ph); u != "" {
				in := inherited{counted: ph, unit: u, how: "the number of " + ph, from: -1}
				if genericCounted(ph) {
					// "The largest number of travellers was for tourism, at
					// 4,310": a generic noun leaves whose visitors to the
					// total stated before, which the figure breaks down
					in.ante = x.breakdownTotal(s.para, u)
				}
				return in, true
			}
		}
	}
	if lead, end, ok := partitiveLead(s.text); ok && end <= rs {
		// "Of those entries,", "Of last year's arrivals,"
		k := 0
		for k < len(s.tokens()) && s.tokens()[k].start < lead {
			k++
		}
		for k < len(s.tokens()) && (determiners[s.tokens()[k].lower] || possessivePronoun[s.tokens()[k].lower] != "") {
			k++
		}
		k = skipTimePossessive(s.tokens(), k)
		start := lead
		if k < len(s.tokens()) {
			start = s.tokens()[k].start
		}
		if ph, _, _, _ := countedPhrase(s.text, s.tokens(), start-1); ph != "" {
			if u := unitOf(ph); u != "" {
				in := inherited{counted: ph, unit: u, how: "partitive of " + ph, from: -1}
				// "Of those arrivals": the figure that introduced them (the
				// one the source in force was set by), else the figure before
				if f := x.fr.claim; f != nil && f.Unit == u && (x.fr.inPara(s.para) || x.fr.inPara(x.prevBodyPara(s.para))) {
					in.ante = f
				} else if m, ok := x.antecedent(s.para); ok && m.c.Unit == u {
					in.ante = &m.c
				}
				return in, true
			}
		}
	}
	for k := len(x.made) - 1; k >= 0; k-- {
		m := x.made[k]
		if m.si != si {
			break
		}
		if m.c.Counted != "" && m.c.Start < s.start+rs && countUnit(m.c.Unit) {
			c := m.c
			return inherited{counted: m.c.Counted, unit: m.c.Unit, place: m.c.Place, how: "the figure before it in the sentence", from: m.c.Start, ante: &c}, true
		}
	}
	if (numberAt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(before), "about"))) || numberAt(before)) && !tollBefore(before) {
		if m, ok := x.paraCount(s.para); ok {
			return inherited{counted: m.c.Counted, unit: m.c.Unit, place: m.c.Place, how: "the figure it puts a number on", from: -1}, true
		}
	}
	// the counted thing in force: a figure that is the subject of a verb
	// ("only 80 came"), stands in brackets ("business (140)"), after a
	// label and a dash ("частные поездки — 286"), or with "another" counts
	// what the figures before it in the paragraph (or, at a paragraph's
	// start, the paragraph before) count
	if theirNumber(before) {
		// "their number dropped from 52,000 to 9,000": the number of
		// what the figures before counted
		if m, ok := x.antecedent(s.para); ok && countUnit(m.c.Unit) {
			return inherited{counted: m.c.Counted, unit: m.c.Unit, place: m.c.Place, how: "the number of what the figure before counts", from: -1, ante: &m.c}, true
		}
	}
	if in, ok := x.listInherit(si, rs, re); ok {
		return in, true
	}
	if how := ellipticalFigure(s, rs, re); how != "" {
		if m, ok := x.antecedent(s.para); ok {
			return inherited{counted: m.c.Counted, unit: m.c.Unit, place: m.c.Place, how: how + ", counting what the figure before it counts",
				from: -1, ante: &m.c}, true
		}
	}
	return inherited{}, false
}

// breakdownTotal is the total a part of paragraph para breaks down: the
// figure that set the source in force, when that was set in this
// paragraph or the two body paragraphs before it and counts in unit u
// (the figures between, "This figure rose from 1,117", lean on it and
// are no totals of their own), else the last count of the paragraph or
// the one before it in that unit; nil for none.
func (x *extractor) breakdownTotal(para int, u string) *doc.Claim {
	if f := x.fr.claim; x.fr.set && f != nil && f.Unit == u {
		p := para
		for k := 0; k < 3; k++ {
			if x.fr.para == p || x.fr.reach == p {
				// the figure as built, with its source and indicator
				for k := len(x.made) - 1; k >= 0; k-- {
					if x.made[k].c.Start == f.Start && x.made[k].c.End == f.End {
						return &x.made[k].c
					}
				}
				return f
			}
			q := x.prevBodyPara(p)
			if q == p {
				break
			}
			p = q
		}
	}
	if m, ok := x.antecedent(para); ok && m.c.Unit == u {
		return &m.c
	}
	return nil
}

// antecedent is the last claim counting things in the paragraph, else in
// the paragraph before it.
func (x *extractor) antecedent(para int) (made, bool) {
	if m, ok := x.paraCount(para); ok {
		return m, true
	}
	if p := x.prevBodyPara(para); p != para {
		return x.paraCount(p)
	}
	return made{}, false
}

// paraCount is the last claim counting things in the paragraph.
func (x *extractor) paraCount(para int) (made, bool) {
	k, ok := x.paraCounted[para]
	if !ok {
		return made{}, false
	}
	return x.made[k], true
}

// ofThemRE: "2,300 of them", "600 из них", "300 з них" after a figure.
var ofThemRE = mustFiltered(`(?i)^(of them|of whom|of those\b|из них|з них|із них)`)

var themWords = set(`их них їх них они вони them they`)

var anotherWords = set(`another other еще ещё ще іще другие інші`)

// ellipticalFigure says how a figure with no counted noun leans on the
// figures before it, or "" when it does not: a verb right after it, a
// bracket around it, a dash or colon before it, "another" before it.
func ellipticalFigure(s *sent, rs, re int) string {
	before := strings.TrimRight(s.text[:rs], " \t\u00a0")
	after := strings.TrimLeft(s.text[re:], " \t\u00a0")
	switch {
	case strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")"):
		return "a figure in brackets"
	case strings.HasSuffix(before, "—") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, ":"):
		return "a figure after a label"
	case strings.HasPrefix(after, "—") || strings.HasPrefix(after, "–"):
		return "a figure before its label" // "1648 — в качестве ..."
	case ofThemRE.MatchString(after):
		return "a part of the figure before"
	case comparedWith(before):
		return "the base of a comparison"
	case strings.HasPrefix(after, "who ") || strings.HasPrefix(after, "whom "):
		return "a figure a relative clause describes" // "the roughly 600 who came"
	case absoluteFigure(s, rs, re):
		return "the figure of an absolute clause" // "with just three listing study"
	}
	k := 0
	for k < len(s.tokens()) && s.tokens()[k].end <= rs {
		k++
	}
	if k > 0 && anotherWords[s.tokens()[k-1].lower] && s.tokens()[k-1].punctAfter == 0 {
		return "another figure"
	}
	// "их будет до 50 тыс.", "їх стане 20 тисяч": a figure for them
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if themWords[s.tokens()[j].lower] {
			return "a figure for them"
		}
		if s.tokens()[j].punctAfter != 0 && j < k-1 {
			break
		}
	}
	for i, t := range s.tokens() {
		if t.start >= re {
			if firstIsVerb(s.tokens(), i) || isCyrillicWord(t.text) && hasAnySuffix(t.lower, verbEndings) || beVerbs[t.lower] {
				return "the subject of a verb"
			}
			break
		}
	}
	return ""
}

var beVerbs = set(`were was are is had have has will would could came went gave got took made`)

// absoluteHedges may stand between "with" and the figure of an absolute
// clause.
var absoluteHedges = set(`just only some about around nearly almost roughly another`)

// absoluteFigure reports the figure of an absolute clause, "with" before
// it and a participle after it: "..., with just three listing “study” as
// the purpose", "with 40 citing work": it counts what the figure before
// it counts.
func absoluteFigure(s *sent, rs, re int) bool {
	toks := s.tokens()
	k := 0
	for k < len(toks) && toks[k].end <= rs {
		k++
	}
	j := k - 1
	for j >= 0 && absoluteHedges[toks[j].lower] && toks[j].punctAfter == 0 {
		j--
	}
	if j < 0 || toks[j].lower != "with" || toks[j].punctAfter != 0 {
		return false
	}
	for i := k; i < len(toks); i++ {
		if toks[i].start >= re {
			w := toks[i].lower
			return strings.HasSuffix(w, "ing") && len(w) > 5 && !strings.HasSuffix(w, "thing")
		}
	}
	return false
}

// countUnit reports whether a unit counts things (not money, ratio or percent).
func countUnit(u string) bool {
	return u != "" && u != "ratio" && u != "percent" && !topic.IsMoney(u)
}

// firstAfterIsVerb reports whether the word after the figure ending at re
// is a verb ("2,700 came"), so that a unit the quantity finder guessed
// from it is no counted noun.
func firstAfterIsVerb(s *sent, re int) bool {
	for i, t := range s.tokens() {
		if t.start >= re {
			return firstIsVerb(s.tokens(), i)
		}
	}
	return false
}

var comparativeAfterTimes = set(`as more higher larger bigger greater smaller fewer less lower the that over what`)
var entryVerbs = set(`enter entered enters entering come came comes coming cross crossed crosses crossing arrive arrived arrives`)
var visitVerbs = set(`visit visited visits visiting`)

// tripVerbs count journeys: "N times" after one counts trips.
var tripVerbs = set(`travel travels traveled travelled traveling travelling sail sails sailed sailing fly flies flew
flown flying journey journeys journeyed shuttle shuttles shuttled shuttling commute commutes commuted commuting
drive drives drove driven voyage voyaged ply plied plies`)

// timesUnit types "N times": a ratio when a comparison follows ("six times
// as many"), else a count of occurrences of the verb before it ("entered
// Russia 6,263 times": entry); small spelled-out counts of occurrences
// ("three times a year") are frequencies, not figures (ok false).
func timesUnit(s *sent, rs, re int, lowerText string) (string, bool) {
	i := 0
	for i < len(s.tokens()) && s.tokens()[i].start < re {
		i++
	}
	// i is the token after "times" when the quantity text holds it, or "times"
	if i < len(s.tokens()) && s.tokens()[i].lower == "times" {
		i++
	}
	if i < len(s.tokens()) && comparativeAfterTimes[s.tokens()[i].lower] {
		return "ratio", true
	}
	lt := strings.TrimSuffix(strings.TrimSpace(lowerText), " times")
	if smallWords[lt] || lt == "twice" || lt == "once" {
		return "", false
	}
	k := 0
	for k < len(s.tokens()) && s.tokens()[k].end <= rs {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		lw := s.tokens()[j].lower
		if entryVerbs[lw] {
			return "entry", true
		}
		if visitVerbs[lw] {
			return "visit", true
		}
		if tripVerbs[lw] {
			return "trip", true // "the tanker sailed 43 times to the port"
		}
		if s.tokens()[j].punctAfter != 0 && j < k-1 {
			break
		}
	}
	return "time", true
}

var currencyNouns = map[string]string{"dollar": "USD", "dollars": "USD", "rouble": "RUB", "roubles": "RUB",
	"ruble": "RUB", "rubles": "RUB", "euro": "EUR", "euros": "EUR", "yuan": "CNY"}

// moneyPhrase recognizes a counted phrase naming a currency ("dollars",
// "million dollars", "US dollars") and the multiplier a scale word before
// the currency gives.
func moneyPhrase(phrase string) (cur string, mult float64, ok bool) {
	var wsBuf [8]string
	ws := appendFields(wsBuf[:0], strings.ToLower(phrase))
	if len(ws) == 0 {
		return "", 0, false
	}
	cur, ok = currencyNouns[ws[len(ws)-1]]
	if !ok {
		return "", 0, false
	}
	mult = 1
	for _, w := range ws[:len(ws)-1] {
		switch w {
		case "thousand":
			mult *= 1e3
		case "million", "millions":
			mult *= 1e6
		case "billion", "billions":
			mult *= 1e9
		case "trillion":
			mult *= 1e12
		case "us", "u.s.", "american", "of":
		default:
			return "", 0, false
		}
	}
	return cur, mult, true
}

func scaleValue(v doc.Value, m float64) doc.Value {
	v.Number *= m
	v.Low *= m
	v.High *= m
	return v
}

// ratioWords are growth words the quantity finder may leave untyped.
var ratioWords = map[string]float64{"doubled": 2, "doubling": 2, "double": 2, "twice": 2, "tripled": 3, "triple": 3,
	"trebled": 3, "thrice": 3, "quadrupled": 4}

// ratioStart turns most words away before the look-up in ratioWords.
var ratioStart = topic.NewWordFilter(ratioWords)

var foldWords = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100}

// ratioQuantities finds growth ratios written as words ("doubled",
// "twice as many", "twelvefold", "six-fold") in sentence s that no
// quantity covers.
func ratioQuantities(s *sent, qs []doc.Quantity) []doc.Quantity {
	var out []doc.Quantity
	covered := func(a, b int) bool {
		for _, q := range qs {
			if q.Start < b && a < q.End {
				return true
			}
		}
		return false
	}
	if !s.ratio {
		return nil // no ratio word (wordCues)
	}
	toks := s.tokens()
	for i := range toks {
		t := &toks[i] // not a copy of the 56-byte token: most are read for one test
		var n float64
		ok := false
		if ratioStart.May(t.lower) {
			n, ok = ratioWords[t.lower]
		}
		if ok {
			next := ""
			if i+1 < len(s.tokens()) && t.punctAfter == 0 {
				next = s.tokens()[i+1].lower
			}
			switch t.lower {
			case "twice", "thrice":
				ok = next == "as" || next == "the" || next == "that"
			case "double", "triple":
				ok = next == "the" || next == "that" || next == "its" || next == "their" || next == "in" || next == "" || next == "from"
				if i > 0 {
					if p := s.tokens()[i-1].lower; p == "to" || p == "than" || p == "nearly" || p == "almost" {
						ok = true
					}
				}
			}
		} else if strings.HasSuffix(t.lower, "fold") {
			w := strings.TrimSuffix(strings.TrimSuffix(t.lower, "fold"), "-")
			n, ok = foldWords[w]
		}
		if !ok {
			continue
		}
		a, b := s.start+t.start, s.start+t.end
		if covered(a, b) {
			continue
		}
		out = append(out, doc.Quantity{Start: a, End: b, Text: t.text, Kind: doc.QRatio, Value: doc.Exact(n), Unit: "ratio", Rule: "claim: ratio word"})
	}
	return out
}

var abroadRE = mustFiltered(`(?i)\b(abroad|overseas|worldwide|around the world|across the world|globally)\b`)

// abroadWords: what abroadRE needs in the lower-cased text
var abroadWords = literalNeedles([]string{"abroad", "overseas", "worldwide", "around the world", "across the world", "globally"})

// localPlace is the place a sentence that names none after its figure
// gives: "abroad" for "working abroad", or the region "the region" refers
// to ("Officials in Sakhalin said 600 worked in the region's ...").
func (x *extractor) localPlace(si, rs int) string {
	s := x.sents[si]
	if !s.placeDone { // asked for each figure of the sentence: read once
		lower := s.lowerText()
		s.abroad = abroadWords.in(lower) && abroadRE.MatchString(s.text)
		s.region = !s.abroad && strings.Contains(lower, "the ") && theRegion.in(s.text)
		s.placeDone = true
	}
	if s.abroad {
		return "abroad"
	}
	if s.region {
		if m, ok := x.n.lastBefore(s.pstart, s.start+rs, doc.LOC); ok {
			return x.n.canonical(m)
		}
	}
	return ""
}

// contextPlace is the place a figure whose sentence names none is taken to
// be about when matching it to an indicator: the place of the figure
// before it in the paragraph, else the article's place. It is not stored
// as the claim's place.
func (x *extractor) contextPlace(si int) string {
	if p, ok := x.paraPlace[x.sents[si].para]; ok {
		return p
	}
	return x.articlePlace()
}

// articlePlace is the place the article is about: the first place in the
// title or the first two body paragraphs named after "in", "to", "into" or
// "across", else the first place named there that is not a speaker
// ("Seoul says").
func (x *extractor) articlePlace() string {
	if x.artPlaceDone {
		return x.artPlace
	}
	x.artPlaceDone = true
	first := ""
	paras := 0
	for _, p := range x.a.Paragraphs {
		if p.Kind != doc.KindTitle && p.Kind != doc.KindBody {
			continue
		}
		if p.Kind == doc.KindBody {
			paras++
			if paras > 2 {
				break
			}
		}
		for _, m := range x.n.in(p.Start, p.End, doc.LOC) {
			pre := strings.ToLower(strings.TrimSpace(x.a.Text[max(p.Start, m.Start-8):m.Start]))
			if strings.HasSuffix(pre, " in") || strings.HasSuffix(pre, " to") || strings.HasSuffix(pre, "into") || strings.HasSuffix(pre, "across") ||
				pre == "in" || pre == "to" || cyrPlacePrep(pre) {
				x.artPlace = x.n.canonical(m)
				return x.artPlace
			}
			post := strings.ToLower(x.a.Text[m.End:min(p.End, m.End+8)])
			if first == "" && !strings.HasPrefix(post, " says") && !strings.HasPrefix(post, " said") && !strings.HasPrefix(post, "'s") && !strings.HasPrefix(post, "’s") {
				first = x.n.canonical(m)
			}
		}
	}
	x.artPlace = first
	return first
}

// anaphorDeterminers before a figure or its counted noun point back to
// what an earlier sentence counted: "50 such missiles", "these 300
// containers".
var anaphorDeterminers = set(`such these those same такие таких этих эти тех те ці цих такі таких тих ті`)

// anaphoricCount reports a figure whose counted noun points back: an
// anaphoric determiner just before the figure or between it and its
// counted noun.
func anaphoricCount(s *sent, c doc.Claim) bool {
	rs, re := c.Start-s.start, c.End-s.start
	toks := s.tokens()
	for i := range toks {
		t := &toks[i]
		if t.end <= rs && i+1 < len(toks) && toks[i+1].start >= rs && anaphorDeterminers[t.lower] && t.punctAfter == 0 {
			return true // "these 300 containers"
		}
		if t.start >= re {
			// "50 such missiles": the words up to the counted noun
			k := strings.Index(s.text[re:], c.Counted)
			if c.Counted == "" || k < 0 || t.start >= re+k {
				break
			}
			if anaphorDeterminers[t.lower] {
				return true
			}
		}
	}
	return false
}

// locativePreps put a name as where a figure is or goes ("in Russia",
// "to Moscow", "bound for Caracas"), not as who acts; "from" names an
// origin, which may be the actor, and is none of them.
var locativePreps = set(`in to into at across within throughout inside for toward towards в во на до по ко к у`)

// lowerCountries are the countries and nationalities sentence s writes in
// lower case, which the name finder leaves out ("russian factories will
// produce ...", as some outlets write it): words of six letters or more
// that name a country (entity.CountryCode), less common words that do
// ("turkey", "guinea"). They are returned as LOC mentions, in text order
// after the found names (namesOtherPlace reads each on its own).
func lowerCountries(s *sent) []doc.Mention {
	var out []doc.Mention
	for _, t := range s.tokens() {
		if len(t.lower) < 6 || t.text != t.lower || commonCountryWords[t.lower] || entity.CountryCode(t.lower) == "" {
			continue
		}
		out = append(out, doc.Mention{Start: s.start + t.start, End: s.start + t.end, Text: t.text, Type: doc.LOC})
	}
	return out
}

// commonCountryWords are lower-case words that are also a country's name.
var commonCountryWords = set(`turkey guinea jordan georgia chinese`)

// insideMention reports whether m lies inside one of ms (and is not it).
func insideMention(m doc.Mention, ms []doc.Mention) bool {
	for _, o := range ms {
		if o.Start <= m.Start && m.End <= o.End && o.End-o.Start > m.End-m.Start {
			return true
		}
	}
	return false
}

// makingVerbs before "in" make the place a maker: "made in Colombia".
var makingVerbs = set(`made produced manufactured built assembled fabricated developed designed`)

// namesOtherPlace reports whether sentence s names a country, region or
// people (a place, or a nationality that stands for one) other than as
// where something is or goes: "russian factories ... (compared to 1.3
// million in the countries of Europe)", "Russia's construction sector
// employs ...", "made in Colombia". A name after "in", "to", "into" (and the names joined to
// it by "and", "or" or a comma) is a location or a destination; a name
// inside an organization's ("South Korea's Defense Ministry") is none.
func (x *extractor) namesOtherPlace(s *sent) bool {
	located := false
	orgs := x.n.in(s.start, s.end, doc.ORG)
	for _, m := range append(x.n.in(s.start, s.end, doc.LOC, doc.MISC), lowerCountries(s)...) {
		if m.Type == doc.MISC && !strings.HasPrefix(m.Entity, "loc:") || insideMention(m, orgs) {
			continue // "South Korea's Defense Ministry" names a body
		}
		pre := strings.Fields(strings.ToLower(x.a.Text[max(s.start, m.Start-24):m.Start]))
		if n := len(pre); n > 0 && pre[n-1] == "the" {
			pre = pre[:n-1]
		}
		w, verb := "", ""
		if n := len(pre); n > 0 {
			w = pre[n-1]
			if n > 1 {
				verb = pre[n-2]
			}
		}
		switch {
		case locativePreps[w] && !makingVerbs[verb]:
			located = true
		case located && (w == "and" || w == "or" || strings.HasSuffix(w, ",")):
		default:
			return true
		}
	}
	return false
}

// shareHeads before "of" make the figure after them the whole a share is
// of: "70 percent of its 1,400 workers", "half of the 200 staff".
var shareHeads = set(`percent cent half third quarter majority most two-thirds three-quarters`)

// shareBase reports a figure that is the whole of a share whose members a
// copula after its counted phrase describes: "60 percent of its 3,000
// workers are North Koreans", "half of the 200 staff were migrants". Then
// the sentence's actor is the share's, not the whole's. A figure whose
// counted phrase runs on ("of the 13,000 entries by North Koreans") is no
// such whole.
func shareBase(s *sent, c doc.Claim) bool {
	rs := c.Start - s.start
	toks := s.tokens()
	k := 0
	for k < len(toks) && toks[k].end <= rs {
		k++
	}
	j := k - 1
	if j >= 0 && (determiners[toks[j].lower] || possessivePronoun[toks[j].lower] != "" || toks[j].lower == "all") {
		j--
	}
	if j < 1 || toks[j].lower != "of" {
		return false
	}
	pct := strings.HasSuffix(strings.TrimRight(s.text[:toks[j].start], " "), "%")
	if !pct && (toks[j-1].punctAfter != 0 || !shareHeads[toks[j-1].lower]) {
		return false
	}
	// the copula right after the counted phrase
	end := c.End - s.start
	if c.Counted != "" {
		if i := strings.Index(s.text[end:], c.Counted); i >= 0 && i < 8 {
			end += i + len(c.Counted)
		}
	}
	for _, t := range toks {
		if t.start >= end {
			return copulas[t.lower]
		}
	}
	return false
}

var copulas = set(`are were is was`)

// namesActor reports whether the claim's counted phrase names the actor of
// its indicator (topic.NamesActor).
func namesActor(topics []*topic.Topic, c doc.Claim, lang string) bool {
	for _, t := range topics {
		if t.ID == c.Topic {
			return t.NamesActor(c.Indicator, c.Counted, lang)
		}
	}
	return true
}

// bracketedAfterPlace finds the place a figure in brackets stands right
// after ("are employed in Laos (2,000) and Russia (7,000)"): a part of a
// breakdown by place. rs is the figure's offset in the sentence.
func (x *extractor) bracketedAfterPlace(s *sent, rs int) (doc.Mention, bool) {
	before := strings.TrimRight(s.text[:rs], " \u00a0")
	if !strings.HasSuffix(before, "(") {
		return doc.Mention{}, false
	}
	before = strings.TrimRight(strings.TrimSuffix(before, "("), " \u00a0")
	if m, ok := x.n.lastBefore(s.start, s.start+len(before), doc.LOC); ok && m.End == s.start+len(before) {
		return m, true
	}
	return doc.Mention{}, false
}

// clauseOpeners start the clause of a breakdown after the clause that
// states its whole: "some 60,000 labourers abroad, and roughly 70% of them
// are employed in Laos (2,000) and Russia (7,000)".
var clauseOpeners = []string{", and ", "; ", ", but ", ", while ", ", with ", " — ", " – "}

// breakdownReading is claim mc read as a part of a breakdown by place
// (bracketedAfterPlace m): the words of its clause up to the breakdown
// ("about 80% of them work in ") and its own part ("Russia (30,000)"), so
// that its place is its own and what rules out the clause of the whole
// ("abroad", "worldwide") or another part's place plays no part.
func (x *extractor) breakdownReading(s *sent, mc doc.Claim, m doc.Mention) doc.Claim {
	mc.Place = x.n.canonical(m)
	upto := m.Start - s.start
	cs := 0
	for _, o := range clauseOpeners {
		if k := strings.LastIndex(s.text[:upto], o); k >= 0 && k+len(o) > cs {
			cs = k + len(o)
		}
	}
	first := upto // the first part of the breakdown
	for _, o := range x.n.in(s.start+cs, m.Start, doc.LOC) {
		if strings.HasPrefix(strings.TrimLeft(s.text[o.End-s.start:], " \u00a0"), "(") {
			first = o.Start - s.start
			break
		}
	}
	end := strings.IndexByte(s.text[mc.End-s.start:], ')')
	if end < 0 {
		return mc
	}
	end += mc.End - s.start + 1
	prefix := s.text[cs:first]
	mc.Sentence = prefix + s.text[upto:end]
	mc.SentenceStart = m.Start - len(prefix)
	mc.SentenceEnd = mc.SentenceStart + len(mc.Sentence)
	return mc
}
