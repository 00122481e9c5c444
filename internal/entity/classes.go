package entity

import (
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
	m := map[string]wordClass{}
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
	for _, c := range classSets() {
		for k := range c.set {
			m[k] |= c.cls
		}
	}
	for k := range descHeads {
		m[k] |= wcDescHead
	}
	wordClasses = m
	classTab = newClassTable(m)
	for k, c := range m {
		classFilter[classFilterIndex(k)] = true
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

// classFilter holds classFilterIndex of every listed word: a word whose
// index is not set is in no list, and tokensOf does not look it up.
var classFilter [1 << 14]bool

// classFilterIndex mixes a word's length and its first and last bytes.
func classFilterIndex(w string) int {
	if w == "" {
		return 0
	}
	return (len(w)&15)<<10 | int(w[0]&31)<<5 | int(w[len(w)-1]&31)
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
	if x := shortIndex(n); x >= 0 {
		return shortClasses[x]
	}
	if !classFilter[classFilterIndex(n)] {
		return 0
	}
	return classTab.get(n)
}

// classTable is wordClasses as one open-addressed table of small slots,
// the keys' bytes in one string: a look-up reads a slot or two and then
// the key's bytes, with no pointer to follow and no key compared whose
// hash differs.
type classTable struct {
	slots []classSlot
	keys  string
	mask  uint32
}

type classSlot struct {
	hash   uint32 // high half of the key's hash, made odd: 0 is an empty slot
	off, n uint32 // the key is keys[off:off+n]
	cls    wordClass
}

// classTab is the table classOf reads, built with wordClasses.
var classTab classTable

func newClassTable(m map[string]wordClass) classTable {
	size := 1
	for size < 2*len(m) {
		size <<= 1
	}
	t := classTable{slots: make([]classSlot, size), mask: uint32(size - 1)}
	var keys strings.Builder
	for k, c := range m {
		h := wordHash(k)
		i := uint32(h) & t.mask
		for t.slots[i].hash != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = classSlot{hash: uint32(h>>32) | 1, off: uint32(keys.Len()), n: uint32(len(k)), cls: c}
		keys.WriteString(k)
	}
	t.keys = keys.String()
	return t
}

// get returns the classes of w, 0 for a word in no list.
func (t *classTable) get(w string) wordClass {
	if len(t.slots) == 0 {
		return 0
	}
	h := wordHash(w)
	hi := uint32(h>>32) | 1
	for i := uint32(h) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.hash == 0 {
			return 0
		}
		if s.hash == hi && int(s.n) == len(w) && t.keys[s.off:s.off+s.n] == w {
			return s.cls
		}
	}
}

// wordHash is the hash classTable files words by: eight bytes at a time
// and the last one to seven read at once, mixed by multiplying (a word
// of news text is hashed in about 20 instructions; maphash.String took
// about 65 with its call). The table is built once and never written, so
// no text can make its look-ups longer: a fixed hash does.
func wordHash(w string) uint64 {
	h := uint64(len(w)) * 0x9e3779b97f4a7c15
	i := 0
	for ; i+8 <= len(w); i += 8 {
		h = hashMix(h ^ le64(w[i:]))
	}
	switch n := len(w) - i; {
	case n >= 4: // two four-byte reads, overlapping when n < 8
		h = hashMix(h ^ (le32(w[i:]) | le32(w[len(w)-4:])<<32))
	case n > 0:
		h = hashMix(h ^ (uint64(w[i]) | uint64(w[i+n/2])<<8 | uint64(w[len(w)-1])<<16))
	}
	h ^= h >> 32
	h *= 0xd6e8feb86659fd93
	return h ^ h>>32
}

func hashMix(x uint64) uint64 {
	x *= 0xbf58476d1ce4e5b9
	return x ^ x>>31
}

func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// is reports whether the token's normal form is in a list of class c.
func (t token) is(c wordClass) bool { return t.cls&c != 0 }
