package web

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// NewTokenSecret returns a fresh random token secret ("dsr_" + 43
// characters of base64url), to be shown once and stored hashed.
func NewTokenSecret() string {
	b := make([]byte, 32)
	rand.Read(b)
	return "dsr_" + base64.RawURLEncoding.EncodeToString(b)
}

// principal is who is writing: a live token.
type principal struct {
	TokenID int64
	Role    string
	Name    string
}

// Who is the name written into the audit log.
func (p principal) Who() string {
	if p.Name != "" {
		return fmt.Sprintf("%s (token %d)", p.Name, p.TokenID)
	}
	return fmt.Sprintf("token %d", p.TokenID)
}

func (p principal) can(role string) bool {
	return p.Role == store.RoleAdmin || p.Role == role
}

var errNoToken = errors.New("no token")

// lookupToken resolves a token secret.
func (s *Server) lookupToken(ctx context.Context, secret string) (principal, error) {
	if s.tokens == nil || secret == "" {
		return principal{}, errNoToken
	}
	t, err := s.tokens.TokenByHash(ctx, HashToken(secret))
	if err != nil {
		return principal{}, err
	}
	return principal{TokenID: t.ID, Role: t.Role, Name: t.Name}, nil
}

// apiAuth checks the bearer token for an API write that needs role. It
// writes the error response and returns false when the caller may not.
func (s *Server) apiAuth(w http.ResponseWriter, r *http.Request, role string) (principal, bool) {
	h := r.Header.Get("Authorization")
	if h == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dossier"`)
		writeError(w, http.StatusUnauthorized, "this request writes: send \"Authorization: Bearer TOKEN\" (create one with \"dossier token create\")")
		return principal{}, false
	}
	scheme, secret, _ := strings.Cut(h, " ")
	if !strings.EqualFold(scheme, "Bearer") || strings.TrimSpace(secret) == "" {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dossier"`)
		writeError(w, http.StatusUnauthorized, "Authorization header must be \"Bearer TOKEN\"")
		return principal{}, false
	}
	p, err := s.lookupToken(r.Context(), strings.TrimSpace(secret))
	if err != nil {
		if !errors.Is(err, store.ErrNotFound) && !errors.Is(err, errNoToken) {
			s.log.Error("token lookup", "err", err)
			writeError(w, http.StatusInternalServerError, "token lookup failed")
			return principal{}, false
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="dossier", error="invalid_token"`)
		writeError(w, http.StatusUnauthorized, "token not recognised (unknown or revoked)")
		return principal{}, false
	}
	if !p.can(role) {
		writeError(w, http.StatusForbidden, fmt.Sprintf("a %s token cannot do this: it needs the %s role", p.Role, role))
		return principal{}, false
	}
	return p, true
}

// Sessions: a login turns a token into a random session id kept in memory
// (a restart logs everyone out), with its own CSRF token.

const sessionCookie = "dossier_session"

type session struct {
	ID      string
	CSRF    string
	P       principal
	Expires time.Time
}

type sessions struct {
	mu  sync.Mutex
	now func() time.Time
	ttl time.Duration
	m   map[string]*session
}

func newSessions(now func() time.Time, ttl time.Duration) *sessions {
	return &sessions{now: now, ttl: ttl, m: map[string]*session{}}
}

func randomString() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func (ss *sessions) create(p principal) *session {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	now := ss.now()
	for id, x := range ss.m {
		if now.After(x.Expires) {
			delete(ss.m, id)
		}
	}
	x := &session{ID: randomString(), CSRF: randomString(), P: p, Expires: now.Add(ss.ttl)}
	ss.m[x.ID] = x
	return x
}

func (ss *sessions) get(id string) *session {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	x := ss.m[id]
	if x == nil {
		return nil
	}
	if ss.now().After(x.Expires) {
		delete(ss.m, id)
		return nil
	}
	return x
}

func (ss *sessions) delete(id string) {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	delete(ss.m, id)
}

// session returns the request's live session, or nil. The token behind it
// is checked again, so a revoked token ends its sessions.
func (s *Server) session(r *http.Request) *session {
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		return nil
	}
	x := s.sessions.get(c.Value)
	if x == nil {
		return nil
	}
	if s.tokens != nil {
		ts, err := s.tokens.ListTokens(r.Context())
		if err != nil {
			return nil
		}
		live := false
		for _, t := range ts {
			if t.ID == x.P.TokenID && !t.Revoked() {
				live = true
			}
		}
		if !live {
			s.sessions.delete(x.ID)
			return nil
		}
	}
	return x
}

// formSession checks a form post: a session with the reviewer role and its
// CSRF token. It writes the error page and returns nil when refused.
func (s *Server) formSession(w http.ResponseWriter, r *http.Request, doing string) *session {
	r.Body = http.MaxBytesReader(w, r.Body, 64<<10)
	x := s.session(r)
	if x == nil {
		s.pageError(w, r, http.StatusUnauthorized, "Log in with a reviewer token to "+doing+".")
		return nil
	}
	if !checkCSRF(r, x) {
		s.pageError(w, r, http.StatusForbidden, "The form's security token is missing or stale: reload the page and try again.")
		return nil
	}
	if !x.P.can(store.RoleReviewer) {
		s.pageError(w, r, http.StatusForbidden, "This token may not "+doing+".")
		return nil
	}
	return x
}

// checkCSRF compares the form's csrf field with the session's token.
func checkCSRF(r *http.Request, x *session) bool {
	got := r.PostFormValue("csrf")
	return got != "" && subtle.ConstantTimeCompare([]byte(got), []byte(x.CSRF)) == 1
}

func (s *Server) setSessionCookie(w http.ResponseWriter, x *session) {
	http.SetCookie(w, &http.Cookie{
		Name: sessionCookie, Value: x.ID, Path: "/", HttpOnly: true, Secure: s.opt.SecureCookies,
		SameSite: http.SameSiteStrictMode, Expires: x.Expires,
	})
}

func (s *Server) clearSessionCookie(w http.ResponseWriter) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", HttpOnly: true,
		Secure: s.opt.SecureCookies, SameSite: http.SameSiteStrictMode, MaxAge: -1})
}

// safeNext keeps a post-login redirect on this site: it returns s when s
// is a same-origin path, else "/".
func safeNext(s string) string {
	if !sameOriginPath(s) {
		return "/"
	}
	return s
}

// sameOriginPath reports whether a browser sent to s stays on this
// origin: an absolute path ("/claims/3?x=1"), never a scheme, an authority
// ("//evil.example") or what browsers turn into one. Browsers drop tab and
// newline from URLs and read "\" as "/", so "/\t/evil.example/" and
// "/\\evil.example" lead off-site: any control character, space, backslash
// or non-ASCII byte (a real path carries those percent-encoded) refuses s.
func sameOriginPath(s string) bool {
	if s == "" || len(s) > 2048 || s[0] != '/' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c <= ' ' || c == '\\' || c >= 0x7f {
			return false
		}
	}
	if strings.HasPrefix(s, "//") {
		return false
	}
	u, err := url.Parse(s)
	return err == nil && u.Scheme == "" && u.Host == "" && u.User == nil && u.Opaque == "" &&
		strings.HasPrefix(u.Path, "/") && !strings.HasPrefix(u.Path, "//")
}

// HashToken returns the hex SHA-256 of a token secret, the form the store
// keeps (store.Token.Hash).
func HashToken(secret string) string {
	h := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(h[:])
}
