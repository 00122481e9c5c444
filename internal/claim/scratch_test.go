package claim

import (
	"context"
	"reflect"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestScratchReuse: a run on memory an earlier run used (scratchPool)
// gives what a run on fresh memory gives, after a longer article, a
// shorter one and the same one again.
func TestScratchReuse(t *testing.T) {
	ts := benchTopics(t)
	texts := []string{articleText(4<<10, 1), articleText(64<<10, 2), sentenceText(2<<10, 3), articleText(4<<10, 1)}
	var want [][]doc.Claim
	for _, tx := range texts {
		in := annotateText(tx)
		// fresh memory: a scratch of its own
		x, err := extractWith(context.Background(), newScratch().(*scratch), in.a, in.ann, ts)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, x)
	}
	for round := 0; round < 2; round++ {
		for i, tx := range texts {
			in := annotateText(tx)
			got := Extract(in.a, in.ann, ts)
			if len(got) == 0 {
				t.Fatalf("text %d: no claims", i)
			}
			if !reflect.DeepEqual(got, want[i]) {
				t.Errorf("round %d, text %d: claims differ after reuse of the scratch memory", round, i)
			}
		}
	}
}
