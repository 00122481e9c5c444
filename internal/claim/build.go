package claim

import (
	"fmt"
	tk "github.com/dossier-osint/dossier/internal/token"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/topic"
)

var timeUnits = set(`day days week weeks month months year years hour hours minute minutes second
seconds decade decades century centuries time year-old years-old o'clock`)

var smallWords = set(`one two three four five six seven eight nine ten`)

var perRE = mustFiltered(`(?i)^\s*(annually|a year|per year|each year|every year|yearly|per annum|a month|per month|monthly|each month|every month|a day|per day|daily|a week|per week|weekly)\b`)

var minBefore = []string{"at least", "minimal of", "minimum of", "a minimum of", "more than", "over", "upwards of",
	"no fewer than", "no less than", "in excess of", "above", "exceeding"}
var maxBefore = []string{"as many as", "as much as", "up to", "fewer than", "less than", "at most", "no more than", "maximum of", "a maximum of", "under", "below"}
var approxBefore = []string{"some", "about", "around", "roughly", "approximately", "nearly", "almost", "an estimated", "estimated", "close to"}

// cyrPlacePreps before a place name make it where a figure is: "в
// Россию", "во Владивостоке", "до Росії", "у Татарстані".
var cyrPlacePreps = []string{" в", " во", " на", " до", " у"}

func cyrPlacePrep(pre string) bool {
	pre = " " + pre
	for _, p := range cyrPlacePreps {
		if strings.HasSuffix(pre, p) {
			return true
		}
	}
	return false
}

// overlapsTime reports whether [a, b) of sentence s overlaps a time.
func overlapsTime(s *sent, a, b int) bool {
	for _, t := range s.times {
		if t.Start < s.start+b && s.start+a < t.End {
			return true
		}
	}
	return false
}

// stemLang is the language a sentence's Cyrillic words are read in: the
// article's language when it is one matched by stem, else Russian for a
// sentence written in Cyrillic, else "".
func (x *extractor) stemLang(s *sent) string {
	if !x.stemmedDone { // a map look-up, asked for each sentence and claim
		x.stemmed, x.stemmedDone = topic.Stemmed(x.a.Lang), true
	}
	if x.stemmed {
		return x.a.Lang
	}
	if !x.cyrDone {
		x.cyr, x.cyrDone = hasCyrillic(x.a.Text), true // (split sets it)
	}
	if !s.cyrDone { // asked for each claim, many times: worked out once
		// a word of the sentence can be Cyrillic only if its paragraph
		// has a Cyrillic rune: most articles have none, and one reading
		// of their paragraphs (split's, of those that are not plain)
		// costs less than a word by word one of each sentence
		s.cyr, s.cyrDone = x.cyr && hasCyrillicWord(s.text), true
	}
	if s.cyr {
		return "ru"
	}
	return ""
}

// hasCyrillic reports whether a rune of s is Cyrillic (none is below
// U+0400).
func hasCyrillic(s string) bool {
	for i := asciiUntil(s, 0); i < len(s); i = asciiUntil(s, i) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if r >= 0x400 && unicode.Is(unicode.Cyrillic, r) {
			return true
		}
		i += sz
	}
	return false
}

// amountMeasures are the quantity finder's codes of units that measure
// an amount of stuff or land, mass, volume or area ("1.6 million
// barrels", "2.8 million tons", "12,000 hectares"): the unit is itself
// what such a figure counts, with or without a noun after it. Lengths,
// speeds and the like give a size or a position ("30 km from the border")
// and still need a counted noun.
var amountMeasures = map[string]bool{"t": true, "kg": true, "g": true, "mg": true, "µg": true, "lb": true, "oz": true,
	"dr": true, "bbl": true, "gal": true, "l": true, "ml": true, "m3": true, "cu ft": true,
	// areas: land burned, cleared, seized ("captured 400 square kilometres")
	"ha": true, "km2": true, "m2": true, "acre": true, "sq mi": true, "sq ft": true,
	// energy delivered or produced ("supplied 3,000 GWh in 2023")
	"kWh": true, "MWh": true, "GWh": true, "TWh": true}

// stuffMeasures are the codes of mass and volume among the measures, and
// kitchenMeasures the volumes of a recipe ("1 cup spinach", "2 tbsp
// oil"), whose noun may follow the unit with no "of". An area or energy
// before a noun ("a 500,000 square foot data center") sizes it.
var stuffMeasures = map[string]bool{"t": true, "kg": true, "g": true, "mg": true, "µg": true, "lb": true, "oz": true,
	"dr": true, "bbl": true, "gal": true, "l": true, "ml": true, "m3": true, "cup": true, "tsp": true, "tbsp": true}

var kitchenMeasures = map[string]bool{"cup": true, "tsp": true, "tbsp": true}

// hyphenedUnit reports a measure written as a compound adjective, a digit
// and a hyphen before its unit: "2,000-tonne", "30-km" (not the range
// "2,000-3,000 tonnes").
func hyphenedUnit(t string) bool {
	for i := 1; i+1 < len(t); i++ {
		if t[i] == '-' && t[i-1] >= '0' && t[i-1] <= '9' && (t[i+1] >= 'a' && t[i+1] <= 'z' || t[i+1] >= 'A' && t[i+1] <= 'Z') {
			return true
		}
	}
	return false
}

// ofAfter reports whether the word after byte end (a figure's end) is
// "of": "2,000 tonnes of coal".
func ofAfter(toks []token, end int) bool {
	for _, t := range toks {
		if t.start >= end {
			return t.lower == "of"
		}
	}
	return false
}

// currencyCodes written before a currency sign ("USD $346 million", "US
// $5 billion") stand between a bound and its figure.
var currencyCodes = set(`usd us eur gbp rub cny krw jpy cad aud`)

// trimCurrencyCode drops such a code at the end of tb (lower case, no
// trailing space), so that "at least USD $346 million" keeps its bound.
func trimCurrencyCode(tb string) string {
	i := strings.LastIndexByte(tb, ' ')
	if i >= 0 && currencyCodes[tb[i+1:]] {
		return strings.TrimSpace(tb[:i])
	}
	return tb
}

// cyrMeasures are the units of the Russian and Ukrainian counted lists
// that measure an amount of stuff (data/counted: "тонн", "баррелей").
var cyrMeasures = set(`tonne barrel litre kilogram m3`)

// cyrMeasured is the noun phrase right after a measure word ending at pe
// ("угля", "северокорейского угля", "нафтопродуктів"): up to two
// adjectives and a noun in the genitive, or "" when a preposition, verb
// or punctuation comes first.
func cyrMeasured(s *sent, pe int) string {
	toks := s.tokens()
	i := 0
	for i < len(toks) && toks[i].start < pe {
		i++
	}
	if i > 0 && toks[i-1].punctAfter != 0 {
		return ""
	}
	for k := i; k < len(toks) && k < i+3; k++ {
		t := toks[k]
		if !isCyrillicWord(t.text) || cyrStop[t.lower] || hasAnySuffix(t.lower, verbEndings) {
			return ""
		}
		if !hasAnySuffix(t.lower, adjectiveEndings) || t.punctAfter != 0 || k == i+2 {
			return s.text[toks[i].start:t.end]
		}
	}
	return ""
}

// yearFigure reports a figure written as a year: four digits, 1800 to
// 2100, exact, with no separator ("2017", not "2,017" or "about 2017").
func yearFigure(q doc.Quantity) bool {
	t := strings.TrimSpace(q.Text)
	if len(t) != 4 || q.Value.Bound != doc.BoundExact || q.Value.Approx {
		return false
	}
	for i := 0; i < 4; i++ {
		if t[i] < '0' || t[i] > '9' {
			return false
		}
	}
	return q.Value.Number >= 1800 && q.Value.Number <= 2100
}

// singularCountHead reports a head noun in the singular that a number
// above one cannot count ("resolution", "census"): not a plural, nor a
// noun that counts in its singular form (people, staff, police, cattle,
// aircraft, Chinese).
func singularCountHead(lh string) bool {
	if lh == "" || singular(lh) != lh || personNouns[lh] || massCounted[lh] || strings.HasSuffix(lh, "ese") {
		return false
	}
	return hasLetter(lh)
}

var massCounted = set(`people personnel staff police cattle sheep fish aircraft livestock deer troops military
crew equipment hardware ammunition artillery`)

// coordinators join two figures that share one unit: "1,500 and then
// 2,000 tons", "300 or even 400 workers", "450, 600 and 700 ships".
var coordinators = []string{"and", "or", "and then", "then", "or even", "and later", "and eventually", "and finally",
	"or perhaps", "or so", "and another", "and a further", ","}

// coordinatedNext is the figure with a unit that q is coordinated with
// later in its sentence: the figure right after a coordinator, over a
// list of bare figures. A figure with a scale word its partner lacks ("2
// or 3 million") is not read so (its value would be wrong).
func coordinatedNext(s *sent, q doc.Quantity) (doc.Quantity, bool) {
	k := 0
	for k < len(s.quants) && s.quants[k].Start < q.End {
		k++
	}
	end := q.End
	for ; k < len(s.quants); k++ {
		n := s.quants[k]
		gap := strings.TrimSpace(strings.ToLower(s.text[end-s.start : max(end, n.Start)-s.start]))
		if n.Start < end || !contains(coordinators, gap) || n.Kind != doc.QCount && n.Kind != doc.QDimension {
			return doc.Quantity{}, false
		}
		if scaled(n.Text) && !scaled(q.Text) {
			return doc.Quantity{}, false
		}
		if gap == "," && !listClosedLater(s, n) {
			// "aged nine, ten, two aged fourteen", "52-35, eight short of",
			// "one, two, three [counts]": figures set side by side by commas
			// alone are no coordination; a list ends with "and"/"or"
			// before its last member ("40, 55 or 70 trawlers")
			return doc.Quantity{}, false
		}
		if gap != "," && (n.Kind == doc.QDimension || n.Unit != "" || nounAfter(s, n.End-s.start)) {
			return n, true
		}
		end = n.End
	}
	return doc.Quantity{}, false
}

// nounRightAfter reports whether the word right after byte end of s (a
// measure's end) opens a noun: lower case, no verb, preposition,
// determiner, adverb of place or a time word ("barrels set by", "tons
// through", "barrels a year", "kilograms inside" are none).
func nounRightAfter(s *sent, end int) bool {
	toks := s.tokens()
	for i, t := range toks {
		if t.start < end {
			continue
		}
		if t.start > end+1 || isCapitalized(t.text) || strings.ContainsAny(t.text, "0123456789") || firstIsVerb(toks, i) ||
			tk.In(prepositions, t.lower) || determiners[t.lower] || timeUnits[t.lower] || timeStarters[t.lower] || t.lower == "per" || strings.HasSuffix(t.lower, "ly") || !isWordToken(t.text) {
			return false
		}
		return true
	}
	return false
}

// isWordToken reports whether t is made of letters (and inner hyphens).
func isWordToken(t string) bool {
	for _, r := range t {
		if !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return t != ""
}

// weightCueRE finds a word of weight in a lower-cased sentence.
var weightCueRE = regexp.MustCompile(`weigh|heav(y|ier|iest)|lighter|\bmass\b|\bkilo|\bkg\b|\blbs?\b`)

// poundWord reports whether a figure's unit is written as the word
// "pound(s)", which also names a currency.
func poundWord(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	return strings.HasSuffix(t, "pound") || strings.HasSuffix(t, "pounds")
}

// listClosedLater reports whether the list figure n belongs to is closed
// by a coordinator word: after n, over bare figures joined by commas, a
// word of coordinators joins the last figure ("40, 55 or 70").
func listClosedLater(s *sent, n doc.Quantity) bool {
	k := 0
	for k < len(s.quants) && s.quants[k].Start < n.End {
		k++
	}
	end := n.End
	for ; k < len(s.quants); k++ {
		m := s.quants[k]
		if m.Start < end {
			return false
		}
		gap := strings.TrimSpace(strings.ToLower(s.text[end-s.start : m.Start-s.start]))
		gap = strings.TrimSpace(strings.TrimPrefix(gap, ","))
		if gap != "" && contains(coordinators, gap) {
			return true
		}
		if gap != "" {
			return false
		}
		end = m.End
	}
	return false
}

// scaled reports whether a figure's text holds a scale word.
func scaled(t string) bool {
	for _, w := range strings.Fields(strings.ToLower(t)) {
		switch strings.Trim(w, ".,") {
		case "thousand", "million", "billion", "trillion", "mln", "bn", "m", "k":
			return true
		}
	}
	return false
}

// nounAfter reports whether a counted phrase follows byte end of s.
func nounAfter(s *sent, end int) bool {
	ph, _, _, _ := countedPhrase(s.text, s.tokens(), end)
	return ph != ""
}

// claim builds the claim for quantity q in sentence si, or reports that
// the figure states no claim.
func (x *extractor) claim(si int, q doc.Quantity) (doc.Claim, bool) {
	s := x.sents[si]
	x.inherited, x.ante, x.anteWeak = false, nil, false
	x.listHead, x.listLabel = -1, ""
	if !q.IsAmount() {
		return doc.Claim{}, false
	}
	rs, re := q.Start-s.start, q.End-s.start
	// "according to two construction managers": a figure in the speaker
	// phrase of an attribution describes the source, it is no claim
	for _, cd := range s.cands {
		if cd.speaker != "" && cd.spStart <= q.Start && q.End <= cd.spEnd {
			return doc.Claim{}, false
		}
	}
	if notAmountAfter(s.text[re:], q) || namedAfterBody(s.text[:rs], s.text[re:], q) {
		return doc.Claim{}, false
	}
	lowerText := strings.ToLower(strings.TrimSpace(q.Text))
	c := doc.Claim{Start: q.Start, End: q.End, Text: q.Text, Sentence: s.text, SentenceStart: s.start, SentenceEnd: s.end, Value: q.Value}
	before := s.lowerSpan(0, rs)
	var why []string
	switch q.Kind {
	case doc.QMoney:
		c.Unit, c.Per = q.Unit, q.Per
		if c.Per == "" {
			if m := perRE.FindStringSubmatch(s.text[re:]); m != nil {
				c.Per = perWord(m[1])
			}
		}
		why = append(why, "unit: money in "+q.Unit)
	case doc.QPercent:
		c.Unit = "percent"
	case doc.QRatio:
		c.Unit = "ratio"
	default:
		lang := x.stemLang(s)
		if lang != "" {
			digits := strings.ContainsAny(q.Text, "0123456789")
			ph, _, pe, key := cyrCounted(s, re, lang, digits)
			how := lang + " stem"
			if ph == "" && ellipticalFigure(s, rs, re) == "" {
				// "число граждан КНДР ... примерно в 8 тыс.", "граждан КНДР
				// осталось меньше десяти тысяч": the counted noun before (a
				// figure in brackets or after a label leans on the figure
				// before it instead)
				if ph, key = cyrCountedBefore(s, rs, lang, digits); ph != "" {
					pe, how = re, lang+" stem, before the figure"
				}
			}
			timesNoun := ""
			if ph != "" && (key == "раз" || key == "разів") {
				// "съездили в КНДР 9 985 раз": occurrences of the verb before
				if key = timesOf(s, rs); key == "" {
					return c, false // a frequency
				}
				timesNoun = occurrenceNouns[lang][key]
			}
			if ph != "" {
				if key == keyTime {
					return c, false // a duration: "24 месяца"
				}
				if !digits && q.Value.Number <= 10 && countedKey(lang, key) == "" && cyrPrepBefore(s, rs) {
					return c, false // "між двома диктатурами": a reference, not a figure
				}
				c.Counted = ph
				if key == "USD" || key == "rouble" {
					c.Unit, c.Per = key, cyrPer(s.text[pe:])
					why = append(why, fmt.Sprintf("unit: money in %s from counted %q", key, ph))
					break
				}
				c.Unit, c.Per = key, q.Per
				why = append(why, fmt.Sprintf("unit: %s from counted %q (%s)", key, ph, how))
				if cyrMeasures[key] {
					// "2,8 млн тонн угля": the measure is the unit, the noun
					// after it what is measured
					if m := cyrMeasured(s, pe); m != "" {
						c.Counted = m
						why = append(why, fmt.Sprintf("counted: %q, measured in %s", m, key))
					}
				}
				if timesNoun != "" {
					// "въезжали в Россию 13 221 раз" counts entries
					c.Counted = timesNoun
					why = append(why, fmt.Sprintf("counted: %s, the occurrences of the verb before %q", timesNoun, ph))
				}
				// "оценила число военнослужащих КНДР ... в 11 тыс. человек":
				// a generic noun counts what "число" names
				if leaningCounted(ph) {
					k := 0
					for k < len(s.tokens()) && s.tokens()[k].end <= rs {
						k++
					}
					if noun, nk := numberOfNoun(s, k, lang, digits); noun != "" && nk == key {
						c.Counted = noun
						why = append(why, fmt.Sprintf("counted: %q, the number of which it gives", noun))
					}
				}
				break
			}
		}
		var phrase, head string
		var pe int
		if lang == "" || !cyrillicAfter(s, re) {
			var ps int
			phrase, ps, pe, head = countedPhrase(s.text, s.tokens(), re)
			if phrase != "" && overlapsTime(s, ps, pe) {
				phrase, head = "", "" // "at 8,000 three days later": a time counts nothing
			}
			if phrase != "" && absoluteFigure(s, rs, re) {
				phrase, head = "", "" // "with only 40 citing family reasons": a participle's object
			}
		}
		mu, mper, mend := "", q.Per, re // the unit of a measure, its rate and its end
		if q.Kind == doc.QDimension {
			mu = q.Unit
		}
		if phrase == "" && q.Kind == doc.QCount && q.Unit == "" && lang == "" {
			if n, ok := coordinatedNext(s, q); ok {
				// "800 and then 1,300 tonnes", "300, 450 or 600 workers": a
				// bare figure shares the unit of the one it is coordinated
				// with
				if n.Kind == doc.QDimension {
					mu, mper, mend = n.Unit, n.Per, n.End-s.start
					why = append(why, fmt.Sprintf("unit: %s of %q, coordinated with it", n.Unit, n.Text))
					if ph, _, e, h := countedPhrase(s.text, s.tokens(), mend); ph != "" && ofAfter(s.tokens(), mend) {
						phrase, head, pe = ph, h, e // "1,500 and 2,000 tons of fuel"
					}
				} else if ph, _, _, h := countedPhrase(s.text, s.tokens(), n.End-s.start); ph != "" {
					phrase, head = ph, h
					why = append(why, fmt.Sprintf("counted: %q of %q, coordinated with it", ph, n.Text))
				}
			}
		}
		if q.Kind == doc.QDimension && phrase != "" && hyphenedUnit(q.Text) {
			return c, false // "a 2,000-tonne ship", "a 500-hectare farm": a size of the noun after it
		}
		amount := mu != "" && amountMeasures[mu]
		if amount && mend == re && poundWord(q.Text) && !ofAfter(s.tokens(), mend) && !weightCueRE.MatchString(s.lowerSpan(0, len(s.text))) {
			// "held a value of 540 million pounds": the word "pounds" with
			// no "of" phrase and no word of weight in the sentence is as
			// likely a sum of money as a mass
			amount = false
		}
		if amount && !stuffMeasures[mu] && phrase != "" && mend == re && nounRightAfter(s, mend) {
			return c, false // "a 500,000 square foot data center": an area before a noun sizes it
		}
		if (amount || kitchenMeasures[mu]) && stuffMeasures[mu] && phrase != "" && mend == re && nounRightAfter(s, mend) {
			// "1 cup spinach", "5 kg rice", "½ cup cherry tomatoes": in a
			// list of ingredients or goods the noun right after a measure
			// of mass or volume is what it measures, as after "of"
			amount = true
		} else if mu != "" && phrase != "" && !ofAfter(s.tokens(), mend) {
			// "500,000 barrels set by ...", "2.8 million tons through ...",
			// "200 metres off the coast": the noun of the thing measured
			// comes after "of" ("tons of coal"); a word after the unit is
			// none
			phrase, head = "", ""
		}
		if phrase == "" && amount {
			c.Unit, c.Per = mu, mper
			why = append(why, fmt.Sprintf("unit: %s, the measure counted (no noun after it)", mu))
			break
		}
		if phrase == "" && q.Unit != "" && q.Kind == doc.QCount && !firstAfterIsVerb(s, re) && !absoluteFigure(s, rs, re) {
			phrase, head = q.Unit, q.Unit
		}
		if phrase == "" && q.Kind == doc.QCount && lang == "" {
			// the predicate of its clause: "losses estimated at 2,300"
			if ph, cue, measure := predicateCounted(s, rs); ph != "" {
				c.Counted, c.Unit = ph, unitOf(ph)
				why = append(why, fmt.Sprintf("unit: %s from the subject %q of %q", c.Unit, ph, cue))
				break
			} else if measure {
				if m, ok := x.antecedent(s.para); ok {
					c.Counted, c.Unit, c.Place = m.c.Counted, m.c.Unit, m.c.Place
					x.inherited, x.inheritedFrom, x.ante = true, -1, &m.c
					why = append(why, fmt.Sprintf("unit: %s from counted %q (a figure for the %s of what the figure before counts)", c.Unit, c.Counted, cue))
					break
				}
			}
		}
		if phrase == "" && q.Kind == doc.QCount && (q.Value.Vague || strings.ContainsAny(q.Text, "0123456789") || lang != "" && ellipticalFigure(s, rs, re) != "" ||
			absoluteFigure(s, rs, re)) {
			// an elliptical figure: "compared with 6,263 in 2023", "the number
			// of workers fell from 30,000 to 11,490", "about 1,600 as tourists",
			// "Another 35 were in transit", "(2 150)"
			if in, ok := x.inherit(si, rs, re); ok {
				x.inherited, x.inheritedFrom, x.ante = true, in.from, in.ante
				c.Counted, c.Unit, c.Place = in.counted, in.unit, in.place
				why = append(why, fmt.Sprintf("unit: %s from counted %q (%s)", c.Unit, c.Counted, in.how))
				break
			}
		}
		if phrase == "" && q.Kind == doc.QCount && lang == "" {
			// "roughly 80 of the injured", "lost some 300 of its 900
			// marines", "had put the toll at about 70": people counted by
			// what befell them
			if ph, how := partOrTollCounted(s, rs, re); ph != "" {
				c.Counted, c.Unit = ph, "person"
				why = append(why, fmt.Sprintf("unit: person from %q (%s)", ph, how))
				break
			}
		}
		if phrase == "" {
			return c, false // a bare number counts nothing ("IE 10", "(2-R)")
		}
		lh := strings.ToLower(head)
		if q.Kind == doc.QCount && lang == "" && yearFigure(q) && singularCountHead(lh) {
			return c, false // "a 2017 U.N. resolution", "the 2019 census": a year dating the noun, no count of it
		}
		if timeUnits[lh] || strings.Contains(lh, "year-old") {
			return c, false // a duration or an age
		}
		if q.Kind == doc.QCount && lh == "fold" {
			c.Unit = "ratio"
			break
		}
		if q.Kind == doc.QCount && lh == "times" {
			u, ok := timesUnit(s, rs, re, lowerText)
			if !ok {
				return c, false // "enters three times a year": a frequency, not a figure
			}
			c.Unit = u
			if u != "ratio" {
				why = append(why, fmt.Sprintf("unit: %s from %q after the verb", u, phrase))
			}
			break
		}
		if cur, mult, ok := moneyPhrase(phrase); ok && q.Kind == doc.QCount {
			// "tens of millions of dollars", "several hundred million dollars"
			c.Unit = cur
			c.Value = scaleValue(c.Value, mult)
			if m := perRE.FindStringSubmatch(s.text[pe:]); m != nil {
				c.Per = perWord(m[1])
			}
			why = append(why, fmt.Sprintf("unit: money in %s from counted %q", cur, phrase))
			break
		}
		if q.Kind == doc.QCount {
			if lowerText == "one" || lowerText == "a" || lowerText == "an" || lowerText == "single" {
				return c, false // "one expert": an article, not a figure
			}
			if smallWords[lowerText] && (strings.HasSuffix(before, "the ") || strings.HasSuffix(before, "these ") || strings.HasSuffix(before, "those ")) {
				return c, false // "the two sides": a reference, not a figure
			}
			if smallWords[lowerText] && strings.HasSuffix(strings.TrimSpace(before), "of") && strings.HasSuffix(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(before), "of")), "one") {
				return c, false
			}
		}
		if q.Kind == doc.QDimension && (lh == "ammunition" || lh == "shells" || lh == "rounds" || lh == "artillery" || lh == "guns" ||
			strings.EqualFold(q.Unit, "mm") && q.Value.Number <= 500) {
			return c, false // a calibre ("152mm shells"), not an amount
		}
		c.Counted = phrase
		if mu != "" {
			c.Unit = mu
		} else {
			c.Unit = unitOf(phrase)
		}
		if c.Per == "" {
			c.Per = mper
		}
		if c.Per == "" && mu != "" && pe > 0 && pe <= len(s.text) {
			// "4 Mt of carbon a year", "500,000 barrels of oil annually": the
			// rate after what is measured
			if m := perRE.FindStringSubmatch(s.text[pe:]); m != nil {
				c.Per = perWord(m[1])
			}
		}
		why = append(why, fmt.Sprintf("unit: %s from counted %q", c.Unit, phrase))
		if q.Kind == doc.QCount && headcountCompound(s.text[re:]) {
			c.Unit = "person"
			why = append(why, fmt.Sprintf("unit: person, the headcount of the %s", phrase))
		}
	}
	if c.Unit == "" {
		return c, false
	}
	if u := topic.NormalizeUnit(c.Unit); u != c.Unit {
		// the keys' and topics' form: "RUB" → "rouble", "bbl" → "barrel"
		why = append(why, fmt.Sprintf("unit: %s for %s", u, c.Unit))
		c.Unit = u
	}
	// "as many as 8 million", "as much as $500 million": an upper bound
	if lt := strings.TrimSpace(lowerText); strings.HasPrefix(lt, "as many as") || strings.HasPrefix(lt, "as much as") {
		if c.Value.Bound == doc.BoundMin || c.Value.Bound == doc.BoundExact {
			c.Value.Bound = doc.BoundMax
			why = append(why, "value: maximum from as many/much as")
		}
	}
	// bounds the quantity finder may have missed
	if c.Value.Bound == doc.BoundExact {
		tb := trimCurrencyCode(strings.TrimSpace(before))
		for _, p := range minBefore {
			if strings.HasSuffix(tb, p) && wordBoundaryBefore(tb, p) && !(p == "over" && phrasalOver(tb)) {
				c.Value.Bound = doc.BoundMin
				why = append(why, "value: minimum from "+p)
				break
			}
		}
		if c.Value.Bound == doc.BoundExact {
			for _, p := range maxBefore {
				if strings.HasSuffix(tb, p) && wordBoundaryBefore(tb, p) {
					c.Value.Bound = doc.BoundMax
					why = append(why, "value: maximum from "+p)
					break
				}
			}
		}
		if !c.Value.Approx && !c.Value.Vague {
			for _, p := range approxBefore {
				if endsApprox(tb, p) {
					c.Value.Approx = true
					break
				}
			}
		}
	}
	c.Event = x.event(s, rs, re, c.Counted)
	inheritedPlace := c.Place
	c.Place = x.place(si, rs)
	if c.Place == "" {
		c.Place = x.localPlace(si, rs)
	}
	if c.Place == "" {
		c.Place = inheritedPlace
	}
	x.period(si, &c, &why)
	if y := listYear(x.listLabel); y != "" && c.Period == "" && x.listHead >= 0 {
		c.Period = y
		why = append(why, "period: the list label "+y)
	}
	// a figure that leans on the one before it ("Another 35 ...", "Of
	// those arrivals, ...", "220 arrivals" with no time of its own) takes
	// its source from there even across a paragraph break
	dependent := x.inherited || leaningCounted(c.Counted) && (len(s.times) == 0 || onlyAnchoredBack(s)) ||
		x.stemLang(s) != "" && partitiveOpeningRE.MatchString(s.text)
	if x.ante == nil && leaningCounted(c.Counted) && !x.inherited {
		// "Першу групу, близько 1200 осіб, ...": a generic noun after a
		// figure of the paragraph counts what that figure counts
		if m, ok := x.paraCount(s.para); ok && m.c.Unit == c.Unit && !leaningCounted(m.c.Counted) {
			x.ante, x.anteWeak = &m.c, true
		}
	}
	carried := x.attribute(si, &c, &why, dependent)
	x.carryPeriod(si, &c, &why, dependent, carried)
	x.releasePeriodOf(si, &c, &why)
	x.borrowedPeriod(si, &c, &why)
	x.scope(si, &c, &why)
	// "7,887 of last year's entries were students, and fewer than 1,000
	// were tourists": parts of one breakdown share its period
	if c.Period == "" && c.Scope != "" && len(x.made) > 0 {
		if m := x.made[len(x.made)-1]; m.si == si && m.c.Scope != "" && m.c.Period != "" && countUnit(m.c.Unit) && countUnit(c.Unit) {
			c.Period, c.PeriodText = m.c.Period, m.c.PeriodText
			why = append(why, "period: "+m.c.PeriodText+" of the part before it in the breakdown -> "+c.Period)
		}
	}
	c.Why = append(why, c.Why...)
	return c, true
}

// borrowedPeriod gives a Russian or Ukrainian figure that borrows its
// counted noun from a figure before it in its sentence ("в 2024 году
// приехали 13 221 северокореец ...; 7887 из них получили учебные визы")
// that figure's period, when no time stands between the two.
func (x *extractor) borrowedPeriod(si int, c *doc.Claim, why *[]string) {
	s := x.sents[si]
	if c.Period != "" || c.PeriodText != "" || !x.inherited || x.inheritedFrom < s.start || x.inheritedFrom >= c.Start || x.stemLang(s) == "" {
		return
	}
	for k := len(x.made) - 1; k >= 0 && x.made[k].si == si; k-- {
		// the count it borrows from, over a ratio between them
		p := x.made[k].c
		if p.Start > x.inheritedFrom || !countUnit(p.Unit) || p.Counted != c.Counted {
			continue
		}
		if p.Period == "" {
			return
		}
		for _, t := range s.times {
			if t.Start >= p.End && t.End <= c.Start && x.notPeriod(si, t) == "" {
				return // a time of its own between them (not "чем годом ранее")
			}
		}
		c.Period, c.PeriodText = p.Period, p.PeriodText
		*why = append(*why, "period: of the figure it borrows from ("+p.Text+") -> "+c.Period)
		return
	}
}

// occurrenceNouns name what "N раз" after a travel or crossing verb
// counts, per language and unit (timesOf).
var occurrenceNouns = map[string]map[string]string{
	"ru": {"trip": "поездки", "entry": "въезды"},
	"uk": {"trip": "поїздки", "entry": "в'їзди"},
}

// partitiveOpeningRE opens a sentence with a part of the entries or trips
// counted before ("Большая часть поездок прошлого года ...", "Більшість
// в'їздів ..."): its figures continue those.
var partitiveOpeningRE = mustFiltered(`(?i)^(?:большая |меньшая |значительная )?(?:часть|большинство|половина|треть|більша частина|частина|більшість|половина|третина)\s+(?:\p{L}+\s+)?(?:поездок|въездов|прибывших|въехавших|поїздок|в['’]їздів|прибулих)(?:[^\p{L}]|$)`)

// onlyAnchoredBack reports whether every time of s counts back from a
// time before it ("Годом ранее", "the year before"): such a sentence
// continues the figures before it.
func onlyAnchoredBack(s *sent) bool {
	for _, t := range s.times {
		if !baseTimeRE.MatchString(t.Text) {
			return false
		}
	}
	return len(s.times) > 0
}

// endsApprox reports whether tb ends with the approximation word p, or
// with p and " a" ("about a dozen"), after a word boundary; the test of
// p+" a" without making that string (a claim tries every word).
func endsApprox(tb, p string) bool {
	ta := strings.TrimSuffix(tb, " a")
	return (strings.HasSuffix(tb, p) || len(ta) < len(tb) && strings.HasSuffix(ta, p)) && wordBoundaryBefore(ta, p)
}

func wordBoundaryBefore(s, suffix string) bool {
	i := len(s) - len(suffix)
	return i == 0 || i > 0 && (s[i-1] == ' ' || s[i-1] == '(' || s[i-1] == ',')
}

func perWord(m string) string {
	m = strings.ToLower(m)
	switch {
	case strings.Contains(m, "year"), strings.Contains(m, "annu"):
		return "year"
	case strings.Contains(m, "month"):
		return "month"
	case strings.Contains(m, "week"):
		return "week"
	}
	return "day"
}

var auxWords = tk.NewTable(set(`who that which have has had been be being were was are is will would to reportedly
also already still continued continue continues allegedly reported presumed believed said thought
expected estimated set due about not`))

// event returns the verb phrase the figure's counted phrase is subject of
// ("entered Russia") or the verb governing the figure ("has sent").
func (x *extractor) event(s *sent, rs, re int, counted string) string {
	toks := s.tokens()
	end := re
	if counted != "" {
		if k := strings.Index(s.text[re:], counted); k >= 0 && k < 8 {
			end = re + k + len(counted)
		}
	}
	i := 0
	for i < len(toks) && toks[i].start < end {
		i++
	}
	if i > 0 && toks[i-1].punctAfter == ',' {
		// "Some 300 workers, presumed to be ..., arrived": skip the aside
		for j := i; j < len(toks) && j < i+10; j++ {
			if toks[j].punctAfter == ',' {
				i = j + 1
				break
			}
		}
	}
	for j := i; j < len(toks) && j < i+6; j++ {
		lw := toks[j].lower
		if tk.In(auxWords, lw) {
			continue
		}
		if isVerbLike(lw) || tk.In(commonVerbs, lw) || lw == "remain" || lw == "remained" || lw == "remains" {
			k := j
			for k+1 < len(toks) && k < j+3 && toks[k].punctAfter == 0 {
				k++
			}
			return s.text[toks[j].start:toks[k].end]
		}
		if toks[j].punctAfter != 0 {
			break
		}
	}
	// the verb before the figure
	k := 0
	for k < len(toks) && toks[k].end <= rs {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		lw := toks[j].lower
		if isVerbLike(lw) || tk.In(commonVerbs, lw) || strings.HasSuffix(lw, "s") && j == k-1 {
			return s.text[toks[j].start:toks[k-1].end]
		}
		if toks[j].punctAfter != 0 {
			break
		}
	}
	return ""
}

// place returns the place the claim is about: a place named after the
// figure with "in", "to" or "into", or the country "the country" refers to.
func (x *extractor) place(si, rs int) string {
	s := x.sents[si]
	if m, ok := x.bracketedAfterPlace(s, rs); ok {
		return x.n.canonical(m) // "Laos (2,000) and Russia (7,000)"
	}
	for _, m := range x.n.in(s.start+rs, s.end, doc.LOC) {
		pre := strings.ToLower(strings.TrimSpace(x.a.Text[max(s.start, m.Start-6):m.Start]))
		if strings.HasSuffix(pre, "in") || strings.HasSuffix(pre, "to") || strings.HasSuffix(pre, "into") || strings.HasSuffix(pre, "across") ||
			cyrPlacePrep(pre) {
			return x.n.canonical(m)
		}
	}
	low := s.lowerText()
	if strings.Contains(low, "the country") || strings.Contains(low, "the nation") {
		// the nearest earlier place mention
		if m, ok := x.n.lastBefore(0, s.start, doc.LOC); ok {
			return x.n.canonical(m)
		}
	}
	return ""
}

var overVerbs = set(`hand hands handed handing turn turns turned turning take takes took taking pass passes passed
passing fork forks forked sign signs signed signing`)

// phrasalOver reports whether "over" at the end of text is the particle of
// a verb ("hands over $900") rather than a bound ("over 2,000").
func phrasalOver(text string) bool {
	ws := strings.Fields(strings.TrimSuffix(text, "over"))
	return len(ws) > 0 && overVerbs[ws[len(ws)-1]]
}

// measureCompounds head a compound adjective a figure makes with a hyphen
// ("a 615-page report", "a 12-storey block"): a size of the noun after
// it, no amount.
var measureCompounds = set(`page pages storey story floor point member minute hour day week month year mile kilometre km metre meter seat room bed`)

// hyphenWord returns the word a figure is joined to by a hyphen ("-nation
// tour" gives "nation" and " tour"), ok false when after does not open so.
func hyphenWord(after string) (w, rest string, ok bool) {
	if !strings.HasPrefix(after, "-") {
		return "", "", false
	}
	w = after[1:]
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	return w, after[1+len(w):], w != ""
}

// notCompoundHeads joined to a figure by a hyphen keep it an amount: a
// rate ("12-fold"), a hedge ("300-odd", "2,000-plus"), a headcount ("a
// 5,000-strong force", see headcountCompound).
var notCompoundHeads = set(`fold odd plus strong man men person`)

// compoundModifier reports a figure that makes a compound adjective with
// the singular noun it is joined to, before the noun it describes: "a
// five-nation tour", "the six-party talks", "a 20-carriage train". The
// figure counts the joined noun's things inside one thing, no amount of
// the noun after it. A plural joined word ("two-thirds"), a joined word
// the figure is a rate, hedge or headcount of, and a compound that ends
// the phrase ("a vote of 14-nil.") are not such compounds.
func compoundModifier(w, rest string) bool {
	lw := strings.ToLower(w)
	if lw != w || notCompoundHeads[lw] || strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") {
		return false
	}
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(r)
}

// headcountCompound reports a figure joined to a word that makes it the
// size of the body named after it: "a 50,000-strong force", "a 300-man
// unit", "a 12-person team" count people.
func headcountCompound(after string) bool {
	w, rest, ok := hyphenWord(after)
	return ok && (w == "strong" || w == "man" || w == "person") && strings.HasPrefix(rest, " ")
}

// namingNouns after a bare number make a name of it ("the 1718
// Committee", "Resolution 2397 Panel"), no amount.
var namingNouns = set(`Committee Commission Panel Group Unit Brigade Division Regiment Battalion Squadron Corps`)

// nameBodies are the nouns of a body that a name follows directly, with
// no "of" or comma: "the analytical service 38 North", "the website 7
// Days", "the think tank 21 Century".
var nameBodies = set(`service group tank website site outlet project portal publication magazine channel
monitor institute organisation organization initiative platform newspaper agency consultancy firm company`)

// namedAfterBody reports a bare number that opens a name: right after the
// noun of a body and before a capitalized word ("the analytical service 38
// North notes"). A body's figure takes "of", a verb or punctuation first
// ("the group of 38 North Koreans", "the agency said 38 ...").
func namedAfterBody(before, after string, q doc.Quantity) bool {
	if q.Kind != doc.QCount || q.Value.Approx || q.Value.Bound != doc.BoundExact || !strings.ContainsAny(q.Text, "0123456789") {
		return false
	}
	if !strings.HasSuffix(before, " ") || !nameBodies[lastField(before)] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(after, " "))
	return strings.HasPrefix(after, " ") && unicode.IsUpper(r)
}

// notAmountAfter reports a count whose next word makes it a size or a
// name: "615-page", "1718 Committee", "a five-nation tour".
func notAmountAfter(after string, q doc.Quantity) bool {
	if q.Kind != doc.QCount || q.Value.Approx || q.Value.Bound != doc.BoundExact {
		return false
	}
	if w, rest, ok := hyphenWord(after); ok {
		lw := strings.ToLower(w)
		if measureCompounds[lw] && strings.ContainsAny(q.Text, "0123456789") {
			return true
		}
		return compoundModifier(w, rest)
	}
	if !strings.ContainsAny(q.Text, "0123456789") {
		return false
	}
	w := strings.TrimLeft(after, " ")
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	return namingNouns[w]
}
