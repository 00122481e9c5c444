package postgres

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

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

func bound(v doc.Value) string {
	if v.Bound == "" {
		return doc.BoundExact
	}
	return v.Bound
}

// PutArticle implements store.Store.
func (s *Store) PutArticle(ctx context.Context, a *doc.Article) (int64, bool, error) {
	if a == nil {
		return 0, false, fmt.Errorf("put article: %w: nil article", store.ErrInvalid)
	}
	var id int64
	created := false
	err := s.tx(ctx, fmt.Sprintf("put article %q", articleName(a)), func(tx pgx.Tx) error {
		var hash any
		if a.Hash != "" {
			hash = a.Hash
		}
		err := tx.QueryRow(ctx, `INSERT INTO articles (source, url, format, title, published,
			published_time, date_rule, credit, credit_rule, byline, site_name, lang, text, warnings, hash)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)
			ON CONFLICT (hash) DO NOTHING RETURNING id`,
			a.Source, a.URL, a.Format, a.Title, a.Published, a.PublishedTime, a.DateRule, a.Credit,
			a.CreditRule, a.Byline, a.SiteName, a.Lang, a.Text, jsonList(a.Warnings), hash).Scan(&id)
		if errors.Is(err, pgx.ErrNoRows) {
			// Same hash stored before (perhaps just now by another writer).
			if err := tx.QueryRow(ctx, `SELECT id FROM articles WHERE hash = $1`, a.Hash).Scan(&id); err != nil {
				return fmt.Errorf("look up hash: %w", err)
			}
			return nil
		}
		if err != nil {
			return fmt.Errorf("insert article: %w", err)
		}
		var b batch
		for i, p := range a.Paragraphs {
			b.add(fmt.Sprintf("insert paragraph %d", i), `INSERT INTO paragraphs (article_id, ord, kind,
				span_start, span_end, text, flags) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
				id, i, p.Kind, p.Start, p.End, p.Text, jsonList(p.Flags))
		}
		for i, r := range a.Removed {
			b.add(fmt.Sprintf("insert removed piece %d", i), `INSERT INTO removed (article_id, ord,
				raw_index, reason, text) VALUES ($1,$2,$3,$4,$5)`, id, i, r.Index, r.Reason, r.Text)
		}
		if a.Annotations != nil {
			if err := addAnnotations(&b, id, a.Annotations); err != nil {
				return err
			}
			for i, c := range a.Annotations.Claims {
				addClaim(&b, id, i, c)
			}
		}
		if err := b.run(ctx, tx); err != nil {
			return err
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

// addAnnotations queues everything in an except claims.
func addAnnotations(b *batch, id int64, an *doc.Annotations) error {
	for i, t := range an.Times {
		b.add(fmt.Sprintf("insert time %d %q", i, t.Text), `INSERT INTO times (article_id, ord, span_start,
			span_end, text, type, value, granularity, rule, anchor, mod)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)`,
			id, i, t.Start, t.End, t.Text, t.Type, t.Value, t.Granularity, t.Rule, t.Anchor, t.Mod)
	}
	for i, q := range an.Quantities {
		v := q.Value
		b.add(fmt.Sprintf("insert quantity %d %q", i, q.Text), `INSERT INTO quantities (article_id, ord,
			span_start, span_end, text, kind, bound, number, low, high, approx, vague, unit, per, rule)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15)`,
			id, i, q.Start, q.End, q.Text, q.Kind, bound(v), v.Number, v.Low, v.High, v.Approx, v.Vague,
			q.Unit, q.Per, q.Rule)
	}
	for i, m := range an.Mentions {
		b.add(fmt.Sprintf("insert mention %d %q", i, m.Text), `INSERT INTO mentions (article_id, ord,
			span_start, span_end, text, type, entity, rule) VALUES ($1,$2,$3,$4,$5,$6,$7,$8)`,
			id, i, m.Start, m.End, m.Text, m.Type, m.Entity, m.Rule)
	}
	for i, e := range an.Entities {
		if e.Key == "" {
			return fmt.Errorf("entity %d %q: %w: empty key", i, e.Name, store.ErrInvalid)
		}
		b.add(fmt.Sprintf("upsert entity %q", e.Key), `INSERT INTO entities (key, name, type) VALUES ($1,$2,$3)
			ON CONFLICT (key) DO NOTHING`, e.Key, e.Name, e.Type)
		for _, v := range append([]string{e.Name}, e.Variants...) {
			if v == "" {
				continue
			}
			b.add(fmt.Sprintf("insert variant %q of %q", v, e.Key), `INSERT INTO entity_variants
				(entity_key, variant) VALUES ($1,$2) ON CONFLICT DO NOTHING`, e.Key, v)
		}
		for _, l := range e.Links {
			b.add(fmt.Sprintf("insert link of %q", e.Key), `INSERT INTO entity_links (entity_key, link)
				VALUES ($1,$2) ON CONFLICT DO NOTHING`, e.Key, l)
		}
		b.add(fmt.Sprintf("insert entity %q", e.Key), `INSERT INTO article_entities (article_id, ord,
			entity_key, name, type, variants, links) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
			id, i, e.Key, e.Name, e.Type, jsonList(e.Variants), jsonList(e.Links))
	}
	for i, l := range an.LegalRefs {
		b.add(fmt.Sprintf("insert legal reference %d %q", i, l.Text), `INSERT INTO legal_refs (article_id,
			ord, span_start, span_end, text, instrument, paragraph) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
			id, i, l.Start, l.End, l.Text, l.Instrument, l.Paragraph)
	}
	return nil
}

// ArticleIDByHash implements store.Store.
func (s *Store) ArticleIDByHash(ctx context.Context, hash string) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `SELECT id FROM articles WHERE hash = $1`, hash).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
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
	err := s.readTx(ctx, fmt.Sprintf("article %d", id), func(tx pgx.Tx) error {
		var warnings string
		var hash *string
		err := tx.QueryRow(ctx, `SELECT source, url, format, title, published, published_time,
			date_rule, credit, credit_rule, byline, site_name, lang, text, warnings, hash
			FROM articles WHERE id = $1`, id).Scan(&a.Source, &a.URL, &a.Format, &a.Title, &a.Published,
			&a.PublishedTime, &a.DateRule, &a.Credit, &a.CreditRule, &a.Byline, &a.SiteName, &a.Lang,
			&a.Text, &warnings, &hash)
		if errors.Is(err, pgx.ErrNoRows) {
			return store.ErrNotFound
		}
		if err != nil {
			return err
		}
		a.Warnings = parseList(warnings)
		if hash != nil {
			a.Hash = *hash
		}
		an := a.Annotations
		args := []any{id}
		err = each(ctx, tx, `SELECT kind, span_start, span_end, text, flags FROM paragraphs
			WHERE article_id = $1 ORDER BY ord`, args, func(r pgx.Rows) error {
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
		err = each(ctx, tx, `SELECT text, reason, raw_index FROM removed WHERE article_id = $1 ORDER BY ord`,
			args, func(r pgx.Rows) error {
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
			FROM times WHERE article_id = $1 ORDER BY ord`, args, func(r pgx.Rows) error {
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
			vague, unit, per, rule FROM quantities WHERE article_id = $1 ORDER BY ord`, args,
			func(r pgx.Rows) error {
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
			WHERE article_id = $1 ORDER BY ord`, args, func(r pgx.Rows) error {
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
			WHERE article_id = $1 ORDER BY ord`, args, func(r pgx.Rows) error {
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
			WHERE article_id = $1 ORDER BY ord`, args, func(r pgx.Rows) error {
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
		var w where
		w.add(`c.article_id = ?`, id)
		claims, err := queryClaims(ctx, tx, &w, `c.span_start, c.span_end, c.ord, c.id`, 0, 0)
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

const summaryCols = `a.id, a.title, a.published, a.credit, a.lang, a.source, a.url, COALESCE(a.hash, ''),
	(SELECT COUNT(*) FROM claims c WHERE c.article_id = a.id),
	COALESCE((SELECT group_id FROM group_members g WHERE g.kind = 'copy' AND g.article_id = a.id), 0),
	COALESCE((SELECT group_id FROM group_members g WHERE g.kind = 'story' AND g.article_id = a.id), 0)`

func scanSummary(r pgx.Row) (store.ArticleSummary, error) {
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
		w.add(`lower(a.credit) = lower(?)`, credit)
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
	if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM articles a`+w.String(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list articles: count: %w", err)
	}
	var out []store.ArticleSummary
	err := each(ctx, s.pool, `SELECT `+summaryCols+` FROM articles a`+w.String()+
		` ORDER BY `+newestFirst+` LIMIT `+w.next(1)+` OFFSET `+w.next(2),
		append(w.args, limit(f.Limit), offset(f.Offset)), func(r pgx.Rows) error {
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
	err := s.tx(ctx, fmt.Sprintf("replace annotations of article %d", articleID), func(tx pgx.Tx) error {
		if err := lockArticle(ctx, tx, articleID); err != nil {
			return err
		}
		var b batch
		for _, t := range []string{"times", "quantities", "mentions", "article_entities", "legal_refs"} {
			b.add("delete "+t, `DELETE FROM `+t+` WHERE article_id = $1`, articleID)
		}
		if err := addAnnotations(&b, articleID, an); err != nil {
			return err
		}
		if err := b.run(ctx, tx); err != nil {
			return err
		}
		var err error
		res, err = replaceMachineClaims(ctx, tx, articleID, an.Claims)
		return err
	})
	return res, err
}

// lockArticle checks that the article exists and locks its row, so that
// concurrent replacements of its annotations queue.
func lockArticle(ctx context.Context, q querier, id int64) error {
	var one int
	err := q.QueryRow(ctx, `SELECT 1 FROM articles WHERE id = $1 FOR UPDATE`, id).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("article %d: %w", id, store.ErrNotFound)
	}
	return err
}

// Counts implements store.Store.
func (s *Store) Counts(ctx context.Context) (store.Counts, error) {
	c := store.Counts{ByReview: map[string]int{}}
	err := s.readTx(ctx, "counts", func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `SELECT
			(SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM paragraphs), (SELECT COUNT(*) FROM times),
			(SELECT COUNT(*) FROM quantities), (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM entities),
			(SELECT COUNT(*) FROM legal_refs), (SELECT COUNT(*) FROM claims),
			(SELECT COUNT(*) FROM article_groups WHERE kind = 'copy'),
			(SELECT COUNT(*) FROM article_groups WHERE kind = 'story')`).Scan(&c.Articles, &c.Paragraphs,
			&c.Times, &c.Quantities, &c.Mentions, &c.Entities, &c.LegalRefs, &c.Claims, &c.CopyGroups, &c.Stories)
		if err != nil {
			return err
		}
		return each(ctx, tx, `SELECT review, COUNT(*) FROM claims GROUP BY review`, nil, func(r pgx.Rows) error {
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
