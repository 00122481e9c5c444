package topic

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// shortStem is the stem length, in letters, below which a term's stem may
// meet unrelated words ("рад" of "радио" meets "Рада"): Explain warns.
const shortStem = 4

// Explain says how the topic's terms in stemmed languages (Russian,
// Ukrainian) will match a text, one line per term: the stem every
// inflection shares, the passive and past forms a verb adds, the unit a
// claim counting a counted term takes, and a warning for a stem so short
// that it meets unrelated words. `dossier topics check --explain` prints
// it.
func (t *Topic) Explain() []string {
	var out []string
	for i := range t.Indicators {
		ind := &t.Indicators[i]
		for k, u := range ind.Units {
			out = append(out, ind.ID+" units "+explainUnit(u, ind.c.units[k]))
		}
		codes := make([]string, 0, len(ind.Languages))
		for code := range ind.Languages {
			codes = append(codes, code)
		}
		sort.Strings(codes)
		for _, code := range codes {
			terms := ind.Languages[code]
			if terms == nil || !Stemmed(code) {
				continue
			}
			lists := terms.lists()
			for k, key := range termKeys {
				for _, term := range lists[k] {
					out = append(out, ind.ID+" "+code+" "+key+" "+explainTerm(ind, code, key, term))
				}
			}
		}
	}
	return out
}

// explainTerm is the line of Explain for one term.
func explainTerm(ind *Indicator, lang, key, term string) string {
	ws := Words(term)
	var stems []string
	short := false
	for _, w := range ws {
		st := Stem(lang, w.Text)
		if st == "" {
			stems = append(stems, w.Text+" (as written)")
			continue
		}
		if utf8.RuneCountInString(st) < shortStem {
			short = true
		}
		stems = append(stems, st+"-")
	}
	line := fmt.Sprintf("%q: by stem %s", term, strings.Join(stems, " "))
	if len(ws) == 1 {
		if fs := VerbForms(lang, ws[0].Text); len(fs) > 0 {
			seen := map[string]bool{}
			var extra []string
			for _, f := range fs {
				if st := Stem(lang, f); st != "" && !seen[st] && st+"-" != stems[0] {
					seen[st] = true
					extra = append(extra, st+"-")
				}
			}
			if len(extra) > 0 {
				line += ", and its verb forms " + strings.Join(extra, " ")
			}
		}
		if key == "counted" {
			if st := Stem(lang, ws[0].Text); st != "" {
				if u, ok := ind.termsFor(lang).langUnits[stemKey(lang, st)]; ok {
					line += "; a claim counting it that dossier's own lists do not know takes unit " + u
				}
			}
		}
	}
	if short {
		line += fmt.Sprintf("; warning: a stem under %d letters may match unrelated words", shortStem)
	}
	return line
}

// explainUnit says which claim units a topic's unit matches: its
// normalized form and the codes and symbols that normalize to it ("barrel:
// matches barrel, also written barrels, bbl").
func explainUnit(u, norm string) string {
	var also []string
	for k, v := range unitNames {
		if v == norm && k != norm {
			also = append(also, k)
		}
	}
	sort.Strings(also)
	line := fmt.Sprintf("%q: matches claims in %s", u, norm)
	if len(also) > 0 {
		line += " (also written " + strings.Join(also, ", ") + ", and plurals)"
	} else if norm != "USD" && norm != "percent" && norm != "ratio" {
		line += " (and its plural)"
	}
	return line
}
