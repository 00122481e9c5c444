package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"

	"github.com/dossier-osint/dossier/internal/ftm"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "export-ftm",
		summary: "export stored articles, names and claims as FollowTheMoney JSON lines (for Aleph and the ftm tools)",
		usage:   "[--db PATH] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--credit NAME] [--out FILE] > out.ftm.json",
		run:     runExportFTM,
	})
}

func runExportFTM(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export-ftm")
	dsn := dbFlag(fs)
	var f store.ArticleFilter
	fs.StringVar(&f.From, "from", "", "articles published on or after (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "articles published on or before (YYYY-MM-DD)")
	fs.StringVar(&f.Credit, "credit", "", "only articles credited to this agency or outlet")
	out := fs.String("out", "", "write to this file instead of standard output")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected argument %q", pos[0])
	}
	for _, d := range []string{f.From, f.To} {
		if d != "" && !validDate(d) {
			return fmt.Errorf("date %q: want YYYY-MM-DD", d)
		}
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	var w io.Writer = e.stdout
	var file *os.File
	if *out != "" {
		file, err = os.Create(*out)
		if err != nil {
			return err
		}
		defer file.Close()
		w = file
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	n, entities, err := exportFTM(ctx, st, f, bw)
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export-ftm: write: %w", err)
	}
	if file != nil {
		if err := file.Close(); err != nil {
			return fmt.Errorf("export-ftm: %s: %w", *out, err)
		}
		fmt.Fprintf(e.stderr, "exported %d articles as %d FtM entities to %s\n", n, entities, *out)
	}
	return nil
}

// exportFTM writes the articles selected by f, one at a time, and then the
// people, organisations and places they name.
func exportFTM(ctx context.Context, st store.Store, f store.ArticleFilter, w io.Writer) (articles, entities int, err error) {
	const page = 500
	x := ftm.NewExporter(w)
	f.Limit = page
	for f.Offset = 0; ; f.Offset += page {
		sums, total, err := st.ListArticles(ctx, f)
		if err != nil {
			return articles, x.Written(), err
		}
		for _, s := range sums {
			if err := ctx.Err(); err != nil {
				return articles, x.Written(), err
			}
			a, err := st.Article(ctx, s.ID)
			if err != nil {
				return articles, x.Written(), fmt.Errorf("article %d: %w", s.ID, err)
			}
			if err := x.Add(a); err != nil {
				return articles, x.Written(), err
			}
			articles++
		}
		if len(sums) == 0 || f.Offset+len(sums) >= total {
			break
		}
	}
	if err := x.Close(); err != nil {
		return articles, x.Written(), err
	}
	return articles, x.Written(), nil
}
