package policy

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/encoding/simplifiedchinese"

	"relief/i18n"
	"relief/safefile"
)

// FileName is the policy file looked for beside the workbook.
const FileName = "relief.yaml"

// maxFileSize bounds a policy file: a real one is a few hundred bytes.
const maxFileSize = 1 << 20

// Resolve returns the effective policy: file if given; else relief.yaml
// beside the workbook if there is one (in the current folder when
// workbook is ""); else Default(). A bad file is an *i18n.Error naming
// the key and the allowed values.
func Resolve(file, workbook string) (*Policy, error) {
	if file != "" {
		return Load(file)
	}
	beside := filepath.Join(filepath.Dir(workbook), FileName)
	if fi, err := os.Stat(beside); err == nil && !fi.IsDir() {
		return Load(beside)
	}
	return Default(), nil
}

// Load reads the policy file at path. Keys the file leaves out keep their
// default, key by key (a file may set only vote.threshold, or only one
// level of amount.levels); an empty file is the default policy. An
// unknown key, a duplicated key or a bad value is an error that names the
// file, the line, the key and what is allowed.
func Load(path string) (*Policy, error) {
	// Only a regular file: a FIFO named relief.yaml would block the run.
	f, err := safefile.OpenRegular(path)
	if err != nil {
		var ie *i18n.Error
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, &i18n.Error{Msg: i18n.M("policy.not-found", path), Err: err}
		case errors.Is(err, safefile.ErrIsDir):
			return nil, i18n.Errorf("policy.is-dir", path)
		case errors.As(err, &ie):
			return nil, err
		}
		return nil, &i18n.Error{Msg: i18n.M("policy.unreadable", path, safefile.Reason(err)), Err: err}
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > maxFileSize {
		return nil, i18n.Errorf("policy.too-big", path)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("policy.unreadable", path, safefile.Reason(err)), Err: err}
	}
	if len(data) > maxFileSize {
		return nil, i18n.Errorf("policy.too-big", path)
	}
	if data, err = decodeGB(data); err != nil {
		return nil, i18n.Errorf("policy.encoding", path)
	}
	p, err := Parse(path, data)
	if err != nil {
		return nil, err
	}
	// A font named in the file is found beside the file, wherever the
	// command is run from.
	if font := p.Notice.Font; font != "" && !filepath.IsAbs(font) {
		p.Notice.Font = filepath.Join(filepath.Dir(path), font)
	}
	return p, nil
}

// decodeGB returns a policy file as UTF-8 text. UTF-8 and UTF-16 with a
// byte order mark are the YAML parser's own; text that is not valid UTF-8
// is read as GB 18030 (GBK), the "ANSI" of Notepad on Chinese Windows.
func decodeGB(b []byte) ([]byte, error) {
	if utf8.Valid(b) || bytes.HasPrefix(b, []byte{0xFF, 0xFE}) || bytes.HasPrefix(b, []byte{0xFE, 0xFF}) {
		return b, nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(b)
	if err != nil {
		return nil, err
	}
	if !utf8.Valid(out) || bytes.ContainsRune(out, utf8.RuneError) {
		return nil, errors.New("undecodable text")
	}
	return out, nil
}

// Parse reads a policy from data; name is the file's name for messages
// and Policy.Source. The file holds one YAML document: a second one (after
// a "---" line) is an error, since its settings would be silently ignored.
// Settings that contradict each other (deadline.warn_days beyond
// deadline.days) are an error too.
func Parse(name string, data []byte) (*Policy, error) {
	p := Default()
	p.File = name
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil && !errors.Is(err, io.EOF) {
		return nil, &i18n.Error{Msg: i18n.M("policy.yaml", name, err.Error()), Err: err}
	}
	for {
		var more yaml.Node
		err := dec.Decode(&more)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, &i18n.Error{Msg: i18n.M("policy.yaml", name, err.Error()), Err: err}
		}
		if !emptyDoc(&more) {
			return nil, i18n.Errorf("policy.multi-doc", name, more.Line)
		}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return p, nil // empty, or comments only
	}
	l := &loader{name: name, p: p, lines: map[string]int{}}
	if err := l.mapping(doc.Content[0], "", schema); err != nil {
		return nil, err
	}
	if d := p.Deadline; d.WarnDays > d.Days {
		line := l.lines["deadline.warn_days"]
		if line == 0 {
			line = l.lines["deadline.days"]
		}
		return nil, i18n.Errorf("policy.warn-after-deadline", name, line, d.WarnDays, d.Days)
	}
	return p, nil
}

// emptyDoc reports a document with nothing in it: a "---" at the end of
// the file, or one followed by comments only.
func emptyDoc(n *yaml.Node) bool {
	if len(n.Content) == 0 {
		return true
	}
	c := n.Content[0]
	return len(n.Content) == 1 && c.Kind == yaml.ScalarNode && c.Tag == "!!null" && c.Value == ""
}

type loader struct {
	name  string
	p     *Policy
	lines map[string]int // the line of each key the file sets, by dotted key
}

// mapping reads the section n, whose keys are fs, under the dotted prefix
// path ("" for the top level).
func (l *loader) mapping(n *yaml.Node, path string, fs []field) error {
	n = deref(n)
	if isNull(n) {
		return nil // "quota:" with every key commented out
	}
	if n.Kind != yaml.MappingNode {
		if path == "" {
			return i18n.Errorf("policy.top-not-mapping", l.name, n.Line, keyList(fs))
		}
		return i18n.Errorf("policy.not-mapping", l.name, n.Line, path[:len(path)-1], keyList(fs))
	}
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := deref(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return i18n.Errorf("policy.unknown-key", l.name, k.Line, path+"?", keyList(fs))
		}
		dotted := path + k.Value
		f := find(fs, k.Value)
		if f == nil {
			return i18n.Errorf("policy.unknown-key", l.name, k.Line, dotted, keyList(fs))
		}
		if first, dup := seen[k.Value]; dup {
			return i18n.Errorf("policy.duplicate-key", l.name, k.Line, dotted, first)
		}
		seen[k.Value] = k.Line
		if f.children != nil {
			if err := l.mapping(v, dotted+".", f.children); err != nil {
				return err
			}
			continue
		}
		v = deref(v)
		if v.Kind != yaml.ScalarNode && !(f.list && v.Kind == yaml.SequenceNode) {
			return i18n.Errorf("policy.not-scalar", l.name, v.Line, dotted)
		}
		if bad := f.read(l.p, v); bad != nil {
			return bad.err(l.name, v.Line, dotted, nodeText(v))
		}
		l.p.Source[dotted] = l.name
		l.lines[dotted] = k.Line
	}
	return nil
}

func find(fs []field, key string) *field {
	for i := range fs {
		if fs[i].key == key {
			return &fs[i]
		}
	}
	return nil
}

// nodeText is a value as the file writes it, for messages: a scalar's
// text, a sequence's items joined by commas.
func nodeText(n *yaml.Node) string {
	if n.Kind != yaml.SequenceNode {
		return n.Value
	}
	items := make([]string, 0, len(n.Content))
	for _, c := range n.Content {
		items = append(items, deref(c).Value)
	}
	return "[" + strings.Join(items, ", ") + "]"
}

// deref follows a YAML alias (*name) to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	for i := 0; n.Kind == yaml.AliasNode && n.Alias != nil && i < 8; i++ {
		n = n.Alias
	}
	return n
}
