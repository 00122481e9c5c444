package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/gctune"
)

// initTrace returns the trace lines of a child run of this test binary,
// which links every package dossier does and runs no test, under
// GODEBUG=inittrace=1,gctrace=1: each package init ("init PKG @T ms, T ms
// clock, N bytes, N allocs") and each collection ("gc N ..."), in order.
// The environment's GOGC is replaced by gogc ("" for none).
func initTrace(t *testing.T, gogc string) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOGC=") && !strings.HasPrefix(kv, "GODEBUG=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	cmd.Env = append(cmd.Env, "GODEBUG=inittrace=1,gctrace=1")
	cmd.Env = append(cmd.Env, gctune.TestsEnv+"=1") // tuned as the command is
	if gogc != "" {
		cmd.Env = append(cmd.Env, "GOGC="+gogc)
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child run: %v\n%s", err, out)
	}
	var lines []string
	for line := range strings.Lines(string(out)) {
		if strings.HasPrefix(line, "gc ") || strings.HasPrefix(line, "init ") {
			lines = append(lines, line)
		}
	}
	return lines
}

// initBytes reads an init trace line's package and bytes allocated.
func initBytes(line string) (pkg string, bytes int, ok bool) {
	f := strings.Fields(line)
	if len(f) < 9 || f[0] != "init" || f[8] != "bytes," {
		return "", 0, false
	}
	n, err := strconv.Atoi(f[7])
	return f[1], n, err == nil
}

// TestGCTunedBeforeTables: gctune's init, which sets the collector's
// target, runs before any of dossier's packages that allocate 64 KB or more
// in their inits (they import internal/lexicon, which imports gctune), and
// the inits make no collection. At GOGC=10 in the environment (gctune
// leaves it; the first goal is then 0.4 MB) the same inits collect, which
// shows the child's trace is read.
func TestGCTunedBeforeTables(t *testing.T) {
	if testing.Short() {
		t.Skip("runs two child processes")
	}
	collections := func(lines []string) (n int) {
		for _, l := range lines {
			if strings.HasPrefix(l, "gc ") {
				n++
			}
		}
		return n
	}
	if n := collections(initTrace(t, "10")); n == 0 {
		t.Fatal("at GOGC=10 the child printed no collection: its trace is not read")
	}
	const self = "github.com/dossier-osint/dossier/internal/gctune"
	lines := initTrace(t, "")
	tuned, heavy := false, 0
	for _, l := range lines {
		pkg, n, ok := initBytes(l)
		switch {
		case !ok:
		case pkg == self:
			tuned = true
		case strings.HasPrefix(pkg, "github.com/dossier-osint/dossier/") && n >= 64<<10:
			heavy++
			if !tuned {
				t.Errorf("%s allocated %d bytes in its init before gctune's init", pkg, n)
			}
		}
	}
	if !tuned || heavy == 0 {
		t.Fatalf("trace read wrong: gctune's init seen %v, %d heavy inits:\n%s", tuned, heavy, strings.Join(lines, ""))
	}
	if n := collections(lines); n > 0 {
		t.Errorf("the inits made %d collections, want none", n)
	}
}
