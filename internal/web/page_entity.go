package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/store"
)

type entitiesData struct {
	F     store.EntityFilter
	List  []store.EntitySummary
	Pager pager
	// Name is the name searched for and not found; Suggestions are the
	// entities with close names.
	Name        string
	Suggestions []store.EntitySummary
}

func readEntityFilter(p *params, defLimit, maxLimit int) store.EntityFilter {
	f := store.EntityFilter{Type: p.enum("type", "PER", "ORG", "LOC", "MISC"), ArticleID: p.int64("article")}
	f.Limit, f.Offset = p.page(defLimit, maxLimit)
	return f
}

func (s *Server) pageEntities(w http.ResponseWriter, r *http.Request) {
	p := newParams(r.URL.Query())
	f := readEntityFilter(p, 100, 1000)
	name := p.str("name")
	if err := p.err(false); err != nil {
		s.pageError(w, r, http.StatusBadRequest, err.Error())
		return
	}
	var suggestions []store.EntitySummary
	if name != "" {
		// the search box finds an entity as `dossier entity NAME` does
		e, err := app.FindEntity(r.Context(), s.st, name)
		switch {
		case err == nil:
			http.Redirect(w, r, "/entities/"+url.PathEscape(e.Key), http.StatusSeeOther)
			return
		case !errors.Is(err, store.ErrNotFound):
			s.log.Error("entity by name", "err", err)
			s.pageError(w, r, http.StatusInternalServerError, "The entity could not be read.")
			return
		}
		suggestions = s.suggestEntities(r.Context(), name)
	}
	list, total, err := s.entities(r.Context(), f)
	if err != nil {
		s.log.Error("entities", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The entities could not be read.")
		return
	}
	status := http.StatusOK
	if name != "" {
		status = http.StatusNotFound
	}
	s.render(w, r, status, "entities", "Entities", &entitiesData{F: f, List: list,
		Pager: newPager(r.URL, f.Limit, f.Offset, total, len(list)), Name: name, Suggestions: suggestions})
}

// entitiesTTL is how long a list of entities is reused: counting each
// name's articles and mentions reads every mention, and the counts move
// only when articles are added (writes through this server clear it).
const entitiesTTL = 10 * time.Minute

type entityList struct {
	list  []store.EntitySummary
	total int
}

// entities lists entities through the cache.
func (s *Server) entities(ctx context.Context, f store.EntityFilter) ([]store.EntitySummary, int, error) {
	ctx = context.WithoutCancel(ctx)
	key := fmt.Sprintf("entities:%s:%d:%d:%d", f.Type, f.ArticleID, f.Limit, f.Offset)
	v, err := cachedFor(s.cache, key, entitiesTTL, func() (entityList, error) {
		l, n, err := s.st.ListEntities(ctx, f)
		return entityList{l, n}, err
	})
	return v.list, v.total, err
}

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) {
	key := r.PathValue("key")
	e, err := app.FindEntity(r.Context(), s.st, key)
	if errors.Is(err, store.ErrNotFound) {
		s.pageError(w, r, http.StatusNotFound, "No entity "+clip(key, 120)+"; search the names at /entities.")
		return
	}
	if err != nil {
		s.log.Error("entity", "key", key, "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The entity could not be read.")
		return
	}
	d := &entityData{EntityDetail: e}
	// Claims that cite the entity as their origin, under any of its names.
	seen := map[int64]bool{}
	for _, c := range e.Claims {
		seen[c.ID] = true
	}
	names := append([]string{e.Name}, e.Variants...)
	done := map[string]bool{}
	for _, n := range names {
		k := strings.ToLower(strings.TrimSpace(n))
		if k == "" || done[k] {
			continue
		}
		done[k] = true
		cs, _, err := s.st.ListClaims(r.Context(), store.ClaimFilter{Origin: n, Limit: 500})
		if err != nil {
			s.log.Error("entity origin claims", "key", key, "err", err)
			s.pageError(w, r, http.StatusInternalServerError, "The claims citing the entity could not be read.")
			return
		}
		for _, c := range cs {
			if !seen[c.ID] {
				seen[c.ID] = true
				d.Cited = append(d.Cited, c)
			}
		}
	}
	s.render(w, r, http.StatusOK, "entity", e.Name, d)
}

// entityData is an entity with the claims it said (EntityDetail.Claims)
// and those that cite it as their origin without it speaking.
type entityData struct {
	*store.EntityDetail
	Cited []store.StoredClaim
}
