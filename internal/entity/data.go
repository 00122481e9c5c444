package entity

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
	"sync"

	tk "github.com/dossier-osint/dossier/internal/token"
)

// The built-in lists are data files (data/*.txt), read once at start:
// countries, places, organisations and people with their names in several
// languages and scripts, the Cyrillic folding tables and the word classes
// of Russian and Ukrainian. Written for dossier from general knowledge; no
// list is derived from the seed articles or from any test suite.
//
//go:embed data/*.txt
var dataFS embed.FS

var (
	countries, places, orgs, people []string // the lines of the lists
)

// loaded is done once the built-in lists are read and indexed.
var loaded sync.Once

// load reads and indexes the built-in lists at the first use of the
// package (a process that never finds a name pays nothing), the folding
// tables first: the lists are indexed by folded names. Every exported
// function that reads the lists calls it.
func load() {
	loaded.Do(func() {
		countries, places = dataLines("countries.txt"), dataLines("places.txt")
		orgs, people = dataLines("orgs.txt"), dataLines("people.txt")
		loadCyrillic()
		loadWordClasses()
		buildGazetteer()
		buildWordClasses()
		loadToks = nil
	})
}

// loadToks is the token buffer of tokenizeLoad.
var loadToks []token

// tokenizeLoad is tokenize for load (one goroutine): the tokens are
// written into one buffer, valid until the next call.
func tokenizeLoad(text string) []token {
	st := tk.Get(text)
	loadToks = tokensInto(loadToks[:0], st)
	tk.Put(st)
	return loadToks
}

// dataLines returns the lines of a data file that are neither blank nor
// comments. A missing file is a build error, so it panics.
func dataLines(name string) []string {
	b, err := dataFS.ReadFile("data/" + name)
	if err != nil {
		panic(fmt.Sprintf("entity: data/%s: %v", name, err))
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(b)))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// classLine is a "class: item, item" line of a word-class data file.
type classLine struct {
	class string
	items []string
}

// parseClasses reads "class: item, item, ..." lines; it returns an error
// naming the line for a line without a class.
func parseClasses(name string, lines []string) ([]classLine, error) {
	var out []classLine
	for i, l := range lines {
		c, body, ok := strings.Cut(l, ":")
		c = strings.TrimSpace(c)
		if !ok || c == "" || strings.ContainsAny(c, " \t") {
			return nil, fmt.Errorf("entity: data/%s: line %d: want \"class: items\", got %q", name, i+1, l)
		}
		var items []string
		for _, it := range strings.Split(body, ",") {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, it)
			}
		}
		out = append(out, classLine{c, items})
	}
	return out, nil
}

// mustClasses reads a word-class data file.
func mustClasses(name string) []classLine {
	cs, err := parseClasses(name, dataLines(name))
	if err != nil {
		panic(err)
	}
	return cs
}
