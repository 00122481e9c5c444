package web

import (
	"errors"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

// postReview handles the review form: a session with the reviewer role and
// the session's CSRF token are required.
func (s *Server) postReview(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	x := s.formSession(w, r, "review claims")
	if x == nil {
		return
	}
	rq := reviewRequest{Action: r.PostFormValue("action"), Reason: r.PostFormValue("reason")}
	var ferr error
	if rq.Action == store.ReviewCorrected {
		k := correction{}
		str := func(name string) *string { v := r.PostFormValue(name); return &v }
		k.Unit, k.Indicator, k.Period, k.SaidBy, k.Origin = str("unit"), str("indicator"), str("period"), str("said_by"), str("origin")
		v, err := parseValue(r.PostFormValue("value"))
		if err != nil {
			ferr = err
		}
		k.Value = &v
		rq.Correction = &k
	}
	if ferr == nil {
		_, ferr = s.review(r.Context(), id, x.P.Who(), rq)
	}
	var br badRequest
	switch {
	case ferr == nil:
		http.Redirect(w, r, "/claims/"+r.PathValue("id")+"?flash=reviewed", http.StatusSeeOther)
	case errors.As(ferr, &br) || errors.Is(ferr, store.ErrInvalid):
		d, status := s.claimData(r, id)
		if status != http.StatusOK {
			s.pageError(w, r, status, "No claim "+r.PathValue("id")+".")
			return
		}
		d.Err = ferr.Error()
		d.Form = reviewForm{Value: r.PostFormValue("value"), Unit: r.PostFormValue("unit"),
			Indicator: r.PostFormValue("indicator"), Period: r.PostFormValue("period"),
			SaidBy: r.PostFormValue("said_by"), Origin: r.PostFormValue("origin")}
		s.render(w, r, http.StatusBadRequest, "claim", "Claim "+r.PathValue("id"), d)
	case errors.Is(ferr, store.ErrNotFound):
		s.pageError(w, r, http.StatusNotFound, "No claim "+r.PathValue("id")+".")
	default:
		s.log.Error("review", "claim", id, "err", ferr)
		s.pageError(w, r, http.StatusInternalServerError, "The review could not be saved.")
	}
}
