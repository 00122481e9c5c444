//go:build unix

package claim

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used (user and system), which
// a shared machine inflates far less than the wall time of a benchmark.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
