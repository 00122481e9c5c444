package main

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/app"
)

func init() {
	register(&command{
		name:    "reextract",
		summary: "re-run annotation and claim extraction on stored articles; claim ids and reviewed claims are kept",
		usage:   "[--db PATH] [--topics DIR] [--workers N] [ID...]",
		run:     runReextract,
	})
}

func runReextract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reextract")
	dsn := dbFlag(fs)
	topicsDir := topicsFlag(fs)
	workers := workersFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	var ids []int64
	for _, p := range pos {
		var id int64
		if _, err := fmt.Sscan(p, &id); err != nil || id <= 0 {
			return fmt.Errorf("article ID %q: want a positive number", p)
		}
		ids = append(ids, id)
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := newApp(e, st, *topicsDir, *workers)
	if err != nil {
		return err
	}
	n := 0
	sum, err := a.Reextract(ctx, ids, func(r app.Reextracted) { n++ })
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "re-extracted %d articles: %d machine claims found again (ids kept), %d new, %d removed; %d reviewed claims kept as they are\n",
		n, sum.Kept, sum.Inserted, sum.Deleted, sum.KeptReviewed)
	return nil
}
