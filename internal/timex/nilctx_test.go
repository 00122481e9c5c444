package timex

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/doc"
)

// TestNilContextLongLine: with no context (tokensOf and run allow nil)
// run never looks at it, so its bound of the next look stays 4,096
// tokens from the start; a line longer than that is still read on to its
// end, finding what it finds with a context (the skip to the next start
// once went back to that bound and never ended).
func TestNilContextLongLine(t *testing.T) {
	text := strings.Repeat("the cat sat on a mat and ", 1000) + "on 3 March 2020 the rains came, and the cat sat."
	ref := Ref{Published: "2020-03-10", Lang: "en"}
	want, _ := FindContext(context.Background(), text, ref)
	if len(want) == 0 {
		t.Fatal("no time found with a context: the test reads nothing")
	}
	done := make(chan []doc.Time, 1)
	go func() {
		got, _ := FindContext(nil, text, ref) //lint:ignore SA1012 nil is allowed here
		done <- got
	}()
	select {
	case got := <-done:
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("nil context: %v, with one: %v", got, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nil context: no answer in 10 s (run loops)")
	}
}
