package timex

import (
	"fmt"
	"os"
	"testing"
)

func TestDumpSeeds(t *testing.T) {
	f := os.Getenv("TIMEX_DUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	for _, tm := range Find(string(b), Ref{Published: os.Getenv("TIMEX_REF")}) {
		fmt.Printf("%q %s %s %s mod=%s dur=%s rule=%s anchor=%s\n", tm.Text, tm.Type, tm.Value, tm.Granularity, tm.Mod, tm.Duration, tm.Rule, tm.Anchor)
	}
}
