package cmd

import (
	"runtime/debug"
	"strings"
)

// Version is relief's version, stamped at build time by scripts/release:
//
//	go build -ldflags "-X relief/cmd.Version=v1.2.0"
//
// Empty in a plain go build: then the module version and the commit the
// Go toolchain records are shown instead (see version).
var Version = ""

// version is what relief --version prints after the program's name.
func version() string {
	if Version != "" {
		return Version
	}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	return buildVersion(info)
}

// buildVersion describes an unstamped build from its build information:
// the module version when it is a real one (go install relief@v1.2.0),
// else "devel", with the commit, its date and whether the work tree had
// changes, when the toolchain recorded them.
func buildVersion(info *debug.BuildInfo) string {
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = "devel"
	}
	var rev, at string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	rev = rev[:min(len(rev), 12)]
	if rev != "" && strings.Contains(v, rev) {
		return v // a pseudo-version names its commit already
	}
	var extra []string
	if rev != "" {
		extra = append(extra, rev)
	}
	if at != "" {
		extra = append(extra, at[:min(len(at), 10)])
	}
	if modified {
		extra = append(extra, "modified")
	}
	if len(extra) > 0 {
		v += " (" + strings.Join(extra, ", ") + ")"
	}
	return v
}
