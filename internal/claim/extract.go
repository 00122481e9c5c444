// Package claim owns claim extraction: from an article's text and its
// annotations (time expressions, quantities, names) it finds quantity
// claims, who states them and on what source, the period they refer to and
// the topic indicator they measure. It also compares claims across
// articles: contradictions, independent sources and series.
//
// Extraction is pure and rule based; every field of a claim carries the
// rule that produced it in Claim.Why.
package claim

import (
	"context"
	"encoding/binary"
	tk "github.com/dossier-osint/dossier/internal/token"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/lexicon"
	"github.com/dossier-osint/dossier/internal/sentence"
	"github.com/dossier-osint/dossier/internal/swar"
	"github.com/dossier-osint/dossier/internal/topic"
)

type sent struct {
	para       int
	kind       string
	start, end int
	text       string
	toks       []token // see tokens
	tokDone    bool    // toks is set
	sc         *scratch
	// cue: a word of the sentence may be one sentCands starts at; ratio:
	// one ratioQuantities reads (wordCues; both true for a sentence with
	// a quantity). Without either the sentence is tokenized only when
	// something asks.
	cue, ratio bool
	cands      []cand
	names      []string // resolved speaker name per cand ("" = none)
	origins    []string // resolved origin per cand ("" = none)
	indef      []bool   // the speaker is an indefinite descriptor ("a South Korean expert")
	release    string   // the body whose data release is in force ("Росстат обновил данные"), see trackRelease
	// releasePeriod is the period those data cover ("за прошлый год"), or ""
	releasePeriod        string
	pstart               int    // paragraph start
	ptext                string // paragraph text
	lower                string // strings.ToLower(text), see lowerText
	lowered              bool
	inPlace, inPlaceDone bool // lower keeps each rune's bytes where they are, see lowerSpan
	cyr, cyrDone         bool // a word of the sentence is Cyrillic (see stemLang)
	// the sentence works "abroad", or refers to "the region" (see localPlace)
	abroad, region, placeDone bool
	// the annotations inside the sentence, in text order: every per-claim
	// look-up reads these, never the whole article, so that the stage is
	// linear in the article's length
	times  []*doc.Time
	quants []doc.Quantity
}

type extractor struct {
	a     *doc.Article
	ann   *doc.Annotations
	n     *names
	sents []*sent
	times []*doc.Time // every time expression, by start
	// progressive memory of speakers for anaphora
	lastPER, lastORG, lastMedia string
	// lastWorkAuthor is the author of the last piece of work named with
	// its author ("a report by the Panel of Experts"): "the report" after
	// it is that author's
	lastWorkAuthor string
	orgHistory     []string
	speakers       []string // resolved speaker names, in text order
	lastOrigin     string   // the last data source named, for "the data show"
	release        string   // the data release in force, see trackRelease
	releasePara    int      // the paragraph of its sentence (or of its body named again)
	releasePeriod  string   // the period its data cover
	// claims built so far, for elliptical figures and context places
	made          []made
	quotes        map[int][][2]int // quotation regions of each paragraph, computed once
	fr            frame            // the attribution in force
	artFrame      attribution      // the outlet the whole article retells
	artFramePara  int              // the paragraph that names it, whose figures take its cited origin
	interviewee   string           // the person an interview questions (see interview)
	answers       map[int]bool     // the paragraphs that are the interviewee's answers
	paraPlace     map[int]string   // the last place a claim of the paragraph named
	paraCounted   map[int]int      // the last claim of the paragraph that counts things (in made, see paraCount)
	artPlace      string
	artPlaceDone  bool
	inherited     bool                    // the last claim built borrowed its counted noun
	ante          *doc.Claim              // ... from this claim of an earlier sentence
	anteWeak      bool                    // ante only by a generic noun: its own event wins
	inheritedFrom int                     // from the figure starting here in its sentence (-1: elsewhere)
	listHead      int                     // the header sentence of the list item the last claim is (-1: none)
	listLabel     string                  // ... and the item's label
	listCountedAt int                     // ... and the offset of the counted phrase in the header
	sentWords     *topic.SentenceWords    // the words of the sentence last matched (the scratch's)
	notPeriodSeen map[notPeriodKey]string // notPeriod's answers by sentence and time span
	sc            *scratch                // the run's working memory, see scratch
	scoped        doc.Claim               // the claim the scope rules read (see scope)
	// the article's language is stemmed (see stemLang)
	stemmed, stemmedDone bool
	cyr, cyrDone         bool   // a rune of a paragraph split keeps is Cyrillic (see split, stemLang)
	lowText              string // the article's text lower-cased, once (see textLower)
	lowTextDone          bool
}

// scratch is the working memory of one run of the extractor: the arrays
// its sentences and their tokens are carved from and the maps split
// keeps. It comes from scratchPool and goes back to it when the run is
// done, so that extraction reuses the memory of the articles before
// instead of allocating (and the collector scanning) an article's worth
// of tokens each time. Nothing a run returns points into it: claims hold
// strings of the text, never tokens or sentences.
type scratch struct {
	toks   []token         // tokens of the run's sentences, carved per paragraph
	sents  []sent          // the sentences, carved per paragraph
	ptrs   []*sent         // the extractor's sentence list
	pos    []int32         // foldPos's positions in a paragraph
	fold   []byte          // the fold of a paragraph
	spans  []sentence.Span // the sentences of a paragraph
	pos1   []int32         // ... and of a sentence tokenized later, see sent.tokens
	fold1  []byte
	seen   map[string]bool
	ends   repeats
	words  topic.SentenceWords // the extractor's sentWords
	made   []made              // the extractor's claims built so far (x.made)
	names  nameScratch         // the arrays of the extractor's names
	claims []doc.Claim         // the claims of the run, before they are copied out
	// x is the run's extractor (some 1 KB, one an article), emptied when
	// sc is put back so that it holds nothing of the article
	x extractor
}

var scratchPool = sync.Pool{New: newScratch}

// put returns sc to the pool. The tokens and sentences left in its
// arrays keep the last article's text reachable until they are written
// over or the pool drops sc (sync.Pool does after two collections).
func (sc *scratch) put() {
	sc.toks, sc.sents, sc.ptrs = sc.toks[:0], sc.sents[:0], sc.ptrs[:0]
	if cap(sc.made) > maxKeptMade {
		sc.made = nil // a claim is some 400 bytes: keep no long article's
	}
	if cap(sc.claims) > maxKeptMade {
		sc.claims = nil
	}
	sc.made, sc.claims = sc.made[:0], sc.claims[:0]
	sc.seen = reuse(sc.seen)
	sc.names.reset()
	sc.ends.reset()
	sc.words.Reset()
	sc.x = extractor{}
	scratchPool.Put(sc)
}

// maxKeptMade bounds the claims' array a scratch keeps for the next run.
const maxKeptMade = 1 << 10

// reuse empties m for the next run; a map a long text grew is dropped
// instead, since clearing costs its whole size again on every run.
func reuse[V any](m map[string]V) map[string]V {
	if len(m) > 1<<12 {
		return map[string]V{}
	}
	clear(m)
	return m
}

// firstToks and firstSents are the room of a scratch's first token and
// sentence arrays: a very long article's (459 and 672 KB). Grown by
// doubling, each array a run outgrows was written whole before it was
// copied to the next (the 295 Wikinews files outgrew first arrays of
// 4,096 tokens and 1,024 sentences: 565 KB written for nothing); a first
// array's pages past those written are never touched, so a short
// article pays nothing for the room.
const (
	firstToks  = 1 << 13
	firstSents = 1 << 11
)

// tokens returns an empty slice with room for n tokens, in sc.toks; done
// gives the tokens taken.
func (sc *scratch) tokens(n int) []token {
	if cap(sc.toks)-len(sc.toks) < n {
		// sentences made before keep the old array
		sc.toks = make([]token, 0, max(n, 2*cap(sc.toks), firstToks))
	}
	return sc.toks[len(sc.toks):len(sc.toks)]
}

// took marks the first n tokens of the free space as taken.
func (sc *scratch) took(n int) { sc.toks = sc.toks[:min(cap(sc.toks), len(sc.toks)+n)] }

// sentences returns n zero sentences from sc.sents.
func (sc *scratch) sentences(n int) []sent {
	if cap(sc.sents)-len(sc.sents) < n {
		sc.sents = make([]sent, 0, max(n, 2*cap(sc.sents), firstSents))
	}
	l := len(sc.sents)
	sc.sents = sc.sents[:l+n]
	b := sc.sents[l : l+n : l+n]
	clear(b)
	return b
}

// resolvedRoom gives s the slices of its cands' resolved speakers,
// origins and indefiniteness, one array for the two lists of names; nil
// for a sentence without cands (most have none).
func (s *sent) resolvedRoom() {
	n := len(s.cands)
	if n == 0 {
		s.names, s.origins, s.indef = nil, nil, nil
		return
	}
	names := make([]string, 2*n)
	s.names, s.origins, s.indef = names[:n:n], names[n:], make([]bool, n)
}

// tokens are the sentence's tokens, made at the first call unless split
// made them.
func (s *sent) tokens() []token {
	if !s.tokDone {
		s.tokDone = true
		s.toks = s.sc.sentenceTokens(s.text)
	}
	return s.toks
}

// sentenceTokens tokenizes one sentence with its own fold.
func (sc *scratch) sentenceTokens(text string) []token {
	if cap(sc.pos1) < len(text)+1 {
		sc.pos1 = make([]int32, len(text)+1)
	}
	pos := sc.pos1[:len(text)+1]
	sc.fold1 = appendFold(sc.fold1[:0], text, pos)
	f := string(sc.fold1)
	toks := appendTokens(sc.tokens(strings.Count(f, " ")+1), text, f, pos)
	sc.took(len(toks))
	return toks[:len(toks):len(toks)]
}

// hasQuantity reports whether one of the sorted starts is in [a, b).
func hasQuantity(starts []int, a, b int) bool {
	i := sort.SearchInts(starts, a)
	return i < len(starts) && starts[i] < b
}

// wordCues reads the fold f of a sentence: cue reports whether a word
// of it may be one of cueWords, ratio whether one may be read by
// ratioQuantities (a ratio word, or a word ending in "fold"). Those
// words are ASCII letters only, and a token whose lower case is one is a
// maximal run of ASCII letters of the fold (the fold lowers each rune as
// strings.ToLower does, and a token is trimmed of no letter or digit), so
// the runs are looked up: a sentence none of whose runs is such a word
// has no token that is.
func wordCues(f string) (cue, ratio bool) {
	for i := 0; i < len(f); i++ {
		if f[i]-'a' >= 26 {
			continue // no ASCII lower-case letter
		}
		j := i + 1
		for j < len(f) && f[j]-'a' < 26 {
			j++
		}
		if w := f[i:j]; cueOrRatio.May(w) || len(w) >= 4 && w[len(w)-1] == 'd' {
			// one filter for both sets, and a word ending in "fold" ends in 'd'
			if !cue && cueStart.May(w) {
				_, cue = cueClass.Get(w) // cueClass has the words of cueWords
			}
			if !ratio && (isRatioWord(w) || strings.HasSuffix(w, "fold")) {
				ratio = true
			}
			if cue && ratio {
				return
			}
		}
		i = j
	}
	return
}

// cueOrRatio holds the words of cueWords and of ratioWords: a word it
// turns away is in neither.
var cueOrRatio = func() *topic.WordFilter {
	f := topic.NewWordFilter(cueWords)
	for w := range ratioWords {
		f.Add(w)
	}
	return f
}()

func isRatioWord(w string) bool {
	if !ratioStart.May(w) {
		return false
	}
	_, ok := ratioWords[w]
	return ok
}

// lowerText is the sentence in lower case, made once.
func (s *sent) lowerText() string {
	if !s.lowered {
		s.lower, s.lowered = lexicon.LowerString(s.text), true
	}
	return s.lower
}

// lowerSpan is strings.ToLower(s.text[a:b]), sliced from the sentence's
// lower case when that keeps every rune's bytes where they are (ASCII,
// and most other text: strings.ToLower lowers rune by rune) and a and b
// are rune starts.
func (s *sent) lowerSpan(a, b int) string {
	if !s.inPlaceDone {
		s.inPlace, s.inPlaceDone = lowerInPlace(s.text), true
	}
	if s.inPlace && runeStartAt(s.text, a) && runeStartAt(s.text, b) {
		return s.lowerText()[a:b]
	}
	return lexicon.LowerString(s.text[a:b])
}

// lowerInPlace reports whether the lower case of each rune of s is as
// long as the rune (an invalid byte is not: it becomes U+FFFD).
func lowerInPlace(s string) bool {
	for i := asciiUntil(s, 0); i < len(s); i = asciiUntil(s, i) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && sz == 1 || utf8.RuneLen(unicode.ToLower(r)) != sz {
			return false
		}
		i += sz
	}
	return true
}

// runeStartAt reports whether byte i of s starts a rune or is its end.
func runeStartAt(s string, i int) bool { return i == len(s) || i < len(s) && utf8.RuneStart(s[i]) }

// Extract returns the quantity claims of the article's title and body
// paragraphs (captions, credits and header lines never yield claims).
func Extract(a *doc.Article, ann *doc.Annotations, topics []*topic.Topic) []doc.Claim {
	out, _ := ExtractContext(context.Background(), a, ann, topics)
	return out
}

// ExtractContext is Extract that stops when ctx is done: it checks ctx at
// each sentence and returns the claims built so far with ctx.Err().
func ExtractContext(ctx context.Context, a *doc.Article, ann *doc.Annotations, topics []*topic.Topic) ([]doc.Claim, error) {
	if a == nil || ann == nil {
		return nil, nil
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.put()
	return extractWith(ctx, sc, a, ann, topics)
}

func newScratch() any {
	return &scratch{seen: map[string]bool{}, ends: repeats{byEnd: map[string]int32{}}}
}

// extractWith is ExtractContext on the working memory sc.
func extractWith(ctx context.Context, sc *scratch, a *doc.Article, ann *doc.Annotations, topics []*topic.Topic) ([]doc.Claim, error) {
	x := &sc.x // every field set anew: the run's state starts empty
	*x = extractor{a: a, ann: ann, n: newNamesKept(ann, &sc.names), paraPlace: map[int]string{}, paraCounted: map[int]int{},
		quotes: map[int][][2]int{}, sc: sc, sentWords: &sc.words, made: sc.made[:0]}
	// the claims built so far grow in the scratch's array, kept for the
	// next run (nothing returned points into it: claims are copied out)
	defer func() { sc.made = x.made }()
	x.split()
	for si, s := range x.sents {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		s.resolvedRoom()
		for i := range s.cands {
			c := &s.cands[i]
			x.selfCounted(c)
			if c.speaker != "" {
				if o := x.outletVoice(s, c); o != "" {
					// "our own count shows", "we estimate": the outlet itself
					s.names[i] = o
					continue
				}
				s.names[i], s.indef[i] = x.resolveSpeaker(c.speaker, c.spStart, c.spEnd)
				if s.kind == doc.KindTitle && s.names[i] != "" && !hasCapital(strings.Fields(s.names[i])) {
					// "..., think tank says": the body the story describes so
					if name := x.describedBody(s.names[i], s.end); name != "" {
						s.names[i] = name
					}
				}
				if n := x.describedNear(si, s.names[i]); n != "" {
					// "a London-based research group said ... . The Strait
					// Research Group ...": the body named next to it
					s.names[i] = n
				}
				if s.names[i] != "" {
					x.speakers = append(x.speakers, s.names[i])
				}
			}
		}
		x.resolveOrigins(s)
		x.trackRelease(si)
	}
	x.articleFrame()
	x.interview()
	// the claims grow in the scratch's array and are copied out at the
	// end into one of their number (grown by doubling, they took twice
	// that, and the caller kept the room)
	out := sc.claims[:0]
	defer func() { sc.claims = out[:0] }()
	for si, s := range x.sents {
		if err := ctx.Err(); err != nil {
			return keepClaims(out), err
		}
		sq := s.quants
		if extra := ratioQuantities(s, s.quants); len(extra) > 0 {
			sq = append(append([]doc.Quantity(nil), s.quants...), extra...)
			sort.SliceStable(sq, func(i, j int) bool { return sq[i].Start < sq[j].Start })
		}
		for _, q := range sq {
			c, ok := x.claim(si, q)
			if !ok {
				continue
			}
			x.topicUnit(s, &c, topics)
			mc := c
			if mc.Place == "" {
				mc.Place = x.contextPlace(si)
			}
			if x.listHead >= 0 {
				mc = x.listReading(mc) // a list item is read with its header
			}
			if m, ok := x.bracketedAfterPlace(s, c.Start-s.start); ok {
				mc = x.breakdownReading(s, mc, m)
			}
			missing := x.matchIndicator(&c, mc, topics, "")
			if a := x.ante; c.Indicator == "" && a != nil && a.SentenceStart != c.SentenceStart && a.Indicator != "" && !contextExcluded(missing) &&
				!scopeRuledOut(topics, a.Topic, a.Indicator, c.Scope) {
				c.Topic, c.Indicator = a.Topic, a.Indicator
				c.Why = append(c.Why, "indicator: "+a.Indicator+" of the figure it leans on ("+a.Text+")")
			}
			// a figure that refers back ("about 1,600 as tourists", "a
			// twelvefold increase", "each worker hands over $800") or whose
			// sentence leaves the actor or place to the sentences before
			// ("only three people cited study") is read with them
			// a count whose sentence names no actor of its own: one whose
			// noun points back ("50 such missiles"), or whose sentence
			// names no country or people but as a destination or a
			// location ("it is about 4 million shells", "350 workers went
			// to Moscow"), is read with the sentences before and the lead;
			// one whose sentence names another country ("1.3 million in
			// Europe") is not (actorLeans)
			leans, otherActor := false, false
			if c.Indicator == "" && missing == topic.CheckActor && countUnit(c.Unit) {
				otherActor = x.namesOtherPlace(s)
				leans = anaphoricCount(s, c) || !otherActor
			}
			if c.Indicator == "" && (x.inherited && !otherActor || c.Unit == "ratio" || c.Unit == "percent" || x.contextMissing(c, missing) || leans ||
				topic.IsMoney(c.Unit) && (definiteWorkersRE.MatchString(s.text) || missing == topic.CheckActor || missing == topic.CheckCounted)) {
				if x.inherited && x.inheritedFrom >= s.start && x.inheritedFrom < c.Start {
					// "13,221 entries ..., and only 14 in the first quarter":
					// read the figure with the one it borrows from
					ac := mc
					ac.Start = x.inheritedFrom
					x.matchIndicator(&c, ac, topics, "read with the figure it borrows from: ")
					// "6 100 пришлись на учебу, а 300 — на работу": a part
					// of the same breakdown measures what that figure does
					if p := claimAt(out, x.inheritedFrom); c.Indicator == "" && p != nil && p.Indicator != "" && x.stemLang(s) != "" &&
						!scopeRuledOut(topics, p.Topic, p.Indicator, c.Scope) && !excludedBy(topics, p.Topic, mc, x.matchLang()) {
						c.Topic, c.Indicator = p.Topic, p.Indicator
						c.Why = append(c.Why, "indicator: "+p.Indicator+" of the figure it borrows from ("+p.Text+")")
					}
				}
				ws, wmissing := x.windowStart(si), missing
				if c.Indicator == "" && ws < s.start {
					wc := mc
					wc.Sentence, wc.SentenceStart, wc.SentenceEnd = x.a.Text[ws:s.end], ws, s.end
					wmissing = x.matchIndicator(&c, wc, topics, "read with the sentences before: ")
				}
				if c.Indicator == "" && wmissing == topic.CheckActor && (c.Unit == "person" || leans) {
					// "about 12,000 troops would be deployed" three sentences
					// after the lead named whose troops: the lead's actor holds
					if ls := x.leadSentence(); ls >= 0 && x.sents[ls].end <= ws {
						lc := mc
						lead := x.sents[ls].text
						lc.Sentence, lc.SentenceStart = lead+" "+s.text, s.start-len(lead)-1
						x.matchIndicator(&c, lc, topics, "read with the lead's actor: ")
					}
				}
			}
			if c.Indicator == "" && (c.Unit == "ratio" || c.Unit == "percent") && theirNumber(s.text[:max(0, c.Start-s.start)]) {
				// "their number ... was up 40%": a change of what the figure
				// before counts
				if m, ok := x.antecedent(s.para); ok && m.c.Indicator != "" {
					c.Topic, c.Indicator = m.c.Topic, m.c.Indicator
					c.Why = append(c.Why, "indicator: "+m.c.Indicator+" of the figure whose number changes ("+m.c.Text+")")
				}
			}
			if c.Indicator == "" && (c.Unit == "ratio" || c.Unit == "percent") && reckoning.opens(s.text) {
				// "That was three times as many as a year earlier": the
				// comparison continues the figure before it
				if m, ok := x.lastCount(si); ok && m.c.Indicator != "" {
					c.Topic, c.Indicator = m.c.Topic, m.c.Indicator
					c.Why = append(c.Why, "indicator: "+m.c.Indicator+" of the figure the comparison continues ("+m.c.Text+")")
				}
			}
			if c.Unit == "percent" && c.Indicator != "" && percentShare(s.text[min(len(s.text), c.End-s.start):]) {
				// "about 40 percent of the total", "30% of them": a share of
				// a figure, no level or change of the indicator
				c.Why = append(c.Why, "indicator: none: a percentage share ("+c.Indicator+" would count the whole)")
				c.Topic, c.Indicator = "", ""
			}
			if c.Indicator != "" && countUnit(c.Unit) && shareBase(s, c) && !namesActor(topics, c, x.matchLang()) {
				// "70 percent of its 1,400 workers are North Koreans": the
				// whole the share is of; the actor names the share
				c.Why = append(c.Why, "indicator: none: the whole a share is of, whose actor is the share's ("+c.Indicator+" would count the share)")
				c.Topic, c.Indicator = "", ""
			}
			if strings.HasPrefix(c.Scope, "each ") && c.Indicator != "" && countUnit(c.Unit) {
				// "each brigade numbers 20 to 50": a group's size, no total
				c.Why = append(c.Why, "indicator: none: a figure for "+c.Scope+" is a size, not a total ("+c.Indicator+" would count the total)")
				c.Topic, c.Indicator = "", ""
			}
			x.windowPeriod(si, &c)
			x.asOfTotal(si, &c)
			x.stockDate(si, &c)
			x.remember(si, c)
			out = append(out, c)
		}
	}
	levelRatios(out)
	return keepClaims(out), nil
}

// keepClaims copies the claims built in the scratch's array out of it
// (nil for none, as a run that builds none returns).
func keepClaims(cs []doc.Claim) []doc.Claim {
	if len(cs) == 0 {
		return nil
	}
	return append([]doc.Claim(nil), cs...)
}

// levelRatioRE joins a ratio to the level it reaches: "to triple to
// 30,000", "втрое больше — около 50 тыс.".
var levelRatioRE = mustFiltered(`^\s*(to|до|больше\s*[—–-]|більше\s*[—–-]|[—–-])\s*`)

// levelRatios gives a ratio followed by the level it leads to the
// indicator of that level's claim: the two measure one thing. So does a
// ratio right after a count of its sentence ("15,000 work on sites,
// expects tripling").
func levelRatios(cs []doc.Claim) {
	for i := 1; i < len(cs); i++ {
		r, p := &cs[i], &cs[i-1]
		if (r.Unit == "ratio" || r.Unit == "percent" && !percentShare(r.Sentence[r.End-r.SentenceStart:])) && p.SentenceStart == r.SentenceStart &&
			p.Indicator != "" && r.Indicator != p.Indicator &&
			countUnit(p.Unit) && !strings.Contains(r.Sentence[p.End-r.SentenceStart:r.Start-r.SentenceStart], ";") {
			r.Topic, r.Indicator = p.Topic, p.Indicator
			r.Why = append(r.Why, "indicator: "+p.Indicator+" of the count the ratio follows ("+p.Text+")")
		}
	}
	for i := 0; i+1 < len(cs); i++ {
		r, n := &cs[i], &cs[i+1]
		if r.Unit != "ratio" || n.SentenceStart != r.SentenceStart || n.Indicator == "" || r.Indicator == n.Indicator || !countUnit(n.Unit) {
			continue
		}
		if gap := r.Sentence[r.End-r.SentenceStart : n.Start-n.SentenceStart]; levelRatioRE.MatchString(gap) && len(gap) < 30 {
			r.Topic, r.Indicator = n.Topic, n.Indicator
			r.Why = append(r.Why, "indicator: "+n.Indicator+" of the level the ratio leads to ("+n.Text+")")
		}
	}
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "«", `"`, "»", `"`, "–", "-", "—", "-")

// fold normalizes text for repeat detection: case, white space, quotes.
func fold(s string) string { return foldPos(s, make([]int32, len(s)+1)) }

// foldPos is fold that also sets pos[i], for each rune starting at byte i
// of s and for i = len(s), to the length of the fold of s[:i] before any
// space the rune's white space left pending. So the fold of a span of s
// that starts and ends with no white space, at rune boundaries, is
// spanFold(f, pos, start, end) of the fold f of s (pos has len(s)+1
// entries).
func foldPos(s string, pos []int32) string {
	return string(appendFold(make([]byte, 0, len(s)), s, pos))
}

// appendFold appends the fold of s to b, which must be empty (see
// foldPos).
//
// The fold is written into b's spare capacity by index: that holds at
// least the rest of s, plus one byte while a space is pending (the white
// space that left it pending was read and not written), so ASCII, which
// folds to a byte or to none, never outgrows it; a rune outside ASCII is
// appended and the room made again.
func appendFold(b []byte, s string, pos []int32) []byte {
	pos = pos[:len(s)+1]
	if cap(b) < len(s) {
		b = make([]byte, 0, len(s))
	}
	buf, n := b[:cap(b)], 0
	space := false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			// a run of plain ASCII (no white space) folds byte for byte
			// to its lower case: eight bytes stored, the k of the run
			// kept; the other positions written here are written again
			// when their bytes are read (or are no rune's start)
			x := swar.Load64(s, i)
			if k := plainBytes8(x); k > 0 {
				p := pos[i : i+8 : i+8]
				p[0] = int32(n) // before the pending space
				if space {
					buf[n] = ' '
					n++
					space = false
				}
				p[1], p[2], p[3] = int32(n+1), int32(n+2), int32(n+3)
				p[4], p[5], p[6], p[7] = int32(n+4), int32(n+5), int32(n+6), int32(n+7)
				binary.LittleEndian.PutUint64(buf[n:n+8], lower8(x))
				n += k
				i += k
				if k < 8 && byte(x>>(8*k)) == ' ' {
					// the space most runs end at: p[k] holds its
					// position already, and the space is left pending
					space = true
					i++
				}
				continue
			}
		}
		pos[i] = int32(n)
		c := s[i]
		i++
		if f := asciiFold[c]; f != 0 || c == 0 {
			// ASCII that is no white space, or NUL
			if space {
				buf[n] = ' '
				n++
				space = false
			}
			buf[n] = f
			n++
			continue
		}
		if c < utf8.RuneSelf {
			space = n > 0 // ASCII white space
			continue
		}
		r, sz := utf8.DecodeRuneInString(s[i-1:])
		i += sz - 1
		switch r {
		case '’', '‘':
			r = '\''
		case '“', '”', '«', '»':
			r = '"'
		case '–', '—':
			r = '-'
		}
		if isSpaceRune(r) {
			space = n > 0
			continue
		}
		if space {
			buf[n] = ' '
			n++
			space = false
		}
		b = utf8.AppendRune(buf[:n], lexicon.LowerRune(r))
		if cap(b)-len(b) < len(s)-i {
			b = slices.Grow(b, len(s)-i)
		}
		buf, n = b[:cap(b)], len(b)
	}
	pos[len(s)] = int32(n)
	return buf[:n]
}

// isSpaceRune is unicode.IsSpace for a rune outside ASCII: below U+1680
// only U+0085 and U+00A0 are white space.
func isSpaceRune(r rune) bool {
	if r < 0x1680 {
		return r == 0x85 || r == 0xa0
	}
	return unicode.IsSpace(r)
}

// asciiFold is the fold of each ASCII byte that is no white space (0 for
// white space, NUL and bytes outside ASCII).
var asciiFold = func() (t [256]byte) {
	for c := 1; c < utf8.RuneSelf; c++ {
		if !asciiSpace(byte(c)) {
			t[c] = byte(unicode.ToLower(rune(c)))
		}
	}
	return t
}()

// spanFold is the fold of s[start:end] read from the fold f of s and
// its positions pos (see foldPos): the span starts and ends with no white
// space, so it holds no pending space but the one its first rune wrote.
// A nil pos is the one of a plain text (see appendPlainFold), whose fold is its
// lower case byte for byte: the span's fold is then f[start:end].
func spanFold(f string, pos []int32, start, end int) string {
	a, e := start, end
	if pos != nil {
		a, e = int(pos[start]), int(pos[end])
	}
	if a < e && f[a] == ' ' {
		a++
	}
	return f[a:e]
}

// split finds the claim-bearing paragraphs and their sentences, skipping
// repeats of an earlier paragraph.
// addSeen puts key k in set m and returns m's size: unchanged when k was
// there. One hash of the key where a test and an insert take two (a
// paragraph's fold is long to hash).
func addSeen(m map[string]bool, k string) int {
	m[k] = true
	return len(m)
}

func (x *extractor) split() {
	paras := x.a.Paragraphs
	if len(paras) == 0 {
		paras = paragraphsOf(x.a.Text, x.a.Title)
	}
	seen := x.sc.seen
	// ends holds every kept sentence and its tails (see repeats), so that
	// a lead repeated without its dateline is found; only folds of
	// minRepeat bytes or more are looked up, so only those are kept.
	ends := &x.sc.ends
	pos := x.sc.pos // foldPos's positions in the paragraph
	// the quantities' starts, to tokenize their sentences at once
	qstarts := make([]int, len(x.ann.Quantities))
	for i, q := range x.ann.Quantities {
		qstarts[i] = q.Start
	}
	sort.Ints(qstarts)
	defer func() { x.sc.pos = pos }()
	x.sents = x.sc.ptrs[:0]
	defer func() { x.sc.ptrs = x.sents }()
	// the paragraphs' folds, one after another in one string (a fold is
	// as long as its text but where runes fold longer): they are kept
	// (seen, ends, the tokens' lower case), and one array for all costs
	// an allocation, not one for each
	var folds strings.Builder
	folds.Grow(len(x.a.Text))
	for pi, p := range paras {
		if p.Kind != doc.KindBody && p.Kind != doc.KindTitle && p.Kind != "" {
			continue
		}
		if p.Start < 0 || p.End > len(x.a.Text) || p.Start > p.End {
			continue
		}
		text := x.a.Text[p.Start:p.End]
		// ppos: the positions of the paragraph's fold, nil for a plain
		// text (three paragraphs in four), whose fold is its lower case
		var ppos []int32
		var plain bool
		if x.sc.fold, plain = appendPlainFold(x.sc.fold[:0], text); !plain {
			if cap(pos) < len(text)+1 {
				pos = make([]int32, len(text)+1)
			}
			pos = pos[:len(text)+1]
			ppos = pos
			x.sc.fold = appendFold(x.sc.fold[:0], text, pos)
		}
		at := folds.Len()
		folds.Write(x.sc.fold)
		f := folds.String()[at:] // later writes leave these bytes as they are
		if f == "" {
			continue
		}
		if n := len(seen); addSeen(seen, f) == n {
			continue // a repeated paragraph
		}
		if !plain && !x.cyr {
			x.cyr = hasCyrillic(text) // a plain paragraph is ASCII
		}
		kind := p.Kind
		if kind == "" {
			kind = doc.KindBody
		}
		x.sc.spans = sentence.AppendSplit(x.sc.spans[:0], text)
		spans := x.sc.spans
		// the paragraph's sentences and their tokens in one array each: a
		// sentence has no more tokens than runs of non-space, and the fold
		// has one space between two runs (a sentence may end inside one)
		toks := x.sc.tokens(strings.Count(f, " ") + 1 + len(spans))
		batch := x.sc.sentences(len(spans))
		for k, sp := range spans {
			st := text[sp.Start:sp.End]
			// a lead repeated without its dateline ("SEOUL, March 3 (Agency) - ...")
			fs := spanFold(f, ppos, sp.Start, sp.End)
			if len(fs) >= minRepeat {
				// a paragraph's first sentence may come back without its
				// dateline: its tails are kept too
				if !ends.addNew(fs, sp.Start == 0) {
					continue
				}
			}
			start, end := p.Start+sp.Start, p.Start+sp.End
			s := &batch[k]
			*s = sent{para: pi, kind: kind, start: start, end: end, text: st, pstart: p.Start, ptext: text, sc: x.sc}
			if ppos == nil {
				// a plain paragraph's fold is its lower case, byte for
				// byte: the sentence's is its part of it
				s.lower, s.lowered = f[sp.Start:sp.End], true
				s.inPlace, s.inPlaceDone = true, true
			}
			if hasQuantity(qstarts, start, end) {
				// tokenized whatever its words: sentCands and
				// ratioQuantities test each token themselves, at less
				// than wordCues costs
				s.cue, s.ratio = true, true
			} else {
				s.cue, s.ratio = wordCues(fs)
			}
			if s.cue || s.ratio {
				// tokens now, from the paragraph's fold; the others' when
				// something asks (sent.tokens)
				first := len(toks)
				if ppos == nil {
					toks = appendPlainTokens(toks, st, f[sp.Start:])
				} else {
					toks = appendTokens(toks, st, f, ppos[sp.Start:sp.End+1])
				}
				s.toks, s.tokDone = toks[first:len(toks):len(toks)], true
			}
			if s.cue {
				s.cands = sentCands(st, s.start, s.toks)
			}
			x.sents = append(x.sents, s)
		}
		x.sc.took(len(toks))
	}
	x.cyrDone = true // whether a paragraph of the sentences is Cyrillic
	x.attachAnnotations()
	// Russian and Ukrainian sentences: attribution cues from the lexicon
	for _, s := range x.sents {
		if lang := x.stemLang(s); lang != "" {
			s.cands = x.cyrCands(s, lang)
		}
	}
}

// attachAnnotations gives each sentence the times and quantities inside
// it, in one pass over the sorted annotations. A sentence's are a slice
// of the sorted list (capped: nothing appends to them, nothing writes
// them), so the quantities, sorted as the finder gives them, are not
// copied, and neither list allocates per sentence.
func (x *extractor) attachAnnotations() {
	times := make([]*doc.Time, len(x.ann.Times))
	for i := range x.ann.Times {
		times[i] = &x.ann.Times[i]
	}
	sort.SliceStable(times, func(i, j int) bool { return times[i].Start < times[j].Start })
	qs := x.ann.Quantities
	if !sort.SliceIsSorted(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start }) {
		qs = append([]doc.Quantity(nil), qs...)
		sort.SliceStable(qs, func(i, j int) bool { return qs[i].Start < qs[j].Start })
	}
	x.times = times
	ti, qi := 0, 0
	for _, s := range x.sents {
		s.times, ti = within(times, ti, s.start, s.end, func(t **doc.Time) (int, int) { return (*t).Start, (*t).End })
		s.quants, qi = within(qs, qi, s.start, s.end, func(q *doc.Quantity) (int, int) { return q.Start, q.End })
	}
}

// within returns the items of xs, sorted by start, that lie in [start,
// end), looking from index i on, and the index of the first item that
// starts at or after start (where the next, later span looks from). The
// items starting in the span are a run of xs; when each of them also ends
// in it (nearly always) the run itself is returned, capped; nil when
// there are none.
func within[T any](xs []T, i, start, end int, span func(*T) (int, int)) ([]T, int) {
	for i < len(xs) {
		if a, _ := span(&xs[i]); a >= start {
			break
		}
		i++
	}
	k, all := i, true
	for ; k < len(xs); k++ {
		a, e := span(&xs[k])
		if a >= end {
			break
		}
		all = all && e <= end
	}
	switch {
	case k == i:
		return nil, i
	case all:
		return xs[i:k:k], i
	}
	var in []T
	for j := i; j < k; j++ {
		if _, e := span(&xs[j]); e <= end {
			in = append(in, xs[j])
		}
	}
	return in, i
}

// paragraphsOf splits text into paragraphs at blank lines (or lines when
// there are no blank lines); a first paragraph equal to title is the title.
func paragraphsOf(text, title string) []doc.Paragraph {
	var out []doc.Paragraph
	sep := "\n\n"
	if !strings.Contains(text, sep) {
		sep = "\n"
	}
	pos := 0
	for pos <= len(text) {
		e := strings.Index(text[pos:], sep)
		end := len(text)
		if e >= 0 {
			end = pos + e
		}
		seg := text[pos:end]
		lead := len(seg) - len(strings.TrimLeft(seg, " \t\r\n"))
		trimmed := strings.TrimSpace(seg)
		if trimmed != "" {
			k := doc.KindBody
			if len(out) == 0 && title != "" && fold(trimmed) == fold(title) {
				k = doc.KindTitle
			}
			s := pos + lead
			out = append(out, doc.Paragraph{Kind: k, Start: s, End: s + len(trimmed), Text: trimmed})
		}
		if e < 0 {
			break
		}
		pos = end + len(sep)
	}
	return out
}

var parenRE = mustFiltered(`\s*\([^)]*\)`)

// maxRecall is how many earlier speakers or organizations an anaphor
// ("the official", "the ministry") may reach back to.
const maxRecall = 24

// remember records a claim built from sentence si for the figures after
// it: elliptical figures, context places.
func (x *extractor) remember(si int, c doc.Claim) {
	m := made{si: si, c: c}
	x.made = append(x.made, m)
	p := x.sents[si].para
	if c.Place != "" && c.Place != "abroad" {
		x.paraPlace[p] = c.Place
	}
	if c.Counted != "" && countUnit(c.Unit) {
		x.paraCounted[p] = len(x.made) - 1
	}
}

// cyrMediaNouns stand for the outlet named before ("радиостанции").
var cyrMediaNouns = set(`радиостанция радиостанции издание издания агентство агентства газета газеты телеканал телеканала
информагентство информагентства портал портала сайт сайта журнал журнала телеграм-канал телеграм-канала
видання агентство агентства газета газети телеканал радіостанція радіостанції інформагентство інформагентства
порталу сайту журналу телеграм-каналу`)

// ordinalWords make a descriptor a new speaker, never an anaphor: "the
// first source" is not "a second source".
// bodyHeads end the description of a body ("a Berlin-based research
// group", "a think tank in Seoul") that "the group" later refers to.
var bodyHeads = set(`group institute institution centre center tank organisation organization firm company
monitor observatory foundation consultancy initiative project network coalition lab laboratory`)

var ordinalWords = set(`first second third fourth fifth another other latter former`)

// roles that speak for their organization.
var personRoles = set(`official officials diplomat diplomats expert experts analyst analysts researcher
researchers source sources adviser advisor aide officer envoy minister lawmaker senator fellow
professor scholar observer insider commander general activist defector witness resident worker
worker's journalist journalists reporter reporters correspondent`)

// appendFields appends the words of s, as strings.Fields splits them, to
// ws: with room in ws (an array on the caller's stack), nothing is
// allocated. An ASCII text is split at its white space bytes; at the
// first byte outside ASCII the words are split again by strings.FieldsSeq
// (its white space may be a rune: U+00A0, U+2009).
func appendFields(ws []string, s string) []string {
	n := len(ws)
	for i := 0; i < len(s); i++ {
		if spaceOrHigh[s[i]] {
			if s[i] >= utf8.RuneSelf {
				return appendFieldsSeq(ws[:n], s)
			}
			continue
		}
		j := i + 1
		for j < len(s) && !spaceOrHigh[s[j]] {
			j++
		}
		if j < len(s) && s[j] >= utf8.RuneSelf {
			return appendFieldsSeq(ws[:n], s)
		}
		ws = append(ws, s[i:j])
		i = j // a space or the end
	}
	return ws
}

// appendFieldsSeq is appendFields for any text.
func appendFieldsSeq(ws []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		ws = append(ws, w)
	}
	return ws
}

// lastField is the last of strings.Fields(s), "" when it has none, without
// the slice of all of them.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, sz := utf8.DecodeRuneInString(s[i:])
		s = s[i+sz:]
	}
	return s
}

// resolveSpeaker turns a speaker noun phrase into the most specific name:
// a person's or organization's canonical name, an earlier speaker for
// anaphora ("the paper", "he"), or a cleaned descriptor.
func (x *extractor) resolveSpeaker(np string, a, b int) (name string, indefinite bool) {
	// remove time expressions inside the phrase
	for i := sort.Search(len(x.times), func(i int) bool { return x.times[i].Start >= a }); i < len(x.times) && x.times[i].Start < b; i++ {
		if t := x.times[i]; t.End <= b {
			np = strings.Replace(np, x.a.Text[t.Start:t.End], "", 1)
		}
	}
	np = topic.JoinFields(np)
	for {
		w := strings.ToLower(firstWord(np))
		if tk.In(leadingJunk, w) && strings.Contains(np, " ") {
			np = np[len(w)+1:]
			continue
		}
		break
	}
	if k := workAuthorAt(np); k > 0 {
		// "a report by the Panel of Experts said", "a study conducted by
		// X found": the work's author states what it says
		off := a
		if a >= 0 && b <= len(x.a.Text) && a <= b {
			if i := strings.Index(x.a.Text[a:b], np[k:]); i >= 0 {
				off = a + i
			}
		}
		if name, _ := x.resolveSpeaker(np[k:], off, b); name != "" {
			x.lastWorkAuthor = name
			return name, false
		}
	}
	if i := timeTailStart(np); i >= 0 {
		np = np[:i] // "the ministry said on Monday"
	}
	lw := strings.ToLower(np)
	indefinite = strings.HasPrefix(lw, "a ") || strings.HasPrefix(lw, "an ") || strings.HasPrefix(lw, "one ")
	// "в компании ожидают", "у відомстві вважають": the body named before;
	// "по подсчетам радиостанции": the outlet named before
	// "Аналитики центра считают": the body named before, else in the
	// sentences after, with that word in its description
	// the words of lw and of np, as many (lower case makes no space and
	// takes none away)
	var wsBuf, wordsBuf [8]string
	ws, words := appendFields(wsBuf[:0], lw), appendFields(wordsBuf[:0], np)
	if len(ws) == 2 && isCyrillicWord(np) && cyrMemberNouns[ws[0]] && !isCapitalized(words[1]) {
		if name := x.describedBefore(ws[1], a); name != "" {
			return name, false
		}
		if name := x.describedAfter(ws[1], b); name != "" {
			return name, false
		}
	}
	if len(ws) >= 1 && len(ws) <= 2 && (len(ws) == 1 || ws[0] == "в" || ws[0] == "у" || ws[0] == "во") {
		switch w := ws[len(ws)-1]; {
		case len(ws) == 1 && cyrDocNouns[w] && len(x.speakers) > 0:
			// "вказується в повідомленні": the statement of the last speaker
			return x.speakers[len(x.speakers)-1], false
		case cyrMediaNouns[w] && x.lastMedia != "":
			return x.lastMedia, false
		case cyrBodyNouns[w]:
			// "в компании ожидают": the last body named that is no outlet
			// (the agency that carried its statement is not "the company")
			for k := len(x.orgHistory) - 1; k >= 0 && k >= len(x.orgHistory)-maxRecall; k-- {
				if o := x.orgHistory[k]; !x.isOutlet(o, o) {
					return o, false
				}
			}
			if x.lastORG != "" {
				return x.lastORG, false
			}
		case cyrMediaNouns[w]:
			if x.lastORG != "" {
				return x.lastORG, false
			}
		}
		// "по оценке центра", "за оцінкою моніторингу": the body named
		// before with that word in its name or description
		if len(ws) == 1 && isCyrillicWord(np) && !isCapitalized(np) {
			if name := x.describedBefore(ws[0], a); name != "" {
				return name, false
			}
		}

		// "у ГУР очікують": the body itself
		if len(ws) == 2 && upperWord(words[1]) {
			np, words = words[1], words[1:]
			lw = strings.ToLower(np)
		}
	}
	switch lw {
	case "его", "його", "он", "він", "вона", "она":
		lw = "he"
	case "ее", "её", "її", "их", "їх", "їхніми", "їхнім", "їхньою", "їхнього", "їхньої":
		// a feminine or plural pronoun: the last speaker, a person or a body,
		// else the last body named ("Аналітики центру «Степ» вивчили
		// знімки. За їхніми підрахунками, ...")
		for k := len(x.speakers) - 1; k >= 0; k-- {
			return x.speakers[k], false
		}
		if x.lastPER == "" {
			if m, ok := x.n.lastBefore(max(0, a-2000), a, doc.ORG); ok {
				return x.n.canonical(m), false
			}
		}
		return x.lastPER, false
	}
	// an object pronoun ("according to him", "told her") refers back as
	// its subject form does
	if subj, ok := objectPronoun[lw]; ok {
		lw = subj
	}
	switch lw {
	case "he", "she":
		if x.lastPER == "" {
			// the last person named before the pronoun
			if m, ok := x.n.lastBefore(0, a, doc.PER); ok {
				return x.n.canonical(m), false
			}
		}
		return x.lastPER, false
	case "it":
		return x.lastORG, false
	case "they", "we", "i", "you":
		return "", false
	}
	// people first, then organizations
	if ms := x.n.in(a, b, doc.PER); len(ms) > 0 {
		name = x.mentionName(ms[0])
		x.lastPER = name
		return name, false
	}
	if len(words) == 0 {
		return "", false
	}
	head := strings.ToLower(strings.Trim(words[len(words)-1], ".,;:()\"'"))
	// "the paper", "the ministry": an earlier organization
	if len(words) <= 3 && (strings.HasPrefix(lw, "the ") || strings.HasPrefix(lw, "this ")) && orgAnaphors[head] && !hasCapital(words[1:]) {
		if r := x.anaphor(head); r != "" {
			return r, false
		}
	}
	// "the official", "the researcher", "the group": the last speaker
	// described so
	if len(words) <= 3 && strings.HasPrefix(lw, "the ") && (personRoles[head] || bodyHeads[head]) && !hasCapital(words[1:]) && !ordinalWords[strings.ToLower(words[1])] {
		for k := len(x.speakers) - 1; k >= 0 && k >= len(x.speakers)-maxRecall; k-- {
			if sp := strings.ToLower(x.speakers[k]); sp != head && (personRoles[head] && strings.Contains(sp, head) || strings.HasSuffix(sp, " "+head)) {
				return x.speakers[k], false
			}
		}
	}
	if ms := x.n.in(a, b, doc.ORG); len(ms) > 0 {
		m := ms[0]
		for _, o := range ms {
			if o.End-o.Start > m.End-m.Start {
				m = o
			}
		}
		if !personRoles[head] {
			name = x.mentionName(m)
			x.rememberOrg(name)
			return name, false
		}
	}
	// a bare name known as a variant, acronym or short form
	clean := parenRE.ReplaceAllString(np, "")
	if !personRoles[head] && !roleToOrg[head] {
		if r, ok := x.n.lookup(clean); ok {
			r = x.asWritten(r, clean)
			if x.n.isPerson(clean) {
				// "Jin-su, a defector, ...": a person "he" can be
				x.lastPER = r
			} else {
				x.rememberOrg(r)
			}
			return r, false
		}
	}
	clean = stripPossessiveAnaphor(stripDet(clean))
	// "officials in Seoul" speak as officials; "an official in the regional
	// administration" keeps the body named
	if i := strings.Index(clean, " in "); i > 0 && (strings.HasPrefix(clean[i+4:], "the ") && looksLikeOrg(clean[i+4:]) == false || !strings.HasPrefix(clean[i+4:], "the ")) {
		clean = clean[:i]
	}
	if i := strings.Index(clean, " at "); i > 0 && !personRoles[head] {
		clean = clean[:i]
	}
	// "<organization> spokesperson" speaks for the organization
	cw := strings.Fields(clean)
	if len(cw) >= 2 && roleToOrg[strings.ToLower(cw[len(cw)-1])] {
		org := strings.Join(cw[:len(cw)-1], " ")
		if r, ok := x.n.lookup(org); ok {
			org = x.asWritten(r, org)
		}
		x.rememberOrg(org)
		return org, false
	}
	if looksLikeName(clean) {
		if looksLikeOrg(clean) {
			x.rememberOrg(clean)
		} else if lc := strings.ToLower(clean); !personRoles[lc] && !personNouns[lc] && !personNouns[singular(lc)] {
			// ("Analysts estimate": a role, not a person "she" can be)
			x.lastPER = clean
		}
	}
	if genericWork(clean) && workNouns[strings.ToLower(lastField(clean))] {
		return "", false // "..., report says", "a new study shows": no one named ("media" is a speaker)
	}
	return clean, indefinite
}

// asWritten is a source's name as the article writes it: name (an
// entity's canonical or listed name) when the article holds it, else the
// form it was written in ("FSB" in an article that never spells out the
// Federal Security Service, "Seoul" for South Korea). A claim's said_by
// and origin are names a reader finds in the text; comparing sources
// across articles goes through the lists (foldOrigin).
func (x *extractor) asWritten(name, written string) string {
	w := stripPossessiveAnaphor(stripDet(parenRE.ReplaceAllString(written, "")))
	if w == "" || name == "" || strings.EqualFold(name, w) || containsLowerFold(x.textLower(), name) {
		return name
	}
	return w
}

// mentionName is the name a mention of a source gives: its entity's
// canonical name, as the article writes it (asWritten); a description
// ("the statistics service") gives the entity's name.
func (x *extractor) mentionName(m doc.Mention) string {
	name := x.n.canonical(m)
	if strings.HasPrefix(m.Rule, "description:") || strings.HasPrefix(m.Rule, "descriptor:") {
		return name
	}
	return x.asWritten(name, m.Text)
}

// textLower is strings.ToLower of the article's text (lexicon.LowerString), computed once.
func (x *extractor) textLower() string {
	if !x.lowTextDone {
		x.lowText, x.lowTextDone = lexicon.LowerString(x.a.Text), true
	}
	return x.lowText
}

// containsLowerFold reports whether s holds sub as whole words, ignoring
// case ("South Korea" is not held by "South Korean"), given ls =
// strings.ToLower(s): the article's text is lower-cased once (textLower).
func containsLowerFold(ls, sub string) bool {
	lsub := strings.ToLower(sub)
	for i := 0; ; {
		k := strings.Index(ls[i:], lsub)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(lsub)
		before, _ := utf8.DecodeLastRuneInString(ls[:a])
		after, _ := utf8.DecodeRuneInString(ls[b:])
		if (a == 0 || !unicode.IsLetter(before)) && (b == len(ls) || !unicode.IsLetter(after)) {
			return true
		}
		i = a + 1
	}
}

// describedBefore returns the organization named before offset at whose
// name or the words just before it ("исследовательский центр «Тайга»")
// hold the stem of the generic noun w ("центра"), or "".
func (x *extractor) describedBefore(w string, at int) string {
	lang := x.a.Lang
	if !topic.Stemmed(lang) {
		lang = "ru"
	}
	st := topic.Stem(lang, w)
	if utf8.RuneCountInString(st) < 4 {
		return ""
	}
	to := at
	for k := 0; k < maxRecall; k++ {
		m, ok := x.n.lastBefore(max(0, at-3000), to, doc.ORG)
		if !ok {
			return ""
		}
		lo := max(0, m.Start-40)
		for lo > 0 && !utf8.RuneStart(x.a.Text[lo]) {
			lo--
		}
		if strings.Contains(strings.ToLower(x.a.Text[lo:m.End]), st) {
			return x.n.canonical(m)
		}
		to = m.Start
	}
	return ""
}

// cyrMemberNouns are people who speak for a body named in the genitive
// after them ("аналитики центра", "експерти інституту").
var cyrMemberNouns = set(`аналитики аналитик эксперты эксперт исследователи исследователь сотрудники представители представитель
аналітики аналітик експерти експерт дослідники дослідник співробітники представники представник`)

// describedAfter is describedBefore for an organization named in the
// 600 bytes after offset at.
func (x *extractor) describedAfter(w string, at int) string {
	lang := x.a.Lang
	if !topic.Stemmed(lang) {
		lang = "ru"
	}
	st := topic.Stem(lang, w)
	if utf8.RuneCountInString(st) < 4 {
		return ""
	}
	for _, m := range x.n.in(at, min(len(x.a.Text), at+600), doc.ORG) {
		lo := max(at, m.Start-40)
		for lo > at && !utf8.RuneStart(x.a.Text[lo]) {
			lo--
		}
		if strings.Contains(strings.ToLower(x.a.Text[lo:m.End]), st) {
			return x.n.canonical(m)
		}
	}
	return ""
}

// isApposition reports whether s is the text between a name and a
// description of it: "Seoul Centre for Northeast Asian Affairs, a South
// Korean think tank". It is the pattern
//
//	^,\s+(?:a|an|the)\s+[\p{L}\s'’-]*$
//
// read by hand (its compilation took some 70 us, for a text or two a
// run): the white space after the comma is all of its run, since an
// article starts with no space; "a" and "an" are told apart by the byte
// after them; and the white space after the article is one byte and the
// rest of the class, which holds white space. TestIsApposition and
// FuzzIsApposition check it against the pattern.
func isApposition(s string) bool {
	rest, ok := strings.CutPrefix(s, ",")
	if !ok || rest == "" || !reSpace(rest[0]) {
		return false
	}
	for rest != "" && reSpace(rest[0]) {
		rest = rest[1:]
	}
	switch {
	case strings.HasPrefix(rest, "the"):
		rest = rest[3:]
	case strings.HasPrefix(rest, "an") && len(rest) > 2 && reSpace(rest[2]):
		rest = rest[2:]
	case strings.HasPrefix(rest, "a"):
		rest = rest[1:]
	default:
		return false
	}
	if rest == "" || !reSpace(rest[0]) {
		return false
	}
	for _, r := range rest[1:] {
		if !unicode.IsLetter(r) && (r >= utf8.RuneSelf || !reSpace(byte(r))) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// describedBody finds the body or person a headline's bare description
// ("think tank", "ministry") stands for: the first name after the
// headline that the story gives that description in apposition. The
// description is looked for in the first 20 KB after from.
func (x *extractor) describedBody(desc string, from int) string {
	text := x.a.Text[from:min(len(x.a.Text), from+20000)]
	lt, d := strings.ToLower(text), strings.ToLower(desc)
	if len(lt) != len(text) || d == "" {
		return ""
	}
	for off := 0; off < len(lt); {
		i := strings.Index(lt[off:], d)
		if i < 0 {
			return ""
		}
		i += off
		at := from + i
		if m, ok := x.n.lastBefore(max(from, at-120), at, doc.ORG, doc.PER); ok && isApposition(x.a.Text[m.End:at]) {
			return x.n.canonical(m)
		}
		off = i + len(d)
	}
	return ""
}

func hasCapital(ws []string) bool {
	for _, w := range ws {
		if isCapitalized(w) {
			return true
		}
	}
	return false
}

var orgWords = set(`ministry agency service news journal times post press department office bureau
committee council institute university association party government commission embassy
administration corporation company group bank centre center foundation network radio television tv
daily herald tribune review broadcasting directorate authority inspectorate registry board secretariat
chamber court prosecutor prosecutors guard`)

func looksLikeOrg(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if orgWords[w] {
			return true
		}
	}
	return isAcronym(s)
}

// workAuthorAt returns where the author starts in a phrase naming a
// piece of work by its author: a determiner and up to two modifiers, a
// work noun, then "by", "from" or a participle of making and "by" ("a
// new report by X", "the study conducted by X", "a report from X"); 0
// for none.
func workAuthorAt(np string) int {
	ws := strings.Fields(np)
	offs := make([]int, len(ws))
	pos := 0
	for i, w := range ws {
		k := strings.Index(np[pos:], w)
		offs[i] = pos + k
		pos += k + len(w)
	}
	for j := 0; j < len(ws) && j <= 3; j++ {
		if !workNouns[strings.ToLower(ws[j])] {
			if strings.ContainsAny(ws[j], ",;:") {
				return 0
			}
			continue
		}
		if j+2 < len(ws) && (strings.EqualFold(ws[j+1], "by") || strings.EqualFold(ws[j+1], "from")) {
			return offs[j+2]
		}
		if j+3 < len(ws) && madeByParticiples[strings.ToLower(ws[j+1])] && strings.EqualFold(ws[j+2], "by") {
			return offs[j+3]
		}
		return 0
	}
	return 0
}

func looksLikeName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if !isCapitalized(w) && w != "of" && w != "for" && w != "and" && w != "the" {
			return false
		}
	}
	return true
}

// possessiveAnaphors are the leading words stripPossessiveAnaphor drops,
// in lower case.
var possessiveAnaphors = [...]string{"the country's ", "the country’s ", "the nation's ", "the nation’s ", "country's ", "country’s ", "its ", "their "}

// stripPossessiveAnaphor drops a leading "its", "their", "the country's"
// in any case ("Their estimates" -> "estimates").
func stripPossessiveAnaphor(s string) string {
	for _, p := range possessiveAnaphors {
		if hasLowerPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

// hasLowerPrefix is strings.HasPrefix(strings.ToLower(s), p): compared
// byte by byte, lowering ASCII letters, while s is ASCII (ASCII lowers to
// one byte each), and on the whole strings.ToLower(s) from a byte of s
// outside ASCII (a rune of several bytes may lower to fewer or more).
func hasLowerPrefix(s, p string) bool {
	for i := 0; i < len(p); i++ {
		if i == len(s) {
			return false
		}
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.HasPrefix(strings.ToLower(s), p)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

var mediaHeads = set(`paper newspaper daily journal outlet publication magazine broadcaster network channel station website agency`)

func (x *extractor) anaphor(head string) string {
	if mediaHeads[head] && head != "agency" && x.lastMedia != "" {
		return x.lastMedia
	}
	for i := len(x.orgHistory) - 1; i >= 0 && i >= len(x.orgHistory)-maxRecall; i-- {
		if strings.Contains(strings.ToLower(x.orgHistory[i]), head) {
			return x.orgHistory[i]
		}
	}
	if head == "agency" {
		// "the spy agency", "the agency": the organization speaking before
		if x.lastORG != "" {
			return x.lastORG
		}
		return x.lastMedia
	}
	if head == "statement" || workNouns[head] {
		// "the report", "the new investigation": the author of the work
		// named with its author before, else the body that spoke last
		if workNouns[head] && x.lastWorkAuthor != "" {
			return x.lastWorkAuthor
		}
		return x.lastORG
	}
	return ""
}

var mediaWords = set(`news journal times post press daily herald tribune radio television tv agency
broadcasting reuters yonhap afp ap efe kcna tass ria interfax bloomberg bbc cnn nhk kyodo guardian
telegraph economist gazette observer wsj nytimes politico axios`)

func (x *extractor) rememberOrg(name string) {
	if name == "" {
		return
	}
	x.lastORG = name
	x.orgHistory = append(x.orgHistory, name)
	if cyrillicName(name) && x.isOutlet(name, name) {
		x.lastMedia = name
		return
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if mediaWords[strings.Trim(w, ".,")] {
			x.lastMedia = name
			return
		}
	}
}

var definiteWorkersRE = mustFiltered(`(?i)\b(the|each|every|these|those|such|its|their)\s+(\S+\s+){0,2}(workers?|labou?rers?|employees?|crews?|workforce)\b|^(Workers|Labou?rers|Employees)\b`)

// matchIndicator sets the claim's topic and indicator from the first topic
// that matches mc (the claim, with a context place or sentence).
// It returns the check the closest indicator failed when none matched.
func (x *extractor) matchIndicator(c *doc.Claim, mc doc.Claim, topics []*topic.Topic, note string) (missing string) {
	explain := len(topics) == 1 && note == "" // the miss of a lone topic is told
	for _, t := range topics {
		var r topic.Result
		if explain {
			r = t.MatchDetailWith(mc, x.matchLang(), x.sentWords)
		} else {
			r = t.CheckWith(mc, x.matchLang(), x.sentWords)
		}
		if r.Indicator != "" {
			// a figure leaning on an earlier one ("Another 76 were in
			// transit") measures what that one measures unless its own
			// sentence gives an event
			if a := x.ante; a != nil && a.SentenceStart != mc.SentenceStart && a.Indicator != "" && a.Indicator != r.Indicator && note == "" &&
				(!x.anteWeak || r.Event == "") && !scopeRuledOut(topics, a.Topic, a.Indicator, mc.Scope) {
				c.Topic, c.Indicator = a.Topic, a.Indicator
				c.Why = append(c.Why, "indicator: "+a.Indicator+" of the figure it leans on ("+a.Text+"), not "+r.Indicator+" of its own sentence")
				return ""
			}
			c.Topic, c.Indicator = t.ID, r.Indicator
			c.Why = append(c.Why, "indicator: "+note+r.Why)
			return ""
		}
		if explain {
			c.Why = append(c.Why, "indicator: "+r.Why)
		}
		if missing == "" || r.Missing == topic.CheckActor || r.Missing == topic.CheckPlace {
			missing = r.Missing
		}
	}
	return missing
}

// topicUnit gives a claim counting a Russian or Ukrainian noun that
// dossier's own lists do not know ("баррелей") the unit a topic gives
// that noun: the topic's own unit ("units: [barrel]" with "ru: counted:
// [баррель]"), else the term as the topic writes it.
func (x *extractor) topicUnit(s *sent, c *doc.Claim, topics []*topic.Topic) {
	if !isCyrillicWord(c.Unit) || strings.Contains(c.Unit, " ") {
		return
	}
	lang := x.stemLang(s)
	for _, t := range topics {
		if u, ind := t.UnitOf(lang, c.Unit); u != "" {
			c.Why = append(c.Why, "unit: "+u+", the unit "+t.ID+"/"+ind+" gives the counted "+c.Unit)
			c.Unit = u
			return
		}
	}
}

// excludedBy reports whether topic id rules claim mc out by what its
// sentence says (an excluded event or term, a foreign actor): then no
// figure it leans on lends it an indicator of that topic.
func excludedBy(topics []*topic.Topic, id string, mc doc.Claim, lang string) bool {
	for _, t := range topics {
		if t.ID == id {
			return contextExcluded(t.CheckWith(mc, lang, nil).Missing)
		}
	}
	return false
}

// claimAt returns the claim of cs whose figure starts at offset start.
func claimAt(cs []doc.Claim, start int) *doc.Claim {
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].Start == start {
			return &cs[i]
		}
		if cs[i].Start < start {
			break
		}
	}
	return nil
}

// scopeRuledOut reports whether the claim scope rules out indicator ind
// of topic id ("3 тыс. человек убитыми и ранеными" counts no troops sent,
// even after a figure of troops sent).
func scopeRuledOut(topics []*topic.Topic, id, ind, scope string) bool {
	for _, t := range topics {
		if t.ID == id {
			return t.ScopeRuledOut(ind, scope)
		}
	}
	return false
}

// contextExcluded reports a miss no context can mend: the sentence names
// something that rules the indicator out.
func contextExcluded(check string) bool {
	return check == topic.CheckExclude || check == topic.CheckForeign || check == topic.CheckEvent
}

// contextMissing reports whether the check a claim failed is one the
// sentences around it may satisfy: the actor of a figure counting a
// generic noun ("only three people cited study", after a sentence naming
// North Koreans; "labourers" with no nationality are no North Koreans),
// or the place of a figure whose sentence names none.
func (x *extractor) contextMissing(c doc.Claim, check string) bool {
	switch check {
	case topic.CheckActor:
		return genericCounted(c.Counted)
	case topic.CheckPlace:
		return c.Place == ""
	case topic.CheckCounted:
		// "It moved more than 900,000 barrels during ...": a measure with
		// no noun of what it measures leaves that to the sentences before
		return c.Counted == "" && measureNouns[c.Unit]
	}
	return false
}

// measureNouns are the normalized units of measures of an amount
// (amountMeasures, cyrMeasures).
var measureNouns = map[string]bool{"tonne": true, "barrel": true, "litre": true, "kilogram": true, "gram": true,
	"cubic metre": true, "gallon": true, "pound": true, "ounce": true, "milligram": true, "cubic foot": true,
	"hectare": true, "square kilometre": true, "square metre": true, "acre": true,
	"kilowatt hour": true, "megawatt hour": true, "gigawatt hour": true, "terawatt hour": true}

// genericHeads are counted nouns that leave who is counted to the context.
var genericHeads = set(`people person persons individuals individual arrivals arrival entries entry visitors visitor
travellers travelers traveller traveler trips trip crossings soldiers troops человек люди людей лиц осіб людей особи
въезд въезда въездов въезды поездка поездки поездок в'їзд в'їзду в'їздів в'їзди поїздка поїздки поїздок`)

// leaningHeads are generic nouns whose figure, with no time of its own,
// continues the breakdown before it ("220 arrivals", "1 277 человек").
var leaningHeads = set(`people person persons individuals arrivals entries visitors travellers travelers trips
crossings человек люди людей лиц осіб людей особи поездок поездки поездка въездов въезда поїздок поїздки в'їздів`)

func leaningCounted(counted string) bool {
	w := lastField(counted)
	return w != "" && leaningHeads[strings.Trim(strings.ToLower(w), ".,;:()\"'")]
}

func genericCounted(counted string) bool {
	w := lastField(counted)
	return w != "" && genericHeads[strings.Trim(strings.ToLower(w), ".,;:()\"'")]
}

// matchLang is the language a topic's terms are matched in: the
// article's.
func (x *extractor) matchLang() string { return x.a.Lang }

// windowStart is where the context of sentence si starts: two sentences
// back, within the same or the previous paragraph.
func (x *extractor) windowStart(si int) int {
	s := x.sents[si]
	start := s.start
	for k := si - 1; k >= 0 && k >= si-2; k-- {
		if x.sents[k].para < s.para-1 || x.sents[k].kind == doc.KindTitle {
			break
		}
		start = x.sents[k].start
	}
	return start
}

// leadSentence is the index of the article's first body sentence, or -1.
func (x *extractor) leadSentence() int {
	for i, s := range x.sents {
		if s.kind == doc.KindBody {
			return i
		}
	}
	return -1
}

// percentShare reports the words after a percentage making it a share of
// a whole: "of the total", "of them", "of all arrivals", "of North Korean
// workers".
func percentShare(after string) bool {
	after = strings.TrimLeft(after, " \u00a0")
	if strings.HasPrefix(after, "percent") || strings.HasPrefix(after, "per cent") {
		after = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(after, "percent"), "per cent"), " ")
	}
	return strings.HasPrefix(after, "of ") && !strings.HasPrefix(after, "of the time") || cyrShareRE.MatchString(after)
}

// cyrShareRE opens the words after a Russian or Ukrainian percentage that
// is a share of a whole: "60% всех въездов", "40% от общего числа", "70% з
// них".
var cyrShareRE = mustFiltered(`(?i)^(?:всех|всего|от всех|от общего|от числа|из них|из всех|общего числа|усіх|всіх|від усіх|від загальної|з них|з усіх|із них)(?:[^\p{L}]|$)`)

// lastCount is the last claim counting things in sentence si or the one
// before it.
func (x *extractor) lastCount(si int) (made, bool) {
	for k := len(x.made) - 1; k >= 0; k-- {
		m := x.made[k]
		if m.si < si-1 {
			break
		}
		if countUnit(m.c.Unit) {
			return m, true
		}
	}
	return made{}, false
}

// describedNear returns the organization named in the sentence before or
// after sentence si whose name ends with the head of the description desc
// ("London-based research group" -> "Strait Research Group"), or "".
func (x *extractor) describedNear(si int, desc string) string {
	var wsBuf [8]string
	ws := appendFields(wsBuf[:0], desc)
	if len(ws) < 2 || hasCapital(ws[1:]) && !demonymLike(ws[1]) {
		return ""
	}
	head := strings.ToLower(ws[len(ws)-1])
	if !bodyHeads[head] {
		return ""
	}
	for _, k := range []int{si - 1, si + 1} {
		if k < 0 || k >= len(x.sents) || x.sents[k].para < x.sents[si].para-1 || x.sents[k].para > x.sents[si].para+1 {
			continue
		}
		for _, m := range x.n.in(x.sents[k].start, x.sents[k].end, doc.ORG) {
			name := x.n.canonical(m)
			nw := strings.Fields(name)
			if len(nw) >= 2 && strings.EqualFold(nw[len(nw)-1], head) {
				return name
			}
		}
	}
	return ""
}
