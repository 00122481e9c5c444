package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dossier-osint/dossier/internal/fetch"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/watch"
)

func init() {
	register(&command{
		name:    "sources",
		summary: "add, list or remove the feeds (RSS, Atom, JSON Feed) that dossier watch polls",
		usage:   "add URL [--interval 15m] | list [--json] | remove ID",
		run:     runSources,
	})
}

// sourceStore opens the database and returns it as a SourceStore.
func sourceStore(ctx context.Context, dsn string) (store.Store, store.SourceStore, error) {
	st, err := openStore(ctx, dsn)
	if err != nil {
		return nil, nil, err
	}
	return st, st, nil
}

func runSources(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("want a subcommand: add, list or remove (dossier help sources)")
	}
	sub, args := args[0], args[1:]
	fs := newFlags(e, "sources "+sub)
	dsn := dbFlag(fs)
	interval := fs.Duration("interval", 0, "add: polling interval (default: the watcher's --interval)")
	asJSON := fs.Bool("json", false, "list: JSON output")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "add":
		if len(pos) != 1 {
			return fmt.Errorf("add: want one feed URL")
		}
		if err := fetch.CheckURL(pos[0]); err != nil { // no user:pass@: it would be stored and printed
			return fmt.Errorf("add: %w", err)
		}
		parsed, err := watch.ParseSourcesFile("argument", []byte(pos[0]))
		if err != nil || len(parsed) != 1 {
			return fmt.Errorf("add: %q is not an http(s) URL", pos[0])
		}
		if *interval != 0 && *interval < watch.MinInterval {
			return fmt.Errorf("add: --interval %s is shorter than %s", *interval, watch.MinInterval)
		}
		st, ss, err := sourceStore(ctx, *dsn)
		if err != nil {
			return err
		}
		defer st.Close()
		src, created, err := ss.AddSource(ctx, parsed[0].URL, *interval)
		if err != nil {
			return err
		}
		verb := "added"
		if !created {
			verb = "updated"
		}
		fmt.Fprintf(e.stdout, "source %d %s: %s (every %s)\n", src.ID, verb, src.URL, intervalText(src.Interval))
		return nil
	case "list":
		st, ss, err := sourceStore(ctx, *dsn)
		if err != nil {
			return err
		}
		defer st.Close()
		list, err := ss.ListSources(ctx)
		if err != nil {
			return err
		}
		for i := range list { // never print credentials stored before add refused them
			list[i].URL = fetch.Redact(list[i].URL)
		}
		if *asJSON {
			if list == nil {
				list = []store.Source{}
			}
			enc := json.NewEncoder(e.stdout)
			enc.SetIndent("", "  ")
			return enc.Encode(list)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tURL\tEVERY\tHEALTH\tPOLLS\t304\tITEMS (done/open/failed)\tLAST POLL\tLAST ERROR")
		for _, s := range list {
			health := "ok"
			switch {
			case s.Unhealthy:
				health = fmt.Sprintf("UNHEALTHY (%d failures)", s.Failures)
			case s.Failures > 0:
				health = fmt.Sprintf("failing (%d)", s.Failures)
			case s.Polls == 0:
				health = "new"
			}
			last := "-"
			if !s.LastPoll.IsZero() {
				last = s.LastPoll.Local().Format("2006-01-02 15:04:05")
			}
			open := s.Items[store.ItemPending] + s.Items[store.ItemFetched]
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%d\t%d/%d/%d\t%s\t%s\n", s.ID, s.URL, intervalText(s.Interval), health,
				s.Polls, s.NotModified, s.Items[store.ItemDone], open, s.Items[store.ItemFailed], last, clipLine(s.LastError, 100))
		}
		return tw.Flush()
	case "remove", "rm":
		if len(pos) != 1 {
			return fmt.Errorf("remove: want one source id (see dossier sources list)")
		}
		id, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil {
			return fmt.Errorf("remove: %q is not a source id", pos[0])
		}
		st, ss, err := sourceStore(ctx, *dsn)
		if err != nil {
			return err
		}
		defer st.Close()
		if err := ss.RemoveSource(ctx, id); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "source %d removed\n", id)
		return nil
	}
	return fmt.Errorf("unknown subcommand %q: want add, list or remove", sub)
}

func intervalText(d time.Duration) string {
	if d <= 0 {
		return "default"
	}
	return d.String()
}

func clipLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
