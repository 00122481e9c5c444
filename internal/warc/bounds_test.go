package warc

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
)

// zeros is an endless stream of zero bytes.
type zeros struct{ n int64 }

func (z *zeros) Read(p []byte) (int, error) {
	clear(p)
	z.n += int64(len(p))
	return len(p), nil
}

// endlessGzip returns a gzip stream of endless zeros, compressed as it is
// read (a 10 GiB-of-zeros .warc.gz without the 10 MB file), and a stop
// function.
func endlessGzip() (io.Reader, func()) {
	pr, pw := io.Pipe()
	go func() {
		zw, _ := gzip.NewWriterLevel(pw, gzip.BestSpeed)
		buf := make([]byte, 64<<10)
		for {
			if _, err := zw.Write(buf); err != nil {
				return
			}
		}
	}()
	return pr, func() { pr.Close() }
}

// allocated runs fn and returns the bytes it allocated.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestEndlessZerosAreRefused: a stream with no line end is refused after
// the header budget, having read and held only about that much.
func TestEndlessZerosAreRefused(t *testing.T) {
	t.Run("plain", func(t *testing.T) {
		z := &zeros{}
		var err error
		n := allocated(func() {
			r, _ := NewReader(z, Options{})
			_, err = r.Next()
		})
		if err == nil || !errors.Is(err, ErrLineTooLong) || !strings.Contains(err.Error(), "not a WARC record") {
			t.Errorf("err = %v", err)
		}
		if z.n > 2<<20 || n > 8<<20 {
			t.Errorf("read %d bytes and allocated %d for a refusal", z.n, n)
		}
	})
	t.Run("gzip", func(t *testing.T) {
		src, stop := endlessGzip()
		defer stop()
		var err error
		n := allocated(func() {
			r, e := NewReader(src, Options{})
			if e != nil {
				err = e
				return
			}
			_, err = r.Next()
		})
		if !errors.Is(err, ErrLineTooLong) {
			t.Errorf("err = %v", err)
		}
		if n > 16<<20 {
			t.Errorf("allocated %d bytes for a refusal", n)
		}
	})
}

// TestHeaderBounds: one long header line, many header lines, or a flood
// of blank lines between records are refused within the header budget.
func TestHeaderBounds(t *testing.T) {
	good := record("resource", "http://a.example/", "text/html", "<p>x</p>")
	long := "WARC/1.0\r\nX-Long: " + strings.Repeat("a", 2<<20) + "\r\nContent-Length: 0\r\n\r\n"
	many := "WARC/1.0\r\n" + strings.Repeat("X-Field: value\r\n", 100000) + "Content-Length: 0\r\n\r\n"
	blank := good + strings.Repeat("\r\n", 1<<20) + good
	for name, data := range map[string]string{"long line": long, "many lines": many, "blank lines": blank} {
		t.Run(name, func(t *testing.T) {
			_, err := readAll(t, data)
			if !errors.Is(err, ErrLineTooLong) {
				t.Errorf("err = %v, want ErrLineTooLong", err)
			}
		})
	}
	folded := "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: http://a.example/\r\n  x\r\nContent-Type: text/html\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n"
	recs, err := readAll(t, folded)
	if err != nil || len(recs) != 1 || recs[0].TargetURI != "http://a.example/ x" {
		t.Errorf("folded header: %v %+v", err, recs)
	}
}

// TestClaimedLengthNotAllocated: a header claiming a large block in a
// short file costs what the file holds, not what the header claims.
func TestClaimedLengthNotAllocated(t *testing.T) {
	data := "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 60000000\r\n\r\nshort"
	var err error
	n := allocated(func() { _, err = readAll(t, data) })
	if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("err = %v", err)
	}
	if n > 8<<20 {
		t.Errorf("allocated %d bytes for a 5-byte block", n)
	}
}

// TestPayloadErrorSkipsOneRecord: a record whose HTTP payload cannot be
// decoded is reported as a *RecordError naming it, and the records after
// it are still read.
func TestPayloadErrorSkipsOneRecord(t *testing.T) {
	page := "<p>Ships in the port.</p>"
	ok := func(i int) string {
		return record("response", fmt.Sprintf("http://a.example/%d", i), "application/http; msgtype=response", httpResponse(200, "Content-Type: text/html\r\n", page))
	}
	badGzip := record("response", "http://a.example/bad", "application/http; msgtype=response",
		httpResponse(200, "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", "this is not gzip"))
	notHTTP := record("response", "http://a.example/nothttp", "application/http; msgtype=response", "garbage, not an HTTP response")
	data := ok(0) + badGzip + ok(1) + notHTTP + ok(2)
	for name, in := range map[string]string{"plain": data, "gzip": gz(data)} {
		t.Run(name, func(t *testing.T) {
			r, err := NewReader(strings.NewReader(in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for {
				rec, err := r.Next()
				if errors.Is(err, io.EOF) {
					break
				}
				var re *RecordError
				if errors.As(err, &re) {
					got = append(got, fmt.Sprintf("error %d %s", re.Offset, re.TargetURI))
					if !strings.Contains(err.Error(), re.TargetURI) {
						t.Errorf("error %q does not name the record", err)
					}
					continue
				}
				if err != nil {
					t.Fatalf("after %v: %v", got, err)
				}
				got = append(got, rec.TargetURI)
			}
			want := "http://a.example/0|error 1 http://a.example/bad|http://a.example/1|error 3 http://a.example/nothttp|http://a.example/2"
			if strings.Join(got, "|") != want {
				t.Errorf("read %v\nwant %s", got, want)
			}
		})
	}
}
