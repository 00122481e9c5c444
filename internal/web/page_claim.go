package web

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"

	"github.com/dossier-osint/dossier/internal/store"
)

type auditView struct {
	store.AuditEntry
	BeforeState, AfterState store.ClaimState
}

type claimData struct {
	C              *store.StoredClaim
	Audit          []auditView
	Indicators     []indicatorInfo
	Err            string
	Form           reviewForm
	Action         string          // the decision the form starts from: the claim's state
	Contradictions []Contradiction // with this claim as A
	Copies         *store.Group    // its article's copy group
}

func (s *Server) pageClaim(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	d, status := s.claimData(r, id)
	if status != http.StatusOK {
		s.claimMissing(w, r, id, status)
		return
	}
	s.render(w, r, http.StatusOK, "claim", "Claim "+r.PathValue("id"), d)
}

// claimMissing answers for a claim that could not be shown: 410 with a
// link to the claim that took its place when a re-extraction removed it.
func (s *Server) claimMissing(w http.ResponseWriter, r *http.Request, id int64, status int) {
	var gone *store.GoneError
	if _, err := s.st.Claim(r.Context(), id); errors.As(err, &gone) {
		d := struct {
			ID, ReplacedBy int64
		}{id, gone.ReplacedBy}
		s.render(w, r, http.StatusGone, "gone", "Claim removed", d)
		return
	}
	s.pageError(w, r, status, fmt.Sprintf("No claim %d.", id))
}

func (s *Server) claimData(r *http.Request, id int64) (*claimData, int) {
	c, err := s.st.Claim(r.Context(), id)
	if errors.Is(err, store.ErrGone) {
		return nil, http.StatusGone
	}
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
	d := &claimData{C: c, Indicators: s.indicators(), Form: formFromClaim(c), Action: c.Review}
	if d.Action == store.ReviewMachine {
		d.Action = store.ReviewAccepted
	}
	if d.Contradictions, err = s.contradictionsWith(r.Context(), c); err != nil {
		s.log.Error("claim contradictions", "id", id, "err", err)
		return nil, http.StatusInternalServerError
	}
	if g, err := s.st.GroupOf(r.Context(), store.KindCopy, c.ArticleID); err == nil {
		d.Copies = g
	} else if !errors.Is(err, store.ErrNotFound) {
		s.log.Warn("copy group", "article", c.ArticleID, "err", err)
	}
	for _, e := range log {
		v := auditView{AuditEntry: e}
		json.Unmarshal(e.Before, &v.BeforeState)
		json.Unmarshal(e.After, &v.AfterState)
		d.Audit = append(d.Audit, v)
	}
	return d, http.StatusOK
}

// contradictionsWith lists the contradictions the claim (or a copy folded
// into its point) is part of, with the claim as A.
func (s *Server) contradictionsWith(ctx context.Context, c *store.StoredClaim) ([]Contradiction, error) {
	if c.Indicator == "" {
		return nil, nil
	}
	se, err := s.series(ctx, c.Indicator)
	if err != nil {
		return nil, err
	}
	// The point standing for the claim: itself, or the original it was folded into.
	me := c.ID
	for i := range se.Points {
		p := &se.Points[i]
		if slices.Contains(p.Copies, c.ID) {
			me = p.ID
		}
	}
	var out []Contradiction
	for _, k := range se.Contradictions {
		switch me {
		case k.A.ClaimID:
			out = append(out, k)
		case k.B.ClaimID:
			k.A, k.B = k.B, k.A
			out = append(out, k)
		}
	}
	return out, nil
}
