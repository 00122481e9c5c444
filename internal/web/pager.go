package web

import (
	"net/url"
	"strconv"
)

// pager links the previous and next windows of a list, keeping the other
// query parameters.
type pager struct {
	Prev, Next      string
	From, To, Total int
	Capped          bool // more than Total match
}

func newPager(u *url.URL, limit, offset, total, shown int) pager {
	p := pager{From: offset + 1, To: offset + shown, Total: total}
	if shown == 0 {
		p.From = offset
	}
	link := func(off int) string {
		q := u.Query()
		q.Del("flash")
		if off <= 0 {
			q.Del("offset")
		} else {
			q.Set("offset", strconv.Itoa(off))
		}
		return u.Path + "?" + q.Encode()
	}
	if offset > 0 {
		p.Prev = link(max(0, offset-limit))
	}
	if offset+shown < total {
		p.Next = link(offset + limit)
	}
	return p
}
