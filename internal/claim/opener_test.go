package claim

import (
	"regexp"
	"strings"
	"testing"
)

// The patterns reckoning, comment, nextData and back read by hand.
var (
	nextDataRE  = regexp.MustCompile(`(?i)^(this|these|the|such|those|that)\s+(data|figures?|numbers?|statistics|information|estimates?|count|tally)\s+(was|were|is|are|has been|have been|had been|came|comes)\s+(reported|published|released|provided|compiled|cited|given|collected|announced|disclosed|made public|from)\s+(by\s+)?`)
	backRE      = regexp.MustCompile(`(?i)^(this|that|it)\s+(was|has been)\s+(reported|announced|stated|said|disclosed|confirmed|published)\s+by\s+`)
	reckoningRE = regexp.MustCompile(`(?i)^(that|this|it|which|это|то есть|це|тобто)(\s+(is|was|represents|means|amounts to|marks|означает|составляет|означає))?\s`)
	commentRE   = regexp.MustCompile(`(?i)^(that|this|it)\s+(is|was|represents|means|marks|amounts to)\s`)
)

// openerSamples are sentence openings at the patterns' edges: each word
// in changed case and under the folds outside ASCII (ſ for s, Cyrillic
// narrow o and tall te), white space of every kind (and
// \v, which is none) or none after each word, a word cut short or
// running on, bytes that are no UTF-8.
var openerSamples = []string{
	"", "that", "that ", "That is a twelvefold increase", "THIS WAS ", "thiſ was ", "It\tmeans\nx", "it  represents  x",
	"it\vis x", "it is", "it isx", "it is\fx", "Which is more", "which", "whichever is", "itis ", "it amounts to a lot",
	"it amounts  to x", "it amounts to", "That marks\r", "this marks", "Это в три раза больше", "ЭТО ", "это", "это означает рост",
	"то есть вдвое", "то  есть ", "Тᲂ есть ", "ᲄо есть ", "це означає ", "Це ", "цеx", "тобто\t", "тобто", "Тобто ",
	"this составляет ", "это составляет\u00a0", "этот ", "that\xff", "\xffthat ", "it\u2028", " it is ", "it\u00a0is ",
	"it was reported", "that was", "it, is ", "they are",
	"This data was reported by Interfax", "This data was reported by", "This data was reported by ", "these figures were released  by\tX",
	"The figure is from the ministry", "the figures is from", "The figuress were given by", "Such estimates have been made public by x",
	"such estimates have been made public", "such estimates have been made  public x", "Those numbers had been compiled byx",
	"That count came from Reuters", "That tally comes  from\n", "this information was cited by  the", "THE STATISTICS ARE COLLECTED BY AP",
	"thiſ data waſ reported by X", "This was reported by Interfax", "That has been announced by", "It was said by the", "it has  been stated by x",
	"It was confirmed byx", "it was published by\v", "This was disclosed  by  X", "this was reported", "the data are from\xff",
}

// TestOpener: reckoning and comment answer what their patterns do, in
// the samples, in every tail and head of each and in each lowered.
func TestOpener(t *testing.T) {
	samples := slicesConcat(openerSamples, strings.ToLower)
	agreeingCuts(t, samples, true, reckoning.opens, reckoningRE.MatchString, 60)
	agreeingCuts(t, samples, true, comment.opens, commentRE.MatchString, 15)
	agreeingCuts(t, samples, true, endOf(nextData), endByRE(nextDataRE), 40)
	agreeingCuts(t, samples, true, endOf(back), endByRE(backRE), 25)
}

// endOf is the end of o's match in a text, 0 for none (a match is never
// empty).
func endOf(o opener) func(string) int { return func(s string) int { return max(o.end(s), 0) } }

// endByRE is the end of re's match in a text, 0 for none.
func endByRE(re *regexp.Regexp) func(string) int {
	return func(s string) int {
		if m := re.FindStringIndex(s); m != nil {
			return m[1]
		}
		return 0
	}
}

// FuzzOpener checks reckoning, comment, nextData and back against their
// patterns.
func FuzzOpener(f *testing.F) {
	nd, b, ndh, bh := endByRE(nextDataRE), endByRE(backRE), endOf(nextData), endOf(back)
	fuzzAgreeing(f, openerSamples,
		func(s string) [4]int {
			return [4]int{boolInt(reckoning.opens(s)), boolInt(comment.opens(s)), ndh(s), bh(s)}
		},
		func(s string) [4]int {
			return [4]int{boolInt(reckoningRE.MatchString(s)), boolInt(commentRE.MatchString(s)), nd(s), b(s)}
		})
}

// boolInt is 1 for true, 0 for false.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// slicesConcat is ss followed by f of each.
func slicesConcat(ss []string, f func(string) string) []string {
	out := append([]string(nil), ss...)
	for _, s := range ss {
		out = append(out, f(s))
	}
	return out
}
