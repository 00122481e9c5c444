package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

// record builds one WARC record around block.
func record(typ, uri, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\nWARC-Target-URI: %s\r\n"+
		"WARC-Date: 2024-03-05T10:11:12Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
		typ, len(block), uri, contentType, len(block), block)
}

func httpResponse(status int, headers, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\n%sContent-Length: %d\r\n\r\n%s", status, headers, len(body), body)
}

func gz(s string) string {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.String()
}

func readAll(t *testing.T, data string) ([]*Record, error) {
	t.Helper()
	r, err := NewReader(strings.NewReader(data), Options{})
	if err != nil {
		return nil, err
	}
	var out []*Record
	for {
		rec, err := r.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}

func TestReadRecords(t *testing.T) {
	page := "<html><head><title>Port of Rajin</title></head><body><p>Ships.</p></body></html>"
	chunked := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" +
		fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", len(page), page)
	gzipped := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n\r\n%s", len(gz(page)), gz(page))
	records := []string{
		record("warcinfo", "", "application/warc-fields", "software: test\r\n"),
		record("request", "http://a.example/1", "application/http; msgtype=request", "GET /1 HTTP/1.1\r\nHost: a.example\r\n\r\n"),
		record("response", "http://a.example/1", "application/http; msgtype=response", httpResponse(200, "Content-Type: text/html\r\n", page)),
		record("response", "<http://a.example/2>", "application/http; msgtype=response", chunked),
		record("response", "http://a.example/3", "application/http; msgtype=response", gzipped),
		record("response", "http://a.example/4", "application/http; msgtype=response", httpResponse(404, "Content-Type: text/html\r\n", "gone")),
		record("revisit", "http://a.example/1", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"),
	}
	plain := strings.Join(records, "")
	var perRecord strings.Builder
	for _, r := range records {
		perRecord.WriteString(gz(r))
	}
	for name, data := range map[string]string{"plain": plain, "whole-file gzip": gz(plain), "per-record gzip": perRecord.String()} {
		t.Run(name, func(t *testing.T) {
			recs, err := readAll(t, data)
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != len(records) {
				t.Fatalf("read %d records, want %d", len(recs), len(records))
			}
			var html []string
			for _, r := range recs {
				if r.IsHTML() {
					html = append(html, r.TargetURI)
					if string(r.Body) != page {
						t.Errorf("%s: body %q", r.TargetURI, r.Body)
					}
				}
			}
			if want := "http://a.example/1 http://a.example/2 http://a.example/3"; strings.Join(html, " ") != want {
				t.Errorf("HTML pages = %v, want %s", html, want)
			}
			if recs[2].Date.Format("2006-01-02") != "2024-03-05" || recs[2].HTTPStatus != 200 {
				t.Errorf("record 2: date %v status %d", recs[2].Date, recs[2].HTTPStatus)
			}
			if recs[5].IsHTML() || recs[5].HTTPStatus != 404 {
				t.Errorf("404 page taken as HTML: %+v", recs[5])
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	good := record("response", "http://a.example/1", "application/http; msgtype=response", httpResponse(200, "Content-Type: text/html\r\n", "<p>x</p>"))
	cases := []struct {
		name, data, want string
		records          int
	}{
		{"not warc", "hello world\n", "not a WARC record", 0},
		{"truncated block", good[:len(good)-30], "unexpected EOF", 0},
		{"truncated second record", good + good[:60], "record 1", 1},
		{"bad length", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n", "bad Content-Length", 0},
		{"truncated gzip", gz(good)[:40], "unexpected EOF", 0},
		{"oversized", strings.Replace(good, "Content-Length: ", "Content-Length: 99999999999", 1), "limit", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			recs, err := readAll(t, c.data)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("err = %v, want it to mention %q", err, c.want)
			}
			if len(recs) != c.records {
				t.Errorf("read %d records before the error, want %d", len(recs), c.records)
			}
		})
	}
	if recs, err := readAll(t, ""); err != nil || len(recs) != 0 {
		t.Errorf("empty input: %v, %d records", err, len(recs))
	}
}

func FuzzReader(f *testing.F) {
	f.Add([]byte(record("response", "http://x/", "application/http; msgtype=response", httpResponse(200, "Content-Type: text/html\r\n", "<p>hi</p>"))))
	f.Add([]byte(gz(record("resource", "http://x/", "text/html", "<p>hi</p>"))))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 3\r\n\r\nabc"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), Options{MaxRecordBytes: 1 << 20})
		if err != nil {
			return
		}
		for i := 0; i < 1000; i++ {
			rec, err := r.Next()
			if err != nil {
				return
			}
			if int64(len(rec.Body)) > 1<<20 {
				t.Fatalf("body of %d bytes over the limit", len(rec.Body))
			}
		}
	})
}

func BenchmarkReader(b *testing.B) {
	page := strings.Repeat("<p>North Korean workers arrived in Vladivostok.</p>", 200)
	var data strings.Builder
	for i := 0; i < 100; i++ {
		data.WriteString(gz(record("response", fmt.Sprintf("http://a.example/%d", i), "application/http; msgtype=response",
			httpResponse(200, "Content-Type: text/html\r\n", page))))
	}
	in := data.String()
	b.SetBytes(int64(len(in)))
	for b.Loop() {
		r, _ := NewReader(strings.NewReader(in), Options{})
		for {
			if _, err := r.Next(); err != nil {
				break
			}
		}
	}
}
