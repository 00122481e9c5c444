package main

import (
	"context"
	"fmt"
	"os"

	"github.com/dossier-osint/dossier/internal/topic"
)

func init() {
	register(&command{
		name:    "topics",
		summary: "list topics and their indicators, or check topic files (file, line, what is wrong)",
		usage:   "list [--topics DIR] | check [--explain] FILE|DIR...",
		run:     runTopics,
	})
}

func runTopics(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		args = []string{"list"}
	}
	switch args[0] {
	case "list":
		fs := newFlags(e, "topics list")
		dir := topicsFlag(fs)
		if _, err := parseInterspersed(fs, args[1:]); err != nil {
			return err
		}
		ts, err := loadTopics(*dir)
		if err != nil {
			return err
		}
		for _, t := range ts {
			fmt.Fprintf(e.stdout, "%s  %s  (%s)\n", t.ID, t.Name, t.Path)
			for _, in := range t.Indicators {
				fmt.Fprintf(e.stdout, "  %-26s %-6s %s\n", in.ID, in.Measure, in.Label)
			}
		}
		return nil
	case "check":
		if len(args) == 1 {
			return fmt.Errorf("topics check: give topic files or directories")
		}
		bad := 0
		paths, explain := args[1:], false
		if paths[0] == "--explain" || paths[0] == "-explain" {
			// how each Russian and Ukrainian term will match (topic.Explain)
			paths, explain = paths[1:], true
			if len(paths) == 0 {
				return fmt.Errorf("topics check --explain: give topic files or directories")
			}
		}
		show := func(t *topic.Topic) {
			if explain {
				for _, l := range t.Explain() {
					fmt.Fprintf(e.stdout, "  %s\n", l)
				}
			}
		}
		for _, p := range paths {
			fi, err := os.Stat(p)
			if err != nil {
				fmt.Fprintf(e.stderr, "%v\n", err)
				bad++
				continue
			}
			if fi.IsDir() {
				ts, err := topic.LoadDir(p)
				if err != nil {
					fmt.Fprintln(e.stderr, err)
					bad++
					continue
				}
				for _, t := range ts {
					fmt.Fprintf(e.stdout, "%s: ok (%s, %d indicators)\n", t.Path, t.ID, len(t.Indicators))
					show(t)
				}
				continue
			}
			t, err := topic.Load(p)
			if err != nil {
				fmt.Fprintln(e.stderr, err)
				bad++
				continue
			}
			fmt.Fprintf(e.stdout, "%s: ok (%s, %d indicators)\n", p, t.ID, len(t.Indicators))
			show(t)
		}
		if bad > 0 {
			return exitError{1}
		}
		return nil
	}
	return fmt.Errorf("unknown subcommand %q: want list or check", args[0])
}
