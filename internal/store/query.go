package store

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

func itoa(i int) string { return strconv.Itoa(i) }

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

// ParseQuery reads the user search syntax, the same for every backend:
//
//	workers visa        both words (AND is implicit; "AND" is accepted)
//	workers OR laborers either word
//	"forced labour"     the phrase
//	repatriat*          a prefix
//	-tourist, NOT tourist   leave out articles with the word
//
// Punctuation inside a word splits it into a phrase ("UNSCR-2397" is the
// phrase "unscr 2397"). Matching ignores case. Unbalanced quotes, a query
// with nothing to look for or only negative terms are ErrBadQuery.
func ParseQuery(s string) (Query, error) {
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
				return Query{}, fmt.Errorf("%w: unbalanced quote in %q", ErrBadQuery, s)
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
		term, ok := makeTerm(text)
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
	if len(q.Clauses) == 0 {
		if len(q.Not) > 0 {
			return Query{}, fmt.Errorf("%w: %q has only excluded words; add a word to look for", ErrBadQuery, s)
		}
		return Query{}, fmt.Errorf("%w: %q has no word to look for", ErrBadQuery, s)
	}
	return q, nil
}

// makeTerm splits text into lower-case words of letters and digits; a
// trailing "*" makes it a prefix.
func makeTerm(text string) (Term, bool) {
	prefix := strings.HasSuffix(text, "*")
	text = strings.TrimRight(text, "*")
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r)
	})
	if len(words) == 0 {
		return Term{}, false
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

// PeriodBounds returns the first and last day ("YYYY-MM-DD") a TIMEX3 value
// covers: "2024" -> 2024-01-01..2024-12-31, "2024-05", "2024-05-28",
// "2024-W22", "2024-Q1", "2024-H2", seasons ("2024-SU"), decades ("202X"),
// datetimes, and intervals "A/B". ok is false for durations, sets and
// values with unknown parts ("XXXX-09").
func PeriodBounds(v string) (from, to string, ok bool) {
	v = strings.TrimSpace(v)
	if a, b, found := strings.Cut(v, "/"); found {
		f, _, ok1 := PeriodBounds(a)
		_, t, ok2 := PeriodBounds(b)
		if !ok1 || !ok2 || f > t {
			return "", "", false
		}
		return f, t, true
	}
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	span := func(y, m1, m2 int) (string, string, bool) {
		a := time.Date(y, time.Month(m1), 1, 0, 0, 0, 0, time.UTC)
		b := time.Date(y, time.Month(m2)+1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		return day(a), day(b), true
	}
	num := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	if len(v) == 4 && v[2:] == "XX" {
		if c, ok := num(v[:2]); ok {
			return fmt.Sprintf("%04d-01-01", c*100), fmt.Sprintf("%04d-12-31", c*100+99), true
		}
		return "", "", false
	}
	if len(v) == 4 && v[3] == 'X' {
		if d, ok := num(v[:3]); ok {
			return fmt.Sprintf("%04d-01-01", d*10), fmt.Sprintf("%04d-12-31", d*10+9), true
		}
		return "", "", false
	}
	if len(v) < 4 {
		return "", "", false
	}
	y, ok := num(v[:4])
	if !ok || y == 0 {
		return "", "", false
	}
	rest := v[4:]
	if rest == "" {
		return span(y, 1, 12)
	}
	if rest[0] != '-' {
		return "", "", false
	}
	rest = rest[1:]
	switch rest {
	case "Q1", "Q2", "Q3", "Q4":
		q := int(rest[1] - '0')
		return span(y, 3*q-2, 3*q)
	case "H1":
		return span(y, 1, 6)
	case "H2":
		return span(y, 7, 12)
	case "SP":
		return span(y, 3, 5)
	case "SU":
		return span(y, 6, 8)
	case "FA", "AU":
		return span(y, 9, 11)
	case "WI":
		a := time.Date(y, 12, 1, 0, 0, 0, 0, time.UTC)
		b := time.Date(y+1, 3, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		return day(a), day(b), true
	}
	if strings.HasPrefix(rest, "W") {
		w, ok := num(rest[1:])
		if !ok || w < 1 || w > 53 {
			return "", "", false
		}
		// ISO week: week 1 holds January 4th; weeks start on Monday.
		jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		a := monday.AddDate(0, 0, 7*(w-1))
		return day(a), day(a.AddDate(0, 0, 6)), true
	}
	m, d, hasDay := strings.Cut(rest, "-")
	mon, ok := num(m)
	if !ok || len(m) != 2 || mon < 1 || mon > 12 {
		return "", "", false
	}
	if !hasDay {
		return span(y, mon, mon)
	}
	dd, ok := num(d)
	if !ok || len(d) != 2 || dd < 1 {
		return "", "", false
	}
	t := time.Date(y, time.Month(mon), dd, 0, 0, 0, 0, time.UTC)
	if t.Month() != time.Month(mon) {
		return "", "", false
	}
	return day(t), day(t), true
}

// SnippetPart is a piece of a snippet, matched or not.
type SnippetPart struct {
	Text string
	Hit  bool
}

// SplitSnippet cuts a snippet at its highlight markers so that renderers
// can escape each piece. Unbalanced markers are dropped.
func SplitSnippet(s string) []SnippetPart {
	var parts []SnippetPart
	hit := false
	for s != "" {
		marker := HighlightStart
		if hit {
			marker = HighlightEnd
		}
		i := strings.Index(s, marker)
		if i < 0 {
			i = len(s)
		}
		text := strings.NewReplacer(HighlightStart, "", HighlightEnd, "").Replace(s[:i])
		if text != "" {
			parts = append(parts, SnippetPart{Text: text, Hit: hit})
		}
		if i == len(s) {
			break
		}
		s = s[i+len(marker):]
		hit = !hit
	}
	return parts
}
