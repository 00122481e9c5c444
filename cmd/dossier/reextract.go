package main

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "reextract",
		summary: "re-run annotation and claim extraction on stored articles; reviewed claims are kept",
		usage:   "[--db PATH] [--topics DIR] [ID...]",
		run:     runReextract,
	})
}

func runReextract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "reextract")
	dsn := dbFlag(fs)
	topicsDir := topicsFlag(fs)
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
	p, err := loadPipeline(*topicsDir)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if len(ids) == 0 {
		arts, _, err := st.ListArticles(ctx, store.ArticleFilter{})
		if err != nil {
			return err
		}
		for _, a := range arts {
			ids = append(ids, a.ID)
		}
	}
	var sum store.ReplaceResult
	for _, id := range ids {
		if err := ctx.Err(); err != nil {
			return err
		}
		a, err := st.Article(ctx, id)
		if err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		p.Annotate(a)
		r, err := st.ReplaceAnnotations(ctx, id, a.Annotations)
		if err != nil {
			return fmt.Errorf("article %d: %w", id, err)
		}
		sum.Deleted += r.Deleted
		sum.Kept += r.Kept
		sum.Inserted += r.Inserted
		sum.KeptReviewed += r.KeptReviewed
		sum.Skipped += r.Skipped
	}
	fmt.Fprintf(e.stdout, "re-extracted %d articles: %d machine claims found again (ids kept), %d new, %d removed; %d reviewed claims kept as they are\n",
		len(ids), sum.Kept, sum.Inserted, sum.Deleted, sum.KeptReviewed)
	return nil
}
