package ingest_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dossier-osint/dossier/internal/clean"
	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/ingest"
)

var reWord = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingles returns the multiset of 4-token shingles of s (one shorter
// shingle when s has fewer than 4 tokens).
func shingles(s string) map[string]int {
	toks := reWord.FindAllString(s, -1)
	out := map[string]int{}
	if len(toks) == 0 {
		return out
	}
	if len(toks) < 4 {
		out[strings.Join(toks, " ")]++
		return out
	}
	for i := 0; i+4 <= len(toks); i++ {
		out[strings.Join(toks[i:i+4], " ")]++
	}
	return out
}

// pageScore returns normalized TP, FP, FN for one page.
func pageScore(truth, pred string) (tp, fp, fn float64) {
	t, p := shingles(truth), shingles(pred)
	for k, ct := range t {
		cp := p[k]
		tp += float64(min(ct, cp))
		if ct > cp {
			fn += float64(ct - cp)
		}
	}
	for k, cp := range p {
		if ct := t[k]; cp > ct {
			fp += float64(cp - ct)
		}
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return
}

func TestShingleMetric(t *testing.T) {
	tp, fp, fn := pageScore("one two three four five", "one two three four five")
	if tp != 1 || fp != 0 || fn != 0 {
		t.Errorf("identical: %v %v %v", tp, fp, fn)
	}
	tp, fp, fn = pageScore("one two three four five", "one two three four six")
	if tp == 0 || fp == 0 || fn == 0 {
		t.Errorf("one token off: %v %v %v", tp, fp, fn)
	}
}

// TestExtractionQuality computes the Zyte article-extraction benchmark's F1
// for FromHTML (and for FromHTML followed by Clean) on the shared copy of
// the benchmark. It is slow (181 pages) and skipped with -short.
func TestExtractionQuality(t *testing.T) {
	if testing.Short() {
		t.Skip("extraction benchmark skipped in -short mode")
	}
	dir, _ := os.Getwd()
	base := ""
	for {
		p := filepath.Join(dir, "shared", "data", "article-extraction-benchmark")
		if _, err := os.Stat(filepath.Join(p, "ground-truth.json.gz")); err == nil {
			base = p
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("shared/data/article-extraction-benchmark not found")
		}
		dir = parent
	}
	gunzip := func(p string) []byte {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(zr)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(gunzip(filepath.Join(base, "ground-truth.json.gz")), &truth); err != nil {
		t.Fatal(err)
	}
	type acc struct{ p, r, np, nr float64 }
	add := func(a *acc, truth, pred string) {
		tp, fp, fn := pageScore(truth, pred)
		if tp+fp > 0 {
			a.p += tp / (tp + fp)
			a.np++
		} else if fp == 0 && fn == 0 {
			a.p++
			a.np++
		}
		if tp+fn > 0 {
			a.r += tp / (tp + fn)
			a.nr++
		}
	}
	var raw, cleaned acc
	for id, g := range truth {
		page := gunzip(filepath.Join(base, "html", id+".html.gz"))
		d, err := ingest.FromHTML(id, g.URL, page)
		if err != nil {
			d.Text = ""
		}
		add(&raw, g.ArticleBody, d.Text)
		a := clean.Clean(d)
		var b strings.Builder
		for _, p := range a.Paragraphs {
			if p.Kind == doc.KindBody || p.Kind == doc.KindCaption {
				b.WriteString(p.Text)
				b.WriteByte('\n')
			}
		}
		add(&cleaned, g.ArticleBody, b.String())
	}
	f1 := func(a acc) (float64, float64, float64) {
		p, r := a.p/a.np, a.r/a.nr
		return 2 * p * r / (p + r), p, r
	}
	f, p, r := f1(raw)
	t.Logf("FromHTML:        F1 %.3f precision %.3f recall %.3f (%d pages)", f, p, r, len(truth))
	if f < 0.90 {
		t.Errorf("FromHTML F1 %.3f below 0.90 (go-trafilatura publishes 0.960)", f)
	}
	fc, pc, rc := f1(cleaned)
	t.Logf("FromHTML+Clean:  F1 %.3f precision %.3f recall %.3f", fc, pc, rc)
	if fc < f-0.02 {
		t.Errorf("cleaning lowers F1 from %.3f to %.3f", f, fc)
	}
}
