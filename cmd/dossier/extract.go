package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

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

// extracted is one article's result: the article and its JSON line.
type extracted struct {
	art  *doc.Article
	json []byte
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
		line, err := articleJSON(art)
		if err != nil {
			return extracted{art: art, err: fmt.Errorf("%s: %w", it.Doc.Source, err)}
		}
		return extracted{art: art, json: line}
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
		_, err := e.stdout.Write(x.json)
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

// articleJSON is the line extract prints for art: pipeline.AppendJSON,
// which writes what encoding/json writes, at a fraction of its cost; a
// number JSON cannot hold is left to encoding/json, for its error.
func articleJSON(art *doc.Article) ([]byte, error) {
	v := pipeline.View(art)
	if line, ok := pipeline.AppendJSON(make([]byte, 0, 3*len(art.Text)+4096), &v); ok {
		return line, nil
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return buf.Bytes(), err
}
