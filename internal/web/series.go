package web

import (
	"context"
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Point is one claim of an indicator's series, copies folded in.
type Point struct {
	ClaimID   int64   `json:"claim_id"`
	ArticleID int64   `json:"article_id"`
	Period    string  `json:"period"`
	From      string  `json:"from,omitempty"` // first day of the period, "" when unknown
	To        string  `json:"to,omitempty"`
	Bound     string  `json:"bound"`
	Low       float64 `json:"low"` // the interval the value allows
	High      float64 `json:"high"`
	OpenLow   bool    `json:"open_low,omitempty"` // "at most": no lower bound
	OpenHigh  bool    `json:"open_high,omitempty"`
	Approx    bool    `json:"approx,omitempty"`
	Vague     bool    `json:"vague,omitempty"`
	Value     string  `json:"value"` // as people read it
	Unit      string  `json:"unit"`
	Source    string  `json:"source"` // who said it, else the outlet
	Published string  `json:"published"`
	Review    string  `json:"review"`
	// Copies are claims of other articles of the same copy group with the
	// same value and period, folded into this one.
	Copies []int64 `json:"copies,omitempty"`
	// Contradicts lists claims this one contradicts.
	Contradicts []int64 `json:"contradicts,omitempty"`
}

// Contradiction is a pair of claims on one indicator and period whose
// values cannot both be true, from different sources. It is open while
// either claim is still unreviewed.
type Contradiction struct {
	Indicator string `json:"indicator"`
	Period    string `json:"period"`
	A         Point  `json:"a"`
	B         Point  `json:"b"`
	Open      bool   `json:"open"`
}

// Series is an indicator's claims ready to draw.
type Series struct {
	Topic          string          `json:"topic,omitempty"`
	Indicator      string          `json:"indicator"`
	Label          string          `json:"label"`
	Measure        string          `json:"measure,omitempty"`
	Claims         int             `json:"claims"` // claims read, before folding
	Points         []Point         `json:"points"`
	Undated        int             `json:"undated"` // points without a usable period
	Sources        []string        `json:"sources"` // in colour order
	Contradictions []Contradiction `json:"contradictions"`
}

// sourceOf names who a claim comes from for colouring and independence.
func sourceOf(c *store.StoredClaim) string {
	if s := strings.TrimSpace(c.SaidBy); s != "" {
		return s
	}
	if s := strings.TrimSpace(c.Origin); s != "" {
		return s
	}
	if s := strings.TrimSpace(c.ArticleCredit); s != "" {
		return s
	}
	return "unknown"
}

// maxContradictions caps the pairs kept per indicator.
const maxContradictions = 500

// buildSeries reads every claim of the indicator (rejected ones left out),
// folds copies and finds contradictions.
func buildSeries(ctx context.Context, st store.Store, topicID, indicator string) (*Series, error) {
	cs, _, err := st.ListClaims(ctx, store.ClaimFilter{Indicator: indicator})
	if err != nil {
		return nil, fmt.Errorf("series %s: %w", indicator, err)
	}
	s := &Series{Topic: topicID, Indicator: indicator, Label: indicator, Claims: len(cs)}
	// Oldest first, so the first claim of a copy group is kept as the original.
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i].ArticlePublished, cs[j].ArticlePublished
		if (a == "") != (b == "") {
			return b == ""
		}
		if a != b {
			return a < b
		}
		return cs[i].ArticleID < cs[j].ArticleID
	})
	fold := map[string]int{} // copy group + value + period -> index in Points
	colour := map[string]bool{}
	for i := range cs {
		c := &cs[i]
		if c.Review == store.ReviewRejected {
			continue
		}
		lo, hi, openLo, openHi := c.Value.Interval()
		p := Point{ClaimID: c.ID, ArticleID: c.ArticleID, Period: c.Period, Bound: c.Value.Bound,
			Low: lo, High: hi, OpenLow: openLo, OpenHigh: openHi, Approx: c.Value.Approx, Vague: c.Value.Vague, Value: c.Value.String(),
			Unit: c.Unit, Source: sourceOf(c), Published: c.ArticlePublished, Review: c.Review}
		if p.Bound == "" {
			p.Bound = "exact"
		}
		if f, t, ok := store.PeriodBounds(c.Period); ok {
			p.From, p.To = f, t
		} else {
			s.Undated++
		}
		if c.CopyGroup != 0 {
			key := fmt.Sprintf("%d|%s|%s|%s", c.CopyGroup, p.Value, p.Unit, p.Period)
			if j, ok := fold[key]; ok {
				s.Points[j].Copies = append(s.Points[j].Copies, c.ID)
				continue
			}
			fold[key] = len(s.Points)
		}
		if !colour[p.Source] {
			colour[p.Source] = true
			s.Sources = append(s.Sources, p.Source)
		}
		s.Points = append(s.Points, p)
	}
	s.Contradictions = contradictions(indicator, s.Points)
	idx := map[int64]int{}
	for i, p := range s.Points {
		idx[p.ClaimID] = i
	}
	for _, c := range s.Contradictions {
		a, b := idx[c.A.ClaimID], idx[c.B.ClaimID]
		s.Points[a].Contradicts = append(s.Points[a].Contradicts, c.B.ClaimID)
		s.Points[b].Contradicts = append(s.Points[b].Contradicts, c.A.ClaimID)
	}
	return s, nil
}

// widen returns the interval a value allows, widened by 10% when it is
// approximate or vague.
func widen(p Point) (float64, float64) {
	lo, hi := p.Low, p.High
	if p.Approx || p.Vague {
		lo, hi = lo*0.9, hi*1.1
		if lo > hi {
			lo, hi = hi, lo
		}
	}
	if p.OpenLow {
		lo = math.Inf(-1)
	}
	if p.OpenHigh {
		hi = math.Inf(1)
	}
	return lo, hi
}

// contradictions pairs points of the same period and unit from different
// sources whose allowed values do not overlap. Copies were folded before,
// so a copy never contradicts its original.
func contradictions(indicator string, pts []Point) []Contradiction {
	byKey := map[string][]int{}
	var keys []string
	for i, p := range pts {
		if p.From == "" {
			continue
		}
		k := p.Period + "|" + p.Unit
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], i)
	}
	sort.Strings(keys)
	var out []Contradiction
	for _, k := range keys {
		ix := byKey[k]
		for x := 0; x < len(ix); x++ {
			for y := x + 1; y < len(ix); y++ {
				a, b := pts[ix[x]], pts[ix[y]]
				if strings.EqualFold(a.Source, b.Source) {
					continue
				}
				alo, ahi := widen(a)
				blo, bhi := widen(b)
				if ahi >= blo && bhi >= alo {
					continue
				}
				open := a.Review == store.ReviewMachine || b.Review == store.ReviewMachine
				out = append(out, Contradiction{Indicator: indicator, Period: a.Period, A: a, B: b, Open: open})
				if len(out) >= maxContradictions {
					return out
				}
			}
		}
	}
	return out
}

// indicatorInfo is an indicator with its topic, as the pages list them.
type indicatorInfo struct {
	Topic   *topic.Topic
	ID      string
	Label   string
	Measure string
	Units   []string
}

// indicators lists the topics' indicators, then indicators seen only in
// claims (ids), in order.
func (s *Server) indicators() []indicatorInfo {
	var out []indicatorInfo
	for _, t := range s.opt.Topics {
		for _, ind := range t.Indicators {
			out = append(out, indicatorInfo{Topic: t, ID: ind.ID, Label: ind.Label, Measure: ind.Measure, Units: ind.Units})
		}
	}
	return out
}

func (s *Server) indicatorByID(id string) (indicatorInfo, bool) {
	for _, ind := range s.indicators() {
		if ind.ID == id {
			return ind, true
		}
	}
	return indicatorInfo{}, false
}

// series returns the cached series of an indicator.
func (s *Server) series(ctx context.Context, id string) (*Series, error) {
	ctx = context.WithoutCancel(ctx)
	return cached(s.cache, "series:"+id, func() (*Series, error) {
		info, _ := s.indicatorByID(id)
		tid := ""
		if info.Topic != nil {
			tid = info.Topic.ID
		}
		se, err := buildSeries(ctx, s.st, tid, id)
		if err != nil {
			return nil, err
		}
		if info.Label != "" {
			se.Label = info.Label
		}
		se.Measure = info.Measure
		return se, nil
	})
}

// allContradictions gathers the contradictions of every known indicator.
func (s *Server) allContradictions(ctx context.Context) ([]Contradiction, error) {
	var out []Contradiction
	for _, ind := range s.indicators() {
		se, err := s.series(ctx, ind.ID)
		if err != nil {
			return nil, err
		}
		out = append(out, se.Contradictions...)
	}
	return out, nil
}

// parseDay parses "YYYY-MM-DD".
func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}
