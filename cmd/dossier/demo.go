package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"os"
	"sort"

	"github.com/dossier-osint/dossier/examples"
	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/indicator"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/web"
)

func init() {
	register(&command{
		name:    "demo",
		summary: "ingest the sample articles into a fresh SQLite file, print a tour and open the dashboard",
		usage:   "[--db dossier-demo.db] [--addr 127.0.0.1:8080] [--no-serve]",
		run:     runDemo,
	})
}

func runDemo(ctx context.Context, e *env, args []string) error {
	fset := newFlags(e, "demo")
	dbPath := fset.String("db", "dossier-demo.db", "SQLite file to create (replaced if it exists)")
	addr := fset.String("addr", "127.0.0.1:8080", "address of the dashboard")
	noServe := fset.Bool("no-serve", false, "print the tour and exit without serving the dashboard")
	if _, err := parseInterspersed(fset, args); err != nil {
		return err
	}
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if err := os.Remove(*dbPath + suffix); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("fresh database %s: %w", *dbPath, err)
		}
	}
	topics, err := loadTopics("")
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer st.Close()
	w := e.stdout
	fmt.Fprintf(w, "dossier demo: ingesting the sample articles into %s\n", *dbPath)
	names, err := fs.Glob(examples.Files, "*")
	if err != nil {
		return err
	}
	sort.Strings(names)
	var sum ingestSummary
	_, err = app.New(st, topics).IngestAll(ctx, func(push func(app.Item) error) error {
		for _, name := range names {
			data, err := examples.Files.ReadFile(name)
			if err != nil {
				return err
			}
			ds, err := ingest.Parse("examples/"+name, data, ingest.Options{})
			if err != nil {
				if err := push(app.Item{Doc: ingest.Document{Source: "examples/" + name}, Err: err}); err != nil {
					return err
				}
			}
			for _, d := range ds {
				if err := push(app.Item{Doc: d}); err != nil {
					return err
				}
			}
		}
		return nil
	}, sum.add)
	if err != nil {
		return err
	}
	sum.print(w)
	if err := tour(ctx, e, st, *dbPath); err != nil {
		return err
	}
	if *noServe {
		return nil
	}
	srv, err := web.New(st, web.Options{Topics: topics, Logger: slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))})
	if err != nil {
		return err
	}
	return srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
		fmt.Fprintf(w, "\nThe dashboard is at http://%s/ (Ctrl-C to stop).\n", a)
		fmt.Fprintf(w, "Start with its \"open contradictions\" count: one click lists them, one more shows a contradiction\n"+
			"with both sources and their sentences side by side (http://%s/contradictions).\n", a)
	})
}

// tour prints what a new user can look at, with the commands to go further.
func tour(ctx context.Context, e *env, st store.Store, db string) error {
	w := e.stdout
	c, err := st.Counts(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n%d articles, %d claims, %d names, %d time expressions, %d copy groups\n",
		c.Articles, c.Claims, c.Entities, c.Times, c.CopyGroups)

	const query = "student visas"
	hits, total, err := st.Search(ctx, store.SearchQuery{Text: query, Limit: 3})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n$ dossier search --db %s %q   (%d articles match; top 3)\n", db, query, total)
	for _, h := range hits {
		fmt.Fprintf(w, "  #%d %s  %s\n     %s\n", h.ArticleID, orUndated(h.Published), orNone(h.Title, "(untitled)"), renderSnippet(h.Snippet, "«", "»"))
	}

	const ind = "dprk_workers_in_russia"
	s, err := indicator.Build(ctx, st, "dprk-labour-russia", ind)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\n$ dossier indicator --db %s %s   (%d claims, %d independent sources, %d contradictions)\n",
		db, ind, s.Claims, s.Independent, len(s.Contradictions))
	for _, p := range s.Points {
		fmt.Fprintf(w, "  %-12s %-16s %s\n", orNone(p.Period, "?"), p.Value.String()+" "+p.Unit, clip(p.Source, 50))
	}
	for _, ct := range s.Contradictions {
		fmt.Fprintf(w, "  contradiction: %s\n", ct.Explanation)
	}
	fmt.Fprintf(w, "\nNext: dossier show --db %s 1 --removed | dossier claims --db %s | dossier serve --db %s\n", db, db, db)
	return nil
}
