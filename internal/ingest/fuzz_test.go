package ingest_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/clean"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
)

func checkArticle(t *testing.T, a *doc.Article) {
	t.Helper()
	if !utf8.ValidString(a.Text) {
		t.Fatalf("clean text is not valid UTF-8")
	}
	prev := 0
	for i, p := range a.Paragraphs {
		if p.Start < prev || p.End < p.Start || p.End > len(a.Text) {
			t.Fatalf("paragraph %d offsets %d-%d outside text of %d bytes", i, p.Start, p.End, len(a.Text))
		}
		if a.Text[p.Start:p.End] != p.Text {
			t.Fatalf("paragraph %d text does not match its offsets", i)
		}
		prev = p.End
	}
	if a.Published != "" && len(a.Published) != 10 {
		t.Fatalf("published %q is not YYYY-MM-DD", a.Published)
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte("Headline of a made-up story\n\nSEOUL, March 3 (Yonhap) -- A sentence follows. (Yonhap)"))
	f.Add([]byte("\xef\xbb\xbfdate 2021-05-06 Title line here\r\nBody \xff text {that a} one.\r\n"))
	f.Add([]byte(`{"title":"t","text":"x\ny"}` + "\n{bad\n"))
	f.Add([]byte("Category\nNews\nMore on the topic\nA\nB\nShare"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, src := range []string{"f.txt", "f.jsonl", "-"} {
			docs, _ := ingest.Parse(src, data, ingest.Options{MaxBytes: 1 << 20})
			for _, d := range docs {
				if !utf8.ValidString(d.Text) {
					t.Fatalf("document text is not valid UTF-8")
				}
				checkArticle(t, clean.Clean(d))
			}
		}
	})
}

func FuzzFromHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title></head><body><p>One paragraph of text here.</p><p>Two.</p></body></html>"))
	f.Add([]byte("<p>unclosed <b>bold <table><tr><td>cell</td></tr></table>"))
	f.Add([]byte("<html><body><article><h1>A headline for the page</h1><p>First paragraph with enough words to count as text for an extractor.</p><ul><li>item</li></ul></article></body></html>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ingest.FromHTML("f.html", "https://example.org/x", data)
		if err != nil {
			return
		}
		checkArticle(t, clean.Clean(d))
	})
}

// benchPages returns the benchmark's HTML pages when the shared data is
// present, else generated pages.
func benchPages(b *testing.B) [][]byte {
	dir, _ := os.Getwd()
	for {
		g, _ := filepath.Glob(filepath.Join(dir, "shared", "data", "article-extraction-benchmark", "html", "*.html.gz"))
		if len(g) > 0 {
			var pages [][]byte
			for _, p := range g {
				raw, err := os.ReadFile(p)
				if err != nil {
					b.Fatal(err)
				}
				zr, err := gzip.NewReader(bytes.NewReader(raw))
				if err != nil {
					b.Fatal(err)
				}
				data, err := io.ReadAll(zr)
				if err != nil {
					b.Fatal(err)
				}
				pages = append(pages, data)
			}
			return pages
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			break
		}
		dir = parent
	}
	var pages [][]byte
	for i := 0; i < 20; i++ {
		var s strings.Builder
		s.WriteString("<html><head><title>Generated page</title></head><body><nav>Home | World</nav><article><h1>Generated headline</h1>")
		for j := 0; j < 12; j++ {
			s.WriteString("<p>Generated paragraph with a number of ordinary words, written to give the extractor some text to weigh, and a figure of 1,200 workers.</p>")
		}
		s.WriteString("</article><footer>Share | Sign in</footer></body></html>")
		pages = append(pages, []byte(s.String()))
	}
	return pages
}

func BenchmarkIngestHTML(b *testing.B) {
	pages := benchPages(b)
	var bytesIn int64
	for _, p := range pages {
		bytesIn += int64(len(p))
	}
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		p := pages[i%len(pages)]
		d, err := ingest.FromHTML("bench.html", "", p)
		if err == nil {
			clean.Clean(d)
		}
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkIngestText(b *testing.B) {
	var s strings.Builder
	s.WriteString("Made-up headline about a port and its workers\n\nPORTVILLE, May 4 (Wire) -- ")
	for j := 0; j < 20; j++ {
		s.WriteString("A generated paragraph of body text with some numbers such as 1,500 workers and 12 ships, ending here.\n\n")
	}
	s.WriteString("Share\n\nYou may also like\n\nAnother headline\n\nReporting by Someone; Editing by Someone Else\n")
	data := []byte(s.String())
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		docs, err := ingest.Parse("bench.txt", data, ingest.Options{})
		if err != nil {
			b.Fatal(err)
		}
		clean.Clean(docs[0])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkWalkTextFiles(b *testing.B) {
	dir := b.TempDir()
	para := strings.Repeat("A generated paragraph of body text, with 1,500 workers and 12 ships.\n\n", 60)
	for i := 0; i < 40; i++ {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(para), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		n := 0
		err := ingest.Walk(context.Background(), []string{dir}, nil, ingest.Options{}, func(d ingest.Document, err error) error {
			if err != nil {
				return err
			}
			n += len(d.Text)
			return nil
		})
		if err != nil || n != 40*len(para) {
			b.Fatalf("read %d bytes, err %v", n, err)
		}
	}
}
