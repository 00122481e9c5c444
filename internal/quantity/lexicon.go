package quantity

import (
	"strings"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// currency is one way of writing a currency.
type currency struct {
	name string // the Recognizers-Text unit name: "Dollar", "Euro"
	iso  string // ISO 4217 code the spec gives, "" when it gives none
	code string // the code dossier reports ("USD" for a bare "$")
}

// Currency symbols written before (or after) the amount. Longest first is
// handled by the caller (it tries two-token prefixes before one-token).
var currencySymbols = map[string]currency{
	"$":    {"Dollar", "", "USD"},
	"us$":  {"United States dollar", "USD", "USD"},
	"u.s$": {"United States dollar", "USD", "USD"},
	"usd$": {"United States dollar", "USD", "USD"},
	"c$":   {"Canadian dollar", "CAD", "CAD"},
	"cad$": {"Canadian dollar", "CAD", "CAD"},
	"a$":   {"Australian dollar", "AUD", "AUD"},
	"aud$": {"Australian dollar", "AUD", "AUD"},
	"hk$":  {"Hong Kong dollar", "HKD", "HKD"},
	"nz$":  {"New Zealand dollar", "NZD", "NZD"},
	"nzd$": {"New Zealand dollar", "NZD", "NZD"},
	"mex$": {"Mexican peso", "MXN", "MXN"},
	"mxn$": {"Mexican peso", "MXN", "MXN"},
	"s$":   {"Singapore dollar", "SGD", "SGD"},
	"€":    {"Euro", "EUR", "EUR"},
	"£":    {"Pound", "", "GBP"},
	"¥":    {"Japanese yen", "JPY", "JPY"},
	"₩":    {"South Korean won", "KRW", "KRW"},
	"₽":    {"Russian ruble", "RUB", "RUB"},
	"₴":    {"Ukrainian hryvnia", "UAH", "UAH"},
	"₹":    {"Indian rupee", "INR", "INR"},
	"₡":    {"Costa Rican colón", "CRC", "CRC"},
	"₾":    {"Georgian lari", "GEL", "GEL"},
	"₭":    {"Lao kip", "LAK", "LAK"},
	"ரூ":   {"Sri Lankan rupee", "LKR", "LKR"},
	"₿":    {"Bitcoin", "", "BTC"},
	"元":    {"Chinese yuan", "CNY", "CNY"},
}

// Currency words and codes, singular and plural, written after the amount
// (codes also before it).
var currencyWords = map[string]currency{}

func initCurrencies() {
	add := func(c currency, ws ...string) {
		for _, w := range ws {
			currencyWords[w] = c
		}
	}
	add(currency{"Dollar", "", "USD"}, "dollar", "dollars")
	add(currency{"United States dollar", "USD", "USD"}, "usd", "us dollar", "us dollars", "u.s. dollars", "american dollars")
	add(currency{"Canadian dollar", "CAD", "CAD"}, "cad", "canadian dollar", "canadian dollars")
	add(currency{"Australian dollar", "AUD", "AUD"}, "aud", "australian dollar", "australian dollars")
	add(currency{"Hong Kong dollar", "HKD", "HKD"}, "hkd", "hong kong dollars")
	add(currency{"New Zealand dollar", "NZD", "NZD"}, "nzd", "new zealand dollars")
	add(currency{"Mexican peso", "MXN", "MXN"}, "mxn", "mexican pesos")
	add(currency{"Euro", "EUR", "EUR"}, "eur", "euro", "euros")
	add(currency{"British pound", "GBP", "GBP"}, "gbp", "british pound", "british pounds", "pounds sterling")
	add(currency{"Pound", "", "GBP"}, "pound", "pounds")
	add(currency{"Pence", "", "GBP"}, "pence")
	add(currency{"Penny", "", "GBP"}, "penny")
	add(currency{"Cent", "", "USD"}, "cent", "cents")
	add(currency{"Japanese yen", "JPY", "JPY"}, "yen", "jpy", "japanese yen")
	add(currency{"Chinese yuan", "CNY", "CNY"}, "yuan", "cny", "rmb", "renminbi", "chinese yuan", "kuai")
	add(currency{"South Korean won", "KRW", "KRW"}, "won", "krw", "korean won", "south korean won")
	add(currency{"North Korean won", "KPW", "KPW"}, "kpw", "north korean won")
	add(currency{"Russian ruble", "RUB", "RUB"}, "rub", "ruble", "rubles", "rouble", "roubles", "russian rubles", "russian roubles")
	add(currency{"Ukrainian hryvnia", "UAH", "UAH"}, "uah", "hryvnia", "hryvnias", "hryvnas")
	add(currency{"Franc", "", "CHF"}, "franc", "francs")
	add(currency{"Swiss franc", "CHF", "CHF"}, "chf", "swiss franc", "swiss francs")
	add(currency{"Finnish markka", "", "FIM"}, "finnish markka", "markka")
	add(currency{"Netherlands guilder", "", "NLG"}, "dutch guilders", "guilders")
	add(currency{"Peseta", "", "ESP"}, "peseta", "pesetas")
	add(currency{"Rupee", "", "INR"}, "rupee", "rupees")
	add(currency{"Turkish lira", "TRY", "TRY"}, "try", "turkish lira")
	add(currency{"Bitcoin", "", "BTC"}, "bitcoin", "bitcoins", "btc")
	add(currency{"Satoshi", "", "BTC"}, "satoshi", "satoshis")
	add(currency{"Sen", "", ""}, "sen")
	add(currency{"Indian rupee", "INR", "INR"}, "inr", "indian rupees")
	add(currency{"Dirham", "", "AED"}, "dirham", "dirhams")
	add(currency{"Chinese yuan", "CNY", "CNY"}, "元")
	add(currency{"Sri Lankan rupee", "LKR", "LKR"}, "ரூ")
}

// Rate words after an amount: "$800 a month", "annually".
var perWords = map[string]string{
	"annually": "year", "yearly": "year", "annual": "year", "monthly": "month", "daily": "day", "weekly": "week",
	"ежегодно": "year", "ежемесячно": "month", "еженедельно": "week", "ежедневно": "day", "щорічно": "year", "щомісяця": "month",
	"щомісячно": "month", "щотижня": "week", "щодня": "day",
}

var periodNouns = map[string]string{
	"year": "year", "month": "month", "day": "day", "week": "week", "annum": "year", "hour": "hour",
}

// Time units that make a number a duration or an age, not an amount.
var durationUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "min": true, "mins": true,
	"hour": true, "hours": true, "hr": true, "hrs": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "year": true, "years": true, "yr": true, "yrs": true, "decade": true, "decades": true,
	"century": true, "centuries": true, "fortnight": true, "fortnights": true, "quarter": true, "quarters": true,
}

// Approximation, bound and comparison phrases before a number, lower case,
// keyed by their first word (data/hedges.txt).
type modifier struct {
	words []string
	bound string // doc.BoundMin, doc.BoundMax or "" (approximation only)
	open  bool   // strict comparison ("more than") rather than closed ("at least")
	appr  bool
}

var modifiers = map[string][]modifier{}

// addModifier adds a hedge phrase under its first word.
func addModifier(phrase, bound string, open, appr bool) {
	ws := splitWords(phrase)
	modifiers[ws[0]] = append(modifiers[ws[0]], modifier{words: ws, bound: bound, open: open, appr: appr})
}

// splitWords splits s at its spaces.
func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' })
}

// Vague amounts: "hundreds of" means at least 200.
var vagueWords = map[string]float64{
	"hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9, "dozens": 24, "scores": 40,
}

// Words before a number that make it a name or a code: "IE 10",
// "Article 5", "Windows 11".
var nameNumberWords = map[string]bool{
	"article": true, "chapter": true, "section": true, "room": true, "flight": true, "route": true, "page": true,
	"no": true, "nos": true, "number": true, "vol": true, "volume": true, "part": true, "phase": true, "level": true,
	"version": true, "model": true, "type": true, "grade": true, "class": true, "category": true, "windows": true,
	"ie": true, "iphone": true, "boeing": true, "airbus": true, "paragraph": true, "para": true, "clause": true,
	"item": true, "line": true, "platform": true, "gate": true, "highway": true, "interstate": true, "exit": true,
	"apollo": true, "su": true, "mig": true, "f": true, "tu": true, "il": true, "kh": true, "ak": true, "ps": true,
	"covid": true, "sars": true, "g": true, "brics": true, "formula": true, "channel": true, "episode": true, "season": true,
	"tier": true, "stage": true, "unit": true, "block": true, "building": true, "apartment": true, "district": true,
	"figure": true, "table": true, "chart": true, "appendix": true, "annex": true, "exhibit": true, "footnote": true, "note": true,
	"№": true, "n°": true, "ст": true, "статья": true, "статті": true, "пункт": true, "рисунок": true, "таблица": true,
	"приложение": true, "сноска": true, "додаток": true, "таблиця": true, "пункту": true, "пункта": true, "пунктом": true,
}

// Words that make a following number a resolution number.
// (data/units.txt adds the Russian and Ukrainian forms).
var resolutionWords = map[string]bool{"resolution": true, "resolutions": true, "unscr": true}

// Words before a four-digit number that make it a year.
var yearPreps = map[string]bool{
	"in": true, "since": true, "by": true, "of": true, "until": true, "till": true, "during": true, "from": true, "to": true,
	"between": true, "before": true, "after": true, "year": true, "early": true, "late": true, "mid": true, "fiscal": true,
	"around": false, "circa": true, "spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "through": true,
	"throughout": true, "the": true, "and": true, "или": true, "в": true, "с": true, "до": true, "у": true, "з": true, "по": true,
	"с.": true, "о": true, "на": true, "into": true, "for": true, "on": true, "at": true,
}

// monthWords are month names in every case, from the shared lexicon
// (list "months" of English, Russian and Ukrainian; initMonths), and the
// German ones written here.
var monthWords = map[string]int{
	"januar": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
}

func initMonths() {
	for _, lang := range hedgeLangs {
		for _, e := range lexicon.Get(lang, "months").Entries() {
			if _, ok := monthWords[e.Form]; !ok && !strings.Contains(e.Form, " ") {
				monthWords[e.Form] = e.Int()
			}
		}
	}
}

// Year nouns after a number: "в 2024 году", "2024 року".
var yearNouns = map[string]bool{"году": true, "год": true, "года": true, "році": true, "рік": true, "року": true, "г": true, "р": true, "jahr": true}

// Words that stop the search for a counted noun.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "and": true, "or": true, "but": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "from": true, "by": true, "for": true, "with": true, "who": true, "which": true, "that": true, "this": true,
	"these": true, "those": true, "were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"be": true, "been": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true,
	"than": true, "as": true, "into": true, "per": true, "each": true, "every": true, "said": true, "more": true, "less": true,
	"times": true, "percent": true, "since": true, "during": true, "last": true, "this year": true, "his": true, "her": true,
	"their": true, "its": true, "it": true, "they": true, "we": true, "he": true, "she": true, "not": true, "also": true,
	"had been": true, "under": true, "over": true, "about": true, "after": true, "before": true, "while": true, "when": true,
	"where": true, "there": true, "here": true, "out": true, "up": true, "down": true, "all": true, "only": true, "just": true,
}

// Irregular plurals and mass nouns that are counted.
var countNouns = map[string]bool{
	"people": true, "men": true, "women": true, "children": true, "personnel": true, "staff": true, "police": true,
	"troops": true, "cattle": true, "sheep": true, "fish": true, "aircraft": true, "livestock": true, "persons": true,
	"человек": true, "людей": true, "рабочих": true, "работников": true, "граждан": true, "осіб": true, "людей.": true,
	"працівників": true, "робітників": true, "громадян": true, "солдат": true, "военных": true, "військових": true,
}

// Dimension units: the spec's name and the unit dossier reports.
type dimUnit struct {
	name  string  // "Kilometer"
	code  string  // "km"
	scale float64 // a scaled symbol's multiplier ("MMbbl": a million barrels), 0 for none
	per   string  // the rate a symbol holds ("bpd": barrels a day), "" for none
}

var dimUnits = map[string]dimUnit{}

func initDims() {
	add := func(name, code string, ws ...string) {
		for _, w := range ws {
			dimUnits[w] = dimUnit{name: name, code: code}
		}
	}
	add("Kilometer", "km", "km", "kms", "kilometer", "kilometers", "kilometre", "kilometres", "км")
	add("Meter", "m", "m", "meter", "meters", "metre", "metres", "м")
	add("Centimeter", "cm", "cm", "centimeter", "centimeters", "centimetre", "centimetres")
	add("Millimeter", "mm", "mm", "millimeter", "millimeters", "millimetre", "millimetres")
	add("Decimeter", "dm", "dm", "decimeter", "decimeters")
	add("Picometer", "pm", "picometer", "picometers")
	add("Mile", "mi", "mile", "miles", "mi")
	add("Foot", "ft", "foot", "feet", "ft")
	add("Inch", "in", "inch", "inches")
	add("Yard", "yd", "yard", "yards", "yd")
	add("Kilogram", "kg", "kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "кг")
	add("Gram", "g", "gram", "grams", "gramme", "grammes", "g")
	add("Milligram", "mg", "mg", "milligram", "milligrams")
	add("Microgram", "µg", "microgram", "micrograms", "microgramme", "microgrammes", "μg", "mcg")
	add("Ton", "t", "ton", "tons", "tonne", "tonnes", "t", "т")
	add("Metric ton", "t", "metric ton", "metric tons", "metric tonnes")
	add("Pound", "lb", "lb", "lbs", "pound", "pounds")
	add("Ounce", "oz", "ounce", "ounces", "oz")
	add("Dram", "dr", "drachma", "dram", "drams")
	add("Barrel", "bbl", "barrel", "barrels", "bbl")
	// the trade press's scaled symbols: "3.78 MMbbl" is 3.78 million
	// barrels, "12 bcm" 12 billion cubic metres, "2 tcf" 2 trillion cubic
	// feet ("Mbbl", a thousand or a million by house style, is left out)
	scaled := func(name, code string, scale float64, ws ...string) {
		for _, w := range ws {
			dimUnits[w] = dimUnit{name: name, code: code, scale: scale}
		}
	}
	scaled("Barrel", "bbl", 1e6, "mmbbl", "mmbbls", "mmbl")
	scaled("Cubic meter", "m3", 1e9, "bcm")
	scaled("Cubic meter", "m3", 1e12, "tcm")
	scaled("Cubic foot", "cu ft", 1e9, "bcf")
	scaled("Cubic foot", "cu ft", 1e12, "tcf")
	scaled("Liter", "l", 1e3, "kilolitre", "kilolitres", "kiloliter", "kiloliters")
	scaled("Liter", "l", 1e6, "megalitre", "megalitres", "megaliter", "megaliters")
	scaled("Ton", "t", 1e3, "kilotonne", "kilotonnes", "kiloton", "kilotons", "kt")
	scaled("Ton", "t", 1e6, "megatonne", "megatonnes", "megaton", "megatons", "mmt")
	// commodity desks write "mt" (or "MT") for metric tons; "Mt" with a
	// capital M alone is a megatonne (dimension reads the case)
	add("Metric ton", "t", "mt")
	// oil flows: barrels a day ("500,000 bpd", "1.2 mb/d")
	daily := func(scale float64, ws ...string) {
		for _, w := range ws {
			dimUnits[w] = dimUnit{name: "Barrel", code: "bbl", scale: scale, per: "day"}
		}
	}
	daily(0, "bpd", "b/d", "bbl/d", "bopd")
	daily(1e3, "kb/d", "kbpd", "kbd")
	daily(1e6, "mb/d", "mmb/d", "mmbpd", "mmbd")
	add("Gallon", "gal", "gallon", "gallons", "gal")
	add("Liter", "l", "liter", "liters", "litre", "litres", "l")
	add("Milliliter", "ml", "ml", "milliliter", "milliliters", "millilitre", "millilitres")
	add("Cubic foot", "cu ft", "cubic foot", "cubic feet")
	add("Cubic meter", "m3", "cubic meter", "cubic meters", "cubic metres", "m3")
	add("Square meter", "m2", "square meter", "square meters", "square metres", "m2", "sq m")
	add("Square kilometer", "km2", "square kilometer", "square kilometers", "square kilometres", "km2", "sq km")
	add("Square mile", "sq mi", "square mile", "square miles")
	add("Square foot", "sq ft", "square foot", "square feet", "sq ft")
	add("Hectare", "ha", "hectare", "hectares", "ha")
	add("Acre", "acre", "acre", "acres")
	add("Tablespoon", "tbsp", "tablespoon", "tablespoons", "tbsp")
	add("Teaspoon", "tsp", "teaspoon", "teaspoons", "tsp")
	add("Cup", "cup", "cup", "cups")
	add("Bit", "bit", "bit", "bits")
	add("Byte", "B", "byte", "bytes")
	add("Kilobyte", "KB", "kilobyte", "kilobytes")
	add("Megabyte", "MB", "megabyte", "megabytes")
	add("Megabit", "Mb", "megabit", "megabits")
	add("Gigabyte", "GB", "gigabyte", "gigabytes", "gb")
	add("Terabyte", "TB", "terabyte", "terabytes", "tb")
	add("Degree", "deg", "degree", "degrees")
	add("Radian", "rad", "radian", "radians", "rad")
	add("Turn", "turn", "turn", "turns")
	add("Kilometer per hour", "km/h", "kph", "kmph", "km/h", "km/hr", "kilometers per hour", "kilometres per hour")
	add("Mile per hour", "mph", "mph", "miles per hour", "miles an hour")
	add("Meter per second", "m/s", "meters per second", "metres per second", "m/s")
	add("Meter per millisecond", "m/ms", "meters per millisecond")
	add("Centimeter per millisecond", "cm/ms", "centimeters/millisecond", "centimeters per millisecond")
	add("Kilometer per millisecond", "km/ms", "km/ms")
	add("Megawatt", "MW", "megawatt", "megawatts", "mw")
	add("Kilowatt", "kW", "kilowatt", "kilowatts", "kw")
	// energy delivered or produced: an amount, like a mass
	add("Kilowatt hour", "kWh", "kwh", "kilowatt hour", "kilowatt hours")
	add("Megawatt hour", "MWh", "mwh", "megawatt hour", "megawatt hours")
	add("Gigawatt hour", "GWh", "gwh", "gigawatt hour", "gigawatt hours")
	add("Terawatt hour", "TWh", "twh", "terawatt hour", "terawatt hours")
}
