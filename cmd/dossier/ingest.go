package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/fetch"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "read, clean, annotate and store articles (files, directories, URLs, WARC, -)",
		usage:   "[--db PATH] [--max-bytes N] [--topics DIR] [--allow-private] PATH|URL... | -",
		run:     runIngest,
	})
}

// ingestSummary counts what an ingest run did.
type ingestSummary struct {
	New, Unchanged int
	Failed         []string // "source: reason"
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest")
	dsn := dbFlag(fs)
	opt := ingestFlags(fs)
	topicsDir := topicsFlag(fs)
	allowPrivate := fs.Bool("allow-private", false, "allow URLs on loopback, private and link-local addresses")
	quiet := fs.Bool("quiet", false, "no progress bar")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("no input: give files, directories, URLs or - for standard input")
	}
	p, err := loadPipeline(*topicsDir)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	in := &ingester{ctx: ctx, st: st, p: p, stderr: e.stderr}

	var urls, paths []string
	for _, a := range inputs {
		if strings.HasPrefix(a, "http://") || strings.HasPrefix(a, "https://") {
			urls = append(urls, a)
		} else {
			paths = append(paths, a)
		}
	}
	var bar *progressbar.ProgressBar
	if n := countInputs(paths) + len(urls); !*quiet && n >= 20 && isTerminal(e.stderr) {
		bar = progressbar.NewOptions(n, progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000))
	}
	step := func(source string) {
		if bar != nil {
			bar.Add(1)
		}
	}
	if len(urls) > 0 {
		client := fetch.New(fetch.Options{AllowPrivate: *allowPrivate, MaxBytes: opt.MaxBytes})
		for _, u := range urls {
			in.url(client, u)
			step(u)
		}
	}
	if len(paths) > 0 {
		last := ""
		err = ingest.Walk(ctx, paths, e.stdin, *opt, func(d ingest.Document, err error) error {
			if d.Source != last {
				step(d.Source)
				last = d.Source
			}
			if err != nil {
				in.fail(d.Source, err)
				return nil
			}
			for _, w := range d.Warnings {
				fmt.Fprintf(e.stderr, "dossier ingest: %s: warning: %s\n", d.Source, w)
			}
			in.document(d)
			return nil
		})
		if err != nil {
			return err
		}
	}
	if bar != nil {
		bar.Finish()
	}
	if in.sum.New > 0 {
		if err := findCopies(ctx, st); err != nil {
			return fmt.Errorf("finding copies: %w", err)
		}
	}
	s := in.sum
	fmt.Fprintf(e.stdout, "ingested: %d new, %d unchanged, %d failed\n", s.New, s.Unchanged, len(s.Failed))
	for _, f := range s.Failed {
		fmt.Fprintf(e.stdout, "  failed %s\n", f)
	}
	if len(s.Failed) > 0 {
		return exitError{1}
	}
	return nil
}

// ingester stores documents one at a time, each article in one transaction.
type ingester struct {
	ctx    context.Context
	st     store.Store
	p      *pipeline.Pipeline
	stderr io.Writer
	sum    ingestSummary
}

func (in *ingester) fail(source string, err error) {
	msg := err.Error()
	if !strings.Contains(msg, source) {
		msg = source + ": " + msg
	}
	in.sum.Failed = append(in.sum.Failed, msg)
}

func (in *ingester) document(d ingest.Document) *doc.Article {
	// An unchanged file is recognized by its clean text's hash before the
	// annotators run: a rerun over thousands of stored files costs their
	// cleaning only.
	a := in.p.Clean(d)
	if a.Hash != "" {
		if id, err := in.st.ArticleIDByHash(in.ctx, a.Hash); err == nil {
			a.ID = id
			in.sum.Unchanged++
			return a
		} else if !errors.Is(err, store.ErrNotFound) {
			in.fail(d.Source, err)
			return nil
		}
	}
	if err := in.p.AnnotateContext(in.ctx, a); err != nil {
		in.fail(d.Source, err)
		return nil
	}
	for _, w := range a.Warnings {
		if strings.HasPrefix(w, "work budget") {
			fmt.Fprintf(in.stderr, "dossier ingest: %s: warning: %s\n", d.Source, w)
		}
	}
	_, created, err := in.st.PutArticle(in.ctx, a)
	if err != nil {
		in.fail(d.Source, err)
		return nil
	}
	if created {
		in.sum.New++
	} else {
		in.sum.Unchanged++
	}
	return a
}

func (in *ingester) url(client *fetch.Client, u string) {
	resp, err := client.Get(in.ctx, u, fetch.Conditional{})
	if err != nil {
		in.fail(u, err)
		return
	}
	d, err := ingest.FromHTML(u, resp.URL, resp.Body)
	if err != nil {
		in.fail(u, err)
		return
	}
	in.document(d)
}

// countInputs counts the files Walk will read, for the progress bar.
func countInputs(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && ingest.Known(d.Name()) {
				n++
			}
			return nil
		})
	}
	return n
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
