package claim

import (
	"strings"
	"testing"
)

// containsAnyWord is what literalNeedles' in replaces: strings.Contains
// of each word.
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// literalLists are the word lists read by literalNeedles, and a few that
// test its edges (a word of one byte, one inside another, runes of two
// and three bytes first).
var literalLists = [][]string{
	{"abroad", "overseas", "worldwide", "around the world", "across the world", "globally"},
	{"short", "deficit", "gap of", "дефицит", "нехватк", "нестач", "дефіцит"},
	{"accounted for", "made up", "comprised", "represented", "составили", "составляли", "склали"},
	{"a", "ab", "b"},
	{"ё", "—x", "é"},
}

var literalTexts = []string{"", "a", "working abroad", "abroa", "abroad", "ABROAD", "over seas", "overseasx", "a shortfall",
	"нехватка кадров", "нехват", "дефіцит", "составили 10", "Составили", "made  up", "gap of 5", "gap o", "ёж", "е", "—x",
	"\xd0", "\xd0\xb4ефицит", "д\xffефицит", "b", "é", "e\u0301", "\xe2\x80—x"}

// needleCase is a text asked about the words of literalLists[list].
type needleCase struct {
	list int
	s    string
}

// literalNeedlesAgree checks the needles' in against strings.Contains of
// each word for the cases, returning how many hold a word.
func literalNeedlesAgree(t *testing.T, cases []needleCase) int {
	t.Helper()
	ns := make([]*needles, len(literalLists))
	for k, words := range literalLists {
		ns[k] = literalNeedles(words)
	}
	return agreeing(t, cases, func(c needleCase) bool { return ns[c.list].in(c.s) },
		func(c needleCase) bool { return containsAnyWord(c.s, literalLists[c.list]) })
}

// TestLiteralNeedles: in answers as strings.Contains of each word does,
// for every list and text and every text cut at each byte.
func TestLiteralNeedles(t *testing.T) {
	var cases []needleCase
	for k := range literalLists {
		for _, text := range literalTexts {
			for i := 0; i <= len(text); i++ {
				cases = append(cases, needleCase{k, text[i:]})
			}
		}
	}
	if hits := literalNeedlesAgree(t, cases); hits < 20 {
		t.Fatalf("only %d texts hold a word: the cases test little", hits)
	}
}

// FuzzLiteralNeedles checks in against strings.Contains of each word.
func FuzzLiteralNeedles(f *testing.F) {
	for _, s := range literalTexts {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cases := make([]needleCase, len(literalLists))
		for k := range cases {
			cases[k] = needleCase{k, s}
		}
		literalNeedlesAgree(t, cases)
	})
}
