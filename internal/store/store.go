// Package store owns dossier's storage contract: the Store interface, the
// types it reads and writes, its sentinel errors, and the dialect-free
// helpers every implementation shares (snippet highlight markers, search
// limits; the search query language is internal/searchq). It contains no SQL: the SQLite
// implementation lives in internal/store/sqlite, the PostgreSQL one in
// internal/store/postgres, and internal/store/open picks one from a DSN
// (a file path for SQLite, a postgres:// URL for PostgreSQL). The shared
// conformance suite that every implementation must pass is
// internal/store/storetest.
//
// Conventions every implementation follows:
//   - every method takes a context and wraps errors with %w, naming what failed;
//   - a missing row is reported with ErrNotFound (test with errors.Is);
//   - bad input (an unknown review action, an empty search) with ErrInvalid,
//     a malformed search query with ErrBadQuery;
//   - Limit 0 means "no limit"; lists that page also return the total count;
//   - dates are "YYYY-MM-DD" strings; "" means unknown and sorts last.
package store

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/searchq"
)

// Sentinel errors, wrapped by implementations.
var (
	ErrNotFound = errors.New("not found")
	ErrInvalid  = errors.New("invalid argument")
	ErrBadQuery = searchq.ErrBad // a malformed search query
	// ErrGone is a claim removed by a re-extraction (see GoneError).
	ErrGone = errors.New("gone")
)

// GoneError is the error of a claim that a re-extraction removed: it left a
// tombstone, and ReplacedBy is the claim now standing at its figure or in
// its sentence (0 when none). It matches ErrGone and also ErrNotFound, so
// that callers that know only ErrNotFound still treat it as missing.
type GoneError struct {
	ID, ReplacedBy int64
}

func (e *GoneError) Error() string {
	if e.ReplacedBy != 0 {
		return fmt.Sprintf("claim %d was removed by a re-extraction; see claim %d", e.ID, e.ReplacedBy)
	}
	return fmt.Sprintf("claim %d was removed by a re-extraction", e.ID)
}

// Is reports whether target is ErrGone or ErrNotFound.
func (e *GoneError) Is(target error) bool { return target == ErrGone || target == ErrNotFound }

// Store is dossier's storage: articles, claims, groups, copy signatures,
// the archive, the workbench's reviews, facets and saved searches, and the
// feeds, alerts and tokens of the interfaces it embeds. Implementations are
// safe for concurrent use.
type Store interface {
	SourceStore
	AlertStore
	TokenStore

	// Migrate applies pending schema migrations in one transaction.
	// Open functions call it; it is idempotent.
	Migrate(ctx context.Context) error
	Close() error

	// PutArticle stores the article whole (metadata, paragraphs, removed
	// pieces, warnings and a.Annotations, claims as machine claims) in one
	// transaction, or nothing. When the same text (non-empty Hash) is
	// already stored from the same Source and URL it returns (thatID,
	// false, nil) and changes nothing; the same text from another source
	// is stored as its own article and linked, in the same transaction, to
	// the first article with that text as an exact copy. On success a.ID
	// is set.
	PutArticle(ctx context.Context, a *doc.Article) (id int64, created bool, err error)
	// PutArticles is PutArticle for several articles in one transaction
	// (all stored, or none), the result of each in order.
	PutArticles(ctx context.Context, arts []*doc.Article) ([]Put, error)
	// Article returns the stored article with its Annotations (never nil).
	// Claims come back ordered by span, in their current (reviewed) form.
	Article(ctx context.Context, id int64) (*doc.Article, error)
	// Articles calls fn with each stored article of ids, in that order,
	// read together (those not found are left out), as Article reads it
	// but without its claims (Annotations.Claims nil).
	Articles(ctx context.Context, ids []int64, fn func(*doc.Article) error) error
	// StoredRecordID returns the id of the article PutArticle would find
	// unchanged: that text (hash) from that Source and URL; ErrNotFound
	// when there is none.
	StoredRecordID(ctx context.Context, hash, source, url string) (int64, error)
	// ListArticles lists summaries newest first, articles without a date last.
	ListArticles(ctx context.Context, f ArticleFilter) ([]ArticleSummary, int, error)
	// ReplaceAnnotations replaces an article's times, quantities, mentions,
	// entities and legal references with those of an, in one transaction,
	// and gives it the claims of the re-extraction keeping claim ids: a new
	// claim that is a stored one (the same figure span and value, or another
	// rule of the implementation's stated list) takes its id; a machine
	// claim that is no longer found is removed and leaves a tombstone (Claim
	// answers a *GoneError pointing to the claim that replaced it). Reviewed
	// claims (accepted, rejected, corrected) are never changed; a new claim
	// that is a reviewed one is dropped.
	ReplaceAnnotations(ctx context.Context, articleID int64, an *doc.Annotations) (ReplaceResult, error)
	Counts(ctx context.Context) (Counts, error)
	// Generation is a number that every write changing what pages show
	// (articles, annotations, claims, reviews, groups, alerts) increases,
	// whichever process made it: caches of pages keep it and drop what
	// they hold when it has moved.
	Generation(ctx context.Context) (int64, error)

	// Search runs a full-text query (see searchq.Parse for the syntax) over
	// titles and clean text, best first. Snippets mark hits with
	// HighlightStart and HighlightEnd. Broad queries are counted up to
	// SearchTotalCap and ranked (or, with SortDate, ordered by publication
	// date) among the most recently stored matches (SearchRankWindow).
	Search(ctx context.Context, q SearchQuery) ([]SearchHit, int, error)

	ListClaims(ctx context.Context, f ClaimFilter) ([]StoredClaim, int, error)
	// Claim returns one claim; a claim removed by a re-extraction is a
	// *GoneError (errors.Is ErrGone, and ErrNotFound).
	Claim(ctx context.Context, id int64) (*StoredClaim, error)
	// ReviewClaim applies a review and writes the audit log entry in the
	// same transaction. It returns the claim as it is afterwards.
	ReviewClaim(ctx context.Context, id int64, r Review) (*StoredClaim, error)
	// AuditLog returns the claim's audit entries, oldest first.
	AuditLog(ctx context.Context, claimID int64) ([]AuditEntry, error)

	ListEntities(ctx context.Context, f EntityFilter) ([]EntitySummary, int, error)
	// Entity returns an entity with all variants seen across articles, the
	// articles mentioning it and the claims said by it (claims whose SaidBy
	// equals its name or one of its variants, ignoring case).
	Entity(ctx context.Context, key string) (*EntityDetail, error)

	// SetLink puts l.ArticleID in the group of kind holding l.Of, making
	// one or merging two when needed, and returns the group id. In a copy
	// group (KindCopy) l.ArticleID copies l.Of, with the relation exact,
	// near, spun or translated (ErrInvalid otherwise); a story (KindStory)
	// holds articles about the same event, not copies of each other, and
	// its links have the relation RelStory whatever l says.
	SetLink(ctx context.Context, kind string, l Link) (groupID int64, err error)
	// JoinStory links each of members to the story of article of, as
	// SetLink does (similarity 0), in one transaction, except of itself and
	// the members that were in that story before the call. It returns the
	// number of links written.
	JoinStory(ctx context.Context, of int64, members []int64) (int, error)
	// GroupOf returns the group of kind holding the article, ErrNotFound
	// when it is in none.
	GroupOf(ctx context.Context, kind string, articleID int64) (*Group, error)
	// Group returns the copy group or story with that id, ErrNotFound
	// when there is none.
	Group(ctx context.Context, id int64) (*Group, error)
	// ListGroups lists the groups of kind, largest first.
	ListGroups(ctx context.Context, kind string, p Page) ([]Group, int, error)

	// ListSeriesClaims reads an indicator's claims with only what a series
	// needs to be drawn and compared (package indicator's lean reads): it
	// selects claims as ListClaims does but ignores Limit and Offset and
	// returns them in no particular order. Each claim carries its id,
	// article id, span, value, unit, per, topic, indicator, period, said_by,
	// origin, review state, the article's publication date and credit, and
	// its copy group; other fields are left empty.
	ListSeriesClaims(ctx context.Context, f ClaimFilter) ([]StoredClaim, error)

	// PutSignatures stores the copy-detection signatures (the bytes of a
	// copies.Sig, opaque to the store, so that the copy index is rebuilt
	// without reading texts) of stored articles in one transaction, in
	// order (ErrNotFound when there is no such article, ErrInvalid when a
	// sig is empty). A new signature goes after every stored one; storing
	// an article's signature again replaces its bytes and keeps its place.
	PutSignatures(ctx context.Context, sigs []Signature) error
	// Signatures calls fn for every stored signature in the order they
	// were first stored (the order the articles were added to the copy
	// index), with what names the article's outlet. An error from fn stops
	// the walk and is returned wrapped (errors.Is finds it). fn should not
	// write to the store.
	Signatures(ctx context.Context, fn func(Signature) error) error
	// MissingSignatures returns the stored articles without a signature,
	// oldest publication date first, then by id, undated articles last.
	MissingSignatures(ctx context.Context) ([]int64, error)

	// Archive reads and Import (see archive.go) are raw, id-preserving
	// access for "dossier export" and "dossier import" (internal/export).
	// ArchiveClaims returns every claim of the article as stored, with its
	// position in the extraction (Ord) and review state, ordered by Ord
	// then ID.
	ArchiveClaims(ctx context.Context, articleID int64) ([]ArchivedClaim, error)
	// ArchiveAudit calls fn for every audit log entry, in id order,
	// including entries about claims that no longer exist.
	ArchiveAudit(ctx context.Context, fn func(AuditEntry) error) error
	// ArchiveTombstones calls fn for every removed claim's tombstone, in id
	// order.
	ArchiveTombstones(ctx context.Context, fn func(Tombstone) error) error
	// Import runs fn in one transaction: what fn imports is stored whole
	// or not at all (fn's error, or a failed write, rolls it all back).
	// Rows added later take ids above the imported ones.
	Import(ctx context.Context, fn func(Importer) error) error

	// Reviews of contradictions (see workbench.go) are appended, never
	// changed: the latest review of a pair is its state.
	// ReviewContradiction appends a review (see CheckContradictionReview);
	// the store orders A and B and sets ID and At. It returns the review
	// as stored.
	ReviewContradiction(ctx context.Context, r ContradictionReview) (ContradictionReview, error)
	// ContradictionAudit returns every review of the pair, oldest first.
	ContradictionAudit(ctx context.Context, a, b string) ([]ContradictionReview, error)
	// ContradictionStates returns the latest review of every reviewed pair.
	ContradictionStates(ctx context.Context) ([]ContradictionReview, error)

	// ArticleFacets counts the articles q selects (its window and sort
	// ignored; an empty Text selects by the filters alone) per outlet,
	// language and year of publication. With Text, at most the newest
	// SearchTotalCap matches are counted (Capped says so).
	ArticleFacets(ctx context.Context, q SearchQuery) (Facets, error)
	// ClaimFacets counts the claims f selects (window ignored) per
	// indicator, said_by, origin, review state, outlet and year of
	// publication.
	ClaimFacets(ctx context.Context, f ClaimFilter) (Facets, error)

	// SaveSearch stores a new saved search (see CheckSavedSearch) and
	// returns it with its ID and CreatedAt.
	SaveSearch(ctx context.Context, s SavedSearch) (SavedSearch, error)
	// SavedSearches lists them, oldest first.
	SavedSearches(ctx context.Context) ([]SavedSearch, error)
	// DeleteSavedSearch removes one; ErrNotFound when there is none.
	DeleteSavedSearch(ctx context.Context, id int64) error
}

// Signature is a stored signature with the fields of its article that name
// the outlet (see copies.Outlet).
type Signature struct {
	ArticleID int64
	Credit    string
	SiteName  string
	URL       string
	Sig       []byte
}

// Put is what PutArticles did with one article.
type Put struct {
	ID      int64
	Created bool // false: the same text from the same source was stored before
}

// Page selects a window of a list. Limit 0 means no limit.
type Page struct {
	Limit  int `json:"limit,omitempty"`
	Offset int `json:"offset,omitempty"`
}

// ArticleFilter selects articles. From and To bound the publication date
// (inclusive, "YYYY-MM-DD"); when either is set, undated articles are left
// out. Credit matches ignoring case; Lang exactly.
type ArticleFilter struct {
	From, To string
	Credit   string
	Lang     string
	Limit    int
	Offset   int
}

// ArticleSummary is an article without its text.
type ArticleSummary struct {
	ID        int64  `json:"id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Credit    string `json:"credit"`
	Lang      string `json:"lang"`
	Source    string `json:"source"`
	URL       string `json:"url,omitempty"`
	Hash      string `json:"hash"`
	Claims    int    `json:"claims"`
	CopyGroup int64  `json:"copy_group,omitempty"` // 0 when in none
	Story     int64  `json:"story,omitempty"`      // 0 when in none
}

// Counts are row counts for status displays.
type Counts struct {
	Articles   int            `json:"articles"`
	Paragraphs int            `json:"paragraphs"`
	Times      int            `json:"times"`
	Quantities int            `json:"quantities"`
	Mentions   int            `json:"mentions"`
	Entities   int            `json:"entities"`
	LegalRefs  int            `json:"legal_refs"`
	Claims     int            `json:"claims"`
	ByReview   map[string]int `json:"by_review"` // claims per review state
	CopyGroups int            `json:"copy_groups"`
	Stories    int            `json:"stories"`
}

// SearchQuery is a full-text search. From, To, Credit and Lang filter as in
// ArticleFilter. Sort is "" (best first) or SortDate (newest first). Fold
// leaves out copies: an article that is a later member of a copy group
// (relation exact, near or spun) is not listed, its group's first article
// stands for it.
type SearchQuery struct {
	Text     string
	From, To string
	Credit   string
	Lang     string
	Sort     string
	Fold     bool
	Limit    int
	Offset   int
}

// SortDate orders search hits newest first.
const SortDate = "date"

// Snippet highlight markers. Snippets are plain text with each matched
// token wrapped in HighlightStart ... HighlightEnd (ASCII STX and ETX, which
// clean text never holds). Renderers escape the text first, then replace
// the markers (web.SplitSnippet).
const (
	HighlightStart = "\x02"
	HighlightEnd   = "\x03"
	Ellipsis       = "…"
)

// SearchHit is one matching article.
type SearchHit struct {
	ArticleID int64  `json:"article_id"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Credit    string `json:"credit"`
	Lang      string `json:"lang"`
	Snippet   string `json:"snippet"`
	// CopyGroup is the article's copy group (0 when in none) and Copies
	// the number of articles in it.
	CopyGroup int64 `json:"copy_group,omitempty"`
	Copies    int   `json:"copies,omitempty"`
	// Rank orders hits: higher is better. Its scale depends on the
	// implementation (negated bm25 for SQLite, ts_rank for PostgreSQL).
	Rank float64 `json:"rank"`
}

// Review states of a claim.
const (
	ReviewMachine   = "machine"
	ReviewAccepted  = "accepted"
	ReviewRejected  = "rejected"
	ReviewCorrected = "corrected"
)

// ValidReview reports whether s is a review state.
func ValidReview(s string) bool {
	return slices.Contains([]string{ReviewMachine, ReviewAccepted, ReviewRejected, ReviewCorrected}, s)
}

// StoredClaim is a claim with its id, review state and article context.
type StoredClaim struct {
	ID        int64 `json:"id"`
	ArticleID int64 `json:"article_id"`
	doc.Claim
	Review       string    `json:"review"`
	Reviewer     string    `json:"reviewer,omitempty"`
	ReviewReason string    `json:"review_reason,omitempty"`
	ReviewedAt   time.Time `json:"reviewed_at,omitzero"`
	// MatchKey identifies the claim across re-extractions; it is taken
	// from the claim as the machine made it and never changes on review.
	MatchKey string `json:"match_key"`

	ArticleTitle     string `json:"article_title"`
	ArticlePublished string `json:"article_published"`
	ArticleCredit    string `json:"article_credit"`
	CopyGroup        int64  `json:"copy_group,omitempty"`
}

// ClaimFilter selects claims. From and To ("YYYY-MM-DD", inclusive) keep
// claims whose period overlaps them; claims without a resolvable period are
// then left out. SaidBy, Origin and Credit (the article's outlet) match
// ignoring case; Source keeps claims whose said_by, origin or outlet
// contains it, ignoring case. Review is a review state. Text keeps the
// claims of articles the full-text query matches (searchq.Parse syntax; of the
// newest ClaimTextCap matching articles when more match). Fold
// leaves out the claims of articles that are later members of a copy group,
// as SearchQuery.Fold does. Sort is one of the Sort keys ("" lists newest
// first); unknown values ("") sort last in ascending order, and ties keep
// the newest-first order.
type ClaimFilter struct {
	ArticleID int64
	Topic     string
	Indicator string
	From, To  string
	SaidBy    string
	Origin    string
	Credit    string
	Source    string
	Review    string
	Text      string
	Fold      bool
	Sort      string
	Desc      bool
	Limit     int
	Offset    int
}

// Sort keys of ClaimFilter: the article's publication date, the start of
// the period, the low end of the value, the source (said_by, else origin,
// else outlet), the indicator, the review state.
const (
	SortPublished = "published"
	SortPeriod    = "period"
	SortValue     = "value"
	SortSource    = "source"
	SortIndicator = "indicator"
	SortReview    = "review"
)

// Review is a reviewer's decision on a claim. Action is ReviewAccepted,
// ReviewRejected, ReviewCorrected (Corrected required) or ReviewMachine
// (undo: back to machine state, content unchanged). Who is required.
type Review struct {
	Action    string
	Who       string
	Reason    string
	Corrected *doc.Claim
}

// AuditEntry is one change to a claim (of the article ArticleID). Before
// and After are ClaimState JSON.
type AuditEntry struct {
	ID        int64           `json:"id"`
	ClaimID   int64           `json:"claim_id"`
	ArticleID int64           `json:"article_id"`
	Who       string          `json:"who"`
	At        time.Time       `json:"at"`
	Action    string          `json:"action"`
	Reason    string          `json:"reason,omitempty"`
	Before    json.RawMessage `json:"before"`
	After     json.RawMessage `json:"after"`
}

// ClaimState is what the audit log records before and after a change.
type ClaimState struct {
	Claim        doc.Claim `json:"claim"`
	Review       string    `json:"review"`
	Reviewer     string    `json:"reviewer,omitempty"`
	ReviewReason string    `json:"review_reason,omitempty"`
}

// ReplaceResult says what a claim replacement did.
type ReplaceResult struct {
	Deleted      int `json:"deleted"`       // machine claims removed (tombstoned)
	Kept         int `json:"kept"`          // machine claims found again: same id, content updated
	Inserted     int `json:"inserted"`      // new machine claims
	KeptReviewed int `json:"kept_reviewed"` // reviewed claims left as they were
	Skipped      int `json:"skipped"`       // new claims dropped: a reviewed claim has their key
}

// MatchKey is the key that pairs a claim with its re-extraction: the
// quantity span and the indicator.
func MatchKey(c doc.Claim) string {
	return strconv.Itoa(c.Start) + ":" + strconv.Itoa(c.End) + ":" + c.Indicator
}

// EntityFilter selects entities: of a Type (PER, ORG, LOC, MISC), and/or
// mentioned in ArticleID.
type EntityFilter struct {
	Type      string
	ArticleID int64
	Limit     int
	Offset    int
}

// EntitySummary is an entity with how often it is seen.
type EntitySummary struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Articles int    `json:"articles"`
	Mentions int    `json:"mentions"`
}

// EntityDetail is an entity with its variants across all articles (sorted),
// the articles mentioning it (newest first) and the claims it said.
type EntityDetail struct {
	doc.Entity
	Articles []ArticleSummary `json:"articles"`
	Claims   []StoredClaim    `json:"claims"`
}

// Copy relations; the first member of a group is RelOriginal.
const (
	RelOriginal = "original"
	RelExact    = "exact"
	RelNear     = "near"
	RelSpun     = "spun"
	// RelTranslated: a translation of the article it is linked to (copies.Translated).
	RelTranslated = "translated"
	RelStory      = "story" // member of a story
)

// Link says that ArticleID copies (or, for stories, tells the same story
// as) Of, with a relation and a similarity in [0,1].
type Link struct {
	ArticleID  int64   `json:"article_id"`
	Of         int64   `json:"of"`
	Relation   string  `json:"relation"` // RelExact, RelNear, RelSpun, RelTranslated; ignored for stories
	Similarity float64 `json:"similarity"`
}

// Group is a copy group or a story. Of is the earliest member (by
// publication date, then id); members are listed in that order.
type Group struct {
	ID      int64         `json:"id"`
	Kind    string        `json:"kind"` // "copy" or "story"
	Of      int64         `json:"of"`
	Members []GroupMember `json:"members"`
}

// GroupMember is an article in a group.
type GroupMember struct {
	ArticleID  int64   `json:"article_id"`
	Title      string  `json:"title"`
	Published  string  `json:"published"`
	Credit     string  `json:"credit"`
	Relation   string  `json:"relation"`
	Similarity float64 `json:"similarity"`
	Of         int64   `json:"of,omitempty"` // the article it was linked to; 0 for the first
}

// Group kinds.
const (
	KindCopy  = "copy"
	KindStory = "story"
)
