package main

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/queue"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "jobs",
		summary: "show and feed the job queue: list, stats, enqueue PATH... | --reextract, retry ID...",
		usage:   "[--db PATH|postgres://...] [stats | list [--state S] [--kind K] [--limit N] | enqueue PATH...|- | enqueue --reextract | retry ID...] [--json]",
		run:     runJobs,
	})
}

func runJobs(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "jobs")
	dsn := dbFlag(fs)
	asJSON := fs.Bool("json", false, "print JSON")
	state := fs.String("state", "", "list: only jobs in this state (available, scheduled, running, retryable, completed, discarded, cancelled)")
	kind := fs.String("kind", "", "list: only jobs of this kind (ingest, reextract, link_copies, deliver_alert, poll_feeds)")
	limit := fs.Int("limit", 50, "list: at most this many jobs, newest first")
	reextract := fs.Bool("reextract", false, "enqueue: one re-extraction job per stored article")
	maxAttempts := fs.Int("max-attempts", 3, "enqueue: attempts before a job is discarded")
	opt := ingestFlags(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	sub := "stats"
	if len(pos) > 0 {
		sub, pos = pos[0], pos[1:]
	}
	switch sub {
	case "stats", "list", "enqueue", "retry":
	default:
		return fmt.Errorf("unknown jobs command %q (want stats, list, enqueue or retry)", sub)
	}
	st, q, err := openQueue(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	defer q.Close()
	switch sub {
	case "stats":
		s, err := q.Stats(ctx)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, s)
		}
		total := 0
		var states []string
		for k, n := range s.ByState {
			total += n
			states = append(states, fmt.Sprintf("%s %d", k, n))
		}
		sort.Strings(states)
		fmt.Fprintf(e.stdout, "jobs: %d (%s); open: %d\n", total, strings.Join(states, ", "), s.Open())
		return nil
	case "list":
		list, err := q.List(ctx, queue.Filter{State: *state, Kind: *kind, Limit: *limit})
		if err != nil {
			return err
		}
		if *asJSON {
			if list == nil {
				list = []queue.Job{}
			}
			return writeJSON(e.stdout, list)
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tKIND\tSTATE\tATTEMPT\tBY\tCREATED\tERROR")
		for _, j := range list {
			by := ""
			if n := len(j.AttemptedBy); n > 0 {
				by = j.AttemptedBy[n-1]
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%d/%d\t%s\t%s\t%s\n", j.ID, j.Kind, j.State, j.Attempt, j.MaxAttempts,
				by, j.CreatedAt.Local().Format("2006-01-02 15:04:05"), oneLine(j.LastError, 80))
		}
		return tw.Flush()
	case "enqueue":
		var jobs []queue.NewJob
		if *reextract {
			if len(pos) > 0 {
				return fmt.Errorf("enqueue --reextract takes no paths")
			}
			arts, _, err := st.ListArticles(ctx, store.ArticleFilter{})
			if err != nil {
				return err
			}
			for i := len(arts) - 1; i >= 0; i-- { // oldest first
				jobs = append(jobs, queue.ReextractJob(arts[i].ID))
			}
		} else {
			if len(pos) == 0 {
				return fmt.Errorf("enqueue: give files, directories or - (or --reextract)")
			}
			failed := 0
			err := ingest.Walk(ctx, pos, e.stdin, *opt, func(d ingest.Document, err error) error {
				if err != nil {
					failed++
					fmt.Fprintf(e.stderr, "dossier jobs: %v\n", err)
					return nil
				}
				jobs = append(jobs, queue.IngestJob(d))
				return nil
			})
			if err != nil {
				return err
			}
			if failed > 0 {
				defer func() { fmt.Fprintf(e.stderr, "dossier jobs: %d inputs not read\n", failed) }()
			}
		}
		for i := range jobs {
			jobs[i].MaxAttempts = *maxAttempts
		}
		added, err := q.Enqueue(ctx, jobs)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "enqueued %d jobs (%d already queued)\n", added, len(jobs)-added)
		return nil
	default: // retry
		if len(pos) == 0 {
			return fmt.Errorf("retry: give job IDs")
		}
		for _, p := range pos {
			id, err := strconv.ParseInt(p, 10, 64)
			if err != nil || id <= 0 {
				return fmt.Errorf("job ID %q: want a positive number", p)
			}
			if err := q.Retry(ctx, id); err != nil {
				return err
			}
			fmt.Fprintf(e.stdout, "job %d queued again\n", id)
		}
		return nil
	}
}

func oneLine(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
