//go:build !linux

package gctune

// PhysicalMemory returns 0 where dossier does not read the machine's
// memory: no memory limit is set there.
func PhysicalMemory() uint64 { return 0 }
