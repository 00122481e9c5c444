package quantity

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/csv"
	"encoding/json"
	"io"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/dossier-osint/dossier/internal/doc"
	"github.com/dossier-osint/dossier/internal/sharedtest"
	"github.com/dossier-osint/dossier/internal/token"
)

// sharedDir walks up from the package directory to the folder holding
// "shared" and returns shared/<rel>, or skips the test.
func sharedDir(t testing.TB, rel string) string { return sharedtest.Require(t, rel) }

func valueJSON(v doc.Value) string {
	b, _ := json.Marshal(v)
	return string(b)
}

type want struct {
	text  string // the quantity's text
	kind  string
	value string // doc.Value JSON; "" to skip
	unit  string
	per   string
}

func TestFind(t *testing.T) {
	cases := []findCase{
		// a dash opening the next line is a list bullet, not a range
		{"en", "Ferry crossings by year:\n- 2021: 940\n- 2022: 1,310", []want{{"2021", doc.QYear, "", "", ""}, {"940", doc.QCount, `{"exact":940}`, "", ""}, {"2022", doc.QYear, "", "", ""}, {"1,310", doc.QCount, `{"exact":1310}`, "", ""}}},
		{"ru", "Рейсы по годам:\n- 2021: 940\n- 2022: 1 310", []want{{"2021", doc.QYear, "", "", ""}, {"940", doc.QCount, `{"exact":940}`, "", ""}, {"2022", doc.QYear, "", "", ""}, {"1 310", doc.QCount, `{"exact":1310}`, "", ""}}},
		{"en", "Roughly 450 engineers left the plant.", []want{{"Roughly 450", doc.QCount, `{"exact":450,"approx":true}`, "engineers", ""}}},
		{"en", "The firm hired 2,350 seasonal fruit pickers.", []want{{"2,350", doc.QCount, `{"exact":2350}`, "pickers", ""}}},
		{"en", "Three hundred volunteers came.", []want{{"Three hundred", doc.QCount, `{"exact":300}`, "volunteers", ""}}},
		{"en", "They bought a dozen trucks.", []want{{"a dozen", doc.QCount, `{"exact":12}`, "trucks", ""}}},
		{"en", "The budget is 2.5 million euros.", []want{{"2.5 million euros", doc.QMoney, `{"exact":2500000}`, "EUR", ""}}},
		{"en", "Nearly 90 fishing boats were seized.", []want{{"Nearly 90", doc.QCount, `{"exact":90,"approx":true}`, "boats", ""}}},
		{"en", "Almost 40 sailors and close to 60 dockers", []want{{"Almost 40", doc.QCount, `{"exact":40,"approx":true}`, "sailors", ""}, {"close to 60", doc.QCount, `{"exact":60,"approx":true}`, "dockers", ""}}},
		{"en", "an estimated 5,000 loggers", []want{{"an estimated 5,000", doc.QCount, `{"exact":5000,"approx":true}`, "loggers", ""}}},
		{"en", "at least 70 miners", []want{{"at least 70", doc.QCount, `{"min":70}`, "miners", ""}}},
		{"en", "a minimum of 15 inspectors", []want{{"a minimum of 15", doc.QCount, `{"min":15}`, "inspectors", ""}}},
		{"en", "more than 8,000 builders", []want{{"more than 8,000", doc.QCount, `{"min":8000}`, "builders", ""}}},
		{"en", "upwards of 900 cooks", []want{{"upwards of 900", doc.QCount, `{"min":900}`, "cooks", ""}}},
		{"en", "up to 30 guards", []want{{"up to 30", doc.QCount, `{"max":30}`, "guards", ""}}},
		{"en", "fewer than 12 drivers", []want{{"fewer than 12", doc.QCount, `{"max":12}`, "drivers", ""}}},
		{"en", "under 500 welders", []want{{"under 500", doc.QCount, `{"max":500}`, "welders", ""}}},
		{"en", "between 4,000 and 6,000 loggers", []want{{"between 4,000 and 6,000", doc.QCount, `{"low":4000,"high":6000}`, "loggers", ""}}},
		{"en", "a payroll of $40-$60 million annually", []want{{"$40-$60 million annually", doc.QMoney, `{"low":40000000,"high":60000000}`, "USD", "year"}}},
		{"en", "some 20-30 thousand labourers", []want{{"20-30 thousand", doc.QCount, `{"low":20000,"high":30000}`, "labourers", ""}}},
		{"en", "from 5 to 10 ships", []want{{"from 5 to 10", doc.QCount, `{"low":5,"high":10}`, "ships", ""}}},
		// digits glued to a unit after a multiplier word are a modifier of
		// the counted noun, not the rest of the number
		{"en", "nearly 3 million 155-millimetre rounds", []want{{"nearly 3 million", doc.QCount, `{"exact":3000000,"approx":true}`, "", ""}, {"155-millimetre", doc.QDimension, `{"exact":155}`, "mm", ""}}},
		{"en", "some 2 million 122mm shells", []want{{"some 2 million", doc.QCount, `{"exact":2000000,"approx":true}`, "", ""}, {"122mm", doc.QDimension, `{"exact":122}`, "mm", ""}}},
		{"en", "4 thousand 3 hundred crates", []want{{"4 thousand 3 hundred", doc.QCount, `{"exact":4300}`, "crates", ""}}},
		{"en", "hundreds of welders", []want{{"hundreds", doc.QCount, `{"min":200,"vague":true}`, "welders", ""}}},
		{"en", "tens of thousands of migrants", []want{{"tens of thousands", doc.QCount, `{"min":20000,"vague":true}`, "migrants", ""}}},
		{"en", "dozens of buses", []want{{"dozens", doc.QCount, `{"min":24,"vague":true}`, "buses", ""}}},
		{"en", "millions of tourists", []want{{"millions", doc.QCount, `{"min":2000000,"vague":true}`, "tourists", ""}}},
		{"en", "each earns $800 a month", []want{{"$800 a month", doc.QMoney, `{"exact":800}`, "USD", "month"}}},
		{"en", "worth US$500 million a year", []want{{"US$500 million a year", doc.QMoney, `{"exact":500000000}`, "USD", "year"}}},
		{"en", "a fee of 2 billion roubles", []want{{"2 billion roubles", doc.QMoney, `{"exact":2000000000}`, "RUB", ""}}},
		{"en", "a £3m grant and €40 fines", []want{{"£3m", doc.QMoney, `{"exact":3000000}`, "GBP", ""}, {"€40", doc.QMoney, `{"exact":40}`, "EUR", ""}}},
		{"en", "paid 90,000 won per day", []want{{"90,000 won per day", doc.QMoney, `{"exact":90000}`, "KRW", "day"}}},
		{"en", "a 200 million yuan loan", []want{{"200 million yuan", doc.QMoney, `{"exact":200000000}`, "CNY", ""}}},
		{"en", "output rose 8-fold", []want{{"8-fold", doc.QRatio, `{"exact":8}`, "ratio", ""}}},
		{"en", "roughly 5 times more than before", []want{{"roughly 5 times more", doc.QRatio, `{"exact":5,"approx":true}`, "ratio", ""}}},
		{"en", "a 7.5% rise and 3 percent and 4 per cent", []want{{"7.5%", doc.QPercent, `{"exact":7.5}`, "percent", ""}, {"3 percent", doc.QPercent, `{"exact":3}`, "percent", ""}, {"4 per cent", doc.QPercent, `{"exact":4}`, "percent", ""}}},
		{"en", "a road of 45 km", []want{{"45 km", doc.QDimension, `{"exact":45}`, "km", ""}}},
		{"en", "the 11,200 Filipinos", []want{{"11,200", doc.QCount, `{"exact":11200}`, "filipinos", ""}}},
		// non-amounts
		{"en", "It happened in 2021.", []want{{"2021", doc.QYear, "", "", ""}}},
		{"en", "In 1998 workers struck.", []want{{"1998", doc.QYear, "", "", ""}}},
		{"en", "signed on 3 March 2022", []want{{"3 March 2022", doc.QDate, "", "", ""}}},
		{"en", "signed on August 9, 2016", []want{{"August 9, 2016", doc.QDate, "", "", ""}}},
		{"en", "published 2023-11-05 07:45:10", []want{{"2023-11-05", doc.QDate, "", "", ""}, {"07:45:10", doc.QTime, "", "", ""}}},
		{"en", "the meeting at 5 pm", []want{{"5 pm", doc.QTime, "", "", ""}}},
		{"en", "under resolution 1718", []want{{"1718", doc.QResolution, "", "", ""}}},
		{"en", "Resolutions 2270 and 2321 apply", []want{{"2270", doc.QResolution, "", "", ""}, {"2321", doc.QResolution, "", "", ""}}},
		{"en", "standing second from left", []want{{"second", doc.QOrdinal, "", "", ""}}},
		{"en", "the seventh paragraph", []want{{"seventh", doc.QOrdinal, "", "", ""}}},
		{"en", "Park Ji-won (3-L) waves", []want{{"3-L", doc.QOrdinal, "", "", ""}}},
		{"en", "the Covid-19 crisis", []want{{"19", doc.QOther, "", "", ""}}},
		{"en", "support for Windows 7 ended", []want{{"7", doc.QOther, "", "", ""}}},
		{"en", "call +82 2 3456 7890 now", []want{{"82 2 3456 7890", doc.QOther, "", "", ""}}},
		{"en", "for six weeks", []want{{"six weeks", doc.QOther, "", "weeks", ""}}},
		{"en", "a 20-year-old man", []want{{"20-year-old", doc.QOther, "", "year", ""}}},
		{"en", "This one is better.", nil},
		{"en", "open 24/7 with two thirds of staff", []want{{"24/7", doc.QOther, "", "", ""}, {"two thirds", doc.QOther, "", "", ""}}},
		// Russian and German
		{"ru", "около 15 тыс. рабочих", []want{{"около 15 тыс.", doc.QCount, `{"exact":15000,"approx":true}`, "рабочих", ""}}},
		{"ru", "въехали 13 221 гражданин", []want{{"13 221", doc.QCount, `{"exact":13221}`, "", ""}}},
		{"ru", "в 2024 году", []want{{"2024 году", doc.QYear, "", "", ""}}},
		{"ru", "2 млрд рублей", []want{{"2 млрд рублей", doc.QMoney, `{"exact":2000000000}`, "RUB", ""}}},
		{"de", "13.221 Arbeiter und 2,5 Mio. Euro", []want{{"13.221", doc.QCount, `{"exact":13221}`, "", ""}, {"2,5 Mio. Euro", doc.QMoney, "", "EUR", ""}}},
	}
	checkFind(t, cases)
}

// findCase is a text and the quantities Find must return for it.
type findCase struct {
	lang, in string
	want     []want
}

// checkFind runs Find on each case and compares text, kind, value, unit
// and rate, and that each span holds its text.
func checkFind(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		got := Find(c.in, c.lang)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %d quantities %v, want %d", c.in, len(got), got, len(c.want))
			continue
		}
		for i, w := range c.want {
			g := got[i]
			if g.Text != w.text || g.Kind != w.kind || (w.value != "" && valueJSON(g.Value) != w.value) || (w.unit != "" && g.Unit != w.unit) || g.Per != w.per {
				t.Errorf("%q: got %q %s %s unit=%q per=%q; want %q %s %s unit=%q per=%q", c.in, g.Text, g.Kind, valueJSON(g.Value), g.Unit, g.Per, w.text, w.kind, w.value, w.unit, w.per)
			}
			if c.in[g.Start:g.End] != g.Text {
				t.Errorf("%q: span %d-%d does not hold %q", c.in, g.Start, g.End, g.Text)
			}
		}
	}
}

func TestNumbers(t *testing.T) {
	cases := []struct {
		in   string
		want []float64
	}{
		{"one hundred and twenty-three", []float64{123}},
		{"twenty two point five", []float64{22.5}},
		{"1/2 and two thirds", []float64{0.5, 2.0 / 3}},
		{"1.5k", []float64{1500}},
		{"-5 and 1e10", []float64{-5, 1e10}},
		{"four thousand and six", []float64{4006}},
		{"nine and a half million", []float64{9.5e6}},
		{"10.1.2.3", []float64{10, 1, 2, 3}},
		{"which one?", nil},
	}
	for _, c := range cases {
		got := Numbers(c.in, "en", true)
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.in, got, c.want)
			continue
		}
		for i, w := range c.want {
			if math.Abs(got[i].Value-w) > 1e-9*math.Max(1, math.Abs(w)) {
				t.Errorf("%q: number %d = %v, want %v", c.in, i, got[i].Value, w)
			}
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"about 300 workers", "$150-$300 million annually", "between 2 and 3", "1.111,11, 1,111.11", "½ of 2-R",
		"около 15 тыс.", "- 1 4/5", "1.1^--23", "twenty-one trillion and three hundred", "\xff12,3", "1e999 workers",
		"более чем вдвое", "почти в 12 раз больше", "п’ять тисяч", "десятки тысяч", "с 30 тыс. до 8 тыс.", "ни одного",
		"13\u00a0221", "$2,5 за годину", "около тысячи", "+7 (4212) 555-37-90", "18+", "[1]", "двести сорок пять тысяч"} {
		f.Add(s, "en")
		f.Add(s, "ru")
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		// rune boundaries as range decodes them (an invalid byte is one rune)
		bound := make([]bool, len(text)+1)
		for i := range text {
			bound[i] = true
		}
		bound[len(text)] = true
		for _, q := range Find(text, lang) {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("span %d-%d outside %q", q.Start, q.End, text)
			}
			if !bound[q.Start] || !bound[q.End] {
				t.Fatalf("span %d-%d not on rune boundaries in %q", q.Start, q.End, text)
			}
			v := q.Value
			for _, x := range []float64{v.Number, v.Low, v.High} {
				if math.IsInf(x, 0) || math.IsNaN(x) {
					t.Fatalf("value %v not finite for %q", v, text)
				}
			}
		}
		Numbers(text, lang, true)
	})
}

// wikinews reads the Wikinews sample texts.
func wikinews(b *testing.B) []string { return wikinewsTB(b) }

func wikinewsTB(b testing.TB) []string {
	dir := sharedDir(b, "data/wikinews-sample")
	var out []string
	for _, name := range []string{"wikinews_2019.csv.gz", "wikinews_2020.csv.gz"} {
		raw, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			b.Skip(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		r := csv.NewReader(zr)
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if len(rec) >= 4 && rec[0] != "url" {
				out = append(out, rec[3])
			}
		}
	}
	return out
}

func BenchmarkFind(b *testing.B) {
	texts := wikinews(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range texts {
			Find(s, "en")
		}
	}
}

// BenchmarkFindStream measures FindStream as the pipeline calls it: on the
// token stream each text is split into once for every annotator (the
// splitting is not counted).
func BenchmarkFindStream(b *testing.B) {
	texts := wikinews(b)
	streams := make([]*token.Stream, len(texts))
	n := 0
	for i, s := range texts {
		streams[i] = token.New(s)
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, st := range streams {
			FindStream(ctx, st, "en")
		}
	}
}
