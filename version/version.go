// Package version says which build of relief is running. Every document
// relief writes names it (see package provenance), so an auditor can tell
// which program made it.
//
// It is a package of its own so that the version is read in one place:
// a release stamps it at link time,
//
//	go build -ldflags "-X relief/version.Version=v1.2.0" .
//
// and without that the module's version or the source revision recorded
// by the Go toolchain is used.
package version

import (
	"runtime/debug"
	"strings"
)

// Version is set at link time by a release build; "" otherwise.
var Version = ""

// String returns the version of the running program: Version when set,
// else the module version the binary was built as (go install
// relief@v1.2.0), else devel-<revision> (with -dirty for uncommitted
// changes) from the build's VCS stamp, else "devel".
func String() string {
	if v := strings.TrimSpace(Version); v != "" {
		return v
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return fromBuildInfo(bi)
}

func fromBuildInfo(bi *debug.BuildInfo) string {
	if v := bi.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	v := "devel-" + rev
	if dirty {
		v += "-dirty"
	}
	return v
}
