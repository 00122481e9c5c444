package claim

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/swar"
	tk "github.com/dossier-osint/dossier/internal/token"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Attribution kinds, in the order they are tried for a figure.
const (
	attrQuote     = "quote"     // the figure is inside a quotation attributed nearby
	attrTrailing  = "trailing"  // "..., the ministry said."
	attrInverted  = "inverted"  // "..., said Kim Min-ho, an analyst."
	attrLeading   = "leading"   // "The ministry said that ..."
	attrAccording = "according" // "according to X"
	attrLearn     = "learn"     // "as reporters learned from X"
	attrHeadline  = "headline"  // "...: WSJ"
	attrNext      = "next"      // "This data was reported by X" in the next sentence
)

var speechVerbs = set(`said says say told tells tell reported reports stated states insisted insists
expects forecasts forecast predicts predicted recalled recalls described describes cites lists listed
spotted detected observed mused suggested suggests wants urged urges proposed proposes saying
admitted admits claimed claims announced announces added adds noted notes estimated estimates
informed informs wrote writes argued argues confirmed confirms revealed reveals disclosed discloses
warned warns explained explains acknowledged acknowledges asserted asserts declared declares
alleged alleges quoted denied denies believes believed stressed stresses emphasized emphasised
maintained maintains contended contends testified testifies tweeted posted briefed
estimate claim insist admit note warn argue believe confirm announce reveal report
clarified clarifies mentioned mentions remarked remarks commented comments replied replies responded responds
answered reiterated reiterates underlined underlines underscored underscores highlighted conceded concedes
complained complains boasted boasts concluded concludes reckoned reckons assessed assesses affirmed affirms
assured assures recounted recounts cautioned cautions lamented laments countered retorted elaborated
indicated indicates signalled signaled hinted specifies projected
thinks thought fears feared assumes assumed
suspect suspects suspected allege exposed exposes divulged divulges accused accuses accuse charged charges`)

// nounish speech words are also plural or singular nouns ("member states",
// "an estimate by", "other estimates put"): they are verbs only where the
// words around them allow it.
var nounish = set(`estimate estimates claim claims report reports note notes states count counts figures
remarks comments replies recounts cautions underlines suspect suspects suspected charged charges accused`)

// authoredNouns head a phrase naming a work whose author states the figure
// ("an estimate by the centre"), unlike data nouns, whose source is an origin.
var authoredNouns = set(`estimate estimates calculation calculations analysis study survey assessment report
reports projection projections reckoning`)

// speakerBy are participles after a data noun whose "by X" names who
// states the figure ("estimates cited by lawmakers", "documents seen by
// the paper"), not where the data come from.
var speakerBy = set(`cited seen obtained reviewed quoted analysed analyzed examined studied`)

// evidenceNouns name material that someone reads a figure from: "according
// to satellite imagery analysed by X" is X's reading.
var evidenceNouns = set(`imagery images photos photographs footage pictures`)

// workNouns head a phrase naming a piece of work whose author states what
// it says or found: "the investigation found", "a new study by X".
var workNouns = set(`report reports investigation investigations study studies analysis analyses survey surveys
probe review inquiry assessment audit research`)

// findingVerbs state what a piece of work found; with a work noun as their
// subject they attribute like speech verbs ("the probe found 64 voyages").
var findingVerbs = set(`found finds identified identifies documented uncovered uncovers determined established
tracked traced counted recorded discovered discovers`)

// participleSpeech are the -ing forms of reporting verbs that open a
// participial clause after a comma: "..., adding that", "..., saying".
var participleSpeech = set(`saying adding noting stressing explaining claiming warning arguing insisting
emphasizing emphasising estimating reporting stating confirming revealing acknowledging admitting
asserting telling writing predicting recalling reiterating underscoring clarifying`)

// participleCand makes the subject of the main clause the speaker of a
// participial reporting clause after a comma ("Orlov backed the plan on
// Tuesday, adding that ..."): the capitalized words that open the
// sentence, up to the first verb, at most six and with no punctuation.
func participleCand(s string, base int, toks []token, v int) (cand, bool) {
	first := 0
	if tk.In(leadingJunk, toks[first].lower) || tk.In(subordinators, toks[first].lower) ||
		!isCapitalized(toks[first].text) || tk.In(prepositions, toks[first].lower) {
		return cand{}, false // "While X said ..., adding": not the main clause
	}
	verb := func(t token) bool {
		return tk.In(auxBefore, t.lower) && !isCapitalized(t.text) || !isCapitalized(t.text) && (isVerbLike(t.lower) || speechVerbs[t.lower] || pastVerbs[t.lower])
	}
	// the subject: the tokens from first to last
	subject := func(last int) (cand, bool) {
		for k := last + 1; k < v; k++ {
			if speechVerbs[toks[k].lower] && !isCapitalized(toks[k].text) {
				// "A total of 39 are confirmed dead, officials told state
				// media, adding ...": the participle goes with the nearer
				// speech verb, whose own candidate gives the speaker
				return cand{}, false
			}
		}
		a, b := toks[first].start, toks[last].end
		return cand{kind: attrLeading, verbAt: base + toks[v].start, speaker: s[a:b], spStart: base + a, spEnd: base + b,
			clauseStart: base + a, speechSpan: [2]int{base + toks[v].start, base + toks[v].end}}, true
	}
	for i := first + 1; i < v-1 && i <= first+6; i++ {
		if toks[i-1].punctAfter == ',' && (toks[i].lower == "who" || toks[i].lower == "which") {
			// "Khusnullin, who oversees the rebuilding, supported the
			// idea, adding": over a relative clause to the verb
			for k := i; k < v-1 && k < i+30; k++ {
				if toks[k].punctAfter == ',' {
					if !verb(toks[k+1]) {
						return cand{}, false
					}
					return subject(i - 1)
				}
				if toks[k].punctAfter != 0 && toks[k].punctAfter != '"' {
					return cand{}, false
				}
			}
			return cand{}, false
		}
		if toks[i-1].punctAfter != 0 {
			return cand{}, false
		}
		if verb(toks[i]) {
			return subject(i - 1)
		}
	}
	return cand{}, false
}

// legalWords head the name of a legal provision or instrument.
var legalWords = set(`article articles paragraph paragraphs section sections clause clauses chapter resolution
resolutions law laws act decree decrees regulation regulations treaty convention code statute charter
provision provisions annex protocol`)

// legalProvision reports a noun phrase from token k that names a legal
// provision or instrument ("Article 8 of the resolution", "the labour
// code", "UN Resolution 2397"), not a body ("the Law Commission").
func legalProvision(toks []token, k int) bool {
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		if legalWords[toks[j].lower] {
			return j+1 >= len(toks) || !orgWords[toks[j+1].lower] && !bodyHeads[toks[j+1].lower]
		}
		if toks[j].punctAfter != 0 {
			break
		}
	}
	return false
}

// whoseAdjectives reports modifiers that say whose a statement is with
// adjectives of place or side only ("Western", "South Korean", "European"),
// no name of a body ("UN estimates", "Rosstat projections": a body's data).
func whoseAdjectives(mods []token) bool {
	for _, m := range mods {
		w := m.lower
		if !isCapitalized(m.text) || m.punctAfter != 0 {
			return false
		}
		switch w {
		case "north", "south", "east", "west":
			continue
		}
		if !(strings.HasSuffix(w, "ern") || strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") ||
			strings.HasSuffix(w, "ic") || strings.HasSuffix(w, "i")) {
			return false
		}
	}
	return len(mods) > 0
}

// perSource reports "per" at v used as "according to": a name or "the"
// and a capitalized word after it, opening the sentence or after a comma,
// not "per day", "per cent" or "per capita".
func perSource(toks []token, v int) bool {
	if v > 0 && toks[v-1].punctAfter != ',' {
		return false
	}
	k := v + 1
	if toks[k].lower == "the" && k+1 < len(toks) {
		k++
	}
	return isCapitalized(toks[k].text) && !strings.ContainsAny(toks[k].text, "0123456789")
}

// absoluteDataVerbs are the participles of an absolute "with data
// showing ..." phrase.
var absoluteDataVerbs = set(`showing suggesting indicating revealing`)

// withData returns the index of "with" opening an absolute phrase whose
// subject is data right before the participle at v ("with official
// Russian data showing"): a data noun before v, no punctuation, at most
// five words after "with"; -1 when there is none.
func withData(toks []token, v int) int {
	if !dataNouns[toks[v-1].lower] || authoredNouns[toks[v-1].lower] {
		return -1
	}
	for k := v - 2; k >= 0 && k >= v-6; k-- {
		if toks[k].punctAfter != 0 {
			return -1
		}
		if toks[k].lower == "with" {
			return k
		}
	}
	return -1
}

// unnamedReports are the nouns of a report that names no one after
// "there were": "there were reports that", "there are claims that".
var unnamedReports = set(`reports report claims rumours rumors indications suggestions allegations accounts`)

// existentialBefore reports "there is/are/were/have been" before the noun
// at v, over an adverb and an adjective ("There were also unconfirmed
// reports").
func existentialBefore(toks []token, v int) bool {
	for k := v - 1; k >= 0 && k >= v-5; k-- {
		if toks[k].punctAfter != 0 {
			return false
		}
		switch toks[k].lower {
		case "there":
			return k+1 < v && (beForms[toks[k+1].lower] || toks[k+1].lower == "have" || toks[k+1].lower == "has" || toks[k+1].lower == "had")
		case "also", "earlier", "previously", "now", "even", "widespread", "unconfirmed", "conflicting", "other", "further",
			"media", "press", "been", "have", "has", "had", "were", "are", "was", "is":
			continue
		}
		return false
	}
	return false
}

// learnedFrame reports "learned" at v used as a reporting frame: after
// "has" or "have" ("Daily NK has learned"), or before "that" or the end of
// its clause ("the paper learned that", "..., the paper learned."); never
// before "from" (the learnt-from frame) or an object ("learned Russian").
func learnedFrame(toks []token, v int) bool {
	if v+1 < len(toks) && toks[v+1].lower == "from" {
		return false
	}
	if toks[v-1].lower == "has" || toks[v-1].lower == "have" {
		return true
	}
	return v+1 >= len(toks) || toks[v].punctAfter != 0 || toks[v+1].lower == "that"
}

// workSubject reports whether the subject before the verb at v is headed
// by a work noun within its first words: "The new investigation", "A report
// by the monitor".
func workSubject(toks []token, v int) bool {
	first, end, _ := subjectBefore(toks, v)
	for j := first; j < end && j < first+4; j++ {
		if workNouns[toks[j].lower] && !(j > first && isCapitalized(toks[j].text) && isCapitalized(toks[j-1].text)) &&
			!(j > 0 && toks[j-1].lower == "and" && isCapitalized(toks[j].text)) {
			return true
		}
		if toks[j].lower == "by" || toks[j].lower == "of" || toks[j].lower == "from" {
			break
		}
	}
	return false
}

// attributiveBefore reports whether the word before v makes the -ed form
// at v an adjective: a determiner or a preposition right before it ("the
// number of recorded cases", "the documented voyages").
func attributiveBefore(toks []token, v int) bool {
	p := toks[v-1]
	return p.punctAfter == 0 && (determiners[p.lower] || tk.In(prepositions, p.lower) && p.lower != "it")
}

// dataVerbs make their subject a data source: "Rosstat figures show".
var dataVerbs = set(`show shows showed shown suggest suggests suggested reveal reveals revealed indicate indicates indicated`)

// nameAside returns the first token of the name an aside gives ("known
// as X", "also X", "often called X", "commonly referred to as X"), or 0.
func nameAside(toks []token, aside [2]int) int {
	a := aside[0]
	for a < aside[1] && (toks[a].lower == "often" || toks[a].lower == "commonly" || toks[a].lower == "widely" ||
		toks[a].lower == "usually" || toks[a].lower == "sometimes" || toks[a].lower == "officially" || toks[a].lower == "formerly") {
		a++
	}
	if a >= aside[1] {
		return 0
	}
	switch toks[a].lower {
	case "known", "called", "named", "dubbed":
		a++
	case "also":
		a++
		if a < aside[1] && (toks[a].lower == "known" || toks[a].lower == "called") {
			a++
		}
	case "referred":
		a += 2 // "referred to"
	default:
		return 0
	}
	if a < aside[1] && toks[a].lower == "as" {
		a++
	}
	if a >= aside[1] {
		return 0
	}
	return a
}

// asideNamesRole reports an aside after the subject that describes a
// person or a counting group: "Nguyen, a local official, counted".
func asideNamesRole(toks []token, aside [2]int) bool {
	if aside[1] <= aside[0] || !determiners[toks[aside[0]].lower] {
		return false
	}
	for j := aside[0]; j < aside[1]; j++ {
		if personRoles[toks[j].lower] || selfCounters[toks[j].lower] {
			return true
		}
	}
	return false
}

// selfCounters head a subject that counts for itself rather than keeps
// records: "the monitoring group counted", "volunteers tallied", "the
// newspaper counted".
var selfCounters = set(`group groups institute centre center tank monitors volunteers activists team teams
newspaper paper outlet journalists reporters correspondents investigators researchers analysts
project initiative consultancy observers`)

// measureVerbs make an organization subject the source of the figure:
// "the statistics service recorded 1,082 entries".
var measureVerbs = set(`recorded counted logged registered tallied documented recording counting logging registering`)

// subordinators open a clause whose speaker attributes only what follows.
var subordinators = tk.NewTable(set(`where when as because since although though whereas while if`))

// auxBefore are words between a speaker and the speech verb ("has said").
var auxBefore = tk.NewTable(set(`has have had will would could may might also previously reportedly later earlier repeatedly
publicly separately then now has put was were is are openly still`))

var possessivePronoun = map[string]string{"his": "he", "her": "she", "its": "it", "their": "they"}

// objectPronoun maps an object pronoun to its subject form, for a speaker
// phrase that is an object ("according to him", "as she told them").
var objectPronoun = map[string]string{"him": "he", "her": "she", "them": "they", "us": "we", "me": "i"}

var estimateNouns = set(`estimate estimates count counts calculation calculations reckoning tally account`)

// dataNouns head a noun phrase that names data rather than a speaker.
var dataNouns = set(`data information statistics figures figure numbers estimates estimate records
documents document report reports survey census count tally calculations analysis study breakdown
tables series register registry database dataset`)

var roleToOrg = set(`spokesperson spokesman spokeswoman spokespeople representative representatives
press office service`)

var leadingJunk = tk.NewTable(set(`but and however yet so also meanwhile still while`))

var determiners = set(`the a an this that these those`)

var prepositions = tk.NewTable(set(`amid in on at for with as after before while by from to of than because since
when if although though despite during into onto over under about between among through without within
against toward towards upon like unlike where which who whom whose that it's it is was were out`))

// pronounish speakers that refer back to an earlier speaker.
var orgAnaphors = set(`paper newspaper daily journal agency outlet broadcaster report statement ministry
website publication magazine network channel station service office department government
investigation study analysis survey probe review inquiry assessment audit research`)

// subjectDataNouns make a speech verb's subject a data source, not a
// speaker ("Data from the ministry showed ...").
var subjectDataNouns = tk.NewTable(set(`data information statistics figures figure numbers estimates records census count tally`))

// cand is one attribution found in a sentence; offsets are absolute.
type cand struct {
	kind         string
	verbAt       int // absolute offset of the speech verb (or cue)
	speaker      string
	spStart      int
	spEnd        int
	origin       string
	orStart      int
	orEnd        int
	appositive   bool // inverted attribution with an appositive ("said X, a ...")
	clauseStart  int  // absolute start of the attribution clause (for trailing)
	speechSpan   [2]int
	dataSubjects bool
	// coord marks a speech verb in a coordinated or subordinate clause
	// (", and X said ...", "where X report ..."): it does not attribute
	// figures before it.
	coord bool
	// anaphoricOrigin: "the data show" names the last source named before.
	anaphoricOrigin bool
	// back marks an attribution of the sentence before: "Об этом сообщил X".
	back bool
	// unnamed marks a source frame that names no one ("There were reports
	// that ..."): the sentence has a source of its own, and none is
	// carried into it.
	unnamed bool
}

// cueWords are the words a case of sentCands starts at: every case tests
// its word against one of these sets or words first.
var cueWords = union(dataVerbs, speechVerbs, authoredClaimNouns, measureVerbs, dataNouns, findingVerbs, participleSpeech, unnamedReports, absoluteDataVerbs,
	set(`as per quoted quoting pointed points point`),
	set(`put puts putting by according learn learned learnt heard learning cited citing obtained seen reviewed compiled`))

// cueStart turns most other words away before the look-up.
var cueStart = topic.NewWordFilter(cueWords)

// The classes of a cue word, so that sentCands tests a word against its
// sets with one look-up (cueClass) instead of one per set and case.
const (
	cueAny      = 1 << iota // a word of cueWords
	cueData                 // of dataVerbs
	cueSpeech               // of speechVerbs
	cueNounish              // of nounish
	cueAuthored             // of authoredClaimNouns
	cueMeasure              // of measureVerbs
	cueDataNoun             // of dataNouns
)

// cueClass holds the classes of each word of cueWords, in a token table:
// sentCands asks it at each word cueStart lets through, where a Go map's
// hash and slot compares cost several times the table's probe.
var cueClass = tk.NewTable(func() map[string]uint8 {
	m := make(map[string]uint8, len(cueWords))
	sets := []struct {
		words map[string]bool
		class uint8
	}{{dataVerbs, cueData}, {speechVerbs, cueSpeech}, {nounish, cueNounish}, {authoredClaimNouns, cueAuthored},
		{measureVerbs, cueMeasure}, {dataNouns, cueDataNoun}}
	for w := range cueWords {
		c := uint8(cueAny)
		for _, st := range sets {
			if st.words[w] {
				c |= st.class
			}
		}
		m[w] = c
	}
	return m
}())

// speechVerbNotNoun is speechVerbs[w] && !nounish[w] in one look-up of
// cueClass (which holds every speech verb).
func speechVerbNotNoun(w string) bool {
	cls, _ := cueClass.Get(w)
	return cls&(cueSpeech|cueNounish) == cueSpeech
}

// sentCands finds attribution candidates in sentence s at absolute offset base.
func sentCands(s string, base int, toks []token) []cand {
	var out []cand
	n := len(toks)
	for v := 0; v < n; v++ {
		lw := toks[v].lower
		if !cueStart.May(lw) {
			continue
		}
		cls, _ := cueClass.Get(lw) // one look-up instead of the switch's dozen
		if cls == 0 {
			continue
		}
		switch {
		case (lw == "reported" || lw == "stated" || lw == "noted" || lw == "said") && v > 0 && toks[v-1].lower == "as" && v+2 < n && toks[v+1].lower == "by" && toks[v].punctAfter == 0:
			// "As reported by the Courier, ...": the agent speaks
			if np, a, b := npAfter(s, toks, v+2); np != "" && !isPronoun(np) {
				out = append(out, cand{kind: attrAccording, verbAt: base + toks[v].start, speaker: np, spStart: base + a, spEnd: base + b})
			}
		case lw == "per" && v+1 < n && perSource(toks, v):
			// "Per the Courier, ...", "..., per Reuters.": informal according to
			if np, a, b := npAfter(s, toks, v+1); np != "" {
				out = append(out, cand{kind: attrAccording, verbAt: base + toks[v].start, speaker: np, spStart: base + a, spEnd: base + b})
			}
		case (lw == "quoted" || lw == "cited") && v > 0 && v+2 < n && toks[v+1].lower == "as" && participleSpeech[toks[v+2].lower]:
			// "Lee is quoted as saying that ...": the subject speaks
			if first, end, _ := subjectBefore(toks, v); first < end && end-first <= 8 && isCapitalized(toks[first].text) {
				a, b := toks[first].start, toks[end-1].end
				out = append(out, cand{kind: attrLeading, verbAt: base + toks[v].start, speaker: s[a:b], spStart: base + a, spEnd: base + b,
					clauseStart: base + a, speechSpan: [2]int{base + toks[v].start, base + toks[v+2].end}})
			}
		case (lw == "pointed" || lw == "points" || lw == "point") && v > 0 && v+1 < n && toks[v+1].lower == "out" && toks[v].punctAfter == 0:
			// "Lee pointed out that ...": a phrasal reporting verb
			if c, ok := speechCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case absoluteDataVerbs[lw] && v > 1:
			// "..., with official border data showing a fourfold
			// increase": the data are the origin
			if w := withData(toks, v); w >= 0 {
				a, b := toks[w+1].start, toks[v-1].end
				out = append(out, cand{kind: "dataverb", verbAt: base + toks[v].start, origin: s[a:b], orStart: base + a, orEnd: base + b})
			}
		case unnamedReports[lw] && existentialBefore(toks, v) && v+1 < n && toks[v+1].lower == "that":
			// "There were also reports that ...": a source frame of its own
			// that names no one
			out = append(out, cand{kind: attrLeading, verbAt: base + toks[v].start, unnamed: true,
				speechSpan: [2]int{base + toks[v].start, base + toks[v].end}})
		case participleSpeech[lw] && v > 1 && toks[v-1].punctAfter == ',':
			// "X backed the plan, adding that ...": the main clause's
			// subject speaks
			if c, ok := participleCand(s, base, toks, v); ok {
				out = append(out, c)
			} else if c, ok := speechCand(s, base, toks, v); ok && speechVerbs[lw] {
				out = append(out, c)
			}
		case findingVerbs[lw] && v > 0 && !attributiveBefore(toks, v) && workSubject(toks, v) && !passiveAt(toks, v):
			// "the investigation found 64 voyages", "a study by X
			// identified ...": a work that states what it found
			if c, ok := speechCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case cls&cueData != 0 && v > 0 && dataSubject(toks, v):
			// "the figures reveal", "Rosstat numbers reveal": data, not a speaker
			if c, ok := dataVerbCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case cls&cueSpeech != 0 && (cls&cueNounish == 0 || verbUse(toks, v)) && !passiveAt(toks, v):
			if c, ok := speechCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case (lw == "put" || lw == "puts" || lw == "putting") && putsNumber(toks, v):
			// "intelligence has put the number at about 11,000"
			if c, ok := speechCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case lw == "by" && v+2 < n && estimateNouns[toks[v+2].lower] && (possessivePronoun[toks[v+1].lower] != "" || toks[v+1].lower == "our" || isPossessive(toks[v+1].text)):
			// "By his estimate, ...", "by the NIS's count", "by our count"
			sp, a, b := possessivePronoun[toks[v+1].lower], toks[v+1].start, toks[v+1].end
			if toks[v+1].lower == "our" {
				sp = "our"
			}
			if sp == "" {
				sp = strings.TrimSuffix(strings.TrimSuffix(toks[v+1].text, "'s"), "’s")
				b = a + len(sp)
			}
			out = append(out, cand{kind: attrAccording, verbAt: base + toks[v].start, speaker: sp, spStart: base + a, spEnd: base + b})
		case cls&cueAuthored != 0 && v+1 < n && (toks[v+1].lower == "by" || toks[v+1].lower == "in" || toks[v+1].lower == "from") && toks[v].punctAfter == 0:
			// "rejected estimates by the State Department that ...",
			// "dismissed claims in several outlets that ...": the author of
			// what the that-clause says
			if np, a, b := npAfter(s, toks, v+2); np != "" && thatFollows(toks, b) {
				out = append(out, cand{kind: attrAccording, verbAt: base + toks[v].start, speaker: np, spStart: base + a, spEnd: base + b,
					speechSpan: [2]int{base + toks[v].start, base + toks[v].end}})
			}
		case cls&cueAuthored != 0 && v > 0 && isPossessive(toks[v-1].text) && toks[v].punctAfter == 0:
			// "Khusnullin's remark in 2022 that ...": the possessor speaks;
			// a time after the noun dates the remark
			first := v - 1
			for first > 0 && isCapitalized(toks[first-1].text) && toks[first-1].punctAfter == 0 {
				first--
			}
			e := toks[v-1].end - len("'s")
			if strings.HasSuffix(toks[v-1].text, "’s") {
				e = toks[v-1].end - len("’s")
			}
			out = append(out, cand{kind: attrAccording, verbAt: base + toks[v].start, speaker: s[toks[first].start:e],
				spStart: base + toks[first].start, spEnd: base + e, speechSpan: [2]int{base + toks[v].start, base + toks[v].end}})
		case lw == "according" && v+1 < n && toks[v+1].lower == "to":
			np, a, b := npAfter(s, toks, v+2)
			if np == "" || legalProvision(toks, v+2) {
				continue // "according to Article 8 of Resolution 2397": a rule, no source
			}
			c := cand{kind: attrAccording, verbAt: base + toks[v].start, speaker: np, spStart: base + a, spEnd: base + b}
			// "according to data from X": X is the origin; "according to an
			// estimate by X": X speaks
			if o, oa, ob, speaks, ok := dataOf(s, toks, v+2); ok {
				if speaks {
					c.speaker, c.spStart, c.spEnd = o, base+oa, base+ob
					// "according to the customs breakdown cited by the Herald": the
					// name before the data noun is the origin
					if ma, mb, ok := namedDataModifier(toks, v+2); ok {
						c.origin, c.orStart, c.orEnd = s[toks[ma].start:toks[mb].end], base+toks[ma].start, base+toks[mb].end
					} else if ma, mb, ok := carriedDataOwner(toks, v+2); ok {
						// "according to labour ministry data obtained by the
						// Ledger": the outlet speaks, the ministry's data
						c.origin, c.orStart, c.orEnd = s[toks[ma].start:mb], base+toks[ma].start, base+mb
					}
				} else {
					c.speaker, c.origin, c.orStart, c.orEnd = "", o, base+oa, base+ob
					// "figures from the border service first reported by the
					// outlet X": X speaks
					if sp, sa, sb, ok := reportedBy(s, toks, ob); ok {
						c.speaker, c.spStart, c.spEnd = sp, base+sa, base+sb
					}
				}
			} else if k, ok := dataHead(toks, v+2, b); ok {
				// "according to Russian government statistics": the data are the origin
				c.speaker, c.origin, c.orStart, c.orEnd = "", s[a:toks[k].end], base+a, base+toks[k].end
				// "border service figures first reported by the Courier": the
				// outlet speaks
				if sp, sa, sb, ok := reportedBy(s, toks, toks[k].end); ok {
					c.speaker, c.spStart, c.spEnd = sp, base+sa, base+sb
				}
				// "according to the ministry's figures": the possessor
				for j := v + 2; j < k; j++ {
					if w := toks[j].text; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
						e := toks[j].end - len("'s")
						if strings.HasSuffix(w, "’s") {
							e = toks[j].end - len("’s")
						}
						c.origin, c.orEnd = s[a:e], base+e
					}
				}
				if k == v+2 || k == v+3 && determiners[toks[v+2].lower] {
					c.origin, c.anaphoricOrigin = "", true
					// "statistics published on its website": the body "its" names
					for j := k + 1; j < n && j < k+8; j++ {
						if possessivePronoun[toks[j].lower] != "" && toks[j].lower != "his" && toks[j].lower != "her" {
							c.origin, c.orEnd, c.anaphoricOrigin = s[a:toks[j].end], base+toks[j].end, false
							break
						}
						if toks[j].punctAfter != 0 {
							break
						}
					}
				}
			}
			out = append(out, c)
		case cls&cueData != 0 && v > 0:
			// "Figures published by the ministry show", "the data show"
			if c, ok := dataVerbCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case cls&cueMeasure != 0 && v+1 < n && toks[v+1].lower == "by" && toks[v].punctAfter == 0:
			// "entries recorded by the border service": the recorder's data
			if np, a, b := npAfter(s, toks, v+2); np != "" && !isPronoun(np) {
				out = append(out, cand{kind: "datafrom", verbAt: base + toks[v].start, origin: np, orStart: base + a, orEnd: base + b})
			}
		case cls&cueMeasure != 0 && v > 0:
			if c, ok := measureCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case (lw == "learned" || lw == "learnt") && v > 0 && learnedFrame(toks, v):
			// "..., Daily NK has learned.", "the paper learned that ...":
			// the outlet is its own source
			if c, ok := speechCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case (lw == "learn" || lw == "learned" || lw == "learnt" || lw == "heard" || lw == "learning") && v+1 < n && toks[v+1].lower == "from":
			np, a, b := npAfter(s, toks, v+2)
			if np != "" {
				out = append(out, cand{kind: attrLearn, verbAt: base + toks[v].start, speaker: np, spStart: base + a, spEnd: base + b})
			}
		case lw == "cited" && v+3 < n && toks[v+1].lower == "in" && v > 0 && dataNouns[toks[v-1].lower]:
			// "Ministry documents cited in a report released by C4ADS show":
			// the report's author speaks, the documents' owner is the origin
			c := cand{kind: "obtained", verbAt: base + toks[v].start}
			first := v - 1
			for first > 0 && first > v-4 && toks[first-1].punctAfter == 0 && !stopWords[toks[first-1].lower] && !determiners[toks[first-1].lower] {
				first--
			}
			if first < v-1 {
				c.origin, c.orStart, c.orEnd = s[toks[first].start:toks[v-2].end], base+toks[first].start, base+toks[v-2].end
			}
			for j := v + 2; j < n-1 && j < v+10; j++ {
				if toks[j].lower == "by" {
					if np, a, b := npAfter(s, toks, j+1); np != "" {
						c.speaker, c.spStart, c.spEnd = np, base+a, base+b
					}
					break
				}
				if toks[j].punctAfter != 0 {
					break
				}
			}
			if c.speaker != "" || c.origin != "" {
				out = append(out, c)
			}
		case (lw == "citing" || lw == "quoting" || lw == "cited") && !(lw == "cited" && v+1 < n && toks[v+1].lower == "by") && !(lw == "cited" && v+1 < n && toks[v+1].lower == "in"):
			// "..., the paper reported, citing/quoting an official": the
			// one cited or quoted is the origin
			k := v + 1
			if k < n && dataNouns[toks[k].lower] {
				k++
				if k < n && (toks[k].lower == "from" || toks[k].lower == "of" || toks[k].lower == "by") {
					k++
				} else if k+1 < n && (toks[k].lower == "provided" || toks[k].lower == "released" || toks[k].lower == "published") && toks[k+1].lower == "by" {
					k += 2
				}
			}
			np, a, b := npAfter(s, toks, k)
			if lw == "quoting" && np != "" && !isCapitalized(np) && !determiners[strings.ToLower(firstWord(np))] && possessivePronoun[strings.ToLower(firstWord(np))] == "" {
				np = "" // "quoting prices in dollars": no one quoted
			}
			if np != "" {
				out = append(out, cand{kind: "citing", verbAt: base + toks[v].start, origin: np, orStart: base + a, orEnd: base + b})
			}
		case cls&cueDataNoun != 0 && v+1 < n && (toks[v+1].lower == "from" || toks[v+1].lower == "by" && !authoredNouns[lw]) && toks[v].punctAfter == 0:
			// "statistics from the interior ministry suggesting ..."
			np, a, b := npAfter(s, toks, v+2)
			if np != "" && !isPronoun(np) {
				out = append(out, cand{kind: "datafrom", verbAt: base + toks[v].start, origin: np, orStart: base + a, orEnd: base + b})
			}
		case (lw == "obtained" || lw == "seen" || lw == "reviewed" || lw == "compiled") && v+1 < n && toks[v+1].lower == "by" && v > 0 && dataNouns[toks[v-1].lower]:
			// "Labour Ministry information obtained by the Journal"
			start := v - 1
			for start > 0 && toks[start-1].punctAfter == 0 && !stopWords[toks[start-1].lower] && !speechVerbs[toks[start-1].lower] && isCapitalized(toks[start-1].text) {
				start--
			}
			c := cand{kind: "obtained", verbAt: base + toks[v].start}
			if start < v-1 {
				c.origin = s[toks[start].start:toks[v-2].end]
				c.orStart, c.orEnd = base+toks[start].start, base+toks[v-2].end
			} else if v >= 2 && toks[v-2].punctAfter == 0 && !stopWords[toks[v-2].lower] {
				// "figures on arrivals from labour ministry data obtained by ...":
				// lower-case owner words right before the data noun
				first := v - 2
				for first > 0 && first > v-5 && toks[first-1].punctAfter == 0 && !stopWords[toks[first-1].lower] && !speechVerbs[toks[first-1].lower] {
					first--
				}
				if ma, mb, ok := carriedDataOwner(toks, first); ok {
					c.origin, c.orStart, c.orEnd = s[toks[ma].start:mb], base+toks[ma].start, base+mb
				}
			}
			np, a, b := npAfter(s, toks, v+2)
			if np != "" {
				c.speaker, c.spStart, c.spEnd = np, base+a, base+b
			}
			out = append(out, c)
		}
	}
	return out
}

// passiveBefore reports a form of "be" before the verb at v (over
// adverbs) with the verb not in -ing.
func passiveBefore(toks []token, v int) bool {
	if strings.HasSuffix(toks[v].lower, "ing") {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch toks[k].lower {
		case "was", "were", "is", "are", "be", "been", "being":
			return toks[k].punctAfter == 0
		case "widely", "generally", "also", "still", "often", "now", "once", "commonly", "previously":
			continue
		}
		return false
	}
	return false
}

func isPronounSpeaker(w string) bool {
	switch w {
	case "it", "he", "she", "they", "we":
		return true
	}
	return false
}

func isCapitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "it", "them", "this", "that", "these", "those", "him", "her", "they":
		return true
	}
	return false
}

// dataOf recognizes "data from X" / "figures of X" / "an estimate by X" /
// "estimates cited by X" starting at token k; speaks is set when X states
// the figure rather than supplies the data.
func dataOf(s string, toks []token, k int) (string, int, int, bool, bool) {
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		lw := toks[j].lower
		if evidenceNouns[lw] && !(j+2 < len(toks) && speakerBy[toks[j+1].lower] && toks[j+2].lower == "by") {
			return "", 0, 0, false, false // "according to satellite imagery": no one named
		}
		if dataNouns[lw] || authoredNouns[lw] || evidenceNouns[lw] {
			if toks[j].punctAfter != 0 {
				return "", 0, 0, false, false
			}
			if j+1 < len(toks) && (toks[j+1].lower == "from" || toks[j+1].lower == "of" || toks[j+1].lower == "by") {
				if toks[j+1].lower == "of" && authoredNouns[lw] {
					// "an analysis of satellite images by a research group":
					// the agent after "by" made it
					if by := agentBy(toks, j+2); by > 0 {
						np, a, b := npAfter(s, toks, by+1)
						return np, a, b, true, np != ""
					}
				}
				// "a report from X" was written by X, "estimates from X" are
				// X's data
				np, a, b := npAfter(s, toks, j+2)
				return np, a, b, authoredNouns[lw] && (toks[j+1].lower != "from" || workNouns[lw]), np != ""
			}
			if j+2 < len(toks) && toks[j+2].lower == "by" && toks[j+1].punctAfter == 0 &&
				(speakerBy[toks[j+1].lower] || madeByParticiples[toks[j+1].lower]) {
				np, a, b := npAfter(s, toks, j+3)
				return np, a, b, speakerBy[toks[j+1].lower] || authoredNouns[lw], np != ""
			}
			if j+3 < len(toks) && toks[j+1].lower == "carried" && toks[j+2].lower == "out" && toks[j+3].lower == "by" && toks[j+2].punctAfter == 0 {
				// "a study carried out by X"
				np, a, b := npAfter(s, toks, j+4)
				return np, a, b, authoredNouns[lw], np != ""
			}
			return "", 0, 0, false, false
		}
		if toks[j].punctAfter != 0 {
			break
		}
	}
	return "", 0, 0, false, false
}

// madeByParticiples are the participles after a data or work noun whose
// "by X" names who made it: "data published by", "a study conducted by",
// "a survey commissioned by", "an analysis prepared by".
var madeByParticiples = set(`published released provided compiled conducted commissioned prepared produced written
authored issued undertaken performed run led funded`)

// agentBy returns the index of "by" within the few words of an object
// phrase starting at token k ("satellite images by"), or -1 when
// punctuation or a clause word comes first.
func agentBy(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+6; j++ {
		if toks[j].lower == "by" {
			if j > k {
				return j
			}
			return -1
		}
		if toks[j].punctAfter != 0 || toks[j].lower == "that" || toks[j].lower == "which" || speechVerbs[toks[j].lower] {
			return -1
		}
	}
	return -1
}

// authoredClaimNouns name a statement whose author states what follows.
var authoredClaimNouns = set(`estimates estimate claims claim remark remarks statement statements assessment assessments
forecast forecasts prediction predictions allegation allegations`)

// thatFollows reports "that" within a few words after byte end.
func thatFollows(toks []token, end int) bool {
	for k := 0; k < len(toks); k++ {
		if toks[k].start >= end {
			for j := k; j < len(toks) && j < k+6; j++ {
				if toks[j].lower == "that" {
					return true
				}
			}
			return false
		}
	}
	return false
}

// namedDataModifier returns the token range of capitalized words between
// a determiner at k and a data noun: "the Rosstat breakdown" -> Rosstat.
func namedDataModifier(toks []token, k int) (int, int, bool) {
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	// "a Sunday report", "the March survey": a day or a month names when,
	// not whose
	for k < len(toks) && (weekdayWords[toks[k].lower] || monthWords[toks[k].lower]) && toks[k].punctAfter == 0 {
		k++
	}
	a := k
	for k < len(toks) && isCapitalized(toks[k].text) && !dataNouns[toks[k].lower] && toks[k].punctAfter == 0 {
		k++
	}
	if k > a && k < len(toks) && dataNouns[toks[k].lower] {
		return a, k - 1, true
	}
	return 0, 0, false
}

// dataQualifiers describe data without naming whose they are: "new
// data", "leaked figures", "official statistics".
var dataQualifiers = set(`new latest recent leaked internal unpublished confidential official preliminary
provisional annual monthly quarterly weekly final full partial raw secret classified detailed previous earlier
fresh updated revised more other some such these those`)

// carriedDataOwner returns the tokens between a determiner at k and a data
// noun that a carrier verb follows ("labour ministry data obtained by",
// "the ministry's figures seen by"): the body whose data the carrier
// passes on. b is the byte end (before a possessive "'s").
func carriedDataOwner(toks []token, k int) (a int, b int, ok bool) {
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	a = k
	for k < len(toks) && k < a+4 && !dataNouns[toks[k].lower] {
		if toks[k].punctAfter != 0 || stopWords[toks[k].lower] || dataQualifiers[toks[k].lower] {
			return 0, 0, false
		}
		k++
	}
	if k == a || k+2 >= len(toks) || !dataNouns[toks[k].lower] || !speakerBy[toks[k+1].lower] || toks[k+2].lower != "by" {
		return 0, 0, false
	}
	// the owner is a body ("labour ministry", "the agency's") or a name,
	// not the data's subject ("border data", "trade figures")
	owner := false
	for j := a; j < k; j++ {
		w := strings.TrimSuffix(strings.TrimSuffix(toks[j].lower, "'s"), "’s")
		if orgWords[w] || bodyHeads[w] || isCapitalized(toks[j].text) {
			owner = true
		}
	}
	if !owner {
		return 0, 0, false
	}
	b = toks[k-1].end
	if w := toks[k-1].text; strings.HasSuffix(w, "'s") {
		b -= len("'s")
	} else if strings.HasSuffix(w, "’s") {
		b -= len("’s")
	}
	return a, b, true
}

// reportedBy reads "(first|originally|also) reported|published|released by
// X" after byte end of s: who carried the data.
func reportedBy(s string, toks []token, end int) (string, int, int, bool) {
	k := 0
	for k < len(toks) && toks[k].start < end {
		k++
	}
	for k < len(toks) && (toks[k].lower == "first" || toks[k].lower == "originally" || toks[k].lower == "also" || toks[k].lower == "initially") {
		k++
	}
	if k+1 < len(toks) && (toks[k].lower == "reported" || toks[k].lower == "published" || toks[k].lower == "released" || toks[k].lower == "obtained") && toks[k+1].lower == "by" {
		if np, a, b := npAfter(s, toks, k+2); np != "" {
			return np, a, b, true
		}
	}
	return "", 0, 0, false
}

// dataHead returns the index of a data noun heading the phrase at token k
// (before byte end), as in "Russian government statistics".
func dataHead(toks []token, k, end int) (int, bool) {
	for j := k; j < len(toks) && j < k+4 && toks[j].start < end; j++ {
		if dataNouns[toks[j].lower] && !authoredNouns[toks[j].lower] {
			return j, true
		}
		if toks[j].punctAfter != 0 {
			break
		}
	}
	return 0, false
}

func isPossessive(w string) bool {
	return (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && isCapitalized(w)
}

// verbUse reports whether a nounish speech word at v is used as a verb.
func verbUse(toks []token, v int) bool {
	if v > 0 {
		p := toks[v-1]
		if p.punctAfter == 0 && (determiners[p.lower] || possessivePronoun[p.lower] != "" || p.lower == "other" ||
			tk.In(prepositions, p.lower) && p.lower != "it" && p.lower != "that" && p.lower != "who" || strings.HasSuffix(p.lower, "'s") || strings.HasSuffix(p.lower, "’s")) {
			return false
		}
		if p.punctAfter == 0 && (smallWords[p.lower] || strings.ContainsAny(p.lower, "0123456789")) {
			return false // "the two suspects", "12 estimates": a counted noun
		}
	}
	// "an interim report submitted by", "a new estimate puts": a word
	// after "a" or "an" and a modifier is a noun (a verb there would take
	// -s, and "a ministry reports" is no news English)
	if v > 1 && !strings.HasSuffix(toks[v].lower, "s") && (toks[v-2].lower == "a" || toks[v-2].lower == "an") &&
		toks[v-2].punctAfter == 0 && toks[v-1].punctAfter == 0 {
		return false
	}
	if v+1 < len(toks) && toks[v].punctAfter == 0 {
		switch toks[v+1].lower {
		case "by", "of", "from", "for", "put", "show", "showed", "shows", "suggest", "suggested", "indicate",
			"were", "was", "is", "are", "have", "has", "had", "on", "in", "and", "to", "with":
			return false
		}
	}
	return true
}

// hasDigitOrNumberWord reports whether the word at i opens a figure: a
// digit, a hedge ("about", "roughly", "some") or a number word.
func hasDigitOrNumberWord(w string, toks []token, i int) bool {
	if strings.ContainsAny(w, "0123456789$") || smallWords[w] || approxHedges[w] {
		return true
	}
	switch w {
	case "below", "under", "over", "more", "less", "fewer", "at", "least", "most", "between", "up", "nearly", "almost", "hundreds", "thousands", "tens":
		return true
	}
	return false
}

var approxHedges = set(`about around roughly approximately some nearly almost an estimated close`)

// passiveAt reports "estimated at 2,300", "said to number": a participle
// that values a figure, with no speaker of its own.
func passiveAt(toks []token, v int) bool {
	return v+1 < len(toks) && toks[v].punctAfter == 0 && (toks[v+1].lower == "at" || toks[v+1].lower == "to" && v+2 < len(toks) && toks[v+2].lower == "be" ||
		toks[v+1].lower == "by" && v > 0 && dataModified(toks, v))
}

// dataModified reports a participle right after a data noun, over an
// adverb: "figures first reported by", "data released by".
func dataModified(toks []token, v int) bool {
	k := v - 1
	if k > 0 && (toks[k].lower == "first" || toks[k].lower == "originally" || toks[k].lower == "initially" || toks[k].lower == "also") {
		k--
	}
	return k >= 0 && toks[k].punctAfter == 0 && dataNouns[toks[k].lower]
}

// putsNumber recognizes "put(s) the number/figure/total at" after token v.
func putsNumber(toks []token, v int) bool {
	k := v + 1
	if k < len(toks) && (toks[k].lower == "it" || toks[k].lower == "them") {
		return k+1 < len(toks) && toks[k+1].lower == "at"
	}
	if k < len(toks) && (determiners[toks[k].lower] || possessivePronoun[toks[k].lower] != "") {
		k++
	}
	// "put the number already on the border at 6,500", "put the first
	// rotation at 9,000": an object, then "at" and the figure
	for j := k; j < len(toks) && j < k+13; j++ {
		if toks[j].lower == "at" && j > k {
			n := j + 1
			for n < len(toks) && (approxHedges[toks[n].lower] || toks[n].lower == "least" || toks[n].lower == "more" || toks[n].lower == "than") {
				n++ // "at about 600", "at more than 2,000"
			}
			return n < len(toks) && hasDigitOrNumberWord(toks[n].lower, toks, n)
		}
		if toks[j].punctAfter != 0 && toks[j].punctAfter != '"' {
			return false
		}
	}
	return false
}

// subjectBefore returns the token range [first, end) of the noun phrase
// before token v (the subject of a verb there), skipping auxiliaries and a
// comma-bounded aside ("X, a private group, estimate"; "X, speaking on
// condition of anonymity, said"); aside is the aside's range or {0,0}.
func subjectBefore(toks []token, v int) (first, end int, aside [2]int) {
	end = v
	for end > 0 && tk.In(auxBefore, toks[end-1].lower) && toks[end-1].punctAfter == 0 {
		end--
	}
	b := end - 1
	for b >= 0 && (toks[b].punctAfter == 0 || toks[b].punctAfter == ')' || toks[b].punctAfter == '(') {
		b--
	}
	first = b + 1
	if first == end && end >= 2 && toks[end-1].punctAfter == ',' {
		j := end - 2
		for j >= 0 && toks[j].punctAfter == 0 {
			j--
		}
		if j >= 0 && toks[j].punctAfter == ',' && end-1-j <= 14 && (asideStart(toks[j+1]) || titleAside(toks[j+1:end]) || ageAside(toks[j+1:end])) {
			if j >= 1 && ageAside(toks[j:j+1]) && toks[j-1].punctAfter == ',' {
				j-- // "Park, 52, a retired colonel, said": an age before the aside
			}
			k := j - 1
			for k >= 0 && (toks[k].punctAfter == 0 || toks[k].punctAfter == ')' || toks[k].punctAfter == '(') {
				k--
			}
			if k+1 <= j {
				return k + 1, j + 1, [2]int{j + 1, end}
			}
		}
		// "The port's harbour master, Ivan Lukin, has told reporters":
		// the name in apposition is the subject
		if j >= 0 && toks[j].punctAfter == ',' && end-1-j <= 4 && allCapitalized(toks[j+1:end]) {
			return j + 1, end, aside
		}
	}
	return first, end, aside
}

// titleNouns are the words of a title or role that, with no article, make
// an aside a description of the person before it ("Kim, defence minister,
// said"; "Lee, head of the committee, said").
var titleNouns = set(`minister ministers secretary president vice-president premier chancellor
director director-general chief head chair chairman chairwoman chairperson spokesperson spokesman
spokeswoman spokespeople representative ambassador envoy governor mayor commander general admiral
colonel lieutenant marshal deputy adviser advisor aide analyst expert researcher professor fellow
official lawmaker senator legislator congressman congresswoman prosecutor judge editor correspondent
founder ceo executive manager leader coordinator inspector commissioner attache officer`)

// ageAside reports an aside that is a person's age: one number from 1 to
// 120 between commas ("Park, 52, said").
func ageAside(aside []token) bool {
	if len(aside) != 1 || len(aside[0].text) > 3 {
		return false
	}
	n := 0
	for _, c := range aside[0].text {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n >= 1 && n <= 120
}

// titleAside reports whether the tokens of an aside between a subject and
// its verb are a bare title: a title noun first ("head of the agency") or
// last ("South Korean defence minister"), no figure in it, nothing but the
// closing comma inside it.
func titleAside(aside []token) bool {
	if len(aside) == 0 || len(aside) > 10 {
		return false
	}
	for i, t := range aside {
		if strings.ContainsAny(t.text, "0123456789") || i < len(aside)-1 && t.punctAfter != 0 && !isPossessive(t.text) {
			return false
		}
	}
	return titleNouns[aside[0].lower] || titleNouns[aside[len(aside)-1].lower]
}

// asideStart reports whether a word can open an aside between a subject
// and its verb.
func allCapitalized(ts []token) bool {
	for _, t := range ts {
		if !isCapitalized(t.text) || strings.ContainsAny(t.text, "0123456789") {
			return false
		}
	}
	return len(ts) > 0
}

func asideStart(t token) bool {
	switch t.lower {
	case "a", "an", "the", "one", "who", "which", "speaking", "known", "also", "its", "his", "her", "their",
		"now", "then", "himself", "herself", "itself", "citing", "according", "in", "at", "based",
		"often", "commonly", "widely", "usually", "sometimes", "formerly", "officially", "called":
		return true
	}
	return isVerbLike(t.lower) || isPossessive(t.text)
}

// dataVerbCand makes the subject of "show"/"reveal" an origin when it is
// data: "Figures published by the ministry show" (the ministry), "Rosstat
// figures show" (Rosstat), "the data show" (the last source named).
func dataVerbCand(s string, base int, toks []token, v int) (cand, bool) {
	first, end, _ := subjectBefore(toks, v)
	if first >= end {
		return cand{}, false
	}
	for first < end && (tk.In(leadingJunk, toks[first].lower) || tk.In(subordinators, toks[first].lower)) {
		first++
	}
	k := -1
	for j := first; j < end; j++ {
		if dataNouns[toks[j].lower] {
			k = j
			break
		}
	}
	if k < 0 {
		return cand{}, false
	}
	c := cand{kind: "dataverb", verbAt: base + toks[v].start}
	// "figures published by X", "data from X"
	for j := k + 1; j < end; j++ {
		if toks[j].lower == "by" || toks[j].lower == "from" || toks[j].lower == "of" {
			if j+1 < end {
				c.origin, c.orStart, c.orEnd = s[toks[j+1].start:toks[end-1].end], base+toks[j+1].start, base+toks[end-1].end
				return c, true
			}
		}
	}
	mods := toks[first:k]
	if len(mods) > 0 && determiners[mods[0].lower] {
		mods = mods[1:]
	}
	if len(mods) == 0 || mods[0].lower == "same" || mods[0].lower == "these" || mods[0].lower == "those" {
		c.anaphoricOrigin = true // "the data show", "the same border data show"
		return c, true
	}
	// "the ministry's figures": the possessor
	for j := len(mods) - 1; j >= 0; j-- {
		if w := mods[j].text; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			a := mods[0].start
			e := mods[j].end - len("'s")
			if strings.HasSuffix(w, "’s") {
				e = mods[j].end - len("’s")
			}
			if workNouns[toks[k].lower] {
				// "the ministry's latest report shows": the author speaks
				return cand{kind: attrLeading, verbAt: base + toks[v].start, speaker: s[a:e], spStart: base + a, spEnd: base + e,
					clauseStart: base + toks[first].start}, true
			}
			c.origin, c.orStart, c.orEnd = s[a:e], base+a, base+e
			return c, true
		}
	}
	// "Western estimates suggest", "UN projections show": an estimate
	// is someone's statement, and whose it is speaks
	if authoredNouns[toks[k].lower] && !dataQualifiers[mods[0].lower] && whoseAdjectives(mods) {
		a, b := mods[0].start, toks[k].end
		return cand{kind: attrLeading, verbAt: base + toks[v].start, speaker: s[a:b], spStart: base + a, spEnd: base + b,
			clauseStart: base + toks[first].start}, true
	}
	// "Rosstat figures", "ministry data": the modifier names the source
	named := false
	for _, m := range mods {
		if isCapitalized(m.text) && !adjectiveLike(m.lower) || orgWords[m.lower] {
			named = true
		}
	}
	a, b := mods[0].start, toks[k].end
	if named {
		b = mods[len(mods)-1].end
	}
	c.origin, c.orStart, c.orEnd = s[a:b], base+a, base+b
	return c, true
}

// measureCand makes an organization that "recorded" or "counted" the
// figure its origin: "The statistics service, known as Rosstat, recorded".
func measureCand(s string, base int, toks []token, v int) (cand, bool) {
	first, end, aside := subjectBefore(toks, v)
	for first < end && (tk.In(leadingJunk, toks[first].lower) || tk.In(subordinators, toks[first].lower)) {
		first++
	}
	if strings.HasSuffix(toks[v].lower, "ing") {
		// "By 2024 the statistics agency was recording ...": a progressive
		// after a time adverbial
		for end > first+1 && beForms[toks[end-1].lower] {
			end--
		}
		if end == v {
			return cand{}, false // "recording artists": no progressive
		}
		first += len(toks[first:end]) - len(skipTimeLead(toks[first:end]))
	}
	if first >= end || end-first > 8 {
		return cand{}, false
	}
	head := toks[end-1].lower
	if selfCounters[head] || asideNamesRole(toks, aside) {
		// "analysts counted 43 ...", "the research group documented ...":
		// who counted states the figure; there is no separate data source
		return cand{kind: attrLeading, verbAt: base + toks[v].start, speaker: s[toks[first].start:toks[end-1].end],
			spStart: base + toks[first].start, spEnd: base + toks[end-1].end, clauseStart: base + toks[first].start}, true
	}
	orgLike := orgWords[head] || isCapitalized(toks[end-1].text) && !personRoles[head]
	if !orgLike {
		return cand{}, false
	}
	c := cand{kind: "measured", verbAt: base + toks[v].start}
	c.origin, c.orStart, c.orEnd = s[toks[first].start:toks[end-1].end], base+toks[first].start, base+toks[end-1].end
	if aside[1] > aside[0] && nameAside(toks, aside) > 0 {
		// "the statistics service, known as Rosstat,", "..., often called
		// Rosstat,": the name in the aside
		a := nameAside(toks, aside)
		if a < aside[1] {
			c.origin, c.orStart, c.orEnd = s[toks[a].start:toks[aside[1]-1].end], base+toks[a].start, base+toks[aside[1]-1].end
		}
	}
	return c, true
}

// npAfter returns the noun phrase starting at token k: up to punctuation,
// a verb-like word, a clause word or 10 words.
func npAfter(s string, toks []token, k int) (string, int, int) {
	if k >= len(toks) {
		return "", 0, 0
	}
	last := -1
	for j := k; j < len(toks) && j < k+12; j++ {
		lw := toks[j].lower
		if j > k && (lw == "that" || lw == "which" || lw == "who" || lw == "suggesting" || lw == "showing" ||
			lw == "indicating" || lw == "saying" || lw == "and" && !isCapitalized(nextText(toks, j)) || speechVerbs[lw] && (!nounish[lw] || verbUse(toks, j)) || lw == "confirmed" ||
			dataVerbs[lw] ||
			(isVerbLike(lw) && !isCapitalized(toks[j].text) && lw != "ministry" && !modifiesBody(toks, j))) {
			break
		}
		if j > k && (lw == "on" || lw == "last" || lw == "earlier" || lw == "this") && !isCapitalized(nextText(toks, j)) {
			break
		}
		last = j
		if toks[j].punctAfter != 0 && toks[j].punctAfter != '(' {
			if toks[j].punctAfter == ')' || toks[j].punctAfter == '"' && j+1 < len(toks) && toks[j+1].punctAfter == ')' {
				continue
			}
			break
		}
	}
	if last < 0 {
		return "", 0, 0
	}
	a, b := toks[k].start, toks[last].end
	if b < len(s) && s[b] == ')' {
		b++
	}
	return s[a:b], a, b
}

// modifiesBody reports an -ing word before the head of a body's
// description: "a monitoring group", "the polling firm".
func modifiesBody(toks []token, j int) bool {
	return strings.HasSuffix(toks[j].lower, "ing") && toks[j].punctAfter == 0 && j+1 < len(toks) && bodyHeads[toks[j+1].lower]
}

func nextText(toks []token, j int) string {
	if j+1 < len(toks) {
		return toks[j+1].text
	}
	return ""
}

var beForms = set(`was were is are been be`)

// timeLeadWords open a time adverbial before a speaker: "By early 2020
// the ministry was saying", "In March 2024 the agency said".
var timeLeadWords = set(`by in on since until during after before early late mid last this next
january february march april may june july august september october november december spring summer autumn fall winter`)

var weekdayWords = set(`monday tuesday wednesday thursday friday saturday sunday`)

var monthWords = set(`january february march april may june july august september october november december`)

// skipTimeLead drops a time adverbial opening a speaker phrase ("By early
// 2020 the ministry"): a preposition, then time words and numbers, up to a
// determiner or a capitalized word that is no month.
func skipTimeLead(sp []token) []token {
	if len(sp) < 3 || !(sp[0].lower == "by" || sp[0].lower == "in" || sp[0].lower == "on" || sp[0].lower == "since" || sp[0].lower == "until") {
		return sp
	}
	k, digits := 1, false
	for k < len(sp)-1 && sp[k].punctAfter == 0 && (timeLeadWords[sp[k].lower] || strings.ContainsAny(sp[k].text, "0123456789")) {
		digits = digits || strings.ContainsAny(sp[k].text, "0123456789") || monthWords[sp[k].lower]
		k++
	}
	if !digits || k == 1 {
		return sp
	}
	if sp[k-1].punctAfter == ',' || determiners[sp[k].lower] || isCapitalized(sp[k].text) {
		return sp[k:]
	}
	return sp
}

// speakerTimeWords are the words of a time adverbial between a speaker and
// its verb ("an official on Monday confirmed", "the ministry last week
// said"); speakerTimeOpeners open one.
var speakerTimeWords = set(`monday tuesday wednesday thursday friday saturday sunday today yesterday
week month year weekend morning afternoon evening night earlier
january february march april may june july august september october november december`)

var speakerTimeOpeners = set(`on in at last this earlier early late`)

// dropTimeTail drops a time adverbial ending a speaker phrase: an opener
// (speakerTimeOpeners), then time words or numbers ("A ministry official on
// Monday", "The agency last week", "officials in June 2024"). "Theresa
// May" keeps its name: no opener comes before the month.
func dropTimeTail(sp []token) []token {
	k := len(sp)
	for k > 1 && sp[k-1].punctAfter == 0 && (speakerTimeWords[sp[k-1].lower] || digitsOnly(sp[k-1].text)) {
		k--
	}
	if k == len(sp) || k < 2 || !speakerTimeOpeners[sp[k-1].lower] || sp[k-1].punctAfter != 0 {
		return sp
	}
	k--
	for k > 1 && sp[k-1].punctAfter == 0 && sp[k-1].lower == "earlier" { // "earlier this month"
		k--
	}
	return sp[:k]
}

// digitsOnly reports a word of ASCII digits ("2024").
func digitsOnly(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// speakerLike reports that the tokens from k to byte end can name a
// speaker: no figure and no verb of being ("said the peak was 37,000" is
// a clause, not ", said the agency").
func speakerLike(toks []token, k, end int) bool {
	for j := k; j < len(toks) && toks[j].start < end; j++ {
		if strings.ContainsAny(toks[j].text, "0123456789") || beForms[toks[j].lower] {
			return false
		}
	}
	return true
}

// speechCand builds the candidate for the speech verb at token v.
func speechCand(s string, base int, toks []token, v int) (cand, bool) {
	// "were believed to generate", "was estimated to earn": a passive has
	// no speaker of its own ("was saying" has one)
	if passiveBefore(toks, v) {
		return cand{}, false
	}
	// the speaker before the verb: back to a boundary, over auxiliaries
	// and an aside
	first, end, _ := subjectBefore(toks, v)
	c := cand{verbAt: base + toks[v].start, speechSpan: [2]int{base + toks[v].start, base + toks[v].end}}
	// `"...," said Natalia Orlova`: a verb right after a closing quote has
	// its speaker after it
	afterQuote := v > 0 && strings.ContainsAny(s[toks[v-1].end:toks[v].start], "\"”»")
	if first < end && !afterQuote {
		// reject "amid reported criticism" and clauses that are not noun phrases
		sp := toks[first:end]
		for len(sp) > 0 && (tk.In(leadingJunk, sp[0].lower) || tk.In(subordinators, sp[0].lower)) {
			if sp[0].lower != "still" && sp[0].lower != "also" && sp[0].lower != "meanwhile" && sp[0].lower != "however" {
				c.coord = true
			}
			sp = sp[1:]
		}
		sp = skipTimeLead(sp)
		sp = dropTimeTail(sp)
		// "Lee said the agency had spotted ...": the speaker of the inner
		// verb is the phrase after the outer one
		for i := len(sp) - 2; i >= 0; i-- {
			if sp[i].punctAfter == 0 && i > 0 && speechVerbNotNoun(sp[i].lower) {
				sp = sp[i+1:]
				break
			}
		}
		// "Khusnullin openly mused": an adverb before the verb
		for len(sp) > 1 && len(sp[len(sp)-1].lower) > 4 && strings.HasSuffix(sp[len(sp)-1].lower, "ly") && !isCapitalized(sp[len(sp)-1].text) {
			sp = sp[:len(sp)-1]
		}
		if strings.HasSuffix(toks[v].lower, "ing") {
			// "the ministry was saying": a progressive, not a clause
			for len(sp) > 1 && beForms[sp[len(sp)-1].lower] {
				sp = sp[:len(sp)-1]
			}
		}
		// "VOA analyzed satellite photos of the port and reported that":
		// the second verb of a coordination has the first one's subject
		if sub := coordSubject(sp); sub > 0 {
			sp = sp[:sub]
		}
		if len(sp) == 0 || len(sp) > 12 || tk.In(prepositions, sp[0].lower) && sp[0].lower != "it" || sp[0].lower == "according" {
			return c, false // ("According to a report by member states, ...": no subject)
		}
		for _, t := range sp {
			if t.lower == "is" || t.lower == "are" || t.lower == "was" || t.lower == "were" || t.lower == "has" ||
				t.lower == "have" || t.lower == "had" || t.lower == "that" || t.lower == "be" || t.lower == "will" || t.lower == "would" {
				return c, false
			}
			if !hasLetter(t.text) {
				return c, false // "out of between 10,000 and 12,000 believed": a figure is no speaker
			}
		}
		// "money it says was funnelled": a relative clause whose speaker is
		// the pronoun; it attributes nothing before it
		if len(sp) >= 2 && isPronounSpeaker(sp[len(sp)-1].lower) && sp[len(sp)-2].punctAfter == 0 {
			sp = sp[len(sp)-1:]
			c.coord = true
		}
		c.speaker = s[sp[0].start:sp[len(sp)-1].end]
		c.spStart, c.spEnd = base+sp[0].start, base+sp[len(sp)-1].end
		c.clauseStart = base + toks[first].start
		if first > 0 {
			c.kind = attrTrailing
		} else {
			c.kind = attrLeading
		}
		// data subject: "Data from the ministry showed"
		// ("the statistics service said" is a body, not data)
		for i, t := range sp {
			if tk.In(subjectDataNouns, t.lower) && (i == len(sp)-1 || i+1 < len(sp) && (sp[i+1].lower == "from" || sp[i+1].lower == "of" ||
				sp[i+1].lower == "by" || isVerbLike(sp[i+1].lower))) {
				c.dataSubjects = true
			}
		}
		return c, true
	}
	// inverted: ", said Kim, a researcher"
	k := v + 1
	for k < len(toks) && isTimeWord(toks[k].lower) {
		k++
	}
	if k >= len(toks) {
		return c, false
	}
	np, a, e := npAfter(s, toks, k)
	if np == "" || !isCapitalized(np) && !determiners[strings.ToLower(firstWord(np))] || !speakerLike(toks, k, e) {
		return c, false
	}
	c.kind = attrInverted
	c.speaker, c.spStart, c.spEnd = np, base+a, base+e
	c.clauseStart = base + toks[v].start
	// an appositive follows: ", a senior fellow at ..."
	for j := k; j < len(toks); j++ {
		if toks[j].end >= e {
			if toks[j].punctAfter == ',' && j+1 < len(toks) && (toks[j+1].lower == "a" || toks[j+1].lower == "an" || toks[j+1].lower == "the") {
				c.appositive = true
			}
			break
		}
	}
	return c, true
}

// coordSubject returns how many tokens of sp, the words before a speech
// verb that end with "and" ("VOA analyzed photos of the pier and"), are
// the subject of the first verb, the shared subject of both; 0 when sp is
// no such coordination: no "and" at its end, no verb after a subject of
// one to six words with no punctuation, or a subject that is no name.
func coordSubject(sp []token) int {
	if len(sp) < 3 || sp[len(sp)-1].lower != "and" || !isCapitalized(sp[0].text) {
		return 0
	}
	for i := 1; i < len(sp)-1 && i <= 6; i++ {
		if sp[i-1].punctAfter != 0 {
			return 0
		}
		t := sp[i]
		if !isCapitalized(t.text) && (isVerbLike(t.lower) || speechVerbs[t.lower] || findingVerbs[t.lower] || pastVerbs[t.lower]) {
			return i
		}
	}
	return 0
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func isTimeWord(w string) bool {
	switch w {
	case "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"today", "yesterday", "earlier", "later", "last", "this", "week", "month", "year":
		return true
	}
	return false
}

// quoteRegions returns the byte ranges [open, close) of quotations in p.
func quoteRegions(p string) [][2]int {
	var out [][2]int
	open := -1
	add := func(a, b int) {
		// a word or two in quotes ("thousands", «Эскадра») is a scare
		// quote or a name, not a quotation with a speaker
		if len(strings.Fields(p[a:b])) >= 3 {
			out = append(out, [2]int{a, b})
		}
	}
	// byte by byte: the quotation marks are '"' and the runes of two
	// lead bytes (“ ” of 0xe2, « » of 0xc2), and neither a lead byte nor
	// ASCII is ever inside another rune; eight bytes of ASCII with no
	// '"' at a time, stepping to the first byte of eight that is neither
	for i := 0; i < len(p); i++ {
		for i+8 <= len(p) {
			n := quoteFree8(p, i)
			if i += n; n < 8 {
				break
			}
		}
		if i >= len(p) {
			break
		}
		var q rune
		switch p[i] {
		case '"':
			q = '"'
		case 0xe2, 0xc2:
			q, _ = utf8.DecodeRuneInString(p[i:])
		default:
			continue
		}
		switch q {
		case '“', '«':
			if open < 0 {
				open = i
			}
		case '”', '»':
			if open >= 0 {
				add(open, i+utf8.RuneLen(q))
				open = -1
			}
		case '"':
			if open < 0 {
				open = i
			} else {
				add(open, i+1)
				open = -1
			}
		}
	}
	if open >= 0 {
		add(open, len(p))
	}
	return out
}

// quoteFree8 is how many of the eight bytes of s from i, from the
// first, are ASCII and no '"'. A zero byte of v = w ^ '"'*8 sets the top
// bit of (v-1*8) &^ v; a byte above it may be set falsely, never one
// below the first zero byte, so the lowest bit marked is exact.
func quoteFree8(s string, i int) int {
	w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
	v := w ^ swar.Ones*'"'
	return bits.TrailingZeros64((w|((v-swar.Ones)&^v))&swar.Highs) >> 3
}

// dataSubject reports whether the subject before token v is headed by a
// data noun ("the figures reveal").
func dataSubject(toks []token, v int) bool {
	first, end, _ := subjectBefore(toks, v)
	return first < end && dataNouns[toks[end-1].lower]
}
