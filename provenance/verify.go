package provenance

// FileCheck is one file given to relief verify, against a record.
type FileCheck struct {
	Path   string
	SHA256 string
	Input  *Input // the recorded input with the same bytes; nil when none
}

// Verification says whether a document was made from the files given
// and under the policy given.
type Verification struct {
	Record      *Provenance
	Files       []FileCheck
	Missing     []Input // recorded inputs that no file given matches
	PolicySHA   string  // the fingerprint of the policy compared with
	PolicyMatch bool
}

// OK reports whether the files given are exactly the document's inputs
// (every one matched, none left over) and the policy is the same.
func (v *Verification) OK() bool {
	if !v.PolicyMatch || len(v.Missing) > 0 || len(v.Files) == 0 {
		return false
	}
	for _, f := range v.Files {
		if f.Input == nil {
			return false
		}
	}
	return true
}

// Verify compares a document's record with files (hashed here) and with
// the fingerprint of a policy. A file that cannot be read is an
// *i18n.Error.
func Verify(rec *Provenance, files []string, policySHA string) (*Verification, error) {
	v := &Verification{Record: rec, PolicySHA: policySHA, PolicyMatch: policySHA == rec.Policy.SHA256}
	used := make([]bool, len(rec.Inputs))
	for _, path := range files {
		sum, err := HashFile(path)
		if err != nil {
			return nil, err
		}
		fc := FileCheck{Path: path, SHA256: sum}
		for i := range rec.Inputs {
			if rec.Inputs[i].SHA256 == sum {
				fc.Input = &rec.Inputs[i]
				used[i] = true
				break
			}
		}
		v.Files = append(v.Files, fc)
	}
	for i, in := range rec.Inputs {
		if !used[i] {
			v.Missing = append(v.Missing, in)
		}
	}
	return v, nil
}
