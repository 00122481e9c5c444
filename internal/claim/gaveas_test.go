package claim

import (
	"regexp"
	"testing"
)

// gaveAsRE is the pattern gaveAs reads by hand.
var gaveAsRE = regexp.MustCompile(`(?i)^\s*(?:\w+\s+){0,2}?(?:gave|cited|listed|named|указали|назвали)\s+([\p{L}-]+(?:\s+(?:[\p{L}-]{3,}))?)`)

// gaveAsSamples are clauses at the pattern's edges: none to three words
// before the verb, the verb as a word before another verb, white space
// of every kind (and \v, which is none), groups of one and two words, a
// second word of two and three runes, the folds (ſ, the Kelvin sign,
// Cyrillic rounded ve, U+0345), bytes that are no UTF-8.
var gaveAsSamples = []string{
	"", "gave", "gave ", "gave study as the purpose", " most gave study", "most of them gave business", "a b c gave x", "Gave  Study",
	"gave 12", "gave named Foo", "gave  named X", "they cited work", "cited\twork\nvisas", "cited\vwork", "listed tourism-related trips",
	"named ab", "named ab cd", "named ab cde", "named ab  cdé", "named ab\xffcde", "liſted x", "\u212ay gave x", "ſo gave x", "named x\u0345yz",
	"named \u0345", "указали учебу", "назвали деловые поездки", "наᲀали x", "они указали учебу", "они все указали туризм", "_x gave y",
	"x_y z gave w", "é gave x", "gave-x", "gave\u00a0x", "gave x-y z-", "gave x 1abc", "named named named", "12 34 gave x",
}

// TestGaveAs: gaveAs finds the group the pattern does, in the samples
// and in every tail and head of each.
func TestGaveAs(t *testing.T) { agreeingCuts(t, gaveAsSamples, true, gaveAsGroup, gaveAsByRE, 60) }

// FuzzGaveAs checks gaveAs against the pattern.
func FuzzGaveAs(f *testing.F) { fuzzAgreeing(f, gaveAsSamples, gaveAsGroup, gaveAsByRE) }

// gaveAsGroup and gaveAsByRE are gaveAs's and the pattern's group and
// whether there is one.
func gaveAsGroup(s string) [2]string {
	g, ok := gaveAs(s)
	return [2]string{g, map[bool]string{true: "match"}[ok]}
}

func gaveAsByRE(s string) [2]string {
	if m := gaveAsRE.FindStringSubmatch(s); m != nil {
		return [2]string{m[1], "match"}
	}
	return [2]string{}
}
