package safefile

import (
	"io"
	"os"
	"path/filepath"

	"relief/i18n"
)

// SetFile is one file of a set written into a folder.
type SetFile struct {
	// Name is the file's path relative to the folder, with / separators
	// (a subfolder per township, say: 乌加河镇/001-张三.pdf).
	Name string
	// Write writes the file's content.
	Write func(w io.Writer) error
}

// SetOptions tune WriteSet.
type SetOptions struct {
	// Replace allows a folder that already holds files from an earlier
	// run: those are removed first.
	Replace bool
}

// WriteSet writes files into the folder dir, creating it (and the
// subfolders the names use) as needed. Every command that writes several
// files goes through it, so the folder's rules are the same for all.
//
// TODO(issue 15, 10): write the set into a temporary sibling folder and
// rename it into place (the folder appears whole or not at all), write
// concurrently with bounded memory, refuse a folder that already holds
// files unless opt.Replace.
func WriteSet(dir string, files []SetFile, opt SetOptions) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.create", dir, reason(err)), Err: err}
	}
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return &i18n.Error{Msg: i18n.M("safefile.create", p, reason(err)), Err: err}
		}
		if err := Write(p, f.Write); err != nil {
			return err
		}
	}
	return nil
}
