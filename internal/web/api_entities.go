package web

import (
	"context"
	"errors"
	"net/http"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/store"
)

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	var f store.EntityFilter
	if !apiParams(w, r, func(p *params) { f = readEntityFilter(p, 100, 1000) }) {
		return
	}
	items, total, err := s.entities(r.Context(), f)
	if err != nil {
		s.storeError(w, "entities", err)
		return
	}
	writeJSON(w, http.StatusOK, list(items, total, f.Limit, f.Offset))
}

// apiEntity answers /api/v1/entities/{key}: the key, or any name that
// finds its entity the way `dossier entity NAME` does.
func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) {
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	s.writeEntityByName(w, r, r.PathValue("key"))
}

// apiEntityByName answers /api/v1/entity?name=NAME, for names that are
// awkward in a path.
func (s *Server) apiEntityByName(w http.ResponseWriter, r *http.Request) {
	var name string
	if !apiParams(w, r, func(p *params) {
		name = p.str("name")
		if name == "" {
			p.bad("name: want the name of an entity (any variant, or its key)")
		}
	}) {
		return
	}
	s.writeEntityByName(w, r, name)
}

// entitySuggestions is how many close names a failed look-up offers.
const entitySuggestions = 5

func (s *Server) writeEntityByName(w http.ResponseWriter, r *http.Request, name string) {
	e, err := app.FindEntity(r.Context(), s.st, name)
	if errors.Is(err, store.ErrNotFound) {
		writeJSON(w, http.StatusNotFound, struct {
			Error       string                `json:"error"`
			Suggestions []store.EntitySummary `json:"suggestions"`
		}{"entity " + clip(name, 120) + ": not found", s.suggestEntities(r.Context(), name)})
		return
	}
	if err != nil {
		s.storeError(w, "entity "+clip(name, 120), err)
		return
	}
	writeJSON(w, http.StatusOK, e)
}

// suggestEntities returns the entities whose names are close to name, as
// `dossier entity` offers them; never nil, and empty when the list of
// entities cannot be read (the look-up itself has already failed).
func (s *Server) suggestEntities(ctx context.Context, name string) []store.EntitySummary {
	all, _, err := s.entities(ctx, store.EntityFilter{})
	if err != nil {
		s.log.Error("entity suggestions", "err", err)
		return []store.EntitySummary{}
	}
	if sg := app.SuggestEntities(name, all, entitySuggestions); sg != nil {
		return sg
	}
	return []store.EntitySummary{}
}
