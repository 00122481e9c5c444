//go:build unix

package copies

import (
	"fmt"
	"syscall"
)

// mapMemory maps n bytes of zeroed anonymous memory, rounded up to pages.
func mapMemory(n int) []byte {
	page := syscall.Getpagesize()
	size := (n + page - 1) / page * page
	b, err := syscall.Mmap(-1, 0, size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		panic(fmt.Sprintf("copies: map %d bytes for the index: %v", size, err))
	}
	return b
}

func unmapMemory(b []byte) {
	if err := syscall.Munmap(b[:cap(b)]); err != nil {
		panic(fmt.Sprintf("copies: unmap %d bytes: %v", cap(b), err))
	}
}
