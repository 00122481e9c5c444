package web

import (
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/web/webtest"
)

func TestAPIReadEndpoints(t *testing.T) {
	e := newEnv(t)
	border := e.fx.IDs["border"]
	spyClaim := e.claimID("spy")
	type check func(t *testing.T, body map[string]any)
	total := func(want int) check {
		return func(t *testing.T, b map[string]any) {
			if got := int(b["total"].(float64)); got != want {
				t.Errorf("total %d, want %d", got, want)
			}
			if _, ok := b["items"].([]any); !ok {
				t.Errorf("items is not a list: %v", b["items"])
			}
		}
	}
	field := func(k string, want any) check {
		return func(t *testing.T, b map[string]any) {
			if fmt.Sprint(b[k]) != fmt.Sprint(want) {
				t.Errorf("%s = %v, want %v", k, b[k], want)
			}
		}
	}
	tests := []struct {
		path   string
		status int
		check  check
	}{
		{"/api/v1/counts", 200, field("articles", 5)},
		{"/api/v1/articles", 200, total(5)},
		{"/api/v1/articles?limit=2&offset=1", 200, func(t *testing.T, b map[string]any) {
			if len(b["items"].([]any)) != 2 || b["limit"].(float64) != 2 || b["offset"].(float64) != 1 {
				t.Errorf("window: %v", b)
			}
		}},
		{"/api/v1/articles?credit=harbour%20gazette", 200, total(2)},
		{"/api/v1/articles?from=2024-04&to=2024-06", 200, total(2)},
		{fmt.Sprintf("/api/v1/articles/%d", border), 200, func(t *testing.T, b map[string]any) {
			if b["title"] != webtest.Articles()[0].Title {
				t.Errorf("title %v", b["title"])
			}
			if cs := b["claims"].([]any); len(cs) != 1 {
				t.Errorf("claims %v", cs)
			}
			if an := b["annotations"].(map[string]any); len(an["times"].([]any)) != 2 {
				t.Errorf("times %v", an["times"])
			}
		}},
		{fmt.Sprintf("/api/v1/articles/%d/copies", border), 200, func(t *testing.T, b map[string]any) {
			if b["copies"] == nil || b["story"] == nil {
				t.Errorf("want copy group and story: %v", b)
			}
		}},
		{"/api/v1/search?q=lawmakers", 200, total(1)},
		{"/api/v1/search?q=russia&credit=harbour%20gazette", 200, total(2)},
		{"/api/v1/claims", 200, total(6)},
		{"/api/v1/claims?indicator=dprk_workers_in_russia", 200, total(2)},
		{"/api/v1/claims?source=kookmin&sort=value&order=desc", 200, func(t *testing.T, b map[string]any) {
			items := b["items"].([]any)
			if len(items) != 2 {
				t.Fatalf("items %d", len(items))
			}
			if items[0].(map[string]any)["text"] != "Between 20,000 and 30,000" {
				t.Errorf("desc by value: first %v", items[0].(map[string]any)["text"])
			}
		}},
		{"/api/v1/claims?from=2022-01-01&to=2022-12-31", 200, total(1)},
		{"/api/v1/claims?review=accepted", 200, total(0)},
		{fmt.Sprintf("/api/v1/claims/%d", spyClaim), 200, field("said_by", "National Intelligence Service")},
		{fmt.Sprintf("/api/v1/claims/%d/audit", spyClaim), 200, total(0)},
		{"/api/v1/indicators", 200, func(t *testing.T, b map[string]any) {
			if b["total"].(float64) < 5 {
				t.Errorf("indicators: %v", b["total"])
			}
		}},
		{"/api/v1/indicators/dprk_arrivals_russia", 200, func(t *testing.T, b map[string]any) {
			// 4 claims; the copy folds into its original: 3 points.
			if b["claims"].(float64) != 4 || len(b["points"].([]any)) != 3 {
				t.Errorf("claims %v points %d", b["claims"], len(b["points"].([]any)))
			}
			if len(b["contradictions"].([]any)) == 0 {
				t.Errorf("want the 13,000 vs 5,000 contradiction")
			}
		}},
		{"/api/v1/contradictions", 200, func(t *testing.T, b map[string]any) {
			if b["total"].(float64) < 1 {
				t.Errorf("no open contradiction: %v", b)
			}
		}},
		{"/api/v1/entities", 200, func(t *testing.T, b map[string]any) {
			if b["total"].(float64) < 4 {
				t.Errorf("entities %v", b["total"])
			}
		}},
		{"/api/v1/entities?type=ORG", 200, nil},
		{"/api/v1/entities/" + url.PathEscape("LOC:russia"), 200, field("name", "Russia")},
		{"/api/v1/copies", 200, total(1)},
		{"/api/v1/stories", 200, total(1)},
		{"/api/v1/openapi.json", 200, field("openapi", "3.0.3")},

		// Bad parameters: 400 with a message naming the problem.
		{"/api/v1/articles?limit=abc", 400, nil},
		{"/api/v1/articles?limit=0", 400, nil},
		{"/api/v1/articles?offset=-1", 400, nil},
		{"/api/v1/articles?from=yesterday", 400, nil},
		{"/api/v1/articles?bogus=1", 400, nil},
		{"/api/v1/articles?limit=1&limit=2", 400, nil},
		{"/api/v1/search", 400, nil},
		{"/api/v1/search?q=%22unbalanced", 400, nil},
		{"/api/v1/search?q=-only", 400, nil},
		{"/api/v1/claims?review=maybe", 400, nil},
		{"/api/v1/claims?sort=colour", 400, nil},
		{"/api/v1/claims?article=x", 400, nil},
		{"/api/v1/entities?type=ANIMAL", 400, nil},
		{"/api/v1/contradictions?state=closed", 400, nil},
		{"/api/v1/articles/abc", 400, nil},
		{"/api/v1/claims/0", 400, nil},
		{"/api/v1/counts?x=1", 400, nil},

		// Unknown ids.
		{"/api/v1/articles/999999", 404, nil},
		{"/api/v1/articles/999999/copies", 404, nil},
		{"/api/v1/claims/999999", 404, nil},
		{"/api/v1/claims/999999/audit", 404, nil},
		{"/api/v1/indicators/no_such_indicator", 404, nil},
		{"/api/v1/entities/PER:nobody", 404, nil},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			w := e.get(tc.path)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.status, w.Body.String())
			}
			var body map[string]any
			decode(t, w, &body)
			if tc.status >= 400 {
				msg, _ := body["error"].(string)
				if msg == "" {
					t.Errorf("error body without message: %s", w.Body.String())
				}
				return
			}
			if tc.check != nil {
				tc.check(t, body)
			}
		})
	}
}

func TestAPIErrorMessagesNameTheProblem(t *testing.T) {
	e := newEnv(t)
	for path, want := range map[string]string{
		"/api/v1/articles?limit=abc":  "limit",
		"/api/v1/articles?bogus=1":    `unknown parameter "bogus"`,
		"/api/v1/claims?review=maybe": "review",
		"/api/v1/search?q=%22x":       "unbalanced",
	} {
		w := e.get(path)
		var b apiError
		decode(t, w, &b)
		if !strings.Contains(b.Error, want) {
			t.Errorf("%s: error %q does not mention %q", path, b.Error, want)
		}
	}
}

func TestAPIAuth(t *testing.T) {
	e := newEnv(t)
	reviewer := e.token(store.RoleReviewer, "rita")
	admin := e.token(store.RoleAdmin, "ada")
	revoked := e.token(store.RoleAdmin, "old")
	ts, _ := e.fx.Store.ListTokens(context.Background())
	if err := e.fx.Store.RevokeToken(context.Background(), ts[len(ts)-1].ID); err != nil {
		t.Fatal(err)
	}
	id := e.claimID("spy")
	review := fmt.Sprintf("/api/v1/claims/%d/review", id)
	accept := `{"action":"accepted","reason":"matches the briefing"}`
	article := `{"title":"A posted article","text":"Some 300 North Korean workers arrived in Vladivostok in May 2024.","published":"2024-05-30","lang":"en"}`
	tests := []struct {
		name, method, path, body, auth string
		status                         int
	}{
		{"review without token", "POST", review, accept, "", 401},
		{"review with wrong scheme", "POST", review, accept, "Basic " + reviewer, 401},
		{"review with unknown token", "POST", review, accept, "Bearer dsr_nope", 401},
		{"review with revoked token", "POST", review, accept, "Bearer " + revoked, 401},
		{"ingest with reviewer token", "POST", "/api/v1/articles", article, "Bearer " + reviewer, 403},
		{"ingest without token", "POST", "/api/v1/articles", article, "", 401},
		{"review bad body", "POST", review, `{"action":`, "Bearer " + reviewer, 400},
		{"review unknown field", "POST", review, `{"action":"accepted","reason":"x","colour":1}`, "Bearer " + reviewer, 400},
		{"review bad action", "POST", review, `{"action":"maybe","reason":"x"}`, "Bearer " + reviewer, 400},
		{"review without reason", "POST", review, `{"action":"accepted"}`, "Bearer " + reviewer, 400},
		{"correct without fields", "POST", review, `{"action":"corrected","reason":"x"}`, "Bearer " + reviewer, 400},
		{"correct bad period", "POST", review, `{"action":"corrected","reason":"x","correction":{"period":"soon"}}`, "Bearer " + reviewer, 400},
		{"correct unknown indicator", "POST", review, `{"action":"corrected","reason":"x","correction":{"indicator":"nope"}}`, "Bearer " + reviewer, 400},
		{"review unknown claim", "POST", "/api/v1/claims/999999/review", accept, "Bearer " + reviewer, 404},
		{"review bad id", "POST", "/api/v1/claims/x/review", accept, "Bearer " + reviewer, 400},
		{"review ok", "POST", review, accept, "Bearer " + reviewer, 200},
		{"ingest bad body", "POST", "/api/v1/articles", `[]`, "Bearer " + admin, 400},
		{"ingest empty text", "POST", "/api/v1/articles", `{"title":"x","text":"  "}`, "Bearer " + admin, 400},
		{"ingest ok", "POST", "/api/v1/articles", article, "Bearer " + admin, 201},
		{"ingest again", "POST", "/api/v1/articles", article, "Bearer " + admin, 200},
		{"admin may review", "POST", review, `{"action":"machine","reason":"undo"}`, "Bearer " + admin, 200},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h := map[string]string{"Content-Type": "application/json"}
			if tc.auth != "" {
				h["Authorization"] = tc.auth
			}
			w := e.do(tc.method, tc.path, jsonBody(tc.body), h)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", w.Code, tc.status, w.Body.String())
			}
			var b map[string]any
			decode(t, w, &b)
			if tc.status == 401 && w.Header().Get("WWW-Authenticate") == "" {
				t.Error("401 without WWW-Authenticate")
			}
			if tc.status >= 400 && b["error"] == nil {
				t.Errorf("no error message: %v", b)
			}
		})
	}
	// The accepted review and the undo are both in the audit log, by name.
	w := e.get(fmt.Sprintf("/api/v1/claims/%d/audit", id))
	var log List[store.AuditEntry]
	decode(t, w, &log)
	if log.Total != 2 || !strings.Contains(log.Items[0].Who, "rita") || log.Items[1].Action != "machine" ||
		!strings.Contains(log.Items[1].Who, "ada") {
		t.Errorf("audit log: %+v", log)
	}
}

func TestAPIReviewCorrectSurvivesReextraction(t *testing.T) {
	e := newEnv(t)
	tok := e.token(store.RoleReviewer, "rita")
	id := e.claimID("spy")
	body := `{"action":"corrected","reason":"the briefing said 5,500","correction":{"value":{"exact":5500,"approx":true},"said_by":"NIS","period":"2023-H2"}}`
	w := e.do("POST", fmt.Sprintf("/api/v1/claims/%d/review", id), jsonBody(body), map[string]string{"Authorization": "Bearer " + tok})
	if w.Code != 200 {
		t.Fatalf("review: %d %s", w.Code, w.Body.String())
	}
	var c store.StoredClaim
	decode(t, w, &c)
	if c.Review != store.ReviewCorrected || c.Value.Number != 5500 || !c.Value.Approx || c.SaidBy != "NIS" || c.Period != "2023-H2" {
		t.Fatalf("after correction: %+v", c)
	}
	if err := webtest.Reextract(context.Background(), e.fx.Store, e.fx.IDs); err != nil {
		t.Fatal(err)
	}
	e.srv.cache.clear()
	w = e.get(fmt.Sprintf("/api/v1/claims/%d", id))
	decode(t, w, &c)
	if c.Review != store.ReviewCorrected || c.Value.Number != 5500 || c.SaidBy != "NIS" {
		t.Errorf("after re-extraction: %+v", c)
	}
	// The re-extracted machine copy of the same figure was not added again.
	w = e.get(fmt.Sprintf("/api/v1/claims?article=%d", e.fx.IDs["spy"]))
	var l List[store.StoredClaim]
	decode(t, w, &l)
	if l.Total != 1 {
		t.Errorf("claims of the article after re-extraction: %d, want 1", l.Total)
	}
}

func TestExports(t *testing.T) {
	e := newEnv(t)
	w := e.get("/claims.csv?indicator=dprk_arrivals_russia&sort=value")
	if w.Code != 200 || !strings.HasPrefix(w.Header().Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %s", w.Code, w.Header().Get("Content-Type"))
	}
	lines := strings.Split(strings.TrimSpace(w.Body.String()), "\n")
	if len(lines) != 5 || !strings.HasPrefix(lines[0], "id,article_id,review,value") {
		t.Errorf("csv: %d lines, header %q", len(lines), lines[0])
	}
	// Cells a spreadsheet would run are defused; the payload is plain data.
	if strings.Contains(w.Body.String(), "\n=") {
		t.Error("csv cell starts with =")
	}
	w = e.get("/claims.json?source=kookmin")
	var cs []store.StoredClaim
	decode(t, w, &cs)
	if len(cs) != 2 {
		t.Errorf("json export: %d claims, want 2", len(cs))
	}
	if w := e.get("/claims.csv?review=maybe"); w.Code != http.StatusBadRequest {
		t.Errorf("bad export filter: %d", w.Code)
	}
}

// TestCSVExportDefusesEveryCell: a corrected unit holding a formula is
// exported as text, as is every other cell.
func TestCSVExportDefusesEveryCell(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	id := e.claimID("kookmin")
	sc, err := e.fx.Store.Claim(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	c := sc.Claim
	c.Unit = `=HYPERLINK("http://evil.example/","x")`
	c.Place = "\r@SUM(A1)"
	if _, err := e.fx.Store.ReviewClaim(ctx, id, store.Review{Action: store.ReviewCorrected, Who: "mallory", Corrected: &c}); err != nil {
		t.Fatal(err)
	}
	w := e.get("/claims.csv")
	rows, err := csv.NewReader(w.Body).ReadAll()
	if err != nil || w.Code != 200 {
		t.Fatalf("csv: %d %v", w.Code, err)
	}
	found := false
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && strings.ContainsAny(cell[:1], "=+@\t\r") {
				t.Errorf("cell %q starts a formula", cell)
			}
			found = found || strings.Contains(cell, "HYPERLINK")
		}
	}
	if !found {
		t.Error("the corrected unit is missing from the export")
	}
}
