package claim

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Data lists: a header sentence names the data and what they count
// ("Entries of Mongolian citizens recorded by the border service, by
// year:") and the items after it give one figure each under a label
// ("- 2021: 4,310", "2022 — 5,020", "Q1 2024: 412"). Each item is a claim
// counting what the header counts; the label dates it when it is a time.

// maxListItems is how many items back from an item its header may stand.
const maxListItems = 24

// maxLabelWords is the longest label an item may have.
const maxLabelWords = 5

// bulletChars open a list item.
const bulletChars = "-–—•*·▪●◦ \t\u00a0"

// listItem reports whether sentence s is one list item: a short label, a
// colon or dash, the figure (its quantity spans [rs, re) of the text) and
// nothing after it but punctuation. label is the label's text.
func listItem(s *sent, rs, re int) (label string, ok bool) {
	before := strings.TrimLeft(s.text[:rs], bulletChars)
	before = strings.TrimRight(before, " \t\u00a0")
	sep := strings.LastIndexAny(before, ":—–-")
	if sep < 0 || strings.TrimSpace(before[sep+len(firstRune(before[sep:])):]) != "" {
		return "", false
	}
	label = strings.TrimSpace(before[:sep])
	if label == "" || len(strings.Fields(label)) > maxLabelWords {
		return "", false
	}
	if after := strings.TrimSpace(s.text[re:]); strings.Trim(after, ".;,") != "" {
		return "", false
	}
	return label, true
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

// isListItem reports whether the sentence is a list item of some figure.
func isListItem(s *sent) bool {
	for _, q := range s.quants {
		if _, ok := listItem(s, q.Start-s.start, q.End-s.start); ok {
			return true
		}
	}
	return false
}

// listHeader returns the index of the header sentence of the list item
// si: the sentence before the run of items holding si, when it ends with a
// colon; -1 when there is none.
func (x *extractor) listHeader(si int) int {
	for k := si - 1; k >= 0 && k >= si-maxListItems; k-- {
		h := x.sents[k]
		if isListItem(h) {
			continue
		}
		if strings.HasSuffix(trimNoteMarks(h.text), ":") && h.kind != "title" {
			return k
		}
		return -1
	}
	return -1
}

// headerCountedAt returns the counted phrase a list header names, its
// opening noun phrase ("Arrivals of Lao nationals" in "Arrivals of Lao
// nationals recorded by ..., by year:"), or "", and the phrase's offset in
// h.text.
func headerCountedAt(h *sent) (string, int) {
	toks := h.tokens()
	k := 0
	for k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	if k+1 < len(toks) && (toks[k].lower == "number" || toks[k].lower == "total") && toks[k+1].lower == "of" {
		k += 2 // "The number of work permits": what the number counts
	}
	first, last := k, -1
	for j := k; j < len(toks) && j < k+8; j++ {
		lw := toks[j].lower
		if lw == "of" && j > first && j+1 < len(toks) && toks[j].punctAfter == 0 {
			continue
		}
		if stopWords[lw] || j > first && strings.HasSuffix(lw, "ed") && !isCapitalized(toks[j].text) || hasDigitOrNumberWord(toks[j].text, toks, j) {
			break
		}
		last = j
		if toks[j].punctAfter != 0 {
			break
		}
	}
	if last < first {
		return "", 0
	}
	return h.text[toks[first].start:toks[last].end], toks[first].start
}

// listYear returns the period a label that is a bare year ("2021") or a
// quarter or half ("Q1 2024", "2024 Q3", "H2 2023") gives, else "".
func listYear(label string) string {
	isYear := func(w string) bool {
		return len(w) == 4 && strings.Trim(w, "0123456789") == "" && (w[0] == '1' || w[0] == '2')
	}
	ws := strings.Fields(label)
	if len(ws) == 2 && isYear(ws[0]) && cyrYearWords[strings.ToLower(ws[1])] {
		ws = ws[:1] // "2022 год", "2023 г.", "2024 рік"
	}
	switch {
	case len(ws) == 1 && isYear(ws[0]):
		return ws[0]
	case len(ws) == 2 && isYear(ws[1]) && partOfYear(ws[0]) != "":
		return ws[1] + "-" + partOfYear(ws[0])
	case len(ws) == 2 && isYear(ws[0]) && partOfYear(ws[1]) != "":
		return ws[0] + "-" + partOfYear(ws[1])
	}
	return ""
}

// cyrYearWords follow a year in a Russian or Ukrainian label.
var cyrYearWords = set(`год г г. года рік р р. року`)

// partOfYear reads "Q1".."Q4" and "H1", "H2" as TIMEX3 parts of a year.
func partOfYear(w string) string {
	w = strings.ToUpper(w)
	if len(w) == 2 && (w[0] == 'Q' && w[1] >= '1' && w[1] <= '4' || w[0] == 'H' && (w[1] == '1' || w[1] == '2')) {
		return w
	}
	return ""
}

func strconvQuote(s string) string {
	if len(s) > 60 {
		k := 57
		for k > 0 && !utf8.RuneStart(s[k]) {
			k-- // not inside a letter of another script
		}
		s = s[:k] + "..."
	}
	return strconv.Quote(s)
}

// listInherit gives a list item ("- 2021: 4,310" under "Arrivals of Lao
// nationals ..., by year:") the counted phrase of its header.
func (x *extractor) listInherit(si, rs, re int) (inherited, bool) {
	label, ok := listItem(x.sents[si], rs, re)
	if !ok {
		return inherited{}, false
	}
	h := x.listHeader(si)
	if h < 0 {
		return inherited{}, false
	}
	ph, at := headerCountedAt(x.sents[h])
	u := headerUnit(ph)
	if lang := x.stemLang(x.sents[h]); lang != "" {
		ph, at, u = cyrHeaderCounted(x.sents[h], lang) // "Въезды граждан КНДР ..., по годам:"
	}
	if ph == "" || u == "" {
		return inherited{}, false
	}
	x.listHead, x.listLabel, x.listCountedAt = h, label, at
	return inherited{counted: ph, unit: u, how: "an item of the list headed " + strconvQuote(x.sents[h].text), from: -1}, true
}

// listReading is the sentence a list item's claim is matched with: its
// figure before the header from the counted phrase on ("3,150 entries by
// North Korean citizens into Russia recorded by ..."), as if the item
// were written out.
func (x *extractor) listReading(c doc.Claim) doc.Claim {
	h := x.sents[x.listHead]
	c.Sentence = c.Text + " " + h.text[x.listCountedAt:]
	c.SentenceStart, c.SentenceEnd = c.Start, c.Start+len(c.Sentence)
	return c
}

// trimNoteMarks trims white space and footnote markers at the end of a
// sentence ("by year:[4]", "by year:¹", "by year: [a]").
func trimNoteMarks(t string) string {
	for {
		t = strings.TrimRight(t, " \t\u00a0¹²³⁴⁵⁶⁷⁸⁹⁰*†")
		if !strings.HasSuffix(t, "]") {
			return t
		}
		i := strings.LastIndexByte(t, '[')
		if i < 0 || len(t)-i > 5 {
			return t
		}
		t = t[:i]
	}
}

// headerUnit is the unit of a header's counted phrase: the noun before
// "of" counts ("Entries of Lao citizens" counts entries, "Arrivals of Lao
// nationals" people arriving), else the phrase's head.
func headerUnit(ph string) string {
	if i := strings.Index(ph, " of "); i > 0 {
		if u := unitOf(ph[:i]); u != "" {
			return u
		}
	}
	return unitOf(ph)
}
