package web

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// Seg is a run of article text with the annotations covering it. Text is
// plain text; the template escapes it.
type Seg struct {
	Text    string
	Class   string   // space-separated: t (time), q (quantity), m (name), c (claim figure), cs (claim sentence), focus
	Title   string   // the normalized values, shown on hover
	Href    string   // an entity page for names, the claim page for claim figures
	Anchors []string // ids of empty anchors placed before the text (claim-N)
}

// Para is a paragraph of the article as segments.
type Para struct {
	Kind string
	Segs []Seg
}

type span struct {
	start, end int
	class      string
	title      string
	href       string
	anchor     string
}

// highlight cuts the article's paragraphs into segments at every
// annotation boundary. focus is a claim id whose sentence is highlighted.
// Spans that are out of range or not on character boundaries are skipped.
func highlight(a *doc.Article, claims []store.StoredClaim, focus int64) []Para {
	text := a.Text
	valid := func(s, e int) bool {
		return s >= 0 && e <= len(text) && s < e &&
			(s == len(text) || utf8.RuneStart(text[s])) && (e == len(text) || utf8.RuneStart(text[e]))
	}
	var spans []span
	add := func(sp span) {
		if valid(sp.start, sp.end) {
			spans = append(spans, sp)
		}
	}
	if an := a.Annotations; an != nil {
		for _, t := range an.Times {
			title := "time " + t.Type + " = " + orDash(t.Value)
			if t.Mod != "" {
				title += " (" + t.Mod + ")"
			}
			add(span{start: t.Start, end: t.End, class: "t", title: title})
		}
		for _, q := range an.Quantities {
			title := q.Kind + " = " + q.Value.String()
			if q.Unit != "" {
				title += " " + q.Unit
			}
			if q.Per != "" {
				title += " per " + q.Per
			}
			add(span{start: q.Start, end: q.End, class: "q", title: title})
		}
		for _, m := range an.Mentions {
			sp := span{start: m.Start, end: m.End, class: "m", title: m.Type + " → " + orDash(m.Entity)}
			if m.Entity != "" {
				sp.href = "/entities/" + url.PathEscape(m.Entity)
			}
			add(sp)
		}
	}
	for _, c := range claims {
		id := strconv.FormatInt(c.ID, 10)
		cls := "cs"
		if c.ID == focus {
			cls = "cs focus"
		}
		add(span{start: c.SentenceStart, end: c.SentenceEnd, class: cls, anchor: "claim-" + id})
		add(span{start: c.Start, end: c.End, class: "c c-" + c.Review, href: "/claims/" + id,
			title: fmt.Sprintf("claim %s: %s %s, %s, period %s, said by %s [%s]", id, c.Value.String(), c.Unit,
				orDash(c.Indicator), orDash(c.Period), orDash(c.SaidBy), c.Review)})
	}
	var paras []Para
	pars := a.Paragraphs
	if len(pars) == 0 && text != "" {
		pars = []doc.Paragraph{{Kind: doc.KindBody, Start: 0, End: len(text)}}
	}
	for _, p := range pars {
		if !valid(p.Start, p.End) {
			continue
		}
		paras = append(paras, Para{Kind: p.Kind, Segs: segments(text, p.Start, p.End, spans)})
	}
	return paras
}

func segments(text string, ps, pe int, spans []span) []Seg {
	cuts := map[int]bool{ps: true, pe: true}
	var in []span
	for _, sp := range spans {
		if sp.end <= ps || sp.start >= pe {
			continue
		}
		in = append(in, sp)
		cuts[max(sp.start, ps)] = true
		cuts[min(sp.end, pe)] = true
	}
	pos := make([]int, 0, len(cuts))
	for c := range cuts {
		pos = append(pos, c)
	}
	sort.Ints(pos)
	var out []Seg
	for i := 0; i+1 < len(pos); i++ {
		s, e := pos[i], pos[i+1]
		seg := Seg{Text: text[s:e]}
		var classes, titles []string
		for _, sp := range in {
			if sp.anchor != "" && sp.start == s {
				seg.Anchors = append(seg.Anchors, sp.anchor)
			}
			if sp.start <= s && sp.end >= e {
				classes = append(classes, sp.class)
				if sp.title != "" {
					titles = append(titles, sp.title)
				}
				if sp.href != "" && (seg.Href == "" || strings.HasPrefix(sp.href, "/claims/")) {
					seg.Href = sp.href
				}
			}
		}
		seg.Class = strings.Join(classes, " ")
		seg.Title = strings.Join(titles, "\n")
		out = append(out, seg)
	}
	return out
}

// SnippetPart is a piece of a snippet, matched or not.
type SnippetPart struct {
	Text string
	Hit  bool
}

// SplitSnippet cuts a snippet at the store's highlight markers so that the
// templates can escape each piece. Unbalanced markers are dropped.
func SplitSnippet(s string) []SnippetPart {
	var parts []SnippetPart
	hit := false
	for s != "" {
		marker := store.HighlightStart
		if hit {
			marker = store.HighlightEnd
		}
		i := strings.Index(s, marker)
		if i < 0 {
			i = len(s)
		}
		text := strings.NewReplacer(store.HighlightStart, "", store.HighlightEnd, "").Replace(s[:i])
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
