package claim

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// The patterns the word sets replaced: each set must answer as its
// pattern did on every text.
var wordSetPatterns = []struct {
	name string
	set  wordSet
	re   *regexp.Regexp
}{
	{"present", presentWords, regexp.MustCompile(`(?i)(?:^|[^\p{L}])(is|are|remain|remains|work|works|live|lives|now|currently|still work|still live|сейчас|ныне|работают|трудятся|находятся|заняты|остаются|насчитывается|продолжает|продолжают|учатся|обучаются|проживают|живут|нині|зараз|працюють|перебувають|залишаються|продовжує|продовжують|досі|навчаються|проживають|живуть|мешкають|работающих|работающие|трудящихся|проживающих|находящихся|працюючих|перебуваючих)(?:[^\p{L}]|$)`)},
	{"ongoing", ongoingWords, regexp.MustCompile(`(?i)(?:^|[^\p{L}])(continue|continues|continuing|still|now|currently|продолжает|продолжают|продолжаются|сейчас|ныне|продовжує|продовжують|досі|нині|зараз|наразі)(?:[^\p{L}]|$)`)},
	{"presence", cyrPresenceWords, regexp.MustCompile(`(?i)(?:^|[^\p{L}])(находятся|находится|пребывают|остаются|остается|остаётся|размещены|размещено|сосредоточены|сосредоточено|дислоцированы|перебувають|перебуває|залишаються|залишається|розміщені|розміщено|зосереджені|зосереджено|дислоковані)(?:[^\p{L}]|$)`)},
}

func TestWordSet(t *testing.T) {
	set := newWordSet(`is still work остаётся`)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"is", true},
		{"The figure IS high", true},
		{"Is it?", true},
		{"this island", false}, // inside longer words
		{"it's", false},        // "s" is no word of the set
		{"work's end", true},   // "'" ends a word
		{"work-related", true}, // so does a hyphen
		{"works", false},       // no inflection
		{"3is", true},          // a digit is no letter
		{"is3", true},          //
		{"still", true},        //
		{"ſtill", true},        // long s folds to s
		{"worK", true},         // the Kelvin sign folds to k
		{"ОСТАЁТСЯ", true},     // Cyrillic upper case
		{"остается", false},    // е is not ё
		{"остаётсяя", false},   //
		{"«остаётся»", true},   // quotes end words
		{"is\u0301", true},     // a combining mark is no letter
		{"\xffis\xff", true},   // nor an invalid byte
		{"i s", false},         //
		{"workшор", false},     // letters of any script join a word
	} {
		if got := set.in(c.text); got != c.want {
			t.Errorf("in(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestWordSetsAsPatterns compares each set with the pattern it replaced
// on generated texts of its words (changed in case, cut, joined, among
// letters, digits, marks, punctuation and invalid bytes).
func TestWordSetsAsPatterns(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	pieces := []string{" ", " ", ",", ".", "'", "’", "-", "3", "\u0301", "\xff", "\n", "«", "»", "a", "Я", "ſ", "K", "ᲀ", "the", "area", "нет"}
	for _, p := range wordSetPatterns {
		words := strings.Fields(strings.NewReplacer("(?i)(?:^|[^\\p{L}])(", "", ")(?:[^\\p{L}]|$)", "", "|", " ").Replace(p.re.String()))
		for n := 0; n < 20000; n++ {
			var b strings.Builder
			for k := r.Intn(6); k >= 0; k-- {
				if r.Intn(2) == 0 {
					b.WriteString(pieces[r.Intn(len(pieces))])
					continue
				}
				w := []rune(words[r.Intn(len(words))])
				switch r.Intn(4) {
				case 0:
					i := r.Intn(len(w))
					w[i] = unicode.ToUpper(w[i])
				case 1:
					w = w[:r.Intn(len(w))+1]
				case 2:
					for i := range w {
						w[i] = unicode.ToUpper(w[i])
					}
				}
				b.WriteString(string(w))
			}
			text := b.String()
			if got, want := p.set.in(text), p.re.MatchString(text); got != want {
				t.Fatalf("%s: in(%q) = %v, the pattern says %v", p.name, text, got, want)
			}
		}
	}
}

// TestFoldRune checks the folding table against strings.EqualFold.
func TestFoldRune(t *testing.T) {
	for r := rune(0); r < 0x2200; r++ {
		for _, o := range []rune{unicode.ToLower(r), unicode.ToUpper(r), unicode.SimpleFold(r)} {
			if eq := strings.EqualFold(string(r), string(o)); eq != (foldRune(r) == foldRune(o)) {
				t.Fatalf("foldRune(%U) = %U, foldRune(%U) = %U, EqualFold %v", r, foldRune(r), o, foldRune(o), eq)
			}
		}
	}
}

// TestStripDet: stripDet drops what the pattern it replaced dropped.
func TestStripDet(t *testing.T) {
	re := regexp.MustCompile(`(?i)^(the|a|an)\s+`)
	old := func(s string) string { return re.ReplaceAllString(strings.TrimSpace(s), "") }
	cases := []struct{ in, want string }{
		{"the ministry", "ministry"},
		{"  The  Ministry ", "Ministry"},
		{"THE\tagency", "agency"},
		{"an official", "official"},
		{"A source", "source"},
		{"a\n\f\r expert", "expert"},
		{"another source", "another source"},
		{"then ministry", "then ministry"},
		{"the", "the"},
		{"an", "an"},
		{"the\u00a0ministry", "the\u00a0ministry"}, // a no-break space is no \s
		{"the\vministry", "the\vministry"},         // nor is a vertical tab
		{"thé agency", "thé agency"},
		{"", ""},
	}
	for _, c := range cases {
		if got := stripDet(c.in); got != c.want || got != old(c.in) {
			t.Errorf("stripDet(%q) = %q, want %q (the pattern: %q)", c.in, got, c.want, old(c.in))
		}
	}
	r := rand.New(rand.NewSource(5))
	parts := []string{"the", "The", "a", "A", "an", "AN", "another", " ", "\t", "\v", "\u00a0", "x", "é", "K"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := r.Intn(5); k >= 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		if s := b.String(); stripDet(s) != old(s) {
			t.Fatalf("stripDet(%q) = %q, the pattern %q", s, stripDet(s), old(s))
		}
	}
}
