package claim

import (
	"regexp"
	"testing"
)

// headlineRE is the pattern headlineSuffix reads by hand.
var headlineRE = regexp.MustCompile(`(?::|\s[—–-])\s*[«"“]?([\p{Lu}][\p{L}.&'’\- ]{0,40}?)[»"”]?$`)

// headlineSamples are headlines at the pattern's edges: colons and
// dashes of each kind, with white space of every kind (and \v, which is
// none) or none, quotes opening and closing, a source of 40 and 41 runes
// after its capital, several colons, upper case outside ASCII and runes
// outside the class, bytes that are no UTF-8.
var headlineSamples = []string{
	"", ":", ": ", ": A", "Shells sent: Zelensky", "Shells sent:Zelensky", "Shells sent — ГУР", "Shells sent – Kyiv Post",
	"Shells sent - Reuters", "Shells sent -Reuters", "Shells sent—Reuters", "Shells\t—\tAP", "Shells\v— AP", "x —\n\r\fAP",
	"Shells sent: «Интерфакс»", "Shells sent: \"AP\"", "Shells sent: “AP”", "Shells sent: “AP", "Shells sent: AP”", "Shells: AP»x",
	"Shells: AP»»", "Shells: «»", "Shells: «AP", "Shells: ««AP", "Shells: AP.", "Shells: A&P", "Shells: O’Neil", "Shells: O'Neil",
	"Shells: al-Jazeera", "Shells: Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", "Shells: Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
	"Shells: Ббббббббббббббббббббббббббббббббббббббб", "Shells: Бббббббббббббббббббббббббббббббббббббббб",
	"Shells: Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb»", "Shells: Bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb»",
	"a: b: C", "X: Foo: Bar", "X: Foo - Bar", "X — Foo: Bar", "X: Foo, Bar", "X: Foo 2", "X: ǅungla", "X: Ǆ", "X: Éric",
	"X: É\xff", "X: \xffA", "X: A\xff", "X: A\u00a0B", "X: A\u2028", "X: A\tB", "X: a", "X: 1A", "X:  \"  A", "X : A",
	"X -: A", "X - - A", "X  -  -A", "X: Ꭰ", "X: A\u0301",
}

// TestHeadlineSuffix: headlineSuffix finds the group the pattern does, in
// the samples and in every tail and head of each.
func TestHeadlineSuffix(t *testing.T) {
	agreeingCuts(t, headlineSamples, true, headlineBounds, headlineByRE, 60)
}

// FuzzHeadlineSuffix checks headlineSuffix against the pattern.
func FuzzHeadlineSuffix(f *testing.F) { fuzzAgreeing(f, headlineSamples, headlineBounds, headlineByRE) }

// headlineBounds and headlineByRE are headlineSuffix's and the
// pattern's group bounds, zero for none (a group starts after the colon
// or dash, never at 0).
var headlineBounds, headlineByRE = handBounds(headlineSuffix), reBounds(headlineRE, 2, 3)
