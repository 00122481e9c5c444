package gctune

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
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
		if got := debug.SetGCPercent(100); got != Percent {
			t.Errorf("GC percent = %d, want %d", got, Percent)
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

// TestInitSetsPercent: the package's init has set Percent by the time a
// test runs (unless the environment's GOGC is set).
func TestInitSetsPercent(t *testing.T) {
	if os.Getenv("GOGC") != "" {
		t.Skip("GOGC set in the environment")
	}
	got := debug.SetGCPercent(Percent)
	if got != Percent {
		t.Errorf("GC percent after init = %d, want %d", got, Percent)
	}
}
