package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/store"
)

// tsQuery renders a parsed query for to_tsquery('simple', ...). Words hold
// only letters and digits (store.ParseQuery), so quoting them as lexemes
// is safe.
func tsQuery(q store.Query) string {
	term := func(t store.Term) string {
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
	}
	group := func(ts []store.Term) string {
		alt := make([]string, len(ts))
		for i, t := range ts {
			alt[i] = term(t)
		}
		if len(alt) == 1 {
			return alt[0]
		}
		return "(" + strings.Join(alt, " | ") + ")"
	}
	var and []string
	for _, c := range q.Clauses {
		and = append(and, group(c))
	}
	if len(q.Not) > 0 {
		and = append(and, "!"+group(q.Not))
	}
	return strings.Join(and, " & ")
}

// tsText is the text as the tsv column indexes it (see schema.go).
func tsText(col string) string {
	return `to_tsvector('simple', translate(` + col + `, '-/_.:@''’', '        '))`
}

// headlineOpts: markers are store.HighlightStart and store.HighlightEnd.
var headlineOpts = "StartSel=" + store.HighlightStart + ", StopSel=" + store.HighlightEnd +
	", MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=\" " + store.Ellipsis + " \""

// Search implements store.Store.
func (s *Store) Search(ctx context.Context, sq store.SearchQuery) ([]store.SearchHit, int, error) {
	what := fmt.Sprintf("search %q", sq.Text)
	q, err := store.ParseQuery(sq.Text)
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", what, err)
	}
	var w where
	w.add(`a.tsv @@ to_tsquery('simple', ?)`, tsQuery(q))
	articleWhere(&w, sq.From, sq.To, sq.Credit, sq.Lang)
	if sq.Fold {
		w.add(notLaterCopy(`a.id`))
	}
	order, outer := `rank DESC, a.id`, `p.rank DESC, p.id`
	if sq.Sort == store.SortDate {
		order, outer = `a.published DESC, a.id DESC`, `p.published DESC, p.id DESC`
	} else if sq.Sort != "" {
		return nil, 0, fmt.Errorf("%s: %w: sort %q (want %q or none)", what, store.ErrInvalid, sq.Sort, store.SortDate)
	}
	// Count at most SearchTotalCap+1 matches.
	var total int
	if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM articles a`+w.String()+` LIMIT `+w.next(1)+`) m`,
		append(w.args, store.SearchTotalCap+1)...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("%s: count: %w", what, err)
	}
	// Rank only the newest matches when many match.
	if span := store.SearchRankSpan(sq.Limit, sq.Offset); span > 0 && total > span && sq.Sort == "" {
		var oldest int64
		err := s.pool.QueryRow(ctx, `SELECT a.id FROM articles a`+w.String()+` ORDER BY a.id DESC LIMIT 1 OFFSET `+w.next(1),
			append(w.args, span-1)...).Scan(&oldest)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: rank window: %w", what, err)
		}
		w.add(`a.id >= ?`, oldest)
	}
	// Rank and page first, then build headlines for the page only.
	query := `SELECT p.id, p.title, p.published, p.credit, p.lang,
		CASE WHEN ` + tsText("p.text") + ` @@ to_tsquery('simple', $1)
			THEN ts_headline('simple', p.text, to_tsquery('simple', $1), ` + w.next(3) + `)
			ELSE ts_headline('simple', p.title, to_tsquery('simple', $1), ` + w.next(3) + `) END,
		p.rank, COALESCE((SELECT g.group_id FROM group_members g WHERE g.kind = 'copy' AND g.article_id = p.id), 0)
		FROM (SELECT a.id, a.title, a.published, a.credit, a.lang, a.text,
			ts_rank(a.tsv, to_tsquery('simple', $1)) AS rank
			FROM articles a` + w.String() + `
			ORDER BY ` + order + ` LIMIT ` + w.next(1) + ` OFFSET ` + w.next(2) + `) p
		ORDER BY ` + outer
	var hits []store.SearchHit
	err = each(ctx, s.pool, query, append(w.args, limit(sq.Limit), offset(sq.Offset), headlineOpts),
		func(r pgx.Rows) error {
			var h store.SearchHit
			var rank float32
			if err := r.Scan(&h.ArticleID, &h.Title, &h.Published, &h.Credit, &h.Lang, &h.Snippet, &rank, &h.CopyGroup); err != nil {
				return err
			}
			h.Rank = float64(rank)
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
