package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"math"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"testing"
	"unicode/utf8"

	"github.com/dossier-osint/dossier/internal/ingest"
	"github.com/dossier-osint/dossier/internal/sharedtest"
)

// referenceJSON is what `dossier extract` wrote with encoding/json.
func referenceJSON(t testing.TB, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func sameAsEncodingJSON(t *testing.T, what string, v *ArticleView) {
	t.Helper()
	got, ok := AppendJSON(nil, v)
	want := referenceJSON(t, v)
	if !ok || !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("%s: AppendJSON (ok %v) differs from encoding/json at byte %d:\n got %.200q\nwant %.200q", what, ok, i, got[i:], want[i:])
	}
}

// TestAppendJSONIsEncodingJSON: the articles of the development sets,
// the samples and the Wikinews sample come out of AppendJSON as
// encoding/json writes them.
func TestAppendJSONIsEncodingJSON(t *testing.T) {
	p := builtin(t)
	var dirs []string
	for _, rel := range []string{"seeds", "dev/docs", "dev-ru/docs"} {
		if d := sharedtest.Dir(rel); d != "" {
			dirs = append(dirs, d)
		}
	}
	dirs = append(dirs, filepath.Join("..", "..", "examples"))
	n := 0
	err := ingest.Walk(context.Background(), dirs, nil, ingest.Options{}, func(d ingest.Document, err error) error {
		if err != nil {
			return nil // not an article (a README, an answer key)
		}
		v := View(p.Article(d))
		sameAsEncodingJSON(t, d.Source, &v)
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		return
	}
	for _, a := range sharedtest.Wikinews(t) {
		v := View(p.Article(ingest.Document{Source: a.URL, Format: "txt", Text: a.Title + "\n\n" + a.Text}))
		sameAsEncodingJSON(t, a.URL, &v)
		n++
	}
	t.Logf("%d articles", n)
}

// TestAppendJSONRandomViews: views with every field filled at random
// (strings with quotes, control bytes, invalid UTF-8, U+2028; floats of
// every size; nil, empty and full lists; nil pointers) come out as
// encoding/json writes them. A field added to a view type and not to
// AppendJSON is filled here and fails the test.
func TestAppendJSONRandomViews(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 6))
	for i := range 3000 {
		var v ArticleView
		fillRandom(r, reflect.ValueOf(&v).Elem(), 0)
		sameAsEncodingJSON(t, "random view "+string(rune('0'+i%10)), &v)
	}
}

func fillRandom(r *rand.Rand, v reflect.Value, depth int) {
	if r.IntN(4) == 0 && v.Kind() != reflect.Struct {
		return // the zero value: omitted, null or 0
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(randomString(r))
	case reflect.Int, reflect.Int64:
		v.SetInt(r.Int64N(1<<40) - 1<<39)
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Float64:
		v.SetFloat(randomFloat(r))
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fillRandom(r, v.Elem(), depth+1)
	case reflect.Slice:
		n := r.IntN(4)
		v.Set(reflect.MakeSlice(v.Type(), n, n))
		for i := range n {
			fillRandom(r, v.Index(i), depth+1)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			fillRandom(r, v.Field(i), depth+1)
		}
		if b := v.FieldByName("Bound"); b.IsValid() && b.Kind() == reflect.String && r.IntN(3) > 0 {
			b.SetString([]string{"exact", "range", "min", "max"}[r.IntN(4)]) // doc.Value's bounds
		}
	}
}

var tricky = []string{`"`, `\`, "\n", "\r", "\t", "\b", "\f", "\x00", "\x1f", "\x7f", "<", ">", "&",
	"\u2028", "\u2029", "\xff", "\xe2\x80", "é", "Ж", "“", "😀", "\U0010ffff", "\ufffd", " ", "a", "Z"}

func randomString(r *rand.Rand) string {
	var b []byte
	for range r.IntN(40) {
		if r.IntN(3) == 0 {
			b = append(b, tricky[r.IntN(len(tricky))]...)
		} else {
			b = append(b, byte(0x20+r.IntN(0x5f)))
		}
	}
	return string(b)
}

func randomFloat(r *rand.Rand) float64 {
	switch r.IntN(4) {
	case 0:
		return float64(r.IntN(100000))
	case 1:
		return math.Float64frombits(r.Uint64()&^(0x7ff<<52) | uint64(r.IntN(0x7ff))<<52) // any finite number
	case 2:
		return (r.Float64() - 0.5) * math.Pow(10, float64(r.IntN(60)-30))
	default:
		return float64(r.IntN(1000)) / 100
	}
}

// TestAppendJSONRefusesNonFinite: NaN and infinities are left to
// encoding/json (which reports them) instead of being written.
func TestAppendJSONRefusesNonFinite(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		v := ArticleView{Claims: []ClaimView{{}}}
		v.Claims[0].Value.Number = f
		if _, ok := AppendJSON(nil, &v); ok {
			t.Errorf("AppendJSON wrote %v", f)
		}
	}
}

// FuzzAppendJSONString: any string, valid UTF-8 or not, is quoted as
// encoding/json quotes it.
func FuzzAppendJSONString(f *testing.F) {
	for _, s := range append(tricky, "plain ascii text longer than eight", "Ж“quoted”\n\x01\u2028 and more text", "") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		w := jsonWriter{ok: true}
		w.str(s)
		want := referenceJSON(t, s)
		if got := append(w.b, '\n'); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s want %s (valid UTF-8: %v)", s, got, want, utf8.ValidString(s))
		}
	})
}

// naivePlainUntil is plainUntil byte by byte.
func naivePlainUntil(s string, i int) int {
	for i < len(s) && plainByte[s[i]] {
		i++
	}
	return i
}

// TestPlainUntil: plainUntil finds the first byte to look at as a byte by
// byte scan does, for every byte value at every place of plain strings of
// 0 to 40 bytes, from every start, and with a second such byte after it
// (a borrow in special8 must not hide the first).
func TestPlainUntil(t *testing.T) {
	plain := "the quick brown fox jumps over the lazy dog, 0123456789"
	for n := 0; n <= 40; n++ {
		for at := 0; at < n; at++ {
			for c := range 256 {
				for _, second := range []int{-1, at + 1, n - 1} {
					b := []byte(plain[:n])
					b[at] = byte(c)
					if second > at && second < n {
						b[second] = 0
					}
					s := string(b)
					for i := 0; i <= n; i++ {
						if got, want := plainUntil(s, i), naivePlainUntil(s, i); got != want {
							t.Fatalf("plainUntil(%q, %d) = %d, want %d", s, i, got, want)
						}
					}
				}
			}
		}
	}
}

// FuzzPlainUntil: plainUntil is the byte by byte scan on any string.
func FuzzPlainUntil(f *testing.F) {
	for _, s := range append(tricky, "plain ascii text longer than eight", "Ж“quoted”\n\x01\u2028 and more text", "") {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		if got, want := plainUntil(s, i), naivePlainUntil(s, i); got != want {
			t.Fatalf("plainUntil(%q, %d) = %d, want %d", s, i, got, want)
		}
	})
}

// FuzzAppendJSONFloat: any finite float64 is written as encoding/json
// writes it.
func FuzzAppendJSONFloat(f *testing.F) {
	for _, x := range []float64{0, 1, -1, 1e-7, 1e21, 123456789.125, 1e-6, 9.99e20, -2.5e-9, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, x float64) {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return
		}
		w := jsonWriter{ok: true}
		w.float(x)
		if got, want := append(w.b, '\n'), referenceJSON(t, x); !bytes.Equal(got, want) {
			t.Fatalf("%v: got %s want %s", x, got, want)
		}
	})
}

// BenchmarkAppendJSON writes the JSON lines of the Wikinews sample's
// extracted articles (extracted once, before the timer), in MB of output
// a second.
func BenchmarkAppendJSON(b *testing.B) {
	p := builtin(b)
	var views []ArticleView
	size := 0
	var buf []byte
	for _, a := range sharedtest.Wikinews(b) {
		v := View(p.Article(ingest.Document{Source: a.URL, Format: "txt", Text: a.Title + "\n\n" + a.Text}))
		views = append(views, v)
		buf, _ = AppendJSON(buf[:0], &v)
		size += len(buf)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for i := range views {
			buf, _ = AppendJSON(buf[:0], &views[i])
		}
	}
}

// TestViewIntoReused: one view filled by ViewInto article after article
// (as extract does) equals View of each article, and the room of its
// Claims and Times past their lengths holds nothing of an article shown
// before.
func TestViewIntoReused(t *testing.T) {
	p := builtin(t)
	dirs := []string{filepath.Join("..", "..", "examples")}
	if d := sharedtest.Dir("seeds"); d != "" {
		dirs = append(dirs, d)
	}
	var v ArticleView
	n, shrunk := 0, 0
	err := ingest.Walk(context.Background(), dirs, nil, ingest.Options{}, func(d ingest.Document, err error) error {
		if err != nil {
			return nil
		}
		a := p.Article(d)
		before := len(v.Claims) + len(v.Times)
		ViewInto(&v, a)
		if want := View(a); !reflect.DeepEqual(v, want) {
			t.Fatalf("%s: ViewInto after %d articles differs from View", d.Source, n)
		}
		if len(v.Claims)+len(v.Times) < before {
			shrunk++
		}
		for _, c := range v.Claims[len(v.Claims):cap(v.Claims)] {
			if !reflect.DeepEqual(c, ClaimView{}) {
				t.Fatalf("%s: a claim of an earlier article kept past the view's claims: %+v", d.Source, c)
			}
		}
		for _, tv := range v.Times[len(v.Times):cap(v.Times)] {
			if tv != (TimeView{}) {
				t.Fatalf("%s: a time of an earlier article kept past the view's times: %+v", d.Source, tv)
			}
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 2 || shrunk == 0 {
		t.Fatalf("%d articles, %d with fewer claims and times than the one before: the reuse is not tested", n, shrunk)
	}
}

// TestAppendInt: appendInt writes what strconv.AppendInt writes, for
// every number below 1,100,000 (the in-place digits and past them), the
// numbers at each power of ten, negative ones and the extremes, into a
// buffer with room and into one without.
func TestAppendInt(t *testing.T) {
	check := func(n int) {
		want := strconv.AppendInt([]byte("x"), int64(n), 10)
		if got := appendInt([]byte("x"), n); !bytes.Equal(got, want) {
			t.Fatalf("appendInt(%d) no room = %q, want %q", n, got, want)
		}
		roomy := append(make([]byte, 0, 32), 'x')
		if got := appendInt(roomy, n); !bytes.Equal(got, want) {
			t.Fatalf("appendInt(%d) with room = %q, want %q", n, got, want)
		}
	}
	for n := range 1100000 {
		check(n)
	}
	for p := 1; p > 0 && p <= math.MaxInt/10; p *= 10 {
		for _, n := range []int{p - 1, p, p + 1, -p + 1, -p, -p - 1} {
			check(n)
		}
	}
	for _, n := range []int{math.MaxInt, math.MinInt, math.MinInt + 1, -1} {
		check(n)
	}
}

// FuzzAppendInt holds appendInt to strconv.AppendInt, after a prefix of
// any length and room.
func FuzzAppendInt(f *testing.F) {
	for _, n := range []int64{0, 9, 10, 99, 100, 999999, 1000000, -1, math.MaxInt64, math.MinInt64} {
		f.Add(n, uint8(3), uint8(0))
	}
	f.Fuzz(func(t *testing.T, n int64, prefix, room uint8) {
		b := make([]byte, prefix, int(prefix)+int(room))
		want := strconv.AppendInt(slices.Clone(b), n, 10)
		if got := appendInt(b, int(n)); !bytes.Equal(got, want) {
			t.Fatalf("appendInt(%d) = %q, want %q", n, got, want)
		}
	})
}
