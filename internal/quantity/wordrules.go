package quantity

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// Rules for amounts written as single words that are not number words:
// ratios ("вдвое", "eightfold", "удвоилось", "double the"), zero ("ни
// одного", "жодного"). Their tables are in data/ratios.txt and
// data/numbers-*.txt.

// startWords holds every word that may start an amount: number words,
// vague and several words, ratio words, zero words (built by
// buildStartWords). wordOnlyStarts are those only wordAmount reads, left
// out in Recognizers-Text mode.
var startWords, wordOnlyStarts map[string]bool

func buildStartWords() {
	n := len(words) + len(vagueWords) + len(severalWords) + 3 + len(ratioWords) + len(ratioContext) + len(negateWords) + len(zeroWords)
	startWords, wordOnlyStarts = make(map[string]bool, n), make(map[string]bool, n-len(words)) // room for all: they never grow
	for w := range words {
		startWords[w] = true
	}
	for w := range vagueWords {
		startWords[w] = true
	}
	for _, m := range []map[string]bool{severalWords, {"tens": true, "several": true, "few": true}} {
		for w := range m {
			startWords[w] = true
		}
	}
	only := func(w string) {
		if !startWords[w] {
			startWords[w], wordOnlyStarts[w] = true, true
		}
	}
	for w := range ratioWords {
		only(w)
	}
	for w := range ratioContext {
		only(w)
	}
	for _, m := range []map[string]bool{negateWords, zeroWords} {
		for w := range m {
			only(w)
		}
	}
	kinds := make(map[string]uint8, len(startWords))
	for w := range startWords {
		kinds[w] = startWord
		if wordOnlyStarts[w] {
			kinds[w] |= startWordOnly
		}
		if weakStart(w) {
			kinds[w] |= startWeak
		}
	}
	startKinds = tk.NewTable(kinds)
	anchorSeen = tk.NewTable(anchorCandidates())
	buildTables()
}

// The word tables the rules read at start tokens (every "a" and "and"
// is one) and around each amount (currencies, hedges, dimensions), as
// token tables: Go's map hashes each word and compares it
// slot by slot at several times the cost. Built from the maps once
// these are complete, at the end of init.
var (
	wordTab                                      *tk.Table[wordInfo]
	vagueTab, ratioTab, ratioCtxTab              *tk.Table[float64]
	severalTab, bareVagueTab, zeroTab, negateTab *tk.Table[bool]
	currencyTab                                  *tk.Table[currency]
	modifierTab                                  *tk.Table[[]modifier]
	dimTab                                       *tk.Table[dimUnit]
	// the word sets and maps read at or after each number
	currencyWordTab                         *tk.Table[currency]
	monthTab                                *tk.Table[int]
	perTab, periodTab                       *tk.Table[string]
	stopTab, durationTab, countTab          *tk.Table[bool]
	resolutionTab, yearNounTab, yearPrepTab *tk.Table[bool]
	timesTab, timesPrepTab, frequencyTab    *tk.Table[bool]
	daytimeTab, nameNumberTab               *tk.Table[bool]
	bridgeTab, ratePrepTab, coordinatorTab  *tk.Table[bool]
)

func buildTables() {
	ratioLeads = leadPairsOf(ratioPrefixes)
	wordTab = tk.NewTable(words)
	vagueTab, ratioTab, ratioCtxTab = tk.NewTable(vagueWords), tk.NewTable(ratioWords), tk.NewTable(ratioContext)
	severalTab, bareVagueTab = tk.NewTable(severalWords), tk.NewTable(bareVague)
	zeroTab, negateTab = tk.NewTable(zeroWords), tk.NewTable(negateWords)
	currencyTab, modifierTab, dimTab = tk.NewTable(currencySymbols), tk.NewTable(modifiers), tk.NewTable(dimUnits)
	currencyWordTab, monthTab = tk.NewTable(currencyWords), tk.NewTable(monthWords)
	perTab, periodTab = tk.NewTable(perWords), tk.NewTable(periodNouns)
	stopTab, durationTab, countTab = tk.NewTable(stopWords), tk.NewTable(durationUnits), tk.NewTable(countNouns)
	resolutionTab, yearNounTab, yearPrepTab = tk.NewTable(resolutionWords), tk.NewTable(yearNouns), tk.NewTable(yearPreps)
	timesTab, timesPrepTab, frequencyTab = tk.NewTable(timesWords), tk.NewTable(timesPreps), tk.NewTable(frequencyWords)
	daytimeTab, nameNumberTab = tk.NewTable(daytimeWords), tk.NewTable(nameNumberWords)
	bridgeTab, ratePrepTab, coordinatorTab = tk.NewTable(bridgeWords), tk.NewTable(ratePreps), tk.NewTable(coordinators)
}

// vagueValue is the value of vague word w, 0 for another word.
func vagueValue(w string) float64 {
	v, _ := vagueTab.Get(w)
	return v
}

// startKinds files startWords for startable's look-up of every word of a
// text: startWord, with startWordOnly for wordOnlyStarts.
var startKinds *tk.Table[uint8]

// anchorSeen holds every word anchorWord may take: the start words and
// the -fold words (nextAnchor turns most other words away by their seen
// bit alone, TestAnchorSeen).
var anchorSeen *tk.Table[bool]

// anchorCandidates are the start words but the weak ones ("a", "an",
// "and": anchorWord never takes them, and they are a third of the words
// of a news text whose seen bit a start word would set) and every number
// word with each fold suffix, hyphenated or not (foldValue reads no other
// word): of the
// latter, for the seen bits that are all anchorSeen is read by (MayHold,
// NextMayHold: a word's length and its first and last bytes), one word
// of each length, first and last byte, not the 2,000-odd words, each a
// string made (TestAnchorSeen checks each of them is held).
func anchorCandidates() map[string]bool {
	m := make(map[string]bool, len(startWords)+512)
	for w := range startWords {
		if !weakStart(w) {
			m[w] = true
		}
	}
	type shape struct {
		n           int
		first, last byte
	}
	made := make(map[shape]bool, 512)
	for w := range words {
		for _, s := range foldSuffixes {
			if w == "" || s == "" {
				continue // no number word nor suffix is empty
			}
			for _, sep := range []string{"", "-"} {
				if sh := (shape{len(w) + len(sep) + len(s), w[0], s[len(s)-1]}); !made[sh] {
					made[sh] = true
					m[w+sep+s] = true
				}
			}
		}
	}
	return m
}

const (
	startWord uint8 = 1 << iota
	startWordOnly
	startWeak
)

// weakStart reports a start word that is only "a" or "and" to the rules
// (wA, wAnd): no rule reads an amount from it unless a number word follows
// it right away ("a thousand", "a third": wA; "and" never starts one), so
// it is no anchor of the finder's windows (anchorWord).
func weakStart(w string) bool {
	info, ok := words[w]
	if !ok || info.c != wA && info.c != wAnd {
		return false
	}
	for _, m := range []map[string]bool{severalWords, bareVague, negateWords, zeroWords, {"tens": true, "several": true, "few": true}} {
		if m[w] {
			return false
		}
	}
	_, vague := vagueWords[w]
	_, ratio := ratioWords[w]
	_, ratioCtx := ratioContext[w]
	return !vague && !ratio && !ratioCtx
}

// wordStart reports whether token k, not in startWords, may start a word
// amount: a ratio stem ("удвоилось") or a -fold word ("eightfold").
func (f *finder) wordStart(k int) bool { return wordStarts(f.t[k].low) }

// wordStarts is wordStart of the word w.
func wordStarts(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= utf8.RuneSelf {
		_, ok := ratioStem(w)
		return ok
	}
	return len(w) > 4 && strings.HasSuffix(w, "fold") && foldValue(w) > 0
}

// mayStartWord is wordStart's first test: an ASCII word is a -fold word
// of five letters or more (a non-ASCII one goes to the ratio stems).
func mayStartWord(w string) bool {
	return w != "" && (w[0] >= utf8.RuneSelf || len(w) > 4 && w[len(w)-4:] == "fold")
}

// wordAmount reads a word amount at token k, emits it with its hedge and
// returns the token after it.
func (f *finder) wordAmount(k int) (int, bool) {
	t := f.t[k]
	if t.k != kWord {
		return 0, false
	}
	if v, rule, ok := f.ratioWord(k); ok {
		it := item{i: k, j: k + 1, q: doc.Quantity{Kind: doc.QRatio, Unit: "ratio", Value: doc.Exact(v), Rule: rule}}
		f.hedge(&it, k)
		f.emit(it)
		return k + 1, true
	}
	if j, ok := f.zeroAt(k); ok {
		it := item{i: k, j: j, q: doc.Quantity{Kind: doc.QCount, Value: doc.Exact(0), Rule: "zero: negated one"}}
		it.q.Unit = f.countedNoun(j)
		f.emit(it)
		return j, true
	}
	return 0, false
}

// ratioWord reads a ratio written as one word.
func (f *finder) ratioWord(k int) (float64, string, bool) {
	w := f.t[k].low
	if v, ok := ratioTab.Get(w); ok {
		return v, "ratio word", true
	}
	if v := foldValue(w); v > 0 {
		return v, "ratio word: -fold", true
	}
	if v, ok := ratioCtxTab.Get(w); ok && f.ratioInContext(k) {
		return v, "ratio word in a comparison", true
	}
	if w[0] >= utf8.RuneSelf {
		if v, ok := ratioStem(w); ok {
			return v, "ratio word stem", true
		}
	}
	return 0, "", false
}

// foldValue reads "eightfold", "twelvefold", "hundredfold": a number word
// with a fold suffix; 0 when w is none.
func foldValue(w string) float64 {
	for _, s := range foldSuffixes {
		stem, ok := strings.CutSuffix(w, s)
		if !ok || stem == "" {
			continue
		}
		stem = strings.TrimSuffix(stem, "-")
		if wi, ok := wordTab.Get(stem); ok && (wi.c == wUnit || wi.c == wTeen || wi.c == wTens || wi.c == wHundred) && wi.v > 1 {
			return wi.v
		}
	}
	return 0
}

// ratioInContext reports whether "twice", "double", "triple" at k is a
// ratio: before "as", "the", "that", a possessive or "in", at the end of
// a clause, or after "to", "than", "nearly", "almost" ("more than
// double", "is expected to triple").
func (f *finder) ratioInContext(k int) bool {
	w := f.t[k].low
	next := ""
	if k+1 < len(f.t) && f.t[k+1].k == kWord && !f.t[k+1].nl {
		next = f.t[k+1].low
	}
	prev := ""
	if k > 0 && f.t[k-1].k == kWord {
		prev = f.t[k-1].low
	}
	switch w {
	case "twice", "thrice":
		return next == "as" || next == "the" || next == "that"
	}
	switch next {
	case "the", "that", "its", "their", "in", "from", "by", "":
		return true
	}
	switch prev {
	case "to", "than", "nearly", "almost", "roughly", "about", "will", "could", "would":
		return true
	}
	return false
}

// zeroAt reads "ни одного", "ни один" (a negating particle before a form
// of one) or a word that is zero ("жодного").
func (f *finder) zeroAt(k int) (int, bool) {
	w := f.t[k].low
	if tk.In(zeroTab, w) {
		return k + 1, true
	}
	if tk.In(negateTab, w) {
		if nw, ok := f.word(k + 1); ok && nw.c == wUnit && nw.v == 1 && f.t[k+1].sp {
			return k + 2, true
		}
	}
	return 0, false
}

// hedge applies the approximation or bound before token i to it.
func (f *finder) hedge(it *item, i int) {
	m, s, ok := f.modifierBefore(i)
	if !ok {
		return
	}
	it.i = s
	it.applyHedge(m, &it.q.Value)
	it.q.Rule += "; modifier " + strings.Join(m.words, " ")
}

// applyHedge sets the approximation or bound hedge m gives to v.
func (it *item) applyHedge(m modifier, v *doc.Value) {
	it.hedged = true
	if m.appr {
		v.Approx = true
		return
	}
	v.Bound = m.bound
	if m.bound == doc.BoundMin {
		it.lowOpen = m.open
	} else {
		it.highOpen = m.open
	}
}

// timesRatio reads "в 12 раз", "у два рази", "в полтора раза" after the
// number that ends before token j: the preposition is before the number,
// "раз" after it. It returns the token after "раз" (and a comparative
// that follows it) and the preposition's token.
func (f *finder) timesRatio(ph phrase) (int, int, bool) {
	j := ph.j
	if j >= len(f.t) || f.t[j].k != kWord || !tk.In(timesTab, f.t[j].low) {
		return 0, 0, false
	}
	p := ph.i - 1
	if p < 0 || f.t[p].k != kWord || !tk.In(timesPrepTab, f.t[p].low) {
		return 0, 0, false
	}
	j++
	if j < len(f.t) && f.t[j].k == kWord && comparatives[f.t[j].low] {
		j++
	}
	return j, p, true
}

// comparatives after "в N раз": "в 12 раз больше".
var comparatives = map[string]bool{"больше": true, "меньше": true, "выше": true, "ниже": true, "более": true, "менее": true,
	"більше": true, "менше": true, "вище": true, "нижче": true}

// frequency reads "два раза в неделю", "тричі на рік": a count of times
// followed by a rate is how often something happens, not an amount. It
// returns the token after the rate.
func (f *finder) frequency(j int) (int, bool) {
	if j >= len(f.t) || f.t[j].k != kWord || !tk.In(frequencyTab, f.t[j].low) {
		return 0, false
	}
	if j+2 < len(f.t) && f.t[j+1].k == kWord && (tk.In(ratePrepTab, f.t[j+1].low) || f.t[j+1].low == "на") {
		if _, ok := periodTab.Get(f.t[j+2].low); ok {
			return j + 3, true
		}
	}
	return 0, false
}

// changeFrom reports whether "from X to Y" (or "с X до Y", "від X до Y")
// states a change, two figures, rather than a range: X is larger than Y,
// or a change word stands before the opener ("fell from", "выросло с").
func (f *finder) changeFrom(opener int, lo, hi float64) bool {
	if opener < 0 || opener >= len(f.t) || !changeOpeners[f.t[opener].low] {
		return false
	}
	if lo > hi {
		return true
	}
	for k := opener - 1; k >= 0 && k >= opener-3; k-- {
		if f.t[k].k != kWord {
			break
		}
		w := f.t[k].low
		if changeWords[w] || (w[0] >= utf8.RuneSelf && hasAnyPrefix(w, changePrefixes)) {
			return true
		}
	}
	return false
}

// changeOpeners open "from X to Y".
var changeOpeners = map[string]bool{"from": true, "от": true, "с": true, "со": true, "від": true, "з": true, "із": true}

// sharedHedge reports a hedge that covers two coordinated figures: "about
// 300 dead and 2,700 wounded", "около 300 убитых и 2700 раненых". The
// number at token i follows "and" after a hedged approximate figure and
// at most two words.
func (f *finder) sharedHedge(i int) bool {
	k := i - 1
	if k < 1 || len(f.items) == 0 || f.t[k].k != kWord || !tk.In(coordinatorTab, f.t[k].low) {
		return false
	}
	prev := f.items[len(f.items)-1]
	if !prev.hedged || !prev.q.Value.Approx || prev.q.Kind != doc.QCount || prev.j > k || k-prev.j > 2 {
		return false
	}
	for m := prev.j; m < k; m++ {
		if f.t[m].k != kWord {
			return false
		}
	}
	return true
}

var coordinators = map[string]bool{"and": true, "и": true, "і": true, "та": true, "й": true}

// phoneEnd returns the end of a phone number whose country code ends
// before token j: digit groups, hyphens and a bracketed area code on the
// same line ("+7 (4212) 555-37-90", "+1 212 555 0199").
func (f *finder) phoneEnd(j int) int {
	end := j
	for n := 0; j < len(f.t) && n < 12 && !f.t[j].nl; n++ {
		t := f.t[j]
		switch {
		case t.k == kNum && !t.dec:
			j++
			end = j
		case t.k == kSym && (t.low == "-" || t.low == "(" || t.low == ")" || t.low == "."):
			j++
			if t.low == ")" {
				end = j
			}
		default:
			return end
		}
	}
	return end
}

// notAmount types numbers that are labels, not amounts: footnote markers
// ("[1]"), numbers after a number sign ("№ 124", "#3"), page, figure and
// issue numbers after an abbreviation ("p. 47", "стр. 9", "No. 14"), and
// age ratings ("18+" with nothing counted after it).
func (f *finder) notAmount(ph phrase) (int, string, bool) {
	t := f.t
	if ph.j-ph.i != 1 || t[ph.i].k != kNum || t[ph.i].dec {
		return 0, "", false
	}
	if f.isSym(ph.i-1, "[") && f.adjacent(ph.i) && f.isSym(ph.j, "]") && f.adjacent(ph.j) {
		return ph.j, "footnote marker", true
	}
	if ph.i > 0 && t[ph.i-1].k == kSym && (t[ph.i-1].low == "№" || t[ph.i-1].low == "#") {
		return ph.j, "number sign", true
	}
	if f.isSym(ph.i-1, ".") && ph.i > 1 && t[ph.i-2].k == kWord && f.adjacent(ph.i-1) && abbrevNumberWords[t[ph.i-2].low] {
		return ph.j, "number after an abbreviation", true
	}
	if v := t[ph.i].val; v <= 21 && !t[ph.i].sep && f.isSym(ph.j, "+") && f.adjacent(ph.j) {
		if n := ph.j + 1; n >= len(t) || t[n].nl || t[n].k != kWord {
			return ph.j + 1, "age rating", true
		}
	}
	return 0, "", false
}

// abbrevNumberWords are abbreviations that, with their dot, make the
// number after them a label: page, figure, table, issue, volume, item.
var abbrevNumberWords = map[string]bool{"p": true, "pp": true, "no": true, "nos": true, "fig": true, "vol": true, "tab": true,
	"art": true, "para": true, "стр": true, "с": true, "рис": true, "табл": true, "вып": true, "т": true, "п": true, "ст": true,
	"ч": true, "гл": true, "разд": true, "вип": true}
