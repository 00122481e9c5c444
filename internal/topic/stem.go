package topic

import "github.com/dossier-osint/dossier/internal/stem"

// Stemmed reports whether words of lang are matched by their stems
// (internal/stem: Russian and Ukrainian), so that a term in a topic file
// matches every inflection ("рабочий" matches "рабочих").
func Stemmed(lang string) bool { return stem.Stemmed(lang) }

// Stem returns the stem of a word of language lang, or "" when the
// language is not stemmed or the word is ASCII (see stem.Stem).
func Stem(lang, w string) string { return stem.Stem(lang, w) }
