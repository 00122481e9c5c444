package storetest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// EnvPostgres names the PostgreSQL database the tests use, e.g.
// postgres://dossier@127.0.0.1:5432/dossier_test. Each test gets a schema
// of its own (PostgresSchema).
const EnvPostgres = "DOSSIER_TEST_POSTGRES"

var schemaSeq atomic.Int64

// PostgresDSN returns the database EnvPostgres names; the test is skipped,
// saying how to run it, when it is unset.
func PostgresDSN(tb testing.TB) string {
	dsn := os.Getenv(EnvPostgres)
	if dsn == "" {
		tb.Skipf("PostgreSQL tests skipped: set %s to a database URL (e.g. postgres://dossier@127.0.0.1:5432/dossier_test)", EnvPostgres)
	}
	return dsn
}

// PostgresSchema creates a new schema in the database EnvPostgres names,
// dropped when the test ends, and returns the DSN that selects it
// (search_path); the test is skipped when EnvPostgres is unset.
func PostgresSchema(tb testing.TB) string {
	tb.Helper()
	dsn := PostgresDSN(tb)
	ctx := context.Background()
	schema := fmt.Sprintf("t%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, schemaSeq.Add(1))
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		tb.Fatalf("connect to %s: %v", EnvPostgres, err)
	}
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		admin.Close(ctx)
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		admin.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close(context.Background())
	})
	if !strings.Contains(dsn, "://") {
		return dsn + " search_path=" + schema
	}
	u, err := url.Parse(dsn)
	if err != nil {
		tb.Fatalf("%s: %v", EnvPostgres, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
