package copies

import (
	"runtime"
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
// that is no figure, such as the day of a date); Names are the names with
// their entity keys, so that "Шойгу" and "Shoigu", "Росстат" and "Federal
// State Statistics Service" compare as one (capitalised words outside them
// are compared by their fold, FoldName).
type Doc struct {
	ID        int64
	Source    string // outlet or credit, for counting outlets in a story
	Published string // "YYYY-MM-DD" or ""
	Lang      string
	Text      string
	Names     []Name
	Figures   []Figure
}

// Name is a name found by annotation: its byte span in Doc.Text and its
// entity key (internal/entity: the same across scripts and spellings).
type Name struct {
	Start, End int
	Key        string
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
// What it keeps per article (see README.md, Scale) lives outside the Go
// heap (mem.go) and is freed when the Index is unreachable or closed. An Index is not safe for concurrent
// use.
type Index struct {
	opt   Options
	names *nameSet
	mem   *mem

	arts  column[art]
	recs  records
	pos   idTable // article ID -> index
	exact idTable // Sig.Exact -> first article with it
	heads bucketTable
	srcs  map[string]int32
	langs map[string]uint8

	members map[int32][]int32 // group root -> later members

	// stories
	stories map[int32][]int32 // story root -> members, for stories of two or more
	keyIdx  map[uint32]int32  // story key -> index into keys
	keys    []keyInfo
	nOrig   int

	verified int // classify calls, for Stats

	// scratch
	shA, shB []uint64
	setA     u64set // s's shingles, for counting a candidate's
	setB     u64set
	sent     []uint64
	one      []uint64
	grams    []uint64
	sk       []uint32
	bk       []uint64
	occ      []int32
	votes    []vote
	tried    []int32
	ra, rb   []uint16
	pa, pb   []uint16
	pairs    [][2]int
	dp       []uint16
	lcsBuf   lcsScratch
	kidx     []int32
	kwt      []float64
	probe    []probe
	hits     []int32
	scoredC  []scored
}

// vote counts the buckets and keys a candidate shares with a new article.
type vote struct {
	doc int32
	n   int
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
		mem:     &mem{},
		langs:   map[string]uint8{"": 0},
		srcs:    map[string]int32{},
		members: map[int32][]int32{},
		stories: map[int32][]int32{},
		keyIdx:  map[uint32]int32{},
		sk:      make([]uint32, max(shBands*shRows, anBands*anRows)),
	}
	runtime.AddCleanup(ix, (*mem).release, ix.mem)
	return ix
}

// Close frees the memory the index holds outside the Go heap; the index
// must not be used afterwards. An index that is dropped without Close is
// freed when the garbage collector finds it unreachable.
func (ix *Index) Close() {
	ix.mem.release()
	*ix = Index{opt: ix.opt, mem: ix.mem}
}

// MemoryBytes is the memory the index has mapped outside the Go heap.
func (ix *Index) MemoryBytes() int64 {
	ix.mem.mu.Lock()
	defer ix.mem.mu.Unlock()
	return ix.mem.bytes
}

// Len is the number of articles added.
func (ix *Index) Len() int { return ix.arts.n }

// Signature computes the Sig of d with this index's common names. It is
// pure and, unlike the other methods, safe to call concurrently with them.
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
	i, ok := ix.pos.get(uint64(id))
	if !ok {
		return Match{}, false
	}
	a := ix.art(i)
	m := Match{ID: id, Group: ix.art(a.group).id, Relation: relNames[a.rel],
		Similarity: float64(a.sim), Story: ix.art(ix.find(i)).id}
	if a.rel != 0 {
		m.Of = ix.art(a.of).id
	}
	return m, true
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
	if len(s.AnchorAt) != len(s.Anchors) {
		s.AnchorAt = make([]uint16, len(s.Anchors)) // a hand-made Sig: no places
	}
	i := int32(ix.arts.n)
	ix.pos.put(ix.mem, uint64(id), i)
	sid, ok := ix.srcs[source]
	if !ok {
		sid = int32(len(ix.srcs))
		ix.srcs[source] = sid
	}
	lc, ok := ix.langs[s.Lang]
	if !ok && len(ix.langs) < 256 {
		lc = uint8(len(ix.langs))
		ix.langs[s.Lang] = lc
	}
	ix.arts.push(ix.mem, art{id: id, exact: s.Exact, src: sid, day: s.Day, group: i, of: i, parent: i,
		lang: lc, script: s.Script, rec: ix.putRecord(s.Words, s.Anchors, s.AnchorAt, s.Keys)})

	// candidates: one occurrence per bucket shared, two per story mate
	ix.shA = shingles(s.Words, ix.shA)
	ix.setA.reset(len(ix.shA))
	for _, sh := range ix.shA {
		ix.setA.add(sh)
	}
	exactOf := int32(-1)
	if j, ok := ix.exact.get(s.Exact); ok {
		exactOf = j
	} else {
		ix.exact.put(ix.mem, s.Exact, i)
	}
	var bands [nBands]uint64
	nb := 0
	if oph(ix.shA, ix.sk[:shBands*shRows]) {
		ix.bk = bandKeys(ix.sk[:shBands*shRows], shRows, 1, ix.bk)
		nb += copy(bands[:], ix.bk)
	}
	ix.grams = anchorGrams(s.Anchors, ix.grams)
	na := 0
	if oph(ix.grams, ix.sk[:anBands*anRows]) {
		ix.bk = bandKeys(ix.sk[:anBands*anRows], anRows, 2, ix.bk)
		na = copy(bands[shBands:], ix.bk)
	}
	used := func(b int) bool { return b < nb || b >= shBands && b-shBands < na }
	ix.occ = ix.occ[:0]
	for b := range nBands {
		if used(b) {
			ix.occ = ix.heads.appendBucket(bands[b], ix.occ)
		}
	}
	storyCands := ix.storyCandidates(s)
	for _, c := range storyCands {
		if c.score >= 0.5 { // shares most rare names and figures
			ix.occ = append(ix.occ, c.doc, c.doc)
		}
	}
	cands := ix.bestVoted(exactOf)

	// classify against each candidate's group root, then the candidate
	top := struct {
		rel  string
		sim  float64
		root int32
		of   int32
	}{rel: Original, root: i, of: i}
	better := func(rel string, sim float64, root, of int32) {
		if relRank[rel] > relRank[top.rel] ||
			relRank[rel] == relRank[top.rel] && rel != Original && (sim > top.sim || sim == top.sim && root < top.root) {
			top.rel, top.sim, top.root, top.of = rel, sim, root, of
		}
	}
	ix.tried = ix.tried[:0]
	for _, c := range cands {
		r := ix.art(c).group
		if !slices.Contains(ix.tried, r) {
			ix.tried = append(ix.tried, r)
			rel, sim := ix.classify(s, r)
			if rel != Original {
				better(rel, sim, r, r)
				continue
			}
		}
		if c != r && !slices.Contains(ix.tried, c) {
			ix.tried = append(ix.tried, c)
			if rel, sim := ix.classify(s, c); rel != Original {
				// related to a later member only: report against it,
				// unless the root already gave a relation.
				better(rel, sim, r, c)
			}
		}
	}
	a := ix.art(i)
	a.group, a.rel, a.of, a.sim = top.root, relCode(top.rel), top.of, float32(top.sim)
	if top.root != i {
		ix.members[top.root] = append(ix.members[top.root], i)
	}

	// index the bands (copies too: a later article may match only them)
	for b := range nBands {
		if used(b) {
			ix.heads.add(ix.mem, bands[b], i, ix.opt.MaxBucket)
		}
	}

	ix.addStory(i, s, storyCands)
	m, _ := ix.Match(id)
	return m
}

// bestVoted counts the occurrences of each candidate in ix.occ (plus 1000
// for an earlier article with the same exact hash) and returns the ones
// to verify, most votes first: a copy shares many of the 48 buckets (its
// sketches agree in most bins); one shared bucket is chance, and when a
// strong candidate is present, candidates with a fraction of its votes
// are noise. At most MaxVerify are returned.
func (ix *Index) bestVoted(exactOf int32) []int32 {
	slices.Sort(ix.occ)
	ix.votes = ix.votes[:0]
	for k := 0; k < len(ix.occ); {
		n := 1
		for k+n < len(ix.occ) && ix.occ[k+n] == ix.occ[k] {
			n++
		}
		ix.votes = append(ix.votes, vote{ix.occ[k], n})
		k += n
	}
	if exactOf >= 0 {
		k, found := slices.BinarySearchFunc(ix.votes, exactOf, func(v vote, d int32) int { return int(v.doc - d) })
		if found {
			ix.votes[k].n += 1000
		} else {
			ix.votes = slices.Insert(ix.votes, k, vote{exactOf, 1000})
		}
	}
	best := 0
	for _, v := range ix.votes {
		best = max(best, v.n)
	}
	floor := max(2, min(best, 48)/4)
	kept := ix.votes[:0]
	for _, v := range ix.votes {
		if v.n >= floor {
			kept = append(kept, v)
		}
	}
	slices.SortFunc(kept, func(a, b vote) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return int(a.doc - b.doc)
	})
	if len(kept) > ix.opt.MaxVerify {
		kept = kept[:ix.opt.MaxVerify]
	}
	ix.occ = ix.occ[:0]
	for _, v := range kept {
		ix.occ = append(ix.occ, v.doc)
	}
	return ix.occ
}

// Stats reports the number of articles and of candidate comparisons made.
func (ix *Index) Stats() (articles, verified int) { return ix.arts.n, ix.verified }

// Group returns the copy group (earliest member's ID) of an article, or 0.
func (ix *Index) Group(id int64) int64 {
	i, ok := ix.pos.get(uint64(id))
	if !ok {
		return 0
	}
	return ix.art(ix.art(i).group).id
}

// IsCopy reports whether the article is an exact, near, spun or translated
// copy of an earlier one: claims read from it are not independent evidence.
func (ix *Index) IsCopy(id int64) bool {
	i, ok := ix.pos.get(uint64(id))
	return ok && ix.art(i).rel != 0
}

// Members returns the IDs of a copy group, earliest first.
func (ix *Index) Members(group int64) []int64 {
	i, ok := ix.pos.get(uint64(group))
	if !ok {
		return nil
	}
	r := ix.art(i).group
	out := []int64{ix.art(r).id}
	for _, m := range ix.members[r] {
		out = append(out, ix.art(m).id)
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
