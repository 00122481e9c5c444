package main

import (
	"context"
	"fmt"
	"sort"

	"github.com/dossier-osint/dossier/internal/suite"
)

// runEvalSuite runs a public test suite: `dossier eval suite NAME DIR`.
func runEvalSuite(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval suite")
	asJSON := fs.Bool("json", false, "print one JSON object, fractions from 0 to 1")
	verbose := fs.Bool("verbose", false, "list failures")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return fmt.Errorf("usage: dossier eval suite recognizers|tempeval3|meantime|ner DIR")
	}
	name, dir := pos[0], pos[1]
	w := e.stdout
	switch name {
	case "recognizers":
		files, err := suite.Recognizers(dir, *verbose)
		if err != nil {
			return err
		}
		dt, err := suite.RecognizersDateTime(dir, *verbose)
		if err != nil {
			return err
		}
		files["DateTimeModel"] = dt
		if *asJSON {
			return writeJSON(w, map[string]any{"files": files})
		}
		names := make([]string, 0, len(files))
		for n := range files {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(w, "%-18s %6s %6s %6s\n", "file", "cases", "passed", "rate")
		cases, passed := 0, 0
		for _, n := range names {
			f := files[n]
			cases, passed = cases+f.Cases, passed+f.Passed
			fmt.Fprintf(w, "%-18s %6d %6d %6.3f\n", n, f.Cases, f.Passed, f.Rate)
			if *verbose {
				for _, m := range f.Failures {
					fmt.Fprintf(w, "    %s\n", m)
				}
			}
		}
		fmt.Fprintf(w, "summary: recognizers %d/%d cases passed in %d files\n", passed, cases, len(files))
	case "tempeval3":
		r, err := suite.TempEval3(dir)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(w, r)
		}
		if *verbose {
			for _, m := range r.Misses {
				fmt.Fprintln(w, "  "+m)
			}
		}
		fmt.Fprintf(w, "gold %d  predicted %d  relaxed matches %d  strict matches %d\n", r.Gold, r.Predicted, r.Relaxed, r.Strict)
		fmt.Fprintf(w, "relaxed P %.4f R %.4f F1 %.4f\n", r.RelaxedP, r.RelaxedR, r.RelaxedF1)
		fmt.Fprintf(w, "summary: tempeval3 relaxed F1 %.4f, strict F1 %.4f, value accuracy %.4f, value F1 %.4f\n",
			r.RelaxedF1, r.StrictF1, r.ValueAccuracy, r.ValueF1)
	case "meantime":
		r, err := suite.Meantime(dir)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(w, r)
		}
		if *verbose {
			for _, m := range r.Misses {
				fmt.Fprintln(w, "  "+m)
			}
		}
		fmt.Fprintf(w, "documents %d\ntimes  gold %d predicted %d matched %d  P %.4f R %.4f F1 %.4f  value accuracy %.4f\n",
			r.Documents, r.TimesGold, r.TimesPredicted, r.TimesMatched, r.TimesPrecision, r.TimesRecall, r.TimesF1, r.TimesValueAccuracy)
		fmt.Fprintf(w, "values gold %d predicted %d matched %d  P %.4f R %.4f F1 %.4f\n",
			r.ValuesGold, r.ValuesPredicted, r.ValuesMatched, r.ValuesPrecision, r.ValuesRecall, r.ValuesF1)
		fmt.Fprintf(w, "summary: meantime times F1 %.4f, times value accuracy %.4f, values F1 %.4f\n", r.TimesF1, r.TimesValueAccuracy, r.ValuesF1)
	case "ner":
		r, err := suite.MeantimeNER(dir)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(w, r)
		}
		for _, t := range []string{"PER", "ORG", "LOC"} {
			p := r.PerType[t]
			fmt.Fprintf(w, "%-4s gold %4d predicted %4d correct %4d  P %.3f R %.3f F1 %.3f\n", t, p.Gold, p.Predicted, p.Correct, p.Precision, p.Recall, p.F1)
		}
		fmt.Fprintf(w, "summary: MEANTIME English names (PER, ORG, LOC), micro P %.3f R %.3f F1 %.3f over %d documents\n",
			r.All.Precision, r.All.Recall, r.All.F1, r.Documents)
	default:
		return fmt.Errorf("unknown suite %q: want recognizers, tempeval3, meantime or ner", name)
	}
	return nil
}
