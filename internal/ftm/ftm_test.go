package ftm

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/pipeline"
	"github.com/dossier-osint/dossier/internal/topic"
)

// Texts written for these tests.
var texts = map[string]string{
	"a.txt": `Seoul says thousands of North Korean laborers reached Russia

SEOUL, March 3, 2025 (Harbour Wire) - South Korea's National Intelligence Service (NIS) said on Monday that about 5,000 North Korean workers entered Russia in 2024, in breach of UN Security Council resolution 2397.

The NIS said most of the workers were sent to building sites in Vladivostok and Khabarovsk. Kim Jong Un met Vladimir Putin in Pyongyang in June.

Putin praised the "<b>friendship</b> & trust" between Moscow and Pyongyang, according to the Korean Central News Agency (KCNA).`,
	"b.txt": `Russian visas for North Korean students jump

MOSCOW, May 9, 2025 (Harbour Wire) - Russia issued 1,200 student visas to citizens of North Korea in the first quarter of 2025, the interior ministry said.

Analysts say many of the students work on building sites. Kim Jong-un has not commented.`,
}

func annotated(t testing.TB) []*doc.Article {
	t.Helper()
	ts, err := topic.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	p := pipeline.New(ts)
	var arts []*doc.Article
	for _, name := range []string{"a.txt", "b.txt"} {
		ds, err := ingest.Parse(name, []byte(texts[name]), ingest.Options{})
		if err != nil || len(ds) != 1 {
			t.Fatalf("parse %s: %v (%d documents)", name, err, len(ds))
		}
		arts = append(arts, p.Article(ds[0]))
	}
	return arts
}

func decode(t *testing.T, out []byte) []Entity {
	t.Helper()
	var ents []Entity
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for n := 1; sc.Scan(); n++ {
		var e Entity
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			t.Fatalf("line %d is not an FtM entity: %v: %s", n, err, sc.Bytes())
		}
		ents = append(ents, e)
	}
	return ents
}

func TestExportInvariants(t *testing.T) {
	arts := annotated(t)
	var buf bytes.Buffer
	if err := Write(&buf, arts); err != nil {
		t.Fatal(err)
	}
	ents := decode(t, buf.Bytes())
	allowed := map[string]bool{}
	for _, s := range Schemas {
		allowed[s] = true
	}
	byID := map[string]Entity{}
	count := map[string]int{}
	for _, e := range ents {
		if !allowed[e.Schema] {
			t.Errorf("entity %s has schema %q, not one of %v", e.ID, e.Schema, Schemas)
		}
		if len(e.ID) != 40 {
			t.Errorf("entity id %q is not a hex SHA-1", e.ID)
		}
		if _, dup := byID[e.ID]; dup {
			t.Errorf("entity id %s written twice", e.ID)
		}
		byID[e.ID] = e
		count[e.Schema]++
		if len(e.Properties["name"]) == 0 {
			t.Errorf("%s %s has no name (Thing requires one)", e.Schema, e.ID)
		}
	}
	for _, e := range ents {
		for _, p := range EntityProps[e.Schema] {
			for _, ref := range e.Properties[p] {
				if _, ok := byID[ref]; !ok {
					t.Errorf("%s %s: %s refers to %s, which is not in the export", e.Schema, e.ID, p, ref)
				}
			}
		}
		if e.Schema == SchemaMention {
			if len(e.Properties["document"]) != 1 || byID[e.Properties["document"][0]].Schema != SchemaArticle {
				t.Errorf("mention %v: document is not one Article", e.Properties)
			}
			for _, r := range e.Properties["resolved"] {
				if s := byID[r].Schema; s != SchemaPerson && s != SchemaOrganization {
					t.Errorf("mention %v resolves to a %s (range is LegalEntity)", e.Properties["name"], s)
				}
			}
		}
	}
	for _, s := range []string{SchemaArticle, SchemaPerson, SchemaOrganization, SchemaAddress, SchemaMention, SchemaNote} {
		if count[s] == 0 {
			t.Errorf("no %s entity exported (counts %v)", s, count)
		}
	}
	if count[SchemaArticle] != 2 {
		t.Errorf("%d Article entities, want 2", count[SchemaArticle])
	}
}

func TestExportContent(t *testing.T) {
	arts := annotated(t)
	var buf bytes.Buffer
	if err := Write(&buf, arts); err != nil {
		t.Fatal(err)
	}
	ents := decode(t, buf.Bytes())
	find := func(schema, name string) *Entity {
		for i := range ents {
			if ents[i].Schema == schema && hasValue(ents[i].Properties["name"], name) {
				return &ents[i]
			}
		}
		return nil
	}
	// one Person for Kim Jong Un across both articles, the other spelling an alias
	kim := 0
	for _, e := range ents {
		if e.Schema == SchemaPerson && (hasValue(e.Properties["name"], "Kim Jong Un") || hasValue(e.Properties["name"], "Kim Jong-un")) {
			kim++
			if !hasValue(e.Properties["alias"], "Kim Jong-un") && !hasValue(e.Properties["alias"], "Kim Jong Un") {
				t.Errorf("Kim's person lacks the other spelling as alias: %v", e.Properties)
			}
		}
	}
	if kim != 1 {
		t.Errorf("%d Person entities for Kim Jong Un, want 1", kim)
	}
	nk := find(SchemaAddress, "North Korea")
	if nk == nil {
		t.Fatal("no Address for North Korea")
	}
	if got := nk.Properties["country"]; len(got) != 1 || got[0] != "kp" {
		t.Errorf("North Korea country = %v, want [kp]", got)
	}
	a := find(SchemaArticle, arts[0].Title)
	if a == nil {
		t.Fatalf("no Article named %q", arts[0].Title)
	}
	for prop, want := range map[string]string{"title": arts[0].Title, "publishedAt": arts[0].Published,
		"publisher": arts[0].Credit, "description": arts[0].Text} {
		if want == "" {
			t.Errorf("test article has no %s", prop)
			continue
		}
		if got := a.Properties[prop]; len(got) != 1 || got[0] != want {
			t.Errorf("article %s = %q, want %q", prop, got, want)
		}
	}
	if !hasValue(a.Properties["addressEntity"], nk.ID) {
		t.Errorf("article's addressEntity lacks North Korea")
	}
	// the claim: a Note on the article carrying the sentence as written
	var note *Entity
	for i := range ents {
		if ents[i].Schema == SchemaNote && strings.Contains(strings.Join(ents[i].Properties["description"], ""), "5,000") {
			note = &ents[i]
		}
	}
	if note == nil {
		t.Fatalf("no Note for the 5,000 workers claim; claims: %+v", arts[0].Annotations.Claims)
	}
	if !hasValue(note.Properties["entity"], a.ID) || !hasValue(note.Properties["proof"], a.ID) {
		t.Errorf("note not linked to its article: %v", note.Properties)
	}
	if name := strings.Join(note.Properties["name"], ""); !strings.Contains(name, "5000") {
		t.Errorf("note name %q lacks the figure", name)
	}
	if len(note.Properties["entity"]) != 2 {
		t.Errorf("note entity %v: want the article and the NIS as speaker", note.Properties["entity"])
	}
}

// TestTextUnaltered checks that untrusted text (markup, quotes, ampersands,
// non-Latin letters) comes back from the JSON exactly as written.
func TestTextUnaltered(t *testing.T) {
	for _, text := range []string{
		`Putin praised the "<b>friendship</b> & trust" <script>alert(1)</script>`,
		"Ким Чен Ын и 김정은 \u2028 line sep",
		"tab\tand\nnewline \\ backslash",
	} {
		a := &doc.Article{Hash: "h" + text, Title: text, Source: "t.txt", Text: text,
			Annotations: &doc.Annotations{
				Entities: []doc.Entity{{Key: "per:x", Name: text, Type: doc.PER, Variants: []string{text}}},
				Mentions: []doc.Mention{{Start: 0, End: len(text), Text: text, Type: doc.PER, Entity: "per:x"}},
				Claims:   []doc.Claim{{Sentence: text, Value: doc.Exact(3), Unit: "person", SaidBy: text}},
			}}
		var buf bytes.Buffer
		if err := Write(&buf, []*doc.Article{a}); err != nil {
			t.Fatal(err)
		}
		if strings.Count(buf.String(), "\n") != 4 {
			t.Errorf("%q: want 4 lines (article, mention, note, person), got\n%s", text, buf.String())
		}
		for _, e := range decode(t, buf.Bytes()) {
			for _, p := range []string{"title", "description", "name"} {
				for _, v := range e.Properties[p] {
					if e.Schema == SchemaNote && p == "name" {
						continue
					}
					if v != text {
						t.Errorf("%s %s = %q, want %q", e.Schema, p, v, text)
					}
				}
			}
		}
	}
}

func TestIDsStable(t *testing.T) {
	arts := annotated(t)
	var a, b bytes.Buffer
	if err := Write(&a, arts); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, annotated(t)); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("two exports of the same articles differ")
	}
	if ID("entity", "per:kim jong un") == ID("article", "per:kim jong un") {
		t.Error("ids of different kinds collide")
	}
}

func TestUnannotatedArticle(t *testing.T) {
	var buf bytes.Buffer
	a := &doc.Article{ID: 7, Source: "https://example.org/story", Text: "Text."}
	if err := Write(&buf, []*doc.Article{a}); err != nil {
		t.Fatal(err)
	}
	ents := decode(t, buf.Bytes())
	if len(ents) != 1 || ents[0].Schema != SchemaArticle {
		t.Fatalf("got %+v, want one Article", ents)
	}
	if got := ents[0].Properties["sourceUrl"]; len(got) != 1 || got[0] != a.Source {
		t.Errorf("sourceUrl = %v", got)
	}
	if got := ents[0].Properties["name"]; len(got) != 1 || got[0] != a.Source {
		t.Errorf("untitled article name = %v, want its source", got)
	}
}

func BenchmarkExport(b *testing.B) {
	arts := annotated(b)
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, arts); err != nil {
			b.Fatal(err)
		}
	}
}
