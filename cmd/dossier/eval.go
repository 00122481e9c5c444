package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/eval"
	"github.com/dossier-osint/dossier/internal/gold"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/topic"
)

func init() {
	register(&command{
		name:    "eval",
		summary: "score the pipeline against an answer key, or run a public test suite",
		usage:   "--gold FILE --docs DIR [--json] [--verbose] | copies [--seeds N] | suite recognizers|tempeval3|meantime|ner DIR [--json] [--verbose]",
		run:     runEval,
	})
}

func runEval(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 && args[0] == "suite" {
		return runEvalSuite(ctx, e, args[1:])
	}
	if len(args) > 0 && args[0] == "copies" {
		return runEvalCopies(ctx, e, args[1:])
	}
	fs := newFlags(e, "eval")
	goldPath := fs.String("gold", "", "answer key (JSON, format of shared/gold/README.md)")
	docs := fs.String("docs", "", "directory holding the key's documents")
	asJSON := fs.Bool("json", false, "print one JSON object")
	verbose := fs.Bool("verbose", false, "list every miss and false positive")
	topicsDir := topicsFlag(fs)
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	if *goldPath == "" || *docs == "" {
		return fmt.Errorf("--gold FILE and --docs DIR are both required")
	}
	key, err := gold.Load(*goldPath)
	if err != nil {
		return err
	}
	p, err := loadPipeline(*topicsDir)
	if err != nil {
		return err
	}
	// The key measures one topic's indicators: extract with that topic only,
	// so that another topic's indicator is not scored as a wrong one.
	if key.Topic != "" {
		var only []*topic.Topic
		for _, t := range p.Topics {
			if t.ID == key.Topic {
				only = append(only, t)
			}
		}
		if len(only) == 0 {
			return fmt.Errorf("answer key %s: topic %q is not among the loaded topics", *goldPath, key.Topic)
		}
		p = pipeline.New(only)
	}
	process := func(ctx context.Context, path string) (*doc.Article, error) {
		// "feed.jsonl:3" names the record on line 3 of a JSON Lines file.
		file, record := path, ""
		if i := strings.LastIndexByte(path, ':'); i > 0 {
			if _, err := os.Stat(path); err != nil {
				file, record = path[:i], path[i+1:]
			}
		}
		data, err := os.ReadFile(file)
		if err != nil {
			return nil, err
		}
		ds, err := ingest.Parse(file, data, ingest.Options{})
		if err != nil {
			return nil, err
		}
		if record != "" {
			for _, d := range ds {
				if strings.HasSuffix(d.Source, ":"+record) {
					return p.Article(d), nil
				}
			}
			return nil, fmt.Errorf("%s: no record %s", file, record)
		}
		if len(ds) != 1 {
			return nil, fmt.Errorf("%s: %d articles in one key document (name one as FILE:LINE)", path, len(ds))
		}
		return p.Article(ds[0]), nil
	}
	r, err := eval.Run(ctx, key, *docs, process)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, r)
	}
	printReport(e.stdout, r, *verbose)
	return nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func printReport(w io.Writer, r *eval.Report, verbose bool) {
	fmt.Fprintf(w, "documents: %d\n", r.Documents)
	var summary []string
	if m := r.Metadata; m != nil {
		fmt.Fprintf(w, "\nmetadata\n  published %.3f  credit %.3f  title %.3f\n", m.Published, m.Credit, m.Title)
		summary = append(summary, fmt.Sprintf("metadata %.2f/%.2f/%.2f", m.Published, m.Credit, m.Title))
	}
	if t := r.Times; t != nil {
		fmt.Fprintf(w, "\ntimes\n  gold %d  correct %d  accuracy %.3f\n", t.Gold, t.Correct, t.Accuracy)
		summary = append(summary, fmt.Sprintf("times %.3f", t.Accuracy))
	}
	if c := r.Claims; c != nil {
		fmt.Fprintf(w, "\nclaims\n  gold %d  predicted %d  matched %d\n  precision %.3f  recall %.3f  f1 %.3f  complete %.3f\n"+
			"  unit %.3f  indicator %.3f  period %.3f  said_by %.3f  origin %.3f\n",
			c.Gold, c.Predicted, c.Matched, c.Precision, c.Recall, c.F1, c.Complete, c.Unit, c.Indicator, c.Period, c.SaidBy, c.Origin)
		summary = append(summary, fmt.Sprintf("claims P %.3f R %.3f F1 %.3f complete %.3f", c.Precision, c.Recall, c.F1, c.Complete))
	}
	if n := r.Names; n != nil {
		fmt.Fprintf(w, "\nnames\n  alias groups %d  resolved %d  aliases %.3f  legal_refs %.3f\n", n.AliasGroups, n.Resolved, n.Aliases, n.LegalRefs)
		summary = append(summary, fmt.Sprintf("names %.3f legal %.3f", n.Aliases, n.LegalRefs))
	}
	if verbose && len(r.Details) > 0 {
		fmt.Fprintln(w, "\nmisses")
		for _, d := range r.Details {
			if !strings.HasPrefix(d, "claims ") {
				fmt.Fprintln(w, "  "+d)
			}
		}
		for _, g := range r.ClaimErrorGroups() {
			fmt.Fprintf(w, "\nclaim errors: %s (%d)\n", g.Attr, len(g.Errors))
			for _, e := range g.Errors {
				printClaimError(w, e)
			}
		}
	}
	fmt.Fprintf(w, "\nsummary: %d documents; %s\n", r.Documents, strings.Join(summary, "; "))
}

// printClaimError prints one claim error: what was wanted and found, the
// rule that set the field, and the sentence.
func printClaimError(w io.Writer, e eval.ClaimError) {
	switch e.Attr {
	case "missed":
		fmt.Fprintf(w, "  %s: %s %q\n", e.File, e.Want, e.Cue)
	case "false positive":
		fmt.Fprintf(w, "  %s: %s [%s]\n      rule: %s\n      in: %q\n", e.File, e.Got, e.Cue, e.Rule, e.Sentence)
	default:
		fmt.Fprintf(w, "  %s: %q want %q, got %q\n      rule: %s\n", e.File, e.Cue, e.Want, e.Got, e.Rule)
	}
}
