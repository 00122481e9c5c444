package topic

import (
	"strings"

	"github.com/dossier-osint/dossier/internal/lexicon"
	tk "github.com/dossier-osint/dossier/internal/token"
)

// Units: a topic file and a claim write a unit the same way only after
// NormalizeUnit. The conventions are those of the claim keys: "person",
// "permit", "USD" (money in US dollars), "ratio", "percent", and for
// anything else the counted noun in the singular ("rouble", "barrel",
// "kilometre"). A currency code or a unit symbol the quantity finder
// writes ("RUB", "bbl", "km") becomes that noun.

// unitNames maps codes, symbols and variant spellings (lower case) to
// the unit's noun.
var unitNames = map[string]string{
	// the fixed units
	"usd": "USD", "us$": "USD", "$": "USD", "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
	"%": "percent", "per cent": "percent", "percentage": "percent", "pct": "percent",
	"people": "person", "persons": "person",
	"times": "ratio", "fold": "ratio",
	// money in another currency is counted by its noun
	"rub": "rouble", "ruble": "rouble", "rubles": "rouble", "₽": "rouble",
	"eur": "euro", "€": "euro",
	"cny": "yuan", "rmb": "yuan", "renminbi": "yuan",
	"krw": "won", "kpw": "won",
	"jpy": "yen",
	"gbp": "pound sterling", "£": "pound sterling",
	// symbols of measures
	"bbl": "barrel", "km": "kilometre", "kilometer": "kilometre", "m": "metre", "meter": "metre",
	"mi": "mile", "kg": "kilogram", "kilogramme": "kilogram", "t": "tonne", "ton": "tonne", "metric ton": "tonne",
	"l": "litre", "liter": "litre", "gal": "gallon", "lb": "pound", "ha": "hectare",
	"km2": "square kilometre", "sq km": "square kilometre", "m2": "square metre", "sq m": "square metre",
	"m3": "cubic metre", "mm": "millimetre", "millimeter": "millimetre", "cm": "centimetre", "centimeter": "centimetre",
	"mw": "megawatt", "kw": "kilowatt",
	"kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour", "twh": "terawatt hour",
}

// unitTab is unitNames as a token.Table, for the look-ups of every unit
// of every claim (most units are in no entry: turned away by the table's
// first test).
var unitTab = tk.NewTable(unitNames)

// moneyUnits are the normalized units that count money.
var moneyUnits = tk.NewTable(map[string]bool{"USD": true, "rouble": true, "euro": true, "yuan": true, "won": true, "yen": true, "pound sterling": true})

// NormalizeUnit returns the form of a unit that topics and claims compare:
// a code or symbol becomes its noun ("RUB" → "rouble", "bbl" → "barrel"),
// a plural its singular ("barrels" → "barrel", "member states" → "member
// state"), other words lower case. Words in other scripts are kept as
// written, lower case.
func NormalizeUnit(u string) string {
	u = strings.TrimSpace(u)
	if u == "" || u == "USD" || u == "person" || u == "permit" || u == "ratio" || u == "percent" {
		return u // the common case, without allocating
	}
	lu := JoinFields(lexicon.LowerString(u)) // u itself when already so
	if n, ok := unitTab.Get(lu); ok {
		return n
	}
	head, last := "", lu
	if i := strings.LastIndexByte(lu, ' '); i >= 0 {
		head, last = lu[:i+1], lu[i+1:]
	}
	sing := singularNoun(last)
	if n, ok := unitTab.Get(sing); ok && head == "" {
		return n
	}
	if sing == last {
		return lu // head + last, without allocating
	}
	return head + sing
}

// IsMoney reports whether a unit (normalized or a currency code) counts
// money.
func IsMoney(u string) bool {
	if tk.In(moneyUnits, u) {
		return true
	}
	return len(u) == 3 && strings.ToUpper(u) == u && u != strings.ToLower(u)
}

// singularNoun returns the singular of an English plural noun ("barrels",
// "entries", "boxes"); a word with a letter outside ASCII, or no plural,
// is returned unchanged.
func singularNoun(w string) string {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return w
		}
	}
	switch w {
	case "people":
		return "person"
	case "children":
		return "child"
	case "feet":
		return "foot"
	case "series", "species", "news", "personnel", "staff", "gas", "bus":
		return w
	}
	switch {
	case strings.HasSuffix(w, "men") && len(w) > 4:
		return w[:len(w)-3] + "man"
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
