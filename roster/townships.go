package roster

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"relief/i18n"
)

// One name per township. Clerks write a township with or without its
// ending (乌加河, 乌加河镇), and a roster typed by several hands holds both.
// Two names with one TownshipKey are one township, and the run gives it
// one name, read from the rows that give the run's members: the members
// roster's (all files' rosters together), or the 党员人数 sheet's when
// there is no roster. The name is the spelling on most rows; on equal
// rows the longer (the one with its ending), then the one read first.
// Every count, the apportionment and every table group by it
// (Workbook.TownshipName), and each other spelling found gets a
// township-spelling warning on its first row, in each file that has it,
// naming its rows and the name used, so that the clerk can make the
// roster agree with itself.

// townNames is the index of the run's township names.
type townNames struct {
	byText map[string]string // each spelling read (trimmed) → the name used
	byKey  map[string]string // TownshipKey → the name used
	// The sizes the index was made for: a workbook made by hand may grow
	// after a first look-up.
	members, counts int
}

// TownshipName returns the name the run uses for the township written s:
// the name of its TownshipKey on the members roster (or the 党员人数
// sheet), else s trimmed.
func (w *Workbook) TownshipName(s string) string {
	t := strings.TrimSpace(s)
	if t == "" {
		return ""
	}
	if w.towns == nil || w.towns.members != w.Members.Len() || w.towns.counts != len(w.Counts) {
		w.towns, _ = nameTownships([]*Workbook{w})
	}
	if n, ok := w.towns.byText[t]; ok {
		return n
	}
	if n, ok := w.towns.byKey[TownshipKey(t)]; ok {
		return n
	}
	return t
}

// spelling is one way a township is written, over the run.
type spelling struct {
	text  string
	key   string
	rows  int
	order int // first seen
}

// fileSpelling is where one spelling is written in one file.
type fileSpelling struct {
	text   string
	info   *SheetInfo
	rows   int
	sample []int // the first rows, in order
}

// spellingSample is how many rows a township-spelling warning names.
const spellingSample = 8

// nameTownships indexes the township names of the run made of parts
// (one workbook per file) and returns, for each part, its
// township-spelling warnings.
func nameTownships(parts []*Workbook) (*townNames, [][]Problem) {
	useRoster := false
	tn := &townNames{byText: map[string]string{}, byKey: map[string]string{}}
	for _, p := range parts {
		useRoster = useRoster || p.Members.Len() > 0
		tn.members += p.Members.Len()
		tn.counts += len(p.Counts)
	}
	all := map[string]*spelling{}
	var order []*spelling
	perFile := make([][]*fileSpelling, len(parts))
	for pi, p := range parts {
		here := map[string]*fileSpelling{}
		var last *fileSpelling
		add := func(town string, row int, info *SheetInfo) {
			t := strings.TrimSpace(town)
			if t == "" {
				return
			}
			fs := last // rows of one township come together: look up each run of them once
			if fs == nil || fs.text != t {
				if fs = here[t]; fs == nil {
					fs = &fileSpelling{text: t, info: info}
					here[t] = fs
					perFile[pi] = append(perFile[pi], fs)
				}
				last = fs
			}
			fs.rows++
			if len(fs.sample) < spellingSample+1 {
				fs.sample = append(fs.sample, row)
			}
		}
		if useRoster {
			info := p.Sheets[Members.Key]
			p.Members.eachTownship(func(row int, town string) { add(town, row, info) })
		} else {
			for _, c := range p.Counts {
				info := c.Sheet
				if info == nil {
					info = p.Sheets[MemberCounts.Key]
				}
				add(c.Township, c.Row, info)
			}
		}
		for _, fs := range perFile[pi] {
			sp := all[fs.text]
			if sp == nil {
				sp = &spelling{text: fs.text, key: TownshipKey(fs.text), order: len(order)}
				all[fs.text] = sp
				order = append(order, sp)
			}
			sp.rows += fs.rows
		}
	}
	best := map[string]*spelling{}
	for _, sp := range order {
		if b := best[sp.key]; b == nil || better(sp, b) {
			best[sp.key] = sp
		}
	}
	for _, sp := range order {
		tn.byText[sp.text] = best[sp.key].text
		tn.byKey[sp.key] = best[sp.key].text
	}

	probs := make([][]Problem, len(parts))
	for pi, p := range parts {
		for _, fs := range perFile[pi] {
			b := best[all[fs.text].key]
			if b.text == fs.text {
				continue
			}
			rows := make(i18n.List, 0, spellingSample+1)
			for i, r := range fs.sample {
				if i == spellingSample {
					rows = append(rows, "…")
					break
				}
				rows = append(rows, strconv.Itoa(r))
			}
			pr := Problem{
				Severity: SevWarning, Code: "township-spelling", File: p.Path, Row: fs.sample[0],
				Field: "township", Value: fs.text,
			}
			sheet := Members.Name
			if !useRoster {
				sheet = MemberCounts.Name
			}
			if fs.info != nil {
				sheet = fs.info.Name
				if col, ok := fs.info.Columns["township"]; ok {
					pr.Cell = ColumnName(col) + strconv.Itoa(fs.sample[0])
				}
			}
			pr.Sheet = sheet
			pr.Msg = i18n.M("roster.township-spelling", fs.text, fs.rows, rows, b.text, b.rows, sheet)
			probs[pi] = append(probs[pi], pr)
		}
	}
	return tn, probs
}

// better reports whether spelling a names the township rather than b:
// on more rows, else longer, else read first.
func better(a, b *spelling) bool {
	if a.rows != b.rows {
		return a.rows > b.rows
	}
	if la, lb := utf8.RuneCountInString(a.text), utf8.RuneCountInString(b.text); la != lb {
		return la > lb
	}
	return a.order < b.order
}
