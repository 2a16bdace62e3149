// Package templates makes relief's documents as PDF: the public notice
// (公示, §5 step 6 and §6.3.4) of the selected applicants, one 救助通知书
// per selected applicant, and a 不予救助告知书 per ineligible applicant
// with the way to ask for a re-check (§6.3.5).
//
// The wording lives in text/template files (text/*.tmpl, embedded; a
// township may export and edit them, see Load and Export). A template's
// output is cut into blocks, one per line: a plain line is a paragraph, a
// line that starts with @ is a directive (@title, @line, @table, @space,
// @issuer, @date). The blocks are drawn by package layout in the manner of
// GB/T 9704-2012 with a font from package font, loaded once per run.
//
// The data a template sees (NoticeData, LetterData, RejectionData) holds
// no identity number, phone or address of any applicant: the notice's
// table shows identity numbers masked (MaskID), and nothing else shows them.
package templates
