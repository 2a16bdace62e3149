package templates

import (
	"regexp"
	"strconv"
	"strings"
	"text/template/parse"

	"relief/templates/layout"
)

// sharedText is the text every letter made from w is likely to draw: the
// wording's own text (the template less what it fills in, every branch of
// it), what is the same on every letter (issuer, date, phone, year), and
// the characters of dates and of extra (amounts, numbered reasons). The
// shared font
// of --split (layout.Shared) is cut for it once, so that each file's own
// subset holds little more than the person's name, township and branch.
// It depends on the wording and the settings only, never on the other
// letters of the run: a letter is the same file whoever else is in it.
func (o *Options) sharedText(w *wording, extra string) string {
	var b strings.Builder
	if w != nil && w.t != nil && w.t.Tree != nil {
		var t strings.Builder
		staticText(&t, w.t.Tree.Root)
		b.WriteString(directive.ReplaceAllString(t.String(), ""))
	}
	c := common(o.Settings)
	b.WriteString(c.Issuer + c.Phone + c.Date + strconv.Itoa(c.Year))
	b.WriteString("0123456789年月日— " + extra)
	return b.String()
}

// directive matches the directives of the wording (@title …), which are
// not drawn.
var directive = regexp.MustCompile(`(?m)^\s*@[a-z]+`)

// staticText writes the text nodes of a template's parse tree, in every
// branch.
func staticText(b *strings.Builder, n parse.Node) {
	switch n := n.(type) {
	case *parse.TextNode:
		b.Write(n.Text)
	case *parse.ListNode:
		if n != nil {
			for _, c := range n.Nodes {
				staticText(b, c)
			}
		}
	case *parse.IfNode:
		staticText(b, n.List)
		staticText(b, n.ElseList)
	case *parse.RangeNode:
		staticText(b, n.List)
		staticText(b, n.ElseList)
	case *parse.WithNode:
		staticText(b, n.List)
		staticText(b, n.ElseList)
	}
}

// sharedFont returns the shared font for the letters made from w, or nil
// when it cannot be made (they are then set in subsets of their own).
func (o *Options) sharedFont(w *wording, extra string) *layout.Shared {
	s, err := layout.NewShared(o.Font, o.sharedText(w, extra))
	if err != nil {
		return nil
	}
	return s
}
