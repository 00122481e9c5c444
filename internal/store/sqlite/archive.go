package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

var _ store.Archiver = (*Store)(nil)

// prefixRow scans leading columns into extra destinations before the rest.
type prefixRow struct {
	r     interface{ Scan(...any) error }
	first []any
}

func (p prefixRow) Scan(dest ...any) error { return p.r.Scan(append(p.first, dest...)...) }

// ArchiveClaims implements store.Archiver.
func (s *Store) ArchiveClaims(ctx context.Context, articleID int64) ([]store.ArchivedClaim, error) {
	var out []store.ArchivedClaim
	err := each(ctx, s.db, `SELECT c.ord, `+claimCols+claimFrom+`WHERE c.article_id = ? ORDER BY c.ord, c.id`,
		[]any{articleID}, func(r *sql.Rows) error {
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
	err := each(ctx, s.db, `SELECT id, claim_id, article_id, who, at, action, reason, before, after
		FROM claim_audit ORDER BY id`, nil, func(r *sql.Rows) error {
		var e store.ArchivedAudit
		var at, before, after string
		if err := r.Scan(&e.ID, &e.ClaimID, &e.ArticleID, &e.Who, &at, &e.Action, &e.Reason, &before, &after); err != nil {
			return err
		}
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		e.Before, e.After = json.RawMessage(before), json.RawMessage(after)
		return fn(e)
	})
	if err != nil {
		return fmt.Errorf("archive audit log: %w", err)
	}
	return nil
}

func timeText(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// ImportArticle implements store.Archiver.
func (s *Store) ImportArticle(ctx context.Context, a *doc.Article, claims []store.ArchivedClaim) error {
	if a == nil || a.ID <= 0 {
		return fmt.Errorf("import article: %w: need an article with its id", store.ErrInvalid)
	}
	id := a.ID
	return s.tx(ctx, fmt.Sprintf("import article %d", id), func(tx *wtx) error {
		var hash any
		if a.Hash != "" {
			hash = a.Hash
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO articles (id, source, url, format, title, published,
			published_time, date_rule, credit, credit_rule, byline, site_name, lang, text, warnings,
			hash, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			id, a.Source, a.URL, a.Format, a.Title, a.Published, a.PublishedTime, a.DateRule, a.Credit,
			a.CreditRule, a.Byline, a.SiteName, a.Lang, a.Text, jsonList(a.Warnings), hash, now()); err != nil {
			return fmt.Errorf("insert article: %w", err)
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
		}
		for _, x := range claims {
			c := x.Claim
			pf, pt := periodCols(c)
			v := c.Value
			if !store.ValidReview(x.Review) {
				return fmt.Errorf("claim %d: %w: review state %q", x.ID, store.ErrInvalid, x.Review)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO claims (id, article_id, ord, span_start, span_end,
				text, sentence, sentence_start, sentence_end, bound, number, low, high, approx, vague, unit,
				per, counted, event, place, scope, topic, indicator, period, period_from, period_to, period_text,
				said_by, origin, why, match_key, review, reviewer, review_reason, reviewed_at)
				VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
				x.ID, id, x.Ord, c.Start, c.End, c.Text, c.Sentence, c.SentenceStart, c.SentenceEnd,
				bound(v), v.Number, v.Low, v.High, b2i(v.Approx), b2i(v.Vague), c.Unit, c.Per, c.Counted,
				c.Event, c.Place, c.Scope, c.Topic, c.Indicator, c.Period, pf, pt, c.PeriodText, c.SaidBy, c.Origin,
				jsonList(c.Why), x.MatchKey, x.Review, x.Reviewer, x.ReviewReason,
				timeText(x.ReviewedAt)); err != nil {
				return fmt.Errorf("insert claim %d: %w", x.ID, err)
			}
		}
		return nil
	})
}

// ImportAudit implements store.Archiver.
func (s *Store) ImportAudit(ctx context.Context, entries []store.ArchivedAudit) error {
	return s.tx(ctx, fmt.Sprintf("import %d audit entries", len(entries)), func(tx *wtx) error {
		for _, e := range entries {
			if _, err := tx.ExecContext(ctx, `INSERT INTO claim_audit (id, claim_id, article_id, who, at,
				action, reason, before, after) VALUES (?,?,?,?,?,?,?,?,?)`, e.ID, e.ClaimID, e.ArticleID, e.Who,
				e.At.UTC().Format(time.RFC3339Nano), e.Action, e.Reason, string(e.Before), string(e.After)); err != nil {
				return fmt.Errorf("audit entry %d: %w", e.ID, err)
			}
		}
		return nil
	})
}

// ImportGroup implements store.Archiver.
func (s *Store) ImportGroup(ctx context.Context, g store.Group) error {
	if g.Kind != store.KindCopy && g.Kind != store.KindStory {
		return fmt.Errorf("import group %d: %w: kind %q", g.ID, store.ErrInvalid, g.Kind)
	}
	return s.tx(ctx, fmt.Sprintf("import %s group %d", g.Kind, g.ID), func(tx *wtx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_groups (id, kind, created_at) VALUES (?,?,?)`,
			g.ID, g.Kind, now()); err != nil {
			return err
		}
		for _, m := range g.Members {
			var of any
			if m.Of != 0 {
				of = m.Of
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO group_members (kind, article_id, group_id, relation,
				similarity, linked_of) VALUES (?,?,?,?,?,?)`, g.Kind, m.ArticleID, g.ID, m.Relation,
				m.Similarity, of); err != nil {
				return fmt.Errorf("member %d: %w", m.ArticleID, err)
			}
		}
		return nil
	})
}

// FinishImport implements store.Archiver: SQLite gives a new row the
// largest id plus one, so there is nothing to do.
func (s *Store) FinishImport(ctx context.Context) error { return nil }
