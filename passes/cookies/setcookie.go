package cookies

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/sessionlint/sessionlint/internal/model"
)

// SetCookie is a parsed Set-Cookie header value.
type SetCookie struct {
	// OK: the value starts with a name=value pair; nothing else is set
	// otherwise.
	OK bool
	// Name is the cookie's name, "" when a placeholder stands in it.
	Name string
	// Attrs are the attributes written (Const), or written with a
	// placeholder for their value (Dynamic); missing ones are not written.
	Attrs Attrs
	// Opaque: a placeholder may stand for whole attributes, so nothing is
	// known about the ones not written.
	Opaque bool
}

// ParseSetCookie parses a Set-Cookie header value the way browsers read
// it (RFC 6265 section 5.2): the name=value pair up to the first ';',
// then attributes whose names compare case-insensitively and whose
// surrounding white space is ignored. Secure, HttpOnly and Partitioned
// are flags (any value is ignored); SameSite is Lax, Strict or None (any
// other value sends none); Max-Age of zero or less and an Expires in the
// past delete the cookie. Attribute values are normalised as in
// AttrValue.
func ParseSetCookie(header string) SetCookie {
	return parsePieces([]piece{{text: header}})
}

// piece is part of a header value: constant text, or a hole standing for
// a value unknown statically (a %s argument, a concatenated variable).
type piece struct {
	text string
	hole bool
}

// cell is a byte of constant text, or -1 for a hole.
type cell int

const holeCell cell = -1

func parsePieces(pieces []piece) SetCookie {
	var cells []cell
	for _, p := range pieces {
		if p.hole {
			cells = append(cells, holeCell)
			continue
		}
		for i := 0; i < len(p.text); i++ {
			cells = append(cells, cell(p.text[i]))
		}
	}
	// Two holes in a row: their boundary is unknown.
	for i := 1; i < len(cells); i++ {
		if cells[i] == holeCell && cells[i-1] == holeCell {
			return SetCookie{OK: true, Opaque: true, Attrs: Attrs{}}
		}
	}
	segs := splitCells(cells, ';')
	out := SetCookie{Attrs: Attrs{}}
	first := trimCells(segs[0])
	eq := indexCell(first, '=')
	if eq < 0 {
		if hasHole(first) {
			// "%s; Secure": the hole may be a whole cookie with attributes.
			return SetCookie{OK: true, Opaque: true, Attrs: Attrs{}}
		}
		return SetCookie{Attrs: Attrs{}}
	}
	name := trimCells(first[:eq])
	if hasHole(name) {
		out.Attrs[model.AttrName] = AttrValue{Origin: Dynamic}
	} else {
		if len(name) == 0 {
			return SetCookie{Attrs: Attrs{}}
		}
		out.Name = cellString(name)
		out.Attrs[model.AttrName] = AttrValue{Origin: Const, Value: model.Value(out.Name)}
	}
	out.OK = true
	for _, seg := range segs[1:] {
		seg = trimCells(seg)
		if len(seg) == 0 {
			continue
		}
		var key, val []cell
		if eq := indexCell(seg, '='); eq >= 0 {
			key, val = trimCells(seg[:eq]), trimCells(seg[eq+1:])
		} else {
			key = seg
		}
		if hasHole(key) {
			// "; %s": any attribute may stand there.
			out.Opaque = true
			continue
		}
		attr, ok := attrNames[strings.ToLower(cellString(key))]
		if !ok {
			continue
		}
		switch attr {
		case model.AttrSecure, model.AttrHttpOnly, model.AttrPartitioned:
			out.Attrs[attr] = AttrValue{Origin: Const, Value: model.True}
			continue
		}
		if hasHole(val) {
			out.Attrs[attr] = AttrValue{Origin: Dynamic}
			continue
		}
		v := cellString(val)
		switch attr {
		case model.AttrSameSite:
			switch strings.ToLower(v) {
			case "lax":
				out.Attrs[attr] = AttrValue{Origin: Const, Value: model.SameLax}
			case "strict":
				out.Attrs[attr] = AttrValue{Origin: Const, Value: model.SameStrict}
			case "none":
				out.Attrs[attr] = AttrValue{Origin: Const, Value: model.SameNone}
			default:
				out.Attrs[attr] = AttrValue{Origin: Const, Value: model.SameUnset}
			}
		case model.AttrMaxAge:
			n, err := strconv.Atoi(v)
			if err != nil || v == "" || (v[0] != '-' && (v[0] < '0' || v[0] > '9')) {
				continue // ignored by browsers
			}
			if n <= 0 {
				n = -1
			}
			out.Attrs[attr] = AttrValue{Origin: Const, Value: model.Value(strconv.Itoa(n))}
		case model.AttrExpires:
			t, ok := parseExpires(v)
			if !ok {
				continue
			}
			val := model.Value("")
			if t.Before(time.Now()) {
				val = PastExpiry
			}
			out.Attrs[attr] = AttrValue{Origin: Const, Value: val}
		case model.AttrDomain, model.AttrPath:
			out.Attrs[attr] = AttrValue{Origin: Const, Value: model.Value(v)}
		}
	}
	return out
}

var attrNames = map[string]model.Attr{
	"secure": model.AttrSecure, "httponly": model.AttrHttpOnly, "partitioned": model.AttrPartitioned,
	"samesite": model.AttrSameSite, "max-age": model.AttrMaxAge, "expires": model.AttrExpires,
	"domain": model.AttrDomain, "path": model.AttrPath,
}

func parseExpires(v string) (time.Time, bool) {
	if t, err := http.ParseTime(v); err == nil {
		return t, true
	}
	if t, err := time.Parse("Mon, 02-Jan-2006 15:04:05 MST", v); err == nil {
		return t, true
	}
	return time.Time{}, false
}

func splitCells(cells []cell, sep byte) [][]cell {
	var out [][]cell
	start := 0
	for i, c := range cells {
		if c == cell(sep) {
			out = append(out, cells[start:i])
			start = i + 1
		}
	}
	return append(out, cells[start:])
}

func isSpace(c cell) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func trimCells(cells []cell) []cell {
	for len(cells) > 0 && isSpace(cells[0]) {
		cells = cells[1:]
	}
	for len(cells) > 0 && isSpace(cells[len(cells)-1]) {
		cells = cells[:len(cells)-1]
	}
	return cells
}

func indexCell(cells []cell, b byte) int {
	for i, c := range cells {
		if c == cell(b) {
			return i
		}
	}
	return -1
}

func hasHole(cells []cell) bool { return indexCell2(cells) >= 0 }

func indexCell2(cells []cell) int {
	for i, c := range cells {
		if c == holeCell {
			return i
		}
	}
	return -1
}

func cellString(cells []cell) string {
	b := make([]byte, 0, len(cells))
	for _, c := range cells {
		if c >= 0 {
			b = append(b, byte(c))
		}
	}
	return string(b)
}
