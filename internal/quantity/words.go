package quantity

import "sync"

type wclass uint8

const (
	wNone    wclass = iota
	wUnit           // zero..nine
	wTeen           // ten..nineteen
	wTens           // twenty..ninety
	wHundred        // hundred
	wScale          // thousand, million, lakh, crore, bn, тыс ...
	wDozen          // dozen
	wOrd            // ordinal: first, fifth, hundredth; plural "fifths"
	wAnd            // and
	wPoint          // point
	wMinus          // minus, negative
	wA              // a, an
	wLit            // a digit literal (parser state only)
	wHunds          // a whole hundreds word: "двести" (data files)
)

type wordInfo struct {
	c      wclass
	v      float64
	plural bool // "fifths", "dozens", "thousands"
	one    bool // a multiplier that alone is one of it: "тысяча", "миллион"
	gen    bool // a genitive singular multiplier: one of it after a governing word ("около тысячи")
}

var words = map[string]wordInfo{}

// loadTables builds the tables once, at the first use of the package
// (analyzeStream and newParser call it; every entry point goes through
// one of them), not at package init: a program that never finds a
// quantity does not build them, and dossier builds them after main has
// set its collector's target, instead of growing the start-up heap by
// 1.4 MB before main (two collections; docs/benchmarks.md, issue 18
// seventh pass). It builds them in order: the English ones written here,
// then the data files, which check their forms against them. Every table
// is written only here, so reading them after loadTables needs no lock.
var loadTables = sync.OnceFunc(func() {
	initWords()
	initCurrencies()
	initDims()
	initMonths()
	if err := loadLexicon(); err != nil {
		panic(err)
	}
	buildStartWords()
})

func initWords() {
	units := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	for i, w := range units {
		words[w] = wordInfo{c: wUnit, v: float64(i)}
	}
	words["nought"] = wordInfo{c: wUnit}
	words["naught"] = wordInfo{c: wUnit}
	teens := []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	for i, w := range teens {
		words[w] = wordInfo{c: wTeen, v: float64(10 + i)}
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, w := range tens {
		words[w] = wordInfo{c: wTens, v: float64(20 + 10*i)}
	}
	words["fourty"] = wordInfo{c: wTens, v: 40}
	words["hundred"] = wordInfo{c: wHundred, v: 100}
	words["hundreds"] = wordInfo{c: wHundred, v: 100, plural: true}
	for w, v := range map[string]float64{
		"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,
		"bn": 1e9, "bln": 1e9, "mln": 1e6, "mn": 1e6, "tln": 1e12, "trn": 1e12,
		// German
		"tausend": 1e3, "mio": 1e6, "millionen": 1e6, "mrd": 1e9, "milliarde": 1e9, "milliarden": 1e9,
	} {
		words[w] = wordInfo{c: wScale, v: v}
	}
	for w, v := range map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12} {
		words[w] = wordInfo{c: wScale, v: v, plural: true}
	}
	words["dozen"] = wordInfo{c: wDozen, v: 12}
	words["dozens"] = wordInfo{c: wDozen, v: 12, plural: true}
	words["dz"] = wordInfo{c: wDozen, v: 12}
	words["dzs"] = wordInfo{c: wDozen, v: 12, plural: true}
	words["doz"] = wordInfo{c: wDozen, v: 12}
	words["dozs"] = wordInfo{c: wDozen, v: 12, plural: true}
	ords := map[string]float64{
		"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
		"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
		"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40,
		"fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
		"hundredth": 100, "thousandth": 1e3, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
	}
	for w, v := range ords {
		words[w] = wordInfo{c: wOrd, v: v}
		words[w+"s"] = wordInfo{c: wOrd, v: v, plural: true}
	}
	words["half"] = wordInfo{c: wOrd, v: 2}
	words["halves"] = wordInfo{c: wOrd, v: 2, plural: true}
	words["quarter"] = wordInfo{c: wOrd, v: 4}
	words["quarters"] = wordInfo{c: wOrd, v: 4, plural: true}
	words["and"] = wordInfo{c: wAnd}
	words["point"] = wordInfo{c: wPoint}
	words["minus"] = wordInfo{c: wMinus}
	words["negative"] = wordInfo{c: wMinus}
	words["a"] = wordInfo{c: wA}
	words["an"] = wordInfo{c: wA}
}

// suffixScaleAt is suffixScale of the word at k, where an "m" before a
// unit noun of a measure or a count is million, not metres: "2m barrels",
// "3m tonnes", "5m people" ("a 2m wall" keeps its metres).
func (p *parser) suffixScaleAt(k int, money bool) float64 {
	raw := p.text[p.t[k].s:p.t[k].e]
	if raw == "m" && !money && k+1 < len(p.t) && p.t[k+1].k == kWord && p.t[k+1].sp {
		n := p.t[k+1].low
		if _, ok := dimTab.Get(n); ok && len(n) > 2 || countNouns[n] {
			return 1e6
		}
	}
	return suffixScale(raw, money)
}

// suffixScale is a multiplier written right after digits: "10k", "1.2bn",
// "2mil". Case matters: "10M" is ten million, "10m" is ten metres.
func suffixScale(s string, money bool) float64 {
	switch s {
	case "k", "K", "thou":
		return 1e3
	case "M", "MM", "mil", "mln", "Mn", "mn", "Mio":
		return 1e6
	case "m":
		if money {
			return 1e6
		}
	case "bn", "Bn", "BN", "b", "B", "bln", "G", "Mrd", "mrd":
		return 1e9
	case "tn", "Tn", "tln", "trn":
		return 1e12
	}
	return 0
}
