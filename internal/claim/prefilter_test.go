package claim

import (
	"math/rand"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"testing"
	"unicode"
)

func TestRequiredLits(t *testing.T) {
	for _, c := range []struct {
		expr string
		want string // the literals, sorted, "|"-joined; "-" for none
	}{
		{`abc`, "abc"},
		{`(?i)abc`, "abc/i"},
		{`a|bc`, "a|bc"},
		{`(?i)\b(times|fold)\s+(the|its)\s+\w+$`, "fold/i|times/i"}, // the longest shortest literal
		{`x*`, "-"},
		{`(ab)?`, "-"},
		{`a|\d`, "-"},     // a branch with no literal
		{`\s*(\.)?`, "-"}, // may match empty
		{`(ab){2,}c`, "ab"},
		{`(ab)+`, "ab"},
		{`^[-—–:]`, "-"},
		{`(?i)про(тив|ти)`, "про/i"},
	} {
		re, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		ls, ok := requiredLits(re)
		got := "-"
		if ok {
			var ss []string
			for _, l := range ls {
				s := strings.ToLower(string(l.runes))
				if l.fold {
					s += "/i"
				}
				ss = append(ss, s)
			}
			sort.Strings(ss)
			got = strings.Join(ss, "|")
		}
		if got != c.want {
			t.Errorf("requiredLits(%q) = %s, want %s", c.expr, got, c.want)
		}
	}
}

func TestFilteredMay(t *testing.T) {
	for _, c := range []struct {
		expr, text string
		want       bool
	}{
		{`(?i)released|published`, "", false},
		{`(?i)released|published`, "The data were RELEASED.", true},
		{`(?i)released|published`, "the data were releasd", false},
		{`(?i)issued`, "iſſued", true},   // long s folds to s
		{`(?i)kept`, "Kept", true},       // so does the Kelvin sign to k
		{`(?i)против`, "ПРОТИВ", true},   //
		{`(?i)вот`, "ᲀот", true},         // rounded ve folds to в
		{`Workers`, "workers", false},    // no folding without (?i)
		{`Workers`, "Workers", true},     //
		{`(?i)abc`, "ab", false},         // a literal cut by the end
		{`(?i)abc`, "xxab\xffabc", true}, // after an invalid byte
		{`\d+`, "", true},                // no test: always run
		// every part's test: "the" and one of the nouns
		{`(?i)\bthe (region|city)\b`, "The end of the day", false},
		{`(?i)\bthe (region|city)\b`, "a city of the north", true},
		{`(?i)\bthe (region|city)\b`, "in THE CITY", true},
		{`(?i)\bthe (region|city)\b`, "a city and a region", false},
		// a pattern anchored at an end: one of its literals there, past \s
		{`(?i)^\s*of\s+([^,]{3,80}),`, " \tOf those entries, 2,700", true},
		{`(?i)^\s*of\s+([^,]{3,80}),`, "Most of those entries, 2,700", false},
		{`(?i)\b(?:number|it)\s+at\s*$`, "put the NUMBER AT \n", true},
		{`(?i)\b(?:number|it)\s+at\s*$`, "put the number at 5", false},
		{`(?i)^(this|that)\s+(data|figures)`, "\u212Aept: this data", false},
		{`(?i)^kept`, "\u212Aept it", true}, // the Kelvin sign at the start
		{`(?i)kept$`, "we \u212Aept", true}, // ... and at the end
		{`(?i)kept$`, "we kept.", false},
		{`^ab`, " ab", false}, // no \s* allowed
	} {
		f := mustFiltered(c.expr)
		allFiltered = allFiltered[:len(allFiltered)-1]
		if got := f.may(c.text); got != c.want {
			t.Errorf("%q may(%q) = %v, want %v", c.expr, c.text, got, c.want)
		}
	}
}

// TestFilteredNeverMisses: no filtered pattern of the package's rules
// matches a text its test turned away: texts made from each pattern (its
// literals in changed case among noise) and the sentences of examples/,
// whole and cut at each space.
func TestFilteredNeverMisses(t *testing.T) {
	if len(allFiltered) < 20 {
		t.Fatalf("%d filtered patterns, want the package's rules", len(allFiltered))
	}
	var texts []string
	for _, st := range exampleFileSentences(t) {
		texts = append(texts, st, strings.ToLower(st))
		for i := range st {
			if st[i] == ' ' {
				texts = append(texts, st[:i], st[i+1:])
			}
		}
	}
	if len(texts) < 1000 {
		t.Fatalf("%d texts from examples/", len(texts))
	}
	r := rand.New(rand.NewSource(3))
	tested, filtered := 0, 0
	for _, f := range allFiltered {
		f.prepare()
		if len(f.filters) > 0 {
			filtered++
		}
		re, err := syntax.Parse(f.String(), syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		own := make([]string, 0, 400)
		for n := 0; n < 400; n++ {
			var b strings.Builder
			b.WriteString([]string{"", " ", "The ", "x", "9 "}[r.Intn(5)])
			gen(&b, re, r)
			b.WriteString([]string{"", " ", ".", " the end", "x"}[r.Intn(5)])
			own = append(own, b.String())
		}
		for _, s := range append(own, texts...) {
			if f.Regexp().MatchString(s) {
				tested++
				if !f.may(s) {
					t.Fatalf("%s matches %q, which its test turned away", f, s)
				}
			}
		}
	}
	t.Logf("%d of %d patterns filtered, %d matches checked", filtered, len(allFiltered), tested)
	if filtered < len(allFiltered)/2 || tested < 5000 {
		t.Errorf("%d of %d patterns filtered, %d matches checked", filtered, len(allFiltered), tested)
	}
}

// gen writes a random text re may match: literals in random case (any
// rune of a folded rune's orbit), a rune of each class, a few repeats.
func gen(b *strings.Builder, re *syntax.Regexp, r *rand.Rand) {
	switch re.Op {
	case syntax.OpLiteral:
		for _, c := range re.Rune {
			if re.Flags&syntax.FoldCase != 0 {
				for k := r.Intn(3); k > 0; k-- {
					c = unicode.SimpleFold(c)
				}
			}
			b.WriteRune(c)
		}
	case syntax.OpCharClass:
		if len(re.Rune) >= 2 {
			k := r.Intn(len(re.Rune)/2) * 2
			lo, hi := re.Rune[k], min(re.Rune[k+1], re.Rune[k]+50)
			b.WriteRune(lo + rune(r.Intn(int(hi-lo)+1)))
		}
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		b.WriteByte("a .,"[r.Intn(4)])
	case syntax.OpCapture:
		gen(b, re.Sub[0], r)
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat:
		lo, hi := 0, 2
		switch re.Op {
		case syntax.OpQuest:
			hi = 1
		case syntax.OpPlus:
			lo = 1
		case syntax.OpRepeat:
			lo, hi = re.Min, max(re.Min, min(re.Max, re.Min+2))
			if re.Max < 0 {
				hi = re.Min + 2
			}
		}
		for k := lo + r.Intn(hi-lo+1); k > 0; k-- {
			gen(b, re.Sub[0], r)
		}
	case syntax.OpConcat:
		for _, s := range re.Sub {
			gen(b, s, r)
		}
	case syntax.OpAlternate:
		gen(b, re.Sub[r.Intn(len(re.Sub))], r)
	}
}

// TestFilteredPatternsCompile: every pattern, parsed only at its first
// use, is one regexp accepts, and the compiled one is that pattern.
func TestFilteredPatternsCompile(t *testing.T) {
	for _, f := range allFiltered {
		if _, err := regexp.Compile(f.String()); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if got := f.Regexp().String(); got != f.String() {
			t.Errorf("compiled %q, want %q", got, f.String())
		}
	}
}
