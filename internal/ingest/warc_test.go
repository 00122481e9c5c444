package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// warcRecord renders one WARC record; block is the record body.
func warcRecord(typ, uri, date, contentType, block string) string {
	return fmt.Sprintf("WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%x>\r\nWARC-Target-URI: %s\r\nWARC-Date: %s\r\n"+
		"Content-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n", typ, len(block)*31+len(uri), uri, date, contentType, len(block), block)
}

func httpResponse(status int, ctype, body string) string {
	return fmt.Sprintf("HTTP/1.1 %d X\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", status, ctype, len(body), body)
}

func articlePage(title, date string, paras ...string) string {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>")
	if date != "" {
		b.WriteString(`<meta property="article:published_time" content="` + date + `">`)
	}
	b.WriteString("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>")
	for _, p := range paras {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString("</article><footer>Contact us</footer></body></html>")
	return b.String()
}

// gzipMembers compresses each record as its own gzip member, as crawlers do.
func gzipMembers(t testing.TB, records ...string) []byte {
	var out bytes.Buffer
	for _, r := range records {
		zw := gzip.NewWriter(&out)
		zw.Write([]byte(r))
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return out.Bytes()
}

var warcParas = []string{
	"Officials at the eastern port said that a second group of about 300 contract builders arrived on the weekly ferry, according to a statement published on Monday.",
	"The regional labour office declined to say how many permits it had issued this year, but a spokesman confirmed that the quota had been raised twice.",
	"Researchers who track the arrivals said the numbers had grown steadily since the spring, and that most of the builders were sent to housing projects.",
}

func testWARC(t testing.TB) []byte {
	return gzipMembers(t,
		warcRecord("warcinfo", "", "2024-03-01T00:00:00Z", "application/warc-fields", "software: hand-made test\r\n"),
		warcRecord("request", "https://news.example.org/a", "2024-03-01T10:00:00Z", "application/http; msgtype=request",
			"GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n"),
		warcRecord("response", "https://news.example.org/a", "2024-03-01T10:00:01Z", "application/http; msgtype=response",
			httpResponse(200, "text/html; charset=utf-8", articlePage("Builders arrive at the port", "2024-02-27", warcParas...))),
		warcRecord("response", "https://news.example.org/b", "2024-03-02T11:30:00Z", "application/http; msgtype=response",
			httpResponse(200, "text/html", articlePage("Quota raised again", "", warcParas[1], warcParas[2], warcParas[0]))),
		warcRecord("response", "https://news.example.org/missing", "2024-03-02T11:31:00Z", "application/http; msgtype=response",
			httpResponse(404, "text/html", "<html><body><p>Not found</p></body></html>")),
		warcRecord("response", "https://news.example.org/logo.png", "2024-03-02T11:32:00Z", "application/http; msgtype=response",
			httpResponse(200, "image/png", "\x89PNG....")),
	)
}

func TestWARCWalk(t *testing.T) {
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	if err := os.WriteFile(path, testWARC(t), 0o644); err != nil {
		t.Fatal(err)
	}
	var docs []Document
	var errs []error
	err := Walk(context.Background(), []string{filepath.Dir(path)}, nil, Options{}, func(d Document, err error) error {
		if err != nil {
			errs = append(errs, err)
		} else {
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil || len(errs) > 0 {
		t.Fatalf("Walk: %v %v", err, errs)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want the 2 HTML 200 responses: %+v", len(docs), docs)
	}
	for i, want := range []struct{ url, published, title string }{
		{"https://news.example.org/a", "2024-02-27", "Builders arrive at the port"},
		{"https://news.example.org/b", "2024-03-02", "Quota raised again"}, // no date in the page: the WARC-Date
	} {
		d := docs[i]
		if d.URL != want.url || d.Published != want.published || d.Title != want.title || d.Format != FormatWARC {
			t.Errorf("doc %d: url %q published %q title %q format %q; want %+v", i, d.URL, d.Published, d.Title, d.Format, want)
		}
		if !strings.HasPrefix(d.Source, path+"#") {
			t.Errorf("doc %d source %q does not name the file and record", i, d.Source)
		}
		if !strings.Contains(d.Text, "quota had been raised twice") {
			t.Errorf("doc %d text lacks the body: %q", i, d.Text)
		}
	}
}

func TestWARCParseInMemory(t *testing.T) {
	docs, err := Parse("crawl.warc.gz", testWARC(t), Options{})
	if err != nil || len(docs) != 2 {
		t.Fatalf("Parse = %d docs, %v", len(docs), err)
	}
	plain := warcRecord("response", "https://news.example.org/c", "2024-04-01T00:00:00Z", "application/http; msgtype=response",
		httpResponse(200, "text/html", articlePage("Plain file", "", warcParas...)))
	docs, err = Parse("one.warc", []byte(plain), Options{})
	if err != nil || len(docs) != 1 || docs[0].Published != "2024-04-01" {
		t.Fatalf("plain WARC: %+v, %v", docs, err)
	}
}

func TestWARCErrors(t *testing.T) {
	good := testWARC(t)
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"truncated", good[:len(good)/2], "crawl.warc.gz"},
		{"not warc", []byte("this is not a web archive\n"), "not a WARC record"},
		{"no pages", gzipMembers(t, warcRecord("warcinfo", "", "2024-03-01T00:00:00Z", "application/warc-fields", "x: y\r\n")), "no HTML response records"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "crawl.warc.gz")
			os.WriteFile(path, c.data, 0o644)
			var errs []string
			Walk(context.Background(), []string{path}, nil, Options{}, func(d Document, err error) error {
				if err != nil {
					errs = append(errs, err.Error())
				}
				return nil
			})
			if len(errs) == 0 || !strings.Contains(strings.Join(errs, "\n"), c.want) {
				t.Errorf("errors %q, want one containing %q", errs, c.want)
			}
		})
	}
}
