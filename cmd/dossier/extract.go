package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
)

func init() {
	register(&command{
		name:    "extract",
		summary: "read, clean and annotate articles and print one JSON object each; store nothing",
		usage:   "[--max-bytes N] [--topics DIR] PATH... | -",
		run:     runExtract,
	})
}

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract")
	opt := ingestFlags(fs)
	topicsDir := topicsFlag(fs)
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("no input: give files, directories or - for standard input")
	}
	p, err := loadPipeline(*topicsDir)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	failed := 0
	err = ingest.Walk(ctx, paths, e.stdin, *opt, func(d ingest.Document, err error) error {
		if err != nil {
			failed++
			fmt.Fprintf(e.stderr, "dossier extract: %v\n", err)
			return nil
		}
		for _, w := range d.Warnings {
			fmt.Fprintf(e.stderr, "dossier extract: %s: warning: %s\n", d.Source, w)
		}
		a, err := p.ArticleContext(ctx, d)
		if err != nil {
			return err
		}
		for _, w := range a.Warnings {
			if strings.HasPrefix(w, "work budget") {
				fmt.Fprintf(e.stderr, "dossier extract: %s: warning: %s\n", d.Source, w)
			}
		}
		return enc.Encode(pipeline.View(a))
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}
