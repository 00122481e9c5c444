package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"

	"github.com/dossier-osint/dossier/internal/alert"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/queue"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/open"
	"github.com/dossier-osint/dossier/internal/topic"
)

// ingestFlags adds the reading limits shared by ingest and extract.
func ingestFlags(fs *flag.FlagSet) *ingest.Options {
	opt := &ingest.Options{}
	fs.Int64Var(&opt.MaxBytes, "max-bytes", 32<<20, "largest input file read, in bytes")
	return opt
}

// webhookOpts are the alert webhook flags shared by watch and worker.
type webhookOpts struct {
	url, secret *string
	attempts    *int
}

// webhookFlags adds --webhook, --webhook-secret and --webhook-attempts.
func webhookFlags(fs *flag.FlagSet) webhookOpts {
	return webhookOpts{
		url:      fs.String("webhook", "", "URL to POST alerts to (JSON, signed in X-Dossier-Signature)"),
		secret:   fs.String("webhook-secret", "", "HMAC-SHA256 key of the webhook signature (env DOSSIER_WEBHOOK_SECRET)"),
		attempts: fs.Int("webhook-attempts", queue.DefaultDeliverAttempts, "attempts of an alert's delivery job before it goes to the dead-letter list (dossier alerts dead)"),
	}
}

// hook returns the webhook the flags name (nil when --webhook is not set),
// taking the secret from DOSSIER_WEBHOOK_SECRET when the flag is empty.
func (o webhookOpts) hook() (*alert.Webhook, error) {
	if *o.url == "" {
		return nil, nil
	}
	secret := *o.secret
	if secret == "" {
		secret = os.Getenv("DOSSIER_WEBHOOK_SECRET")
	}
	if secret == "" {
		return nil, fmt.Errorf("--webhook needs a secret: --webhook-secret or DOSSIER_WEBHOOK_SECRET")
	}
	return &alert.Webhook{URL: *o.url, Secret: []byte(secret)}, nil
}

// topicsFlag adds --topics: a directory of topic files used instead of the built-in ones.
func topicsFlag(fs *flag.FlagSet) *string {
	return fs.String("topics", "", "directory of topic files (default: the built-in topics)")
}

// loadTopics returns the topics of dir, or the built-in ones when dir is "".
func loadTopics(dir string) ([]*topic.Topic, error) {
	if dir == "" {
		return topic.Builtin()
	}
	ts, err := topic.LoadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("topics: %w", err)
	}
	return ts, nil
}

// loadPipeline builds the extraction pipeline with the topics of dir.
func loadPipeline(dir string) (*pipeline.Pipeline, error) {
	ts, err := loadTopics(dir)
	if err != nil {
		return nil, err
	}
	return pipeline.New(ts), nil
}

// openStore opens the store named by dsn (a SQLite path or a postgres:// URL)
// and applies pending migrations.
func openStore(ctx context.Context, dsn string) (store.Store, error) {
	st, err := open.Open(ctx, dsn)
	if err != nil {
		return nil, fmt.Errorf("database %s: %w", dsn, err)
	}
	return st, nil
}

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }
