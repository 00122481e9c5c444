package copies

import (
	"math"
	"slices"
	"time"
)

// Relations of an article to the earliest member of its copy group.
const (
	Original = "original" // first of its group (or alone)
	Exact    = "exact"    // same normalized text
	Near     = "near"     // same text, other boilerplate, paragraphs trimmed or added, sentences moved
	Spun     = "spun"     // same text with words replaced by synonyms
	// Translated: the same text in another language: its figures and names
	// in the same order (names compared across scripts, see FoldName).
	Translated = "translated"
)

var relRank = map[string]int{Original: 0, Translated: 1, Spun: 2, Near: 3, Exact: 4}

// Doc is an article as the index sees it. Lang is its language ("en",
// "ru", "uk"; "" when unknown). Figures and Names are optional, from
// annotations: Figures are the amounts with their values, so that "13
// 221", "13,221" and number words compare by value (figures the text holds
// outside them are read from it; a Figure without values marks a number
// that is no figure, such as the day of a date); Names are further names (entity names)
// added to the story keys, besides the capitalised words of the text.
type Doc struct {
	ID        int64
	Source    string // outlet or credit, for counting outlets in a story
	Published string // "YYYY-MM-DD" or ""
	Lang      string
	Text      string
	Names     []string
	Figures   []Figure
}

// Match is what Add found for an article.
type Match struct {
	ID int64
	// Group is the ID of the earliest added member of the copy group
	// (the article's own ID when it is an original).
	Group    int64
	Relation string // Original, Exact, Near or Spun
	// Of is the member the relation and similarity were measured against:
	// the group's earliest member, or, when the article matches only a later
	// member (a near copy of a spun copy), that member. 0 for an original.
	Of int64
	// Similarity: 1 for exact; for near the share of the shorter text's
	// 4-word shingles found in the other; for spun the share of the shorter
	// text's words aligned in order with the other (longest common
	// subsequence). 0 for an original.
	Similarity float64
	// Story is the story cluster ID (its earliest added article).
	Story int64
}

// Options tune the index. Zero values take the defaults shown.
type Options struct {
	// NearShare (0.6): a near copy has at least this share of the shorter
	// text's words in sentences found verbatim in the other; NearPurity
	// (0.9): of the shorter text's sentences that match the other at all,
	// at least this share (by words) match verbatim; NearJaccard (0.3): the
	// shingle sets have at least this Jaccard similarity.
	NearShare   float64
	NearPurity  float64
	NearJaccard float64
	// SpunShare (0.6): a spun copy has at least this share of the shorter
	// text's words in sentences verbatim or altered.
	// SpunAnchors (0.75) and SpunWords (0.42): a spun copy keeps at least this
	// share of the shorter text's figures and names in the same order, and
	// this share of its words in order; SpunLength (0.4) is the least ratio
	// of the two lengths.
	SpunShare   float64
	SpunAnchors float64
	SpunWords   float64
	SpunLength  float64
	// A translation, in another language or script, keeps the figures and
	// names in order and in place. TranslatedFigures (0.8): when both texts
	// hold at least 3 figures, this share of the figures of each (the
	// longer list) is found in the same order in the other;
	// TranslatedAnchors (0.5): this share of the shorter text's figures and
	// names (other than common and calendar names; at least 5) is found in
	// the same order in the other, or SpunAnchors of it when the texts hold
	// fewer figures; TranslatedPlace (0.8): this share of those found stand
	// at about the same place in both texts (within a tenth of their
	// lengths). Its length in words is at least SpunLength of the other's.
	TranslatedFigures float64
	TranslatedAnchors float64
	TranslatedPlace   float64
	// StoryWindow (10 days) is the largest distance between publication
	// dates of two articles joined into a story directly; negative: none.
	StoryWindow time.Duration
	// StoryScore (0.3) is the least weighted share of story keys (names,
	// figures) two articles must have in common to be one story.
	StoryScore float64
	// MaxWords (20000) caps the words kept per article.
	MaxWords int
	// MaxBucket (48) caps the entries examined per LSH bucket and per
	// story-key posting list; MaxVerify (16) caps the candidates verified
	// per article (those sharing most buckets and keys first). Both bound
	// the work per article whatever the size of the collection.
	MaxBucket int
	MaxVerify int
	// CommonNames are names present in nearly every article of the
	// collection's topic; they weigh little in story matching. Default:
	// DefaultCommonNames.
	CommonNames []string
}

// DefaultCommonNames are the names that nearly every article on dossier's
// topic mentions (countries, capitals, leaders, the UN, wire services).
var DefaultCommonNames = []string{
	"north", "south", "korea", "korean", "koreans", "dprk", "russia", "russian", "russians",
	"moscow", "pyongyang", "seoul", "kim", "jong", "un", "putin", "vladimir",
	"u", "n", "s", "us", "united", "nations", "states", "security", "council", "ukraine",
	"china", "chinese", "reuters", "ap", "afp", "yonhap", "efe", "the",
	// the same in Russian and Ukrainian (names are folded: cases need no list)
	"северная", "южная", "корея", "кндр", "россия", "рф", "москва", "пхеньян", "сеул",
	"ким", "чен", "ын", "путин", "владимир", "оон", "сша", "совбез", "совет", "безопасности",
	"корейский", "украина", "китай", "тасс", "риа", "новости", "интерфакс", "ёнхап",
	"північна", "південна", "корейський", "росія", "україна", "рада", "безпеки", "укрінформ",
	"ukrainian",
}

// LSH layout: shingle sketch of shBands bands of shRows rows, anchor
// sketch of anBands of anRows.
const (
	shBands, shRows = 24, 2
	anBands, anRows = 24, 2
	nBands          = shBands + anBands
)

// Index groups articles into copy groups and story clusters as they are
// added. Adding an article costs work proportional to its length and to
// the few candidates its sketches collide with, never to the collection.
// An Index is not safe for concurrent use.
type Index struct {
	opt   Options
	names *nameSet

	pos   map[int64]int32
	ids   []int64
	src   []int32
	srcs  map[string]int32
	day   []int32
	ex    []uint64
	lang  []uint8 // index into langs, per article
	scr   []uint8 // Sig.Script
	langs map[string]uint8

	words   [][]uint16
	anch    [][]uint16
	keys    [][]uint32
	kw      []float32 // story-key weight of each article when added
	arena   []uint16
	arena32 []uint32

	group   []int32 // index of the group's earliest member
	rel     []uint8
	of      []int32
	sim     []float32
	members map[int32][]int32 // group root -> later members

	exact map[uint64]int32
	heads bucketTable // bucket key -> last entry (doc*nBands+band)
	next  []int32

	parent  []int32 // story union-find
	stories map[int32][]int32
	df      map[uint32]int32
	post    map[uint32][]int32
	nOrig   int

	verified int // classify calls, for Stats

	// scratch
	shA, shB []uint64
	sent     []uint64
	one      []uint64
	grams    []uint64
	ra, rb   []uint16
	pa, pb   []uint16
	pairs    [][2]int
	dp       []uint16
	tmp16    []uint16
	sk       []uint32
	bk       []uint64
}

var relNames = []string{Original, Exact, Near, Spun, Translated}

func relCode(r string) uint8 {
	for i, n := range relNames {
		if n == r {
			return uint8(i)
		}
	}
	return 0
}

// NewIndex returns an empty index.
func NewIndex(opt Options) *Index {
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&opt.NearShare, 0.6)
	def(&opt.NearPurity, 0.9)
	def(&opt.SpunShare, 0.6)
	def(&opt.NearJaccard, 0.3)
	def(&opt.SpunAnchors, 0.75)
	def(&opt.SpunWords, 0.42)
	def(&opt.SpunLength, 0.4)
	def(&opt.TranslatedFigures, 0.8)
	def(&opt.TranslatedAnchors, 0.5)
	def(&opt.TranslatedPlace, 0.8)
	def(&opt.StoryScore, 0.3)
	if opt.StoryWindow == 0 {
		opt.StoryWindow = 10 * 24 * time.Hour
	}
	if opt.MaxWords == 0 {
		opt.MaxWords = 20000
	}
	if opt.MaxVerify == 0 {
		opt.MaxVerify = 16
	}
	if opt.MaxBucket == 0 {
		opt.MaxBucket = 48
	}
	if opt.CommonNames == nil {
		opt.CommonNames = DefaultCommonNames
	}
	ix := &Index{
		opt:     opt,
		names:   newNameSet(opt.CommonNames),
		langs:   map[string]uint8{"": 0},
		pos:     map[int64]int32{},
		srcs:    map[string]int32{},
		members: map[int32][]int32{},
		exact:   map[uint64]int32{},
		stories: map[int32][]int32{},
		df:      map[uint32]int32{},
		post:    map[uint32][]int32{},
		sk:      make([]uint32, max(shBands*shRows, anBands*anRows)),
	}
	return ix
}

// Len is the number of articles added.
func (ix *Index) Len() int { return len(ix.ids) }

// Signature computes the Sig of d with this index's common names.
func (ix *Index) Signature(d Doc) Sig { return signature(d, ix.names) }

// Add adds an article and reports its copy group and story. Adding an ID
// again returns the first result unchanged.
func (ix *Index) Add(d Doc) Match {
	if m, ok := ix.Match(d.ID); ok {
		return m
	}
	return ix.AddSig(d.ID, d.Source, ix.Signature(d))
}

// Match returns what Add reported for an article, with its current story
// (stories merge as articles arrive).
func (ix *Index) Match(id int64) (Match, bool) {
	i, ok := ix.pos[id]
	if !ok {
		return Match{}, false
	}
	m := Match{ID: id, Group: ix.ids[ix.group[i]], Relation: relNames[ix.rel[i]],
		Similarity: float64(ix.sim[i]), Story: ix.ids[ix.find(i)]}
	if ix.rel[i] != 0 {
		m.Of = ix.ids[ix.of[i]]
	}
	return m, true
}

// alloc16 copies s into the arena, so that a million small slices do not
// each carry an allocation.
func (ix *Index) alloc16(s []uint16) []uint16 {
	const chunk = 1 << 20
	if len(s) > chunk/4 {
		return slices.Clone(s)
	}
	if cap(ix.arena)-len(ix.arena) < len(s) {
		ix.arena = make([]uint16, 0, chunk)
	}
	n := len(ix.arena)
	ix.arena = append(ix.arena, s...)
	return ix.arena[n : n+len(s) : n+len(s)]
}

func (ix *Index) alloc32(s []uint32) []uint32 {
	const chunk = 1 << 18
	if len(s) > chunk/4 {
		return slices.Clone(s)
	}
	if cap(ix.arena32)-len(ix.arena32) < len(s) {
		ix.arena32 = make([]uint32, 0, chunk)
	}
	n := len(ix.arena32)
	ix.arena32 = append(ix.arena32, s...)
	return ix.arena32[n : n+len(s) : n+len(s)]
}

// AddSig adds an article by its stored signature (see Sig); Add is
// AddSig(d.ID, d.Source, ix.Signature(d)). Adding an ID again returns the
// first result unchanged.
func (ix *Index) AddSig(id int64, source string, s Sig) Match {
	if m, ok := ix.Match(id); ok {
		return m
	}
	if len(s.Words) > ix.opt.MaxWords {
		s.Words = s.Words[:ix.opt.MaxWords]
	}
	i := int32(len(ix.ids))
	ix.pos[id] = i
	ix.ids = append(ix.ids, id)
	sid, ok := ix.srcs[source]
	if !ok {
		sid = int32(len(ix.srcs))
		ix.srcs[source] = sid
	}
	ix.src = append(ix.src, sid)
	ix.day = append(ix.day, s.Day)
	ix.ex = append(ix.ex, s.Exact)
	lc, ok := ix.langs[s.Lang]
	if !ok && len(ix.langs) < 256 {
		lc = uint8(len(ix.langs))
		ix.langs[s.Lang] = lc
	}
	ix.lang = append(ix.lang, lc)
	ix.scr = append(ix.scr, s.Script)
	ix.words = append(ix.words, ix.alloc16(s.Words))
	// anchors and their places in one slice: codes, then places
	ix.tmp16 = append(append(ix.tmp16[:0], s.Anchors...), s.AnchorAt[:len(s.Anchors)]...)
	ix.anch = append(ix.anch, ix.alloc16(ix.tmp16))
	ix.keys = append(ix.keys, ix.alloc32(s.Keys))
	ix.parent = append(ix.parent, i)
	for range nBands {
		ix.next = append(ix.next, -1)
	}

	// candidates
	ix.shA = shingles(s.Words, ix.shA)
	// votes counts, per candidate, the buckets it shares with s
	votes := map[int32]int{}
	addCand := func(c int32, v int) { votes[c] += v }
	if j, ok := ix.exact[s.Exact]; ok {
		addCand(j, 1000)
	} else {
		ix.exact[s.Exact] = i
	}
	var bandKeys2 [nBands]uint64
	nb := 0
	if oph(ix.shA, ix.sk[:shBands*shRows]) {
		ix.bk = bandKeys(ix.sk[:shBands*shRows], shRows, 1, ix.bk)
		for b, k := range ix.bk {
			bandKeys2[b] = k
		}
		nb = shBands
	}
	ix.grams = anchorGrams(s.Anchors, ix.grams)
	na := 0
	if oph(ix.grams, ix.sk[:anBands*anRows]) {
		ix.bk = bandKeys(ix.sk[:anBands*anRows], anRows, 2, ix.bk)
		for b, k := range ix.bk {
			bandKeys2[shBands+b] = k
		}
		na = anBands
	}
	for b := range nBands {
		if b < shBands && b >= nb || b >= shBands && b-shBands >= na {
			continue
		}
		e, ok := ix.heads.get(bandKeys2[b])
		for n := 0; ok && e >= 0 && n < ix.opt.MaxBucket; n++ {
			addCand(e/nBands, 1)
			e = ix.next[e]
		}
	}
	storyCands := ix.storyCandidates(i, s)
	for _, c := range storyCands {
		if c.score >= 0.5 { // shares most rare names and figures
			addCand(c.doc, 2)
		}
	}
	// verify the best-voted candidates only
	// A copy shares many of the 48 buckets (its sketches agree in most
	// bins); one shared bucket is chance, and when a strong candidate is
	// present, candidates with a fraction of its votes are noise.
	best := 0
	for _, v := range votes {
		best = max(best, v)
	}
	floor := max(2, min(best, 48)/4)
	cands := make([]int32, 0, len(votes))
	for c, v := range votes {
		if v >= floor {
			cands = append(cands, c)
		}
	}
	slices.SortFunc(cands, func(a, b int32) int {
		if votes[a] != votes[b] {
			return votes[b] - votes[a]
		}
		return int(a - b)
	})
	if len(cands) > ix.opt.MaxVerify {
		cands = cands[:ix.opt.MaxVerify]
	}

	// classify against each candidate's group root, then the candidate
	top := struct {
		rel  string
		sim  float64
		root int32
		of   int32
	}{rel: Original, root: i, of: i}
	tried := map[int32]bool{}
	better := func(rel string, sim float64, root, of int32) {
		if relRank[rel] > relRank[top.rel] ||
			relRank[rel] == relRank[top.rel] && rel != Original && (sim > top.sim || sim == top.sim && root < top.root) {
			top.rel, top.sim, top.root, top.of = rel, sim, root, of
		}
	}
	for _, c := range cands {
		r := ix.group[c]
		if !tried[r] {
			tried[r] = true
			rel, sim := ix.classify(s, r)
			if rel != Original {
				better(rel, sim, r, r)
				continue
			}
		}
		if c != r && !tried[c] {
			tried[c] = true
			if rel, sim := ix.classify(s, c); rel != Original {
				// related to a later member only: report against it,
				// unless the root already gave a relation.
				better(rel, sim, r, c)
			}
		}
	}
	ix.group = append(ix.group, top.root)
	ix.rel = append(ix.rel, relCode(top.rel))
	ix.of = append(ix.of, top.of)
	ix.sim = append(ix.sim, float32(top.sim))
	if top.root != i {
		ix.members[top.root] = append(ix.members[top.root], i)
	}

	// index the bands (copies too: a later article may match only them)
	for b := range nBands {
		if b < shBands && b >= nb || b >= shBands && b-shBands >= na {
			continue
		}
		e := i*nBands + int32(b)
		if h, ok := ix.heads.get(bandKeys2[b]); ok {
			ix.next[e] = h
		}
		ix.heads.put(bandKeys2[b], e)
	}

	ix.addStory(i, s, storyCands)
	m, _ := ix.Match(id)
	return m
}

// classify measures the new signature s against indexed article j.
//
// Exact: equal normalized text. Otherwise the shorter text's sentences are
// sorted into verbatim (the same sentence is in the other text), altered
// (not verbatim, but a third of its shingles are in the other text) and
// unmatched. A near copy has most of its words in verbatim sentences and
// almost no altered sentence: what differs are whole paragraphs and
// sentences (boilerplate, trimming, additions, moves). A spun copy has
// altered sentences scattered through the text, or, when spinning has
// changed too many words for shingles to survive, keeps the figures and
// names in order (SpunAnchors) and enough words in order (SpunWords).
func (ix *Index) classify(s Sig, j int32) (string, float64) {
	ix.verified++
	if ix.ex[j] == s.Exact {
		return Exact, 1
	}
	ix.shB = shingles(ix.words[j], ix.shB)
	wa, wb := nonZero(s.Words), nonZero(ix.words[j])
	if wa == 0 || wb == 0 {
		return Original, 0
	}
	a, b := len(ix.shA), len(ix.shB)
	inter := intersect(ix.shA, ix.shB)
	cont := float64(inter) / float64(min(a, b))
	jac := float64(inter) / float64(a+b-inter)

	// sentence analysis only when enough shingles are shared for either
	// relation: a near copy shares most, and a text whose altered sentences
	// keep a third of their shingles shares at least a fifth overall.
	verb, alt, tot := 0, 0, 1
	if cont >= 0.15 {
		short, long, longSh := s.Words, ix.words[j], ix.shB
		if wa > wb {
			short, long, longSh = ix.words[j], s.Words, ix.shA
		}
		verb, alt, tot = ix.sentenceMatch(short, long, longSh)
	}
	if jac >= ix.opt.NearJaccard && float64(verb) >= ix.opt.NearShare*float64(tot) &&
		float64(verb) >= ix.opt.NearPurity*float64(verb+alt) {
		return Near, cont
	}
	if float64(min(wa, wb)) < ix.opt.SpunLength*float64(max(wa, wb)) {
		return Original, 0
	}
	lw := -1.0
	words := func() float64 {
		if lw < 0 {
			lw = float64(lcs(s.Words, ix.words[j])) / float64(min(wa, wb))
		}
		return lw
	}
	if float64(verb+alt) >= ix.opt.SpunShare*float64(tot) && alt > 0 && words() >= ix.opt.SpunWords {
		return Spun, lw
	}
	anchB, atB := ix.anchorsOf(j)
	aa, ab := len(s.Anchors), len(anchB)
	if aa < 5 || ab < 5 {
		return Original, 0
	}
	// cheap bound first: the common anchors can be no more than the
	// shorter list
	la := float64(lcs(s.Anchors, anchB)) / float64(min(aa, ab))
	if la >= ix.opt.SpunAnchors && words() >= ix.opt.SpunWords {
		return Spun, lw
	}
	if ix.otherLanguage(s, j) {
		if lt, ok := ix.translated(s.Anchors, s.AnchorAt, anchB, atB); ok {
			return Translated, lt
		}
	}
	return Original, 0
}

// otherLanguage reports whether s and article j are in different scripts,
// or in different languages both known.
func (ix *Index) otherLanguage(s Sig, j int32) bool {
	if s.Script != 0 && ix.scr[j] != 0 && s.Script != ix.scr[j] {
		return true
	}
	lc, ok := ix.langs[s.Lang]
	return s.Lang != "" && ix.lang[j] != 0 && (!ok || lc != ix.lang[j])
}

// anchorsOf returns the anchor codes of article j and their places.
func (ix *Index) anchorsOf(j int32) (codes, at []uint16) {
	a := ix.anch[j]
	return a[:len(a)/2], a[len(a)/2:]
}

// minTranslatedAnchors is the fewest rare anchors a translation is judged
// on, minTranslatedFigures the fewest figures its figures are judged on;
// maxAligned caps the anchors aligned (the alignment is quadratic).
const (
	minTranslatedAnchors = 5
	minTranslatedFigures = 3
	maxAligned           = 1024
)

// translated compares the rare anchors (figures and names other than
// common and calendar ones) of two texts in other languages, aligned in
// order (longest common subsequence): see Options.TranslatedFigures. An
// outlet's own report of the same facts in another language shares many
// of them, but not nearly all its figures, and puts them in its own order
// of paragraphs. The similarity is the share of the shorter list aligned.
func (ix *Index) translated(a, atA, b, atB []uint16) (float64, bool) {
	ix.ra, ix.pa = rareAnchors(a, atA, ix.ra, ix.pa)
	ix.rb, ix.pb = rareAnchors(b, atB, ix.rb, ix.pb)
	na, nb := len(ix.ra), len(ix.rb)
	if na < minTranslatedAnchors || nb < minTranslatedAnchors {
		return 0, false
	}
	ix.pairs = align(ix.ra, ix.rb, ix.pairs, &ix.dp)
	inPlace, figs := 0, 0
	for _, p := range ix.pairs {
		if d := int(ix.pa[p[0]]) - int(ix.pb[p[1]]); d <= placeSlack && d >= -placeSlack {
			inPlace++
		}
		if isFigureAnchor(ix.ra[p[0]]) {
			figs++
		}
	}
	share := float64(len(ix.pairs)) / float64(min(na, nb))
	if float64(inPlace) < ix.opt.TranslatedPlace*float64(len(ix.pairs)) {
		return share, false
	}
	fa, fb := countFigures(ix.ra), countFigures(ix.rb)
	if fa < minTranslatedFigures || fb < minTranslatedFigures {
		return share, share >= ix.opt.SpunAnchors
	}
	return share, share >= ix.opt.TranslatedAnchors && float64(figs) >= ix.opt.TranslatedFigures*float64(max(fa, fb))
}

func countFigures(a []uint16) int {
	n := 0
	for _, c := range a {
		if isFigureAnchor(c) {
			n++
		}
	}
	return n
}

// placeSlack is how far (in AnchorAt units) two aligned anchors may stand
// apart and still be in place: a tenth of the text.
const placeSlack = 65535 / 10

// rareAnchors returns the anchors at or above firstRareAnchor and their places.
func rareAnchors(a, at, out, outAt []uint16) ([]uint16, []uint16) {
	out, outAt = out[:0], outAt[:0]
	for i, c := range a {
		if c >= firstRareAnchor && len(out) < maxAligned {
			out = append(out, c)
			outAt = append(outAt, at[i])
		}
	}
	return out, outAt
}

// align returns the index pairs of a longest common subsequence of a and b
// (dynamic programming with a traceback; dp is scratch).
func align(a, b []uint16, out [][2]int, dp *[]uint16) [][2]int {
	out = out[:0]
	w := len(b) + 1
	if n := (len(a) + 1) * w; cap(*dp) < n {
		*dp = make([]uint16, n)
	} else {
		*dp = (*dp)[:n]
		clear(*dp)
	}
	t := *dp
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			switch {
			case a[i-1] == b[j-1]:
				t[i*w+j] = t[(i-1)*w+j-1] + 1
			case t[(i-1)*w+j] >= t[i*w+j-1]:
				t[i*w+j] = t[(i-1)*w+j]
			default:
				t[i*w+j] = t[i*w+j-1]
			}
		}
	}
	for i, j := len(a), len(b); i > 0 && j > 0; {
		switch {
		case a[i-1] == b[j-1]:
			out = append(out, [2]int{i - 1, j - 1})
			i, j = i-1, j-1
		case t[(i-1)*w+j] >= t[i*w+j-1]:
			i--
		default:
			j--
		}
	}
	slices.Reverse(out)
	return out
}

// sentenceMatch sorts the sentences of short (0-separated words) against
// long: it returns the words in sentences found verbatim in long, the
// words in altered sentences (a third of their shingles in longSh), and
// all words of short.
func (ix *Index) sentenceMatch(short, long []uint16, longSh []uint64) (verb, alt, tot int) {
	ix.sent = ix.sent[:0]
	forSentences(long, func(w []uint16) { ix.sent = append(ix.sent, sentHash(w)) })
	slices.Sort(ix.sent)
	forSentences(short, func(w []uint16) {
		tot += len(w)
		if _, ok := slices.BinarySearch(ix.sent, sentHash(w)); ok {
			verb += len(w)
			return
		}
		ix.one = shingles(w, ix.one)
		n := 0
		for _, sh := range ix.one {
			if _, ok := slices.BinarySearch(longSh, sh); ok {
				n++
			}
		}
		if 3*n >= len(ix.one) && n > 0 {
			alt += len(w)
		}
	})
	return verb, alt, tot
}

func forSentences(words []uint16, f func([]uint16)) {
	start := 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == 0 {
			if i > start {
				f(words[start:i])
			}
			start = i + 1
		}
	}
}

func sentHash(w []uint16) uint64 {
	h := uint64(len(w))
	for _, x := range w {
		h = mix(h ^ uint64(x))
	}
	return h
}

func nonZero(s []uint16) int {
	n := 0
	for _, x := range s {
		if x != 0 {
			n++
		}
	}
	return n
}

// Stats reports the number of articles and of candidate comparisons made.
func (ix *Index) Stats() (articles, verified int) { return len(ix.ids), ix.verified }

// Group returns the copy group (earliest member's ID) of an article, or 0.
func (ix *Index) Group(id int64) int64 {
	i, ok := ix.pos[id]
	if !ok {
		return 0
	}
	return ix.ids[ix.group[i]]
}

// IsCopy reports whether the article is an exact, near or spun copy of an
// earlier one: claims read from it are not independent evidence.
func (ix *Index) IsCopy(id int64) bool {
	i, ok := ix.pos[id]
	return ok && ix.rel[i] != 0
}

// Members returns the IDs of a copy group, earliest first.
func (ix *Index) Members(group int64) []int64 {
	i, ok := ix.pos[group]
	if !ok {
		return nil
	}
	r := ix.group[i]
	out := []int64{ix.ids[r]}
	for _, m := range ix.members[r] {
		out = append(out, ix.ids[m])
	}
	return out
}

// Independent counts the independent sources among articles: the number
// of distinct copy groups they belong to. An unknown ID counts as its own
// group. Use it for the independent-source count of an indicator.
func (ix *Index) Independent(ids []int64) int {
	seen := map[int64]bool{}
	for _, id := range ids {
		g := ix.Group(id)
		if g == 0 {
			g = id
		}
		seen[g] = true
	}
	return len(seen)
}

// idf of a story key over the originals added so far.
func (ix *Index) idf(k uint32) float64 {
	return math.Log(1 + float64(ix.nOrig+1)/float64(ix.df[k]+1))
}
