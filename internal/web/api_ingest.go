package web

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// ingestResult says what an ingest did.
type ingestResult struct {
	ID      int64 `json:"id"`
	Created bool  `json:"created"` // false: the same text was stored before
	Claims  int   `json:"claims"`
}

// apiIngest stores a posted article (doc.Article JSON: at least text); it
// needs an admin token. Options.Process, when set, cleans and annotates it
// first.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	p, ok := s.apiAuth(w, r, store.RoleAdmin)
	if !ok || !apiParams(w, r, func(*params) {}) {
		return
	}
	_ = p
	var a doc.Article
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<20))
	if err := dec.Decode(&a); err != nil {
		writeError(w, http.StatusBadRequest, "body: want an article as JSON (title, text, url, published, credit, lang): "+err.Error())
		return
	}
	if strings.TrimSpace(a.Text) == "" {
		writeError(w, http.StatusBadRequest, "body: the article has no text")
		return
	}
	a.ID = 0
	if a.Format == "" {
		a.Format = "api"
	}
	if a.Source == "" {
		a.Source = "api"
	}
	if s.opt.Ingest != nil {
		id, created, n, err := s.opt.Ingest(r.Context(), &a)
		if err != nil {
			s.storeError(w, "ingest", err)
			return
		}
		s.cache.clear()
		status := http.StatusCreated
		if !created {
			status = http.StatusOK
		}
		writeJSON(w, status, ingestResult{ID: id, Created: created, Claims: n})
		return
	}
	if s.opt.Process != nil {
		if err := s.opt.Process(r.Context(), &a); err != nil {
			writeError(w, http.StatusUnprocessableEntity, "processing failed: "+err.Error())
			return
		}
	}
	if a.Hash == "" {
		h := sha256.Sum256([]byte(a.Text))
		a.Hash = hex.EncodeToString(h[:])
	}
	id, created, err := s.st.PutArticle(r.Context(), &a)
	if err != nil {
		s.storeError(w, "ingest", err)
		return
	}
	s.cache.clear()
	n := 0
	if a.Annotations != nil {
		n = len(a.Annotations.Claims)
	}
	status := http.StatusCreated
	if !created {
		status = http.StatusOK
	}
	writeJSON(w, status, ingestResult{ID: id, Created: created, Claims: n})
}
