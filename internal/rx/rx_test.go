package rx

import (
	"reflect"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

var patterns = []string{
	`(?i)^(?:share|tweet|email)(?:[\s,|]+(?:share|tweet))*:?$|(?i)^(?:поділитися|поделиться)$`,
	`^(?i:file photo|photo|image)[\s\p{Z}]*[:\-–—]`,
	`^[^\p{L}\p{N}]*\d[\d.,]*$`,
	`^\(?(?i:reporting by|editing by|story by)`,
	`(?i)\bcookies?\b`, // not anchored: no test
	`^$`,
	`^(?:a|)b?`, // may match the empty text
	`(?m)^share$`,
	`^(?i:kelvin|sun)`,
	`^(?:menu|home|search)\b.{0,20}$`,
	`^(?i:by)[\s\p{Z}]+([\p{Lu}][\p{L}.'’\-]+)(?:[\s\p{Z}]*,[\s\p{Z}]*(\p{Lu}+))?$`,
	`^\d{1,2}\+$|^x\B`,
	`^(?:ab|a)*?c`,
	`^.{30}z`,                     // longer than the prefix run
	`(?i)^\b(?:ab|c)|^[^a-z]\B\d`, // assertions before the first rune
}

var texts = []string{
	"", "share", "SHARE, tweet", "Поделиться", "ПОДІЛИТИСЯ", "File photo: the quay", "photo - ", "(Reporting by Lena Park)",
	"reporting by", "We use cookies", "12,000 views", "👁 18.4K", "\u212aelvin", "ſun", "Sun", "xshare", "\xffbad",
	"\nshare", "line one\nshare", strings.Repeat("long text ", 50),
	"menu", "menus", "home | world", "home, world and more of the news today", "By Lena Park", "by lena park", "By  Ana Ode, AP",
	"18+", "18+ ", "xy", "x y", "x", "ababac", "ababa", strings.Repeat("y", 30) + "z", strings.Repeat("y", 31),
	"Share this", "share on", "share, tweet:", "AB", "c", "-1", "-x", "+", "ä",
}

// TestAnchoredAgreesWithRegexp: behind its first-rune test the pattern
// answers as the plain regexp.
func TestAnchoredAgreesWithRegexp(t *testing.T) {
	for _, p := range patterns {
		a := MustCompile(p)
		for _, s := range texts {
			if got, want := a.MatchString(s), a.Regexp().MatchString(s); got != want {
				t.Errorf("%q on %q: %v, regexp %v", p, s, got, want)
			}
		}
	}
}

// TestAnchoredRulesOut: the test applies to anchored patterns only, and
// rules out texts at their first rune.
func TestAnchoredRulesOut(t *testing.T) {
	tests := []struct {
		pattern, text string
		applies, may  bool
	}{
		{patterns[0], "Ferry left.", true, false},
		{patterns[0], "Share, tweet", true, true},
		{patterns[0], "Share this", true, false}, // ruled out at its seventh rune
		{patterns[3], "Reporting by Ana Ode", true, true},
		{patterns[3], "Reporters said", true, false},
		{patterns[9], "Homeland security", true, false}, // \b after "home"
		{patterns[9], "home | world", true, true},
		{patterns[9], "Home | World", true, false}, // case matters
		{patterns[11], "18+", true, true},
		{patterns[11], "1.8", true, false},
		{patterns[11], "xy", true, true},
		{patterns[11], "x y", true, false},                  // \B fails between "x" and a space
		{patterns[13], strings.Repeat("y", 40), true, true}, // past the prefix run: left to the regexp
		{patterns[4], "The ferry left.", false, true},
		{patterns[6], "The ferry left.", false, true},
		{patterns[7], "The ferry left.", false, true},
		{patterns[8], "\u212aelvin", true, true},
	}
	for _, tt := range tests {
		a := MustCompile(tt.pattern)
		if a.Applies() != tt.applies || a.MayMatch(tt.text) != tt.may {
			t.Errorf("%q on %q: applies %v may %v, want %v %v", tt.pattern, tt.text, a.Applies(), a.MayMatch(tt.text), tt.applies, tt.may)
		}
	}
}

func FuzzAnchored(f *testing.F) {
	for _, s := range texts {
		f.Add(s)
	}
	compiled := make([]*Anchored, len(patterns))
	for i, p := range patterns {
		compiled[i] = MustCompile(p)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, a := range compiled {
			if got, want := a.MatchString(s), a.Regexp().MatchString(s); got != want {
				t.Fatalf("%q on %q: %v, regexp %v", patterns[i], s, got, want)
			}
		}
	})
}

// TestASCIITakenAgreesWithMatchRune: the prefix run's table of ASCII
// runes is what each instruction's MatchRune answers.
func TestASCIITakenAgreesWithMatchRune(t *testing.T) {
	for _, p := range append(patterns, `^(?:(?i)[a-fk]x|(?i)s|[^\p{L}]|.)`, `(?s)^.`, `^\x{212a}`, `^[?-A0-9\x7f]`, `^[\x00-\x{10FFFF}]`, `^[ -~\p{Cyrillic}]`, `^[\x00]`) {
		a := MustCompile(p)
		a.setUp()
		if a.prog == nil {
			continue
		}
		for pc := range a.prog.Inst {
			in := &a.prog.Inst[pc]
			set := asciiTaken(in)
			for c := rune(0); c < 128; c++ {
				want := false
				switch in.Op {
				case syntax.InstRune, syntax.InstRune1, syntax.InstRuneAny, syntax.InstRuneAnyNotNL:
					want = readsRune(in, c)
				}
				if got := set[c/64]&(1<<(c%64)) != 0; got != want {
					t.Errorf("%q inst %d (%v) on %q: table %v, MatchRune %v", p, pc, in.Op, c, got, want)
				}
			}
		}
	}
}

// TestPrefixRunDecides: within its bounds the prefix run answers both
// ways, as the regexp does, and the regexp is not compiled for texts it
// answers; past them it leaves the text to the regexp.
func TestPrefixRunDecides(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          int
	}{
		{patterns[0], "share", match},
		{patterns[0], "SHARE, tweet", match},
		{patterns[0], "share this", noMatch},
		{patterns[3], "(Reporting by Lena Park)", match}, // the pattern ends after "by"
		{patterns[9], "home | world", match},
		{patterns[9], "home", match},
		{patterns[9], "home " + strings.Repeat("x", 15), match},
		{patterns[9], "home " + strings.Repeat("x", 30), noMatch}, // dead at its 25th rune
		{patterns[11], "18+", match},
		{patterns[11], "18+ ", noMatch},
		{patterns[13], strings.Repeat("y", 30) + "z", undecided},
		{patterns[4], "We use cookies", undecided}, // not anchored: no run
	}
	for _, tt := range tests {
		a := MustCompile(tt.pattern)
		if got := a.decide(tt.text); got != tt.want {
			t.Errorf("%q on %q: decided %d, want %d", tt.pattern, tt.text, got, tt.want)
		}
		if got, want := a.MatchString(tt.text), regexp.MustCompile(tt.pattern).MatchString(tt.text); got != want {
			t.Errorf("%q on %q: %v, regexp %v", tt.pattern, tt.text, got, want)
		}
		if compiled := a.re != nil; compiled != (tt.want == undecided) {
			t.Errorf("%q after %q: regexp compiled %v, want %v", tt.pattern, tt.text, compiled, tt.want == undecided)
		}
	}
}

var keyCases = []string{"", "a", "from left to right", "the pilot poses for a photo", "FROM LEFT", "xfrom lefx", "опубликовано 3 марта",
	"업데이트 2024", "in this", "in this picture", "fro", "\xff\xfe", "left"}

var keyLists = [][]string{
	{"from left", "from right", "left to right", "poses for a photo", "in this "},
	{"publi", "posted", "опублик", "업데이트", "mis à jour"},
	{"ab", "abc", "ba"},
	{"aaa", "aab", "baaab"},
	{"xyzw", "zzzz", "wxyzz", "zw z"},
	manyKeys,
}

// manyKeys hold more than 255 pairs within their first step bytes: they
// are read as KeyBits reads them.
var manyKeys = func() (ks []string) {
	x := uint32(1)
	l := func() byte { x = x*1103515245 + 12345; return byte('a' + x>>16%26) }
	for range 100 {
		ks = append(ks, string([]byte{l(), l(), l(), l(), 'q'}))
	}
	return ks
}()

// TestKeysStride: sets of keys three bytes long or more are read with the
// stride of their shortest key (less one), unless they hold too many
// pairs; the strided reading agrees with strings.Contains where a key
// stands at each place of a text.
func TestKeysStride(t *testing.T) {
	for _, c := range []struct {
		keys []string
		step int
	}{{keyLists[0], 7}, {keyLists[1], 4}, {keyLists[2], 0}, {keyLists[3], 2}, {keyLists[4], 3}, {manyKeys, 0}} {
		k := NewKeys(c.keys...)
		if k.step != c.step {
			t.Errorf("%q: step %d, want %d", c.keys, k.step, c.step)
		}
		for _, key := range c.keys {
			for pad := range 12 {
				for _, s := range []string{strings.Repeat(".", pad) + key, strings.Repeat("-", pad) + key + "--", key[:len(key)-1] + strings.Repeat(" ", pad)} {
					if got, want := k.In(s), containsAnyKey(s, c.keys); got != want {
						t.Errorf("%q in %q: %v, strings.Contains %v", c.keys, s, got, want)
					}
				}
			}
		}
	}
}

func containsAnyKey(s string, keys []string) bool {
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}

// TestKeysAgreeWithContains: Keys.In is strings.Contains of any key.
func TestKeysAgreeWithContains(t *testing.T) {
	for _, keys := range keyLists {
		k := NewKeys(keys...)
		for _, s := range append(keyCases, keys...) {
			if got, want := k.In(s), containsAnyKey(s, keys); got != want {
				t.Errorf("%q in %q: %v, strings.Contains %v", keys, s, got, want)
			}
		}
	}
}

func FuzzKeys(f *testing.F) {
	for _, s := range keyCases {
		f.Add(s)
	}
	sets := make([]*Keys, len(keyLists))
	for i, keys := range keyLists {
		sets[i] = NewKeys(keys...)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for i, keys := range keyLists {
			if got, want := sets[i].In(s), containsAnyKey(s, keys); got != want {
				t.Fatalf("%q in %q: %v, strings.Contains %v", keys, s, got, want)
			}
		}
	})
}

// TestNothingBeforeTheFirstUse: MustCompile parses nothing; the first
// use works the test out, and Check panics on a pattern regexp refuses.
func TestNothingBeforeTheFirstUse(t *testing.T) {
	a := MustCompile(patterns[0])
	if a.prog != nil || a.ok || a.re != nil {
		t.Fatalf("%q: worked out before its first use", patterns[0])
	}
	if !a.Applies() || a.prog == nil {
		t.Errorf("%q: the first use did not work the test out", patterns[0])
	}
	bad := MustCompile(`^(?:unclosed`)
	defer func() {
		if recover() == nil {
			t.Errorf("Check did not panic on %q", bad.String())
		}
		all.Lock()
		all.list = slices.DeleteFunc(all.list, func(x *Anchored) bool { return x == bad })
		all.Unlock()
	}()
	Check()
}

// TestFixedStart: the prefix run starts from its table only when no
// assertion but the start of the text stands before the first runes.
func TestFixedStart(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		fixed   bool
	}{
		{patterns[0], true},
		{patterns[9], true}, // \b after the first word
		{patterns[14], false},
	} {
		a := MustCompile(tt.pattern)
		if a.setUp(); a.fixedStart != tt.fixed {
			t.Errorf("%q: fixed start %v, want %v", tt.pattern, a.fixedStart, tt.fixed)
		}
	}
}

// TestLazyIsTheRegexp: each method of a Lazy answers as the compiled
// regexp's does.
func TestLazyIsTheRegexp(t *testing.T) {
	texts := []string{"", "Posted by Ana Lee, 12 May 2024", "a|b • c", "Рада безпеки ООН, резолюція 2397", "x  y\tz"}
	for _, expr := range []string{`(?i)\b(by)\s+(?P<name>[\p{Lu}][\p{L}]+)`, `[|•·]`, `\d+`, `ООН|Рад[аиі]`, `^$`} {
		l, re := MustCompileLazy(expr), regexp.MustCompile(expr)
		if l.String() != expr || l.Regexp().String() != expr || l.NumSubexp() != re.NumSubexp() ||
			!reflect.DeepEqual(l.SubexpNames(), re.SubexpNames()) || l.SubexpIndex("name") != re.SubexpIndex("name") {
			t.Errorf("%s: the pattern's names differ", expr)
		}
		up := func(s string) string { return "<" + s + ">" }
		for _, s := range texts {
			got := []any{l.MatchString(s), l.FindString(s), l.FindStringIndex(s), l.FindStringSubmatch(s), l.FindStringSubmatchIndex(s),
				l.FindAllString(s, -1), l.FindAllStringIndex(s, -1), l.FindAllStringSubmatch(s, 2), l.FindAllStringSubmatchIndex(s, -1),
				l.ReplaceAllString(s, "[$1]"), l.ReplaceAllStringFunc(s, up), l.Split(s, -1)}
			want := []any{re.MatchString(s), re.FindString(s), re.FindStringIndex(s), re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s),
				re.FindAllString(s, -1), re.FindAllStringIndex(s, -1), re.FindAllStringSubmatch(s, 2), re.FindAllStringSubmatchIndex(s, -1),
				re.ReplaceAllString(s, "[$1]"), re.ReplaceAllStringFunc(s, up), re.Split(s, -1)}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %v, want %v", expr, s, got, want)
			}
		}
	}
}

// TestSecondRuneAgreesWithPrefixRun: a text that the second-rune table
// rules out is one the prefix run rules out (at its second step), and the
// table rules out some texts the first-rune test lets through.
func TestSecondRuneAgreesWithPrefixRun(t *testing.T) {
	ruled := 0
	for _, p := range append(patterns, `^(?i:the|this)\s+(?:article|story)`, `^\(?(?i:text by|translated by)\b`, `^a\bb|^a\B.`) {
		a := MustCompile(p)
		a.setUp()
		for _, s := range append(texts, "The ferry", "This story", "Text by", "Translated by", "Tx", "ab", "a.", "a b", "Share", "Sh") {
			if a.second == nil || s == "" || s[0] >= 0x80 || !a.ascii[s[0]] || len(s) < 2 || s[1] >= 0x80 {
				continue
			}
			if a.second[s[0]][s[1]/64]&(1<<(s[1]%64)) != 0 {
				continue
			}
			ruled++
			if got := a.prefixRun(s); got != noMatch {
				t.Errorf("%q on %q: ruled out by the second rune, the prefix run says %d", p, s, got)
			}
			if a.Regexp().MatchString(s) {
				t.Errorf("%q on %q: ruled out by the second rune, but the regexp matches", p, s)
			}
		}
	}
	if ruled < 10 {
		t.Errorf("the second rune ruled out only %d texts", ruled)
	}
}
