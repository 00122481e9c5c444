package timex

// compact reads dates written as numbers and month names joined by one
// separator without spaces: "Dec/2018", "Dec-2018", "05-Aug-2016",
// "2019/aug/01", "Sep-23-2020", "Oct/2", "2015-12", "2015-3", "12-2015",
// "10-1-2018", and the eight-digit "20161016". Month-first numeric forms
// with slashes or dots are numericDate's; "2016-10-16" is iso's. compact
// and eightDigits write what they find to *out, as calendar does.
func (p *parser) compact(i int, out *cand) bool {
	if !p.in(i) {
		return false
	}
	if p.isNum(i) && p.toks[i].nd == 8 {
		return p.eightDigits(i, out)
	}
	if i > 0 && p.adj(i) {
		pk := p.toks[i-1].kind
		if pk != kPunct || p.raw(i-1) == "/" || p.raw(i-1) == "." || p.raw(i-1) == ":" {
			return false
		}
		// After "-": only as the second end of a range of dates
		// ("10/1/2018-10/7/2018"), not inside a code ("133-03-03-2020").
		if i > 1 && p.adj(i-1) && p.toks[i-2].kind != kPunct {
			prevYear := p.isNum(i-2) && p.toks[i-2].nd == 4
			prevSlash := p.isNum(i-2) && i > 2 && p.adj(i-2) && (p.punct(i-3, "/") || p.punct(i-3, "-") && i > 3 && p.isNum(i-4) && p.toks[i-4].nd <= 2 && !(i > 4 && p.adj(i-4) && p.isHyphen(i-5)))
			if !prevYear && !prevSlash {
				return false
			}
		}
	}
	if p.inURL(i) {
		return false
	}
	type part struct {
		n, nd int // number value and digits; nd 0 for a month name
		m     int // month of a month name
	}
	var parts [3]part
	np := 0
	sep := ""
	k := i
	for {
		if !p.in(k) {
			return false
		}
		switch {
		case p.isNum(k):
			t := &p.toks[k]
			if t.nd != 1 && t.nd != 2 && t.nd != 4 {
				return false
			}
			parts[np] = part{n: int(t.n), nd: int(t.nd)}
		case p.class(k) == cMonth && p.text[p.toks[k].start] < 0x80:
			parts[np] = part{m: p.e(k).val}
		default:
			return false
		}
		np++
		k++
		s := ""
		if p.in(k) && p.adj(k) && (p.punct(k, "/") || p.punct(k, "-")) && p.adj(k+1) {
			s = p.raw(k)
		}
		if s == "" || np == 3 || (sep != "" && s != sep) {
			break
		}
		if p.in(k+1) && !p.isNum(k+1) && p.class(k+1) != cMonth {
			break
		}
		sep = s
		k++
	}
	j := k
	if np < 2 {
		return false
	}
	// A longer chain of numbers is something else (a phone number, a code).
	if p.adj(j) && (p.punct(j, sep) || p.punct(j, "/") && sep == "-") && p.isNum(j+1) && p.adj(j+1) {
		if !(sep == "-" && np == 3) {
			return false
		}
	}
	if p.adj(j) && (p.isNum(j) || p.isWord(j)) {
		return false
	}
	months := 0
	mi := -1
	for q := 0; q < np; q++ {
		if parts[q].nd == 0 {
			months++
			mi = q
		}
	}
	y, m, d := 0, 0, 0
	switch months {
	case 1:
		m = parts[mi].m
		for q := 0; q < np; q++ {
			if q == mi {
				continue
			}
			switch pt := parts[q]; {
			case pt.nd == 4 && pt.n >= 1000 && pt.n <= 2199 && y == 0:
				y = pt.n
			case pt.nd <= 2 && pt.n >= 1 && pt.n <= 31 && d == 0:
				d = pt.n
			default:
				return false
			}
		}
		if np == 3 && (y == 0 || d == 0) {
			return false
		}
	case 0:
		if sep != "-" && !(sep == "/" && np == 2) {
			return false
		}
		a, b := parts[0], parts[1]
		switch {
		case np == 2 && a.nd == 4 && b.nd <= 2 && b.n >= 1 && b.n <= 12 && (b.nd == 1 || b.n < 10 || b.n < a.n%100 || a.n%100 == 0):
			// "2015-12", "2015-3"; "2010-12" is the years 2010 to 2012
			y, m = a.n, b.n
		case np == 2 && b.nd == 4 && a.nd <= 2 && a.n >= 1 && a.n <= 12:
			// "12-2015", "3/2016"
			y, m = b.n, a.n
		case np == 3 && sep == "-" && parts[2].nd == 4 && a.nd <= 2 && b.nd <= 2:
			// "10-1-2018" (month first unless the first cannot be a month)
			y, m, d = parts[2].n, a.n, b.n
			if m > 12 {
				m, d = d, m
			}
		default:
			return false
		}
		if y < 1800 || y > 2199 {
			return false
		}
	default:
		return false
	}
	switch {
	case y > 0 && d > 0:
		if !validDate(y, m, d) {
			return false
		}
		*out = cand{i: i, j: j, typ: "DATE", val: fmtYMD(y, m, d), gran: "day", rule: "compact-date", y: y, m: m, d: d}
		return true
	case y > 0:
		*out = cand{i: i, j: j, typ: "DATE", val: fmtMonth(y, m), gran: "month", rule: "compact-month", y: y, m: m}
		return true
	case d > 0:
		if !validDate(0, m, d) {
			return false
		}
		p.monthDay(i, j, m, d, "compact-month-day", out)
		return true
	}
	return false
}

// eightDigits reads "20161016" (YYYYMMDD) when it makes a valid date of
// 1900 to 2100.
func (p *parser) eightDigits(i int, out *cand) bool {
	s := p.raw(i)
	n := func(a, b int) int {
		v := 0
		for _, c := range s[a:b] {
			v = v*10 + int(c-'0')
		}
		return v
	}
	y, m, d := n(0, 4), n(4, 6), n(6, 8)
	if y < 1900 || y > 2100 || !validDate(y, m, d) {
		return false
	}
	if p.adj(i+1) && p.isWord(i+1) || p.adj(i) && i > 0 && p.isNum(i-1) {
		return false
	}
	*out = cand{i: i, j: i + 1, typ: "DATE", val: fmtYMD(y, m, d), gran: "day", rule: "eight-digit-date", y: y, m: m, d: d}
	return true
}

// dashChainOK guards a four-digit year at i that numbers joined by dashes
// surround: "2010-2015" and "2010-12" are years, "82-2100", "2015-32",
// "138-2010-2015" are not.
func (p *parser) dashChainOK(i int) bool {
	// numbers directly joined to i by dashes, left and right
	var left, right []int
	for k := i; k-2 >= 0 && p.adj(k) && p.isHyphen(k-1) && p.adj(k-1) && p.toks[k-2].kind == kNum; k -= 2 {
		left = append(left, k-2)
	}
	for k := i; k+2 < len(p.toks) && p.adj(k+1) && p.isHyphen(k+1) && p.adj(k+2) && p.toks[k+2].kind == kNum; k += 2 {
		right = append(right, k+2)
	}
	isYear := func(k int) bool { t := &p.toks[k]; return t.nd == 4 && t.n >= 1000 && t.n <= 2199 }
	switch len(left) + len(right) {
	case 0:
		// "2015 - 32", "32 - 2015": a dash with spaces and a short number
		if i >= 2 && p.isDash(i-1) && !p.adj(i) && p.toks[i-2].kind == kNum && p.toks[i-2].nd <= 3 && !p.adj(i-1) {
			return false
		}
		if p.isDash(i+1) && !p.adj(i+1) && p.isNum(i+2) && p.toks[i+2].nd <= 3 && !p.adj(i+2) {
			return false
		}
		return true
	case 1:
		if len(left) == 1 {
			return isYear(left[0])
		}
		k := right[0]
		if isYear(k) {
			return true
		}
		t := &p.toks[k]
		return t.nd == 2 && t.n > p.toks[i].n%100 && t.n-p.toks[i].n%100 <= 10 // "2010-12": 2010 to 2012
	}
	return false
}
