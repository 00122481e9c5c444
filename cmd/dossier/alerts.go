package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/dossier-osint/dossier/internal/alert"
	"github.com/dossier-osint/dossier/internal/queue"
	"github.com/dossier-osint/dossier/internal/store"
)

func init() {
	register(&command{
		name:    "alerts",
		summary: "list fired alerts, the webhook dead-letter list, or test an alert rule on the stored articles",
		usage:   "list [--limit N] | dead | retry ID | test RULE [--topics DIR] | feed [--limit N]",
		run:     runAlerts,
	})
}

func runAlerts(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("want a subcommand: list, dead, retry, test or feed (dossier help alerts)")
	}
	sub, args := args[0], args[1:]
	fs := newFlags(e, "alerts "+sub)
	dsn := dbFlag(fs)
	topicsDir := topicsFlag(fs)
	lim := fs.Int("limit", 50, "list, feed: how many alerts")
	asJSON := fs.Bool("json", false, "list, dead, test: JSON output")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "list", "dead", "retry", "test", "feed":
	default:
		return fmt.Errorf("unknown subcommand %q: want list, dead, retry, test or feed", sub)
	}
	var st store.Store
	var q *queue.Queue // delivery is the job queue's: list, dead, retry
	if sub == "list" || sub == "dead" || sub == "retry" {
		st, q, err = openQueue(ctx, *dsn)
		if err == nil {
			defer q.Close()
		}
	} else {
		st, err = openStore(ctx, *dsn)
	}
	if err != nil {
		return err
	}
	defer st.Close()
	var evs []store.AlertEvent
	switch sub {
	case "list":
		if evs, err = st.ListAlerts(ctx, *lim); err != nil {
			return err
		}
		if err := q.AlertStates(ctx, evs); err != nil {
			return err
		}
	case "dead":
		if evs, err = q.DeadAlerts(ctx, st); err != nil {
			return err
		}
	case "retry":
		if len(pos) != 1 {
			return fmt.Errorf("retry: want one alert id (see dossier alerts dead)")
		}
		id, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil {
			return fmt.Errorf("retry: %q is not an alert id", pos[0])
		}
		if err := q.RetryAlert(ctx, id); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "alert %d queued for delivery again\n", id)
		return nil
	case "feed":
		b, err := alert.Feed(ctx, st, alert.FeedOptions{Limit: *lim})
		if err != nil {
			return err
		}
		_, err = e.stdout.Write(b)
		return err
	case "test":
		if len(pos) != 1 {
			return fmt.Errorf("test: want one rule id (TOPIC/ID or ID; see the alerts of the topic files)")
		}
		topics, err := loadTopics(*topicsDir)
		if err != nil {
			return err
		}
		eng := &alert.Engine{Topics: topics, Store: st}
		if evs, err = eng.Test(ctx, pos[0]); err != nil {
			return err
		}
	}
	if *asJSON {
		if evs == nil {
			evs = []store.AlertEvent{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(evs)
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
	switch sub {
	case "test":
		fmt.Fprintln(tw, "ARTICLE\tRULE\tALERT")
		for _, ev := range evs {
			fmt.Fprintf(tw, "%d\t%s/%s\t%s\n", ev.ArticleID, ev.Topic, ev.Rule, clipLine(ev.Title, 140))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%d alert(s) would have fired on the stored articles\n", len(evs))
		return nil
	default:
		fmt.Fprintln(tw, "ID\tCREATED\tRULE\tDELIVERY\tATTEMPTS\tALERT\tLAST ERROR")
		for _, ev := range evs {
			fmt.Fprintf(tw, "%d\t%s\t%s/%s\t%s\t%d\t%s\t%s\n", ev.ID, ev.CreatedAt.Local().Format("2006-01-02 15:04"),
				ev.Topic, ev.Rule, ev.Delivery, ev.Attempts, clipLine(ev.Title, 100), clipLine(ev.LastError, 80))
		}
		return tw.Flush()
	}
}
