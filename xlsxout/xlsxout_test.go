package xlsxout

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"relief/provenance"
)

// book makes a workbook with several sheets, comments, a chart and
// styles created in the order given, the things whose parts excelize
// lists from maps.
func book(t *testing.T) *excelize.File {
	t.Helper()
	f := excelize.NewFile()
	for i, name := range []string{"甲", "乙", "丙", "丁"} {
		if i == 0 {
			f.SetSheetName("Sheet1", name)
		} else {
			f.NewSheet(name)
		}
		for r := 1; r <= 3; r++ {
			f.SetCellInt(name, "A"+string(rune('0'+r)), int64(r*10))
			f.SetCellStr(name, "B"+string(rune('0'+r)), "第"+name)
		}
		f.AddComment(name, excelize.Comment{Cell: "B2", Author: "relief", Text: "注"})
	}
	if err := f.AddChart("甲", "D2", &excelize.Chart{Type: excelize.Col, Series: []excelize.ChartSeries{{Name: "'甲'!$B$1", Categories: "'甲'!$B$1:$B$3", Values: "'甲'!$A$1:$A$3"}}}); err != nil {
		t.Fatal(err)
	}
	return f
}

func write(t *testing.T, s Stamp) []byte {
	t.Helper()
	f := book(t)
	defer f.Close()
	var buf bytes.Buffer
	if err := Write(&buf, f, s); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReproducible(t *testing.T) {
	p := provenance.New("v1", strings.Repeat("0", 64), "", "2026-11-27")
	p.Inputs = append(p.Inputs, provenance.Input{Role: provenance.RoleWorkbook, File: "申报.xlsx", SHA256: strings.Repeat("1", 64)})
	s := Stamp{Title: "测试", Created: time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC), Provenance: p}
	first := write(t, s)
	for i := 0; i < 5; i++ {
		if !bytes.Equal(first, write(t, s)) {
			t.Fatal("two writes of the same workbook differ")
		}
	}
	zr, err := zip.NewReader(bytes.NewReader(first), int64(len(first)))
	if err != nil {
		t.Fatal(err)
	}
	if zr.File[0].Name != "[Content_Types].xml" || zr.File[1].Name != "_rels/.rels" {
		t.Errorf("first entries %s, %s", zr.File[0].Name, zr.File[1].Name)
	}
	for _, e := range zr.File {
		if !e.Modified.Equal(s.Created) {
			t.Errorf("%s dated %v", e.Name, e.Modified)
		}
	}
	rc, _ := zr.File[0].Open()
	ct, _ := io.ReadAll(rc)
	rc.Close()
	var parts []string
	for _, chunk := range strings.Split(string(ct), "PartName=\"")[1:] {
		parts = append(parts, chunk[:strings.IndexByte(chunk, '"')])
	}
	for i := 1; i < len(parts); i++ {
		if parts[i-1] > parts[i] {
			t.Errorf("content types not sorted: %v", parts)
			break
		}
	}

	// It opens, and says what made it.
	path := filepath.Join(t.TempDir(), "out.xlsx")
	os.WriteFile(path, first, 0o644)
	got, err := provenance.Read(path, "")
	if err != nil || got.JSON() != p.JSON() {
		t.Fatalf("provenance.Read = %+v, %v", got, err)
	}
	f, err := excelize.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	props, _ := f.GetDocProps()
	if props.Created != "2026-11-27T00:00:00Z" || props.Creator != "relief" || !strings.Contains(props.Description, "申报.xlsx") {
		t.Errorf("document properties %+v", props)
	}
	if v, _ := f.GetCellValue("丁", "B3"); v != "第丁" {
		t.Errorf("cell read back as %q", v)
	}
}

func TestPasswordStillOpens(t *testing.T) {
	b := write(t, Stamp{Password: "123"})
	path := filepath.Join(t.TempDir(), "enc.xlsx")
	os.WriteFile(path, b, 0o644)
	f, err := excelize.OpenFile(path, excelize.Options{Password: "123"})
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
}
