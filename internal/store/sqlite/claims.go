package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

func periodCols(c doc.Claim) (from, to any) {
	f, t, ok := store.PeriodBounds(c.Period)
	if !ok {
		return nil, nil
	}
	return f, t
}

// insertClaim inserts c as a machine claim.
func insertClaim(ctx context.Context, tx *wtx, articleID int64, ord int, c doc.Claim) (int64, error) {
	pf, pt := periodCols(c)
	v := c.Value
	res, err := tx.ExecContext(ctx, `INSERT INTO claims (article_id, ord, span_start, span_end, text,
		sentence, sentence_start, sentence_end, bound, number, low, high, approx, vague, unit, per,
		counted, event, place, scope, topic, indicator, period, period_from, period_to, period_text, said_by,
		origin, why, match_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		articleID, ord, c.Start, c.End, c.Text, c.Sentence, c.SentenceStart, c.SentenceEnd, bound(v),
		v.Number, v.Low, v.High, b2i(v.Approx), b2i(v.Vague), c.Unit, c.Per, c.Counted, c.Event, c.Place,
		c.Scope, c.Topic, c.Indicator, c.Period, pf, pt, c.PeriodText, c.SaidBy, c.Origin, jsonList(c.Why),
		store.MatchKey(c))
	if err != nil {
		return 0, fmt.Errorf("insert claim %d %q: %w", ord, c.Text, err)
	}
	return res.LastInsertId()
}

const claimCols = `c.id, c.article_id, c.span_start, c.span_end, c.text, c.sentence, c.sentence_start,
	c.sentence_end, c.bound, c.number, c.low, c.high, c.approx, c.vague, c.unit, c.per, c.counted,
	c.event, c.place, c.scope, c.topic, c.indicator, c.period, c.period_text, c.said_by, c.origin, c.why,
	c.match_key, c.review, c.reviewer, c.review_reason, c.reviewed_at, a.title, a.published, a.credit,
	COALESCE(g.group_id, 0)`

const claimFrom = ` FROM claims c JOIN articles a ON a.id = c.article_id
	LEFT JOIN group_members g ON g.kind = 'copy' AND g.article_id = c.article_id `

func scanClaim(r interface{ Scan(...any) error }) (store.StoredClaim, error) {
	var x store.StoredClaim
	c := &x.Claim
	v := &c.Value
	var why string
	var at sql.NullString
	err := r.Scan(&x.ID, &x.ArticleID, &c.Start, &c.End, &c.Text, &c.Sentence, &c.SentenceStart,
		&c.SentenceEnd, &v.Bound, &v.Number, &v.Low, &v.High, &v.Approx, &v.Vague, &c.Unit, &c.Per,
		&c.Counted, &c.Event, &c.Place, &c.Scope, &c.Topic, &c.Indicator, &c.Period, &c.PeriodText, &c.SaidBy,
		&c.Origin, &why, &x.MatchKey, &x.Review, &x.Reviewer, &x.ReviewReason, &at, &x.ArticleTitle,
		&x.ArticlePublished, &x.ArticleCredit, &x.CopyGroup)
	c.Why = parseList(why)
	x.ReviewedAt = parseTime(at)
	return x, err
}

// queryClaims selects claims with a WHERE clause over c (claims), a
// (articles) and g (copy membership).
func queryClaims(ctx context.Context, q querier, where string, args []any, order string, lim, off int) ([]store.StoredClaim, error) {
	var out []store.StoredClaim
	err := each(ctx, q, `SELECT `+claimCols+claimFrom+where+` ORDER BY `+order+` LIMIT ? OFFSET ?`,
		append(args, limit(lim), offset(off)), func(r *sql.Rows) error {
			x, err := scanClaim(r)
			if err == nil {
				out = append(out, x)
			}
			return err
		})
	return out, err
}

// ReplaceMachineClaims implements store.Store.
func (s *Store) ReplaceMachineClaims(ctx context.Context, articleID int64, claims []doc.Claim) (store.ReplaceResult, error) {
	var res store.ReplaceResult
	err := s.tx(ctx, fmt.Sprintf("replace machine claims of article %d", articleID), func(tx *wtx) error {
		if err := articleExists(ctx, tx, articleID); err != nil {
			return err
		}
		var err error
		res, err = replaceMachineClaims(ctx, tx, articleID, claims)
		return err
	})
	return res, err
}

func replaceMachineClaims(ctx context.Context, tx *wtx, articleID int64, claims []doc.Claim) (store.ReplaceResult, error) {
	var res store.ReplaceResult
	reviewed := map[string]bool{}
	err := each(ctx, tx, `SELECT match_key FROM claims WHERE article_id = ? AND review <> 'machine'`,
		[]any{articleID}, func(r *sql.Rows) error {
			var k string
			if err := r.Scan(&k); err != nil {
				return err
			}
			reviewed[k] = true
			res.KeptReviewed++
			return nil
		})
	if err != nil {
		return res, fmt.Errorf("reviewed claims: %w", err)
	}
	r, err := tx.ExecContext(ctx, `DELETE FROM claims WHERE article_id = ? AND review = 'machine'`, articleID)
	if err != nil {
		return res, fmt.Errorf("delete machine claims: %w", err)
	}
	n, _ := r.RowsAffected()
	res.Deleted = int(n)
	for i, c := range claims {
		if reviewed[store.MatchKey(c)] {
			res.Skipped++
			continue
		}
		if _, err := insertClaim(ctx, tx, articleID, i, c); err != nil {
			return res, err
		}
		res.Inserted++
	}
	return res, nil
}

// claimWhere renders the filter over c (claims) only.
func claimWhere(f store.ClaimFilter) (where, error) {
	var w where
	if f.ArticleID != 0 {
		w.add(`c.article_id = ?`, f.ArticleID)
	}
	if f.Topic != "" {
		w.add(`c.topic = ?`, f.Topic)
	}
	if f.Indicator != "" {
		w.add(`c.indicator = ?`, f.Indicator)
	}
	if f.From != "" {
		w.add(`c.period_to >= ?`, f.From)
	}
	if f.To != "" {
		w.add(`c.period_from <= ?`, f.To)
	}
	if f.SaidBy != "" {
		w.add(`c.said_by = ? COLLATE NOCASE`, f.SaidBy)
	}
	if f.Review != "" {
		if !store.ValidReview(f.Review) {
			return w, fmt.Errorf("%w: review state %q", store.ErrInvalid, f.Review)
		}
		w.add(`c.review = ?`, f.Review)
	}
	if f.Origin != "" {
		w.add(`c.origin = ? COLLATE NOCASE`, f.Origin)
	}
	if f.Credit != "" {
		w.add(`c.credit = ? COLLATE NOCASE`, f.Credit)
	}
	if f.Fold {
		w.add(notLaterCopy(`c.article_id`))
	}
	if f.Text != "" {
		q, err := store.ParseQuery(f.Text)
		if err != nil {
			return w, fmt.Errorf("claims of articles matching %q: %w", f.Text, err)
		}
		w.add(`c.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`, ftsQuery(q))
	}
	return w, nil
}

// claimsNewestFirst orders claims as articles are listed (newest first,
// undated last: the empty date is the smallest string), then by position. The
// claims_*newest indexes serve it.
const claimsNewestFirst = `c.published DESC, c.article_id DESC, c.span_start, c.id`

// ListClaims implements store.Store.
func (s *Store) ListClaims(ctx context.Context, f store.ClaimFilter) ([]store.StoredClaim, int, error) {
	w, err := claimWhere(f)
	if err != nil {
		return nil, 0, fmt.Errorf("list claims: %w", err)
	}
	// Every condition is on claims, and each claim has one article and at
	// most one copy group: the joins cannot change the count.
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM claims c`+w.String(), w.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("list claims: count: %w", err)
	}
	if f.Limit > 0 && f.Offset >= total {
		return nil, total, nil
	}
	out, err := queryClaims(ctx, s.db, w.String(), w.args, claimsNewestFirst, f.Limit, f.Offset)
	if err != nil {
		return nil, 0, fmt.Errorf("list claims: %w", err)
	}
	return out, total, nil
}

// ListSeriesClaims implements store.SeriesLister: the columns a series
// needs, in no particular order, without sorting.
func (s *Store) ListSeriesClaims(ctx context.Context, f store.ClaimFilter) ([]store.StoredClaim, error) {
	w, err := claimWhere(f)
	if err != nil {
		return nil, fmt.Errorf("list series claims: %w", err)
	}
	var out []store.StoredClaim
	err = each(ctx, s.db, `SELECT c.id, c.article_id, c.span_start, c.span_end, c.bound, c.number, c.low, c.high,
		c.approx, c.vague, c.unit, c.per, c.place, c.scope, c.topic, c.indicator, c.period, c.said_by, c.origin,
		c.review, c.published, c.credit, COALESCE(g.group_id, 0) FROM claims c
		LEFT JOIN group_members g ON g.kind = 'copy' AND g.article_id = c.article_id`+w.String(), w.args, func(r *sql.Rows) error {
		var x store.StoredClaim
		c := &x.Claim
		v := &c.Value
		if err := r.Scan(&x.ID, &x.ArticleID, &c.Start, &c.End, &v.Bound, &v.Number, &v.Low, &v.High, &v.Approx,
			&v.Vague, &c.Unit, &c.Per, &c.Place, &c.Scope, &c.Topic, &c.Indicator, &c.Period, &c.SaidBy, &c.Origin, &x.Review,
			&x.ArticlePublished, &x.ArticleCredit, &x.CopyGroup); err != nil {
			return err
		}
		out = append(out, x)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list series claims: %w", err)
	}
	return out, nil
}

// Claim implements store.Store.
func (s *Store) Claim(ctx context.Context, id int64) (*store.StoredClaim, error) {
	c, err := claimByID(ctx, s.db, id)
	if err != nil {
		return nil, fmt.Errorf("claim %d: %w", id, err)
	}
	return c, nil
}

func claimByID(ctx context.Context, q querier, id int64) (*store.StoredClaim, error) {
	c, err := scanClaim(q.QueryRowContext(ctx, `SELECT `+claimCols+claimFrom+`WHERE c.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, store.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func claimState(c *store.StoredClaim) []byte {
	b, _ := json.Marshal(store.ClaimState{Claim: c.Claim, Review: c.Review, Reviewer: c.Reviewer,
		ReviewReason: c.ReviewReason})
	return b
}

// ReviewClaim implements store.Store.
func (s *Store) ReviewClaim(ctx context.Context, id int64, r store.Review) (*store.StoredClaim, error) {
	what := fmt.Sprintf("review claim %d", id)
	if err := checkReview(r); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var after *store.StoredClaim
	err := s.tx(ctx, what, func(tx *wtx) error {
		before, err := claimByID(ctx, tx, id)
		if err != nil {
			return err
		}
		at := now()
		if r.Action == store.ReviewCorrected {
			c := *r.Corrected
			pf, pt := periodCols(c)
			v := c.Value
			if _, err := tx.ExecContext(ctx, `UPDATE claims SET span_start = ?, span_end = ?, text = ?,
				sentence = ?, sentence_start = ?, sentence_end = ?, bound = ?, number = ?, low = ?,
				high = ?, approx = ?, vague = ?, unit = ?, per = ?, counted = ?, event = ?, place = ?,
				scope = ?, topic = ?, indicator = ?, period = ?, period_from = ?, period_to = ?, period_text = ?,
				said_by = ?, origin = ?, why = ? WHERE id = ?`,
				c.Start, c.End, c.Text, c.Sentence, c.SentenceStart, c.SentenceEnd, bound(v), v.Number,
				v.Low, v.High, b2i(v.Approx), b2i(v.Vague), c.Unit, c.Per, c.Counted, c.Event, c.Place,
				c.Scope, c.Topic, c.Indicator, c.Period, pf, pt, c.PeriodText, c.SaidBy, c.Origin, jsonList(c.Why),
				id); err != nil {
				return fmt.Errorf("correct: %w", err)
			}
		}
		var reviewedAt any = at
		if r.Action == store.ReviewMachine {
			reviewedAt = nil
		}
		if _, err := tx.ExecContext(ctx, `UPDATE claims SET review = ?, reviewer = ?, review_reason = ?,
			reviewed_at = ? WHERE id = ?`, r.Action, r.Who, r.Reason, reviewedAt, id); err != nil {
			return fmt.Errorf("set review: %w", err)
		}
		if after, err = claimByID(ctx, tx, id); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO claim_audit (claim_id, article_id, who, at, action,
			reason, before, after) VALUES (?,?,?,?,?,?,?,?)`, id, before.ArticleID, r.Who, at, r.Action,
			r.Reason, string(claimState(before)), string(claimState(after))); err != nil {
			return fmt.Errorf("audit: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return after, nil
}

// checkReview validates a review before any write.
func checkReview(r store.Review) error {
	if !store.ValidReview(r.Action) {
		return fmt.Errorf("%w: review action %q (want accepted, rejected, corrected or machine)", store.ErrInvalid, r.Action)
	}
	if r.Who == "" {
		return fmt.Errorf("%w: review without a reviewer", store.ErrInvalid)
	}
	if (r.Action == store.ReviewCorrected) != (r.Corrected != nil) {
		return fmt.Errorf("%w: a correction needs the corrected claim, and only a correction has one", store.ErrInvalid)
	}
	return nil
}

// AuditLog implements store.Store.
func (s *Store) AuditLog(ctx context.Context, claimID int64) ([]store.AuditEntry, error) {
	var out []store.AuditEntry
	err := each(ctx, s.db, `SELECT id, claim_id, who, at, action, reason, before, after FROM claim_audit
		WHERE claim_id = ? ORDER BY id`, []any{claimID}, func(r *sql.Rows) error {
		var e store.AuditEntry
		var at, before, after string
		if err := r.Scan(&e.ID, &e.ClaimID, &e.Who, &at, &e.Action, &e.Reason, &before, &after); err != nil {
			return err
		}
		e.At, _ = time.Parse(time.RFC3339Nano, at)
		e.Before, e.After = json.RawMessage(before), json.RawMessage(after)
		out = append(out, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("audit log of claim %d: %w", claimID, err)
	}
	return out, nil
}
