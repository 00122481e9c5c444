package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/pipeline"
)

func init() {
	register(&command{
		name:    "show",
		summary: "print a stored article: metadata, clean text, and optionally what cleaning removed",
		usage:   "ID [--removed] [--annotations] [--json]",
		run:     runShow,
	})
}

func runShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "show")
	dsn := dbFlag(fs)
	removed := fs.Bool("removed", false, "also list what cleaning removed or re-labelled, with the reason")
	annotations := fs.Bool("annotations", false, "also list time expressions, quantities, names and claims")
	asJSON := fs.Bool("json", false, "print the article as JSON (the extract format)")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return fmt.Errorf("want one article ID")
	}
	id, err := strconv.ParseInt(pos[0], 10, 64)
	if err != nil || id <= 0 {
		return fmt.Errorf("article ID %q: want a positive number", pos[0])
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := st.Article(ctx, id)
	if err != nil {
		return fmt.Errorf("article %d: %w", id, err)
	}
	if *asJSON {
		return writeJSON(e.stdout, pipeline.View(a))
	}
	w := e.stdout
	printKV(w, "article", fmt.Sprintf("#%d", a.ID))
	printKV(w, "title", orNone(a.Title, "(none in the text)"))
	pub := "(no date found in the text)"
	if a.Published != "" {
		pub = a.Published + "  [" + a.DateRule + "]"
	}
	printKV(w, "published", pub)
	credit := "(none found)"
	if a.Credit != "" {
		credit = a.Credit + "  [" + a.CreditRule + "]"
	}
	printKV(w, "credit", credit)
	printKV(w, "language", orNone(a.Lang, "unknown"))
	printKV(w, "source", a.Source)
	for _, warn := range a.Warnings {
		printKV(w, "warning", warn)
	}
	fmt.Fprintln(w)
	for _, p := range a.Paragraphs {
		text := p.Text
		switch p.Kind {
		case "body":
		case "title":
			fmt.Fprintf(w, "# %s\n\n", text)
			continue
		default:
			text = "[" + p.Kind + "] " + text
		}
		if len(p.Flags) > 0 {
			text += "  [" + strings.Join(p.Flags, ", ") + "]"
		}
		fmt.Fprintf(w, "%s\n\n", text)
	}
	if *removed {
		fmt.Fprintf(w, "--- removed or re-labelled by cleaning: %d\n", len(a.Removed))
		for _, r := range a.Removed {
			fmt.Fprintf(w, "[%s] %s\n", r.Reason, r.Text)
		}
	}
	if *annotations && a.Annotations != nil {
		an := a.Annotations
		fmt.Fprintf(w, "--- times: %d\n", len(an.Times))
		for _, t := range an.Times {
			fmt.Fprintf(w, "  %q -> %s  (%s; %s)\n", t.Text, orNone(t.Value, "unresolved"), t.Rule, t.Anchor)
		}
		fmt.Fprintf(w, "--- quantities: %d\n", len(an.Quantities))
		for _, q := range an.Quantities {
			fmt.Fprintf(w, "  %q -> %s %s %s\n", q.Text, q.Kind, q.Value, q.Unit)
		}
		fmt.Fprintf(w, "--- names: %d entities\n", len(an.Entities))
		for _, en := range an.Entities {
			fmt.Fprintf(w, "  %s %s: %s\n", en.Type, en.Name, strings.Join(en.Variants, " | "))
		}
		fmt.Fprintf(w, "--- claims: %d\n", len(an.Claims))
		for _, c := range an.Claims {
			fmt.Fprintf(w, "  %s %s [%s] period %s, said by %s, origin %s\n", c.Value, c.Unit, orNone(c.Indicator, "no indicator"),
				orNone(c.Period, "?"), orNone(c.SaidBy, "-"), orNone(c.Origin, "-"))
		}
	}
	return nil
}
