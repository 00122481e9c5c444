package entity

import (
	tk "github.com/dossier-osint/dossier/internal/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is the set of built-in word lists a token's normal form is
// in, read with one map look-up per token (tokensOf) instead of one per
// list and per pass.
type wordClass uint32

// Word classes.
const (
	wcGaz          wordClass = 1 << iota // a one-word key of the lists (gaz)
	wcGazPrefix                          // the first word of a longer listed name (gazPrefix)
	wcConnector                          // connectors
	wcSmall                              // smallWords
	wcCommon                             // commonWords
	wcTitle                              // titles
	wcCalendar                           // calendarWords
	wcDescHead                           // descHeads
	wcAgency                             // creditAgencies
	wcOrgHead                            // orgHeads
	wcLocHead                            // locHeads
	wcLocPrefix                          // locPrefixes
	wcMiscHead                           // miscHeads
	wcGiven                              // givenNames
	wcRole                               // roleWords
	wcRoleMod                            // roleMods
	wcSpeech                             // speechVerbs
	wcCode                               // codeWords
	wcLocPrep                            // locPreps
	wcPlaceNoun                          // placeNouns
	wcPlaceVerb                          // placeVerbs
	wcCompanyNoun                        // companyNouns
	wcCompanyVerb                        // companyVerbs
	wcStateCue                           // stateCues
	wcCyrPlacePrep                       // cyrPlacePreps
	wcPaper                              // paperWords
	wcDescPrep                           // descPreps
	wcGenericMod                         // genericMods
	wcSpyMod                             // spyModifiers
	wcTailPrep                           // tailPreps
	wcCyrJoiner                          // cyrJoiners
)

// wordClasses maps the normal forms of the listed words to their classes;
// built by init once every list is read, never written after.
var wordClasses map[string]wordClass

// classSets are the word sets a class stands for, by name (the lists
// keyed by normal form; gaz, gazPrefix and descHeads are added apart).
func classSets() []struct {
	name string
	set  map[string]bool
	cls  wordClass
} {
	return []struct {
		name string
		set  map[string]bool
		cls  wordClass
	}{{"connectors", connectors, wcConnector}, {"smallWords", smallWords, wcSmall}, {"commonWords", commonWords, wcCommon},
		{"titles", titles, wcTitle}, {"calendarWords", calendarWords, wcCalendar}, {"creditAgencies", creditAgencies, wcAgency},
		{"orgHeads", orgHeads, wcOrgHead}, {"locHeads", locHeads, wcLocHead}, {"locPrefixes", locPrefixes, wcLocPrefix},
		{"miscHeads", miscHeads, wcMiscHead}, {"givenNames", givenNames, wcGiven}, {"roleWords", roleWords, wcRole},
		{"roleMods", roleMods, wcRoleMod}, {"speechVerbs", speechVerbs, wcSpeech}, {"codeWords", codeWords, wcCode},
		{"locPreps", locPreps, wcLocPrep}, {"placeNouns", placeNouns, wcPlaceNoun}, {"placeVerbs", placeVerbs, wcPlaceVerb},
		{"companyNouns", companyNouns, wcCompanyNoun}, {"companyVerbs", companyVerbs, wcCompanyVerb},
		{"stateCues", stateCues, wcStateCue}, {"cyrPlacePreps", cyrPlacePreps, wcCyrPlacePrep}, {"paperWords", paperWords, wcPaper},
		{"descPreps", descPreps, wcDescPrep}, {"genericMods", genericMods, wcGenericMod}, {"spyModifiers", spyModifiers, wcSpyMod},
		{"tailPreps", tailPreps, wcTailPrep}, {"cyrJoiners", cyrJoiners, wcCyrJoiner}}
}

// buildWordClasses indexes the word lists by normal form.
func buildWordClasses() {
	sets := classSets()
	n := len(gaz) + len(gazPrefix) + len(descHeads) // room for every word: the map never grows
	for _, c := range sets {
		n += len(c.set)
	}
	m := make(map[string]wordClass, n)
	for k := range gaz {
		if !strings.Contains(k, " ") {
			m[k] |= wcGaz
		}
	}
	for k := range gazPrefix {
		if !strings.Contains(k, " ") {
			m[k] |= wcGazPrefix
		}
	}
	for _, c := range sets {
		for k := range c.set {
			m[k] |= c.cls
		}
	}
	for k := range descHeads {
		m[k] |= wcDescHead
	}
	wordClasses = m
	classTab = tk.NewTable(m)
	for k, c := range m {
		x := classFilterIndex(k)
		classFilter[x>>6] |= 1 << (x & 63)
		if x := shortIndex(k); x >= 0 {
			shortClasses[x] = c
		}
	}
	for k := range m {
		if r, _ := utf8.DecodeRuneInString(k); r < utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			asciiPunctClasses = true
		}
	}
}

// asciiPunctClasses says whether a listed word starts with ASCII
// punctuation: otherwise ASCII punctuation tokens are in no class and
// tokensOf does not look them up ("«" starts listed names).
var asciiPunctClasses bool

// classFilter holds classFilterIndex of every listed word, one bit each:
// a word whose bit is not set is in no list, and tokensOf does not look
// it up (about one in twenty words of no list has its bit set).
var classFilter [1 << 10]uint64

// classFilterIndex mixes a word's length and its first, middle and last
// bytes into 16 bits.
func classFilterIndex(w string) int {
	if w == "" {
		return 0
	}
	n := len(w)
	x := uint32(n) | uint32(w[0])<<8 | uint32(w[n/2])<<16 | uint32(w[n-1])<<24
	return int((x * 0x9e3779b1) >> 16)
}

// shortClasses holds the classes of every word of one to three letters
// a-z, by shortIndex: two in five words of news text are such, and most
// are listed ("the", "of", "and"), so they need no map look-up.
var shortClasses [27 * 27 * 27]wordClass

// shortIndex returns the place of a word of one to three letters a-z in
// shortClasses, -1 for another word.
func shortIndex(w string) int {
	switch len(w) {
	case 1:
		if c0 := w[0] - 'a'; c0 < 26 {
			return (int(c0) + 1) * 729
		}
	case 2:
		if c0, c1 := w[0]-'a', w[1]-'a'; c0 < 26 && c1 < 26 {
			return (int(c0)+1)*729 + (int(c1)+1)*27
		}
	case 3:
		if c0, c1, c2 := w[0]-'a', w[1]-'a', w[2]-'a'; c0 < 26 && c1 < 26 && c2 < 26 {
			return (int(c0)+1)*729 + (int(c1)+1)*27 + int(c2) + 1
		}
	}
	return -1
}

// classOf is the classes of a normal form.
func classOf(n string) wordClass {
	if len(n) <= 3 { // a longer word has no shortIndex: not asked
		if x := shortIndex(n); x >= 0 {
			return shortClasses[x]
		}
	}
	if x := classFilterIndex(n); classFilter[x>>6]&(1<<(x&63)) == 0 {
		return 0
	}
	c, _ := classTab.Get(n)
	return c
}

// classTab is the table classOf reads, built with wordClasses.
var classTab *tk.Table[wordClass]

// is reports whether the token's normal form is in a list of class c.
func (t *token) is(c wordClass) bool { return t.cls&c != 0 }
