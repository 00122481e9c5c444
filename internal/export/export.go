// Package export owns dossier's export format: a versioned JSON Lines
// stream holding a whole collection (articles with their annotations,
// claims with their review state, the audit log, copy groups and stories)
// that moves it between stores (SQLite and PostgreSQL) and serves as a
// backup. Ids are kept, so an export of an imported store equals the
// original export byte for byte. The format is documented in
// docs/export-format.md.
//
// Stream: a header line {"format":"dossier-export","version":2}, then
// records, each an object with a "type": "article" (followed by its
// "claim" records), "audit", "tombstone" (a claim a re-extraction removed,
// since version 2), "group", and a final "end" record with the counts,
// whose absence marks a truncated stream. An import is one transaction: a
// stream that fails part-way stores nothing.
package export

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// Format and Version identify the stream; readers refuse a newer version.
const (
	Format  = "dossier-export"
	Version = 2
)

// Record types.
const (
	TypeArticle   = "article"
	TypeClaim     = "claim"
	TypeAudit     = "audit"
	TypeTombstone = "tombstone"
	TypeGroup     = "group"
	TypeEnd       = "end"
)

// Header is the first line.
type Header struct {
	Format  string `json:"format"`
	Version int    `json:"version"`
}

// Counts is what the end record holds and what Write and Read return.
type Counts struct {
	Articles   int `json:"articles"`
	Claims     int `json:"claims"`
	Audit      int `json:"audit"`
	Tombstones int `json:"tombstones,omitempty"`
	Groups     int `json:"groups"`
}

// Annotations are an article's annotations without its claims (which
// follow as claim records).
type Annotations struct {
	Times      []doc.Time     `json:"times"`
	Quantities []doc.Quantity `json:"quantities"`
	Mentions   []doc.Mention  `json:"mentions"`
	Entities   []doc.Entity   `json:"entities"`
	LegalRefs  []doc.LegalRef `json:"legal_refs"`
}

// ArticleRecord is an article: its stored fields (doc.Article JSON, id
// included) and annotations.
type ArticleRecord struct {
	Type        string       `json:"type"`
	Article     *doc.Article `json:"article"`
	Annotations Annotations  `json:"annotations"`
}

// ClaimRecord is a claim of the preceding article.
type ClaimRecord struct {
	Type         string    `json:"type"`
	ID           int64     `json:"id"`
	ArticleID    int64     `json:"article_id"`
	Ord          int       `json:"ord"`
	Claim        doc.Claim `json:"claim"`
	MatchKey     string    `json:"match_key"`
	Review       string    `json:"review"`
	Reviewer     string    `json:"reviewer,omitempty"`
	ReviewReason string    `json:"review_reason,omitempty"`
	ReviewedAt   string    `json:"reviewed_at,omitempty"`
}

// AuditRecord is an audit log entry.
type AuditRecord struct {
	Type      string          `json:"type"`
	ID        int64           `json:"id"`
	ClaimID   int64           `json:"claim_id"`
	ArticleID int64           `json:"article_id"`
	Who       string          `json:"who"`
	At        string          `json:"at"`
	Action    string          `json:"action"`
	Reason    string          `json:"reason,omitempty"`
	Before    json.RawMessage `json:"before"`
	After     json.RawMessage `json:"after"`
}

// TombstoneRecord is what is left of a claim a re-extraction removed.
type TombstoneRecord struct {
	Type       string `json:"type"`
	ID         int64  `json:"id"`
	ArticleID  int64  `json:"article_id"`
	ReplacedBy int64  `json:"replaced_by,omitempty"`
	Text       string `json:"text"`
	Indicator  string `json:"indicator,omitempty"`
	RemovedAt  string `json:"removed_at"`
}

// GroupRecord is a copy group (kind "copy") or story ("story").
type GroupRecord struct {
	Type    string         `json:"type"`
	ID      int64          `json:"id"`
	Kind    string         `json:"kind"`
	Members []MemberRecord `json:"members"`
}

// MemberRecord is an article in a group; Of is the article it was linked
// to, 0 for the first.
type MemberRecord struct {
	ArticleID  int64   `json:"article_id"`
	Relation   string  `json:"relation"`
	Similarity float64 `json:"similarity"`
	Of         int64   `json:"of,omitempty"`
}

// EndRecord closes the stream with the counts of each record type.
type EndRecord struct {
	Type string `json:"type"`
	Counts
}

// timeFormat writes times in UTC with microseconds, the precision both
// stores keep.
const timeFormat = "2006-01-02T15:04:05.000000Z"

func formatTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Truncate(time.Microsecond).Format(timeFormat)
}

func parseTime(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// Write writes the whole store to w and returns what it wrote. Articles,
// claims, audit entries and groups come in id order.
func Write(ctx context.Context, st store.Store, w io.Writer) (Counts, error) {
	var n Counts
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(Header{Format: Format, Version: Version}); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	summaries, _, err := st.ListArticles(ctx, store.ArticleFilter{})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	ids := make([]int64, len(summaries))
	for i, s := range summaries {
		ids[i] = s.ID
	}
	summaries = nil
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		a, err := st.Article(ctx, id)
		if err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		an := a.Annotations
		a.Annotations = nil
		rec := ArticleRecord{Type: TypeArticle, Article: a}
		if an != nil {
			rec.Annotations = Annotations{Times: an.Times, Quantities: an.Quantities, Mentions: an.Mentions,
				Entities: an.Entities, LegalRefs: an.LegalRefs}
		}
		if err := enc.Encode(rec); err != nil {
			return n, fmt.Errorf("export article %d: %w", id, err)
		}
		n.Articles++
		claims, err := st.ArchiveClaims(ctx, id)
		if err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		for _, c := range claims {
			if err := enc.Encode(ClaimRecord{Type: TypeClaim, ID: c.ID, ArticleID: c.ArticleID, Ord: c.Ord,
				Claim: c.Claim, MatchKey: c.MatchKey, Review: c.Review, Reviewer: c.Reviewer,
				ReviewReason: c.ReviewReason, ReviewedAt: formatTime(c.ReviewedAt)}); err != nil {
				return n, fmt.Errorf("export claim %d: %w", c.ID, err)
			}
			n.Claims++
		}
	}
	err = st.ArchiveAudit(ctx, func(e store.AuditEntry) error {
		n.Audit++
		return enc.Encode(AuditRecord{Type: TypeAudit, ID: e.ID, ClaimID: e.ClaimID, ArticleID: e.ArticleID,
			Who: e.Who, At: formatTime(e.At), Action: e.Action, Reason: e.Reason, Before: e.Before, After: e.After})
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	err = st.ArchiveTombstones(ctx, func(t store.Tombstone) error {
		n.Tombstones++
		return enc.Encode(TombstoneRecord{Type: TypeTombstone, ID: t.ID, ArticleID: t.ArticleID,
			ReplacedBy: t.ReplacedBy, Text: t.Text, Indicator: t.Indicator, RemovedAt: formatTime(t.RemovedAt)})
	})
	if err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	var groups []store.Group
	for _, kind := range []string{store.KindCopy, store.KindStory} {
		gs, _, err := st.ListGroups(ctx, kind, store.Page{})
		if err != nil {
			return n, fmt.Errorf("export: %w", err)
		}
		groups = append(groups, gs...)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i].ID < groups[j].ID })
	for _, g := range groups {
		rec := GroupRecord{Type: TypeGroup, ID: g.ID, Kind: g.Kind, Members: []MemberRecord{}}
		for _, m := range g.Members {
			rec.Members = append(rec.Members, MemberRecord{ArticleID: m.ArticleID, Relation: m.Relation,
				Similarity: m.Similarity, Of: m.Of})
		}
		if err := enc.Encode(rec); err != nil {
			return n, fmt.Errorf("export group %d: %w", g.ID, err)
		}
		n.Groups++
	}
	if err := enc.Encode(EndRecord{Type: TypeEnd, Counts: n}); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("export: %w", err)
	}
	return n, nil
}

// ErrNotEmpty is returned when importing into a store that holds articles,
// claims or groups.
var ErrNotEmpty = errors.New("the database is not empty")

// MaxLine is the longest record a Decoder accepts.
const MaxLine = 256 << 20

// Decoder reads and checks a stream without storing anything: the header,
// that claims follow their article, that the end record comes last with
// the right counts.
type Decoder struct {
	sc      *bufio.Scanner
	line    int
	article int64 // id of the last article record, 0 before the first
	n       Counts
	end     bool
}

// NewDecoder reads the header of the stream in r.
func NewDecoder(r io.Reader) (*Decoder, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), MaxLine)
	d := &Decoder{sc: sc}
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, fmt.Errorf("line 1: %w", err)
		}
		return nil, fmt.Errorf("empty stream")
	}
	d.line++
	var h Header
	if err := json.Unmarshal(sc.Bytes(), &h); err != nil || h.Format != Format {
		return nil, fmt.Errorf("line 1: not a %s stream (want a header {\"format\":%q,\"version\":N})", Format, Format)
	}
	if h.Version < 1 || h.Version > Version {
		return nil, fmt.Errorf("line 1: %s version %d: this program reads version %d", Format, h.Version, Version)
	}
	return d, nil
}

// Line is the number of the last line read.
func (d *Decoder) Line() int { return d.line }

// Next returns the next record: *ArticleRecord, *ClaimRecord,
// *AuditRecord, *GroupRecord or *EndRecord; io.EOF after the end record.
// A stream that stops before its end record is an error.
func (d *Decoder) Next() (any, error) {
	if !d.sc.Scan() {
		if err := d.sc.Err(); err != nil {
			return nil, fmt.Errorf("line %d: %w", d.line+1, err)
		}
		if !d.end {
			return nil, fmt.Errorf("the stream ends without its end record after line %d: truncated?", d.line)
		}
		return nil, io.EOF
	}
	d.line++
	rec, err := d.record(d.sc.Bytes())
	if err != nil {
		return nil, fmt.Errorf("line %d: %w", d.line, err)
	}
	return rec, nil
}

func (d *Decoder) record(b []byte) (any, error) {
	if d.end {
		return nil, fmt.Errorf("data after the end record")
	}
	var t struct {
		Type string `json:"type"`
	}
	if err := json.Unmarshal(b, &t); err != nil {
		return nil, err
	}
	switch t.Type {
	case TypeArticle:
		var rec ArticleRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, err
		}
		if rec.Article == nil || rec.Article.ID <= 0 {
			return nil, fmt.Errorf("article record without an id")
		}
		if rec.Article.ID <= d.article {
			return nil, fmt.Errorf("article %d after article %d: articles come in id order", rec.Article.ID, d.article)
		}
		d.article = rec.Article.ID
		d.n.Articles++
		return &rec, nil
	case TypeClaim:
		var rec ClaimRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, err
		}
		if d.article == 0 || rec.ArticleID != d.article {
			return nil, fmt.Errorf("claim %d of article %d does not follow its article", rec.ID, rec.ArticleID)
		}
		if _, err := parseTime(rec.ReviewedAt); err != nil {
			return nil, fmt.Errorf("claim %d: reviewed_at: %w", rec.ID, err)
		}
		d.n.Claims++
		return &rec, nil
	case TypeAudit:
		var rec AuditRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, err
		}
		if _, err := parseTime(rec.At); err != nil {
			return nil, fmt.Errorf("audit entry %d: at: %w", rec.ID, err)
		}
		d.article = -1 // no claim may follow
		d.n.Audit++
		return &rec, nil
	case TypeTombstone:
		var rec TombstoneRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, err
		}
		if _, err := parseTime(rec.RemovedAt); err != nil {
			return nil, fmt.Errorf("tombstone %d: removed_at: %w", rec.ID, err)
		}
		d.article = -1
		d.n.Tombstones++
		return &rec, nil
	case TypeGroup:
		var rec GroupRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, err
		}
		d.article = -1
		d.n.Groups++
		return &rec, nil
	case TypeEnd:
		var rec EndRecord
		if err := json.Unmarshal(b, &rec); err != nil {
			return nil, err
		}
		if rec.Counts != d.n {
			return nil, fmt.Errorf("the end record counts %+v, the stream held %+v", rec.Counts, d.n)
		}
		d.end = true
		return &rec, nil
	}
	return nil, fmt.Errorf("unknown record type %q", t.Type)
}

// Read imports a stream written by Write into st, which must be empty,
// keeping ids, review states, the audit log and tombstones. It returns what
// it stored. The import is one transaction: a stream without its end record
// (truncated), whose counts disagree, or that fails to store, leaves the
// store as it was, so that it can be imported again.
func Read(ctx context.Context, st store.Store, r io.Reader) (Counts, error) {
	var n Counts
	c, err := st.Counts(ctx)
	if err != nil {
		return n, fmt.Errorf("import: %w", err)
	}
	if c.Articles > 0 || c.Claims > 0 || c.CopyGroups > 0 || c.Stories > 0 {
		return n, fmt.Errorf("import: %w (%d articles, %d claims): import into a new database", ErrNotEmpty, c.Articles, c.Claims)
	}
	dec, err := NewDecoder(r)
	if err != nil {
		return n, fmt.Errorf("import: %w", err)
	}
	err = st.Import(ctx, func(im store.Importer) error {
		n, err = readInto(ctx, dec, im)
		return err
	})
	if err != nil {
		return Counts{}, err
	}
	return n, nil
}

// readInto stores every record of dec through im.
func readInto(ctx context.Context, dec *Decoder, im store.Importer) (Counts, error) {
	var n Counts
	fail := func(err error) (Counts, error) { return n, fmt.Errorf("import line %d: %w", dec.Line(), err) }
	var pending *doc.Article
	var claims []store.ArchivedClaim
	flush := func() error {
		if pending == nil {
			return nil
		}
		if err := im.ImportArticle(ctx, pending, claims); err != nil {
			return err
		}
		n.Articles++
		n.Claims += len(claims)
		pending, claims = nil, nil
		return nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return n, err
		}
		rec, err := dec.Next()
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, fmt.Errorf("import: %w", err)
		}
		if _, ok := rec.(*ClaimRecord); !ok {
			if err := flush(); err != nil {
				return fail(err)
			}
		}
		switch rec := rec.(type) {
		case *ArticleRecord:
			an := rec.Annotations
			rec.Article.Annotations = &doc.Annotations{Times: an.Times, Quantities: an.Quantities,
				Mentions: an.Mentions, Entities: an.Entities, LegalRefs: an.LegalRefs}
			pending = rec.Article
		case *ClaimRecord:
			at, _ := parseTime(rec.ReviewedAt)
			claims = append(claims, store.ArchivedClaim{Ord: rec.Ord, StoredClaim: store.StoredClaim{ID: rec.ID,
				ArticleID: rec.ArticleID, Claim: rec.Claim, MatchKey: rec.MatchKey, Review: rec.Review,
				Reviewer: rec.Reviewer, ReviewReason: rec.ReviewReason, ReviewedAt: at}})
		case *AuditRecord:
			at, _ := parseTime(rec.At)
			if err := im.ImportAudit(ctx, []store.AuditEntry{{ID: rec.ID, ClaimID: rec.ClaimID,
				ArticleID: rec.ArticleID, Who: rec.Who, At: at, Action: rec.Action, Reason: rec.Reason, Before: rec.Before,
				After: rec.After}}); err != nil {
				return fail(err)
			}
			n.Audit++
		case *TombstoneRecord:
			at, _ := parseTime(rec.RemovedAt)
			if err := im.ImportTombstone(ctx, store.Tombstone{ID: rec.ID, ArticleID: rec.ArticleID,
				ReplacedBy: rec.ReplacedBy, Text: rec.Text, Indicator: rec.Indicator, RemovedAt: at}); err != nil {
				return fail(err)
			}
			n.Tombstones++
		case *GroupRecord:
			g := store.Group{ID: rec.ID, Kind: rec.Kind}
			for _, m := range rec.Members {
				g.Members = append(g.Members, store.GroupMember{ArticleID: m.ArticleID, Relation: m.Relation,
					Similarity: m.Similarity, Of: m.Of})
			}
			if err := im.ImportGroup(ctx, g); err != nil {
				return fail(err)
			}
			n.Groups++
		}
	}
}
