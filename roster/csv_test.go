package roster

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"relief/i18n"
)

// CSV files as Excel and WPS write them on Chinese Windows: "CSV (逗号分隔)"
// is GB 18030 (GBK), "CSV UTF-8" is UTF-8 with a byte order mark, lines end
// in CRLF, a cell with a comma, a quote or a line break is quoted, dates
// are written as the cell shows them (2026/9/5), and numbers typed as text
// stay as typed.

const csvApplicants = "姓名,身份证号码,性别,所属苏木镇,所在党支部,申报日期,家庭年收入（元）,困难原因,应到人数,实到人数,赞成票,反对票,弃权票,党员大会日期,备注\r\n" +
	"张志强," + rdMale1 + ",男,乌加河镇,乌加河村党支部,2026/9/5,\"12,000\",疾病,30,28,25,2,1,2026/9/25,\"患病多年，\r\n长期透析\"\r\n" +
	"王秀英," + rdFemale1 + ",女,海流图镇,东街社区党支部,2026年9月8日,9600,子女上学,25,20,18,2,0,2026-09-28,\r\n"

// csvFile writes content to dir/name and returns the path.
func writeCSV(t *testing.T, dir, name string, content []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, content, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func gbk(t testing.TB, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16le(t testing.TB, s string) []byte {
	t.Helper()
	b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDetectEncoding(t *testing.T) {
	chinese := strings.Repeat("姓名,身份证号码,所属苏木镇\r\n张志强,15082419820916107X,乌加河镇\r\n", 3)
	broken := []byte(chinese)
	broken = append(broken[:20:20], append([]byte{0xFF}, broken[20:]...)...)
	tests := []struct {
		name string
		in   []byte
		want csvEncoding
		err  error
	}{
		{"ascii", []byte("name,id_number\r\na,b\r\n"), encUTF8, nil},
		{"utf-8", []byte(chinese), encUTF8, nil},
		{"utf-8 bom", append([]byte("\uFEFF"), chinese...), encUTF8BOM, nil},
		{"gb18030", gbk(t, chinese), encGB18030, nil},
		{"gb18030 rare", gbk(t, "姓名\r\n𠀀䶮,€\r\n"), encGB18030, nil},
		{"utf-16le bom", utf16le(t, chinese), encUTF16LE, nil},
		{"utf-16 without bom", utf16le(t, chinese)[2:], 0, errNotText},
		{"broken utf-8", broken, 0, errBrokenUTF8},
		{"bom then broken", append([]byte("\uFEFF"), broken...), 0, errBrokenUTF8},
		{"neither", []byte("name\r\n\xff\xfe\xfd\x80\x80\r\n"), 0, errNoEncoding},
		{"binary", []byte{'P', 'K', 3, 4, 0, 0, 1}, 0, errNotText},
		// A long UTF-8 file whose one invalid byte falls across the buffer.
		{"long utf-8", []byte(strings.Repeat("乌加河镇,", 30000)), encUTF8, nil},
	}
	for _, tt := range tests {
		got, err := detectEncoding(bytes.NewReader(tt.in))
		if !errors.Is(err, tt.err) || err == nil && got != tt.want {
			t.Errorf("%s: %v, %v; want %v, %v", tt.name, got, err, tt.want, tt.err)
		}
	}
}

// A CSV file is read like a sheet in every encoding Excel writes, with the
// same values: identity numbers as text, dates in text forms, a quoted
// cell with a comma and a line break.
func TestReadCSVEncodings(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name    string
		content []byte
	}{
		{"utf8.csv", []byte(csvApplicants)},
		{"utf8bom.csv", append([]byte("\uFEFF"), csvApplicants...)},
		{"gbk.csv", gbk(t, csvApplicants)},
		{"utf16.csv", utf16le(t, strings.ReplaceAll(csvApplicants, ",", "\t"))},
		{"semicolon.csv", []byte("sep=;\r\n" + strings.ReplaceAll(strings.ReplaceAll(csvApplicants, `"12,000"`, "12000"), ",", ";"))},
	} {
		wb, err := Read(writeCSV(t, dir, c.name, c.content), Options{AsOf: rdAsOf})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(wb.Applicants) != 2 {
			t.Fatalf("%s: %d applicants", c.name, len(wb.Applicants))
		}
		a := wb.Applicants[0]
		if a.Name != "张志强" || a.IDNumber != rdMale1 || a.AppliedOn != (Day{2026, 9, 5}) || a.MeetingOn != (Day{2026, 9, 25}) ||
			a.HouseholdIncome == nil || a.HouseholdIncome.String() != "12,000.00" || !strings.Contains(a.Notes, "长期透析") {
			t.Errorf("%s: first row %+v", c.name, a)
		}
		if b := wb.Applicants[1]; b.IDNumber != rdFemale1 || b.AppliedOn != (Day{2026, 9, 8}) || b.Row != 3 { // a quoted line break stays in its row, as in Excel
			t.Errorf("%s: second row %+v (row %d)", c.name, b, b.Row)
		}
		if si := wb.Sheets[Applicants.Key]; si == nil || si.Name != strings.TrimSuffix(c.name, ".csv") || si.File != filepath.Join(dir, c.name) {
			t.Errorf("%s: sheet %+v", c.name, si)
		}
		var codes []string
		for _, p := range wb.Problems {
			codes = append(codes, p.Code)
			if p.File != filepath.Join(dir, c.name) {
				t.Errorf("%s: problem %s names file %q", c.name, p.Code, p.File)
			}
		}
		if strings.Join(codes, " ") != "sheet-missing" {
			t.Errorf("%s: problems %v", c.name, rdProblems(wb))
		}
	}
}

// What exports write besides plain values: ="…" to keep a number as text,
// an error value, a number as Excel shows it in scientific form.
func TestReadCSVCells(t *testing.T) {
	dir := t.TempDir()
	content := "姓名,身份证号码,所属苏木镇,所在党支部,申报日期\r\n" +
		`="张三",="` + rdMale1 + `",乌加河镇,乌加河村党支部,20260905` + "\r\n" +
		"李四,1.50824E+17,乌加河镇,#N/A,2026.9.5\r\n" +
		"王五," + rdMale2 + ",海流图镇,东街社区党支部,2026年13月5日\r\n"
	wb, err := Read(writeCSV(t, dir, "申报.csv", []byte(content)), Options{AsOf: rdAsOf})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(rdProblems(wb), " ")
	want := "sheet-missing@党员名册 id-stored-as-number@B3 bad-value@D3 bad-date@E4"
	if got != want {
		t.Errorf("problems %s\nwant     %s", got, want)
	}
	if a := wb.Applicants[0]; a.Name != "张三" || a.IDNumber != rdMale1 || a.AppliedOn != (Day{2026, 9, 5}) || a.Invalid {
		t.Errorf("first row %+v", a)
	}
}

// --sheet says what a CSV file holds when its name and header do not: a
// roster with the columns an applicants sheet also has.
func TestReadCSVSheetOption(t *testing.T) {
	dir := t.TempDir()
	roll := "姓名,身份证号码,所属苏木镇,所在党支部\r\n张志强," + rdMale1 + ",乌加河镇,乌加河村党支部\r\n"
	members := writeCSV(t, dir, "名单.csv", []byte(roll))
	appl := writeCSV(t, dir, "申报.csv", []byte(csvApplicants))
	_, err := ReadAll([]string{appl, members}, Options{AsOf: rdAsOf})
	if !hasKey(err, "roster.files.nothing") {
		t.Fatalf("a roster without distinctive columns: %v", err)
	}
	if _, err := ReadAll([]string{appl, members}, Options{AsOf: rdAsOf, Sheet: "党员名册"}); !hasKey(err, "roster.files.sheet-one-csv") {
		t.Errorf("--sheet with two CSV files: %v", err)
	}
	if _, err := ReadAll([]string{members}, Options{Sheet: "工资表"}); !hasKey(err, "roster.files.bad-sheet") {
		t.Errorf("--sheet naming no sheet: %v", err)
	}
	// Named after its sheet, the file needs no --sheet.
	named := writeCSV(t, dir, "党员名册.csv", []byte(roll))
	wb, err := ReadAll([]string{appl, named}, Options{AsOf: rdAsOf})
	if err != nil || wb.Members.Len() != 1 || !wb.HasRoster {
		t.Fatalf("by name: %v", err)
	}
	// --sheet with the roster as the one CSV among workbooks.
	book := rdWrite(t, false, rdSheet{name: "救助申报", rows: [][]any{
		{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"},
		{"张志强", rdMale1, "乌加河镇", "乌加河村党支部", "2026-09-05"},
	}})
	wb, err = ReadAll([]string{book, members}, Options{AsOf: rdAsOf, Sheet: "members"})
	if err != nil || wb.Members.Len() != 1 || len(wb.Applicants) != 1 {
		t.Fatalf("--sheet members: %v", err)
	}
	if si := wb.Files[1].Sheets[Members.Key]; si == nil || si.Name != "党员名册" {
		t.Errorf("the CSV's sheet is named after --sheet: %+v", si)
	}
}

// A CSV file that cannot be read with confidence stops the run, naming it
// and saying how to save it; the run never reads it with wrong characters.
func TestReadCSVRefused(t *testing.T) {
	dir := t.TempDir()
	chinese := []byte(csvApplicants)
	broken := append(append([]byte{}, chinese[:40]...), append([]byte{0xC3}, chinese[40:]...)...)
	tests := []struct {
		name    string
		content []byte
		key     string
	}{
		{"broken.csv", broken, "roster.csv.broken-utf8"},
		{"latin.csv", []byte("name,id\r\n\xff\xfe\x80\x80\xff,1\r\n"), "roster.csv.encoding"},
		{"nul.csv", []byte("name\x00,id\r\n"), "roster.csv.not-text"},
		{"empty.csv", nil, "roster.open.empty"},
		{"names.csv", []byte("甲,乙,丙\r\n1,2,3\r\n"), "roster.read.no-applicants"},
	}
	for _, tt := range tests {
		path := writeCSV(t, dir, tt.name, tt.content)
		_, err := Read(path, Options{})
		if !hasKey(err, tt.key) {
			t.Errorf("%s: %v, want %s", tt.name, err, tt.key)
			continue
		}
		var ie *i18n.Error
		errors.As(err, &ie)
		if msg := ie.Msg.In(i18n.ZH); !strings.Contains(msg, path) {
			t.Errorf("%s: message %q does not name the file", tt.name, msg)
		}
	}
	// A workbook saved with a .csv name is read as the workbook it is.
	book := rdWrite(t, false, rdSheet{name: "救助申报", rows: [][]any{
		{"姓名", "身份证号码", "所属苏木镇", "所在党支部", "申报日期"},
		{"张志强", rdMale1, "乌加河镇", "乌加河村党支部", "2026-09-05"},
	}})
	b, _ := os.ReadFile(book)
	if wb, err := Read(writeCSV(t, dir, "really.csv", b), Options{}); err != nil || len(wb.Applicants) != 1 {
		t.Errorf("an .xlsx named .csv: %v", err)
	}
}

// FuzzDetectEncoding: whatever the bytes, detection never panics, and what
// it accepts decodes to valid text without replacement characters.
func FuzzDetectEncoding(f *testing.F) {
	f.Add([]byte(csvApplicants))
	f.Add(append([]byte("\uFEFF"), csvApplicants...))
	f.Add(gbk(f, csvApplicants))
	f.Add(utf16le(f, csvApplicants))
	f.Add([]byte("\xff\xfe\x00"))
	f.Add([]byte("\xef\xbb"))
	f.Fuzz(func(t *testing.T, b []byte) {
		enc, err := detectEncoding(bytes.NewReader(b))
		if err != nil {
			return
		}
		var text []byte
		switch enc {
		case encUTF8:
			text = b
		case encUTF8BOM:
			text = b[3:]
		default:
			text, err = enc.decoder().Bytes(b)
			if err != nil {
				t.Fatalf("%v accepted, then: %v", enc, err)
			}
		}
		if !utf8.Valid(text) || enc != encUTF8 && enc != encUTF8BOM && bytes.ContainsRune(text, utf8.RuneError) {
			t.Fatalf("%v accepted %q: %q", enc, b, text)
		}
	})
}

// FuzzCSVRows: scanning any text never panics and keeps within Excel's
// rows and columns, every row numbered after the one before.
func FuzzCSVRows(f *testing.F) {
	f.Add([]byte(csvApplicants), byte(','))
	f.Add([]byte("sep=;\r\na;b\r\n\"x\"\"y\";=\"007\"\r\n"), byte(';'))
	f.Add([]byte("a\tb\n\"unterminated"), byte('\t'))
	f.Add([]byte("#N/A,#VALUE!,=\"\",\"\n\n\""), byte(','))
	f.Fuzz(func(t *testing.T, b []byte, comma byte) {
		c := rune(comma)
		if c == '"' || c == '\r' || c == '\n' || c >= utf8.RuneSelf || c == 0 {
			c = ','
		}
		if d, _ := sniffDelimiter(bytes.NewReader(b)); d == '"' || d == '\r' || d == '\n' || d == utf8.RuneError {
			t.Fatalf("delimiter %q", d)
		}
		src := newCSVRows("f.csv", nil, bytes.NewReader(b), c, false)
		last := 0
		for src.Next() {
			n, cells := src.Row()
			if n != last+1 || len(cells) > maxColumns {
				t.Fatalf("row %d after %d, %d cells", n, last, len(cells))
			}
			if len(cells) > 0 && cells[len(cells)-1].Value == "" {
				t.Fatalf("row %d: trailing empty cell kept", n)
			}
			last = n
		}
		if err := src.Err(); err != nil && !errors.As(err, new(*i18n.Error)) {
			t.Fatalf("error %v is not a message", err)
		}
		src.Close()
	})
}
