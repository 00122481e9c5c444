package timex

import (
	"maps"
	"slices"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/swar"
	tok "github.com/dossier-osint/dossier/internal/token"
)

// Word classes of the lexicon.
const (
	cWord = iota // a function or cue word, compared by its lower-case form
	cMonth
	cWeekday
	cUnit
	cNumWord
	cOrdinal
	cSeason
	cDaypart
	cHoliday
)

// Units of durations and relative expressions.
const (
	uSecond = iota + 1
	uMinute
	uHour
	uDay
	uWeek
	uFortnight
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
	uWeekend
)

type entry struct {
	word   string
	class  uint8
	val    int
	plural bool
	abbr   bool // month abbreviation ("Jan", "Sept")
	past   bool // a past-tense marker
	future bool // a future marker
	start  bool // a cWord that can begin an expression
	ruled  bool // a rule of a rule file can begin at the word
	known  bool // a start word the grammar skips before an unknown word (knownNextWords)
	// next is the test the word after a start word of nextWords passes
	// where the grammar is tried at it, or nil
	next  func(next *entry) bool
	opens bool  // the grammar starts at the word: class != cWord || start (set last in init)
	cue   bool  // the first word of a cue of cueMods
	tries uint8 // the functions of defaultTries that can begin at the word
	join  bool  // a word of rangeJoins
	// weekDir and holiday: the word is a key of weekDir ("next", "this"),
	// of holidays ("christmas", "new"), as weekdayOfWeek and holiday need
	// of a word of no class
	weekDir, holiday bool
	// dayPart, modified and namedYear: the word is one of dayPartWords,
	// modifiedWords, namedYearWords, the words of no class those three
	// start at
	dayPart, modified, namedYear bool
	// lists are the lexicon lists the word is in, for the rule files;
	// rules are the rules that can start at the word.
	lists []listRef
	rules []*tRule
	needs needBits // the rules' needs the word meets
	// flags are the token flags the word's tokens take from it: tOpens
	// when opens, tRuled when ruled (run steps over the tokens with
	// neither), tNeeds when it meets needs (needsFrom)
	flags tflags
}

// vocab is the vocabulary by word (made by buildVocab).
var vocab map[string]*entry

// vocabHint sizes vocab once: above the vocabulary's 1,377 words.
const vocabHint = 2048

func add(word string, class uint8, val int) *entry {
	e := vocab[word]
	if e == nil {
		e = newEntry(word)
		vocab[word] = e
	}
	e.class, e.val = class, val
	return e
}

// entries holds the vocabulary's entries, room for vocabHint: newEntry
// cuts each from it, not 1,400 allocations of one (a full one is left to
// the entries cut from it and a new one made).
var entries []entry

func newEntry(word string) *entry {
	if len(entries) == cap(entries) {
		entries = make([]entry, 0, vocabHint)
	}
	entries = append(entries, entry{word: word})
	return &entries[len(entries)-1]
}

var seasonCode = [...]string{"", "SP", "SU", "FA", "WI"}
var daypartCode = [...]string{"", "MO", "AF", "EV", "NI", "MI", "DT"}

// langs are the languages whose word lists the tokenizer knows.
var langs = []string{"en", "ru", "uk"}

// unitKeys maps the unit keys of the lexicon to the grammar's units.
var unitKeys = map[string]int{"second": uSecond, "minute": uMinute, "hour": uHour, "day": uDay, "week": uWeek,
	"fortnight": uFortnight, "month": uMonth, "quarter": uQuarter, "year": uYear, "decade": uDecade,
	"century": uCentury, "weekend": uWeekend}

// addList adds every form of a shared word list with a class.
func addList(lang, name string, class uint8, val func(lexicon.Entry) (int, bool)) {
	for le := range lexicon.Get(lang, name).All() {
		v, ok := val(le)
		if !ok {
			continue
		}
		e := add(le.Form, class, v)
		e.abbr = le.Tag == "abbr"
		e.plural = le.Tag == "plural"
	}
}

func intKey(e lexicon.Entry) (int, bool) { return e.Int(), true }

// tablesOnce builds the rules and the vocabulary (and its look-up tables)
// at the first text (findIn), not at package init: the inits run before
// the binary sets its collector's GOGC, and the 1.5 MB this allocates
// there made a collection of its own. Every reader of the tables is
// reached through findIn (the tests' through TestMain).
var tablesOnce sync.Once

// buildTables loads the rule files, then the vocabulary, which files each
// rule under its first words.
func buildTables() {
	rules = mustLoadRules()
	buildVocab()
}

// buildVocab fills vocab, its flags and its look-up tables.
func buildVocab() {
	vocab = make(map[string]*entry, vocabHint)
	deadlineWords = deadlineSet()
	// Month and weekday names of every language (Cyrillic ones are told
	// apart from English words by their script).
	for _, lang := range langs {
		addList(lang, "months", cMonth, intKey)
	}
	addList("en", "weekdays", cWeekday, intKey)
	addList("en", "units", cUnit, func(e lexicon.Entry) (int, bool) { u, ok := unitKeys[e.Key]; return u, ok })
	addList("en", "numbers", cNumWord, intKey)
	addList("en", "ordinals", cOrdinal, intKey)
	addList("en", "seasons", cSeason, intKey)
	addList("en", "dayparts", cDaypart, intKey)
	for _, w := range []string{"christmas", "xmas", "easter", "thanksgiving", "halloween", "valentine", "independence",
		"memorial", "labor", "labour", "mother", "father", "new", "eve", "martin", "luther", "king", "columbus",
		"veterans", "groundhog", "patrick", "boxing", "good", "ash", "mardi", "gras", "yuandan", "lunar", "chinese",
		"victory", "ramadan", "eid", "diwali", "hanukkah", "kwanzaa", "presidents", "inauguration", "election", "black",
		"earth", "saint", "juneteenth", "international"} {
		add(w, cHoliday, 0)
	}
	words := []string{
		"the", "a", "an", "of", "in", "on", "at", "by", "during", "since", "until", "till", "til", "through", "throughout",
		"from", "to", "ago", "before", "after", "later", "earlier", "every", "each", "per", "several", "few", "some", "many",
		"recent", "recently", "couple", "last", "past", "next", "this", "that", "these", "those", "coming", "previous",
		"following", "preceding", "prior", "upcoming", "early", "late", "mid", "end", "beginning", "start", "middle",
		"today", "yesterday", "tomorrow", "tonight", "now", "currently", "presently", "nowadays", "present", "future",
		"formerly", "once", "same", "final", "first", "half", "around", "about", "within", "over", "under", "for",
		"and", "or", "between", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly", "nightly",
		"am", "pm", "a.m", "p.m", "noon", "midnight", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "kst", "msk", "bst", "w",
		"o'clock", "oclock", "th", "st", "nd", "rd", "s", "q", "h", "fiscal", "fy", "calendar", "rest", "remainder",
		"resolution", "resolutions", "no", "number", "ie", "windows", "page", "pages", "article", "paragraph", "room",
		"flight", "route", "model", "version", "covid", "iphone", "boeing", "airbus", "chapter", "section", "item",
		"said", "says", "say", "told", "will", "would", "shall", "ll", "going", "plan", "plans", "planned", "expected",
		"expects", "scheduled", "due", "was", "were", "had", "did", "came", "went", "met", "took", "made", "began",
		"began", "became", "left", "held", "sent", "gave", "saw", "won", "lost", "fell", "rose", "signed", "is", "are",
		"be", "been", "has", "have", "more", "than", "less", "almost", "nearly", "roughly", "approximately", "least",
		"times", "time", "moment", "far", "long", "ever", "soon", "shortly", "lately", "just", "up", "yet", "already",
		"season", "seasons", "term", "terms", "tenure", "period", "spell", "mere", "full", "whole", "entire", "other",
		"one", "whole", "weekday", "weekdays", "date", "day", "then", "year", "era", "age", "still", "not", "may",
		"like", "old", "aged", "percent", "people", "workers", "persons", "dollars", "tons", "tonnes", "km", "meters",
		"metres", "miles", "feet", "units", "troops", "soldiers", "students", "cars", "members", "residents", "jobs",
		"barrels", "copies", "euros", "pounds", "yuan", "rubles", "won", "employees", "laborers", "labourers",
		"citizens", "nationals", "deaths", "cases", "homes", "children", "men", "women", "points", "shares", "votes",
		"within", "around", "every", "other", "alternate", "twice", "thrice", "once", "and", "half", "quarter",
		"году", "году.", "года", "годах", "год", "г", "в", "с", "по", "до", "до", "року", "рік", "у", "році",
		"сегодня", "вчера", "завтра", "сьогодні", "вчора", "зараз", "сейчас", "прошлом", "прошлого", "этом", "этого",
		"минулого", "минулому", "цього", "цьому", "следующем", "наступного", "наступному", "месяце", "місяці", "неделе",
		"тижні", "of", "tomorrow's", "yesterday's", "today's", "daylight", "hence", "from", "thereafter", "afterwards",
		"late", "lunch", "lunchtime", "dinner", "breakfast", "dawn", "dusk", "sunrise", "sunset", "eod", "eoy", "eom",
		"bedtime", "tonite", "work", "business", "holiday", "holidays", "weekend", "overnight", "forever", "anytime", "whenever",
		"modern", "former", "until", "prior", "forthcoming", "ahead", "back", "away", "into", "out", "off", "remaining",
		"next", "this", "it", "its", "their", "his", "her", "our", "my", "your", "what", "which", "who", "there", "here",
		"about", "circa", "c", "ca", "approx", "when", "while", "as", "we", "they", "he", "she", "i", "you", "so",
		"pieces", "items", "products", "tickets", "vehicles", "toys", "school", "cy", "sy",
	}
	for _, w := range words {
		if vocab[w] == nil {
			add(w, cWord, 0)
		}
	}
	for _, w := range []string{"the", "a", "an", "at", "right", "recent", "this", "that", "these", "last", "past", "next",
		"previous", "prior", "preceding", "coming", "following", "upcoming", "forthcoming", "current", "present", "final",
		"earlier", "later", "today", "tonight", "yesterday", "tomorrow", "now", "currently", "presently", "nowadays",
		"recently", "lately", "early", "late", "mid", "end", "beginning", "start", "middle", "close", "turn", "since",
		"every", "each", "per", "daily", "weekly", "monthly", "annually", "yearly", "hourly", "quarterly", "nightly",
		"almost", "nearly", "about", "around", "roughly", "approximately", "several", "few", "many", "couple", "same",
		"noon", "midnight", "midday", "q", "h", "fy", "half", "later", "tonite", "before", "after", "by", "prior",
		"no", "as", "any", "anytime", "starting", "greater", "earlier", "w", "сегодня", "сьогодні", "вчера", "вчора", "сейчас", "зараз",
		"прошлом", "прошлого", "минулого", "минулому", "этом", "этого", "цього", "цьому", "следующем", "наступного",
		"наступному", "from", "between", "until", "till", "through", "fiscal", "calendar", "school", "cy", "sy"} {
		if vocab[w] == nil {
			add(w, cWord, 0)
		}
		vocab[w].start = true
	}
	for _, w := range knownNextWords {
		vocab[w].known = true
	}
	for w, next := range nextWords {
		vocab[w].next = next
	}
	flagWords(dayPartWords, func(e *entry) { e.dayPart = true })
	flagWords(modifiedWords, func(e *entry) { e.modified = true })
	flagWords(namedYearWords, func(e *entry) { e.namedYear = true })
	for _, w := range lexicon.Get("en", "past").Forms("past") {
		if vocab[w] == nil {
			add(w, cWord, 0)
		}
		vocab[w].past = true
	}
	for _, w := range lexicon.Get("en", "future").Forms("future") {
		if vocab[w] == nil {
			add(w, cWord, 0)
		}
		vocab[w].future = true
	}
	// Russian and Ukrainian tense words; suffixes in cyrillicTense.
	for _, lang := range []string{"ru", "uk"} {
		for _, w := range lexicon.Get(lang, "future").Forms("future") {
			if !strings.Contains(w, " ") {
				if vocab[w] == nil {
					add(w, cWord, 0)
				}
				vocab[w].future = true
			}
		}
		for _, w := range lexicon.Get(lang, "past").Forms("past") {
			if vocab[w] == nil {
				add(w, cWord, 0)
			}
			vocab[w].past = true
		}
		futureSuffixes = append(futureSuffixes, lexicon.Get(lang, "future").Forms("suffix")...)
		pastSuffixes = append(pastSuffixes, lexicon.Get(lang, "past").Forms("suffix")...)
	}
	ruleVocab()
	for _, d := range defaultTries {
		flagWords(d.words, func(e *entry) { e.tries |= d.bit })
	}
	for _, cm := range cueMods {
		if e := vocab[cm.words[0]]; e != nil {
			e.cue = true // a cue of a word outside the vocabulary could not be read
		}
	}
	ascii, other := make(map[string]*entry, len(vocab)), map[string]*entry{}
	for w, e := range vocab {
		e.opens = e.class != cWord || e.start
		if e.opens {
			e.flags |= tOpens
		}
		if e.ruled {
			e.flags |= tRuled
		}
		if e.needs != (needBits{}) {
			e.flags |= tNeeds
		}
		e.join = slices.Contains(rangeJoins, w)
		_, e.weekDir = weekDir.Get(w)
		_, e.holiday = holidays.Get(w)
		if isASCII(w) {
			ascii[w] = e
			if l := len(w); l > 0 && isLowerLetter(w[0]) && isLowerLetter(w[l-1]) {
				asciiMay[min(l, len(asciiMay)-1)][w[0]-'a'] |= 1 << (w[l-1] - 'a')
			}
		} else {
			other[w] = e
		}
	}
	vocabASCII, vocabOther = tok.NewTable(ascii), tok.NewTable(other)
	otherPages = lowerPages(other)
	for _, d := range []string{"-", "–", "—", "‐", "‑"} {
		if dashStart(d) && len(rules.byWord[d]) > 0 {
			ruledDashes = append(ruledDashes, d)
		}
	}
	signs = newSignTable(ruledDashes)
	for w, e := range ascii {
		if len(w) <= 8 && lowerLetters(w) {
			addShort(w, e) // a token's lower-cased letters can equal no other key
		}
	}
}

// flagWords sets a flag of the entries of words (a word outside the
// vocabulary has no entry: the grammar is never tried there).
func flagWords(words []string, set func(*entry)) {
	for _, w := range words {
		if e := vocab[w]; e != nil {
			set(e)
		}
	}
}

// The functions of match's default case (a start word of no class) that
// begin at a few such words only, each a bit of entry.tries.
const (
	tryTimeRange uint8 = 1 << iota
	tryWeekExpr
	tryRelative
	tryDuration
	trySet
	tryClock
	tryQuarter
	tryCalendar
)

// defaultTries are the words of no class each of those functions can
// begin at, read from its first tests (at a word of no class, hourNum,
// dayNum, yearNum, numberWord and ordinal read nothing but "second"):
// match calls each only at its words, as it calls weekdayOfWeek, dayPart,
// modified, holiday and namedYear (TestGatedTries checks that the
// functions find nothing at any other word of no class of the texts at
// hand).
var defaultTries = []struct {
	bit   uint8
	words []string
}{
	// readTod's switch (noon, half, "a quarter"), after "from" or "between"
	{tryTimeRange, []string{"noon", "midday", "midnight", "half", "quarter", "a", "from", "between"}},
	{tryClock, []string{"noon", "midday", "midnight", "half", "quarter", "a"}},              // readTod's switch
	{tryWeekExpr, []string{"the", "w", "last", "second", "week"}},                           // "the week of", "w/c", "last week of"
	{tryQuarter, []string{"the", "q", "h", "second"}},                                       // "Q1 2024", "the second quarter"
	{tryCalendar, []string{"the"}},                                                          // dateBody: "the 4th of July", "the 1990s"
	{trySet, append(slices.Collect(maps.Keys(setWordValues)), "per", "a", "every", "each")}, // "daily", "a year", "every week"
	// durationAmount's switch, after an approximation or "the"/"a mere"
	{tryDuration, append(slices.Collect(maps.Keys(approxModWords)), "the", "a", "an", "half", "several", "few", "many", "couple")},
	// relative's switch, context's words, relUnit's modifiers
	{tryRelative, append(append(slices.Collect(maps.Keys(pastModWords)), slices.Collect(maps.Keys(nextModWords))...),
		"today", "tonight", "tonite", "yesterday", "tomorrow", "now", "currently", "presently", "nowadays", "recently",
		"lately", "right", "at", "the", "recent", "this", "that", "these", "a", "same", "current", "present", "earlier",
		"later")},
}

// knownNextWords are the start words whose expressions in the grammar
// (match's default case) all read a vocabulary word, a number or a sign
// right after them: "the past", "the 1990s", "a year later", "an hour".
// Before an ASCII word the tokenizer does not know, the grammar is not
// tried at them (the rule files still are). Every grammar function was
// read for it; TestKnownNext compares the output with and without the
// skip. At "that", "this", "as" and "by" the functions that read the
// word itself fail (tod, hourNum, ordinal, dayNum, yearNum, numberWord
// and durationAmount read numbers or words of a class; relUnit, set,
// weekExpr, modified and quarter words of their own lists), and the rest
// read the next word as a vocabulary word: "that year" (context), "this
// morning" (relative), "this week Monday" (weekdayOfWeek), "this past
// week" (relUnit), "as late as" (cued). "by" reads the time after it
// (cueTarget), which for a word outside the vocabulary is at most
// "noonish" (readTod reads it by its letters), a time of day that "by"
// does not take (cueMods: dates only). "from" is not one: "from noonish
// to 3 pm" is a range (timeRange).
var knownNextWords = []string{"the", "a", "an", "that", "this", "as", "by"}

// nextWords are start words whose expressions in the grammar (match's
// default case) all go on with a vocabulary word of a few, each named by
// a test of its entry: the grammar is tried at them only before such a
// word (the rule files still are). None of them is a word the functions
// that read the start word itself take (see knownNextWords: tod,
// hourNum, ordinal, dayNum, yearNum, numberWord, durationAmount, relUnit,
// set, weekExpr, modified, quarter fail at them); the one function that
// reads each is named beside it. "these" and "same" begin nothing:
// relative reads "this" alone of "this", "that", "these", and context
// "same" after "the". TestKnownNext compares the output with and without
// the gate.
var nextWords = map[string]func(next *entry) bool{
	"that":  yearOrMonth,                      // "that year" (context)
	"at":    wordIn("present", "the", "this"), // "at present", "at the moment" (relative)
	"as":    wordIn("late", "early"),          // "as late as" (cued)
	"any":   wordIn("time"),                   // "any time from" (cued)
	"no":    wordIn("later", "earlier"),       // "no later than" (cued)
	"these": beginsNothing,
	"same":  beginsNothing,
}

// yearOrMonth is the unit "year" or "month" in the singular.
func yearOrMonth(e *entry) bool {
	return e.class == cUnit && !e.plural && (e.val == uYear || e.val == uMonth)
}

// wordIn is a test of an entry's word: one of words.
func wordIn(words ...string) func(*entry) bool {
	return func(e *entry) bool { return slices.Contains(words, e.word) }
}

func beginsNothing(*entry) bool { return false }

// futureSuffixes and pastSuffixes end Russian and Ukrainian verb forms of
// the future (or a non-past plural: "встретятся") and of the past
// ("заявил"), from the lexicon's tense lists.
var futureSuffixes, pastSuffixes []string

// cyrillicTense returns +1 for a word ending like a future verb form, -1
// like a past one, else 0.
func cyrillicTense(w string) int {
	for _, s := range futureSuffixes {
		if strings.HasSuffix(w, s) {
			return 1
		}
	}
	for _, s := range pastSuffixes {
		if strings.HasSuffix(w, s) {
			return -1
		}
	}
	return 0
}

// vocabASCII and vocabOther split vocab for the tokenizer's look-ups, in
// tables read from its byte buffer: English text looks up its words in the
// smaller table of ASCII words only.
var vocabASCII, vocabOther *tok.Table[*entry]

// asciiMay tells the lower-case ASCII words that may be in vocabASCII by
// their length (the last row for all longer ones), first and last letter
// (bit last-'a' of [length][first-'a']): a word of the text failing it is
// not looked up. About a third of the words of English news text fail.
var asciiMay [17][26]uint32

func isLowerLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// lowerLetters reports whether w is lower-case ASCII letters only.
func lowerLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLowerLetter(w[i]) {
			return false
		}
	}
	return true
}

// mayBeASCIIWord reports whether the ASCII letters w, lower-cased, may be
// a key of vocabASCII (see asciiMay): w in any case, as a letter's 0x20
// bit is its lower case.
func mayBeASCIIWord[S ~string | ~[]byte](w S) bool {
	l := len(w)
	return l > 0 && asciiMay[min(l, len(asciiMay)-1)][w[0]|0x20-'a']&(1<<(w[l-1]|0x20-'a')) != 0
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// shortKeys and shortVals hold the vocabulary's words of one to eight
// lower-case ASCII letters (most words of English text are that short),
// each as its bytes read as a little-endian number, zero-padded
// (shortKey): such a word of the text is looked up by a multiplication
// and a probe or two, in code the tokenizer's loop inlines, where
// vocabASCII hashes it in a call. The table is at most a quarter full.
const shortSlots = 1 << 11

var (
	shortKeys [shortSlots]uint64
	shortVals [shortSlots]*entry
	// the flags of the entries of shortVals
	shortFlags [shortSlots]tflags
	shortN     int
)

// shortSlot is where the probes for key start.
func shortSlot(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> (64 - 11) }

// addShort files word w (one to eight lower-case letters) and its entry.
func addShort(w string, e *entry) {
	if shortN++; shortN > shortSlots/4 {
		panic("timex: too many short words for shortSlots")
	}
	key := shortKey(w, 0, len(w))
	h := shortSlot(key)
	for shortKeys[h] != 0 {
		h = (h + 1) & (shortSlots - 1)
	}
	shortKeys[h], shortVals[h], shortFlags[h] = key, e, e.flags
}

// shortKey is the key in shortKeys of the ASCII letters text[s:e], one to
// eight of them, lower-cased (a letter's 0x20 bit is its lower case).
func shortKey(text string, s, e int) uint64 {
	if s+8 <= len(text) {
		return lowerKey(swar.Load64(text, s), e-s)
	}
	var x uint64
	for j := e - 1; j >= s; j-- {
		x = x<<8 | uint64(text[j])
	}
	return lowerKey(x, e-s)
}

// lowerKey is the key of the n ASCII letters in the low bytes of x: the
// letters lower-cased, the bytes above them cleared.
func lowerKey(x uint64, n int) uint64 {
	return (x | 0x2020202020202020) & lowBytes[n&15]
}

// lowBytes[n] has the low n bytes set, n <= 8 (a table: a shift by a
// variable count costs more, and so does a mask of one).
var lowBytes = [16]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, ^uint64(0)}

// shortEntry is the entry of the word of shortKey key, or nil.
func shortEntry(key uint64) *entry {
	e, _ := shortWord(key)
	return e
}

// shortWord is the entry of the word of shortKey key and its flags
// (entryFlags), or nil and 0: the flags from a table of their own, with
// no look at the entry.
func shortWord(key uint64) (*entry, tflags) {
	for h := shortSlot(key); ; h = (h + 1) & (shortSlots - 1) {
		switch shortKeys[h] {
		case key:
			return shortVals[h], shortFlags[h]
		case 0:
			return nil, 0
		}
	}
}
