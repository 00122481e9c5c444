// Package sharedtest finds the third-party material that tests and
// benchmarks read from ../shared (seeds, answer keys, public test suites)
// and loads the common pieces of it. Nothing from there is ever copied
// into the repository; when it is absent, callers skip with Skip.
package sharedtest

import (
	"compress/gzip"
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"
)

// Dir returns the path of rel (e.g. "seeds", "data/wikinews-sample") in the
// shared folder found by walking up from the working directory, or "".
func Dir(rel string) string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	for d := wd; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", rel)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		if filepath.Dir(d) == d {
			return ""
		}
	}
}

// Require returns Dir(rel) or skips the test with a message naming it.
func Require(tb testing.TB, rel string) string {
	tb.Helper()
	d := Dir(rel)
	if d == "" {
		tb.Skipf("shared/%s not found above %s: skipping (it holds third-party material that is not in the repository)", rel, wd())
	}
	return d
}

func wd() string { d, _ := os.Getwd(); return d }

// Article is one Wikinews sample article.
type Article struct {
	URL, Date, Title, Text string
}

// Wikinews loads the Wikinews sample (CC BY 2.5), or skips.
func Wikinews(tb testing.TB) []Article {
	tb.Helper()
	dir := Require(tb, "data/wikinews-sample")
	var out []Article
	for _, name := range []string{"wikinews_2019.csv.gz", "wikinews_2020.csv.gz"} {
		fh, err := os.Open(filepath.Join(dir, name))
		if err != nil {
			tb.Fatalf("wikinews: %v", err)
		}
		zr, err := gzip.NewReader(fh)
		if err != nil {
			fh.Close()
			tb.Fatalf("wikinews %s: %v", name, err)
		}
		recs, err := csv.NewReader(zr).ReadAll()
		fh.Close()
		if err != nil {
			tb.Fatalf("wikinews %s: %v", name, err)
		}
		for _, r := range recs[1:] {
			if len(r) >= 4 {
				out = append(out, Article{URL: r[0], Date: r[1], Title: r[2], Text: r[3]})
			}
		}
	}
	return out
}
