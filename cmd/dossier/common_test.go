package main

import (
	"flag"
	"strings"
	"testing"
)

// TestWebhookFlags checks the webhook flags watch and worker share: no hook
// without --webhook, a refusal without a secret, the secret from the
// environment when the flag is empty, the flag's secret first.
func TestWebhookFlags(t *testing.T) {
	cases := []struct {
		name       string
		args       []string
		env        string
		wantHook   bool
		wantSecret string
		wantErr    string
		attempts   int
	}{
		{name: "none", args: nil, env: "from-env", attempts: 0},
		{name: "no secret", args: []string{"--webhook", "http://127.0.0.1:1/h"}, wantErr: "needs a secret"},
		{name: "env secret", args: []string{"--webhook", "http://127.0.0.1:1/h"}, env: "from-env", wantHook: true, wantSecret: "from-env"},
		{name: "flag first", args: []string{"--webhook", "http://127.0.0.1:1/h", "--webhook-secret", "flag", "--webhook-attempts", "7"}, env: "from-env", wantHook: true, wantSecret: "flag", attempts: 7},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("DOSSIER_WEBHOOK_SECRET", c.env)
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			o := webhookFlags(fs)
			if err := fs.Parse(c.args); err != nil {
				t.Fatal(err)
			}
			h, err := o.hook()
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err %v, want %q", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (h != nil) != c.wantHook {
				t.Fatalf("hook %v, want one: %v", h, c.wantHook)
			}
			if h != nil && string(h.Secret) != c.wantSecret {
				t.Errorf("secret %q, want %q", h.Secret, c.wantSecret)
			}
			if c.attempts != 0 && *o.attempts != c.attempts {
				t.Errorf("attempts %d, want %d", *o.attempts, c.attempts)
			}
		})
	}
}
