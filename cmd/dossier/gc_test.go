package main

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"testing"
)

func TestTuneGC(t *testing.T) {
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
		tuneGC()
		if got := debug.SetGCPercent(100); got != gcPercent {
			t.Errorf("GC percent = %d, want %d", got, gcPercent)
		}
		limit := debug.SetMemoryLimit(math.MaxInt64)
		if runtime.GOOS == "linux" {
			total := physicalMemory()
			if total == 0 {
				t.Fatal("physicalMemory() = 0 on linux")
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
		tuneGC()
		if got := debug.SetGCPercent(100); got != 123 {
			t.Errorf("GC percent = %d with GOGC=123 set, want 123", got)
		}
		if got := debug.SetMemoryLimit(math.MaxInt64); got != 1<<30 {
			t.Errorf("memory limit = %d with GOMEMLIMIT set, want %d", got, 1<<30)
		}
	})
}
