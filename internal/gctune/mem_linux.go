package gctune

import "syscall"

// PhysicalMemory returns the machine's memory in bytes, or 0 when it cannot
// be read.
func PhysicalMemory() uint64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0
	}
	return uint64(si.Totalram) * uint64(si.Unit)
}
