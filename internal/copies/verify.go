package copies

import "slices"

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
	if ix.art(j).exact == s.Exact {
		return Exact, 1
	}
	wordsB, anchB, atB, _ := ix.record(j)
	wa, wb := nonZero(s.Words), nonZero(wordsB)
	if wa == 0 || wb == 0 {
		return Original, 0
	}
	// the shingles of j, counted against the set of s's (setA) without
	// sorting them: most candidates share almost none
	ix.shB = appendShingles(wordsB, ix.shB[:0])
	ix.setB.reset(len(ix.shB))
	b, inter := 0, 0
	for _, sh := range ix.shB {
		if ix.setB.add(sh) {
			b++
			if ix.setA.has(sh) {
				inter++
			}
		}
	}
	a := len(ix.shA)
	cont := float64(inter) / float64(min(a, b))
	jac := float64(inter) / float64(a+b-inter)

	// sentence analysis only when enough shingles are shared for either
	// relation: a near copy shares most, and a text whose altered sentences
	// keep a third of their shingles shares at least a fifth overall.
	verb, alt, tot := 0, 0, 1
	if cont >= 0.15 {
		slices.Sort(ix.shB)
		ix.shB = slices.Compact(ix.shB)
		short, long, longSh := s.Words, wordsB, ix.shB
		if wa > wb {
			short, long, longSh = wordsB, s.Words, ix.shA
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
			lw = float64(ix.lcs(s.Words, wordsB)) / float64(min(wa, wb))
		}
		return lw
	}
	if float64(verb+alt) >= ix.opt.SpunShare*float64(tot) && alt > 0 && words() >= ix.opt.SpunWords {
		return Spun, lw
	}
	aa, ab := len(s.Anchors), len(anchB)
	if aa < 5 || ab < 5 {
		return Original, 0
	}
	// cheap bound first: the common anchors can be no more than the
	// shorter list
	la := float64(ix.lcs(s.Anchors, anchB)) / float64(min(aa, ab))
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
	a := ix.art(j)
	if s.Script != 0 && a.script != 0 && s.Script != a.script {
		return true
	}
	lc, ok := ix.langs[s.Lang]
	return s.Lang != "" && a.lang != 0 && (!ok || lc != a.lang)
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
