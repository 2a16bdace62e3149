package templates

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"relief/eligibility"
	"relief/i18n"
	"relief/roster"
)

func TestBuiltinWording(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	bs, err := s.notice.blocks(sampleNotice)
	if err != nil {
		t.Fatal(err)
	}
	if bs[0].kind != bTitle || bs[0].Text != "关于2026年度困难党员救助对象的公示" {
		t.Errorf("first block = %+v", bs[0])
	}
	want := []kind{bTitle, bPara, bTable, bPara, bPara, bPara, bIssuer, bDate}
	if len(bs) != len(want) {
		t.Fatalf("notice blocks = %+v", bs)
	}
	for i, k := range want {
		if bs[i].kind != k {
			t.Errorf("block %d = %+v, want kind %d", i, bs[i], k)
		}
	}
	all := joinBlocks(bs)
	for _, s := range []string{"2026年11月29日至2026年12月5日", "0478-1234567", "个人申报", "入户调查", "党员大会", "复核", "旗委组织部审定"} {
		if !strings.Contains(all, s) {
			t.Errorf("notice lacks %q:\n%s", s, all)
		}
	}
	noPhone := sampleNotice
	noPhone.Phone = ""
	bs, _ = s.notice.blocks(noPhone)
	if all := joinBlocks(bs); !strings.Contains(all, "书面形式或当面") || strings.Contains(all, "电话") {
		t.Errorf("notice without phone:\n%s", all)
	}

	bs, err = s.letter.blocks(sampleLetter)
	if err != nil {
		t.Fatal(err)
	}
	all = joinBlocks(bs)
	for _, s := range []string{"张三同志：", "1,000.00元（大写：壹仟元整）", "年终发放", "赞成20票"} {
		if !strings.Contains(all, s) {
			t.Errorf("letter lacks %q:\n%s", s, all)
		}
	}
	bs, err = s.rejection.blocks(sampleRejection)
	if err != nil {
		t.Fatal(err)
	}
	all = joinBlocks(bs)
	for _, s := range []string{"李四同志：", "（一）党员大会表决赞成率未达到65%。", "7日内", "申请复核"} {
		if !strings.Contains(all, s) {
			t.Errorf("rejection lacks %q:\n%s", s, all)
		}
	}
}

func joinBlocks(bs []block) string {
	var b strings.Builder
	for _, x := range bs {
		b.WriteString(x.Text + "\n")
	}
	return b.String()
}

func TestExportAndLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "wording")
	paths, err := Export(dir, false)
	if err != nil || len(paths) != len(Files) || len(Files) != 4 {
		t.Fatalf("Export = %v, %v", paths, err)
	}
	if _, err := Export(dir, false); !hasKey(err, "templates.exists") {
		t.Errorf("second export without force: %v", err)
	}
	if _, err := Export(dir, true); err != nil {
		t.Errorf("export with force: %v", err)
	}
	// Edit one file; drop another (it falls back to the built-in one).
	edited := strings.Replace(read(t, paths[1]), "希望你正确面对困难", "望你坚定信心", 1)
	write(t, paths[1], "\ufeff"+edited)
	os.Remove(paths[2])
	s, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	bs, _ := s.letter.blocks(sampleLetter)
	if all := joinBlocks(bs); !strings.Contains(all, "望你坚定信心") {
		t.Errorf("edited letter not used:\n%s", all)
	}
	if _, err := s.rejection.blocks(sampleRejection); err != nil {
		t.Errorf("fallback rejection: %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		file, src string
		key       string
		says      []string
	}{
		{LetterFile, "@title 通知\n\n{{.Name}同志：\n", "templates.syntax", []string{"letter.tmpl:3"}},
		{LetterFile, "@title 通知\n{{.Nmae}}同志：\n", "templates.exec", []string{"letter.tmpl:2", "Nmae"}},
		{LetterFile, "@title 通知\n{{if .Name}}\n", "templates.syntax", []string{"letter.tmpl:3", "EOF"}},
		{RejectionFile, "@title 通知\n\n@tilte 错\n", "templates.directive", []string{"rejection.tmpl:3", "@tilte"}},
		{NoticeFile, "@title 公示\n正文\n", "templates.table-once", []string{"notice.tmpl", "0"}},
		{NoticeFile, "@title 公示\n@table\n@table\n", "templates.table-once", []string{"2"}},
		{LetterFile, "@title 通知\n@table\n", "templates.table-letter", []string{"letter.tmpl"}},
		{NoticeFile, "@table\n{{nosuch .Year}}\n", "templates.syntax", []string{"notice.tmpl:2", "nosuch"}},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		write(t, filepath.Join(dir, tt.file), tt.src)
		_, err := Load(dir)
		if !hasKey(err, tt.key) {
			t.Errorf("%q: err = %v, want %s", tt.src, err, tt.key)
			continue
		}
		msg := err.(*i18n.Error).Msg.In(i18n.ZH)
		for _, s := range tt.says {
			if !strings.Contains(msg, s) {
				t.Errorf("%q: message %q lacks %q", tt.src, msg, s)
			}
		}
		if !strings.Contains(msg, filepath.Join(dir, tt.file)) {
			t.Errorf("message %q does not name the file's path", msg)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "nope")); !hasKey(err, "templates.no-dir") {
		t.Errorf("missing folder: %v", err)
	}
}

func hasKey(err error, key string) bool {
	e, ok := err.(*i18n.Error)
	return ok && e.Msg.Key == key
}

func read(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func write(t *testing.T, p, s string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A letter whose notice drew an objection, re-checked as unfounded, says
// so: never 期满无异议 (§6.3.5).
func TestLetterObjectionRejected(t *testing.T) {
	s, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	plain, objected := sampleLetter, sampleLetter
	objected.ObjectionRejected = true
	for _, c := range []struct {
		d          LetterData
		want, miss string
	}{
		{plain, "期满无异议", "异议经旗委组织部复核不成立"},
		{objected, "公示期间所提异议经旗委组织部复核不成立", "无异议"},
	} {
		bs, err := s.letter.blocks(c.d)
		if err != nil {
			t.Fatal(err)
		}
		all := joinBlocks(bs)
		if !strings.Contains(all, c.want) || strings.Contains(all, c.miss) {
			t.Errorf("letter (objection rejected %v):\n%s", c.d.ObjectionRejected, all)
		}
	}
}

func TestLetterDataObjection(t *testing.T) {
	d := &eligibility.Decision{Applicant: &roster.Applicant{Name: "甲", Objection: roster.ObjectionRejected}}
	if ld := letterData(Settings{AsOf: roster.Day{Y: 2026, M: 12, D: 1}}.withDefaults(), 1, d, nil); !ld.ObjectionRejected {
		t.Error("异议不成立 not carried to the letter")
	}
	d.Applicant.Objection = roster.None
	if ld := letterData(Settings{AsOf: roster.Day{Y: 2026, M: 12, D: 1}}.withDefaults(), 1, d, nil); ld.ObjectionRejected {
		t.Error("no objection read as one rejected")
	}
}
