package web

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
)

// TestOpenAPIMatchesRoutes walks the router's /api/v1/ routes and the
// document's paths and checks they are the same set of method+path.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	e := newEnv(t)
	var routes []string
	for _, r := range e.srv.Routes() {
		if !strings.HasPrefix(r.Pattern, "/api/v1/") {
			continue
		}
		p := strings.ReplaceAll(r.Pattern, "...}", "}")
		routes = append(routes, strings.ToLower(r.Method)+" "+p)
	}
	sort.Strings(routes)
	w := e.get("/api/v1/openapi.json")
	var d struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	decode(t, w, &d)
	if !strings.HasPrefix(d.OpenAPI, "3.") {
		t.Errorf("openapi %q", d.OpenAPI)
	}
	var documented []string
	for p, ops := range d.Paths {
		for m := range ops {
			documented = append(documented, m+" "+p)
		}
	}
	sort.Strings(documented)
	if strings.Join(routes, "\n") != strings.Join(documented, "\n") {
		t.Errorf("routes and document differ:\nroutes:\n%s\ndocument:\n%s", strings.Join(routes, "\n"), strings.Join(documented, "\n"))
	}
}

type oaDoc struct {
	Paths map[string]map[string]struct {
		Parameters []oaParam `json:"parameters"`
	} `json:"paths"`
}

// sample returns a value the parameter's schema allows.
func sample(p oaParam) string {
	if enum, ok := p.Schema["enum"].([]any); ok && len(enum) > 0 {
		return fmt.Sprint(enum[0])
	}
	switch {
	case p.Schema["type"] == "integer":
		return "1"
	case strings.Contains(p.Description, "YYYY-MM-DD"):
		return "2023-01-01"
	case p.Name == "q":
		return "russia"
	case p.Name == "name":
		return "LOC:russia" // a key is a name too
	}
	return "x"
}

// TestOpenAPIParametersAccepted sends every documented query parameter of
// every GET operation, one at a time, and checks the handler accepts it
// (no 400), then sends an undocumented one and checks it is refused.
func TestOpenAPIParametersAccepted(t *testing.T) {
	e := newEnv(t)
	b, _ := json.Marshal(OpenAPI())
	var d oaDoc
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	pathVals := map[string]string{
		"id":  fmt.Sprint(e.fx.IDs["border"]),
		"key": url.PathEscape("LOC:russia"),
		// The border service's and the spy agency's figures for 2023 contradict.
		"a": fmt.Sprint(e.claimID("border")),
		"b": fmt.Sprint(e.claimID("spy")),
	}
	claim := fmt.Sprint(e.claimID("border"))
	checked := 0
	for path, ops := range d.Paths {
		op, ok := ops["get"]
		if !ok {
			continue
		}
		concrete := path
		for k, v := range pathVals {
			if strings.HasPrefix(path, "/api/v1/claims/") && k == "id" {
				v = claim
			}
			if strings.HasPrefix(path, "/api/v1/indicators/") && k == "id" {
				v = "dprk_arrivals_russia"
			}
			concrete = strings.ReplaceAll(concrete, "{"+k+"}", v)
		}
		base := url.Values{}
		for _, p := range op.Parameters {
			if p.In == "query" && p.Required {
				base.Set(p.Name, sample(p))
			}
		}
		for _, p := range op.Parameters {
			if p.In != "query" {
				continue
			}
			q := url.Values{}
			for k, v := range base {
				q[k] = v
			}
			q.Set(p.Name, sample(p))
			w := e.get(concrete + "?" + q.Encode())
			if w.Code >= 400 {
				t.Errorf("GET %s with documented %s=%s: %d %s", path, p.Name, sample(p), w.Code, w.Body.String())
			}
			checked++
		}
		q := url.Values{}
		for k, v := range base {
			q[k] = v
		}
		q.Set("undocumented_param", "1")
		if w := e.get(concrete + "?" + q.Encode()); w.Code != 400 {
			t.Errorf("GET %s accepts an undocumented parameter: %d", path, w.Code)
		}
		// Without parameters (but the required ones) the path answers.
		if w := e.get(concrete + "?" + base.Encode()); w.Code != 200 {
			t.Errorf("GET %s: %d %s", concrete, w.Code, w.Body.String())
		}
	}
	if checked < 30 {
		t.Errorf("only %d documented parameters checked", checked)
	}
	_ = store.RoleAdmin
}

// TestOpenAPISchemasMatchAnswers checks that the indicator endpoints'
// answers hold every property their documented schemas require, and no
// property the schemas leave undocumented.
func TestOpenAPISchemasMatchAnswers(t *testing.T) {
	e := newEnv(t)
	b, _ := json.Marshal(OpenAPI())
	var d struct {
		Components struct {
			Schemas map[string]struct {
				Required   []string                   `json:"required"`
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatal(err)
	}
	check := func(schema, where string, obj map[string]any) {
		sc, ok := d.Components.Schemas[schema]
		if !ok {
			t.Fatalf("no schema %s", schema)
		}
		for _, k := range sc.Required {
			if _, ok := obj[k]; !ok {
				t.Errorf("%s: %s lacks required %q", where, schema, k)
			}
		}
		for k := range obj {
			if _, ok := sc.Properties[k]; !ok {
				t.Errorf("%s: %s has undocumented %q", where, schema, k)
			}
		}
	}
	var se map[string]any
	decode(t, e.get("/api/v1/indicators/dprk_arrivals_russia"), &se)
	check("Series", "series", se)
	pts, _ := se["points"].([]any)
	cs, _ := se["contradictions"].([]any)
	if len(pts) == 0 || len(cs) == 0 {
		t.Fatalf("want points and contradictions: %d, %d", len(pts), len(cs))
	}
	for _, p := range pts {
		check("Point", "series point", p.(map[string]any))
	}
	for _, c := range cs {
		check("Contradiction", "series contradiction", c.(map[string]any))
	}
	type list struct {
		Items []map[string]any `json:"items"`
	}
	for _, tc := range []struct{ path, schema string }{
		{"/api/v1/contradictions?state=all", "Contradiction"},
		{"/api/v1/indicators", "Indicator"},
	} {
		var l list
		decode(t, e.get(tc.path), &l)
		if len(l.Items) == 0 {
			t.Errorf("%s: no items", tc.path)
		}
		for _, c := range l.Items {
			check(tc.schema, tc.path, c)
		}
	}
}
