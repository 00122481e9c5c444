package web

import (
	"fmt"
	"html/template"
	"net/http"
	"net/url"
)

type indicatorData struct {
	Info   indicatorInfo
	Series *Series
	Charts []template.HTML // the rendered chart template, one per unit
	Log    bool
	Scale  string // link to the other scale
	Table  *claimsData
	Shown  []Contradiction // the first contradictions, listed on the page
}

func (s *Server) pageIndicator(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	info, known := s.indicatorByID(id)
	se, err := s.series(r.Context(), id)
	if err != nil {
		s.log.Error("series", "indicator", id, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The indicator's claims could not be read from the store.")
		return
	}
	if !known && se.Claims == 0 {
		s.pageError(w, r, http.StatusNotFound, "No indicator "+id+": it is in no loaded topic and no claim has it.")
		return
	}
	if info.ID == "" {
		info = indicatorInfo{ID: id, Label: id}
	}
	t := s.claimsPage(w, r, id)
	if t == nil {
		return
	}
	logScale := r.URL.Query().Get("scale") == "log"
	other := "?scale=log"
	if logScale {
		other = "?"
	}
	s.render(w, r, http.StatusOK, "indicator", info.Label, &indicatorData{Info: info, Series: se,
		Shown:  se.Contradictions[:min(len(se.Contradictions), 50)],
		Charts: s.indicatorCharts(id, se, logScale), Log: logScale, Scale: "/indicators/" + url.PathEscape(id) + other, Table: t})
}

// indicatorCharts lays out one chart per unit of the indicator's points
// (a ratio and a head-count share no axis), once per series value.
func (s *Server) indicatorCharts(id string, se *Series, logScale bool) []template.HTML {
	type laid struct {
		se *Series
		c  []template.HTML
	}
	key := fmt.Sprintf("charts:%s:%v", id, logScale)
	build := func() (laid, error) {
		var out []template.HTML
		units := chartUnits(se)
		if len(units) == 0 {
			units = []string{""}
		}
		for _, u := range units {
			out = append(out, s.chartHTML(newChartWith(se, 980, 360, false, chartOpt{Unit: u, Log: logScale})))
		}
		return laid{se, out}, nil
	}
	v, _ := cached(s.cache, key, build)
	if v.se != se { // the series was refreshed since: lay out again
		s.cache.mu.Lock()
		delete(s.cache.m, key)
		s.cache.mu.Unlock()
		v, _ = cached(s.cache, key, build)
	}
	return v.c
}
