// Package ftm owns dossier's FollowTheMoney export: it turns annotated
// articles into FtM entities written as JSON lines (one
// {"id","schema","properties"} object a line), the format Aleph, OpenAleph
// and the followthemoney tools read. It is pure: articles in, entities out.
//
// Mapping (schemata and properties as defined in the followthemoney
// schema YAMLs):
//   - an article is an Article (title, name, author, publishedAt, publisher,
//     sourceUrl; the clean text in description, since neither Article nor
//     Document defines bodyText; addressEntity lists the places it names);
//   - a PER entity is a Person, an ORG entity an Organization (name, and the
//     variants seen as alias); a LOC entity is an Address (name, full, and
//     country with the ISO code when the place is a country: FtM has no
//     Country schema, countries are a property type). MISC entities (laws,
//     events, unknown names) are not exported;
//   - a name in an article is a Mention (document, name, detectedSchema, and
//     resolved for people and organisations: its range is LegalEntity, so
//     places are linked from the Article's addressEntity instead; a country
//     mention also carries contextCountry);
//   - a claim is a Note on the article (entity, proof) and on its speaker
//     when the speaker is one of the article's people or organisations: name
//     is the figure, description the sentence as written, summary the
//     indicator, period, speaker and origin.
//
// Entity ids are stable: the hex SHA-1 of the kind and the key (the
// cross-article entity key, the article hash), so re-exports and exports of
// different collections agree. Text is copied as it is: nothing is escaped
// or trimmed beyond what JSON requires.
package ftm

import (
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/entity"
)

// Schemata used by the export.
const (
	SchemaArticle      = "Article"
	SchemaPerson       = "Person"
	SchemaOrganization = "Organization"
	SchemaAddress      = "Address"
	SchemaMention      = "Mention"
	SchemaNote         = "Note"
)

// Schemas lists every schema the export writes.
var Schemas = []string{SchemaArticle, SchemaPerson, SchemaOrganization, SchemaAddress, SchemaMention, SchemaNote}

// EntityProps names, per schema, the properties whose values are entity ids.
var EntityProps = map[string][]string{
	SchemaArticle: {"addressEntity"},
	SchemaMention: {"document", "resolved"},
	SchemaNote:    {"entity", "proof"},
}

// Entity is one FtM entity.
type Entity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func (e *Entity) add(prop string, vals ...string) {
	for _, v := range vals {
		if v == "" {
			continue
		}
		if e.Properties == nil {
			e.Properties = map[string][]string{}
		}
		dup := false
		for _, o := range e.Properties[prop] {
			if o == v {
				dup = true
				break
			}
		}
		if !dup {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

// ID returns the stable id of a thing of a kind ("entity", "article",
// "mention", "claim") with a key: the hex SHA-1 of kind, NUL, key.
func ID(kind, key string) string {
	h := sha1.Sum([]byte(kind + "\x00" + key))
	return hex.EncodeToString(h[:])
}

// Schema returns the FtM schema of a dossier entity type, "" when the type
// is not exported.
func Schema(typ string) string {
	switch typ {
	case doc.PER:
		return SchemaPerson
	case doc.ORG:
		return SchemaOrganization
	case doc.LOC:
		return SchemaAddress
	}
	return ""
}

// Exporter writes articles as FtM entities. People, organisations and
// places are collected across articles (one entity per key, aliases
// merged) and written by Close; articles, mentions and notes are written
// as they are added.
type Exporter struct {
	enc   *json.Encoder
	ents  map[string]*Entity
	order []string
	n     int
}

// NewExporter returns an exporter writing JSON lines to w.
func NewExporter(w io.Writer) *Exporter {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &Exporter{enc: enc, ents: map[string]*Entity{}}
}

// Written returns the number of entities written so far.
func (x *Exporter) Written() int { return x.n }

func (x *Exporter) write(e *Entity) error {
	if err := x.enc.Encode(e); err != nil {
		return fmt.Errorf("ftm: write %s %s: %w", e.Schema, e.ID, err)
	}
	x.n++
	return nil
}

// Add writes the article, its mentions and its claims, and collects its
// entities. An article without annotations is written alone.
func (x *Exporter) Add(a *doc.Article) error {
	for _, e := range x.Article(a) {
		if err := x.write(e); err != nil {
			return err
		}
	}
	return nil
}

// Close writes the collected people, organisations and places, sorted by
// id. It does not close the underlying writer.
func (x *Exporter) Close() error {
	sort.Strings(x.order)
	for _, id := range x.order {
		if err := x.write(x.ents[id]); err != nil {
			return err
		}
	}
	x.order, x.ents = nil, map[string]*Entity{}
	return nil
}

// Write exports articles to w as FtM JSON lines.
func Write(w io.Writer, arts []*doc.Article) error {
	x := NewExporter(w)
	for _, a := range arts {
		if err := x.Add(a); err != nil {
			return err
		}
	}
	return x.Close()
}

// ArticleKey is the key of an article's id: its content hash, else its
// store id, else its source and URL.
func ArticleKey(a *doc.Article) string {
	switch {
	case a.Hash != "":
		return "hash:" + a.Hash
	case a.ID != 0:
		return "id:" + strconv.FormatInt(a.ID, 10)
	}
	return "source:" + a.Source + "\x00" + a.URL
}

// Article returns the Article, Mention and Note entities of a, in that
// order, and collects a's people, organisations and places in x.
func (x *Exporter) Article(a *doc.Article) []*Entity {
	art := &Entity{ID: ID("article", ArticleKey(a)), Schema: SchemaArticle}
	name := a.Title
	if name == "" {
		name = a.Source
		if a.URL != "" {
			name = a.URL
		}
	}
	art.add("name", name)
	art.add("title", a.Title)
	art.add("author", a.Byline)
	pub := a.Published
	if a.PublishedTime != "" {
		pub = a.PublishedTime
	}
	art.add("publishedAt", pub)
	art.add("publisher", a.Credit)
	if isURL(a.URL) {
		art.add("sourceUrl", a.URL)
	} else if isURL(a.Source) {
		art.add("sourceUrl", a.Source)
	}
	art.add("description", a.Text)
	out := []*Entity{art}
	an := a.Annotations
	if an == nil {
		return out
	}
	// entities of the article, by key
	byKey := map[string]*Entity{}
	for _, e := range an.Entities {
		schema := Schema(e.Type)
		if schema == "" || e.Key == "" {
			continue
		}
		id := ID("entity", e.Key)
		fe, ok := x.ents[id]
		if !ok {
			fe = &Entity{ID: id, Schema: schema}
			fe.add("name", e.Name)
			if schema == SchemaAddress {
				fe.add("full", e.Name)
				fe.add("country", entity.CountryCode(e.Name))
			}
			x.ents[id] = fe
			x.order = append(x.order, id)
		}
		for _, v := range append([]string{e.Name}, e.Variants...) {
			if !hasValue(fe.Properties["name"], v) {
				fe.add("alias", v)
			}
		}
		byKey[e.Key] = fe
		if schema == SchemaAddress {
			art.add("addressEntity", id)
		}
	}
	// mentions: one per article, entity and written form
	seen := map[string]bool{}
	for _, m := range an.Mentions {
		fe, ok := byKey[m.Entity]
		if !ok || m.Text == "" {
			continue
		}
		mk := m.Entity + "\x00" + m.Text
		if seen[mk] {
			continue
		}
		seen[mk] = true
		me := &Entity{ID: ID("mention", ArticleKey(a)+"\x00"+mk), Schema: SchemaMention}
		me.add("document", art.ID)
		me.add("name", m.Text)
		me.add("detectedSchema", fe.Schema)
		if fe.Schema == SchemaAddress {
			me.add("contextCountry", entity.CountryCode(fe.Properties["name"][0]))
		} else {
			me.add("resolved", fe.ID)
		}
		out = append(out, me)
	}
	// claims
	for _, c := range an.Claims {
		n := &Entity{ID: ID("claim", ArticleKey(a)+"\x00"+strconv.Itoa(c.Start)+":"+strconv.Itoa(c.End)+":"+c.Indicator), Schema: SchemaNote}
		n.add("name", figure(c))
		n.add("description", c.Sentence)
		n.add("summary", claimSummary(c))
		n.add("entity", art.ID)
		if sp := speaker(c.SaidBy, an.Entities, byKey); sp != nil {
			n.add("entity", sp.ID)
		}
		n.add("proof", art.ID)
		out = append(out, n)
	}
	return out
}

// figure renders a claim's figure: "~300 person", "1200-1500 USD per year".
func figure(c doc.Claim) string {
	s := c.Value.String()
	if c.Unit != "" {
		s += " " + c.Unit
	}
	if c.Per != "" {
		s += " per " + c.Per
	}
	return s
}

func claimSummary(c doc.Claim) string {
	var parts []string
	add := func(k, v string) {
		if v != "" {
			parts = append(parts, k+": "+v)
		}
	}
	add("figure", c.Text)
	add("counted", c.Counted)
	add("topic", c.Topic)
	add("indicator", c.Indicator)
	add("period", c.Period)
	add("said by", c.SaidBy)
	add("origin", c.Origin)
	return strings.Join(parts, "; ")
}

// speaker returns the person or organisation of the article whose name or
// variant is saidBy (ignoring case), or nil.
func speaker(saidBy string, ents []doc.Entity, byKey map[string]*Entity) *Entity {
	if saidBy == "" {
		return nil
	}
	for _, e := range ents {
		fe, ok := byKey[e.Key]
		if !ok || fe.Schema == SchemaAddress {
			continue
		}
		if strings.EqualFold(e.Name, saidBy) {
			return fe
		}
		for _, v := range e.Variants {
			if strings.EqualFold(v, saidBy) {
				return fe
			}
		}
	}
	return nil
}

func hasValue(vs []string, v string) bool {
	for _, x := range vs {
		if x == v {
			return true
		}
	}
	return false
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}
