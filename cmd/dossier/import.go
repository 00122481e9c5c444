package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/dossier-osint/dossier/internal/export"
)

func init() {
	register(&command{
		name:    "import",
		summary: "load a \"dossier export\" stream into an empty database, keeping ids, reviews and the audit log",
		usage:   "[--db PATH|URL] [FILE] < backup.jsonl",
		run:     runImport,
	})
}

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import")
	dsn := dbFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return fmt.Errorf("give one file or none (standard input)")
	}
	var r io.Reader = e.stdin
	if len(pos) == 1 && pos[0] != "-" {
		f, err := os.Open(pos[0])
		if err != nil {
			return fmt.Errorf("import: %w", err)
		}
		defer f.Close()
		r = f
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	n, err := export.Read(ctx, st, r)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "imported %d articles, %d claims, %d audit entries, %d groups\n", n.Articles, n.Claims, n.Audit, n.Groups)
	return nil
}
