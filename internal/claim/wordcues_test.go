package claim

import (
	"strings"
	"testing"
)

// wordCuesByRun is wordCues by its definition: each maximal run of ASCII
// lower-case letters of the fold looked up in the sets, no filters.
func wordCuesByRun(f string) (cue, ratio bool) {
	for _, w := range strings.FieldsFunc(f, func(r rune) bool { return r < 'a' || r > 'z' }) {
		_, r := ratioWords[w]
		cue, ratio = cue || cueWords[w], ratio || r || strings.HasSuffix(w, "fold")
	}
	return
}

// TestWordCuesByRun: wordCues (its filters) answers as the look-up of
// every run does, for the example sentences and a few made ones.
func TestWordCuesByRun(t *testing.T) {
	marked := 0
	for _, st := range append(exampleSentences(t), "tenfold", "Threefold.", "fold", "old", "said", "saidd", "doubled twice", "by", "bye") {
		if checkWordCues(t, fold(st)) {
			marked++
		}
	}
	if marked < 100 {
		t.Errorf("%d sentences marked: the cases test little", marked)
	}
}

func checkWordCues(t *testing.T, f string) bool {
	t.Helper()
	cue, ratio := wordCues(f)
	if c, r := wordCuesByRun(f); cue != c || ratio != r {
		t.Fatalf("wordCues(%q) = %v, %v; by run %v, %v", f, cue, ratio, c, r)
	}
	return cue || ratio
}

func FuzzWordCues(f *testing.F) {
	for _, s := range []string{"tenfold", "said by", "doubled", "x fold y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkWordCues(t, fold(s)) })
}
