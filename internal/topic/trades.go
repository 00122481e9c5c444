package topic

import (
	"strings"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// Kinds: a topic lists the general nouns of what it counts ("worker",
// "рабочий", "soldier"); an article names them by their kind ("welders",
// "сборщики", "фахівці"; "paratroopers", "снайперы"). Shared lists
// (internal/lexicon data/<lang>/trades.txt, military.txt) hold both: an
// indicator whose counted terms hold one of a list's general nouns counts
// every kind of that list in the article's language and in English too,
// so a user's topic needs no list of occupations or military roles.

// kindLists are the shared lists of a general noun (key general) and its
// kinds (key kind), in the order their kinds follow an indicator's own
// counted terms.
var kindLists = []struct{ list, general, kind string }{
	{"trades", "worker", "trade"},
	{"military", "soldier", "role"},
}

// countedKinds returns the indices in kindLists of the lists one of whose
// general nouns is a counted term of the indicator, in English or in one
// of its language blocks; foreignKinds those of its foreign terms ("not
// soldiers" rules out paratroopers too).
func (ind *Indicator) countedKinds() []int {
	return ind.kindsOf(func(t *Terms) []string { return t.Counted }, ind.Counted)
}

func (ind *Indicator) foreignKinds() []int {
	return ind.kindsOf(func(t *Terms) []string { return t.Foreign }, ind.Foreign)
}

// kindsOf returns the lists one of whose general nouns is one of the terms
// (en) or of the terms list of a language block.
func (ind *Indicator) kindsOf(list func(*Terms) []string, en []string) []int {
	var out []int
	for k := range kindLists {
		if ind.holdsGeneral(k, list, en) {
			out = append(out, k)
		}
	}
	return out
}

// holdsGeneral reports whether a term of en or of a block's list is a
// general noun of list k.
func (ind *Indicator) holdsGeneral(k int, list func(*Terms) []string, en []string) bool {
	if anyGeneralNoun(k, "en", en) {
		return true
	}
	for code, block := range ind.Languages {
		if block != nil && anyGeneralNoun(k, code, list(block)) {
			return true
		}
	}
	return false
}

// countsWorkers reports whether the indicator counts workers (a general
// noun of the trades list).
func (ind *Indicator) countsWorkers() bool {
	return ind.holdsGeneral(0, func(t *Terms) []string { return t.Counted }, ind.Counted)
}

// anyGeneralNoun reports whether one of terms is a general noun of list k
// in lang.
func anyGeneralNoun(k int, lang string, terms []string) bool {
	l := lexicon.Get(lang, kindLists[k].list)
	for _, t := range terms {
		for _, e := range l.LookupAll(strings.ToLower(t)) {
			if e.Key == kindLists[k].general {
				return true
			}
		}
	}
	return false
}

// TradeNouns returns the nouns of the trades of lang (the key "trade" of
// the shared trades list; nil for a language without one).
func TradeNouns(lang string) []string { return KindNouns(0, lang) }

// KindNouns returns the kinds of list k (kindLists) in lang.
func KindNouns(k int, lang string) []string {
	return lexicon.Get(lang, kindLists[k].list).Forms(kindLists[k].kind)
}

// kindLangs are the languages of list k, English first (as "", its terms'
// language in a topic), then the others sorted.
func kindLangs(k int) []string {
	out := []string{""}
	for _, l := range lexicon.Langs() {
		if l != "en" && len(KindNouns(k, l)) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// kindNounsOf is KindNouns of a topic's language code ("" for English).
func kindNounsOf(k int, code string) []string {
	if code == "" {
		code = "en"
	}
	return KindNouns(k, code)
}

// addKinds adds to set the kinds of the lists ks for articles of lang
// ("" for every language: the all-language set).
func addKinds(set *PhraseSet, ks []int, lang string, all bool) {
	for _, k := range ks {
		for _, code := range kindLangs(k) {
			if all || code == "" || code == lang {
				set.Add(kindNounsOf(k, code), code)
			}
		}
	}
}
