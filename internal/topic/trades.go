package topic

import (
	"strings"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// Trades: a topic that counts workers lists the general nouns ("worker",
// "рабочий", "робітник"); an article names them by their trade
// ("welders", "сборщики", "фахівці"). The shared list
// (internal/lexicon data/<lang>/trades.txt) holds both: an indicator whose
// counted terms hold one of its worker nouns counts every trade of the
// article's language and of English too, so a user's topic needs no list
// of occupations.

// countsWorkers reports whether one of the indicator's counted terms, in
// English or in one of its language blocks, is a worker noun of the
// shared list.
func (ind *Indicator) countsWorkers() bool {
	if anyWorkerNoun("en", ind.Counted) {
		return true
	}
	for code, block := range ind.Languages {
		if block != nil && anyWorkerNoun(code, block.Counted) {
			return true
		}
	}
	return false
}

// anyWorkerNoun reports whether one of terms is a worker noun of lang.
func anyWorkerNoun(lang string, terms []string) bool {
	l := lexicon.Get(lang, "trades")
	for _, t := range terms {
		for _, e := range l.LookupAll(strings.ToLower(t)) {
			if e.Key == "worker" {
				return true
			}
		}
	}
	return false
}

// TradeNouns returns the nouns of the trades of lang (the key "trade" of
// the shared list; nil for a language without one).
func TradeNouns(lang string) []string { return lexicon.Get(lang, "trades").Forms("trade") }

// tradeLangs are the languages of the shared trades list, English first
// (as "", its terms' language in a topic), then the others sorted: the
// order the trades follow an indicator's own counted terms in.
func tradeLangs() []string {
	out := []string{""}
	for _, l := range lexicon.Langs() {
		if l != "en" && len(TradeNouns(l)) > 0 {
			out = append(out, l)
		}
	}
	return out
}

// tradeNounsOf is TradeNouns of a topic's language code ("" for English).
func tradeNounsOf(code string) []string {
	if code == "" {
		return TradeNouns("en")
	}
	return TradeNouns(code)
}
