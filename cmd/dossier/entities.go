package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "entities",
		summary: "list the people, organisations and places named in stored articles, most seen first",
		usage:   "[--type PER|ORG|LOC|MISC] [--article ID] [--limit N] [--offset N] [--json]",
		run:     runEntities,
	})
	register(&command{
		name:    "entity",
		summary: "show one entity: its name, variants and why they were linked, the articles and claims",
		usage:   "NAME|KEY [--json]",
		run:     runEntity,
	})
}

var entityTypes = app.EntityTypes

func runEntities(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "entities")
	dsn := dbFlag(fs)
	var f store.EntityFilter
	fs.StringVar(&f.Type, "type", "", "only entities of this type: PER, ORG, LOC or MISC")
	fs.Int64Var(&f.ArticleID, "article", 0, "only entities named in this article")
	fs.IntVar(&f.Limit, "limit", 50, "entities to show (0: all)")
	fs.IntVar(&f.Offset, "offset", 0, "entities to skip")
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q (to show one entity: dossier entity NAME)", pos[0])
	}
	if f.Type != "" {
		t := strings.ToUpper(f.Type)
		if !hasString(entityTypes, t) {
			return fmt.Errorf("type %q: want one of %s", f.Type, strings.Join(entityTypes, ", "))
		}
		f.Type = t
	}
	if f.ArticleID < 0 || f.Limit < 0 || f.Offset < 0 {
		return fmt.Errorf("--article, --limit and --offset must not be negative")
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if f.ArticleID != 0 {
		if _, err := st.Article(ctx, f.ArticleID); err != nil {
			return fmt.Errorf("article %d: %w", f.ArticleID, err)
		}
	}
	ents, total, err := st.ListEntities(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		if ents == nil {
			ents = []store.EntitySummary{}
		}
		return writeJSON(e.stdout, map[string]any{"total": total, "entities": ents})
	}
	if total == 0 {
		fmt.Fprintln(e.stdout, "no entities"+describeFilter(f))
		return nil
	}
	fmt.Fprintf(e.stdout, "%d entities%s; showing %d\n\n", total, describeFilter(f), len(ents))
	fmt.Fprintf(e.stdout, "%-4s %8s %8s  %s\n", "type", "articles", "mentions", "name")
	for _, x := range ents {
		fmt.Fprintf(e.stdout, "%-4s %8d %8d  %s\n", x.Type, x.Articles, x.Mentions, clipText(x.Name, 100))
	}
	if len(ents) < total {
		fmt.Fprintf(e.stdout, "\n(%d more: use --limit and --offset)\n", total-len(ents)-f.Offset)
	}
	return nil
}

func describeFilter(f store.EntityFilter) string {
	var s []string
	if f.Type != "" {
		s = append(s, "of type "+f.Type)
	}
	if f.ArticleID != 0 {
		s = append(s, "in article #"+strconv.FormatInt(f.ArticleID, 10))
	}
	if len(s) == 0 {
		return ""
	}
	return " " + strings.Join(s, " ")
}

func runEntity(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "entity")
	dsn := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	name := strings.TrimSpace(strings.Join(pos, " "))
	if name == "" {
		return fmt.Errorf("no name: dossier entity NAME (list names with dossier entities)")
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	d, err := app.FindEntity(ctx, st, name)
	if errors.Is(err, store.ErrNotFound) {
		all, _, lerr := st.ListEntities(ctx, store.EntityFilter{})
		if lerr != nil {
			return lerr
		}
		fmt.Fprintf(e.stderr, "dossier entity: no entity named %q\n", name)
		if sug := app.SuggestEntities(name, all, 5); len(sug) > 0 {
			fmt.Fprintln(e.stderr, "did you mean:")
			for _, s := range sug {
				fmt.Fprintf(e.stderr, "  %s  (%s, %d articles)\n", s.Name, s.Type, s.Articles)
			}
		} else {
			fmt.Fprintln(e.stderr, "no close match; list the known names with: dossier entities")
		}
		return exitError{1}
	}
	if err != nil {
		return err
	}
	if *asJSON {
		if d.Articles == nil {
			d.Articles = []store.ArticleSummary{}
		}
		if d.Claims == nil {
			d.Claims = []store.StoredClaim{}
		}
		return writeJSON(e.stdout, d)
	}
	printEntity(e.stdout, d)
	return nil
}

func printEntity(w io.Writer, d *store.EntityDetail) {
	printKV(w, "entity", d.Name)
	printKV(w, "type", d.Type)
	printKV(w, "key", d.Key)
	printKV(w, "variants", strings.Join(d.Variants, " | "))
	if len(d.Links) > 0 {
		fmt.Fprintln(w, "\nwhy the variants are one entity:")
		for _, l := range d.Links {
			fmt.Fprintf(w, "  %s\n", l)
		}
	}
	fmt.Fprintf(w, "\narticles mentioning it: %d\n", len(d.Articles))
	for _, a := range d.Articles {
		fmt.Fprintf(w, "  #%d  %s  %s  %s\n", a.ID, orUndated(a.Published), orNone(a.Credit, "no credit"), clipText(orNone(a.Title, "(untitled)"), 100))
	}
	fmt.Fprintf(w, "\nclaims said by it: %d\n", len(d.Claims))
	for _, c := range d.Claims {
		fmt.Fprintf(w, "  #%d  %s %s  [%s]  period %s  (article #%d, %s)\n", c.ID, c.Value, c.Unit,
			orNone(c.Indicator, "no indicator"), orNone(c.Period, "?"), c.ArticleID, c.Review)
		fmt.Fprintf(w, "      %s\n", clipText(c.Sentence, 300))
	}
}

// clip shortens s to at most n runes, marking the cut, and replaces
// control characters so stored text cannot drive the terminal.
func clipText(s string, n int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return ' '
		}
		return r
	}, s)
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func hasString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
