package postgres

import (
	"context"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

var _ store.Archiver = (*Store)(nil)

// prefixRow scans leading columns into extra destinations before the rest.
type prefixRow struct {
	r     pgx.Row
	first []any
}

func (p prefixRow) Scan(dest ...any) error { return p.r.Scan(append(p.first, dest...)...) }

// ArchiveClaims implements store.Archiver.
func (s *Store) ArchiveClaims(ctx context.Context, articleID int64) ([]store.ArchivedClaim, error) {
	var out []store.ArchivedClaim
	err := each(ctx, s.pool, `SELECT c.ord, `+claimCols+claimFrom+`WHERE c.article_id = $1 ORDER BY c.ord, c.id`,
		[]any{articleID}, func(r pgx.Rows) error {
			var ord int
			x, err := scanClaim(prefixRow{r, []any{&ord}})
			if err != nil {
				return err
			}
			out = append(out, store.ArchivedClaim{ID: x.ID, ArticleID: x.ArticleID, Ord: ord, Claim: x.Claim,
				MatchKey: x.MatchKey, Review: x.Review, Reviewer: x.Reviewer, ReviewReason: x.ReviewReason,
				ReviewedAt: x.ReviewedAt})
			return nil
		})
	if err != nil {
		return nil, fmt.Errorf("archive claims of article %d: %w", articleID, err)
	}
	return out, nil
}

// ArchiveAudit implements store.Archiver.
func (s *Store) ArchiveAudit(ctx context.Context, fn func(store.ArchivedAudit) error) error {
	err := each(ctx, s.pool, `SELECT id, claim_id, article_id, who, at, action, reason, before, after
		FROM claim_audit ORDER BY id`, nil, func(r pgx.Rows) error {
		var e store.ArchivedAudit
		var before, after string
		if err := r.Scan(&e.ID, &e.ClaimID, &e.ArticleID, &e.Who, &e.At, &e.Action, &e.Reason, &before, &after); err != nil {
			return err
		}
		e.At = e.At.UTC()
		e.Before, e.After = []byte(before), []byte(after)
		return fn(e)
	})
	if err != nil {
		return fmt.Errorf("archive audit log: %w", err)
	}
	return nil
}

func timeOrNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC()
}

// ImportArticle implements store.Archiver.
func (s *Store) ImportArticle(ctx context.Context, a *doc.Article, claims []store.ArchivedClaim) error {
	if a == nil || a.ID <= 0 {
		return fmt.Errorf("import article: %w: need an article with its id", store.ErrInvalid)
	}
	id := a.ID
	return s.tx(ctx, fmt.Sprintf("import article %d", id), func(tx pgx.Tx) error {
		var hash any
		if a.Hash != "" {
			hash = a.Hash
		}
		var b batch
		b.add("insert article", `INSERT INTO articles (id, source, url, format, title, published,
			published_time, date_rule, credit, credit_rule, byline, site_name, lang, text, warnings, hash)
			VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16)`,
			id, a.Source, a.URL, a.Format, a.Title, a.Published, a.PublishedTime, a.DateRule, a.Credit,
			a.CreditRule, a.Byline, a.SiteName, a.Lang, a.Text, jsonList(a.Warnings), hash)
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
		}
		for _, x := range claims {
			if !store.ValidReview(x.Review) {
				return fmt.Errorf("claim %d: %w: review state %q", x.ID, store.ErrInvalid, x.Review)
			}
			c := x.Claim
			pf, pt := periodCols(c)
			v := c.Value
			b.add(fmt.Sprintf("insert claim %d", x.ID), `INSERT INTO claims (id, article_id, ord, span_start,
				span_end, text, sentence, sentence_start, sentence_end, bound, number, low, high, approx, vague,
				unit, per, counted, event, place, scope, topic, indicator, period, period_from, period_to, period_text,
				said_by, origin, why, match_key, review, reviewer, review_reason, reviewed_at)
				VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,
				$24,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35)`,
				x.ID, id, x.Ord, c.Start, c.End, c.Text, c.Sentence, c.SentenceStart, c.SentenceEnd,
				bound(v), v.Number, v.Low, v.High, v.Approx, v.Vague, c.Unit, c.Per, c.Counted, c.Event,
				c.Place, c.Scope, c.Topic, c.Indicator, c.Period, pf, pt, c.PeriodText, c.SaidBy, c.Origin,
				jsonList(c.Why), x.MatchKey, x.Review, x.Reviewer, x.ReviewReason, timeOrNull(x.ReviewedAt))
		}
		return b.run(ctx, tx)
	})
}

// ImportAudit implements store.Archiver.
func (s *Store) ImportAudit(ctx context.Context, entries []store.ArchivedAudit) error {
	return s.tx(ctx, fmt.Sprintf("import %d audit entries", len(entries)), func(tx pgx.Tx) error {
		var b batch
		for _, e := range entries {
			b.add(fmt.Sprintf("audit entry %d", e.ID), `INSERT INTO claim_audit (id, claim_id, article_id, who,
				at, action, reason, before, after) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`, e.ID, e.ClaimID,
				e.ArticleID, e.Who, e.At.UTC(), e.Action, e.Reason, string(e.Before), string(e.After))
		}
		return b.run(ctx, tx)
	})
}

// ImportGroup implements store.Archiver.
func (s *Store) ImportGroup(ctx context.Context, g store.Group) error {
	if g.Kind != store.KindCopy && g.Kind != store.KindStory {
		return fmt.Errorf("import group %d: %w: kind %q", g.ID, store.ErrInvalid, g.Kind)
	}
	return s.tx(ctx, fmt.Sprintf("import %s group %d", g.Kind, g.ID), func(tx pgx.Tx) error {
		var b batch
		b.add("insert group", `INSERT INTO article_groups (id, kind) VALUES ($1, $2)`, g.ID, g.Kind)
		for _, m := range g.Members {
			var of any
			if m.Of != 0 {
				of = m.Of
			}
			b.add(fmt.Sprintf("member %d", m.ArticleID), `INSERT INTO group_members (kind, article_id, group_id,
				relation, similarity, linked_of) VALUES ($1,$2,$3,$4,$5,$6)`, g.Kind, m.ArticleID, g.ID,
				m.Relation, m.Similarity, of)
		}
		return b.run(ctx, tx)
	})
}

// FinishImport implements store.Archiver: it moves the identity sequences
// past the imported ids.
func (s *Store) FinishImport(ctx context.Context) error {
	return s.tx(ctx, "finish import", func(tx pgx.Tx) error {
		for _, t := range []string{"articles", "claims", "claim_audit", "article_groups"} {
			if _, err := tx.Exec(ctx, `SELECT setval(pg_get_serial_sequence('`+t+`', 'id'),
				COALESCE((SELECT MAX(id) FROM `+t+`), 0) + 1, false)`); err != nil {
				return fmt.Errorf("sequence of %s: %w", t, err)
			}
		}
		return nil
	})
}
