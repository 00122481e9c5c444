package claim

import (
	"regexp"
	"testing"
)

// appositionRE is the pattern isApposition reads by hand.
var appositionRE = regexp.MustCompile(`^,\s+(?:a|an|the)\s+[\p{L}\s'’-]*$`)

// appositionSamples are texts at the pattern's edges: white space of
// every kind (and \v, which is none) before and after each article,
// "an" and "a" before a space or a letter, upper case, the class's
// every kind of rune and runes just outside it, bytes that are no UTF-8.
var appositionSamples = []string{
	"", ",", ", ", ", a", ", a ", ", a think tank", ",a think tank", ",  a  think tank", ",\ta\nthink\ftank\r",
	",\va think tank", ", a\vthink", ", an agency", ", an", ", an ", ", ana agency", ", anagency", ", the ministry",
	", the", ", the ", ", then ministry", ", thethe x", ", A think tank", ", The ministry", ", An agency",
	", a South Korean think-tank", ", a people’s court", ", a people's court", ", a Сеульский центр", ", a 2nd body",
	", a body.", ", a body,", ", a body\xff", ", a \xe2\x80", ", a ɐʃ ǅ", ", a body–x", ", a \u00a0body", ", a body\u2028",
	", an  the", ", a a a", " , a body", ",, a body",
}

// TestIsApposition: isApposition answers what the pattern does, in the
// samples and in every tail and head of each.
func TestIsApposition(t *testing.T) {
	agreeingCuts(t, appositionSamples, true, isApposition, appositionRE.MatchString, 40)
}

// FuzzIsApposition checks isApposition against the pattern.
func FuzzIsApposition(f *testing.F) {
	fuzzAgreeing(f, appositionSamples, isApposition, appositionRE.MatchString)
}
