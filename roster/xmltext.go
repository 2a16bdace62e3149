package roster

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// The text of a part, as XML says to read it: attribute values, and the
// character data the scanner hands out raw (xmlscan.go).

// attrValue finds the first attribute with local name key in the raw
// attributes of a tag.
func attrValue(attrs []byte, key string) ([]byte, bool) {
	var found []byte
	ok := false
	eachAttr(attrs, func(local, val []byte) bool {
		if string(local) == key {
			found, ok = val, true
			return false
		}
		return true
	})
	return found, ok
}

// eachAttr calls fn with the local name and the value (entities decoded)
// of each attribute of a tag, until fn returns false. It stops at the
// first malformed attribute.
func eachAttr(attrs []byte, fn func(local, val []byte) bool) {
	i := 0
	for i < len(attrs) {
		for i < len(attrs) && isSpace(attrs[i]) {
			i++
		}
		if i >= len(attrs) {
			return
		}
		ns := i
		for i < len(attrs) && attrs[i] != '=' && !isSpace(attrs[i]) {
			i++
		}
		name := attrs[ns:i]
		for i < len(attrs) && isSpace(attrs[i]) {
			i++
		}
		if i >= len(attrs) || attrs[i] != '=' {
			return
		}
		i++
		for i < len(attrs) && isSpace(attrs[i]) {
			i++
		}
		if i >= len(attrs) || attrs[i] != '"' && attrs[i] != '\'' {
			return
		}
		q := attrs[i]
		j := indexShort(attrs[i+1:], q)
		if j < 0 {
			return
		}
		val := attrs[i+1 : i+1+j]
		i += j + 2
		local := name
		if c := indexShort(name, ':'); c > 0 && c < len(name)-1 {
			local = name[c+1:]
		}
		if indexShort(val, '&') >= 0 || indexShort(val, '\r') >= 0 {
			out, err := appendText(nil, val, false)
			if err != nil {
				return
			}
			val = out
		}
		if !fn(local, val) {
			return
		}
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// appendText appends raw XML text to dst: entities and character
// references decoded (unless cdata), line ends normalised to "\n".
// Text that is not valid UTF-8 or holds a character XML does not allow is
// an error. (This is what encoding/xml does, attribute values included.)
func appendText(dst, raw []byte, cdata bool) ([]byte, error) {
	plain := true
	for _, c := range raw {
		if c == '&' && !cdata || c < 0x20 && c != '\n' && c != '\t' || c >= utf8.RuneSelf {
			plain = false
			break
		}
	}
	if plain {
		return append(dst, raw...), nil
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&' && !cdata:
			j := bytes.IndexByte(raw[i:], ';')
			if j < 0 {
				return dst, fmt.Errorf("%w: an entity without its ';'", errNotXML)
			}
			r, ok := entity(raw[i+1 : i+j])
			if !ok {
				return dst, fmt.Errorf("%w: unknown entity &%s;", errNotXML, clip(raw[i+1:i+j]))
			}
			dst = utf8.AppendRune(dst, r)
			i += j + 1
		case c == '\r':
			dst = append(dst, '\n')
			i++
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case c < utf8.RuneSelf:
			if c < 0x20 && c != '\n' && c != '\t' {
				return dst, fmt.Errorf("%w: control character U+%04X", errNotXML, c)
			}
			dst = append(dst, c)
			i++
		default:
			r, size := utf8.DecodeRune(raw[i:])
			if r == utf8.RuneError && size == 1 || !isXMLChar(r) {
				return dst, fmt.Errorf("%w: invalid UTF-8 or character", errNotXML)
			}
			dst = append(dst, raw[i:i+size]...)
			i += size
		}
	}
	return dst, nil
}

// entity decodes the name of an entity or a character reference.
func entity(name []byte) (rune, bool) {
	switch string(name) {
	case "amp":
		return '&', true
	case "lt":
		return '<', true
	case "gt":
		return '>', true
	case "quot":
		return '"', true
	case "apos":
		return '\'', true
	}
	if len(name) < 2 || name[0] != '#' {
		return 0, false
	}
	var n uint64
	var err error
	if name[1] == 'x' {
		n, err = strconv.ParseUint(string(name[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(name[1:]), 10, 32)
	}
	if err != nil || !isXMLChar(rune(n)) {
		return 0, false
	}
	return rune(n), true
}

// isXMLChar reports whether XML 1.0 allows r in a document.
func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// clip shortens a name for an error message.
func clip(b []byte) string {
	if len(b) > 40 {
		b = b[:40]
	}
	return strconv.Quote(string(b))
}
