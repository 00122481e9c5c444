package main

import (
	"context"
	"fmt"
	"os"

	"github.com/dossier-osint/dossier/internal/export"
)

func init() {
	register(&command{
		name:    "export",
		summary: "write the whole collection (articles, claims with reviews, audit log, groups) as versioned JSON Lines",
		usage:   "[--db PATH|URL] [-o FILE] > backup.jsonl",
		run:     runExport,
	})
}

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export")
	dsn := dbFlag(fs)
	out := fs.String("o", "", "write to FILE instead of standard output")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected arguments %q", pos)
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	w := e.stdout
	var f *os.File
	if *out != "" {
		if f, err = os.Create(*out); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer f.Close()
		w = f
	}
	n, err := export.Write(ctx, st, w)
	if err != nil {
		return err
	}
	if f != nil {
		if err := f.Close(); err != nil {
			return fmt.Errorf("export %s: %w", *out, err)
		}
	}
	fmt.Fprintf(e.stderr, "exported %d articles, %d claims, %d audit entries, %d groups\n", n.Articles, n.Claims, n.Audit, n.Groups)
	return nil
}
