package rx

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// foldedWords are words whose (?i) matches take runes beyond their
// upper case (s: ſ; k: the Kelvin sign; д, т, о, в: old Cyrillic forms).
var foldedWords = []string{"date", "posted", "kiss", "дата", "опубликовано", "ω", "ǆ"}

// TestFoldedKeysHoldEveryFoldedMatch: a text where (?i) finds a word
// holds, lowered, one of the word's folded keys; and each key is a match.
func TestFoldedKeysHoldEveryFoldedMatch(t *testing.T) {
	for _, w := range foldedWords {
		keys := FoldedKeys(w)
		if !slices.Contains(keys, w) {
			t.Errorf("FoldedKeys(%q) = %q, without the word", w, keys)
		}
		re := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(w))
		for _, k := range keys {
			if !re.MatchString(k) {
				t.Errorf("key %q of %q is no (?i) match", k, w)
			}
		}
		for _, s := range []string{w, strings.ToUpper(w), "x" + strings.ToTitle(w) + "y"} {
			checkFolded(t, w, s)
		}
	}
	if got := FoldedKeys("poſted"); !slices.Contains(got, "posted") {
		t.Errorf("FoldedKeys(poſted) = %q", got)
	}
	for s, w := range map[string]string{"POſTED": "posted", "KIſS": "kiss", "\u212aiss": "kiss", "ᲁаᲅа": "дата", "ᲂпубликᲂᲀанᲂ": "опубликовано", "Ω": "ω", "ǅ": "ǆ"} {
		checkFolded(t, w, s)
	}
}

func checkFolded(t *testing.T, w, s string) {
	t.Helper()
	if regexp.MustCompile(`(?i)`+regexp.QuoteMeta(w)).MatchString(s) && !NewKeys(FoldedKeys(w)...).In(strings.ToLower(s)) {
		t.Fatalf("no folded key of %q in %q lowered (%q), but (?i) matches", w, s, strings.ToLower(s))
	}
}

func FuzzFoldedKeys(f *testing.F) {
	for _, w := range foldedWords {
		f.Add(w, "x "+strings.ToUpper(w)+" y")
	}
	f.Fuzz(func(t *testing.T, w, s string) {
		// a valid lower-case word of two bytes or more and six runes at
		// most (at most 3^6 keys)
		w = strings.ToLower(w)
		if !utf8.ValidString(w) || len(w) < 2 || utf8.RuneCountInString(w) > 6 {
			return
		}
		checkFolded(t, w, s)
	})
}
