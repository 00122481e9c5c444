package timex

import (
	"embed"
	"fmt"
	"path"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// Rule files (rules/<lang>.rules) hold the time expressions that are
// composed of parts, per language, as data in the manner of HeidelTime's
// resources: named patterns, one-line rules that combine them, and for
// each rule the normalizer it calls (a small named function, actions.go)
// with the anchor it resolves against and an example the tests check.
// They apply in dossier's own convention (Ref.TimeML false) on top of the
// built-in grammar; a new language is a new rule file and new lexicon
// lists, not new code. The format:
//
//	pattern NAME = word | word | word        a named set of words
//	rule NAME: ELEMENT ... => ACTION ARG ... # "example text" = VALUE
//
// ELEMENTs, each optional with a trailing "?":
//
//	word, a|b|c    literal words (folded lower case) or punctuation
//	$NAME          a named pattern
//	<list>         a word of the file language's lexicon list, capturing
//	               its key; <list:key> only that key ("<units:year>")
//	YEAR DAY NUM   a year (1000-2199), a day of month (1-31), a number
//	TIME           a time expression starting there (rules included)
//	DASH           a hyphen or a dash
//
// ARGs name captures (YEAR, DAY, NUM, TIME, the list name; TIME.2 for the
// second TIME), anchors ("doc" the publication date, "ref" the time the
// text last set, "sent" a time set earlier in the same sentence, else the
// publication date), units and numbers; "mod=END" sets the TIMEX3 mod.

//go:embed rules/*.rules
var ruleFS embed.FS

type elemKind uint8

const (
	eWord elemKind = iota
	eList
	eYear
	eDay
	eNum
	eTime
	eDash
)

type elem struct {
	kind  elemKind
	words map[string]bool // eWord
	list  string          // eList: "ru/units"
	key   string          // eList: only this key
	name  string          // capture name
	opt   bool
}

// tRule is one rule of a rule file.
type tRule struct {
	name, lang string
	elems      []elem
	action     string
	act        action
	args       []string
	examples   []example
	line       int
	need       int  // the need's bit (see needsMet), -1 for none
	cyr        bool // a rule of a Cyrillic language
}

// example is a text a rule must read, with the value it must give.
type example struct{ text, value string }

// maxCaps is the most captures one rule takes.
const maxCaps = 8

// capture is what an element matched.
type capture struct {
	name string
	key  string // list key
	n    int    // YEAR, DAY, NUM
	c    cand   // TIME
}

// ruleSet indexes the rules by what their first token can be.
type ruleSet struct {
	all    []*tRule
	byWord map[string][]*tRule
	byNum  []*tRule // starting with YEAR, DAY or NUM
	byTime []*tRule // starting with TIME
}

// rules are the rule files' rules (set by buildTables).
var rules *ruleSet

func mustLoadRules() *ruleSet {
	rs, err := loadRules()
	if err != nil {
		panic(err) // embedded data; TestRuleFiles reports it first
	}
	return rs
}

func loadRules() (*ruleSet, error) {
	rs := &ruleSet{byWord: make(map[string][]*tRule, 1024)} // the rules start at ~630 words
	names, err := ruleFS.ReadDir("rules")
	if err != nil {
		return nil, err
	}
	for _, de := range names {
		lang := strings.TrimSuffix(de.Name(), ".rules")
		b, err := ruleFS.ReadFile(path.Join("rules", de.Name()))
		if err != nil {
			return nil, err
		}
		rr, err := parseRules(lang, string(b))
		if err != nil {
			return nil, fmt.Errorf("timex rules %s: %w", de.Name(), err)
		}
		rs.all = append(rs.all, rr...)
	}
	for _, r := range rs.all {
		rs.index(r)
	}
	return rs, nil
}

// index files a rule under every token it can start with, once under each.
func (rs *ruleSet) index(r *tRule) {
	// file files r under word w unless it is there already: the rule
	// filed last under w, as one rule is filed at a time
	file := func(w string) {
		if l := rs.byWord[w]; len(l) == 0 || l[len(l)-1] != r {
			rs.byWord[w] = append(l, r)
		}
	}
	for _, e := range r.elems {
		switch e.kind {
		case eWord:
			for w := range e.words {
				file(w)
			}
		case eList:
			lang, name, _ := strings.Cut(e.list, "/")
			for le := range lexicon.Get(lang, name).All() {
				if e.key == "" || le.Key == e.key {
					file(le.Form)
				}
			}
		case eYear, eDay, eNum:
			rs.byNum = append(rs.byNum, r)
			if e.kind == eNum {
				lang, _, _ := strings.Cut(e.list, "/")
				for _, l := range [...]*lexicon.List{lexicon.Get("en", "numbers"), lexicon.Get(lang, "numbers")} {
					for le := range l.All() {
						file(le.Form)
					}
				}
			}
		case eTime:
			rs.byTime = append(rs.byTime, r)
		case eDash:
			for _, d := range []string{"-", "–", "—", "‐", "‑"} {
				rs.byWord[d] = append(rs.byWord[d], r)
			}
		}
		if !e.opt {
			break
		}
	}
}

func parseRules(lang, text string) ([]*tRule, error) {
	patterns := map[string]map[string]bool{}
	var out []*tRule
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		switch {
		case strings.HasPrefix(line, "pattern "):
			name, alts, ok := strings.Cut(strings.TrimPrefix(line, "pattern "), "=")
			if !ok {
				return nil, fmt.Errorf("line %d: want pattern NAME = a | b", n+1)
			}
			set := map[string]bool{}
			for _, a := range strings.Split(alts, "|") {
				if a = lexicon.Fold(a); a != "" {
					set[a] = true
				}
			}
			patterns[strings.TrimSpace(name)] = set
		case strings.HasPrefix(line, "example "):
			name, ex, ok := strings.Cut(strings.TrimPrefix(line, "example "), ":")
			var r *tRule
			for _, x := range out {
				if x.name == lang+":"+strings.TrimSpace(name) {
					r = x
				}
			}
			e, err := parseExample(strings.TrimSpace(ex))
			if !ok || r == nil || err != nil {
				return nil, fmt.Errorf("line %d: want example RULE: \"text\" = VALUE after the rule (%v)", n+1, err)
			}
			r.examples = append(r.examples, e)
		case strings.HasPrefix(line, "rule "):
			r, err := parseRule(lang, line, n+1, patterns)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", n+1, err)
			}
			out = append(out, r)
		default:
			return nil, fmt.Errorf("line %d: want a pattern or a rule, got %q", n+1, line)
		}
	}
	return out, nil
}

func parseRule(lang, line string, n int, patterns map[string]map[string]bool) (*tRule, error) {
	body := strings.TrimPrefix(line, "rule ")
	r := &tRule{lang: lang, line: n, cyr: lang == "ru" || lang == "uk"}
	if i := strings.Index(body, "#"); i >= 0 {
		ex := strings.TrimSpace(body[i+1:])
		body = body[:i]
		if strings.HasPrefix(ex, "\"") {
			e, err := parseExample(ex)
			if err != nil {
				return nil, err
			}
			r.examples = append(r.examples, e)
		}
	}
	name, rest, ok := strings.Cut(body, ":")
	if !ok {
		return nil, fmt.Errorf("want rule NAME: PATTERN => ACTION")
	}
	r.name = lang + ":" + strings.TrimSpace(name)
	pat, act, ok := strings.Cut(rest, "=>")
	if !ok {
		return nil, fmt.Errorf("rule %s: no =>", r.name)
	}
	for _, f := range strings.Fields(pat) {
		e, err := parseElem(lang, f, patterns)
		if err != nil {
			return nil, fmt.Errorf("rule %s: %w", r.name, err)
		}
		r.elems = append(r.elems, e)
	}
	fs := strings.Fields(act)
	if len(fs) == 0 || len(r.elems) == 0 {
		return nil, fmt.Errorf("rule %s: empty pattern or action", r.name)
	}
	if actions[fs[0]] == nil {
		return nil, fmt.Errorf("rule %s: unknown action %q", r.name, fs[0])
	}
	r.action, r.act, r.args = fs[0], actions[fs[0]], fs[1:]
	return r, nil
}

// parseExample reads "text" = VALUE.
func parseExample(ex string) (example, error) {
	j := strings.LastIndex(ex, "\" = ")
	if !strings.HasPrefix(ex, "\"") || j <= 0 {
		return example{}, fmt.Errorf("example %q: want \"text\" = VALUE", ex)
	}
	return example{text: ex[1:j], value: strings.TrimSpace(ex[j+4:])}, nil
}

func parseElem(lang, f string, patterns map[string]map[string]bool) (elem, error) {
	var e elem
	if len(f) > 1 && strings.HasSuffix(f, "?") {
		e.opt = true
		f = f[:len(f)-1]
	}
	switch {
	case f == "YEAR":
		e.kind, e.name = eYear, f
	case f == "DAY":
		e.kind, e.name = eDay, f
	case f == "NUM":
		e.kind, e.name, e.list = eNum, f, lang+"/numbers" // digits, English or the language's number words
	case f == "TIME":
		e.kind, e.name = eTime, f
	case f == "DASH":
		e.kind = eDash
	case strings.HasPrefix(f, "<") && strings.HasSuffix(f, ">"):
		name, key, _ := strings.Cut(f[1:len(f)-1], ":")
		if lexicon.Get(lang, name).Len() == 0 {
			return e, fmt.Errorf("no lexicon list %s/%s", lang, name)
		}
		e.kind, e.list, e.key, e.name = eList, lang+"/"+name, key, name
	default:
		// words and named patterns joined by "|": "$IN|за|на"
		e.kind, e.words = eWord, map[string]bool{}
		for _, w := range strings.Split(f, "|") {
			if name, ok := strings.CutPrefix(w, "$"); ok {
				set := patterns[name]
				if set == nil {
					return e, fmt.Errorf("unknown pattern %s", w)
				}
				for x := range set {
					e.words[x] = true
				}
				continue
			}
			e.words[lexicon.Fold(w)] = true
		}
	}
	return e, nil
}

// ruleVocab adds the words the rule files and their lexicon lists use to
// the tokenizer's vocabulary, with the lists (and keys) each word is in,
// and marks the words a rule can start at. The lexicon's init calls it
// last.
func ruleVocab() {
	for _, r := range rules.all {
		for _, e := range r.elems {
			if e.kind == eWord {
				for w := range e.words {
					if vocab[w] == nil {
						add(w, cWord, 0)
					}
				}
			}
		}
	}
	for _, lang := range langs {
		for _, name := range []string{"months", "weekdays", "ordinals", "units", "relative", "parts", "days", "seasons", "numbers"} {
			list := lang + "/" + name
			for le := range lexicon.Get(lang, name).All() {
				if strings.Contains(le.Form, " ") {
					continue
				}
				e := vocab[le.Form]
				if e == nil {
					e = add(le.Form, cWord, 0)
				}
				e.lists = append(e.lists, listRef{list: list, key: le.Key, tag: le.Tag})
			}
		}
	}
	for w, rs := range rules.byWord {
		e := vocab[w]
		if e == nil {
			e = add(w, cWord, 0)
		}
		e.ruled, e.rules = true, rs
	}
	assignNeeds()
}

// atoiKey reads a numeric list key (0 when it is not one).
func atoiKey(k string) int {
	n, _ := strconv.Atoi(k)
	return n
}

// dashStart reports a dash, the only signs rules start with.
func dashStart(s string) bool {
	switch s {
	case "-", "–", "—", "‐", "‑":
		return true
	}
	return false
}

// listRef is a token's membership of a lexicon list.
type listRef struct{ list, key, tag string }

// ---- matching ----------------------------------------------------------

// ruleCands tries the rules that can start at token i. timeAt is the
// expression the built-in grammar and the word rules found at i, for the
// rules that start with TIME (read, not written: a pointer, as a cand is
// large to copy at every start token). The longest is written to *out
// (a cand other than *timeAt), and ruleCands reports whether there is one.
func (p *parser) ruleCands(i int, timeAt *cand, haveTime bool, out *cand) bool {
	if p.timeML {
		return false
	}
	best := out
	found := false
	var c cand // what applyRule finds
	try := func(ok bool) {
		if ok && c.j > i && (!found || c.j > best.j) {
			*best, found = c, true
		}
	}
	t := &p.toks[i]
	var list []*tRule
	switch {
	case t.kind == kNum:
		list = rules.byNum
	case t.kind == kPunct:
		if dashStart(p.raw(i)) {
			list = rules.byWord[p.raw(i)]
		}
	case t.e != nil && t.e.ruled:
		list = t.e.rules
	}
	for _, r := range list {
		if !p.ruleApplies(r, i) {
			continue
		}
		try(p.applyRule(r, i, nil, &c))
	}
	if haveTime || found {
		at := *timeAt
		if found && (!haveTime || best.j > timeAt.j) {
			at = *best
		}
		for _, r := range rules.byTime {
			if !p.ruleApplies(r, i) {
				continue
			}
			try(p.applyRule(r, i, &at, &c))
		}
	}
	return found
}

// needWindow is how far ahead a rule's required word is looked for.
const needWindow = 12

// A rule's need is the first word element it cannot do without after its
// first element: a cheap test before matching is that some token within
// the next needWindow holds it. Each need has a bit; a vocabulary entry
// carries the bits of the needs it meets.
type needBits [2]uint64

func (b needBits) has(id int) bool { return b[id/64]&(1<<(id%64)) != 0 }
func (b *needBits) set(id int)     { b[id/64] |= 1 << (id % 64) }

// maxNeeds is how many rules can have a need (the rest are matched
// without the test).
const maxNeeds = 128

// assignNeeds gives each rule its need and marks the entries meeting it.
func assignNeeds() {
	id := 0
	for _, r := range rules.all {
		r.need = -1
		if id == maxNeeds {
			continue
		}
		for _, e := range r.elems[1:] {
			if e.opt || e.kind != eWord && e.kind != eList {
				continue
			}
			if e.kind == eWord {
				for w := range e.words {
					if vocab[w] == nil {
						add(w, cWord, 0)
					}
					vocab[w].needs.set(id)
				}
			} else {
				lang, name, _ := strings.Cut(e.list, "/")
				for le := range lexicon.Get(lang, name).All() {
					if ve := vocab[le.Form]; ve != nil {
						ve.needs.set(id)
					}
				}
			}
			r.need = id
			id++
			break
		}
	}
}

// needsMet reports whether rule r's need occurs at or after token i: in
// the needs of the words from i up to needWindow tokens on, the line's end
// or the sentence's end (needsFrom), read once for all the rules tried at i.
func (p *parser) needsMet(r *tRule, i int) bool {
	if r.need < 0 {
		return true
	}
	if m := &p.needMemo; !m.set || m.at != i || m.hi != p.hi {
		*m = needMemo{set: true, at: i, hi: p.hi, bits: p.needsFrom(i)}
	}
	return p.needMemo.bits.has(r.need)
}

// needMemo is needsFrom(at) on a line ending at token hi.
type needMemo struct {
	set    bool
	at, hi int
	bits   needBits
}

// needsFrom is the union of the needs of the words from token i to
// needWindow tokens on, stopping at the line's end and after the first
// sentence end (".", "!", "?", ";").
func (p *parser) needsFrom(i int) needBits {
	var b needBits
	if i >= p.hi {
		return b
	}
	toks := p.toks[i:min(p.hi, i+needWindow+1)]
	for k := range toks {
		switch t := &toks[k]; {
		case t.flags&(tNeeds|tEnd) == 0:
		case t.flags&tEnd != 0:
			return b // the sentence ends first
		default:
			b[0] |= t.e.needs[0]
			b[1] |= t.e.needs[1]
		}
	}
	return b
}

// ruleApplies reports whether rule r is tried at token i: not a Russian
// or Ukrainian rule on a text without Cyrillic, and its need met.
func (p *parser) ruleApplies(r *tRule, i int) bool {
	return (!r.cyr || p.cyr) && p.needsMet(r, i)
}

// rulesMayApply reports whether a rule of list (none in TimeML) is tried
// at token i.
func (p *parser) rulesMayApply(list []*tRule, i int) bool {
	if p.timeML {
		return false
	}
	for _, r := range list {
		if p.ruleApplies(r, i) {
			return true
		}
	}
	return false
}

// applyRule matches rule r at token i (first, the TIME found there, when
// the rule starts with TIME) and runs its action. The caller has seen r's
// need met (needsMet): most rules tried fail there, and the call and its
// cand are saved. What it finds is written to *out, as calendar does.
func (p *parser) applyRule(r *tRule, i int, first, out *cand) bool {
	// captures live on a stack the parser keeps (rules nest through TIME)
	base := len(p.caps)
	if cap(p.caps) < base+maxCaps {
		grown := make([]capture, base, 2*(base+maxCaps))
		copy(grown, p.caps)
		p.caps = grown
	}
	p.caps = p.caps[:base+maxCaps]
	caps := p.caps[base : base+maxCaps]
	defer func() { p.caps = p.caps[:base] }()
	n := 0
	end, ok := p.matchElems(r.elems, 0, i, caps, &n, first)
	if !ok || end <= i {
		return false
	}
	c, ok := r.act(p, r, caps[:n], i, end)
	if !ok {
		return false
	}
	c.i, c.j = i, end
	c.rule = r.name
	*out = c
	return true
}

func (p *parser) matchElems(es []elem, k, i int, caps []capture, n *int, first *cand) (int, bool) {
	if k == len(es) {
		return i, true
	}
	e := &es[k]
	n0 := *n
	if j, ok := p.matchElem(e, i, caps, n, first); ok {
		if end, ok := p.matchElems(es, k+1, j, caps, n, nil); ok {
			return end, true
		}
		*n = n0
	}
	if e.opt {
		return p.matchElems(es, k+1, i, caps, n, first)
	}
	return 0, false
}

func (p *parser) matchElem(e *elem, i int, caps []capture, n *int, first *cand) (int, bool) {
	if !p.in(i) || *n >= len(caps) {
		return 0, false
	}
	t := &p.toks[i]
	switch e.kind {
	case eWord:
		switch t.kind {
		case kWord:
			if t.e != nil && e.words[t.e.word] {
				return i + 1, true
			}
		case kPunct:
			if e.words[p.raw(i)] {
				return i + 1, true
			}
		}
	case eDash:
		if p.isDash(i) || p.raw(i) == "‑" || p.raw(i) == "‐" {
			return i + 1, true
		}
	case eList:
		if t.kind == kWord && t.e != nil {
			for _, l := range t.e.lists {
				if l.list == e.list && (e.key == "" || l.key == e.key) {
					caps[*n] = capture{name: e.name, key: l.key}
					*n++
					return i + 1, true
				}
			}
		}
	case eYear:
		if y, j, ok := p.yearNum(i, false); ok && p.yearOK(i, j) {
			caps[*n] = capture{name: e.name, n: y}
			*n++
			return j, true
		}
	case eDay:
		if t.kind == kNum && t.nd <= 2 && t.n >= 1 && t.n <= 31 && !p.groupedNumber(i) {
			caps[*n] = capture{name: e.name, n: int(t.n)}
			*n++
			return i + 1, true
		}
	case eNum:
		if v, j, ok := p.numberWord(i); ok && v > 0 {
			caps[*n] = capture{name: e.name, n: v}
			*n++
			return j, true
		}
		if t.kind == kWord && t.e != nil {
			for _, l := range t.e.lists {
				if l.list == e.list {
					caps[*n] = capture{name: e.name, n: atoiKey(l.key)}
					*n++
					return i + 1, true
				}
			}
		}
	case eTime:
		// read by address: the capture takes the one copy
		c := first
		if c == nil {
			c = p.matchAt(i)
		}
		if c != nil && c.i == i && c.j > i {
			caps[*n] = capture{name: e.name, c: *c}
			*n++
			return c.j, true
		}
	}
	return 0, false
}

// matchAt returns the longest expression starting at token i (rules
// included), or nil, remembered until the next expression is emitted. The
// expression is the memo's: read it before the next call.
func (p *parser) matchAt(i int) *cand {
	if !p.in(i) || !p.canStart(i) {
		return nil
	}
	return p.matchStart(i)
}

// matchStart is matchAt at token i of the line, where an expression can
// start (canStart): run calls it after its own canStart.
func (p *parser) matchStart(i int) *cand {
	slot := &p.memo[i%len(p.memo)]
	if slot.busy {
		// a rule's TIME read while the slot's own match runs (at
		// i-len(p.memo), or at i): match is writing its result there, so
		// this one is found aside and not remembered
		c := new(cand)
		if !p.match(i, c) {
			return nil
		}
		return c
	}
	if !(slot.set && slot.at == i && slot.gen == len(p.out)) {
		// match writes straight into the memo: most tries fail, and a
		// cand is 176 bytes to copy
		slot.busy = true
		slot.ok = p.match(i, &slot.c)
		slot.set, slot.at, slot.gen, slot.busy = true, i, len(p.out), false
	}
	if !slot.ok {
		return nil
	}
	return &slot.c
}

// memoEntry remembers the expression found at a token (a rule's TIME is
// read again when the scan reaches it).
type memoEntry struct {
	set     bool
	busy    bool // match is writing c
	at, gen int
	c       cand
	ok      bool
}

// ---- captures -----------------------------------------------------------

// get returns the capture named name ("TIME", "TIME.2", "ordinals").
func get(caps []capture, name string) (capture, bool) {
	base, idx := name, 1
	if b, s, ok := strings.Cut(name, "."); ok {
		base = b
		idx, _ = strconv.Atoi(s)
	}
	k := 0
	for _, c := range caps {
		if c.name == base {
			k++
			if k == idx {
				return c, true
			}
		}
	}
	return capture{}, false
}

// intArg reads a number argument: a literal ("-1", "+3"), a capture's
// number (NUM, DAY, YEAR) or list key ("relative" = -1, 0 or 1), with an
// optional sign before a capture name ("-NUM").
func intArg(caps []capture, a string) (int, bool) {
	if v, err := strconv.Atoi(a); err == nil {
		return v, true
	}
	sign := 1
	if strings.HasPrefix(a, "-") {
		sign, a = -1, a[1:]
	} else if strings.HasPrefix(a, "+") {
		a = a[1:]
	}
	c, ok := get(caps, a)
	if !ok {
		return 0, false
	}
	if c.key != "" {
		v, err := strconv.Atoi(c.key)
		return sign * v, err == nil
	}
	return sign * c.n, true
}
