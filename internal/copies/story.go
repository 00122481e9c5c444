package copies

import (
	"math"
	"slices"
	"time"
)

// Stories. An original article joins the story of every earlier original
// that shares enough of its story keys (names and figures, weighted by
// rarity: inverse document frequency over the originals so far, with
// figures weighing more and common names, years, months and weekdays
// less) and was published within StoryWindow of it. A copy joins its
// group's story. Stories merge when an article links two of them, so a
// story's ID (its earliest added article) can change as articles arrive;
// Match and Story always report the current one.

// StoryInfo summarizes a story: "this event, reported by Outlets outlets,
// Independent independent".
type StoryInfo struct {
	Story    int64   // ID of the story's earliest added article
	Articles []int64 // members in the order added
	// Outlets counts distinct Doc.Source values; Independent counts
	// distinct copy groups (an outlet that reprints a wire story is not
	// independent of it).
	Outlets     int
	Independent int
}

type scored struct {
	doc    int32
	score  float64
	strong int // shared names and figures
}

func keyKind(k uint32) uint32 { return k & 3 }

func keyWeight(k uint32) float64 {
	switch keyKind(k) {
	case keyFigure:
		return 1.5
	case keyCommon:
		return 0.15
	case keyCalendar:
		return 0.2
	}
	return 1
}

// keyInfo is what the index knows of a story key: the number of
// originals holding it, and, for names and figures, the latest of them
// (at most 2*MaxBucket: only the latest MaxBucket are ever walked).
type keyInfo struct {
	df   int32
	post []posting
}

// posting is an original holding a key, with its day (so that the window
// is checked without reading the article).
type posting struct {
	doc, day int32
}

type probe struct {
	df int32
	ki int32
}

// maxProbe is the number of rarest keys whose posting lists are walked.
const maxProbe = 12

// maxScored is the number of candidates scored per article.
const maxScored = 32

// keyStats looks up the keys of s once: ix.kidx gets their index into
// ix.keys (-1 when new), ix.kwt their weights under the current
// frequencies; it returns the weights' sum.
func (ix *Index) keyStats(keys []uint32) float64 {
	ix.kidx, ix.kwt = ix.kidx[:0], ix.kwt[:0]
	t := 0.0
	for _, k := range keys {
		ki, ok := ix.keyIdx[k]
		df := int32(0)
		if ok {
			df = ix.keys[ki].df
		} else {
			ki = -1
		}
		w := keyWeight(k) * math.Log(1+float64(ix.nOrig+1)/float64(df+1))
		ix.kidx = append(ix.kidx, ki)
		ix.kwt = append(ix.kwt, w)
		t += w
	}
	return t
}

// storyCandidates returns earlier originals that share rare story keys with
// s inside the window, best first, with their story score. It leaves the
// key lookups in ix.kidx and ix.kwt for addStory.
func (ix *Index) storyCandidates(s Sig) []scored {
	ta := ix.keyStats(s.Keys)
	ix.probe = ix.probe[:0]
	for n, k := range s.Keys {
		if kk := keyKind(k); (kk == keyName || kk == keyFigure) && ix.kidx[n] >= 0 {
			ix.probe = append(ix.probe, probe{ix.keys[ix.kidx[n]].df, ix.kidx[n]})
		}
	}
	slices.SortStableFunc(ix.probe, func(a, b probe) int { return int(a.df - b.df) })
	if len(ix.probe) > maxProbe {
		ix.probe = ix.probe[:maxProbe]
	}
	window := int32(ix.opt.StoryWindow / (24 * time.Hour))
	ix.hits = ix.hits[:0]
	for _, pr := range ix.probe {
		p := ix.keys[pr.ki].post
		for n := len(p) - 1; n >= 0 && n >= len(p)-ix.opt.MaxBucket; n-- {
			c, day := p[n].doc, p[n].day
			if ix.opt.StoryWindow > 0 {
				// An undated article cannot be placed in time: it joins a
				// story only through its copy group, never by shared names
				// and figures, which recur across years of reporting.
				if s.Day == NoDay || day == NoDay {
					continue
				}
				if d := s.Day - day; d > window || -d > window {
					continue
				}
			}
			ix.hits = append(ix.hits, c)
		}
	}
	// score the candidates met on most rare keys
	slices.Sort(ix.hits)
	ix.votes = ix.votes[:0]
	for k := 0; k < len(ix.hits); {
		n := 1
		for k+n < len(ix.hits) && ix.hits[k+n] == ix.hits[k] {
			n++
		}
		ix.votes = append(ix.votes, vote{ix.hits[k], n})
		k += n
	}
	slices.SortFunc(ix.votes, func(a, b vote) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return int(b.doc - a.doc) // recent first
	})
	if len(ix.votes) > maxScored {
		ix.votes = ix.votes[:maxScored]
	}
	out := ix.scoredC[:0]
	for _, v := range ix.votes {
		if sc, strong := ix.storyScore(s.Keys, ix.kwt, ta, v.doc); strong >= 1 && sc > 0 {
			out = append(out, scored{v.doc, sc, strong})
		}
	}
	slices.SortFunc(out, func(a, b scored) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return int(a.doc - b.doc)
	})
	ix.scoredC = out
	return out
}

// storyScore is the weighted share of the lighter key set found in the
// other, and the number of shared names and figures. aw are the weights of
// a's keys and ta their sum; b's total is the one stored when it was added.
func (ix *Index) storyScore(a []uint32, aw []float64, ta float64, bi int32) (float64, int) {
	b := ix.keysOf(bi)
	tb := float64(ix.art(bi).kw)
	var shared float64
	strong := 0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case b[j] < a[i]:
			j++
		default:
			shared += aw[i]
			if kk := keyKind(a[i]); kk == keyName || kk == keyFigure {
				strong++
			}
			i++
			j++
		}
	}
	if ta == 0 || tb == 0 {
		return 0, 0
	}
	return shared / min(ta, tb), strong
}

// addStory joins article i to its copy group's story, or, for an
// original, to the stories of the candidates it matches, and counts its
// keys (ix.kidx and ix.kwt hold their lookups, from storyCandidates).
func (ix *Index) addStory(i int32, s Sig, cands []scored) {
	t := 0.0
	for _, w := range ix.kwt {
		t += w
	}
	a := ix.art(i)
	a.kw = float32(t)
	if r := a.group; r != i {
		ix.union(i, r)
		return
	}
	for _, c := range cands {
		if c.score >= ix.opt.StoryScore && c.strong >= 2 {
			ix.union(i, c.doc)
		}
	}
	ix.nOrig++
	for n, k := range s.Keys {
		ki := ix.kidx[n]
		if ki < 0 {
			ki = int32(len(ix.keys))
			ix.keyIdx[k] = ki
			ix.keys = append(ix.keys, keyInfo{})
		}
		e := &ix.keys[ki]
		e.df++
		if kk := keyKind(k); kk == keyName || kk == keyFigure {
			if len(e.post) >= 2*ix.opt.MaxBucket {
				e.post = append(e.post[:0], e.post[len(e.post)-ix.opt.MaxBucket:]...)
			}
			e.post = append(e.post, posting{i, s.Day})
		}
	}
}

func (ix *Index) find(i int32) int32 {
	for {
		a := ix.art(i)
		if a.parent == i {
			return i
		}
		p := ix.art(a.parent)
		a.parent = p.parent
		i = a.parent
	}
}

func (ix *Index) storyMembers(r int32) []int32 {
	if m, ok := ix.stories[r]; ok {
		return m
	}
	return []int32{r}
}

// union merges two stories; the earlier root stays the root.
func (ix *Index) union(a, b int32) {
	ra, rb := ix.find(a), ix.find(b)
	if ra == rb {
		return
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	ix.art(rb).parent = ra
	ix.stories[ra] = append(ix.storyMembers(ra), ix.storyMembers(rb)...)
	delete(ix.stories, rb)
}

// Story returns the story an article belongs to.
func (ix *Index) Story(id int64) (StoryInfo, bool) {
	i, ok := ix.pos.get(uint64(id))
	if !ok {
		return StoryInfo{}, false
	}
	r := ix.find(i)
	info := StoryInfo{Story: ix.art(r).id}
	outlets := map[int32]bool{}
	groups := map[int32]bool{}
	ms := slices.Clone(ix.storyMembers(r))
	slices.Sort(ms)
	for _, m := range ms {
		a := ix.art(m)
		info.Articles = append(info.Articles, a.id)
		outlets[a.src] = true
		groups[a.group] = true
	}
	info.Outlets = len(outlets)
	info.Independent = len(groups)
	return info, true
}
