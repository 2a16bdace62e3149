package policy

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"

	"relief/i18n"
)

// ResolveDirs returns the effective policy of a run over the files of
// folders: file if given; else the relief.yaml of those folders (the
// folders given on the command line, or those of the files given), which
// must be one policy for the whole run: several relief.yaml files that
// differ are an error asking for --policy; else Default(). A run over one
// workbook resolves as Resolve does.
func ResolveDirs(file string, dirs []string) (*Policy, error) {
	if file != "" {
		return Load(file)
	}
	var found []string
	var first []byte
	seen := map[string]bool{}
	for _, d := range dirs {
		p := filepath.Join(d, FileName)
		if seen[filepath.Clean(p)] {
			continue
		}
		seen[filepath.Clean(p)] = true
		fi, err := os.Stat(p)
		if err != nil || fi.IsDir() {
			continue
		}
		b, err := os.ReadFile(p)
		switch {
		case err != nil:
			return Load(p) // which says why it cannot be read
		case len(found) == 0:
			first = b
		case !bytes.Equal(b, first):
			return nil, i18n.Errorf("policy.several", strings.Join(append(found, p), "、"))
		}
		found = append(found, p)
	}
	if len(found) == 0 {
		return Default(), nil
	}
	return Load(found[0])
}
