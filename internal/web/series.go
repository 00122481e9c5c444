package web

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/indicator"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Point is one claim of an indicator's series as package indicator
// assembles it: copies folded in, its independent sources and the claims
// it contradicts.
type Point = indicator.Point

// Series is an indicator's record (package indicator: the single
// definition of copy folding, independence and contradictions for the
// CLI, the pages and the API) with what the pages need to draw it.
type Series struct {
	Topic       string `json:"topic,omitempty"`
	Indicator   string `json:"indicator"`
	Label       string `json:"label"`
	Measure     string `json:"measure,omitempty"`
	Claims      int    `json:"claims"`      // claims read, rejected ones left out
	Independent int    `json:"independent"` // independent sources over the whole series
	Undated     int    `json:"undated"`     // points without a usable period
	// Points are dated first by period start, then undated. They carry
	// the claim's figure, period and source, not its sentence.
	Points  []Point  `json:"points"`
	Sources []string `json:"sources"` // in colour order
	// Contradictions lists at most maxContradictions pairs;
	// ContradictionsCapped is set when there are more.
	Contradictions       []Contradiction `json:"contradictions"`
	ContradictionsCapped bool            `json:"contradictions_capped,omitempty"`
}

// pointJSON is a point as the API serves it: the claim's figure, period
// and source (its sentence is at /api/v1/claims/{id}).
type pointJSON struct {
	ID               int64     `json:"id"`
	ArticleID        int64     `json:"article_id"`
	Value            doc.Value `json:"value"`
	Unit             string    `json:"unit"`
	Per              string    `json:"per,omitempty"`
	Indicator        string    `json:"indicator"`
	Period           string    `json:"period"`
	From             string    `json:"from,omitempty"`
	To               string    `json:"to,omitempty"`
	FromPublished    bool      `json:"from_published,omitempty"`
	SaidBy           string    `json:"said_by"`
	Origin           string    `json:"origin"`
	Source           string    `json:"source"`
	Review           string    `json:"review"`
	ArticlePublished string    `json:"article_published"`
	ArticleCredit    string    `json:"article_credit"`
	CopyGroup        int64     `json:"copy_group,omitempty"`
	Copies           []int64   `json:"copies,omitempty"`
	Independent      int       `json:"independent"`
	Contradicts      []int64   `json:"contradicts,omitempty"`
}

// MarshalJSON writes the series with its points as pointJSON.
func (s *Series) MarshalJSON() ([]byte, error) {
	type plain Series
	pts := make([]pointJSON, len(s.Points))
	for i := range s.Points {
		p := &s.Points[i]
		pts[i] = pointJSON{ID: p.ID, ArticleID: p.ArticleID, Value: p.Value, Unit: p.Unit, Per: p.Per, Indicator: p.Indicator,
			Period: p.Period, From: p.From, To: p.To, FromPublished: p.FromPublished, SaidBy: p.SaidBy, Origin: p.Origin,
			Source: p.Source, Review: p.Review, ArticlePublished: p.ArticlePublished, ArticleCredit: p.ArticleCredit,
			CopyGroup: p.CopyGroup, Copies: p.Copies, Independent: p.Independent, Contradicts: p.Contradicts}
	}
	return json.Marshal(struct {
		*plain
		Points []pointJSON `json:"points"`
	}{(*plain)(s), pts})
}

// Contradiction is a pair of claims on one indicator that cannot both be
// true (package indicator), with both claims for display, and its review.
// State is the latest contradiction review's (confirmed, dismissed, or
// open when reopened); without one it is open while either claim is still
// unreviewed, and resolved once both are.
type Contradiction struct {
	Indicator   string   `json:"indicator"`
	Period      string   `json:"period"`
	A           pointRef `json:"a"`
	B           pointRef `json:"b"`
	Explanation string   `json:"explanation"`
	Open        bool     `json:"open"`
	State       string   `json:"state"`
	// Review is the latest review of the pair, absent when none.
	Review *store.ContradictionReview `json:"review,omitempty"`
}

// Contradiction states the pages list besides the reviewed ones.
const stateResolved = "resolved" // both claims reviewed, the pair itself not

// Href is the contradiction's page.
func (c Contradiction) Href() string {
	return fmt.Sprintf("/contradictions/%d/%d", c.A.ClaimID, c.B.ClaimID)
}

// withReview sets the state from the pair's latest review, if any.
func (c *Contradiction) withReview(r *store.ContradictionReview) {
	c.Review = r
	switch {
	case r != nil:
		c.State = r.State
		c.Open = r.State == store.ContradictionOpen
	case c.Open:
		c.State = store.ContradictionOpen
	default:
		c.State = stateResolved
	}
}

// pointRef is a claim of a contradiction as the lists show it.
type pointRef struct {
	ClaimID   int64  `json:"claim_id"`
	Key       string `json:"key"` // claimKey: survives re-extraction
	ArticleID int64  `json:"article_id"`
	Value     string `json:"value"` // notation: "~300", ">=10000"
	Words     string `json:"words"` // the figure with its unit in words: "about 300 people"
	Unit      string `json:"unit"`
	Period    string `json:"period"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Review    string `json:"review"`
}

func refOf(p *Point) pointRef {
	return pointRef{ClaimID: p.ID, Key: claimKey(p.ArticleID, p.Claim), ArticleID: p.ArticleID, Value: p.Value.String(),
		Words: humanValue(p.Value, p.Unit, p.Per), Unit: p.Unit, Period: p.Period,
		Source: p.Source, Published: p.ArticlePublished, Review: p.Review}
}

// maxContradictions caps the pairs listed per indicator: scattered figures
// from many sources make a number of pairs that grows with the square of
// the claims.
const maxContradictions = 500

// sourceOf names who a claim comes from (said_by, else origin, else the
// outlet), as package indicator does.
func sourceOf(c *store.StoredClaim) string { return indicator.SourceOf(c) }

// buildSeries reads the indicator's claims (only the columns a series
// needs) and assembles them with package indicator.
func buildSeries(ctx context.Context, st store.Store, topicID, id string) (*Series, error) {
	is, err := indicator.BuildWith(ctx, st, topicID, id, indicator.Options{MaxContradictions: maxContradictions, Lean: true})
	if err != nil {
		return nil, fmt.Errorf("series: %w", err)
	}
	return fromIndicator(is), nil
}

// fromIndicator adds the drawing fields to an indicator's record.
func fromIndicator(is *indicator.Series) *Series {
	s := &Series{Topic: is.Topic, Indicator: is.Indicator, Label: is.Indicator, Claims: is.Claims,
		Independent: is.Independent, Undated: is.Undated, Points: is.Points, Sources: []string{},
		Contradictions: make([]Contradiction, 0, len(is.Contradictions)), ContradictionsCapped: is.ContradictionsCapped}
	seen := map[string]bool{}
	idx := map[int64]int{}
	for i := range s.Points {
		p := &s.Points[i]
		idx[p.ID] = i
		if !seen[p.Source] {
			seen[p.Source] = true
			s.Sources = append(s.Sources, p.Source)
		}
	}
	// A copy folded into a point contradicts what its original does:
	// package indicator may list the pair once for each; keep one.
	pairs := map[[2]int64]bool{}
	for _, c := range is.Contradictions {
		a, okA := idx[c.A]
		b, okB := idx[c.B]
		if !okA || !okB {
			continue
		}
		pk := [2]int64{min(c.A, c.B), max(c.A, c.B)}
		if pairs[pk] {
			continue
		}
		pairs[pk] = true
		s.Contradictions = append(s.Contradictions, Contradiction{Indicator: is.Indicator, Period: c.Period,
			A: refOf(&s.Points[a]), B: refOf(&s.Points[b]), Explanation: c.Explanation, Open: c.Open})
	}
	return s
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
	s.indOnce.Do(s.indexIndicators)
	return s.indList
}

// indexIndicators lists the topics' indicators once: the topics are fixed
// when the server is made, and templates ask for labels on every row.
func (s *Server) indexIndicators() {
	s.indByID = map[string]indicatorInfo{}
	for _, t := range s.opt.Topics {
		for _, ind := range t.Indicators {
			info := indicatorInfo{Topic: t, ID: ind.ID, Label: ind.Label, Measure: ind.Measure, Units: ind.Units}
			s.indList = append(s.indList, info)
			if _, dup := s.indByID[ind.ID]; !dup {
				s.indByID[ind.ID] = info
			}
		}
	}
}

func (s *Server) indicatorByID(id string) (indicatorInfo, bool) {
	s.indOnce.Do(s.indexIndicators)
	info, ok := s.indByID[id]
	return info, ok
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
		reviews, err := s.contradictionStates(ctx)
		if err != nil {
			return nil, err
		}
		for i := range se.Contradictions {
			c := &se.Contradictions[i]
			a, b := store.PairKeys(c.A.Key, c.B.Key)
			c.withReview(reviews[[2]string{a, b}])
		}
		return se, nil
	})
}

// contradictionStates reads the latest review of every reviewed pair,
// by ordered pair of claim keys.
func (s *Server) contradictionStates(ctx context.Context) (map[[2]string]*store.ContradictionReview, error) {
	return cached(s.cache, "contradiction-states", func() (map[[2]string]*store.ContradictionReview, error) {
		list, err := s.st.ContradictionStates(ctx)
		if err != nil {
			return nil, err
		}
		m := make(map[[2]string]*store.ContradictionReview, len(list))
		for i := range list {
			m[[2]string{list[i].A, list[i].B}] = &list[i]
		}
		return m, nil
	})
}

// parseDay parses "YYYY-MM-DD".
func parseDay(s string) (time.Time, bool) {
	t, err := time.Parse("2006-01-02", s)
	return t, err == nil
}

// claimKey names a claim in a contradiction review so that the review
// survives re-extraction: its article and its store.MatchKey.
func claimKey(articleID int64, c doc.Claim) string {
	return strconv.FormatInt(articleID, 10) + ":" + store.MatchKey(c)
}
