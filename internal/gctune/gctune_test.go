package gctune

import (
	"math"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestTune(t *testing.T) {
	oldPercent := debug.SetGCPercent(100)
	oldLimit := debug.SetMemoryLimit(math.MaxInt64)
	t.Cleanup(func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	})

	t.Run("defaults", func(t *testing.T) {
		t.Setenv("GOGC", "")
		t.Setenv("GOMEMLIMIT", "")
		os.Unsetenv("GOGC")
		os.Unsetenv("GOMEMLIMIT")
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		Tune()
		if got := percent(); got != firstPercent {
			t.Errorf("GC percent before a collection = %d, want %d", got, firstPercent)
		}
		for i := 0; i < 100 && percent() != Percent; i++ {
			runtime.GC() // swept when it returns: the finalizer is queued
			runtime.Gosched()
		}
		if got := percent(); got != Percent {
			t.Errorf("GC percent after a collection = %d, want %d", got, Percent)
		}
		limit := debug.SetMemoryLimit(math.MaxInt64)
		if runtime.GOOS == "linux" {
			total := PhysicalMemory()
			if total == 0 {
				t.Fatal("PhysicalMemory() = 0 on linux")
			}
			if limit != int64(total/4) {
				t.Errorf("memory limit = %d, want a quarter of %d", limit, total)
			}
		}
	})

	t.Run("environment wins", func(t *testing.T) {
		t.Setenv("GOGC", "123")
		t.Setenv("GOMEMLIMIT", "1GiB")
		debug.SetGCPercent(123)
		debug.SetMemoryLimit(1 << 30)
		Tune()
		if got := debug.SetGCPercent(100); got != 123 {
			t.Errorf("GC percent = %d with GOGC=123 set, want 123", got)
		}
		if got := debug.SetMemoryLimit(math.MaxInt64); got != 1<<30 {
			t.Errorf("memory limit = %d with GOMEMLIMIT set, want %d", got, 1<<30)
		}
	})
}

// percent is the collector's target.
func percent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestInitSetsPercent: a test binary's init leaves the collector at Go's
// defaults (the target 100, no memory limit) unless TestsEnv or GOGC is
// set; with TestsEnv set it tunes it as the command's does (a child run of
// this test binary reports its target).
func TestInitSetsPercent(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT set in the environment")
	}
	if os.Getenv(TestsEnv) != "" {
		if got := percent(); got != firstPercent && got != Percent {
			t.Errorf("GC percent after init with %s set = %d, want %d or %d", TestsEnv, got, firstPercent, Percent)
		}
		return // the child run below
	}
	if got := percent(); got != 100 {
		t.Errorf("GC percent after a test binary's init = %d, want Go's default 100", got)
	}
	if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
		t.Errorf("memory limit after a test binary's init = %d, want none", limit)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestInitSetsPercent$", "-test.v")
	cmd.Env = append(os.Environ(), TestsEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child run with %s set: %v\n%s", TestsEnv, err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestInitSetsPercent") {
		t.Fatalf("child run with %s set did not pass TestInitSetsPercent:\n%s", TestsEnv, out)
	}
}

// TestSettle: settle moves the target from firstPercent to Percent, and
// leaves any other target as it is.
func TestSettle(t *testing.T) {
	old := debug.SetGCPercent(firstPercent)
	t.Cleanup(func() { debug.SetGCPercent(old) })
	settle()
	if got := percent(); got != Percent {
		t.Errorf("after settle from %d: %d, want %d", firstPercent, got, Percent)
	}
	debug.SetGCPercent(123)
	settle()
	if got := percent(); got != 123 {
		t.Errorf("after settle from 123: %d, want 123 kept", got)
	}
}

// TestFirstGoal: firstPercent gives the runtime's first goal (4 MB times
// GOGC/100) of firstGoal, above Percent's.
func TestFirstGoal(t *testing.T) {
	if got := (4 << 20) * firstPercent / 100; got != firstGoal {
		t.Errorf("first goal at GOGC=%d is %d bytes, want %d", firstPercent, got, firstGoal)
	}
	if firstPercent <= Percent {
		t.Errorf("firstPercent %d not above Percent %d", firstPercent, Percent)
	}
}
