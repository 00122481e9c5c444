package topic

import (
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
)

// eventWindow is how many words from the figure an event may be.
const eventWindow = 14

// nonCounting units count nothing themselves: the counted rules look at the
// sentence for them.
var nonCounting = map[string]bool{"ratio": true, "percent": true}

// Match returns the indicator of t the claim measures and why, or "" and
// why not (the closest miss). The claim's text is read as English.
func (t *Topic) Match(c doc.Claim) (indicatorID string, why string) { return t.MatchLang(c, "") }

// MatchLang is Match for a claim from an article in language lang: the
// indicators' terms of that language count too (see Terms).
func (t *Topic) MatchLang(c doc.Claim, lang string) (indicatorID string, why string) {
	r := t.MatchDetail(c, lang)
	return r.Indicator, r.Why
}

// Checks of an indicator, in the order they are made; a miss names the
// check that failed.
const (
	CheckUnit    = "unit"
	CheckExclude = "exclude"
	CheckCounted = "counted"
	CheckForeign = "foreign"
	CheckActor   = "actor"
	CheckPlace   = "place"
	CheckEvent   = "event"
)

// checkOrder is the place of a check in the order the checks are made
// (0 for another string); a switch, not a map, since matchDetail asks it
// for each indicator that fails.
func checkOrder(check string) int {
	switch check {
	case CheckExclude:
		return 1
	case CheckCounted:
		return 2
	case CheckForeign:
		return 3
	case CheckActor:
		return 4
	case CheckPlace:
		return 5
	case CheckEvent:
		return 6
	}
	return 0 // CheckUnit
}

// Result is what matching a claim against a topic found: the indicator
// and why, or for no match the check the closest indicator failed
// (Missing, one of the Check constants) and why.
type Result struct {
	Indicator string
	Why       string
	Missing   string
	// Event is the event term that matched near the figure, "" when the
	// indicator matched without one (event_optional).
	Event string
}

// MatchDetail is MatchLang with the check that failed when no indicator
// matches: the indicator that passed the most checks is the closest miss.
// A miss of the actor or the place says the sentence lacks context the
// sentences around it may give.
func (t *Topic) MatchDetail(c doc.Claim, lang string) Result {
	return t.MatchDetailWith(c, lang, nil)
}

// SentenceWords keeps the words of the last few sentences matched, so
// that the claims of one sentence, or one claim against several topics,
// split it once, even when each claim is also read with the sentences
// before it; so it keeps those of the last counted phrases and places.
// The zero value is ready; one goroutine uses it at a time.
type SentenceWords struct {
	recent  recentWords // sentences and windows of sentences
	phrases recentWords // counted phrases and places
	keys    stemKeys
}

// recentWords are the words of the last texts split, with their language.
type recentWords struct {
	entries [4]sentenceWords
	next    int // the entry to replace next
}

type sentenceWords struct {
	text, lang string
	words      []Word
	set        bool
	// buf is the array the entry's words were last split into, for the
	// next text the entry holds: a caller reads the words it gets only
	// until its match is done, before the ring comes round again
	buf []Word
}

// Reset forgets the texts sw holds, keeping the arrays their words were
// split into and the stem keys (a pure function of the word, kept
// bounded) for the next text, as a pooled SentenceWords does between
// articles.
func (sw *SentenceWords) Reset() {
	sw.recent.reset()
	sw.phrases.reset()
}

// maxKeptWords bounds the array an entry keeps across Reset.
const maxKeptWords = 1 << 12

func (r *recentWords) reset() {
	for i := range r.entries {
		e := &r.entries[i]
		buf := e.buf
		if cap(buf) > maxKeptWords {
			buf = nil
		}
		*e = sentenceWords{buf: buf}
	}
	r.next = 0
}

// get returns the words of text in lang, split by keys unless kept.
func (r *recentWords) get(text, lang string, keys *stemKeys) []Word {
	for i := range r.entries {
		if e := &r.entries[i]; e.set && e.text == text && e.lang == lang {
			return e.words
		}
	}
	next := r.next
	e := &r.entries[next]
	r.next = (r.next + 1) % len(r.entries)
	if k, tail := r.tailOf(text, lang, next); k > 0 {
		// a window of sentences ending in one split just before
		e.text, e.lang, e.words, e.set = text, lang, wordsWithTail(e.buf, text, k, tail, lang, keys), true
	} else {
		e.text, e.lang, e.words, e.set = text, lang, wordsLang(e.buf, text, lang, keys), true
	}
	if cap(e.words) > cap(e.buf) {
		e.buf = e.words
	}
	return e.words
}

// tailOf finds a kept text of language lang, other than that of entry
// skip (whose array the words of text will be written into), that ends
// text after a byte that ends a word (see wordsWithTail): it returns where
// it starts in text, and its words; 0 when none does.
func (r *recentWords) tailOf(text, lang string, skip int) (int, []Word) {
	for i := range r.entries {
		e := &r.entries[i]
		if i == skip || !e.set || e.lang != lang || len(e.text) >= len(text) {
			continue
		}
		if k := len(text) - len(e.text); endsWord(text[k-1]) && text[k:] == e.text {
			return k, e.words
		}
	}
	return 0, nil
}

// wordsLang is WordsLang of a counted phrase or place, with the stem
// keys sw remembers.
func (sw *SentenceWords) wordsLang(text, lang string) []Word {
	if sw == nil {
		return WordsLang(text, lang)
	}
	return sw.phrases.get(text, lang, &sw.keys)
}

// of is WordsLang of a sentence (never nil when sw keeps it).
func (sw *SentenceWords) of(text, lang string) []Word {
	if sw == nil {
		return WordsLang(text, lang)
	}
	ws := sw.recent.get(text, lang, &sw.keys)
	if ws == nil {
		ws = []Word{}
	}
	return ws
}

// MatchDetailWith is MatchDetail taking the sentence's words from sw (nil:
// split here).
func (t *Topic) MatchDetailWith(c doc.Claim, lang string, sw *SentenceWords) Result {
	return t.matchDetail(&c, lang, sw, true)
}

// CheckWith is MatchDetailWith without the explanation of a miss (its
// Why is ""), for a caller that only needs the check the closest
// indicator failed.
func (t *Topic) CheckWith(c doc.Claim, lang string, sw *SentenceWords) Result {
	return t.matchDetail(&c, lang, sw, false)
}

func (t *Topic) matchDetail(cp *doc.Claim, lang string, sw *SentenceWords, explainMiss bool) Result {
	c := *cp
	c.Unit = NormalizeUnit(c.Unit)
	sent := sw.of(c.Sentence, lang)
	qs, qe, fe := figureSpan(sent, c)
	var counted []Word
	if c.Counted != "" && !nonCounting[c.Unit] && !IsMoney(c.Unit) {
		counted = sw.wordsLang(c.Counted, lang)
	}
	var place []Word
	if c.Place != "" {
		place = sw.wordsLang(c.Place, lang)
	}
	best, bestDist := -1, 1<<30
	var bestM outcome
	missAt, missInd := -1, -1
	var missM outcome
	var scope scopeWords
	// a money figure whose sentence names none of the money nouns
	// (counted) of the indicators taking its unit ("stole $3.6 billion in
	// cyberattacks", "the men earned $88 million") is decided by its
	// event, actor and place: a second pass waives the nouns
	countedMiss, nounNamed := false, false
	var misses []outcome // by indicator, the misses past the unit check (explainMiss)
	for pass := 0; pass < 2; pass++ {
		waive := pass == 1
		if waive && (best >= 0 || !countedMiss || nounNamed || !IsMoney(c.Unit)) {
			break
		}
		for i := range t.Indicators {
			ind := &t.Indicators[i]
			m := ind.match(&c, ind.termsFor(lang), sent, counted, place, &scope, qs, qe, fe, waive)
			if !waive {
				switch {
				case m.failed == CheckCounted:
					countedMiss = true
				case m.ok || checkOrder(m.failed) > checkOrder(CheckCounted):
					nounNamed = true
				}
			}
			if !m.ok {
				if at := checkOrder(m.failed); at > missAt {
					missAt, missInd, missM = at, i, m
				}
				if explainMiss && m.failed != CheckUnit {
					if misses == nil {
						misses = make([]outcome, len(t.Indicators))
					}
					misses[i] = m
				}
				continue
			}
			if m.dist < bestDist {
				best, bestDist, bestM = i, m.dist, m
			}
		}
	}
	if best < 0 && !explainMiss {
		return Result{Missing: missM.failed}
	}
	if best < 0 {
		miss := ""
		if missInd >= 0 {
			miss = t.Indicators[missInd].ID + ": " + missM.why() + alsoMissed(misses, missInd)
		}
		return Result{Why: "no indicator of " + t.ID + " (" + miss + ")", Missing: missM.failed}
	}
	return Result{Indicator: t.Indicators[best].ID, Why: t.ID + "/" + t.Indicators[best].ID + ": " + bestM.why(), Event: bestM.event}
}

// alsoMissed tells, after the closest miss (indicator skip), why each
// other indicator that took the claim's unit failed, the closest first:
// "; also wages_usd: excluded by \"steal\"; ...". The indicator a user
// meant may not be the one that got furthest.
func alsoMissed(misses []outcome, skip int) string {
	var b strings.Builder
	for at := checkOrder(CheckEvent); at > 0; at-- {
		for i, m := range misses {
			if i == skip || m.ind == nil || checkOrder(m.failed) != at {
				continue
			}
			b.WriteString("; also " + m.ind.ID + ": " + m.shortWhy())
		}
	}
	return b.String()
}

// shortWhy is why() of a miss without the lists of terms.
func (o outcome) shortWhy() string {
	switch o.miss {
	case missCounted:
		return "counted phrase names none of its counted terms"
	case missActor:
		return "no actor of its list"
	case missPlace:
		return "no place of its list"
	case missNoEvent:
		return "no event of its list near the figure"
	}
	return o.why()
}

// figureSpan returns the word index range [qs, qe) of the figure and its
// counted phrase in the sentence words, and fe, the first word after the
// figure itself (words [fe, qe) are its counted phrase).
func figureSpan(sent []Word, c doc.Claim) (int, int, int) {
	start, end, figEnd := figureOffsets(c)
	// the words are in text order, so each bound is a binary search: qe
	// is the first word starting at or after end; qs the first ending
	// after start and fe the first starting at or after figEnd, each
	// looked for among the words up to qe (len(sent) and -1 when none is)
	qe := firstWord(sent, false, end)
	qs, fe := firstWord(sent, true, start), firstWord(sent, false, figEnd)
	if qs > qe {
		qs = len(sent)
	}
	if fe > qe || fe == len(sent) {
		fe = -1
	}
	if qe < qs {
		qe = qs
	}
	if fe < 0 || fe > qe {
		fe = qe
	}
	return qs, qe, fe
}

// figureOffsets are the byte offsets in the sentence of the figure's
// start, the end of the figure with its counted phrase (when that comes
// within eight bytes after it) and the figure's end.
func figureOffsets(c doc.Claim) (start, end, figEnd int) {
	start = c.Start - c.SentenceStart
	end = c.End - c.SentenceStart
	if c.Counted != "" {
		if k := strings.Index(c.Sentence[max(0, min(end, len(c.Sentence))):], c.Counted); k >= 0 && k < 8 {
			end = end + k + len(c.Counted)
		}
	}
	return start, end, c.End - c.SentenceStart
}

// firstWord is the index of the first word of ws (in text order) that
// ends after byte at (byEnd) or starts at or after it, len(ws) when none
// does.
func firstWord(ws []Word, byEnd bool, at int) int {
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		w := &ws[m]
		if byEnd && w.End > at || !byEnd && w.Start >= at {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// outcome is one indicator's verdict on a claim; the explanation is put
// together only when asked for, from what the checks found.
type outcome struct {
	ok     bool
	dist   int
	failed string // the check that failed
	ind    *Indicator
	event  string // the event term that matched
	// what the passed checks found, in order: the unit, the counted term
	// (or the unit as the counted term), the actor, the place, the event
	unit               string
	counts             string
	countsUnit         bool
	waived             bool // counted was waived: no money noun of the topic
	actor, place       string
	hasEvent, noEvent  bool
	miss               miss   // why the failed check failed
	missArg, missOther string // what it found or looked at
}

// miss is why a check failed.
type miss uint8

const (
	missUnit miss = iota + 1
	missExclude
	missScope
	missCounted
	missForeign
	missActor
	missPlace
	missNoEvent
	missNotEvent
)

func (o outcome) why() string {
	ind := o.ind
	if !o.ok {
		switch o.miss {
		case missUnit:
			return fmt.Sprintf("unit %q not in %v", o.missArg, ind.Units)
		case missExclude:
			return fmt.Sprintf("excluded by %q", o.missArg)
		case missScope:
			return fmt.Sprintf("scope %q ruled out by %q", o.missArg, o.missOther)
		case missCounted:
			return "counted phrase names none of " + raws(ind.c.rawCounted)
		case missForeign:
			return fmt.Sprintf("counted phrase names %q", o.missArg)
		case missActor:
			return "no actor among " + raws(ind.c.rawActor)
		case missPlace:
			return "no place among " + raws(ind.c.rawPlace)
		case missNoEvent:
			return "no event among " + raws(ind.c.rawEvents) + " near the figure"
		case missNotEvent:
			return fmt.Sprintf("nearest event %q is excluded", o.missArg)
		}
		return ""
	}
	found := make([]string, 0, 5)
	if len(ind.Units) > 0 {
		found = append(found, "unit "+o.unit)
	}
	switch {
	case o.counts != "":
		found = append(found, fmt.Sprintf("counts %q", o.counts))
	case o.countsUnit:
		found = append(found, fmt.Sprintf("counts %s (the unit)", o.unit))
	case o.waived:
		found = append(found, "no money noun of the topic in the sentence (event and actor decide)")
	}
	if o.actor != "" {
		found = append(found, fmt.Sprintf("actor %q", o.actor))
	}
	if o.place != "" {
		found = append(found, fmt.Sprintf("place %q", o.place))
	}
	switch {
	case o.noEvent:
		found = append(found, "no event ("+ind.Measure+" by default)")
	case o.hasEvent:
		found = append(found, fmt.Sprintf("event %q (%s)", o.event, ind.Measure))
	}
	return strings.Join(found, "; ")
}

// eventOptionalFor reports whether a claim in unit may match without an
// event near its figure.
func (ind *Indicator) eventOptionalFor(unit string) bool {
	if ind.EventOptional.All {
		return true
	}
	for _, u := range ind.c.optionalUnits {
		if u == unit {
			return true
		}
	}
	return false
}

// match runs the indicator's checks on claim c. scope holds the words of
// c.Scope, split at the first indicator that asks (see scopeWords).
//
// waive skips the counted check of a money figure whose sentence names no
// money noun of the topic (see matchDetail): its event must then be found
// near the figure, even where events are optional.
func (ind *Indicator) match(c *doc.Claim, ts *termSets, sent, counted, place []Word, scope *scopeWords, qs, qe, fe int, waive bool) outcome {
	o := outcome{ind: ind, unit: c.Unit}
	fail := func(check string, m miss, arg, other string) outcome {
		o.failed, o.miss, o.missArg, o.missOther = check, m, arg, other
		return o
	}
	if len(ind.Units) > 0 {
		found := false
		head := unitHead(c.Unit)
		for _, u := range ind.c.units {
			if u == c.Unit || u == head {
				found = true
				break
			}
		}
		if !found {
			return fail(CheckUnit, missUnit, c.Unit, "")
		}
	}
	if at, k := Find(sent, ts.exclude); at >= 0 {
		return fail(CheckExclude, missExclude, ts.exclude.List[k].Raw, "")
	}
	if ind.defaultRulesOut(c.Scope) {
		return fail(CheckExclude, missScope, c.Scope, "the default not_scopes (keep_scopes lets an indicator take it)")
	}
	if c.Scope != "" && ts.notScopes.Len() > 0 {
		if at, k := Find(scope.of(c.Scope), ts.notScopes); at >= 0 {
			return fail(CheckExclude, missScope, c.Scope, ts.notScopes.List[k].Raw)
		}
	}
	if ts.counted.Len() > 0 && waive {
		o.waived = true
	} else if ts.counted.Len() > 0 {
		src := counted
		if src == nil {
			src = sent
		}
		at, k := Find(src, ts.counted)
		switch {
		case at >= 0:
			o.counts = ts.counted.List[k].Raw
		case ind.c.countedUnits[c.Unit]:
			// "a million barrels of oil": the unit is the counted term
			o.countsUnit = true
		default:
			return fail(CheckCounted, missCounted, "", "")
		}
	}
	if at, k := Find(counted, ts.foreign); at >= 0 {
		return fail(CheckForeign, missForeign, ts.foreign.List[k].Raw, "")
	}
	if ts.actor.Len() > 0 {
		at, k := Find(counted, ts.actor)
		if at < 0 {
			at, k = Find(sent, ts.actor)
		}
		if at < 0 {
			if k = headlineActor(sent, c.Sentence, ts.actor); k < 0 {
				return fail(CheckActor, missActor, "", "")
			}
		}
		o.actor = ts.actor.List[k].Raw
	}
	if ts.place.Len() > 0 {
		at, k := Find(place, ts.place)
		if at < 0 {
			at, k = Find(sent, ts.place)
		}
		if at < 0 {
			return fail(CheckPlace, missPlace, "", "")
		}
		o.place = ts.place.List[k].Raw
	}
	o.dist = 2*eventWindow + 1
	if o.waived && ts.events.Len() == 0 {
		// with neither a money noun nor an event, nothing says what the
		// money is
		return fail(CheckCounted, missCounted, "", "")
	}
	if ts.events.Len() > 0 {
		d, p, neg := nearestEvent(sent, qs, qe, fe, ts.events, ts.notEvents)
		switch {
		case p == nil && ind.eventOptionalFor(c.Unit) && !o.waived:
			o.noEvent = true
			o.ok = true
			return o
		case p == nil:
			return fail(CheckEvent, missNoEvent, "", "")
		case neg:
			return fail(CheckEvent, missNotEvent, p.Raw, "")
		}
		o.dist, o.event = d, p.Raw
		o.hasEvent = true
	}
	o.ok = true
	return o
}

// unitHead is the head noun of a compound unit, its last word ("tanker
// delivery" -> "delivery", "oil tanker" -> "tanker"): an English compound
// names a kind of its head, so an indicator listing the head takes it.
// A unit of one word is its own head.
func unitHead(u string) string {
	if i := strings.LastIndexByte(u, ' '); i >= 0 {
		return u[i+1:]
	}
	return u
}

// scopeWords are the words of a claim's scope, split once for all the
// indicators of a topic.
type scopeWords struct {
	done  bool
	words []Word
}

func (s *scopeWords) of(scope string) []Word {
	if !s.done {
		s.words, s.done = Words(scope), true
	}
	return s.words
}

// nearestEvent finds the event or not-event phrase nearest the figure
// (words [qs, qe)); a phrase just before the figure (its verb) wins ties.
//
// A word inside a not-event phrase is no event: "cleared to employ" with
// the not-event "to employ" does not count as "employ".
//
// fe is the first word of the counted phrase after the figure (words [fe,
// qe)); an event noun there ("6,000 entries") is the figure's own event.
func nearestEvent(sent []Word, qs, qe, fe int, evs, nots PhraseSet) (dist int, p *Phrase, neg bool) {
	dist = 2*eventWindow + 1
	lo, hi := max(0, qs-eventWindow-3), min(len(sent), qe+eventWindow+1)
	shadow := -1 // words before this index belong to a not-event phrase
	notAt := make([]int, hi-lo)
	for i := lo; i < hi; i++ {
		notAt[i-lo] = nots.At(sent, i)
		if notAt[i-lo] >= 0 && i == qe && remainingLeft(sent, i) {
			notAt[i-lo] = -1
		}
	}
	try := func(i, d int) {
		if k := notAt[i-lo]; k >= 0 {
			if e := i + nots.List[k].Len(); e > shadow {
				shadow = e
			}
			if d < dist {
				dist, p, neg = d, &nots.List[k], true
			}
			return
		}
		if d >= dist || i < shadow {
			return
		}
		if k := evs.At(sent, i); k >= 0 && !phrasalOff(sent, i+evs.List[k].Len()) {
			dist, p, neg = d, &evs.List[k], false
		}
	}
	for i := lo; i < hi; i++ {
		switch {
		case i < qs:
			// distance from the phrase's end to the figure; a verb before
			// the figure is its governing verb: half a word closer.
			d := qs - i
			try(i, 2*d-1)
		case i >= qe:
			try(i, 2*(i-qe+1))
		default:
			try(i, 0)
		}
	}
	if dist > 2*eventWindow {
		return 0, nil, false
	}
	return dist, p, neg
}

// phrasalOff reports "off with" or "away with" at word i, after an event
// term: "made off with $850 million", "got away with", "walked off with"
// are phrasal verbs of taking, not the verb alone ("make", "get").
func phrasalOff(sent []Word, i int) bool {
	if i+1 >= len(sent) || sent[i+1].Text != "with" {
		return false
	}
	return sent[i].Text == "off" || sent[i].Text == "away"
}

// remainingLeft reports "left" right after the counted phrase and before
// a place or "behind": "1,000 workers left in Russia" are those who remain
// (a participle), not a departure.
func remainingLeft(sent []Word, i int) bool {
	if sent[i].Text != "left" || i+1 >= len(sent) {
		return false
	}
	switch sent[i+1].Text {
	case "in", "behind", "there", "at", "on", "inside", "over":
		return true
	}
	return false
}

// raws lists a set's terms for an explanation, the first dozen of them.
func raws(terms []string) string {
	var s []string
	for i, t := range terms {
		if i == 12 {
			s = append(s, fmt.Sprintf("and %d more", len(terms)-12))
			break
		}
		s = append(s, t)
	}
	return "[" + strings.Join(s, ", ") + "]"
}

// headlineActor finds an actor term written with "the" ("the North") that
// opens the sentence without it, capitalized, as a headline drops its
// articles ("North ships hundreds of labourers to Russia"); it returns the
// term's index in actors, -1 for none. "North of Moscow" is no actor.
func headlineActor(sent []Word, text string, actors PhraseSet) int {
	if len(sent) == 0 || sent[0].Start >= len(text) || text[sent[0].Start] < 'A' || text[sent[0].Start] > 'Z' {
		return -1
	}
	for k, p := range actors.List {
		rest, ok := strings.CutPrefix(p.Raw, "the ")
		if !ok {
			rest, ok = strings.CutPrefix(p.Raw, "The ")
		}
		// "North of Moscow, ..." names a direction
		if r := compileMemo(rest, ""); ok && rest != "" && r.MatchAt(sent, 0) && (r.Len() >= len(sent) || sent[r.Len()].Text != "of") {
			return k
		}
	}
	return -1
}
