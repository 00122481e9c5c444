package claim

import (
	"reflect"
	"strings"
	"testing"
)

// tokensByRun is appendTokens without its plain-word step: every run of
// non-space goes through appendRun, as every run did before that step.
func tokensByRun(s string) []token {
	pos := make([]int32, len(s)+1)
	f := foldPos(s, pos)
	var out []token
	for i := 0; i < len(s); {
		if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		out, i = appendRun(out, 0, s, f, pos, i, plainRun(s, i))
	}
	return out
}

func checkPlainWords(t *testing.T, s string) {
	t.Helper()
	got, want := tokenize(s), tokensByRun(s)
	if len(got) == 0 && len(want) == 0 {
		return
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: tokens %v, run by run %v", s, got, want)
	}
}

// TestPlainWordsAsByRun: the plain-word step of appendTokens makes the
// tokens appendRun makes, on the sentences of examples/ and on words at
// the edges of the step (punctuation, "$" and "%", runes outside ASCII
// after ASCII, control bytes, white space other than a space).
func TestPlainWordsAsByRun(t *testing.T) {
	texts := append(exampleSentences(t),
		"$5 50% 5$ %5 a, b. c; (d) \"e\" 'f' g' h’ i— j–k U.S. N. A.B.C. e.g. x-y -z w- ",
		"word\u00a0word word\u2003word wordé éword word\x01 \x01word a\tb\nc\r\nd  e", "a", "ab", "1", " $ ", "—", "x —y", "«x»")
	for _, s := range texts {
		checkPlainWords(t, s)
	}
	if strings.Count(strings.Join(texts, " "), " ") < 1000 {
		t.Errorf("only %d texts checked", len(texts))
	}
}

func FuzzPlainWordsAsByRun(f *testing.F) {
	for _, s := range []string{"Officials said 1,200 workers (about 5%) came.", "U.S. $5 a—b «x» wordé", "a\u00a0b\x01c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkPlainWords(t, s) })
}
