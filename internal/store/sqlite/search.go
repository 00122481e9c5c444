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
	match := ftsQuery(q)
	var w where
	w.add(`articles_fts MATCH ?`, match)
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
	// Rank and page first; snippets cost a walk of each row's text per
	// phrase, so they are made for the page's rows only.
	var hits []store.SearchHit
	err = each(ctx, s.db, `SELECT a.id, a.title, a.published, a.credit, a.lang, -`+bm25+`,
		COALESCE((SELECT g.group_id FROM group_members g WHERE g.kind = 'copy' AND g.article_id = a.id), 0)`+from+w.String()+
		` ORDER BY `+order+` LIMIT ? OFFSET ?`, append(w.args, limit(sq.Limit), offset(sq.Offset)),
		func(r *sql.Rows) error {
			var h store.SearchHit
			if err := r.Scan(&h.ArticleID, &h.Title, &h.Published, &h.Credit, &h.Lang, &h.Rank, &h.CopyGroup); err != nil {
				return err
			}
			hits = append(hits, h)
			return nil
		})
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	if err := s.snippets(ctx, match, hits); err != nil {
		return nil, 0, fmt.Errorf("%s: snippets: %w", what, err)
	}
	if err := s.copiesOfHits(ctx, hits); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	return hits, total, nil
}

// snippets fills the Snippet of each hit, in one query over those rows.
func (s *Store) snippets(ctx context.Context, match string, hits []store.SearchHit) error {
	if len(hits) == 0 {
		return nil
	}
	at := make(map[int64]int, len(hits))
	lo, hi := hits[0].ArticleID, hits[0].ArticleID
	var ids []any
	marks := make([]string, len(hits))
	for i, h := range hits {
		at[h.ArticleID] = i
		lo, hi = min(lo, h.ArticleID), max(hi, h.ArticleID)
		ids = append(ids, h.ArticleID)
		marks[i] = "?"
	}
	// FTS5 takes the match and the rowid range in one walk of the index;
	// "+rowid IN" is checked on those rows, before their snippet is made
	// (as a constraint FTS5 would run the whole match once per id).
	args := append([]any{match, lo, hi}, ids...)
	return each(ctx, s.db, `SELECT rowid, snippet(articles_fts, -1, char(2), char(3), '`+store.Ellipsis+`', 24)
		FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (`+strings.Join(marks, ",")+`)`, args,
		func(r *sql.Rows) error {
			var id int64
			var snip string
			if err := r.Scan(&id, &snip); err != nil {
				return err
			}
			if i, ok := at[id]; ok {
				hits[i].Snippet = snip
			}
			return nil
		})
}
