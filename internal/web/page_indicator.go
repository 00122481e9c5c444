package web

import (
	"html/template"
	"net/http"
)

type indicatorData struct {
	Info   indicatorInfo
	Series *Series
	Chart  template.HTML // the rendered chart template
	Table  *claimsData
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
	s.render(w, r, http.StatusOK, "indicator", info.Label, &indicatorData{Info: info, Series: se,
		Chart: s.indicatorChart(id, se), Table: t})
}

// indicatorChart lays out the indicator's chart once per series value.
func (s *Server) indicatorChart(id string, se *Series) template.HTML {
	type laid struct {
		se *Series
		c  template.HTML
	}
	v, _ := cached(s.cache, "chart:"+id, func() (laid, error) { return laid{se, s.chartHTML(newChart(se, 980, 360, false))}, nil })
	if v.se != se { // the series was refreshed since: lay out again
		s.cache.mu.Lock()
		delete(s.cache.m, "chart:"+id)
		s.cache.mu.Unlock()
		v, _ = cached(s.cache, "chart:"+id, func() (laid, error) { return laid{se, s.chartHTML(newChart(se, 980, 360, false))}, nil })
	}
	return v.c
}
