package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/web"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the dashboard, the claims review and the JSON API over HTTP",
		usage:   "[--addr 127.0.0.1:8080] [--topics DIR] [--db PATH|URL]",
		run:     runServe,
	})
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve")
	dsn := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; a non-loopback address needs an API token (dossier token create)")
	topicsDir := topicsFlag(fs)
	secure := fs.Bool("secure-cookies", false, "mark the session cookie Secure (when served behind HTTPS)")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	topics, err := loadTopics(*topicsDir)
	if err != nil {
		return err
	}
	pl, err := loadPipeline(*topicsDir)
	if err != nil {
		return err
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	log := e.log
	if log == nil {
		log = slog.Default()
	}
	srv, err := web.New(st, web.Options{
		Topics: topics, Logger: log, SecureCookies: *secure,
		// The ingest API runs the same pipeline as "dossier ingest".
		Process: func(ctx context.Context, a *doc.Article) error {
			d := ingest.Document{Source: a.Source, Format: a.Format, URL: a.URL, Title: a.Title,
				Published: a.Published, Credit: a.Credit, SiteName: a.SiteName, Byline: a.Byline, Lang: a.Lang, Text: a.Text}
			*a = *pl.Article(d)
			return nil
		},
	})
	if err != nil {
		return err
	}
	return srv.ListenAndServe(ctx, *addr, func(a net.Addr) {
		fmt.Fprintf(e.stdout, "dossier: serving on http://%s/ (Ctrl-C to stop)\n", a)
	})
}
