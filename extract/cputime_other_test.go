//go:build !unix

package extract

import "time"

// cpuTime is not measured here: the benchmarks report no cpu-MB/s.
func cpuTime() time.Duration { return 0 }
