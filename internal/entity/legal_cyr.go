package entity

import (
	"strconv"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/rx"
)

// References to UN resolutions in Russian and Ukrainian, in every case:
// "резолюция Совета Безопасности ООН 2397", "резолюции СБ ООН 2397",
// "резолюцією 2375", "резолюций 2270, 2321 и 2375", "пункт 8 резолюции
// 2397", "резолюцию 2375: ее пункт 17", and "пункт 8 резолюции" with the
// resolution left to the text around it (the one last named, else the next).
const (
	cyrL       = `[\p{Cyrillic}]`
	cyrResWord = `[Рр]езолюц` + cyrL + `*`
	cyrBody    = `(?:\s+(?:[\p{Lu}]` + cyrL + `*|ООН|СБ|РБ|UN)){0,5}`
	cyrNum     = `(?:№\s*)?\d{3,4}`
	cyrPara    = `(?:[Пп]ункт` + cyrL + `*|п\.)\s*(?P<pb>\d{1,2})\s+`
	cyrAfter   = `(?:\s*[:,]?\s*(?:(?:её|ее|її|ейного)\s+)?[Пп]ункт` + cyrL + `*\s+(?P<pa>\d{1,2}))?`
	cyrJoin    = `\s*(?:,|и|і|та|й)\s*`
)

var (
	cyrLegalRe = rx.MustCompileLazy(`(?:` + cyrPara + `)?` + `(?P<res>` + cyrResWord + `)` + cyrBody +
		`(?:\s+(?P<nums>` + cyrNum + `(?:` + cyrJoin + cyrNum + `)*))?` + cyrAfter)
	cyrNumRe = rx.MustCompileLazy(`\d{3,4}`)
	cyrUNCue = rx.MustCompileLazy(`ООН|Совет\p{L}* [Бб]езопасности|Рад[аиі] [Бб]езпеки|Совбез|СБ ООН`)
)

// findLegalCyr finds the Cyrillic references of text; docUN says whether
// the text names the UN (then a bare "резолюция 2397" counts).
func findLegalCyr(text string) []doc.LegalRef {
	if !strings.Contains(text, "езолюц") {
		return nil
	}
	docUN := sync.OnceValue(func() bool { return cyrUNCue.MatchString(text) || unCue.MatchString(text) })
	var out []doc.LegalRef
	names := cyrLegalRe.SubexpNames()
	for _, m := range cyrLegalRe.FindAllStringSubmatchIndex(text, -1) {
		get := func(name string) (int, int) {
			for i, n := range names {
				if n == name && m[2*i] >= 0 {
					return m[2*i], m[2*i+1]
				}
			}
			return -1, -1
		}
		rs, _ := get("res")
		bodyUN := cyrUNCue.MatchString(text[rs:m[1]])
		if !bodyUN && !docUN() {
			continue
		}
		para := 0
		for _, g := range []string{"pb", "pa"} {
			if s, e := get(g); s >= 0 {
				para, _ = strconv.Atoi(text[s:e])
			}
		}
		ns, ne := get("nums")
		if ns < 0 {
			// "пункт 8 резолюции": the resolution the text names around it
			if para == 0 {
				continue
			}
			inst := nearestInstrument(out, text, m[0])
			if inst == "" {
				continue
			}
			out = append(out, doc.LegalRef{Start: m[0], End: m[1], Text: text[m[0]:m[1]], Instrument: inst, Paragraph: para})
			continue
		}
		for k, loc := range cyrNumRe.FindAllStringIndex(text[ns:ne], -1) {
			n, err := strconv.Atoi(text[ns+loc[0] : ns+loc[1]])
			if err != nil || n < 1 || n > 3999 {
				continue
			}
			s, e := ns+loc[0], ns+loc[1]
			if k == 0 {
				s = m[0]
				if para > 0 {
					e = max(e, m[1])
				}
			}
			out = append(out, doc.LegalRef{Start: s, End: e, Text: text[s:e], Instrument: "UNSCR " + strconv.Itoa(n), Paragraph: para})
		}
	}
	return out
}

// nearestInstrument returns the instrument of the last reference before
// byte at, else of the first resolution number after it in text.
func nearestInstrument(found []doc.LegalRef, text string, at int) string {
	if n := len(found); n > 0 && found[n-1].Start < at {
		return found[n-1].Instrument // found is in text order
	}
	after := text[at:min(len(text), at+2000)] // the next paragraph or two
	for _, m := range cyrLegalRe.FindAllStringSubmatchIndex(after, 4) {
		ns := m[2*cyrLegalRe.SubexpIndex("nums")]
		if ns >= 0 {
			if loc := cyrNumRe.FindStringIndex(after[ns:]); loc != nil {
				return "UNSCR " + after[ns+loc[0]:ns+loc[1]]
			}
		}
	}
	return ""
}
