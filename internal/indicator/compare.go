package indicator

import (
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/timeval"
	"github.com/dossier-osint/dossier/internal/topic"
)

// The functions here give the same answers as claim.IndependentSources and
// claim.Contradictions on a whole series, without comparing every pair of
// claims: both claim functions are quadratic, and an indicator may hold
// tens of thousands of claims. Every decision about two claims or two
// origins is still taken by package claim; this file only skips pairs that
// claim would certainly not relate, and the tests check the results equal
// claim's on generated series.

// origins decides, through claim.IndependentSources, whether two origin
// names stand for one source. Answers are memoised per pair of names.
type origins struct {
	memo map[[2]string]bool
}

func newOrigins() *origins { return &origins{memo: map[[2]string]bool{}} }

// same reports whether claims citing a and b are one source by their
// origins alone (two different articles in no copy group).
func (o *origins) same(a, b string) bool {
	if a > b {
		a, b = b, a
	}
	k := [2]string{a, b}
	v, ok := o.memo[k]
	if !ok {
		v = claim.IndependentSources([]claim.ClaimRef{{ArticleID: 1, Claim: doc.Claim{Origin: a}},
			{ArticleID: 2, Claim: doc.Claim{Origin: b}}}) == 1
		o.memo[k] = v
	}
	return v
}

// independentSources equals claim.IndependentSources(refs): claims are
// joined when they share an article, a copy group, or related origins.
func (o *origins) independentSources(refs []claim.ClaimRef) int {
	parent := make([]int, len(refs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) { parent[find(a)] = find(b) }
	byArticle := map[int64]int{}
	byGroup := map[int64]int{}
	byOrigin := map[string]int{}
	var names []string
	for i, r := range refs {
		if r.ArticleID != 0 {
			if j, ok := byArticle[r.ArticleID]; ok {
				union(i, j)
			} else {
				byArticle[r.ArticleID] = i
			}
		}
		if r.CopyGroup != 0 {
			if j, ok := byGroup[r.CopyGroup]; ok {
				union(i, j)
			} else {
				byGroup[r.CopyGroup] = i
			}
		}
		n := r.Claim.Origin
		if j, ok := byOrigin[n]; ok {
			if o.same(n, n) {
				union(i, j)
			}
		} else {
			byOrigin[n] = i
			names = append(names, n)
		}
	}
	for x := range names {
		for y := x + 1; y < len(names); y++ {
			if o.same(names[x], names[y]) {
				union(byOrigin[names[x]], byOrigin[names[y]])
			}
		}
	}
	n := 0
	for i := range parent {
		if find(i) == i {
			n++
		}
	}
	return n
}

// span is the time a claim refers to, as claim.Contradictions reads it:
// its period, or for a stock without one its publication date.
type span struct {
	from, to int64 // unix seconds, [from, to)
	ok       bool
}

func spanOf(r claim.ClaimRef, stock bool) span {
	v := r.Claim.Period
	if v == "" && stock {
		v = r.Published
	}
	if v == "" {
		return span{}
	}
	s, e, ok := timeval.Interval(v)
	return span{s.Unix(), e.Unix(), ok}
}

// foldKey maps a string to one representative of its strings.EqualFold
// class: each rune becomes the smallest rune of its case-folding orbit.
func foldKey(s string) string {
	return strings.Map(func(r rune) rune {
		m := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < m {
				m = f
			}
		}
		return m
	}, s)
}

// contradictions returns claim.Contradictions(refs) in the same order,
// stopping after max pairs kept by keep (max 0: no limit). capped is true
// when it stopped early. Only pairs on one indicator, unit and per, from
// different articles and copy groups, over overlapping times are handed to
// claim.Contradictions; any other pair it would pass over.
func contradictions(refs []claim.ClaimRef, max int, keep func(claim.Contradiction) bool) (out []claim.Contradiction, capped bool) {
	type member struct {
		i int
		s span
	}
	buckets := map[string][]member{}
	keys := make([]string, len(refs))
	spans := make([]span, len(refs))
	for i, r := range refs {
		if r.Claim.Indicator == "" {
			continue
		}
		stock := topic.MeasureOf(r.Claim.Indicator) == topic.Stock
		spans[i] = spanOf(r, stock)
		if !spans[i].ok {
			continue
		}
		keys[i] = r.Claim.Indicator + "\x00" + foldKey(r.Claim.Unit) + "\x00" + r.Claim.Per
		buckets[keys[i]] = append(buckets[keys[i]], member{i, spans[i]})
	}
	for i, a := range refs {
		if keys[i] == "" {
			continue
		}
		sa := spans[i]
		for _, m := range buckets[keys[i]] {
			if m.i <= i || m.s.to <= sa.from || m.s.from >= sa.to {
				continue
			}
			b := refs[m.i]
			if a.ArticleID == b.ArticleID || a.CopyGroup != 0 && a.CopyGroup == b.CopyGroup {
				continue
			}
			for _, c := range claim.Contradictions([]claim.ClaimRef{a, b}) {
				if !keep(c) {
					continue
				}
				if max > 0 && len(out) >= max {
					return out, true
				}
				out = append(out, c)
			}
		}
	}
	return out, false
}
