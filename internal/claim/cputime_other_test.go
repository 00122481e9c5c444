//go:build !unix

package claim

import "time"

// cpuTime is unknown here: benchmarks report no cpu-ns/op.
func cpuTime() time.Duration { return 0 }
