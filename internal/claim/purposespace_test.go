package claim

import (
	"regexp"
	"testing"
)

// purposeAfterSpaceRE is the pattern purposeAfterSpace reads by hand.
var purposeAfterSpaceRE = regexp.MustCompile(`^\s(?:(?:on|with)\s+(?:\w+\s+)?(?:visas?|business|study|holiday)\b|по\s+(?:учебным|туристическим|рабочим|деловым|частным|гостевым|навчальним|туристичним|робочим)\s+\S+|по\s+(?:делам|деловым вопросам|частным делам)|как туристы|туристами|в качестве\s+\S+(?:\s+\S+){0,3}|с целью\s+\S+|транзитом|на (?:учебу|учёбу|навчання)|з метою\s+\S+)`)

// purposeSpaceSamples are texts at each alternative's edges: white space
// of every kind (and \v, which is none), the optional word taken, given
// back or none, "visas?" and the word after at its end or not, runs of
// non-space bytes one to five and cut by the text's end, bytes that are
// no UTF-8.
var purposeSpaceSamples = []string{
	"", " ", " on visas", " on visa", " on visas.", " on visasx", " on visax", " onvisas", " on  student  visas", " with\twork\nvisas",
	" on study visas", " on study", " on studying", " on business_", " on holiday1", " on the holiday", " on student_ visa", " on é visa",
	"\ton\vvisas", " on visas\xff", " on 2 visas", " with visas", " withvisas", " по учебным визам", " по учебным", " по учебным ",
	" по  рабочим\tвизам приехали", " по учебнымвизам", " по делам", " по деловым вопросам", " по частным делам", " по частным ",
	" по гостевым\xffx", " по\vделам", " как туристы", " как туристыx", " туристами", " в качестве", " в качестве ",
	" в качестве обслуживающего", " в качестве а б в г д е", " в качестве а  б\tв", " в качестве а б ", " с целью учебы", " с целью",
	" с целью  x y", " транзитом", " на учебу", " на учёбу", " на навчання", " на  учебу", " з метою навчання", " з метою",
	"x on visas", "  on visas", "\fпо делам", " по робочим візах", " на учебу\xff",
}

// TestPurposeAfterSpace: purposeAfterSpace finds what the pattern does,
// in the samples and in every tail and head of each.
func TestPurposeAfterSpace(t *testing.T) {
	agreeingCuts(t, purposeSpaceSamples, true, purposeAfterSpace, purposeAfterSpaceRE.FindString, 60)
}

// FuzzPurposeAfterSpace checks purposeAfterSpace against the pattern.
func FuzzPurposeAfterSpace(f *testing.F) {
	fuzzAgreeing(f, purposeSpaceSamples, purposeAfterSpace, purposeAfterSpaceRE.FindString)
}
