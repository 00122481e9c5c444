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
}

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
func (r *Reader) Next() (*Record, error) {
	if r.done {
		return nil, io.EOF
	}
	rec, err := r.next()
	if err != nil {
		r.done = true
		if errors.Is(err, io.EOF) && rec == nil {
			return nil, io.EOF
		}
		return nil, fmt.Errorf("warc record %d: %w", r.n, err)
	}
	r.n++
	return rec, nil
}

func (r *Reader) next() (*Record, error) {
	// Skip blank lines between records.
	var line string
	for {
		l, err := r.br.ReadString('\n')
		if err != nil {
			if errors.Is(err, io.EOF) && strings.TrimSpace(l) == "" {
				return nil, io.EOF
			}
			if errors.Is(err, io.EOF) {
				return nil, io.ErrUnexpectedEOF
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
	h, err := textproto.NewReader(r.br).ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("header: %w", unexpected(err))
	}
	n, err := strconv.ParseInt(strings.TrimSpace(h.Get("Content-Length")), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("bad Content-Length %q", h.Get("Content-Length"))
	}
	if n > r.opt.MaxRecordBytes {
		return nil, fmt.Errorf("record of %d bytes is over the %d-byte limit", n, r.opt.MaxRecordBytes)
	}
	block := make([]byte, n)
	if _, err := io.ReadFull(r.br, block); err != nil {
		return nil, fmt.Errorf("block: %w", unexpected(err))
	}
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
			return nil, fmt.Errorf("%s: %w", rec.TargetURI, err)
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
