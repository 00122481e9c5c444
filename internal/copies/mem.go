package copies

import (
	"sync"
	"unsafe"
)

// The index keeps what it holds per article (signatures, LSH buckets,
// per-article fields) in large pointer-free blocks that it maps itself
// (mem_unix.go; plain Go slices elsewhere) rather than in the Go heap. The
// garbage collector sizes the heap at about twice the live heap, so a
// million signatures of 1.2 GB in the heap would take 2.4 GB of memory;
// outside it they take what they are. The blocks are freed when the Index
// is no longer reachable (runtime.AddCleanup), or by Index.Close.

// blockSize is the size of the blocks small allocations are cut from.
const blockSize = 4 << 20

// mem allocates pointer-free memory outside the Go heap. It is not safe
// for concurrent use, except release, which may run once from a cleanup.
type mem struct {
	mu     sync.Mutex
	blocks [][]byte // mapped blocks, small allocations and large ones
	cur    []byte   // free tail of the current block
	bytes  int64    // bytes mapped
}

// alloc returns n zeroed bytes aligned to 8.
func (m *mem) alloc(n int) []byte {
	if n == 0 {
		return nil
	}
	n = (n + 7) &^ 7
	if n > blockSize/4 {
		b := m.mapBlock(n)
		return b[:n:n]
	}
	if len(m.cur) < n {
		m.cur = m.mapBlock(blockSize)
	}
	b := m.cur[:n:n]
	m.cur = m.cur[n:]
	return b
}

func (m *mem) mapBlock(n int) []byte {
	b := mapMemory(n)
	m.mu.Lock()
	m.blocks = append(m.blocks, b)
	m.bytes += int64(len(b))
	m.mu.Unlock()
	return b
}

// free returns a large allocation (more than blockSize/4) to the system.
func (m *mem) free(b []byte) {
	if cap(b) <= blockSize/4 {
		return // part of a block: freed with the index
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for i, x := range m.blocks {
		if unsafe.SliceData(x) == unsafe.SliceData(b) {
			m.bytes -= int64(len(x))
			unmapMemory(x)
			m.blocks = append(m.blocks[:i], m.blocks[i+1:]...)
			return
		}
	}
}

// release unmaps every block.
func (m *mem) release() {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, b := range m.blocks {
		unmapMemory(b)
	}
	m.blocks, m.cur, m.bytes = nil, nil, 0
}

// view returns b as a slice of n values of T (a type without pointers).
func view[T any](b []byte, n int) []T {
	if n == 0 {
		return nil
	}
	var z T
	if len(b) < n*int(unsafe.Sizeof(z)) {
		panic("copies: view beyond its block")
	}
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// allocOf returns n zeroed values of T (a type without pointers).
func allocOf[T any](m *mem, n int) []T {
	var z T
	return view[T](m.alloc(n*int(unsafe.Sizeof(z))), n)
}

// column is a growable array of T (a type without pointers) in chunks of
// colChunk values, so that growing it never copies.
type column[T any] struct {
	chunks [][]T
	n      int
}

const colShift = 16
const colChunk = 1 << colShift

func (c *column[T]) push(m *mem, v T) {
	if c.n>>colShift == len(c.chunks) {
		c.chunks = append(c.chunks, allocOf[T](m, colChunk))
	}
	c.chunks[c.n>>colShift][c.n&(colChunk-1)] = v
	c.n++
}

func (c *column[T]) at(i int32) *T { return &c.chunks[i>>colShift][i&(colChunk-1)] }
