package web

import (
	"context"
	"html/template"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

type overviewIndicator struct {
	ID, Label, Measure string
	Claims             int
	Points             int
	Open               int
	More               bool          // contradictions were capped: there may be more open ones
	Chart              template.HTML // the rendered chart template
}

type overviewTopic struct {
	ID, Name, Description string
	Indicators            []overviewIndicator
}

type overviewData struct {
	Counts         store.Counts
	Topics         []overviewTopic
	Latest         []store.ArticleSummary
	Contradictions []Contradiction
	OpenTotal      int
	OpenMore       bool
}

// overview gathers the overview; it is cached as a whole.
func (s *Server) overview(ctx context.Context) (*overviewData, error) {
	ctx = context.WithoutCancel(ctx)
	return cached(s.cache, "overview", func() (*overviewData, error) {
		d := &overviewData{}
		var err error
		if d.Counts, err = s.st.Counts(ctx); err != nil {
			return nil, err
		}
		for _, t := range s.opt.Topics {
			ot := overviewTopic{ID: t.ID, Name: t.Name, Description: t.Description}
			for _, ind := range t.Indicators {
				se, err := s.series(ctx, ind.ID)
				if err != nil {
					return nil, err
				}
				oi := overviewIndicator{ID: ind.ID, Label: ind.Label, Measure: ind.Measure, Claims: se.Claims,
					Points: len(se.Points), More: se.ContradictionsCapped, Chart: s.chartHTML(newChartWith(se, 260, 64, true, chartOpt{Unit: firstUnit(se)}))}
				d.OpenMore = d.OpenMore || se.ContradictionsCapped
				for _, c := range se.Contradictions {
					if c.Open {
						oi.Open++
						d.OpenTotal++
						if len(d.Contradictions) < 10 {
							d.Contradictions = append(d.Contradictions, c)
						}
					}
				}
				ot.Indicators = append(ot.Indicators, oi)
			}
			d.Topics = append(d.Topics, ot)
		}
		d.Latest, _, err = s.st.ListArticles(ctx, store.ArticleFilter{Limit: 10})
		if err != nil {
			return nil, err
		}
		return d, nil
	})
}

// firstUnit is the unit most of the series' points have: the overview's
// thumbnail draws that one.
func firstUnit(se *Series) string {
	if u := chartUnits(se); len(u) > 0 {
		return u[0]
	}
	return ""
}

func (s *Server) pageOverview(w http.ResponseWriter, r *http.Request) {
	d, err := s.overview(r.Context())
	if err != nil {
		s.log.Error("overview", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The overview could not be read from the store.")
		return
	}
	s.render(w, r, http.StatusOK, "overview", "Overview", d)
}
