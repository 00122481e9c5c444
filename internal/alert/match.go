package alert

import (
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier/internal/searchq"
)

// Match reports whether text matches a parsed search query with the
// semantics of the store's search: every clause has a matching term, no
// excluded term matches; a term is a run of words, its last word a prefix
// when the term is. Case is ignored.
func Match(q searchq.Query, text string) bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	for _, t := range q.Not {
		if termIn(t, words) {
			return false
		}
	}
	for _, clause := range q.Clauses {
		ok := false
		for _, t := range clause {
			if termIn(t, words) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return len(q.Clauses) > 0
}

func termIn(t searchq.Term, words []string) bool {
	n := len(t.Words)
	if n == 0 {
		return false
	}
	for i := 0; i+n <= len(words); i++ {
		ok := true
		for k, w := range t.Words {
			got := words[i+k]
			if k == n-1 && t.Prefix {
				if !strings.HasPrefix(got, w) {
					ok = false
					break
				}
			} else if got != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}
