package templates

import (
	"bytes"
	"embed"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"relief/i18n"
	"relief/safefile"
)

//go:embed text/*.tmpl
var builtin embed.FS

// The wording files, one per document kind.
const (
	NoticeFile     = "notice.tmpl"
	LetterFile     = "letter.tmpl"
	RejectionFile  = "rejection.tmpl"
	AllocationFile = "allocation.tmpl"
)

// Files lists the wording files in the order they are exported.
var Files = []string{NoticeFile, LetterFile, RejectionFile, AllocationFile}

// Set is the wording of the documents, parsed and checked.
type Set struct {
	notice, letter, rejection, allocation *wording
}

// wording is one parsed template and the file it came from.
type wording struct {
	name string // the file name as shown in messages: the path for an edited copy
	src  string
	t    *template.Template
	b    *execBudget // the bounds of each execution (budget.go)
}

// Builtin returns the embedded wording. It never fails: the embedded files
// are checked by the tests.
func Builtin() *Set {
	s, err := Load("")
	if err != nil {
		panic("templates: built-in wording: " + err.Error())
	}
	return s
}

// Load reads the wording from dir: each file present there replaces the
// built-in one, a missing file falls back to the built-in wording. dir ""
// means the built-in wording only. Every template is parsed and tried on
// sample data, so a mistake is reported (file and line) before any document
// is drawn.
func Load(dir string) (*Set, error) {
	if dir != "" {
		fi, err := os.Stat(dir)
		switch {
		case err != nil:
			return nil, i18n.Errorf("templates.no-dir", dir)
		case !fi.IsDir():
			return nil, i18n.Errorf("templates.not-dir", dir)
		}
	}
	s := &Set{}
	for _, f := range Files {
		w, err := loadOne(dir, f)
		if err != nil {
			return nil, err
		}
		switch f {
		case NoticeFile:
			s.notice = w
		case LetterFile:
			s.letter = w
		case RejectionFile:
			s.rejection = w
		case AllocationFile:
			s.allocation = w
		}
	}
	if err := s.check(); err != nil {
		return nil, err
	}
	return s, nil
}

func loadOne(dir, file string) (*wording, error) {
	name, src := file, ""
	b, err := readWording(filepath.Join(dir, file))
	switch {
	case dir != "" && err == nil:
		name = filepath.Join(dir, file)
		if src, err = decodeText(b); err != nil {
			return nil, i18n.Errorf("templates.encoding", name)
		}
	case dir != "" && errors.As(err, new(*i18n.Error)):
		return nil, err // not a regular file
	case dir != "" && !errors.Is(err, fs.ErrNotExist):
		return nil, &i18n.Error{Msg: i18n.M("templates.read", filepath.Join(dir, file), safefile.Reason(err)), Err: err}
	default:
		b, err := builtin.ReadFile("text/" + file)
		if err != nil {
			return nil, err
		}
		src = string(b)
	}
	w := &wording{name: name, src: src, b: &execBudget{}}
	t, err := template.New(name).Funcs(w.b.funcs()).Option("missingkey=error").Parse(src)
	if err != nil {
		return nil, i18n.Errorf("templates.syntax", name, err.Error())
	}
	instrument(t)
	w.t = t
	return w, nil
}

// maxWordingSize bounds an edited wording file: the built-in ones are a
// few kilobytes.
const maxWordingSize = 1 << 20

// readWording reads an edited wording file, no more than maxWordingSize
// bytes of it (a larger file is an error). Only a regular file is opened:
// a FIFO named letter.tmpl would block the run.
func readWording(path string) ([]byte, error) {
	f, err := safefile.OpenRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > maxWordingSize {
		return nil, errors.New("larger than 1 MB: not a wording file")
	}
	b, err := io.ReadAll(io.LimitReader(f, maxWordingSize+1))
	if err == nil && len(b) > maxWordingSize {
		err = errors.New("larger than 1 MB: not a wording file")
	}
	return b, err
}

// decodeText returns the text of an edited wording file as Notepad and
// WPS save it: UTF-8 with or without a byte order mark, UTF-16 with one
// (Notepad's "Unicode"), or GBK/GB 18030 (the "ANSI" of Chinese Windows).
// Text that is none of these is an error.
func decodeText(b []byte) (string, error) {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM)
	case bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)
	case !utf8.Valid(b):
		enc = simplifiedchinese.GB18030
	}
	if enc == nil {
		if !utf8.Valid(b) {
			return "", errors.New("not UTF-8")
		}
		return string(b), nil
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return "", err
	}
	if !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
		return "", errors.New("undecodable text")
	}
	return string(out), nil
}

// check executes every template on sample data, so that a misspelt field
// or directive is found before any document is written.
func (s *Set) check() error {
	for _, data := range []NoticeData{sampleNotice, sampleSupplement} {
		n, err := s.notice.blocks(data)
		if err != nil {
			return err
		}
		if c := count(n, bTable); c != 1 {
			return i18n.Errorf("templates.table-once", s.notice.name, c)
		}
	}
	a, err := s.allocation.blocks(sampleAllocation)
	if err != nil {
		return err
	}
	if c := count(a, bTable); c != 1 {
		return i18n.Errorf("templates.table-once", s.allocation.name, c)
	}
	for _, w := range []*wording{s.letter, s.rejection} {
		var data any = sampleLetter
		if w == s.rejection {
			data = sampleRejection
		}
		bs, err := w.blocks(data)
		if err != nil {
			return err
		}
		if count(bs, bTable) > 0 {
			return i18n.Errorf("templates.table-letter", w.name)
		}
	}
	return nil
}

func count(bs []block, k kind) int {
	n := 0
	for _, b := range bs {
		if b.kind == k {
			n++
		}
	}
	return n
}

// kind is the kind of a document block.
type kind int

// The block kinds. Each non-empty line of a template's output is one block;
// a line that starts with @ is a directive.
const (
	bPara   kind = iota // a body paragraph, first line indented by two characters
	bTitle              // @title: the centred title
	bLine               // @line: an unindented line (salutation)
	bTable              // @table: the recipients' table (the notice), the townships' (the allocation notice)
	bSpace              // @space: an empty line
	bIssuer             // @issuer: the issuing office, at the right
	bDate               // @date: the date under the issuer
)

var directives = map[string]kind{
	"@title":  bTitle,
	"@line":   bLine,
	"@table":  bTable,
	"@space":  bSpace,
	"@issuer": bIssuer,
	"@date":   bDate,
}

// block is one block of a document: a paragraph, the title, the table…
type block struct {
	kind kind
	Text string
}

// blocks executes the template on data and cuts the output into blocks.
//
// The execution has a budget of output, steps and time (budget.go): a
// runaway template stops quickly with a message that names its file.
func (w *wording) blocks(data any) ([]block, error) {
	w.b.mu.Lock()
	w.b.start()
	out := &limited{b: w.b}
	err := w.t.Execute(out, data)
	over := w.b.err(w.name)
	w.b.mu.Unlock()
	if over != nil {
		return nil, over
	}
	if err != nil {
		return nil, i18n.Errorf("templates.exec", w.name, cleanExecError(err.Error()))
	}
	var bs []block
	for _, line := range strings.Split(out.buf.String(), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "@") {
			bs = append(bs, block{kind: bPara, Text: line})
			continue
		}
		word, rest, _ := strings.Cut(line, " ")
		k, ok := directives[word]
		if !ok {
			return nil, i18n.Errorf("templates.directive", w.where(word), word)
		}
		bs = append(bs, block{kind: k, Text: strings.TrimSpace(rest)})
	}
	return bs, nil
}

// where names the file and, when it can be found, the line of the source
// that starts with word: "letter.tmpl:23".
func (w *wording) where(word string) string {
	for i, l := range strings.Split(w.src, "\n") {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, word) && (len(t) == len(word) || t[len(word)] == ' ') {
			return w.name + ":" + strconv.Itoa(i+1)
		}
	}
	return w.name
}

// cleanExecError shortens text/template's execution error: it keeps
// "template: FILE:LINE:COL:" and the cause, and drops the Go type names
// that mean nothing to a clerk.
func cleanExecError(s string) string {
	if i := strings.Index(s, " in type "); i >= 0 {
		s = s[:i]
	}
	return s
}

// Export writes the built-in wording files into dir (created if needed)
// and returns their paths. It refuses to overwrite an existing file unless
// force is set, and then writes nothing at all.
func Export(dir string, force bool) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, &i18n.Error{Msg: i18n.M("templates.mkdir", dir, safefile.Reason(err)), Err: err}
	}
	var paths []string
	for _, f := range Files {
		p := filepath.Join(dir, f)
		if _, err := os.Lstat(p); err == nil && !force {
			return nil, i18n.Errorf("templates.exists", p)
		}
		paths = append(paths, p)
	}
	for i, f := range Files {
		b, err := builtin.ReadFile("text/" + f)
		if err != nil {
			return nil, err
		}
		if err := safefile.Write(paths[i], func(w io.Writer) error { _, err := w.Write(b); return err }); err != nil {
			return nil, err
		}
	}
	return paths, nil
}
