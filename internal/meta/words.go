package meta

import (
	"sort"
	"strings"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// Month and weekday names come from the shared lexicon (English, Russian,
// Ukrainian), so the date patterns below know every form listed there.
var (
	// months maps every folded month form of every language to its number.
	months = monthTable()
	// monthAlt is the alternation of the English month names and
	// abbreviations, longest first ("sept" before "sep").
	monthAlt = alternationOf(monthForms)
	// monthForms are the English month names and abbreviations monthAlt
	// joins.
	monthForms = keptForms(lexicon.Get("en", "months").Entries(), func(lexicon.Entry) bool { return true })
	// monthRE matches an English month name or abbreviation in any case.
	monthRE = `(?i:` + monthAlt + `)`
	// ruMonthAlt is the alternation of the Russian and Ukrainian month
	// names in the genitive, as dates write them ("3 марта 2024",
	// "3 березня 2024").
	ruMonthAlt = alternation(append(lexicon.Get("ru", "months").Entries(), lexicon.Get("uk", "months").Entries()...),
		func(e lexicon.Entry) bool { return e.Tag == "gen" })
	ruMonthRE = `(?i:` + ruMonthAlt + `)`
	// ruMonthDLRE: the Russian and Ukrainian month names in the genitive
	// and their abbreviations, as datelines write them ("5 мар", "5 бер").
	ruMonthDLRE = `(?i:` + ruMonthDateAlt + `)`
	// ruMonthDateAlt: the genitive month names and their abbreviations
	// ("14 ноября 2025", "14 ноя 2025", "14 лист. 2025"), in datelines and
	// in the dates of header lines.
	ruMonthDateAlt = alternation(append(lexicon.Get("ru", "months").Entries(), lexicon.Get("uk", "months").Entries()...),
		func(e lexicon.Entry) bool { return e.Tag == "gen" || e.Tag == "abbr" })
	// ruMonthEnd: the Russian and Ukrainian month names that end a range
	// of months, in the nominative or genitive ("по май", "до травня").
	ruMonthEnd = alternation(append(lexicon.Get("ru", "months").Entries(), lexicon.Get("uk", "months").Entries()...),
		func(e lexicon.Entry) bool { return e.Tag == "gen" || e.Tag == "nom" })
	// ruMonthPrep: the Russian and Ukrainian month names in the
	// prepositional ("в июне", "у червні").
	ruMonthPrep = alternation(append(lexicon.Get("ru", "months").Entries(), lexicon.Get("uk", "months").Entries()...),
		func(e lexicon.Entry) bool { return e.Tag == "prep" || e.Tag == "loc" })
	// weekdayAlt is the alternation of weekday names (nominative) and
	// abbreviations of every language.
	weekdayAlt = alternationOf(weekdayForms)
	// weekdayForms are the weekday names and abbreviations weekdayAlt
	// joins.
	weekdayForms = keptForms(append(append(lexicon.Get("en", "weekdays").Entries(), lexicon.Get("ru", "weekdays").Entries()...),
		lexicon.Get("uk", "weekdays").Entries()...), func(e lexicon.Entry) bool { return e.Tag == "" || e.Tag == "abbr" || e.Tag == "nom" })
)

func monthTable() map[string]int {
	langs := []string{"en", "ru", "uk"}
	n := 0
	for _, lang := range langs {
		n += lexicon.Get(lang, "months").Len()
	}
	m := make(map[string]int, n) // room for every form: the map does not grow
	for _, lang := range langs {
		for e := range lexicon.Get(lang, "months").All() {
			if _, dup := m[e.Form]; !dup {
				m[e.Form] = e.Int()
			}
		}
	}
	return m
}

// monthNum returns the number of a month form in any case, or 0.
func monthNum(s string) int { return months[lexicon.Fold(s)] }

// alternation joins the forms kept by keep, longest first, as a regular
// expression alternation (forms are letters, apostrophes and spaces).
func alternation(es []lexicon.Entry, keep func(lexicon.Entry) bool) string {
	return alternationOf(keptForms(es, keep))
}

// keptForms are the distinct forms keep keeps, longest first (as
// alternatives: altOf).
func keptForms(es []lexicon.Entry, keep func(lexicon.Entry) bool) []string {
	seen := map[string]bool{}
	var forms []string
	for _, e := range es {
		if keep(e) && !seen[e.Form] {
			seen[e.Form] = true
			forms = append(forms, e.Form)
		}
	}
	sort.SliceStable(forms, func(i, j int) bool { return len(altOf(forms[i])) > len(altOf(forms[j])) })
	return forms
}

// alternationOf joins forms as a regular expression alternation.
func alternationOf(forms []string) string {
	alts := make([]string, len(forms))
	for i, f := range forms {
		alts[i] = altOf(f)
	}
	return strings.Join(alts, "|")
}

// altOf is a form as an alternative of a pattern: an apostrophe in it
// takes any of ' ’ ʼ.
func altOf(form string) string { return strings.ReplaceAll(form, "'", "['’ʼ]") }
