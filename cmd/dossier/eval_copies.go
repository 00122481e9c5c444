package main

import (
	"context"
	"fmt"

	"github.com/dossier-osint/dossier/internal/copies"
	"github.com/dossier-osint/dossier/internal/copies/copyeval"
)

// runEvalCopies measures copy detection on the labelled set of package
// copyeval: `dossier eval copies [--seeds N] [--json] [--verbose]`.
func runEvalCopies(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval copies")
	n := fs.Int("seeds", 3, "how many generated variant sets (seeds 1..N)")
	asJSON := fs.Bool("json", false, "print one JSON object")
	verbose := fs.Bool("verbose", false, "list every wrong decision")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	if *n < 1 {
		return fmt.Errorf("--seeds must be at least 1")
	}
	var seeds []uint64
	for i := 1; i <= *n; i++ {
		seeds = append(seeds, uint64(i))
	}
	r, err := copyeval.Run(seeds, copies.Options{})
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, r)
	}
	w := e.stdout
	fmt.Fprintf(w, "%d articles (%d seeds)\n%-9s %6s %9s %7s %9s %7s\n", r.Articles, *n, "relation", "gold", "predicted", "correct", "precision", "recall")
	for _, rel := range copyeval.Relations {
		p := r.Relations[rel]
		fmt.Fprintf(w, "%-10s %6d %9d %7d %9.3f %7.3f\n", rel, p.Gold, p.Predicted, p.Correct, p.Precision, p.Recall)
	}
	fmt.Fprintf(w, "story pairs of originals: gold %d predicted %d precision %.3f recall %.3f\n",
		r.Stories.Gold, r.Stories.Predicted, r.Stories.Precision, r.Stories.Recall)
	fmt.Fprintf(w, "articles put in another original's group: %d\n", len(r.WrongGroup))
	if *verbose {
		for _, m := range r.Misses {
			fmt.Fprintln(w, "  "+m)
		}
	}
	ex, nr, sp, tr := r.Relations[copies.Exact], r.Relations[copies.Near], r.Relations[copies.Spun], r.Relations[copies.Translated]
	fmt.Fprintf(w, "summary: copies exact P %.3f R %.3f, near P %.3f R %.3f, spun P %.3f R %.3f, translated P %.3f R %.3f; stories P %.3f R %.3f\n",
		ex.Precision, ex.Recall, nr.Precision, nr.Recall, sp.Precision, sp.Recall, tr.Precision, tr.Recall, r.Stories.Precision, r.Stories.Recall)
	return nil
}
