//go:build !linux

package main

// physicalMemory returns 0 where dossier does not read the machine's
// memory: no memory limit is set there.
func physicalMemory() uint64 { return 0 }
