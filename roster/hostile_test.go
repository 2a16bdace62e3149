package roster

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"relief/i18n"
)

// Damaged and hostile workbooks (issue 15, ../testdata/hostile, written
// by ../testdata/gen/hostile.go): each is the sample workbook (or the
// counts one) with one thing changed, the way a mutated or hand-mended
// file has it. None may be read as silently wrong, and each is read in
// time and memory bounded by the cells it really has.

const (
	samplePath = "../testdata/sample.xlsx"
	countsPath = "../testdata/counts.xlsx"
)

// hostileBook is the path of a workbook of testdata/hostile.
func hostileBook(name string) string { return filepath.Join("..", "testdata", "hostile", name+".xlsx") }

// hostileFingerprint is what a read gives: members, counts, applicants,
// funds and problems.
func hostileFingerprint(wb *Workbook) string {
	var b strings.Builder
	for _, m := range wb.Members.All() {
		fmt.Fprintf(&b, "m%d %s %s %s %v|", m.Row, m.Name, m.IDNumber, m.Township, m.Invalid)
	}
	for _, c := range wb.Counts {
		fmt.Fprintf(&b, "c%d %s %d|", c.Row, c.Township, c.Members)
	}
	for _, a := range wb.Applicants {
		fmt.Fprintf(&b, "a%d %s %s %v %v|", a.Row, a.Name, a.IDNumber, a.Invalid, a.Votes.Recorded())
	}
	for _, f := range wb.Funds {
		fmt.Fprintf(&b, "f%d %s %d|", f.Row, f.Source, f.Amount)
	}
	fmt.Fprint(&b, rdProblems(wb))
	return b.String()
}

func TestReadHostile(t *testing.T) {
	books := map[string]string{}
	files, _ := filepath.Glob(hostileBook("*"))
	for _, f := range files {
		books[strings.TrimSuffix(filepath.Base(f), ".xlsx")] = f
	}
	if len(books) < 16 {
		t.Fatalf("%d hostile workbooks: run go run ./testdata/gen", len(books))
	}
	read := func(t *testing.T, path string) *Workbook {
		t.Helper()
		wb, err := Read(path, Options{AsOf: rdAsOf})
		if err != nil {
			t.Fatal(err)
		}
		return wb
	}
	sample, counts := read(t, samplePath), read(t, countsPath)
	has := func(wb *Workbook, code, sheet string, row int) bool {
		for _, p := range wb.Problems {
			if p.Code == code && p.Sheet == sheet && p.Row == row && p.Severity == SevError {
				return true
			}
		}
		return false
	}
	fundsTotal := func(wb *Workbook) int64 {
		var n int64
		for _, f := range wb.Funds {
			n += int64(f.Amount)
		}
		return n
	}

	t.Run("a row stored twice is read once, and an error", func(t *testing.T) {
		wb := read(t, books["funds-row-twice"])
		if fundsTotal(wb) != fundsTotal(sample) || !has(wb, "row-duplicated", "资金来源", 3) {
			t.Errorf("funds %v, problems %v", wb.Funds, rdProblems(wb))
		}
		wb = read(t, books["counts-row-twice"])
		if len(wb.Counts) != len(counts.Counts) || !has(wb, "row-duplicated", "党员人数", 2) {
			t.Errorf("counts %v, problems %v", wb.Counts, rdProblems(wb))
		}
	})
	t.Run("a township twice on 党员人数", func(t *testing.T) {
		wb := read(t, books["counts-township-twice"])
		if !has(wb, "duplicate-township", "党员人数", 2) || !has(wb, "duplicate-township", "党员人数", 7) {
			t.Errorf("problems %v", rdProblems(wb))
		}
	})
	for _, name := range []string{"funds-crc", "funds-size", "funds-tags", "funds-cut"} {
		t.Run("a damaged optional sheet: "+name, func(t *testing.T) {
			wb := read(t, books[name])
			if len(wb.Funds) != 0 || !wb.HasFunds || !has(wb, "sheet-damaged", "资金来源", 0) {
				t.Errorf("funds %v, problems %v", wb.Funds, rdProblems(wb))
			}
			for _, p := range wb.Problems {
				if p.Code == "sheet-damaged" && (!i18n.Has(p.Msg.Key) || !strings.Contains(p.Msg.In(i18n.ZH), "资金来源")) {
					t.Errorf("message %q", p.Msg.In(i18n.ZH))
				}
			}
		})
	}
	for name, sheet := range map[string]string{"applicants-crc": "救助申报", "members-tags": "党员名册"} {
		t.Run("a damaged sheet that is needed: "+name, func(t *testing.T) {
			_, err := Read(books[name], Options{})
			var ie *i18n.Error
			if !errors.As(err, &ie) || ie.Msg.Key != "roster.open.sheet-damaged" || !strings.Contains(ie.Msg.In(i18n.ZH), sheet) {
				t.Fatalf("err = %v", err)
			}
		})
	}
	t.Run("rows out of order are read in order", func(t *testing.T) {
		for _, name := range []string{"header-swapped", "members-reversed"} {
			if got, want := hostileFingerprint(read(t, books[name])), hostileFingerprint(sample); got != want {
				t.Errorf("%s:\n%s\nwant\n%s", name, got, want)
			}
		}
	})
	t.Run("thousands of sheets", func(t *testing.T) {
		_, err := Read(books["sheets-20003"], Options{})
		var ie *i18n.Error
		if !errors.As(err, &ie) || ie.Msg.Key != "roster.open.too-many-sheets" {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("an unused part is never inflated", func(t *testing.T) {
		if got, want := hostileFingerprint(read(t, books["unused-900mb"])), hostileFingerprint(sample); got != want {
			t.Errorf("got\n%s\nwant\n%s", got, want)
		}
	})
	t.Run("a 64 MB string is cut, in bounded memory", func(t *testing.T) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		wb := read(t, books["string-64mb"])
		runtime.ReadMemStats(&after)
		if got := after.TotalAlloc - before.TotalAlloc; got > 48<<20 {
			t.Errorf("allocated %d MB reading it", got>>20)
		}
		if !has(wb, "text-too-long", "救助申报", 5) || len([]rune(wb.Applicants[0].Raw[1])) != maxCellChars {
			t.Errorf("problems %v", rdProblems(wb))
		}
	})
}

// FuzzReadWorkbook reads arbitrary bytes as a workbook file. Seeded with
// every workbook of the repository, the hostile ones included (go test
// runs the seeds): each input must give a workbook or one *i18n.Error of
// one line, without a panic, in bounded memory.
func FuzzReadWorkbook(f *testing.F) {
	var seeds []string
	for _, pat := range []string{"testdata/*.xlsx", "../testdata/*.xlsx", "../testdata/bad/*", "../testdata/hostile/*.xlsx"} {
		m, _ := filepath.Glob(pat)
		seeds = append(seeds, m...)
	}
	if len(seeds) < 39 {
		f.Fatalf("%d seeds", len(seeds))
	}
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "book.xlsx")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		wb, err := Read(path, Options{AsOf: rdAsOf})
		runtime.ReadMemStats(&after)
		if got := after.TotalAlloc - before.TotalAlloc; got > 256<<20 {
			t.Errorf("allocated %d MB", got>>20)
		}
		if err != nil {
			var ie *i18n.Error
			if wb != nil || !errors.As(err, &ie) {
				t.Fatalf("Read = %v, %v", wb, err)
			}
			for _, l := range []i18n.Lang{i18n.ZH, i18n.EN} {
				if m := ie.Msg.In(l); strings.Contains(m, "\n") || strings.Contains(m, "%!") || m == "" {
					t.Errorf("message %q", m)
				}
			}
			return
		}
		for _, p := range wb.Problems {
			if !i18n.Has(p.Msg.Key) {
				t.Errorf("problem %s: key %s", p.Code, p.Msg.Key)
			}
		}
	})
}
