package main

// Commands and conditions of the end-to-end scripts beyond testscript's
// own: FIFOs, a small full disk, waiting for a file to appear (to
// interrupt a run in the middle), globs, file modes, a workbook with
// many applicants, and the rows of a workbook's sheet as text.

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/xuri/excelize/v2"
)

var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	"mkfifo":   cmdMkfifo,
	"tinydisk": cmdTinydisk,
	"waitfor":  cmdWaitfor,
	"glob":     cmdGlob,
	"mode":     cmdMode,
	"bigbook":  cmdBigbook,
	"rows":     cmdRows,
}

// scriptCondition answers [tmpfs]: a small tmpfs can be mounted here (root
// on Linux), for the full-disk cases.
func scriptCondition(cond string) (bool, error) {
	if cond != "tmpfs" {
		return false, fmt.Errorf("unknown condition %q", cond)
	}
	return canMount(), nil
}

var canMount = sync.OnceValue(func() bool {
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		return false
	}
	dir, err := os.MkdirTemp("", "relief-tmpfs-probe")
	if err != nil {
		return false
	}
	defer os.Remove(dir)
	if exec.Command("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", dir).Run() != nil {
		return false
	}
	return exec.Command("umount", dir).Run() == nil
})

// mkfifo NAME... makes named pipes. If a program opens one to read (as
// relief did before it checked), a writer feeds it a line of junk after a
// while, so that the run fails instead of hanging the tests.
func cmdMkfifo(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) == 0 {
		ts.Fatalf("usage: mkfifo NAME...")
	}
	for _, a := range args {
		p := ts.MkAbs(a)
		ts.Check(exec.Command("mkfifo", p).Run())
		go func() {
			for range 600 {
				time.Sleep(100 * time.Millisecond)
				f, err := os.OpenFile(p, os.O_WRONLY|syscall.O_NONBLOCK, 0)
				if err == nil { // someone is reading
					f.WriteString("::: not what a reader expects :::\n")
					f.Close()
					return
				}
			}
		}()
	}
}

// tinydisk DIR SIZE mounts a tmpfs of SIZE (16k) at DIR, for the rest of
// the script: a disk that is full at the first real write.
func cmdTinydisk(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: tinydisk DIR SIZE")
	}
	dir := ts.MkAbs(args[0])
	ts.Check(os.MkdirAll(dir, 0o755))
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+args[1], "tmpfs", dir).CombinedOutput(); err != nil {
		ts.Fatalf("mount: %v %s", err, out)
	}
	ts.Defer(func() { exec.Command("umount", dir).Run() })
}

// waitfor GLOB waits (up to a minute) until a path matches GLOB and, if it
// is a folder, holds a file: a run writing a folder is under way.
func cmdWaitfor(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfor GLOB")
	}
	deadline := time.Now().Add(time.Minute)
	for time.Now().Before(deadline) {
		ms, _ := filepath.Glob(ts.MkAbs(args[0]))
		for _, m := range ms {
			fi, err := os.Stat(m)
			if err != nil {
				continue
			}
			if !fi.IsDir() {
				return
			}
			if es, _ := os.ReadDir(m); len(es) > 0 {
				return
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	ts.Fatalf("nothing matches %s", args[0])
}

// glob GLOB succeeds if a path matches; ! glob GLOB if none does (hidden
// temporary files included).
func cmdGlob(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: glob GLOB")
	}
	ms, err := filepath.Glob(ts.MkAbs(args[0]))
	ts.Check(err)
	switch {
	case neg && len(ms) > 0:
		ts.Fatalf("%s matches %v", args[0], ms)
	case !neg && len(ms) == 0:
		ts.Fatalf("nothing matches %s", args[0])
	}
}

// mode FILE PERM checks a file's permissions (octal).
func cmdMode(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: mode FILE PERM")
	}
	want, err := strconv.ParseUint(args[1], 8, 32)
	ts.Check(err)
	fi, err := os.Stat(ts.MkAbs(args[0]))
	ts.Check(err)
	if fi.Mode().Perm() != fs.FileMode(want) {
		ts.Fatalf("%s: mode %v, want %v", args[0], fi.Mode().Perm(), fs.FileMode(want))
	}
}

// bigbook FILE N writes a workbook of N eligible applicants (member counts
// instead of a roster, enough members for a quota of N), for runs long
// enough to interrupt.
func cmdBigbook(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: bigbook FILE N")
	}
	n, err := strconv.Atoi(args[1])
	ts.Check(err)
	f := excelize.NewFile()
	defer f.Close()
	ts.Check(f.SetSheetName("Sheet1", "党员人数"))
	ts.Check(f.SetSheetRow("党员人数", "A1", &[]any{"所属苏木镇", "党员人数"}))
	ts.Check(f.SetSheetRow("党员人数", "A2", &[]any{"乌加河镇", 40 * n}))
	_, err = f.NewSheet("救助申报")
	ts.Check(err)
	ts.Check(f.SetSheetRow("救助申报", "A1", &[]any{"姓名", "身份证号码", "性别", "所属苏木镇", "所在党支部", "申报日期",
		"困难原因", "困难程度", "应到人数", "实到人数", "赞成票", "反对票", "弃权票", "党员大会日期"}))
	surnames := []rune("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
	given := []string{"志强", "秀英", "建国", "桂兰", "海军", "丽华", "永胜", "淑芬"}
	for i := range n {
		birth := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i*37)
		id := withCheck(fmt.Sprintf("150824%s%03d", birth.Format("20060102"), 1+(i%499)*2))
		name := string(surnames[i%len(surnames)]) + given[(i/len(surnames))%len(given)] + strconv.Itoa(i)
		ts.Check(f.SetSheetRow("救助申报", "A"+strconv.Itoa(i+2), &[]any{name, id, "男", "乌加河镇", "乌加河村党支部",
			"2026-11-01", "疾病", "比较困难", 30, 28, 25, 2, 1, "2026-11-10"}))
	}
	ts.Check(f.SaveAs(ts.MkAbs(args[0])))
}

// withCheck appends the GB 11643 check character to 17 digits.
func withCheck(s17 string) string {
	w := [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, x := range w {
		sum += int(s17[i]-'0') * x
	}
	return s17 + string("10X98765432"[sum%11])
}

// rows FILE SHEET prints the rows of a sheet of a workbook on stdout, one
// line each: the row number, then the cells as shown, separated by " | "
// (trailing empty cells left out), for the stdout assertions after it.
// With a third argument "print" it prints only the rows inside the sheet's
// print area.
func cmdRows(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 || len(args) > 3 || len(args) == 3 && args[2] != "print" {
		ts.Fatalf("usage: rows FILE SHEET [print]")
	}
	f, err := excelize.OpenFile(ts.MkAbs(args[0]))
	ts.Check(err)
	defer f.Close()
	last := 0
	if len(args) == 3 {
		for _, n := range f.GetDefinedName() {
			if n.Name == "_xlnm.Print_Area" && n.Scope == args[1] {
				ref := n.RefersTo[strings.LastIndexByte(n.RefersTo, '$')+1:]
				last, err = strconv.Atoi(ref)
				ts.Check(err)
			}
		}
		if last == 0 {
			ts.Fatalf("%s has no print area of its rows", args[1])
		}
	}
	rows, err := f.GetRows(args[1])
	ts.Check(err)
	for i, r := range rows {
		if last > 0 && i+1 > last {
			break
		}
		fmt.Fprintf(ts.Stdout(), "%d: %s\n", i+1, strings.Join(r, " | "))
	}
}
