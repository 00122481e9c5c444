package claim

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
admitted admits claimed claims announced announces added adds noted notes estimated estimates
informed informs wrote writes argued argues confirmed confirms revealed reveals disclosed discloses
warned warns explained explains acknowledged acknowledges asserted asserts declared declares
alleged alleges quoted denied denies believes believed stressed stresses emphasized emphasised
maintained maintains contended contends testified testifies tweeted posted briefed
estimate claim insist admit note warn argue believe confirm announce reveal`)

// dataNouns head a noun phrase that names data rather than a speaker.
var dataNouns = set(`data information statistics figures figure numbers estimates estimate records
documents document report reports survey census count tally calculations analysis study`)

var roleToOrg = set(`spokesperson spokesman spokeswoman spokespeople representative representatives
press office service`)

var leadingJunk = set(`but and however yet so also meanwhile still while`)

var determiners = set(`the a an this that these those`)

var prepositions = set(`amid in on at for with as after before while by from to of than because since
when if although though despite during into onto over under about between among through without within
against toward towards upon like unlike where which who whom whose that it's it is was were`)

// pronounish speakers that refer back to an earlier speaker.
var orgAnaphors = set(`paper newspaper daily journal agency outlet broadcaster report statement ministry
website publication magazine network channel station service office department government`)

// subjectDataNouns make a speech verb's subject a data source, not a
// speaker ("Data from the ministry showed ...").
var subjectDataNouns = set(`data information statistics figures figure numbers estimates records census count tally`)

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
}

// sentCands finds attribution candidates in sentence s at absolute offset base.
func sentCands(s string, base int, toks []token) []cand {
	var out []cand
	n := len(toks)
	for v := 0; v < n; v++ {
		lw := toks[v].lower
		switch {
		case speechVerbs[lw]:
			if c, ok := speechCand(s, base, toks, v); ok {
				out = append(out, c)
			}
		case lw == "according" && v+1 < n && toks[v+1].lower == "to":
			np, a, b := npAfter(s, toks, v+2)
			if np == "" {
				continue
			}
			c := cand{kind: attrAccording, verbAt: base + toks[v].start, speaker: np, spStart: base + a, spEnd: base + b}
			// "according to data from X": X is the origin
			if o, oa, ob, ok := dataOf(s, toks, v+2); ok {
				c.speaker, c.origin, c.orStart, c.orEnd = "", o, base+oa, base+ob
			}
			out = append(out, c)
		case (lw == "learn" || lw == "learned" || lw == "learnt" || lw == "heard" || lw == "learning") && v+1 < n && toks[v+1].lower == "from":
			np, a, b := npAfter(s, toks, v+2)
			if np != "" {
				out = append(out, cand{kind: attrLearn, verbAt: base + toks[v].start, speaker: np, spStart: base + a, spEnd: base + b})
			}
		case lw == "citing" || lw == "cited":
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
			if np != "" {
				out = append(out, cand{kind: "citing", verbAt: base + toks[v].start, origin: np, orStart: base + a, orEnd: base + b})
			}
		case dataNouns[lw] && v+1 < n && (toks[v+1].lower == "from" || toks[v+1].lower == "by") && toks[v].punctAfter == 0:
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

// dataOf recognizes "data from X" / "figures of X" starting at token k.
func dataOf(s string, toks []token, k int) (string, int, int, bool) {
	if k < len(toks) && determiners[toks[k].lower] {
		k++
	}
	for j := k; j < len(toks) && j < k+3; j++ {
		if dataNouns[toks[j].lower] {
			if j+1 < len(toks) && (toks[j+1].lower == "from" || toks[j+1].lower == "of" || toks[j+1].lower == "by") {
				np, a, b := npAfter(s, toks, j+2)
				return np, a, b, np != ""
			}
			return "", 0, 0, false
		}
		if toks[j].punctAfter != 0 {
			break
		}
	}
	return "", 0, 0, false
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
			lw == "indicating" || lw == "saying" || lw == "and" && !isCapitalized(nextText(toks, j)) || speechVerbs[lw] || lw == "confirmed" ||
			(isVerbLike(lw) && !isCapitalized(toks[j].text) && lw != "ministry")) {
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

func nextText(toks []token, j int) string {
	if j+1 < len(toks) {
		return toks[j+1].text
	}
	return ""
}

// speechCand builds the candidate for the speech verb at token v.
func speechCand(s string, base int, toks []token, v int) (cand, bool) {
	// the speaker before the verb: back to a boundary
	b := v - 1
	for b >= 0 && (toks[b].punctAfter == 0 || toks[b].punctAfter == ')' || toks[b].punctAfter == '(') {
		b--
	}
	// b is the token after which a boundary falls (or -1)
	first := b + 1
	c := cand{verbAt: base + toks[v].start, speechSpan: [2]int{base + toks[v].start, base + toks[v].end}}
	if first < v {
		// reject "amid reported criticism" and clauses that are not noun phrases
		sp := toks[first:v]
		for len(sp) > 0 && leadingJunk[sp[0].lower] {
			sp = sp[1:]
		}
		if len(sp) == 0 || len(sp) > 12 || prepositions[sp[0].lower] && sp[0].lower != "it" {
			return c, false
		}
		for _, t := range sp {
			if t.lower == "is" || t.lower == "are" || t.lower == "was" || t.lower == "were" || t.lower == "has" ||
				t.lower == "have" || t.lower == "had" || t.lower == "that" || t.lower == "be" || t.lower == "will" || t.lower == "would" {
				return c, false
			}
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
		for _, t := range sp {
			if subjectDataNouns[t.lower] {
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
	if np == "" || !isCapitalized(np) && !determiners[strings.ToLower(firstWord(np))] {
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
	for i, r := range p {
		switch r {
		case '“', '«':
			if open < 0 {
				open = i
			}
		case '”', '»':
			if open >= 0 {
				out = append(out, [2]int{open, i + len(string(r))})
				open = -1
			}
		case '"':
			if open < 0 {
				open = i
			} else {
				out = append(out, [2]int{open, i + 1})
				open = -1
			}
		}
	}
	if open >= 0 {
		out = append(out, [2]int{open, len(p)})
	}
	return out
}
