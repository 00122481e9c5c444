package web

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

type auditView struct {
	store.AuditEntry
	BeforeState, AfterState store.ClaimState
}

type claimData struct {
	C          *store.StoredClaim
	Audit      []auditView
	Indicators []indicatorInfo
	Err        string
	Form       reviewForm
}

func (s *Server) pageClaim(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	d, status := s.claimData(r, id)
	if status != http.StatusOK {
		s.pageError(w, r, status, "No claim "+r.PathValue("id")+".")
		return
	}
	s.render(w, r, http.StatusOK, "claim", "Claim "+r.PathValue("id"), d)
}

func (s *Server) claimData(r *http.Request, id int64) (*claimData, int) {
	c, err := s.st.Claim(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, http.StatusNotFound
	}
	if err != nil {
		s.log.Error("claim", "id", id, "err", err)
		return nil, http.StatusInternalServerError
	}
	log, err := s.st.AuditLog(r.Context(), id)
	if err != nil {
		s.log.Error("audit", "id", id, "err", err)
		return nil, http.StatusInternalServerError
	}
	d := &claimData{C: c, Indicators: s.indicators(), Form: formFromClaim(c)}
	for _, e := range log {
		v := auditView{AuditEntry: e}
		json.Unmarshal(e.Before, &v.BeforeState)
		json.Unmarshal(e.After, &v.AfterState)
		d.Audit = append(d.Audit, v)
	}
	return d, http.StatusOK
}
