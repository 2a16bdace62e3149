package main

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// The damaged and hostile workbooks of testdata/hostile/ (issue 15): each
// is sample.xlsx (or counts.xlsx) with one thing changed, the way a
// mutated, hand-mended or malicious file has it. roster's tests read them
// (and seed its whole-workbook fuzz target with them), the end-to-end
// scripts run every command on them.
//
//	funds-row-twice        资金来源 row 3 stored twice (<row r="3"> twice)
//	counts-row-twice       党员人数 row 2 stored twice
//	counts-township-twice  a second row naming 党员人数 row 2's township
//	funds-crc              资金来源's part fails its zip checksum
//	funds-size             资金来源's part is shorter than its header says
//	funds-tags             资金来源 row 3's tag mangled (<rxw r="3">…</row>)
//	funds-cut              资金来源's part ends in the middle
//	applicants-crc         救助申报's part fails its zip checksum
//	members-tags           an end tag mangled in the middle of 党员名册
//	header-swapped         救助申报's two header rows stored in reverse order
//	members-reversed       党员名册's rows stored bottom up
//	sheets-20003           20,003 sheets pointing at one part
//	unused-900mb           an unused part declaring 900 MB
//	string-64mb            an applicant's name is a shared string of 64 MB
//	cell-xfd               a cell in column XFD of 救助申报
//	numfmt-80k             a cell of 救助申报 in an 80,000-character number format
func hostile(dir, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	samplePath, countsPath := filepath.Join(dir, "sample.xlsx"), filepath.Join(dir, "counts.xlsx")
	const (
		members    = "xl/worksheets/sheet1.xml"
		applicants = "xl/worksheets/sheet2.xml"
		funds      = "xl/worksheets/sheet3.xml"
		counts     = "xl/worksheets/sheet1.xml"
	)
	type book struct {
		name string
		from string
		part string
		edit func(e *zEntry) error
	}
	text := func(fn func(string) string) func(*zEntry) error {
		return func(e *zEntry) error { e.body = []byte(fn(string(e.body))); return nil }
	}
	twice := func(n int) func(*zEntry) error {
		return text(func(s string) string { r := rowXML(s, n); return strings.Replace(s, r, r+r, 1) })
	}
	books := []book{
		{"funds-row-twice", samplePath, funds, twice(3)},
		{"counts-row-twice", countsPath, counts, twice(2)},
		{"counts-township-twice", countsPath, counts, text(func(s string) string {
			r := strings.ReplaceAll(rowXML(s, 2), `2"`, `7"`)
			return strings.Replace(s, "</sheetData>", r+"</sheetData>", 1)
		})},
		{"funds-crc", samplePath, funds, func(e *zEntry) error { e.crc = crc32.ChecksumIEEE(e.body) ^ 1; return nil }},
		{"funds-size", samplePath, funds, func(e *zEntry) error { e.size = uint64(len(e.body)) + 100; return nil }},
		{"funds-tags", samplePath, funds, text(func(s string) string { return strings.Replace(s, `<row r="3">`, `<rxw r="3">`, 1) })},
		{"funds-cut", samplePath, funds, text(func(s string) string { return s[:strings.Index(s, `<row r="4">`)] })},
		{"applicants-crc", samplePath, applicants, func(e *zEntry) error { e.crc = crc32.ChecksumIEEE(e.body) ^ 1; return nil }},
		{"members-tags", samplePath, members, text(func(s string) string {
			return strings.Replace(s, `</row><row r="300">`, `</rov><row r="300">`, 1)
		})},
		{"header-swapped", samplePath, applicants, text(func(s string) string {
			r3, r4 := rowXML(s, 3), rowXML(s, 4)
			return strings.Replace(s, r3+r4, r4+r3, 1)
		})},
		{"members-reversed", samplePath, members, text(func(s string) string {
			rows := rowElem.FindAllString(s, -1)
			rev := slices.Clone(rows)
			slices.Reverse(rev)
			return strings.Replace(s, strings.Join(rows, ""), strings.Join(rev, ""), 1)
		})},
		{"sheets-20003", samplePath, "xl/workbook.xml", text(func(s string) string {
			var b strings.Builder
			for i := range 20003 {
				fmt.Fprintf(&b, `<sheet name="S%d" sheetId="%d" r:id="rId5"/>`, i, i+10)
			}
			return strings.Replace(s, "</sheets>", b.String()+"</sheets>", 1)
		})},
		{"cell-xfd", samplePath, applicants, text(func(s string) string {
			return strings.Replace(s, `</row><row r="6">`, `<c r="XFD5" t="inlineStr"><is><t>备注</t></is></c></row><row r="6">`, 1)
		})},
		{"numfmt-80k", samplePath, "xl/styles.xml", text(func(s string) string {
			// A style with the format is added last, and a cell of
			// 救助申报 uses it (see below).
			code := strings.Repeat("0", 80000)
			s = regexp.MustCompile(`<numFmts count="\d+">`).ReplaceAllString(s, `<numFmts>`)
			if !strings.Contains(s, "<numFmts>") {
				s = strings.Replace(s, "<fonts", "<numFmts></numFmts><fonts", 1)
			}
			s = strings.Replace(s, "</numFmts>", `<numFmt numFmtId="300" formatCode="`+code+`"/></numFmts>`, 1)
			s = regexp.MustCompile(`<cellXfs count="\d+">`).ReplaceAllString(s, `<cellXfs>`)
			return strings.Replace(s, "</cellXfs>", `<xf numFmtId="300" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>`, 1)
		})},
	}
	for _, b := range books {
		es, err := readEntries(b.from)
		if err != nil {
			return err
		}
		i := slices.IndexFunc(es, func(e zEntry) bool { return e.name == b.part })
		if i < 0 {
			return fmt.Errorf("%s: no part %s", b.from, b.part)
		}
		if err := b.edit(&es[i]); err != nil {
			return err
		}
		if b.name == "numfmt-80k" {
			if err := useLastStyle(es, applicants, "K5"); err != nil {
				return err
			}
		}
		if err := writeZip(filepath.Join(out, b.name+".xlsx"), es); err != nil {
			return err
		}
	}

	// An unused part that declares 900 MB: its bytes are never inflated.
	es, err := readEntries(samplePath)
	if err != nil {
		return err
	}
	es = append(es, zEntry{name: "xl/media/huge.bin", body: []byte{0x03, 0x00}, raw: true, size: 900 << 20})
	if err := writeZip(filepath.Join(out, "unused-900mb.xlsx"), es); err != nil {
		return err
	}

	// A shared string of 64 MB as the first applicant's name.
	if es, err = readEntries(samplePath); err != nil {
		return err
	}
	var sst string
	for _, e := range es {
		if e.name == "xl/sharedStrings.xml" {
			sst = string(e.body)
		}
	}
	for i, e := range es {
		if e.name == applicants {
			name := regexp.MustCompile(`<c r="B5" t="s"><v>\d+</v></c>`)
			es[i].body = name.ReplaceAll(e.body, []byte(fmt.Sprintf(`<c r="B5" t="s"><v>%d</v></c>`, strings.Count(sst, "<si>"))))
		}
	}
	huge, err := deflated(func(w io.Writer) {
		io.WriteString(w, strings.TrimSuffix(sst, "</sst>")+"<si><t>")
		chunk := bytes.Repeat([]byte("长"), 1<<20)
		for range 64 / 3 {
			w.Write(chunk)
		}
		io.WriteString(w, `</t></si></sst>`)
	})
	if err != nil {
		return err
	}
	huge.name = "xl/sharedStrings.xml"
	es = slices.DeleteFunc(es, func(e zEntry) bool { return e.name == huge.name })
	return writeZip(filepath.Join(out, "string-64mb.xlsx"), append(es, huge))
}

// useLastStyle gives the cell ref of a sheet part the last style of
// styles.xml.
func useLastStyle(es []zEntry, part, ref string) error {
	n := -1
	for _, e := range es {
		if e.name == "xl/styles.xml" {
			xfs := string(e.body)
			xfs = xfs[strings.Index(xfs, "<cellXfs"):strings.Index(xfs, "</cellXfs>")]
			n = strings.Count(xfs, "<xf ") - 1
		}
	}
	cell := regexp.MustCompile(`<c r="` + ref + `"( s="\d+")?`)
	for i, e := range es {
		if e.name == part {
			if !cell.Match(e.body) || n < 0 {
				return fmt.Errorf("%s has no cell %s", part, ref)
			}
			es[i].body = cell.ReplaceAll(e.body, []byte(fmt.Sprintf(`<c r="%s" s="%d"`, ref, n)))
		}
	}
	return nil
}

// zEntry is a part of a package written by writeZip.
type zEntry struct {
	name string
	body []byte
	// A damaged entry declares a checksum or a size that is not its
	// body's (0: the body's own) and is stored uncompressed; a raw one
	// holds deflated bytes and declares size.
	crc  uint32
	size uint64
	raw  bool
}

// readEntries reads every part of a package.
func readEntries(path string) ([]zEntry, error) {
	zr, err := zip.OpenReader(path)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	var out []zEntry
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return nil, err
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			return nil, err
		}
		out = append(out, zEntry{name: zf.Name, body: b})
	}
	return out, nil
}

// writeZip writes a package, damaged and raw entries as they say.
func writeZip(path string, es []zEntry) error {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range es {
		var w io.Writer
		var err error
		switch {
		case e.raw:
			w, err = zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Deflate, CRC32: e.crc,
				CompressedSize64: uint64(len(e.body)), UncompressedSize64: e.size})
		case e.crc != 0 || e.size != 0:
			crc, size := crc32.ChecksumIEEE(e.body), uint64(len(e.body))
			if e.crc != 0 {
				crc = e.crc
			}
			if e.size != 0 {
				size = e.size
			}
			w, err = zw.CreateRaw(&zip.FileHeader{Name: e.name, Method: zip.Store, CRC32: crc,
				CompressedSize64: uint64(len(e.body)), UncompressedSize64: size})
		default:
			w, err = zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Deflate})
		}
		if err == nil {
			_, err = w.Write(e.body)
		}
		if err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, buf.Bytes(), 0o644)
}

// deflated compresses what fill writes into a raw entry.
func deflated(fill func(io.Writer)) (zEntry, error) {
	var buf bytes.Buffer
	fw, err := flate.NewWriter(&buf, flate.BestCompression)
	if err != nil {
		return zEntry{}, err
	}
	crc := crc32.NewIEEE()
	n := &counter{}
	fill(io.MultiWriter(fw, crc, n))
	if err := fw.Close(); err != nil {
		return zEntry{}, err
	}
	return zEntry{body: buf.Bytes(), crc: crc.Sum32(), size: uint64(n.n), raw: true}, nil
}

type counter struct{ n int64 }

func (c *counter) Write(b []byte) (int, error) { c.n += int64(len(b)); return len(b), nil }

var rowElem = regexp.MustCompile(`<row r="(\d+)"[^>]*>.*?</row>`)

// rowXML returns the XML of row n of a sheet part.
func rowXML(sheet string, n int) string {
	for _, m := range rowElem.FindAllStringSubmatch(sheet, -1) {
		if m[1] == fmt.Sprint(n) {
			return m[0]
		}
	}
	return ""
}
