package main

import (
	"context"
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/dossier-osint/dossier/internal/indicator"
	"github.com/dossier-osint/dossier/internal/topic"
)

func init() {
	register(&command{
		name:    "indicator",
		summary: "an indicator's series over time: period, value, source, independent sources, contradictions",
		usage:   "ID [--topics DIR] [--json]",
		run:     runIndicator,
	})
}

func runIndicator(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "indicator")
	dsn := dbFlag(fs)
	topicsDir := topicsFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	ts, err := loadTopics(*topicsDir)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fmt.Fprintln(e.stderr, "want one indicator id; known:")
		listIndicators(e, ts)
		return exitError{2}
	}
	var top *topic.Topic
	var ind *topic.Indicator
	for _, t := range ts {
		if i := t.Indicator(pos[0]); i != nil {
			top, ind = t, i
		}
	}
	if ind == nil {
		fmt.Fprintf(e.stderr, "dossier indicator: no indicator %q; known:\n", pos[0])
		listIndicators(e, ts)
		return exitError{1}
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := indicator.Build(ctx, st, top.ID, ind.ID)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(e.stdout, s)
	}
	w := e.stdout
	fmt.Fprintf(w, "%s (%s, %s): %s\n\n", ind.ID, top.ID, ind.Measure, ind.Label)
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "PERIOD\tVALUE\tUNIT\tSOURCE\tARTICLE\tINDEPENDENT\tNOTE")
	for _, p := range s.Points {
		period := orNone(p.Period, "?")
		if p.FromPublished {
			period = p.ArticlePublished + " (published)"
		}
		var note []string
		if len(p.Copies) > 0 {
			note = append(note, fmt.Sprintf("+%d copies", len(p.Copies)))
		}
		if len(p.Contradicts) > 0 {
			note = append(note, fmt.Sprintf("CONTRADICTS claim %v", p.Contradicts))
		}
		if p.Review != "machine" {
			note = append(note, p.Review)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t#%d claim %d\t%d\t%s\n", period, p.Value, unitPer(p.Unit, p.Per), clip(p.Source, 40),
			p.ArticleID, p.ID, p.Independent, strings.Join(note, "; "))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d claims, %d independent sources, %d contradictions\n", s.Claims, s.Independent, len(s.Contradictions))
	for _, c := range s.Contradictions {
		state := "open"
		if !c.Open {
			state = "reviewed"
		}
		fmt.Fprintf(w, "  claim %d vs claim %d (%s): %s\n", c.A, c.B, state, c.Explanation)
	}
	return nil
}

func listIndicators(e *env, ts []*topic.Topic) {
	for _, t := range ts {
		for _, in := range t.Indicators {
			fmt.Fprintf(e.stderr, "  %-26s %s (%s)\n", in.ID, in.Label, t.ID)
		}
	}
}
