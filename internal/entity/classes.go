package entity

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is the set of built-in word lists a token's normal form is
// in, read with one map look-up per token (tokensInto) instead of one per
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
	ws := make([]classWord, 0, len(m)) // m's words, read twice more by buildClassRanks
	for k, c := range m {
		ws = append(ws, classWord{k, c})
		x := classFilterIndex(k)
		classFilter[x>>6] |= 1 << (x & 63)
		if x := shortIndex(k); x >= 0 {
			shortClasses[x] = c
		}
		if r, _ := utf8.DecodeRuneInString(k); r < utf8.RuneSelf && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			asciiPunctClasses = true
		}
	}
	buildClassRanks(ws)
}

// asciiPunctClasses says whether a listed word starts with ASCII
// punctuation: otherwise ASCII punctuation tokens are in no class and
// tokensInto does not look them up ("«" starts listed names).
var asciiPunctClasses bool

// classFilter holds classFilterIndex of every listed word, one bit each:
// a word whose bit is not set is in no list, and classOf does not look
// it up (in news text about one word in twenty of no list has its bit
// set).
var classFilter [1 << 10]uint64

// The listed words by their bit in classFilter, for classOf: the words of
// the set bit of rank r (the bits before it in classFilter, counted by
// classRank and a popcount) are classWords[classStart[r]:classStart[r+1]].
// A word whose bit is set is found with no hash of its own: a string
// comparison or a few (a bit stands for one listed word, at most five
// with today's lists),
// and the arrays are a quarter of the size of a hash table of the words.
var (
	classRank  [len(classFilter)]uint16 // set bits of classFilter before each of its words
	classStart []uint16
	classWords []classWord
)

// classWord is a listed word and its classes.
type classWord struct {
	word string
	cls  wordClass
}

// buildClassRanks fills classRank, classStart and classWords from the
// listed words ws with their classes, once classFilter holds their bits:
// the words counted by rank, then each put in its rank's place (the order
// of the words of one rank is theirs in ws: any order finds a word).
func buildClassRanks(ws []classWord) {
	if len(ws) > math.MaxUint16 {
		panic("entity: more listed words than classStart can count") // then make it []uint32
	}
	r := 0
	for i, w := range classFilter {
		classRank[i] = uint16(r)
		r += bits.OnesCount64(w)
	}
	classStart = make([]uint16, r+1)
	for _, w := range ws {
		classStart[filterRank(classFilterIndex(w.word))+1]++
	}
	for i := 1; i <= r; i++ {
		classStart[i] += classStart[i-1]
	}
	classWords = make([]classWord, len(ws))
	next := slices.Clone(classStart[:r])
	for _, w := range ws {
		rk := filterRank(classFilterIndex(w.word))
		classWords[next[rk]] = w
		next[rk]++
	}
}

// filterRank is the rank of the set bit x of classFilter: the set bits
// before it.
func filterRank(x int) int {
	return int(classRank[x>>6]) + bits.OnesCount64(classFilter[x>>6]&(1<<(x&63)-1))
}

// classFilterIndex mixes a word's length and its first, second, middle
// and last bytes into 16 bits. (The second byte: a Cyrillic word's first,
// middle and last bytes are often lead bytes, 0xD0 or 0xD1, the same for
// many words; with its second byte, which never is, one bit stands for at
// most five listed words, not seventeen.)
func classFilterIndex(w string) int {
	if w == "" {
		return 0
	}
	return filterIndexOf(w)
}

// filterIndexOf is classFilterIndex of a word that is not empty.
// (The last byte read first: the compiler then knows the others are in
// the word, and tests no bounds for them.)
func filterIndexOf(w string) int {
	n := len(w)
	last, second := w[n-1], w[0] // second: w[min(1, n-1)]
	if n > 1 {
		second = w[1]
	}
	x := uint32(n) ^ uint32(w[0])<<8 ^ uint32(w[n>>1])<<16 ^ uint32(last)<<24 ^ uint32(second)<<3
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

// shortClass is classOf of a word of one to three letters a-z (whose
// shortIndex is its place, never -1), read with no call: what a plain
// ASCII word atom of up to three letters folds to.
func shortClass(w string) wordClass {
	x := (int(w[0]-'a') + 1) * 729
	if len(w) > 1 {
		x += (int(w[1]-'a') + 1) * 27
	}
	if len(w) > 2 {
		x += int(w[2]-'a') + 1
	}
	return shortClasses[x]
}

// classOf is the classes of a normal form.
func classOf(n string) wordClass {
	if len(n) <= 3 { // a longer word has no shortIndex: not asked
		if x := shortIndex(n); x >= 0 {
			return shortClasses[x]
		}
	}
	x := classFilterIndex(n)
	if classFilter[x>>6]&(1<<(x&63)) == 0 {
		return 0
	}
	return listedClass(n, x)
}

// listedClass is classOf of a word n whose classFilter bit x is set.
func listedClass(n string, x int) wordClass {
	r := filterRank(x)
	ws := classWords[classStart[r]:classStart[r+1]]
	for i := range ws {
		if ws[i].word == n {
			return ws[i].cls
		}
	}
	return 0
}

// is reports whether the token's normal form is in a list of class c.
func (t *token) is(c wordClass) bool { return t.cls&c != 0 }
