package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// testPage is an HTML article written for these tests: navigation, a
// headline, five paragraphs and a footer.
const testPage = `<!DOCTYPE html>
<html lang="en"><head>
<title>Harbour city opens a new ferry line | Coastal Courier</title>
<meta property="og:title" content="Harbour city opens a new ferry line">
<meta property="og:site_name" content="Coastal Courier">
<meta name="author" content="Mira Lindqvist">
<meta property="article:published_time" content="2023-04-17T09:30:00+00:00">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Harbour city opens a new ferry line</h1>
<p>The harbour authority opened a ferry line on Monday that links the old town with the northern islands, cutting the crossing time from ninety minutes to forty.</p>
<p>Four vessels will run on the route, each carrying up to 350 passengers and twenty cars, the authority said in a statement published on its website.</p>
<p>Local traders welcomed the service, saying that the islands had been poorly connected since the previous operator withdrew from the route three years ago.</p>
<p>The line cost about 12 million euros to set up, most of it spent on new landing stages and a ticket office beside the fish market.</p>
<p>Tickets go on sale next week, and a reduced fare will apply to students and pensioners during the first summer of operation.</p>
</article>
<footer><p>Copyright Coastal Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body></html>`

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestParseFormats(t *testing.T) {
	text := "Bridge reopens after repairs\n\nThe bridge reopened on Friday after six months of work.\n"
	jsonl := `{"url":"https://example.org/a","title":"First item","published":"2022-03-01","text":"Line one of the first item.\nLine two.","credit":"Example Wire"}` + "\n\n" +
		`{"url":"https://example.org/b","title":"Second item","text":"Only line of the second item."}` + "\n"
	tests := []struct {
		name      string
		source    string
		data      []byte
		wantN     int
		format    string
		wantTitle string
		wantText  string // substring of the first document's text
		wantPub   string
	}{
		{"txt", "a.txt", []byte(text), 1, FormatText, "", "six months of work", ""},
		{"txt gz", "a.txt.gz", gz(t, []byte(text)), 1, FormatText, "", "Bridge reopens", ""},
		{"html", "page.html", []byte(testPage), 1, FormatHTML, "Harbour city opens a new ferry line", "up to 350 passengers", "2023-04-17"},
		{"htm gz", "page.htm.gz", gz(t, []byte(testPage)), 1, FormatHTML, "Harbour city opens a new ferry line", "fish market", "2023-04-17"},
		{"jsonl", "items.jsonl", []byte(jsonl), 2, FormatJSONL, "First item", "Line one of the first item.\nLine two.", "2022-03-01"},
		{"sniff html", "-", []byte("  \n" + testPage), 1, FormatHTML, "Harbour city opens a new ferry line", "ferry line on Monday", "2023-04-17"},
		{"sniff jsonl", "-", []byte(jsonl), 2, FormatJSONL, "First item", "Line two.", "2022-03-01"},
		{"sniff text", "-", []byte(text), 1, FormatText, "", "Bridge reopens", ""},
		{"sniff gzip magic", "-", gz(t, []byte(text)), 1, FormatText, "", "Bridge reopens", ""},
		{"unknown ext sniffed", "notes.dat", []byte(jsonl), 2, FormatJSONL, "First item", "Line one", "2022-03-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse(tt.source, tt.data, Options{})
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if len(docs) != tt.wantN {
				t.Fatalf("got %d documents, want %d", len(docs), tt.wantN)
			}
			d := docs[0]
			if d.Format != tt.format {
				t.Errorf("format %q, want %q", d.Format, tt.format)
			}
			if d.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", d.Title, tt.wantTitle)
			}
			if !strings.Contains(d.Text, tt.wantText) {
				t.Errorf("text lacks %q:\n%s", tt.wantText, d.Text)
			}
			if !strings.HasPrefix(d.Published, tt.wantPub) || (tt.wantPub == "") != (d.Published == "") {
				t.Errorf("published %q, want %q", d.Published, tt.wantPub)
			}
		})
	}
}

func TestFromHTMLKeepsParagraphsAndMetadata(t *testing.T) {
	d, err := FromHTML("page.html", "https://courier.example/ferry", []byte(testPage))
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(d.Text, "\n\n")
	if len(paras) < 5 {
		t.Fatalf("want at least 5 paragraphs, got %d:\n%s", len(paras), d.Text)
	}
	for _, nav := range []string{"Home", "Sport", "All rights reserved"} {
		for _, p := range paras {
			if p == nav || strings.Contains(p, nav) && len(p) < 60 {
				t.Errorf("boilerplate %q kept: %q", nav, p)
			}
		}
	}
	if d.SiteName != "Coastal Courier" || d.Byline != "Mira Lindqvist" || d.Lang != "en" {
		t.Errorf("site %q byline %q lang %q", d.SiteName, d.Byline, d.Lang)
	}
	if d.URL != "https://courier.example/ferry" {
		t.Errorf("url %q", d.URL)
	}
}

func TestFromHTMLWithoutText(t *testing.T) {
	if _, err := FromHTML("blank.html", "", []byte("<html><body><nav>Home</nav></body></html>")); err == nil {
		t.Fatal("want an error for a page without article text")
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
		warn           string
	}{
		{"bom", "\xef\xbb\xbfHello there", "Hello there", ""},
		{"crlf", "one\r\ntwo\rthree\n", "one\ntwo\nthree\n", ""},
		{"invalid utf8", "caf\xe9 and cr\xe8me \xff\xfe end", "caf\ufffd and cr\ufffdme \ufffd end", "invalid UTF-8 repaired at 3 places"},
		{"valid multibyte", "Пхеньян и Сеул", "Пхеньян и Сеул", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse("x.txt", []byte(tt.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if docs[0].Text != tt.want {
				t.Errorf("text %q, want %q", docs[0].Text, tt.want)
			}
			got := strings.Join(docs[0].Warnings, ";")
			if got != tt.warn {
				t.Errorf("warnings %q, want %q", got, tt.warn)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	full := gz(t, []byte(strings.Repeat("A line of text that compresses.\n", 200)))
	tests := []struct {
		name, source string
		data         []byte
		opt          Options
		want         string
	}{
		{"empty", "none.txt", nil, Options{}, "none.txt: empty"},
		{"blank", "blank.txt", []byte(" \n\t\n"), Options{}, "blank.txt: empty"},
		{"truncated gzip", "cut.txt.gz", full[:len(full)/2], Options{}, "cut.txt.gz: truncated gzip: unexpected EOF"},
		{"truncated gzip header", "cut2.gz", full[:5], Options{}, "cut2.gz: truncated gzip: unexpected EOF"},
		{"not gzip", "fake.txt.gz", []byte("plain text, not compressed"), Options{}, "fake.txt.gz: gzip:"},
		{"oversized", "big.txt", []byte(strings.Repeat("x", 100)), Options{MaxBytes: 10}, "big.txt: 100 bytes exceeds the limit of 10 bytes"},
		{"gzip bomb", "bomb.txt.gz", full, Options{MaxBytes: 1000}, "exceeds the limit of 1000 bytes"},
		{"jsonl without text", "x.jsonl", []byte(`{"title":"no body"}`), Options{}, "x.jsonl:1: record has neither text nor html"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.source, tt.data, tt.opt)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
}

func TestJSONLBadLineKeepsOthers(t *testing.T) {
	data := `{"title":"Good one","text":"First good record."}` + "\n" +
		`{"title":"Broken", "text": ` + "\n" +
		`{"title":"Good two","text":"Second good record.","published":"2021-11-05"}` + "\n" +
		`["not", "an", "object"]` + "\n"
	docs, err := Parse("feed.jsonl", []byte(data), Options{})
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	if docs[0].Source != "feed.jsonl:1" || docs[1].Source != "feed.jsonl:3" {
		t.Errorf("sources %q %q", docs[0].Source, docs[1].Source)
	}
	if err == nil {
		t.Fatal("want an error for the bad lines")
	}
	for _, want := range []string{"feed.jsonl:2:", "feed.jsonl:4:"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestJSONLWithHTML(t *testing.T) {
	line := `{"url":"https://courier.example/ferry","title":"Own title","credit":"Courier Wire","html":` + jsonString(testPage) + `}`
	docs, err := Parse("x.jsonl", []byte(line), Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Title != "Own title" || d.Credit != "Courier Wire" || d.Format != FormatJSONL {
		t.Errorf("title %q credit %q format %q: the record's fields must win", d.Title, d.Credit, d.Format)
	}
	if !strings.HasPrefix(d.Published, "2023-04-17") {
		t.Errorf("published %q: the page date should fill a missing field", d.Published)
	}
	if !strings.Contains(d.Text, "ticket office") {
		t.Errorf("text: %q", d.Text)
	}
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

type call struct {
	source string
	err    string
}

func collect(t *testing.T, ctx context.Context, inputs []string, stdin string, opt Options) ([]call, error) {
	t.Helper()
	var calls []call
	err := Walk(ctx, inputs, strings.NewReader(stdin), opt, func(d Document, err error) error {
		c := call{source: d.Source}
		if err != nil {
			c.err = err.Error()
		} else if d.Text == "" {
			t.Errorf("%s: document without text", d.Source)
		}
		calls = append(calls, c)
		return nil
	})
	return calls, err
}

func TestWalkDirectoryContinuesAfterFailure(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", []byte("First article text.\n"))
	write("b.txt", nil) // fails: empty
	write("c/d.html", []byte(testPage))
	write("c/e.txt.gz", gz(t, []byte("Compressed article text.\n")))
	write("f.jsonl", []byte(`{"text":"one"}`+"\n"+`{bad`+"\n"))
	write(".hidden.txt", []byte("must be skipped"))
	write(".git/x.txt", []byte("must be skipped"))
	write("g.bin", []byte("unknown extension, skipped"))
	write("h.txt", []byte("Last article text.\n"))

	calls, err := collect(t, context.Background(), []string{dir}, "", Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []call{
		{filepath.Join(dir, "a.txt"), ""},
		{filepath.Join(dir, "b.txt"), filepath.Join(dir, "b.txt") + ": empty"},
		{filepath.Join(dir, "c/d.html"), ""},
		{filepath.Join(dir, "c/e.txt.gz"), ""},
		{filepath.Join(dir, "f.jsonl") + ":1", ""},
		{filepath.Join(dir, "f.jsonl") + ":2", filepath.Join(dir, "f.jsonl") + ":2: bad JSON"},
		{filepath.Join(dir, "h.txt"), ""},
	}
	if len(calls) != len(want) {
		t.Fatalf("got %d calls %v, want %d", len(calls), calls, len(want))
	}
	for i := range want {
		if calls[i].source != want[i].source || !strings.HasPrefix(calls[i].err, want[i].err) || (want[i].err == "") != (calls[i].err == "") {
			t.Errorf("call %d = %+v, want %+v", i, calls[i], want[i])
		}
	}
}

func TestWalkInputs(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("word ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	small := filepath.Join(dir, "small.unknownext")
	if err := os.WriteFile(small, []byte("A file named explicitly is read whatever its extension."), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	calls, err := collect(t, context.Background(), []string{big, "-", missing, small}, "Text from standard input.", Options{MaxBytes: 200})
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) != 4 {
		t.Fatalf("calls %v", calls)
	}
	if !strings.Contains(calls[0].err, "big.txt: 500 bytes exceeds the limit of 200 bytes") {
		t.Errorf("oversized: %q", calls[0].err)
	}
	if calls[1].source != "-" || calls[1].err != "" {
		t.Errorf("stdin: %+v", calls[1])
	}
	if !strings.Contains(calls[2].err, "missing.txt") {
		t.Errorf("missing: %+v", calls[2])
	}
	if calls[3].err != "" {
		t.Errorf("explicit file: %+v", calls[3])
	}
}

func TestWalkStopsOnContextAndCallbackError(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt"} {
		if err := os.WriteFile(filepath.Join(dir, n), []byte("Some text."), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := collect(t, ctx, []string{dir}, "", Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
	stop := errors.New("stop")
	n := 0
	err := Walk(context.Background(), []string{dir}, nil, Options{}, func(Document, error) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("callback error: %v after %d calls", err, n)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<html><body>x</body></html>", FormatHTML},
		{"\xef\xbb\xbf  <!DOCTYPE html>", FormatHTML},
		{`{"text":"a"}` + "\n" + `{"text":"b"}`, FormatJSONL},
		{"{braces in prose are not json", FormatText},
		{"Plain words.", FormatText},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%.30q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
