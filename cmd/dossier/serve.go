package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"strings"

	"github.com/dossier-osint/dossier/internal/web"
)

func init() {
	register(&command{
		name:    "serve",
		summary: "serve the dashboard, the claims review and the JSON API over HTTP",
		usage:   "[--addr 127.0.0.1:8080] [--host NAME,...] [--public-url URL] [--request-timeout 30s] [--topics DIR] [--db PATH|URL]",
		run:     runServe,
	})
}

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve")
	dsn := dbFlag(fs)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; a non-loopback address needs an API token (dossier token create)")
	topicsDir := topicsFlag(fs)
	secure := fs.Bool("secure-cookies", false, "mark the session cookie Secure (when served behind HTTPS)")
	var hosts []string
	fs.Func("host", "names the server answers to besides the --addr host and localhost (comma-separated, repeatable); other Host headers get 421", func(v string) error {
		for _, h := range strings.Split(v, ",") {
			if h = strings.TrimSpace(h); h != "" {
				hosts = append(hosts, h)
			}
		}
		return nil
	})
	publicURL := fs.String("public-url", "", "the server's address as readers reach it, for feed links (default http:// and --addr)")
	timeout := fs.Duration("request-timeout", web.DefaultRequestTimeout, "longest a request may work, database statements and extraction included")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	if *publicURL == "" {
		*publicURL = defaultPublicURL(*addr)
	} else if u, err := url.Parse(*publicURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("--public-url %q: want an http(s) URL such as https://dossier.example.org", *publicURL)
	} else {
		hosts = append(hosts, u.Host)
	}
	topics, err := loadTopics(*topicsDir)
	if err != nil {
		return err
	}
	// the job queue tells the alerts page which deliveries are dead
	st, q, err := openQueue(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	a, err := newApp(e, st, *topicsDir, 0)
	if err != nil {
		return err
	}
	log := e.log
	if log == nil {
		log = slog.Default()
	}
	srv, err := web.New(st, web.Options{
		Topics: topics, Logger: log, SecureCookies: *secure,
		Hosts: hosts, PublicURL: *publicURL, RequestTimeout: *timeout,
		// The ingest API stores through the service layer, as "dossier
		// ingest" does: pipeline, alerts, copy links.
		Ingest:      a.IngestPosted,
		AlertStates: q.AlertStates,
	})
	if err != nil {
		return err
	}
	return srv.ListenAndServe(ctx, *addr, func(addr net.Addr) {
		fmt.Fprintf(e.stdout, "dossier: serving on http://%s/ (Ctrl-C to stop)\n", addr)
	})
}

// defaultPublicURL is http:// and the listening address, with localhost
// for an address on every interface.
func defaultPublicURL(addr string) string {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return "http://localhost"
	}
	if ip := net.ParseIP(host); host == "" || ip != nil && ip.IsUnspecified() {
		host = "localhost"
	}
	return "http://" + net.JoinHostPort(host, port)
}
