package claim

import (
	"regexp"
	"strings"
	"testing"
)

// The patterns reckoning and comment read by hand.
var (
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
}

// TestOpener: reckoning and comment answer what their patterns do, in
// the samples, in every tail and head of each and in each lowered.
func TestOpener(t *testing.T) {
	samples := slicesConcat(openerSamples, strings.ToLower)
	agreeingCuts(t, samples, true, reckoning.opens, reckoningRE.MatchString, 60)
	agreeingCuts(t, samples, true, comment.opens, commentRE.MatchString, 15)
}

// FuzzOpener checks reckoning and comment against their patterns.
func FuzzOpener(f *testing.F) {
	fuzzAgreeing(f, openerSamples, func(s string) [2]bool { return [2]bool{reckoning.opens(s), comment.opens(s)} },
		func(s string) [2]bool { return [2]bool{reckoningRE.MatchString(s), commentRE.MatchString(s)} })
}

// slicesConcat is ss followed by f of each.
func slicesConcat(ss []string, f func(string) string) []string {
	out := append([]string(nil), ss...)
	for _, s := range ss {
		out = append(out, f(s))
	}
	return out
}
