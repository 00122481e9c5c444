package store

import "strings"

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
