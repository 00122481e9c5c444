package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "read, clean and annotate articles and print one JSON object each; store nothing",
		usage:   "[--max-bytes N] [--topics DIR] [--workers N] PATH... | -",
		run:     runExtract,
	})
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract")
	opt := ingestFlags(fs)
	topicsDir := topicsFlag(fs)
	workers := workersFlag(fs)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no input: give files, directories or - for standard input")
	}
	a, err := newApp(e, nil, *topicsDir, *workers)
	if err != nil {
		return err
	}
	failed := 0
	var out lineWriter
	// Articles are extracted in parallel and encoded and printed in input
	// order; while a long article is extracted the other workers go on with
	// the ones after it (the window is sized by text length).
	err = app.OrderedWindow(ctx, a.Workers, app.ItemSize, func(push func(app.Item) error) error {
		return ingest.Walk(ctx, paths, e.stdin, *opt, func(d ingest.Document, err error) error {
			return push(app.Item{Doc: d, Err: err})
		})
	}, func(ctx context.Context, it app.Item) *doc.Article {
		if it.Err != nil {
			return nil
		}
		art, err := a.Extract(ctx, it.Doc)
		if err != nil {
			return nil // cancelled: the run stops
		}
		return art
	}, func(it app.Item, art *doc.Article) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "dossier extract: %v\n", it.Err)
			return nil
		}
		if art == nil {
			return ctx.Err()
		}
		for _, w := range art.Warnings { // the reader's and the pipeline's (a work budget spent)
			fmt.Fprintf(e.stderr, "dossier extract: %s: warning: %s\n", it.Doc.Source, w)
		}
		line, err := out.line(art)
		if err != nil {
			return fmt.Errorf("%s: %w", it.Doc.Source, err)
		}
		_, err = e.stdout.Write(line)
		return err
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

// lineWriter makes the lines extract prints, one at a time as they are
// printed (in input order, by the one goroutine that prints), into one
// buffer and one view kept for the next article: a line is about five
// times its article's text, and a buffer made (or grown) for each, in
// every worker, while the window held up to 32 articles a worker, was
// that much more memory to fault in and collect. Encoding is about 5% of
// an article's work, small next to the extraction the workers do
// meanwhile.
type lineWriter struct {
	buf  []byte
	view pipeline.ArticleView
}

// maxKeptLine bounds the buffer kept: a huge article's goes to the
// collector.
const maxKeptLine = 1 << 20

// line returns art's line, valid until the next call.
func (w *lineWriter) line(art *doc.Article) ([]byte, error) {
	pipeline.ViewInto(&w.view, art)
	line, err := articleJSON(w.buf[:0], art, &w.view)
	if cap(line) <= maxKeptLine {
		w.buf = line[:0]
	} else {
		w.buf = nil
	}
	return line, err
}

// articleJSON appends to b the line extract prints for art, whose view
// is v: pipeline.AppendJSON, which writes what encoding/json writes, at a
// fraction of its cost; a number JSON cannot hold is left to
// encoding/json, for its error.
func articleJSON(b []byte, art *doc.Article, v *pipeline.ArticleView) ([]byte, error) {
	if line, ok := pipeline.AppendJSON(slices.Grow(b, 3*len(art.Text)+4096), v); ok {
		return line, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}
