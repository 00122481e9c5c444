package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// SourcesAndAlerts is what RunSources needs of a store.
type SourcesAndAlerts interface {
	store.SourceStore
	store.AlertStore
}

// RunSources is the conformance suite for store.SourceStore and
// store.AlertStore. open must return a new empty store for each call.
func RunSources(t *testing.T, open func(t *testing.T) SourcesAndAlerts) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s SourcesAndAlerts)
	}{
		{"AddListRemove", testSourcesAddListRemove},
		{"PollValidatorsAndItems", testPollItems},
		{"PollFailuresHealth", testPollHealth},
		{"ItemStates", testItemStates},
		{"AlertsIdempotent", testAlertsIdempotent},
		{"AlertOutbox", testAlertOutbox},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

func testSourcesAddListRemove(t *testing.T, s SourcesAndAlerts) {
	ctx := context.Background()
	a, created, err := s.AddSource(ctx, "https://example.org/feed.xml", 15*time.Minute)
	if err != nil || !created || a.ID == 0 || a.Interval != 15*time.Minute {
		t.Fatalf("AddSource = %+v, %v, %v", a, created, err)
	}
	again, created, err := s.AddSource(ctx, "https://example.org/feed.xml", time.Hour)
	if err != nil || created || again.ID != a.ID || again.Interval != time.Hour {
		t.Fatalf("AddSource of the same URL = %+v, %v, %v; want same id, not created, interval updated", again, created, err)
	}
	b, _, err := s.AddSource(ctx, "https://example.net/atom", 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.AddSource(ctx, "  ", 0); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("AddSource of an empty URL: %v, want ErrInvalid", err)
	}
	list, err := s.ListSources(ctx)
	if err != nil || len(list) != 2 || list[0].ID != a.ID || list[1].ID != b.ID {
		t.Fatalf("ListSources = %+v, %v", list, err)
	}
	if err := s.RemoveSource(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSource(ctx, a.ID); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("second RemoveSource: %v, want ErrNotFound", err)
	}
	list, _ = s.ListSources(ctx)
	if len(list) != 1 || list[0].URL != "https://example.net/atom" {
		t.Errorf("after remove: %+v", list)
	}
}

func items(keys ...string) []store.Item {
	var out []store.Item
	for _, k := range keys {
		out = append(out, store.Item{Key: k, URL: "https://example.org/" + k, Title: "Title " + k, Published: "2024-05-01"})
	}
	return out
}

func testPollItems(t *testing.T, s SourcesAndAlerts) {
	ctx := context.Background()
	src, _, _ := s.AddSource(ctx, "https://example.org/rss", 0)
	at := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	res, err := s.RecordPoll(ctx, src.ID, store.Poll{At: at, ETag: `"v1"`, LastModified: "Wed, 01 May 2024 12:00:00 GMT", Items: items("a", "b")})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 2 || res.Source.ETag != `"v1"` || res.Source.Polls != 1 || !res.Source.LastPoll.Equal(at) {
		t.Errorf("first poll: %+v", res)
	}
	res, err = s.RecordPoll(ctx, src.ID, store.Poll{At: at.Add(time.Minute), ETag: `"v2"`, Items: items("b", "c")})
	if err != nil || res.Added != 1 {
		t.Errorf("second poll added %d, %v; want 1 (b known)", res.Added, err)
	}
	res, err = s.RecordPoll(ctx, src.ID, store.Poll{At: at.Add(2 * time.Minute), NotModified: true, ETag: `"v2"`})
	if err != nil || res.Source.NotModified != 1 || res.Source.Polls != 3 || res.Source.ETag != `"v2"` {
		t.Errorf("not-modified poll: %+v, %v", res.Source, err)
	}
	if res.Source.Items[store.ItemPending] != 3 {
		t.Errorf("item counts %v, want 3 pending", res.Source.Items)
	}
	open, err := s.Items(ctx, src.ID, true, 0)
	if err != nil || len(open) != 3 || open[0].Key != "a" || open[2].Key != "c" || open[0].Title != "Title a" || open[0].State != store.ItemPending {
		t.Errorf("open Items = %+v, %v", open, err)
	}
	if lim, _ := s.Items(ctx, 0, true, 2); len(lim) != 2 {
		t.Errorf("open Items limit 2 gave %d", len(lim))
	}
	if _, err := s.RecordPoll(ctx, 9999, store.Poll{}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("RecordPoll of an unknown source: %v, want ErrNotFound", err)
	}
	if last := at.Add(2 * time.Minute); !res.Source.LastPoll.Equal(last) {
		t.Errorf("last poll %v, want the not-modified one at %v", res.Source.LastPoll, last)
	}
}

func testPollHealth(t *testing.T, s SourcesAndAlerts) {
	ctx := context.Background()
	src, _, _ := s.AddSource(ctx, "https://example.org/bad", 0)
	s.RecordPoll(ctx, src.ID, store.Poll{ETag: `"keep"`})
	var last store.PollResult
	for i := 1; i <= 3; i++ {
		var err error
		last, err = s.RecordPoll(ctx, src.ID, store.Poll{Err: fmt.Sprintf("HTTP 500 #%d", i), UnhealthyAfter: 3})
		if err != nil {
			t.Fatal(err)
		}
		if last.Source.Failures != i || last.Source.Unhealthy != (i >= 3) {
			t.Errorf("after %d failures: failures %d unhealthy %v", i, last.Source.Failures, last.Source.Unhealthy)
		}
	}
	if last.Source.LastError != "HTTP 500 #3" || last.Source.ETag != `"keep"` {
		t.Errorf("failed source: last error %q, etag %q", last.Source.LastError, last.Source.ETag)
	}
	list, _ := s.ListSources(ctx)
	if len(list) != 1 || !list[0].Unhealthy || list[0].LastError == "" {
		t.Errorf("ListSources does not show the unhealthy source: %+v", list)
	}
	ok, err := s.RecordPoll(ctx, src.ID, store.Poll{ETag: `"new"`})
	if err != nil || ok.Source.Failures != 0 || ok.Source.Unhealthy || ok.Source.LastError != "" {
		t.Errorf("a success does not reset health: %+v, %v", ok.Source, err)
	}
}

func testItemStates(t *testing.T, s SourcesAndAlerts) {
	ctx := context.Background()
	src, _, _ := s.AddSource(ctx, "https://example.org/states", 0)
	s.RecordPoll(ctx, src.ID, store.Poll{Items: items("one", "two", "three")})
	open, _ := s.Items(ctx, src.ID, true, 0)
	one, two, three := open[0], open[1], open[2]
	page := []byte("<html><body><p>page body</p></body></html>")
	if err := s.ItemFetched(ctx, one.ID, "https://example.org/one?final", page); err != nil {
		t.Fatal(err)
	}
	open, _ = s.Items(ctx, src.ID, true, 0)
	if open[0].State != store.ItemFetched || string(open[0].Body) != string(page) || open[0].FinalURL != "https://example.org/one?final" {
		t.Errorf("fetched item: %+v", open[0])
	}
	if err := s.ItemDone(ctx, one.ID, 42); err != nil {
		t.Fatal(err)
	}
	if err := s.ItemFailed(ctx, two.ID, "timeout", false); err != nil {
		t.Fatal(err)
	}
	if err := s.ItemFailed(ctx, three.ID, "HTTP 404", true); err != nil {
		t.Fatal(err)
	}
	open, _ = s.Items(ctx, src.ID, true, 0)
	if len(open) != 1 || open[0].ID != two.ID || open[0].Attempts != 1 || open[0].Error != "timeout" || open[0].State != store.ItemPending {
		t.Errorf("open after transitions: %+v", open)
	}
	all, _ := s.Items(ctx, 0, false, 0)
	if len(all) != 3 {
		t.Fatalf("Items = %d", len(all))
	}
	if all[0].State != store.ItemDone || all[0].ArticleID != 42 || len(all[0].Body) != 0 {
		t.Errorf("done item: state %s article %d body %d bytes", all[0].State, all[0].ArticleID, len(all[0].Body))
	}
	if all[2].State != store.ItemFailed || all[2].Error != "HTTP 404" {
		t.Errorf("failed item: %+v", all[2])
	}
	srcs, _ := s.ListSources(ctx)
	if got := srcs[0]; got.Items[store.ItemDone] != 1 || got.Items[store.ItemFailed] != 1 || got.Items[store.ItemPending] != 1 {
		t.Errorf("counts %v", got.Items)
	}
	if err := s.ItemDone(ctx, 99999, 1); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("ItemDone of an unknown item: %v", err)
	}
	if err := s.RemoveSource(ctx, src.ID); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.Items(ctx, 0, false, 0); len(all) != 0 {
		t.Errorf("items survive their source: %d", len(all))
	}
}

func testAlertsIdempotent(t *testing.T, s SourcesAndAlerts) {
	ctx := context.Background()
	ev := store.AlertEvent{Key: "r1/a7/c3", Rule: "r1", Topic: "t", When: "above", Title: "Figure above 10,000",
		ArticleID: 7, ClaimID: 3, URL: "https://example.org/a7", Payload: []byte(`{"rule":"r1"}`)}
	id, created, err := s.AddAlert(ctx, ev)
	if err != nil || !created || id == 0 {
		t.Fatalf("AddAlert = %d, %v, %v", id, created, err)
	}
	id2, created, err := s.AddAlert(ctx, ev)
	if err != nil || created || id2 != id {
		t.Errorf("AddAlert again = %d, %v, %v; want %d, false", id2, created, err, id)
	}
	if _, _, err := s.AddAlert(ctx, store.AlertEvent{Rule: "r"}); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("AddAlert without key: %v", err)
	}
	s.AddAlert(ctx, store.AlertEvent{Key: "r2/a8", Rule: "r2", Title: "second"})
	list, err := s.ListAlerts(ctx, 0)
	if err != nil || len(list) != 2 || list[0].Key != "r2/a8" || list[1].Key != ev.Key {
		t.Fatalf("ListAlerts = %+v, %v", list, err)
	}
	got := list[1]
	if got.Rule != "r1" || got.When != "above" || got.ArticleID != 7 || got.ClaimID != 3 || string(got.Payload) != `{"rule":"r1"}` ||
		got.Delivery != store.DeliveryPending || got.CreatedAt.IsZero() {
		t.Errorf("stored alert %+v", got)
	}
	if one, _ := s.ListAlerts(ctx, 1); len(one) != 1 {
		t.Errorf("ListAlerts limit 1 gave %d", len(one))
	}
}

// testAlertOutbox: the store is the outbox of alert delivery (the job
// queue retries): events wait unqueued until their jobs are queued, and a
// delivered event reads as sent.
func testAlertOutbox(t *testing.T, s SourcesAndAlerts) {
	ctx := context.Background()
	a, _, _ := s.AddAlert(ctx, store.AlertEvent{Key: "a", Rule: "r", Title: "first"})
	b, _, _ := s.AddAlert(ctx, store.AlertEvent{Key: "b", Rule: "r"})
	c, _, _ := s.AddAlert(ctx, store.AlertEvent{Key: "c", Rule: "r"})
	un, err := s.UnqueuedAlerts(ctx, 0)
	if err != nil || len(un) != 3 || un[0].ID != a || un[2].ID != c {
		t.Fatalf("UnqueuedAlerts = %+v, %v; want a, b, c oldest first", un, err)
	}
	if un, _ := s.UnqueuedAlerts(ctx, 2); len(un) != 2 {
		t.Errorf("UnqueuedAlerts limit 2 gave %d", len(un))
	}
	if err := s.AlertsQueued(ctx, []int64{a, c}); err != nil {
		t.Fatal(err)
	}
	if err := s.AlertsQueued(ctx, nil); err != nil {
		t.Errorf("AlertsQueued of none: %v", err)
	}
	if un, _ := s.UnqueuedAlerts(ctx, 0); len(un) != 1 || un[0].ID != b {
		t.Errorf("unqueued after queueing a and c: %+v", un)
	}
	at := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	if err := s.AlertDelivered(ctx, a, at); err != nil {
		t.Fatal(err)
	}
	if err := s.AlertDelivered(ctx, 9999, at); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("AlertDelivered of no alert: %v, want ErrNotFound", err)
	}
	got, err := s.Alert(ctx, a)
	if err != nil || got.Key != "a" || got.Title != "first" || got.Delivery != store.DeliverySent || !got.DeliveredAt.Equal(at) {
		t.Errorf("Alert(a) = %+v, %v; want sent at %v", got, err, at)
	}
	if got, err := s.Alert(ctx, c); err != nil || got.Delivery != store.DeliveryPending || !got.DeliveredAt.IsZero() {
		t.Errorf("Alert(c) = %+v, %v; want pending", got, err)
	}
	if _, err := s.Alert(ctx, 9999); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("Alert(9999): %v, want ErrNotFound", err)
	}
}
