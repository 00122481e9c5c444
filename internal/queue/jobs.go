package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/ingest"
)

// Job kinds.
const (
	// KindIngest cleans, annotates and stores one read document, carried
	// whole in the payload (IngestPayload) so that any machine can do it.
	KindIngest = "ingest"
	// KindReextract recomputes the annotations of a stored article
	// (ReextractPayload), keeping reviewed claims.
	KindReextract = "reextract"
)

// IngestPayload is the payload of an ingest job: the document as read.
type IngestPayload struct {
	Source    string   `json:"source"`
	Format    string   `json:"format,omitempty"`
	URL       string   `json:"url,omitempty"`
	Title     string   `json:"title,omitempty"`
	Published string   `json:"published,omitempty"`
	Credit    string   `json:"credit,omitempty"`
	SiteName  string   `json:"site_name,omitempty"`
	Byline    string   `json:"byline,omitempty"`
	Lang      string   `json:"lang,omitempty"`
	Text      string   `json:"text"`
	Warnings  []string `json:"warnings,omitempty"`
}

// IngestJob returns the job that ingests d. Its dedup key is the hash of
// the payload, so enqueueing the same document twice adds one job.
func IngestJob(d ingest.Document) NewJob {
	p := IngestPayload{Source: d.Source, Format: d.Format, URL: d.URL, Title: d.Title,
		Published: d.Published, Credit: d.Credit, SiteName: d.SiteName, Byline: d.Byline, Lang: d.Lang,
		Text: d.Text, Warnings: d.Warnings}
	b, _ := json.Marshal(p)
	sum := sha256.Sum256(b)
	return NewJob{Kind: KindIngest, Payload: json.RawMessage(b), DedupKey: "ingest:" + hex.EncodeToString(sum[:])}
}

// Document returns the document the payload carries.
func (p IngestPayload) Document() ingest.Document {
	return ingest.Document{Source: p.Source, Format: p.Format, URL: p.URL, Title: p.Title,
		Published: p.Published, Credit: p.Credit, SiteName: p.SiteName, Byline: p.Byline, Lang: p.Lang,
		Text: p.Text, Warnings: p.Warnings}
}

// ReextractPayload is the payload of a re-extraction job.
type ReextractPayload struct {
	ArticleID int64 `json:"article_id"`
}

// ReextractJob returns the job that re-extracts an article. It has no
// dedup key: re-extraction is asked for again after the rules change.
func ReextractJob(articleID int64) NewJob {
	return NewJob{Kind: KindReextract, Payload: ReextractPayload{ArticleID: articleID}}
}

// IngestResult is the result of an ingest job.
type IngestResult struct {
	ArticleID int64 `json:"article_id"`
	Created   bool  `json:"created"` // false: the same text was stored before
	Claims    int   `json:"claims"`
}

// Processor does dossier's job kinds through the service layer.
type Processor struct {
	App *app.App
	// Delay, when set, is waited before each job's effect (tests use it
	// to hold jobs long enough to kill a worker mid-job).
	Delay time.Duration
}

// Handle implements Handler.
func (p *Processor) Handle(ctx context.Context, j *Job) (any, error) {
	if p.Delay > 0 && !sleep(ctx, p.Delay) {
		return nil, ctx.Err()
	}
	switch j.Kind {
	case KindIngest:
		var pl IngestPayload
		if err := json.Unmarshal(j.Payload, &pl); err != nil {
			return nil, fmt.Errorf("ingest job %d: payload: %w", j.ID, err)
		}
		// Idempotent: an article is stored once per text and source, so a
		// replay of this job after a crash stores nothing new (and fires
		// the alerts a crash may have kept from firing).
		r := p.App.IngestFresh(ctx, pl.Document())
		if r.Err != nil {
			return nil, fmt.Errorf("ingest job %d (%s): %w", j.ID, pl.Source, r.Err)
		}
		return IngestResult{ArticleID: r.ID, Created: r.Created, Claims: r.Claims}, nil
	case KindReextract:
		var pl ReextractPayload
		if err := json.Unmarshal(j.Payload, &pl); err != nil {
			return nil, fmt.Errorf("reextract job %d: payload: %w", j.ID, err)
		}
		// Idempotent: the annotations are replaced, claim ids and reviewed
		// claims kept.
		res, err := p.App.ReextractOne(ctx, pl.ArticleID)
		if err != nil {
			return nil, fmt.Errorf("reextract job %d: %w", j.ID, err)
		}
		return res, nil
	}
	return nil, fmt.Errorf("job %d: unknown kind %q", j.ID, j.Kind)
}
