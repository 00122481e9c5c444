// Package gentest checks a Go file that a test writes for go generate
// (`//go:generate go test -run TestX -update .`): the file in the
// repository must be what the test makes from its sources now, so a stale
// file fails the test.
package gentest

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

// update is the -update flag of every test binary that imports gentest.
var update = flag.Bool("update", false, "rewrite the files made by go generate")

// Current checks that file holds src, the file as the test makes it now;
// regen is the command that rewrites it, for the failure message. With
// -update it writes src to file instead and reports false: the running
// binary was built from the old file, so the caller checks no more.
func Current(t *testing.T, file string, src []byte, regen string) bool {
	t.Helper()
	if *update {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
		return false
	}
	on, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(on, src) {
		t.Fatalf("%s is stale: run %s", file, regen)
	}
	return true
}
