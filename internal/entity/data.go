package entity

import (
	"bufio"
	"embed"
	"fmt"
	"strings"
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
	countries = dataLines("countries.txt")
	places    = dataLines("places.txt")
	orgs      = dataLines("orgs.txt")
	people    = dataLines("people.txt")
)

// init reads the folding tables first: the lists are indexed by folded
// names.
func init() {
	loadCyrillic()
	loadWordClasses()
	buildGazetteer()
	buildWordClasses()
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
