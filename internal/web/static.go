package web

import (
	"io/fs"
	"net/http"
	"path"
	"strings"
)

var staticTypes = map[string]string{
	".css":  "text/css; charset=utf-8",
	".js":   "text/javascript; charset=utf-8",
	".svg":  "image/svg+xml",
	".txt":  "text/plain; charset=utf-8",
	".json": "application/json",
}

// static serves the embedded CSS and JavaScript.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	name := path.Clean(r.PathValue("file"))
	notFound := func() { s.pageError(w, r, http.StatusNotFound, "No file "+clip(name, 80)+" among the static files.") }
	if strings.HasPrefix(name, ".") || strings.Contains(name, "..") {
		notFound()
		return
	}
	b, err := fs.ReadFile(staticFS, "static/"+name)
	if err != nil {
		notFound()
		return
	}
	ct, ok := staticTypes[path.Ext(name)]
	if path.Base(name) == "LICENSE" { // vendored code's licence
		ct, ok = staticTypes[".txt"], true
	}
	if !ok {
		notFound()
		return
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Cache-Control", "public, max-age=3600")
	w.Write(b)
}
