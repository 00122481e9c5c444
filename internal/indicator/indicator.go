// Package indicator assembles an indicator's record from stored claims:
// the series over time with copies folded into their original, how many
// independent sources stand behind each period, and the contradictions
// between claims. The comparison rules themselves (tolerances, overlap,
// independence) live in package claim; this package applies them to what
// the store holds, so the CLI, the web pages and the API agree.
package indicator

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/timeval"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Point is one claim of the series. Claims from copies of its article
// (same copy group, same value and period) are folded into it.
type Point struct {
	store.StoredClaim
	// From and To are the first and last day of the period ("" when the
	// period is unknown). FromPublished is set when a stock figure without
	// a period stands at its article's publication date.
	From          string  `json:"from,omitempty"`
	To            string  `json:"to,omitempty"`
	FromPublished bool    `json:"from_published,omitempty"`
	Source        string  `json:"source"` // who says it: said_by, else origin, else the outlet
	Copies        []int64 `json:"copies,omitempty"`
	// Independent counts the independent sources giving a figure for the
	// same period (copies and shared origins count once).
	Independent int     `json:"independent"`
	Contradicts []int64 `json:"contradicts,omitempty"`
}

// Contradiction is a pair of claims that cannot both be true. It is open
// while either claim is unreviewed.
type Contradiction struct {
	A           int64  `json:"a"`
	B           int64  `json:"b"`
	Period      string `json:"period"`
	Explanation string `json:"explanation"`
	Open        bool   `json:"open"`
}

// Series is an indicator's record.
type Series struct {
	Topic          string          `json:"topic,omitempty"`
	Indicator      string          `json:"indicator"`
	Claims         int             `json:"claims"`      // claims read, rejected ones left out
	Independent    int             `json:"independent"` // independent sources over the whole series
	Undated        int             `json:"undated"`     // points without a usable period
	Points         []Point         `json:"points"`      // dated first by period start, then undated
	Contradictions []Contradiction `json:"contradictions"`
	// ContradictionsCapped is set when Options.MaxContradictions stopped
	// the search: there are more contradictions than listed, and the
	// points' Contradicts lists are incomplete.
	ContradictionsCapped bool `json:"contradictions_capped,omitempty"`
}

// Options tune how a series is read and assembled.
type Options struct {
	// MaxContradictions caps the contradictions listed; 0 lists all. A
	// series of many claims with scattered figures holds a number of
	// contradicting pairs that grows with the square of its size.
	MaxContradictions int
	// Lean reads only the columns a series needs
	// (store.Store.ListSeriesClaims): the points then carry no claim text, sentence,
	// article title or review notes.
	Lean bool
}

// SourceOf names who a claim comes from.
func SourceOf(c *store.StoredClaim) string {
	for _, s := range []string{c.SaidBy, c.Origin, c.ArticleCredit} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return "unknown"
}

// Build reads every claim of the indicator from the store and assembles
// its series.
func Build(ctx context.Context, st store.Store, topicID, indicatorID string) (*Series, error) {
	return BuildWith(ctx, st, topicID, indicatorID, Options{})
}

// BuildWith is Build with options.
func BuildWith(ctx context.Context, st store.Store, topicID, indicatorID string, o Options) (*Series, error) {
	f := store.ClaimFilter{Topic: topicID, Indicator: indicatorID}
	var cs []store.StoredClaim
	var err error
	if o.Lean {
		cs, err = st.ListSeriesClaims(ctx, f)
	} else {
		cs, _, err = st.ListClaims(ctx, f)
	}
	if err != nil {
		return nil, fmt.Errorf("indicator %s: %w", indicatorID, err)
	}
	return AssembleWith(topicID, indicatorID, cs, o), nil
}

// Assemble builds the series from claims already read. It sorts cs.
func Assemble(topicID, indicatorID string, cs []store.StoredClaim) *Series {
	return AssembleWith(topicID, indicatorID, cs, Options{})
}

// AssembleWith is Assemble with options (Lean is ignored).
func AssembleWith(topicID, indicatorID string, cs []store.StoredClaim, o Options) *Series {
	s := &Series{Topic: topicID, Indicator: indicatorID, Points: make([]Point, 0, len(cs)), Contradictions: []Contradiction{}}
	// Oldest article first, so the earliest member of a copy group is kept.
	sortStable(cs, func(x, y *store.StoredClaim) bool {
		a, b := x.ArticlePublished, y.ArticlePublished
		if (a == "") != (b == "") {
			return b == ""
		}
		if a != b {
			return a < b
		}
		return x.ID < y.ID
	})
	refs := make([]claim.ClaimRef, 0, len(cs))
	fold := map[string]int{}
	for i := range cs {
		c := cs[i]
		if c.Review == store.ReviewRejected {
			continue
		}
		s.Claims++
		refs = append(refs, claim.ClaimRef{ID: c.ID, ArticleID: c.ArticleID, CopyGroup: c.CopyGroup, Claim: c.Claim, Published: c.ArticlePublished})
		if c.CopyGroup != 0 {
			key := fmt.Sprintf("%d|%s|%s|%s", c.CopyGroup, c.Value, c.Unit, c.Period)
			if j, ok := fold[key]; ok {
				s.Points[j].Copies = append(s.Points[j].Copies, c.ID)
				continue
			}
			fold[key] = len(s.Points)
		}
		p := Point{StoredClaim: c, Source: SourceOf(&c)}
		period := c.Period
		if period == "" && c.ArticlePublished != "" && claimIsStock(c.Indicator) {
			period, p.FromPublished = c.ArticlePublished, true
		}
		if f, t, ok := timeval.Bounds(period); ok {
			p.From, p.To = f, t
		} else {
			s.Undated++
		}
		s.Points = append(s.Points, p)
	}
	org := newOrigins()
	s.Independent = org.independentSources(refs)
	byPeriod := map[string][]claim.ClaimRef{}
	for _, r := range refs {
		byPeriod[r.Claim.Period] = append(byPeriod[r.Claim.Period], r)
	}
	perPeriod := map[string]int{}
	for i := range s.Points {
		if p := s.Points[i].Period; p != "" {
			n, ok := perPeriod[p]
			if !ok {
				n = org.independentSources(byPeriod[p])
				perPeriod[p] = n
			}
			s.Points[i].Independent = n
		} else {
			s.Points[i].Independent = 1
		}
	}
	idx := map[int64]int{}
	for i, p := range s.Points {
		idx[p.ID] = i
		for _, c := range p.Copies {
			idx[c] = i
		}
	}
	review := map[int64]string{}
	for _, c := range cs {
		review[c.ID] = c.Review
	}
	// One contradiction per pair of sources: a copy folded into its point
	// repeats the point's pairs, and two claims of one article (its
	// headline and its body) or of one copy group against the same other
	// source are one disagreement, listed once.
	seenPair := map[[2]string]bool{}
	keep := func(c claim.Contradiction) bool {
		a, b := idx[c.A], idx[c.B]
		if a == b {
			return false
		}
		ga, gb := sourceGroup(&s.Points[a].StoredClaim), sourceGroup(&s.Points[b].StoredClaim)
		if ga > gb {
			ga, gb = gb, ga
		}
		if ga == gb || seenPair[[2]string{ga, gb}] {
			return false
		}
		seenPair[[2]string{ga, gb}] = true
		return true
	}
	found, capped := contradictions(datedFirst(refs), o.MaxContradictions, keep)
	s.ContradictionsCapped = capped
	for _, c := range found {
		a, b := idx[c.A], idx[c.B]
		s.Points[a].Contradicts = append(s.Points[a].Contradicts, s.Points[b].ID)
		s.Points[b].Contradicts = append(s.Points[b].Contradicts, s.Points[a].ID)
		s.Contradictions = append(s.Contradictions, Contradiction{
			A: s.Points[a].ID, B: s.Points[b].ID, Period: s.Points[a].Period, Explanation: c.Explanation,
			Open: review[c.A] == store.ReviewMachine || review[c.B] == store.ReviewMachine,
		})
	}
	sortStable(s.Points, func(a, b *Point) bool {
		if (a.From == "") != (b.From == "") {
			return b.From == ""
		}
		if a.From != b.From {
			return a.From < b.From
		}
		return a.ID < b.ID
	})
	return s
}

// sourceGroup names the copy group of a claim's article, or the article
// when it is in none: the unit contradictions are listed once per pair of.
func sourceGroup(c *store.StoredClaim) string {
	if c.CopyGroup != 0 {
		return "g" + strconv.FormatInt(c.CopyGroup, 10)
	}
	return "a" + strconv.FormatInt(c.ArticleID, 10)
}

// datedFirst returns refs with the claims that state a period before those
// dated by their article (a stable copy), so that of two claims of one
// source the one with its own period stands for it in a contradiction.
func datedFirst(refs []claim.ClaimRef) []claim.ClaimRef {
	out := make([]claim.ClaimRef, 0, len(refs))
	for _, r := range refs {
		if r.Claim.Period != "" {
			out = append(out, r)
		}
	}
	for _, r := range refs {
		if r.Claim.Period == "" {
			out = append(out, r)
		}
	}
	return out
}

// sortStable sorts xs stably by less, moving each element once: series
// elements are large structs.
func sortStable[T any](xs []T, less func(a, b *T) bool) {
	idx := make([]int, len(xs))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return less(&xs[idx[i]], &xs[idx[j]]) })
	out := make([]T, len(xs))
	for i, k := range idx {
		out[i] = xs[k]
	}
	copy(xs, out)
}

// claimIsStock reports whether the indicator measures a level at a time,
// for which the publication date may stand in for a missing period.
func claimIsStock(indicator string) bool {
	return topic.MeasureOf(indicator) == topic.Stock
}
