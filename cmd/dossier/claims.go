package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/dossier-osint/dossier/internal/csvsafe"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "claims",
		summary: "list stored claims: figure, unit, indicator, period, who said it, citing whom",
		usage:   "[--topic ID] [--indicator ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--said-by NAME] [--review STATE] [--format table|jsonl|csv] [--limit N]",
		run:     runClaims,
	})
}

func runClaims(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "claims")
	dsn := dbFlag(fs)
	var f store.ClaimFilter
	fs.StringVar(&f.Topic, "topic", "", "topic id")
	fs.StringVar(&f.Indicator, "indicator", "", "indicator id")
	fs.StringVar(&f.From, "from", "", "periods overlapping from this day (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "periods overlapping up to this day (YYYY-MM-DD)")
	fs.StringVar(&f.SaidBy, "said-by", "", "who states the figure")
	fs.StringVar(&f.Review, "review", "", "review state: machine, accepted, rejected, corrected")
	fs.IntVar(&f.Limit, "limit", 0, "at most this many claims (0: all)")
	format := fs.String("format", "table", "table, jsonl or csv")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	for _, d := range []string{f.From, f.To} {
		if d != "" && !validDate(d) {
			return fmt.Errorf("date %q: want YYYY-MM-DD", d)
		}
	}
	if f.Review != "" && !store.ValidReview(f.Review) {
		return fmt.Errorf("review state %q: want machine, accepted, rejected or corrected", f.Review)
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	cs, total, err := st.ListClaims(ctx, f)
	if err != nil {
		return err
	}
	switch *format {
	case "jsonl":
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		for _, c := range cs {
			if err := enc.Encode(c); err != nil {
				return err
			}
		}
	case "csv":
		w := csvsafe.NewWriter(e.stdout) // every cell defused: units, names and sentences are untrusted
		w.Write([]string{"id", "article_id", "article_published", "value", "unit", "per", "scope", "indicator", "period", "said_by", "origin", "review", "copy_group", "sentence"})
		for _, c := range cs {
			w.Write([]string{strconv.FormatInt(c.ID, 10), strconv.FormatInt(c.ArticleID, 10), c.ArticlePublished, c.Value.String(),
				c.Unit, c.Per, c.Scope, c.Indicator, c.Period, c.SaidBy, c.Origin, c.Review, strconv.FormatInt(c.CopyGroup, 10), c.Sentence})
		}
		return w.Flush()
	case "table":
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tARTICLE\tVALUE\tUNIT\tINDICATOR\tPERIOD\tSAID BY\tORIGIN\tREVIEW\tCOPY GROUP")
		for _, c := range cs {
			group := "-"
			if c.CopyGroup != 0 {
				group = strconv.FormatInt(c.CopyGroup, 10)
			}
			fmt.Fprintf(tw, "%d\t#%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", c.ID, c.ArticleID, c.Value, unitPer(c.Unit, c.Per),
				orNone(c.Indicator, "-"), orNone(c.Period, "?"), clip(orNone(c.SaidBy, "-"), 32), clip(orNone(c.Origin, "-"), 32), c.Review, group)
		}
		tw.Flush()
		fmt.Fprintf(e.stdout, "%d claims\n", total)
	default:
		return fmt.Errorf("format %q: want table, jsonl or csv", *format)
	}
	return nil
}

func unitPer(unit, per string) string {
	if per != "" {
		return unit + "/" + per
	}
	return unit
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
