package ingest

import (
	"bytes"
	"strings"
	"testing"
	"testing/iotest"
)

// readAllSized must read the whole input whatever size was listed: the
// file may have grown or shrunk since, and reads may come in small pieces.
func TestReadAllSizedReadsWhateverTheListedSize(t *testing.T) {
	data := []byte(strings.Repeat("0123456789", 100))
	for _, size := range []int64{-1, 0, 1, 999, 1000, 1001, 5000} {
		got, err := readAllSized(iotest.OneByteReader(bytes.NewReader(data)), size, 1<<20)
		if err != nil || !bytes.Equal(got, data) {
			t.Errorf("size %d: read %d bytes, err %v; want %d bytes", size, len(got), err, len(data))
		}
	}
}

func TestReadAllSizedStopsOneByteOverTheLimit(t *testing.T) {
	data := bytes.Repeat([]byte("x"), 100)
	for _, size := range []int64{-1, 10, 100} {
		got, err := readAllSized(bytes.NewReader(data), size, 10)
		if err != nil || len(got) != 11 {
			t.Errorf("size %d: read %d bytes, err %v; want 11 (limit 10, one over)", size, len(got), err)
		}
	}
}

func TestReadAllSizedPassesReadErrors(t *testing.T) {
	r := iotest.TimeoutReader(bytes.NewReader([]byte("abc")))
	if _, err := readAllSized(r, 3, 100); err == nil {
		// TimeoutReader fails its second read: the first fills the buffer
		t.Error("a failing reader gave no error")
	}
}
