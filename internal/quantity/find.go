package quantity

import (
	"context"
	"math"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/doc"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// item is a quantity with the lexical facts the spec functions need.
type item struct {
	q        doc.Quantity
	i, j     int // tokens
	cur      currency
	hasCur   bool
	dim      dimUnit
	lowOpen  bool // "more than" (strict) rather than "at least"
	highOpen bool // "less than" rather than "up to"; ranges "20-30" are half-open
	noValue  bool
	hedged   bool // a hedge before it set its bound or approximation
	// coreI, coreJ delimit the amount with its currency or unit but
	// without modifiers and rate (the Recognizers-Text span).
	coreI, coreJ int
	cs, ce       int // their byte offsets
}

type finder struct {
	parser
	lang  string
	items []item
	last  int // first token not yet used
	// changeTo is the "to" of a "from X to Y" read as a change: it is not
	// a hedge of Y ("с 34 тыс. до 11 тыс.": "до" is not "up to"); -1 if none.
	changeTo int
}

// analyze finds the quantities of text.
func analyze(text, lang string, spec bool) []item {
	items, _ := analyzeContext(context.Background(), text, lang, spec)
	return items
}

// analyzeContext is analyze that stops when ctx is done, checking it every
// 4096 tokens, and returns the items found so far with ctx's error.
func analyzeContext(ctx context.Context, text, lang string, spec bool) ([]item, error) {
	st := tk.Get(text)
	defer tk.Put(st)
	return analyzeStream(ctx, st, lang, spec, nil)
}

// analyzeStream is analyzeContext on the shared token stream of the text;
// it appends the items to items[:0] (FindStream's kept buffer, or nil).
func analyzeStream(ctx context.Context, st *tk.Stream, lang string, spec bool, items []item) ([]item, error) {
	loadTables()
	buf := tokPool.Get().(*[]tok)
	defer putToks(buf)
	if spec {
		*buf = tokensInto(*buf, st, cfgFor(lang, spec))
		return analyzeToks(ctx, st.Text, *buf, nil, lang, spec, items)
	}
	sbuf := startPool.Get().(*[]int32)
	defer putSlice(&startPool, sbuf, 1<<14)
	*buf, *sbuf = windowsInto(*buf, *sbuf, st, cfgFor(lang, spec), findMargins)
	return analyzeToks(ctx, st.Text, *buf, *sbuf, lang, spec, items)
}

// startPool keeps windowsInto's anchor token slices for the next text.
var startPool = sync.Pool{New: func() any { return new([]int32) }}

// analyzeToks finds the quantities of text in its tokens toks (all of
// them, or windowsInto's) and appends them to items[:0]. With starts (the
// windows' anchor tokens) it looks at those tokens and the ones right
// before them only (nextStart); with nil starts at every token.
func analyzeToks(ctx context.Context, text string, toks []tok, starts []int32, lang string, spec bool, items []item) ([]item, error) {
	f := &finder{parser: parser{text: text, t: toks, spec: spec}, lang: lang, changeTo: -1, items: items[:0]}
	next := 4096
	c := 0 // starts before c are behind k
	for k := 0; k < len(f.t); {
		if starts != nil {
			if k, c = nextStart(starts, c, k); k >= len(f.t) {
				break
			}
		}
		if k >= next {
			if err := ctx.Err(); err != nil {
				return f.items, err
			}
			next = k + 4096
		}
		if !f.startable(k) {
			k++
			continue
		}
		if j, ok := f.wordAmount(k); ok {
			k = j
			f.last = j
			continue
		}
		if j, ok := f.vague(k); ok {
			k = j
			f.last = j
			continue
		}
		ph, ok := f.phraseAt(k, f.moneyBefore(k))
		if !ok || ph.j <= k {
			k++
			continue
		}
		if f.pronounOne(ph) {
			k = ph.j
			continue
		}
		j := f.quantity(ph)
		if j <= k {
			j = k + 1
		}
		k = j
		f.last = j
	}
	return f.items, nil
}

// nextStart is the first token from k on that is an anchor's token (of
// starts) or right before one, math.MaxInt32 for none, and the first of
// starts from c on not behind k. No rule starts an amount at another
// token: startable takes numbers, the "-" before one and start words, and
// those that anchor nothing ("a", "and": weakStart) start one only right
// before a number word.
func nextStart(starts []int32, c, k int) (int, int) {
	for c < len(starts) && int(starts[c]) < k {
		c++
	}
	if c == len(starts) {
		return math.MaxInt32, c
	}
	if s := int(starts[c]); s-1 >= k {
		return s - 1, c
	}
	return int(starts[c]), c
}

// startable is a cheap test that a number may start at token k.
func (f *finder) startable(k int) bool {
	t := &f.t[k]
	switch t.k {
	case kNum:
		return true
	case kSym:
		return t.low == "-" && k+1 < len(f.t) && f.t[k+1].k == kNum && !f.t[k+1].sp
	}
	if startKinds.MayHold(t.low) {
		if kind, ok := startKinds.Get(t.low); ok {
			return !f.spec || kind&startWordOnly == 0
		}
	}
	return !f.spec && mayStartWord(t.low) && f.wordStart(k)
}

func (f *finder) moneyBefore(k int) bool {
	if k == 0 {
		return false
	}
	_, ok := currencyTab.Get(f.t[k-1].low)
	return ok
}

func (f *finder) emit(it item) {
	if it.i < 0 {
		it.i = 0
	}
	if it.coreJ == 0 {
		it.coreI, it.coreJ = it.i, it.j
	}
	it.q.Start, it.q.End = int(f.t[it.i].s), int(f.t[it.j-1].e)
	it.q.Text = f.text[it.q.Start:it.q.End]
	it.cs, it.ce = int(f.t[it.coreI].s), int(f.t[it.coreJ-1].e)
	f.items = append(f.items, it)
}

// vague reads "hundreds of", "thousands of", "tens of thousands of",
// "dozens", "several hundred".
func (f *finder) vague(k int) (int, bool) {
	t := f.t[k]
	m := k
	val := 0.0
	switch {
	case t.low == "tens" && f.isWord(k+1, "of"):
		if w, ok := f.word(k + 2); ok && w.c == wScale && w.plural {
			val, m = 10*w.v*2, k+3
		}
	case t.low == "several" || (t.low == "few" && k > 0 && f.isWord(k-1, "a")):
		if w, ok := f.word(k + 1); ok && (w.c == wScale || w.c == wHundred) && !w.plural {
			val, m = 2*w.v, k+2
		}
	case tk.In(severalTab, t.low):
		// "несколько тысяч", "кілька сотень": plural multipliers
		if w, ok := f.word(k + 1); ok && w.c == wScale {
			val, m = 2*w.v, k+2
		}
	case tk.In(bareVagueTab, t.low):
		// "тысячи рабочих", "десятки тысяч", "сотни": no "of"; a genitive
		// singular after a governing word is one of it ("около тысячи")
		if k > 0 && f.t[k-1].k == kNum {
			return 0, false
		}
		if w, ok := f.word(k); ok && w.gen && f.governed(k) {
			return 0, false
		}
		val, m = vagueValue(t.low), k+1
		if w, ok := f.word(m); ok && w.c == wScale && w.plural {
			val, m = val*w.v, m+1
		}
	default:
		v, ok := vagueTab.Get(t.low)
		if !ok {
			return 0, false
		}
		if k > 0 && f.t[k-1].k == kNum {
			return 0, false
		}
		val, m = v, k+1
		// a quoted word: '"thousands" of workers'
		of := m
		if of < len(f.t) && f.t[of].k == kSym && closingQuotes[f.t[of].low] && f.adjacent(of) {
			of++
		}
		if f.isWord(of, "of") && of > m {
			m = of
		}
		// "hundreds of thousands"
		if f.isWord(m, "of") {
			if w, ok := f.word(m + 1); ok && w.c == wScale && w.plural {
				val, m = v*w.v, m+2
			}
		}
		if t.low == "scores" && !f.isWord(m, "of") {
			return 0, false
		}
		if t.low != "dozens" && !f.isWord(m, "of") && !f.isWord(m, "more") {
			return 0, false
		}
	}
	if val == 0 {
		return 0, false
	}
	it := item{i: k, j: m, q: doc.Quantity{Kind: doc.QCount, Value: doc.Value{Bound: doc.BoundMin, Number: val, Vague: true}, Rule: "vague"}}
	if t.low == "few" {
		it.i = k - 1
	}
	if m, s, ok := f.modifierBefore(k); ok && m.bound == doc.BoundMax {
		// "до десятков тысяч": up to a vague amount
		it.i, it.q.Value.Bound, it.hedged = s, doc.BoundMax, true
	}
	n := m
	if f.isWord(n, "of") {
		n++
	}
	it.q.Unit = f.countedNoun(n)
	f.emit(it)
	return m, true
}

var closingQuotes = map[string]bool{`"`: true, "”": true, "’": true, "»": true, "'": true}

// quantity types the phrase and emits it with what surrounds it; it
// returns the next token to look at.
func (f *finder) quantity(ph phrase) int {
	t := f.t
	first := t[ph.i]

	single := ph.j-ph.i == 1 && first.k == kNum
	it := item{i: ph.i, j: ph.j, q: doc.Quantity{Value: doc.Exact(ph.val)}}
	other := func(kind, rule string, j int) int {
		it.j = j
		it.q.Kind, it.q.Rule = kind, rule
		f.emit(it)
		return j
	}
	// times of day: "01:18:18", "5 pm", "6am"
	if single && !first.dec && f.isSym(ph.j, ":") && f.adjacent(ph.j) && ph.j+1 < len(t) && t[ph.j+1].k == kNum && f.adjacent(ph.j+1) && t[ph.j+1].nint == 2 {
		j := ph.j + 2
		if f.isSym(j, ":") && f.adjacent(j) && j+1 < len(t) && t[j+1].k == kNum && f.adjacent(j+1) {
			j += 2
		}
		j = f.ampm(j)
		return other(doc.QTime, "time of day", j)
	}
	if (single || (ph.words && !ph.lit)) && !ph.dec && !ph.frac && ph.val >= 0 && ph.val <= 24 && ph.val == math.Trunc(ph.val) {
		if j := f.ampm(ph.j); j > ph.j {
			return other(doc.QTime, "time of day", j)
		}
	}
	// dates
	if j, ok := f.date(ph); ok {
		if f.month(ph.i - 1) {
			it.i = ph.i - 1
		} else if f.isSym(ph.i-1, ".") && f.month(ph.i-2) {
			it.i = ph.i - 2
		}
		return other(doc.QDate, "date", j)
	}
	// the end of a range of days after a date: "between Oct. 8 and 13",
	// "from May 4 to 9"
	if single && f.dayRangeEnd(ph) {
		return other(doc.QDate, "date: end of a range of days", ph.j)
	}
	if first.chain && single {
		j := ph.j
		for j+1 < len(t) && f.isSym(j, ".") && t[j+1].chain && f.adjacent(j) {
			j += 2
		}
		return other(doc.QOther, "dotted number", j)
	}
	// phone numbers and long digit chains: "+7 495 123-45-67", "+7 (423)
	// 555-37-90", "222-2222-2222"
	if single && (f.isSym(ph.i-1, "+") && f.adjacent(ph.i)) {
		return other(doc.QOther, "phone number", f.phoneEnd(ph.j))
	}
	if j, rule, ok := f.notAmount(ph); ok {
		return other(doc.QOther, rule, j)
	}
	if single && !first.dec && !first.sep && f.isSym(ph.j, "-") && f.adjacent(ph.j) && ph.j+1 < len(t) && t[ph.j+1].k == kNum && f.adjacent(ph.j+1) &&
		f.isSym(ph.j+2, "-") && ph.j+3 < len(t) && t[ph.j+3].k == kNum {
		j := ph.j + 4
		for j+1 < len(t) && f.isSym(j, "-") && t[j+1].k == kNum && f.adjacent(j+1) {
			j += 2
		}
		return other(doc.QOther, "digit chain", j)
	}
	// resolution numbers ("резолюции 1874" is not a year)
	if single && f.resolution(ph.i) {
		return other(doc.QResolution, "resolution number", ph.j)
	}
	// years
	if single && isYearLit(first) {
		if j, ok := f.year(ph); ok {
			return other(doc.QYear, "year", j)
		}
	}
	// ordinals and positions
	if ph.ord {
		return other(doc.QOrdinal, "ordinal", ph.j)
	}
	if single && f.isSym(ph.i-1, "(") && f.isSym(ph.j, "-") && f.adjacent(ph.j) && ph.j+1 < len(t) && t[ph.j+1].k == kWord && len(t[ph.j+1].low) == 1 {
		return other(doc.QOrdinal, "position in a photo", ph.j+2)
	}
	// names and codes: "Covid-19", "MH17", "IE 10", "Article 5"
	if single && ph.i > 0 && !ph.frac {
		pv := t[ph.i-1]
		if pv.k == kWord && !first.sp {
			if _, isCur := currencyWordTab.Get(pv.low); !isCur {
				return other(doc.QOther, "code", ph.j)
			}
		}
		if (f.isSym(ph.i-1, "-") || f.isSym(ph.i-1, "_")) && !first.sp && ph.i > 1 && t[ph.i-2].k == kWord && !t[ph.i-1].sp {
			return other(doc.QOther, "name with number", ph.j)
		}
		if pv.k == kWord && (tk.In(nameNumberTab, pv.low) || (pv.caps && len(pv.low) <= 5 && !isCurrencyCode(pv.low))) && !first.dec && !first.sep {
			if _, isMod := modifierTab.Get(pv.low); !isMod {
				return other(doc.QOther, "name with number", ph.j)
			}
		}
	}
	// glued letters that are not a unit: "5G", "3D"
	if ph.lit && ph.j < len(t) && t[ph.j].k == kWord && !t[ph.j].sp {
		if _, ok := dimTab.Get(t[ph.j].low); !ok {
			if _, ok := currencyWordTab.Get(t[ph.j].low); !ok && t[ph.j].low != "fold" {
				return other(doc.QOther, "code", ph.j+1)
			}
		}
	}
	if ph.i > 0 && f.isSym(ph.i-1, "%") && !first.sp {
		return other(doc.QOther, "url escape", ph.j)
	}
	if _, _, unit := f.dimension(ph.j); ph.frac && ph.endScale == 0 && !unit && !(ph.val >= 1 && (f.isWord(ph.j, "times") || f.isWord(ph.j, "fold"))) {
		// "two thirds of": a share, not a claim amount ("seven and a half
		// times" is a ratio)
		return other(doc.QOther, "fraction", ph.j)
	}
	return f.amount(ph, it)
}

func isCurrencyCode(s string) bool {
	c, ok := currencyWordTab.Get(s)
	return ok && c.iso != ""
}

func isYearLit(t tok) bool {
	return t.k == kNum && !t.dec && !t.sep && t.nint == 4 && t.val >= 1800 && t.val <= 2100
}

func (f *finder) ampm(j int) int {
	if j >= len(f.t) || f.t[j].k != kWord {
		return j
	}
	if tk.In(daytimeTab, f.t[j].low) {
		return j + 1 // "в 6 утра", "о сьомій ранку"
	}
	switch f.t[j].low {
	case "am", "pm":
		return j + 1
	case "a", "p":
		if f.isSym(j+1, ".") && f.isWord(j+2, "m") {
			if f.isSym(j+3, ".") {
				return j + 4
			}
			return j + 3
		}
	}
	return j
}

func (f *finder) month(k int) bool {
	if k < 0 || k >= len(f.t) || f.t[k].k != kWord {
		return false
	}
	_, ok := monthTab.Get(f.t[k].low)
	if !ok {
		return false
	}
	switch f.t[k].low {
	case "may", "march", "mar", "jan", "sep", "dec", "oct", "nov", "aug", "jun", "jul", "apr", "feb", "sept":
		return f.t[k].cap
	}
	return true
}

// date reads "13 February 2024", "July 18, 2014", "2024-06-02", "5/17/2018".
func (f *finder) date(ph phrase) (int, bool) {
	t := f.t
	first := t[ph.i]
	if ph.j-ph.i != 1 || first.k != kNum || first.dec || first.sep {
		return 0, false
	}
	// ISO 2024-06-02
	if first.nint == 4 && f.isSym(ph.j, "-") && f.adjacent(ph.j) && ph.j+3 < len(t) && t[ph.j+1].k == kNum && t[ph.j+1].nint == 2 &&
		f.isSym(ph.j+2, "-") && t[ph.j+3].k == kNum && t[ph.j+3].nint == 2 && f.adjacent(ph.j+3) {
		return ph.j + 4, true
	}
	// 5/17/2018, 17.05.2018
	for _, s := range []string{"/", "."} {
		if first.nint <= 2 && f.isSym(ph.j, s) && f.adjacent(ph.j) && ph.j+3 < len(t) && t[ph.j+1].k == kNum && t[ph.j+1].nint <= 2 &&
			f.isSym(ph.j+2, s) && t[ph.j+3].k == kNum && (t[ph.j+3].nint == 4 || t[ph.j+3].nint == 2) && f.adjacent(ph.j+3) {
			return ph.j + 4, true
		}
	}
	if first.val < 1 || first.val > 31 || first.nint > 2 {
		return 0, false
	}
	// "8-13 October", "з 8 по 13 жовтня": a day before a range of days
	if j := ph.j; (f.isSym(j, "-") || f.isSym(j, "–") || f.isWord(j, "по") || f.isWord(j, "до") || f.isWord(j, "to")) &&
		j+2 < len(t) && t[j+1].k == kNum && !t[j+1].dec && t[j+1].nint <= 2 && t[j+1].val >= 1 && t[j+1].val <= 31 && f.month(j+2) {
		return ph.j, true
	}
	// 13 February 2024
	if f.month(ph.j) {
		j := ph.j + 1
		if f.isSym(j, ",") {
			j++
		}
		if j < len(t) && isYearLit(t[j]) {
			return j + 1, true
		}
		return ph.j + 1, true
	}
	// July 18, 2014
	if f.month(ph.i-1) || (f.isSym(ph.i-1, ".") && f.month(ph.i-2)) {
		j := ph.j
		if f.isWord(j, "th") || f.isWord(j, "st") || f.isWord(j, "nd") || f.isWord(j, "rd") {
			j++
		}
		if f.isSym(j, ",") && j+1 < len(t) && isYearLit(t[j+1]) {
			return j + 2, true
		}
		if j < len(t) && isYearLit(t[j]) {
			return j + 1, true
		}
		return j, true
	}
	return 0, false
}

// dayRangeEnd reports a day of the month that ends a range begun by the
// date just before it: "Oct. 8 and 13", "May 4 to 9", "June 2-5".
func (f *finder) dayRangeEnd(ph phrase) bool {
	t := f.t[ph.i]
	if t.dec || t.sep || t.nint > 2 || t.val < 1 || t.val > 31 || ph.i < 2 || len(f.items) == 0 {
		return false
	}
	prev := f.items[len(f.items)-1]
	if prev.q.Kind != doc.QDate || prev.j != ph.i-1 {
		return false
	}
	c := f.t[ph.i-1]
	if !(c.k == kWord && (c.low == "and" || c.low == "to" || c.low == "through" || c.low == "и" || c.low == "по" || c.low == "до" || c.low == "і") ||
		c.k == kSym && (c.low == "-" || c.low == "–")) {
		return false
	}
	// the date before ends with its day: "Oct. 8", not "8 October 2024"
	last := f.t[prev.j-1]
	return last.k == kNum && last.nint <= 2
}

// year decides whether a four-digit number is a year and returns its end.
func (f *finder) year(ph phrase) (int, bool) {
	t := f.t
	j := ph.j
	// "2019-20", "2019–2020"
	if (f.isSym(j, "-") || f.isSym(j, "–") || f.isSym(j, "/")) && j+1 < len(t) && t[j+1].k == kNum && !t[j+1].dec && (t[j+1].nint == 2 || isYearLit(t[j+1])) {
		return j + 2, true
	}
	if j < len(t) && t[j].k == kWord && tk.In(yearNounTab, t[j].low) {
		return j + 1, true
	}
	if ph.i > 0 {
		pv := t[ph.i-1]
		if pv.k == kWord && (tk.In(yearPrepTab, pv.low) || f.month(ph.i-1)) {
			return j, true
		}
		if pv.k == kSym && (pv.low == "-" || pv.low == "(" || pv.low == "'") {
			return j, true
		}
		if pv.k == kSym {
			if _, ok := currencyTab.Get(pv.low); ok {
				return 0, false
			}
		}
		if pv.k == kWord {
			if _, ok := modifierTab.Get(pv.low); ok {
				return 0, false
			}
		}
	}
	// followed by a unit, a currency or a counted plural: an amount
	if j < len(t) && t[j].k == kWord {
		w := t[j].low
		if _, ok := currencyWordTab.Get(w); ok {
			return 0, false
		}
		if w == "percent" || w == "per" || w == "times" {
			return 0, false
		}
		if tk.In(countTab, w) {
			return 0, false
		}
		if _, ok := wordTab.Get(w); ok {
			return 0, false
		}
		if isPlural(w) && !t[j].cap {
			return 0, false
		}
	}
	if f.isSym(j, "%") {
		return 0, false
	}
	return j, true
}

// resolution reports a number that follows "resolution", "resolutions
// 2375 and", "UNSCR", "резолюция Совета Безопасности ООН": the body's
// name (capitalized words) may stand between.
func (f *finder) resolution(k int) bool {
	for n := 1; n <= 6 && k-n >= 0; n++ {
		pv := f.t[k-n]
		if pv.k == kWord && tk.In(resolutionTab, pv.low) {
			return true
		}
		if pv.k == kWord && (pv.low == "no" || pv.low == "number" || pv.low == "and" || pv.low == "or" || pv.low == "и" || pv.low == "і" || pv.low == "та") {
			continue
		}
		if pv.k == kWord && (pv.cap || pv.caps) && n < 6 {
			continue // "резолюция Совета Безопасности ООН 2397"
		}
		if pv.k == kSym && (pv.low == "." || pv.low == "," || pv.low == "№" || pv.low == "#") {
			continue
		}
		if pv.k == kNum && len(f.items) > 0 && f.items[len(f.items)-1].q.Kind == doc.QResolution {
			return true
		}
		return false
	}
	return false
}

// currencyBefore finds a currency written before token k: "$", "US$",
// "C $", "USD", "€". It returns the first token of the currency.
func (f *finder) currencyBefore(k int) (currency, int, bool) {
	t := f.t
	if k == 0 || k-1 < f.last {
		return currency{}, 0, false
	}
	pv := t[k-1]
	if pv.k == kSym {
		c, ok := currencyTab.Get(pv.low)
		if !ok {
			return c, 0, false
		}
		i := k - 1
		if pv.low == "$" && k-2 >= f.last && t[k-2].k == kWord && (!pv.sp || f.spec && (t[k-2].low == "c" || t[k-2].low == "us" || t[k-2].low == "hk")) {
			w := t[k-2].low
			if c2, ok := currencyTab.Get(w + "$"); ok {
				c, i = c2, k-2
			}
			if w == "s" && k-4 >= f.last && f.isSym(k-3, ".") && f.isWord(k-4, "u") && f.adjacent(k-2) {
				c, i = currencySymbols["us$"], k-4
			}
		}
		return c, i, true
	}
	if pv.k == kWord {
		if c, ok := currencyWordTab.Get(pv.low); ok && c.iso != "" && len(pv.low) == 3 && (pv.caps || f.spec) {
			return c, k - 1, true
		}
		if f.spec && (pv.low == "sen" || pv.low == "maud" || pv.low == "musd" || pv.low == "meur" || pv.low == "mgbp") {
			if pv.low == "sen" {
				return currencyWords["sen"], k - 1, true
			}
			return currencyWords[pv.low[1:]], k - 1, true
		}
	}
	return currency{}, 0, false
}

// currencyAfter finds a currency written after token j: "dollars", "US
// dollars", "swiss francs", "USD", "€", "рублей".
func (f *finder) currencyAfter(j int) (currency, int, bool) {
	t := f.t
	if j >= len(t) {
		return currency{}, j, false
	}
	if t[j].k == kSym {
		if c, ok := currencyTab.Get(t[j].low); ok && t[j].low != "$" || ok && f.spec {
			if j+1 < len(t) && t[j+1].k == kNum && (f.adjacent(j+1) || f.spec) {
				return currency{}, j, false // "$" of the next amount
			}
			return c, j + 1, true
		}
		if t[j].low == "-" && f.adjacent(j) && f.adjacent(j+1) && j+1 < len(t) && t[j+1].k == kWord {
			if c, ok := currencyWordTab.Get(t[j+1].low); ok && (t[j+1].low == "cent" || t[j+1].low == "yen" || t[j+1].low == "dollar" || t[j+1].low == "euro" || t[j+1].low == "pound") {
				return c, j + 2, true
			}
		}
		return currency{}, j, false
	}
	if t[j].k != kWord {
		return currency{}, j, false
	}
	if j+1 < len(t) && t[j+1].k == kWord {
		if c, ok := currencyWords[t[j].low+" "+t[j+1].low]; ok {
			return c, j + 2, true
		}
	}
	if j+3 < len(t) && t[j].low == "u" && f.isSym(j+1, ".") && f.isWord(j+2, "s") && f.isSym(j+3, ".") && f.isWord(j+4, "dollars") {
		return currencyWords["usd"], j + 5, true
	}
	w := t[j].low
	c, ok := currencyWordTab.Get(w)
	if !ok {
		return c, j, false
	}
	if w == "pound" || w == "pounds" {
		// "25 pounds" of weight: money only with a money word around
		if f.isWord(j+1, "of") || f.isWord(j+1, "in") {
			return c, j, false
		}
	}
	if w == "won" && j+1 < len(t) && t[j+1].k == kWord && !t[j+1].cap && t[j+1].low != "a" && t[j+1].low != "per" && t[j+1].low != "in" && t[j+1].low != "annually" && t[j+1].low != "and" {
		// "won the match": a verb
		if _, ok := wordTab.Get(t[j+1].low); !ok {
			return c, j, false
		}
	}
	if w == "try" || w == "sen" {
		if !t[j].caps && !f.spec {
			return c, j, false
		}
	}
	return c, j + 1, true
}

// amount reads the modifiers, range, unit and rate around a number.
func (f *finder) amount(ph phrase, it item) int {
	t := f.t
	j := ph.j
	val := doc.Exact(ph.val)
	rule := "number"
	_ = t
	// currency before
	if c, i, ok := f.currencyBefore(ph.i); ok {
		it.cur, it.hasCur, it.i = c, true, i
	}
	// range: "20-30", "$150-$300 million", "between 20,000 and 30,000", "from 5 to 10"
	between := f.rangeOpener(it.i)
	if r, j2, ok := f.rangeEnd(ph, between != ""); ok {
		lo, hi := ph.val, r.val
		if ph.endScale == 0 && r.endScale > 0 && lo*r.endScale <= hi {
			lo *= r.endScale
		}
		if f.changeFrom(it.i-1, lo, hi) {
			// "fell from 34,000 to 11,000": a before and an after
			if t[ph.j].k == kWord {
				f.changeTo = ph.j
			}
			it.i--
			rule = "change: from"
		} else if lo <= hi || between != "" {
			val = doc.Range(lo, hi)
			it.highOpen = true
			j = j2
			rule = "range"
			if c, _, ok := f.currencyBefore(r.i); ok && !it.hasCur {
				it.cur, it.hasCur = c, true
			}
			if between != "" {
				it.i = f.openerStart(it.i, between)
			}
		}
	}
	// modifiers before
	if val.Bound == doc.BoundExact {
		if m, i, ok := f.modifierBefore(it.i); ok {
			it.i = i
			it.applyHedge(m, &val)
			rule = "modifier " + strings.Join(m.words, " ")
		}
	}
	// suffix bounds: "10,000 or more", "10,000-plus", "or so"
	if val.Bound == doc.BoundExact {
		switch {
		case f.isWord(j, "or") && (f.isWord(j+1, "more") || f.isWord(j+1, "greater") || f.isWord(j+1, "higher") || f.isWord(j+1, "above")):
			val.Bound = doc.BoundMin
			j += 2
		case f.isWord(j, "or") && (f.isWord(j+1, "less") || f.isWord(j+1, "fewer") || f.isWord(j+1, "below")):
			val.Bound = doc.BoundMax
			j += 2
		case f.isWord(j, "or") && f.isWord(j+1, "so"):
			val.Approx = true
			j += 2
		case f.isSym(j, "-") && f.isWord(j+1, "plus") && f.adjacent(j):
			val.Bound = doc.BoundMin
			j += 2
		case f.isSym(j, "+") && f.adjacent(j) && ph.lit:
			val.Bound = doc.BoundMin
			j++
		}
	}
	if val.Bound == doc.BoundMin || val.Bound == doc.BoundMax {
		n := val.Number
		approx := val.Approx
		val = doc.Value{Bound: val.Bound, Number: n, Approx: approx}
	}
	it.q.Value = val
	it.q.Rule = rule
	if !it.hedged && val.Bound == doc.BoundExact && !val.Approx && f.sharedHedge(it.i) {
		it.q.Value.Approx = true
		it.q.Rule = "hedge shared with the coordinated figure before"
	}
	// ratio: "в 12 раз", "почти в 12 раз больше", "у два рази"
	if j2, p, ok := f.timesRatio(ph); ok && !it.hasCur {
		if p < it.i {
			it.i = p
		}
		it.q.Kind, it.q.Unit, it.j = doc.QRatio, "ratio", j2
		it.q.Rule += "; ratio: в N раз"
		f.emit(it)
		return j2
	}
	// frequency: "два раза в неделю"
	if j2, ok := f.frequency(j); ok && !it.hasCur {
		it.q.Kind, it.q.Rule, it.j = doc.QOther, "frequency", j2
		f.emit(it)
		return j2
	}
	// percent
	if f.isSym(j, "%") && !(j+1 < len(t) && f.adjacent(j+1) && t[j+1].k != kSym) || f.isWord(j, "percent") || f.isWord(j, "pct") || f.isWord(j, "percentage") || f.isWord(j, "percents") || f.isWord(j, "процента") || f.isWord(j, "процентов") || f.isWord(j, "відсотків") || f.isWord(j, "prozent") {
		j++
		if f.isWord(j-1, "percentage") && f.isWord(j, "points") {
			j++
		}
		it.q.Kind, it.q.Unit, it.j = doc.QPercent, "percent", j
		it.coreI, it.coreJ = ph.i, j
		f.emit(it)
		return j
	}
	if f.isWord(j, "per") && f.isWord(j+1, "cent") {
		it.q.Kind, it.q.Unit, it.j = doc.QPercent, "percent", j+2
		f.emit(it)
		return j + 2
	}
	// ratio: "12-fold", "12 times more"
	if f.isWord(j, "fold") || (f.isSym(j, "-") && f.isWord(j+1, "fold") && f.adjacent(j)) {
		if !f.isWord(j, "fold") {
			j++
		}
		it.q.Kind, it.q.Unit, it.j = doc.QRatio, "ratio", j+1
		f.emit(it)
		return j + 1
	}
	if f.isWord(j, "times") && !it.hasCur {
		j++
		switch {
		case f.isWord(j, "more"), f.isWord(j, "higher"), f.isWord(j, "larger"), f.isWord(j, "greater"), f.isWord(j, "bigger"), f.isWord(j, "less"), f.isWord(j, "fewer"), f.isWord(j, "lower"), f.isWord(j, "smaller"):
			j++
		case f.isWord(j, "as") && (f.isWord(j+1, "many") || f.isWord(j+1, "much")):
			j += 2
		case f.isWord(j, "the"):
		default:
			// "called 3 times": a count of occurrences
			it.q.Kind, it.q.Unit, it.j = doc.QCount, "times", j
			f.emit(it)
			return j
		}
		it.q.Kind, it.q.Unit, it.j = doc.QRatio, "ratio", j
		f.emit(it)
		return j
	}
	// currency after
	if c, j2, ok := f.currencyAfter(j); ok && !it.hasCur {
		it.cur, it.hasCur = c, true
		j = j2
		// "75 USD million"
		if s, ok := f.word(j); ok && s.c == wScale && !s.plural && c.iso != "" {
			it.q.Value.Number *= s.v
			j++
		}
		// "3 dollars 50 cents", "thirteen dollars and forty-five cents"
		if f.spec {
			j = f.cents(&it, j)
		}
	} else if it.hasCur && f.spec {
		j = f.cents(&it, j)
	}
	if it.hasCur {
		it.q.Kind, it.q.Unit = doc.QMoney, it.cur.code
		it.coreI, it.coreJ = ph.i, j
		if c, i, ok := f.currencyBefore(ph.i); ok && c == it.cur {
			it.coreI = i
		}
		it.q.Per, j = f.per(j, true)
		it.j = j
		f.emit(it)
		return j
	}
	// durations and ages
	if w := f.unitWord(j); tk.In(durationTab, w) {
		it.q.Kind, it.q.Unit, it.q.Rule = doc.QOther, w, "duration"
		j = f.skipUnit(j)
		for f.isSym(j, "-") && (f.isWord(j+1, "old") || f.isWord(j+1, "long")) {
			j += 2
		}
		it.j = j
		f.emit(it)
		return j
	}
	// dimensions
	if d, j2, ok := f.dimension(j); ok {
		it.dim = d
		it.q.Kind, it.q.Unit, it.j = doc.QDimension, d.code, j2
		if d.scale > 0 {
			// "3.78 MMbbl": the symbol holds a scale
			v := &it.q.Value
			v.Number, v.Low, v.High = v.Number*d.scale, v.Low*d.scale, v.High*d.scale
		}
		it.coreI, it.coreJ = ph.i, j2
		it.q.Per, it.j = f.per(j2, false)
		if it.q.Per == "" && d.per != "" {
			it.q.Per = d.per // "500,000 bpd"
		}
		f.emit(it)
		return it.j
	}
	// counts
	it.q.Kind = doc.QCount
	it.q.Unit = f.countedNoun(j)
	it.q.Per, it.j = f.per(j, false)
	if it.q.Per == "" {
		it.j = j
	}
	f.emit(it)
	return it.j
}

// cents reads "50 cents" or a bare "50" after "15 dollars" (spec).
func (f *finder) cents(it *item, j int) int {
	m := j
	if f.isWord(m, "and") {
		m++
	}
	if f.isWord(m, "a") || f.isWord(m, "an") {
		return j
	}
	ph, ok := f.phraseAt(m, false)
	if !ok || ph.val >= 100 || ph.val < 0 || ph.frac || (ph.j < len(f.t) && f.t[ph.j].k == kWord && f.adjacent(ph.j)) {
		return j
	}
	n := ph.j
	if f.isWord(n, "cents") || f.isWord(n, "cent") || f.isWord(n, "mao") {
		n++
		if f.isWord(n-1, "mao") {
			if q, ok := f.phraseAt(n, false); ok && q.val < 10 {
				it.q.Value.Number += ph.val/10 + q.val/100
				return q.j
			}
			it.q.Value.Number += ph.val / 10
			return n
		}
	} else if n < len(f.t) && f.t[n].k == kWord {
		if _, isNum := wordTab.Get(f.t[n].low); !isNum && f.t[n].low != "more" {
			return j
		}
	}
	if f.isSym(n, "$") || f.isSym(n, "€") {
		return j
	}
	it.q.Value.Number += ph.val / 100
	return n
}

// rangeOpener returns "between" or "from" when it stands right before
// token i.
func (f *finder) rangeOpener(i int) string {
	if i-1 >= f.last && (f.isWord(i-1, "between") || f.isWord(i-1, "from") || f.isWord(i-1, "между") || f.isWord(i-1, "от") || f.isWord(i-1, "від")) {
		return f.t[i-1].low
	}
	return ""
}

func (f *finder) openerStart(i int, opener string) int { return i - 1 }

// rangeEnd reads the upper end of a range after ph: "-30", "to 10",
// "and 30,000" (after between), "-$300 million".
func (f *finder) rangeEnd(ph phrase, between bool) (phrase, int, bool) {
	j := ph.j
	t := f.t
	if lineBreakAt(t, j) {
		// a range is written on one line: "1,082" ending a list item and
		// "- 2023: ..." opening the next are two figures
		return phrase{}, 0, false
	}
	switch {
	case f.isSym(j, "-") || f.isSym(j, "–") || f.isSym(j, "—") || f.isSym(j, "~"):
		j++
	case f.isWord(j, "to") || f.isWord(j, "through") || f.isWord(j, "до") || f.isWord(j, "по"):
		j++
	case between && (f.isWord(j, "and") || f.isWord(j, "и") || f.isWord(j, "і") || f.isWord(j, "та")):
		j++
	case f.isWord(j, "or") && ph.words && !ph.lit:
		// "two or three"
		j++
	default:
		return phrase{}, 0, false
	}
	money := false
	if j < len(t) && t[j].k == kSym {
		if _, ok := currencyTab.Get(t[j].low); ok {
			j++
			money = true
		}
	}
	if j >= len(t) || lineBreakAt(t, j) {
		return phrase{}, 0, false
	}
	if t[j].k == kNum && isYearLit(t[j]) && isYearLit(t[ph.i]) {
		return phrase{}, 0, false
	}
	r, ok := f.phraseAt(j, money)
	if !ok || r.ord || (r.lit != ph.lit && !(r.words && ph.words)) {
		return phrase{}, 0, false
	}
	if r.val < 0 {
		return phrase{}, 0, false
	}
	return r, r.j, true
}

// lineBreakAt reports a line break before token j.
func lineBreakAt(t []tok, j int) bool { return j < len(t) && t[j].nl }

// modifierBefore matches an approximation or bound phrase that ends right
// before token i, allowing a bridge word between ("around a thousand",
// "примерно в 8 тыс.", "почти в 12 раз").
func (f *finder) modifierBefore(i int) (modifier, int, bool) {
	k := i - 1
	if k >= 0 && f.t[k].k == kWord && tk.In(bridgeTab, f.t[k].low) && k > f.changeTo {
		if m, s, ok := f.modifierEndingAt(k - 1); ok {
			return m, s, true
		}
	}
	return f.modifierEndingAt(k)
}

// modifierEndingAt matches a hedge whose last word is token k.
func (f *finder) modifierEndingAt(k int) (modifier, int, bool) {
	for n := 4; n >= 1; n-- {
		s := k - n + 1
		if s < f.last || s < 0 || (s <= f.changeTo && f.changeTo <= k) {
			continue
		}
		ms, ok := modifierTab.Get(f.t[s].low)
		if !ok {
			continue
		}
		for _, m := range ms {
			if len(m.words) != n {
				continue
			}
			match := true
			for x, w := range m.words {
				if f.t[s+x].low != w {
					match = false
					break
				}
			}
			if match {
				if m.words[0] == "some" && (f.isWord(s-1, "for") || f.isWord(s-1, "in")) {
					continue
				}
				if m.words[0] == "under" || m.words[0] == "over" || m.words[0] == "above" || m.words[0] == "below" {
					// "over the past year" is not a bound; the number must follow
					if s+n != k+1 || f.isWord(k+1, "a") || f.isWord(k+1, "an") {
						continue
					}
				}
				start := s
				if f.isWord(s-1, "the") && m.appr {
					start = s - 1
				}
				return m, start, true
			}
		}
	}
	return modifier{}, 0, false
}

// per reads a rate after an amount: "a year", "per month", "annually",
// "в месяц", and for money "за годину" ("за год" after a count is the
// period it was counted over, not a rate).
func (f *finder) per(j int, money bool) (string, int) {
	if j < len(f.t) && f.t[j].k == kWord {
		w := f.t[j].low
		if p, ok := perTab.Get(w); ok && w != "annual" {
			return p, j + 1
		}
		switch {
		case w == "a" || w == "per" || w == "each" || w == "every" || w == "an" || tk.In(ratePrepTab, w) || (money && w == "за"):
			if p, ok := periodTab.Get(f.unitWord(j + 1)); ok {
				return p, j + 2
			}
		}
	}
	if f.isSym(j, "/") {
		if p, ok := periodTab.Get(f.unitWord(j + 1)); ok {
			return p, j + 2
		}
	}
	return "", j
}

func (f *finder) unitWord(j int) string {
	if j < len(f.t) && f.t[j].k == kWord {
		return f.t[j].low
	}
	if f.isSym(j, "-") && f.adjacent(j) && j+1 < len(f.t) && f.t[j+1].k == kWord && f.adjacent(j+1) {
		return f.t[j+1].low
	}
	return ""
}

func (f *finder) skipUnit(j int) int {
	if f.isSym(j, "-") {
		return j + 2
	}
	return j + 1
}

// dimension reads a unit of measure after an amount: "km", "square
// metres", "3-inch", "(kg)".
func (f *finder) dimension(j int) (dimUnit, int, bool) {
	t := f.t
	if j >= len(t) {
		return dimUnit{}, j, false
	}
	m := j
	hyph := false
	if f.isSym(m, "-") && f.adjacent(m) && f.adjacent(m+1) {
		m++
		hyph = true
	}
	closeBr := ""
	if !hyph && m < len(t) && t[m].k == kSym {
		switch t[m].low {
		case "(":
			closeBr = ")"
		case "[":
			closeBr = "]"
		case "{":
			closeBr = "}"
		case "<":
			closeBr = ">"
		}
		if closeBr != "" {
			m++
		}
	}
	if m >= len(t) || t[m].k != kWord {
		return dimUnit{}, j, false
	}
	try := func(key string, n int) (dimUnit, int, bool) {
		d, ok := dimTab.Get(key)
		if !ok {
			return d, 0, false
		}
		end := m + n
		if closeBr != "" {
			if !f.isSym(end, closeBr) {
				return d, 0, false
			}
			end++
		}
		return d, end, true
	}
	w := t[m].low
	// multi-word units: "square meters", "miles per hour", "cubic feet", "metric tons"
	if m+2 < len(t) && t[m+1].k == kWord && t[m+2].k == kWord {
		if d, e, ok := try(w+" "+t[m+1].low+" "+t[m+2].low, 3); ok {
			return d, e, true
		}
	}
	if m+1 < len(t) && t[m+1].k == kWord {
		if d, e, ok := try(w+" "+t[m+1].low, 2); ok {
			return d, e, true
		}
	}
	// "km/h", "km2", "km/ms"
	if m+2 < len(t) && f.isSym(m+1, "/") && f.adjacent(m+1) && t[m+2].k == kWord && f.adjacent(m+2) {
		if d, e, ok := try(w+"/"+t[m+2].low, 3); ok {
			return d, e, true
		}
	}
	if m+1 < len(t) && t[m+1].k == kNum && f.adjacent(m+1) && (t[m+1].val == 2 || t[m+1].val == 3) && t[m+1].nint == 1 {
		if d, e, ok := try(w+t[m+1].low, 2); ok {
			return d, e, true
		}
	}
	// single letters and short symbols must be written right after the
	// digits or in brackets, and keep their case: "5 m" in prose is rare,
	// "100 t" rarer.
	d, e, ok := try(w, 1)
	if !ok {
		return d, j, false
	}
	raw := f.text[t[m].s:t[m].e]
	if (len(w) == 1 || w == "in" || w == "pm" || w == "mi") && t[m].sp && closeBr == "" && !f.spec {
		return d, j, false
	}
	if raw == "Mt" || raw == "MMt" {
		return dimUnit{name: "Ton", code: "t", scale: 1e6}, e, true // "3 Mt of coal": megatonnes
	}
	if w == "mt" || w == "kt" || w == "mmt" {
		if f.spec {
			return d, j, false // the spec suites read no trade symbols
		}
		if raw != w && raw != strings.ToUpper(raw) {
			return d, j, false // "mT", "Kt": none of them
		}
	}
	switch raw {
	case "m", "t", "l", "g", "in", "pm", "mi", "ft", "ha", "dm", "mm", "cm", "km", "kg", "mg", "ml", "oz", "lb", "lbs", "yd", "rad", "gal", "mb", "MB", "Mb", "gb", "GB", "tb", "TB":
		if raw == "in" && !f.isWord(j-2, "ft") && !f.isWord(j-2, "feet") {
			// "2 in" only after feet: "5 ft 2 in"
			if !(m >= 2 && t[m-2].k == kWord && (t[m-2].low == "ft" || t[m-2].low == "feet")) {
				return d, j, false
			}
		}
		if raw == "pm" {
			return dimUnit{name: "Picometer", code: "pm"}, e, true
		}
		if raw == "mb" {
			return dimUnit{name: "Megabit", code: "Mb"}, e, true
		}
		if raw == "MB" {
			return dimUnit{name: "Megabyte", code: "MB"}, e, true
		}
		if len(raw) > 1 && raw != strings.ToLower(raw) {
			return d, j, false
		}
	}
	if w == "turn" || w == "turns" {
		if f.isWord(m-2, "the") {
			return d, j, false
		}
	}
	return d, e, true
}

// countedNoun returns the counted noun head after a count: "300 workers",
// "13,221 North Korean citizens", "700 new work permits".
func (f *finder) countedNoun(j int) string {
	t := f.t
	head := ""
	for n := 0; n < 6 && j < len(t); n++ {
		w := t[j]
		if w.k == kSym {
			if w.low == "-" && !w.sp && head == "" {
				j++
				continue
			}
			break
		}
		if w.k != kWord || tk.In(stopTab, w.low) || tk.In(durationTab, w.low) {
			break
		}
		if _, ok := wordTab.Get(w.low); ok {
			break
		}
		if isPlural(w.low) || tk.In(countTab, w.low) {
			head = w.low
			// keep a plural run: "sanctions resolutions"
			for j+1 < len(t) && t[j+1].k == kWord && (isPlural(t[j+1].low) || tk.In(countTab, t[j+1].low)) && !tk.In(stopTab, t[j+1].low) {
				j++
				head = t[j].low
			}
			return head
		}
		j++
	}
	return head
}

func isPlural(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	switch {
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"), strings.HasSuffix(w, "'s"), strings.HasSuffix(w, "ous"):
		return false
	}
	return true
}

// finite guards against overflow from pathological input.
func finite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }
