package web

import (
	"errors"
	"net/http"
	"strings"

	"github.com/dossier-osint/dossier/internal/store"
)

type loginData struct {
	Next string
	Err  string
}

func (s *Server) pageLogin(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "login", "Log in", loginData{Next: safeNext(r.URL.Query().Get("next"))})
}

// postLogin turns a token into a session. Cross-origin posts are refused by
// CrossOriginProtection before this runs.
func (s *Server) postLogin(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	next := safeNext(r.PostFormValue("next"))
	secret := strings.TrimSpace(r.PostFormValue("token"))
	p, err := s.lookupToken(r.Context(), secret)
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) && !errors.Is(err, errNoToken) {
			s.log.Error("login", "err", err)
		}
		s.render(w, r, http.StatusUnauthorized, "login", "Log in", loginData{Next: next,
			Err: "That token is not recognised (unknown or revoked)."})
		return
	}
	x := s.sessions.create(p)
	s.setSessionCookie(w, x)
	sep := "?"
	if strings.Contains(next, "?") {
		sep = "&"
	}
	http.Redirect(w, r, next+sep+"flash=loggedin", http.StatusSeeOther)
}

func (s *Server) postLogout(w http.ResponseWriter, r *http.Request) {
	x := s.session(r)
	if x != nil {
		if !checkCSRF(r, x) {
			s.pageError(w, r, http.StatusForbidden, "The form's security token is missing or stale.")
			return
		}
		s.sessions.delete(x.ID)
	}
	s.clearSessionCookie(w)
	http.Redirect(w, r, "/?flash=loggedout", http.StatusSeeOther)
}
