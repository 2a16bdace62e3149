package templates

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"text/template"
	"text/template/parse"
	"time"

	"relief/i18n"
)

// The budget of one execution of a wording template. An edited template
// is a program: {{range 100000000}} would run for minutes, and one that
// prints in a loop would fill the memory. The built-in wording writes about
// 2 KB in under a hundred steps; these bounds are far above any real
// wording and far below harm.
const (
	maxTemplateOutput = 256 << 10       // bytes of text a template may produce
	maxTemplateSteps  = 100_000         // range iterations and template calls
	maxTemplateTime   = 2 * time.Second // a backstop for slow steps
	maxPrintfWidth    = 1000            // width or precision in a printf verb
)

// stepFunc is the function called at the start of every range iteration
// and of every template: instrument puts a call to it there.
const stepFunc = "relief_step"

// errBudget stops an execution that went over its budget; budget.over
// says which bound.
var errBudget = errors.New("template budget exceeded")

// execBudget is the running count of one execution. A wording's executions
// are serialised (wording.blocks holds mu), so one per wording
// does.
type execBudget struct {
	mu       sync.Mutex
	steps    int
	deadline time.Time
	over     string // the catalogue key of the bound exceeded, "" if none
}

func (b *execBudget) start() {
	b.steps, b.over = 0, ""
	b.deadline = time.Now().Add(maxTemplateTime)
}

// step is stepFunc: it counts, and stops the execution past the budget.
func (b *execBudget) step() (string, error) {
	b.steps++
	switch {
	case b.steps > maxTemplateSteps:
		b.over = "templates.budget-steps"
	case b.steps%256 == 0 && time.Now().After(b.deadline):
		b.over = "templates.budget-time"
	default:
		return "", nil
	}
	return "", errBudget
}

// grown checks a string a function made: text longer than a template may
// produce stops the execution (repeated doubling would fill the memory
// long before any output).
func (b *execBudget) grown(s string) (string, error) {
	if len(s) > maxTemplateOutput {
		b.over = "templates.budget-output"
		return "", errBudget
	}
	return s, nil
}

// err is the message for an execution stopped by the budget, nil if it
// was not.
func (b *execBudget) err(file string) error {
	switch b.over {
	case "":
		return nil
	case "templates.budget-output":
		return i18n.Errorf(b.over, file, maxTemplateOutput>>10)
	case "templates.budget-steps":
		return i18n.Errorf(b.over, file, maxTemplateSteps)
	}
	return i18n.Errorf(b.over, file, int(maxTemplateTime/time.Second))
}

// funcs returns the functions a template may call: join, and in place of
// text/template's own print, printf, println, html, js and urlquery,
// versions whose result is bounded (printf refuses a huge width, which
// would allocate it at once).
func (b *execBudget) funcs() template.FuncMap {
	wrap := func(f func(...any) string) func(...any) (string, error) {
		return func(args ...any) (string, error) { return b.grown(f(args...)) }
	}
	return template.FuncMap{
		stepFunc: b.step,
		"join": func(elems []string, sep string) (string, error) {
			n := len(sep) * len(elems)
			for _, e := range elems {
				n += len(e)
			}
			if n > maxTemplateOutput {
				return b.grown(strings.Repeat(" ", maxTemplateOutput+1))
			}
			return strings.Join(elems, sep), nil
		},
		"print":    wrap(fmt.Sprint),
		"println":  wrap(fmt.Sprintln),
		"html":     wrap(template.HTMLEscaper),
		"js":       wrap(template.JSEscaper),
		"urlquery": wrap(template.URLQueryEscaper),
		"printf": func(format string, args ...any) (string, error) {
			if wideVerb(format) {
				b.over = "templates.budget-output"
				return "", errBudget
			}
			return b.grown(fmt.Sprintf(format, args...))
		},
	}
}

// wideVerb reports a printf format with a width or precision over
// maxPrintfWidth, or one taken from an argument (*). It reads each verb
// as fmt does: flags, [n], width, .precision, [n], the verb.
func wideVerb(format string) bool {
	i := 0
	at := func(set string) bool { return i < len(format) && strings.IndexByte(set, format[i]) >= 0 }
	index := func() {
		if at("[") {
			if j := strings.IndexByte(format[i:], ']'); j >= 0 {
				i += j + 1
			}
		}
	}
	wide := func() bool { // a number or * at i
		if at("*") {
			return true
		}
		n := 0
		for ; at("0123456789"); i++ {
			if n = n*10 + int(format[i]-'0'); n > maxPrintfWidth {
				return true
			}
		}
		return false
	}
	for i < len(format) {
		if format[i] != '%' {
			i++
			continue
		}
		i++
		for at("+-# 0") {
			i++
		}
		index()
		if wide() {
			return true
		}
		if at(".") {
			i++
			index()
			if wide() {
				return true
			}
		}
		index()
		i++ // the verb (a multi-byte verb is only a bad verb: its other bytes are text)
	}
	return false
}

// stepNode is a call to stepFunc, parsed once and put into every template.
var stepNode = sync.OnceValue(func() parse.Node {
	t := template.Must(template.New("step").Funcs(template.FuncMap{stepFunc: func() string { return "" }}).Parse("{{" + stepFunc + "}}"))
	return t.Tree.Root.Nodes[0]
})

// instrument puts a call to stepFunc at the start of every template of t
// (so recursion counts) and of every range body (so iterations count).
func instrument(t *template.Template) {
	for _, tt := range t.Templates() {
		if tt.Tree == nil || tt.Tree.Root == nil {
			continue
		}
		instrumentList(tt.Tree.Root)
		tt.Tree.Root.Nodes = append([]parse.Node{stepNode()}, tt.Tree.Root.Nodes...)
	}
}

func instrumentList(l *parse.ListNode) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		switch n := n.(type) {
		case *parse.IfNode:
			instrumentList(n.List)
			instrumentList(n.ElseList)
		case *parse.WithNode:
			instrumentList(n.List)
			instrumentList(n.ElseList)
		case *parse.RangeNode:
			instrumentList(n.List)
			instrumentList(n.ElseList)
			if n.List != nil {
				n.List.Nodes = append([]parse.Node{stepNode()}, n.List.Nodes...)
			}
		}
	}
}

// limited is the output of one execution, bounded.
type limited struct {
	b   *execBudget
	buf strings.Builder
}

func (l *limited) Write(p []byte) (int, error) {
	if l.buf.Len()+len(p) > maxTemplateOutput {
		l.b.over = "templates.budget-output"
		return 0, errBudget
	}
	return l.buf.Write(p)
}
