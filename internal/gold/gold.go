// Package gold reads answer keys in the format of shared/gold/README.md:
// the claims, time expressions, legal references and name variants a careful
// analyst records from a set of articles. It only reads and folds; scoring
// lives with each stage's evaluation.
package gold

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"unicode"

	"github.com/dossier-osint/dossier/internal/doc"
)

// Key is one answer key file.
type Key struct {
	Topic         string     `json:"topic"`
	Documents     []Document `json:"documents"`
	AliasesAcross [][]string `json:"aliases_across"`
}

// Document is the key for one article file.
type Document struct {
	File      string     `json:"file"`
	Published *string    `json:"published"`
	Credit    *string    `json:"credit"`
	Title     *string    `json:"title"`
	Claims    []Claim    `json:"claims"`
	NotClaims []string   `json:"not_claims"`
	Times     []Time     `json:"times"`
	LegalRefs []LegalRef `json:"legal_refs"`
	Aliases   [][]string `json:"aliases"`
}

// Claim is a gold quantity claim. Nil pointers are JSON null.
type Claim struct {
	Cue       string    `json:"cue"`
	Value     doc.Value `json:"value"`
	Unit      string    `json:"unit"`
	Per       string    `json:"per"`
	What      string    `json:"what"`
	Indicator *string   `json:"indicator"`
	Period    *string   `json:"period"`
	SaidBy    *string   `json:"said_by"`
	Origin    *string   `json:"origin"`
	Required  *bool     `json:"required"`
}

// IsRequired reports whether finding the claim is required (the default).
func (c Claim) IsRequired() bool { return c.Required == nil || *c.Required }

// Time is a gold time expression; a nil Value means "cannot be resolved".
type Time struct {
	Cue   string  `json:"cue"`
	Value *string `json:"value"`
}

// LegalRef is a gold legal reference.
type LegalRef struct {
	Cue        string `json:"cue"`
	Instrument string `json:"instrument"`
	Paragraph  int    `json:"paragraph"`
}

// Load reads and validates an answer key.
func Load(path string) (*Key, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("answer key: %w", err)
	}
	var k Key
	if err := json.Unmarshal(b, &k); err != nil {
		return nil, fmt.Errorf("answer key %s: %w", path, err)
	}
	if len(k.Documents) == 0 {
		return nil, fmt.Errorf("answer key %s: no documents", path)
	}
	for i, d := range k.Documents {
		if d.File == "" {
			return nil, fmt.Errorf("answer key %s: document %d has no file", path, i)
		}
	}
	return &k, nil
}

// Str returns *p or "" for nil.
func Str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Fold normalizes text for cue matching: typographic quotes and dashes to
// ASCII and runs of white space to one space.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '‘', '’', '‚', '‛', '′':
			r = '\''
		case '“', '”', '„', '‟', '″', '«', '»':
			r = '"'
		case '\u00a0', '\u2009', '\u202f':
			r = ' '
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// SameEntity reports whether two names refer to the same entity by the
// key's rule: equal ignoring case, one containing the other, or both in one
// alias group.
func SameEntity(a, b string, aliases [][]string) bool {
	fa, fb := strings.ToLower(Fold(a)), strings.ToLower(Fold(b))
	if fa == "" || fb == "" {
		return fa == fb
	}
	if fa == fb || strings.Contains(fa, fb) || strings.Contains(fb, fa) {
		return true
	}
	for _, g := range aliases {
		ina, inb := false, false
		for _, n := range g {
			fn := strings.ToLower(Fold(n))
			if fn == fa || strings.Contains(fa, fn) {
				ina = true
			}
			if fn == fb || strings.Contains(fb, fn) {
				inb = true
			}
		}
		if ina && inb {
			return true
		}
	}
	return false
}
