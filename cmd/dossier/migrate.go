package main

import (
	"context"
	"fmt"
)

func init() {
	register(&command{
		name:    "migrate",
		summary: "apply the database's pending schema migrations and print its schema version",
		usage:   "[--db PATH|URL]",
		run:     runMigrate,
	})
}

func runMigrate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "migrate")
	dsn := dbFlag(fs)
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return fmt.Errorf("unexpected arguments %q", pos)
	}
	// Opening applies the pending migrations, each list in one transaction.
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	if err := st.Migrate(ctx); err != nil {
		return err
	}
	v, ok := st.(interface {
		SchemaVersion(context.Context) (int, error)
	})
	if !ok {
		fmt.Fprintln(e.stdout, "migrated")
		return nil
	}
	n, err := v.SchemaVersion(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "schema version %d\n", n)
	return nil
}
