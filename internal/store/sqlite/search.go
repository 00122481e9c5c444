package sqlite

import (
	"context"
	"strings"

	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/core"
)

// search is full-text search on FTS5 (core.SearchDialect).
type search struct{}

// ftsQuery renders a parsed query in FTS5 syntax. Every term is quoted, so
// nothing the user types reaches FTS5 as an operator.
func ftsQuery(q searchq.Query) string {
	return core.BoolQuery(q, func(t searchq.Term) string {
		s := `"` + strings.Join(t.Words, " ") + `"`
		if t.Prefix {
			s += "*"
		}
		return s
	}, " OR ", " AND ", " NOT ", true)
}

// Title hits weigh more than body hits.
const bm25 = `bm25(articles_fts, 4.0, 1.0)`

func (search) Match(q searchq.Query) (string, []any) {
	return `articles_fts MATCH ?`, []any{ftsQuery(q)}
}

// From serves the count, the rank window and the facets' matches: every
// column they read of an article is in the articles_filter index.
func (search) From(bare bool) string {
	if bare { // FTS5 walks the doclists alone
		return ` FROM articles_fts`
	}
	return ` FROM articles_fts JOIN articles a INDEXED BY articles_filter ON a.id = articles_fts.rowid`
}

// pageFrom is the FROM clause of a page of hits, which reads titles.
const pageFrom = ` FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid`

func (search) ID() string { return `articles_fts.rowid` }

func (s search) Page(w *core.Where, q searchq.Query, byDate bool, limit, offset int) (string, []any) {
	order := bm25 + `, a.id`
	if byDate {
		order = `a.published DESC, a.id DESC`
	}
	// Rank and page first; snippets cost a walk of each row's text per
	// phrase, so they are made for the page's rows only (Snippets).
	return `SELECT a.id, a.title, a.published, a.credit, a.lang, '', -` + bm25 + pageFrom +
		w.String() + ` ORDER BY ` + order + core.Page(limit, offset), w.Args
}

// Snippets implements core.SearchDialect in one query over the hits' rows.
func (search) Snippets(ctx context.Context, rq core.Querier, q searchq.Query, hits []store.SearchHit) error {
	if len(hits) == 0 {
		return nil
	}
	at := make(map[int64]int, len(hits))
	lo, hi := hits[0].ArticleID, hits[0].ArticleID
	args := []any{ftsQuery(q), 0, 0}
	for i, h := range hits {
		at[h.ArticleID] = i
		lo, hi = min(lo, h.ArticleID), max(hi, h.ArticleID)
		args = append(args, h.ArticleID)
	}
	args[1], args[2] = lo, hi
	// FTS5 takes the match and the rowid range in one walk of the index;
	// "+rowid IN" is checked on those rows, before their snippet is made
	// (as a constraint FTS5 would run the whole match once per id).
	return core.Each(ctx, rq, `SELECT rowid, snippet(articles_fts, -1, char(2), char(3), '`+store.Ellipsis+`', 24)
		FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? AND +rowid IN (`+
		core.Marks(len(hits))+`)`, args, func(r core.Row) error {
		var id int64
		var snip string
		err := r.Scan(&id, &snip)
		hits[at[id]].Snippet = snip
		return err
	})
}
