package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// readTx runs fn in a read-only (deferred) transaction, so that a read of
// several tables sees one snapshot.
func (s *Store) readTx(ctx context.Context, what string, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return fmt.Errorf("%s: begin: %w", what, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

func articleName(a *doc.Article) string {
	switch {
	case a.Source != "":
		return a.Source
	case a.URL != "":
		return a.URL
	case a.Title != "":
		return a.Title
	}
	return a.Hash
}

// PutArticle implements store.Store.
func (s *Store) PutArticle(ctx context.Context, a *doc.Article) (int64, bool, error) {
	if a == nil {
		return 0, false, fmt.Errorf("put article: %w: nil article", store.ErrInvalid)
	}
	var id int64
	created := false
	err := s.tx(ctx, fmt.Sprintf("put article %q", articleName(a)), func(tx *wtx) error {
		if a.Hash != "" {
			err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, a.Hash).Scan(&id)
			if err == nil {
				return nil
			}
			if !errors.Is(err, sql.ErrNoRows) {
				return fmt.Errorf("look up hash: %w", err)
			}
		}
		var hash any
		if a.Hash != "" {
			hash = a.Hash
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO articles (source, url, format, title, published,
			published_time, date_rule, credit, credit_rule, byline, site_name, lang, text, warnings,
			hash, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			a.Source, a.URL, a.Format, a.Title, a.Published, a.PublishedTime, a.DateRule, a.Credit,
			a.CreditRule, a.Byline, a.SiteName, a.Lang, a.Text, jsonList(a.Warnings), hash, now())
		if err != nil {
			return fmt.Errorf("insert article: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		for i, p := range a.Paragraphs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO paragraphs (article_id, ord, kind, span_start,
				span_end, text, flags) VALUES (?,?,?,?,?,?,?)`,
				id, i, p.Kind, p.Start, p.End, p.Text, jsonList(p.Flags)); err != nil {
				return fmt.Errorf("insert paragraph %d: %w", i, err)
			}
		}
		for i, r := range a.Removed {
			if _, err := tx.ExecContext(ctx, `INSERT INTO removed (article_id, ord, raw_index, reason, text)
				VALUES (?,?,?,?,?)`, id, i, r.Index, r.Reason, r.Text); err != nil {
				return fmt.Errorf("insert removed piece %d: %w", i, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles_fts (rowid, title, text) VALUES (?,?,?)`,
			id, a.Title, a.Text); err != nil {
			return fmt.Errorf("index article: %w", err)
		}
		if a.Annotations != nil {
			if err := insertAnnotations(ctx, tx, id, a.Annotations); err != nil {
				return err
			}
			for i, c := range a.Annotations.Claims {
				if _, err := insertClaim(ctx, tx, id, i, c); err != nil {
					return err
				}
			}
		}
		created = true
		return nil
	})
	if err != nil {
		return 0, false, err
	}
	a.ID = id
	return id, created, nil
}

func bound(v doc.Value) string {
	if v.Bound == "" {
		return doc.BoundExact
	}
	return v.Bound
}

// insertAnnotations writes everything in an except claims.
func insertAnnotations(ctx context.Context, tx *wtx, id int64, an *doc.Annotations) error {
	for i, t := range an.Times {
		if _, err := tx.ExecContext(ctx, `INSERT INTO times (article_id, ord, span_start, span_end, text,
			type, value, granularity, rule, anchor, mod) VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
			id, i, t.Start, t.End, t.Text, t.Type, t.Value, t.Granularity, t.Rule, t.Anchor, t.Mod); err != nil {
			return fmt.Errorf("insert time %d %q: %w", i, t.Text, err)
		}
	}
	for i, q := range an.Quantities {
		v := q.Value
		if _, err := tx.ExecContext(ctx, `INSERT INTO quantities (article_id, ord, span_start, span_end,
			text, kind, bound, number, low, high, approx, vague, unit, per, rule)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			id, i, q.Start, q.End, q.Text, q.Kind, bound(v), v.Number, v.Low, v.High, b2i(v.Approx),
			b2i(v.Vague), q.Unit, q.Per, q.Rule); err != nil {
			return fmt.Errorf("insert quantity %d %q: %w", i, q.Text, err)
		}
	}
	for i, m := range an.Mentions {
		if _, err := tx.ExecContext(ctx, `INSERT INTO mentions (article_id, ord, span_start, span_end,
			text, type, entity, rule) VALUES (?,?,?,?,?,?,?,?)`,
			id, i, m.Start, m.End, m.Text, m.Type, m.Entity, m.Rule); err != nil {
			return fmt.Errorf("insert mention %d %q: %w", i, m.Text, err)
		}
	}
	for i, e := range an.Entities {
		if e.Key == "" {
			return fmt.Errorf("entity %d %q: %w: empty key", i, e.Name, store.ErrInvalid)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO entities (key, name, type) VALUES (?,?,?)
			ON CONFLICT (key) DO NOTHING`, e.Key, e.Name, e.Type); err != nil {
			return fmt.Errorf("upsert entity %q: %w", e.Key, err)
		}
		names := append([]string{e.Name}, e.Variants...)
		for _, v := range names {
			if v == "" {
				continue
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO entity_variants (entity_key, variant) VALUES (?,?)
				ON CONFLICT DO NOTHING`, e.Key, v); err != nil {
				return fmt.Errorf("insert variant %q of %q: %w", v, e.Key, err)
			}
		}
		for _, l := range e.Links {
			if _, err := tx.ExecContext(ctx, `INSERT INTO entity_links (entity_key, link) VALUES (?,?)
				ON CONFLICT DO NOTHING`, e.Key, l); err != nil {
				return fmt.Errorf("insert link of %q: %w", e.Key, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_entities (article_id, ord, entity_key, name,
			type, variants, links) VALUES (?,?,?,?,?,?,?)`,
			id, i, e.Key, e.Name, e.Type, jsonList(e.Variants), jsonList(e.Links)); err != nil {
			return fmt.Errorf("insert entity %q: %w", e.Key, err)
		}
	}
	for i, l := range an.LegalRefs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO legal_refs (article_id, ord, span_start, span_end,
			text, instrument, paragraph) VALUES (?,?,?,?,?,?,?)`,
			id, i, l.Start, l.End, l.Text, l.Instrument, l.Paragraph); err != nil {
			return fmt.Errorf("insert legal reference %d %q: %w", i, l.Text, err)
		}
	}
	return nil
}

// ArticleIDByHash implements store.Store.
func (s *Store) ArticleIDByHash(ctx context.Context, hash string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("article with hash %q: %w", hash, store.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("article with hash %q: %w", hash, err)
	}
	return id, nil
}

// Article implements store.Store.
func (s *Store) Article(ctx context.Context, id int64) (*doc.Article, error) {
	a := &doc.Article{ID: id, Annotations: &doc.Annotations{}}
	err := s.readTx(ctx, fmt.Sprintf("article %d", id), func(tx *sql.Tx) error {
		var warnings string
		var hash sql.NullString
		err := tx.QueryRowContext(ctx, `SELECT source, url, format, title, published, published_time,
			date_rule, credit, credit_rule, byline, site_name, lang, text, warnings, hash
			FROM articles WHERE id = ?`, id).Scan(&a.Source, &a.URL, &a.Format, &a.Title, &a.Published,
			&a.PublishedTime, &a.DateRule, &a.Credit, &a.CreditRule, &a.Byline, &a.SiteName, &a.Lang,
			&a.Text, &warnings, &hash)
		if errors.Is(err, sql.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		a.Warnings, a.Hash = parseList(warnings), hash.String
		an := a.Annotations
		err = each(ctx, tx, `SELECT kind, span_start, span_end, text, flags FROM paragraphs
			WHERE article_id = ? ORDER BY ord`, []any{id}, func(r *sql.Rows) error {
			var p doc.Paragraph
			var flags string
			if err := r.Scan(&p.Kind, &p.Start, &p.End, &p.Text, &flags); err != nil {
				return err
			}
			p.Flags = parseList(flags)
			a.Paragraphs = append(a.Paragraphs, p)
			return nil
		})
		if err != nil {
			return fmt.Errorf("paragraphs: %w", err)
		}
		err = each(ctx, tx, `SELECT text, reason, raw_index FROM removed WHERE article_id = ? ORDER BY ord`,
			[]any{id}, func(r *sql.Rows) error {
				var x doc.Removed
				if err := r.Scan(&x.Text, &x.Reason, &x.Index); err != nil {
					return err
				}
				a.Removed = append(a.Removed, x)
				return nil
			})
		if err != nil {
			return fmt.Errorf("removed: %w", err)
		}
		err = each(ctx, tx, `SELECT span_start, span_end, text, type, value, granularity, rule, anchor, mod
			FROM times WHERE article_id = ? ORDER BY ord`, []any{id}, func(r *sql.Rows) error {
			var t doc.Time
			if err := r.Scan(&t.Start, &t.End, &t.Text, &t.Type, &t.Value, &t.Granularity, &t.Rule,
				&t.Anchor, &t.Mod); err != nil {
				return err
			}
			an.Times = append(an.Times, t)
			return nil
		})
		if err != nil {
			return fmt.Errorf("times: %w", err)
		}
		err = each(ctx, tx, `SELECT span_start, span_end, text, kind, bound, number, low, high, approx,
			vague, unit, per, rule FROM quantities WHERE article_id = ? ORDER BY ord`, []any{id},
			func(r *sql.Rows) error {
				var q doc.Quantity
				v := &q.Value
				if err := r.Scan(&q.Start, &q.End, &q.Text, &q.Kind, &v.Bound, &v.Number, &v.Low, &v.High,
					&v.Approx, &v.Vague, &q.Unit, &q.Per, &q.Rule); err != nil {
					return err
				}
				an.Quantities = append(an.Quantities, q)
				return nil
			})
		if err != nil {
			return fmt.Errorf("quantities: %w", err)
		}
		err = each(ctx, tx, `SELECT span_start, span_end, text, type, entity, rule FROM mentions
			WHERE article_id = ? ORDER BY ord`, []any{id}, func(r *sql.Rows) error {
			var m doc.Mention
			if err := r.Scan(&m.Start, &m.End, &m.Text, &m.Type, &m.Entity, &m.Rule); err != nil {
				return err
			}
			an.Mentions = append(an.Mentions, m)
			return nil
		})
		if err != nil {
			return fmt.Errorf("mentions: %w", err)
		}
		err = each(ctx, tx, `SELECT entity_key, name, type, variants, links FROM article_entities
			WHERE article_id = ? ORDER BY ord`, []any{id}, func(r *sql.Rows) error {
			var e doc.Entity
			var variants, links string
			if err := r.Scan(&e.Key, &e.Name, &e.Type, &variants, &links); err != nil {
				return err
			}
			e.Variants, e.Links = parseList(variants), parseList(links)
			an.Entities = append(an.Entities, e)
			return nil
		})
		if err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		err = each(ctx, tx, `SELECT span_start, span_end, text, instrument, paragraph FROM legal_refs
			WHERE article_id = ? ORDER BY ord`, []any{id}, func(r *sql.Rows) error {
			var l doc.LegalRef
			if err := r.Scan(&l.Start, &l.End, &l.Text, &l.Instrument, &l.Paragraph); err != nil {
				return err
			}
			an.LegalRefs = append(an.LegalRefs, l)
			return nil
		})
		if err != nil {
			return fmt.Errorf("legal references: %w", err)
		}
		claims, err := queryClaims(ctx, tx, `WHERE c.article_id = ?`, []any{id}, `c.span_start, c.span_end, c.ord, c.id`, 0, 0)
		if err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		for _, c := range claims {
			an.Claims = append(an.Claims, c.Claim)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// each runs query and calls fn for every row.
func each(ctx context.Context, q querier, query string, args []any, fn func(*sql.Rows) error) error {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

const summaryCols = `a.id, a.title, a.published, a.credit, a.lang, a.source, a.url, COALESCE(a.hash, ''),
	(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id),
	COALESCE((SELECT group_id FROM group_members g WHERE g.kind = 'copy' AND g.article_id = a.id), 0),
	COALESCE((SELECT group_id FROM group_members g WHERE g.kind = 'story' AND g.article_id = a.id), 0)`

func scanSummary(r interface{ Scan(...any) error }) (store.ArticleSummary, error) {
	var x store.ArticleSummary
	err := r.Scan(&x.ID, &x.Title, &x.Published, &x.Credit, &x.Lang, &x.Source, &x.URL, &x.Hash,
		&x.Claims, &x.CopyGroup, &x.Story)
	return x, err
}

// newestFirst orders articles newest first, undated last.
const newestFirst = `a.published = '', a.published DESC, a.id DESC`

func articleWhere(w *where, from, to, credit, lang string) {
	if from != "" {
		w.add(`a.published <> '' AND a.published >= ?`, from)
	}
	if to != "" {
		w.add(`a.published <> '' AND substr(a.published, 1, 10) <= ?`, to)
	}
	if credit != "" {
		w.add(`a.credit = ? COLLATE NOCASE`, credit)
	}
	if lang != "" {
		w.add(`a.lang = ?`, lang)
	}
}

// ListArticles implements store.Store.
func (s *Store) ListArticles(ctx context.Context, f store.ArticleFilter) ([]store.ArticleSummary, int, error) {
	var w where
	articleWhere(&w, f.From, f.To, f.Credit, f.Lang)
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles a`+w.String(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list articles: count: %w", err)
	}
	var out []store.ArticleSummary
	err := each(ctx, s.db, `SELECT `+summaryCols+` FROM articles a`+w.String()+
		` ORDER BY `+newestFirst+` LIMIT ? OFFSET ?`, append(w.args, limit(f.Limit), offset(f.Offset)),
		func(r *sql.Rows) error {
			x, err := scanSummary(r)
			if err == nil {
				out = append(out, x)
			}
			return err
		})
	if err != nil {
		return nil, 0, fmt.Errorf("list articles: %w", err)
	}
	return out, total, nil
}

// ReplaceAnnotations implements store.Store.
func (s *Store) ReplaceAnnotations(ctx context.Context, articleID int64, an *doc.Annotations) (store.ReplaceResult, error) {
	var res store.ReplaceResult
	if an == nil {
		return res, fmt.Errorf("replace annotations of article %d: %w: nil annotations", articleID, store.ErrInvalid)
	}
	err := s.tx(ctx, fmt.Sprintf("replace annotations of article %d", articleID), func(tx *wtx) error {
		if err := articleExists(ctx, tx, articleID); err != nil {
			return err
		}
		for _, t := range []string{"times", "quantities", "mentions", "article_entities", "legal_refs"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+t+` WHERE article_id = ?`, articleID); err != nil {
				return fmt.Errorf("delete %s: %w", t, err)
			}
		}
		if err := insertAnnotations(ctx, tx, articleID, an); err != nil {
			return err
		}
		var err error
		res, err = replaceMachineClaims(ctx, tx, articleID, an.Claims)
		return err
	})
	return res, err
}

func articleExists(ctx context.Context, q querier, id int64) error {
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, id).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	return err
}

// Counts implements store.Store.
func (s *Store) Counts(ctx context.Context) (store.Counts, error) {
	c := store.Counts{ByReview: map[string]int{}}
	err := s.readTx(ctx, "counts", func(tx *sql.Tx) error {
		for _, x := range []struct {
			dst   *int
			query string
		}{
			{&c.Articles, `SELECT COUNT(*) FROM articles`},
			{&c.Paragraphs, `SELECT COUNT(*) FROM paragraphs`},
			{&c.Times, `SELECT COUNT(*) FROM times`},
			{&c.Quantities, `SELECT COUNT(*) FROM quantities`},
			{&c.Mentions, `SELECT COUNT(*) FROM mentions`},
			{&c.Entities, `SELECT COUNT(*) FROM entities`},
			{&c.LegalRefs, `SELECT COUNT(*) FROM legal_refs`},
			{&c.Claims, `SELECT COUNT(*) FROM claims`},
			{&c.CopyGroups, `SELECT COUNT(*) FROM article_groups WHERE kind = 'copy'`},
			{&c.Stories, `SELECT COUNT(*) FROM article_groups WHERE kind = 'story'`},
		} {
			if err := tx.QueryRowContext(ctx, x.query).Scan(x.dst); err != nil {
				return fmt.Errorf("%s: %w", x.query, err)
			}
		}
		return each(ctx, tx, `SELECT review, COUNT(*) FROM claims GROUP BY review`, nil, func(r *sql.Rows) error {
			var k string
			var n int
			if err := r.Scan(&k, &n); err != nil {
				return err
			}
			c.ByReview[k] = n
			return nil
		})
	})
	return c, err
}
