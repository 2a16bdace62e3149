package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"relief/cmd"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"relief": func() { os.Exit(cmd.Execute()) },
	})
}

// TestScripts runs the end-to-end tests in testdata/script: each is a
// command, its exit status, what it prints and the files it leaves. The
// sample workbooks of testdata/ (and testdata/bad/) are copied into the
// script's work directory first, testdata/banner/ into $WORK/报送,
// testdata/banner_paid/ into $WORK/年终, and so are the hostile workbooks
// of testdata/hostile.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:       "testdata/script",
		Cmds:      scriptCmds,
		Condition: scriptCondition,
		Setup: func(env *testscript.Env) error {
			env.Setenv("LANG", "zh_CN.UTF-8")
			for _, dir := range []string{"testdata", "testdata/bad", "testdata/hostile"} {
				if err := copyWorkbooks(dir, env.WorkDir); err != nil {
					return err
				}
			}
			// The townships' files of a banner-wide run, as the
			// Organization Department keeps them: a folder 报送.
			// The same at the year's end, the payments recorded
			// (testdata/banner_paid/): a folder 年终.
			for dir, src := range map[string]string{"报送": "testdata/banner", "年终": "testdata/banner_paid"} {
				dst := filepath.Join(env.WorkDir, dir)
				if err := os.MkdirAll(dst, 0o755); err != nil {
					return err
				}
				if err := copyWorkbooks(src, dst); err != nil {
					return err
				}
			}
			return nil
		},
	})
}

func copyWorkbooks(dir, dst string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil // no samples yet
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		switch filepath.Ext(e.Name()) {
		case ".xlsx", ".xls", ".yaml", ".ttf", ".ttc", ".csv":
		default:
			continue
		}
		if err := copyFile(filepath.Join(dir, e.Name()), filepath.Join(dst, e.Name())); err != nil {
			return err
		}
	}
	return nil
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
