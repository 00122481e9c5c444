package entity

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
)

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20}

const (
	reNum   = `(?:No\.?\s*)?\d{2,4}(?:\s*\(\d{4}\))?`
	reBody  = `(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Security\s+Council\s+|UNSC\s+|General\s+Assembly\s+)?(?:sanctions?\s+)?`
	rePara  = `(?:(?:the\s+)?(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,2}(?:st|nd|rd|th))\s+(?:operative\s+)?paragraph\s+of\s+|(?:operative\s+)?paragraphs?\s+(?P<pn>\d{1,2})\s+of\s+)?`
	reAfter = `(?:,?\s*(?:operative\s+)?paragraph\s+(?P<pn2>\d{1,2}))?`
)

var (
	legalRe = regexp.MustCompile(`(?i)\b` + rePara + `(?P<body>\b(?:the\s+)?` + reBody +
		`(?:resolutions?|UNSCRs?)\s+(?P<nums>` + reNum + `(?:\s*(?:,|and|&|or|as\s+well\s+as)\s*` + reNum + `)*))` + reAfter)
	numRe = regexp.MustCompile(`\d{2,4}(?:\s*\(\d{4}\))?`)
	unCue = regexp.MustCompile(`(?i)security\s+council|\bUNSC\b|\bU\.?N\.?\b|united\s+nations|general\s+assembly`)
)

// findLegal finds references to UN resolutions: "Resolution 2397", "UNSC
// resolutions 2321 and 2371" (two references), "the sixth paragraph of
// the Security Council's resolution 2270" (paragraph 6), "paragraph 6 of
// resolution 2270", "resolution 2270 (2016)". A bare "resolution N" counts
// only when the text names the UN or its Security Council somewhere.
func findLegal(text string) []doc.LegalRef {
	var out []doc.LegalRef
	if !hasFold(text, "resolution") && !strings.Contains(text, "UNSCR") {
		return nil
	}
	docUN := unCue.MatchString(text)
	for _, m := range legalRe.FindAllStringSubmatchIndex(text, -1) {
		get := func(name string) (string, int, int) {
			i := legalRe.SubexpIndex(name)
			if m[2*i] < 0 {
				return "", -1, -1
			}
			return text[m[2*i]:m[2*i+1]], m[2*i], m[2*i+1]
		}
		body, bs, _ := get("body")
		if !docUN && !unCue.MatchString(body) {
			continue
		}
		prefix := "UNSCR "
		if strings.Contains(strings.ToLower(body), "general") {
			prefix = "UNGA "
		}
		para := 0
		if o, _, _ := get("ord"); o != "" {
			o = strings.ToLower(o)
			if n, ok := ordinals[o]; ok {
				para = n
			} else {
				para, _ = strconv.Atoi(strings.TrimRight(o, "stndrh"))
			}
		}
		if p, _, _ := get("pn"); p != "" {
			para, _ = strconv.Atoi(p)
		}
		if p, _, _ := get("pn2"); p != "" {
			para, _ = strconv.Atoi(p)
		}
		_, ns, ne := get("nums")
		start := m[0]
		if para == 0 {
			start = bs
			// leave out a leading "the "
			if len(text)-start >= 4 && strings.EqualFold(text[start:start+4], "the ") {
				start += 4
			}
		}
		for k, loc := range numRe.FindAllStringIndex(text[ns:ne], -1) {
			numText := text[ns+loc[0] : ns+loc[1]]
			if j := strings.IndexByte(numText, '('); j >= 0 {
				numText = strings.TrimSpace(numText[:j])
			}
			n, err := strconv.Atoi(numText)
			if err != nil || n < 1 || n > 3999 {
				continue
			}
			s, e := ns+loc[0], ns+loc[1]
			if k == 0 {
				s = start
				if para > 0 {
					e = max(e, m[1])
				}
			}
			out = append(out, doc.LegalRef{Start: s, End: e, Text: text[s:e], Instrument: prefix + strconv.Itoa(n), Paragraph: para})
		}
	}
	return out
}

// hasFold reports whether text contains the lower-case ASCII word w in any
// case, without allocating a lower-cased copy.
func hasFold(text, w string) bool {
	for i := 0; i+len(w) <= len(text); i++ {
		if text[i]|0x20 == w[0] && strings.EqualFold(text[i:i+len(w)], w) {
			return true
		}
	}
	return false
}
