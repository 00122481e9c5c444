package entity

import (
	"strings"

	"github.com/dossier-osint/dossier/internal/doc"
)

// PieceMention is a name found by FindPieces: Piece indexes the pieces
// given, Start and End are byte offsets into that piece.
type PieceMention struct {
	Piece int
	doc.Mention
}

// FindPieces finds the names in separate pieces of text that are not part
// of the clean text, such as the headlines and tags of a related-links list
// that cleaning removed. The pieces are read as consecutive paragraphs, so
// that names in one piece resolve against names in the others ("Zelenskyy"
// as the surname of a "Volodymyr Zelenskyi" tag); entity keys are the same
// cross-article keys Find gives. Mentions without an entity (credits, site
// notices) are left out. Offsets are into each piece.
func FindPieces(pieces []string) []PieceMention {
	load()
	if len(pieces) == 0 {
		return nil
	}
	const sep = "\n\n"
	starts := make([]int, len(pieces))
	var b strings.Builder
	for i, p := range pieces {
		if i > 0 {
			b.WriteString(sep)
		}
		starts[i] = b.Len()
		b.WriteString(p)
	}
	var out []PieceMention
	k := 0
	for _, m := range Find(b.String()).Mentions {
		if m.Entity == "" {
			continue
		}
		for k+1 < len(starts) && starts[k+1] <= m.Start {
			k++
		}
		for k > 0 && starts[k] > m.Start {
			k--
		}
		s, e := m.Start-starts[k], m.End-starts[k]
		if s < 0 || e > len(pieces[k]) {
			continue // a name running across pieces: not one name
		}
		m.Start, m.End = s, e
		out = append(out, PieceMention{Piece: k, Mention: m})
	}
	return out
}
