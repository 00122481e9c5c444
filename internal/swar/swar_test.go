package swar

import (
	"encoding/binary"
	"testing"
)

// TestLoad64 compares Load64 with encoding/binary on strings and byte
// slices, at every offset of a text with bytes of every value.
func TestLoad64(t *testing.T) {
	b := make([]byte, 300)
	for i := range b {
		b[i] = byte(i*37 + 11)
	}
	s := string(b)
	for i := 0; i+8 <= len(b); i++ {
		want := binary.LittleEndian.Uint64(b[i:])
		if got := Load64(b, i); got != want {
			t.Fatalf("bytes at %d: %#x, want %#x", i, got, want)
		}
		if got := Load64(s, i); got != want {
			t.Fatalf("string at %d: %#x, want %#x", i, got, want)
		}
	}
	if Ones*'a' != 0x6161616161616161 || Highs != Ones<<7 {
		t.Errorf("masks: %#x %#x", uint64(Ones*'a'), uint64(Highs))
	}
}

// TestLoad64Short: fewer than eight bytes from i is an index error, as
// the slice would be.
func TestLoad64Short(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Load64 of seven bytes from 4 did not panic")
		}
	}()
	Load64("seven bytes", 4)
}

func FuzzLoad64(f *testing.F) {
	f.Add([]byte("eight by"))
	f.Add([]byte("\xff\x00\x80 longer than eight"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if len(b) < 8 {
			return
		}
		want := binary.LittleEndian.Uint64(b)
		if got := Load64(string(b), 0); got != want {
			t.Fatalf("%q: %#x, want %#x", b, got, want)
		}
	})
}
