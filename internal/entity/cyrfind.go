package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
)

// Russian and Ukrainian capitalise only the first word of a body's or a
// region's name ("Федеральная служба государственной статистики",
// "Курская область", "Головне управління розвідки"), and some are written
// all in lower case before an acronym ("пограничная служба ФСБ"), so
// capitalisation alone does not delimit them. cyrPhrases finds them from
// their head noun (data/words-cyrillic.txt: orghead, lochead): the
// adjectives before it, and after it a tail of words in the genitive and
// capitalised words ("... разведки Республики Корея"). Names in «quotes»
// are found too. The tokens these mentions cover are left out of chunks.

// cyrPhrases adds the Cyrillic head-noun phrases and quoted names and
// marks their tokens. Each of its readings starts at a Cyrillic word: a
// text with none is not read.
func (f *finder) cyrPhrases() {
	if !f.anyCyr {
		return
	}
	f.acronymSpans()
	toks := f.toks
	for i := 0; i < len(toks); i++ {
		if f.stopped(i) {
			return
		}
		t := toks[i]
		if !t.cyr() || f.covered[i] || f.credit[i] != noCredit {
			continue
		}
		org, loc := t.is(wcOrgHead), t.is(wcLocHead)
		if !org && !loc {
			continue
		}
		s := i
		if !t.cap() {
			s = f.cyrLeft(i)
		}
		e := i + 1
		if org || t.cap() {
			e = f.cyrTail(i + 1)
		}
		if end, ok := f.cyrCountryBody(s, i, e); ok {
			i = end - 1
			continue
		}
		if !f.cyrNamed(s, e) {
			if k := f.shortFormOf(s, e); k >= 0 {
				// "пограничной службы" after "пограничная служба ФСБ"
				m := f.ms[k]
				f.add(mention{s: int(toks[s].s), e: int(toks[e-1].end()), ti: s, tj: e, typ: m.typ, canon: m.canon, kind: m.kind,
					country: m.country, prio: 1, rule: "short form of " + f.text[m.s:m.e] + " named before"})
				for k := s; k < e; k++ {
					f.covered[k] = true
				}
			}
			continue
		}
		typ, rule := doc.ORG, "head word (Cyrillic)"
		if loc && !org {
			typ = doc.LOC
		}
		if n, ge, ok := f.gazAt(s); ok {
			// a listed name: its own span; the words after it are read again
			f.addGaz(s, s+n, *ge, false)
			e = s + n
		} else if ap, ok := f.cyrApposition(s, i, e, typ); ok {
			e = ap
		} else if k, n, ok := f.listedInTail(s, i, e); ok {
			// "совета директоров девелоперской группы Eskadra": lower-case
			// words before a listed name are not a name; the listed name is
			f.addGaz(k, k+n, f.gazEntryAt(k), false)
			s, e = k, k+n
		} else {
			f.addName(s, e, typ, rule)
		}
		for k := s; k < e; k++ {
			f.covered[k] = true
		}
		i = e - 1
	}
	f.quotedNames()
}

// cyrCountryBody reads a body named by its kind and its country in the
// genitive ("разведка Южной Кореи", "розвідки Польщі", "пограничники
// России"): the country is a mention of its own and the phrase one of the
// country's body of that kind (countryBody), as "South Korea's
// intelligence service" is. The head noun must start the phrase and the
// country follow it; it returns the phrase's end.
func (f *finder) cyrCountryBody(s, head, e int) (int, bool) {
	toks := f.toks
	if s != head || head+1 >= e {
		return 0, false
	}
	n, ge, ok := f.gazAt(head + 1)
	if !ok || ge.kind != "country" || head+1+n > e {
		return 0, false
	}
	canon, ok := countryBody(toks[head:head+1], ge.country)
	if !ok {
		return 0, false
	}
	end := head + 1 + n
	f.addGaz(head+1, end, *ge, false)
	f.add(mention{s: int(toks[head].s), e: int(toks[end-1].end()), ti: head, tj: end, typ: doc.ORG, canon: canon, kind: "descriptor",
		country: ge.country, prio: 4, rule: "descriptor: " + lexicon.LowerString(toks[head].text) + " of " + ge.country + " (Cyrillic)"})
	for k := head; k < end; k++ {
		f.covered[k] = true
	}
	return end, true
}

// acronymSpans finds a Cyrillic name by the acronym defined after it in
// parentheses: the words before "(ДММ)" whose initials spell it
// ("Дальневосточный мониторинг миграции (ДММ)"), the first capitalised,
// small joining words ("и", "по") allowed.
func (f *finder) acronymSpans() {
	toks := f.toks
	for i := 2; i+1 < len(toks); i++ {
		if f.stopped(i) {
			return
		}
		a := toks[i]
		if toks[i-1].text != "(" || toks[i+1].text != ")" || !a.cyr() || !a.allCaps() {
			continue
		}
		letters := []rune(lexicon.LowerString(a.text))
		k, n := i-2, len(letters)-1
		for ; k >= 0 && n >= 0 && toks[k].kind == kWord && toks[k].cyr() && toks[k].line == a.line; k-- {
			if toks[k].is(wcCyrJoiner) && n < len(letters)-1 {
				continue
			}
			r, _ := utf8.DecodeRuneInString(lexicon.LowerString(toks[k].text))
			if r != letters[n] {
				break
			}
			n--
		}
		s := k + 1
		if n >= 0 || s > i-2 || !toks[s].cap() || f.covered[s] {
			continue
		}
		typ := doc.ORG
		if toks[i-2].is(wcLocHead) {
			typ = doc.LOC
		}
		f.addName(s, i-1, typ, "Cyrillic name spelled by the acronym after it")
		for x := s; x < i-1; x++ {
			f.covered[x] = true
		}
	}
}

// cyrJoiners may stand inside a name without a letter in its acronym.
var cyrJoiners = map[string]bool{"и": true, "по": true, "і": true, "з": true, "та": true}

// cyrApposition reads a lower-case head noun followed by the name it
// describes ("агентство Ёнхап", "компания «Эскадра»", "южнокорейское
// агентство Ёнхап"): the name is a mention, and the whole phrase a
// description of it with the same entity. A name in the genitive is not an
// apposition ("управление Минобороны": a part of the body). It returns the
// end of the name.
func (f *finder) cyrApposition(s, head, e int, typ string) (int, bool) {
	toks := f.toks
	j := head + 1
	if j >= len(toks) || orgParts[toks[head].norm()] || toks[head].cap() && toks[j].text != "«" {
		return 0, false
	}
	var canon string
	end := j
	if toks[j].text == "«" || toks[j].text == "\"" {
		// "Девелоперская группа «Эскадра»": the quoted name, and the whole
		// as its description
		q := j + 1
		for q < len(toks) && q < j+5 && toks[q].kind == kWord && toks[q].line == toks[j].line {
			q++
		}
		if q == j+1 || q >= len(toks) || !quoteClose[toks[q].text] || !toks[j+1].cap() {
			return 0, false
		}
		if n, ge, ok := f.gazAt(j + 1); ok && j+1+n == q {
			f.addGaz(j+1, q, *ge, false)
			canon, typ = ge.canon, ge.typ
		} else {
			f.addName(j+1, q, typ, "name in quotes after a head noun (Cyrillic)")
			canon = f.text[toks[j+1].s:toks[q-1].end()]
		}
		f.add(mention{s: int(toks[s].s), e: int(toks[q].end()), ti: s, tj: q + 1, typ: typ, canon: canon, kind: "descriptor", prio: 0,
			rule: "descriptor: head noun before a name (Cyrillic)"})
		return q + 1, true
	}
	if j >= e {
		return 0, false
	}
	if n, ge, ok := f.gazAt(j); ok && j+n <= e {
		f.addGaz(j, j+n, *ge, false)
		canon, end = ge.canon, j+n
		typ = ge.typ
	} else if toks[j].cap() && !toks[j].allCaps() && !cyrGenitive(toks[j].text) && !toks[j].is(wcGiven) &&
		!cyrSurname(toks[j].text) && (j+1 >= len(toks) || !capWord(&toks[j+1]) || toks[j+1].line != toks[j].line) {
		// one capitalised word, not a person's name: "глава ведомства Олег
		// Кравец" is a person after a body in the genitive
		end = j + 1
		f.addName(j, end, typ, "name after a head noun (Cyrillic)")
		canon = f.text[toks[j].s:toks[end-1].end()]
	} else {
		return 0, false
	}
	f.add(mention{s: int(toks[s].s), e: int(toks[end-1].end()), ti: s, tj: end, typ: typ, canon: canon, kind: "descriptor", prio: 0,
		rule: "descriptor: head noun before a name (Cyrillic)"})
	return end, true
}

// listedInTail finds a listed name in the tail of a phrase with a
// lower-case head whose other words are all lower case: the phrase only
// describes the listed body.
func (f *finder) listedInTail(s, head, e int) (int, int, bool) {
	if f.toks[head].cap() {
		return 0, 0, false
	}
	for k := head + 1; k < e; k++ {
		if f.toks[k].cap() || f.toks[k].allCaps() {
			if n, _, ok := f.gazAt(k); ok && k+n <= e {
				for _, t := range f.toks[s:k] {
					if t.cap() {
						return 0, 0, false
					}
				}
				return k, n, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}

// gazEntryAt returns the list entry of the name at token k.
func (f *finder) gazEntryAt(k int) gazEntry {
	_, e, _ := f.gazAt(k)
	return *e
}

// shortFormOf returns the mention found before toks[s:e) whose name starts
// with the same words (by stem) and is longer, or -1: a body named in full
// and then by its first words.
func (f *finder) shortFormOf(s, e int) int {
	if e-s < 2 {
		return -1
	}
	for k := len(f.ms) - 1; k >= 0 && k >= len(f.ms)-descBack; k-- {
		m := f.ms[k]
		if m.ti >= s || m.tj-m.ti <= e-s || m.typ != doc.ORG && m.typ != doc.LOC {
			continue
		}
		same := true
		for x := 0; x < e-s; x++ {
			if f.toks[m.ti+x].norm() != f.toks[s+x].norm() {
				same = false
				break
			}
		}
		if same {
			return k
		}
	}
	return -1
}

// cyrLeft extends a head noun at i to the left over the adjectives of its
// name (at most two: "Федеральная служба", "Головне управління").
func (f *finder) cyrLeft(i int) int {
	s := i
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		t := f.toks[k]
		if t.kind != kWord || !t.cyr() || t.line != f.toks[i].line || f.covered[k] || !cyrAdjective(t.text) {
			break
		}
		if t.is(wcCommon) || cyrNoun(t.text) {
			break
		}
		s = k
		if t.cap() {
			break // the first word of the name
		}
	}
	return s
}

// cyrTail extends a name from j over words in the genitive, capitalised
// words and acronyms on the same line: "служба государственной
// статистики", "управління розвідки Міністерства оборони України".
func (f *finder) cyrTail(j int) int {
	toks := f.toks
	e := j
	for k := j; k < len(toks) && k < j+6; k++ {
		t := toks[k]
		if t.kind != kWord || t.line != toks[j-1].line {
			break
		}
		if !t.cyr() && !(t.latin() && t.cap()) {
			break // a name in Latin letters may go on a Cyrillic one: "издание NK News"
		}
		if t.cap() && t.is(wcGiven) {
			return e // a person's name after the body: "глава ведомства Олег Кравец"
		}
		switch {
		case t.allCaps():
		case t.cap() && !t.sentStart():
		case !t.cap() && cyrGenitive(t.text) && !t.is(wcCommon):
		case !t.cap() && t.is(wcTailPrep) && k+1 < len(toks) && toks[k+1].line == t.line && cyrDativePlural(toks[k+1].text):
			// "управление по вопросам миграции", "комітет з питань оборони"
		case !t.cap() && k > j && toks[k-1].is(wcTailPrep) && cyrDativePlural(t.text):
		default:
			return e
		}
		e = k + 1
	}
	return e
}

// tailPreps join the field of a body to its head: "по вопросам", "по
// делам", "з питань".
var tailPreps = map[string]bool{"по": true, "з": true}

// cyrDativePlural reports a noun or adjective in the dative plural
// ("вопросам", "чрезвычайным") or the Ukrainian genitive plural after "з"
// ("питань").
func cyrDativePlural(w string) bool {
	w = lexicon.LowerString(w)
	for _, e := range []string{"ам", "ям", "ым", "им", "ань", "ів"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cyrNamed reports whether the phrase toks[s:e) is a name: it holds a
// capitalised word or an acronym, and is more than a lone capitalised
// head at a sentence start with no other evidence.
func (f *finder) cyrNamed(s, e int) bool {
	caps := 0
	for _, t := range f.toks[s:e] {
		if t.allCaps() || t.cap() && !t.sentStart() {
			caps++
		} else if t.cap() && e-s > 1 {
			caps++
		}
	}
	if caps == 0 {
		return false
	}
	if e-s == 1 {
		t := f.toks[s]
		_, _, listed := f.gazAt(s)
		return listed || t.allCaps() || !t.sentStart() && f.seen.Get(t.norm())&seenCapMid != 0
	}
	return true
}

// quotedNames finds capitalised names in «» or "" quotes: "«Эскадра»",
// "компания «Полис-Справка»".
func (f *finder) quotedNames() {
	toks := f.toks
	for i := 0; i+2 < len(toks); i++ {
		if f.stopped(i) {
			return
		}
		if toks[i].text != "«" && toks[i].text != "„" && toks[i].text != "\"" {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+5 && toks[j].kind == kWord && toks[j].cyr() && toks[j].line == toks[i].line {
			j++
		}
		if j == i+1 || j >= len(toks) || !quoteClose[toks[j].text] || !toks[i+1].cap() || f.covered[i+1] {
			continue
		}
		if n, e, ok := f.gazAt(i + 1); ok && i+1+n == j {
			f.addGaz(i+1, j, *e, false)
		} else {
			typ, rule := doc.ORG, "name in quotes"
			if p, ok := f.prevWord(i); ok && p.is(wcLocPrep) && !p.cap() {
				typ = doc.LOC
			}
			if strings.ContainsAny(f.text[toks[i+1].s:toks[j-1].end()], "0123456789") {
				typ, rule = doc.MISC, "name in quotes with a number: a product or model"
			}
			f.addName(i+1, j, typ, rule)
		}
		for k := i + 1; k < j; k++ {
			f.covered[k] = true
		}
		i = j
	}
}

var quoteClose = map[string]bool{"»": true, "“": true, "\"": true}

// cyrAdjective reports a word with an adjective's ending: "федеральная",
// "головне", "пограничной", "національна".
func cyrAdjective(w string) bool {
	w = lexicon.LowerString(w)
	for _, e := range adjEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// cyrNoun reports a word with a verbal noun's ending, which an adjective's
// ending test would take ("внимание", "управление").
func cyrNoun(w string) bool {
	w = lexicon.LowerString(w)
	for _, e := range []string{"ние", "тие", "вие", "ствие", "ння", "ття"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

var adjEndings = []string{"ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю",
	"ых", "их", "ым", "им", "ыми", "ими", "ій", "ої", "ою", "ім", "ний", "на", "не", "ні", "ну", "ного", "ному", "ної",
	"ська", "ське", "ські", "цька", "цьке"}

// cyrGenitive reports a lower-case word in a genitive form that can
// continue a body's name ("государственной", "статистики", "розвідки",
// "оборони"), and not a verb ("обновила", "считает").
func cyrGenitive(w string) bool {
	w = lexicon.LowerString(w)
	for _, e := range verbEndings {
		if strings.HasSuffix(w, e) {
			return false
		}
	}
	for _, e := range genEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

var genEndings = []string{"ой", "ей", "ого", "его", "ых", "их", "ов", "ев", "ий", "ия", "ии", "ы", "и", "а", "я", "ої",
	"ого", "ів", "ії", "і"}

var verbEndings = []string{"ла", "ли", "ло", "ил", "ал", "ял", "ет", "ит", "ут", "ют", "ат", "ят", "ся", "сь", "ть",
	"ла", "ли", "ив", "ав", "ає", "ує", "ить", "ать"}
