package templates

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"relief/assessment"
	"relief/budget"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/roster"
)

// Edited wording files come back from Notepad and WPS in UTF-8 (with or
// without a byte order mark), UTF-16 ("Unicode") or GBK ("ANSI"): each
// reads as the same text; anything else is a clear error, not mojibake.
func TestLoadEncodings(t *testing.T) {
	const src = "@title 困难党员救助通知书\r\n@line {{.Name}}同志：\r\n你的救助金额为{{.Amount}}元。\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(src)
	if err != nil {
		t.Fatal(err)
	}
	le, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(src)
	be, _ := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder().String(src)
	tests := []struct {
		name string
		data string
		key  string // "" = reads as src
	}{
		{"utf-8", src, ""},
		{"utf-8 bom", "\ufeff" + src, ""},
		{"gbk", gbk, ""},
		{"utf-16le", le, ""},
		{"utf-16be", be, ""},
		{"binary", "\x80\x80\xff{{.Name}}\n", "templates.encoding"},
		{"utf-16 odd length", "\xff\xfe@\x00t", "templates.encoding"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		write(t, filepath.Join(dir, LetterFile), tt.data)
		s, err := Load(dir)
		if tt.key != "" {
			if !hasKey(err, tt.key) {
				t.Errorf("%s: err = %v, want %s", tt.name, err, tt.key)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		bs, err := s.letter.blocks(sampleLetter)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		got := joinBlocks(bs)
		if !strings.Contains(got, "困难党员救助通知书") || !strings.Contains(got, "同志：") || strings.ContainsRune(got, '\uFFFD') {
			t.Errorf("%s: read as %q", tt.name, got)
		}
	}
}

func TestLoadNotAFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "in.xlsx")
	write(t, file, "x")
	if _, err := Load(file); !hasKey(err, "templates.not-dir") {
		t.Errorf("a file as --templates: %v", err)
	}
}

// budgetCase is a result whose plan the documents must refuse or accept.
func budgetCase(p *budget.Plan, problems ...roster.Problem) *assessment.Result {
	res := synthetic(2, 0)
	res.Workbook = &roster.Workbook{Problems: problems, Sheets: map[string]*roster.SheetInfo{
		roster.Funds.Key: {Name: "资金来源"}, roster.MemberCounts.Key: {Name: "党员人数"},
	}}
	res.Budget = p
	return res
}

// The notice and the letters print amounts only when the budget stands
// behind them: never with a fund shortfall (fit none), nor while the
// sheet of the fund or of the member counts has an error that left a
// figure out.
func TestDocumentsCheckBudget(t *testing.T) {
	fundErr := roster.Problem{Severity: roster.SevError, Code: "bad-number", Sheet: "资金来源", Cell: "B3", Row: 3,
		Msg: i18n.M("doc.col.amount")}
	countErr := roster.Problem{Severity: roster.SevError, Code: "bad-number", Sheet: "党员人数", Cell: "B2", Row: 2,
		Msg: i18n.M("doc.col.amount")}
	fundWarn := fundErr
	fundWarn.Severity = roster.SevWarning
	tests := []struct {
		name string
		res  *assessment.Result
		key  string
	}{
		{"no plan", budgetCase(nil), ""},
		{"sound", budgetCase(&budget.Plan{FundSource: budget.FundSheet, MembersSource: budget.FromRoster}), ""},
		{"shortfall", budgetCase(&budget.Plan{Need: money.Yuan(2000), Fund: money.Yuan(800), Shortfall: money.Yuan(1200)}), "doc.shortfall"},
		{"fund sheet error", budgetCase(&budget.Plan{FundSource: budget.FundSheet, MembersSource: budget.FromRoster}, fundErr), "doc.budget-input"},
		{"fund sheet error, fund fell back to quota", budgetCase(&budget.Plan{FundSource: budget.FundQuota, MembersSource: budget.FromRoster}, fundErr), "doc.budget-input"},
		{"fund sheet error, fund from the policy", budgetCase(&budget.Plan{FundSource: budget.FundPolicy, MembersSource: budget.FromRoster}, fundErr), ""},
		{"fund sheet warning", budgetCase(&budget.Plan{FundSource: budget.FundSheet, MembersSource: budget.FromRoster}, fundWarn), ""},
		{"counts error", budgetCase(&budget.Plan{FundSource: budget.FundPolicy, MembersSource: budget.FromCounts}, countErr), "doc.budget-input"},
		{"counts error, members from the roster", budgetCase(&budget.Plan{FundSource: budget.FundPolicy, MembersSource: budget.FromRoster}, countErr), ""},
	}
	o := options(t)
	for _, tt := range tests {
		var buf bytes.Buffer
		_, errN := Notice(&buf, tt.res, o)
		_, errL := Letters(&buf, tt.res, o)
		for _, err := range []error{errN, errL} {
			if tt.key == "" && err != nil || tt.key != "" && !hasKey(err, tt.key) {
				t.Errorf("%s: err = %v, want %q", tt.name, err, tt.key)
			}
		}
	}
	// Rejection letters print no amount: a shortfall does not stop them.
	res := budgetCase(&budget.Plan{Shortfall: money.Yuan(1)})
	for i := range res.Decisions {
		res.Decisions[i].Verdict = eligibility.Ineligible
	}
	o.Rejections = true
	if _, err := Letters(&bytes.Buffer{}, res, o); err != nil {
		t.Errorf("rejections only: %v", err)
	}
}
