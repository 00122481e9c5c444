package meta

import (
	"regexp"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// bioRefs are the two author-bio patterns whole, as AuthorBio matched
// them before bioNameEnd read the name.
var bioRefs = sync.OnceValue(func() [2]*regexp.Regexp {
	return [2]*regexp.Regexp{
		regexp.MustCompile(`^([\p{Lu}][\p{L}\p{M}.'’\-]+(?: [\p{Lu}][\p{L}\p{M}.'’\-]+){0,3}) is (?:an? |the )?(?:[\p{Ll}\- ]+ )?(?:(?:for|at|with) )?([\p{Lu}][\p{L}\p{M}&.'’\-]*(?: [\p{Lu}][\p{L}\p{M}&.'’\-]*){0,3})(?:'s)? (?:(?:senior|chief|staff|contributing|special|freelance|foreign|political|deputy|managing|news) )*(?:contributor|correspondent|reporter|columnist|writer|editor|journalist|analyst|producer|photographer|bureau chief)\b`),
		regexp.MustCompile(`^([\p{Lu}][\p{L}\p{M}.'’\-]+(?: [\p{Lu}][\p{L}\p{M}.'’\-]+){0,3}) is (?:an? |the )?(?:[\p{Ll}\- ]+ )?(?:contributor|correspondent|reporter|columnist|writer|editor|journalist|analyst|producer|photographer|bureau chief|fellow|researcher) (?:at|for|with) (?:the )?([\p{Lu}][\p{L}\p{M}&.'’\-]*(?: [\p{Lu}][\p{L}\p{M}&.'’\-]*){0,3})`),
	}
})

// authorBioRef is AuthorBio as it read the whole patterns.
func authorBioRef(p string) (author, outlet string, ok bool) {
	p = strings.TrimSpace(p)
	if !mayBeBio(p) {
		return "", "", false
	}
	for _, re := range bioRefs() {
		if m := re.FindStringSubmatch(p); m != nil {
			return m[1], strings.TrimSuffix(strings.TrimSuffix(m[2], "’s"), "'s"), true
		}
	}
	return "", "", false
}

var bioCases = []string{
	"Lena Park is a Harbour Wire correspondent based in Busan.", "Lena Park is a reporter at Harbour Monitor covering ports.",
	"Lena Park is a staff writer for The Harbour Times.", "Lena Park is a data reporter with the Port News.",
	"Ann-Marie O’Neill is the Harbour Times’s chief correspondent.", "Ann-Marie O'Neill is the Harbour Times's news editor.",
	"Ann Lee Mary Sue is a reporter at Port News.", "Ann Lee Mary Sue Kay is a reporter at Port News.",
	"A is a reporter at Port News.", "Jo B is a reporter at Port News.", "Lena  Park is a reporter at Port News.",
	"Lena Park is  a reporter at Port News.", "Lena Park is a reporter", "Lena Park is a fellow at the Port Institute.",
	"Lena Park is a fellow of the Port Institute.", "Lena Park is a reporter for Port News’s editor", "Lena Park is Port News editorial",
	"EFF is yet to respond to Wikinews queries, a contributor said.", "Zoë Côte\u0301 is a freelance photographer for Agence Port.",
	"Carroll is an Evangelical Christian. During a 44 year career as a writer", "Lena Park is a reporter, at Port News.",
	"Lena Park is a Port News 2 writer", "Lena Park is a Port News & Co writer", "Lena Park is the Port-News’ writer",
	"Lena Park is an editor at Port News", "Lena Park is an editor at, Port News", "Lena Park is a writer",
	"Lena Park\tis a reporter at Port News.", "Lena Park is a reporter at port news.", "LENA PARK is a reporter at PORT NEWS",
	"The ferry is a lifeline for the islands.", "Lena\xff Park is a reporter at Port News.", "Lena Park is a bureau chief at Port News.",
}

func checkAuthorBio(t *testing.T, s string) {
	t.Helper()
	a, o, ok := AuthorBio(s)
	ra, ro, rok := authorBioRef(s)
	if a != ra || o != ro || ok != rok {
		t.Errorf("AuthorBio(%q) = %q %q %v, the whole patterns %q %q %v", s, a, o, ok, ra, ro, rok)
	}
}

// TestAuthorBioMatchesPatterns: AuthorBio answers as the whole patterns
// on the cases, every prefix of them, and every line of the Wikinews
// sample.
func TestAuthorBioMatchesPatterns(t *testing.T) {
	found := 0
	for _, c := range bioCases {
		for e := len(c); e >= 0; e-- {
			checkAuthorBio(t, c[:e])
		}
		if _, _, ok := authorBioRef(c); ok {
			found++
		}
	}
	if found < 10 {
		t.Errorf("the whole patterns read only %d cases: the test compares too little", found)
	}
	for _, line := range wikinewsLines(t) {
		checkAuthorBio(t, line)
	}
}

// wikinewsLines are the lines of the Wikinews sample's articles.
func wikinewsLines(t testing.TB) []string {
	var lines []string
	for _, a := range sharedtest.Wikinews(t) {
		lines = append(lines, strings.Split(a.Text, "\n")...)
	}
	return lines
}

// TestBioNameEnd: the name bioNameEnd reads is the one the name pattern
// matches before " is ".
func TestBioNameEnd(t *testing.T) {
	name := regexp.MustCompile(`^(` + bioNameRE + `) is `)
	for _, c := range bioCases {
		want := -1
		if m := name.FindStringSubmatchIndex(c); m != nil {
			want = m[3]
		}
		if got := bioNameEnd(c); got != want {
			t.Errorf("bioNameEnd(%q) = %d, the pattern %d", c, got, want)
		}
	}
}

func FuzzAuthorBio(f *testing.F) {
	for _, s := range bioCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkAuthorBio(t, s) })
}
