package web

import (
	"context"
	"encoding/json"
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/web/webtest"
)

// env is a server on a fixture store with a fixed clock.
type env struct {
	t   *testing.T
	fx  *webtest.Fixture
	srv *Server
	now time.Time
}

func newEnv(t *testing.T) *env {
	t.Helper()
	fx := webtest.New(t)
	e := &env{t: t, fx: fx, now: time.Date(2024, 8, 1, 12, 0, 0, 0, time.UTC)}
	srv, err := New(fx.Store, Options{Topics: fx.Topics, Clock: func() time.Time { return e.now }})
	if err != nil {
		t.Fatal(err)
	}
	e.srv = srv
	return e
}

// token creates a token with the role and returns its secret.
func (e *env) token(role, name string) string {
	e.t.Helper()
	secret := NewTokenSecret()
	if _, err := e.fx.Store.CreateToken(context.Background(), role, name, HashToken(secret)); err != nil {
		e.t.Fatal(err)
	}
	return secret
}

// do runs a request through the full handler.
func (e *env) do(method, target string, body io.Reader, hdr map[string]string) *httptest.ResponseRecorder {
	e.t.Helper()
	r := httptest.NewRequest(method, target, body)
	for k, v := range hdr {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	e.srv.Handler().ServeHTTP(w, r)
	return w
}

func (e *env) get(target string) *httptest.ResponseRecorder { return e.do("GET", target, nil, nil) }

// decode decodes a JSON body into v, failing the test when it is not JSON.
func decode(t *testing.T, w *httptest.ResponseRecorder, v any) {
	t.Helper()
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON; body %s", ct, w.Body.String())
	}
	if err := json.Unmarshal(w.Body.Bytes(), v); err != nil {
		t.Fatalf("decode %s: %v", w.Body.String(), err)
	}
}

// claimID returns the id of the first claim of the article with that key.
func (e *env) claimID(key string) int64 {
	e.t.Helper()
	cs, _, err := e.fx.Store.ListClaims(context.Background(), store.ClaimFilter{ArticleID: e.fx.IDs[key]})
	if err != nil || len(cs) == 0 {
		e.t.Fatalf("claims of %s: %v (%d)", key, err, len(cs))
	}
	return cs[0].ID
}

func jsonBody(s string) io.Reader { return strings.NewReader(s) }
