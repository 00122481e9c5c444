package storetest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"reflect"
	"testing"

	"github.com/dossier-osint/dossier/internal/store"
)

// Signatures is what RunSignatures needs of a store.
type Signatures = store.Store

// RunSignatures is the conformance suite for the signature methods. open
// must return a new empty store for each call.
func RunSignatures(t *testing.T, open func(t *testing.T) Signatures) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s Signatures)
	}{
		{"MissingOrder", testMissingOrder},
		{"StoredOrder", testSignatureOrder},
		{"Errors", testSignatureErrors},
		{"StopWalk", testSignatureStop},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.fn(t, open(t)) })
	}
}

type storedSig struct {
	ID     int64
	Source string
	Sig    []byte
}

func allSignatures(t *testing.T, s Signatures) []storedSig {
	t.Helper()
	var out []storedSig
	err := s.Signatures(context.Background(), func(x store.Signature) error {
		src := x.Credit + "|" + x.SiteName + "|" + x.URL
		out = append(out, storedSig{x.ArticleID, src, bytes.Clone(x.Sig)})
		return nil
	})
	if err != nil {
		t.Fatalf("Signatures: %v", err)
	}
	return out
}

func missing(t *testing.T, s Signatures) []int64 {
	t.Helper()
	ids, err := s.MissingSignatures(context.Background())
	if err != nil {
		t.Fatalf("MissingSignatures: %v", err)
	}
	return ids
}

// putDated stores the fixture articles A (2024-03-10), B (2024-05-02), C
// (undated), D (2024-06-20), then e dated before all of them and f on B's
// date, with no credit and a site name.
func putDated(t *testing.T, s Signatures) (a, b, c, d, e, f int64) {
	a, b, c, d = putAll(t, s)
	early := newArticle("e.txt", "Earlier report on dormitories", "2023-12-01", "Harbor News", "en",
		"A monitoring group counted 35 dormitories in December.").done()
	same := newArticle("f.txt", "Builders again", "2024-05-02", "", "en",
		"A second report on the builders who came to Moscow in spring.").done()
	same.SiteName, same.URL = "Site Without Credit", "https://site.example/f"
	return a, b, c, d, put(t, s, early), put(t, s, same)
}

func testMissingOrder(t *testing.T, s Signatures) {
	if got := missing(t, s); len(got) != 0 {
		t.Fatalf("empty store: MissingSignatures = %v", got)
	}
	if got := allSignatures(t, s); len(got) != 0 {
		t.Fatalf("empty store: Signatures = %v", got)
	}
	a, b, c, d, e, f := putDated(t, s)
	// oldest date first, same date by id, undated last
	want := []int64{e, a, b, f, d, c}
	if got := missing(t, s); !reflect.DeepEqual(got, want) {
		t.Fatalf("MissingSignatures = %v, want %v (e=%d a=%d b=%d f=%d d=%d c=%d)", got, want, e, a, b, f, d, c)
	}
}

func testSignatureOrder(t *testing.T, s Signatures) {
	ctx := context.Background()
	a, b, c, d, e, f := putDated(t, s)
	sigs := map[int64][]byte{
		d: {0, 1, 2, 0xff},
		a: {0xff, 0, 0, 0, 7},
		c: bytes.Repeat([]byte{0x5a, 0}, 3000),
		f: {9},
	}
	// stored order is the order of the calls, not of ids or dates
	order := []int64{d, a, c, f}
	for _, id := range order {
		if err := putSignature(ctx, s, id, sigs[id]); err != nil {
			t.Fatalf("PutSignatures(%d): %v", id, err)
		}
	}
	// what names the outlet: credit, site name, URL
	sources := map[int64]string{a: "Harbor News||", b: "Daily Ledger||", c: "Harbor News||", d: "daily ledger||",
		f: "|Site Without Credit|https://site.example/f"}
	check := func(when string) {
		t.Helper()
		got := allSignatures(t, s)
		if len(got) != len(order) {
			t.Fatalf("%s: %d signatures, want %d: %v", when, len(got), len(order), got)
		}
		for i, g := range got {
			wantSrc := sources[order[i]]
			if g.ID != order[i] || g.Source != wantSrc || !bytes.Equal(g.Sig, sigs[g.ID]) {
				t.Errorf("%s: signature %d = {%d %q %d bytes}, want {%d %q %d bytes}", when, i, g.ID, g.Source, len(g.Sig),
					order[i], wantSrc, len(sigs[order[i]]))
			}
		}
	}
	check("after put")
	if got, want := missing(t, s), []int64{e, b}; !reflect.DeepEqual(got, want) {
		t.Errorf("MissingSignatures = %v, want %v", got, want)
	}

	// storing again replaces the bytes and keeps the place
	sigs[a] = []byte("replaced")
	if err := putSignature(ctx, s, a, sigs[a]); err != nil {
		t.Fatal(err)
	}
	check("after replacing a's signature")

	// a later article goes last
	sigs[b] = []byte{1, 2, 3}
	if err := putSignature(ctx, s, b, sigs[b]); err != nil {
		t.Fatal(err)
	}
	order = append(order, b)
	check("after adding b")
	if got, want := missing(t, s), []int64{e}; !reflect.DeepEqual(got, want) {
		t.Errorf("MissingSignatures = %v, want %v", got, want)
	}
}

func testSignatureErrors(t *testing.T, s Signatures) {
	ctx := context.Background()
	a, _, _, _ := putAll(t, s)
	if err := putSignature(ctx, s, a+1000, []byte{1}); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("PutSignatures of a missing article: %v, want ErrNotFound", err)
	}
	for _, sig := range [][]byte{nil, {}} {
		if err := putSignature(ctx, s, a, sig); !errors.Is(err, store.ErrInvalid) {
			t.Errorf("PutSignatures(%v): %v, want ErrInvalid", sig, err)
		}
	}
	if got := allSignatures(t, s); len(got) != 0 {
		t.Errorf("failed puts stored %v", got)
	}
}

func testSignatureStop(t *testing.T, s Signatures) {
	ctx := context.Background()
	a, b, c, _ := putAll(t, s)
	for _, id := range []int64{a, b, c} {
		if err := putSignature(ctx, s, id, []byte{byte(id)}); err != nil {
			t.Fatal(err)
		}
	}
	stop := errors.New("enough")
	calls := 0
	err := s.Signatures(ctx, func(x store.Signature) error {
		calls++
		if calls == 2 {
			return fmt.Errorf("at %d: %w", x.ArticleID, stop)
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 2 {
		t.Errorf("Signatures with fn failing on the second: calls %d, err %v; want 2 calls and the error", calls, err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.Signatures(cctx, func(store.Signature) error { return nil }); err == nil {
		t.Error("Signatures with a cancelled context: no error")
	}
}
