package clean

import (
	"testing"
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
