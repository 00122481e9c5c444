package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/indicator"
	"github.com/dossier-osint/dossier/internal/topic"
	"github.com/dossier-osint/dossier/internal/web"
)

// TestSampleContradictionsOneList: on the sample articles, every
// indicator's contradictions are the same pairs in `dossier indicator
// --json`, in /api/v1/indicators/{id} and on the indicator page, each
// pair once; and they are the ones examples/README.md plants: two, both
// on the stock of workers, each between two different articles (a part
// such as a region's figure never contradicts the whole).
func TestSampleContradictionsOneList(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the samples")
	}
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "c.db")
	if code, out, errs := runCLI(t, "", "ingest", "--db", db, filepath.Join("..", "..", "examples")); code != 0 {
		t.Fatalf("ingest: %d %s %s", code, out, errs)
	}
	ts, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	st, err := openStore(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ws, err := web.New(st, web.Options{Topics: ts})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(ws.Handler())
	defer srv.Close()
	get := func(path string) []byte {
		req, _ := http.NewRequest("GET", srv.URL+path, nil)
		req.Host = "localhost"
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if res.StatusCode != 200 {
			t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
		}
		return b
	}
	pairs := func(cs []indicator.Contradiction) []string {
		var out []string
		for _, c := range cs {
			a, b := c.A, c.B
			if a > b {
				a, b = b, a
			}
			out = append(out, fmt.Sprintf("%d-%d", a, b))
		}
		sort.Strings(out)
		return out
	}
	planted := map[string]int{}
	for _, tp := range ts {
		for _, ind := range tp.Indicators {
			code, out, errs := runCLI(t, "", "indicator", "--db", db, "--json", ind.ID)
			if code != 0 {
				t.Fatalf("indicator %s: %d %s", ind.ID, code, errs)
			}
			var cli indicator.Series
			if err := json.Unmarshal([]byte(out), &cli); err != nil {
				t.Fatalf("indicator %s --json: %v", ind.ID, err)
			}
			var api struct {
				Contradictions []struct {
					A, B struct {
						ClaimID int64 `json:"claim_id"`
					}
				}
			}
			if err := json.Unmarshal(get("/api/v1/indicators/"+ind.ID), &api); err != nil {
				t.Fatalf("api %s: %v", ind.ID, err)
			}
			var apiCs []indicator.Contradiction
			for _, c := range api.Contradictions {
				apiCs = append(apiCs, indicator.Contradiction{A: c.A.ClaimID, B: c.B.ClaimID})
			}
			cp, ap := pairs(cli.Contradictions), pairs(apiCs)
			if strings.Join(cp, " ") != strings.Join(ap, " ") {
				t.Errorf("%s: CLI contradictions %v, API %v", ind.ID, cp, ap)
			}
			for i := 1; i < len(cp); i++ {
				if cp[i] == cp[i-1] {
					t.Errorf("%s: pair %s listed twice", ind.ID, cp[i])
				}
			}
			page := string(get("/indicators/" + ind.ID))
			want := fmt.Sprintf("%d contradiction", len(cp))
			if !strings.Contains(page, want) {
				t.Errorf("%s: page does not say %q", ind.ID, want)
			}
			points := map[int64]indicator.Point{}
			for _, p := range cli.Points {
				points[p.ID] = p
			}
			for _, c := range cli.Contradictions {
				a, b := points[c.A], points[c.B]
				if a.ArticleID == b.ArticleID {
					t.Errorf("%s: claims %d and %d of one article contradict", ind.ID, c.A, c.B)
				}
				if !strings.Contains(page, fmt.Sprintf("/contradictions/%d/%d", c.A, c.B)) &&
					!strings.Contains(page, fmt.Sprintf("/contradictions/%d/%d", c.B, c.A)) {
					t.Errorf("%s: the page does not list the contradiction of claims %d and %d", ind.ID, c.A, c.B)
				}
			}
			planted[ind.ID] = len(cp)
		}
	}
	total := 0
	for _, n := range planted {
		total += n
	}
	if planted["dprk_workers_in_russia"] != 2 || total != 2 {
		t.Errorf("contradictions per indicator %v, want the two planted ones on dprk_workers_in_russia", planted)
	}
}
