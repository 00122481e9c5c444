package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFIFORefusedByName: a named pipe in a directory, or given directly,
// is refused with an error naming it, and the walk goes on; reading it
// would wait for a writer for good.
func TestFIFORefusedByName(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("First article text.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("Last article text.\n"), 0o644)
	os.Symlink(fifo, filepath.Join(dir, "d.txt"))
	done := make(chan struct{})
	var calls []call
	var err error
	go func() {
		defer close(done)
		calls, err = collect(t, context.Background(), []string{dir, fifo, filepath.Join(dir, "d.txt")}, "", Options{})
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		// unblock the reader so that the test ends, then fail
		if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
			f.Close()
		}
		t.Fatal("the walk is blocked on the FIFO")
	}
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range calls {
		got = append(got, filepath.Base(c.source)+"="+c.err)
	}
	want := []string{"a.txt=", "b.txt=", "c.txt=", "d.txt=", "b.txt=", "d.txt="} // in path order
	if len(calls) != len(want) {
		t.Fatalf("calls %q", got)
	}
	for i, c := range calls {
		if filepath.Base(c.source) != strings.TrimSuffix(want[i], "=") || (c.err == "") != (i == 0 || i == 2) {
			t.Errorf("call %d = %+v", i, c)
		}
		if i != 0 && i != 2 && (!strings.Contains(c.err, "named pipe") || !strings.Contains(c.err, c.source)) {
			t.Errorf("call %d: error %q does not name the FIFO", i, c.err)
		}
	}
	if _, err := openRegular(fifo); !errors.Is(err, ErrNotRegular) {
		t.Errorf("openRegular(fifo) = %v", err)
	}
}

// TestJSONLFailuresCountedPerLine: each bad line is its own failure,
// named by file and line; the good lines are read.
func TestJSONLFailuresCountedPerLine(t *testing.T) {
	dir := t.TempDir()
	lines := []string{`{"text":"one good line"}`, `{bad`, `[1,2]`, `{"title":"no text"}`, `not json`, `{"text":"two"} trailing`, `{"text":`, `{"text":"three good"}`}
	p := filepath.Join(dir, "f.jsonl")
	os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644)
	calls, err := collect(t, context.Background(), []string{p}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var good, bad []string
	for _, c := range calls {
		if c.err == "" {
			good = append(good, c.source)
		} else {
			bad = append(bad, c.source)
			if !strings.HasPrefix(c.err, c.source+":") {
				t.Errorf("error %q does not start with its line %s", c.err, c.source)
			}
		}
	}
	if strings.Join(good, " ") != p+":1 "+p+":8" {
		t.Errorf("good lines %v", good)
	}
	if len(bad) != 6 || bad[0] != p+":2" || bad[5] != p+":7" {
		t.Errorf("bad lines %v, want 6 (lines 2-7)", bad)
	}
}

// TestWARCPayloadErrorSkipsOneRecord: a record whose HTTP payload cannot
// be decoded fails alone, named by file and record; the pages after it
// are read.
func TestWARCPayloadErrorSkipsOneRecord(t *testing.T) {
	page := func(title string) string {
		return httpResponse(200, "text/html", articlePage(title, "2024-02-27", warcParas...))
	}
	bad := "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 8\r\n\r\nnot gzip"
	data := gzipMembers(t,
		warcRecord("response", "https://news.example.org/a", "2024-03-01T10:00:01Z", "application/http; msgtype=response", page("First page")),
		warcRecord("response", "https://news.example.org/bad", "2024-03-01T10:00:02Z", "application/http; msgtype=response", bad),
		warcRecord("response", "https://news.example.org/c", "2024-03-01T10:00:03Z", "application/http; msgtype=response", page("Third page")),
	)
	path := filepath.Join(t.TempDir(), "crawl.warc.gz")
	os.WriteFile(path, data, 0o644)
	for name, read := range map[string]func() ([]call, error){
		"walk": func() ([]call, error) { return collect(t, context.Background(), []string{path}, "", Options{}) },
		"memory": func() ([]call, error) {
			return collect(t, context.Background(), []string{"-"}, string(data), Options{})
		},
	} {
		t.Run(name, func(t *testing.T) {
			calls, err := read()
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range calls {
				s := c.source[strings.LastIndexAny(c.source, "#")+1:]
				if c.err != "" {
					s += " failed"
					if !strings.Contains(c.err, "news.example.org/bad") || !strings.Contains(c.err, "gzip") {
						t.Errorf("error %q does not name the record and the problem", c.err)
					}
				}
				got = append(got, s)
			}
			sort.Strings(got) // in memory, the documents come before the errors
			if strings.Join(got, ",") != "0,1 failed,2" {
				t.Errorf("calls %v, want records 0 and 2 read and 1 failed", calls)
			}
		})
	}
}

// TestHTMLErrorNamesFormatOnce: a parser error already saying "html:" is
// not prefixed with it again.
func TestHTMLErrorNamesFormatOnce(t *testing.T) {
	page := "<html><body>" + strings.Repeat("<div>", 600) + "<p>Deep text</p>" + strings.Repeat("</div>", 600) + "</body></html>"
	_, err := FromHTML("deep-page", "", []byte(page))
	if err == nil {
		t.Skip("the HTML parser now reads 600 nested elements")
	}
	if strings.Contains(err.Error(), "html: html:") || !strings.HasPrefix(err.Error(), "deep-page: html: ") {
		t.Errorf("error %q", err)
	}
}

// TestWalkStopsDuringHTMLExtraction: a cancel while a page is being
// extracted stops the walk at once, with the context's error and no
// failure reported for the page.
func TestWalkStopsDuringHTMLExtraction(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("<html><body><article>")
	for i := 0; b.Len() < 2<<20; i++ {
		fmt.Fprintf(&b, "<p>About %d workers arrived at the eastern port on the weekly ferry, officials said.</p>", i)
	}
	b.WriteString("</article></body></html>")
	os.WriteFile(filepath.Join(dir, "a.html"), []byte(b.String()), 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), []byte("Never read.\n"), 0o644)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(50*time.Millisecond, cancel)
	var calls []string
	err := Walk(ctx, []string{dir}, nil, Options{}, func(d Document, err error) error {
		calls = append(calls, d.Source)
		return nil
	})
	if !errors.Is(err, context.Canceled) || len(calls) != 0 {
		t.Errorf("Walk after cancel = %v, calls %v", err, calls)
	}
	if _, err := ParseContext(ctx, "x.jsonl", []byte(`{"text":"a"}`+"\n"), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("ParseContext after cancel: %v", err)
	}
}

// TestLargeHTMLRefusedByName: an HTML page over MaxHTMLBytes, as a file, a
// JSON Lines record's html or a WARC response, is refused with an error
// naming it before the extractor (whose time grows faster than the page)
// reads it, and the walk goes on.
func TestLargeHTMLRefusedByName(t *testing.T) {
	var b strings.Builder
	b.WriteString("<html><body><article>")
	for i := 0; b.Len() <= MaxHTMLBytes; i++ {
		fmt.Fprintf(&b, "<p>About %d fitters signed on at the invented yard of Kelmar, the harbour office said.</p>", i)
	}
	b.WriteString("</article></body></html>")
	page := b.String()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "a-huge.html"), []byte(page), 0o644)
	rec := fmt.Sprintf(`{"url":"https://x.example/1","html":%q}`, page)
	os.WriteFile(filepath.Join(dir, "b-pages.jsonl"), []byte(rec+"\n"+`{"url":"https://x.example/2","text":"A short record."}`+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "c.txt"), []byte("A text after them.\n"), 0o644)
	calls, err := collect(t, context.Background(), []string{dir}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range calls {
		got = append(got, filepath.Base(c.source)+"="+c.err)
	}
	if len(calls) != 4 {
		t.Fatalf("calls %q, want the two refusals and the two good documents", got)
	}
	for _, c := range calls {
		refused := strings.HasSuffix(c.source, "a-huge.html") || strings.HasSuffix(c.source, "b-pages.jsonl:1")
		switch {
		case refused && (!strings.Contains(c.err, "over the 4 MB page extraction reads") || !strings.Contains(c.err, filepath.Base(c.source))):
			t.Errorf("%s: %q, want a refusal naming it", c.source, c.err)
		case !refused && c.err != "":
			t.Errorf("%s, read after the refusals: %q", c.source, c.err)
		}
	}
	if _, err := FromHTMLContext(context.Background(), "p.html", "", []byte(page)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("FromHTMLContext: %v, want ErrTooLarge", err)
	}
	if err := CheckHTMLSize("p.html", []byte(page[:MaxHTMLBytes])); err != nil {
		t.Errorf("a page of exactly MaxHTMLBytes: %v", err)
	}
}
