package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/dossier-osint/dossier/internal/app"
	"github.com/dossier-osint/dossier/internal/fetch"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "ingest",
		summary: "read, clean, annotate and store articles (files, directories, URLs, WARC, -)",
		usage:   "[--db PATH] [--max-bytes N] [--topics DIR] [--allow-private] [--workers N] PATH|URL... | -",
		run:     runIngest,
	})
}

// ingestSummary counts what an ingest run did.
type ingestSummary struct {
	New, Unchanged int
	Failed         []string // "source: reason"
	Warned         []string // "source: warning", a work budget spent
	Alerts         int
}

func (s *ingestSummary) add(r app.Result) {
	switch {
	case r.Err != nil:
		s.Failed = append(s.Failed, r.Err.Error())
	case r.Created:
		s.New++
	default:
		s.Unchanged++
	}
	s.Alerts += len(r.Alerts)
	for _, w := range r.Warnings {
		s.Warned = append(s.Warned, r.Source+": "+w)
	}
}

func (s *ingestSummary) print(w io.Writer) {
	fmt.Fprintf(w, "ingested: %d new, %d unchanged, %d failed\n", s.New, s.Unchanged, len(s.Failed))
	for _, f := range s.Failed {
		fmt.Fprintf(w, "  failed %s\n", f)
	}
	for _, x := range s.Warned {
		fmt.Fprintf(w, "  warning %s\n", x)
	}
	if s.Alerts > 0 {
		fmt.Fprintf(w, "alerts fired: %d\n", s.Alerts)
	}
}

// newApp opens the service layer on st with the topics of dir.
func newApp(e *env, st store.Store, topicsDir string, workers int) (*app.App, error) {
	topics, err := loadTopics(topicsDir)
	if err != nil {
		return nil, err
	}
	a := app.New(st, topics)
	a.Workers = workers
	if e.log != nil {
		a.Log = e.log
	}
	return a, nil
}

func workersFlag(fs interface {
	Int(name string, value int, usage string) *int
}) *int {
	return fs.Int("workers", 0, "articles extracted at once (default: the number of CPUs)")
}

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest")
	dsn := dbFlag(fs)
	opt := ingestFlags(fs)
	topicsDir := topicsFlag(fs)
	workers := workersFlag(fs)
	allowPrivate := fs.Bool("allow-private", false, "allow URLs on loopback, private and link-local addresses")
	quiet := fs.Bool("quiet", false, "no progress bar")
	inputs, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(inputs) == 0 {
		return fmt.Errorf("no input: give files, directories, URLs or - for standard input")
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	a, err := newApp(e, st, *topicsDir, *workers)
	if err != nil {
		return err
	}
	var urls, paths []string
	for _, in := range inputs {
		if strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
			urls = append(urls, in)
		} else {
			paths = append(paths, in)
		}
	}
	var bar *progressbar.ProgressBar
	if n := countInputs(paths) + len(urls); !*quiet && n >= 20 && isTerminal(e.stderr) {
		bar = progressbar.NewOptions(n, progressbar.OptionSetWriter(e.stderr), progressbar.OptionSetDescription("ingest"),
			progressbar.OptionShowCount(), progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100_000_000))
	}
	feed := func(push func(app.Item) error) error {
		if len(urls) > 0 {
			client := fetch.New(fetch.Options{AllowPrivate: *allowPrivate, MaxBytes: opt.MaxBytes})
			for _, u := range urls {
				d, err := fetchPage(ctx, client, u)
				if bar != nil {
					bar.Add(1)
				}
				if err := push(app.Item{Doc: d, Err: err}); err != nil {
					return err
				}
			}
		}
		if len(paths) == 0 {
			return nil
		}
		last := ""
		return ingest.Walk(ctx, paths, e.stdin, *opt, func(d ingest.Document, err error) error {
			if d.Source != last && bar != nil {
				bar.Add(1)
				last = d.Source
			}
			for _, w := range d.Warnings {
				fmt.Fprintf(e.stderr, "dossier ingest: %s: warning: %s\n", d.Source, w)
			}
			return push(app.Item{Doc: d, Err: err})
		})
	}
	var sum ingestSummary
	_, err = a.IngestAll(ctx, feed, sum.add)
	if bar != nil {
		bar.Finish()
	}
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	sum.print(e.stdout)
	if len(sum.Failed) > 0 {
		return exitError{1}
	}
	return nil
}

// fetchPage fetches a URL and reads the page.
func fetchPage(ctx context.Context, client *fetch.Client, u string) (ingest.Document, error) {
	resp, err := client.Get(ctx, u, fetch.Conditional{})
	if err != nil {
		return ingest.Document{Source: u}, err
	}
	d, err := ingest.FromHTMLContext(ctx, u, resp.URL, resp.Body)
	if err != nil {
		return ingest.Document{Source: u}, err
	}
	return d, nil
}

// countInputs counts the files Walk will read, for the progress bar.
func countInputs(paths []string) int {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
			continue
		}
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && ingest.Known(d.Name()) {
				n++
			}
			return nil
		})
	}
	return n
}

func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
