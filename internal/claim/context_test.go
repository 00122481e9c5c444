package claim

import (
	"context"
	"errors"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

func TestExtractContextCancelled(t *testing.T) {
	a := article("2024-05-02", "About 800 North Korean workers arrived in Khabarovsk in 2023, officials said.")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cs, err := ExtractContext(ctx, a, annotate(a), builtin(t))
	if !errors.Is(err, context.Canceled) || len(cs) != 0 {
		t.Errorf("cancelled: %d claims, err %v; want none and context.Canceled", len(cs), err)
	}
	cs, err = ExtractContext(context.Background(), a, annotate(a), builtin(t))
	if err != nil || len(cs) != 1 {
		t.Errorf("live context: %d claims, err %v", len(cs), err)
	}
}

// A description mention ("the port official") names the entity it
// describes, not itself.
func TestCanonicalDescription(t *testing.T) {
	ann := &doc.Annotations{
		Mentions: []doc.Mention{{Start: 0, End: 17, Text: "the port official", Type: doc.PER, Entity: "PER:ivan petrov", Rule: "description: the last person named"}},
		Entities: []doc.Entity{{Key: "PER:ivan petrov", Name: "Ivan Petrov", Type: doc.PER, Variants: []string{"Ivan Petrov", "Petrov"}}},
	}
	n := newNames(ann)
	if got := n.canonical(ann.Mentions[0]); got != "Ivan Petrov" {
		t.Errorf("canonical = %q, want Ivan Petrov", got)
	}
}
