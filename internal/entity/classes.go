package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// wordClass is the set of built-in word lists a token's normal form is
// in, read with one map look-up per token (tokensOf) instead of one per
// list and per pass.
type wordClass uint16

// Word classes.
const (
	wcGaz       wordClass = 1 << iota // a one-word key of the lists (gaz)
	wcGazPrefix                       // the first word of a longer listed name (gazPrefix)
	wcConnector                       // connectors
	wcSmall                           // smallWords
	wcCommon                          // commonWords
	wcTitle                           // titles
	wcCalendar                        // calendarWords
	wcDescHead                        // descHeads
	wcAgency                          // creditAgencies
)

// wordClasses maps the normal forms of the listed words to their classes;
// built by init once every list is read, never written after.
var wordClasses map[string]wordClass

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
	for _, c := range []struct {
		set map[string]bool
		cls wordClass
	}{{connectors, wcConnector}, {smallWords, wcSmall}, {commonWords, wcCommon}, {titles, wcTitle}, {calendarWords, wcCalendar}, {creditAgencies, wcAgency}} {
		for k := range c.set {
			m[k] |= c.cls
		}
	}
	for k := range descHeads {
		m[k] |= wcDescHead
	}
	wordClasses = m
	for k := range m {
		classFilter[classFilterIndex(k)] = true
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

// classOf is the classes of a normal form.
func classOf(n string) wordClass {
	if !classFilter[classFilterIndex(n)] {
		return 0
	}
	return wordClasses[n]
}

// is reports whether the token's normal form is in a list of class c.
func (t token) is(c wordClass) bool { return t.cls&c != 0 }
