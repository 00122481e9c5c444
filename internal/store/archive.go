package store

import (
	"context"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Importer writes rows with their ids, inside Store.Import, so it is meant
// for an empty store: ids that are taken make it fail, and then nothing is
// stored.
type Importer interface {
	// ImportArticle stores a with its ID (its metadata, paragraphs,
	// removed pieces, warnings and annotations; a.Annotations.Claims is
	// ignored) and claims with their ids and review states. a.ID must be
	// set.
	ImportArticle(ctx context.Context, a *doc.Article, claims []ArchivedClaim) error
	// ImportAudit stores audit entries with their ids.
	ImportAudit(ctx context.Context, entries []AuditEntry) error
	// ImportTombstone stores a removed claim's tombstone.
	ImportTombstone(ctx context.Context, t Tombstone) error
	// ImportGroup stores a copy group or story with its id and members
	// (Relation, Similarity and Of of each; Of 0 for the first; none is
	// ErrInvalid).
	ImportGroup(ctx context.Context, g Group) error
}

// Tombstone is what is left of a machine claim that a re-extraction no
// longer found: its id stays taken, and ReplacedBy (0: none) is the claim
// standing at its figure or in its sentence afterwards.
type Tombstone struct {
	ID         int64     `json:"id"`
	ArticleID  int64     `json:"article_id"`
	ReplacedBy int64     `json:"replaced_by,omitempty"`
	Text       string    `json:"text"`
	Indicator  string    `json:"indicator,omitempty"`
	RemovedAt  time.Time `json:"removed_at"`
}

// ArchivedClaim is a stored claim (its content in current, reviewed form)
// with its position in the article's extraction.
type ArchivedClaim struct {
	StoredClaim
	Ord int `json:"ord"`
}
