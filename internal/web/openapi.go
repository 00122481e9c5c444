package web

import (
	"github.com/dossier-osint/dossier/internal/store"
	"net/http"
	"sync"
)

// The OpenAPI 3 document of /api/v1/. It is written out here by hand, next
// to the handlers but apart from them; TestOpenAPIMatchesRoutes checks that
// its paths equal the registered API routes and that every documented
// parameter is accepted while undocumented ones are refused.

type oaParam struct {
	Name        string         `json:"name"`
	In          string         `json:"in"`
	Required    bool           `json:"required,omitempty"`
	Description string         `json:"description,omitempty"`
	Schema      map[string]any `json:"schema"`
}

type oaOp struct {
	Summary     string                `json:"summary"`
	OperationID string                `json:"operationId"`
	Parameters  []oaParam             `json:"parameters,omitempty"`
	RequestBody map[string]any        `json:"requestBody,omitempty"`
	Security    []map[string][]string `json:"security,omitempty"`
	Responses   map[string]any        `json:"responses"`
}

func str(desc string) oaParam {
	return oaParam{In: "query", Description: desc, Schema: map[string]any{"type": "string"}}
}
func named(n string, p oaParam) oaParam { p.Name = n; return p }
func intP(n, desc string, min int) oaParam {
	return oaParam{Name: n, In: "query", Description: desc, Schema: map[string]any{"type": "integer", "minimum": min}}
}
func dateP(n, desc string) oaParam {
	return oaParam{Name: n, In: "query", Description: desc + " (YYYY-MM-DD, YYYY-MM or YYYY)", Schema: map[string]any{"type": "string"}}
}
func enumP(n, desc string, vals ...string) oaParam {
	return oaParam{Name: n, In: "query", Description: desc, Schema: map[string]any{"type": "string", "enum": vals}}
}
func pathP(n, desc, typ string) oaParam {
	return oaParam{Name: n, In: "path", Required: true, Description: desc, Schema: map[string]any{"type": typ}}
}

var pageParams = []oaParam{intP("limit", "page size", 1), intP("offset", "rows to skip", 0)}

func withPage(ps ...oaParam) []oaParam { return append(ps, pageParams...) }

func ref(name string) map[string]any { return map[string]any{"$ref": "#/components/schemas/" + name} }

func jsonResp(desc string, schema map[string]any) map[string]any {
	return map[string]any{"description": desc, "content": map[string]any{"application/json": map[string]any{"schema": schema}}}
}

func listOf(item string) map[string]any {
	return map[string]any{"type": "object", "required": []string{"items", "total", "limit", "offset"},
		"properties": map[string]any{
			"items": map[string]any{"type": "array", "items": ref(item)},
			"total": map[string]any{"type": "integer"}, "limit": map[string]any{"type": "integer"},
			"offset":       map[string]any{"type": "integer"},
			"total_capped": map[string]any{"type": "boolean", "description": "counting stopped at total: more match (search counts up to 2000)"}}}
}

func responses(ok map[string]any, codes ...int) map[string]any {
	r := map[string]any{"200": ok}
	for _, c := range codes {
		r[itoa64(int64(c))] = map[string]any{"description": http.StatusText(c), "content": map[string]any{
			"application/json": map[string]any{"schema": ref("Error")}}}
	}
	return r
}

var claimFilterParams = withPage(
	named("topic", str("topic id")),
	named("indicator", str("indicator id")),
	named("source", str("said_by, origin or outlet contains this, ignoring case")),
	named("said_by", str("said_by equals this, ignoring case")),
	named("origin", str("origin (the cited source) equals this, ignoring case")),
	named("credit", str("the article's outlet equals this, ignoring case")),
	dateP("from", "claims whose period ends on or after"),
	dateP("to", "claims whose period starts on or before"),
	enumP("review", "review state", "machine", "accepted", "rejected", "corrected"),
	intP("article", "only claims of this article", 1),
	enumP("sort", "sort key (default: newest article first)", claimSorts...),
	enumP("order", "sort order", "asc", "desc"),
)

// facetedParams are the faceted search's parameters (see readFaceted).
var facetedParams = withPage(
	enumP("kind", "what to search", kindArticles, kindClaims),
	named("q", str(`words; "phrase"; prefix*; a OR b; -word (claims: of the articles that match)`)),
	named("credit", str("outlet, ignoring case")), named("lang", str("language code (articles)")),
	dateP("from", "published (articles) or period (claims) on or after"), dateP("to", "published or period on or before"),
	named("indicator", str("indicator id (claims)")), named("said_by", str("said_by, ignoring case (claims)")),
	named("origin", str("origin, ignoring case (claims)")),
	enumP("review", "review state (claims)", "machine", "accepted", "rejected", "corrected"),
	enumP("sort", "relevance (default) or newest first", "relevance", store.SortDate),
	enumP("copies", "folded (default): one article per copy group; all: copies too", "folded", "all"),
)

var articleFilterParams = []oaParam{
	dateP("from", "published on or after"), dateP("to", "published on or before"),
	named("credit", str("outlet, ignoring case")), named("lang", str("language code")),
}

func obj(required []string, props map[string]any) map[string]any {
	return map[string]any{"type": "object", "required": required, "properties": props}
}

func typ(t, desc string) map[string]any {
	m := map[string]any{"type": t}
	if desc != "" {
		m["description"] = desc
	}
	return m
}

func arrayOf(items map[string]any) map[string]any {
	return map[string]any{"type": "array", "items": items}
}

// Schemas of the indicator endpoints (package indicator's record as the
// web serves it, see series.go).
var (
	indicatorSchema = obj([]string{"id", "topic", "label", "claims", "points", "independent", "contradictions"}, map[string]any{
		"id": typ("string", ""), "topic": typ("string", ""), "label": typ("string", ""), "measure": typ("string", "stock, flow or amount"),
		"units": arrayOf(typ("string", "")), "claims": typ("integer", "claims, rejected ones left out"),
		"points": typ("integer", "claims after folding copies"), "independent": typ("integer", "independent sources"),
		"contradictions":        typ("integer", "contradicting pairs found"),
		"contradictions_capped": typ("boolean", "the search stopped at the cap: there are more")})
	pointSchema = obj([]string{"id", "article_id", "value", "unit", "period", "source", "independent", "review"}, map[string]any{
		"id": typ("integer", "claim id"), "article_id": typ("integer", ""),
		"value": map[string]any{"type": "object", "description": "bound (exact, range, min, max), number, low, high, approx, vague"},
		"unit":  typ("string", ""), "per": typ("string", ""), "indicator": typ("string", ""),
		"period":         typ("string", "TIMEX value, \"\" when unknown"),
		"from":           typ("string", "first day of the period (YYYY-MM-DD), absent when unknown"),
		"to":             typ("string", "last day of the period"),
		"from_published": typ("boolean", "a stock without period stands at its article's publication date"),
		"said_by":        typ("string", ""), "origin": typ("string", ""),
		"place":             typ("string", "the place the figure is about"),
		"scope":             typ("string", "the part of the whole the figure covers (\"on student visas\", \"killed\"); claims of different scopes are not compared"),
		"source":            typ("string", "said_by, else origin, else the outlet"),
		"review":            typ("string", "machine, accepted or corrected"),
		"article_published": typ("string", ""), "article_credit": typ("string", ""),
		"copy_group":  typ("integer", "absent when in none"),
		"copies":      arrayOf(typ("integer", "claims of copies folded into this one")),
		"independent": typ("integer", "independent sources giving a figure for the same period"),
		"contradicts": arrayOf(typ("integer", "claims this one contradicts"))})
	claimRefSchema = obj([]string{"claim_id", "key", "article_id", "value", "unit", "source"}, map[string]any{
		"claim_id": typ("integer", ""), "key": typ("string", "article id and match key: names the claim across re-extractions"),
		"article_id": typ("integer", ""), "value": typ("string", "notation: ~300, 300-500, >=10000"),
		"words": typ("string", "the figure and unit in words: about 300 people"),
		"unit":  typ("string", ""), "period": typ("string", ""), "source": typ("string", ""),
		"published": typ("string", ""), "review": typ("string", "")})
	contradictionSchema = obj([]string{"indicator", "a", "b", "explanation", "open"}, map[string]any{
		"indicator": typ("string", ""), "period": typ("string", "the first claim's period"),
		"a": claimRefSchema, "b": claimRefSchema, "explanation": typ("string", "why both cannot be true"),
		"open":   typ("boolean", "still to be looked at: not confirmed or dismissed, and either claim unreviewed"),
		"state":  map[string]any{"type": "string", "enum": []string{"open", "confirmed", "dismissed", "resolved"}, "description": "the latest contradiction review, else open or resolved (both claims reviewed)"},
		"review": ref("ContradictionReview")})
	contradictionReviewSchema = obj([]string{"id", "a", "b", "state", "who", "reason", "at"}, map[string]any{
		"id": typ("integer", ""), "a": typ("string", "claim key"), "b": typ("string", "claim key"),
		"claim_a": typ("integer", "claim id when reviewed"), "claim_b": typ("integer", "claim id when reviewed"),
		"state": typ("string", "confirmed, dismissed or open (reopened)"), "who": typ("string", "the token's name and number"),
		"reason": typ("string", ""), "at": typ("string", "RFC 3339")})
	seriesSchema = obj([]string{"indicator", "label", "claims", "independent", "undated", "points", "sources", "contradictions"}, map[string]any{
		"topic": typ("string", ""), "indicator": typ("string", ""), "label": typ("string", ""), "measure": typ("string", ""),
		"claims":      typ("integer", "claims read, rejected ones left out"),
		"independent": typ("integer", "independent sources over the whole series"),
		"undated":     typ("integer", "points without a usable period"),
		"points":      arrayOf(ref("Point")), "sources": arrayOf(typ("string", "sources in colour order")),
		"contradictions":        arrayOf(ref("Contradiction")),
		"contradictions_capped": typ("boolean", "at most 500 contradictions are listed; set when there are more")})
)

var bearer = []map[string][]string{{"bearer": {}}}

var (
	openapiOnce sync.Once
	openapiDoc  map[string]any
)

// OpenAPI returns the API's OpenAPI 3.0 document.
func OpenAPI() map[string]any {
	openapiOnce.Do(func() {
		idP := pathP("id", "numeric id", "integer")
		paths := map[string]map[string]oaOp{
			"/api/v1/openapi.json": {"get": {Summary: "This document", OperationID: "openapi",
				Responses: map[string]any{"200": map[string]any{"description": "OpenAPI 3 document"}}}},
			"/api/v1/counts": {"get": {Summary: "Row counts", OperationID: "counts",
				Responses: responses(jsonResp("counts", ref("Object")), 500)}},
			"/api/v1/articles": {
				"get": {Summary: "List articles, newest first", OperationID: "listArticles",
					Parameters: withPage(articleFilterParams...), Responses: responses(jsonResp("articles", listOf("Object")), 400)},
				"post": {Summary: "Ingest an article (admin token)", OperationID: "ingestArticle", Security: bearer,
					RequestBody: map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": ref("Object")}}},
					Responses: map[string]any{
						"200": jsonResp("already stored", ref("Object")), "201": jsonResp("stored", ref("Object")),
						"400": jsonResp("bad body", ref("Error")), "401": jsonResp("no or unknown token", ref("Error")),
						"403": jsonResp("token lacks the admin role", ref("Error")), "422": jsonResp("processing failed", ref("Error"))}},
			},
			"/api/v1/articles/{id}": {"get": {Summary: "An article with its annotations and claims", OperationID: "getArticle",
				Parameters: []oaParam{idP}, Responses: responses(jsonResp("article", ref("Object")), 400, 404)}},
			"/api/v1/articles/{id}/copies": {"get": {Summary: "An article's copy group and story", OperationID: "getArticleCopies",
				Parameters: []oaParam{idP}, Responses: responses(jsonResp("groups", ref("Object")), 400, 404)}},
			"/api/v1/search": {"get": {Summary: "Full-text search; snippets mark hits with \\u0002 and \\u0003", OperationID: "search",
				Parameters: withPage(append([]oaParam{{Name: "q", In: "query", Required: true,
					Description: `words; "phrase"; prefix*; a OR b; -word`, Schema: map[string]any{"type": "string"}}},
					append(articleFilterParams, enumP("sort", "best match (default) or newest first", store.SortDate),
						enumP("copies", "all (default) or folded: one article per copy group, with copy_group and copies", "all", "folded"))...)...),
				Responses: responses(jsonResp("hits", listOf("Object")), 400)}},
			"/api/v1/claims": {"get": {Summary: "List claims", OperationID: "listClaims",
				Parameters: claimFilterParams, Responses: responses(jsonResp("claims", listOf("Object")), 400)}},
			"/api/v1/claims/{id}": {"get": {Summary: "A claim", OperationID: "getClaim",
				Parameters: []oaParam{idP}, Responses: responses(jsonResp("claim", ref("Object")), 400, 404)}},
			"/api/v1/claims/{id}/audit": {"get": {Summary: "A claim's audit log, oldest first", OperationID: "getAudit",
				Parameters: []oaParam{idP}, Responses: responses(jsonResp("audit entries", listOf("Object")), 400, 404)}},
			"/api/v1/claims/{id}/review": {"post": {Summary: "Accept, reject, correct or undo (reviewer token)", OperationID: "reviewClaim",
				Security: bearer, Parameters: []oaParam{idP},
				RequestBody: map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": ref("Review")}}},
				Responses:   responses(jsonResp("the claim after review", ref("Object")), 400, 401, 403, 404)}},
			"/api/v1/indicators": {"get": {Summary: "Indicators of the loaded topics with claim counts", OperationID: "listIndicators",
				Parameters: pageParams, Responses: responses(jsonResp("indicators", listOf("Indicator")), 400)}},
			"/api/v1/indicators/{id}": {"get": {Summary: "An indicator's series: points with copies folded, contradictions", OperationID: "getIndicator",
				Parameters: []oaParam{pathP("id", "indicator id", "string")}, Responses: responses(jsonResp("series", ref("Series")), 404)}},
			"/api/v1/contradictions/{a}/{b}": {"get": {Summary: "A contradiction between claims a and b, both claims and its review trail",
				OperationID: "getContradiction", Parameters: []oaParam{pathP("a", "claim id", "integer"), pathP("b", "claim id", "integer")},
				Responses: responses(jsonResp("contradiction", ref("Object")), 400, 404)}},
			"/api/v1/contradictions/{a}/{b}/review": {"post": {Summary: "Confirm, dismiss or reopen a contradiction (reviewer token)",
				OperationID: "reviewContradiction", Security: bearer,
				Parameters: []oaParam{pathP("a", "claim id", "integer"), pathP("b", "claim id", "integer")},
				RequestBody: map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{
					"type": "object", "required": []string{"state", "reason"}, "properties": map[string]any{
						"state":  map[string]any{"type": "string", "enum": []string{"confirmed", "dismissed", "open"}},
						"reason": map[string]any{"type": "string"}}}}}},
				Responses: responses(jsonResp("the contradiction after review", ref("Object")), 400, 401, 403, 404)}},
			"/api/v1/facets": {"get": {Summary: "Counts per facet value of a faceted search over articles or claims (copies folded unless copies=all)",
				OperationID: "facets", Parameters: facetedParams, Responses: responses(jsonResp("facets", ref("Object")), 400)}},
			"/api/v1/alerts": {"get": {Summary: "Fired alerts with their delivery state, newest first", OperationID: "listAlerts",
				Parameters: []oaParam{intP("limit", "how many of the newest alerts to read", 1),
					enumP("state", "delivery state", alertStates...)},
				Responses: responses(jsonResp("alerts", listOf("Object")), 400, 404)}},
			"/api/v1/searches": {
				"get": {Summary: "Saved searches", OperationID: "listSavedSearches",
					Responses: responses(jsonResp("saved searches", listOf("Object")), 400, 404)},
				"post": {Summary: "Save a search; with alert, new matching articles fire alerts (Atom feed and webhook) like a topic rule (reviewer token)",
					OperationID: "saveSearch", Security: bearer,
					RequestBody: map[string]any{"required": true, "content": map[string]any{"application/json": map[string]any{"schema": map[string]any{
						"type": "object", "required": []string{"name", "query"}, "properties": map[string]any{
							"name":  map[string]any{"type": "string"},
							"query": map[string]any{"type": "string", "description": "the search page's parameters, e.g. q=visas&kind=claims&indicator=dprk_workers_in_russia"},
							"alert": map[string]any{"type": "boolean"}}}}}},
					Responses: map[string]any{"201": jsonResp("saved", ref("Object")), "400": jsonResp("bad body or query", ref("Error")),
						"401": jsonResp("no or unknown token", ref("Error")), "403": jsonResp("token lacks the reviewer role", ref("Error"))}},
			},
			"/api/v1/contradictions": {"get": {Summary: "Contradicting claims (at most 500 per indicator are looked for)", OperationID: "listContradictions",
				Parameters: withPage(named("indicator", str("indicator id")), enumP("state", "open (default) or all", "open", "all")),
				Responses:  responses(jsonResp("contradictions", listOf("Contradiction")), 400)}},
			"/api/v1/entities": {"get": {Summary: "List entities", OperationID: "listEntities",
				Parameters: withPage(enumP("type", "entity type", "PER", "ORG", "LOC", "MISC"), intP("article", "mentioned in this article", 1)),
				Responses:  responses(jsonResp("entities", listOf("Object")), 400)}},
			"/api/v1/entities/{key}": {"get": {Summary: "An entity: variants, articles, claims said by it", OperationID: "getEntity",
				Parameters: []oaParam{pathP("key", "entity key (per:kim jong un), or any name /api/v1/entity?name= finds", "string")},
				Responses:  responses(jsonResp("entity", ref("Object")), 404)}},
			"/api/v1/entity": {"get": {Summary: "Look an entity up by name, as `dossier entity NAME` does: the key, then the name folded with each type; a 404 lists close names under suggestions", OperationID: "findEntity",
				Parameters: []oaParam{{Name: "name", In: "query", Required: true, Description: "a name or variant (Kim Jong-un, Зеленський) or a key", Schema: map[string]any{"type": "string"}}},
				Responses:  responses(jsonResp("entity", ref("Object")), 400, 404)}},
			"/api/v1/copies": {"get": {Summary: "List copy groups", OperationID: "listCopyGroups",
				Parameters: pageParams, Responses: responses(jsonResp("copy groups", listOf("Object")), 400)}},
			"/api/v1/stories": {"get": {Summary: "List stories", OperationID: "listStories",
				Parameters: pageParams, Responses: responses(jsonResp("stories", listOf("Object")), 400)}},
			"/api/v1/sources": {"get": {Summary: "List watched feeds with their health", OperationID: "listSources",
				Responses: responses(jsonResp("sources", listOf("Object")), 400, 404)}},
		}
		openapiDoc = map[string]any{
			"openapi": "3.0.3",
			"info": map[string]any{"title": "dossier API", "version": "1",
				"description": "Read the sourced record of quantity claims; review claims and ingest articles with a bearer token."},
			"paths": paths,
			"components": map[string]any{
				"securitySchemes": map[string]any{"bearer": map[string]any{"type": "http", "scheme": "bearer"}},
				"schemas": map[string]any{
					"Object":              map[string]any{"type": "object"},
					"Indicator":           indicatorSchema,
					"Series":              seriesSchema,
					"Point":               pointSchema,
					"Contradiction":       contradictionSchema,
					"ContradictionReview": contradictionReviewSchema,
					"Error": map[string]any{"type": "object", "required": []string{"error"},
						"properties": map[string]any{"error": map[string]any{"type": "string"}}},
					"Review": map[string]any{"type": "object", "required": []string{"action", "reason"},
						"properties": map[string]any{
							"action": map[string]any{"type": "string", "enum": []string{"accepted", "rejected", "corrected", "machine"}},
							"reason": map[string]any{"type": "string"},
							"correction": map[string]any{"type": "object", "properties": map[string]any{
								"value":     map[string]any{"type": "object", "description": `{"exact":N} | {"low":A,"high":B} | {"min":N} | {"max":N}, with "approx" and "vague"`},
								"unit":      map[string]any{"type": "string"},
								"indicator": map[string]any{"type": "string"},
								"period":    map[string]any{"type": "string"},
								"said_by":   map[string]any{"type": "string"},
								"origin":    map[string]any{"type": "string"}}}}},
				},
			},
		}
	})
	return openapiDoc
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	if !apiParams(w, r, func(*params) {}) {
		return
	}
	writeJSON(w, http.StatusOK, OpenAPI())
}
