package export

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/store"
	"github.com/dossier-osint/dossier/internal/store/postgres"
	"github.com/dossier-osint/dossier/internal/store/sqlite"
	"github.com/dossier-osint/dossier/internal/topic"
)

const envDSN = "DOSSIER_TEST_POSTGRES"

func openSQLite(t testing.TB) store.Store {
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func openPostgres(t *testing.T) store.Store {
	dsn := os.Getenv(envDSN)
	if dsn == "" {
		t.Skipf("skipped: set %s to a PostgreSQL URL to test export between SQLite and PostgreSQL", envDSN)
	}
	ctx := context.Background()
	schema := fmt.Sprintf("x%d_%d", os.Getpid(), time.Now().UnixNano()%1e9)
	admin, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := admin.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		admin.Exec(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
		admin.Close(context.Background())
	})
	u, _ := url.Parse(dsn)
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	s, err := postgres.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fill stores articles of our own wording through the real pipeline, then
// reviews, re-extracts and groups some of them.
func fill(t *testing.T, st store.Store) {
	ctx := context.Background()
	ts, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ts)
	var ids []int64
	for i := 0; i < 6; i++ {
		text := fmt.Sprintf("Border officials said on Friday that %d workers from North Korea arrived in Vladivostok in %d.\n\n"+
			"The regional labour office said about %d more were expected by the end of the year, \"in spite of the ban\".",
			300+i*41, 2017+i, 40+i*5)
		d := ingest.Document{Source: fmt.Sprintf("n%d.txt", i), Format: ingest.FormatText, Text: text,
			Title: fmt.Sprintf("Arrivals report %d", i), Published: fmt.Sprintf("2023-0%d-1%d", 1+i, i), Lang: "en"}
		id, _, err := st.PutArticle(ctx, p.Article(d))
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	claims, _, err := st.ListClaims(ctx, store.ClaimFilter{})
	if err != nil || len(claims) < 3 {
		t.Fatalf("the pipeline found %d claims (%v); the test needs 3", len(claims), err)
	}
	corrected := claims[1].Claim
	corrected.Indicator = "workers-present"
	for _, r := range []struct {
		id int64
		r  store.Review
	}{
		{claims[0].ID, store.Review{Action: store.ReviewAccepted, Who: "ann", Reason: "as written"}},
		{claims[1].ID, store.Review{Action: store.ReviewCorrected, Who: "bob", Corrected: &corrected}},
		{claims[2].ID, store.Review{Action: store.ReviewRejected, Who: "ann"}},
		{claims[2].ID, store.Review{Action: store.ReviewMachine, Who: "ann", Reason: "undo"}},
	} {
		if _, err := st.ReviewClaim(ctx, r.id, r.r); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids[:3] {
		a, err := st.Article(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		p.Annotate(a)
		if _, err := st.ReplaceAnnotations(ctx, id, a.Annotations); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := st.SetLink(ctx, store.KindCopy, store.Link{ArticleID: ids[1], Of: ids[0], Relation: store.RelSpun, Similarity: 0.7}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.SetLink(ctx, store.KindStory, store.Link{ArticleID: ids[4], Of: ids[3], Similarity: 0.4}); err != nil {
		t.Fatal(err)
	}
}

// TestSQLiteToPostgresAndBack exports a SQLite collection, imports it into
// PostgreSQL, exports that, imports it into a new SQLite file and exports
// again: all three exports are equal byte for byte.
func TestSQLiteToPostgresAndBack(t *testing.T) {
	ctx := context.Background()
	pg := openPostgres(t)
	src := openSQLite(t)
	fill(t, src)
	var exports []*bytes.Buffer
	var counts []Counts
	for _, next := range []store.Store{pg, openSQLite(t), nil} {
		var buf bytes.Buffer
		n, err := Write(ctx, src, &buf)
		if err != nil {
			t.Fatal(err)
		}
		exports, counts = append(exports, &buf), append(counts, n)
		if next == nil {
			break
		}
		if _, err := Read(ctx, next, bytes.NewReader(buf.Bytes())); err != nil {
			t.Fatal(err)
		}
		src = next
	}
	if counts[0].Articles != 6 || counts[0].Audit != 4 || counts[0].Groups != 2 || counts[0].Claims < 3 {
		t.Errorf("export counts %+v", counts[0])
	}
	for i := 1; i < len(exports); i++ {
		if !bytes.Equal(exports[0].Bytes(), exports[i].Bytes()) {
			t.Errorf("export %d differs from the first:\n%s\n---\n%s", i, exports[i], exports[0])
		}
	}
	first := strings.SplitN(exports[0].String(), "\n", 2)[0]
	if first != `{"format":"dossier-export","version":2}` {
		t.Errorf("header = %s", first)
	}
}

// FuzzDecoder: the decoder never panics, and a stream it accepts whole
// re-encodes to records it accepts again unchanged.
func FuzzDecoder(f *testing.F) {
	f.Add([]byte(`{"format":"dossier-export","version":1}` + "\n" + `{"type":"end","articles":0,"claims":0,"audit":0,"groups":0}` + "\n"))
	f.Add([]byte(`{"format":"dossier-export","version":1}
{"type":"article","article":{"id":3,"source":"s","format":"txt","title":"T","published":"","credit":"","lang":"en","text":"Ten men came.","paragraphs":[{"kind":"body","start":0,"end":13,"text":"Ten men came."}],"hash":"h"},"annotations":{"times":null,"quantities":null,"mentions":null,"entities":null,"legal_refs":null}}
{"type":"claim","id":9,"article_id":3,"ord":0,"claim":{"start":0,"end":3,"text":"Ten","value":{"number":10},"unit":"men"},"match_key":"0:3:","review":"accepted","reviewer":"a","reviewed_at":"2024-01-02T03:04:05.000006Z"}
{"type":"audit","id":2,"claim_id":9,"article_id":3,"who":"a","at":"2024-01-02T03:04:05.000006Z","action":"accepted","before":{},"after":{}}
{"type":"group","id":1,"kind":"copy","members":[{"article_id":3,"relation":"original","similarity":1}]}
{"type":"end","articles":1,"claims":1,"audit":1,"groups":1}
`))
	f.Add([]byte("{\"format\":\"dossier-export\",\"version\":2}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := decodeAll(bytes.NewReader(data))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		buf.WriteString(`{"format":"dossier-export","version":1}` + "\n")
		for _, r := range recs {
			b, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(append(b, '\n'))
		}
		again, err := decodeAll(&buf)
		if err != nil {
			t.Fatalf("re-encoded stream refused: %v\n%s", err, buf.Bytes())
		}
		if a, b := mustJSON(t, recs), mustJSON(t, again); a != b {
			t.Fatalf("records changed:\n%s\n%s", a, b)
		}
	})
}

func decodeAll(r io.Reader) ([]any, error) {
	d, err := NewDecoder(r)
	if err != nil {
		return nil, err
	}
	var out []any
	for {
		rec, err := d.Next()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		out = append(out, rec)
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDecoderErrors(t *testing.T) {
	h := `{"format":"dossier-export","version":1}` + "\n"
	art := func(id int) string {
		return fmt.Sprintf(`{"type":"article","article":{"id":%d,"text":"x"},"annotations":{}}`+"\n", id)
	}
	for _, c := range []struct {
		name, stream, want string
	}{
		{"empty", "", "empty stream"},
		{"no header", art(1), "not a dossier-export stream"},
		{"newer", `{"format":"dossier-export","version":3}` + "\n", "version 3"},
		{"truncated", h + art(1), "truncated"},
		{"bad counts", h + art(1) + `{"type":"end","articles":2,"claims":0,"audit":0,"groups":0}` + "\n", "end record counts"},
		{"after end", h + `{"type":"end"}` + "\n" + art(1), "after the end record"},
		{"unknown type", h + `{"type":"note"}` + "\n", "unknown record type"},
		{"out of order", h + art(2) + art(1), "id order"},
		{"no id", h + `{"type":"article","article":{"text":"x"}}` + "\n", "without an id"},
		{"claim after audit", h + art(1) + `{"type":"audit","id":1,"at":""}` + "\n" +
			`{"type":"claim","id":1,"article_id":1}` + "\n", "does not follow"},
		{"bad time", h + art(1) + `{"type":"claim","id":1,"article_id":1,"reviewed_at":"yesterday"}` + "\n", "reviewed_at"},
		{"not json", h + "{oops\n", "line 2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := decodeAll(strings.NewReader(c.stream))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("decode = %v, want an error saying %q", err, c.want)
			}
		})
	}
}
