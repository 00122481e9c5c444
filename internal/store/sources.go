package store

import (
	"context"
	"encoding/json"
	"time"
)

// Item states. An item is written pending before anything is fetched; each
// step moves it on in its own transaction, so a watcher killed at any point
// resumes where it stopped: pending items are fetched, fetched items (whose
// page is kept in Body) are ingested, done and failed items are left alone.
const (
	ItemPending = "pending"
	ItemFetched = "fetched"
	ItemDone    = "done"
	ItemFailed  = "failed"
)

// Source is a watched feed (RSS, Atom or JSON Feed) with its polling state.
type Source struct {
	ID       int64         `json:"id"`
	URL      string        `json:"url"`
	Interval time.Duration `json:"interval"` // between polls; 0 means the watcher's default
	// Validators of the last successful fetch, sent back as If-None-Match
	// and If-Modified-Since.
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`

	Polls       int       `json:"polls"`        // fetch attempts recorded
	NotModified int       `json:"not_modified"` // polls answered 304
	Failures    int       `json:"failures"`     // consecutive failed polls
	Unhealthy   bool      `json:"unhealthy"`    // Failures reached the watcher's threshold
	LastError   string    `json:"last_error,omitempty"`
	LastPoll    time.Time `json:"last_poll,omitzero"`
	LastOK      time.Time `json:"last_ok,omitzero"`
	CreatedAt   time.Time `json:"created_at"`

	// Items counts the source's items by state (filled by ListSources and
	// RecordPoll).
	Items map[string]int `json:"items,omitempty"`
}

// Item is one entry of a source's feed and how far it got.
type Item struct {
	ID        int64  `json:"id"`
	SourceID  int64  `json:"source_id"`
	Key       string `json:"key"` // the entry's guid/id, else its link: unique per source
	URL       string `json:"url"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD from the feed
	State     string `json:"state"`
	Attempts  int    `json:"attempts"` // failed fetch or ingest attempts
	// Body is the fetched page, kept while the item is fetched so that
	// ingesting resumes without fetching again; cleared when done.
	Body      []byte    `json:"-"`
	FinalURL  string    `json:"final_url,omitempty"` // after redirects
	ArticleID int64     `json:"article_id,omitempty"`
	Error     string    `json:"error,omitempty"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Poll is the outcome of one poll of a source's feed, recorded in one
// transaction: the new items and the validators go in together, so a
// crash can never keep a validator whose items were not written.
type Poll struct {
	At           time.Time
	NotModified  bool
	ETag         string
	LastModified string
	Items        []Item // new entries; ones already known (by Key) are ignored
	// Err is the failure, "" on success. A failure increments the
	// consecutive failure count, keeps the validators, and marks the source
	// unhealthy when the count reaches UnhealthyAfter (> 0).
	Err            string
	UnhealthyAfter int
}

// PollResult says what RecordPoll did.
type PollResult struct {
	Added  int    `json:"added"` // items new to the store
	Source Source `json:"source"`
}

// SourceStore keeps watched feeds and their items (part of Store).
type SourceStore interface {
	// AddSource adds a feed URL, or updates the interval of the source
	// with that URL. It returns the source and whether it was new.
	AddSource(ctx context.Context, url string, interval time.Duration) (*Source, bool, error)
	// ListSources lists sources by id with their item counts.
	ListSources(ctx context.Context) ([]Source, error)
	// RemoveSource deletes a source and its items; ErrNotFound if none.
	RemoveSource(ctx context.Context, id int64) error
	// RecordPoll stores a poll's outcome (see Poll) in one transaction.
	RecordPoll(ctx context.Context, sourceID int64, p Poll) (PollResult, error)

	// Items lists a source's items (every source's when sourceID is 0) by
	// id, only the pending and fetched ones when open; limit 0 means all.
	Items(ctx context.Context, sourceID int64, open bool, limit int) ([]Item, error)
	// ItemFetched stores the fetched page and moves a pending item to
	// fetched.
	ItemFetched(ctx context.Context, id int64, finalURL string, body []byte) error
	// ItemDone records the article and moves the item to done, dropping
	// its body.
	ItemDone(ctx context.Context, id int64, articleID int64) error
	// ItemFailed counts a failed attempt with its error; the item stays in
	// its state to be retried, or becomes failed when final.
	ItemFailed(ctx context.Context, id int64, errMsg string, final bool) error
}

// Alert delivery states. The store knows whether an event was delivered;
// the job queue (internal/queue), which delivers each event as a job with
// retries, knows which are dead.
const (
	DeliveryPending = "pending" // to be posted to the webhook, or being retried
	DeliverySent    = "sent"
	DeliveryDead    = "dead" // the job queue gave up after too many failures: the dead-letter list
)

// AlertEvent is an alert that fired: a rule of a topic matched an article
// (and, for claim rules, a claim of it).
type AlertEvent struct {
	ID    int64  `json:"id"`
	Key   string `json:"key"` // identifies the firing; recording the same key twice is a no-op
	Rule  string `json:"rule"`
	Topic string `json:"topic"`
	When  string `json:"when"`
	// Title is a one-line summary; Message the rule's message.
	Title     string          `json:"title"`
	Message   string          `json:"message,omitempty"`
	ArticleID int64           `json:"article_id,omitempty"`
	ClaimID   int64           `json:"claim_id,omitempty"`
	URL       string          `json:"url,omitempty"`
	Payload   json.RawMessage `json:"payload,omitempty"` // the webhook body
	CreatedAt time.Time       `json:"created_at"`

	// Delivery is sent once DeliveredAt is set, else pending as the store
	// reads it; the job queue tells dead ones and fills in Attempts and
	// LastError from the event's delivery job.
	Delivery    string    `json:"delivery"`
	Attempts    int       `json:"attempts"`
	LastError   string    `json:"last_error,omitempty"`
	DeliveredAt time.Time `json:"delivered_at,omitzero"`
}

// AlertStore keeps fired alerts and whether they were delivered (part of
// Store). Delivery itself, with its retries, is a job of the job queue:
// the store is its outbox.
type AlertStore interface {
	// AddAlert records an event. An event whose Key is already stored is
	// left alone and (thatID, false, nil) returned.
	AddAlert(ctx context.Context, ev AlertEvent) (int64, bool, error)
	// ListAlerts lists events newest first; limit 0 means all.
	ListAlerts(ctx context.Context, limit int) ([]AlertEvent, error)
	// Alert returns one event, ErrNotFound if none.
	Alert(ctx context.Context, id int64) (AlertEvent, error)
	// UnqueuedAlerts lists the events whose delivery job is not yet
	// queued (AlertsQueued), oldest first; limit 0 means all.
	UnqueuedAlerts(ctx context.Context, limit int) ([]AlertEvent, error)
	// AlertsQueued records that the events' delivery jobs are queued.
	AlertsQueued(ctx context.Context, ids []int64) error
	// AlertDelivered marks an event sent.
	AlertDelivered(ctx context.Context, id int64, at time.Time) error
}
