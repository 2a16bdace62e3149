// Package i18n holds the message catalogue of relief: every message a user
// reads, in Simplified Chinese and in English, under a stable key.
//
// Domain packages never format user text themselves: they return a Msg
// (a key and its arguments), and the renderer picks the language at the
// end. Each package keeps its own entries in a file of this package
// (roster.go, eligibility.go, …) so the whole Chinese catalogue can be
// reviewed in one place.
package i18n

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Lang is an output language.
type Lang string

// The languages relief speaks.
const (
	ZH Lang = "zh"
	EN Lang = "en"
)

// Text is one catalogue entry: fmt formats in both languages. Use explicit
// argument indexes (%[1]s) where the two languages order them differently.
type Text struct{ ZH, EN string }

var catalogue = map[string]Text{}

// add registers entries; a key registered twice is a programming error.
func add(entries map[string]Text) {
	for k, v := range entries {
		if _, dup := catalogue[k]; dup {
			panic("i18n: duplicate message key " + k)
		}
		catalogue[k] = v
	}
}

// Msg is a message not yet rendered: a catalogue key and its arguments.
type Msg struct {
	Key  string
	Args []any
}

// M builds a Msg.
func M(key string, args ...any) Msg { return Msg{Key: key, Args: args} }

// In renders the message in lang. An unknown key renders as the key and its
// arguments, so a missing entry is visible rather than silent. Arguments
// that are a List or a Msg are rendered in lang too.
func (m Msg) In(l Lang) string {
	t, ok := catalogue[m.Key]
	args := make([]any, len(m.Args))
	for i, a := range m.Args {
		switch a := a.(type) {
		case List:
			args[i] = a.In(l)
		case Msg:
			args[i] = a.In(l)
		default:
			args[i] = a
		}
	}
	if !ok {
		return fmt.Sprint(append([]any{m.Key}, args...)...)
	}
	f := t.ZH
	if l == EN {
		f = plurals(t.EN, args)
	}
	if len(args) == 0 {
		return f
	}
	return fmt.Sprintf(f, args...)
}

// List is a message argument that is a list of items (cells, sheets,
// values): joined with 、 in Chinese and ", " in English.
type List []string

// In joins the list as lang writes a list.
func (ls List) In(l Lang) string {
	if l == EN {
		return strings.Join(ls, ", ")
	}
	return strings.Join(ls, "、")
}

// pluralForm is an English word that agrees with a count among the
// arguments: {1:error|errors} is "error" when argument 1 is 1 (or -1) and
// "errors" otherwise. Chinese needs none.
var pluralForm = regexp.MustCompile(`\{(\d+):([^{}|]*)\|([^{}|]*)\}`)

// plurals resolves the plural forms of an English text for args.
func plurals(f string, args []any) string {
	if !strings.Contains(f, "|") {
		return f
	}
	return pluralForm.ReplaceAllStringFunc(f, func(s string) string {
		m := pluralForm.FindStringSubmatch(s)
		i, _ := strconv.Atoi(m[1])
		if i >= 1 && i <= len(args) && isOne(args[i-1]) {
			return m[2]
		}
		return m[3]
	})
}

// isOne reports whether a count argument is one.
func isOne(a any) bool {
	switch n := a.(type) {
	case int:
		return n == 1 || n == -1
	case int64:
		return n == 1 || n == -1
	case uint:
		return n == 1
	}
	return false
}

// Has reports whether key is in the catalogue (used by tests).
func Has(key string) bool { _, ok := catalogue[key]; return ok }

// Keys lists every catalogue key, sorted (used by tests).
func Keys() []string {
	ks := make([]string, 0, len(catalogue))
	for k := range catalogue {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Parse reads a --lang value: "zh" or "en" (case-insensitive, region
// ignored). ok is false for anything else.
func Parse(s string) (Lang, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(s, "zh"):
		return ZH, true
	case strings.HasPrefix(s, "en"):
		return EN, true
	}
	return "", false
}

// Detect picks the language when --lang is not given: LC_ALL, LC_MESSAGES,
// then LANG; English only when one of them starts with "en", else Chinese.
func Detect() Lang {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if s := os.Getenv(v); s != "" {
			if l, ok := Parse(s); ok {
				return l
			}
			return ZH
		}
	}
	return ZH
}

// Error is an error that carries a catalogue message, so the command layer
// can print it in the user's language.
type Error struct {
	Msg Msg
	Err error // the underlying cause, if any (not shown to users)
}

func (e *Error) Error() string { return e.Msg.In(EN) }
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error for key.
func Errorf(key string, args ...any) *Error { return &Error{Msg: M(key, args...)} }
