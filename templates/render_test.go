package templates

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"relief/assessment"
	"relief/eligibility"
	"relief/i18n"
	"relief/money"
	"relief/procedure"
	"relief/roster"
	"relief/safefile"
	"relief/templates/font"
)

var asOf = roster.Day{Y: 2026, M: 11, D: 28}

var testFont = sync.OnceValues(func() (*font.Font, error) { return font.Load("") })

func options(t testing.TB) Options {
	t.Helper()
	f, err := testFont()
	if err != nil {
		t.Fatal(err)
	}
	return Options{
		Font: f, Wording: Builtin(),
		Settings: Settings{AsOf: asOf, Phone: "0478-6212345"},
		Created:  asOf.Time(),
		All:      true, // synthetic's notices were posted: list them all
	}
}

var (
	surnames  = []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
	givens    = []string{"建国", "秀英", "志强", "桂兰", "海军", "玉梅", "巴特尔", "其其格", "德力格尔", "敖日格乐"}
	townships = []string{"海流图镇", "乌加河镇", "德岭山镇", "石哈河镇", "巴音杭盖苏木", "新忽热苏木"}
	causes    = [][]string{{roster.CauseIllness}, {roster.CauseSchooling, roster.CauseIllness}, {roster.CauseDisaster}, {roster.CauseUnemployment}, {roster.CauseNoSelfCare}}
)

// idNumber makes a valid 18-character identity number for person i.
func idNumber(i int) string {
	body := fmt.Sprintf("150824%04d%02d%02d%03d", 1950+i%50, 1+i%12, 1+i%28, i%1000)
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for k, c := range body {
		sum += int(c-'0') * weights[k]
	}
	return body + string("10X98765432"[sum%11])
}

// synthetic returns a result with n selected applicants and m ineligible
// ones, every one with a phone and an address that must never be printed.
// Every case is final: approved on 1 November, posted from 10 to 16
// November.
func synthetic(n, m int) *assessment.Result {
	res := &assessment.Result{AsOf: asOf}
	for i := range n + m {
		a := &roster.Applicant{
			Row:            i + 2,
			Name:           string(surnames[i%len(surnames)]) + givens[(i/len(surnames))%len(givens)],
			IDNumber:       idNumber(i),
			Township:       townships[i%len(townships)],
			Branch:         fmt.Sprintf("第%d嘎查党支部", 1+i%9),
			Phone:          fmt.Sprintf("139%08d", 47000000+i),
			Address:        fmt.Sprintf("幸福路%d号", 100+i),
			HardshipCauses: causes[i%len(causes)],
			HardshipLevel:  roster.LevelMarked,
			AppliedOn:      roster.Day{Y: 2026, M: 9, D: 1},
			ApprovedOn:     roster.Day{Y: 2026, M: 11, D: 1},
			NoticedOn:      roster.Day{Y: 2026, M: 11, D: 10},
		}
		d := eligibility.Decision{Applicant: a, Verdict: eligibility.Eligible, Rank: i + 1,
			Amount: money.Yuan(int64(500 * (1 + i%3))),
			Vote:   eligibility.Tally{Recorded: true, Voters: 30, Present: 25, For: 20}}
		if i >= n {
			d.Verdict, d.Rank, d.Amount = eligibility.Ineligible, 0, 0
			d.Reasons = []eligibility.Reason{{Code: "t", Clause: "§6.3.3", Msg: i18n.M("doc.col.causes")}}
		}
		res.Decisions = append(res.Decisions, d)
	}
	follow(res)
	return res
}

// follow computes the cases of res as assessment.Run does.
func follow(res *assessment.Result) {
	res.Cases = procedure.Follow(res.Decisions, res.Warnings, procedure.Options{AsOf: res.AsOf, NoticeDays: 7})
}

func pdftotext(t *testing.T, pdf []byte) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) not installed")
	}
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-layout", "-enc", "UTF-8", p, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// pageCount counts the page objects of a PDF.
func pageCount(pdf []byte) int {
	return len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(pdf, -1))
}

// leaks checks that text holds no full identity number, phone or address
// of anyone in res.
func leaks(t *testing.T, text string, res *assessment.Result) {
	t.Helper()
	flat := strings.Join(strings.Fields(text), "")
	for _, d := range res.Decisions {
		a := d.Applicant
		for _, s := range []string{a.IDNumber, a.Phone, a.Address, a.IDNumber[6:14]} {
			if strings.Contains(flat, s) {
				t.Errorf("the document shows %q of %s", s, a.Name)
			}
		}
	}
}

func TestNotice(t *testing.T) {
	res := synthetic(40, 5)
	o := options(t)
	var buf bytes.Buffer
	st, err := Notice(&buf, res, o)
	if err != nil {
		t.Fatal(err)
	}
	// A reprint (--all) of a list posted on 11-10 shows that period, not a new one.
	if st.People != 40 || st.Pages < 2 || st.Start.Chinese() != "2026年11月10日" || st.End.Chinese() != "2026年11月16日" || st.Fresh != 0 {
		t.Errorf("stats = %+v", st)
	}
	if n := pageCount(buf.Bytes()); n != st.Pages {
		t.Errorf("PDF has %d pages, stats say %d", n, st.Pages)
	}
	text := pdftotext(t, buf.Bytes())
	flat := strings.Join(strings.Fields(text), "")
	for _, s := range []string{"关于2026年度困难党员救助对象的公示", "2026年11月10日至2026年11月16日", "0478-6212345",
		DefaultIssuer, "2026年11月28日", "序号", "身份证号码", "救助金额", "—1—", "—2—"} {
		if !strings.Contains(flat, s) {
			t.Errorf("notice lacks %q", s)
		}
	}
	for _, d := range Selected(res.Decisions) {
		a := d.Applicant
		if !strings.Contains(flat, a.Name) || !strings.Contains(flat, MaskID(a.IDNumber)) {
			t.Errorf("notice lacks %s %s", a.Name, MaskID(a.IDNumber))
		}
	}
	for _, d := range Rejected(res.Decisions) {
		if strings.Contains(flat, MaskID(d.Applicant.IDNumber)) {
			t.Errorf("notice shows the ineligible %s", d.Applicant.Name)
		}
	}
	// The header row is repeated on every page of the table.
	for i, page := range strings.Split(text, "\f") {
		if strings.Contains(page, "********") && !strings.Contains(page, "身份证号码") {
			t.Errorf("page %d continues the table without its header row", i+1)
		}
	}
	leaks(t, text, res)
}

func TestNoticeNoneSelected(t *testing.T) {
	var buf bytes.Buffer
	_, err := Notice(&buf, synthetic(0, 3), options(t))
	if !hasKey(err, "doc.none-selected") {
		t.Errorf("err = %v", err)
	}
	if _, err := Letters(&buf, synthetic(0, 3), options(t)); !hasKey(err, "doc.none-letters") {
		t.Errorf("letters: err = %v", err)
	}
}

func TestNoAmount(t *testing.T) {
	res := synthetic(3, 0)
	res.Decisions[1].Amount = 0
	_, err := Notice(&bytes.Buffer{}, res, options(t))
	if !hasKey(err, "doc.no-amount") || !strings.Contains(err.(*i18n.Error).Msg.In(i18n.ZH), res.Decisions[1].Applicant.Name) {
		t.Errorf("err = %v", err)
	}
}

func TestLetters(t *testing.T) {
	res := synthetic(12, 4)
	o := options(t)
	var buf bytes.Buffer
	st, err := Letters(&buf, res, o)
	if err != nil {
		t.Fatal(err)
	}
	if st.People != 12 || st.Rejected != 0 || st.Pages != 12 || pageCount(buf.Bytes()) != 12 {
		t.Errorf("stats = %+v, PDF pages %d; want one page per selected applicant", st, pageCount(buf.Bytes()))
	}
	text := pdftotext(t, buf.Bytes())
	pages := strings.Split(text, "\f")
	for i, d := range Selected(res.Decisions) {
		flat := strings.Join(strings.Fields(pages[i]), "")
		want := d.Applicant.Name + "同志："
		amount := d.Amount.String() + "元（大写：" + d.Amount.Capital() + "）"
		for _, s := range []string{want, amount, "困难党员救助通知书", "年终发放", "—1—", "0478-6212345"} {
			if !strings.Contains(flat, s) {
				t.Errorf("letter %d lacks %q:\n%s", i+1, s, flat)
			}
		}
	}
	if !strings.Contains(text, "壹仟伍佰元整") || !strings.Contains(text, "伍佰元整") || !strings.Contains(text, "壹仟元整") {
		t.Errorf("capital numerals missing")
	}
	leaks(t, text, res)

	o.Rejections = true
	buf.Reset()
	st, err = Letters(&buf, res, o)
	if err != nil {
		t.Fatal(err)
	}
	if st.People != 12 || st.Rejected != 4 || st.Pages != 16 {
		t.Errorf("with rejections: %+v", st)
	}
	text = pdftotext(t, buf.Bytes())
	flat := strings.Join(strings.Fields(text), "")
	if strings.Count(flat, "不予救助告知书") != 4 || !strings.Contains(flat, "（一）困难原因（依据《工作意见》第六部分第（三）项第三点）。") || !strings.Contains(flat, "申请复核") {
		t.Errorf("rejection letters:\n%s", text)
	}
	leaks(t, text, res)
}

func TestSplit(t *testing.T) {
	res := synthetic(3, 2)
	for i, town := range []string{"乌加河镇", "乌加河镇 ", "乌加河镇", "乌加河镇", "海/流图镇"} {
		res.Decisions[i].Applicant.Township = town
	}
	res.Decisions[0].Applicant.Name = "../x"
	res.Decisions[1].Applicant.Name = "张三"
	res.Decisions[2].Applicant.Name = "张三"
	res.Decisions[3].Applicant.Name = "CON"
	o := options(t)
	o.Rejections = true
	dir := filepath.Join(t.TempDir(), "letters")
	st, err := Split(dir, res, o)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 5 || st.Pages != 5 {
		t.Errorf("stats = %+v", st)
	}
	var names []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	// One folder per township (spaces around a name ignored), numbered
	// within it as in the township's notice.
	want := safefile.RecordName + " 乌加河镇/001-__x.pdf 乌加河镇/002-张三.pdf 乌加河镇/003-张三.pdf 乌加河镇/不予救助-001-_CON.pdf 海_流图镇/不予救助-001-" +
		res.Decisions[4].Applicant.Name + ".pdf"
	if strings.Join(names, " ") != want {
		t.Errorf("files = %v\nwant    %s", names, want)
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "x.pdf")); err == nil {
		t.Errorf("a file escaped the folder")
	}
	b, _ := os.ReadFile(filepath.Join(dir, "乌加河镇", "002-张三.pdf"))
	if pageCount(b) != 1 {
		t.Errorf("002-张三.pdf has %d pages", pageCount(b))
	}
	text := pdftotext(t, b)
	if !strings.Contains(text, "张三同志：") {
		t.Errorf("002-张三.pdf:\n%s", text)
	}
	again := filepath.Join(t.TempDir(), "again")
	if _, err := Split(again, res, o); err != nil {
		t.Fatal(err)
	}
	if b2, _ := os.ReadFile(filepath.Join(again, "乌加河镇", "002-张三.pdf")); !bytes.Equal(b, b2) {
		t.Error("the same letter split twice differs")
	}
	// Each file has the letter's shared subset and one of its own, and
	// reads as the same letter written alone does.
	if n := bytes.Count(b, []byte("/Subtype /Type0")); n != 2 {
		t.Errorf("002-张三.pdf has %d fonts, want 2", n)
	}
	var one bytes.Buffer
	if _, err := Letters(&one, synthetic(3, 2), o); err != nil {
		t.Fatal(err)
	}
	if all := pdftotext(t, one.Bytes()); !strings.Contains(all, strings.TrimSpace(strings.SplitN(text, "张三同志：", 2)[1])) {
		t.Errorf("the split letter reads otherwise than in the bundle:\n%s", text)
	}
}

// The shared text of a letter is its wording's own text in every branch,
// without the directives, and what every letter of the run has.
func TestSharedText(t *testing.T) {
	o := options(t)
	o.Settings.Phone = "0478-6212345"
	got := o.sharedText(o.Wording.letter, "壹贰")
	for _, want := range []string{"困难党员救助通知书", "同志：", "也可拨打电话", "符合旗委", o.Settings.Issuer, "0478-6212345", "壹贰", "0123456789"} {
		if !strings.Contains(got, want) {
			t.Errorf("shared text lacks %q:\n%s", want, got)
		}
	}
	for _, not := range []string{"@title", "@line", "@issuer", "@date", "{{", ".Name", "双花括号"} {
		if strings.Contains(got, not) {
			t.Errorf("shared text has %q:\n%s", not, got)
		}
	}
}

// One notice per township, each listing that township's selected
// applicants numbered from 1, its title naming the township.
func TestNoticesByTownship(t *testing.T) {
	res := synthetic(5, 1)
	for i, town := range []string{"乌加河镇", "海流图镇", "乌加河镇", "海流图镇", "乌加河镇", "德岭山镇"} {
		res.Decisions[i].Applicant.Township = town
	}
	o := options(t)
	dir := filepath.Join(t.TempDir(), "notices")
	st, err := NoticesByTownship(dir, res, o)
	if err != nil {
		t.Fatal(err)
	}
	if st.Files != 2 || st.People != 5 || st.Pages < 2 {
		t.Errorf("stats = %+v", st)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, " ") != safefile.RecordName+" 乌加河镇公示.pdf 海流图镇公示.pdf" {
		t.Errorf("files = %v", names)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "乌加河镇公示.pdf"))
	text := pdftotext(t, b)
	flat := strings.Join(strings.Fields(text), "")
	for _, want := range []string{"关于2026年度乌加河镇困难党员救助对象的公示", "拟确定乌加河镇以下3名同志", "以上共3人",
		res.Decisions[0].Applicant.Name, res.Decisions[4].Applicant.Name} {
		if !strings.Contains(flat, want) {
			t.Errorf("乌加河镇公示.pdf lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(flat, res.Decisions[1].Applicant.Name) || strings.Contains(flat, "海流图镇") {
		t.Errorf("乌加河镇公示.pdf shows another township:\n%s", text)
	}
	if !regexp.MustCompile(`(?m)^\s*3\s+`).MatchString(text) || regexp.MustCompile(`(?m)^\s*5\s+\S+\s+[男女]`).MatchString(text) {
		t.Errorf("not numbered from 1 within the township:\n%s", text)
	}
	leaks(t, text, res)
}

func TestReproducible(t *testing.T) {
	res := synthetic(30, 3)
	o := options(t)
	o.Rejections = true
	make := func() ([]byte, []byte) {
		var n, l bytes.Buffer
		if _, err := Notice(&n, res, o); err != nil {
			t.Fatal(err)
		}
		if _, err := Letters(&l, res, o); err != nil {
			t.Fatal(err)
		}
		return n.Bytes(), l.Bytes()
	}
	n1, l1 := make()
	n2, l2 := make()
	if !bytes.Equal(n1, n2) || !bytes.Equal(l1, l2) {
		t.Errorf("two runs differ")
	}
	if !bytes.Contains(n1, []byte("D:20261128000000")) {
		t.Errorf("creation date is not --as-of")
	}
	o.Created = time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC)
	var n3 bytes.Buffer
	Notice(&n3, res, o)
	if bytes.Equal(n1, n3.Bytes()) {
		t.Errorf("the creation date is not in the PDF")
	}
}

func TestMissingGlyph(t *testing.T) {
	tests := []struct {
		name     string
		rejected bool // the person is ineligible: only a rejection letter shows him
		mutate   func(*assessment.Result)
		says     []string
	}{
		{"astral name", false, func(r *assessment.Result) { r.Decisions[1].Applicant.Name = "王𠀀" },
			[]string{"第3行", "王𠀀", "姓名", "𠀀", "U+20000", "基本平面以外"}},
		{"rare name", false, func(r *assessment.Result) { r.Decisions[0].Applicant.Name = "刘䶮" },
			[]string{"第2行", "“刘䶮”", "姓名", "“䶮”", "U+4DAE", "--font", "WenQuanYi"}},
		{"branch", false, func(r *assessment.Result) { r.Decisions[2].Applicant.Branch = "第\u0F40党支部" },
			[]string{"第4行", "所在党支部", "U+0F40", "--font"}},
		{"rejected", true, func(r *assessment.Result) { r.Decisions[3].Applicant.Name = "赵㐀" },
			[]string{"第5行", "姓名", "U+3400"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := synthetic(3, 1)
			tt.mutate(res)
			o := options(t)
			if tt.rejected {
				// Neither the notice nor the letters without rejections show him.
				if _, err := Notice(&bytes.Buffer{}, res, o); err != nil {
					t.Errorf("notice: %v", err)
				}
				if _, err := Letters(&bytes.Buffer{}, res, o); err != nil {
					t.Errorf("letters: %v", err)
				}
				o.Rejections = true
			}
			runs := []func() error{
				func() error { _, err := Letters(&bytes.Buffer{}, res, o); return err },
				func() error {
					dir := t.TempDir()
					_, err := Split(dir, res, o)
					if files, _ := os.ReadDir(dir); len(files) > 0 {
						t.Errorf("split wrote %d files before failing", len(files))
					}
					return err
				},
			}
			if !tt.rejected {
				runs = append(runs, func() error { _, err := Notice(&bytes.Buffer{}, res, o); return err })
			}
			for _, run := range runs {
				err := run()
				var ie *i18n.Error
				if !errors.As(err, &ie) {
					t.Fatalf("err = %v", err)
				}
				msg := ie.Msg.In(i18n.ZH)
				for _, s := range tt.says {
					if !strings.Contains(msg, s) {
						t.Errorf("message %q lacks %q", msg, s)
					}
				}
				if en := ie.Msg.In(i18n.EN); !strings.Contains(en, "row") || strings.Contains(en, "%!") {
					t.Errorf("English message %q", en)
				}
			}
		})
	}
	// A character in the issuer or the wording is named as such.
	o := options(t)
	o.Settings.Issuer = "某\uE001党委"
	_, err := Notice(&bytes.Buffer{}, synthetic(2, 0), o)
	if !hasKey(err, "doc.missing-glyph-text") || !strings.Contains(err.(*i18n.Error).Msg.In(i18n.ZH), "--issuer") {
		t.Errorf("issuer: %v", err)
	}
	dir := t.TempDir()
	b, _ := builtin.ReadFile("text/" + LetterFile)
	write(t, filepath.Join(dir, LetterFile), strings.Replace(string(b), "希望你", "希望你\uE002", 1))
	o = options(t)
	if o.Wording, err = Load(dir); err != nil {
		t.Fatal(err)
	}
	_, err = Letters(&bytes.Buffer{}, synthetic(2, 0), o)
	if !hasKey(err, "doc.missing-glyph-text") || !strings.Contains(err.(*i18n.Error).Msg.In(i18n.ZH), "letter.tmpl") {
		t.Errorf("wording: %v", err)
	}
}

func TestFontWithoutChinese(t *testing.T) {
	const dejavu = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	if _, err := os.Stat(dejavu); err != nil {
		t.Skip("no DejaVu Sans on this machine")
	}
	f, err := font.Load(dejavu)
	if err != nil {
		t.Fatal(err)
	}
	o := options(t)
	o.Font = f
	if _, err := Notice(&bytes.Buffer{}, synthetic(2, 0), o); !hasKey(err, "doc.font-no-cjk") {
		t.Errorf("err = %v", err)
	}
}

func BenchmarkLetters1000(b *testing.B) {
	res := synthetic(1000, 0)
	o := options(b)
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := Letters(&buf, res, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSplit1000(b *testing.B) {
	res := synthetic(1000, 0)
	o := options(b)
	dir, n := b.TempDir(), 0
	for b.Loop() {
		n++ // a new folder each time: Split refuses one that holds files
		if _, err := Split(filepath.Join(dir, strconv.Itoa(n)), res, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkNotice1000(b *testing.B) {
	res := synthetic(1000, 0)
	o := options(b)
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := Notice(&buf, res, o); err != nil {
			b.Fatal(err)
		}
	}
}

// Split into the folder of an earlier run: refused without Replace; with
// it, the letter of someone selected then and rejected now is gone, and
// only the new letters are there.
func TestSplitReplace(t *testing.T) {
	res := synthetic(3, 0)
	for i := range res.Decisions { // one township's folder
		res.Decisions[i].Applicant.Township = "乌加河镇"
	}
	o := options(t)
	dir := filepath.Join(t.TempDir(), "letters")
	if _, err := Split(dir, res, o); err != nil {
		t.Fatal(err)
	}
	third := res.Decisions[2].Applicant.Name
	res.Decisions[2].Verdict, res.Decisions[2].Rank = eligibility.Ineligible, 0
	res.Decisions[2].Reasons = []eligibility.Reason{{Code: "t", Clause: "§6.3.3", Msg: i18n.M("doc.col.causes")}}
	follow(res)
	if _, err := Split(dir, res, o); err == nil || !strings.Contains(err.(*i18n.Error).Msg.In(i18n.ZH), "--replace") {
		t.Fatalf("used folder: %v", err)
	}
	var sr safefile.SetResult
	o.Set = safefile.SetOptions{Replace: true, Result: &sr}
	o.Rejections = true
	st, err := Split(dir, res, o)
	if err != nil {
		t.Fatal(err)
	}
	var names []string // the files, without their township's folder
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			names = append(names, d.Name())
		}
		return nil
	})
	slices.Sort(names)
	want := []string{safefile.RecordName, "001-" + res.Decisions[0].Applicant.Name + ".pdf", "002-" + res.Decisions[1].Applicant.Name + ".pdf", "不予救助-001-" + third + ".pdf"}
	slices.Sort(want)
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("files = %v, want %v", names, want)
	}
	if st.Files != 3 || sr.Removed != 3 || sr.KeptCount != 0 {
		t.Fatalf("stats %+v, result %+v", st, sr)
	}
}
