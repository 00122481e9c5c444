package claim

import (
	"embed"
	"fmt"
	"path"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Counted nouns of the languages matched by stem (Russian, Ukrainian):
// data/counted/<lang>.txt lists the nouns by the unit they give; a noun in
// a text is looked up by its stem (topic.Stem), so that one listed form
// covers its cases.

//go:embed data/counted/*.txt data/media/*.txt
var countedFiles embed.FS

// Keys of the counted lists that are not units.
const (
	keyMeasure = "measure" // "единиц техники": the noun after it is counted
	keyTime    = "time"    // a duration: no claim
)

// countedLang is the counted list of one language, read at its first
// look-up: an article asks one language's list (a Russian one stems
// every form with Snowball, a millisecond of work), most ask none.
type countedLang struct {
	file string // the list's file in countedFiles
	once sync.Once
	m    map[string]string // stem -> key
	err  error
}

// countedLex holds the counted list of each language with a file.
var countedLex = func() map[string]*countedLang {
	ents, err := countedFiles.ReadDir("data/counted")
	if err != nil {
		panic(err) // embedded: the directory is there
	}
	m := map[string]*countedLang{}
	for _, e := range ents {
		m[strings.TrimSuffix(e.Name(), ".txt")] = &countedLang{file: path.Join("data/counted", e.Name())}
	}
	return m
}()

// load reads the list of language lang, once.
func (cl *countedLang) load(lang string) (map[string]string, error) {
	cl.once.Do(func() { cl.m, cl.err = loadCounted(lang, cl.file) })
	return cl.m, cl.err
}

// loadCounted reads the counted list of language lang from file: each
// form's stem gives its key (the first form of a stem wins).
func loadCounted(lang, file string) (map[string]string, error) {
	b, err := countedFiles.ReadFile(file)
	if err != nil {
		return nil, err
	}
	l, err := lexicon.Parse(lang, "counted", string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	m := map[string]string{}
	for _, en := range l.Entries() {
		st := topic.Stem(lang, en.Form)
		if st == "" {
			continue
		}
		if _, dup := m[st]; !dup {
			m[st] = en.Key
		}
	}
	// the nouns of workers and trades ("сборщики", "фахівці") count persons
	for _, f := range tradeForms(lang) {
		if st := topic.Stem(lang, f); st != "" {
			if _, dup := m[st]; !dup {
				m[st] = "person"
			}
		}
	}
	return m, nil
}

// countedKey returns the key (a unit, keyMeasure or keyTime) the counted
// lists of lang give a word, or "". A language matched without stems has
// none: its forms have no stem to be looked up by.
func countedKey(lang, word string) string {
	cl := countedLex[lang]
	if cl == nil || !topic.Stemmed(lang) {
		return ""
	}
	m, err := cl.load(lang)
	if err != nil {
		panic(err) // embedded data; TestCountedData reports it first
	}
	return m[topic.Stem(lang, word)]
}

// cyrPossessive are possessive pronouns before a counted noun.
var cyrPossessive = set(`свой своих свои своим наших ваших их свої своїх наших ваших їхніх`)

// cyrStop are the words that end a Russian or Ukrainian counted phrase
// before its noun: prepositions, conjunctions and particles.
var cyrStop = set(`в во на из с со по до от за к ко у о об при для и а но или что как чем уже еще ещё лишь только
около более менее почти свыше из-за это этот эта эти тот так
із з зі від і й та але або що як ніж вже ще лише тільки понад близько майже це цей ця ці той
через после между против среди вокруг вдоль кроме без под над перед після між проти серед навколо вздовж крім під`)

// obliquePlural endings mark a noun in the dative, instrumental or
// prepositional plural: after a figure written in digits it is a
// dependent ("выданных гражданам разрешений"), never the counted noun.
var obliquePlural = []string{"ам", "ям", "ами", "ями", "ах", "ях"}

// adjectiveEndings of Russian and Ukrainian adjectives and participles.
var adjectiveEndings = []string{"ых", "их", "ые", "ие", "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ую", "юю", "ого", "его", "ому", "ему", "ым", "им", "ій", "ої", "і"}

// verbEndings of Russian and Ukrainian finite verbs and infinitives.
// (The rare Ukrainian past "-ів", "привів", only after a number word:
// after digits "-ів" is a genitive plural, "120 барелів", "300 заходів".)
var verbEndings = []string{"ли", "ла", "ло", "ал", "ил", "ел", "ет", "ут", "ют", "ит", "ат", "ят", "ся", "сь", "ть", "ти", "ав", "ив"}

func hasAnySuffix(w string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) && utf8.RuneCountInString(w) > utf8.RuneCountInString(s)+2 {
			return true
		}
	}
	return false
}

func isCyrillicWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}

// hasCyrillicWord reports whether a token of s (appendTokens) is a
// Cyrillic word, without making the tokens: a token starts at the first
// rune of a run of non-space that a token may start with, so s has one
// when such a first rune is Cyrillic.
func hasCyrillicWord(s string) bool {
	started := false // the run of non-space has had a rune a token starts at
	for i := 0; i < len(s); {
		j := asciiUntil(s, i)
		// the ASCII s[i:j]: its last space or token start says
		for k := j - 1; k >= i; k-- {
			if c := s[k]; asciiWordStart[c] {
				started = true
				break
			} else if asciiSpace(c) {
				started = false
				break
			}
		}
		if j == len(s) {
			return false
		}
		r, sz := utf8.DecodeRuneInString(s[j:])
		i = j + sz
		switch {
		case unicode.IsSpace(r):
			started = false
		case started:
		case tokenStart(r):
			if unicode.Is(unicode.Cyrillic, r) {
				return true
			}
			started = true
		}
	}
	return false
}

// cyrAbbrev are scale abbreviations that end in a period inside a figure
// ("15 тыс. рабочих").
var cyrAbbrev = set(`тыс млн млрд тис трлн руб грн`)

// cyrCounted reads the counted phrase after a figure ending at byte re of
// sentence s in language lang: up to four words, over adjectives, to the
// first noun the counted lists know (or, failing that, the first word that
// is neither an adjective nor a verb). key is the unit, keyTime, or "" when
// no noun follows. digits reports a figure written in digits (its noun is
// in the genitive, so dative or instrumental plurals are skipped).
func cyrCounted(s *sent, re int, lang string, digits bool) (phrase string, ps, pe int, key string) {
	toks := s.tokens()
	i := 0
	for i < len(toks) && toks[i].start < re {
		i++
	}
	if i > 0 {
		prev := toks[i-1]
		if prev.punctAfter != 0 && !(prev.punctAfter == '.' && cyrAbbrev[prev.lower]) {
			return "", 0, 0, ""
		}
	}
	first := i
	participle := -1 // "812 прибывших": a participle standing for people
	for k := i; k < len(toks) && k < first+4; k++ {
		t := toks[k]
		if k > first && toks[k-1].punctAfter != 0 {
			break
		}
		if !isCyrillicWord(t.text) {
			break
		}
		lw := t.lower
		if cyrPossessive[lw] {
			continue // "6000 своїх працівників"
		}
		if cyrStop[lw] {
			break
		}
		switch kk := countedKey(lang, lw); kk {
		case keyMeasure:
			continue
		case "":
		case "person":
			if adjectiveBefore(toks, k, lang) {
				continue // "рабочих виз": an adjective of the noun after it
			}
			fallthrough
		default:
			if digits && hasAnySuffix(lw, obliquePlural) && kk != keyTime {
				continue
			}
			return s.text[toks[first].start:t.end], toks[first].start, t.end, kk
		}
		if hasAnySuffix(lw, adjectiveEndings) || digits && hasAnySuffix(lw, obliquePlural) || upperWord(t.text) {
			if participle < 0 && k == first && hasAnySuffix(lw, participleEndings) {
				participle = k
			}
			continue // an adjective, a dependent noun, a name ("рабочих из КНДР")
		}
		if hasAnySuffix(lw, verbEndings) || !digits && hasAnySuffix(lw, []string{"ів"}) {
			break
		}
		return s.text[toks[first].start:t.end], toks[first].start, t.end, lw
	}
	if participle >= 0 {
		t := toks[participle]
		return s.text[t.start:t.end], t.start, t.end, "person"
	}
	return "", 0, 0, ""
}

// adjectiveBefore reports a noun for people in an adjective's form that
// modifies the noun after it, a homograph ("рабочих виз", "рабочих мест",
// "рабочей силы", "рабочих дней", "военных машин"): the next word, with
// no punctuation between, is a counted noun of another unit or one of
// adjectiveHeads.
func adjectiveBefore(toks []token, k int, lang string) bool {
	if k+1 >= len(toks) || toks[k].punctAfter != 0 || !hasAnySuffix(toks[k].lower, adjectiveEndings) {
		return false
	}
	next := toks[k+1].lower
	if !isCyrillicWord(next) {
		return false
	}
	switch kk := countedKey(lang, next); kk {
	case "", "person", keyMeasure:
		return adjectiveHeads[topic.Stem(lang, next)]
	}
	return true
}

// adjectiveHeads are the stems of nouns a people noun's adjective homograph
// modifies that count no unit of their own ("рабочие места", "рабочая
// сила", "рабочая смена"; uk "робоча сила").
var adjectiveHeads = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"место", "места", "мест", "сила", "силы", "смена", "смены", "смен", "місце", "місця", "місць", "сила", "сили"} {
		for _, lang := range []string{"ru", "uk"} {
			if st := topic.Stem(lang, w); st != "" {
				m[st] = true
			}
		}
	}
	return m
}()

// numberPreps are Russian and Ukrainian prepositions before a small number
// word that names no figure ("между двумя странами", "між двома
// диктатурами", "о трёх сторонах").
var numberPreps = set(`между меж с со о об про при в во на для за перед под над з зі із між від до у поміж`)

// cyrPrepBefore reports a preposition right before the figure at rs.
func cyrPrepBefore(s *sent, rs int) bool {
	toks := s.tokens()
	k := 0
	for k < len(toks) && toks[k].end <= rs {
		k++
	}
	return k > 0 && toks[k-1].punctAfter == 0 && numberPreps[toks[k-1].lower]
}

// participleEndings of Russian and Ukrainian active participles used as
// nouns for people ("прибывших", "въехавших", "прибулих").
var participleEndings = []string{"вших", "вшие", "вший", "ших", "лих", "лі"}

// cyrPer reads a Russian or Ukrainian rate after a money figure: "в месяц",
// "за годину", "ежегодно".
func cyrPer(after string) string {
	ws := strings.Fields(strings.ToLower(after))
	if len(ws) == 0 {
		return ""
	}
	one := strings.Trim(ws[0], ".,;:()")
	switch one {
	case "ежемесячно", "щомісяця":
		return "month"
	case "ежегодно", "щороку", "щорічно":
		return "year"
	case "ежедневно", "щодня":
		return "day"
	}
	if len(ws) < 2 || (one != "в" && one != "за" && one != "на" && one != "у") {
		return ""
	}
	w := strings.Trim(ws[1], ".,;:()")
	switch {
	case strings.HasPrefix(w, "месяц") || strings.HasPrefix(w, "місяц"):
		return "month"
	case w == "год" || w == "рік":
		return "year"
	case w == "час" || strings.HasPrefix(w, "годин"):
		return "hour"
	case w == "день" || w == "сутки" || w == "добу":
		return "day"
	case w == "неделю" || w == "тиждень":
		return "week"
	}
	return ""
}

// countedForms returns the forms a counted list of lang gives one key.
func countedForms(lang, key string) []string { return dataForms("counted", lang, key) }

// dataForms returns the forms one key has in data/<list>/<lang>.txt.
func dataForms(list, lang, key string) []string {
	b, err := countedFiles.ReadFile("data/" + list + "/" + lang + ".txt")
	if err != nil {
		panic(err) // embedded data
	}
	l, err := lexicon.Parse(lang, list, string(b))
	if err != nil {
		panic(fmt.Errorf("data/%s/%s.txt: %w", list, lang, err))
	}
	return l.Forms(key)
}

// tradeForms returns the nouns of workers and trades, and of soldiers and
// their roles, of the shared lexicon (lexicon data/<lang>/trades.txt,
// military.txt): each counts persons.
func tradeForms(lang string) []string {
	l, m := lexicon.Get(lang, "trades"), lexicon.Get(lang, "military")
	out := append(l.Forms("worker"), l.Forms("trade")...)
	return append(append(out, m.Forms("soldier")...), m.Forms("role")...)
}

// upperWord reports a word of two to six letters, all capitals ("КНДР").
func upperWord(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// cyrNumberWords name a count of what follows them: "число граждан".
var cyrNumberWords = set(`число числа численность количество количества кількість кількості чисельність`)

// numberOfNoun finds "число X" before token k and returns X's counted
// noun.
func numberOfNoun(s *sent, k int, lang string, digits bool) (string, string) {
	toks := s.tokens()
	for j := k - 1; j >= 0; j-- {
		if !cyrNumberWords[toks[j].lower] {
			continue
		}
		for i := j + 1; i < k && i < j+5; i++ {
			key := countedKey(lang, toks[i].lower)
			if key != "" && key != keyMeasure && key != keyTime && !hasAnySuffix(toks[i].lower, obliquePlural) {
				return toks[i].text, key
			}
		}
		return "", ""
	}
	return "", ""
}

// timesOf types "N раз" by the verb before it: trips for travel verbs,
// entries for crossing verbs, "" (a frequency, no claim) otherwise.
func timesOf(s *sent, rs int) string {
	k := 0
	for k < len(s.tokens()) && s.tokens()[k].end <= rs {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		w := s.tokens()[j].lower
		for _, p := range []string{"съезд", "съезж", "езди", "поезд", "їзди", "поїзд", "посет", "відвіда", "побыва", "побува"} {
			if strings.HasPrefix(w, p) {
				return "trip"
			}
		}
		for _, p := range []string{"въезж", "въеха", "в'їжд", "в'їха", "пересек", "перетин", "прибыва", "прибува"} {
			if strings.HasPrefix(w, p) {
				return "entry"
			}
		}
	}
	return ""
}

// cyrillicAfter reports whether the word after byte re of s is Cyrillic.
func cyrillicAfter(s *sent, re int) bool {
	for _, t := range s.tokens() {
		if t.start >= re {
			return isCyrillicWord(t.text)
		}
	}
	return false
}

// cyrPronouns stand for the counted thing of an earlier figure ("их будет
// до 50 тыс.", "из них").
var cyrPronouns = set(`их них їх них`)

// cyrCountedBefore reads a counted noun before a figure with none after
// it, within its clause: the genitive subject of "граждан КНДР осталось
// меньше десяти тысяч", the object of "оценила число граждан ... в 8 тыс.".
// A pronoun ("их будет до 50 тыс.") or a dash before the figure leave the
// counted thing to the figures before (none is returned).
func cyrCountedBefore(s *sent, rs int, lang string, digits bool) (string, string) {
	toks := s.tokens()
	k := 0
	for k < len(toks) && toks[k].end <= rs {
		k++
	}
	if strings.HasSuffix(strings.TrimSpace(s.text[:rs]), "—") || strings.HasSuffix(strings.TrimSpace(s.text[:rs]), "–") {
		return "", ""
	}
	for j := k - 1; j >= 0 && j >= k-10; j-- {
		t := toks[j]
		if t.punctAfter != 0 && t.punctAfter != '"' && j < k-1 {
			// "оценила число граждан КНДР, работающих ..., примерно в 8 тыс.":
			// the noun after "число" before a participial phrase
			return numberOfNoun(s, k, lang, digits)
		}
		if cyrPronouns[t.lower] {
			return "", ""
		}
		if !isCyrillicWord(t.text) {
			continue
		}
		key := countedKey(lang, t.lower)
		if key == "" || key == keyMeasure || key == keyTime {
			continue
		}
		if hasAnySuffix(t.lower, obliquePlural) {
			continue
		}
		return t.text, key
	}
	return "", ""
}

// cyrHeaderCounted returns what a Russian or Ukrainian list header counts
// ("Въезды граждан КНДР в Россию ..., по годам:"): the phrase from its
// first word to the first noun the counted lists know, that noun's unit,
// and the phrase's offset in h.text; "" when the opening words (up to
// six, within the first clause) name no counted noun.
func cyrHeaderCounted(h *sent, lang string) (phrase string, at int, unit string) {
	toks := h.tokens()
	for k := 0; k < len(toks) && k < 6; k++ {
		switch key := countedKey(lang, toks[k].lower); key {
		case "", keyMeasure, keyTime:
		default:
			return h.text[toks[0].start:toks[k].end], toks[0].start, key
		}
		if toks[k].punctAfter != 0 && toks[k].punctAfter != '"' {
			break
		}
	}
	return "", 0, ""
}
