package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier/internal/store"
)

// ftsQuery renders a parsed query in FTS5 syntax. Every term is quoted, so
// nothing the user types reaches FTS5 as an operator.
func ftsQuery(q store.Query) string {
	term := func(t store.Term) string {
		s := `"` + strings.Join(t.Words, " ") + `"`
		if t.Prefix {
			s += "*"
		}
		return s
	}
	group := func(ts []store.Term) string {
		var alt []string
		for _, t := range ts {
			alt = append(alt, term(t))
		}
		return "(" + strings.Join(alt, " OR ") + ")"
	}
	var and []string
	for _, c := range q.Clauses {
		and = append(and, group(c))
	}
	s := strings.Join(and, " AND ")
	if len(q.Not) > 0 {
		if len(and) > 1 {
			s = "(" + s + ")"
		}
		s += " NOT " + group(q.Not)
	}
	return s
}

// Title hits weigh more than body hits.
const bm25 = `bm25(articles_fts, 4.0, 1.0)`

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, sq store.SearchQuery) ([]store.SearchHit, int, error) {
	what := fmt.Sprintf("search %q", sq.Text)
	q, err := store.ParseQuery(sq.Text)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	var w where
	w.add(`articles_fts MATCH ?`, ftsQuery(q))
	articleWhere(&w, sq.From, sq.To, sq.Credit, sq.Lang)
	if sq.Fold {
		w.add(notLaterCopy(`articles_fts.rowid`))
	}
	from := ` FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid`
	// Count at most SearchTotalCap+1 matches: FTS5 walks the doclists
	// without ranking.
	countFrom := from
	if len(w.conds) == 1 { // no article filter: the index alone
		countFrom = ` FROM articles_fts`
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM (SELECT 1`+countFrom+w.String()+` LIMIT ?)`,
		append(w.args, store.SearchTotalCap+1)...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("%s: count: %w", what, err)
	}
	order := bm25 + `, a.id`
	if sq.Sort == store.SortDate {
		order = `a.published DESC, a.id DESC`
	} else if sq.Sort != "" {
		return nil, 0, fmt.Errorf("%s: %w: sort %q (want %q or none)", what, store.ErrInvalid, sq.Sort, store.SortDate)
	}
	// Rank only the newest matches when many match: bm25 costs a few
	// microseconds per row.
	if span := store.SearchRankSpan(sq.Limit, sq.Offset); span > 0 && total > span && sq.Sort == "" {
		var oldest int64
		err := s.db.QueryRowContext(ctx, `SELECT articles_fts.rowid`+from+w.String()+
			` ORDER BY articles_fts.rowid DESC LIMIT 1 OFFSET ?`, append(w.args, span-1)...).Scan(&oldest)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: rank window: %w", what, err)
		}
		w.add(`articles_fts.rowid >= ?`, oldest)
	}
	var hits []store.SearchHit
	err = each(ctx, s.db, `SELECT a.id, a.title, a.published, a.credit, a.lang,
		snippet(articles_fts, -1, char(2), char(3), '`+store.Ellipsis+`', 24), -`+bm25+`,
		COALESCE((SELECT g.group_id FROM group_members g WHERE g.kind = 'copy' AND g.article_id = a.id), 0)`+from+w.String()+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(w.args, limit(sq.Limit), offset(sq.Offset)),
		func(r *sql.Rows) error {
			var h store.SearchHit
			if err := r.Scan(&h.ArticleID, &h.Title, &h.Published, &h.Credit, &h.Lang, &h.Snippet, &h.Rank, &h.CopyGroup); err != nil {
				return err
			}
			hits = append(hits, h)
			return nil
		})
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	if err := s.copiesOfHits(ctx, hits); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	return hits, total, nil
}
