package web

import (
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/web/webtest"
)

// BenchmarkSearchAnswers measures answering searches from the cache (every
// iteration after the first finds the results computed): the worst search
// the search box accepts ("a* " 333 times) as a page and through the API,
// and an ordinary one-word search, which must not pay for the costly lane.
func BenchmarkSearchAnswers(b *testing.B) {
	fx := webtest.New(b)
	srv, err := New(fx.Store, Options{Topics: fx.Topics})
	if err != nil {
		b.Fatal(err)
	}
	worst := url.QueryEscape(strings.Repeat("a* ", 333))
	for _, c := range []struct{ name, path string }{
		{"worst-page", "/search?q=" + worst},
		{"worst-api", "/api/v1/search?q=" + worst},
		{"word-page", "/search?q=workers"},
		{"word-api", "/api/v1/search?q=workers"},
	} {
		b.Run(c.name, func(b *testing.B) {
			h := srv.Handler()
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", c.path, nil))
				if w.Code != 200 {
					b.Fatalf("%s: %d", c.path, w.Code)
				}
			}
		})
	}
}
