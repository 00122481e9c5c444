package store

import (
	"context"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Archiver is raw, id-preserving access to a store for export and import
// (internal/export: "dossier export" and "dossier import"). It is kept
// apart from Store so that stand-ins for Store need not implement it; the
// SQLite and PostgreSQL stores do.
//
// Import writes rows with the ids they had in the exported store, so it is
// meant for an empty store: ids that are taken make it fail.
type Archiver interface {
	// ArchiveClaims returns every claim of the article as stored, with
	// its position in the extraction (Ord) and review state, ordered by
	// Ord then ID.
	ArchiveClaims(ctx context.Context, articleID int64) ([]ArchivedClaim, error)
	// ArchiveAudit calls fn for every audit log entry, in id order,
	// including entries about claims that no longer exist.
	ArchiveAudit(ctx context.Context, fn func(ArchivedAudit) error) error

	// ImportArticle stores a with its ID (its metadata, paragraphs,
	// removed pieces, warnings and annotations; a.Annotations.Claims is
	// ignored) and claims with their ids and review states, in one
	// transaction. a.ID must be set.
	ImportArticle(ctx context.Context, a *doc.Article, claims []ArchivedClaim) error
	// ImportAudit stores audit entries with their ids, in one transaction.
	ImportAudit(ctx context.Context, entries []ArchivedAudit) error
	// ImportGroup stores a copy group or story with its id and members
	// (Relation, Similarity and Of of each; Of 0 for the first).
	ImportGroup(ctx context.Context, g Group) error
	// FinishImport makes rows added later take ids above the imported ones.
	FinishImport(ctx context.Context) error
}

// ArchivedClaim is a claim as stored: its content in current (reviewed)
// form, its review state and its position in the article's extraction.
type ArchivedClaim struct {
	ID           int64     `json:"id"`
	ArticleID    int64     `json:"article_id"`
	Ord          int       `json:"ord"`
	Claim        doc.Claim `json:"claim"`
	MatchKey     string    `json:"match_key"`
	Review       string    `json:"review"`
	Reviewer     string    `json:"reviewer,omitempty"`
	ReviewReason string    `json:"review_reason,omitempty"`
	ReviewedAt   time.Time `json:"reviewed_at,omitzero"`
}

// ArchivedAudit is an audit log entry with the article of its claim.
type ArchivedAudit struct {
	AuditEntry
	ArticleID int64 `json:"article_id"`
}
