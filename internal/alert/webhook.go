package alert

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
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

// Webhook posts pending alerts to a URL.
type Webhook struct {
	URL    string
	Secret []byte
	// Client posts; a client with a 10 s timeout when nil. For safety use
	// one built on the fetch package's address guard when the URL is
	// user-supplied.
	Client *http.Client
	// MaxAttempts is the number of failed deliveries after which an alert
	// goes to the dead-letter list (default 5).
	MaxAttempts int
	// Backoff is the wait after failed attempt n (1-based) before the
	// next; default exponential from 2 s with jitter, capped at 10 min.
	Backoff func(n int) time.Duration
	Now     func() time.Time
	Log     *slog.Logger
}

// DeliveryStats counts what Deliver did.
type DeliveryStats struct {
	Sent, Failed, Dead int
}

func (w *Webhook) now() time.Time {
	if w.Now != nil {
		return w.Now()
	}
	return time.Now()
}

func (w *Webhook) backoff(n int) time.Duration {
	if w.Backoff != nil {
		return w.Backoff(n)
	}
	d := 2 * time.Second << (n - 1)
	if d > 10*time.Minute || d <= 0 {
		d = 10 * time.Minute
	}
	return d/2 + rand.N(d/2+1)
}

// Deliver posts every due pending alert once. A 2xx answer marks it sent;
// anything else counts a failed attempt and schedules a retry after a
// backoff, or moves the alert to the dead-letter list after MaxAttempts.
func (w *Webhook) Deliver(ctx context.Context, st store.AlertStore) (DeliveryStats, error) {
	var stats DeliveryStats
	due, err := st.DueAlerts(ctx, w.now(), 100)
	if err != nil {
		return stats, err
	}
	max := w.MaxAttempts
	if max <= 0 {
		max = 5
	}
	for _, ev := range due {
		if err := ctx.Err(); err != nil {
			return stats, err
		}
		perr := w.post(ctx, ev)
		if perr == nil {
			if err := st.AlertDelivered(ctx, ev.ID, w.now()); err != nil {
				return stats, err
			}
			stats.Sent++
			continue
		}
		if ctx.Err() != nil {
			return stats, ctx.Err()
		}
		attempts := ev.Attempts + 1
		dead := attempts >= max
		if err := st.AlertFailed(ctx, ev.ID, perr.Error(), w.now().Add(w.backoff(attempts)), dead); err != nil {
			return stats, err
		}
		if dead {
			stats.Dead++
			if w.Log != nil {
				w.Log.Warn("alert moved to the dead-letter list", "alert", ev.Key, "attempts", attempts, "error", perr)
			}
		} else {
			stats.Failed++
		}
	}
	return stats, nil
}

func (w *Webhook) post(ctx context.Context, ev store.AlertEvent) error {
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
