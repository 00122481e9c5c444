package web

import (
	"net/http"
)

// errorPages answers what the router itself would answer with Go's bare
// text ("404 page not found", "405 method not allowed") with a styled
// page, or with the API's JSON error under /api/, and turns a panic in a
// page handler into a styled 500. Handlers' own errors already use
// pageError and writeError.
func (s *Server) errorPages(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := mux.Handler(r); pattern == "" {
			sc := &statusOnly{h: http.Header{}}
			h, _ := mux.Handler(r)
			h.ServeHTTP(sc, r)
			if allow := sc.h.Get("Allow"); allow != "" {
				w.Header().Set("Allow", allow)
			}
			status := sc.status
			if status == 0 || status < 400 {
				// a redirect the router asks for (a cleaned path): keep it
				for k, v := range sc.h {
					w.Header()[k] = v
				}
				w.WriteHeader(max(status, http.StatusOK))
				return
			}
			s.errorStatus(w, r, status, routeMessage(status, r))
			return
		}
		if r.Method == http.MethodGet {
			s.syncGeneration(r.Context())
		}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic in handler", "path", r.URL.Path, "panic", v)
				s.errorStatus(w, r, http.StatusInternalServerError, "Something went wrong on the server; the error is in its log.")
			}
		}()
		mux.ServeHTTP(w, r)
	})
}

// errorStatus writes an error as JSON for the API, as a page otherwise.
func (s *Server) errorStatus(w http.ResponseWriter, r *http.Request, status int, msg string) {
	if isAPI(r) {
		writeError(w, status, msg)
		return
	}
	s.pageError(w, r, status, msg)
}

func routeMessage(status int, r *http.Request) string {
	switch status {
	case http.StatusNotFound:
		return "There is no page at " + clip(r.URL.Path, 120) + "."
	case http.StatusMethodNotAllowed:
		return "This address does not take a " + r.Method + " request."
	}
	return http.StatusText(status)
}

// statusOnly records what the router's own handlers write, without a body.
type statusOnly struct {
	h      http.Header
	status int
}

func (s *statusOnly) Header() http.Header { return s.h }
func (s *statusOnly) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return len(b), nil
}
func (s *statusOnly) WriteHeader(code int) {
	if s.status == 0 {
		s.status = code
	}
}

// errorHints are the next steps an error page offers, by status.
func errorHint(status int) string {
	switch {
	case status == http.StatusNotFound:
		return "The address may be mistyped, or what it named was removed (re-extraction renumbers unreviewed claims)."
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return "Reading needs no login; reviewing needs a reviewer token."
	case status == http.StatusBadRequest:
		return "Check the filters in the address."
	case status >= 500:
		return "Try again in a moment."
	}
	return ""
}
