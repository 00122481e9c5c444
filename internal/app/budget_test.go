package app

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/store"
)

var (
	permitsDoc = ingest.Document{Source: "permits.txt", Format: ingest.FormatText, Text: "Russia issued 900 work permits\n\n" +
		"MOSCOW, March 4, 2019 (Testwire) - Russia issued about 900 work permits to North Korean citizens in 2018, the labour ministry said.\n"}
	shipsDoc = ingest.Document{Source: "ships.txt", Format: ingest.FormatText, Text: "Ships seen in Rajin\n\n" +
		"Some 40 ships were seen in Rajin on 3 May 2021, analysts said.\n"}
)

// TestRerunSkipsAnnotatingStoredText: a document whose clean text is
// stored already is recognized by its hash before the annotators run. The
// second pass has no work budget, so any document it annotates gets a
// budget warning: the stored one must get none, the new one must.
func TestRerunSkipsAnnotatingStoredText(t *testing.T) {
	ctx := context.Background()
	a := newApp(t, openTemp(t))
	first := a.Ingest(ctx, permitsDoc)
	if first.Err != nil || !first.Created || first.Claims == 0 {
		t.Fatalf("first ingest: %+v", first)
	}
	a.Pipeline.Budget = time.Nanosecond
	again := a.Ingest(ctx, permitsDoc)
	if again.Err != nil || again.Created || again.ID != first.ID || len(again.Warnings) != 0 {
		t.Errorf("rerun of a stored text: %+v", again)
	}
	// the same text from another source is a new copy record: annotated
	copyDoc := permitsDoc
	copyDoc.Source = "copy-of-permits.txt"
	if c := a.Ingest(ctx, copyDoc); c.Err != nil || !c.Created || len(c.Warnings) != 1 {
		t.Errorf("the same text from another source: %+v", c)
	}
	fresh := a.Ingest(ctx, shipsDoc)
	if fresh.Err != nil || !fresh.Created || len(fresh.Warnings) != 1 || !strings.HasPrefix(fresh.Warnings[0], pipeline.BudgetWarning) {
		t.Errorf("new text with no budget: %+v", fresh)
	}
	art, err := a.Store.Article(ctx, fresh.ID)
	if err != nil || !strings.Contains(strings.Join(art.Warnings, " "), "work budget of 1ns spent before the times stage") {
		t.Errorf("the stored article does not carry the budget warning: %v %v", err, art)
	}
}

// TestCancelledIngestStoresNothing: a cancelled run (SIGTERM) stores
// nothing it had not stored before the cancel, and says so.
func TestCancelledIngestStoresNothing(t *testing.T) {
	a := newApp(t, openTemp(t))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := a.Ingest(ctx, shipsDoc)
	if !errors.Is(r.Err, context.Canceled) || r.ID != 0 {
		t.Errorf("cancelled Ingest: %+v", r)
	}
	_, err := a.IngestAll(ctx, func(push func(Item) error) error {
		return push(Item{Doc: permitsDoc})
	}, func(r Result) { t.Errorf("result after cancel: %+v", r) })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("IngestAll after cancel: %v", err)
	}
	c, err := a.Store.Counts(context.Background())
	if err != nil || c.Articles != 0 {
		t.Errorf("stored after cancel: %+v %v", c, err)
	}
	if _, err := a.Store.StoredRecordID(context.Background(), "x", "", ""); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("StoredRecordID of a missing hash: %v", err)
	}
}
