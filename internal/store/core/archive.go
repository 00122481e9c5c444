package core

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// ArchiveClaims implements store.Store.
func (s *Store) ArchiveClaims(ctx context.Context, articleID int64) ([]store.ArchivedClaim, error) {
	return list(ctx, s.d, fmt.Sprintf("archive claims of article %d", articleID), `SELECT c.ord, `+claimCols+claimFrom+
		` WHERE c.article_id = ? ORDER BY c.ord, c.id`, []any{articleID}, func(r Row) (store.ArchivedClaim, error) {
		var x store.ArchivedClaim
		var err error
		x.StoredClaim, err = scanClaim(r, &x.Ord)
		return x, err
	})
}

// ArchiveAudit implements store.Store.
func (s *Store) ArchiveAudit(ctx context.Context, fn func(store.AuditEntry) error) error {
	return walk(ctx, s.d, "archive audit log", `SELECT `+auditCols+` FROM claim_audit ORDER BY id`, scanAudit, fn)
}

// ArchiveTombstones implements store.Store.
func (s *Store) ArchiveTombstones(ctx context.Context, fn func(store.Tombstone) error) error {
	return walk(ctx, s.d, "archive tombstones", `SELECT id, article_id, COALESCE(replaced_by, 0), text, indicator,
		removed_at FROM claim_tombstones ORDER BY id`, fields(func(t *store.Tombstone) []any {
		return []any{&t.ID, &t.ArticleID, &t.ReplacedBy, &t.Text, &t.Indicator, tm(&t.RemovedAt)}
	}), fn)
}

// Import implements store.Store: one transaction.
func (s *Store) Import(ctx context.Context, fn func(store.Importer) error) error {
	return s.write(ctx, "import", shown, func(tx Tx) error {
		if err := fn(importer{s, tx}); err != nil {
			return err
		}
		return s.d.FinishImport(ctx, tx)
	})
}

type importer struct {
	s  *Store
	tx Tx
}

// ImportArticle implements store.Importer.
func (im importer) ImportArticle(ctx context.Context, a *doc.Article, claims []store.ArchivedClaim) error {
	if a == nil || a.ID <= 0 {
		return fmt.Errorf("import article: %w: need an article with its id", store.ErrInvalid)
	}
	if _, err := im.s.insertArticle(ctx, im.tx, a, a.ID); err != nil {
		return fmt.Errorf("import article %d: %w", a.ID, err)
	}
	if a.Annotations != nil {
		if err := queueEntities(im.tx, fmt.Sprintf("article %d", a.ID), []int64{a.ID},
			[]*doc.Annotations{a.Annotations}); err != nil {
			return fmt.Errorf("import article %d: %w", a.ID, err)
		}
	}
	for _, x := range claims {
		if !store.ValidReview(x.Review) {
			return fmt.Errorf("import claim %d: %w: review state %q", x.ID, store.ErrInvalid, x.Review)
		}
		im.tx.Queue(fmt.Sprintf("import claim %d", x.ID), `INSERT INTO claims (id, article_id, ord, match_key, review,
			reviewer, review_reason, reviewed_at, published, credit, `+strings.Join(claimFields, ", ")+`) VALUES (`+Marks(10+len(claimFields))+`)`,
			append([]any{x.ID, a.ID, x.Ord, x.MatchKey, x.Review, x.Reviewer, x.ReviewReason, null(x.ReviewedAt),
				a.Published, a.Credit}, claimArgs(x.Claim)...)...)
	}
	return nil
}

// ImportAudit implements store.Importer.
func (im importer) ImportAudit(ctx context.Context, entries []store.AuditEntry) error {
	for _, e := range entries {
		im.tx.Queue(fmt.Sprintf("import audit entry %d", e.ID), `INSERT INTO claim_audit (`+auditCols+`)
			VALUES (?,?,?,?,?,?,?,?,?)`, e.ID, e.ClaimID, e.ArticleID, e.Who, e.At, e.Action, e.Reason,
			string(e.Before), string(e.After))
	}
	return nil
}

// ImportTombstone implements store.Importer.
func (im importer) ImportTombstone(ctx context.Context, t store.Tombstone) error {
	im.tx.Queue(fmt.Sprintf("import tombstone %d", t.ID), tombstoneInsert, t.ID, t.ArticleID, null(t.ReplacedBy), t.Text,
		t.Indicator, t.RemovedAt)
	return nil
}

// ImportGroup implements store.Importer.
func (im importer) ImportGroup(ctx context.Context, g store.Group) error {
	if g.Kind != store.KindCopy && g.Kind != store.KindStory || len(g.Members) == 0 {
		return fmt.Errorf("import group %d: %w: kind %q, %d members", g.ID, store.ErrInvalid, g.Kind, len(g.Members))
	}
	im.tx.Queue(fmt.Sprintf("import group %d", g.ID), `INSERT INTO article_groups (id, kind, created_at)
		VALUES (?, ?, ?)`, g.ID, g.Kind, time.Now())
	for _, m := range g.Members {
		im.tx.Queue(fmt.Sprintf("import member %d of group %d", m.ArticleID, g.ID), memberInsert, g.Kind, m.ArticleID,
			g.ID, m.Relation, m.Similarity, null(m.Of))
	}
	return nil
}
