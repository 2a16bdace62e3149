package policy

import (
	"bytes"
	"io"
	"strings"

	"github.com/mattn/go-runewidth"
	"go.yaml.in/yaml/v3"

	"relief/i18n"
)

// WriteYAML writes the policy as a policy file that loads back to the
// same policy, with a comment on each value saying where it came from in
// language l: a default the policy document sets (默认，政策文件规定), one
// the Party's rules set (默认，党章规定), one the program chose (默认，程序
// 设定), or the file's (来自 relief.yaml).
func (p *Policy) WriteYAML(w io.Writer, l i18n.Lang) error {
	root := p.node("", schema, l)
	from := i18n.M("policy.show.defaults").In(l)
	if p.File != "" {
		from = i18n.M("policy.show.file", p.File).In(l)
	}
	doc := &yaml.Node{Kind: yaml.DocumentNode, HeadComment: from, Content: []*yaml.Node{root}}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(doc); err != nil {
		return err
	}
	if err := enc.Close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, alignComments(buf.String(), p.comments(l)))
	return err
}

// alignComments lines up the source comments (each line ends with one of
// comments) in one column, measured in display cells.
func alignComments(text string, comments []string) string {
	lines := strings.Split(text, "\n")
	split := func(line string) (string, string, bool) {
		for _, c := range comments {
			if strings.HasSuffix(line, " "+c) {
				return strings.TrimSuffix(line, " "+c), c, true
			}
		}
		return line, "", false
	}
	width := 0
	for _, line := range lines {
		if body, _, ok := split(line); ok {
			width = max(width, runewidth.StringWidth(body))
		}
	}
	for i, line := range lines {
		if body, c, ok := split(line); ok {
			lines[i] = runewidth.FillRight(body, width) + "  " + c
		}
	}
	return strings.Join(lines, "\n")
}

// comments are the distinct source comments of p's values.
func (p *Policy) comments(l i18n.Lang) []string {
	seen := map[string]bool{}
	var cs []string
	for _, k := range Keys() {
		if c := p.sourceComment(k, l); !seen[c] {
			seen[c] = true
			cs = append(cs, c)
		}
	}
	return cs
}

func (p *Policy) node(path string, fs []field, l i18n.Lang) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for _, f := range fs {
		k := scalar("!!str", f.key)
		if f.children != nil {
			m.Content = append(m.Content, k, p.node(path+f.key+".", f.children, l))
			continue
		}
		v := f.show(p)
		v.LineComment = p.sourceComment(path+f.key, l)
		m.Content = append(m.Content, k, v)
	}
	return m
}

func (p *Policy) sourceComment(key string, l i18n.Lang) string {
	src := p.Source[key]
	if src == "" || src == SourceDefault {
		return "# " + i18n.M("policy.show.default."+Origin(key)).In(l)
	}
	return "# " + i18n.M("policy.show.from", src).In(l)
}
