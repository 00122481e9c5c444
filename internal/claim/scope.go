package claim

import (
	tk "github.com/dossier-osint/dossier/internal/token"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Scope: the part of the counted whole a figure covers ("on student
// visas", "as tourists", "killed", "деловые поездки"). Figures of
// different scopes are never compared, so a part never contradicts its
// whole. The rules are tried in order; the first that finds a scope sets
// it and is recorded in the claim's Why.

type scopeRule struct {
	name string
	find func(x *extractor, s *sent, c *doc.Claim, rs, re int) string
}

var scopeRules = []scopeRule{
	{"each", scopeEach},
	{"casualties", scopeCasualties},
	{"shortfall", scopeShortfall},
	{"limit or need governing the figure", scopeLimit},
	{"purpose or route after the figure", scopePurpose},
	{"subject that accounted for the figure", scopeAccountedFor},
	{"label before a dash", scopeLabel},
	{"partitive", scopePartitive},
}

// scope sets c.Scope from the first rule that finds one.
func (x *extractor) scope(si int, c *doc.Claim, why *[]string) {
	s := x.sents[si]
	rs, re := c.Start-s.start, c.End-s.start
	// the rules read a copy in x: given c itself through their function
	// values, every claim claim() builds would be moved to the heap
	x.scoped = *c
	for _, r := range scopeRules {
		if sc := strings.TrimSpace(r.find(x, s, &x.scoped, rs, re)); sc != "" {
			c.Scope = sc
			*why = append(*why, "scope: "+r.name+": "+sc)
			return
		}
	}
}

// clauseAfter is the text after the figure (and its counted phrase) up to
// the end of its clause.
func clauseAfter(s *sent, c *doc.Claim, re int) string {
	a, b := clauseAfterSpan(s, c, re)
	return s.text[a:b]
}

// clauseAfterSpan is the span of clauseAfter in the sentence.
func clauseAfterSpan(s *sent, c *doc.Claim, re int) (int, int) {
	a := re
	if c.Counted != "" {
		if k := strings.Index(s.text[a:], c.Counted); k >= 0 && k < 8 {
			a += k + len(c.Counted)
		}
	}
	if i := clauseStops.index(s.text[a:]); i >= 0 {
		return a, a + i
	}
	return a, len(s.text)
}

// clauseStops end a clause after a figure.
var clauseStops = newStopSet(",;:(")

// eachRE: "each brigade numbers 20 to 50", "каждая бригада насчитывает".
// scopeEach: a figure for each member of a group is a size, not a total.
func scopeEach(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	before := s.text[:rs]
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	if w, ok := eachWord.find(before); ok {
		return "each " + strings.ToLower(w)
	}
	return ""
}

// shortfallRE: "a shortage of 4,500 workers", "a shortfall he estimated at
// 5,000", "дефицит работников в 1,5 млн": a figure for what is missing.
var shortfallRE = mustFiltered(`(?i)(shortage|shortfall|deficit|gap of|short of|дефицит|нехватк|нестач|дефіцит)`)

// shortfallWords: what shortfallRE needs in the lower-cased text (looked
// for first: most sentences have none)
var shortfallWords = literalNeedles([]string{"short", "deficit", "gap of", "дефицит", "нехватк", "нестач", "дефіцит"})

func scopeShortfall(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	a := strings.LastIndexAny(s.text[:rs], ";:") + 1
	a = max(a, rs-80)
	before := s.text[a:rs]
	if shortfallWords.in(s.lowerSpan(a, rs)) && shortfallRE.MatchString(before) {
		return "shortfall"
	}
	return ""
}

// Limits and needs: "a cap of 500,000 barrels", "capped exports at ...",
// "limited to up to ...", "can only send out 4 million tonnes", "is
// estimated to require 9 million barrels", "квота в 10 тысяч", "потребность
// в 1,5 млн". Such a figure states what is allowed or wanted, not what
// happened: its scope is "limit" or "need", so that a topic can rule it
// out of an indicator (not_scopes: [limit, need]) and it is never
// compared with a figure of what happened.

// limitCues are the words (lower case) that give the scope; Cyrillic ones
// are stems, matched at a word's start.
var limitCues = map[string]string{
	"cap": "limit", "caps": "limit", "capped": "limit", "capping": "limit", "ceiling": "limit", "ceilings": "limit",
	"limit": "limit", "limits": "limit", "limited": "limit", "limiting": "limit", "quota": "limit", "quotas": "limit",
	"restrict": "limit", "restricts": "limit", "restricted": "limit", "restricting": "limit",
	"require": "need", "requires": "need", "required": "need", "requiring": "need", "requirement": "need",
	"requirements": "need", "need": "need", "needs": "need", "needed": "need", "needing": "need",
}

var limitStems = []struct{ stem, scope string }{
	{"лимит", "limit"}, {"квот", "limit"}, {"потолок", "limit"}, {"потолк", "limit"}, {"огранич", "limit"},
	{"ліміт", "limit"}, {"обмеж", "limit"},
	{"потребност", "need"}, {"потребу", "need"}, {"требует", "need"}, {"требуют", "need"}, {"нужн", "need"},
	{"необходим", "need"}, {"потреба", "need"}, {"потреби", "need"}, {"потрібн", "need"}, {"необхідн", "need"},
}

// limitModals before "only" make a limit of what the verb after does:
// "can only ship out", "may only import".
var limitModals = set(`can could may might cannot`)

// limitBlockers between a cue and the figure make the figure something
// else: how far the limit was exceeded ("exceeded the cap by 300,000"), a
// comparison ("far larger than the cap of ..." is read from the cap's
// figure, never after it), a new clause.
var limitBlockers = set(`than by beyond exceed exceeds exceeded exceeding breach breached breaches breaching surpass
surpassed surpassing violate violated violating despite but while whereas although though yet beyond
превысил превысила превысили перевысил перевищив перевищила перевищили несмотря попри але однако но`)

// limitWindow is how many words before the figure a cue may stand.
const limitWindow = 10

func scopeLimit(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	toks := s.tokens()
	k := 0
	for k < len(toks) && toks[k].end <= rs {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-limitWindow; j-- {
		t := toks[j]
		if j < k-1 && (t.punctAfter == ',' || t.punctAfter == ';' || t.punctAfter == ':' || t.punctAfter == '(') {
			return "" // the clause before the figure starts after it
		}
		w := t.lower
		if w == "—" || w == "–" || w == "-" {
			return ""
		}
		if sc := limitCue(w); sc != "" {
			if limitNoun(toks, j) && verbWithObjectBetween(toks, j+1, k) {
				// "despite the quota the firm hired 2,000": the figure is
				// the object of another verb
				return ""
			}
			return sc
		}
		if w == "only" && j > 0 && limitModals[toks[j-1].lower] {
			return "limit"
		}
		if limitBlockers[w] || w == "and" && j+1 < k && andOpensClause(toks[j+1].lower) {
			return ""
		}
	}
	return ""
}

// limitCue is the scope the word w gives as a cue, or "".
func limitCue(w string) string {
	if sc, ok := limitCues[w]; ok {
		return sc
	}
	if w == "" || w[0] < 0x80 {
		return ""
	}
	for _, st := range limitStems {
		if strings.HasPrefix(w, st.stem) {
			return st.scope
		}
	}
	return ""
}

// limitNouns are cues that are nouns ("a quota of"); limitNounOrVerb
// are nouns after a determiner or an adjective ("the annual cap of") and
// verbs otherwise ("which cap imports at").
var limitNouns = set(`ceiling ceilings quota quotas requirement requirements`)
var limitNounOrVerb = set(`cap caps limit limits need needs`)
var limitNounLeads = set(`the a an its their this that these those our his her annual yearly monthly previous current new
former legal official overall total global export import`)

// limitNoun reports whether the cue at j of toks is a noun.
func limitNoun(toks []token, j int) bool {
	w := toks[j].lower
	return limitNouns[w] || limitNounOrVerb[w] && j > 0 && limitNounLeads[toks[j-1].lower]
}

// limitLinks are the verbs that may stand between a limit noun and its
// figure: "the limit has remained at", "the cap was raised to".
var limitLinks = set(`is are was were be been being has have had remains remained remain stands stood stays stayed
set fixed imposed established kept raised lowered cut reduced increased put`)

// verbWithObjectBetween reports whether a verb among toks[a:b] (not a
// limit link) takes an object right after it: the figure (toks[b]) or a
// determiner.
func verbWithObjectBetween(toks []token, a, b int) bool {
	for i := a; i < b; i++ {
		w := toks[i].lower
		if limitLinks[w] || !(isVerbLike(w) || pastVerbs[w]) {
			continue
		}
		if i+1 == b || determiners[toks[i+1].lower] {
			return true
		}
	}
	return false
}

// andOpensClause reports whether w after "and" starts a clause of its
// own ("needs workers and has hired 5,000"): an auxiliary or a verb.
func andOpensClause(w string) bool {
	return auxVerbs[w] || tk.In(commonVerbs, w) || pastVerbs[w]
}

var auxVerbs = set(`has have had is are was were will would did does do`)

// casualtyScopes are the words that make a figure of people a count of
// casualties, and the scope each gives.
var casualtyScopes = []struct{ word, scope string }{
	{"killed", "killed"}, {"dead", "killed"}, {"death", "killed"}, {"fatal", "killed"}, {"died", "killed"},
	{"wounded", "wounded"}, {"injured", "wounded"}, {"casualt", "casualties"}, {"captured", "captured"}, {"lost", "casualties"}, {"losses", "casualties"},
	{"погиб", "killed"}, {"убит", "killed"}, {"ранен", "wounded"}, {"потер", "casualties"}, {"загин", "killed"},
	{"поранен", "wounded"}, {"втрат", "casualties"}, {"вбит", "killed"}, {"полон", "captured"}, {"плен", "captured"},
}

// scopeCasualties: "300 dead", "soldiers killed or wounded", "потери".
func scopeCasualties(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	if c.Unit != "person" {
		return ""
	}
	near := strings.ToLower(c.Counted + " " + clauseAfter(s, c, re))
	if k := strings.LastIndexAny(s.text[:rs], ",;:"); k >= 0 {
		near = s.lowerSpan(k+1, rs) + " " + near
	} else if m := cyrValuedRE.FindStringIndex(s.text[:rs]); m != nil {
		// "оцінювала втрати КНДР у 4 тисячі осіб": the losses valued
		near = s.lowerSpan(m[1], rs) + " " + near
	} else if cyrPredicateRE.MatchString(s.text[:rs]) {
		// "Потери КНДР составили около 4 тыс. человек": the subject of
		// the figure's predicate
		near = s.lowerSpan(0, rs) + " " + near
	}
	return casualtyScopeOf(near)
}

// casualtyScopeOf is the scopes the words of near give, joined by " or ",
// in the order of the words and then of casualtyScopes.
func casualtyScopeOf(near string) string {
	var found []string
	for _, w := range strings.FieldsFunc(near, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if !casualtyFirst[w[0]] {
			continue // starts like no casualty word (most words)
		}
		for _, cs := range casualtyScopes {
			// whole words, or the stem of an inflected one ("deaths",
			// "погибших"), never inside another ("deadline")
			if (w == cs.word || strings.HasPrefix(w, cs.word) && !casualtyFalseFriends[w]) && !contains(found, cs.scope) {
				found = append(found, cs.scope)
			}
		}
	}
	return strings.Join(found, " or ")
}

// casualtyFirst marks the first bytes of the words of casualtyScopes: a
// word starting otherwise is none of them, nor starts with one.
var casualtyFirst = func() (t [256]bool) {
	for _, cs := range casualtyScopes {
		t[cs.word[0]] = true
	}
	return t
}()

// cyrPredicateRE ends the words before a figure that is the predicate of
// its clause's subject: "Потери составили", "втрати сягнули".
var cyrPredicateRE = mustFiltered(`(?i)(?:^|[^\p{L}])(составили|составляют|составило|составляет|превысили|превысило|достигли|достигло|склали|складають|становлять|становили|сягнули|перевищили|досягли)(?:\s+(?:около|более|почти|свыше|не менее|близько|понад|майже|щонайменше))?\s*$`)

// casualtyFalseFriends start like a casualty word and are none.
var casualtyFalseFriends = set(`deadline deadlines deadly deadlock dealt plenum пленум пленарн`)

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// purposeRE: the purpose, status or route a figure of people is given:
// "came on business", "entered by car", "were registered as tourists",
// "on student visas", "were in transit", "по учебным визам", "как туристы",
// "в качестве обслуживающего персонала", "транзитом".

// findPurpose finds the first of them in s (lower case, after a space)
// without running one pattern over the whole text: each alternative begins either with a
// white space before a word ("on", "по", "туристами", ...) or at the start
// of a word ("for", "as", "by", "in", "to"), so the two halves below are
// tried, anchored, only where their first word stands; the first place
// that matches is the leftmost match, as with the full pattern.
func findPurpose(s string) string { return findPurposeFrom(s, 0) }

// findPurposeLed is findPurpose(" " + s) without making that string.
func findPurposeLed(s string) string {
	if hasAnyPrefix(s, purposeSpaceFirst) {
		// the white space before s opens the match
		if m := purposeAfterSpace(" " + s); m != "" {
			return m
		}
	}
	// the space before s is no word byte, as findPurpose finds at p = 1
	return findPurposeFrom(s, 0)
}

// findPurposeFrom is findPurpose trying the places from p on.
func findPurposeFrom(s string, p int) string {
	for ; p < len(s); p++ {
		c := s[p]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
			if p+1 < len(s) && purposeSpaceLead[s[p+1]] && hasAnyPrefix(s[p+1:], purposeSpaceFirst) {
				if m := purposeAfterSpace(s[p:]); m != "" {
					return m
				}
			}
		case (c == 'f' || c == 'a' || c == 'b' || c == 'i' || c == 't') && (p == 0 || !asciiWordByte(s[p-1])):
			if hasAnyPrefix(s[p:], purposeWordFirst) {
				if m := purposeAtWord(s[p:]); m != "" {
					return m
				}
			}
		}
	}
	return ""
}

var purposeSpaceFirst = []string{"on", "with", "по", "как туристы", "туристами", "в качестве", "с целью", "транзитом", "на ", "з метою"}
var purposeWordFirst = []string{"for", "as", "by", "in transit", "to study"}

// purposeSpaceLead marks the first bytes of purposeSpaceFirst: after a
// space led by another byte (most are) none of them is looked for.
var purposeSpaceLead = leadBytes(purposeSpaceFirst)

// leadBytes marks the first byte of each of ws.
func leadBytes(ws []string) (t [256]bool) {
	for _, w := range ws {
		t[w[0]] = true
	}
	return t
}

// purposeAfterSpace is the pattern of the alternatives that follow a
// white space,
//
//	^\s(?:(?:on|with)\s+(?:\w+\s+)?(?:visas?|business|study|holiday)\b|
//	по\s+(?:учебным|туристическим|рабочим|деловым|частным|гостевым|навчальним|туристичним|робочим)\s+\S+|
//	по\s+(?:делам|деловым вопросам|частным делам)|как туристы|туристами|
//	в качестве\s+\S+(?:\s+\S+){0,3}|с целью\s+\S+|транзитом|на (?:учебу|учёбу|навчання)|з метою\s+\S+)
//
// read by hand: it returns the match at the start of s, or "" (its
// compilation took some 70 us, for a few texts a run). The alternatives
// are tried in order; every white space run is taken whole, since what
// follows it starts with no space, and so is every \S+, ended by white
// space (all ASCII) or the text's end. TestPurposeAfterSpace and
// FuzzPurposeAfterSpace check it against the pattern.
func purposeAfterSpace(s string) string {
	if s == "" || !reSpace(s[0]) {
		return ""
	}
	if e := purposeOnWith(s, 1); e >= 0 {
		return s[:e]
	}
	for i := range purposeSpaceAlts {
		if e := purposeSpaceAlts[i].end(s, 1); e >= 0 {
			return s[:e]
		}
	}
	return ""
}

// purposeOnWith reads the first alternative at i of s, (?:on|with)\s+
// (?:\w+\s+)?(?:visas?|business|study|holiday)\b: its end, or -1. The
// optional word is tried first.
func purposeOnWith(s string, i int) int {
	var lead string
	switch {
	case strings.HasPrefix(s[i:], "on"):
		lead = "on"
	case strings.HasPrefix(s[i:], "with"):
		lead = "with"
	default:
		return -1
	}
	at := spacesEnd(s, i+len(lead))
	if at < 0 {
		return -1
	}
	w := at
	for w < len(s) && asciiWordByte(s[w]) {
		w++
	}
	if w > at {
		if after := spacesEnd(s, w); after >= 0 {
			if e := purposeKindAt(s, after); e >= 0 {
				return e
			}
		}
	}
	return purposeKindAt(s, at)
}

// purposeKindAt is the end of (?:visas?|business|study|holiday)\b at i
// of s, or -1.
func purposeKindAt(s string, i int) int {
	for _, w := range [...]string{"visas", "visa", "business", "study", "holiday"} {
		if strings.HasPrefix(s[i:], w) && wordEndAt(s, i+len(w)) {
			return i + len(w)
		}
	}
	return -1
}

// spacesEnd is the end of the white space run at i of s (\s+ taken
// whole), or -1 when none is there.
func spacesEnd(s string, i int) int {
	j := i
	for j < len(s) && reSpace(s[j]) {
		j++
	}
	if j == i {
		return -1
	}
	return j
}

// purposeSpaceAlt is one of purposeAfterSpace's other alternatives: lead,
// then (words) white space and one of words, then white space and a run
// of non-space bytes from minRuns to maxRuns times, as many as there are.
type purposeSpaceAlt struct {
	lead             string
	words            []string
	minRuns, maxRuns int
}

// purposeSpaceAlts are the alternatives after the first, in the order the
// pattern tries them.
var purposeSpaceAlts = [...]purposeSpaceAlt{
	{lead: "по", words: []string{"учебным", "туристическим", "рабочим", "деловым", "частным", "гостевым", "навчальним", "туристичним", "робочим"}, minRuns: 1, maxRuns: 1},
	{lead: "по", words: []string{"делам", "деловым вопросам", "частным делам"}},
	{lead: "как туристы"}, {lead: "туристами"},
	{lead: "в качестве", minRuns: 1, maxRuns: 4},
	{lead: "с целью", minRuns: 1, maxRuns: 1},
	{lead: "транзитом"}, {lead: "на учебу"}, {lead: "на учёбу"}, {lead: "на навчання"},
	{lead: "з метою", minRuns: 1, maxRuns: 1},
}

// end is the end of the alternative at i of s, or -1. A word of words
// is tried in order, each followed by what comes after it.
func (a *purposeSpaceAlt) end(s string, i int) int {
	if !strings.HasPrefix(s[i:], a.lead) {
		return -1
	}
	i += len(a.lead)
	if a.words == nil {
		return a.runsEnd(s, i)
	}
	at := spacesEnd(s, i)
	if at < 0 {
		return -1
	}
	for _, w := range a.words {
		if strings.HasPrefix(s[at:], w) {
			if e := a.runsEnd(s, at+len(w)); e >= 0 {
				return e
			}
		}
	}
	return -1
}

// runsEnd reads the alternative's runs (\s+\S+) at i of s: the end, or -1
// for fewer than minRuns.
func (a *purposeSpaceAlt) runsEnd(s string, i int) int {
	for n := 0; n < a.maxRuns; n++ {
		j := spacesEnd(s, i)
		if j < 0 || j == len(s) {
			if n < a.minRuns {
				return -1
			}
			break
		}
		for j < len(s) && !reSpace(s[j]) {
			j++
		}
		i = j
	}
	return i
}

// purposeAtWord is the pattern
//
//	^(?:for\s+(?:study|studies|work|business|private reasons|tourism|training)\b|
//	as\s+(?:tourists?|students?|trainees?|workers|the purpose[\w ]*)\b|
//	by\s+(?:car|road|air|rail|train|bus|sea)\b|in transit\b|to study\b)
//
// read by hand: it returns the match at the start of s, or "". Its
// compilation (regexp's one-pass analysis of "[\w ]*" after the anchor)
// took 0.4 ms, a fifth of the package's patterns together, for a dozen
// texts a run. TestPurposeAtWord and FuzzPurposeAtWord check it against
// the pattern.
func purposeAtWord(s string) string {
	for _, a := range purposeWordAlts {
		rest, ok := strings.CutPrefix(s, a.first)
		if !ok {
			continue
		}
		// \s+ (greedy; no word after it starts with white space)
		at := len(s) - len(strings.TrimLeft(rest, "\t\n\f\r "))
		if at == len(s)-len(rest) {
			continue
		}
		for _, w := range a.next {
			if strings.HasPrefix(s[at:], w) && wordEndAt(s, at+len(w)) {
				return s[:at+len(w)]
			}
		}
		if a.purpose && strings.HasPrefix(s[at:], "the purpose") {
			// [\w ]* greedy, then \b: given back to its last word byte
			// (the 'e' of "purpose" at least), after which a space or the
			// byte that ended the run is no word byte
			j := at + len("the purpose")
			for j < len(s) && (asciiWordByte(s[j]) || s[j] == ' ') {
				j++
			}
			return strings.TrimRight(s[:j], " ")
		}
	}
	for _, w := range [...]string{"in transit", "to study"} {
		if strings.HasPrefix(s, w) && wordEndAt(s, len(w)) {
			return s[:len(w)]
		}
	}
	return ""
}

// purposeWordAlts are purposeAtWord's alternatives that have white space
// after their first word: the words after it, each at a word's end, in
// the order the pattern tries them ("tourists?" tries "tourists" first);
// purpose: "the purpose" and the words after it come last.
var purposeWordAlts = [...]struct {
	first   string
	next    []string
	purpose bool
}{
	{"for", []string{"study", "studies", "work", "business", "private reasons", "tourism", "training"}, false},
	{"as", []string{"tourists", "tourist", "students", "student", "trainees", "trainee", "workers"}, true},
	{"by", []string{"car", "road", "air", "rail", "train", "bus", "sea"}, false},
}

// wordEndAt reports whether \b holds at byte i of s after a word byte:
// no word byte (ASCII letter, digit or '_') follows.
func wordEndAt(s string, i int) bool { return i == len(s) || !asciiWordByte(s[i]) }

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func asciiWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// gaveAs finds what a clause gave as its purpose: "gave study as the
// purpose", "cited business", "указали учебу"; ok false for none. It is
// the group of
//
//	(?i)^\s*(?:\w+\s+){0,2}?(?:gave|cited|listed|named|указали|назвали)\s+([\p{L}-]+(?:\s+(?:[\p{L}-]{3,}))?)
//
// read by hand (its compilation took some 45 us, for a few clauses a
// run): none, one and two words are tried before the verb (lazy); each
// white space run and word is taken whole, since what follows starts
// with neither; under (?i) \w holds ſ and the Kelvin sign, and \p{L}
// U+0345. TestGaveAs and
// FuzzGaveAs check it against the pattern.
func gaveAs(s string) (string, bool) {
	if !gaveAsFilter.may(s) {
		return "", false // no verb in s
	}
	i := 0
	for i < len(s) && reSpace(s[i]) {
		i++
	}
	for words := 0; words <= 2; words++ {
		if g, ok := gaveAsAfter(s, i); ok {
			return g, true
		}
		j := foldWordEnd(s, i)
		if j == i || j == len(s) || !reSpace(s[j]) {
			return "", false
		}
		for i = j; i < len(s) && reSpace(s[i]); i++ {
		}
	}
	return "", false
}

// gaveAsFilter is the pattern's literal filter (never compiled): most
// clauses hold none of its verbs, and it turns them away at less cost
// than the reading.
var gaveAsFilter = mustFiltered(`(?i)^\s*(?:\w+\s+){0,2}?(?:gave|cited|listed|named|указали|назвали)\s+([\p{L}-]+(?:\s+(?:[\p{L}-]{3,}))?)`)

// gaveAsVerbs are gaveAs's verbs, in the pattern's order.
var gaveAsVerbs = foldLits("gave", "cited", "listed", "named", "указали", "назвали")

// gaveAsAfter reads the verb, white space and the group at i of s.
func gaveAsAfter(s string, i int) (string, bool) {
	for _, v := range gaveAsVerbs {
		e := v.at(s, i)
		if e < 0 || e == len(s) || !reSpace(s[e]) {
			continue
		}
		for e < len(s) && reSpace(s[e]) {
			e++
		}
		g := letterRunEnd(s, e)
		if g == e {
			continue
		}
		if j := spacesEnd(s, g); j >= 0 {
			if k := letterRunEnd(s, j); utf8.RuneCountInString(s[j:k]) >= 3 {
				g = k
			}
		}
		return s[e:g], true
	}
	return "", false
}

// foldWordEnd is the end of the run of \w runes under (?i) at i of s.
func foldWordEnd(s string, i int) int {
	for i < len(s) {
		if asciiWordByte(s[i]) {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r != 'ſ' && r != '\u212a' {
			break
		}
		i += n
	}
	return i
}

// letterRunEnd is the end of the run of [\p{L}-] under (?i) at i of s:
// the class folded holds U+0345 (combining ypogegrammeni, which folds
// with ι), the one rune no letter that folds with a letter.
func letterRunEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && r != '-' && r != '\u0345' {
			break
		}
		i += n
	}
	return i
}

func scopePurpose(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	if c.Unit == "ratio" || c.Unit == "percent" || topic.IsMoney(c.Unit) {
		return ""
	}
	aa, ae := clauseAfterSpan(s, c, re)
	after := s.text[aa:ae]
	if g, ok := gaveAs(after); ok && !timeWord(g) {
		ws := strings.Fields(strings.ToLower(g))
		if len(ws) == 2 && (stopWords[ws[1]] || tk.In(prepositions, ws[1])) {
			ws = ws[:1] // "gave study as the purpose": "study"
		}
		return strings.Join(ws, " ")
	}
	if m := findPurposeLed(s.lowerSpan(aa, ae)); m != "" {
		return strings.TrimSpace(m)
	}
	// "по учебным визам въехали 7887", "Туристами назвались менее тысячи":
	// the purpose before the figure in its clause
	ba := 0
	if i := purposeStops.last(s.text[:rs]); i >= 0 {
		_, sz := utf8.DecodeRuneInString(s.text[i:])
		ba = i + sz
	}
	if m := findPurposeLed(s.lowerSpan(ba, rs)); m != "" && isCyrillicWord(strings.TrimSpace(m)) {
		return strings.TrimSpace(m)
	}
	// "из них 7887 — по учебным визам": the purpose after a dash
	if rest := strings.TrimLeft(s.text[re:], " \u00a0"); strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") {
		r := strings.TrimLeft(rest[len("—"):], " \u00a0")
		ra := len(s.text) - len(r)
		if i := strings.IndexAny(r, ",;.:"); i >= 0 {
			r = r[:i]
		}
		if m := findPurposeLed(s.lowerSpan(ra, ra+len(r))); m != "" {
			return strings.TrimSpace(m)
		}
	}
	return ""
}

// purposeStops end the clause before a figure.
var purposeStops = newStopSet(",;:")

func timeWord(w string) bool {
	switch strings.ToLower(strings.Fields(w)[0]) {
	case "last", "this", "in", "the", "a":
		return true
	}
	return false
}

// accountedRE: "Business trips accounted for 167", "Student visas
// accounted for 7,887 of the entries".
var accountedRE = mustFiltered(`(?i)([\p{L}][\p{L} -]{2,40}?)\s+(?:accounted for|made up|comprised|represented|составили|составляли|склали)\s+(?:\w+\s+)?$`)

// accountedVerbs: what accountedRE needs in the lower-cased text
var accountedVerbs = literalNeedles([]string{"accounted for", "made up", "comprised", "represented", "составили", "составляли", "склали"})

func scopeAccountedFor(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	a := strings.LastIndexAny(s.text[:rs], ",;:") + 1
	before := s.text[a:rs]
	if !accountedVerbs.in(s.lowerSpan(a, rs)) {
		return ""
	}
	if m := accountedRE.FindStringSubmatch(before); m != nil {
		return strings.ToLower(strings.TrimSpace(stripDet(m[1])))
	}
	return ""
}

// scopeLabel: a breakdown line "деловые поездки — 3098 человек",
// "business trips: 167".
func scopeLabel(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	before := strings.TrimRight(s.text[:rs], " \u00a0")
	for _, d := range []string{"—", "–", ":"} {
		if strings.HasSuffix(before, d) {
			label := strings.TrimSpace(strings.TrimSuffix(before, d))
			if i := strings.LastIndexAny(label, ",;.•"); i >= 0 {
				label = strings.TrimSpace(label[i+1:])
			}
			label = strings.TrimLeft(label, "•·-– ")
			if n := len(strings.Fields(label)); n >= 1 && n <= 6 && !holdsDigit(label) {
				return strings.ToLower(label)
			}
		}
	}
	return ""
}

func holdsDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// partitiveStops end the words after a figure that a partitive is read in.
var partitiveStops = newStopSet(",;:.")

// scopePartitive: "roughly 400,000 of them in construction", "some 600
// of them fatal" (a part), "some 2,000 of the wounded" (the wounded).
func scopePartitive(x *extractor, s *sent, c *doc.Claim, rs, re int) string {
	rest := s.text[re:]
	if i := partitiveStops.index(rest); i >= 0 {
		rest = rest[:i]
	}
	if after, ok := partitiveAfter(rest); ok { // "of them", "из них" right after the figure
		tail := strings.TrimSpace(after)
		ws := strings.Fields(tail)
		for k, w := range ws {
			if lw := strings.ToLower(w); beVerbs[lw] || strings.HasSuffix(lw, "ed") && k > 0 {
				ws = ws[:k] // "of them in shipbuilding were hired": the part is "in shipbuilding"
				break
			}
		}
		tail = strings.Join(ws, " ")
		if len(ws) > 0 && len(ws) <= 4 && !isVerbLike(strings.ToLower(ws[0])) && !beVerbs[strings.ToLower(ws[0])] {
			return strings.ToLower(tail)
		}
		return "part"
	}
	if strings.HasPrefix(strings.ToLower(strings.TrimSpace(rest)), "of the ") {
		ws := strings.Fields(strings.TrimSpace(rest))
		if len(ws) >= 3 && len(ws) <= 5 {
			return strings.ToLower(strings.Join(ws[:3], " "))
		}
	}
	// "Of those arrivals, 7,887 ...", "из них 7887": the partitive before
	before := strings.TrimSpace(s.lowerSpan(0, rs))
	if _, end, ok := partitiveLead(s.text); ok && end <= rs {
		return "part"
	}
	for _, p := range []string{"из них", "з них", "із них", "of them,", "of those,"} {
		if strings.HasSuffix(before, p) {
			return "part"
		}
	}
	return ""
}

// casualtyNouns name people by what befell them.
var casualtyNouns = set(`wounded injured dead killed missing captured fallen`)

// tollNouns name a count of casualties a figure is put at.
var tollNouns = set(`toll losses casualties`)

// partOrTollCounted reads the counted phrase of a figure followed by no
// noun that is a part of what the words after it count ("167 of the
// first-quarter arrivals") or that counts casualties: "80 of the injured", "300 of 900 marines" (a
// part of the figure after), "put the toll at 70".
func partOrTollCounted(s *sent, rs, re int) (phrase, how string) {
	k := 0
	for k < len(s.tokens()) && s.tokens()[k].start < re {
		k++
	}
	if k+2 < len(s.tokens()) && s.tokens()[k].lower == "of" && s.tokens()[k+1].lower == "the" && casualtyNouns[s.tokens()[k+2].lower] {
		return s.tokens()[k+2].text, "a part of the " + s.tokens()[k+2].lower
	}
	if k+2 < len(s.tokens()) && s.tokens()[k].lower == "of" && (s.tokens()[k+1].lower == "the" || s.tokens()[k+1].lower == "all") {
		// "made up 240 of the spring arrivals": a part of
		// what the noun after counts
		for j := k + 2; j < len(s.tokens()) && j < k+5; j++ {
			w := s.tokens()[j].lower
			if u := unitOf(w); personNouns[w] || personNouns[singular(w)] || u == "entry" || u == "visa" || u == "trip" || u == "permit" {
				return s.text[s.tokens()[k+2].start:s.tokens()[j].end], "a part of the " + w
			}
			if s.tokens()[j].punctAfter != 0 {
				break
			}
		}
	}
	if k+2 < len(s.tokens()) && s.tokens()[k].lower == "of" && strings.ContainsAny(s.tokens()[k+1].text, "0123456789") {
		if w := s.tokens()[k+2].lower; personNouns[w] || personNouns[singular(w)] {
			return s.tokens()[k+2].text, "a part of the " + s.tokens()[k+1].text + " " + w
		}
	}
	before := trimWords(strings.TrimSpace(s.lowerSpan(0, rs)), tollHedges)
	if strings.HasSuffix(before, " at") {
		ws := strings.Fields(strings.TrimSuffix(before, " at"))
		if n := len(ws); n > 0 && tollNouns[ws[n-1]] {
			ph := ws[n-1]
			if n > 1 && (ws[n-2] == "death" || ws[n-2] == "casualty") {
				ph = ws[n-2] + " " + ph
			}
			return ph, "the " + ph + " it puts a number on"
		}
	}
	return "", ""
}

// tollBefore reports a toll noun right before "at" ending the text before
// a figure ("put the toll at about"): a count of casualties, not of what
// the figures before count.
func tollBefore(before string) bool {
	b := trimWords(strings.TrimSpace(strings.ToLower(before)), tollHedges)
	if !strings.HasSuffix(b, " at") {
		return false
	}
	ws := strings.Fields(strings.TrimSuffix(b, " at"))
	return len(ws) > 0 && tollNouns[ws[len(ws)-1]]
}
