package report

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"relief/assessment"
	"relief/i18n"
	"relief/roster"
)

// Reports over several files: the title names the inputs, every applicant
// and problem its file, and the check report's problems come grouped by
// file.

// inputsLabel names what was read, for a report's title: the inputs as
// named on the command line (base names), and how many files they held
// when that is more than one.
func inputsLabel(r *assessment.Result, l i18n.Lang) string {
	args := r.Options.InputArgs()
	if len(args) == 0 && r.Workbook != nil {
		args = []string{r.Workbook.Path}
	}
	names := make([]string, len(args))
	for i, a := range args {
		names[i] = Printable(filepath.Base(a))
	}
	sep := "、"
	if l == i18n.EN {
		sep = ", "
	}
	label := strings.Join(names, sep)
	if n := len(r.Files()); n > 1 {
		label += i18n.M("report.files-count", n).In(l)
	}
	return label
}

// severalFiles reports whether the run read more than one file.
func severalFiles(r *assessment.Result) bool { return len(r.Files()) > 1 }

// applicantFile is the file an applicant's row was read from.
func applicantFile(a *roster.Applicant) string {
	if a != nil && a.Sheet != nil {
		return a.Sheet.File
	}
	return ""
}

// applicantSheet is the sheet an applicant's row was read from.
func applicantSheet(r *assessment.Result, a *roster.Applicant) string {
	if a != nil && a.Sheet != nil && a.Sheet.Name != "" {
		return a.Sheet.Name
	}
	return applicantsSheet(r)
}

// rowAt is a row of an input's sheet: where an applicant was read, and
// where a problem is. A problem belongs to an applicant when both are at
// the same rowAt: row numbers alone repeat from file to file.
type rowAt struct {
	file, sheet string
	row         int
}

// applicantAt is where an applicant's row is.
func applicantAt(r *assessment.Result, a *roster.Applicant) rowAt {
	return rowAt{inputFile(r, applicantFile(a)), applicantSheet(r, a), a.Row}
}

// problemAt is the row a problem is on (row 0 for none).
func problemAt(r *assessment.Result, p roster.Problem) rowAt {
	return rowAt{inputFile(r, p.File), p.Sheet, p.Row}
}

// inputFile is f, or the workbook's path when f is "" (rows and problems
// made by hand, in a run over one file).
func inputFile(r *assessment.Result, f string) string {
	if f == "" && r.Workbook != nil {
		return r.Workbook.Path
	}
	return f
}

// fileColumn is the text of a report's file column: the file's base name,
// as check's table of applicants shows it.
func fileColumn(f string) string {
	if f == "" {
		return ""
	}
	return Printable(filepath.Base(f))
}

// problemGroup is the problems of one file ("" for those of the run as a
// whole: the budget's, a sheet missing from every file).
type problemGroup struct {
	file     string
	problems []roster.Problem
}

// byFile groups problems by file, in the order the files were read, then
// the run's own.
func byFile(r *assessment.Result, ps []roster.Problem) []problemGroup {
	at := map[string]int{}
	var gs []problemGroup
	for _, f := range r.Files() {
		at[f] = len(gs)
		gs = append(gs, problemGroup{file: f})
	}
	for _, p := range ps {
		i, ok := at[p.File]
		if !ok {
			i = len(gs)
			at[p.File] = i
			gs = append(gs, problemGroup{file: p.File})
		}
		gs[i].problems = append(gs[i].problems, p)
	}
	// The run's own problems last.
	if i, ok := at[""]; ok && i != len(gs)-1 {
		g := gs[i]
		gs = append(append(gs[:i:i], gs[i+1:]...), g)
	}
	out := gs[:0]
	for _, g := range gs {
		if len(g.problems) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// problemsTable writes a table of problems.
func problemsTable(w io.Writer, ps []roster.Problem, l i18n.Lang) error {
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	t := &table{}
	t.add(m("report.col.severity"), m("report.col.cell"), m("report.col.code"), m("report.col.value"), m("report.col.message"))
	for _, p := range ps {
		where := p.Sheet
		if p.Cell != "" {
			where += "!" + p.Cell
		}
		t.add(m("severity."+string(p.Severity)), where, p.Code, p.Value, p.Msg.In(l))
	}
	return t.write(w)
}

// groupedProblems writes the problems of a run over several files, a
// table per file under a line naming it.
func groupedProblems(w io.Writer, r *assessment.Result, ps []roster.Problem, l i18n.Lang) error {
	for i, g := range byFile(r, ps) {
		if i > 0 {
			fmt.Fprintln(w)
		}
		errs, warns := 0, 0
		for _, p := range g.problems {
			if p.Severity == roster.SevError {
				errs++
			} else {
				warns++
			}
		}
		if g.file == "" {
			fmt.Fprintln(w, i18n.M("report.check.run-problems", errs, warns).In(l))
		} else {
			fmt.Fprintln(w, i18n.M("report.check.file-problems", g.file, errs, warns).In(l))
		}
		if err := problemsTable(w, g.problems, l); err != nil {
			return err
		}
	}
	return nil
}
