package rx

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// caselessAlts are alternations of words as the date patterns write them:
// English, Cyrillic, runes whose orbits hold three runes (k, K and the
// Kelvin sign; s, S and the long s), an apostrophe class and spaces.
var caselessAlts = []string{
	"september|sept|sep|march|mar|may",
	"понедельник|воскресенье|п['’ʼ]ятниця|вівторок|субота",
	"kelvin|ks|ss|straße|ǆemal|ίσος|a b",
	"x",
}

// variants are s in upper and title case and with each rune, one at a
// time, turned into each other rune of its fold orbit.
func variants(s string) []string {
	out := []string{s, strings.ToUpper(s), strings.ToTitle(s), strings.ToLower(s), s + "x", "x" + s, s[:len(s)/2]}
	rs := []rune(s)
	for i, r := range rs {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			v := append([]rune(nil), rs...)
			v[i] = f
			out = append(out, string(v))
		}
	}
	return out
}

func checkCaseless(t *testing.T, alt, s string) {
	t.Helper()
	folded := regexp.MustCompile(`^(?i:` + alt + `)$`)
	written := regexp.MustCompile(`^(?:` + Caseless(alt) + `)$`)
	if got, want := written.MatchString(s), folded.MatchString(s); got != want {
		t.Errorf("Caseless(%q) on %q: %v, (?i) %v", alt, s, got, want)
	}
}

// TestCaselessIsFoldCase: the written classes match every variant of
// every word (and near misses) exactly as (?i) does.
func TestCaselessIsFoldCase(t *testing.T) {
	for _, alt := range caselessAlts {
		for _, w := range strings.Split(regexp.MustCompile(`\[[^]]*\]`).ReplaceAllString(alt, "'"), "|") {
			for _, s := range variants(w) {
				checkCaseless(t, alt, s)
			}
		}
	}
	if got := Caseless("ks"); got != "[k\u212aK][s\u017fS]" { // each orbit in SimpleFold's order
		t.Errorf("Caseless(ks) = %q", got)
	}
	for _, bad := range []string{"a.b", "(a)", "a+", "[k]", "[a", `a\b`, "a-b"} {
		mustPanic(t, "Caseless", bad, func(s string) { Caseless(s) })
	}
}

func FuzzCaseless(f *testing.F) {
	for _, alt := range caselessAlts {
		for _, s := range variants(strings.Split(alt, "|")[0]) {
			f.Add(s)
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, alt := range caselessAlts {
			checkCaseless(t, alt, s)
		}
	})
}
