package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"

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

// extracted is one article's result: the article and its JSON line (in a
// buffer of lines, given back once printed).
type extracted struct {
	art  *doc.Article
	json *[]byte
	err  error
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
	// Articles are extracted and encoded in parallel and printed in input
	// order; while a long article is extracted the other workers go on with
	// the ones after it (the window is sized by text length).
	err = app.OrderedWindow(ctx, a.Workers, app.ItemSize, func(push func(app.Item) error) error {
		return ingest.Walk(ctx, paths, e.stdin, *opt, func(d ingest.Document, err error) error {
			return push(app.Item{Doc: d, Err: err})
		})
	}, func(ctx context.Context, it app.Item) extracted {
		if it.Err != nil {
			return extracted{}
		}
		art, err := a.Extract(ctx, it.Doc)
		if err != nil {
			return extracted{} // cancelled: the run stops
		}
		buf := lines.Get().(*[]byte)
		line, err := articleJSON((*buf)[:0], art)
		if err != nil {
			lines.Put(buf)
			return extracted{art: art, err: fmt.Errorf("%s: %w", it.Doc.Source, err)}
		}
		*buf = line
		return extracted{art: art, json: buf}
	}, func(it app.Item, x extracted) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "dossier extract: %v\n", it.Err)
			return nil
		}
		if x.art == nil {
			return ctx.Err()
		}
		for _, w := range x.art.Warnings { // the reader's and the pipeline's (a work budget spent)
			fmt.Fprintf(e.stderr, "dossier extract: %s: warning: %s\n", it.Doc.Source, w)
		}
		if x.err != nil {
			return x.err
		}
		_, err := e.stdout.Write(*x.json)
		if cap(*x.json) <= maxPooledLine {
			lines.Put(x.json)
		}
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

// lines are the buffers of the printed lines: a line is about three times
// its article's text (the paragraphs, the claims' sentences), and a new
// buffer for each was that much more garbage to zero and collect.
var lines = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledLine bounds the buffers kept: a huge article's goes to the
// collector.
const maxPooledLine = 1 << 20

// articleJSON appends to b the line extract prints for art:
// pipeline.AppendJSON, which writes what encoding/json writes, at a
// fraction of its cost; a number JSON cannot hold is left to
// encoding/json, for its error.
func articleJSON(b []byte, art *doc.Article) ([]byte, error) {
	v := pipeline.View(art)
	if line, ok := pipeline.AppendJSON(slices.Grow(b, 3*len(art.Text)+4096), &v); ok {
		return line, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}
