package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store/storetest"
	"github.com/jackc/pgx/v5"
)

// tempPostgres returns the URL of a new schema in the test database,
// dropped after the test, and a connection to inspect it.
func tempPostgres(t testing.TB) (string, *pgx.Conn) {
	t.Helper()
	dsn := storetest.PostgresSchema(t)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return dsn, conn
}

// buildBinary builds dossier into a temporary directory.
func buildBinary(t testing.TB) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "dossier")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// queueDoc is a short article of our own wording, distinct for each i.
func queueDoc(i int) string {
	places := []string{"Testgrad", "Northport", "Lakeside", "Eastfield", "Rivermouth"}
	return fmt.Sprintf("Worker test dispatch number %d\n\n"+
		"Local officials in %s said on Tuesday that %d construction workers from abroad had arrived at the yards in %d.\n\n"+
		"A regional spokesman said the number had grown by %d compared with the year before.\n",
		i, places[i%len(places)], 50+i*7, 2010+i%12, 3+i)
}

var doneLine = regexp.MustCompile(`(?m)^done job (\d+) ingest attempt (\d+)$`)

// queueDB is a database for the crash test: its DSN and a way to run one
// query returning one number.
type queueDB struct {
	dsn   string
	count func(t *testing.T, query string, args ...any) int64
	// lastAttemptBy is the SQL of "the last worker that took the job is ?".
	lastAttemptBy string
}

func sqliteQueueDB(t *testing.T) queueDB {
	path := filepath.Join(t.TempDir(), "queue.db")
	var db *sql.DB
	return queueDB{dsn: path, lastAttemptBy: `json_extract(attempted_by, '$[#-1]') = ?`,
		count: func(t *testing.T, query string, args ...any) int64 {
			if db == nil {
				var err error
				if db, err = sql.Open("sqlite", "file:"+path+"?_pragma=busy_timeout(10000)"); err != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { db.Close() })
			}
			var n int64
			if err := db.QueryRow(query, args...).Scan(&n); err != nil {
				t.Fatalf("%s: %v", query, err)
			}
			return n
		}}
}

func postgresQueueDB(t *testing.T) queueDB {
	dsn, conn := tempPostgres(t)
	return queueDB{dsn: dsn, lastAttemptBy: `attempted_by[array_length(attempted_by, 1)] = ?`,
		count: func(t *testing.T, query string, args ...any) int64 {
			for i := 1; strings.Contains(query, "?"); i++ {
				query = strings.Replace(query, "?", "$"+strconv.Itoa(i), 1)
			}
			var n int64
			if err := conn.QueryRow(context.Background(), query, args...).Scan(&n); err != nil {
				t.Fatalf("%s: %v", query, err)
			}
			return n
		}}
}

// TestWorkersSurviveKill runs three worker processes on one queue, kills
// one with SIGKILL while it holds a job, and checks that every job is done
// exactly once and no input is lost: on SQLite and on PostgreSQL.
func TestWorkersSurviveKill(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs worker processes")
	}
	bin := buildBinary(t)
	t.Run("sqlite", func(t *testing.T) { workersSurviveKill(t, bin, sqliteQueueDB(t)) })
	t.Run("postgres", func(t *testing.T) { workersSurviveKill(t, bin, postgresQueueDB(t)) })
}

func workersSurviveKill(t *testing.T, bin string, db queueDB) {
	dsn := db.dsn
	const n = 60
	in := t.TempDir()
	for i := 0; i < n; i++ {
		if err := os.WriteFile(filepath.Join(in, fmt.Sprintf("d%02d.txt", i)), []byte(queueDoc(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, err := exec.Command(bin, "jobs", "enqueue", "--db", dsn, in).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("enqueued %d jobs", n)) {
		t.Fatalf("enqueue: %v\n%s", err, out)
	}
	// Enqueueing again adds nothing.
	out, err = exec.Command(bin, "jobs", "enqueue", "--db", dsn, in).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("enqueued 0 jobs (%d already queued)", n)) {
		t.Fatalf("second enqueue: %v\n%s", err, out)
	}

	wctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a guard against hanging
	defer cancel()
	type proc struct {
		name string
		cmd  *exec.Cmd
		out  *bytes.Buffer
	}
	var procs []*proc
	for i, slots := range []int{1, 1, 2} {
		name := fmt.Sprintf("w%d", i+1)
		cmd := exec.CommandContext(wctx, bin, "worker", "--db", dsn, "--id", name, "--job-timeout", "2s",
			"--rescue-after", "3s", "--poll", "100ms", "--slots", strconv.Itoa(slots), "--drain", "-v")
		cmd.Env = append(os.Environ(), envWorkerDelay+"=250ms")
		p := &proc{name: name, cmd: cmd, out: &bytes.Buffer{}}
		cmd.Stdout, cmd.Stderr = p.out, p.out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, p)
	}

	// Kill w1 while it holds a job, after a few jobs are done.
	var victim int64
	deadline := time.Now().Add(2 * time.Minute)
	for victim == 0 {
		if time.Now().After(deadline) {
			t.Fatal("w1 never held a job after 5 were done")
		}
		if db.count(t, `SELECT COUNT(*) FROM river_job WHERE kind = 'ingest' AND state = 'completed'`) >= 5 {
			victim = db.count(t, `SELECT COALESCE(MAX(id), 0) FROM river_job WHERE kind = 'ingest' AND state = 'running' AND `+
				db.lastAttemptBy, "w1")
		}
		if victim == 0 {
			time.Sleep(20 * time.Millisecond)
		}
	}
	if err := procs[0].cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	procs[0].cmd.Wait()
	for _, p := range procs[1:] {
		if err := p.cmd.Wait(); err != nil {
			t.Fatalf("%s: %v\n%s", p.name, err, p.out)
		}
	}

	// Every job done; the victim's job run again by another worker.
	if total, done := db.count(t, `SELECT COUNT(*) FROM river_job WHERE kind = 'ingest'`),
		db.count(t, `SELECT COUNT(*) FROM river_job WHERE kind = 'ingest' AND state = 'completed'`); total != n || done != n {
		t.Errorf("ingest jobs: %d, completed %d; want %d completed", total, done, n)
	}
	attempts := db.count(t, `SELECT attempt FROM river_job WHERE id = ?`, victim)
	if attempts < 2 || db.count(t, `SELECT COUNT(*) FROM river_job WHERE id = ? AND NOT (`+db.lastAttemptBy+`)`,
		victim, "w1") != 1 {
		t.Errorf("killed worker's job %d: attempt %d; want run again by another worker", victim, attempts)
	}
	// No input lost, none stored twice.
	if articles, hashes := db.count(t, `SELECT COUNT(*) FROM articles`), db.count(t, `SELECT COUNT(DISTINCT hash) FROM articles`); articles != n || hashes != n {
		t.Errorf("articles %d (distinct hashes %d), want %d", articles, hashes, n)
	}
	if missing := db.count(t, `SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_signatures g WHERE g.article_id = a.id)`); missing != 0 {
		t.Errorf("%d articles without copy links after the workers drained", missing)
	}
	// Each job reported done exactly once across all workers.
	times := map[int64][]string{}
	for _, p := range procs {
		for _, m := range doneLine.FindAllStringSubmatch(p.out.String(), -1) {
			id, _ := strconv.ParseInt(m[1], 10, 64)
			times[id] = append(times[id], p.name+"#"+m[2])
		}
	}
	// A job w1 completed may go unreported: the SIGKILL can land after its
	// completion is stored and before its line is written. Every other
	// job is reported by the worker that completed it.
	byW1 := db.count(t, `SELECT COUNT(*) FROM river_job WHERE kind = 'ingest' AND state = 'completed' AND `+
		db.lastAttemptBy, "w1")
	reportedByW1 := int64(0)
	for _, who := range times {
		if strings.HasPrefix(who[0], "w1#") {
			reportedByW1++
		}
	}
	if missing := int64(n - len(times)); missing < 0 || missing > byW1-reportedByW1 {
		t.Errorf("%d jobs reported done, want %d (at most %d of w1's unreported)", len(times), n, byW1-reportedByW1)
	}
	for id, who := range times {
		if len(who) != 1 {
			t.Errorf("job %d reported done %d times: %v", id, len(who), who)
		}
	}
	if who := times[victim]; len(who) == 1 && strings.HasPrefix(who[0], "w1#") {
		t.Errorf("killed w1 reported its job %d done", victim)
	}
	for _, p := range procs[1:] {
		sc := bufio.NewScanner(bytes.NewReader(p.out.Bytes()))
		for sc.Scan() {
			if strings.Contains(sc.Text(), "level=ERROR") {
				t.Errorf("%s: %s", p.name, sc.Text())
			}
		}
	}
	t.Logf("killed w1 holding job %d; done on attempt %d", victim, attempts)
}
