package core

import (
	"context"
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
)

// SearchDialect is the full-text part of Search, which differs between
// the databases.
type SearchDialect interface {
	// Match is the condition that an article (alias a) matches q, with its
	// arguments.
	Match(q searchq.Query) (cond string, args []any)
	// From is the FROM clause of the matches; bare is true when no other
	// condition than Match applies, so that the index alone may serve.
	From(bare bool) string
	// ID is the matched article's id in From.
	ID() string
	// Page returns the query of one window of hits ranked best first (or
	// newest first, byDate) with their snippets (columns: id, title,
	// published, credit, lang, snippet, rank), given the conditions, the
	// query and the window.
	Page(w *Where, q searchq.Query, byDate bool, limit, offset int) (query string, args []any)
	// Snippets fills the hits' snippets where Page left them empty.
	Snippets(ctx context.Context, rq Querier, q searchq.Query, hits []store.SearchHit) error
}

// BoolQuery writes q in a dialect's full-text syntax: each term by term, a
// clause's alternatives joined by or (in parentheses when several, or always
// with paren), the clauses by and, then not and the left-out terms as one
// group.
func BoolQuery(q searchq.Query, term func(searchq.Term) string, or, and, not string, paren bool) string {
	group := func(ts []searchq.Term) string {
		alt := make([]string, len(ts))
		for i, t := range ts {
			alt[i] = term(t)
		}
		if len(alt) == 1 && !paren {
			return alt[0]
		}
		return "(" + strings.Join(alt, or) + ")"
	}
	var all []string
	for _, c := range q.Clauses {
		all = append(all, group(c))
	}
	s := strings.Join(all, and)
	if len(q.Not) > 0 {
		if len(all) > 1 {
			s = "(" + s + ")"
		}
		s += not + group(q.Not)
	}
	return s
}

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, sq store.SearchQuery) ([]store.SearchHit, int, error) {
	what := fmt.Sprintf("search %q", sq.Text)
	q, err := searchq.Parse(sq.Text)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	sd := s.d.Search()
	var w Where
	cond, args := sd.Match(q)
	w.Add(cond, args...)
	articleWhere(&w, sq.From, sq.To, sq.Credit, sq.Lang)
	w.AddIf(sq.Fold, notLaterCopy(sd.ID()))
	if sq.Sort != "" && sq.Sort != store.SortDate {
		return nil, 0, fmt.Errorf("%s: %w: sort %q (want %q or none)", what, store.ErrInvalid, sq.Sort, store.SortDate)
	}
	var hits []store.SearchHit
	var total int
	err = s.read(ctx, what, func(rq Querier) error {
		// Count at most SearchTotalCap+1 matches, without ranking.
		if err := rq.QueryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1`+sd.From(w.Len() == 1)+w.String()+
			Page(store.SearchTotalCap+1, 0)+`) m`, w.Args...).Scan(&total); err != nil {
			return fmt.Errorf("count: %w", err)
		}
		// Rank (or sort by date) only the newest matches when many match.
		if span := store.SearchRankSpan(sq.Limit, sq.Offset); span > 0 && total > span {
			var oldest int64
			if err := rq.QueryRow(ctx, `SELECT `+sd.ID()+sd.From(false)+w.String()+` ORDER BY `+sd.ID()+` DESC`+
				Page(1, span-1), w.Args...).Scan(&oldest); err != nil {
				return fmt.Errorf("rank window: %w", err)
			}
			w.Add(sd.ID()+` >= ?`, oldest)
		}
		query, args := sd.Page(&w, q, sq.Sort == store.SortDate, sq.Limit, sq.Offset)
		// each hit with its copy group and the group's size, in the page's
		// order (columns 3 and 7 are published and rank)
		order := `7 DESC, 1`
		if sq.Sort == store.SortDate {
			order = `3 DESC, 1 DESC`
		}
		var err error
		if hits, err = list(ctx, rq, "hits", `SELECT h.*, COALESCE(g.group_id, 0), (SELECT COUNT(*)
			FROM group_members m WHERE m.group_id = g.group_id) FROM (`+query+`) h
			LEFT JOIN group_members g ON g.kind = 'copy' AND g.article_id = h.id ORDER BY `+order, args,
			fields(func(h *store.SearchHit) []any {
				return []any{&h.ArticleID, &h.Title, &h.Published, &h.Credit, &h.Lang, &h.Snippet, &h.Rank,
					&h.CopyGroup, &h.Copies}
			})); err != nil {
			return err
		}
		if err := sd.Snippets(ctx, rq, q, hits); err != nil {
			return fmt.Errorf("snippets: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	return hits, total, nil
}
