package meta

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// datelineRef is a dateline pattern read by hand (placeLed) and the
// pattern it reads, whole, as FindDateline matched it before.
type datelineRef struct {
	name  string
	pl    *placeLed
	whole *regexp.Regexp
}

var datelineRefs = sync.OnceValue(func() []datelineRef {
	return []datelineRef{
		{"agency", dlAgency, regexp.MustCompile(`^\s*(?:(` + placeRE + `)(?:,\s*` + dlDateRE + `\.?,?)?\s*)?(?:\((` + agencyRE + `)\)|/(` + agencyRE + `)/)\s*` + sepRE + `\s*`)},
		{"date", dlDate, regexp.MustCompile(`^\s*(` + placeRE + `),\s*` + dlDateRE + `\s*(?:-{1,2}|–|—)\s*`)},
		{"date agency", dlDateAgency, regexp.MustCompile(`^\s*(` + placeRE + `),\s*` + dlDateRE + `\s*(?:-{1,2}|–|—)\s*(` + agencyRE + `)\.(?:\s+|$)`)},
		{"dotted", dlDotted, regexp.MustCompile(`^\s*(` + placeRE + `)\.\s*` + dlDateRE + `\.\s*(` + agencyRE + `)\s*(?:-{1,2}|–|—)\s*`)},
	}
})

// placeCases are places and near-places: more words and parts than the
// pattern takes, marks, stops and hyphens inside and after a word, white
// space after the comma, bytes that are not UTF-8.
var placeCases = []string{
	"SEOUL", "Seoul, Feb 14 (EFE).- x", "A B C D E, June 2 (AP) -", "A/B/C/D/E, June 2 (AP) -", "A/b, June 2 (AP) -",
	"Port, East Side, North Bay Town, May 5 -- x", "Port,\t\nEast Bay, May 5 -- x", "Port, east, May 5 -- x",
	"St.-Petersburg. 9 февраля. INTERFAX.RU - x", "МОСКВА. 9 февраля. INTERFAX.RU - x", "A.. 9 May. AP - x",
	"Côte d'Ivoire, May 5 -- x", "Cafe\u0301, May 5 -- x", "O’Neill (Reuters) -", "PORT HARBOUR (Reuters) -",
	"Port Harbour (Reuters) -", "Port , May 5 -- x", "Port,May 5 -- x", "Port, May 5 2024 — Укрінформ. x",
	"Київ, 14 листопада 2025 — Укрінформ.", "Київ, 14 листопада 2025 — Укрінформ.x", " ,June 2 (AP) -",
	"/Ukrinform/ - x", "  (AP) - x", "Port/\xffA, May 5 -- x", "Port\xc3, May 5 -- x", "Port/ May 5 -- x",
	"A B/C D/E/F G, H I J K, May 5 (AP) -", "Port, 28-year-old Ann (AP) -", "Port, 123 May (AP) -", "Port, 1\tMay 2 (AP) -",
	"Port. 9\nмая. ТАСС - x", "Port, (AP) -", "Port ,(AP) -", "Port \t(AP) -", "Port, 12 мая 2024 — ТАСС. x", "Port,  MAY 2 -- x",
	"Port, 2 ſeptember -- x", "Port, Mayo 2 -- x", "Port. May 2. AP - x", "Port.9 May. AP - x", "ǅemal, May 5 (AP) -", "Ⅻ, May 5 -- x", "PORT-", "P", "Port, ", "Port ,",
}

func checkPlaceLed(t *testing.T, s string) {
	t.Helper()
	for _, d := range datelineRefs() {
		if got, want := d.pl.submatchIndex(s), d.whole.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("%s: submatchIndex(%q) = %v, the pattern %v", d.name, s, got, want)
		}
		if got, want := d.pl.submatch(s), d.whole.FindStringSubmatch(s); !slices.Equal(got, want) || (got == nil) != (want == nil) {
			t.Errorf("%s: submatch(%q) = %q, the pattern %q", d.name, s, got, want)
		}
	}
}

// TestPlaceLedMatchesPattern: each dateline pattern read by hand answers
// as the whole pattern, on the cases and on every one of their prefixes.
func TestPlaceLedMatchesPattern(t *testing.T) {
	matched := 0
	for _, c := range append(placeCases, datelineCases...) {
		for e := len(c); e >= 0; e-- {
			checkPlaceLed(t, c[:e])
		}
		for _, d := range datelineRefs() {
			if d.whole.MatchString(c) {
				matched++
			}
		}
	}
	if matched < 20 {
		t.Errorf("only %d matches of the whole patterns: the test compares too little", matched)
	}
}

// TestPlaceLedOnWikinews: the same on every line of the Wikinews sample
// and on each line in capitals (the lines mayOpenDateline passes are the
// ones FindDateline reads).
func TestPlaceLedOnWikinews(t *testing.T) {
	n := 0
	for _, line := range wikinewsLines(t) {
		for _, s := range []string{line, strings.ToUpper(line)} {
			checkPlaceLed(t, s)
			if mayOpenDateline(s) {
				n++
			}
		}
	}
	if n == 0 {
		t.Error("no Wikinews line may open a dateline: the test compares little")
	}
}

// TestPlacePartsEnds: the ends placeParts gives are exactly the ends of
// s's prefixes the place pattern matches whole.
func TestPlacePartsEnds(t *testing.T) {
	whole := regexp.MustCompile(`^(?:` + placeRE + `)$`)
	for _, s := range placeCases {
		checkPlaceEnds(t, whole, s)
	}
}

func checkPlaceEnds(t *testing.T, whole *regexp.Regexp, s string) {
	t.Helper()
	var parts [placeMaxParts]placeSpan
	var got, want []int
	n := placeParts(s, 0, &parts)
	for _, p := range parts[:n] {
		for e := p.from; e <= p.to; e++ {
			if e == p.to || utf8.RuneStart(s[e]) {
				got = append(got, e)
			}
		}
	}
	for e := 0; e <= len(s); e++ {
		if whole.MatchString(s[:e]) {
			want = append(want, e)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("placeParts(%q): ends %v, the pattern's %v", s, got, want)
	}
}

func FuzzPlaceLed(f *testing.F) {
	for _, s := range append(placeCases, datelineCases...) {
		f.Add(s)
	}
	whole := regexp.MustCompile(`^(?:` + placeRE + `)$`)
	f.Fuzz(func(t *testing.T, s string) {
		checkPlaceLed(t, s)
		checkPlaceEnds(t, whole, s)
	})
}
