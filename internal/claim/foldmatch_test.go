package claim

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// The patterns the hand-written matchers of foldmatch.go read, as they
// were written before them.
var (
	coordClauseRE    = regexp.MustCompile(`(?i)(,\s*(and|but|while|whereas|а|и|но|тогда как|і|й|та|але|тоді як)\s|;)`)
	nextClauseRE     = regexp.MustCompile(`(?i)(,\s*(and|but|while|whereas|where|which|who|when|а|и|но|тогда как|где|когда|і|й|та|але|тоді як|де|коли)\s|;)`)
	regionRE         = regexp.MustCompile(`(?i)\bthe (region|region's|region’s|province|territory|island|city|krai|oblast)\b`)
	releasedRE       = regexp.MustCompile(`(?i)\b(released|published|issued|updated|made public)(\s+(in|on|last|this|early|late))?$`)
	theirNumberRE    = regexp.MustCompile(`(?i)\b(their|its|this|that|the)\s+(number|numbers|total|count|figure|headcount)\b[^.;]*$`)
	numberOfRE       = regexp.MustCompile(`(?i)\b(?:total |overall |combined )?(?:number|numbers|count|tally) of\s`)
	timeTailRE       = regexp.MustCompile(`(?i)\s+(on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|last\s+\w+|earlier(\s+(this|in\s+the)\s+\w+)?|later|this\s+week|recently)$`)
	partitiveAfterRE = regexp.MustCompile(`(?i)^\s*(of them|of those|of these|of whom|из них|з них|із них)\b\s*(.*)$`)
	numberAtRE       = regexp.MustCompile(`(?i)\b(?:number|figure|total|toll|tally|count|estimate|it|them)\s+at\s*$`)
	comparedWithRE   = regexp.MustCompile(`(?i)(compared with|compared to|compares with|compare with|against|versus|up from|down from|по сравнению с|против|порівняно з|проти)\s*(just|only|some|about|around|roughly|лишь|всего|лише)?$`)
	ratioBaseRE      = regexp.MustCompile(`(?i)\b(times|fold|double|triple|twice)\s+(the|its|their|that)\s+[\p{L}]+(\s+(in|of|for|during))?$`)
	eachRE           = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(each|every|per|каждая|каждый|каждое|каждой|кожна|кожен|кожне)\s+([\p{L}-]+)`)
)

// checkNumberOf compares numberOfEnd with the end of numberOfRE's last
// match in s.
func checkNumberOf(t *testing.T, s string) bool {
	t.Helper()
	want := -1
	if locs := numberOfRE.FindAllStringIndex(s, -1); len(locs) > 0 {
		want = locs[len(locs)-1][1]
	}
	if got := numberOfEnd(s); got != want {
		t.Fatalf("numberOfEnd(%q) = %d, the pattern's last match ends at %d", s, got, want)
	}
	return want >= 0
}

func TestNumberOfEnd(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"", -1},
		{"the number of workers", 14},
		{"the total number of\tworkers", 20},
		{"numbers of x and the count of y", 30},
		{"the number ofworkers", -1},
		{"renumber of x", -1},
		{"the number of", -1},
		{"tally OF  x", 9},
		{"the number\u00a0of x", -1},
	} {
		if got := numberOfEnd(c.text); got != c.want {
			t.Errorf("numberOfEnd(%q) = %d, want %d", c.text, got, c.want)
		}
		checkNumberOf(t, c.text)
	}
}

func TestNumberOfAgrees(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	matched := 0
	for range 100000 {
		if checkNumberOf(t, randomFoldText(r)) {
			matched++
		}
	}
	if matched < 1000 {
		t.Errorf("numberOfEnd matched %d random texts: too few to tell", matched)
	}
}

func FuzzNumberOf(f *testing.F) {
	for _, s := range []string{"the number of x", "total count of\ty", "numbers of x, tally of "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNumberOf(t, s) })
}

// checkOnRandomTexts runs check, which compares a matcher with its
// pattern and tells whether the pattern matched, on random texts made of
// pieces, and fails when too few matched to tell.
func checkOnRandomTexts(t *testing.T, name string, pieces []string, seed int64, check func(*testing.T, string) bool) {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	matched := 0
	for range 100000 {
		var b strings.Builder
		for k := r.Intn(10); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		if check(t, b.String()) {
			matched++
		}
	}
	if matched < 1000 {
		t.Errorf("%s matched %d random texts: too few to tell", name, matched)
	}
}

// checkTimeTail compares cutting s at timeTailStart with replacing
// timeTailRE's match by nothing.
func checkTimeTail(t *testing.T, s string) bool {
	t.Helper()
	got, i := s, timeTailStart(s)
	if i >= 0 {
		got = s[:i]
	}
	if want := timeTailRE.ReplaceAllString(s, ""); got != want {
		t.Fatalf("timeTailStart(%q) = %d, %q; the pattern leaves %q", s, i, got, want)
	}
	return i >= 0
}

func TestTimeTail(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"", ""},
		{"the ministry said on Monday", "the ministry said"},
		{"officials  on\tTODAY", "officials"},
		{"officials on", "officials on"},
		{"xmonday", "xmonday"},
		{"they said last week", "they said"},
		{"they said on last \u212aey_1", "they said"},
		{"said last", "said last"},
		{"said last x y", "said last x y"},
		{"said earlier this year", "said"},
		{"said earlier in the day", "said"},
		{"said earlier in day", "said earlier in day"},
		{"said this week", "said"},
		{"said this month", "said this month"},
		{"Reason Monday", "Reason"},
		{"Reason on Monday", "Reason"},
		{"said\u00a0Monday", "said\u00a0Monday"},
		{"said yeſterday", "said"},
		{"said recently.", "said recently."},
		{" Monday", ""},
	} {
		got := c.text
		if i := timeTailStart(c.text); i >= 0 {
			got = c.text[:i]
		}
		if got != c.want {
			t.Errorf("cut at timeTailStart(%q) = %q, want %q", c.text, got, c.want)
		}
		checkTimeTail(t, c.text)
	}
}

// timeTailPieces are what random texts for timeTailStart are made of.
var timeTailPieces = []string{"on", "ON", "On ", " on ", "monday", "Friday", "today", "yesterday", "yeſterday", "later", "recently", "last", "LAST ", "earlier",
	"this", "in", "the", "week", "wee\u212a", "year", "day", "x", "_", "1", " ", "  ", "\t", "\n", "\u00a0", ".", ",", "é", "\xff", "\u212a", "ſ"}

func TestTimeTailAgrees(t *testing.T) {
	checkOnRandomTexts(t, "timeTail", timeTailPieces, 3, checkTimeTail)
}

func FuzzTimeTail(f *testing.F) {
	fuzzAgainst(f, checkTimeTail, "said on Monday", "said earlier in the day", "said on last week", "x this week")
}

// fuzzAgainst fuzzes check, which compares a matcher with its pattern,
// from the seeds.
func fuzzAgainst(f *testing.F, check func(*testing.T, string) bool, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { check(t, s) })
}

// checkPartitiveAfter compares partitiveAfter with partitiveAfterRE.
func checkPartitiveAfter(t *testing.T, s string) bool {
	t.Helper()
	got, ok := partitiveAfter(s)
	m := partitiveAfterRE.FindStringSubmatch(s)
	if ok != (m != nil) || ok && got != m[2] {
		t.Fatalf("partitiveAfter(%q) = %q %v, the pattern says %q", s, got, ok, m)
	}
	return ok
}

func TestPartitiveAfter(t *testing.T) {
	for _, c := range []struct {
		text, want string
		ok         bool
	}{
		{"", "", false},
		{" of them in construction", "in construction", true},
		{"\tOF THOSE  ", "", true},
		{" of theme", "", false},
		{" of them\nin", "in", true},
		{" of them in\nconstruction", "", false},
		{" of them \n in", "in", true},
		{" of them\n", "", true},
		{" из них 7887", "", false}, // \b after a Cyrillic word wants an ASCII word byte
		{" из нихa", "a", true},
		{" of whoſe", "", false},
		{"x of them", "", false},
	} {
		got, ok := partitiveAfter(c.text)
		if got != c.want || ok != c.ok {
			t.Errorf("partitiveAfter(%q) = %q %v, want %q %v", c.text, got, ok, c.want, c.ok)
		}
		checkPartitiveAfter(t, c.text)
	}
}

var partitivePieces = []string{"of them", "OF THOSE", "of these", "of whom", "of whoſe", "of the", "из них", "ИЗ НИХ", "з них", "із них", "a", "_", "1", " ", "\t", "\n",
	"\u00a0", ",", "é", "\xff", "x"}

func TestPartitiveAfterAgrees(t *testing.T) {
	checkOnRandomTexts(t, "partitiveAfter", partitivePieces, 4, checkPartitiveAfter)
}

func FuzzPartitiveAfter(f *testing.F) {
	for _, s := range []string{" of them in construction", " из нихa", " of those\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPartitiveAfter(t, s) })
}

// checkEachWord compares eachWord with eachRE on s.
func checkEachWord(t *testing.T, s string) bool {
	t.Helper()
	w, ok := eachWord.find(s)
	m := eachRE.FindStringSubmatch(s)
	if ok != (m != nil) || ok && w != m[2] {
		t.Fatalf("eachWord.find(%q) = %q %v, the pattern says %q", s, w, ok, m)
	}
	return ok
}

func TestEachWord(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"", ""},
		{"$500 for each worker", "worker"},
		{"EACH  Worker-Group's", "Worker-Group"},
		{"per cent", "cent"},
		{"percent of", ""},
		{"super cent", ""},  // a letter before
		{"2per day", "day"}, // a digit is no letter
		{"\xffper day", "day"},
		{"éper day", ""},
		{"per\u00a0day", ""}, // no-break space is no \s
		{"per day, each week", "day"},
		{"every 3 days", ""},
		{"per  ", ""},
		{"ever each year", "year"},
		{"за каждый год", "год"},
		{"КАЖДОЙ семье", "семье"},
		{"кожна родина", "родина"},
		{"per -x", "-x"},
	} {
		w, _ := eachWord.find(c.text)
		if w != c.want {
			t.Errorf("eachWord.find(%q) = %q, want %q", c.text, w, c.want)
		}
		checkEachWord(t, c.text)
	}
}

// eachPieces are what random texts for eachWord are made of.
var eachPieces = []string{"each", "EACH", "Every", "per", "PER", "percent", "каждый", "КАЖДАЯ", "каждое", "каждой", "кожна", "кожен", "кожне", "каждо",
	" ", "  ", "\t", "\n", "\u00a0", ",", "-", "_", "'", "x", "é", "\xff", "\xd0", "1", "worker", "год", "s", "ſ", "\u212a"}

func TestEachWordAgrees(t *testing.T) {
	checkOnRandomTexts(t, "eachWord", eachPieces, 1, checkEachWord)
}

func FuzzEachWord(f *testing.F) {
	for _, s := range []string{"for each worker", "per cent", "за каждый год", "\xffper -x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkEachWord(t, s) })
}

// foldMatchers pairs each matcher with its pattern.
var foldMatchers = []struct {
	name string
	in   func(string) bool
	re   *regexp.Regexp
}{
	{"coordClause", coordClause.in, coordClauseRE},
	{"nextClause", nextClause.in, nextClauseRE},
	{"theRegion", theRegion.in, regionRE},
	{"released", released.in, releasedRE},
	{"theirNumber", theirNumber, theirNumberRE},
	{"ratioBase", ratioBase, ratioBaseRE},
	// a lead whose first rune folds with a rune outside ASCII (the Kelvin sign)
	{"kelvinLead", newBoundedWords("k ", "krai", "s").in, regexp.MustCompile(`(?i)\bk (krai|s)\b`)},
}

// endMatchers are the matchers of patterns anchored at the text's end
// that random texts of their own words test (see TestEndMatchersAgree).
var endMatchers = []struct {
	name string
	in   func(string) bool
	re   *regexp.Regexp
}{
	{"numberAt", numberAt, numberAtRE},
	{"comparedWith", comparedWith, comparedWithRE},
}

var endPieces = []string{"at", " at", "AT ", "number at", " it at", "toll", "estimate", "it", "them", "bit", "compared with", "COMPARED TO", "against",
	"versuſ", "up from", "по сравнению с", "против", "just", "лишь", "about", " ", "  ", "\t", "\u00a0", "_", "x", "1", "é", "\xff", "ſ"}

func TestEndMatchersAgree(t *testing.T) {
	for _, m := range endMatchers {
		checkOnRandomTexts(t, m.name, endPieces, 5, func(t *testing.T, s string) bool {
			want := m.re.MatchString(s)
			if got := m.in(s); got != want {
				t.Fatalf("%s(%q) = %v, the pattern says %v", m.name, s, got, want)
			}
			return want
		})
	}
}

func TestFoldMatchers(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       bool
	}{
		{"coordClause", "", false},
		{"coordClause", " in March, and ", true},
		{"coordClause", " in March,and ", true},
		{"coordClause", " in March,\t\nAND\n", true},
		{"coordClause", " in March, and", false}, // no white space after the word
		{"coordClause", " in March, andrew ", false},
		{"coordClause", " in March, where ", false},
		{"coordClause", " in March; ", true},
		{"coordClause", " в марте, ТОГДА КАК ", true},
		{"coordClause", " в марте, тогда  как ", false},
		{"coordClause", " in March, \u00a0and ", false}, // no-break space is no \s
		{"coordClause", " in March, ſo ", false},
		{"coordClause", " in March, whereaſ ", true}, // long s folds to s
		{"nextClause", ", where ", true},
		{"nextClause", ", коли ", true},
		{"nextClause", ", whom ", false},
		{"theRegion", "", false},
		{"theRegion", "workers in the region said", true},
		{"theRegion", "in THE Region's ports", true},
		{"theRegion", "in the region’s ports", true},
		{"theRegion", "in the regional ports", false},
		{"theRegion", "bathe region", false},
		{"theRegion", "_the city", false},
		{"theRegion", "(the city)", true},
		{"theRegion", "the city_", false},
		{"theRegion", "the \u212arai", true}, // Kelvin sign folds to k
		{"theRegion", "the oblaſt", true},    // long s
		{"theRegion", "the  city", false},    // two spaces
		{"theRegion", "the cityé", true},     // é is no word rune of \b
		{"theRegion", "the city\xff", true},  // nor an invalid byte
		{"theRegion", "\xffthe city", true},
		{"theirNumber", "their number dropped", true},
		{"theirNumber", "Its  TOTAL rose; it said", false},
		{"theirNumber", "Its  TOTAL rose, it said", true},
		{"theirNumber", "the numbers. Then", false},
		{"theirNumber", "the numbered list", false},
		{"theirNumber", "bathe count", false},
		{"theirNumber", "_the count", false},
		{"theirNumber", "thiſ figure", true},
		{"theirNumber", "the\u00a0figure", false},
		{"theirNumber", "the headcount", true},
		{"ratioBase", "12 times the number in", true},
		{"ratioBase", "12 TIMES  the\tlevel", true},
		{"ratioBase", "double the level of", true},
		{"ratioBase", "double the level of x", false},
		{"ratioBase", "double the in", true},
		{"ratioBase", "redouble the level", false},
		{"ratioBase", "twice thiſ level", false}, // "this" is no determiner of it
		{"ratioBase", "timeſ its level", true},
		{"ratioBase", "twice the \u0345", true}, // folds with ι
		{"ratioBase", "twice the levels1", false},
		{"ratioBase", "twice the level\u00a0in", false},
		{"ratioBase", "fold the ураган during", true},
		{"numberAt", "put the number at", true},
		{"numberAt", "put the TOLL  at \t", true},
		{"numberAt", "put it at 5", false},
		{"numberAt", "put bit at", false},
		{"numberAt", "put it_ at", false},
		{"numberAt", "put it\u00a0at", false},
		{"numberAt", "numberat", false},
		{"comparedWith", "up 5% compared with", true},
		{"comparedWith", "up 5% COMPARED TO just", true},
		{"comparedWith", "up 5% against  about ", false}, // white space after the hedge
		{"comparedWith", "xagainst", true},               // no word boundary
		{"comparedWith", "versuſ roughly", true},
		{"comparedWith", "по сравнению с лишь", true},
		{"comparedWith", "against it", false},
	} {
		for _, m := range append(foldMatchers, endMatchers...) {
			if m.name != c.name {
				continue
			}
			if got := m.in(c.text); got != c.want {
				t.Errorf("%s(%q) = %v, want %v", c.name, c.text, got, c.want)
			}
			if got := m.re.MatchString(c.text); got != c.want {
				t.Errorf("the pattern of %s on %q = %v, want %v (the case is wrong)", c.name, c.text, got, c.want)
			}
		}
	}
}

// foldPieces are what random texts for the matchers are made of: their
// words in several cases and foldings, and the bytes around them.
var foldPieces = []string{"and", "AND", "but", "whereas", "whereaſ", "where", "who", "when", "тогда как", "ТОГДА КАК", "тоді як", "і", "І", "й",
	"the", "THE", "The", "the ", "tHe ", "the ", "region", "region's", "region’s", "Province", "territory", "island", "city", "krai", "\u212aRAI", "oblast", "oblaſt",
	"their", "ITS", "its", "that", "number", "numbers", "Total", "count", "figure", "headcount", ".", "tally", " of", " OF ", "total ", "overall ",
	"their number", "its total", "the count", "the figure", "number of ",
	"times the ", "double ", "twice", "triple", "fold", "level", "\u0345", "ι", " during", " for", "ураган", "timeſ",
	"released", "PUBLISHED", "iſſued", "made public", "made  public", "updated", "in", "ON", "laſt", "this", "late", " late",
	" ", "  ", "\t", "\n", "\u00a0", ",", ";", "_", "'", "’", "x", "é", "\xff", "\xe2\x80", "1", "a", "s", "k", "K", "\u212a", "ſ", "k ", "\u212a ", "K ", "k ſ"}

func randomFoldText(r *rand.Rand) string {
	var b strings.Builder
	for k := r.Intn(12); k >= 0; k-- {
		b.WriteString(foldPieces[r.Intn(len(foldPieces))])
	}
	return b.String()
}

// TestFoldMatchersAgree compares each matcher with its pattern on random
// texts made of their words and the bytes around them.
func TestFoldMatchersAgree(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	texts := []string{}
	for range 200000 {
		texts = append(texts, randomFoldText(r))
	}
	matched := map[string]int{}
	for _, s := range texts {
		for _, m := range foldMatchers {
			want := m.re.MatchString(s)
			if got := m.in(s); got != want {
				t.Fatalf("%s(%q) = %v, the pattern says %v", m.name, s, got, want)
			}
			if want {
				matched[m.name]++
			}
		}
	}
	for _, m := range foldMatchers {
		if matched[m.name] < 1000 {
			t.Errorf("%s matched %d random texts: too few to tell", m.name, matched[m.name])
		}
	}
}

func FuzzFoldMatchers(f *testing.F) {
	for _, s := range []string{"in March, and ", "the region's", "; ", "the \u212arai", ", тогда как ", "their number rose"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, m := range append(foldMatchers, endMatchers...) {
			if got, want := m.in(s), m.re.MatchString(s); got != want {
				t.Fatalf("%s(%q) = %v, the pattern says %v", m.name, s, got, want)
			}
		}
	})
}

// TestFoldLetterEveryRune: foldLetterRunStart takes a rune exactly when
// (?i)[\p{L}] matches it, for every rune.
func TestFoldLetterEveryRune(t *testing.T) {
	re := regexp.MustCompile(`^(?i)[\p{L}]$`)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r < 0xe000 {
			continue // surrogates: no UTF-8
		}
		s := string(r)
		if got, want := foldLetterRunStart(s, len(s)) == 0, re.MatchString(s); got != want {
			t.Fatalf("%U: foldLetterRunStart takes it %v, the class %v", r, got, want)
		}
	}
}
