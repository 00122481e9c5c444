package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sort"
	"strings"

	"github.com/dossier-osint/dossier/internal/store"
)

// groupView is a copy group or a story as the pages show it: its members
// with what an analyst asks first (which outlets, how many independent
// sources, first and last report).
type groupView struct {
	store.Group
	Outlets     []string // distinct outlets, in member order
	Independent int      // stories: members after folding copies (copy groups count once)
	First, Last string   // publication dates of the earliest and latest dated member
}

func (s *Server) viewGroup(ctx context.Context, g store.Group) groupView {
	v := groupView{Group: g}
	seen := map[string]bool{}
	for _, m := range g.Members {
		if k := strings.ToLower(strings.TrimSpace(m.Credit)); k != "" && !seen[k] {
			seen[k] = true
			v.Outlets = append(v.Outlets, m.Credit)
		}
		if m.Published != "" {
			if v.First == "" || m.Published < v.First {
				v.First = m.Published
			}
			if m.Published > v.Last {
				v.Last = m.Published
			}
		}
	}
	if g.Kind == store.KindStory {
		// Copies of one article are one source: count copy groups once.
		sources := map[int64]bool{}
		for _, m := range g.Members {
			key := -m.ArticleID
			if cg, err := s.st.GroupOf(ctx, store.KindCopy, m.ArticleID); err == nil {
				key = cg.ID
			} else if !errors.Is(err, store.ErrNotFound) {
				s.log.Warn("copy group of story member", "article", m.ArticleID, "err", err)
			}
			sources[key] = true
		}
		v.Independent = len(sources)
	}
	return v
}

type groupsData struct {
	Kind   string // store.KindCopy or store.KindStory
	Groups []groupView
	Pager  pager
}

func (s *Server) pageGroups(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		p := newParams(r.URL.Query())
		var pg store.Page
		pg.Limit, pg.Offset = p.page(25, 200)
		if err := p.err(false); err != nil {
			s.pageError(w, r, http.StatusBadRequest, err.Error())
			return
		}
		title := "Copies"
		if kind == store.KindStory {
			title = "Stories"
		}
		// The list and its members' copy groups are reused until the store
		// changes (the cache's generation check).
		ctx := context.WithoutCancel(r.Context())
		type page struct {
			groups []groupView
			total  int
		}
		v, err := cached(s.cache, fmt.Sprintf("groups:%s:%d:%d", kind, pg.Limit, pg.Offset), func() (page, error) {
			gs, total, err := s.st.ListGroups(ctx, kind, pg)
			if err != nil {
				return page{}, err
			}
			out := page{total: total}
			for _, g := range gs {
				out.groups = append(out.groups, s.viewGroup(ctx, g))
			}
			return out, nil
		})
		if err != nil {
			s.log.Error("groups", "kind", kind, "err", err)
			s.pageError(w, r, http.StatusInternalServerError, "The "+strings.ToLower(title)+" could not be read.")
			return
		}
		d := &groupsData{Kind: kind, Groups: v.groups, Pager: newPager(r.URL, pg.Limit, pg.Offset, v.total, len(v.groups))}
		s.render(w, r, http.StatusOK, "groups", title, d)
	}
}

type groupData struct {
	G      groupView
	Claims []store.StoredClaim // of the members, copies folded
}

func (s *Server) pageGroup(kind string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		id, err := pathID(r.PathValue("id"))
		if err != nil {
			s.pageError(w, r, http.StatusBadRequest, err.Error())
			return
		}
		noun := "copy group"
		if kind == store.KindStory {
			noun = "story"
		}
		g, err := s.st.Group(r.Context(), id)
		if errors.Is(err, store.ErrNotFound) || err == nil && g.Kind != kind {
			s.pageError(w, r, http.StatusNotFound, "No "+noun+" "+r.PathValue("id")+".")
			return
		}
		if err != nil {
			s.log.Error("group", "id", id, "err", err)
			s.pageError(w, r, http.StatusInternalServerError, "The "+noun+" could not be read.")
			return
		}
		d := &groupData{G: s.viewGroup(r.Context(), *g)}
		for _, m := range g.Members {
			cs, _, err := s.st.ListClaims(r.Context(), store.ClaimFilter{ArticleID: m.ArticleID})
			if err != nil {
				s.log.Error("group claims", "article", m.ArticleID, "err", err)
				s.pageError(w, r, http.StatusInternalServerError, "The "+noun+"'s claims could not be read.")
				return
			}
			d.Claims = append(d.Claims, cs...)
		}
		sort.SliceStable(d.Claims, func(i, j int) bool { return d.Claims[i].ArticlePublished < d.Claims[j].ArticlePublished })
		title := "Copy group " + r.PathValue("id")
		if kind == store.KindStory {
			title = "Story " + r.PathValue("id")
		}
		s.render(w, r, http.StatusOK, "group", title, d)
	}
}
