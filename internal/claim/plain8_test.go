package claim

import (
	"encoding/binary"
	"testing"
)

// plainBytesByByte is plainBytes8 read byte by byte.
func plainBytesByByte(b []byte) int {
	for k, c := range b {
		if c <= ' ' || c >= 0x80 {
			return k
		}
	}
	return len(b)
}

func checkPlain8(t *testing.T, b []byte) {
	t.Helper()
	x := binary.LittleEndian.Uint64(b)
	k := plainBytesByByte(b)
	if got := plainBytes8(x); got != k {
		t.Fatalf("plainBytes8(%q) = %d, byte by byte %d", b, got, k)
	}
	var low [8]byte
	binary.LittleEndian.PutUint64(low[:], lower8(x))
	for j := 0; j < k; j++ {
		if want := asciiFold[b[j]]; low[j] != want {
			t.Fatalf("lower8(%q) byte %d = %q, the fold %q", b, j, low[j], want)
		}
	}
}

// TestPlain8EveryByte: every byte at every place of eight, among plain
// bytes, upper-case letters and the bytes that stop a run.
func TestPlain8EveryByte(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', '!', 0x7f, ' ', 0xff} {
		for j := 0; j < 8; j++ {
			for c := 0; c < 256; c++ {
				b := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				b[j] = byte(c)
				checkPlain8(t, b)
			}
		}
	}
}

func FuzzPlain8(f *testing.F) {
	f.Add(uint64(0x2041424344454647))
	f.Add(uint64(0x8081202122235a5b))
	f.Fuzz(func(t *testing.T, x uint64) {
		var b [8]byte
		binary.LittleEndian.PutUint64(b[:], x)
		checkPlain8(t, b[:])
	})
}
