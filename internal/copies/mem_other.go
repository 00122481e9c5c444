//go:build !unix

package copies

// mapMemory allocates n zeroed bytes from the Go heap where the index does
// not map memory itself.
func mapMemory(n int) []byte { return make([]byte, n) }

func unmapMemory([]byte) {}
