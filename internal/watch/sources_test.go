package watch

import (
	"strings"
	"testing"
	"time"

	"github.com/dossier-osint/dossier/internal/store"
)

func TestParseSourcesFile(t *testing.T) {
	in := "# feeds to watch\n\nhttps://a.example/rss.xml\nhttps://b.example/atom 30m\n  https://c.example/feed.json every 2h # hourly is too often\n"
	got, err := ParseSourcesFile("s.txt", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []FileSource{{"https://a.example/rss.xml", 0, 3}, {"https://b.example/atom", 30 * time.Minute, 4}, {"https://c.example/feed.json", 2 * time.Hour, 5}}
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: %+v, want %+v", i, got[i], want[i])
		}
	}
}

func TestParseSourcesFileErrors(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ftp://a.example/x\n", "s.txt:1: \"ftp://a.example/x\" is not an http(s) URL"},
		{"https://a.example/x\nnot a url\n", "s.txt:2:"},
		{"https://a.example/x soon\n", "interval \"soon\""},
		{"https://a.example/x 10ms\n", "shorter than"},
		{"https://a.example/x 1m extra\n", "unexpected \"extra\""},
		{"https://a.example/x every\n", "without an interval"},
		{"https://a.example/x\nhttps://a.example/x 5m\n", "already listed on line 1"},
		{"https://reader:hunter2@a.example/feed 15m\n", "s.txt:1: https://xxxxx@a.example/feed: URL holds a user name or password"},
		{"https://hunter2@a.example/feed\n", "s.txt:1:"},
		{"ftp://reader:hunter2@a.example/x\n", "is not an http(s) URL"},
	} {
		_, err := ParseSourcesFile("s.txt", []byte(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.in, err, c.want)
		}
		if err != nil && strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%q: the error prints the credentials: %v", c.in, err)
		}
	}
}

func FuzzParseSourcesFile(f *testing.F) {
	f.Add([]byte("https://a.example/rss 15m\n# c\nhttps://b.example/x every 1h\n"))
	f.Add([]byte("\ufeffhttp://x/ 1s # note\n\n"))
	f.Add([]byte("https://a.example/x 1m extra"))
	f.Fuzz(func(t *testing.T, data []byte) {
		srcs, err := ParseSourcesFile("fuzz", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz:") {
				t.Errorf("error does not name the file and line: %v", err)
			}
			return
		}
		seen := map[string]bool{}
		for _, s := range srcs {
			if !strings.HasPrefix(s.URL, "http://") && !strings.HasPrefix(s.URL, "https://") {
				t.Errorf("accepted URL %q", s.URL)
			}
			if s.Interval != 0 && s.Interval < MinInterval {
				t.Errorf("accepted interval %v", s.Interval)
			}
			if seen[s.URL] {
				t.Errorf("duplicate %q accepted", s.URL)
			}
			seen[s.URL] = true
			if s.Line < 1 {
				t.Errorf("line %d", s.Line)
			}
		}
	})
}

// TestDue: a source is due when never polled, or once its interval (else
// the default) has passed since its last poll.
func TestDue(t *testing.T) {
	at := time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name string
		src  store.Source
		now  time.Time
		want bool
	}{
		{"never polled", store.Source{}, at, true},
		{"within its interval", store.Source{Interval: time.Minute, LastPoll: at}, at.Add(59 * time.Second), false},
		{"its interval passed", store.Source{Interval: time.Minute, LastPoll: at}, at.Add(time.Minute), true},
		{"within the default", store.Source{LastPoll: at}, at.Add(time.Hour), false},
		{"the default passed", store.Source{LastPoll: at}, at.Add(2 * time.Hour), true},
	} {
		if got := due(c.src, c.now, 2*time.Hour); got != c.want {
			t.Errorf("%s: due = %v, want %v", c.name, got, c.want)
		}
	}
}
