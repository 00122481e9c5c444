package web

import (
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/dossier-osint/dossier/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// baseFuncs are the template functions that need no server.
var baseFuncs = template.FuncMap{
	"short":      shortNumber,
	"thousands":  thousands,
	"count":      count,
	"plural":     plural,
	"value":      claimValue,
	"humanValue": humanValue,
	"date":       humanDate,
	"when":       humanTime,
	"period":     humanPeriod,
	"reviewWord": reviewWord,
	"entityType": entityType,
	"relation":   relationWord,
	"percent":    percent,
	"language":   language,
	"safeURL":    safeURL,
	"lower":      strings.ToLower,
	"capital":    capital,
	// why renders a rule's note ("Kim <- surname of Kim Jong Un") as
	// "Kim: surname of Kim Jong Un".
	"why": func(s string) string { return strings.ReplaceAll(s, " <- ", ": ") },
	// firstMembers and moreMembers cap a group's list on a page (a copy
	// group of a wire story can hold thousands of articles).
	"firstMembers": func(ms []store.GroupMember) []store.GroupMember { return ms[:min(len(ms), maxMembersShown)] },
	"moreMembers":  func(ms []store.GroupMember) int { return max(0, len(ms)-maxMembersShown) },
	"sortChoice":   currentSort,
	"sortChoices":  func() []sortChoice { return sortChoices },
	"hiddenFacets": func(q facetedQuery) map[string]string {
		v := q.values()
		out := map[string]string{}
		for _, k := range []string{"credit", "lang", "indicator", "said_by", "origin", "review", "sort", "copies"} {
			if x := v.Get(k); x != "" {
				out[k] = x
			}
		}
		return out
	},
	"sourceOf": func(c *store.StoredClaim) string { return sourceOf(c) },
	"deliveryWord": func(s string) string {
		if w, ok := deliveryWords[s]; ok {
			return w
		}
		return s
	},
	"f1":   func(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) },
	"add":  func(a, b int) int { return a + b },
	"addf": func(a, b float64) float64 { return a + b },
	"snippet": func(s string) []SnippetPart {
		return SplitSnippet(s)
	},
	"claimHref": func(c store.StoredClaim) string {
		return fmt.Sprintf("/articles/%d?claim=%d#claim-%d", c.ArticleID, c.ID, c.ID)
	},
	"pathEscape": url.PathEscape,
	"orDash":     orDash,
	"join":       strings.Join,
	"list":       func(xs ...string) []string { return xs },
}

// maxMembersShown caps the members of a copy group or story listed on an
// article or claim page; the group's own page lists them all.
const maxMembersShown = 50

// funcs are the template functions: baseFuncs and those that read the
// server's topics (indicator labels).
func (s *Server) funcs() template.FuncMap {
	f := template.FuncMap{}
	for k, v := range baseFuncs {
		f[k] = v
	}
	f["indicatorLabel"] = s.indicatorLabel
	return f
}

// parsePages parses each page template together with the layout.
func parsePages(funcs template.FuncMap) (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	base := template.Must(template.New("layout").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/partials.html"))
	out := map[string]*template.Template{}
	for _, n := range names {
		short := strings.TrimSuffix(strings.TrimPrefix(n, "templates/"), ".html")
		if short == "layout" || short == "partials" {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", n, err)
		}
		out[short] = t
	}
	return out, nil
}

// flashes are the messages a redirect may ask for; only these fixed texts
// are shown, never text from the URL.
var flashes = map[string]string{
	"reviewed":  "Review saved.",
	"saved":     "Search saved.",
	"deleted":   "Saved search deleted.",
	"loggedin":  "Logged in.",
	"loggedout": "Logged out.",
}

// pageData is what every page template gets.
type pageData struct {
	Title   string
	Nav     string
	Session *session
	Flash   string
	D       any
}

// renderBuffers are reused between pages: an indicator page with its
// chart and table is a few hundred kilobytes, and growing a new buffer to
// that size for every request cost more than executing the template.
var renderBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// render executes a page into a buffer first, so a template error becomes
// a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, title string, d any) {
	pd := pageData{Title: title, Nav: name, Session: s.session(r), D: d}
	pd.Flash = flashes[r.URL.Query().Get("flash")]
	buf := renderBuffers.Get().(*bytes.Buffer)
	defer func() {
		if buf.Cap() <= 4<<20 { // keep buffers of ordinary pages only
			buf.Reset()
			renderBuffers.Put(buf)
		}
	}()
	if err := s.execute(buf, name, pd); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writePage(w, status, buf.Bytes())
}

// execute runs page name's template into buf; errors are logged.
func (s *Server) execute(buf *bytes.Buffer, name string, pd pageData) error {
	t := s.pages[name]
	if t == nil {
		s.log.Error("no template", "name", name)
		return fmt.Errorf("no template %q", name)
	}
	if err := t.ExecuteTemplate(buf, "layout", pd); err != nil {
		s.log.Error("render", "template", name, "err", err)
		return fmt.Errorf("render %s: %w", name, err)
	}
	return nil
}

// renderPage renders a page to a new slice, for pages kept in the cache.
func (s *Server) renderPage(name string, pd pageData) ([]byte, error) {
	var buf bytes.Buffer
	if err := s.execute(&buf, name, pd); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// writePage sends a rendered HTML page.
func writePage(w http.ResponseWriter, status int, page []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(page)
}

// pageError renders an error page.
func (s *Server) pageError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	s.render(w, r, status, "error", http.StatusText(status), struct {
		Status     int
		StatusText string
		Msg, Hint  string
	}{status, http.StatusText(status), msg, errorHint(status)})
}

// chartHTML renders a chart through the "chart" template once, so cached
// charts are not re-escaped on every request. The result is the output of
// html/template (every value in it was escaped by the template), never
// data turned into HTML.
func (s *Server) chartHTML(c *Chart) template.HTML {
	var buf bytes.Buffer
	if err := s.pages["overview"].ExecuteTemplate(&buf, "chart", c); err != nil {
		s.log.Error("render chart", "err", err)
		return ""
	}
	return template.HTML(buf.String())
}
