package roster

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// A pull tokenizer for the XML of a workbook's parts.
//
// encoding/xml allocates for every token and dominates a scan of a large
// sheet (../shared/notes/excel-facts.md, item 8); this scanner looks for
// '<' with bytes.IndexByte in a window over the inflated stream and hands
// out names, attributes and text as slices of that window, decoding
// entities only where the caller asks for text. It keeps what makes XML
// XML for a workbook's parts: namespace prefixes (names are compared by
// their local part), comments, processing instructions, CDATA, a
// DOCTYPE (skipped: no entity is ever declared or expanded), the five
// predefined entities and character references, newlines normalised as
// XML requires, and parts declared in another encoding (GBK, UTF-16 …),
// transcoded first. It checks what tells a damaged part from a sound
// one: every end tag closes the element open at that depth, and the part
// does not end inside an element.

// tokKind is the kind of token.
type tokKind uint8

const (
	tokEOF   tokKind = iota // the end of the part, or an error (see err)
	tokStart                // a start tag (a self-closing one is followed by its tokEnd)
	tokEnd                  // an end tag
	tokText                 // character data; a long run comes in several tokens
)

// Limits of the scanner: a tag (with its attributes) must fit in
// maxTagBytes; elements nest at most maxDepth deep.
const (
	scanWindow  = 256 << 10
	maxTagBytes = 4 << 20
	maxDepth    = 256
)

// errNotXML marks the scanner's own syntax errors.
var errNotXML = errors.New("malformed XML")

// xmlScanner tokenizes one part.
type xmlScanner struct {
	rd      io.Reader
	buf     []byte
	r, w    int   // buf[r:w] is read but not yet scanned
	rdErr   error // what rd returned last (io.EOF at the end)
	err     error // the error that stopped scanning
	started bool  // the encoding was looked at
	read    int64 // bytes read from rd

	// The current token.
	kind  tokKind
	qname []byte // a tag's qualified name
	local []byte // its local name (after the prefix)
	attrs []byte // a start tag's attributes, raw
	text  []byte // tokText: raw text (entities not decoded unless cdata)
	cdata bool   // tokText from a CDATA section: no entities to decode

	selfClose bool     // the start tag just returned closes itself: its tokEnd is next
	stack     []uint64 // hashes of the qualified names of the open elements
}

func newXMLScanner(rd io.Reader) *xmlScanner {
	return &xmlScanner{rd: rd, buf: make([]byte, scanWindow)}
}

// pos is how many bytes of the part were scanned.
func (s *xmlScanner) pos() int64 { return s.read - int64(s.w-s.r) }

// depth is the number of elements open (the current start tag's included).
func (s *xmlScanner) depth() int { return len(s.stack) }

func (s *xmlScanner) fail(err error) tokKind {
	if s.err == nil {
		s.err = err
	}
	s.kind = tokEOF
	return tokEOF
}

func (s *xmlScanner) syntax(format string, args ...any) tokKind {
	return s.fail(fmt.Errorf("%w: %s", errNotXML, fmt.Sprintf(format, args...)))
}

// fill reads more of the part into the window, moving what is left to
// its start; the window grows up to maxTagBytes when it is full. It
// reports whether any byte was added.
func (s *xmlScanner) fill() bool {
	if s.rdErr != nil {
		return false
	}
	if s.r > 0 {
		n := copy(s.buf, s.buf[s.r:s.w])
		s.r, s.w = 0, n
	}
	if s.w == len(s.buf) {
		if len(s.buf) >= maxTagBytes {
			return false
		}
		nb := make([]byte, min(2*len(s.buf), maxTagBytes))
		copy(nb, s.buf[:s.w])
		s.buf = nb
	}
	for tries := 0; tries < 100; tries++ {
		n, err := s.rd.Read(s.buf[s.w:])
		s.w += n
		s.read += int64(n)
		if err != nil {
			s.rdErr = err
			return n > 0
		}
		if n > 0 {
			return true
		}
	}
	s.rdErr = io.ErrNoProgress
	return false
}

// readErr is the error to report when the part ends early.
func (s *xmlScanner) readErr() error {
	if s.rdErr != nil && s.rdErr != io.EOF {
		return s.rdErr
	}
	if len(s.buf) >= maxTagBytes && s.w-s.r >= maxTagBytes {
		return fmt.Errorf("%w: a tag longer than %d bytes", errNotXML, maxTagBytes)
	}
	return io.ErrUnexpectedEOF
}

// start looks at the first bytes of the part for its encoding: a UTF-8
// byte order mark is skipped, UTF-16 (marked) and an encoding declared
// in the XML declaration are transcoded to UTF-8.
func (s *xmlScanner) start() error {
	s.started = true
	for s.w-s.r < 512 && s.fill() {
	}
	head := s.buf[s.r:s.w]
	switch {
	case bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}):
		s.r += 3
		head = head[3:]
	case bytes.HasPrefix(head, []byte{0xFF, 0xFE}), bytes.HasPrefix(head, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		s.transcode(dec.Reader(s.pending()))
		return nil
	}
	if !bytes.HasPrefix(head, []byte("<?xml")) {
		return nil
	}
	end := bytes.Index(head, []byte("?>"))
	if end < 0 {
		return nil
	}
	enc := declAttr(head[5:end], "encoding")
	if enc == "" || equalFoldASCII(enc, "utf-8") || equalFoldASCII(enc, "utf8") {
		return nil
	}
	r, err := charset.NewReaderLabel(enc, s.pending())
	if err != nil {
		return fmt.Errorf("%w: encoding %q", errNotXML, enc)
	}
	s.transcode(r)
	return nil
}

// pending returns a reader of what is left of the part: the window's
// unscanned bytes, then the rest of rd.
func (s *xmlScanner) pending() io.Reader {
	rest := bytes.Clone(s.buf[s.r:s.w])
	var tail io.Reader = s.rd
	if s.rdErr != nil {
		tail = errReader{s.rdErr}
	}
	return io.MultiReader(bytes.NewReader(rest), tail)
}

// transcode makes the scanner read r from now on.
func (s *xmlScanner) transcode(r io.Reader) {
	s.rd, s.r, s.w, s.rdErr = r, 0, 0, nil
}

type errReader struct{ err error }

func (e errReader) Read([]byte) (int, error) { return 0, e.err }

// declAttr returns a pseudo-attribute of the XML declaration.
func declAttr(decl []byte, name string) string {
	v, _ := attrValue(decl, name)
	return string(v)
}

func equalFoldASCII(a, b string) bool { return bytes.EqualFold([]byte(a), []byte(b)) }

// next scans the next token.
func (s *xmlScanner) next() tokKind {
	if s.err != nil {
		return tokEOF
	}
	if !s.started {
		if err := s.start(); err != nil {
			return s.fail(err)
		}
	}
	if s.selfClose {
		s.selfClose = false
		s.stack = s.stack[:len(s.stack)-1]
		s.kind, s.attrs = tokEnd, nil
		return tokEnd
	}
	for {
		if s.r >= s.w && !s.fill() {
			if s.rdErr != nil && s.rdErr != io.EOF {
				return s.fail(s.rdErr)
			}
			if len(s.stack) > 0 {
				return s.fail(io.ErrUnexpectedEOF)
			}
			s.kind = tokEOF
			return tokEOF
		}
		if s.buf[s.r] != '<' {
			return s.scanText()
		}
		// Enough bytes to tell the kind of markup.
		for s.w-s.r < 9 && s.fill() {
		}
		b := s.buf[s.r:s.w]
		switch {
		case len(b) >= 2 && b[1] == '/':
			return s.scanEnd()
		case len(b) >= 2 && b[1] == '?':
			if !s.skipPast("?>") {
				return s.fail(s.readErr())
			}
		case bytes.HasPrefix(b, []byte("<!--")):
			if !s.skipPast("-->") {
				return s.fail(s.readErr())
			}
		case bytes.HasPrefix(b, []byte("<![CDATA[")):
			s.r += 9
			return s.scanCDATA()
		case len(b) >= 2 && b[1] == '!':
			if err := s.skipDirective(); err != nil {
				return s.fail(err)
			}
		default:
			return s.scanStart()
		}
	}
}

// skipPast discards the part up to and including the first occurrence
// of end.
func (s *xmlScanner) skipPast(end string) bool {
	e := []byte(end)
	for {
		if i := bytes.Index(s.buf[s.r:s.w], e); i >= 0 {
			s.r += i + len(e)
			return true
		}
		// Keep the bytes that may start end.
		keep := min(s.w-s.r, len(e)-1)
		s.r = s.w - keep
		if !s.fill() {
			return false
		}
	}
}

// skipDirective discards <!DOCTYPE …> and other declarations, as
// encoding/xml reads them: the byte after "<!" is the directive's first,
// quoted text may hold '<' and '>', which otherwise nest (an internal
// subset's declarations), and comments inside are skipped.
func (s *xmlScanner) skipDirective() error {
	depth := 0
	var quote byte
	s.r += 3
	if s.r > s.w {
		return io.ErrUnexpectedEOF
	}
	for {
		for s.r < s.w {
			c := s.buf[s.r]
			switch {
			case quote == 0 && c == '>' && depth == 0:
				s.r++
				return nil
			case c == quote:
				quote = 0
			case quote != 0:
			case c == '"' || c == '\'':
				quote = c
			case c == '>':
				depth--
			case c == '<':
				for s.w-s.r < 4 && s.fill() {
				}
				if bytes.HasPrefix(s.buf[s.r:s.w], []byte("<!--")) {
					s.r += 4
					if !s.skipPast("-->") {
						return s.readErr()
					}
					continue
				}
				depth++
			}
			s.r++
		}
		if !s.fill() {
			return s.readErr()
		}
	}
}

// scanText returns the text up to the next '<' (or a part of a long run:
// a cut never splits an entity, a character, or a CR LF pair).
func (s *xmlScanner) scanText() tokKind {
	s.kind, s.cdata = tokText, false
	for {
		if i := indexShort(s.buf[s.r:s.w], '<'); i >= 0 {
			s.text = s.buf[s.r : s.r+i]
			s.r += i
			return tokText
		}
		if s.rdErr != nil { // the part ends in text
			s.text = s.buf[s.r:s.w]
			s.r = s.w
			return tokText
		}
		if s.r == 0 && s.w == len(s.buf) { // a window full of text: hand out a part
			cut := textCut(s.buf[s.r:s.w])
			s.text = s.buf[s.r : s.r+cut]
			s.r += cut
			return tokText
		}
		s.fill()
	}
}

// textCut is where a run of text may be cut: not inside an entity, a
// UTF-8 sequence or a CR LF pair (unless the part ends there).
func textCut(b []byte) int {
	n := len(b)
	if amp := bytes.LastIndexByte(b[max(0, n-16):], '&'); amp >= 0 {
		amp += max(0, n-16)
		if bytes.IndexByte(b[amp:], ';') < 0 {
			n = amp
		}
	}
	for k := 0; k < utf8.UTFMax && n > 0; k++ {
		if utf8.RuneStart(b[n-1]) {
			if b[n-1] >= utf8.RuneSelf {
				n-- // a sequence that may be incomplete: keep it whole for the next token
			}
			break
		}
		n--
	}
	if n > 0 && b[n-1] == '\r' {
		n--
	}
	if n == 0 {
		return len(b)
	}
	return n
}

// scanCDATA returns the text of a CDATA section (in parts when long).
func (s *xmlScanner) scanCDATA() tokKind {
	for {
		if i := bytes.Index(s.buf[s.r:s.w], []byte("]]>")); i >= 0 {
			s.text = s.buf[s.r : s.r+i]
			s.r += i + 3
			s.kind, s.cdata = tokText, true
			if len(s.text) == 0 {
				return s.next()
			}
			return tokText
		}
		if s.r == 0 && s.w == len(s.buf) {
			// A long section: hand out all but what may start "]]>", and
			// rewind to "<![CDATA[" so the rest is a section of its own.
			n := s.w - s.r - 2
			for n > 0 && !utf8.RuneStart(s.buf[s.r+n]) {
				n--
			}
			s.text = bytes.Clone(s.buf[s.r : s.r+n])
			s.r += n - 9
			copy(s.buf[s.r:], "<![CDATA[")
			s.kind, s.cdata = tokText, true
			return tokText
		}
		if !s.fill() {
			return s.fail(s.readErr())
		}
	}
}

// tagEnd returns the index in b of the '>' that ends the tag starting at
// b[0], skipping quoted attribute values, or -1. (Tags are short: a loop
// beats bytes.IndexByte's setup here.)
func tagEnd(b []byte) int {
	var q byte
	for i := 1; i < len(b); i++ {
		switch c := b[i]; {
		case q != 0:
			if c == q {
				q = 0
			}
		case c == '>':
			return i
		case c == '"' || c == '\'':
			q = c
		}
	}
	return -1
}

// indexShort is bytes.IndexByte for what is usually near: the first
// bytes are looked at one by one before the vector search starts.
func indexShort(b []byte, c byte) int {
	n := min(len(b), 24)
	for i := 0; i < n; i++ {
		if b[i] == c {
			return i
		}
	}
	if n == len(b) {
		return -1
	}
	if i := bytes.IndexByte(b[n:], c); i >= 0 {
		return n + i
	}
	return -1
}

// nameHash hashes a qualified name (FNV-1a): names are a few bytes.
func nameHash(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h
}

// scanStart reads a start tag.
func (s *xmlScanner) scanStart() tokKind {
	end := tagEnd(s.buf[s.r:s.w])
	for end < 0 {
		if !s.fill() {
			return s.fail(s.readErr())
		}
		end = tagEnd(s.buf[s.r:s.w])
	}
	tag := s.buf[s.r+1 : s.r+end]
	s.r += end + 1
	self := len(tag) > 0 && tag[len(tag)-1] == '/'
	if self {
		tag = tag[:len(tag)-1]
	}
	n := 0
	for n < len(tag) && !isSpace(tag[n]) {
		n++
	}
	if n == 0 {
		return s.syntax("a tag without a name")
	}
	s.setName(tag[:n])
	s.attrs = tag[n:]
	if len(s.stack) >= maxDepth {
		return s.syntax("elements nested more than %d deep", maxDepth)
	}
	s.stack = append(s.stack, nameHash(s.qname))
	s.selfClose = self
	s.kind = tokStart
	return tokStart
}

// scanEnd reads an end tag and checks that it closes the open element.
func (s *xmlScanner) scanEnd() tokKind {
	i := indexShort(s.buf[s.r:s.w], '>')
	for i < 0 {
		if !s.fill() {
			return s.fail(s.readErr())
		}
		i = indexShort(s.buf[s.r:s.w], '>')
	}
	name := s.buf[s.r+2 : s.r+i]
	for len(name) > 0 && isSpace(name[len(name)-1]) {
		name = name[:len(name)-1]
	}
	s.r += i + 1
	if len(name) == 0 {
		return s.syntax("an end tag without a name")
	}
	if len(s.stack) == 0 || s.stack[len(s.stack)-1] != nameHash(name) {
		return s.syntax("</%s> closes no open element", clip(name))
	}
	s.stack = s.stack[:len(s.stack)-1]
	s.setName(name)
	s.attrs = nil
	s.kind = tokEnd
	return tokEnd
}

// setName sets the qualified and the local name: the local name is what
// follows the prefix, as encoding/xml splits it (a name with two colons
// keeps both).
func (s *xmlScanner) setName(q []byte) {
	s.qname, s.local = q, q
	if i := indexShort(q, ':'); i > 0 && i < len(q)-1 && indexShort(q[i+1:], ':') < 0 {
		s.local = q[i+1:]
	}
}

// is reports whether the current tag's local name is name.
func (s *xmlScanner) is(name string) bool { return string(s.local) == name }

// attr returns the value of the current start tag's first attribute with
// local name key, entities decoded.
func (s *xmlScanner) attr(key string) ([]byte, bool) { return attrValue(s.attrs, key) }
