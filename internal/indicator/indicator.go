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
	"strings"

	"github.com/dossier-osint/dossier/internal/claim"
	"github.com/dossier-osint/dossier/internal/store"
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
	cs, _, err := st.ListClaims(ctx, store.ClaimFilter{Topic: topicID, Indicator: indicatorID})
	if err != nil {
		return nil, fmt.Errorf("indicator %s: %w", indicatorID, err)
	}
	return Assemble(topicID, indicatorID, cs), nil
}

// Assemble builds the series from claims already read.
func Assemble(topicID, indicatorID string, cs []store.StoredClaim) *Series {
	s := &Series{Topic: topicID, Indicator: indicatorID, Points: []Point{}, Contradictions: []Contradiction{}}
	// Oldest article first, so the earliest member of a copy group is kept.
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i].ArticlePublished, cs[j].ArticlePublished
		if (a == "") != (b == "") {
			return b == ""
		}
		if a != b {
			return a < b
		}
		return cs[i].ID < cs[j].ID
	})
	var refs []claim.ClaimRef
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
		if f, t, ok := store.PeriodBounds(period); ok {
			p.From, p.To = f, t
		} else {
			s.Undated++
		}
		s.Points = append(s.Points, p)
	}
	s.Independent = claim.IndependentSources(refs)
	byPeriod := map[string][]claim.ClaimRef{}
	for _, r := range refs {
		byPeriod[r.Claim.Period] = append(byPeriod[r.Claim.Period], r)
	}
	for i := range s.Points {
		if p := s.Points[i].Period; p != "" {
			s.Points[i].Independent = claim.IndependentSources(byPeriod[p])
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
	for _, c := range claim.Contradictions(refs) {
		a, b := idx[c.A], idx[c.B]
		if a == b {
			continue
		}
		s.Points[a].Contradicts = append(s.Points[a].Contradicts, s.Points[b].ID)
		s.Points[b].Contradicts = append(s.Points[b].Contradicts, s.Points[a].ID)
		s.Contradictions = append(s.Contradictions, Contradiction{
			A: s.Points[a].ID, B: s.Points[b].ID, Period: s.Points[a].Period, Explanation: c.Explanation,
			Open: review[c.A] == store.ReviewMachine || review[c.B] == store.ReviewMachine,
		})
	}
	sort.SliceStable(s.Points, func(i, j int) bool {
		a, b := s.Points[i], s.Points[j]
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

// claimIsStock reports whether the indicator measures a level at a time,
// for which the publication date may stand in for a missing period.
func claimIsStock(indicator string) bool {
	return topic.MeasureOf(indicator) == topic.Stock
}
