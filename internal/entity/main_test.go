package entity

import (
	"os"
	"testing"
)

// TestMain loads the built-in lists first: the package's own tests call
// functions that read them without going through an exported one.
func TestMain(m *testing.M) {
	load()
	os.Exit(m.Run())
}
