package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/rx"
	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// navCases are lines near and far from menus, breadcrumbs and tickers.
var navCases = []string{
	"Home / Asia / Korea", "News > World", "Home", "World | Asia | Subscribe", "Gale warning in 4 ports · EUR/NOK 11.6 · Bergen +3°C",
	"The ferry left at dawn, officials said", "Menu Search Newsletter", "a/b/c", "Home›Asia", "x → y → z", "1 • 2 • 3",
	"Port | 4", "no separator but 42 digits", "", "\xff | \xfe", "Home /\xffAsia / Korea",
}

// TestNavPrefiltersAgreeWithPatterns: breadcrumb, navLine and digitParts
// answer a line without separators as the split patterns do.
func TestNavPrefiltersAgreeWithPatterns(t *testing.T) {
	for _, s := range navCases {
		checkNav(t, s)
	}
}

func checkNav(t *testing.T, s string) {
	t.Helper()
	n := 0
	for _, p := range reBarSplit.Split(s, -1) {
		if hasDigit(p) {
			n++
		}
	}
	if got := digitParts(s); got != n {
		t.Errorf("digitParts(%q) = %d, the pattern's split gives %d", s, got, n)
	}
	if len(reCrumbSplit.Split(s, -1)) >= 2 && !containsAnyRune(s, crumbSeps) {
		t.Errorf("%q: the breadcrumb split finds a separator outside %q", s, crumbSeps)
	}
	if len(reBarSplit.Split(s, -1)) >= 3 && !containsAnyRune(s, barSeps) {
		t.Errorf("%q: the bar split finds a separator outside %q", s, barSeps)
	}
}

func containsAnyRune(s, set string) bool {
	for _, r := range s {
		for _, c := range set {
			if r == c {
				return true
			}
		}
	}
	return false
}

func FuzzNavPrefilters(f *testing.F) {
	for _, s := range navCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNav(t, s) })
}

// narrowCases reach every part of the narrowed boilerplate rules, in
// other cases and spellings (the long s and the Kelvin sign, which the
// patterns' case folding reads as "s" and "k").
var narrowCases = []string{
	"Sign in", "Please sign up", "LOGIN", "Log out", "Don't have an account? Register", "Forgot your password?",
	"Forgot password", "Enter your email", "Enter your details below", "Create a new password", "Already have an account",
	"Learn more about us", "Join our community of readers", "Join the fight for members", "Become a member", "Become a Patron",
	"Support independent journalism", "Sign up for our newsletter", "Subscribe to the daily briefing", "Newsletter",
	"Subscription", "Our subscribers", "Unlimited access", "Specialist news and analysis", "Premium content",
	"You might prefer the English version", "Would you like to switch?", "Switch to the English version", "Read in English",
	"ſign in", "We would like to ſwitch to the English verſion", "would you li\u212ae to switch?", "Learn more about our deſign",
	"The account was closed after the login failed", "They signed up for the daily paper", "", "\xff sign in",
}

// TestNarrowKeys: a text one of whose rule keys occurs and that its
// pattern matches holds one of the rule's narrowing substrings.
func TestNarrowKeys(t *testing.T) {
	texts := append(append([]string(nil), narrowCases...), fixtureParagraphs(t)...)
	n := 0
	for i := range rules {
		if len(rules[i].narrow) > 0 {
			n++
		}
	}
	if n == 0 {
		t.Fatal("no narrowed rule")
	}
	for _, s := range texts {
		checkNarrow(t, s)
	}
}

func checkNarrow(t *testing.T, s string) {
	t.Helper()
	low := strings.ToLower(s)
	for i := range rules {
		rl := &rules[i]
		if len(rl.narrow) == 0 || !rl.re.MatchString(s) {
			continue
		}
		keyed := false
		for _, k := range rl.keys {
			keyed = keyed || strings.Contains(low, k)
		}
		if keyed && !rl.narrowHit(low) {
			t.Errorf("%q: %s matches, one of its keys occurs, none of its narrowing substrings %q", s, rl.reason, rl.narrow)
		}
	}
}

func FuzzNarrowKeys(f *testing.F) {
	for _, s := range narrowCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNarrow(t, s) })
}

// fixtureParagraphs are the lines of the Wikinews sample and of the dev
// sets' documents, when they are at hand.
func fixtureParagraphs(t *testing.T) []string {
	var out []string
	if sharedtest.Dir("data/wikinews-sample") != "" {
		for _, a := range sharedtest.Wikinews(t) {
			out = append(out, strings.Split(a.Title+"\n"+a.Text, "\n")...)
		}
	}
	for _, set := range []string{"dev/docs", "dev-ru/docs", "seeds"} {
		dir := sharedtest.Dir(set)
		if dir == "" {
			continue
		}
		files, _ := filepath.Glob(filepath.Join(dir, "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				out = append(out, strings.Split(string(b), "\n")...)
			}
		}
	}
	return out
}

// TestPatternsCompile: every pattern of the package compiles (rx works
// them out at their first use only).
func TestPatternsCompile(t *testing.T) { rx.Check() }

// TestFewKeysAreTheEligibleKeys: for every word count whose rules have a
// few keys, fewKeys holds a text exactly when strings.Contains finds one
// of the keys of the rules a paragraph of as many words is eligible for;
// and it holds such a set for the counts of long paragraphs.
func TestFewKeysAreTheEligibleKeys(t *testing.T) {
	texts := append(append([]string(nil), narrowCases...), fixtureParagraphs(t)...)
	texts = append(texts, "we use cookies to improve", "your browser is out of date", "enable javascript", "x internet explorer", "we recommend using")
	sets, held := 0, 0
	for words, k := range fewKeys {
		if k == nil {
			continue
		}
		sets++
		for _, s := range texts {
			if checkFewKeys(t, words, strings.ToLower(s)) {
				held++
			}
		}
	}
	if sets == 0 || held < 5 {
		t.Errorf("%d sets, %d texts holding a key: the test reads too few", sets, held)
	}
	if fewKeys[50] == nil {
		t.Error("no set of keys for a paragraph of 50 words")
	}
	if fewKeys[50] != fewKeys[51] {
		t.Error("the counts of one band of rules do not share their set of keys")
	}
}

// checkFewKeys fails t when fewKeys[words] answers low otherwise than a
// strings.Contains of each eligible key, and reports whether it holds one.
func checkFewKeys(t *testing.T, words int, low string) bool {
	t.Helper()
	want := false
	for _, rl := range rules {
		if words <= rl.maxWords {
			for _, key := range rl.keys {
				want = want || strings.Contains(low, key)
			}
		}
	}
	if got := fewKeys[words].In(low); got != want {
		t.Fatalf("fewKeys[%d].In(%q) = %v, strings.Contains of the keys %v", words, low, got, want)
	}
	return want
}

func FuzzFewKeys(f *testing.F) {
	f.Add(50, "we use cookies")
	f.Add(65, "x javascript y")
	f.Fuzz(func(t *testing.T, words int, low string) {
		if words >= 0 && words < len(fewKeys) && fewKeys[words] != nil {
			checkFewKeys(t, words, low)
		}
	})
}

// TestByWordsIsTheRules: byWords gives, for every word count, the rules
// whose maxWords admit it, parted by whether they have keys, and the
// number of their keys, as a loop over the rules finds them.
func TestByWordsIsTheRules(t *testing.T) {
	most := 0
	for _, rl := range rules {
		most = max(most, rl.maxWords)
	}
	for words := 0; words <= most+3; words++ {
		var keyed, unkeyed uint32
		nkeys := 0
		for i, rl := range rules {
			if words > rl.maxWords {
				continue
			}
			if len(rl.keys) > 0 {
				keyed |= 1 << i
				nkeys += len(rl.keys)
			} else {
				unkeyed |= 1 << i
			}
		}
		got := byWords[min(words, len(byWords)-1)]
		if got.keyed != keyed || got.unkeyed != unkeyed || got.nkeys != nkeys {
			t.Errorf("byWords for %d words = %+v, want keyed %b unkeyed %b nkeys %d", words, got, keyed, unkeyed, nkeys)
		}
	}
	if byWords[len(byWords)-1] != (wordRules{}) {
		t.Errorf("byWords' last entry %+v, want no rule (above every maxWords)", byWords[len(byWords)-1])
	}
}
