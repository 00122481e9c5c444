package queue

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/riverqueue/river"

	"github.com/dossier-osint/dossier/internal/alert"
	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/topic"
)

// hook is a webhook receiver: "flaky" fails its first post, "broken"
// fails while broken is set, every other alert is taken.
type hook struct {
	mu     sync.Mutex
	posts  map[string]int
	broken atomic.Bool
}

func (h *hook) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	key := r.Header.Get("X-Dossier-Alert")
	h.mu.Lock()
	h.posts[key]++
	n := h.posts[key]
	h.mu.Unlock()
	switch {
	case key == "flaky" && n == 1:
		w.WriteHeader(http.StatusServiceUnavailable)
	case key == "broken" && h.broken.Load():
		w.WriteHeader(http.StatusInternalServerError)
	}
}

func (h *hook) count(key string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.posts[key]
}

// TestAlertDelivery: alert delivery on River, on either database. Events
// stored without a job (as a crash between the two leaves them) are queued
// by the sweep, one job each however often they are queued; a failed post
// is retried by River and delivered; one that always fails ends in the
// discarded list, which is the dead-letter list with its error; retrying it
// (River's JobRetry) delivers it.
func TestAlertDelivery(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st, q := open(t)
			ids := map[string]int64{}
			for _, k := range []string{"flaky", "broken", "fine"} {
				id, _, err := st.AddAlert(ctx, store.AlertEvent{Key: k, Rule: "r", Title: "alert " + k,
					Payload: []byte(`{"key":"` + k + `"}`)})
				if err != nil {
					t.Fatal(err)
				}
				ids[k] = id
			}
			h := &hook{posts: map[string]int{}}
			h.broken.Store(true)
			srv := httptest.NewServer(h)
			defer srv.Close()
			wh := &alert.Webhook{URL: srv.URL, Secret: []byte("s")}
			o := WorkOptions{App: newApp(t, st), ID: "alerts", Poll: 50 * time.Millisecond, Drain: true,
				AlertsOnly: true, Deliver: wh.Post, DeliverAttempts: 2}
			if err := q.Work(ctx, o); err != nil {
				t.Fatal(err)
			}
			if h.count("flaky") != 2 || h.count("fine") != 1 || h.count("broken") != 2 {
				t.Errorf("posts %v; want flaky 2 (retried), fine 1, broken 2 (its attempts)", h.posts)
			}
			for _, k := range []string{"flaky", "fine"} {
				if ev, err := st.Alert(ctx, ids[k]); err != nil || ev.Delivery != store.DeliverySent {
					t.Errorf("alert %s: %+v, %v; want sent", k, ev, err)
				}
			}
			dead, err := q.DeadAlerts(ctx, st)
			if err != nil || len(dead) != 1 || dead[0].ID != ids["broken"] || dead[0].Delivery != store.DeliveryDead ||
				dead[0].Attempts != 2 || !strings.Contains(dead[0].LastError, "HTTP 500") {
				t.Fatalf("dead letters %+v, %v; want broken after 2 attempts with its HTTP 500", dead, err)
			}
			list, _ := st.ListAlerts(ctx, 0)
			if err := q.AlertStates(ctx, list); err != nil {
				t.Fatal(err)
			}
			for _, ev := range list {
				want := store.DeliverySent
				if ev.Key == "broken" {
					want = store.DeliveryDead
				}
				if ev.Delivery != want {
					t.Errorf("listed alert %s: %s, want %s", ev.Key, ev.Delivery, want)
				}
			}
			// Queued again (a replay, a second sweep): still one job each.
			if err := q.QueueAlerts(ctx, st, list, 2); err != nil {
				t.Fatal(err)
			}
			if n, err := q.SweepAlerts(ctx, st, 2); err != nil || n != 0 {
				t.Errorf("sweep found %d unqueued (%v), want 0", n, err)
			}
			if jobs, _ := q.List(ctx, Filter{Kind: KindDeliverAlert}); len(jobs) != 3 {
				t.Errorf("%d deliver_alert jobs, want one per alert: %+v", len(jobs), jobs)
			}
			if err := q.RetryAlert(ctx, ids["fine"]); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("retry of a delivered alert: %v, want ErrNotFound", err)
			}
			h.broken.Store(false)
			if err := q.RetryAlert(ctx, ids["broken"]); err != nil {
				t.Fatal(err)
			}
			if err := q.Work(ctx, o); err != nil {
				t.Fatal(err)
			}
			if ev, err := st.Alert(ctx, ids["broken"]); err != nil || ev.Delivery != store.DeliverySent || h.count("broken") != 3 {
				t.Errorf("retried alert %+v, %v after %d posts; want sent on the third", ev, err, h.count("broken"))
			}
			if dead, err := q.DeadAlerts(ctx, st); err != nil || len(dead) != 0 {
				t.Errorf("dead letters after the retry: %+v, %v", dead, err)
			}
		})
	}
}

// TestIngestQueuesAlerts: the alerts an ingest job fires are queued for
// delivery by that job and delivered by a worker with a webhook; a worker
// without one leaves them to the sweep of one that has.
func TestIngestQueuesAlerts(t *testing.T) {
	tp, err := topic.Parse("t.yaml", []byte(`id: alert-test
name: Alert test
indicators:
  - id: crews
    measure: stock
    units: [person]
alerts:
  - id: welders
    when: search
    query: welders
`))
	if err != nil {
		t.Fatal(err)
	}
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st, q := open(t)
			a := app.New(st, []*topic.Topic{tp})
			h := &hook{posts: map[string]int{}}
			srv := httptest.NewServer(h)
			defer srv.Close()
			wh := &alert.Webhook{URL: srv.URL, Secret: []byte("s")}
			if _, err := q.Enqueue(ctx, []NewJob{IngestJob(testDoc(1))}); err != nil {
				t.Fatal(err)
			}
			o := WorkOptions{App: a, ID: "plain", Poll: 50 * time.Millisecond, Drain: true}
			if err := q.Work(ctx, o); err != nil {
				t.Fatal(err)
			}
			if un, _ := st.UnqueuedAlerts(ctx, 0); len(un) != 1 {
				t.Fatalf("unqueued alerts after a worker without webhook: %+v, want the one fired", un)
			}
			if _, err := q.Enqueue(ctx, []NewJob{IngestJob(testDoc(2))}); err != nil {
				t.Fatal(err)
			}
			o.Deliver = wh.Post
			if err := q.Work(ctx, o); err != nil {
				t.Fatal(err)
			}
			list, _ := st.ListAlerts(ctx, 0)
			if len(list) != 2 {
				t.Fatalf("alerts %+v, want one per article", list)
			}
			for _, ev := range list {
				if ev.Delivery != store.DeliverySent || h.count(ev.Key) != 1 {
					t.Errorf("alert %s: %s after %d posts, want sent once", ev.Key, ev.Delivery, h.count(ev.Key))
				}
			}
			if jobs, _ := q.List(ctx, Filter{Kind: KindDeliverAlert}); len(jobs) != 2 {
				t.Errorf("%d deliver_alert jobs, want 2", len(jobs))
			}
		})
	}
}

// oldDeliverAlerts is the job older programs queued to post every pending
// alert (retiredKinds).
type oldDeliverAlerts struct{}

func (oldDeliverAlerts) Kind() string { return "deliver_alerts" }

// TestRetiredJobsDeleted: deliver_alerts jobs left by an older program,
// waiting or scheduled, are gone once a queue is opened on the database;
// other jobs stay.
func TestRetiredJobsDeleted(t *testing.T) {
	for name, open := range stores(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			st, q := open(t)
			for _, opts := range []*river.InsertOpts{nil, {ScheduledAt: time.Now().Add(time.Hour)}} {
				if _, err := q.ins.Insert(ctx, oldDeliverAlerts{}, opts); err != nil {
					t.Fatal(err)
				}
			}
			if _, err := q.Enqueue(ctx, []NewJob{ReextractJob(1)}); err != nil {
				t.Fatal(err)
			}
			if old, err := q.List(ctx, Filter{Kind: "deliver_alerts"}); err != nil || len(old) != 2 {
				t.Fatalf("before: %d deliver_alerts jobs, %v", len(old), err)
			}
			q2 := openQueue(t, st)
			if old, err := q2.List(ctx, Filter{Kind: "deliver_alerts"}); err != nil || len(old) != 0 {
				t.Errorf("after Open: deliver_alerts jobs %+v, %v; want none", old, err)
			}
			if kept, err := q2.List(ctx, Filter{Kind: KindReextract}); err != nil || len(kept) != 1 {
				t.Errorf("after Open: reextract jobs %+v, %v; want the one queued", kept, err)
			}
		})
	}
}
