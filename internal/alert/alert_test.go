package alert

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/feed"
	"github.com/dossier-osint/dossier/internal/searchq"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
)

const topicYAML = `id: harbour
name: Harbour crews
indicators:
  - id: fitters
    label: Contract fitters at the yard
    measure: stock
    units: [person]
watchlist:
  - name: Brinhaven Shipyard
    aliases: [the yard company]
alerts:
  - {id: any-fitters, indicator: fitters, when: new_claim}
  - {id: many, indicator: fitters, when: above, value: 1000}
  - {id: record, indicator: fitters, when: new_max, message: Highest count yet.}
  - {id: newsrc, indicator: fitters, when: new_source}
  - {id: clash, when: contradiction}
  - {id: yard, when: mention}
  - {id: strike, when: search, query: 'strike* -rumour'}
`

// article builds a stored article with one fitters claim of n people said
// by who, in a text of our own.
func article(title, text string, n float64, who string) *doc.Article {
	fig := "NUM fitters"
	i := strings.Index(text, fig)
	text = strings.Replace(text, "NUM", strconv.FormatFloat(n, 'f', 0, 64), 1)
	end := strings.Index(text[i:], " fitters") + i + len(" fitters")
	c := doc.Claim{Start: i, End: end, Text: text[i:end], Sentence: text, SentenceStart: 0, SentenceEnd: len(text),
		Value: doc.Exact(n), Unit: "person", Counted: "fitters", Topic: "harbour", Indicator: "fitters",
		Period: "2023", SaidBy: who, Origin: who}
	return &doc.Article{Source: title + ".txt", URL: "https://ledger.example/" + strings.ReplaceAll(strings.ToLower(title), " ", "-"),
		Format: "txt", Title: title, Published: "2023-06-01", Text: text, Hash: "h-" + title,
		Paragraphs:  []doc.Paragraph{{Kind: doc.KindBody, Start: 0, End: len(text), Text: text}},
		Annotations: &doc.Annotations{Claims: []doc.Claim{c}}}
}

func setup(t *testing.T) (*sqlite.Store, *Engine, []int64) {
	t.Helper()
	ctx := context.Background()
	tp, err := topic.Parse("harbour.yaml", []byte(topicYAML))
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "a.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var ids []int64
	for _, a := range []*doc.Article{
		article("First count", "The harbour office said NUM fitters worked at the yard during the strikes of 2023.", 500, "harbour office"),
		article("Union count", "The union said NUM fitters worked for Brinhaven Shipyard in 2023.", 2000, "union"),
		article("Office again", "The harbour office later said NUM fitters were employed, dismissing a strike rumour.", 1500, "harbour office"),
	} {
		id, _, err := st.PutArticle(ctx, a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return st, &Engine{Topics: []*topic.Topic{tp}, Store: st}, ids
}

func TestRules(t *testing.T) {
	_, eng, ids := setup(t)
	for _, c := range []struct {
		rule     string
		articles []int // indexes into ids, one per event
	}{
		{"any-fitters", []int{0, 1, 2}},
		{"many", []int{1, 2}},
		{"record", []int{1}},         // the first figure is no record; 1500 < 2000
		{"newsrc", []int{0, 1}},      // the office is heard again in the third
		{"clash", []int{1, 2, 2}},    // 2000 vs 500; 1500 vs 500 and vs 2000
		{"yard", []int{1}},           // watchlist name
		{"harbour/strike", []int{0}}, // "strikes" matches strike*; the third is excluded by -rumour
	} {
		t.Run(c.rule, func(t *testing.T) {
			evs, err := eng.Test(context.Background(), c.rule)
			if err != nil {
				t.Fatal(err)
			}
			var got, want []int64
			for _, ev := range evs {
				got = append(got, ev.ArticleID)
			}
			for _, i := range c.articles {
				want = append(want, ids[i])
			}
			sort.Slice(got, func(i, j int) bool { return got[i] < got[j] })
			if len(got) != len(want) || !equal(got, want) {
				var titles []string
				for _, ev := range evs {
					titles = append(titles, ev.Title)
				}
				t.Errorf("fired on articles %v, want %v: %q", got, want, titles)
			}
			keys := map[string]bool{}
			for _, ev := range evs {
				if keys[ev.Key] {
					t.Errorf("duplicate key %s", ev.Key)
				}
				keys[ev.Key] = true
				var p Payload
				if err := json.Unmarshal(ev.Payload, &p); err != nil || p.Rule != ev.Rule || p.Article.ID != ev.ArticleID {
					t.Errorf("payload %s: %v", ev.Payload, err)
				}
			}
		})
	}
	if _, err := eng.Test(context.Background(), "nope"); err == nil {
		t.Error("unknown rule accepted")
	}
}

func TestRecordPayloads(t *testing.T) {
	_, eng, ids := setup(t)
	evs, err := eng.Test(context.Background(), "record")
	if err != nil || len(evs) != 1 {
		t.Fatal(evs, err)
	}
	var p Payload
	json.Unmarshal(evs[0].Payload, &p)
	if p.Claim == nil || p.Claim.Number != 2000 || p.Other == nil || p.Other.Number != 500 || p.Message != "Highest count yet." || p.Article.ID != ids[1] {
		t.Errorf("new_max payload %+v", p)
	}
	clash, _ := eng.Test(context.Background(), "clash")
	json.Unmarshal(clash[0].Payload, &p)
	if p.Detail == "" || p.Other == nil || p.Other.ArticleID != ids[0] {
		t.Errorf("contradiction payload lacks the earlier claim or explanation: %+v", p)
	}
}

func TestFireIdempotent(t *testing.T) {
	st, eng, ids := setup(t)
	ctx := context.Background()
	first, err := eng.Fire(ctx, st, ids[1])
	if err != nil || len(first) == 0 {
		t.Fatalf("Fire: %d, %v", len(first), err)
	}
	again, err := eng.Fire(ctx, st, ids[1])
	if err != nil || len(again) != 0 {
		t.Errorf("second Fire recorded %d more, %v", len(again), err)
	}
	all, _ := st.ListAlerts(ctx, 0)
	if len(all) != len(first) {
		t.Errorf("%d stored, %d fired", len(all), len(first))
	}
}

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		q, text string
		want    bool
	}{
		{"workers visa", "Visa rules for workers", true},
		{"workers visa", "workers only", false},
		{`"forced labour"`, "claims of forced labour surfaced", true},
		{`"forced labour"`, "labour was not forced", false},
		{"repatriat*", "they were repatriated", true},
		{"builders OR fitters", "fitters arrived", true},
		{"fitters -rumour", "a rumour about fitters", false},
	} {
		q, err := searchq.Parse(c.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := Match(q, c.text); got != c.want {
			t.Errorf("Match(%q, %q) = %v", c.q, c.text, got)
		}
	}
}

// receiver records webhook posts and answers with the next status.
type receiver struct {
	mu       sync.Mutex
	statuses []int
	bodies   [][]byte
	sigs     []string
}

func (r *receiver) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	b, _ := io.ReadAll(req.Body)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bodies = append(r.bodies, b)
	r.sigs = append(r.sigs, req.Header.Get("X-Dossier-Signature"))
	status := http.StatusOK
	if len(r.statuses) > 0 {
		status, r.statuses = r.statuses[0], r.statuses[1:]
	}
	w.WriteHeader(status)
}

// TestWebhookPost: Post makes one signed attempt per call and reports a
// non-2xx answer as an error (the job queue retries it).
func TestWebhookPost(t *testing.T) {
	st, eng, ids := setup(t)
	ctx := context.Background()
	evs, err := eng.Fire(ctx, st, ids[0]) // new_claim, new_source, search: 3 alerts
	if err != nil || len(evs) != 3 {
		t.Fatalf("Fire = %d events, %v; want 3", len(evs), err)
	}
	rc := &receiver{statuses: []int{http.StatusInternalServerError}}
	srv := httptest.NewServer(rc)
	defer srv.Close()
	secret := []byte("test-secret")
	wh := &Webhook{URL: srv.URL, Secret: secret}
	if err := wh.Post(ctx, evs[0]); err == nil || !strings.Contains(err.Error(), "HTTP 500") {
		t.Fatalf("first post: %v, want the 500", err)
	}
	for _, ev := range evs {
		if err := wh.Post(ctx, ev); err != nil {
			t.Fatalf("post %s: %v", ev.Key, err)
		}
	}
	if len(rc.bodies) != 4 {
		t.Fatalf("%d posts, want 4", len(rc.bodies))
	}
	if string(rc.bodies[0]) != string(rc.bodies[1]) {
		t.Errorf("the second attempt posted a different body")
	}
	for i, b := range rc.bodies {
		m := hmac.New(sha256.New, secret)
		m.Write(b)
		if want := "sha256=" + hex.EncodeToString(m.Sum(nil)); rc.sigs[i] != want {
			t.Errorf("post %d signature %q, want %q", i, rc.sigs[i], want)
		}
		var p Payload
		if err := json.Unmarshal(b, &p); err != nil || p.Topic != "harbour" || p.Article.ID != ids[0] || p.Article.Title != "First count" || p.Key == "" {
			t.Errorf("post %d body %s: %v", i, b, err)
		}
	}
	if !Verify(secret, rc.bodies[0], rc.sigs[0]) || Verify([]byte("other"), rc.bodies[0], rc.sigs[0]) {
		t.Error("Verify disagrees with the signature")
	}
	srv.Close()
	if err := wh.Post(ctx, evs[0]); err == nil {
		t.Error("post to a closed server: no error")
	}
}

func TestAtomFeed(t *testing.T) {
	st, eng, ids := setup(t)
	ctx := context.Background()
	for _, id := range ids {
		if _, err := eng.Fire(ctx, st, id); err != nil {
			t.Fatal(err)
		}
	}
	n, _ := st.ListAlerts(ctx, 0)
	b, err := Feed(ctx, st, FeedOptions{SelfURL: "https://dossier.example/alerts.atom", BaseURL: "https://dossier.example", Limit: 5})
	if err != nil {
		t.Fatal(err)
	}
	f, err := feed.Parse("alerts.atom", "https://dossier.example/", b)
	if err != nil {
		t.Fatalf("the feed does not parse: %v\n%s", err, b)
	}
	if f.Type != "atom" || len(f.Entries) != min(5, len(n)) {
		t.Fatalf("type %s, %d entries (of %d alerts)", f.Type, len(f.Entries), len(n))
	}
	if !strings.HasPrefix(f.Entries[0].URL, "https://dossier.example/articles/") || f.Entries[0].Title == "" {
		t.Errorf("entry %+v", f.Entries[0])
	}
	if f.Entries[0].Title != n[0].Title {
		t.Errorf("newest alert first expected")
	}
}

func equal(a, b []int64) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
