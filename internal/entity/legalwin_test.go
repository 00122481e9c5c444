package entity

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// legalWindowCases are texts that test the window edges: long prefixes,
// number lists, matches right after matches, cues inside words, cues no
// match holds, white space runs and the long s.
var legalWindowCases = []string{
	"The council adopted resolution 1234 in March.",
	"Under the twentieth operative paragraph of the United Nations Security Council sanctions resolution 2101 (2014), trade stopped.",
	"the  sixth \n paragraph   of   the\tU.N.  Security  Council resolutions 2001,2002 and 2003 & 2004 as well as No. 2005, operative paragraph 12 apply",
	"resolution 2111resolution 2112 and resolutions 2113",
	"UNSCRs 2099 and 2098; unscr 2097. Conflict resolution matters; irresolution 2096 is no reference.",
	"A resolution was tabled. Paragraph 4 of resolution 2090 and the 3rd paragraph of resolution 2091.",
	"resolution 2080 was cited, reſolution 2081 too",
	"paragraph 9 of resolution 2070 resolution 2071 resolution",
	"(UN resolution 2060) [General Assembly resolution 2061]",
	"resolutions 2050 and the other decisions, resolution",
	"2397resolution 2040",
	"resolution\t\tNo. 12 and resolutionS 2041, resolution no2042, resolution,2043 resolution NO 2044 resolution",
	"UNSCRS 2045 unscr\n2046 UNSCR-2047 resolution\fnO.2048",
	strings.Repeat("word ", 40) + "resolution 2030 " + strings.Repeat("and ", 30) + "2031",
}

func legalWindowsEqual(t *testing.T, text string) {
	t.Helper()
	want := legalRe.FindAllStringSubmatchIndex(text, -1)
	got := legalMatches(text, nil)
	if len(want) == 0 && len(got) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%.80q: windows give %v, the whole text %v", text, got, want)
	}
}

// TestLegalWindowsMatchWholeText checks that the pattern run on windows
// around the cues finds what it finds on the whole text, on our own cases
// and on every Wikinews article.
func TestLegalWindowsMatchWholeText(t *testing.T) {
	for _, c := range legalWindowCases {
		legalWindowsEqual(t, c)
	}
	if sharedtest.Dir("data/wikinews-sample") == "" {
		t.Log("../shared/data/wikinews-sample absent: only the written cases checked")
		return
	}
	for _, a := range sharedtest.Wikinews(t) {
		legalWindowsEqual(t, a.Title+"\n\n"+a.Text)
	}
}

func FuzzLegalWindows(f *testing.F) {
	for _, c := range legalWindowCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) { legalWindowsEqual(t, s) })
}

// TestFindLegalStops: the resolution search asks whether to stop between
// its windows and ends when told.
func TestFindLegalStops(t *testing.T) {
	text := strings.Repeat("The Security Council cited resolution 2094 and resolution 2087 again. ", 2000)
	asked := 0
	refs := findLegal(text, func(n int) bool { asked++; return n >= 64<<6 })
	if asked == 0 || len(refs) == 0 || len(refs) >= 4000 {
		t.Errorf("asked %d times, %d references (of 4000): want a stop after some", asked, len(refs))
	}
	if all := findLegal(text, nil); len(all) != 4000 {
		t.Errorf("%d references without a stop, want 4000", len(all))
	}
}

// unCueCases are texts on the edges of the UN cue: word boundaries,
// dots, white space runs, case.
var unCueCases = []string{
	"the Security  Council met", "insecurity\tcouncil", "security council", "securitycouncil", "UNSC", "the unsc's vote", "UNSCR 2397",
	"xUNSC", "UNSC_", "U.N.", "U.N", "UN", "un.", "U.Nx", "U.N.x", "U.N.1", "u.n_", "(UN)", "tuna", "Una", "the UN's",
	"United\n\nNations", "unitednations", "General Assembly", "general\rassembly", "generalassembly", "U", "", "éUN", "UNé",
	"reſolution of the Security Council", "U..N", "U. N.",
}

// TestNamesUNIsTheRegexp: namesUN answers as unCue.MatchString on our
// cases and on every Wikinews article.
func TestNamesUNIsTheRegexp(t *testing.T) {
	for _, c := range unCueCases {
		if got, want := namesUN(c, nil), unCue.MatchString(c); got != want {
			t.Errorf("namesUN(%q) = %v, the regexp says %v", c, got, want)
		}
	}
	if sharedtest.Dir("data/wikinews-sample") == "" {
		return
	}
	for _, a := range sharedtest.Wikinews(t) {
		if got, want := namesUN(a.Text, nil), unCue.MatchString(a.Text); got != want {
			t.Errorf("%s: namesUN %v, the regexp %v", a.URL, got, want)
		}
	}
}

func FuzzNamesUN(f *testing.F) {
	for _, c := range unCueCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := namesUN(s, nil), unCue.MatchString(s); got != want {
			t.Errorf("namesUN(%q) = %v, the regexp says %v", s, got, want)
		}
	})
}
