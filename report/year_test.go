package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/provenance"
	"relief/roster"
)

// yearResult assesses the sample of 2026 with last year's list and the
// evaluation (testdata/gen/years.go).
func yearResult(t *testing.T, review bool) *assessment.Result {
	t.Helper()
	o := assessment.Options{Workbook: "../testdata/year2026.xlsx", AsOf: roster.Day{Y: 2026, M: 11, D: 27},
		Previous: []string{"../testdata/previous2025.xlsx"}, Created: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	if review {
		o.Review = "../testdata/review2026.xlsx"
	}
	r, err := assessment.Run(o)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestAgeBand(t *testing.T) {
	asOf := roster.Day{Y: 2026, M: 11, D: 27}
	for id, want := range map[string]string{
		"15082419861128107X": "under-40", // 39 the day before the 40th birthday
		"15082419861127107X": "40-49",
		"150824195512300155": "70-79",
		"150824194611270155": "80-plus",
		"150824196805201315": "50-59",
		"150824681020131":    unknownKey,
		"":                   unknownKey,
	} {
		if got := ageBand(id, asOf); got != want {
			t.Errorf("ageBand(%s) = %s, want %s", id, got, want)
		}
	}
}

func TestYearStats(t *testing.T) {
	r := yearResult(t, true)
	st := statsOf(r)
	if st.Recipients != 5 || st.Total.Members != 200 || st.Total.Quota != 5 || st.Total.Applicants != 7 || st.Total.Selected != 5 {
		t.Errorf("totals %+v, recipients %d", st.Total, st.Recipients)
	}
	if st.Total.PaidPeople != 3 || st.Total.Paid.Decimal() != "3800.00" {
		t.Errorf("paid %d %s", st.Total.PaidPeople, st.Total.Paid.Decimal())
	}
	counts := map[string]string{}
	for _, b := range st.Breakdowns {
		var parts []string
		for _, c := range b.Counts {
			parts = append(parts, c.Key+"="+strconv.Itoa(c.N))
		}
		counts[b.Key] = strings.Join(parts, " ")
	}
	for key, want := range map[string]string{
		"level":     "特别困难=2 比较困难=2 一般困难=1",
		"ethnicity": "汉族=3 蒙古族=2",
		"gender":    "男=4 女=1",
		"cause":     "疾病=3 长期失业=1 子女上学=1 天灾人祸=1 无自理能力=0 子女赡养能力低=0", // 巴特尔·朝鲁 has two causes
	} {
		if counts[key] != want {
			t.Errorf("%s: %s, want %s", key, counts[key], want)
		}
	}
	var b bytes.Buffer
	if err := YearReport(&b, r, "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Schema     string                 `json:"schema"`
		Provenance *provenance.Provenance `json:"provenance"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil || doc.Schema != ReportSchema || doc.Provenance == nil || len(doc.Provenance.Inputs) != 3 {
		t.Errorf("json %s: %v", b.String(), err)
	}
}

// The evaluation form reads back with the reader, each row tied to its
// recipient by the whole number in the hidden column; it prints on A4
// without the hidden columns; its drop-down lists are relief init's.
func TestReviewFormRoundTrip(t *testing.T) {
	r := yearResult(t, false)
	path := filepath.Join(t.TempDir(), "考评表.xlsx")
	st, err := WriteReview(path, r)
	if err != nil {
		t.Fatal(err)
	}
	if st.Recipients != 5 || st.Townships != 3 {
		t.Errorf("stats %+v", st)
	}
	form, err := roster.ReadReview(path, roster.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var recips []string
	for _, g := range recipientGroups(r) {
		for _, b := range g.Branches {
			for _, d := range b.Recipients {
				recips = append(recips, d.Applicant.IDNumber)
			}
		}
	}
	var read []string
	for _, row := range form.Rows {
		read = append(read, row.IDNumber)
		if row.OutOfPoverty != "" || row.MaskedID == "" || !strings.Contains(row.MaskedID, "********") {
			t.Errorf("row %+v", row)
		}
	}
	if !slices.Equal(read, recips) || len(form.Problems) > 0 {
		t.Errorf("read back %v, problems %+v; want %v", read, form.Problems, recips)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dvs, _ := f.GetDataValidations(SheetReview)
	lists := 0
	for _, dv := range dvs {
		if dv.Type == "list" {
			lists++
		}
	}
	if lists != 3 {
		t.Errorf("%d drop-down lists, want 3", lists)
	}
	area := ""
	for _, dn := range f.GetDefinedName() {
		if dn.Name == "_xlnm.Print_Area" && dn.Scope == SheetReview {
			area = dn.RefersTo
		}
	}
	cols := reviewColumns(true)
	visible := 0
	for _, c := range cols {
		if c.hidden == nil {
			visible++
		} else if v, _ := f.GetColVisible(SheetReview, roster.ColumnName(visible+1)); v {
			t.Errorf("working column after %d is visible", visible)
		}
	}
	if !strings.Contains(area, "$"+roster.ColumnName(visible)+"$") {
		t.Errorf("print area %q, want up to column %s", area, roster.ColumnName(visible))
	}
	if _, err := WriteReview(filepath.Join(t.TempDir(), "x.xlsx"), &assessment.Result{Workbook: &roster.Workbook{}}); err == nil {
		t.Error("an empty form was written")
	}
}

// A recipient marked 脱贫 on the evaluation is excluded with its reason,
// and the seat goes to the next on the waitlist.
func TestReviewExcludes(t *testing.T) {
	without, with := yearResult(t, false), yearResult(t, true)
	verdict := func(r *assessment.Result, name string) eligibility.Decision {
		for _, d := range r.Decisions {
			if d.Applicant.Name == name {
				return d
			}
		}
		t.Fatalf("no %s", name)
		return eligibility.Decision{}
	}
	if d := verdict(without, "其其格"); !eligibility.IsRecipient(&d) {
		t.Errorf("其其格 without the form: %s", d.Verdict)
	}
	if d := verdict(with, "其其格"); d.Verdict != eligibility.Ineligible || len(d.Reasons) != 1 || d.Reasons[0].Code != "out-of-poverty-review" {
		t.Errorf("其其格 with the form: %s %+v", d.Verdict, d.Reasons)
	}
	if d := verdict(without, "苏和"); d.Verdict != eligibility.Waitlisted {
		t.Errorf("苏和 without the form: %s", d.Verdict)
	}
	if d := verdict(with, "苏和"); !eligibility.IsRecipient(&d) {
		t.Errorf("苏和 with the form: %s", d.Verdict)
	}
}

// Every workbook relief writes is the same, byte for byte, when made
// again from the same inputs, policy and --as-of.
func TestWorkbooksReproducible(t *testing.T) {
	dir := t.TempDir()
	writers := map[string]func(path string, r *assessment.Result) error{
		"annotated": WriteAnnotated,
		"budget":    WriteBudget,
		"payout":    WritePayout,
		"report":    WriteYearReport,
		"review":    func(p string, r *assessment.Result) error { _, err := WriteReview(p, r); return err },
	}
	for name, write := range writers {
		var outs [][]byte
		for i := range 2 {
			r := yearResult(t, true) // assessed afresh each time
			p := filepath.Join(dir, name+strconv.Itoa(i)+".xlsx")
			if err := write(p, r); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, b)
		}
		if !bytes.Equal(outs[0], outs[1]) {
			t.Errorf("%s: two runs give different workbooks", name)
		}
		rec, err := provenance.Read(filepath.Join(dir, name+"0.xlsx"), "")
		if err != nil || rec.AsOf != "2026-11-27" || len(rec.Inputs) != 3 || rec.Inputs[0].File != "year2026.xlsx" {
			t.Errorf("%s: provenance %+v, %v", name, rec, err)
		}
	}
}

// The check report carries last year: each repeat in JSON, who has not
// applied again, the 脱贫 warning; the annotated workbook too.
func TestCheckCarriesHistory(t *testing.T) {
	r := yearResult(t, true)
	var b bytes.Buffer
	if err := Check(&b, r, "json", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Applicants []struct {
			Name   string `json:"name"`
			Repeat *struct {
				Year         int    `json:"year"`
				Amount       string `json:"amount"`
				OutOfPoverty bool   `json:"out_of_poverty"`
			} `json:"repeat"`
			Info []struct{ Code string } `json:"info"`
		} `json:"applicants"`
		Warnings []struct{ Code, Cell string } `json:"warnings"`
		Previous struct {
			Year         int `json:"year"`
			Recipients   int `json:"recipients"`
			Repeats      int `json:"repeats"`
			NotReapplied []struct {
				Name string `json:"name"`
			} `json:"not_reapplied"`
		} `json:"previous"`
		Provenance *provenance.Provenance `json:"provenance"`
	}
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	reps := map[string]string{}
	for _, a := range doc.Applicants {
		if a.Repeat != nil {
			reps[a.Name] = strconv.Itoa(a.Repeat.Year) + "/" + a.Repeat.Amount + "/" + strconv.FormatBool(a.Repeat.OutOfPoverty)
			if len(a.Info) == 0 || a.Info[0].Code != "repeat" {
				t.Errorf("%s: info %+v", a.Name, a.Info)
			}
		}
	}
	if reps["张志强"] != "2025/1500.00/false" || reps["王秀英"] != "2025//true" || reps["巴特尔·朝鲁"] != "2025/1500.00/false" || len(reps) != 3 {
		t.Errorf("repeats %v", reps)
	}
	if doc.Previous.Year != 2025 || doc.Previous.Recipients != 5 || doc.Previous.Repeats != 3 || len(doc.Previous.NotReapplied) != 2 {
		t.Errorf("previous %+v", doc.Previous)
	}
	found := false
	for _, w := range doc.Warnings {
		found = found || w.Code == "previous-out-of-poverty" && w.Cell == "O4"
	}
	if !found || doc.Provenance == nil {
		t.Errorf("warnings %+v, provenance %v", doc.Warnings, doc.Provenance)
	}

	path := filepath.Join(t.TempDir(), "checked.xlsx")
	if err := WriteAnnotated(path, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(annotZH("workbook.sheet.result"))
	head := rows[0]
	col := slices.Index(head, annotZH("workbook.result.repeat"))
	if col < 0 || len(rows[1]) <= col || rows[1][col] != "2025年度 1,500.00元" {
		t.Errorf("审核结果 上年救助: header %v, row %v", head, rows[1])
	}
	prev, _ := f.GetRows(annotZH("workbook.sheet.not-reapplied"))
	if len(prev) != 4 || prev[2][1] != "刘桂兰" && prev[2][1] != "赵永胜" {
		t.Errorf("上年未再申报 %v", prev)
	}
}

func TestPayoutViews(t *testing.T) {
	r := yearResult(t, true)
	var b bytes.Buffer
	if err := Payout(&b, r, "text", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	for _, want := range []string{"救助对象 5 人，核定 5,500.00 元；已发放 3 人 3,800.00 元；未发放 2 人 1,500.00 元；金额不符 1 人",
		"结余", "3,200.00", "payment-mismatch", "payment-not-recipient"} {
		if !strings.Contains(text, want) {
			t.Errorf("payout text lacks %q:\n%s", want, text)
		}
	}
	b.Reset()
	if err := Payout(&b, r, "csv", i18n.ZH); err != nil {
		t.Fatal(err)
	}
	if lines := strings.Split(strings.TrimSpace(b.String()), "\r\n"); len(lines) != 7 || !strings.Contains(lines[0], "state") {
		t.Errorf("payout csv:\n%s", b.String())
	}
	path := filepath.Join(t.TempDir(), "发放情况.xlsx")
	if err := WritePayout(path, r); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := strings.Join(f.GetSheetList(), ","); got != SheetPaySummary+","+SheetPayDetail {
		t.Errorf("sheets %s", got)
	}
	rows, _ := f.GetRows(SheetPayDetail)
	var accounts []string
	for _, row := range rows {
		if len(row) > 8 && row[8] != "" && row[8] != zh("payout.col.account") {
			accounts = append(accounts, row[8])
		}
	}
	if !slices.Contains(accounts, "6228480012345678901") {
		t.Errorf("accounts %v", accounts)
	}
}
