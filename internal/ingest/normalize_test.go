package ingest

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// normalizeBytes is normalize as it was written on bytes before
// normalizeString: the reference normalizeString is checked against.
func normalizeBytes(data []byte) (string, []string) {
	data = bytes.TrimPrefix(data, bom)
	var warns []string
	if !utf8.Valid(data) {
		var b strings.Builder
		n := 0
		bad := false
		for len(data) > 0 {
			r, size := utf8.DecodeRune(data)
			if r == utf8.RuneError && size <= 1 {
				if !bad {
					b.WriteRune(utf8.RuneError)
					n++
				}
				bad = true
				data = data[1:]
				continue
			}
			bad = false
			b.Write(data[:size])
			data = data[size:]
		}
		warns = append(warns, fmt.Sprintf("invalid UTF-8 repaired at %d places", n))
		data = []byte(b.String())
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, warns
}

func TestNormalizeString(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"plain text\n", "plain text\n"},
		{"\xef\xbb\xbfafter a mark", "after a mark"},
		{"\xef\xbb\xbf\xef\xbb\xbftwo marks", "\xef\xbb\xbftwo marks"}, // one is stripped
		{"a\r\nb\rc\n", "a\nb\nc\n"},
		{"bad \xff\xfe byte", "bad \ufffd byte"},
		{"\xef\xbb\xbf\xc3 cut\r\n", "\ufffd cut\n"},
	} {
		got, warns := normalizeString(tc.in)
		if got != tc.want {
			t.Errorf("normalizeString(%q) = %q, want %q", tc.in, got, tc.want)
		}
		ref, refWarns := normalizeBytes([]byte(tc.in))
		if got != ref || !slices.Equal(warns, refWarns) {
			t.Errorf("normalizeString(%q) = %q %q, normalize on bytes %q %q", tc.in, got, warns, ref, refWarns)
		}
		if n, nw := normalize([]byte(tc.in)); n != got || !slices.Equal(nw, warns) {
			t.Errorf("normalize(%q) = %q %q, normalizeString %q %q", tc.in, n, nw, got, warns)
		}
	}
}

func FuzzNormalizeString(f *testing.F) {
	for _, s := range []string{"", "a\r\nb", "\xef\xbb\xbfx", "\xff\xc3\r"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, warns := normalizeString(s)
		ref, refWarns := normalizeBytes([]byte(s))
		if got != ref || !slices.Equal(warns, refWarns) {
			t.Fatalf("normalizeString(%q) = %q %q, normalize on bytes %q %q", s, got, warns, ref, refWarns)
		}
	})
}
