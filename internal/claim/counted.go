package claim

import (
	"encoding/binary"
	tk "github.com/dossier-osint/dossier/internal/token"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/swar"
)

// token is a word of a sentence with its byte span in the sentence.
type token struct {
	text       string // as written, punctuation trimmed
	lower      string
	start, end int
	punctAfter byte // ',', '.', ';', ':', '(', ')', '"' or 0 when the word is followed by a space
}

// tokenize splits s on white space, trimming punctuation from words and
// noting the punctuation that follows each.
func tokenize(s string) []token {
	pos := make([]int32, len(s)+1)
	return appendTokens(make([]token, 0, len(s)/6+1), s, foldPos(s, pos), pos)
}

// appendTokens appends the tokens of s to out (see tokenize). f and pos
// are the fold of s and its positions (foldPos; or of a text s is part
// of, pos sliced to start where s does): the lower case of an ASCII word
// is sliced from the fold, which lowers ASCII letters and keeps other
// ASCII runes but white space as they are.
func appendTokens(out []token, s, f string, pos []int32) []token {
	first := len(out)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				i++
				continue
			}
		} else if n := spaceAt(s, i); n > 0 {
			i += n
			continue
		}
		j := plainRun(s, i)
		if j == len(s) || s[j] < utf8.RuneSelf {
			if c := s[i]; c < utf8.RuneSelf && asciiWordStart[c] && asciiWordEnd[s[j-1]] {
				// most words: ASCII that starts and ends as a token does,
				// with no punctuation to trim or note (appendRun would
				// make the same token)
				out = append(out, token{text: s[i:j], lower: spanFold(f, pos, i, j), start: i, end: j})
				i = j
				if i < len(s) && s[i] == ' ' {
					i++ // the space most words are followed by
				}
				continue
			}
		}
		out, i = appendRun(out, first, s, f, pos, i, j)
	}
	return out
}

// appendPlainTokens is appendTokens of a plain text s (see
// appendPlainFold) with its fold f: its runs are ASCII between single
// spaces, so a run ends at the next space and no rune is decoded.
func appendPlainTokens(out []token, s, f string) []token {
	first := len(out)
	for i := 0; i < len(s); i++ { // i++: the space after the run
		if s[i] == ' ' {
			continue // (a span of a plain text may start with its space)
		}
		j := plainRun(s, i)
		if asciiWordStart[s[i]] && asciiWordEnd[s[j-1]] {
			out = append(out, token{text: s[i:j], lower: f[i:j], start: i, end: j})
		} else {
			out, _ = appendRun(out, first, s, f, nil, i, j)
		}
		i = j
	}
	return out
}

// spaceAt is the length of the white space rune at byte i of s, 0 when
// there is none.
func spaceAt(s string, i int) int {
	if c := s[i]; c < utf8.RuneSelf {
		if asciiSpace(c) {
			return 1
		}
		return 0
	}
	if r, sz := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
		return sz
	}
	return 0
}

// appendRun appends the token of the run of non-space that starts at
// byte i of s (read up to j, its ASCII start) to out, whose tokens of s
// start at first, trimmed of punctuation and noting the punctuation after
// it; or, for a run of punctuation alone, notes it on the token before.
// It returns the run's end.
func appendRun(out []token, first int, s, f string, pos []int32, i, j int) ([]token, int) {
	ascii := true // the run of non-space is ASCII
	for j < len(s) && s[j] >= utf8.RuneSelf {
		ascii = false
		r2, sz2 := utf8.DecodeRuneInString(s[j:])
		if unicode.IsSpace(r2) {
			break
		}
		j = plainRun(s, j+sz2)
	}
	w := s[i:j]
	ws, we := i, j
	// leading punctuation
	for ws < we {
		if c := s[ws]; c < utf8.RuneSelf {
			if asciiWordStart[c] {
				break
			}
			ws++
			continue
		}
		r2, sz2 := utf8.DecodeRuneInString(s[ws:])
		if tokenStart(r2) {
			break
		}
		ws += sz2
	}
	var pa byte
	for we > ws {
		r2, sz2 := rune(s[we-1]), 1
		if r2 >= utf8.RuneSelf {
			r2, sz2 = utf8.DecodeLastRuneInString(s[ws:we])
		}
		if r2 < utf8.RuneSelf && asciiWordEnd[r2] || r2 >= utf8.RuneSelf && (unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
			break
		}
		// keep the final period of abbreviations ("U.S.", "N.")
		if r2 == '.' && we-ws <= 6 && strings.Count(s[ws:we], ".") > 1 {
			break
		}
		if r2 == '.' && we-ws == 2 && unicode.IsUpper(rune(s[ws])) {
			break
		}
		switch r2 {
		case ',', '.', ';', ':', '(', ')', '!', '?':
			if pa == 0 || pa == '"' {
				pa = byte(r2)
			}
		case '"', '”', '“', '’', '‘', '\'':
			if pa == 0 {
				pa = '"'
			}
		case '—', '–':
			pa = ';'
		}
		we -= sz2
	}
	if strings.HasSuffix(w, "—") || strings.HasSuffix(w, "–") {
		pa = ';'
	}
	if ws < we {
		t := s[ws:we]
		var lt string
		if ascii || isASCII(t) {
			lt = spanFold(f, pos, ws, we)
		} else {
			lt = strings.ToLower(t)
		}
		out = append(out, token{text: t, lower: lt, start: ws, end: we, punctAfter: pa})
	} else if len(out) > first {
		// a lone dash or quote between words; a dash after a closing
		// parenthesis ends a dateline: "SEOUL, May 3 (Agency) - The ..."
		last := &out[len(out)-1]
		if strings.ContainsAny(w, "—–-") && (last.punctAfter == 0 || last.punctAfter == ')') {
			last.punctAfter = ';'
		} else if strings.ContainsAny(w, "\"“”") && last.punctAfter == 0 {
			last.punctAfter = '"'
		}
	}
	return out, j
}

// plainRun is the end of the run of ASCII that is no white space at
// byte i of s.
func plainRun(s string, i int) int {
	for i+8 <= len(s) {
		k := plainBytes8(swar.Load64(s, i))
		i += k
		if k < 8 {
			break // the byte at i ends the run, or is a control byte
		}
	}
	for i < len(s) && !spaceOrHigh[s[i]] {
		i++
	}
	return i
}

// tokenStart reports whether a token may start with rune r: a letter, a
// digit, "$", "€" or "£".
func tokenStart(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWordStart[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '€' || r == '£'
}

// spaceOrHigh marks the bytes that are ASCII white space or not ASCII.
var spaceOrHigh = func() (t [256]bool) {
	for c := range t {
		t[c] = c >= utf8.RuneSelf || asciiSpace(byte(c))
	}
	return t
}()

// asciiSpace is unicode.IsSpace for a byte below utf8.RuneSelf.
func asciiSpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// asciiWordStart and asciiWordEnd are the ASCII runes a token may start
// and end with: letters and digits, "$" first, "%" last.
var asciiWordStart, asciiWordEnd = asciiClass("$"), asciiClass("%")

func asciiClass(extra string) (c [utf8.RuneSelf]bool) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		c[r] = unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(extra, r)
	}
	return c
}

func isASCII(s string) bool { return asciiUntil(s, 0) == len(s) }

// asciiUntil is the index of the first byte of s at or after i that is
// not ASCII, or len(s): eight bytes at a time.
func asciiUntil(s string, i int) int {
	for ; i+8 <= len(s); i += 8 {
		if binary.LittleEndian.Uint64([]byte(s[i:i+8]))&0x8080808080808080 != 0 {
			break
		}
	}
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	return i
}

// runeAt decodes the rune at byte i of s, ASCII without a call.
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// stopWords end a counted noun phrase: function words, and adverbs of
// place and time that follow a noun phrase ("120 drones overnight", "40
// workers yesterday", "300 arrivals a week earlier").
var stopWords = set(`who whom whose which that were was are is be been being have has had will would shall
should can could may might must do does did to in into from at on for by with of and or but as than
more less fewer over under about around between since during after before until while when where
while if because so such this these those its their his her our your my not no nor also already still
just only even reportedly presumably allegedly currently now then there here each per via amid among
across through without within against toward towards upon like remain remains remained stay stayed
abroad overseas home alone apiece combined altogether next last every worth
near outside inside beyond along alongside behind below above beneath beside off onto throughout underneath besides despite except aboard
overnight yesterday today tonight tomorrow ago earlier later recently lately meanwhile again instead too yet soon once twice`)

// adjectiveLike reports whether a lower-case word looks like an adjective
// rather than the first noun of a compound ("new work permits").
var adjWords = set(`new old other more additional further many several some few various certain specific
total overall young skilled unskilled legal illegal official unofficial contemporary foreign local
former current recent extra annual monthly daily estimated registered
large small big huge giant massive vast tiny heavy light long short tall wide broad narrow deep high low
great major minor key main full empty entire whole larger smaller bigger biggest largest smallest
latest earliest newest oldest`)

func adjectiveLike(w string) bool {
	if adjWords[w] || statusAdjectives[w] {
		return true
	}
	for _, suf := range []string{"al", "ic", "ous", "ive", "ful", "less", "ed", "ing", "ary", "ish", "ese", "an", "ian", "able", "ible"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// statusAdjectives judge what is counted (lawful or not, open or hidden,
// real or not) and name no kind of it: "56 illicit shipments" counts
// shipments. The -ed and -ous ones (suspected, alleged, undeclared,
// fraudulent) adjectiveLike reads by their ending.
var statusAdjectives = set(`illicit licit unlawful lawful clandestine covert secret hidden fake false bogus sham
irregular informal legitimate genuine real true known unknown undercover rogue shadow black-market so-called`)

// set returns the set of the words of s, separated by spaces, tabs and
// line breaks (lexicon.WordSet).
func set(s string) map[string]bool { return lexicon.WordSet(s) }

// countedPhrase returns the counted noun phrase that follows a figure
// ending at byte end of s ("North Korean citizens" in "13,221 North Korean
// citizens entered"), its span, and its head word; "" when none follows.
func countedPhrase(s string, toks []token, end int) (phrase string, ps, pe int, head string) {
	i := 0
	for i < len(toks) && toks[i].start < end {
		i++
	}
	// a figure directly followed by punctuation counts nothing
	if i > 0 && toks[i-1].end >= end-1 && toks[i-1].punctAfter != 0 && toks[i-1].punctAfter != '"' {
		return "", 0, 0, ""
	}
	if i < len(toks) && toks[i].lower == "of" {
		i++
		// "2,300 of them": a part of what the figure before counts
		if i < len(toks) && (toks[i].lower == "them" || toks[i].lower == "whom" || toks[i].lower == "those" && (i+1 >= len(toks) || toks[i].punctAfter != 0) || toks[i].lower == "us") {
			return "", 0, 0, ""
		}
	}
	if i < len(toks) && (toks[i].lower == "the" || toks[i].lower == "a" || toks[i].lower == "those" || toks[i].lower == "these" ||
		toks[i].lower == "its" || toks[i].lower == "their") && i > 0 && toks[i-1].lower == "of" {
		i++
	}
	// "7,887 of last year's entries": a time possessive is not the counted noun
	if i > 0 && toks[i-1].lower == "of" {
		i = skipTimePossessive(toks, i)
	}
	// "2,000 more workers", "500 additional troops"
	if i+1 < len(toks) && (toks[i].lower == "more" || toks[i].lower == "fewer" || toks[i].lower == "additional" || toks[i].lower == "extra") &&
		toks[i+1].lower != "than" && toks[i].punctAfter == 0 {
		i++
	}
	first := i
	if adverbParticiple(toks, i) {
		i += 2 // "50 domestically produced howitzers": the modifier is no verb
	}
	last := -1
	for ; i < len(toks) && i-first < 7; i++ {
		t := toks[i]
		if stopWords[t.lower] {
			break
		}
		if !hasLetter(t.text) {
			break
		}
		if strings.HasSuffix(t.lower, "ly") && len(t.lower) > 4 && t.lower != "family" && t.lower != "supply" {
			break // adverb: "annually", "reportedly"
		}
		if last >= 0 && (t.lower == "a" || t.lower == "an" || t.lower == "the") {
			break
		}
		if last >= 0 && (isVerbLike(t.lower) && !tk.In(commonVerbs, t.lower) && !hyphenAdjective(toks, i) && !modifierGerund(toks, i, last) ||
			tk.In(commonVerbs, t.lower) && strings.HasSuffix(toks[last].lower, "s") || pastVerbs[t.lower] || participles[t.lower]) {
			break
		}
		// "2,700 came on student visas", "2,700 wounded": a verb right after
		// the figure means the figure is the subject and counts nothing named
		if last < 0 && (firstIsVerb(toks, i) || isVerbLike(t.lower) && i+1 < len(toks) && quoteOpens(s, t.end, toks[i+1].start)) {
			break
		}
		// "the 11,000 troops North Korea sent": a name after a common noun
		// starts a new clause
		if last >= 0 && isCapitalized(t.text) && !isCapitalized(toks[last].text) && !adjectiveLike(toks[last].lower) &&
			strings.HasSuffix(toks[last].lower, "s") {
			break
		}
		last = i
		if t.punctAfter != 0 {
			break
		}
	}
	if last < 0 {
		return "", 0, 0, ""
	}
	ps, pe = toks[first].start, toks[last].end
	head = toks[last].text
	return s[ps:pe], ps, pe, head
}

// firstIsVerb reports whether the word at i, right after a figure, is a
// verb rather than an adjective of the counted noun: a common verb, or an
// -ed/-ing word not followed by a noun.
func firstIsVerb(toks []token, i int) bool {
	t := toks[i]
	if pastVerbs[t.lower] {
		return true // "7,887 gave study": never a noun
	}
	if verbOrAdj := isVerbLike(t.lower); verbOrAdj && i+1 < len(toks) && timeStarters[toks[i+1].lower] {
		return true // "3,000 more followed early this year"
	}
	verb := tk.In(commonVerbs, t.lower) || t.lower == "remain" || t.lower == "remained" || t.lower == "remains"
	if !verb && (!isVerbLike(t.lower) || adjWords[t.lower]) {
		return false
	}
	if t.punctAfter != 0 || i+1 >= len(toks) {
		return true
	}
	n := toks[i+1].lower
	return stopWords[n] || determiners[n] || isVerbLike(n) || !hasLetter(n)
}

// quoteOpens reports an opening quotation mark between bytes a and b of
// s: after a verb-like word right after a figure, the quotation is that
// verb's object, not a noun it modifies ("three listing “study” as the
// purpose").
func quoteOpens(s string, a, b int) bool {
	if a < 0 || b > len(s) || a >= b {
		return false
	}
	return strings.ContainsAny(s[a:b], "“\"«‘„")
}

// participles are irregular past participles that follow a counted noun
// and end it ("ships bound for", "workers known to be", "shells made in").
var participles = set(`bound built made sold kept found shot caught spent paid lost won bought taught shown known
seen given taken driven written hidden stolen chosen broken thrown flown drawn grown worn sworn`)

// lyNouns end in -ly but are nouns or verbs, no adverbs: "family owned
// farms", "supply chain", "assembly line", "jelly filled".
var lyNouns = set(`family supply assembly rally monopoly anomaly jelly belly bully folly lily homily
reply apply comply multiply ally italy july`)

// adverbParticiple reports an adverb and a participle at i that modify the
// counted noun after them: "50 domestically produced howitzers", "200
// locally built drones", "300 newly recruited workers".
func adverbParticiple(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i].punctAfter != 0 || toks[i+1].punctAfter != 0 {
		return false
	}
	a, p, n := toks[i].lower, toks[i+1].lower, toks[i+2].lower
	if len(a) <= 4 || !strings.HasSuffix(a, "ly") || lyNouns[a] {
		return false
	}
	if !(strings.HasSuffix(p, "ed") || participles[p]) {
		return false
	}
	return hasLetter(n) && !stopWords[n] && !determiners[n] && !isVerbLike(n)
}

// modifierGerund reports an -ing word at i that modifies the noun after
// it, after an adjective at last ("two Russian shipping companies", "four
// illegal fishing boats"): part of the counted phrase, not the verb that
// ends it ("300 workers building roads" keeps its verb: a plural noun
// stands before it).
func modifierGerund(toks []token, i, last int) bool {
	if !strings.HasSuffix(toks[i].lower, "ing") || toks[i].punctAfter != 0 || i+1 >= len(toks) || last != i-1 {
		return false
	}
	prev := toks[last].lower
	if !(adjWords[prev] || statusAdjectives[prev] || isCapitalized(toks[last].text) && !strings.HasSuffix(prev, "s")) || personNouns[prev] {
		return false
	}
	n := toks[i+1].lower
	return hasLetter(n) && !stopWords[n] && !determiners[n] && !isVerbLike(n) && !pastVerbs[n] && !tk.In(commonVerbs, n)
}

// hyphenAdjective reports a hyphenated -ed or -ing word at i followed by
// more of the noun phrase ("self-propelled howitzers", "Russian-made
// drones"): an adjective, not the verb that ends the phrase.
func hyphenAdjective(toks []token, i int) bool {
	if !strings.Contains(toks[i].lower, "-") || toks[i].punctAfter != 0 || i+1 >= len(toks) {
		return false
	}
	n := toks[i+1].lower
	return hasLetter(n) && !stopWords[n] && !determiners[n] && !isVerbLike(n)
}

// timeStarters open a time after a verb.
var timeStarters = set(`early late last this next soon later earlier shortly in on since during`)

// pastVerbs are irregular past forms that are never nouns.
var pastVerbs = set(`gave came went took brought got saw fled began became grew rose fell left sent stood`)

// skipTimePossessive skips "last year's", "this month's", "2023's" at i.
func skipTimePossessive(toks []token, i int) int {
	poss := func(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }
	if i+1 < len(toks) && (toks[i].lower == "last" || toks[i].lower == "this" || toks[i].lower == "next" ||
		toks[i].lower == "previous" || toks[i].lower == "the") && poss(toks[i+1].lower) && toks[i].punctAfter == 0 {
		return i + 2
	}
	if i < len(toks) && poss(toks[i].lower) && len(toks[i].lower) >= 6 && toks[i].lower[0] >= '0' && toks[i].lower[0] <= '9' {
		return i + 1
	}
	return i
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// isVerbLike reports whether a word after a noun is likely a verb that ends
// the phrase ("entered", "arriving").
func isVerbLike(w string) bool {
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return !strings.HasSuffix(w, "thing")
	}
	return tk.In(commonVerbs, w)
}

var commonVerbs = tk.NewTable(set(`continue continues continued gave brought began fled saw send sends sent arrive arrives enter enters go goes went come comes came work works
leave leaves left earn earns make makes made get gets got take takes took live lives say says
face faces need needs want wants return returns flee flees cross crosses join joins hold holds
held seek seeks help helps stay stays try tries`))

// personNouns are English heads counted in persons (data/counted/en.txt,
// key person, and the trades of the shared lexicon), with their singular
// forms.
var personNouns = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range countedForms("en", "person") {
		m[f] = true
	}
	for _, f := range tradeForms("en") {
		m[f] = true
	}
	return m
}()

// singular returns a crude singular of an English noun.
func singular(w string) string {
	lw := strings.ToLower(w)
	switch lw {
	case "people":
		return "person"
	case "children":
		return "child"
	case "men", "women", "servicemen", "fishermen", "crewmen":
		return lw[:len(lw)-2] + "an"
	case "personnel", "staff", "chinese", "japanese", "vietnamese":
		return lw
	}
	switch {
	case strings.HasSuffix(lw, "ies") && len(lw) > 4:
		return lw[:len(lw)-3] + "y"
	case strings.HasSuffix(lw, "sses"), strings.HasSuffix(lw, "shes"), strings.HasSuffix(lw, "ches"), strings.HasSuffix(lw, "xes"):
		return lw[:len(lw)-2]
	case strings.HasSuffix(lw, "ss"), strings.HasSuffix(lw, "us"), strings.HasSuffix(lw, "is"):
		return lw
	case strings.HasSuffix(lw, "s") && len(lw) > 3:
		return lw[:len(lw)-1]
	}
	return lw
}

// unitOf normalizes the unit of a counted phrase: "person" for people,
// "permit" for permits, else the head noun (with a noun modifier: "member
// state").
func unitOf(phrase string) string {
	var wsBuf [8]string
	ws := appendFields(wsBuf[:0], phrase)
	if len(ws) == 0 {
		return ""
	}
	head := strings.Trim(ws[len(ws)-1], ".,;:()\"'")
	lh := strings.ToLower(head)
	sh := singular(lh)
	if personNouns[lh] || personNouns[sh] {
		return "person"
	}
	if r, _ := utf8.DecodeRuneInString(head); unicode.IsUpper(r) {
		// a capitalized plural head is a demonym: "North Koreans", "Russians"
		if strings.HasSuffix(lh, "ans") || strings.HasSuffix(lh, "ese") || strings.HasSuffix(lh, "is") || strings.HasSuffix(lh, "ks") {
			return "person"
		}
	}
	if sh == "permit" || sh == "work permit" {
		return "permit"
	}
	// noun modifiers before the head, as written: "member state",
	// "multiple launch rocket system"
	unit := sh
	for k := len(ws) - 2; k >= 0 && k >= len(ws)-4; k-- {
		prev := strings.ToLower(strings.Trim(ws[k], ".,;:()\"'"))
		if r, _ := utf8.DecodeRuneInString(ws[k]); !unicode.IsLower(r) || adjectiveLike(prev) || stopWords[prev] || !hasLetter(prev) ||
			strings.HasSuffix(prev, "s") || strings.ContainsAny(prev, "0123456789") {
			break
		}
		unit = prev + " " + unit
	}
	return unit
}

// predicateCues end the words before a figure that is the predicate of
// its clause: "losses estimated at 2,300", "the peak was 41,000",
// "arrivals reached 6,000", "drop to about 150".
var predicateCues = []string{"estimated at", "put at", "valued at", "stood at", "stands at", "standing at",
	"reached", "reach", "reaches", "totalled", "totaled", "totals", "total", "numbered", "numbers", "number",
	"rose to", "rise to", "rises to", "risen to", "fell to", "fall to", "falls to", "fallen to", "dropped to", "drop to",
	"climbed to", "grew to", "grow to", "jumped to", "jump to", "plunged to", "plunge to", "plunges to", "increased to",
	"decreased to", "declined to", "triple to", "tripled to", "double to", "doubled to", "was", "were", "is", "are",
	"amounted to", "amounts to", "came to", "hit"}

// measureHeads are nouns that name a figure rather than what it counts:
// "the peak was 41,000" counts what the figures before it count.
var measureHeads = set(`number numbers total peak figure count tally toll level estimate sum amount`)

// predicateCounted reads the counted noun of a figure that is the
// predicate of its clause, from the clause's subject: the nearest counted
// noun before the predicate verb, over a prepositional phrase ("troop
// losses in the eastern campaign estimated at 2,300"). measure reports a subject
// headed by a measure noun ("the peak was 41,000"), whose counted thing is
// the figures' before it; how names the cue.
func predicateCounted(s *sent, rs int) (phrase, how string, measure bool) {
	before := trimWords(strings.TrimSpace(s.lowerSpan(0, rs)), predicateHedges)
	cue := ""
	for _, p := range predicateCues {
		if before == p || hasWordSuffix(before, p) {
			cue = p
			break
		}
	}
	if cue == "" {
		return "", "", false
	}
	end := len(before) - len(cue) // the subject ends before the cue
	k := 0
	for k < len(s.tokens()) && s.tokens()[k].end <= end {
		k++
	}
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		t := s.tokens()[j]
		if j < k-1 && t.punctAfter != 0 && t.punctAfter != '"' && t.punctAfter != ')' {
			break
		}
		lw := t.lower
		if measureHeads[lw] {
			// "the number of supplied shells ... reached 12 million": the
			// noun after "of" is what it counts
			if j+1 < k && s.tokens()[j+1].lower == "of" && t.punctAfter == 0 {
				if ph, _, pe, _ := countedPhrase(s.text, s.tokens(), t.end); ph != "" && pe <= end && countUnit(unitOf(ph)) {
					return ph, cue, false
				}
			}
			return "", cue, true
		}
		sh := singular(lw)
		if personNouns[lw] || personNouns[sh] || permitNouns[sh] {
			a := j
			for a > 0 && s.tokens()[a-1].punctAfter == 0 && !stopWords[s.tokens()[a-1].lower] && !determiners[s.tokens()[a-1].lower] &&
				hasLetter(s.tokens()[a-1].text) && !strings.ContainsAny(s.tokens()[a-1].text, "0123456789") && j-a < 3 {
				a--
			}
			return s.text[s.tokens()[a].start:t.end], cue, false
		}
	}
	return "", cue, false
}

var permitNouns = set(`permit visa trip entry`)

// predicateHedges are the hedges predicateCounted reads past; tollHedges
// those before a toll's "at".
var predicateHedges = []string{"about", "around", "roughly", "some", "nearly", "almost", "approximately", "an estimated", "more than", "over", "at least", "below", "under", "just"}
var tollHedges = []string{"about", "around", "roughly", "some", "nearly", "almost", "more than", "over", "at least"}

// trimWords drops each of words in turn from the end of s when a space
// comes before it there, and the white space that leaves:
// strings.TrimSpace(strings.TrimSuffix(s, " "+w)) for each w.
func trimWords(s string, words []string) string {
	for _, w := range words {
		if hasWordSuffix(s, w) {
			s = s[:len(s)-len(w)-1]
		}
		s = strings.TrimSpace(s)
	}
	return s
}

// hasWordSuffix reports whether s ends with a space and w
// (strings.HasSuffix(s, " "+w) without making the string).
func hasWordSuffix(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && s[len(s)-len(w):] == w
}

// union is the set of the words of all sets.
func union(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, s := range sets {
		for w := range s {
			out[w] = true
		}
	}
	return out
}
