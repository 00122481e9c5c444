package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/web"
)

func init() {
	register(&command{
		name:    "token",
		summary: "create, list or revoke API tokens for reviewing and ingesting over HTTP",
		usage:   "create --role reviewer|admin --name NAME | list | revoke ID",
		run:     runToken,
	})
}

func runToken(ctx context.Context, e *env, args []string) error {
	if len(args) == 0 {
		return fmt.Errorf("want a subcommand: create, list or revoke (dossier help token)")
	}
	sub, args := args[0], args[1:]
	fs := newFlags(e, "token "+sub)
	dsn := dbFlag(fs)
	role := fs.String("role", "", "create: reviewer (may review claims) or admin (may also ingest)")
	name := fs.String("name", "", "create: who uses the token (a person or a program), written into the audit log with every review")
	pos, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "create", "list", "revoke":
	default:
		return fmt.Errorf("unknown subcommand %q: want create, list or revoke", sub)
	}
	if sub == "create" && !store.ValidRole(*role) {
		return fmt.Errorf("--role %q: want reviewer or admin", *role)
	}
	if sub == "create" && strings.TrimSpace(*name) == "" {
		return fmt.Errorf("--name: say who uses the token (e.g. --name \"Ana Analyst\"); the audit log names them with every review")
	}
	st, err := openStore(ctx, *dsn)
	if err != nil {
		return err
	}
	defer st.Close()
	switch sub {
	case "create":
		secret := web.NewTokenSecret()
		id, err := st.CreateToken(ctx, *role, *name, web.HashToken(secret))
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "token %d (%s, %s) created; it is shown once, only its SHA-256 is stored:\n", id, *role, strings.TrimSpace(*name))
		fmt.Fprintln(e.stdout, secret)
	case "list":
		list, err := st.ListTokens(ctx)
		if err != nil {
			return err
		}
		tw := tabwriter.NewWriter(e.stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tROLE\tNAME\tCREATED\tREVOKED")
		for _, t := range list {
			rev := ""
			if t.Revoked() {
				rev = t.RevokedAt.Format("2006-01-02 15:04")
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", t.ID, t.Role, t.Name, t.CreatedAt.Format("2006-01-02 15:04"), rev)
		}
		return tw.Flush()
	case "revoke":
		if len(pos) != 1 {
			return fmt.Errorf("revoke: want one token id (see dossier token list)")
		}
		id, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil {
			return fmt.Errorf("revoke: token id %q is not a number", pos[0])
		}
		if err := st.RevokeToken(ctx, id); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "token %d revoked\n", id)
	}
	return nil
}
