package copies

import (
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

// maxProbe is the number of rarest keys whose posting lists are walked.
const maxProbe = 12

// maxScored is the number of candidates scored per article.
const maxScored = 32

// storyCandidates returns earlier originals that share rare story keys with
// s inside the window, best first, with their story score.
func (ix *Index) storyCandidates(i int32, s Sig) []scored {
	probe := make([]uint32, 0, len(s.Keys))
	for _, k := range s.Keys {
		if kk := keyKind(k); (kk == keyName || kk == keyFigure) && ix.df[k] > 0 {
			probe = append(probe, k)
		}
	}
	slices.SortFunc(probe, func(a, b uint32) int { return int(ix.df[a]) - int(ix.df[b]) })
	if len(probe) > maxProbe {
		probe = probe[:maxProbe]
	}
	hits := map[int32]int{}
	window := int32(ix.opt.StoryWindow / (24 * time.Hour))
	for _, k := range probe {
		p := ix.post[k]
		for n := len(p) - 1; n >= 0 && n >= len(p)-ix.opt.MaxBucket; n-- {
			c := p[n]
			if ix.opt.StoryWindow > 0 {
				// An undated article cannot be placed in time: it joins a
				// story only through its copy group, never by shared names
				// and figures, which recur across years of reporting.
				if s.Day == NoDay || ix.day[c] == NoDay {
					continue
				}
				if d := s.Day - ix.day[c]; d > window || -d > window {
					continue
				}
			}
			hits[c]++
		}
	}
	// score the candidates met on most rare keys
	top := make([]int32, 0, len(hits))
	for c := range hits {
		top = append(top, c)
	}
	slices.SortFunc(top, func(a, b int32) int {
		if hits[a] != hits[b] {
			return hits[b] - hits[a]
		}
		return int(b - a) // recent first
	})
	if len(top) > maxScored {
		top = top[:maxScored]
	}
	var out []scored
	aw, ta := ix.keyWeights(s.Keys)
	for _, c := range top {
		if sc, strong := ix.storyScore(s.Keys, aw, ta, c); strong >= 1 && sc > 0 {
			out = append(out, scored{c, sc, strong})
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
	return out
}

// storyScore is the weighted share of the lighter key set found in the
// other, and the number of shared names and figures. aw are the weights of
// a's keys and ta their sum; b's total is the one stored when it was added.
func (ix *Index) storyScore(a []uint32, aw []float64, ta float64, bi int32) (float64, int) {
	b := ix.keys[bi]
	tb := float64(ix.kw[bi])
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

// keyWeights returns the weights of keys under the current frequencies.
func (ix *Index) keyWeights(keys []uint32) ([]float64, float64) {
	w := make([]float64, len(keys))
	t := 0.0
	for i, k := range keys {
		w[i] = keyWeight(k) * ix.idf(k)
		t += w[i]
	}
	return w, t
}

func (ix *Index) addStory(i int32, s Sig, cands []scored) {
	_, t := ix.keyWeights(s.Keys)
	ix.kw = append(ix.kw, float32(t))
	if r := ix.group[i]; r != i {
		ix.union(i, r)
		return
	}
	for _, c := range cands {
		if c.score >= ix.opt.StoryScore && c.strong >= 2 {
			ix.union(i, c.doc)
		}
	}
	ix.nOrig++
	for _, k := range s.Keys {
		ix.df[k]++
		if kk := keyKind(k); kk == keyName || kk == keyFigure {
			ix.post[k] = append(ix.post[k], i)
		}
	}
}

func (ix *Index) find(i int32) int32 {
	for ix.parent[i] != i {
		ix.parent[i] = ix.parent[ix.parent[i]]
		i = ix.parent[i]
	}
	return i
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
	ix.parent[rb] = ra
	ix.stories[ra] = append(ix.storyMembers(ra), ix.storyMembers(rb)...)
	delete(ix.stories, rb)
}

// Story returns the story an article belongs to.
func (ix *Index) Story(id int64) (StoryInfo, bool) {
	i, ok := ix.pos[id]
	if !ok {
		return StoryInfo{}, false
	}
	r := ix.find(i)
	info := StoryInfo{Story: ix.ids[r]}
	outlets := map[int32]bool{}
	groups := map[int32]bool{}
	ms := slices.Clone(ix.storyMembers(r))
	slices.Sort(ms)
	for _, m := range ms {
		info.Articles = append(info.Articles, ix.ids[m])
		outlets[ix.src[m]] = true
		groups[ix.group[m]] = true
	}
	info.Outlets = len(outlets)
	info.Independent = len(groups)
	return info, true
}
