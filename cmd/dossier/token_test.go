package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestTokenNeedsName: a token is made for someone, so the audit log can
// say who reviewed; without --name the command refuses.
func TestTokenNeedsName(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, _, stderr := runCLI(t, "", "token", "create", "--role", "reviewer", "--db", db)
	if code == 0 || !strings.Contains(stderr, "--name") {
		t.Errorf("without --name: exit %d, %q", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "", "token", "create", "--role", "reviewer", "--name", "Ana Analyst", "--db", db)
	if code != 0 || !strings.HasPrefix(strings.TrimSpace(stdout), "dsr_") || !strings.Contains(stderr, "Ana Analyst") {
		t.Errorf("with --name: exit %d, %q, %q", code, stdout, stderr)
	}
	_, stdout, _ = runCLI(t, "", "token", "list", "--db", db)
	if !strings.Contains(stdout, "Ana Analyst") {
		t.Errorf("list: %q", stdout)
	}
}
