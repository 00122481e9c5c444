// Package topic owns topic files: the user-editable YAML that names a
// topic's indicators, the rules that map a quantity claim to an indicator
// (units, counted nouns, actor, place, events, exclusions), the watchlist of
// entities and the alert rules. Topics ship embedded in the binary (see the
// repository's topics/ directory) and more can be loaded from a directory:
// adding a topic needs a new file, not new Go code.
//
// # Matching
//
// An indicator matches a claim when every rule it lists holds:
//
//   - units: the claim's normalized unit, or the head noun of a compound
//     unit ("oil tanker" for tanker), is one of them;
//   - counted: one of the terms occurs in the claim's counted phrase (for
//     money, ratios and percentages, which count nothing themselves, in the
//     sentence); a list holding a noun for workers in general ("worker",
//     "рабочий") counts the trades of the shared lexicon too ("welder",
//     "сборщик"), one holding a soldier noun the military roles
//     ("paratrooper", "снайпер"), trades.go;
//   - foreign: none of these terms (other nationalities, say) occurs in the
//     counted phrase (a soldier noun here rules out the military roles too);
//   - actor: one of the terms occurs in the counted phrase or, failing
//     that, in the sentence (a term written with "the", "the North", also
//     opens a headline without it: "North sent ..."); a count whose
//     sentence names no actor of its own is read with the sentences before
//     it and the lead (internal/claim);
//   - place: one of the terms occurs in the claim's place or sentence;
//   - events: one of these verbs or event nouns (any inflection) is the
//     event nearest the figure in its sentence, and no not_events term is
//     nearer (so "sent home" does not count as "sent");
//   - exclude: none of these terms occurs in the sentence;
//   - not_scopes: none of these terms occurs in the claim's scope (the part
//     of the whole the figure covers, "killed", "on student visas"). Besides
//     a purpose, route or label, dossier gives these scopes: killed, wounded,
//     casualties, captured, shortfall, "each X" (a size per member), limit
//     (a cap, ceiling, quota or "can only" governs the figure: "a cap of
//     500,000 barrels", "capped exports at") and need ("is estimated to
//     require 9 million barrels"). Figures of scope limit or need match
//     no indicator unless it lists the scope under keep_scopes (an
//     indicator of quotas or caps themselves: keep_scopes: [limit]): a
//     legal limit or a requirement is not a figure of what happened.
//
// When several indicators match, the one whose event is nearest the figure
// wins, then the one listed first.
//
// # Terms in several languages
//
// The lists above hold English terms, matched in any English inflection.
// Russian and Ukrainian verbs match more than their stem: a verb's
// passive participles, a Ukrainian verb's past and present, and a
// prefixed perfective verb of motion its imperfective ("приехать" matches
// "приезжают", participle.go).
//
// Terms in another language go under languages, one block per language
// code, with the same keys:
//
//	languages:
//	  ru:
//	    counted: [рабочий, работник, гражданин, граждане]
//	    events: [въехать, прибыть, направить]
//	  uk:
//	    counted: [робітник, працівник, громадянин]
//
// A claim from an article in that language is matched against the English
// terms and that language's terms together. Words of Russian ("ru") and
// Ukrainian ("uk") are matched by stem, so one form of a word matches its
// other cases and numbers; list a second form where the stem changes
// ("гражданин" and "граждане"). Terms of a language block must be written
// in that language's script.
package topic

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/stem"
	"github.com/dossier-osint/dossier/topics"
)

// Measures of an indicator.
const (
	Stock  = "stock"  // a level at a time: workers present
	Flow   = "flow"   // a count over a period: arrivals, permits issued
	Amount = "amount" // money over a period
)

// Topic is one topic file.
type Topic struct {
	ID          string      `yaml:"id"`
	Name        string      `yaml:"name"`
	Description string      `yaml:"description"`
	Keywords    []string    `yaml:"keywords"`
	Indicators  []Indicator `yaml:"indicators"`
	Watchlist   []Watch     `yaml:"watchlist"`
	Alerts      []Alert     `yaml:"alerts"`

	// Path is the file the topic was read from ("builtin:NAME" when embedded).
	Path string `yaml:"-"`
	kw   PhraseSet
}

// Indicator is a measured quantity of a topic and the rules mapping a claim to it.
type Indicator struct {
	ID      string   `yaml:"id"`
	Label   string   `yaml:"label"`
	Measure string   `yaml:"measure"` // stock, flow or amount
	Units   []string `yaml:"units"`
	Counted []string `yaml:"counted"`
	Foreign []string `yaml:"foreign"`
	Actor   []string `yaml:"actor"`
	Place   []string `yaml:"place"`
	Events  []string `yaml:"events"`
	// EventOptional lets a claim with no listed event near its figure
	// match (ranked after claims whose event matched): true for every
	// claim, or a list of units for claims in those units only.
	EventOptional Optional `yaml:"event_optional"`
	NotEvents     []string `yaml:"not_events"`
	Exclude       []string `yaml:"exclude"`
	// NotScopes are claim scopes (doc.Claim.Scope: "killed", "wounded")
	// that rule the indicator out: a count of casualties is no count of
	// soldiers sent. A term matches when it occurs in the scope.
	NotScopes []string `yaml:"not_scopes"`
	// KeepScopes are scopes ruled out of every indicator by default
	// (DefaultNotScopes: limit, need) that this one takes: an indicator of
	// quotas or caps themselves.
	KeepScopes []string `yaml:"keep_scopes"`
	// Languages holds the terms in other languages, by language code.
	Languages map[string]*Terms `yaml:"languages"`

	Line int `yaml:"-"`
	c    compiled
}

// Optional is event_optional: true, false, or a list of units.
type Optional struct {
	All   bool
	Units []string
}

// UnmarshalYAML reads a boolean or a list of units.
func (o *Optional) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.SequenceNode {
		o.All = false
		return n.Decode(&o.Units)
	}
	return n.Decode(&o.All)
}

// Terms are an indicator's terms in one language.
type Terms struct {
	Counted   []string `yaml:"counted"`
	Foreign   []string `yaml:"foreign"`
	Actor     []string `yaml:"actor"`
	Place     []string `yaml:"place"`
	Events    []string `yaml:"events"`
	NotEvents []string `yaml:"not_events"`
	Exclude   []string `yaml:"exclude"`
}

// termKeys are the keys of an indicator's term lists, in every language.
var termKeys = []string{"counted", "foreign", "actor", "place", "events", "not_events", "exclude"}

func (t *Terms) lists() [][]string {
	return [][]string{t.Counted, t.Foreign, t.Actor, t.Place, t.Events, t.NotEvents, t.Exclude}
}

// scripts are the languages a topic file may give terms in, with a test
// that a term is written in the language's script.
var scripts = map[string]func(rune) bool{
	"ru": func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) },
	"uk": func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) },
}

type compiled struct {
	// units and optionalUnits are Units and EventOptional.Units normalized
	// (NormalizeUnit)
	units, optionalUnits []string
	// countedUnits are the counted terms as units ("barrel" counts claims
	// in barrels whatever the phrase after the figure: "of oil")
	countedUnits map[string]bool
	// raw are the terms of counted, actor, place and events in every
	// language, in the order the sets of all languages together held them:
	// an explanation lists them all
	rawCounted, rawActor, rawPlace, rawEvents []string
	// kinds: the shared lists (kindLists) one of whose general nouns is a
	// counted term, so their kinds are counted too (trades.go)
	kinds, foreignKinds []int
	// langs are the term sets by the language of the article, compiled at
	// the first claim of that language (see termSets)
	langs *langSets
}

// termSets are an indicator's terms compiled for the claims of articles
// of one language: the English terms, the terms of that language's block
// and, of the other blocks, the terms that an article of the language can
// match (those none of whose words has a stem, see termsFor).
type termSets struct {
	counted, foreign, actor, place, events, notEvents, exclude PhraseSet
	notScopes                                                  PhraseSet
	// langUnits maps the stem key of each one-word counted term of the
	// language, when stemmed, to the unit a claim counting it takes (see
	// UnitOf)
	langUnits map[string]string
}

// langSets holds an indicator's termSets: one for the language of each
// languages block (codes, sorted), one for every other language.
type langSets struct {
	codes []string
	sets  []lazySets // sets[0]: languages without a block; sets[1+i]: codes[i]
}

type lazySets struct {
	once sync.Once
	s    *termSets
}

// Watch is an entity to follow.
type Watch struct {
	Name    string   `yaml:"name"`
	Type    string   `yaml:"type"` // PER, ORG, LOC, MISC
	Aliases []string `yaml:"aliases"`
	Note    string   `yaml:"note"`
	Line    int      `yaml:"-"`
}

// Alert is a rule that raises an alert on a newly stored article.
//
// When is one of:
//   - above, below: a claim for Indicator with a figure above (below) Value
//     (in Unit only, when given);
//   - new_max: a claim for Indicator higher than every earlier one in its
//     unit (in Unit only, when given);
//   - new_claim: any claim for Indicator;
//   - contradiction: a claim contradicting an earlier one (for Indicator,
//     or any indicator when none is given);
//   - new_source: a claim for Indicator from a source not heard before;
//   - mention: the article names Entity, or when Entity is empty any entry
//     of the topic's watchlist (names and aliases);
//   - search: the article matches the search query Query (the syntax of
//     "dossier search").
type Alert struct {
	ID        string  `yaml:"id"`
	Indicator string  `yaml:"indicator"`
	When      string  `yaml:"when"`
	Value     float64 `yaml:"value"`
	// Unit limits above, below and new_max to figures in this unit (any
	// form NormalizeUnit reads: "barrel", "bbl", "tonnes"): a cap of
	// 500,000 barrels says nothing of 14,000 tonnes. new_max compares a
	// figure only with figures of its own unit in any case.
	Unit    string `yaml:"unit"`
	Entity  string `yaml:"entity"` // mention: a name to look for (default: the watchlist)
	Query   string `yaml:"query"`  // search: the query
	Message string `yaml:"message"`
	Line    int    `yaml:"-"`
}

var (
	idRE      = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]*$`)
	measures  = map[string]bool{Stock: true, Flow: true, Amount: true}
	alertWhen = map[string]bool{"above": true, "below": true, "new_max": true, "contradiction": true, "new_source": true,
		"new_claim": true, "mention": true, "search": true}
	entTypes = map[string]bool{doc.PER: true, doc.ORG: true, doc.LOC: true, doc.MISC: true}
)

// Error is a problem in a topic file, with the line it is on.
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Errors is every problem found in one file.
type Errors []*Error

func (es Errors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Load reads and validates one topic file.
func Load(path string) (*Topic, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("topic %s: %w", path, err)
	}
	return Parse(path, b)
}

// LoadDir reads every *.yaml and *.yml file of dir, sorted by name. All
// files are checked; the error joins every file's problems.
func LoadDir(dir string) ([]*Topic, error) {
	return loadFS(os.DirFS(dir), dir)
}

// Builtin returns the topics embedded in the binary.
func Builtin() ([]*Topic, error) {
	return loadFS(topics.FS, "builtin:")
}

func loadFS(fsys fs.FS, label string) ([]*Topic, error) {
	ents, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("topics %s: %w", label, err)
	}
	var out []*Topic
	var errs []error
	seen := map[string]string{}
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !(strings.HasSuffix(n, ".yaml") || strings.HasSuffix(n, ".yml")) {
			continue
		}
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			errs = append(errs, fmt.Errorf("topic %s: %w", n, err))
			continue
		}
		name := n
		if label == "builtin:" {
			name = label + n
		} else {
			name = filepath.Join(label, n)
		}
		t, ok := (*Topic)(nil), false
		if label == "builtin:" {
			t, ok = fromTable(n, b)
		}
		if !ok {
			t, err = Parse(name, b)
		}
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if prev, dup := seen[t.ID]; dup {
			errs = append(errs, &Error{File: name, Msg: fmt.Sprintf("topic id %q already defined in %s", t.ID, prev)})
			continue
		}
		seen[t.ID] = name
		out = append(out, t)
	}
	if len(errs) > 0 {
		return out, errors.Join(errs...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// Parse validates a topic file's content; name is used in errors.
func Parse(name string, b []byte) (*Topic, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&root); err != nil {
		return nil, &Error{File: name, Line: yamlLine(err), Msg: "not valid YAML: " + err.Error()}
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return nil, &Error{File: name, Line: 1, Msg: "a topic file must be a mapping with id, name and indicators"}
	}
	var errs Errors
	bad := func(line int, f string, a ...any) {
		errs = append(errs, &Error{File: name, Line: line, Msg: fmt.Sprintf(f, a...)})
	}
	m := root.Content[0]
	checkKeys(m, []string{"id", "name", "description", "keywords", "indicators", "watchlist", "alerts"}, "topic", bad)
	t := &Topic{Path: name}
	dec2 := yaml.NewDecoder(bytes.NewReader(b))
	dec2.KnownFields(false)
	var lists struct {
		ID          string   `yaml:"id"`
		Name        string   `yaml:"name"`
		Description string   `yaml:"description"`
		Keywords    []string `yaml:"keywords"`
	}
	if err := m.Decode(&lists); err != nil {
		bad(yamlLine(err), "%v", cleanYAMLErr(err))
	}
	t.ID, t.Name, t.Description, t.Keywords = lists.ID, lists.Name, lists.Description, lists.Keywords
	if t.ID == "" {
		bad(m.Line, "missing id (a short name such as my-topic)")
	} else if !idRE.MatchString(t.ID) {
		bad(valueLine(m, "id"), "id %q: use lower-case letters, digits, '-' and '_'", t.ID)
	}
	if t.Name == "" {
		bad(m.Line, "missing name (a title for people)")
	}
	inds := valueNode(m, "indicators")
	ids := map[string]bool{}
	if inds == nil || inds.Kind != yaml.SequenceNode || len(inds.Content) == 0 {
		bad(lineOr(inds, m.Line), "indicators: give a list of at least one indicator")
	} else {
		for _, n := range inds.Content {
			var ind Indicator
			ind.Line = n.Line
			if n.Kind != yaml.MappingNode {
				bad(n.Line, "indicator: expected a mapping with id, measure, units, ...")
				continue
			}
			checkKeys(n, []string{"id", "label", "measure", "units", "counted", "foreign", "actor", "place", "events", "event_optional", "not_events", "exclude", "not_scopes", "keep_scopes", "languages"}, "indicator", bad)
			if err := n.Decode(&ind); err != nil {
				bad(yamlLine(err), "indicator: %v", cleanYAMLErr(err))
				checkLanguages(n, &ind, bad)
				continue
			}
			ind.Line = n.Line
			switch {
			case ind.ID == "":
				bad(n.Line, "indicator without id")
			case !idRE.MatchString(ind.ID):
				bad(valueLine(n, "id"), "indicator id %q: use lower-case letters, digits, '-' and '_'", ind.ID)
			case ids[ind.ID]:
				bad(valueLine(n, "id"), "indicator id %q used twice", ind.ID)
			}
			ids[ind.ID] = true
			if !measures[ind.Measure] {
				bad(lineOr(valueNode(n, "measure"), n.Line), "indicator %q: measure %q: want stock, flow or amount", ind.ID, ind.Measure)
			}
			if len(ind.Units) == 0 {
				bad(n.Line, "indicator %q: units: list at least one unit (person, permit, USD, ratio, percent, or a counted noun)", ind.ID)
			}
			for _, f := range []struct {
				key  string
				list []string
			}{{"counted", ind.Counted}, {"foreign", ind.Foreign}, {"actor", ind.Actor}, {"place", ind.Place},
				{"events", ind.Events}, {"not_events", ind.NotEvents}, {"exclude", ind.Exclude}} {
				for i, s := range f.list {
					if len(Words(s)) == 0 {
						ln := n.Line
						if vn := valueNode(n, f.key); vn != nil && i < len(vn.Content) {
							ln = vn.Content[i].Line
						}
						bad(ln, "indicator %q: %s: term %q has no words", ind.ID, f.key, s)
					}
				}
			}
			checkLanguages(n, &ind, bad)
			ind.compile()
			t.Indicators = append(t.Indicators, ind)
		}
	}
	if wl := valueNode(m, "watchlist"); wl != nil {
		if wl.Kind != yaml.SequenceNode {
			bad(wl.Line, "watchlist: expected a list")
		} else {
			for _, n := range wl.Content {
				checkKeys(n, []string{"name", "type", "aliases", "note"}, "watchlist entry", bad)
				var w Watch
				if err := n.Decode(&w); err != nil {
					bad(yamlLine(err), "watchlist: %v", cleanYAMLErr(err))
					continue
				}
				w.Line = n.Line
				if w.Name == "" {
					bad(n.Line, "watchlist entry without name")
				}
				if w.Type != "" && !entTypes[w.Type] {
					bad(valueLine(n, "type"), "watchlist %q: type %q: want PER, ORG, LOC or MISC", w.Name, w.Type)
				}
				t.Watchlist = append(t.Watchlist, w)
			}
		}
	}
	if al := valueNode(m, "alerts"); al != nil {
		if al.Kind != yaml.SequenceNode {
			bad(al.Line, "alerts: expected a list")
		} else {
			for _, n := range al.Content {
				checkKeys(n, []string{"id", "indicator", "when", "value", "unit", "entity", "query", "message"}, "alert", bad)
				var a Alert
				if err := n.Decode(&a); err != nil {
					bad(yamlLine(err), "alert: %v", cleanYAMLErr(err))
					continue
				}
				a.Line = n.Line
				if a.ID == "" {
					bad(n.Line, "alert without id")
				}
				if a.Indicator != "" && !ids[a.Indicator] {
					bad(valueLine(n, "indicator"), "alert %q: indicator %q is not defined in this topic", a.ID, a.Indicator)
				}
				if !alertWhen[a.When] {
					bad(lineOr(valueNode(n, "when"), n.Line), "alert %q: when %q: want above, below, new_max, new_claim, contradiction, new_source, mention or search", a.ID, a.When)
				}
				switch a.When {
				case "above", "below", "new_max", "new_claim", "new_source":
					if a.Indicator == "" {
						bad(n.Line, "alert %q: when %s needs an indicator", a.ID, a.When)
					}
				}
				if a.Unit != "" && a.When != "above" && a.When != "below" && a.When != "new_max" {
					bad(lineOr(valueNode(n, "unit"), n.Line), "alert %q: unit applies to above, below and new_max only", a.ID)
				}
				switch a.When {
				case "mention":
					if a.Entity == "" && valueNode(m, "watchlist") == nil {
						bad(n.Line, "alert %q: when mention needs an entity or a watchlist in the topic", a.ID)
					}
				case "search":
					if len(Words(a.Query)) == 0 {
						bad(lineOr(valueNode(n, "query"), n.Line), "alert %q: when search needs a query", a.ID)
					}
				}
				t.Alerts = append(t.Alerts, a)
			}
		}
	}
	if len(errs) > 0 {
		return nil, errs
	}
	finish(t)
	return t, nil
}

// finish readies a read topic: its keywords, its indicators' measures.
func finish(t *Topic) {
	t.kw = NewPhraseSet(t.Keywords)
	register(t)
}

//go:generate go test -run TestBuiltinTable -update .

// tableEntry is a shipped topic file as Parse reads it (builtin_table.go)
// and the SHA-256 of the content it was read from.
type tableEntry struct {
	sum   string
	topic func() *Topic
}

// fromTable returns the shipped topic file name with content b from
// builtinTable, false when the table holds no topic read from b: reading
// YAML was most of the work of loading the shipped topics at each start.
func fromTable(name string, b []byte) (*Topic, bool) {
	e, ok := builtinTable[name]
	if !ok || e.sum != sum(b) {
		return nil, false
	}
	t := e.topic()
	for i := range t.Indicators {
		t.Indicators[i].compile()
	}
	finish(t)
	return t, true
}

// sum is the hex SHA-256 of b.
func sum(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// checkLanguages validates an indicator's languages block: known language
// codes, known keys, terms with words, written in the language's script.
func checkLanguages(n *yaml.Node, ind *Indicator, bad func(int, string, ...any)) {
	ln := valueNode(n, "languages")
	if ln == nil {
		return
	}
	if ln.Kind != yaml.MappingNode {
		bad(ln.Line, "indicator %q: languages: expected a mapping of language codes (ru, uk) to term lists", ind.ID)
		return
	}
	for i := 0; i+1 < len(ln.Content); i += 2 {
		code, block := ln.Content[i].Value, ln.Content[i+1]
		inScript := scripts[code]
		if inScript == nil {
			bad(ln.Content[i].Line, "indicator %q: languages: %q is not a language terms can be given in (known: %s)", ind.ID, code, strings.Join(scriptCodes(), ", "))
			continue
		}
		checkKeys(block, termKeys, "indicator "+ind.ID+" languages."+code, bad)
		for _, key := range termKeys {
			vn := valueNode(block, key)
			if vn == nil || vn.Kind != yaml.SequenceNode {
				continue
			}
			for _, tn := range vn.Content {
				term := tn.Value
				if len(Words(term)) == 0 {
					bad(tn.Line, "indicator %q: languages.%s.%s: term %q has no words", ind.ID, code, key, term)
					continue
				}
				ok := false
				for _, r := range term {
					if inScript(r) {
						ok = true
						break
					}
				}
				if !ok {
					bad(tn.Line, "indicator %q: languages.%s.%s: term %q is not written in the language's script (give Latin terms in the indicator's own lists)", ind.ID, code, key, term)
				}
			}
		}
	}
}

func scriptCodes() []string {
	var out []string
	for k := range scripts {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// compile readies what matching needs at once; the term sets are
// compiled at their first use (termsFor): stemming a language's terms is
// most of the work of loading a topic, and most runs read one language.
func (ind *Indicator) compile() {
	// the codes of the languages with a block (termsFor finds an article's
	// language among these few by reading them, not the map)
	codes := make([]string, 0, len(ind.Languages))
	for code, block := range ind.Languages {
		if block != nil {
			codes = append(codes, code)
		}
	}
	sort.Strings(codes)
	ind.c = compiled{units: normalizeUnits(ind.Units), optionalUnits: normalizeUnits(ind.EventOptional.Units),
		countedUnits: map[string]bool{}, langs: &langSets{codes: codes, sets: make([]lazySets, 1+len(codes))}}
	// every term of these lists has words (Parse refuses a topic with
	// one that has none), so each is a phrase of the all-language set
	raw := func(base []string, k int) []string {
		out := slices.Clone(base)
		for _, code := range codes {
			if ind.Languages[code] != nil {
				out = append(out, ind.Languages[code].lists()[k]...)
			}
		}
		return out
	}
	ind.c.rawCounted, ind.c.rawActor, ind.c.rawPlace, ind.c.rawEvents =
		raw(ind.Counted, 0), raw(ind.Actor, 2), raw(ind.Place, 3), raw(ind.Events, 4)
	ind.c.kinds, ind.c.foreignKinds = ind.countedKinds(), ind.foreignKinds()
	for _, k := range ind.c.kinds {
		for _, code := range kindLangs(k) {
			ind.c.rawCounted = append(ind.c.rawCounted, kindNounsOf(k, code)...)
		}
	}
	for _, term := range ind.Counted {
		if u := NormalizeUnit(term); u != "" && u != "person" && !strings.Contains(u, " ") {
			ind.c.countedUnits[u] = true
		}
	}
}

// termsFor returns the indicator's term sets for a claim of an article in
// language lang, compiling them at the first call for that language.
func (ind *Indicator) termsFor(lang string) *termSets {
	ls := ind.c.langs
	i := 0 // sets[0]: a language without a block
	for j, code := range ls.codes {
		if code == lang {
			i = 1 + j
			break
		}
	}
	e := &ls.sets[i]
	e.once.Do(func() { e.s = ind.compileFor(lang, i > 0) })
	return e.s
}

// compileFor compiles the term sets for articles of language lang (own:
// lang has a languages block). The sets are those of every language's
// terms together less the phrases an article of lang cannot match: a
// phrase of another block's language whose word has a stem there matches
// a word only by its stem key, which is marked with that language, while
// the words of an article of lang carry no key or keys marked with lang.
// So each set holds the phrases matching in lang in the order the
// all-language set held them, and finds the same phrase.
func (ind *Indicator) compileFor(lang string, own bool) *termSets {
	base := [][]string{ind.Counted, ind.Foreign, ind.Actor, ind.Place, ind.Events, ind.NotEvents, ind.Exclude}
	sets := make([]PhraseSet, len(termKeys))
	for k := range sets {
		sets[k] = NewPhraseSet(base[k])
	}
	for _, code := range ind.c.langs.codes {
		for k, l := range ind.Languages[code].lists() {
			if own && code == lang {
				sets[k].Add(l, code)
			} else {
				sets[k].Add(stemlessTerms(l, code), code)
			}
		}
	}
	// "welders", "сборщики", "paratroopers": kinds of what the indicator
	// counts (trades.go); those of another stemmed language cannot match
	addKinds(&sets[0], ind.c.kinds, lang, false)
	addKinds(&sets[1], ind.c.foreignKinds, lang, false)
	ts := &termSets{sets[0], sets[1], sets[2], sets[3], sets[4], sets[5], sets[6], NewPhraseSet(ind.NotScopes), nil}
	if own {
		ts.langUnits = ind.langUnits([]string{lang})
	}
	return ts
}

// stemlessTerms returns the terms of language lang none of whose words
// has a stem (stem.Stemless tells without stemming most words).
func stemlessTerms(terms []string, lang string) []string {
	var out []string
	for _, t := range terms {
		if stemlessTerm(t, lang) {
			out = append(out, t)
		}
	}
	return out
}

// stemlessMemo holds stemlessTerm's answers so far (see termMemo).
var stemlessMemo termMemo[bool]

// stemlessTerm reports whether no word of term, of language lang, has a
// stem, worked out at the first call.
func stemlessTerm(term, lang string) bool {
	return stemlessMemo.get(termKey{term, lang}, wordsStemless)
}

// wordsStemless reports whether no word of term, of language lang, has a
// stem.
func wordsStemless(term, lang string) bool {
	if stemmedPairIn(term, lang) {
		return false
	}
	for _, w := range Words(term) {
		if !stem.Stemless(lang, w.Text) {
			return false
		}
	}
	return true
}

// stemmedPairIn reports that a word of term, of language lang (Russian
// or Ukrainian), surely has a stem, telling it without Words' split and
// lowering (2.2 M instructions for the built-in topics' terms): a letter
// or digit outside ASCII that stays outside it lowered (all but 'İ' and
// the Kelvin sign), followed by a letter or digit, is in a word of Words
// of two runes or more with a rune outside ASCII, of letters, digits and
// apostrophes inside, which stem.Stemless says has a stem in both
// languages. false tells nothing. TestStemmedPair and FuzzStemmedPair
// check it against Words and stem.Stemless.
func stemmedPairIn(term, lang string) bool {
	if lang != "ru" && lang != "uk" || !stem.Stemmed(lang) {
		return false
	}
	prev := false // the rune before is such a letter or digit
	for _, r := range term {
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if prev && word {
			return true
		}
		prev = word && r >= utf8.RuneSelf && r != 'İ' && r != '\u212a'
	}
	return false
}

// relativeUnits are units an indicator may list beside what it counts: a
// counted noun of another language maps to the indicator's one other
// unit, never to these.
var relativeUnits = map[string]bool{"ratio": true, "percent": true}

// langUnits maps the stem key of each one-word counted term in the
// stemmed languages codes to the indicator's one unit besides ratio and
// percent ("units: [barrel]" with "ru: counted: [баррель]": "баррелей" is
// barrel; "units: [person]" with "моряк": person), else to the term as
// written, its lemma.
func (ind *Indicator) langUnits(codes []string) map[string]string {
	own, n := "", 0
	for _, u := range ind.c.units {
		if !relativeUnits[u] {
			own, n = u, n+1
		}
	}
	if n != 1 {
		own = "" // several: the term itself
	}
	var m map[string]string
	for _, code := range codes {
		if ind.Languages[code] == nil || !Stemmed(code) {
			continue
		}
		for _, term := range ind.Languages[code].Counted {
			ws := Words(term)
			if len(ws) != 1 {
				continue
			}
			st := Stem(code, ws[0].Text)
			if st == "" {
				continue
			}
			if m == nil {
				m = map[string]string{}
			}
			k := stemKey(code, st)
			if _, dup := m[k]; dup {
				continue
			}
			if own != "" {
				m[k] = own
			} else {
				m[k] = ws[0].Text
			}
		}
	}
	return m
}

// UnitOf returns the unit of a claim counting word, a noun of stemmed
// language lang that the claim stage knows no unit for ("баррелей"): the
// unit of the first indicator whose counted terms in lang hold the word
// by stem (see langUnits), and that indicator's id.
func (t *Topic) UnitOf(lang, word string) (unit, indicator string) {
	st := Stem(lang, word)
	if st == "" {
		return "", ""
	}
	k := stemKey(lang, st)
	for i := range t.Indicators {
		if u, ok := t.Indicators[i].termsFor(lang).langUnits[k]; ok {
			return u, t.Indicators[i].ID
		}
	}
	return "", ""
}

func normalizeUnits(us []string) []string {
	out := make([]string, len(us))
	for i, u := range us {
		out[i] = NormalizeUnit(u)
	}
	return out
}

func checkKeys(m *yaml.Node, allowed []string, what string, bad func(int, string, ...any)) {
	if m.Kind != yaml.MappingNode {
		return
	}
	ok := map[string]bool{}
	for _, a := range allowed {
		ok[a] = true
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if !ok[k.Value] {
			bad(k.Line, "%s: unknown key %q (known: %s)", what, k.Value, strings.Join(allowed, ", "))
		}
	}
}

func valueNode(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func valueLine(m *yaml.Node, key string) int { return lineOr(valueNode(m, key), m.Line) }

func lineOr(n *yaml.Node, def int) int {
	if n == nil {
		return def
	}
	return n.Line
}

var lineRE = regexp.MustCompile(`line (\d+)`)

func yamlLine(err error) int {
	if m := lineRE.FindStringSubmatch(err.Error()); m != nil {
		n := 0
		fmt.Sscan(m[1], &n)
		return n
	}
	return 0
}

func cleanYAMLErr(err error) string {
	s := strings.TrimPrefix(err.Error(), "yaml: ")
	s = strings.TrimPrefix(s, "unmarshal errors:\n  ")
	return lineRE.ReplaceAllString(s, "")
}

// registry of loaded indicators, so that later stages can ask an
// indicator's measure by id.
var (
	regMu    sync.RWMutex
	measureO = map[string]string{}
)

func register(t *Topic) {
	regMu.Lock()
	defer regMu.Unlock()
	for _, ind := range t.Indicators {
		measureO[ind.ID] = ind.Measure
	}
}

// MeasureOf returns the measure (stock, flow, amount) of an indicator of
// any topic loaded so far, or "".
func MeasureOf(indicator string) string {
	regMu.RLock()
	defer regMu.RUnlock()
	return measureO[indicator]
}

// Indicator returns the indicator with the id, or nil.
func (t *Topic) Indicator(id string) *Indicator {
	for i := range t.Indicators {
		if t.Indicators[i].ID == id {
			return &t.Indicators[i]
		}
	}
	return nil
}

// ScopeRuledOut reports whether a claim scope ("killed or wounded") rules
// out the indicator with the id (its not_scopes): a figure in that scope
// measures no such indicator, not even by leaning on a figure that does.
func (t *Topic) ScopeRuledOut(id, scope string) bool {
	ind := t.Indicator(id)
	if ind == nil || scope == "" {
		return false
	}
	return ind.defaultRulesOut(scope) || Contains(Words(scope), ind.termsFor("").notScopes)
}

// DefaultNotScopes are the claim scopes no indicator takes unless it
// lists them under keep_scopes: a figure a cap, ceiling, quota or "can
// only" governs ("limit") or one that states a requirement ("need") says
// what is allowed or wanted, not what happened, whatever the topic.
var DefaultNotScopes = []string{"limit", "need"}

// defaultRulesOut reports whether scope is one of DefaultNotScopes the
// indicator does not keep.
func (ind *Indicator) defaultRulesOut(scope string) bool {
	for _, d := range DefaultNotScopes {
		if scope == d {
			for _, k := range ind.KeepScopes {
				if strings.EqualFold(strings.TrimSpace(k), d) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// NamesActor reports whether text (a claim's counted phrase, say) names
// one of indicator id's actor terms in language lang; true for an
// indicator with no actor terms, false for an unknown one.
func (t *Topic) NamesActor(id, text, lang string) bool {
	ind := t.Indicator(id)
	if ind == nil {
		return false
	}
	ts := ind.termsFor(lang)
	return ts.actor.Len() == 0 || Contains(WordsLang(text, lang), ts.actor)
}

// Relevant reports whether the text mentions one of the topic's keywords
// (always true for a topic without keywords).
func (t *Topic) Relevant(text string) bool {
	if t.kw.Len() == 0 {
		return true
	}
	return Contains(Words(text), t.kw)
}
