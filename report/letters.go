package report

import (
	"io"

	"relief/assessment"
	"relief/i18n"
	"relief/templates"
)

// LettersSchema names the JSON contract of relief letters --format json.
const LettersSchema = "relief.letters/v1"

// LettersRun is what one run of relief letters wrote, and whom it left
// out.
type LettersRun struct {
	Output  string // -o, "" when not given
	Split   string // --split, "" when not given
	Files   int    // files written under Split
	Sent    []templates.Recipient
	Skipped []templates.Skip
}

type lettersSent struct {
	Kind string `json:"kind"` // letter | rejection
	Seq  int    `json:"seq"`
	Row  int    `json:"row"`
	Name string `json:"name"`
	File string `json:"file"` // the input file the row was read from
}

type lettersSkipped struct {
	Kind   string `json:"kind"` // letter | rejection
	Row    int    `json:"row"`
	Name   string `json:"name"`
	Stage  string `json:"stage,omitempty"`
	Code   string `json:"code"`
	Reason string `json:"reason"`
	File   string `json:"file"` // the input file the row was read from
}

type lettersDoc struct {
	Schema     string           `json:"schema"`
	Workbook   string           `json:"workbook"`
	Files      []string         `json:"files"` // the input files read, as in every report
	AsOf       string           `json:"as_of"`
	Output     string           `json:"output,omitempty"`
	Split      string           `json:"split,omitempty"`
	SplitFiles int              `json:"split_files,omitempty"` // the files written under Split
	Letters    int              `json:"letters"`
	Rejections int              `json:"rejections"`
	Sent       []lettersSent    `json:"sent"`
	Skipped    []lettersSkipped `json:"skipped"`
}

func letterKind(rejection bool) string {
	if rejection {
		return "rejection"
	}
	return "letter"
}

// Letters writes the JSON report of a letters run: the letters written
// (none when the run failed) and every person left out with the reason.
func Letters(w io.Writer, r *assessment.Result, run LettersRun, l i18n.Lang) error {
	doc := lettersDoc{Schema: LettersSchema, Workbook: r.Workbook.Path, Files: append([]string{}, r.Files()...), AsOf: r.AsOf.String(),
		Output: run.Output, Split: run.Split, SplitFiles: run.Files,
		Sent: []lettersSent{}, Skipped: []lettersSkipped{}}
	for _, s := range run.Sent {
		if s.Rejection {
			doc.Rejections++
		} else {
			doc.Letters++
		}
		doc.Sent = append(doc.Sent, lettersSent{Kind: letterKind(s.Rejection), Seq: s.Seq, File: s.File, Row: s.Row, Name: s.Name})
	}
	for _, s := range run.Skipped {
		doc.Skipped = append(doc.Skipped, lettersSkipped{Kind: letterKind(s.Rejection), File: s.File, Row: s.Row, Name: s.Name,
			Stage: string(s.Stage), Code: s.Code, Reason: s.Msg.In(l)})
	}
	return writeJSON(w, doc)
}
