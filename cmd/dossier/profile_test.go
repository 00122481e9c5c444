package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestMemProfile: with DOSSIER_MEMPROFILE set the command runs as without
// it and a gzipped pprof profile of its allocations is written, naming the
// pipeline's functions.
func TestMemProfile(t *testing.T) {
	defer func(rate int) { runtime.MemProfileRate = rate }(runtime.MemProfileRate)
	path := filepath.Join(t.TempDir(), "mem.prof")
	t.Setenv("DOSSIER_MEMPROFILE", path)
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader("Workers arrive\n\nAbout 300 workers arrived in Tomsk in May 2024, the border service said.\n"), stdout: &out, stderr: &errb}
	if code := runMemProfiled(context.Background(), e, []string{"extract", "-"}); code != 0 || !strings.Contains(out.String(), `"claims":`) {
		t.Fatalf("extract with a memory profile: exit %d, %s %s", code, out.String(), errb.String())
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("the profile is not gzipped: %v", err)
	}
	raw, err := io.ReadAll(z)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte("internal/pipeline.")) {
		t.Errorf("the profile (%d bytes) names no pipeline function", len(raw))
	}
}

// TestNoMemProfileNoSampling: without DOSSIER_MEMPROFILE the command
// samples no allocations (nothing reads them).
func TestNoMemProfileNoSampling(t *testing.T) {
	defer func(rate int) { runtime.MemProfileRate = rate }(runtime.MemProfileRate)
	t.Setenv("DOSSIER_MEMPROFILE", "")
	runtime.MemProfileRate = 512 << 10
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader("About 300 workers arrived in Tomsk in May 2024.\n"), stdout: &out, stderr: &errb}
	if code := runMemProfiled(context.Background(), e, []string{"extract", "-"}); code != 0 {
		t.Fatalf("extract: exit %d, %s", code, errb.String())
	}
	if runtime.MemProfileRate != 0 {
		t.Errorf("MemProfileRate = %d after a run without DOSSIER_MEMPROFILE, want 0", runtime.MemProfileRate)
	}
}
