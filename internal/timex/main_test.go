package timex

import (
	"os"
	"testing"
)

// TestMain builds the tables first, as findIn does, for the tests that
// read them without a Find.
func TestMain(m *testing.M) {
	tablesOnce.Do(buildTables)
	os.Exit(m.Run())
}
