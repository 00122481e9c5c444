// Package lexicon holds the word lists dossier's annotators share, per
// language, as embedded data files (data/<lang>/<list>.txt): month and
// weekday names with their inflected forms, ordinals, units of time, words
// of relative time and tense, speech verbs. A new language, or a new form,
// is a new line in a file, not new code. The file format is described in
// data/README.md.
//
// Lookups fold the word first (Fold): lower case, "ё" as "е", the
// apostrophes ’ and ʼ as ', so a form is listed once.
package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
	"iter"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	// The collector's settings are made before any table is built here
	// or in the packages that import lexicon (package gctune).
	_ "github.com/dossier-osint/dossier/internal/gctune"
)

//go:embed data
var files embed.FS

// Entry is one form of a list.
type Entry struct {
	Form string // folded
	Key  string // what the form stands for: "1", "-1", "year", "start"
	Tag  string // "" or a use or grammatical form: "abbr", "plural", "gen"
}

// Int returns the key as an integer (0 when it is not one).
func (e Entry) Int() int {
	n, _ := strconv.Atoi(e.Key)
	return n
}

// List is one word list of one language.
type List struct {
	Lang, Name string
	entries    []Entry
	byForm     map[string][]int
	maxWords   int
}

// Lookup returns the first entry of a form (folded before the look-up).
func (l *List) Lookup(word string) (Entry, bool) {
	if l == nil {
		return Entry{}, false
	}
	ix := l.byForm[Fold(word)]
	if len(ix) == 0 {
		return Entry{}, false
	}
	return l.entries[ix[0]], true
}

// LookupAll returns every entry of a form (a form may stand for two keys).
func (l *List) LookupAll(word string) []Entry {
	if l == nil {
		return nil
	}
	ix := l.byForm[Fold(word)]
	out := make([]Entry, len(ix))
	for i, k := range ix {
		out[i] = l.entries[k]
	}
	return out
}

// Has reports whether the list holds the form.
func (l *List) Has(word string) bool {
	_, ok := l.Lookup(word)
	return ok
}

// Entries returns the entries in file order.
func (l *List) Entries() []Entry {
	if l == nil {
		return nil
	}
	return append([]Entry(nil), l.entries...)
}

// All yields the entries in file order, as Entries returns them, with no
// copy of the list.
func (l *List) All() iter.Seq[Entry] {
	return func(yield func(Entry) bool) {
		if l == nil {
			return
		}
		for _, e := range l.entries {
			if !yield(e) {
				return
			}
		}
	}
}

// Len is the number of entries.
func (l *List) Len() int {
	if l == nil {
		return 0
	}
	return len(l.entries)
}

// Forms returns the forms of one key in file order.
func (l *List) Forms(key string) []string {
	var out []string
	for e := range l.All() {
		if e.Key == key {
			out = append(out, e.Form)
		}
	}
	return out
}

// MaxWords is the number of words of the longest form ("не менее" is 2).
func (l *List) MaxWords() int {
	if l == nil {
		return 0
	}
	return l.maxWords
}

var (
	loadOnce sync.Once
	lists    map[string]*List // "lang/name"
	loadErr  error
)

func load() {
	lists = make(map[string]*List, len(listTable))
	loadErr = fs.WalkDir(files, "data", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || path.Ext(p) != ".txt" {
			return nil
		}
		lang := path.Base(path.Dir(p))
		name := strings.TrimSuffix(path.Base(p), ".txt")
		b, err := files.ReadFile(p)
		if err != nil {
			return err
		}
		l, ok := fromTable(p, b)
		if !ok {
			if l, err = Parse(lang, name, string(b)); err != nil {
				return fmt.Errorf("lexicon %s: %w", p, err)
			}
		}
		lists[lang+"/"+name] = l
		return nil
	})
}

//go:generate go test -run TestListTable -update .

// tableList is an embedded file as Parse reads it (list_table.go): the
// list but its byForm, whose forms (each with the places of its entries)
// are forms, and the content it was read from.
type tableList struct {
	path, src string
	list      List
	forms     []tableForm
}

// tableForm is a form of a tableList and the places of its entries.
type tableForm struct {
	form string
	ix   []int
}

// fromTable returns the list of the embedded file p with content b from
// listTable, false when the table holds no list read from b: parsing the
// files was most of the work of loading them at each start.
func fromTable(p string, b []byte) (*List, bool) {
	i, ok := slices.BinarySearchFunc(listTable[:], p, func(t tableList, p string) int { return strings.Compare(t.path, p) })
	if !ok || listTable[i].src != string(b) {
		return nil, false
	}
	t := &listTable[i]
	l := t.list
	l.byForm = make(map[string][]int, len(t.forms))
	for _, f := range t.forms {
		l.byForm[f.form] = f.ix[:len(f.ix):len(f.ix)] // an append copies
	}
	return &l, true
}

// Get returns a list of a language ("en", "ru", "uk"); a list the language
// does not have is empty (never nil).
func Get(lang, name string) *List {
	loadOnce.Do(load)
	if loadErr != nil {
		panic(loadErr) // embedded data: TestFiles catches it first
	}
	if l := lists[lang+"/"+name]; l != nil {
		return l
	}
	return &List{Lang: lang, Name: name, byForm: map[string][]int{}}
}

// Langs returns the languages that have at least one list, sorted.
func Langs() []string {
	loadOnce.Do(load)
	seen := map[string]bool{}
	for k := range lists {
		seen[strings.SplitN(k, "/", 2)[0]] = true
	}
	var out []string
	for l := range seen {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}

// Check reports an error in the embedded files, if any.
func Check() error {
	loadOnce.Do(load)
	return loadErr
}

// Parse reads a list in the file format of data/README.md.
func Parse(lang, name, text string) (*List, error) {
	// room for a form per comma and line, so that the map never grows
	forms := strings.Count(text, ",") + strings.Count(text, "\n") + 1
	l := &List{Lang: lang, Name: name, byForm: make(map[string][]int, forms)}
	for n, line := range strings.Split(text, "\n") {
		line = trimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, forms, ok := strings.Cut(line, ":")
		key = trimSpace(key)
		if !ok || key == "" || strings.ContainsAny(key, " \t,") {
			return nil, fmt.Errorf("line %d: want \"KEY: form, form\", got %q", n+1, line)
		}
		for _, f := range strings.Split(forms, ",") {
			f = trimSpace(f)
			tag := ""
			if i := strings.IndexByte(f, '('); i >= 0 {
				if !strings.HasSuffix(f, ")") {
					return nil, fmt.Errorf("line %d: unclosed tag in %q", n+1, f)
				}
				tag = trimSpace(f[i+1 : len(f)-1])
				f = trimSpace(f[:i])
			}
			if f == "" {
				return nil, fmt.Errorf("line %d: empty form", n+1)
			}
			if !isFolded(f) {
				return nil, fmt.Errorf("line %d: form %q must be written folded (%q)", n+1, f, Fold(f))
			}
			l.byForm[f] = append(l.byForm[f], len(l.entries))
			l.entries = append(l.entries, Entry{Form: f, Key: key, Tag: tag})
			if w := formWords(f); w > l.maxWords {
				l.maxWords = w
			}
		}
	}
	return l, nil
}

// trimSpace is strings.TrimSpace, looking at the runes at the ends only
// when they are not ASCII.
func trimSpace(s string) string {
	t := strings.Trim(s, " \t\n\v\f\r")
	if t == "" {
		return t
	}
	if t[0] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeRuneInString(t); unicode.IsSpace(r) {
			return strings.TrimSpace(s)
		}
	}
	if t[len(t)-1] >= utf8.RuneSelf {
		if r, _ := utf8.DecodeLastRuneInString(t); unicode.IsSpace(r) {
			return strings.TrimSpace(s)
		}
	}
	return t
}

// formWords is len(strings.Fields(f)) of a folded form: its words are
// parted by single spaces unless Fold's ASCII path left a \r, \v or \f.
func formWords(f string) int {
	if strings.ContainsAny(f, "\r\v\f") {
		return len(strings.Fields(f))
	}
	return strings.Count(f, " ") + 1
}

// isFolded reports whether Fold(s) == s without building the fold.
func isFolded(s string) bool {
	if s == "" {
		return true
	}
	if isSpaceByte(s[0]) || isSpaceByte(s[len(s)-1]) {
		return false // trimmed away
	}
	if asciiFolded(s) { // Fold's own test: then it only trims
		return true
	}
	prevSpace := false
	for i, r := range s {
		switch {
		case r >= 'а' && r <= 'џ' && r != 'ё', r >= 'a' && r <= 'z':
			// lower-case Cyrillic and Latin
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return false // written as U+FFFD
		case r == 'ё' || r == 'Ё' || r == '’' || r == 'ʼ' || r == '‘' || r == '`':
			return false
		case unicode.IsSpace(r):
			if r != ' ' || prevSpace {
				return false
			}
			if i == 0 || i == len(s)-1 {
				return false // trimmed away
			}
			prevSpace = true
			continue
		case unicode.ToLower(r) != r:
			return false
		}
		prevSpace = false
	}
	return true
}

// isSpaceByte reports whether b is ASCII white space (the loop of
// isFolded finds the others).
func isSpaceByte(b byte) bool {
	switch b {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return false
}

// Fold is the form a word is looked up in: lower case, "ё" as "е", the
// apostrophes ’ ʼ ‘ as ', runs of white space as one space.
func Fold(s string) string {
	if asciiFolded(s) {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == 'ё' || r == 'Ё':
			r = 'е'
		case r == '’' || r == 'ʼ' || r == '‘' || r == '`':
			r = '\''
		case isSpace(r):
			space = true
			continue
		default:
			r = LowerRune(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isSpace is unicode.IsSpace, answered at once for the runes from U+0100
// to U+167F (Latin Extended to Cyrillic and beyond), none of which is
// white space.
func isSpace(r rune) bool {
	if r >= 0x100 && r < 0x1680 {
		return false
	}
	return unicode.IsSpace(r)
}

// asciiFolded reports whether s is ASCII without upper case, tabs, new
// lines or double spaces: Fold then only trims it.
func asciiFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' || c == '\t' || c == '\n' || c == ' ' && (i+1 < len(s) && s[i+1] == ' ') {
			return false
		}
	}
	return true
}
