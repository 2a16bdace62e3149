package report

// The tally workbook of relief votes -o (表决情况.xlsx): a row per
// applicant with the figures as recorded and each check, and the totals
// per branch meeting, for clerks who want the votes in Excel. Counts are
// numbers, identity numbers text; it prints like every workbook relief
// writes (printout).

import (
	"io"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/i18n"
	"relief/printout"
	"relief/safefile"
)

// The sheets of the tally workbook.
const (
	SheetVotes    = "表决情况"
	SheetBranches = "按党支部汇总"
)

// WriteVotes writes the tally workbook to path, whole or not at all. Like
// every workbook for clerks it is in Chinese whatever the --lang.
func WriteVotes(path string, r *assessment.Result) error {
	f, err := votesWorkbook(r)
	if err != nil {
		return &i18n.Error{Msg: i18n.M("report.votes.xlsx-failed", path, err.Error()), Err: err}
	}
	defer f.Close()
	return safefile.Write(path, func(w io.Writer) error { return saveWorkbook(w, f, r, SheetVotes) })
}

func votesWorkbook(r *assessment.Result) (*excelize.File, error) {
	f := excelize.NewFile()
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	if err := f.SetSheetName("Sheet1", SheetVotes); err != nil {
		return nil, err
	}
	if _, err := f.NewSheet(SheetBranches); err != nil {
		return nil, err
	}
	st, err := newStyles(f)
	if err != nil {
		return nil, err
	}
	rate := "0.0"
	rateStyle, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Family: "宋体", Size: 11}, CustomNumFmt: &rate,
		Border: []excelize.Border{{Type: "left", Color: "000000", Style: 1}, {Type: "right", Color: "000000", Style: 1},
			{Type: "top", Color: "000000", Style: 1}, {Type: "bottom", Color: "000000", Style: 1}},
		Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"}})
	if err != nil {
		return nil, err
	}
	doc := votesJSON(r)
	if err := votesApplicantsSheet(f, r, doc, st, rateStyle); err != nil {
		return nil, err
	}
	if err := votesBranchSheet(f, doc, st); err != nil {
		return nil, err
	}
	f.SetActiveSheet(0)
	ok = true
	return f, nil
}

func votesApplicantsSheet(f *excelize.File, r *assessment.Result, doc votesDoc, st xlsxStyles, rateStyle int) error {
	w := newSheetWriter(f, SheetVotes)
	heads := []string{zh("report.col.name"), zh("report.budget.xlsx.id"), zh("report.col.township"), zh("report.col.branch"),
		zh("votes.col.voters"), zh("votes.col.present"), zh("votes.col.for"), zh("votes.col.against"), zh("votes.col.abstain"),
		zh("report.votes.xlsx.rate"), zh("votes.col.quorum"), zh("votes.col.majority"), zh("votes.col.threshold"),
		zh("votes.col.passed"), zh("report.col.verdict"), zh("workbook.result.row")}
	several := severalFiles(r)
	if several { // row numbers repeat from file to file: name each row's file, as check -o does
		heads = append(heads, zh("workbook.result.file"))
	}
	for i, h := range heads {
		w.str(i+1, 1, h, st.header)
	}
	count := func(col, row int, n *int) {
		if n == nil {
			w.str(col, row, "", st.int)
			return
		}
		w.num(col, row, *n, st.int)
	}
	for i, a := range doc.Applicants {
		row := i + 2
		id := ""
		if d := r.Decisions[i]; d.Applicant != nil {
			id = d.Applicant.IDNumber
		}
		w.str(1, row, a.Name, st.centre)
		w.str(2, row, id, st.id)
		w.str(3, row, a.Township, st.text)
		w.str(4, row, a.Branch, st.text)
		count(5, row, a.Voters)
		count(6, row, a.Present)
		count(7, row, a.For)
		count(8, row, a.Against)
		count(9, row, a.Abstain)
		if a.RatePercent != nil {
			w.decimal(10, row, string(*a.RatePercent), rateStyle)
		} else {
			w.str(10, row, "", st.int)
		}
		w.str(11, row, zh("votes.check."+a.Quorum), st.centre)
		w.str(12, row, zh("votes.check."+a.Majority), st.centre)
		w.str(13, row, zh("votes.check."+a.Threshold), st.centre)
		w.str(14, row, zh("votes.result."+a.Result), st.centre)
		w.str(15, row, zh("verdict."+a.Verdict), st.centre)
		w.num(16, row, a.Row, st.int)
		if several {
			w.str(17, row, a.File, st.text)
		}
	}
	last := max(len(doc.Applicants)+1, 2)
	w.caps = map[int]int{4: 24}
	w.widths[2] = max(w.widths[2], 18)
	w.fitColumns(len(heads), 6)
	if w.err != nil {
		return w.err
	}
	if err := f.AutoFilter(SheetVotes, "A1:"+w.cell(len(heads), last), nil); err != nil {
		return err
	}
	if err := f.SetPanes(SheetVotes, &excelize.Panes{Freeze: true, XSplit: 1, YSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight"}); err != nil {
		return err
	}
	return printout.Setup(f, SheetVotes, printout.Page{Cols: len(heads), Rows: last, TitleFirst: 1, TitleLast: 1, TitleCols: 1})
}

func votesBranchSheet(f *excelize.File, doc votesDoc, st xlsxStyles) error {
	w := newSheetWriter(f, SheetBranches)
	heads := []string{zh("report.col.township"), zh("report.col.branch"), zh("votes.col.applicants"), zh("votes.col.passed-count")}
	for i, h := range heads {
		w.str(i+1, 1, h, st.header)
	}
	row := 2
	for _, b := range doc.Branches {
		w.str(1, row, TownshipLabel(b.Township, i18n.ZH), st.text)
		w.str(2, row, b.Branch, st.text)
		w.num(3, row, b.Applicants, st.int)
		w.num(4, row, b.Passed, st.int)
		row++
	}
	w.str(1, row, zh("votes.total"), st.total)
	w.str(2, row, "", st.total)
	w.num(3, row, doc.Totals.Applicants, st.int)
	w.num(4, row, doc.Totals.Passed, st.int)
	w.fitColumns(len(heads), 8)
	if w.err != nil {
		return w.err
	}
	return printout.Setup(f, SheetBranches, printout.Page{Cols: len(heads), Rows: row, TitleFirst: 1, TitleLast: 1})
}
