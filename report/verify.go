package report

// relief verify's report: whether a document was made from the files
// given, and under which policy.

import (
	"fmt"
	"io"
	"path/filepath"

	"relief/i18n"
	"relief/provenance"
)

// VerifySchema names the JSON contract of relief verify.
const VerifySchema = "relief.verify/v1"

type verifyFile struct {
	File         string `json:"file"`
	SHA256       string `json:"sha256"`
	Match        bool   `json:"match"`
	Role         string `json:"role,omitempty"`
	RecordedFile string `json:"recorded_file,omitempty"`
}

type verifyPolicy struct {
	Recorded     string `json:"recorded"`
	RecordedFile string `json:"recorded_file,omitempty"`
	Current      string `json:"current"`
	CurrentFile  string `json:"current_file,omitempty"`
	Match        bool   `json:"match"`
}

type verifyDoc struct {
	Schema     string                 `json:"schema"`
	Document   string                 `json:"document"`
	Verified   bool                   `json:"verified"`
	Policy     verifyPolicy           `json:"policy"`
	Files      []verifyFile           `json:"files"`
	Missing    []provenance.Input     `json:"missing"`
	Provenance *provenance.Provenance `json:"provenance"`
}

// Verify writes the outcome of relief verify in format (text or json).
// policyFile is the file of the policy compared with ("" for the
// built-in one).
func Verify(w io.Writer, document string, v *provenance.Verification, policyFile, format string, l i18n.Lang) error {
	if policyFile != "" {
		policyFile = filepath.Base(policyFile)
	}
	if format == "json" {
		doc := verifyDoc{Schema: VerifySchema, Document: document, Verified: v.OK(),
			Policy: verifyPolicy{Recorded: v.Record.Policy.SHA256, RecordedFile: v.Record.Policy.File, Current: v.PolicySHA,
				CurrentFile: policyFile, Match: v.PolicyMatch},
			Files: []verifyFile{}, Missing: append([]provenance.Input{}, v.Missing...), Provenance: v.Record}
		for _, f := range v.Files {
			vf := verifyFile{File: f.Path, SHA256: f.SHA256, Match: f.Input != nil}
			if f.Input != nil {
				vf.Role, vf.RecordedFile = f.Input.Role, f.Input.File
			}
			doc.Files = append(doc.Files, vf)
		}
		return writeJSON(w, doc)
	}
	m := func(key string, args ...any) string { return i18n.M(key, args...).In(l) }
	rec := v.Record
	asOf := rec.AsOf
	if asOf == "" {
		asOf = "—"
	}
	fmt.Fprintln(w, m("verify.document", document, rec.Version, asOf))
	if f := rec.FlagText(); f != "" {
		fmt.Fprintln(w, m("verify.flags", f))
	}
	polName := func(file string) string {
		if file == "" {
			return m("provenance.policy-builtin")
		}
		return file
	}
	if v.PolicyMatch {
		fmt.Fprintln(w, m("verify.policy-same", rec.Policy.SHA256, polName(rec.Policy.File), polName(policyFile)))
	} else {
		fmt.Fprintln(w, m("verify.policy-differs", rec.Policy.SHA256, polName(rec.Policy.File), v.PolicySHA, polName(policyFile)))
	}
	for _, f := range v.Files {
		if f.Input != nil {
			fmt.Fprintln(w, m("verify.file-match", f.Path, provenance.RoleLabel(f.Input.Role, l), f.Input.File, f.SHA256))
		} else {
			fmt.Fprintln(w, m("verify.file-unknown", f.Path, f.SHA256))
		}
	}
	for _, in := range v.Missing {
		fmt.Fprintln(w, m("verify.file-missing", provenance.RoleLabel(in.Role, l), in.File, in.SHA256))
	}
	if v.OK() {
		fmt.Fprintln(w, m("verify.ok"))
	} else {
		fmt.Fprintln(w, m("verify.not-ok"))
	}
	return nil
}
