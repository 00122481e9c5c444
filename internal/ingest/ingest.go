// Package ingest owns reading articles from files, directories and standard
// input: it recognizes the container format (plain text, HTML, JSON Lines,
// any of them gzip-compressed), repairs the encoding and returns each article
// as a Document with the plain text and whatever metadata the container
// states. It does no cleaning and stores nothing; see package clean for that.
package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/dossier-osint/dossier/internal/doc"
)

// DefaultMaxBytes is the default per-file size limit.
const DefaultMaxBytes = 32 << 20

// Options control reading.
type Options struct {
	// MaxBytes limits the size of one input file (after decompression);
	// 0 means DefaultMaxBytes.
	MaxBytes int64
}

func (o Options) max() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Document is one article as read from its container.
type Document struct {
	Source string // file path ("path:line" for a JSON Lines record), "-" for stdin
	Format string // txt, html, jsonl
	URL    string
	// Title, Published, Credit, SiteName, Byline and Lang are what the
	// container states (JSON Lines fields, HTML metadata); "" if unknown.
	Title     string
	Published string
	Credit    string
	SiteName  string
	Byline    string
	Lang      string
	// Text is plain text, one paragraph per line (blank lines may separate
	// them), LF line ends, valid UTF-8.
	Text     string
	Warnings []string
	// Removed is what the reader left out of the page (HTML navigation,
	// cookie notices, footers, related stories), with the reason.
	Removed []doc.Removed
}

// Format names.
const (
	FormatText  = "txt"
	FormatHTML  = "html"
	FormatJSONL = "jsonl"
)

// ErrEmpty is returned for an input without text.
var ErrEmpty = errors.New("empty")

// formatByExt returns the format for a file name, after stripping ".gz";
// "" when the extension is not known. gz reports a gzip suffix.
func formatByExt(name string) (format string, gz bool) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		gz = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	switch filepath.Ext(lower) {
	case ".txt", ".text":
		return FormatText, gz
	case ".html", ".htm", ".xhtml":
		return FormatHTML, gz
	case ".jsonl", ".ndjson":
		return FormatJSONL, gz
	case ".warc":
		return FormatWARC, gz
	}
	return "", gz
}

// Known reports whether a file name has an extension Walk reads from a
// directory.
func Known(name string) bool {
	f, _ := formatByExt(name)
	return f != ""
}

// Sniff guesses the format of data: WARC if it starts with a WARC version
// line, HTML if it starts with "<", JSON Lines
// if its first non-blank line is a JSON object, else text.
func Sniff(data []byte) string {
	t := bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n")
	if bytes.HasPrefix(t, []byte("WARC/1.")) {
		return FormatWARC
	}
	if len(t) > 0 && t[0] == '<' {
		return FormatHTML
	}
	if len(t) > 0 && t[0] == '{' {
		line := t
		if i := bytes.IndexByte(t, '\n'); i >= 0 {
			line = t[:i]
		}
		line = bytes.TrimRight(line, " \t\r")
		if len(line) > 0 && line[len(line)-1] == '}' {
			return FormatJSONL
		}
	}
	return FormatText
}

var bom = []byte("\xef\xbb\xbf")

var gzipMagic = []byte{0x1f, 0x8b}

// Parse reads the documents held in data read from source. The format is
// taken from the extension of source (after stripping ".gz"), else sniffed.
// Gzip data is recognized by extension or magic number. For JSON Lines a bad
// line yields an error naming source:line while the other lines still yield
// documents: Parse then returns both the documents and a joined error.
func Parse(source string, data []byte, opt Options) ([]Document, error) {
	return ParseContext(context.Background(), source, data, opt)
}

// ParseContext is Parse stopping when ctx is done (between JSON Lines
// lines and WARC records, and without waiting for an HTML extraction to
// end): it then returns ctx's error.
func ParseContext(ctx context.Context, source string, data []byte, opt Options) ([]Document, error) {
	return parse(ctx, source, data, opt, false)
}

// parse is ParseContext; owned says that data is the caller's to give
// away (a file Walk read into a buffer of its own, which nothing writes
// again): a text document's text is then data itself, not a copy, when
// normalize has nothing to change.
func parse(ctx context.Context, source string, data []byte, opt Options, owned bool) ([]Document, error) {
	format, gz := formatByExt(source)
	if gz || bytes.HasPrefix(data, gzipMagic) {
		var err error
		data, err = gunzip(source, data, opt.max())
		if err != nil {
			return nil, err
		}
	}
	if int64(len(data)) > opt.max() {
		return nil, fmt.Errorf("%s: %d bytes exceeds the limit of %d bytes", source, len(data), opt.max())
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, bom))) == 0 {
		return nil, fmt.Errorf("%s: %w", source, ErrEmpty)
	}
	if format == "" {
		format = Sniff(data)
	}
	switch format {
	case FormatWARC:
		return parseWARC(ctx, source, data, opt)
	case FormatHTML:
		text, warns := normalize(data)
		d, err := FromHTMLContext(ctx, source, "", []byte(text))
		if err != nil {
			return nil, err
		}
		d.Warnings = append(warns, d.Warnings...)
		return []Document{d}, nil
	case FormatJSONL:
		return parseJSONL(ctx, source, data)
	default:
		var text string
		var warns []string
		if owned {
			text, warns = normalizeString(unsafe.String(unsafe.SliceData(data), len(data)))
		} else {
			text, warns = normalize(data)
		}
		return []Document{{Source: source, Format: FormatText, Text: text, Warnings: warns}}, nil
	}
}

// gunzip decompresses data (all members), refusing more than max bytes.
func gunzip(source string, data []byte, max int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%s: truncated gzip: %w", source, io.ErrUnexpectedEOF)
		}
		return nil, fmt.Errorf("%s: gzip: %w", source, err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: truncated gzip: %w", source, io.ErrUnexpectedEOF)
		}
		return nil, fmt.Errorf("%s: gzip: %w", source, err)
	}
	if int64(len(out)) > max {
		return nil, fmt.Errorf("%s: more than %d bytes after decompression exceeds the limit of %d bytes", source, max, max)
	}
	return out, nil
}

// normalize strips a byte-order mark, repairs invalid UTF-8 (each bad byte
// sequence becomes U+FFFD, with a warning) and turns CRLF and CR into LF.
func normalize(data []byte) (string, []string) {
	return normalizeString(string(data))
}

// normalizeString is normalize of a string: s itself (or the part after
// its byte-order mark) when there is nothing to repair, no copy.
func normalizeString(s string) (string, []string) {
	s = strings.TrimPrefix(s, string(bom))
	var warns []string
	if !utf8.ValidString(s) {
		var b strings.Builder
		b.Grow(len(s))
		n := 0
		bad := false
		for len(s) > 0 {
			r, size := utf8.DecodeRuneInString(s)
			if r == utf8.RuneError && size <= 1 {
				if !bad {
					b.WriteRune(utf8.RuneError)
					n++
				}
				bad = true
				s = s[1:]
				continue
			}
			bad = false
			b.WriteString(s[:size])
			s = s[size:]
		}
		warns = append(warns, fmt.Sprintf("invalid UTF-8 repaired at %d places", n))
		s = b.String()
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, warns
}

// Walk reads every input in order and calls fn for each document read, or
// with a Document naming the source and the error for each input that fails;
// it then continues with the other inputs. An input is a file, a directory
// (read recursively in sorted order, skipping hidden entries and files with
// an unknown extension) or "-" for stdin (format sniffed). Walk returns only
// the context's error or an error returned by fn.
func Walk(ctx context.Context, inputs []string, stdin io.Reader, opt Options, fn func(d Document, err error) error) error {
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if in == "-" {
			if err := emit(ctx, "-", readStdin(stdin, opt), opt, fn); err != nil {
				return err
			}
			continue
		}
		fi, err := os.Stat(in)
		if err == nil && !fi.IsDir() && !fi.Mode().IsRegular() {
			err = notRegular(fi.Mode())
		}
		if err != nil {
			if err := fn(Document{Source: in}, fmt.Errorf("%s: %w", in, err)); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() && isWARC(in) {
			if err := walkWARC(ctx, in, opt, fn); err != nil {
				return err
			}
			continue
		}
		if !fi.IsDir() {
			if err := emit(ctx, in, readFile(in, fi.Size(), opt), opt, fn); err != nil {
				return err
			}
			continue
		}
		type entry struct {
			path string
			err  error // the walk's or the refusal's error, reported in path order
		}
		var files []entry
		werr := filepath.WalkDir(in, func(path string, de fs.DirEntry, err error) error {
			if err != nil {
				files = append(files, entry{path, err})
				if de != nil && de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			name := de.Name()
			if path != in && strings.HasPrefix(name, ".") {
				if de.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if de.IsDir() {
				return nil
			}
			if !Known(name) {
				slog.Debug("ingest: skipping file with unknown extension", "file", path)
				return nil
			}
			// a FIFO would block the walk for good, a device never end
			files = append(files, entry{path, regularEntry(path, de)})
			return nil
		})
		if werr != nil {
			if err := fn(Document{Source: in}, fmt.Errorf("%s: %w", in, werr)); err != nil {
				return err
			}
		}
		sort.Slice(files, func(i, j int) bool { return files[i].path < files[j].path })
		for _, f := range files {
			if err := ctx.Err(); err != nil {
				return err
			}
			if f.err != nil {
				if err := fn(Document{Source: f.path}, fmt.Errorf("%s: %w", f.path, f.err)); err != nil {
					return err
				}
				continue
			}
			if isWARC(f.path) {
				if err := walkWARC(ctx, f.path, opt, fn); err != nil {
					return err
				}
				continue
			}
			var size int64 = -1
			if fi, err := os.Stat(f.path); err == nil {
				size = fi.Size()
			}
			if err := emit(ctx, f.path, readFile(f.path, size, opt), opt, fn); err != nil {
				return err
			}
		}
	}
	return nil
}

type readResult struct {
	data []byte
	err  error
}

func readFile(path string, size int64, opt Options) readResult {
	if size > opt.max() {
		return readResult{err: fmt.Errorf("%s: %d bytes exceeds the limit of %d bytes", path, size, opt.max())}
	}
	f, err := openRegular(path)
	if err != nil {
		return readResult{err: fmt.Errorf("%s: %w", path, err)}
	}
	defer f.Close()
	data, err := readAllSized(f, size, opt.max())
	if err != nil {
		return readResult{err: fmt.Errorf("%s: %w", path, err)}
	}
	if int64(len(data)) > opt.max() {
		return readResult{err: fmt.Errorf("%s: more than %d bytes exceeds the limit of %d bytes", path, opt.max(), opt.max())}
	}
	return readResult{data: data}
}

// readAllSized is io.ReadAll of at most max+1 bytes into a buffer made for
// the size the file had when listed (size < 0: not known), and one byte
// more to see the end: io.ReadAll starts at 512 bytes and copies the data
// each time it doubles. A file that grew meanwhile is still read whole.
func readAllSized(r io.Reader, size, max int64) ([]byte, error) {
	if size < 0 || size > max {
		return io.ReadAll(io.LimitReader(r, max+1))
	}
	lr := io.LimitReader(r, max+1)
	b := make([]byte, 0, size+1)
	for {
		n, err := lr.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grew since listed: room for more
		}
	}
}

func readStdin(r io.Reader, opt Options) readResult {
	if r == nil {
		return readResult{err: fmt.Errorf("-: no standard input")}
	}
	data, err := io.ReadAll(io.LimitReader(r, opt.max()+1))
	if err != nil {
		return readResult{err: fmt.Errorf("-: %w", err)}
	}
	if int64(len(data)) > opt.max() {
		return readResult{err: fmt.Errorf("-: more than %d bytes exceeds the limit of %d bytes", opt.max(), opt.max())}
	}
	return readResult{data: data}
}

func emit(ctx context.Context, source string, rr readResult, opt Options, fn func(Document, error) error) error {
	if rr.err != nil {
		return fn(Document{Source: source}, rr.err)
	}
	docs, err := parse(ctx, source, rr.data, opt, true) // rr.data was read for this call
	if ctx.Err() != nil {
		return ctx.Err() // stopped: nothing of this input is reported
	}
	for _, d := range docs {
		if ferr := fn(d, nil); ferr != nil {
			return ferr
		}
	}
	// one call per failed item (a JSON Lines line, a WARC record), so
	// that six bad lines count as six failures
	for _, e := range splitErrors(err) {
		src := source
		var ie *itemError
		if errors.As(e, &ie) {
			src = ie.source
		}
		if ferr := fn(Document{Source: src}, e); ferr != nil {
			return ferr
		}
	}
	return nil
}

// itemError is the error of one item of a file (a JSON Lines line, a
// WARC record), naming it ("f.jsonl:3", "crawl.warc#7").
type itemError struct {
	source string
	err    error
}

func (e *itemError) Error() string { return e.err.Error() }
func (e *itemError) Unwrap() error { return e.err }

// splitErrors returns the errors joined in err (errors.Join), or err.
func splitErrors(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, splitErrors(e)...)
		}
		return out
	}
	return []error{err}
}

// FromHTMLContext is FromHTML returning ctx's error as soon as ctx is
// done. The HTML extractor cannot be stopped: it finishes in the
// background and its result is dropped (its input is bounded by the size
// limit), so that SIGTERM or a closed request does not wait for it.
func FromHTMLContext(ctx context.Context, source, url string, page []byte) (Document, error) {
	if err := CheckHTMLSize(source, page); err != nil {
		return Document{Source: source}, err
	}
	if ctx.Done() == nil {
		return FromHTML(source, url, page)
	}
	if err := ctx.Err(); err != nil {
		return Document{Source: source}, err
	}
	type result struct {
		d   Document
		err error
	}
	done := make(chan result, 1)
	go func() {
		d, err := FromHTML(source, url, page)
		done <- result{d, err}
	}()
	select {
	case r := <-done:
		return r.d, r.err
	case <-ctx.Done():
		return Document{Source: source}, fmt.Errorf("%s: %w", source, ctx.Err())
	}
}

// MaxHTMLBytes bounds the HTML page that page extraction reads. The
// extractor's time grows faster than the page (for dense text on this
// machine: about 5 s of CPU for 1 MB, a minute for 4 MB), so a larger page
// would stall a run for hours; it is refused by name instead. Real article
// pages, scripts and markup included, are well under it (the largest of the
// extraction benchmark's 181 pages is 1.5 MB).
const MaxHTMLBytes = 4 << 20

// ErrTooLarge refuses an input over a size limit.
var ErrTooLarge = errors.New("too large")

// CheckHTMLSize refuses a page over MaxHTMLBytes, naming source.
func CheckHTMLSize(source string, page []byte) error {
	if len(page) <= MaxHTMLBytes {
		return nil
	}
	return fmt.Errorf("%s: %w: an HTML page of %.1f MB, over the %d MB page extraction reads "+
		"(save the page's text as a .txt file to ingest it)", source, ErrTooLarge, float64(len(page))/(1<<20), MaxHTMLBytes>>20)
}

// htmlError names the input of an HTML extraction error once: errors of
// the HTML parser already start with "html: ".
func htmlError(source string, err error) error {
	if strings.HasPrefix(err.Error(), "html:") {
		return fmt.Errorf("%s: %w", source, err)
	}
	return fmt.Errorf("%s: html: %w", source, err)
}

// notRegular is the refusal of a file that is not a regular file.
func notRegular(m fs.FileMode) error {
	kind := "not a regular file"
	switch {
	case m&fs.ModeNamedPipe != 0:
		kind = "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "a socket"
	case m&fs.ModeCharDevice != 0:
		kind = "a character device"
	case m&fs.ModeDevice != 0:
		kind = "a device"
	}
	return fmt.Errorf("%w: %s, not a regular file", ErrNotRegular, kind)
}

// ErrNotRegular refuses an input that is not a regular file (FIFO,
// socket, device): reading one can block for good or never end.
var ErrNotRegular = errors.New("refused")

// regularEntry checks a directory entry, following a symbolic link.
func regularEntry(path string, de fs.DirEntry) error {
	m := de.Type()
	if m&fs.ModeSymlink != 0 {
		fi, err := os.Stat(path)
		if err != nil {
			return err
		}
		m = fi.Mode()
	}
	if !m.IsRegular() {
		return notRegular(m)
	}
	return nil
}

// openRegular opens path for reading only if it is a regular file. It
// opens without blocking (a FIFO's open waits for a writer) and checks the
// opened file, so a file swapped after the walk is refused too.
func openRegular(path string) (*os.File, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|oNonblock, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, notRegular(fi.Mode())
	}
	return f, nil
}
