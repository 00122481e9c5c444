package core

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/timeval"
)

// claimFields are the columns of a claim's content, in the order of
// claimArgs; a correction rewrites them all.
var claimFields = strings.Fields(`span_start span_end text sentence sentence_start sentence_end bound number
	low high approx vague unit per counted event place scope topic indicator period period_from period_to
	period_text said_by origin why`)

var (
	// published and credit are the article's (kept in step by triggers when
	// the article's change)
	claimInsertCols = append(strings.Fields(`article_id ord match_key published credit`), claimFields...)
	claimInsert     = `INSERT INTO claims (` + strings.Join(claimInsertCols, ", ") + `) VALUES (` +
		Marks(len(claimInsertCols)) + `)`
	claimUpdate = `UPDATE claims SET ` + strings.Join(claimFields, " = ?, ") + ` = ?`
)

func claimArgs(c doc.Claim) []any {
	var pf, pt any
	if f, t, ok := timeval.Bounds(c.Period); ok {
		pf, pt = f, t
	}
	v := c.Value
	return []any{c.Start, c.End, c.Text, c.Sentence, c.SentenceStart, c.SentenceEnd, bound(v), v.Number, v.Low,
		v.High, v.Approx, v.Vague, c.Unit, c.Per, c.Counted, c.Event, c.Place, c.Scope, c.Topic, c.Indicator, c.Period,
		pf, pt,
		c.PeriodText, c.SaidBy, c.Origin, jsonList(c.Why)}
}

func newClaimArgs(a *doc.Article, ord int, c doc.Claim) []any {
	return append([]any{a.ID, ord, store.MatchKey(c), a.Published, a.Credit}, claimArgs(c)...)
}

const claimCols = `c.id, c.article_id, c.span_start, c.span_end, c.text, c.sentence, c.sentence_start,
	c.sentence_end, c.bound, c.number, c.low, c.high, c.approx, c.vague, c.unit, c.per, c.counted,
	c.event, c.place, c.scope, c.topic, c.indicator, c.period, c.period_text, c.said_by, c.origin, c.why,
	c.match_key, c.review, c.reviewer, c.review_reason, c.reviewed_at, a.title, a.published, a.credit,
	COALESCE(g.group_id, 0)`

const claimFrom = ` FROM claims c JOIN articles a ON a.id = c.article_id
	LEFT JOIN group_members g ON g.kind = 'copy' AND g.article_id = c.article_id`

func scanClaim(r Row, extra ...any) (store.StoredClaim, error) {
	var x store.StoredClaim
	c := &x.Claim
	v := &c.Value
	err := r.Scan(append(extra, &x.ID, &x.ArticleID, &c.Start, &c.End, &c.Text, &c.Sentence, &c.SentenceStart,
		&c.SentenceEnd, &v.Bound, &v.Number, &v.Low, &v.High, &v.Approx, &v.Vague, &c.Unit, &c.Per,
		&c.Counted, &c.Event, &c.Place, &c.Scope, &c.Topic, &c.Indicator, &c.Period, &c.PeriodText, &c.SaidBy,
		&c.Origin, strs(&c.Why), &x.MatchKey, &x.Review, &x.Reviewer, &x.ReviewReason, tm(&x.ReviewedAt), &x.ArticleTitle,
		&x.ArticlePublished, &x.ArticleCredit, &x.CopyGroup)...)
	return x, err
}

func scanClaims(r Row) (store.StoredClaim, error) { return scanClaim(r) }

// storedClaim is what matching needs of a stored claim.
type storedClaim struct {
	id              int64
	start, end      int
	sentStart       int
	sentEnd         int
	text, sentence  string
	value           doc.Value
	indicator       string
	reviewed, taken bool
}

const tombstoneInsert = `INSERT INTO claim_tombstones (id, article_id, replaced_by, text, indicator, removed_at)
	VALUES (?,?,?,?,?,?)`

// claimRules pair a re-extracted claim with the stored claim it is, tried
// in this order over all claims (each rule pairs what the ones before left):
// the same figure (span, value and indicator); the same span and value
// (mapped to another indicator); the same span and indicator (the value read
// anew); the same figure text, value and sentence (the text moved).
var claimRules = []struct {
	name string
	same func(n doc.Claim, o *storedClaim) bool
}{
	{"same-figure", func(n doc.Claim, o *storedClaim) bool {
		return n.Start == o.start && n.End == o.end && sameValue(n.Value, o.value) && n.Indicator == o.indicator
	}},
	{"same-span-value", func(n doc.Claim, o *storedClaim) bool {
		return n.Start == o.start && n.End == o.end && sameValue(n.Value, o.value)
	}},
	{"same-span-indicator", func(n doc.Claim, o *storedClaim) bool {
		return n.Start == o.start && n.End == o.end && n.Indicator == o.indicator
	}},
	{"same-text-sentence", func(n doc.Claim, o *storedClaim) bool {
		return n.Text == o.text && n.Sentence == o.sentence && sameValue(n.Value, o.value)
	}},
}

func sameValue(a, b doc.Value) bool {
	return bound(a) == bound(b) && a.Number == b.Number && a.Low == b.Low && a.High == b.High
}

// replaceMachineClaims gives the article the claims of a re-extraction
// with stable ids. Each new claim is paired with a stored one by claimRules:
// a machine claim paired keeps its id and takes the new content; a reviewed
// claim paired is left as it is and the new claim dropped (Skipped). New
// claims left unpaired are inserted; machine claims left unpaired are
// removed, leaving a tombstone that points to the claim now at their figure
// (overlapping span) or, failing that, in their sentence. Reviewed claims are
// never changed. It needs the article's row (its id, publication date and
// credit) locked.
func (s *Store) replaceMachineClaims(ctx context.Context, tx Tx, art *doc.Article, claims []doc.Claim) (store.ReplaceResult, error) {
	var res store.ReplaceResult
	old, err := list(ctx, tx, "stored claims", `SELECT id, span_start, span_end, sentence_start, sentence_end, text,
		sentence, bound, number, low, high, indicator, review <> '`+store.ReviewMachine+`' FROM claims
		WHERE article_id = ? ORDER BY id`, []any{art.ID}, func(r Row) (*storedClaim, error) {
		o := &storedClaim{}
		return o, r.Scan(&o.id, &o.start, &o.end, &o.sentStart, &o.sentEnd, &o.text, &o.sentence, &o.value.Bound,
			&o.value.Number, &o.value.Low, &o.value.High, &o.indicator, &o.reviewed)
	})
	if err != nil {
		return res, err
	}
	pair := make([]*storedClaim, len(claims))
	for _, rule := range claimRules {
		for i, c := range claims {
			for _, o := range old {
				if pair[i] == nil && !o.taken && rule.same(c, o) {
					pair[i], o.taken = o, true
				}
			}
		}
	}
	now := time.Now()
	var after []storedClaim // the claims of the article afterwards, for tombstone pointers
	live := func(id int64, c doc.Claim) storedClaim {
		return storedClaim{id: id, start: c.Start, end: c.End, sentStart: c.SentenceStart, sentEnd: c.SentenceEnd}
	}
	for i, c := range claims {
		o := pair[i]
		switch {
		case o != nil && o.reviewed:
			res.Skipped++
			continue
		case o != nil:
			res.Kept++
			tx.Queue(fmt.Sprintf("update claim %d", o.id), claimUpdate+`, ord = ?, match_key = ? WHERE id = ?`,
				append(claimArgs(c), i, store.MatchKey(c), o.id)...)
			after = append(after, live(o.id, c))
		default:
			var id int64
			if err := tx.QueryRow(ctx, claimInsert+` RETURNING id`, newClaimArgs(art, i, c)...).Scan(&id); err != nil {
				return res, fmt.Errorf("insert claim %d %q: %w", i, c.Text, err)
			}
			res.Inserted++
			after = append(after, live(id, c))
		}
	}
	for _, o := range old {
		if o.reviewed {
			res.KeptReviewed++
			after = append(after, *o)
		}
	}
	for _, o := range old {
		if o.taken || o.reviewed {
			continue
		}
		var by int64 // the claim at the figure's span, else in its sentence
		i := slices.IndexFunc(after, func(l storedClaim) bool { return l.start < o.end && o.start < l.end })
		if i < 0 {
			i = slices.IndexFunc(after, func(l storedClaim) bool { return l.sentStart == o.sentStart && l.sentEnd == o.sentEnd })
		}
		if i >= 0 {
			by = after[i].id
		}
		tx.Queue(fmt.Sprintf("remove claim %d", o.id), `DELETE FROM claims WHERE id = ?`, o.id)
		tx.Queue(fmt.Sprintf("tombstone of claim %d", o.id), tombstoneInsert, o.id, art.ID, null(by), o.text,
			o.indicator, now)
		if by != 0 {
			tx.Queue(fmt.Sprintf("point tombstones of claim %d", o.id),
				`UPDATE claim_tombstones SET replaced_by = ? WHERE replaced_by = ?`, by, o.id)
		}
		res.Deleted++
	}
	return res, nil
}

// claimWhere renders the filter over c (claims) only.
func (s *Store) claimWhere(f store.ClaimFilter) (Where, error) {
	var w Where
	w.AddIf(f.ArticleID != 0, `c.article_id = ?`, f.ArticleID)
	w.AddIf(f.Topic != "", `c.topic = ?`, f.Topic)
	w.AddIf(f.Indicator != "", `c.indicator = ?`, f.Indicator)
	w.AddIf(f.From != "", `c.period_to >= ?`, f.From)
	w.AddIf(f.To != "", `c.period_from <= ?`, f.To)
	w.AddIf(f.SaidBy != "", `c.said_by <> '' AND lower(c.said_by) = lower(?)`, f.SaidBy) // claims_said_by
	if f.Source != "" {
		like := "%" + strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(strings.ToLower(f.Source)) + "%"
		w.Add(`(lower(c.said_by) LIKE ? ESCAPE '\' OR lower(c.origin) LIKE ? ESCAPE '\' OR lower(c.credit) LIKE ? ESCAPE '\')`,
			like, like, like)
	}
	if f.Review != "" {
		if !store.ValidReview(f.Review) {
			return w, fmt.Errorf("%w: review state %q", store.ErrInvalid, f.Review)
		}
		w.Add(`c.review = ?`, f.Review)
	}
	w.AddIf(f.Origin != "", `lower(c.origin) = lower(?)`, f.Origin)
	w.AddIf(f.Credit != "", `lower(c.credit) = lower(?)`, f.Credit)
	w.AddIf(f.Fold, notLaterCopy(`c.article_id`))
	if f.Text != "" {
		q, err := searchq.Parse(f.Text)
		if err != nil {
			return w, fmt.Errorf("claims of articles matching %q: %w", f.Text, err)
		}
		sd := s.d.Search()
		cond, args := sd.Match(q)
		// The newest ClaimTextCap matching articles: a word in every
		// article would otherwise make the set of every article.
		w.Add(`c.article_id IN (SELECT m.id FROM (SELECT `+sd.ID()+` AS id`+sd.From(true)+` WHERE `+cond+
			` ORDER BY `+sd.ID()+` DESC`+Page(store.ClaimTextCap, 0)+`) m)`, args...)
	}
	return w, nil
}

// claimsNewestFirst orders claims as articles are listed (newest first,
// undated last: the empty date is the smallest string), then by position.
// The claims_*newest indexes serve it.
const claimsNewestFirst = `c.published DESC, c.article_id DESC, c.span_start, c.id`

// claimSorts are the keys of store.ClaimFilter.Sort, as SQL expressions
// whose unknown value (”) sorts last in ascending order.
var claimSorts = map[string]string{
	store.SortPublished: `c.published`,
	store.SortPeriod:    `COALESCE(c.period_from, '')`,
	store.SortValue:     `CASE WHEN c.bound = 'range' THEN c.low ELSE c.number END`,
	store.SortSource: `lower(COALESCE(NULLIF(trim(c.said_by), ''), NULLIF(trim(c.origin), ''),
		NULLIF(trim(c.credit), ''), 'unknown'))`,
	store.SortIndicator: `c.indicator`,
	store.SortReview:    `c.review`,
}

func claimOrder(f store.ClaimFilter) (string, error) {
	if f.Sort == "" {
		return claimsNewestFirst, nil
	}
	key, ok := claimSorts[f.Sort]
	if !ok {
		return "", fmt.Errorf("%w: sort key %q", store.ErrInvalid, f.Sort)
	}
	dir := ""
	if f.Desc {
		dir = " DESC"
	}
	if f.Sort == store.SortValue || f.Sort == store.SortReview {
		return key + dir + ", " + claimsNewestFirst, nil
	}
	return "(" + key + " = '')" + dir + ", " + key + dir + ", " + claimsNewestFirst, nil
}

// ListClaims implements store.Store.
func (s *Store) ListClaims(ctx context.Context, f store.ClaimFilter) ([]store.StoredClaim, int, error) {
	w, err := s.claimWhere(f)
	if err != nil {
		return nil, 0, fmt.Errorf("list claims: %w", err)
	}
	order, err := claimOrder(f)
	if err != nil {
		return nil, 0, fmt.Errorf("list claims: %w", err)
	}
	// Every condition is on claims, and each claim has one article and at
	// most one copy group: the joins cannot change the count.
	return pageOf(ctx, s, "list claims", `SELECT COUNT(*) FROM claims c`+w.String(), `SELECT `+claimCols+claimFrom+
		w.String()+` ORDER BY `+order, w.Args, f.Limit, f.Offset, scanClaims)
}

// ListSeriesClaims implements store.Store.
func (s *Store) ListSeriesClaims(ctx context.Context, f store.ClaimFilter) ([]store.StoredClaim, error) {
	w, err := s.claimWhere(f)
	if err != nil {
		return nil, fmt.Errorf("list series claims: %w", err)
	}
	return list(ctx, s.d, "list series claims", `SELECT c.id, c.article_id, c.span_start, c.span_end, c.bound,
		c.number, c.low, c.high, c.approx, c.vague, c.unit, c.per, c.place, c.scope, c.topic, c.indicator, c.period,
		c.said_by, c.origin, c.review, c.published, c.credit, COALESCE(g.group_id, 0) FROM claims c
		LEFT JOIN group_members g ON g.kind = 'copy' AND g.article_id = c.article_id`+w.String(), w.Args,
		fields(func(x *store.StoredClaim) []any {
			c := &x.Claim
			v := &c.Value
			return []any{&x.ID, &x.ArticleID, &c.Start, &c.End, &v.Bound, &v.Number, &v.Low, &v.High, &v.Approx,
				&v.Vague, &c.Unit, &c.Per, &c.Place, &c.Scope, &c.Topic, &c.Indicator, &c.Period, &c.SaidBy, &c.Origin,
				&x.Review, &x.ArticlePublished, &x.ArticleCredit, &x.CopyGroup}
		}))
}

// Claim implements store.Store.
func (s *Store) Claim(ctx context.Context, id int64) (*store.StoredClaim, error) {
	c, err := s.claimByID(ctx, s.d, id, false)
	if err != nil {
		return nil, fmt.Errorf("claim %d: %w", id, err)
	}
	return c, nil
}

func (s *Store) claimByID(ctx context.Context, q Querier, id int64, lock bool) (*store.StoredClaim, error) {
	query := `SELECT ` + claimCols + claimFrom + ` WHERE c.id = ?`
	if lock {
		query += s.d.ForUpdate("c")
	}
	c, err := scanClaim(q.QueryRow(ctx, query, id))
	if errors.Is(err, store.ErrNotFound) { // removed (a tombstone), or never stored (ErrNotFound)
		var by int64
		if err := q.QueryRow(ctx, `SELECT COALESCE(replaced_by, 0) FROM claim_tombstones WHERE id = ?`, id).Scan(&by); err != nil {
			return nil, err
		}
		return nil, &store.GoneError{ID: id, ReplacedBy: by}
	}
	if err != nil {
		return nil, err
	}
	return &c, nil
}

func claimState(c *store.StoredClaim) string {
	b, _ := json.Marshal(store.ClaimState{Claim: c.Claim, Review: c.Review, Reviewer: c.Reviewer,
		ReviewReason: c.ReviewReason})
	return string(b)
}

// ReviewClaim implements store.Store.
func (s *Store) ReviewClaim(ctx context.Context, id int64, r store.Review) (*store.StoredClaim, error) {
	what := fmt.Sprintf("review claim %d", id)
	if err := checkReview(r); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	var after *store.StoredClaim
	err := s.write(ctx, what, shown, func(tx Tx) error {
		before, err := s.claimByID(ctx, tx, id, true)
		if err != nil {
			return err
		}
		at := time.Now()
		if r.Action == store.ReviewCorrected {
			if _, err := tx.Exec(ctx, claimUpdate+` WHERE id = ?`, append(claimArgs(*r.Corrected), id)...); err != nil {
				return fmt.Errorf("correct: %w", err)
			}
		}
		var reviewedAt any = at
		if r.Action == store.ReviewMachine {
			reviewedAt = nil
		}
		if _, err := tx.Exec(ctx, `UPDATE claims SET review = ?, reviewer = ?, review_reason = ?, reviewed_at = ?
			WHERE id = ?`, r.Action, r.Who, r.Reason, reviewedAt, id); err != nil {
			return fmt.Errorf("set review: %w", err)
		}
		if after, err = s.claimByID(ctx, tx, id, false); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `INSERT INTO claim_audit (claim_id, article_id, who, at, action, reason, before,
			after) VALUES (?,?,?,?,?,?,?,?)`, id, before.ArticleID, r.Who, at, r.Action, r.Reason, claimState(before),
			claimState(after)); err != nil {
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

const auditCols = `id, claim_id, article_id, who, at, action, reason, before, after`

func scanAudit(r Row) (store.AuditEntry, error) {
	var e store.AuditEntry
	var before, after string
	err := r.Scan(&e.ID, &e.ClaimID, &e.ArticleID, &e.Who, tm(&e.At), &e.Action, &e.Reason, &before, &after)
	e.Before, e.After = json.RawMessage(before), json.RawMessage(after)
	return e, err
}

// AuditLog implements store.Store.
func (s *Store) AuditLog(ctx context.Context, claimID int64) ([]store.AuditEntry, error) {
	return list(ctx, s.d, fmt.Sprintf("audit log of claim %d", claimID), `SELECT `+auditCols+
		` FROM claim_audit WHERE claim_id = ? ORDER BY id`, []any{claimID}, scanAudit)
}
