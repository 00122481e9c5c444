package web

import (
	"context"
	"errors"
	"io/fs"
	"net/http"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/examples"
	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
)

// examplesEnv is a server on a real SQLite file holding the sample
// articles (examples/), ingested through the service layer as
// `dossier ingest` does.
func examplesEnv(t *testing.T) (*env, store.Store) {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "examples.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	tops, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	feed := func(push func(app.Item) error) error {
		names, err := fs.Glob(examples.Files, "*")
		if err != nil {
			return err
		}
		sort.Strings(names)
		for _, n := range names {
			data, err := examples.Files.ReadFile(n)
			if err != nil {
				return err
			}
			ds, err := ingest.Parse("examples/"+n, data, ingest.Options{})
			if err != nil {
				continue // not an article
			}
			for _, d := range ds {
				if err := push(app.Item{Doc: d}); err != nil {
					return err
				}
			}
		}
		return nil
	}
	var failed []string
	if _, err := app.New(st, tops).IngestAll(ctx, feed, func(r app.Result) {
		if r.Err != nil {
			failed = append(failed, r.Err.Error())
		}
	}); err != nil {
		t.Fatal(err)
	}
	if len(failed) > 0 {
		t.Fatalf("ingest examples: %v", failed)
	}
	srv, err := New(st, Options{Topics: tops})
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, srv: srv}, st
}

// TestEntityByNameAgreesWithCLI looks names of the sample articles up
// (spelling variants, Latin and Cyrillic, a key, an unknown name) through
// app.FindEntity, which `dossier entity NAME` calls, and through the API's
// two entry points and the pages, and wants the same entity (or none) from
// all of them.
func TestEntityByNameAgreesWithCLI(t *testing.T) {
	e, st := examplesEnv(t)
	ctx := context.Background()
	names := []string{"Kim Jong Un", "Kim Jong-un", "kim jong un", "KIM JONG UN", "Putin",
		"Володимир Зеленський", "Володимир  Зеленський", "Зеленський", "Vladimir Zelensky", "Андрій Юсов",
		"Игоря Лосева", "Игорь Лосев", "Nobody Zzyzx-Qwerty"}
	// These must be found, and the first four as one entity.
	mustFind := map[string]bool{"Kim Jong Un": true, "Kim Jong-un": true, "kim jong un": true, "KIM JONG UN": true,
		"Володимир Зеленський": true, "Андрій Юсов": true, "Игоря Лосева": true}
	keys := map[string]string{}
	for _, name := range names {
		want, err := app.FindEntity(ctx, st, name)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("FindEntity %q: %v", name, err)
		}
		if mustFind[name] && want == nil {
			t.Errorf("%q: the CLI finds no entity in the sample articles", name)
		}
		if want != nil {
			keys[name] = want.Key
		}
		for _, target := range []string{"/api/v1/entity?name=" + url.QueryEscape(name), "/api/v1/entities/" + url.PathEscape(name)} {
			w := e.get(target)
			if want == nil {
				var nf struct {
					Error       string                `json:"error"`
					Suggestions []store.EntitySummary `json:"suggestions"`
				}
				if w.Code != http.StatusNotFound {
					t.Errorf("GET %s: %d, want 404 as the CLI finds none", target, w.Code)
					continue
				}
				decode(t, w, &nf)
				if nf.Error == "" || nf.Suggestions == nil {
					t.Errorf("GET %s: 404 body %s, want error and suggestions (a list)", target, w.Body.String())
				}
				continue
			}
			var got store.EntityDetail
			if w.Code != http.StatusOK {
				t.Errorf("GET %s: %d %s, want the CLI's %s", target, w.Code, w.Body.String(), want.Key)
				continue
			}
			decode(t, w, &got)
			if got.Key != want.Key || got.Name != want.Name {
				t.Errorf("GET %s: %s (%q), the CLI gives %s (%q)", target, got.Key, got.Name, want.Key, want.Name)
			}
		}
		// The search box of /entities goes to the entity's page, or says none is found.
		w := e.get("/entities?name=" + url.QueryEscape(name))
		if want == nil {
			if w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), `id="entity-not-found"`) {
				t.Errorf("/entities?name=%s: %d, want 404 with the not-found note", name, w.Code)
			}
			continue
		}
		if loc := w.Header().Get("Location"); w.Code != http.StatusSeeOther || loc != "/entities/"+url.PathEscape(want.Key) {
			t.Errorf("/entities?name=%s: %d to %q, want 303 to the page of %s", name, w.Code, loc, want.Key)
		}
		if w := e.get("/entities/" + url.PathEscape(name)); w.Code != http.StatusOK {
			t.Errorf("/entities/%s: %d, want the page of %s", name, w.Code, want.Key)
		}
	}
	if k := keys["Kim Jong Un"]; k == "" || keys["Kim Jong-un"] != k || keys["kim jong un"] != k || keys["KIM JONG UN"] != k {
		t.Errorf("the spellings of Kim Jong Un give %v, want one entity", keys)
	}
	// A key finds itself.
	if k := keys["Володимир Зеленський"]; k != "" {
		if w := e.get("/api/v1/entity?name=" + url.QueryEscape(k)); w.Code != http.StatusOK {
			t.Errorf("the key %s: %d", k, w.Code)
		}
	}
	if w := e.get("/api/v1/entity"); w.Code != http.StatusBadRequest {
		t.Errorf("/api/v1/entity without a name: %d, want 400", w.Code)
	}
}

// TestEntitySearchEscapesName sends markup as the name searched for: the
// not-found page repeats it escaped.
func TestEntitySearchEscapesName(t *testing.T) {
	e := newEnv(t)
	name := `<img src=x onerror=alert(1)>Kim`
	w := e.get("/entities?name=" + url.QueryEscape(name))
	if w.Code != http.StatusNotFound {
		t.Fatalf("%d, want 404", w.Code)
	}
	body := w.Body.String()
	if strings.Contains(body, "<img src=x") {
		t.Errorf("the name reaches the page unescaped")
	}
	if !strings.Contains(body, "&lt;img src=x onerror=alert(1)&gt;Kim") {
		t.Errorf("the escaped name is not on the page")
	}
}

// TestEntityExactKey finds a stored key exactly as given, though it is
// not what key folding makes of it ("LOC:russia" in the fixture).
func TestEntityExactKey(t *testing.T) {
	e := newEnv(t)
	d, err := app.FindEntity(context.Background(), e.fx.Store, "LOC:russia")
	if err != nil || d.Key != "LOC:russia" {
		t.Fatalf("FindEntity: %v %v", d, err)
	}
	for _, target := range []string{"/api/v1/entity?name=LOC:russia", "/api/v1/entities/LOC:russia", "/entities/LOC:russia"} {
		if w := e.get(target); w.Code != http.StatusOK {
			t.Errorf("GET %s: %d", target, w.Code)
		}
	}
}
