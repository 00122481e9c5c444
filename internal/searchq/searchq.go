// Package searchq is dossier's search query language: Parse reads what a
// user types into a search box (words, phrases, prefixes, OR, NOT) into a
// Query of clauses and terms, the same for every backend; each store
// compiles a Query for its full-text index (FTS5, tsquery) and the alert
// rules match it against new articles' text. It holds no SQL.
package searchq

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/stem"
)

// ErrBad is a malformed search query (store.ErrBadQuery is the same error).
var ErrBad = errors.New("bad search query")

// Query is a parsed search query: every clause must match; a clause matches
// when any of its terms does; no Not term may match.
type Query struct {
	Clauses [][]Term
	Not     []Term
}

// Term is a word, a phrase (several words in a row) or a prefix (the last
// word may be followed by more letters). Words are lower case and hold only
// letters and digits.
type Term struct {
	Words  []string
	Prefix bool
}

// Parse reads the user search syntax, the same for every backend:
//
//	workers visa        both words (AND is implicit; "AND" is accepted)
//	workers OR laborers either word
//	"forced labour"     the phrase
//	repatriat*          a prefix
//	-tourist, NOT tourist   leave out articles with the word
//	рабочие             a Russian or Ukrainian word matches its inflections
//	                    ("рабочих"): it is searched as the prefix of its stem
//
// Punctuation inside a word splits it into a phrase ("UNSCR-2397" is the
// phrase "unscr 2397"). Matching ignores case. Unbalanced quotes, a query
// with nothing to look for or only negative terms are ErrBad.
func Parse(s string) (Query, error) {
	var q Query
	type tok struct {
		text   string
		quoted bool
		neg    bool // -"phrase"
	}
	var toks []tok
	neg := false
	for i := 0; i < len(s); {
		r := rune(s[i])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r':
			i++
		case r == '-' && i+1 < len(s) && s[i+1] == '"':
			neg = true
			i++
		case r == '"':
			j := strings.IndexByte(s[i+1:], '"')
			if j < 0 {
				return Query{}, fmt.Errorf("%w: unbalanced quote in %q", ErrBad, s)
			}
			text := s[i+1 : i+1+j]
			i += j + 2
			if i < len(s) && s[i] == '*' {
				text += "*"
				i++
			}
			toks = append(toks, tok{text, true, neg})
			neg = false
		default:
			j := i
			for j < len(s) && !strings.ContainsRune(" \t\n\r\"", rune(s[j])) {
				j++
			}
			toks = append(toks, tok{s[i:j], false, false})
			i = j
		}
	}
	var cur []Term
	pendingOr, pendingNot := false, false
	flush := func() {
		if len(cur) > 0 {
			q.Clauses = append(q.Clauses, cur)
			cur = nil
		}
	}
	for _, t := range toks {
		text := t.text
		if t.neg {
			pendingNot = true
		}
		if !t.quoted {
			switch text {
			case "OR", "|":
				if len(cur) > 0 {
					pendingOr = true
				}
				continue
			case "AND", "&":
				continue
			case "NOT":
				pendingNot = true
				continue
			}
			if strings.HasPrefix(text, "-") && len(text) > 1 {
				pendingNot = true
				text = text[1:]
			}
		}
		term, ok := makeTerm(text, t.quoted)
		if !ok {
			continue
		}
		switch {
		case pendingNot:
			q.Not = append(q.Not, term)
		case pendingOr && len(cur) > 0:
			cur = append(cur, term)
		default:
			flush()
			cur = []Term{term}
		}
		pendingOr, pendingNot = false, false
	}
	flush()
	q = q.deduplicated()
	if len(q.Clauses) == 0 {
		if len(q.Not) > 0 {
			return Query{}, fmt.Errorf("%w: %q has only excluded words; add a word to look for", ErrBad, s)
		}
		return Query{}, fmt.Errorf("%w: %q has no word to look for", ErrBad, s)
	}
	if n, words := q.size(); n > MaxTerms || words > MaxWords {
		return Query{}, fmt.Errorf("%w: %q has %d different terms and %d words; at most %d terms and %d words are searched",
			ErrBad, truncate(s), n, words, MaxTerms, MaxWords)
	}
	return q, nil
}

// Limits on a parsed query, after repeated terms are dropped: every term
// costs the databases an index walk and a share of each snippet, so the
// cost of one request stays bounded whatever the 1,000 bytes hold.
const (
	MaxTerms = 16
	MaxWords = 32
)

// deduplicated drops repeated terms within a clause, clauses that repeat
// an earlier one and repeated excluded terms: "a* a* a*" searches "a*" once.
func (q Query) deduplicated() Query {
	var out Query
	seenClause := map[string]bool{}
	for _, c := range q.Clauses {
		var terms []Term
		seen := map[string]bool{}
		for _, t := range c {
			if k := t.String(); !seen[k] {
				seen[k] = true
				terms = append(terms, t)
			}
		}
		keys := make([]string, len(terms))
		for i, t := range terms {
			keys[i] = t.String()
		}
		sort.Strings(keys)
		if k := strings.Join(keys, "\x00"); !seenClause[k] {
			seenClause[k] = true
			out.Clauses = append(out.Clauses, terms)
		}
	}
	seen := map[string]bool{}
	for _, t := range q.Not {
		if k := t.String(); !seen[k] {
			seen[k] = true
			out.Not = append(out.Not, t)
		}
	}
	return out
}

// size counts the query's terms and words.
func (q Query) size() (terms, words int) {
	for _, c := range q.Clauses {
		for _, t := range c {
			terms++
			words += len(t.Words)
		}
	}
	for _, t := range q.Not {
		terms++
		words += len(t.Words)
	}
	return terms, words
}

// truncate keeps an error message about a long query short.
func truncate(s string) string {
	if len(s) <= 80 {
		return s
	}
	i := 80
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// makeTerm splits text into lower-case words of letters and digits; a
// trailing "*" makes it a prefix. An unquoted single Cyrillic word stands
// for its inflections: the prefix of its stem (stem.Prefix), as
// neither index stems Russian or Ukrainian. A quoted word is searched as
// written.
func makeTerm(text string, quoted bool) (Term, bool) {
	prefix := strings.HasSuffix(text, "*")
	text = strings.TrimRight(text, "*")
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	if len(words) == 0 {
		return Term{}, false
	}
	if len(words) == 1 && !prefix && !quoted {
		if st := stem.Prefix(words[0]); st != "" && !strings.ContainsRune(words[0], 'ё') {
			return Term{Words: []string{st}, Prefix: true}, true
		}
	}
	return Term{Words: words, Prefix: prefix}, true
}

// String renders the query back in the user syntax (normalized).
func (q Query) String() string {
	var parts []string
	for _, c := range q.Clauses {
		var alt []string
		for _, t := range c {
			alt = append(alt, t.String())
		}
		parts = append(parts, strings.Join(alt, " OR "))
	}
	for _, t := range q.Not {
		parts = append(parts, "-"+t.String())
	}
	return strings.Join(parts, " ")
}

// String renders the term in the user syntax.
func (t Term) String() string {
	s := strings.Join(t.Words, " ")
	if len(t.Words) > 1 {
		s = `"` + s + `"`
	}
	if t.Prefix {
		s += "*"
	}
	return s
}
