// Package warc reads WARC files (ISO 28500, versions 1.0 and 1.1), the
// format of web archive crawls such as news crawls: record by record, with
// per-record or whole-file gzip, and the HTTP responses they hold decoded
// (chunked transfer and gzip/deflate content encodings). It owns only the
// container format; turning a page into an article is ingest's job.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
	"time"
)

// Record is one WARC record. For response records Body is the decoded HTTP
// payload and HTTPStatus and ContentType come from the HTTP header; for
// other records Body is the record block.
type Record struct {
	Type        string // warcinfo, response, request, resource, metadata, revisit, ...
	ID          string // WARC-Record-ID
	TargetURI   string
	Date        time.Time
	ContentType string // of the payload: "text/html; charset=utf-8"
	HTTPStatus  int    // 0 when the record holds no HTTP response
	Body        []byte
	// Offset is the record's position among the file's records (0-based),
	// for error messages.
	Offset int
}

// IsHTML reports whether the record is a successful HTML page.
func (r *Record) IsHTML() bool {
	if r.Type != "response" && r.Type != "resource" {
		return false
	}
	if r.HTTPStatus != 0 && (r.HTTPStatus < 200 || r.HTTPStatus > 299) {
		return false
	}
	ct := strings.ToLower(r.ContentType)
	return strings.Contains(ct, "text/html") || strings.Contains(ct, "application/xhtml")
}

// Options limit what one record may hold.
type Options struct {
	MaxRecordBytes int64 // default 64 MiB
	// MaxHeaderBytes bounds a record's version line and header together
	// (default 1 MiB): the reader never holds more of a line than that,
	// whatever the file holds (a gzip of 10 GiB of zeros has no newline).
	MaxHeaderBytes int
}

// RecordError is an error in one record whose framing was intact (its
// header and Content-Length were read, the whole block with them): the
// HTTP payload could not be decoded. Next can go on with the next record.
type RecordError struct {
	Offset    int    // the record's position among the file's records
	TargetURI string // "" when the record names none
	Err       error
}

func (e *RecordError) Error() string {
	if e.TargetURI != "" {
		return fmt.Sprintf("warc record %d (%s): %v", e.Offset, e.TargetURI, e.Err)
	}
	return fmt.Sprintf("warc record %d: %v", e.Offset, e.Err)
}

func (e *RecordError) Unwrap() error { return e.Err }

// ErrLineTooLong is returned when a header line (or the run of bytes
// before the next record) exceeds Options.MaxHeaderBytes.
var ErrLineTooLong = errors.New("header line too long")

// Reader reads records one at a time.
type Reader struct {
	br   *bufio.Reader
	opt  Options
	n    int
	done bool
}

// NewReader returns a reader over r, which may be plain or gzip-compressed
// (one gzip member for the whole file or one per record).
func NewReader(r io.Reader, opt Options) (*Reader, error) {
	if opt.MaxRecordBytes <= 0 {
		opt.MaxRecordBytes = 64 << 20
	}
	if opt.MaxHeaderBytes <= 0 {
		opt.MaxHeaderBytes = 1 << 20
	}
	br := bufio.NewReaderSize(r, 64<<10)
	magic, err := br.Peek(2)
	if err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("warc: %w", err)
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br) // multistream by default: per-record members read as one stream
		if err != nil {
			return nil, fmt.Errorf("warc: gzip: %w", err)
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	return &Reader{br: br, opt: opt}, nil
}

// Next returns the next record, or io.EOF after the last one. An error
// names the record's position; a truncated file gives io.ErrUnexpectedEOF.
// A *RecordError (one record's payload) leaves the reader usable: call
// Next again for the following record. Any other error ends the file.
func (r *Reader) Next() (*Record, error) {
	if r.done {
		return nil, io.EOF
	}
	rec, err := r.next()
	if err != nil {
		var re *RecordError
		if errors.As(err, &re) {
			r.n++
			return nil, err
		}
		r.done = true
		if errors.Is(err, io.EOF) && rec == nil {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("warc record %d: %w", r.n, err)
	}
	r.n++
	return rec, nil
}

// readLine returns the next line without its line end, reading at most
// budget bytes; the second result is how many bytes it consumed.
func (r *Reader) readLine(budget int) (string, int, error) {
	var b []byte
	for {
		frag, err := r.br.ReadSlice('\n')
		if len(b)+len(frag) > budget {
			return "", len(b) + len(frag), fmt.Errorf("%w: more than %d bytes", ErrLineTooLong, budget)
		}
		b = append(b, frag...)
		switch {
		case err == nil:
			return strings.TrimRight(string(b), "\r\n"), len(b), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return strings.TrimRight(string(b), "\r\n"), len(b), err
		}
	}
}

// header reads header lines up to the blank line that ends them, within
// budget bytes; a line starting with a space or tab continues the one
// before.
func (r *Reader) header(budget int) (textproto.MIMEHeader, error) {
	h := textproto.MIMEHeader{}
	var last string
	for {
		line, n, err := r.readLine(budget)
		if err != nil {
			return nil, unexpected(err)
		}
		budget -= n
		if line == "" {
			return h, nil
		}
		if line[0] == ' ' || line[0] == '\t' {
			if last == "" {
				return nil, fmt.Errorf("continuation line %q before any field", truncate(line, 40))
			}
			vs := h[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(line)
			continue
		}
		k, v, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return nil, fmt.Errorf("malformed header line %q", truncate(line, 40))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(k))
		h[last] = append(h[last], strings.TrimSpace(v))
	}
}

func (r *Reader) next() (*Record, error) {
	// Skip blank lines between records (within the header budget).
	budget := r.opt.MaxHeaderBytes
	var line string
	for {
		l, n, err := r.readLine(budget)
		budget -= n
		if err != nil {
			if errors.Is(err, io.EOF) && strings.TrimSpace(l) == "" {
				return nil, io.EOF
			}
			if errors.Is(err, io.EOF) {
				return nil, io.ErrUnexpectedEOF
			}
			if errors.Is(err, ErrLineTooLong) {
				return nil, fmt.Errorf("not a WARC record: %w", err)
			}
			return nil, err
		}
		if strings.TrimSpace(l) != "" {
			line = strings.TrimSpace(l)
			break
		}
	}
	if !strings.HasPrefix(line, "WARC/") {
		return nil, fmt.Errorf("not a WARC record: starts with %q", truncate(line, 40))
	}
	h, err := r.header(budget)
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("bad Content-Length %q", truncate(h.Get("Content-Length"), 40))
	}
	if n > r.opt.MaxRecordBytes {
		return nil, fmt.Errorf("record of %d bytes is over the %d-byte limit", n, r.opt.MaxRecordBytes)
	}
	// Read what is there rather than allocating what the header claims.
	var buf bytes.Buffer
	if m, err := buf.ReadFrom(io.LimitReader(r.br, n)); err != nil {
		return nil, fmt.Errorf("block: %w", unexpected(err))
	} else if m < n {
		return nil, fmt.Errorf("block: %w (%d of %d bytes)", io.ErrUnexpectedEOF, m, n)
	}
	block := buf.Bytes()
	rec := &Record{
		Type:        strings.ToLower(h.Get("WARC-Type")),
		ID:          h.Get("WARC-Record-ID"),
		TargetURI:   strings.Trim(h.Get("WARC-Target-URI"), "<>"),
		ContentType: h.Get("Content-Type"),
		Body:        block,
		Offset:      r.n,
	}
	if d := h.Get("WARC-Date"); d != "" {
		if t, err := time.Parse(time.RFC3339Nano, d); err == nil {
			rec.Date = t.UTC()
		}
	}
	if (rec.Type == "response" || rec.Type == "revisit") && strings.HasPrefix(strings.ToLower(rec.ContentType), "application/http") {
		if err := decodeHTTP(rec, r.opt.MaxRecordBytes); err != nil {
			// the block was read whole: the next record starts after it
			return nil, &RecordError{Offset: r.n, TargetURI: rec.TargetURI, Err: err}
		}
	}
	return rec, nil
}

// decodeHTTP replaces the block of an HTTP response record by its decoded payload.
func decodeHTTP(rec *Record, limit int64) error {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.Body)), nil)
	if err != nil {
		if rec.Type == "revisit" { // revisits often hold only headers
			rec.Body = nil
			return nil
		}
		return fmt.Errorf("HTTP response: %w", err)
	}
	defer resp.Body.Close()
	rec.HTTPStatus = resp.StatusCode
	rec.ContentType = resp.Header.Get("Content-Type")
	var body io.Reader = resp.Body
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return fmt.Errorf("gzip payload: %w", err)
		}
		body = zr
	case "deflate":
		body = flate.NewReader(resp.Body)
	}
	payload, err := io.ReadAll(io.LimitReader(body, limit+1))
	if err != nil && !(rec.Type == "revisit" && len(payload) == 0) {
		return fmt.Errorf("payload: %w", unexpected(err))
	}
	if int64(len(payload)) > limit {
		return fmt.Errorf("payload over the %d-byte limit", limit)
	}
	rec.Body = payload
	return nil
}

func unexpected(err error) error {
	if errors.Is(err, io.EOF) {
		return io.ErrUnexpectedEOF
	}
	return err
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "..."
	}
	return s
}
