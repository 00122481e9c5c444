package quantity

import (
	"bufio"
	"embed"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
)

// The word lists of data/*.txt. Each line is "class value: form, form, ..."
// or "class: form, ...": the class says what the forms do, the value (a
// number, a currency code or a period) is what they stand for. Forms are
// lower case; a form of several words is matched token by token;
// apostrophes are written "'" (the typographic "’" and the modifier letter
// "ʼ" are read as the same, as the tokenizer does). Lines starting with
// "#" are comments.
//
// Classes:
//
//	unit, teen, tens  number words, as the English ones in words.go
//	hunds             a whole hundreds word ("двести" = 200)
//	scale             a multiplier that alone is one of it ("тысяча")
//	scalegen          a genitive singular multiplier, one of it only after a
//	                  governing word ("около тысячи"), else plural
//	scalepl           a multiplier only after a number ("пять тысяч")
//	vague             a bare plural amount, at least the value ("тысячи")
//	several           "несколько": with a multiplier, twice it, vague
//	negate, zero      "ни" before a form of one, words that are zero
//	pronoun           words after "один" that make it a pronoun
//	govern            words before a genitive singular multiplier
//	approx, min, min-open, max, max-open  hedges (from internal/lexicon)
//	bridge            words between a hedge and its number
//	ratio, ratioprefix, ratiocontext, fold, times, timesprep  ratios
//	change, changeprefix  change words before "from X to Y"
//	currency, duration, daytime, rate, rateprep, frequency  units
//	resolution        words before a resolution number
//
//go:embed data/*.txt
var dataFS embed.FS

// lexEntry is one line of a data file.
type lexEntry struct {
	file, class, value string
	forms              []string
	line               int
}

var (
	bareVague      = map[string]bool{} // vague without "of": "тысячи рабочих"
	severalWords   = map[string]bool{}
	negateWords    = map[string]bool{}
	zeroWords      = map[string]bool{}
	pronounAfter   = map[string]bool{}
	governWords    = map[string]bool{}
	bridgeWords    = map[string]bool{}
	ratioWords     = map[string]float64{}
	ratioPrefixes  []prefixValue
	ratioContext   = map[string]float64{}
	foldSuffixes   []string
	timesWords     = map[string]bool{}
	timesPreps     = map[string]bool{}
	changeWords    = map[string]bool{}
	changePrefixes []string
	daytimeWords   = map[string]bool{}
	ratePreps      = map[string]bool{}
	frequencyWords = map[string]bool{}
)

type prefixValue struct {
	prefix string
	v      float64
}

// hedgeLangs are the languages whose hedges the finder reads, whatever
// the text's language (a quotation may be in another).
var hedgeLangs = []string{"en", "ru", "uk"}

// loadLexicon reads the data files into the tables, and the hedges from
// the shared lexicon (internal/lexicon, list "hedges").
func loadLexicon() error {
	entries, err := readLexicon()
	if err != nil {
		return err
	}
	for _, lang := range hedgeLangs {
		for _, e := range lexicon.Get(lang, "hedges").Entries() {
			entries = append(entries, lexEntry{file: "lexicon " + lang + "/hedges", class: e.Key, forms: []string{normForm(e.Form)}})
		}
	}
	words = withRoomFor(words, entries)
	for _, e := range entries {
		if err := applyEntry(e); err != nil {
			return fmt.Errorf("quantity: %s:%d: %w", e.file, e.line, err)
		}
	}
	return nil
}

// withRoomFor returns the number words w in a map with room for the
// forms of the number classes of entries too, which applyEntry adds: the
// map does not grow (and move) a few times on the way to its 3,000-odd
// words.
func withRoomFor(w map[string]wordInfo, entries []lexEntry) map[string]wordInfo {
	n := len(w)
	for _, e := range entries {
		switch e.class {
		case "unit", "teen", "tens", "hunds", "scale", "scalegen", "scalepl":
			n += len(e.forms)
		}
	}
	m := make(map[string]wordInfo, n)
	maps.Copy(m, w)
	return m
}

// readLexicon parses every data file.
func readLexicon() ([]lexEntry, error) {
	files, err := dataFS.ReadDir("data")
	if err != nil {
		return nil, fmt.Errorf("quantity data: %w", err)
	}
	var out []lexEntry
	for _, f := range files {
		name := "data/" + f.Name()
		b, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("quantity data %s: %w", name, err)
		}
		es, err := parseLexicon(name, string(b))
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

// parseLexicon reads the lines of one data file.
func parseLexicon(name, text string) ([]lexEntry, error) {
	var out []lexEntry
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, body, ok := strings.Cut(line, ":")
		if !ok {
			return nil, fmt.Errorf("%s:%d: no ':' in %q", name, n, line)
		}
		hs := strings.Fields(head)
		if len(hs) == 0 || len(hs) > 2 {
			return nil, fmt.Errorf("%s:%d: want \"class [value]:\", got %q", name, n, head)
		}
		e := lexEntry{file: name, class: hs[0], line: n}
		if len(hs) == 2 {
			e.value = hs[1]
		}
		for _, f := range strings.Split(body, ",") {
			f = normForm(f)
			if f != "" {
				e.forms = append(e.forms, f)
			}
		}
		if len(e.forms) == 0 {
			return nil, fmt.Errorf("%s:%d: no forms", name, n)
		}
		out = append(out, e)
	}
	return out, sc.Err()
}

// normForm lower-cases a form, folds its apostrophes and its runs of
// spaces. Most forms are already written so: they come back as they are,
// without the replacer and the split.
func normForm(s string) string {
	s = strings.TrimSpace(s)
	if plainForm(s) {
		return s
	}
	if !lowerCase(s) {
		s = strings.ToLower(s)
	}
	if strings.Contains(s, "’") || strings.Contains(s, "ʼ") {
		s = formApostrophes.Replace(s)
	}
	if singleSpaced(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

var formApostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

// plainForm reports a form that normForm gives back as it is, in one
// pass over it: lowerCase, neither "’" nor "ʼ", and singleSpaced (no rune
// of the Cyrillic forms is a space: only from U+1680 on is one asked).
func plainForm(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z', c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
				return false
			case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1, r == '’', r == 'ʼ', r == '\u0085', r == '\u00a0':
			return false
		case r >= '\u1680' && unicode.IsSpace(r), lexicon.LowerRune(r) != r:
			return false
		}
		i += n
	}
	return true
}

// lowerCase reports a valid UTF-8 text that strings.ToLower gives back as
// it is (lexicon.LowerRune is unicode.ToLower): the data files' forms,
// whose lowering by strings.ToLower looks each Cyrillic rune up in
// unicode's case tables.
func lowerCase(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || lexicon.LowerRune(r) != r {
			return false
		}
		i += n
	}
	return true
}

// singleSpaced reports a text whose only white space is single ASCII
// spaces between other runes, which strings.Fields and Join give back as
// it is.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += n - 1
		case c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' '):
			return false
		}
	}
	return true
}

var wordClasses = map[string]wclass{"unit": wUnit, "teen": wTeen, "tens": wTens, "hunds": wHunds}

// applyEntry adds one line's forms to the tables.
func applyEntry(e lexEntry) error {
	num := func() (float64, error) {
		v, err := strconv.ParseFloat(e.value, 64)
		if err != nil {
			return 0, fmt.Errorf("class %s: value %q: %w", e.class, e.value, err)
		}
		return v, nil
	}
	setWord := func(w string, wi wordInfo) error {
		if old, ok := words[w]; ok && old != wi {
			return fmt.Errorf("%q is already %+v, not %+v", w, old, wi)
		}
		words[w] = wi
		return nil
	}
	addAll := func(m map[string]bool) error {
		for _, f := range e.forms {
			m[f] = true
		}
		return nil
	}
	switch e.class {
	case "unit", "teen", "tens", "hunds":
		v, err := num()
		if err != nil {
			return err
		}
		for _, f := range e.forms {
			if err := setWord(f, wordInfo{c: wordClasses[e.class], v: v}); err != nil {
				return err
			}
		}
	case "scale", "scalegen", "scalepl":
		v, err := num()
		if err != nil {
			return err
		}
		wi := wordInfo{c: wScale, v: v, one: e.class == "scale", gen: e.class == "scalegen", plural: e.class != "scale"}
		for _, f := range e.forms {
			if err := setWord(f, wi); err != nil {
				return err
			}
		}
	case "vague":
		v, err := num()
		if err != nil {
			return err
		}
		for _, f := range e.forms {
			vagueWords[f] = v
			bareVague[f] = true
		}
	case "several":
		return addAll(severalWords)
	case "negate":
		return addAll(negateWords)
	case "zero":
		return addAll(zeroWords)
	case "pronoun":
		return addAll(pronounAfter)
	case "govern":
		return addAll(governWords)
	case "bridge":
		return addAll(bridgeWords)
	case "approx", "min", "min-open", "max", "max-open":
		bound := strings.TrimSuffix(e.class, "-open")
		if bound == "approx" {
			bound = ""
		}
		for _, f := range e.forms {
			addModifier(f, bound, strings.HasSuffix(e.class, "-open"), e.class == "approx")
		}
	case "ratio", "ratiocontext":
		v, err := num()
		if err != nil {
			return err
		}
		m := ratioWords
		if e.class == "ratiocontext" {
			m = ratioContext
		}
		for _, f := range e.forms {
			m[f] = v
		}
	case "ratioprefix":
		v, err := num()
		if err != nil {
			return err
		}
		for _, f := range e.forms {
			ratioPrefixes = append(ratioPrefixes, prefixValue{f, v})
		}
	case "fold":
		foldSuffixes = append(foldSuffixes, e.forms...)
	case "times":
		return addAll(timesWords)
	case "timesprep":
		return addAll(timesPreps)
	case "change":
		return addAll(changeWords)
	case "changeprefix":
		changePrefixes = append(changePrefixes, e.forms...)
	case "currency":
		if e.value == "" {
			return fmt.Errorf("currency without a code")
		}
		for _, f := range e.forms {
			currencyWords[f] = currency{name: e.value, iso: e.value, code: e.value}
		}
	case "duration":
		return addAll(durationUnits)
	case "daytime":
		return addAll(daytimeWords)
	case "rate":
		if e.value == "" {
			return fmt.Errorf("rate without a period")
		}
		for _, f := range e.forms {
			periodNouns[f] = e.value
		}
	case "rateprep":
		return addAll(ratePreps)
	case "frequency":
		return addAll(frequencyWords)
	case "resolution":
		return addAll(resolutionWords)
	default:
		return fmt.Errorf("unknown class %q", e.class)
	}
	return nil
}

// hasPrefixIn returns the value of the first prefix w starts with.
func hasPrefixIn(w string, ps []prefixValue) (float64, bool) {
	for _, p := range ps {
		if strings.HasPrefix(w, p.prefix) {
			return p.v, true
		}
	}
	return 0, false
}

// ratioStem is the value of the ratio stem word w starts with ("втрое",
// "учетверо"...): hasPrefixIn of ratioPrefixes, with the first two bytes
// of w read first. The stems start with a few pairs of bytes (ratioLeads:
// five Cyrillic letters), so most words are turned away before the
// prefixes are tried one by one.
func ratioStem(w string) (float64, bool) {
	if ratioLeads.ok && (len(w) < 2 || !slices.Contains(ratioLeads.pairs, uint16(w[0])<<8|uint16(w[1]))) {
		return 0, false
	}
	return hasPrefixIn(w, ratioPrefixes)
}

// leadPairs are the first two bytes of each prefix (each pair once); ok
// is false when a prefix is shorter than two bytes (no test then).
type leadPairs struct {
	pairs []uint16
	ok    bool
}

// ratioLeads are ratioPrefixes' first two bytes (buildTables).
var ratioLeads leadPairs

// leadPairsOf makes the leadPairs of prefixes ps.
func leadPairsOf(ps []prefixValue) leadPairs {
	l := leadPairs{ok: true}
	for _, p := range ps {
		if len(p.prefix) < 2 {
			return leadPairs{}
		}
		if pair := uint16(p.prefix[0])<<8 | uint16(p.prefix[1]); !slices.Contains(l.pairs, pair) {
			l.pairs = append(l.pairs, pair)
		}
	}
	return l
}

func hasAnyPrefix(w string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}
