package web

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"net/http"
	"strings"
)

// pageAPIRef renders the OpenAPI document with Redoc (vendored from npm,
// static/vendor/redoc, MIT). The page keeps the site's Content-Security-
// Policy (scripts only from this origin, no inline script, no eval, no
// plugins, no framing, nothing fetched elsewhere); the one addition is a
// nonce, fresh for each request, for the <style> elements Redoc's
// styled-components inserts: style-src stays without 'unsafe-inline'.
func (s *Server) pageAPIRef(w http.ResponseWriter, r *http.Request) {
	b := make([]byte, 18)
	rand.Read(b)
	nonce := base64.RawStdEncoding.EncodeToString(b)
	var buf bytes.Buffer
	if err := s.pages["apiref"].ExecuteTemplate(&buf, "apiref", struct{ Nonce string }{nonce}); err != nil {
		s.log.Error("render api reference", "err", err)
		s.pageError(w, r, http.StatusInternalServerError, "The API reference page could not be rendered.")
		return
	}
	w.Header().Set("Content-Security-Policy", apiRefCSP(nonce))
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

// apiRefCSP is the site's policy with a style nonce.
func apiRefCSP(nonce string) string {
	return strings.Replace(csp, "style-src 'self';", "style-src 'self' 'nonce-"+nonce+"';", 1)
}
