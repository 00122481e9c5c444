// Command dossier turns a stream of news articles into a sourced record of
// quantity claims: ingest, clean, find copies, annotate, extract claims,
// store, search and serve. Run "dossier help" for the commands.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"

	// The collector's target and memory limit, set in its init, before
	// the packages' tables are built (internal/gctune).
	_ "github.com/dossier-osint/dossier/internal/gctune"
)

// command is one subcommand. Each lives in its own file and registers itself
// in init with register, so adding a command touches no shared switch.
type command struct {
	name    string
	summary string // one line for "dossier help"
	usage   string // argument synopsis, e.g. "PATH... | -"
	run     func(ctx context.Context, env *env, args []string) error
}

// env is what every command gets: its streams, so tests can run commands
// in-process and read their output.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	log    *slog.Logger
}

var commands = map[string]*command{}

func register(c *command) {
	if _, dup := commands[c.name]; dup {
		panic("dossier: command registered twice: " + c.name)
	}
	commands[c.name] = c
}

// exitError carries an exit status without printing anything more.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr,
		log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel()}))}
	// DOSSIER_CPUPROFILE=FILE writes a CPU profile of the command (go tool pprof).
	if path := os.Getenv("DOSSIER_CPUPROFILE"); path != "" {
		if f, err := os.Create(path); err == nil && pprof.StartCPUProfile(f) == nil {
			code := runMemProfiled(ctx, e, os.Args[1:])
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	os.Exit(runMemProfiled(ctx, e, os.Args[1:]))
}

// memProfileRate is the allocation profile's sampling with
// DOSSIER_MEMPROFILE: one sample every 4 KB allocated, instead of Go's
// 512 KB, enough samples for the many small allocations of a short run.
const memProfileRate = 4 << 10

// runMemProfiled runs the command of args; with DOSSIER_MEMPROFILE=FILE it writes
// the allocations made after start-up to FILE (go tool pprof
// -sample_index=alloc_space or alloc_objects).
func runMemProfiled(ctx context.Context, e *env, args []string) int {
	path := os.Getenv("DOSSIER_MEMPROFILE")
	if path == "" {
		// Nothing reads the allocation profile: no sampling (Go samples
		// an allocation every 512 KB by default, its stack unwound and
		// recorded in buckets of a table faulted in at the first).
		runtime.MemProfileRate = 0
		return run(ctx, e, args)
	}
	runtime.MemProfileRate = memProfileRate
	code := run(ctx, e, args)
	runtime.GC() // the profile holds what the last collection counted
	if f, err := os.Create(path); err == nil {
		if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
			fmt.Fprintf(e.stderr, "dossier: DOSSIER_MEMPROFILE: %v\n", err)
		}
		f.Close()
	} else {
		fmt.Fprintf(e.stderr, "dossier: DOSSIER_MEMPROFILE: %v\n", err)
	}
	return code
}

func logLevel() slog.Level {
	if os.Getenv("DOSSIER_DEBUG") != "" {
		return slog.LevelDebug
	}
	return slog.LevelWarn
}

// run dispatches args to a command and returns the process exit status.
func run(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		if len(args) > 1 {
			if c, ok := commands[args[1]]; ok {
				fmt.Fprintf(e.stdout, "usage: dossier %s %s\n  %s\n", c.name, c.usage, c.summary)
				return 0
			}
		}
		printHelp(e.stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(e.stderr, "dossier: unknown command %q (run \"dossier help\")\n", args[0])
		return 2
	}
	if e.log == nil { // warnings and errors to standard error
		e.log = slog.New(slog.NewTextHandler(e.stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	err := c.run(ctx, e, args[1:])
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, flag.ErrHelp):
		return 0
	default:
		fmt.Fprintf(e.stderr, "dossier %s: %v\n", c.name, err)
		return 1
	}
}

func printHelp(w io.Writer) {
	fmt.Fprintln(w, "dossier: a sourced record of quantity claims from news articles")
	fmt.Fprintln(w, "\nusage: dossier COMMAND [flags] [args]\n\ncommands:")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-12s %s\n", n, commands[n].summary)
	}
	fmt.Fprintln(w, "\nglobal: --db PATH|URL (or DOSSIER_DB; default ./dossier.db)")
	fmt.Fprintln(w, "run \"dossier help COMMAND\" for a command's usage")
}

// newFlags returns a flag set for a command that writes its usage to e.
func newFlags(e *env, c string) *flag.FlagSet {
	fs := flag.NewFlagSet("dossier "+c, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	return fs
}

// dbFlag adds the --db flag with the DOSSIER_DB default.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("DOSSIER_DB")
	if def == "" {
		def = "dossier.db"
	}
	return fs.String("db", def, "database: a SQLite file path or a postgres:// URL (env DOSSIER_DB)")
}

// parseInterspersed parses flags that may appear before or after positional
// arguments ("dossier search --lang en workers" and "dossier search workers --lang en").
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
		for len(args) > 0 && !strings.HasPrefix(args[0], "-") || len(args) > 0 && args[0] == "-" {
			pos = append(pos, args[0])
			args = args[1:]
		}
		if len(args) == 0 {
			return pos, nil
		}
	}
}
