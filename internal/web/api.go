package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/dossier-osint/dossier/internal/store"
)

// List is the envelope of every paginated API answer.
type List[T any] struct {
	Items  []T `json:"items"`
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	// TotalCapped is set when counting stopped: more than Total match.
	TotalCapped bool `json:"total_capped,omitempty"`
}

func list[T any](items []T, total, limit, offset int) List[T] {
	if items == nil {
		items = []T{}
	}
	return List[T]{Items: items, Total: total, Limit: limit, Offset: offset}
}

// apiError is the body of every API error.
type apiError struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		writeError(w, http.StatusInternalServerError, "could not encode the answer")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

func writeError(w http.ResponseWriter, status int, msg string) {
	b, _ := json.Marshal(apiError{Error: msg})
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

// apiParams reads strict query parameters; on error it writes a 400.
func apiParams(w http.ResponseWriter, r *http.Request, read func(p *params)) bool {
	p := newParams(r.URL.Query())
	read(p)
	if err := p.err(true); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return false
	}
	return true
}

// apiID reads the {id} path value; on error it writes a 400.
func apiID(w http.ResponseWriter, r *http.Request) (int64, bool) {
	id, err := pathID(r.PathValue("id"))
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return 0, false
	}
	return id, true
}

// storeError maps a store error to a status and writes it.
func (s *Server) storeError(w http.ResponseWriter, what string, err error) {
	var br badRequest
	var gone *store.GoneError
	switch {
	case errors.As(err, &br):
		writeError(w, http.StatusBadRequest, br.msg)
	case errors.As(err, &gone):
		msg := what + ": removed by a re-extraction"
		if gone.ReplacedBy != 0 {
			msg += fmt.Sprintf("; its figure is now claim %d (/api/v1/claims/%d)", gone.ReplacedBy, gone.ReplacedBy)
		}
		writeJSON(w, http.StatusGone, struct {
			Error      string `json:"error"`
			ReplacedBy int64  `json:"replaced_by,omitempty"`
		}{msg, gone.ReplacedBy})
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, what+": not found")
	case errors.Is(err, store.ErrBadQuery), errors.Is(err, store.ErrInvalid):
		writeError(w, http.StatusBadRequest, err.Error())
	default:
		s.log.Error("api", "what", what, "err", err)
		writeError(w, http.StatusInternalServerError, what+": internal error")
	}
}
