package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/store"
)

// TestGenerationDropsCache: a write by another process (here straight to
// the store) shows on the next page once the generation is checked.
func TestGenerationDropsCache(t *testing.T) {
	e := newEnv(t)
	e.srv.opt.CacheTTL = time.Hour
	e.srv.cache.ttl = time.Hour
	if body := e.get("/").Body.String(); strings.Contains(body, "A new article about permits") {
		t.Fatal("the new article is there before it is stored")
	}
	a := &doc.Article{Source: "other-process", Title: "A new article about permits", Text: "A new article about permits.",
		Published: "2024-09-01", Lang: "en", Hash: "gen-test"}
	if _, _, err := e.fx.Store.PutArticle(context.Background(), a); err != nil {
		t.Fatal(err)
	}
	if body := e.get("/").Body.String(); strings.Contains(body, "A new article about permits") {
		t.Log("served at once (the generation was due for a check)")
	}
	e.srv.gen.mu.Lock()
	e.srv.gen.checked = time.Time{}
	e.srv.gen.mu.Unlock()
	// The next page starts the refresh (and may still show the old list).
	e.get("/")
	shown := false
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline) && !shown; time.Sleep(20 * time.Millisecond) {
		shown = strings.Contains(e.get("/").Body.String(), "A new article about permits")
	}
	if !shown {
		t.Error("after the generation moved, the overview still shows the cached list")
	}
}

// TestGoneClaim: a claim a re-extraction removed answers 410, on the page
// and in the API.
func TestGoneClaim(t *testing.T) {
	e := newEnv(t)
	id := e.claimID("spy")
	if _, err := e.fx.Store.ReplaceAnnotations(context.Background(), e.fx.IDs["spy"], &doc.Annotations{}); err != nil {
		t.Fatal(err)
	}
	w := e.get(fmt.Sprintf("/claims/%d", id))
	if w.Code != 410 || !strings.Contains(w.Body.String(), "was removed") {
		t.Errorf("page: %d %.200s", w.Code, w.Body.String())
	}
	if w := e.get(fmt.Sprintf("/api/v1/claims/%d", id)); w.Code != 410 || !strings.Contains(w.Body.String(), "re-extraction") {
		t.Errorf("API: %d %s", w.Code, w.Body.String())
	}
}

// TestContradictionReviewAPI confirms a contradiction with a bearer token
// and reads it back with its audit trail; the page lists it as confirmed.
func TestContradictionReviewAPI(t *testing.T) {
	e := newEnv(t)
	tok := e.token(store.RoleReviewer, "Bo Reviewer")
	a, b := e.claimID("border"), e.claimID("spy")
	path := fmt.Sprintf("/api/v1/contradictions/%d/%d", a, b)
	hdr := map[string]string{"Authorization": "Bearer " + tok, "Content-Type": "application/json"}
	if w := e.do("POST", path+"/review", jsonBody(`{"state":"dismissed"}`), hdr); w.Code != 400 || !strings.Contains(w.Body.String(), "reason") {
		t.Errorf("without a reason: %d %s", w.Code, w.Body.String())
	}
	if w := e.do("POST", path+"/review", jsonBody(`{"state":"dismissed","reason":"x"}`), nil); w.Code != 401 {
		t.Errorf("without a token: %d", w.Code)
	}
	w := e.do("POST", path+"/review", jsonBody(`{"state":"dismissed","reason":"the agency counts only workers"}`), hdr)
	var got contradictionJSON
	decode(t, w, &got)
	if w.Code != 200 || got.State != "dismissed" || len(got.Audit) != 1 || got.Audit[0].Who != "Bo Reviewer (token 1)" {
		t.Fatalf("review: %d %+v", w.Code, got)
	}
	// Named the other way round, it is the same contradiction.
	decode(t, e.get(fmt.Sprintf("/api/v1/contradictions/%d/%d", b, a)), &got)
	if got.State != "dismissed" || got.A.ClaimID != b {
		t.Errorf("reversed: %+v", got)
	}
	body := e.get("/contradictions?state=dismissed").Body.String()
	if !strings.Contains(body, "dismissed by Bo Reviewer") {
		t.Errorf("the dismissed list does not show the review")
	}
	if w := e.get(fmt.Sprintf("/api/v1/contradictions/%d/%d", a, e.claimID("stock"))); w.Code != 404 {
		t.Errorf("claims that do not contradict: %d", w.Code)
	}
}

// TestReviewFormStartsFromState: a corrected claim's form has "correct"
// chosen and the corrected value filled in.
func TestReviewFormStartsFromState(t *testing.T) {
	e := newEnv(t)
	id := e.claimID("spy")
	v := doc.Exact(5500)
	c, err := e.fx.Store.Claim(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	nc := c.Claim
	nc.Value = v
	if _, err := e.fx.Store.ReviewClaim(context.Background(), id, store.Review{Action: store.ReviewCorrected, Who: "x", Reason: "y", Corrected: &nc}); err != nil {
		t.Fatal(err)
	}
	d, status := e.srv.claimData(httptest.NewRequest("GET", "/", nil), id)
	if status != 200 || d.Action != store.ReviewCorrected || d.Form.Value != "5500" {
		t.Errorf("form starts from %q with value %q", d.Action, d.Form.Value)
	}
}

// TestSavedSearchAPIAndPage saves a search with a bearer token, lists it
// in words on the page with its feed, and refuses a query with an
// unknown parameter.
func TestSavedSearchAPIAndPage(t *testing.T) {
	e := newEnv(t)
	tok := e.token(store.RoleReviewer, "Cy")
	hdr := map[string]string{"Authorization": "Bearer " + tok, "Content-Type": "application/json"}
	w := e.do("POST", "/api/v1/searches", jsonBody(`{"name":"Kookmin figures","query":"kind=claims&origin=Kookmin+University&q=labourers","alert":true}`), hdr)
	if w.Code != 201 {
		t.Fatalf("save: %d %s", w.Code, w.Body.String())
	}
	if w := e.do("POST", "/api/v1/searches", jsonBody(`{"name":"x","query":"colour=red"}`), hdr); w.Code != 400 || !strings.Contains(w.Body.String(), "colour") {
		t.Errorf("unknown parameter: %d %s", w.Code, w.Body.String())
	}
	if w := e.do("POST", "/api/v1/searches", jsonBody(`{"name":"x","query":"q=a"}`), nil); w.Code != 401 {
		t.Errorf("without a token: %d", w.Code)
	}
	body := e.get("/searches").Body.String()
	for _, want := range []string{"Kookmin figures", "claims matching “labourers”, citing Kookmin University", "/alerts.atom?rule=saved-1",
		`href="/search?kind=claims&amp;origin=Kookmin`} {
		if !strings.Contains(body, want) {
			t.Errorf("saved searches page lacks %q", want)
		}
	}
	var l struct {
		Items []store.SavedSearch `json:"items"`
	}
	decode(t, e.get("/api/v1/searches"), &l)
	if len(l.Items) != 1 || l.Items[0].Who != "Cy (token 1)" || !l.Items[0].Alert {
		t.Errorf("list: %+v", l.Items)
	}
	if w := e.get("/alerts.atom?rule=saved-1"); w.Code != 200 || !strings.Contains(w.Body.String(), "saved-1") {
		t.Errorf("feed of the saved search: %d %s", w.Code, w.Body.String())
	}
}
