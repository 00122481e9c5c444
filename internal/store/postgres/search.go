package postgres

import (
	"context"
	"strings"

	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/core"
)

// tsQuery renders a parsed query for to_tsquery('simple', ...). Words hold
// only letters and digits (searchq.Parse), so quoting them as lexemes
// is safe.
func tsQuery(q searchq.Query) string {
	return core.BoolQuery(q, func(t searchq.Term) string {
		parts := make([]string, len(t.Words))
		for i, w := range t.Words {
			parts[i] = "'" + w + "'"
		}
		if t.Prefix {
			parts[len(parts)-1] += ":*"
		}
		s := strings.Join(parts, " <-> ")
		if len(parts) > 1 {
			s = "(" + s + ")"
		}
		return s
	}, " | ", " & ", " & !", false)
}

// tsText is the text as the tsv column indexes it (migration 0017).
func tsText(col string) string {
	for _, c := range []string{"-", "/", "_", ".", ":", "@", "''", "’"} {
		col = `replace(` + col + `, '` + c + `', ' ')`
	}
	return `to_tsvector('simple', ` + col + `)`
}

// headlineOpts: markers are store.HighlightStart and store.HighlightEnd.
var headlineOpts = "StartSel=" + store.HighlightStart + ", StopSel=" + store.HighlightEnd +
	", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" " + store.Ellipsis + " \""

// search is full-text search on the tsv column (core.SearchDialect).
type search struct{}

func (search) Match(q searchq.Query) (string, []any) {
	return `a.tsv @@ to_tsquery('simple', ?)`, []any{tsQuery(q)}
}

func (search) From(bool) string { return ` FROM articles a` }

func (search) ID() string { return `a.id` }

// Snippets implements core.SearchDialect: Page made them.
func (search) Snippets(context.Context, core.Querier, searchq.Query, []store.SearchHit) error {
	return nil
}

// Page ranks and pages first, then builds headlines for the page only.
func (search) Page(w *core.Where, q searchq.Query, byDate bool, limit, offset int) (string, []any) {
	order, outer := `rank DESC, a.id`, `p.rank DESC, p.id`
	if byDate {
		order, outer = `a.published DESC, a.id DESC`, `p.published DESC, p.id DESC`
	}
	tq := tsQuery(q)
	args := append([]any{headlineOpts, headlineOpts, tq, tq}, w.Args...)
	return `SELECT p.id, p.title, p.published, p.credit, p.lang,
		CASE WHEN ` + tsText("p.text") + ` @@ to_tsquery('simple', p.q)
			THEN ts_headline('simple', p.text, to_tsquery('simple', p.q), ?)
			ELSE ts_headline('simple', p.title, to_tsquery('simple', p.q), ?) END,
		p.rank
		FROM (SELECT a.id, a.title, a.published, a.credit, a.lang, a.text, CAST(? AS text) AS q,
			ts_rank(a.tsv, to_tsquery('simple', ?)) AS rank
			FROM articles a` + w.String() + `
			ORDER BY ` + order + core.Page(limit, offset) + `) p
		ORDER BY ` + outer, args
}
