package entity

import (
	"sort"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
)

type resolved struct {
	mentions []doc.Mention
	entities []doc.Entity
}

type unionFind []int

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra != rb {
		if rb < ra {
			ra, rb = rb, ra
		}
		u[rb] = ra
	}
}

// entityType is the type an entity built from the mention has: demonyms
// and capitals standing for a state belong to the state (LOC).
func (m *mention) entityType() string {
	if m.kind == "demonym" {
		return doc.LOC
	}
	return m.typ
}

// surname is the part of a person's name used alone: the first word of a
// Korean name, else the last.
func surname(name string) string { return surnameMemo.get(name) }

var surnameMemo = newMemo(surnameOf)

// surnameOf is surname without the memo.
func surnameOf(name string) string {
	var buf nameBuf
	var ws []token
	for _, t := range splitName(buf[:0], name) {
		if t.kind == kWord {
			ws = append(ws, t)
		}
	}
	if len(ws) < 2 {
		return ""
	}
	if koreanName(ws) {
		return foldPart(ws[0].text)
	}
	return foldPart(ws[len(ws)-1].text)
}

// initials reports whether acr abbreviates name: its letters are the
// initials of the name's words, small words optional.
func initials(name, acr string) bool {
	acr = strings.ToUpper(strings.ReplaceAll(acr, ".", ""))
	// digits for small words: "C4ADS" (Center for Advanced Defense Studies)
	acr = strings.NewReplacer("4", "F", "2", "T").Replace(acr)
	var all, major []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r := []rune(w)
		if len(r) == 0 {
			continue
		}
		c := []rune(strings.ToUpper(string(r[0])))[0]
		all = append(all, c)
		if !smallWords[lexicon.LowerString(w)] && !connectors[lexicon.LowerString(w)] {
			major = append(major, c)
		}
	}
	if string(major) == acr || string(all) == acr {
		return true
	}
	// subsequence of all initials with the same first letter
	a := []rune(acr)
	if len(a) < 2 || len(all) == 0 || a[0] != all[0] {
		return false
	}
	k := 0
	for _, c := range all {
		if k < len(a) && c == a[k] {
			k++
		}
	}
	return k == len(a) && len(a) >= len(major)-1
}

// chooseAmbiguous gives a listed name that names several bodies ("Совбез":
// Russia's Security Council or the UN's) the body the article names
// unambiguously elsewhere.
func (f *finder) chooseAmbiguous() {
	ambiguous := false
	for i := range f.ms {
		if len(f.ms[i].alts) > 0 {
			ambiguous = true
			break
		}
	}
	if !ambiguous {
		return // most articles: no listed name names several bodies
	}
	named := map[string]bool{}
	for _, m := range f.ms {
		if len(m.alts) == 0 && !m.credit {
			named[m.canon] = true
		}
	}
	for i := range f.ms {
		m := &f.ms[i]
		if len(m.alts) == 0 || named[m.canon] {
			continue
		}
		for _, o := range m.alts {
			if named[o.canon] {
				m.canon, m.kind, m.country = o.canon, o.kind, o.country
				m.rule += "; the body of that name the article names"
				break
			}
		}
	}
}

// foreignAcronym reports an acronym in parentheses after a body's name
// that is not the name's initials because it comes from the name in
// another language or script: "Институт изучения войны (ISW)",
// "Національна розвідувальна служба (NIS)". Only a body's name of two
// words or more, and an acronym of two to six letters, qualify.
func foreignAcronym(toks []token, name, acr *mention) bool {
	if name.typ != doc.ORG || name.tj-name.ti < 2 {
		return false
	}
	a := &toks[acr.ti]
	n := &toks[name.ti]
	l := len([]rune(a.text))
	return l >= 2 && l <= 6 && (n.cyr() != a.cyr() || n.latin() != a.latin() || hasCyrillic(a.text) && n.cyr())
}

// unsupportedStart reports a mention of one unknown word, guessed a name
// only for its capital letter, at a sentence or line start.
func (f *finder) unsupportedStart(m *mention) bool {
	if m.tj-m.ti != 1 || m.kind != "" || m.prio > 2 || m.typ != doc.MISC && m.typ != doc.ORG {
		return false
	}
	t := &f.toks[m.ti]
	if !(t.sentStart() || t.lineStart() || t.headline()) || t.allCaps() && len(t.text) <= 5 {
		return false
	}
	if m.ti+1 < len(f.toks) && f.toks[m.ti+1].line == t.line && f.toks[m.ti+1].is(wcSpeech) {
		return false // "Matsegora said"
	}
	return strings.HasPrefix(m.rule, "capitalised word") || strings.HasPrefix(m.rule, "company context")
}

// countrySuffix returns the token where "of [the] <country>" ends a
// body's name, or -1.
func (f *finder) countrySuffix(m *mention) int {
	for k := m.ti + 1; k < m.tj-1; k++ {
		if f.toks[k].norm() != "of" {
			continue
		}
		p := k + 1
		if f.toks[p].norm() == "the" && p+1 < m.tj {
			p++
		}
		if n, e, ok := f.gazAt(p); ok && p+n == m.tj && e.kind == "country" {
			return k
		}
	}
	return -1
}

// ownScriptName returns the name an entity should be shown by when the
// article writes it only in Cyrillic but the lists know it by a Latin
// canonical name (КНДР, Росстат): its fullest variant, spelled out rather
// than an acronym; "" when the canonical name is in the article's script.
func ownScriptName(name string, variants []string) string {
	// a first variant in Latin letters answers "" whatever the name is:
	// read first, it spares most entities the name's reading
	if len(variants) == 0 || !hasCyrillic(variants[0]) || hasCyrillic(name) {
		return ""
	}
	best := ""
	for _, v := range variants {
		if !hasCyrillic(v) {
			return "" // the article also writes it in Latin letters
		}
		if best == "" || isAcronym(best) && !isAcronym(v) || isAcronym(best) == isAcronym(v) && len(v) > len(best) {
			best = v
		}
	}
	return best
}

// bodyName reports a name that is surely a body's: listed, or holding a
// head word of bodies ("Council Monitor", "Panel of Experts").
func (f *finder) bodyName(m *mention) bool {
	if m.prio >= 4 || m.kind != "" {
		return true
	}
	for k := m.ti; k < m.tj; k++ {
		if t := &f.toks[k]; t.is(wcOrgHead) || t.is(wcPaper) {
			return true
		}
	}
	return false
}

// resolve links mentions into entities.
func (f *finder) resolve() resolved {
	f.chooseAmbiguous()
	sortMentions(f.ms)
	// a guessed name inside a better mention is part of it ("Journal" in
	// "the Journal")
	f.sc.msUsed = max(f.sc.msUsed, len(f.ms))
	// (mentions by pointer: one is some 200 bytes; kept is written
	// behind the reading, at i or before, as the copies were)
	kept := f.ms[:0]
	for i := range f.ms {
		m := &f.ms[i]
		inner := false
		if m.typ == doc.MISC && m.kind == "" && !m.credit {
			inner = insideNeighbour(f.ms, i)
		}
		switch n := len(kept); {
		case inner:
		case n == i:
			kept = kept[:n+1] // in place already: not copied onto itself
		default:
			kept = append(kept, *m)
		}
	}
	f.ms = kept
	ms := f.ms
	rs := &f.sc.res
	uf := unionFind(sized(&rs.uf, len(ms)))
	for i := range uf {
		uf[i] = i
	}
	links := sized(&rs.links, len(ms))
	for i := range ms {
		links[i] = ms[i].link
	}
	link := func(a, b int, why string) {
		if uf.find(a) != uf.find(b) {
			uf.union(a, b)
			if why != "" {
				links[b] = why
			}
		}
	}
	text := func(i int) string { return f.text[ms[i].s:ms[i].e] }
	active := func(i int) bool { return !ms[i].credit }
	norms := sized(&rs.norms, len(ms))
	surnames := sized(&rs.surnames, len(ms))
	for i := range ms {
		if m := &ms[i]; m.nrm != "" {
			norms[i] = m.nrm
		} else {
			norms[i] = f.mentionNorm(m)
		}
	}
	// mentions by first token, only for the tokens right after a name's
	// opening parenthesis (the only ones asked about)
	var byStart map[int][]int
	index := func() {
		if byStart != nil {
			return
		}
		byStart = map[int][]int{}
		for i := range ms {
			if tj := ms[i].tj; tj+2 < len(f.toks) && f.toks[tj].text == "(" {
				byStart[tj+1] = nil
			}
		}
		for i := range ms {
			if l, ok := byStart[ms[i].ti]; ok {
				byStart[ms[i].ti] = append(l, i)
			}
		}
	}
	personSurname := func(k int) string {
		if surnames[k] == "" {
			surnames[k] = surname(text(k)) + "|"
		}
		return surnames[k][:len(surnames[k])-1]
	}
	// people named in full, by surname (built once, when a lone name needs it)
	var surnameIndex map[string][]int
	bySurname := func() map[string][]int {
		if surnameIndex == nil {
			// one mention per person (canonical name): its first
			surnameIndex = emptied(&rs.bySurname)
			seen := emptied(&rs.seenCanon)
			for k := range ms {
				if active(k) && ms[k].typ == doc.PER && ms[k].tj-ms[k].ti >= 2 && !seen[ms[k].canon] {
					seen[ms[k].canon] = true
					surnameIndex[personSurname(k)] = append(surnameIndex[personSurname(k)], k)
				}
			}
		}
		return surnameIndex
	}

	// descriptions are linked last, to the names they describe
	named := func(i int) bool { return active(i) && ms[i].kind != "description" }
	// 1. acronyms and alternative spellings defined in parentheses
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		if !named(i) || ms[i].kind == "demonym" {
			continue
		}
		tj := ms[i].tj
		if tj+2 >= len(f.toks) || f.toks[tj].text != "(" {
			continue
		}
		index()
		for _, k := range byStart[tj+1] {
			if !active(k) || ms[k].tj >= len(f.toks) || f.toks[ms[k].tj].text != ")" {
				continue
			}
			inner := text(k)
			switch {
			case ms[k].tj-ms[k].ti == 1 && f.toks[ms[k].ti].allCaps() && (initials(text(i), inner) || foreignAcronym(f.toks, &ms[i], &ms[k])):
				why := inner + " <- acronym defined in parentheses after " + text(i)
				if !initials(text(i), inner) {
					why = inner + " <- acronym in parentheses after " + text(i) + " (initials of its name in another language)"
				}
				// the mentions of the acronym's normal form, read in
				// order (a few acronyms an article: no index of them)
				for o := range ms {
					if norms[o] == norms[k] && active(o) && o != i {
						if ms[o].typ == doc.MISC || ms[o].typ != ms[i].typ && ms[o].kind == "" {
							ms[o].typ = ms[i].typ
						}
						if !strings.Contains(ms[o].rule, "acronym defined") {
							ms[o].rule += "; acronym defined in parentheses"
						}
						link(i, o, why)
					}
				}
			case ms[i].typ == doc.PER && ms[k].tj-ms[k].ti >= 2 && (ms[k].typ == doc.PER || ms[k].typ == doc.MISC):
				ms[k].typ = doc.PER
				if !strings.Contains(ms[k].rule, "alternative spelling") {
					ms[k].rule += "; alternative spelling in parentheses"
				}
				link(i, k, inner+" <- alternative spelling in parentheses after "+text(i))
			}
		}
	}

	// 2. the same key
	// Key remembers its keys across articles; each mention's is kept in
	// keyed for its entity's key below (no second look-up in Key's memo)
	byKey := emptied(&rs.byKey)
	keyed := sized(&rs.keyed, len(ms))
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		if !named(i) {
			continue
		}
		k := Key(ms[i].canon, ms[i].entityType())
		kn := &keyed[i]
		kn.name, kn.typ, kn.key = ms[i].canon, ms[i].entityType(), k
		if o, ok := byKey[k]; ok {
			why := ""
			if ms[i].kind == "demonym" {
				why = text(i) + " <- demonym of " + ms[i].canon
			} else if norms[i] != norms[o] && ms[i].link == "" {
				why = text(i) + " <- same name after folding (" + k + ")"
				if ms[i].prio == 5 {
					why = text(i) + " <- listed variant of " + ms[i].canon
				}
			}
			if why == "" {
				why = ms[i].link
			}
			link(o, i, why)
		} else {
			byKey[k] = i
		}
	}

	// 3. surnames: link a one-word name to the one person whose surname it is
	same := emptied(&rs.same)
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		guessed := ms[i].kind == "" && ms[i].prio <= 2 && !f.toks[ms[i].ti].allCaps()
		if !named(i) || ms[i].tj-ms[i].ti != 1 || !(ms[i].typ == doc.PER || guessed && (ms[i].typ == doc.MISC || ms[i].typ == doc.ORG ||
			ms[i].typ == doc.LOC && strings.HasPrefix(ms[i].rule, "preposition of place"))) {
			continue
		}
		if len(bySurname()) == 0 {
			continue // no person named in full: nothing to link to
		}
		// the people of that surname named before it, else those named
		// after it (the list is in text order and never holds i, a
		// one-word name): linked when they are one person
		sn := foldPart(text(i))
		people := bySurname()[sn]
		p := sort.Search(len(people), func(x int) bool { return ms[people[x]].s >= ms[i].s })
		if p == 0 {
			p = len(people)
		}
		// people[:same[sn]] are known to be one person's group (groups
		// only grow): each list is read once over all its surnames
		known := same[sn]
		q := known
		for q < p && uf.find(people[q]) == uf.find(people[0]) {
			q++
		}
		if q != known {
			same[sn] = q // a missing entry reads as 0: only a longer group is written
		}
		k, n := -1, 0
		switch {
		case p == 0:
		case q >= p:
			k, n = people[p-1], 1
		default:
			n = 2
		}
		if n == 1 {
			ms[i].typ = doc.PER
			ms[i].rule += "; surname of a person named in the article"
			link(k, i, text(i)+" <- surname of "+text(k))
		} else if n > 1 {
			ms[i].rule += "; surname shared by several people: not linked"
			if ms[i].typ == doc.MISC {
				ms[i].typ = doc.PER
			}
		}
	}

	// 3b. a lone unknown name written capitalised mid-sentence that is no
	// person's surname names an organisation ("Boeing delivered",
	// "shares of Apple"): news introduces people with their full names, and
	// places are listed or marked by a preposition of place.
	guessedLast := emptied(&rs.guessedLast) // last words of guessed multi-word names: maybe surnames
	for i := range ms {
		if active(i) && ms[i].tj-ms[i].ti > 1 && (ms[i].typ == doc.PER || strings.HasPrefix(ms[i].rule, "capitalised sequence")) {
			guessedLast[f.toks[ms[i].tj-1].norm()] = true
		}
	}
	orgWords := emptied(&rs.orgWords)
	for i := range ms {
		if active(i) && ms[i].typ == doc.MISC && ms[i].kind == "" && ms[i].tj-ms[i].ti == 1 &&
			ms[i].rule == "capitalised word" {
			ti := ms[i].ti
			t := &f.toks[ti]
			prefix := ti+1 < len(f.toks) && f.toks[ti+1].text == "-" && f.toks[ti+1].s == t.end() // "Sino-"
			if !t.sentStart() && !t.headline() && !t.allCaps() && !prefix && !guessedLast[t.norm()] && !strings.ContainsAny(t.text, "0123456789") {
				orgWords[norms[i]] = true
			}
		}
	}
	for i := range ms {
		if active(i) && ms[i].typ == doc.MISC && ms[i].kind == "" && ms[i].tj-ms[i].ti == 1 &&
			strings.HasPrefix(ms[i].rule, "capitalised word") && orgWords[norms[i]] {
			ms[i].typ, ms[i].rule = doc.ORG, orgMidSentence(ms[i].rule)
		}
	}

	// 3c. a body named by one word of its name: "the Panel" after "Panel of
	// Experts", "the Monitor" after "Far East Migration Monitor"
	byEdge := emptied(&rs.byEdge)
	for k := range ms {
		if named(k) && ms[k].typ == doc.ORG && ms[k].tj-ms[k].ti >= 2 && f.bodyName(&ms[k]) {
			first, last := f.toks[ms[k].ti].norm(), f.toks[ms[k].tj-1].norm()
			byEdge[first] = append(byEdge[first], k)
			if last != first {
				byEdge[last] = append(byEdge[last], k)
			}
		}
	}
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		if !named(i) || ms[i].tj-ms[i].ti != 1 || ms[i].kind != "" || !(ms[i].typ == doc.ORG || ms[i].typ == doc.MISC) ||
			f.toks[ms[i].ti].allCaps() {
			continue
		}
		best := -1
		for _, k := range byEdge[norms[i]] {
			if k == i {
				continue
			}
			if best < 0 || ms[k].s < ms[i].s && (ms[best].s > ms[i].s || ms[k].s > ms[best].s) {
				best = k
			}
		}
		if best >= 0 {
			ms[i].typ = doc.ORG
			ms[i].rule += "; one word of a body's name"
			link(best, i, text(i)+" <- one word of the name "+text(best))
		}
	}

	// 4. descriptors resolved against the article; outlets and the first
	// mention of each country are indexed once
	outletByLast := map[string]int{} // last word of an outlet's name -> its first mention
	firstState := map[string]int{}
	for k := range ms {
		if !active(k) {
			continue
		}
		if ms[k].kind == "outlet" {
			ws := strings.Fields(lexicon.LowerString(ms[k].canon))
			if _, ok := outletByLast[ws[len(ws)-1]]; !ok && len(ws) > 1 {
				outletByLast[ws[len(ws)-1]] = k
			}
		}
		if ms[k].kind == "country" || ms[k].kind == "capital-state" || ms[k].kind == "demonym" {
			if _, ok := firstState[ms[k].canon]; !ok {
				firstState[ms[k].canon] = k
			}
		}
	}
	lastPaper := -1 // the newspaper last named before mention i (ms is in text order)
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		if active(i) && ms[i].kind == "outlet" && isPaper(ms[i].canon) {
			lastPaper = i
		}
		if !active(i) {
			continue
		}
		switch ms[i].kind {
		case "paper-short":
			w := lexicon.LowerString(ms[i].canon)
			k, ok := outletByLast[w]
			if ok {
				ms[i].canon, ms[i].kind = ms[k].canon, "paper-short-resolved"
				link(k, i, text(i)+" <- short name of "+ms[k].canon)
			} else {
				ms[i].typ, ms[i].rule = doc.MISC, ms[i].rule+"; no newspaper of that name in the article"
			}
		case "paper-anaphor":
			if best := lastPaper; best >= 0 {
				ms[i].canon = ms[best].canon
				link(best, i, text(i)+" <- the newspaper last named: "+ms[best].canon)
			} else {
				ms[i].credit = true // not a name: drop below
			}
		case "the-north":
			want := "North Korea"
			if ms[i].canon == "South" {
				want = "South Korea"
			}
			k, ok := firstState[want]
			if ok {
				ms[i].canon, ms[i].kind = want, "the-north-resolved"
				link(k, i, "the "+text(i)+" <- "+want+" named in the article")
			} else {
				ms[i].credit = true
			}
		}
	}
	f.resolveDescriptions(ms, active, link)
	// countryless ministry -> the one ministry of that field with a country
	withCountry := map[string][]int{} // field -> ministries of a country
	for k := range ms {
		if c := ms[k].canon; active(k) && strings.HasPrefix(c, "Ministry of ") && strings.Contains(c, " (") {
			field := strings.TrimPrefix(c[:strings.Index(c, " (")], "Ministry of ")
			withCountry[field] = append(withCountry[field], k)
		}
	}
	// a field's ministries with a country are united here only when they
	// are one group already (i, without a country, is none of them): so
	// their groups are read once per field
	type only struct{ k, n int }
	onlyOf := map[string]only{}
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		if !active(i) || ms[i].typ != doc.ORG || !strings.HasPrefix(ms[i].canon, "Ministry of ") || strings.Contains(ms[i].canon, "(") {
			continue
		}
		field := strings.TrimPrefix(ms[i].canon, "Ministry of ")
		o, ok := onlyOf[field]
		if !ok {
			var act []int
			for _, k := range withCountry[field] {
				if active(k) {
					act = append(act, k)
				}
			}
			o.k, o.n = oneRoot(uf, act)
			onlyOf[field] = o
		}
		if o.n == 1 {
			link(o.k, i, text(i)+" <- the article's only "+lexicon.LowerString("ministry of "+field)+": "+ms[o.k].canon)
		}
	}
	// organisation named without its country prefix: "State Department";
	// the organisations of the phrase are read in order when a name with
	// a country asks (a few an article: no index of them; the loop
	// changes no mention's type or credit, so they are the same whenever
	// they are read)
	unitedPhrase := map[string]bool{}
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		if !active(i) || ms[i].typ != doc.ORG || ms[i].tj-ms[i].ti < 2 {
			continue
		}
		short := ""
		if n, e, ok := f.gazAt(ms[i].ti); ok && (e.kind == "country" || e.kind == "demonym") && ms[i].ti+n < ms[i].tj {
			short = phraseKey(f.toks[ms[i].ti+n : ms[i].tj])
		} else if k := f.countrySuffix(&ms[i]); k > ms[i].ti {
			// "Ministry of Transport of Kazakhstan" = "Ministry of Transport"
			short = phraseKey(f.toks[ms[i].ti:k])
		} else {
			continue
		}
		// once every name of the phrase was linked to one name with a
		// country, they are one group: the next such name links to the
		// first of them only (the others would change nothing)
		for k := range ms {
			if ms[k].typ == doc.ORG && active(k) && k != i && phraseIs(f.toks[ms[k].ti:ms[k].tj], short) {
				if uf.find(i) != uf.find(k) {
					link(i, k, text(k)+" <- "+text(i)+" without its country")
				}
				if unitedPhrase[short] {
					break
				}
			}
		}
		unitedPhrase[short] = true
	}

	// build entities: the groups by root, in the order their first
	// mention comes, each with its mentions in text order (size[r]
	// mentions from members[start[r]:])
	size := sized(&rs.size, len(ms))
	order := rs.order[:0]
	for i := range ms {
		if ms[i].credit {
			continue
		}
		r := uf.find(i)
		if size[r] == 0 {
			order = append(order, r)
		}
		size[r]++
	}
	rs.order = order
	// an unknown word capitalised only by its place at a sentence start,
	// that nothing else in the article supports, is not reported as a name
	// ("Views", "Send", "Tips")
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		if !ms[i].credit && size[uf.find(i)] == 1 && f.unsupportedStart(&ms[i]) {
			ms[i].credit, ms[i].kind = true, "unsupported"
			size[uf.find(i)] = 0 // the group is dropped
		}
	}
	start := sized(&rs.start, len(ms))
	members := sized(&rs.members, len(ms))[:0]
	nEnts := 0 // the groups not dropped: an entity each
	for _, r := range order {
		start[r] = int32(len(members))
		members = members[:len(members)+int(size[r])]
		if size[r] > 0 {
			nEnts++
		}
	}
	fill := sized(&rs.fill, len(ms))
	nMentions := len(ms) // the mentions returned
	for i := range ms {
		if r := uf.find(i); !ms[i].credit && size[r] > 0 {
			members[start[r]+fill[r]] = i
			fill[r]++
		} else if ms[i].unresolvedDescriptor() {
			nMentions--
		}
	}
	// the returned arrays made with room for what they get, no more
	out := resolved{entities: make([]doc.Entity, 0, nEnts), mentions: make([]doc.Mention, 0, nMentions)}
	keyOf := sized(&rs.keyOf, len(ms))
	// the entities' variants and links are slices of two arrays made once,
	// each capped at its own length: the links' with room for every
	// member's (a group's are at most theirs), the variants' as long as
	// they are, copied from scratch once all are known (a group's distinct
	// texts are most often one or two of many mentions)
	nLinks := 0
	for _, i := range members {
		if links[i] != "" {
			nLinks++
		}
	}
	variants, entLinks := rs.variants[:0], make([]string, 0, nLinks)
	for _, r := range order {
		g := members[start[r] : start[r]+size[r]]
		if len(g) == 0 {
			continue
		}
		best := g[0]
		for _, i := range g[1:] {
			if ms[i].prio > ms[best].prio || ms[i].prio == ms[best].prio && len(ms[i].canon) > len(ms[best].canon) && ms[i].typ != doc.MISC {
				best = i
			}
		}
		typ := ms[best].entityType()
		name := ms[best].canon
		if ms[best].kind == "capital-state" || ms[best].kind == "demonym" {
			name = ms[best].canon
		}
		key := keyed[best].keyOf(name, typ)
		e := doc.Entity{Key: key, Name: name, Type: typ}
		seen := rs.seen.reset()
		v0, l0 := len(variants), len(entLinks)
		for _, i := range g {
			// a description is not a name of the entity: its link says
			// why it is there
			if v := text(i); seen.add(v) && ms[i].kind != "description" {
				variants = append(variants, v)
			}
			if links[i] != "" && !contains(entLinks[l0:], links[i]) {
				entLinks = append(entLinks, links[i])
			}
			keyOf[i] = key
		}
		if len(variants) > v0 {
			e.Variants = variants[v0:len(variants):len(variants)]
		}
		if len(entLinks) > l0 {
			e.Links = entLinks[l0:len(entLinks):len(entLinks)]
		}
		if n := ownScriptName(e.Name, e.Variants); n != "" {
			e.Name = n
			e.Links = append(e.Links, n+" <- named in the article's own script; key from the list's "+name)
		}
		out.entities = append(out.entities, e)
	}
	rs.variants = variants
	ownVariants(out.entities, variants)
	for i := range ms {
		if f.stopped(i) {
			return resolved{}
		}
		m := &ms[i]
		if m.unresolvedDescriptor() {
			continue // not a name
		}
		out.mentions = append(out.mentions, doc.Mention{Start: m.s, End: m.e, Text: text(i), Type: m.typ,
			Entity: keyOf[i], Rule: m.rule})
	}
	// made with room for all: none found is nil, as before
	if len(out.entities) == 0 {
		out.entities = nil
	}
	if len(out.mentions) == 0 {
		out.mentions = nil
	}
	return out
}

// unresolvedDescriptor reports a mention resolve does not return: one
// dropped (credit set) that is no credit or site notice, such as a
// descriptor that names no body of the article.
func (m *mention) unresolvedDescriptor() bool {
	return m.credit && m.kind != "" && !strings.HasPrefix(m.rule, "credit") && !strings.HasPrefix(m.rule, "boilerplate")
}

// ownVariants moves the variants of ents, the runs of vs in their order
// (each entity's Variants a slice of vs), into one array of their own
// length (vs is scratch, longer-lived than what resolve returns).
func ownVariants(ents []doc.Entity, vs []string) {
	if len(vs) == 0 {
		return
	}
	own := make([]string, len(vs))
	copy(own, vs)
	for k := range ents {
		if n := len(ents[k].Variants); n > 0 {
			ents[k].Variants, own = own[:n:n], own[n:]
		}
	}
}

// insideNeighbour reports whether one of the eight mentions before ms[i]
// or the seven after it holds it (as long, or longer, and not a credit).
// ms is sorted by start, so those after it can hold it only while they
// start where it does: they are read until one starts later.
func insideNeighbour(ms []mention, i int) bool {
	m := &ms[i]
	for k := max(0, i-8); k < i; k++ {
		if holdsMention(&ms[k], m) {
			return true
		}
	}
	for k := i + 1; k < min(len(ms), i+8) && ms[k].s <= m.s; k++ {
		if holdsMention(&ms[k], m) {
			return true
		}
	}
	return false
}

// holdsMention reports whether o, no credit, spans m and more.
func holdsMention(o, m *mention) bool {
	// (containment first: most neighbours end before m does)
	return m.e <= o.e && o.s <= m.s && (o.e-o.s) > (m.e-m.s) && !o.credit
}

// oneRoot returns the number of groups the mentions ks are in, 0, 1 or 2
// for two or more (it stops reading at the second group), and, when they
// are in one group, the last of them.
func oneRoot(uf unionFind, ks []int) (last, n int) {
	if len(ks) == 0 {
		return -1, 0
	}
	r := uf.find(ks[0])
	for _, k := range ks[1:] {
		if uf.find(k) != r {
			return -1, 2
		}
	}
	return ks[len(ks)-1], 1
}

func isPaper(name string) bool {
	ws := strings.Fields(lexicon.LowerString(name))
	return len(ws) > 0 && paperWords[ws[len(ws)-1]]
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// ruleOrgMidSentence is the why of a lone capitalised name typed an
// organisation (step 3b of resolve).
const ruleOrgMidSentence = "; unknown single name mid-sentence: organisation"

// orgMidSentence is rule with ruleOrgMidSentence added: a constant for
// the common "capitalised word" (no string built for each such name).
func orgMidSentence(rule string) string {
	if rule == "capitalised word" {
		return "capitalised word" + ruleOrgMidSentence
	}
	return rule + ruleOrgMidSentence
}
