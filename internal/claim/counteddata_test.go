package claim

import (
	"testing"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/topic"
)

// TestCountedData: every counted list parses, and each form of a stemmed
// language's list is looked up with the key of the first form of its
// stem; a language without stems and one without a list give none.
func TestCountedData(t *testing.T) {
	if len(countedLex) == 0 {
		t.Fatal("no counted lists")
	}
	for lang, cl := range countedLex {
		m, err := cl.load(lang)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		b, err := countedFiles.ReadFile(cl.file)
		if err != nil {
			t.Fatal(err)
		}
		l, err := lexicon.Parse(lang, "counted", string(b))
		if err != nil {
			t.Fatal(err)
		}
		first := map[string]string{}
		for _, en := range l.Entries() {
			st := topic.Stem(lang, en.Form)
			if _, ok := first[st]; !ok {
				first[st] = en.Key
			}
			want := first[st]
			if st == "" || !topic.Stemmed(lang) {
				want = ""
			}
			if got := countedKey(lang, en.Form); got != want {
				t.Errorf("countedKey(%q, %q) = %q, want %q", lang, en.Form, got, want)
			}
		}
		if topic.Stemmed(lang) && len(m) == 0 {
			t.Errorf("%s: no stems in a stemmed language's list", lang)
		}
	}
	if got := countedKey("xx", "рабочих"); got != "" {
		t.Errorf("a language without a list: %q", got)
	}
}
