package entity

import (
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
)

// Descriptions of people and bodies: news names an actor once and then
// describes it ("the agency", "the president", "the diplomat"), or gives a
// description beside the name ("Britain's envoy to Seoul, Paul
// Hargreaves", "Irina Volkova, the mayor of Nakhodka", "deputy PM Anna
// Lindqvist", "Finnish shipping group Nordvik", "Japan's NHK"). describe
// finds these descriptions;
// resolveDescriptions links each to its name: the name beside it, else
// the last compatible actor named before it (by role for people, by kind
// for bodies), else a person named just after it ("Russia's envoy said ...
// . Ivan Petrov added ..."). A description with no such name is dropped.

// Rules of the mentions that describe an entity rather than name it.
const (
	ruleDescription = "description:"
	rulePossessive  = "country's possessive before a name"
)

// IsName reports whether a mention is a name, not a description of an
// entity ("the agency", "Russia's ambassador in Pyongyang") or a name with
// a country's possessive before it ("Japan's NHK"): descriptions carry the
// entity they describe but are not names of it.
func IsName(m doc.Mention) bool {
	return !strings.HasPrefix(m.Rule, ruleDescription) && !strings.HasPrefix(m.Rule, rulePossessive)
}

// descHead is what a description's head noun says about its referent.
type descHead struct {
	typ   string          // PER or ORG
	class string          // role class for people ("diplomat"), "" for the word itself
	kinds map[string]bool // list kinds a body may have ("spy"); nil: any body
	names []string        // words one of which a body's name holds ("Council"), when kinds say nothing
	cyr   bool            // a Russian or Ukrainian noun: definite without an article, and near its name
}

var spyKinds = map[string]bool{"spy": true}
var agencyKinds = map[string]bool{"spy": true, "agency": true, "outlet": true}
var companyKinds = map[string]bool{"org": true, "": true}

// descHeads are the head nouns of descriptions, lower case.
var descHeads = map[string]descHead{
	"president": {typ: doc.PER}, "ambassador": {typ: doc.PER, class: "diplomat"}, "envoy": {typ: doc.PER, class: "diplomat"},
	"diplomat": {typ: doc.PER, class: "diplomat"}, "consul": {typ: doc.PER, class: "diplomat"},
	"governor": {typ: doc.PER}, "minister": {typ: doc.PER}, "pm": {typ: doc.PER, class: "prime minister"},
	"premier": {typ: doc.PER, class: "prime minister"}, "chancellor": {typ: doc.PER}, "mayor": {typ: doc.PER},
	"leader": {typ: doc.PER}, "secretary": {typ: doc.PER}, "spokesman": {typ: doc.PER, class: "spokesperson"},
	"spokeswoman": {typ: doc.PER, class: "spokesperson"}, "spokesperson": {typ: doc.PER, class: "spokesperson"},
	"commander": {typ: doc.PER}, "general": {typ: doc.PER}, "analyst": {typ: doc.PER, class: "researcher"},
	"researcher": {typ: doc.PER, class: "researcher"}, "expert": {typ: doc.PER, class: "researcher"},
	"fellow": {typ: doc.PER, class: "researcher"}, "economist": {typ: doc.PER, class: "researcher"},
	"chairman": {typ: doc.PER}, "director": {typ: doc.PER}, "lawmaker": {typ: doc.PER}, "official": {typ: doc.PER},

	"agency":   {typ: doc.ORG, kinds: agencyKinds, names: []string{"agency", "service", "intelligence"}},
	"service":  {typ: doc.ORG, kinds: spyKinds, names: []string{"service", "intelligence"}},
	"ministry": {typ: doc.ORG, names: []string{"ministry"}},
	"company":  {typ: doc.ORG, kinds: companyKinds}, "firm": {typ: doc.ORG, kinds: companyKinds},
	"group": {typ: doc.ORG, kinds: companyKinds}, "developer": {typ: doc.ORG, kinds: companyKinds},
	"builder": {typ: doc.ORG, kinds: companyKinds}, "contractor": {typ: doc.ORG, kinds: companyKinds},
	"broadcaster": {typ: doc.ORG, kinds: map[string]bool{"outlet": true}},
	"outlet":      {typ: doc.ORG, kinds: map[string]bool{"outlet": true}},
	"council":     {typ: doc.ORG, names: []string{"council"}}, "panel": {typ: doc.ORG, names: []string{"panel"}},
	"committee": {typ: doc.ORG, names: []string{"committee"}}, "commission": {typ: doc.ORG, names: []string{"commission"}},
	"institute": {typ: doc.ORG, names: []string{"institute"}}, "tank": {typ: doc.ORG, kinds: companyKinds},
}

// cyrDescHeads are Russian and Ukrainian nouns that, written alone, refer
// back to a body named before ("по подсчетам радиостанции" after "Радио
// Свободная Азия", "данные ведомства" after "пограничная служба ФСБ");
// Russian has no article, so a bare noun is definite. Keyed by stem once
// loaded (cyrDescHeadWords).
var cyrDescHeadWords = map[string]descHead{
	"радиостанция":  {typ: doc.ORG, kinds: map[string]bool{"outlet": true}, names: []string{"радио", "radio", "радіо"}},
	"радіостанція":  {typ: doc.ORG, kinds: map[string]bool{"outlet": true}, names: []string{"радио", "radio", "радіо"}},
	"ведомство":     {typ: doc.ORG, kinds: map[string]bool{"agency": true, "spy": true}},
	"відомство":     {typ: doc.ORG, kinds: map[string]bool{"agency": true, "spy": true}},
	"агентство":     {typ: doc.ORG, kinds: agencyKinds},
	"издание":       {typ: doc.ORG, kinds: map[string]bool{"outlet": true}},
	"видання":       {typ: doc.ORG, kinds: map[string]bool{"outlet": true}},
	"разведка":      {typ: doc.ORG, kinds: spyKinds},
	"розвідка":      {typ: doc.ORG, kinds: spyKinds},
	"пограничники":  {typ: doc.ORG, names: []string{"погранич", "border"}},
	"прикордонники": {typ: doc.ORG, names: []string{"прикордон", "погранич", "border"}},
	"министерство":  {typ: doc.ORG, names: []string{"ministry", "министерств", "минобороны", "мид"}},
	"міністерство":  {typ: doc.ORG, names: []string{"ministry", "міністерств", "міноборони", "мзс"}},
	"застройщик":    {typ: doc.ORG, kinds: companyKinds},
	"девелопер":     {typ: doc.ORG, kinds: companyKinds},
}

// cyrDescHeads indexes cyrDescHeadWords by stem, once, at the first use
// (after init has loaded the stemming tables); parallel extractions share
// it.
var cyrDescHeads = sync.OnceValue(func() map[string]descHead {
	m := map[string]descHead{}
	for w, h := range cyrDescHeadWords {
		h.cyr = true
		m[normWord(w)] = h
	}
	return m
})

// cyrDescHead returns the description head a Cyrillic word's stem is.
func cyrDescHead(stem string) (descHead, bool) {
	h, ok := cyrDescHeads()[stem]
	return h, ok
}

// spyModifiers before "agency" or "service" restrict it to intelligence
// services: "the spy agency", "the intelligence agency".
var spyModifiers = words(`spy intelligence military security`)

// descMods are lower-case words a description may hold between its start
// and its head: "real estate", "deputy", "former", "senior".
func descMod(t *token) bool {
	return t.kind == kWord && !t.cap() && !t.is(wcSmall) && !t.is(wcSpeech) && len(t.text) > 1
}

var descPreps = words(`of in to at for`)

// describe finds descriptions and adds them as mentions of kind
// "description" whose head says what they may refer to.
func (f *finder) describe() {
	toks := f.toks
	f.tiFirst, f.tiNext = f.sc.mentionIndex(len(toks), len(f.ms))
	for x := len(f.ms) - 1; x >= 0; x-- {
		ti := f.ms[x].ti
		f.tiNext[x], f.tiFirst[ti] = f.tiFirst[ti], int32(x)
	}
	for i := 0; i < len(toks); i++ {
		if f.stopped(i) {
			return
		}
		t := &toks[i]
		if t.kind != kWord {
			continue
		}
		if t.cyr() {
			if f.credit[i] == noCredit {
				f.cyrDescription(i)
			}
			continue
		}
		start, k := -1, i
		switch {
		case t.norm() == "the":
			start, k = i, i+1
		case t.cap():
			if n, e, ok := f.gazAt(i); ok && (e.kind == "country" || e.kind == "capital" || e.kind == "demonym") {
				start, k = i, i+n
				if k < len(toks) && toks[k].kind == kPoss {
					k++
				}
			}
		case t.is(wcRoleMod):
			start = i
		case i > 0 && toks[i-1].kind == kPunct && toks[i-1].line == t.line && (toks[i-1].text == ":" || toks[i-1].text == "-" || toks[i-1].text == "–" || toks[i-1].text == "—"):
			// a headline's attribution: "...: minister", "... - ambassador"
			start = i
		}
		// a credit's word starts no description: read after the tests
		// above (which change nothing), that turn away most words first
		if start < 0 || f.credit[i] != noCredit {
			continue
		}
		h, head, ok := f.descHeadAt(k)
		if !ok {
			if k > start && toks[k-1].kind == kPoss && toks[start].cap() {
				f.possessive(start, k)
			}
			continue
		}
		end := head + 1
		if h.typ == doc.PER {
			end = f.descPP(end)
		}
		word := toks[head].norm()
		if word == "ministry" {
			if _, _, ok := ministryOf(toks[k : head+1]); ok && head > k {
				// "the interior ministry": a ministry's name, not a description
				kind, _, _ := ministryOf(toks[k : head+1])
				f.add(mention{s: int(toks[start].s), e: int(toks[head].end()), ti: start, tj: head + 1, typ: doc.ORG, canon: ministryName(kind, ""),
					kind: "ministry", prio: 3, rule: "descriptor: " + lexicon.LowerString(f.text[toks[k].s:toks[head].end()])})
				i = head
				continue
			}
		}
		rule := ruleDescription + " " + lexicon.LowerString(f.text[toks[k].s:toks[head].end()])
		m := mention{s: int(toks[start].s), e: int(toks[end-1].end()), ti: start, tj: end, typ: h.typ, kind: "description", prio: 0,
			canon: word, rule: rule}
		if k > start && toks[start].norm() != "the" {
			_, e, _ := f.gazAt(start)
			m.country = e.country
		}
		if head > k && toks[head-1].is(wcSpyMod) {
			m.link = "spy"
		}
		for x := k; x < head; x++ {
			if t := &toks[x]; !t.is(wcGenericMod) && !t.is(wcSpyMod) && t.kind == kWord && !t.cap() {
				m.mods = append(m.mods, t.norm())
			}
		}
		f.add(m)
		i = end - 1
	}
}

// genericMods in a description say nothing of which body or person it is:
// "the new agency", "the former envoy"; other modifiers must be words of
// the name ("the statistics service": Federal Statistics Service).
var genericMods = words(`new former acting senior chief top veteran main state-run state-owned state-funded powerful
influential leading large small major big local regional national federal deputy first second prominent`)

// cyrDescription adds a bare Russian or Ukrainian noun that refers back
// to a body ("радиостанции", "ведомства", "пограничники"), unless a name
// follows it (an apposition, read by cyrPhrases).
func (f *finder) cyrDescription(i int) {
	t := &f.toks[i]
	if t.cap() || f.covered[i] {
		return
	}
	if _, ok := cyrDescHead(t.norm()); !ok {
		return
	}
	if i+1 < len(f.toks) && f.toks[i+1].line == t.line && (capWord(&f.toks[i+1]) || f.toks[i+1].text == "«") {
		return
	}
	f.add(mention{s: int(t.s), e: int(t.end()), ti: i, tj: i + 1, typ: doc.ORG, kind: "description", prio: 0, canon: t.norm(),
		rule: ruleDescription + " " + lexicon.LowerString(t.text)})
}

// possessive adds "Japan's NHK", "Russia's Eskadra": a country's
// possessive before the name of a body or person, as a mention of that
// name.
func (f *finder) possessive(start, k int) {
	if k >= len(f.tiFirst) { // the possessive ends the text: no name after it
		return
	}
	for x := f.tiFirst[k]; x >= 0 && int(x) < len(f.tiNext); x = f.tiNext[x] {
		m := f.ms[x]
		if (m.typ == doc.ORG || m.typ == doc.PER) && m.kind != "demonym" && !m.credit {
			f.add(mention{s: int(f.toks[start].s), e: m.e, ti: start, tj: m.tj, typ: m.typ, canon: m.canon, kind: m.kind,
				country: m.country, prio: 0, rule: rulePossessive, link: f.text[f.toks[start].s:m.e] + " <- the name after a country's possessive: " + f.text[m.s:m.e]})
			return
		}
	}
}

// descHeadOf returns the description head the token is (descHeads).
func descHeadOf(t *token) (descHead, bool) {
	if !t.is(wcDescHead) {
		return descHead{}, false
	}
	h, ok := descHeads[t.norm()]
	return h, ok
}

// roleMods start a description without an article: "deputy PM", "former
// envoy".
var roleMods = words(`deputy former acting senior chief top veteran`)

// descHeadAt finds the head noun of a description starting at token k:
// up to three modifiers, then a head noun of descHeads, all on one line.
func (f *finder) descHeadAt(k int) (descHead, int, bool) {
	toks := f.toks
	for m := k; m < len(toks) && m < k+4; m++ {
		t := &toks[m]
		if t.kind != kWord || m > k && t.line != toks[k].line {
			break
		}
		n := t.norm()
		if h, ok := descHeadOf(t); ok && (!t.cap() || t.allCaps() || m == k && t.sentStart() || n == "pm") {
			if m+1 < len(toks) && toks[m+1].kind == kWord {
				if _, more := descHeadOf(&toks[m+1]); more && !toks[m+1].cap() {
					continue // "spy agency chief": the head is the last
				}
			}
			return h, m, true
		}
		if !descMod(t) {
			break
		}
	}
	return descHead{}, 0, false
}

// descPP extends a person's description over a phrase saying where or of
// what: "in Seoul", "of Russia's Amur region", "to the UN".
func (f *finder) descPP(end int) int {
	toks := f.toks
	if end >= len(toks) || toks[end].kind != kWord || !toks[end].is(wcDescPrep) || toks[end].line != toks[end-1].line {
		return end
	}
	k := end + 1
	if k < len(toks) && toks[k].norm() == "the" {
		k++
	}
	last := -1
	for n := 0; k < len(toks) && n < 6 && toks[k].line == toks[end].line; n, k = n+1, k+1 {
		t := &toks[k]
		switch {
		case capWord(t) && !t.is(wcGiven):
			last = k
		case t.kind == kPoss && last == k-1:
		case t.kind == kWord && !t.cap() && last == k-1 && (t.is(wcLocHead) || t.is(wcPlaceNoun) || t.norm() == "region"):
			last = k
		default:
			n = 6
		}
		if n == 6 {
			break
		}
	}
	if last < 0 {
		return end
	}
	return last + 1
}

// resolveDescriptions links each description to its name; a description
// it cannot link is dropped (credit set). link unites two mentions with a
// reason.
func (f *finder) resolveDescriptions(ms []mention, active func(int) bool, link func(a, b int, why string)) {
	// what descFits reads of a candidate name, made once per name: the
	// names do not change here (only the descriptions do); the slices
	// are the scratch's, emptied
	rs := &f.sc.res
	f.lowerNames, f.nameRoles, f.rolesRead = sized(&rs.lowerNames, len(ms)), sized(&rs.nameRoles, len(ms)), sized(&rs.rolesRead, len(ms))
	// descriptions beside their names first: they give people the roles
	// the other descriptions are matched by
	var rest []int
	for i := range ms {
		if f.stopped(i) {
			return
		}
		if active(i) && ms[i].kind == "description" {
			if k, why := f.descBeside(ms, i, active); k >= 0 {
				f.linkDescription(ms, i, k, why, link)
			} else {
				rest = append(rest, i)
			}
		}
	}
	for x, i := range rest {
		if f.stopped(x) {
			return
		}
		h := headOf(ms[i])
		k, why := f.descName(ms, i, h, active)
		if k < 0 {
			ms[i].credit = true
			continue
		}
		f.linkDescription(ms, i, k, why, link)
	}
}

// linkDescription links description i to mention k.
func (f *finder) linkDescription(ms []mention, i, k int, why string, link func(a, b int, why string)) {
	text := func(i int) string { return f.text[ms[i].s:ms[i].e] }
	if headOf(ms[i]).typ == doc.PER {
		f.roles[ms[k].s] = append(f.roles[ms[k].s], ms[i].canon)
	}
	ms[i].typ, ms[i].canon = ms[k].typ, ms[k].canon
	ms[i].rule += "; " + why
	link(k, i, text(i)+" <- "+why+": "+text(k))
}

// descName returns the mention description i stands for, and why. The
// mentions are in text order; each search looks at a bounded window of
// them, so that resolving is linear in the article's length.
func (f *finder) descName(ms []mention, i int, h descHead, active func(int) bool) (int, string) {
	d := ms[i]
	toks := f.toks
	fits := func(k int) bool {
		return k != i && active(k) && ms[k].kind != "description" && f.descFits(ms, k, &d, h, true)
	}
	lo, hi := max(0, i-descBack), min(len(ms), i+descAhead)
	// a headline's description: the first fitting actor the article names
	if len(toks) > 0 && toks[d.ti].line == toks[0].line && f.headlineLine(toks[0].line) {
		for k := i + 1; k < hi; k++ {
			if fits(k) && ms[k].s > d.e {
				return k, "the " + descWord(d) + " the article names after its headline"
			}
		}
	}
	if toks[d.ti].norm() != "the" && d.country == "" && !toks[d.ti].is(wcRoleMod) && !h.cyr {
		return -1, ""
	}
	// an indefinite description ("a senior diplomat") brings in someone
	// new: never someone named before
	indefinite := d.ti > 0 && (toks[d.ti-1].norm() == "a" || toks[d.ti-1].norm() == "an")
	if !indefinite {
		// the last fitting actor named before it
		for k := i - 1; k >= lo; k-- {
			if h.cyr && f.sentencesBetween(ms[k].tj, d.ti) > 3 {
				break // a bare noun refers to a body named in the last sentences
			}
			if fits(k) && ms[k].e <= d.s {
				return k, "the last " + descWord(d) + " named before"
			}
		}
	}
	if h.typ == doc.PER {
		// a person of that role named in the next sentences
		for k := i + 1; k < hi; k++ {
			if ms[k].s <= d.e {
				continue
			}
			if f.sentencesBetween(d.tj, ms[k].ti) > 3 {
				break
			}
			if fits(k) {
				return k, "the " + descWord(d) + " named just after"
			}
		}
	}
	return -1, ""
}

// descBeside returns the name description i stands beside: "D, NAME",
// "NAME, D", "D NAME".
func (f *finder) descBeside(ms []mention, i int, active func(int) bool) (int, string) {
	d := ms[i]
	h := headOf(d)
	toks := f.toks
	for k := max(0, i-24); k < min(len(ms), i+24); k++ {
		if k == i || !active(k) || ms[k].kind == "description" || !f.descFits(ms, k, &d, h, false) {
			continue
		}
		m := ms[k]
		switch {
		case m.ti == d.tj && (d.typ == doc.ORG || ms[k].typ == doc.PER):
			return k, "description before the name"
		case m.ti == d.tj+1 && toks[d.tj].text == ",":
			return k, "description in apposition before the name"
		case d.ti == m.tj+1 && toks[m.tj].text == ",":
			return k, "description in apposition after the name"
		}
	}
	return -1, ""
}

// descBack and descAhead bound how many mentions before and after a
// description are searched for what it describes.
const descBack, descAhead = 400, 120

func descWord(d mention) string { return d.canon }

// headOf returns what a description mention's head says.
func headOf(d mention) descHead {
	if h, ok := descHeads[d.canon]; ok {
		return h
	}
	h, _ := cyrDescHead(d.canon)
	return h
}

// sentencesBetween counts sentence ends between tokens a and b, up to 4,
// by the running count of sentence ends (built at the first call): one
// subtraction, however far apart a and b are on an endless line.
func (f *finder) sentencesBetween(a, b int) int {
	b = min(b, len(f.toks))
	if a >= b {
		return 0
	}
	if f.sentCum == nil {
		f.sentCum = f.sc.int32s(len(f.toks) + 1)
		n := int32(0)
		for k := range f.toks {
			f.sentCum[k] = n
			if isSentEnd(&f.toks[k]) {
				n++
			}
		}
		f.sentCum[len(f.toks)] = n
	}
	return min(int(f.sentCum[b]-f.sentCum[a]), 4)
}

// descFits reports whether mention ms[k] may be what description d (head
// h) describes: the type, for a person a matching role when the article
// gives roles, for a body its kind or a word of its name, and the country
// when the description names one.
func (f *finder) descFits(ms []mention, k int, d *mention, h descHead, strict bool) bool {
	m := &ms[k] // (by pointer, as d: a mention is some 200 bytes)
	if m.credit || m.typ != h.typ || m.kind == "demonym" || m.kind == "capital-state" || m.kind == "the-north" {
		return false
	}
	if d.country != "" && m.country != "" && m.country != d.country {
		return false
	}
	if h.typ == doc.PER {
		given := f.roles[m.s]
		if !f.rolesRead[k] {
			f.nameRoles[k], f.rolesRead[k] = f.writtenRoles(m), true
		}
		written := f.nameRoles[k]
		if len(given) == 0 && len(written) == 0 {
			return !strict
		}
		for _, roles := range [2][]string{given, written} {
			for _, r := range roles {
				if r == d.canon || h.class != "" && descHeads[r].class == h.class {
					return true
				}
			}
		}
		return false
	}
	if d.link == "spy" && m.kind != "spy" && !strings.Contains(lexicon.LowerString(m.canon), "intelligence") {
		return false
	}
	if otherBodyHead(m.canon, d.canon, h) {
		return false
	}
	if f.lowerNames[k] == "" {
		f.lowerNames[k] = lexicon.LowerString(m.canon + " " + f.text[m.s:m.e]) // (strings.ToLower, faster)
	}
	name := f.lowerNames[k]
	if strict {
		for _, w := range d.mods {
			if !strings.Contains(name, w) {
				return false
			}
		}
	}
	if h.kinds != nil && (h.kinds[m.kind] || m.kind == "" && h.kinds["agency"] && strings.HasPrefix(m.rule, "head word")) {
		return true // an unlisted body named by its head noun ("... служба") may be an agency
	}
	for _, w := range h.names {
		if strings.Contains(name, w) {
			return true
		}
	}
	return h.kinds == nil && len(h.names) == 0
}

// bodyClasses group the head nouns of bodies that may name one another:
// "the agency" may be a "... Service" or a "... Agency", never a
// "... Committee" or a "... Council" (a parliament's intelligence
// committee is not the spy agency it hears).
var bodyClasses = map[string]string{
	"agency": "agency", "service": "agency", "bureau": "agency", "directorate": "agency", "administration": "agency",
	"committee": "committee", "commission": "committee", "council": "council", "panel": "panel",
	"ministry": "ministry", "department": "ministry", "institute": "institute", "university": "institute",
	"company": "company", "firm": "company", "group": "company", "developer": "company", "builder": "company",
	"contractor": "company", "corporation": "company", "corp": "company", "broadcaster": "outlet", "outlet": "outlet",
	"assembly": "parliament", "parliament": "parliament", "congress": "parliament", "senate": "parliament",
}

// otherBodyHead reports a body whose name ends in a head noun of another
// class than description word's (bodyClasses), that the description
// cannot stand for: "the agency" and "Intelligence Committee". A name
// ending in no such noun ("Mossad", "Ministry of Defence") is not ruled
// out here, nor a head the description's own name words allow.
func otherBodyHead(canon, word string, h descHead) bool {
	dc, ok := bodyClasses[word]
	if !ok || dc == "company" { // "company", "group", "firm": loose words for any body ("the spy company")
		return false
	}
	last := canon
	if i := strings.LastIndexByte(canon, ' '); i >= 0 {
		last = canon[i+1:]
	}
	last = lexicon.LowerString(last)
	mc, ok := bodyClasses[last]
	if !ok || mc == dc {
		return false
	}
	for _, w := range h.names {
		if w == last {
			return false
		}
	}
	return true
}

// writtenRoles returns the role words written just before a person's name
// ("President Volodymyr Zelensky", "deputy PM Marat Khusnullin", "Security
// Council Secretary Sergei Shoigu") and in an apposition after it ("X, the
// governor of ...", "X, who heads ...").
func (f *finder) writtenRoles(m *mention) []string {
	var out []string
	// before the name: role words, and the names and prepositions of a
	// title ("Ambassador to the DPRK", "Deputy Prime Minister")
	for k := m.ti - 1; k >= 0 && k >= m.ti-7; k-- {
		t := &f.toks[k]
		if t.kind == kPoss {
			continue
		}
		if t.kind != kWord || t.line != f.toks[m.ti].line {
			break
		}
		n := t.norm()
		if _, ok := descHeads[n]; ok {
			out = append(out, n)
			if n == "minister" && k > 0 && f.toks[k-1].norm() == "prime" {
				out = append(out, "pm")
			}
			continue
		}
		if t.is(wcTitle|wcRole|wcRoleMod|wcDescPrep) || n == "the" || n == "prime" || t.cap() {
			continue
		}
		break
	}
	if m.tj+1 < len(f.toks) && f.toks[m.tj].text == "," {
		for k := m.tj + 1; k < len(f.toks) && k < m.tj+6; k++ {
			t := &f.toks[k]
			if t.kind != kWord || t.cap() && !t.allCaps() {
				break
			}
			if _, ok := descHeads[t.norm()]; ok {
				out = append(out, t.norm())
				break
			}
		}
	}
	return out
}

// headlineLine reports whether line l is a headline: a line with no
// sentence end inside it, followed by a blank line or more text, of at
// most 25 words. It reads the line up to its 26th word (a longer line is
// no headline, whatever follows), once per line asked about.
func (f *finder) headlineLine(l int32) bool {
	if v, ok := f.headlines[l]; ok {
		return v
	}
	v := f.headlineLineOf(l)
	if f.headlines == nil {
		f.headlines = map[int32]bool{}
	}
	f.headlines[l] = v
	return v
}

func (f *finder) headlineLineOf(l int32) bool {
	words := 0
	for x := range f.toks {
		t := &f.toks[x]
		if t.line != l {
			if t.line > l {
				break
			}
			continue
		}
		if t.kind == kWord {
			words++
			if words > 25 {
				return false
			}
		}
		if isSentEnd(t) {
			return false
		}
	}
	return words > 0
}
