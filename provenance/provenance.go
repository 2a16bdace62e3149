// Package provenance is the trail every output of relief carries for an
// audit: which program made it (its version), under which policy (the
// fingerprint of the policy's effective values), from which input files
// (their SHA-256) and as of which day. The same record goes into a
// document's metadata (PDF Keywords, the workbook's document properties),
// a 说明 line a person reads, and a "provenance" object in JSON; Read
// finds it again in any of them, for relief verify.
//
// It is a package of its own, below every writer, because all of them
// (workbooks, PDFs, JSON) stamp the same record and relief verify reads
// it back; it depends on nothing of relief but the message catalogue.
package provenance

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"relief/i18n"
)

// Program names relief in every record.
const Program = "relief"

// The roles of input files.
const (
	RoleWorkbook = "workbook" // the workbook assessed
	RolePrevious = "previous" // --previous: last year's recipients
	RoleReview   = "review"   // --review: the half-yearly evaluation form
	RoleMembers  = "members"  // --members: the roster read from its own file
)

// Input is one input file: its role, its name (the base name: where it
// was on the disk is no part of what it is) and the SHA-256 of its bytes.
type Input struct {
	Role   string `json:"role"`
	File   string `json:"file"`
	SHA256 string `json:"sha256"`
}

// Policy names the policy a document was made under: the fingerprint of
// its effective values (policy.Policy.Fingerprint) and the base name of
// the file they came from ("" for the built-in policy).
type Policy struct {
	SHA256 string `json:"sha256"`
	File   string `json:"file,omitempty"`
}

// Provenance is what made one output.
type Provenance struct {
	Program string  `json:"program"`
	Version string  `json:"version"`
	Policy  Policy  `json:"policy"`
	Inputs  []Input `json:"inputs"`
	AsOf    string  `json:"as_of,omitempty"` // YYYY-MM-DD; "" for an output made from no input (relief init)
	// Flags are the command-line settings besides the inputs and --as-of
	// that change what the document says (--approved-on, --noticed-on,
	// --year …), in the order given: the same files give the same
	// document only with them.
	Flags []Flag `json:"flags,omitempty"`
}

// Flag is one command-line setting that made an output what it is.
type Flag struct {
	Name  string `json:"name"` // as typed: --approved-on
	Value string `json:"value"`
}

// AddFlag records a setting that changes the output.
func (p *Provenance) AddFlag(name, value string) {
	p.Flags = append(p.Flags, Flag{Name: name, Value: value})
}

// FlagText is the settings as a command line would give them:
// --approved-on 2026-09-25 --noticed-on 2026-09-27; "" when none.
func (p *Provenance) FlagText() string {
	var parts []string
	for _, f := range p.Flags {
		parts = append(parts, f.Name+" "+f.Value)
	}
	return strings.Join(parts, " ")
}

// New starts a record for version, the policy's fingerprint and file,
// and the day of the assessment.
func New(version, policySHA, policyFile, asOf string) *Provenance {
	if policyFile != "" {
		policyFile = filepath.Base(policyFile)
	}
	return &Provenance{Program: Program, Version: version, Policy: Policy{SHA256: policySHA, File: policyFile}, Inputs: []Input{}, AsOf: asOf}
}

// AddFile hashes the file at path and records it under role. A file that
// cannot be read is an *i18n.Error naming it.
func (p *Provenance) AddFile(role, path string) error {
	sum, err := HashFile(path)
	if err != nil {
		return err
	}
	p.Inputs = append(p.Inputs, Input{Role: role, File: filepath.Base(path), SHA256: sum})
	return nil
}

// HashFile returns the SHA-256 of the file's bytes in lower-case hex.
func HashFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return "", &i18n.Error{Msg: i18n.M("provenance.missing", path), Err: err}
		}
		return "", &i18n.Error{Msg: i18n.M("provenance.unreadable", path, err.Error()), Err: err}
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return "", i18n.Errorf("provenance.is-dir", path)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", &i18n.Error{Msg: i18n.M("provenance.unreadable", path, err.Error()), Err: err}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// JSON is the record as one line of JSON, keys in a fixed order: what the
// metadata of a document holds.
func (p *Provenance) JSON() string {
	b, err := json.Marshal(p)
	if err != nil { // a struct of strings always marshals
		return "{}"
	}
	return string(b)
}

// Line is the record as the 说明 line of a document, in Chinese: the
// program and version, the policy, the day and every input with its hash.
func (p *Provenance) Line() string {
	zh := func(key string, args ...any) string { return i18n.M(key, args...).In(i18n.ZH) }
	pol := zh("provenance.policy-builtin")
	if p.Policy.File != "" {
		pol = p.Policy.File
	}
	if len(p.Inputs) == 0 { // made from no input: relief init
		return zh("provenance.line.no-inputs", p.Version, p.Policy.SHA256, pol)
	}
	var ins []string
	for _, in := range p.Inputs {
		ins = append(ins, zh("provenance.line.input", in.File, RoleLabel(in.Role, i18n.ZH), in.SHA256))
	}
	asOf := p.AsOf
	if asOf == "" {
		asOf = "—"
	}
	line := zh("provenance.line", p.Version, p.Policy.SHA256, pol, asOf, strings.Join(ins, "；"))
	if f := p.FlagText(); f != "" {
		line += zh("provenance.line.flags", f)
	}
	return line
}

// RoleLabel names a role for a person: 申报工作簿, 上年救助名单 ….
func RoleLabel(role string, l i18n.Lang) string {
	key := "provenance.role." + role
	if !i18n.Has(key) {
		return role
	}
	return i18n.M(key).In(l)
}

// Parse reads a record from its JSON. It is an error when the text is no
// record of relief's.
func Parse(s string) (*Provenance, error) {
	var p Provenance
	if err := json.Unmarshal([]byte(strings.TrimSpace(s)), &p); err != nil {
		return nil, err
	}
	if p.Program != Program || p.Policy.SHA256 == "" {
		return nil, errors.New("not a relief provenance record")
	}
	if p.Inputs == nil {
		p.Inputs = []Input{}
	}
	return &p, nil
}
