package entity

import (
	"strings"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// gazEntry is one name in the built-in lists.
type gazEntry struct {
	canon   string // canonical name
	typ     string // LOC, ORG, MISC (demonyms)
	kind    string // country, capital, city, region, demonym, igo, outlet, agency, spy, party, org
	country string // the country it belongs to, "" when none
	exact   bool   // an acronym alias: the text must be written in capitals
	lower   bool   // the alias starts with a lower-case word ("пограничная служба ФСБ")
}

var (
	gaz       map[string][]gazEntry // normalized phrase -> entries
	gazPrefix map[string]bool       // every proper prefix of a phrase
	gazMax    = 1
	capitalOf map[string]string // country -> capital
	outlets   []string          // canonical outlet names
)

// buildGazetteer indexes the lists of data/*.txt.
func buildGazetteer() {
	// room for a key a name and a prefix every other name (1,727 keys and
	// 572 prefixes of 1,780 names today): the maps do not grow. (The
	// names, not len(loadTable): that is every name load reads, 2,936,
	// the stop words and word lists too.)
	names := gazNameCount()
	gaz = make(map[string][]gazEntry, names)
	gazPrefix = make(map[string]bool, names/2)
	gazFirst = make([]gazEntry, 0, names)
	capitalOf = make(map[string]string, len(countries))
	for _, line := range countries {
		f := strings.Split(line, "|")
		name := f[0]
		addGaz(name, gazEntry{canon: name, typ: "LOC", kind: "country", country: name})
		for _, a := range splitList(f[1]) {
			addGaz(a, gazEntry{canon: name, typ: "LOC", kind: "country", country: name})
		}
		for _, d := range splitList(f[2]) {
			addGaz(d, gazEntry{canon: name, typ: "MISC", kind: "demonym", country: name})
			addGaz(d+"s", gazEntry{canon: name, typ: "MISC", kind: "demonym", country: name})
		}
		for i, c := range splitList(f[3]) {
			addGaz(c, gazEntry{canon: splitList(f[3])[0], typ: "LOC", kind: "capital", country: name})
			if i == 0 {
				capitalOf[name] = c
			}
		}
	}
	for _, line := range places {
		f := strings.Split(line, "|")
		e := gazEntry{canon: f[0], typ: "LOC", kind: f[2], country: f[3]}
		addGaz(f[0], e)
		for _, a := range splitList(f[1]) {
			addGaz(a, e)
		}
	}
	for _, line := range people {
		f := strings.Split(line, "|")
		e := gazEntry{canon: f[0], typ: "PER", kind: "person", country: f[2]}
		addGaz(f[0], e)
		for _, a := range splitList(f[1]) {
			addGaz(a, e)
		}
	}
	for _, line := range orgs {
		f := strings.Split(line, "|")
		e := gazEntry{canon: f[0], typ: "ORG", kind: f[2], country: f[3]}
		addGaz(f[0], e)
		for _, a := range splitList(f[1]) {
			addGaz(a, e)
		}
		if e.kind == "outlet" {
			outlets = append(outlets, f[0])
		}
	}
	buildGazTable()
}

// gazNameCount is the number of names buildGazetteer adds (addGaz
// calls), counted from the list lines without splitting them: a country's
// name, aliases, demonyms (each also with an s) and capitals; a place's,
// person's or body's name and aliases.
func gazNameCount() int {
	n := 0
	for _, line := range countries {
		_, rest, _ := strings.Cut(line, "|")
		aliases, rest, _ := strings.Cut(rest, "|")
		demonyms, capitals, _ := strings.Cut(rest, "|")
		capitals, _, _ = strings.Cut(capitals, "|")
		n += 1 + listLen(aliases) + 2*listLen(demonyms) + listLen(capitals)
	}
	for _, lines := range [...][]string{places, people, orgs} {
		for _, line := range lines {
			_, rest, _ := strings.Cut(line, "|")
			aliases, _, _ := strings.Cut(rest, "|")
			n += 1 + listLen(aliases)
		}
	}
	return n
}

// listLen is len(splitList(s)).
func listLen(s string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, ";") + 1
}

// gazPhrase is what the lists hold of a phrase key: its entries in gaz
// and whether it is in gazPrefix.
type gazPhrase struct {
	es     []gazEntry
	prefix bool
}

// gazTab is gaz and gazPrefix in one read-only table (one look-up of a
// phrase answers both, from the bytes of its key): a key's value is its
// phrase's place in gazPhrases, 0 (the place of no phrase) for a key not
// in it. A table's slots are four times its keys: a 32-byte gazPhrase a
// slot made it 852 KB at every start, an index a slot 394 KB.
var gazTab *tk.Table[uint32]

// gazPhrases are the phrases of gazTab's keys, after the zero phrase (a
// key neither listed nor a prefix).
var gazPhrases []gazPhrase

// buildGazTable builds gazTab once gaz and gazPrefix are complete (its
// entries are gaz's own: the same pointers).
func buildGazTable() {
	m := make(map[string]uint32, len(gaz)+len(gazPrefix))
	gazPhrases = make([]gazPhrase, 1, 1+len(gaz)+len(gazPrefix))
	for k, es := range gaz {
		m[k] = uint32(len(gazPhrases))
		gazPhrases = append(gazPhrases, gazPhrase{es: es})
	}
	for k := range gazPrefix {
		i, ok := m[k]
		if !ok {
			i = uint32(len(gazPhrases))
			m[k] = i
			gazPhrases = append(gazPhrases, gazPhrase{})
		}
		gazPhrases[i].prefix = true
	}
	gazTab = tk.NewTable(m)
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, ";")
}

// phraseKey is the list key of toks: their normal forms joined by spaces.
// A key of one token is its normal form (no string built); a longer key
// is joined on the stack and copied once.
func phraseKey(toks []token) string {
	if len(toks) == 1 {
		return toks[0].norm()
	}
	var buf [64]byte
	return string(appendPhraseKey(buf[:0], toks))
}

// phraseIs reports whether phraseKey(toks) is p, making no string: the
// tokens' normal forms, one space between two.
func phraseIs(toks []token, p string) bool {
	for i := range toks {
		if i > 0 {
			if p == "" || p[0] != ' ' {
				return false
			}
			p = p[1:]
		}
		n := toks[i].norm()
		if !strings.HasPrefix(p, n) {
			return false
		}
		p = p[len(n):]
	}
	return p == ""
}

// appendPhraseKey appends the phraseKey of toks to dst: a map indexed
// with string(appendPhraseKey(buf[:0], toks)) makes no string.
func appendPhraseKey(dst []byte, toks []token) []byte {
	for i := range toks {
		if i > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, toks[i].norm()...)
	}
	return dst
}

func addGaz(name string, e gazEntry) {
	nt := nameTokens(name)
	if nt.n == 0 {
		return
	}
	letters := strings.ReplaceAll(name, ".", "")
	e.exact = nt.n == 1 && strings.ToUpper(letters) == letters && len([]rune(letters)) <= 4
	e.lower = nt.lower
	k := nt.key
	for _, old := range gaz[k] {
		if old == e {
			return
		}
	}
	gaz[k] = appendEntry(gaz[k], e)
	for _, end := range nt.ends {
		gazPrefix[k[:end]] = true
	}
	if nt.n > gazMax {
		gazMax = nt.n
	}
}

// gazFirst holds the first entry of each key of gaz, room for one each
// listed name: 1,900 keys do not allocate 1,900 slices of one entry.
var gazFirst []gazEntry

// appendEntry is append(es, e), a first entry cut from gazFirst with no
// room after it (a key's second entry is appended to a copy, never onto
// the next key's).
func appendEntry(es []gazEntry, e gazEntry) []gazEntry {
	if len(es) > 0 || len(gazFirst) == cap(gazFirst) {
		return append(es, e)
	}
	gazFirst = append(gazFirst, e)
	n := len(gazFirst)
	return gazFirst[n-1 : n : n]
}

// appendPhrase appends the list key of toks to b.
func appendPhrase(b []byte, toks []token) []byte {
	for i := range toks {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, toks[i].norm()...)
	}
	return b
}

// gazOf returns the list entries whose key is toks' phrase key, read from
// gazTab (most phrases are turned away before a hash), the key built in a
// buffer on the stack.
func gazOf(toks []token) []gazEntry { return gazPhraseOf(toks).es }

// isGazPrefix reports whether toks' phrase key is a proper prefix of a
// listed phrase.
func isGazPrefix(toks []token) bool { return gazPhraseOf(toks).prefix }

// gazPhraseOf is gazTab's phrase of toks' phrase key (the zero phrase
// when it is neither listed nor a prefix).
func gazPhraseOf(toks []token) *gazPhrase {
	if len(toks) == 1 {
		i, _ := gazTab.Get(toks[0].norm())
		return &gazPhrases[i]
	}
	var a [128]byte
	i, _ := gazTab.GetBytes(appendPhrase(a[:0], toks))
	return &gazPhrases[i]
}

// lookupGaz returns the longest list match starting at toks[i] (its length
// in tokens) and the entry. The first token must be capitalised; acronym
// aliases must be written in capitals; every capitalised word of the list
// name must be capitalised in the text.
func lookupGaz(toks []token, i int) (int, gazEntry, bool) {
	n, e := lookupGazRef(toks, i)
	if e == nil {
		return 0, gazEntry{}, false
	}
	return n, *e, true
}

// lookupGazRef is lookupGaz returning the entry in the lists, nil when
// none matches.
func lookupGazRef(toks []token, i int) (int, *gazEntry) {
	n, p, x := lookupGazAt(toks, i)
	if p == 0 {
		return 0, nil
	}
	return n, &gazPhrases[p].es[x]
}

// lookupGazAt is lookupGazRef returning the entry by its place: the
// phrase's in gazPhrases (0: none matches) and the entry's in the phrase.
func lookupGazAt(toks []token, i int) (best int, bp uint32, bx int) {
	if toks[i].kind != kWord || !toks[i].cap() && !toks[i].cyr() {
		return 0, 0, 0
	}
	if !toks[i].is(wcGaz | wcGazPrefix) {
		return 0, 0, 0 // neither a listed word nor the start of a listed name
	}
	lowerStart := !toks[i].cap()
	var a [128]byte
	k := a[:0]
	for n := 1; n <= gazMax && i+n <= len(toks); n++ {
		last := &toks[i+n-1]
		if n > 1 && (last.line != toks[i].line || last.kind == kPunct) {
			break
		}
		if n > 1 {
			k = append(k, ' ')
		}
		k = append(k, last.norm()...)
		p, _ := gazTab.GetBytes(k)
		h := &gazPhrases[p]
		if es := h.es; len(es) > 0 {
			for x := range es {
				e := &es[x]
				if e.exact && !(toks[i].allCaps() || len(toks[i].text) == 1) {
					continue
				}
				if lowerStart && !e.lower {
					continue // a lower-case word starts only aliases written so
				}
				if !capsAgree(toks[i : i+n]) {
					continue
				}
				best, bp, bx = n, p, x
				break
			}
		}
		if !h.prefix {
			break
		}
	}
	return best, bp, bx
}

// gazAt is lookupGaz(f.toks, i), remembered per token: the passes ask
// about the same capitalised words again and again. The entry is the
// list's own (noGaz when there is none), read, never written: no copy of
// it is made per question.
func (f *finder) gazAt(i int) (int, *gazEntry, bool) {
	if !f.toks[i].mayStartGaz() {
		return 0, &noGaz, false // what lookupGazRef turns down first, without the memory
	}
	return f.gazAtListed(i)
}

// mayStartGaz is gazAt's first test: a capitalised (or Cyrillic) word of
// the lists or starting a listed phrase; gazAt of any other token is 0,
// &noGaz, false. The classes are tested first: they turn away the most
// tokens (lower-case words, punctuation) in one test.
func (t *token) mayStartGaz() bool {
	return t.cls&(wcGaz|wcGazPrefix) != 0 && t.kind == kWord && (t.cap() || t.cyr())
}

// gazAtListed is gazAt of a token that passes mayStartGaz (a loop over
// every token tests it in place and calls this).
func (f *finder) gazAtListed(i int) (int, *gazEntry, bool) {
	if f.gazAns == nil {
		f.gazAns = f.sc.gazCache(len(f.toks))
	}
	a := f.gazAns[i]
	if a == 0 {
		n, p, x := lookupGazAt(f.toks, i)
		if a = packGaz(n, p, x); a == 0 {
			return f.gazRef(n, p, x) // too long to pack: asked again next time
		}
		f.gazAns[i] = a
	}
	return f.gazRef(unpackGaz(a))
}

// gazRef is gazAt's answer for lookupGazAt's.
func (f *finder) gazRef(n int, p uint32, x int) (int, *gazEntry, bool) {
	if p == 0 {
		return 0, &noGaz, false
	}
	return n, &gazPhrases[p].es[x], true
}

// packGaz packs lookupGazAt's answer in the 32 bits gazAtListed keeps
// per token: bit 0 set (0 is an unknown answer), the length in bits 1-7,
// the entry's place in its phrase in bits 8-15, the phrase's in 16-31;
// 0 when one does not fit (not with today's lists: names of a few words,
// a few entries a phrase, some 2,300 phrases).
func packGaz(n int, p uint32, x int) uint32 {
	if n >= 1<<7 || x >= 1<<8 || p >= 1<<16 {
		return 0
	}
	return 1 | uint32(n)<<1 | uint32(x)<<8 | p<<16
}

// unpackGaz is packGaz's answer read back.
func unpackGaz(a uint32) (int, uint32, int) { return int(a >> 1 & 127), a >> 16, int(a >> 8 & 255) }

// noGaz is gazAt's entry of a word that starts no listed name.
var noGaz gazEntry

// capsAgree rejects a match whose inner content words are lower case
// ("the korean peninsula" is accepted only through its listed alias).
func capsAgree(toks []token) bool {
	for x := 1; x < len(toks); x++ {
		if t := &toks[x]; t.kind == kWord && !t.cap() && !t.cyr() && !t.is(wcConnector|wcSmall) && t.norm() != "peninsula" && t.norm() != "region" {
			return false
		}
	}
	return true
}

// gazByName looks a whole name up in the lists.
func gazByName(name string) (gazEntry, bool) {
	if e := gazNames.get(name); e != nil {
		return *e, true
	}
	return gazEntry{}, false
}

// gazNames remembers gazByNameRef's answers: a pointer a name (a map of
// whole entries, 80 bytes a value, held and copied ten times the bytes).
var gazNames = newMemo(gazByNameRef)

// gazByNameRef is gazByName without the memo: the first entry of the
// lists under name's phrase key, the lists' own (built once, never
// written after), nil when there is none.
func gazByNameRef(name string) *gazEntry {
	var buf nameBuf
	toks := splitName(buf[:0], name)
	if len(toks) == 0 {
		return nil
	}
	es := gazOf(toks)
	if len(es) == 0 {
		return nil
	}
	return &es[0]
}
