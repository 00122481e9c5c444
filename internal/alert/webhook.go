package alert

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

// SignatureHeader carries the body's HMAC: "sha256=" + hex(HMAC-SHA256(secret, body)).
const SignatureHeader = "X-Dossier-Signature"

// Sign returns the SignatureHeader value for body.
func Sign(secret, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	return "sha256=" + hex.EncodeToString(m.Sum(nil))
}

// Verify reports whether sig is the signature of body (constant time).
func Verify(secret, body []byte, sig string) bool {
	return hmac.Equal([]byte(sig), []byte(Sign(secret, body)))
}

// Webhook posts alerts to a URL. It makes one attempt a call: the job
// queue (internal/queue) delivers each alert as a job, with River's retries,
// backoff and discarded-job list (the dead letters).
type Webhook struct {
	URL    string
	Secret []byte
	// Client posts; a client with a 10 s timeout when nil. For safety use
	// one built on the fetch package's address guard when the URL is
	// user-supplied.
	Client *http.Client
}

// Post posts one alert: its payload, signed in SignatureHeader. Any answer
// but a 2xx is an error.
func (w *Webhook) Post(ctx context.Context, ev store.AlertEvent) error {
	body := []byte(ev.Payload)
	if len(body) == 0 {
		body = []byte(fmt.Sprintf(`{"key":%q,"rule":%q,"title":%q}`, ev.Key, ev.Rule, ev.Title))
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.URL, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("webhook %s: %w", w.URL, err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "dossier-alerts/0.1")
	req.Header.Set(SignatureHeader, Sign(w.Secret, body))
	req.Header.Set("X-Dossier-Alert", ev.Key)
	c := w.Client
	if c == nil {
		c = &http.Client{Timeout: 10 * time.Second}
	}
	resp, err := c.Do(req)
	if err != nil {
		return fmt.Errorf("webhook %s: %w", w.URL, err)
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return fmt.Errorf("webhook %s: HTTP %d", w.URL, resp.StatusCode)
	}
	return nil
}
