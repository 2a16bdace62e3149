package roster

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"relief/i18n"
	"relief/provenance"
)

// tplOpen writes the template and opens it again.
func tplOpen(t *testing.T, opt TemplateOptions) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, opt); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestTemplateSheetsAndHeaders(t *testing.T) {
	f := tplOpen(t, TemplateOptions{Year: 2026})
	want := []string{"填表说明", "党员名册", "党员人数", "救助申报", "资金来源"}
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Fatalf("sheets = %v, want %v", got, want)
	}
	for _, s := range Sheets {
		rows, err := f.GetRows(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != 2 {
			t.Fatalf("%s: %d rows, want header and example", s.Name, len(rows))
		}
		head := []string{TemplateSerialHeader}
		for _, fd := range s.Fields {
			head = append(head, fd.Header)
		}
		if strings.Join(rows[0], "|") != strings.Join(head, "|") {
			t.Errorf("%s header = %v, want %v", s.Name, rows[0], head)
		}
		if rows[1][0] != TemplateExample {
			t.Errorf("%s: A2 = %q, want %q", s.Name, rows[1][0], TemplateExample)
		}
		// The header is bold, wrapped and frozen.
		st := tplStyle(t, f, s.Name, "B1")
		if st.Font == nil || !st.Font.Bold || st.Alignment == nil || !st.Alignment.WrapText {
			t.Errorf("%s: header not bold and wrapped: %+v", s.Name, st)
		}
		p, err := f.GetPanes(s.Name)
		if err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: panes = %+v, %v; want the header frozen", s.Name, p, err)
		}
		// The example row is grey italics.
		ex := tplStyle(t, f, s.Name, "B2")
		if ex.Font == nil || !ex.Font.Italic || !strings.EqualFold(ex.Font.Color, "FF"+exampleColor) && !strings.EqualFold(ex.Font.Color, exampleColor) {
			t.Errorf("%s: example row style %+v, want grey italics", s.Name, ex.Font)
		}
		// Every column is wide enough for its header's longest line.
		for i, fd := range s.Fields {
			w, _ := f.GetColWidth(s.Name, ColumnName(i+2))
			if w < 6 || w > 32 {
				t.Errorf("%s %s: width %v", s.Name, fd.Header, w)
			}
		}
	}
}

func tplStyle(t *testing.T, f *excelize.File, sheet, cell string) *excelize.Style {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// Identity-number and phone columns are text (format 49) for the whole
// column, so that Excel cannot cut their digits; dates carry a date
// format; money and whole numbers a number format.
func TestTemplateColumnFormats(t *testing.T) {
	f := tplOpen(t, TemplateOptions{Year: 2026})
	for _, s := range Sheets {
		for i, fd := range s.Fields {
			col := ColumnName(i + 2)
			id, err := f.GetColStyle(s.Name, col)
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case fd.Kind == IDNumber || fd.Key == "phone":
				if st.NumFmt != 49 {
					t.Errorf("%s %s: column format %d, want 49 (text)", s.Name, fd.Header, st.NumFmt)
				}
				// The example cell too.
				if ex := tplStyle(t, f, s.Name, col+"2"); ex.NumFmt != 49 {
					t.Errorf("%s %s: example format %d, want 49", s.Name, fd.Header, ex.NumFmt)
				}
			case fd.Kind == Date || fd.Kind == MonthDate:
				if st.CustomNumFmt == nil || *st.CustomNumFmt != dateFormat {
					t.Errorf("%s %s: date column format %v", s.Name, fd.Header, st.CustomNumFmt)
				}
			case fd.Kind == MoneyKind:
				if st.NumFmt != 4 && (st.CustomNumFmt == nil || *st.CustomNumFmt != moneyFormat) { // 4 is the built-in #,##0.00
					t.Errorf("%s %s: money column format %d %v", s.Name, fd.Header, st.NumFmt, st.CustomNumFmt)
				}
			case fd.Kind == Whole:
				if st.NumFmt != numFmtWhole {
					t.Errorf("%s %s: whole column format %d", s.Name, fd.Header, st.NumFmt)
				}
			}
		}
	}
}

// tplUTF16 counts what Excel counts for its length limits.
func tplUTF16(s *string) int {
	if s == nil {
		return 0
	}
	return len(utf16.Encode([]rune(*s)))
}

func TestTemplateValidations(t *testing.T) {
	f := tplOpen(t, TemplateOptions{Year: 2026})
	for _, s := range Sheets {
		dvs, err := f.GetDataValidations(s.Name)
		if err != nil {
			t.Fatal(err)
		}
		byCol := map[string]*excelize.DataValidation{}
		for _, dv := range dvs {
			col := strings.TrimRight(strings.SplitN(dv.Sqref, ":", 2)[0], "0123456789")
			byCol[col] = dv
			// Excel's limits: titles 32, prompt 255, error 225 characters.
			if tplUTF16(dv.PromptTitle) > 32 || tplUTF16(dv.ErrorTitle) > 32 || tplUTF16(dv.Prompt) > 255 || tplUTF16(dv.Error) > 225 {
				t.Errorf("%s %s: a message is over Excel's limit: %q %q %q %q", s.Name, dv.Sqref,
					*dv.PromptTitle, *dv.Prompt, tplDeref(dv.ErrorTitle), tplDeref(dv.Error))
			}
			if !strings.HasSuffix(dv.Sqref, fmt.Sprint(excelize.TotalRows)) || !strings.Contains(dv.Sqref, "2:") {
				t.Errorf("%s: validation range %s does not cover the sheet below the header", s.Name, dv.Sqref)
			}
		}
		for i, fd := range s.Fields {
			col := ColumnName(i + 2)
			dv := byCol[col]
			want := map[Kind]string{Choice: "list", List: "list", Date: "date", MonthDate: "date", Whole: "whole", MoneyKind: "decimal", IDNumber: "textLength"}[fd.Kind]
			if fd.Key == "phone" || fd.Kind == Account {
				want = "none"
			}
			if want == "" {
				if dv != nil {
					t.Errorf("%s %s: unexpected validation %s", s.Name, fd.Header, dv.Type)
				}
				continue
			}
			if dv == nil {
				t.Errorf("%s %s: no validation, want %s", s.Name, fd.Header, want)
				continue
			}
			if dv.Type != want {
				t.Errorf("%s %s: validation %s, want %s", s.Name, fd.Header, dv.Type, want)
			}
			if !dv.ShowInputMessage || tplDeref(dv.Prompt) == "" || tplDeref(dv.PromptTitle) != fd.Header {
				t.Errorf("%s %s: no input hint", s.Name, fd.Header)
			}
			if want == "none" {
				continue
			}
			if !dv.ShowErrorMessage || tplDeref(dv.Error) == "" || !tplHasHan(tplDeref(dv.Error)) {
				t.Errorf("%s %s: no Chinese error message", s.Name, fd.Header)
			}
			style := tplDeref(dv.ErrorStyle)
			switch fd.Kind {
			case Choice:
				for _, v := range fd.Values {
					if !strings.Contains(dv.Formula1, v) {
						t.Errorf("%s %s: list %s lacks %s", s.Name, fd.Header, dv.Formula1, v)
					}
				}
				if style != "stop" {
					t.Errorf("%s %s: error style %q, want stop", s.Name, fd.Header, style)
				}
			case List:
				// A typed list such as 疾病、子女上学 must stay possible.
				for _, v := range append([]string{None}, fd.Values...) {
					if !strings.Contains(dv.Formula1, v) {
						t.Errorf("%s %s: list %s lacks %s", s.Name, fd.Header, dv.Formula1, v)
					}
				}
				if style != "information" {
					t.Errorf("%s %s: error style %q, want information (typed lists allowed)", s.Name, fd.Header, style)
				}
				if !strings.Contains(tplDeref(dv.Prompt), "、") {
					t.Errorf("%s %s: the hint does not say how to give several values", s.Name, fd.Header)
				}
			case Whole:
				if dv.Operator != "greaterThanOrEqual" || dv.Formula1 != fmt.Sprint(fd.Min) {
					t.Errorf("%s %s: whole %s %s, want ≥ %d", s.Name, fd.Header, dv.Operator, dv.Formula1, fd.Min)
				}
			case MoneyKind:
				if dv.Operator != "greaterThanOrEqual" || dv.Formula1 != "0" {
					t.Errorf("%s %s: money %s %s, want ≥ 0", s.Name, fd.Header, dv.Operator, dv.Formula1)
				}
			case Date, MonthDate:
				if dv.Operator != "between" || style != "stop" {
					t.Errorf("%s %s: date validation %s/%s", s.Name, fd.Header, dv.Operator, style)
				}
			case IDNumber:
				if dv.Formula1 != "15" || dv.Formula2 != "18" || style != "warning" {
					t.Errorf("%s %s: id validation %s..%s %s", s.Name, fd.Header, dv.Formula1, dv.Formula2, style)
				}
			}
		}
	}
	// household size is at least 1.
	if Applicants.Field("household_size").Min != 1 {
		t.Error("schema: household_size.Min should be 1")
	}
}

func tplDeref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

func tplHasHan(s string) bool {
	for _, r := range s {
		if r >= 0x4e00 && r <= 0x9fff {
			return true
		}
	}
	return false
}

// The example identity number is valid, so a reader that did not skip
// the row would at worst count a plausible person.
func TestTemplateExampleID(t *testing.T) {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(templateExampleID[i]-'0') * w[i]
	}
	if got := "10X98765432"[sum%11]; got != templateExampleID[17] {
		t.Errorf("example id check character %c, want %c", templateExampleID[17], got)
	}
}

// The 填表说明 sheet explains every column of every sheet and shows the
// policy figures given.
func TestTemplateGuide(t *testing.T) {
	figs := []Figure{{Item: "救助名额", Value: "党员总数的 2.5%", Clause: "§2"}, {Item: "党员大会赞成率", Value: "不低于 65%", Clause: "§6.3.3"}}
	f := tplOpen(t, TemplateOptions{Figures: figs, PolicyFile: "relief.yaml", Year: 2026})
	rows, err := f.GetRows("填表说明")
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	explained := map[string]bool{}
	for _, r := range rows {
		all.WriteString(strings.Join(r, "|") + "\n")
		if len(r) >= 3 && r[1] != "" && r[2] != "" {
			explained[r[0]+"/"+r[1]] = true
		}
	}
	text := all.String()
	for _, s := range Sheets {
		for _, fd := range s.Fields {
			if !explained[s.Name+"/"+fd.Header] {
				t.Errorf("填表说明 does not explain %s/%s", s.Name, fd.Header)
			}
			if strings.HasPrefix(i18n.M("workbook.field."+fd.Key).In(i18n.ZH), "workbook.") {
				t.Errorf("no description for %s", fd.Key)
			}
		}
	}
	for _, want := range []string{"2.5%", "65%", "§6.3.3", "relief.yaml", "§4.1", "§4.5"} {
		if !strings.Contains(text, want) {
			t.Errorf("填表说明 lacks %q", want)
		}
	}
}

// tplFill writes rows of values (by field key) into sheet s of the
// template at path, from row 3 down, as a clerk would type them: text
// as text, numbers as numbers, dates as dates.
func tplFill(t *testing.T, f *excelize.File, s *Sheet, rows []map[string]any) {
	t.Helper()
	for r, vals := range rows {
		row := TemplateFirstRow + r
		if err := f.SetCellInt(s.Name, fmt.Sprintf("A%d", row), int64(r+1)); err != nil {
			t.Fatal(err)
		}
		for i, fd := range s.Fields {
			v, ok := vals[fd.Key]
			if !ok {
				continue
			}
			cell := fmt.Sprintf("%s%d", ColumnName(i+2), row)
			var err error
			if str, isStr := v.(string); isStr {
				err = f.SetCellStr(s.Name, cell, str)
			} else {
				err = f.SetCellValue(s.Name, cell, v)
			}
			if err != nil {
				t.Fatal(err)
			}
		}
	}
}

// tplID makes a valid identity number from its first 17 characters.
func tplID(first17 string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(first17[i]-'0') * w[i]
	}
	return first17 + string("10X98765432"[sum%11])
}

// A template filled in correctly reads back with no problem at all, and
// the example rows are skipped.
func TestTemplateFilledReadsClean(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTemplate(&buf, TemplateOptions{Year: 2026}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	var members []map[string]any
	for i := 0; i < 40; i++ {
		members = append(members, map[string]any{
			"name": fmt.Sprintf("党员%02d", i), "id_number": tplID(fmt.Sprintf("15082419700101%02d1", i)), "gender": Male,
			"township": "海流图镇", "branch": "第一党支部", "member_type": Formal, "join_date": time.Date(1995, 7, 1, 0, 0, 0, 0, time.UTC),
			"birth_date": time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), "phone": "13800000000",
		})
	}
	tplFill(t, f, &Members, members)
	tplFill(t, f, &Applicants, []map[string]any{{
		"name": "党员00", "id_number": members[0]["id_number"], "gender": Male, "township": "海流图镇", "branch": "第一党支部",
		"phone": "13800000000", "address": "某某社区", "applied_on": day(3, 1), "household_size": 3, "household_income": 9000,
		"hardship_causes": "疾病、子女上学", "hardship_level": LevelSevere, "other_aid": "民政", "misconduct": None,
		"exclusion": None, "out_of_poverty": No, "voters": 20, "present": 18, "votes_for": 16, "votes_against": 1, "abstentions": 1,
		"surveyed_on": day(3, 5), "meeting_on": day(3, 10), "reviewed_on": day(3, 15), "approved_on": day(3, 25), "objection": None,
	}})
	tplFill(t, f, &Funds, []map[string]any{{"source": "旗财政", "amount": 5000}})
	path := filepath.Join(t.TempDir(), "filled.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	wb, err := Read(path, Options{AsOf: Day{2026, 6, 30}})
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range wb.Problems {
		t.Errorf("problem in a correctly filled template: %s %s %s %q: %s", p.Sheet, p.Cell, p.Code, p.Value, p.Msg.In(i18n.ZH))
	}
	if wb.Members.Len() != 40 || len(wb.Applicants) != 1 || len(wb.Funds) != 1 {
		t.Fatalf("read %d members, %d applicants, %d funds; want 40, 1, 1 (the example rows skipped)", wb.Members.Len(), len(wb.Applicants), len(wb.Funds))
	}
	a := wb.Applicants[0]
	if a.Row != TemplateFirstRow || a.IDNumber != members[0]["id_number"] || a.AppliedOn != (Day{2026, 3, 1}) || len(a.HardshipCauses) != 2 {
		t.Errorf("applicant read as %+v", a)
	}
}

// The template is the same, byte for byte, when written again, and says
// what made it (document properties and a line of 填表说明).
func TestTemplateReproducibleAndStamped(t *testing.T) {
	prov := provenance.New("v9", strings.Repeat("ab", 32), "", "")
	opt := TemplateOptions{Year: 2026, Provenance: prov, Created: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)}
	var a, b bytes.Buffer
	if err := WriteTemplate(&a, opt); err != nil {
		t.Fatal(err)
	}
	if err := WriteTemplate(&b, opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two templates differ")
	}
	f := tplOpen(t, opt)
	props, err := f.GetDocProps()
	if err != nil || props.Created != "2026-11-27T00:00:00Z" || !strings.Contains(props.Description, "relief v9") {
		t.Errorf("properties %+v, %v", props, err)
	}
	rows, _ := f.GetRows("填表说明")
	last := rows[len(rows)-1]
	if len(last) == 0 || !strings.Contains(last[0], "sha256:"+strings.Repeat("ab", 32)) {
		t.Errorf("last line of 填表说明: %v", last)
	}
}
