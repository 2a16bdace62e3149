package templates

// The documents of a banner-wide run written per township: one notice a
// township (notice --by-township), the letters in a subfolder a township
// (letters --split), grouped by the township the quota counts (the
// roster's, §3.5), in the budget's order.

import (
	"io"
	"strconv"
	"strings"

	"relief/assessment"
	"relief/eligibility"
	"relief/safefile"
)

// NoticeSuffix ends the file name of a township's notice: 乌加河镇公示.pdf.
const NoticeSuffix = "公示.pdf"

// NoticesByTownship writes one notice per township into dir (through
// safefile.WriteSet), each listing that township's selected applicants
// by rank, numbered from 1, since a notice is posted where the members
// live: 乌加河镇公示.pdf …. Every notice is laid out before any file is
// written, so a character the font lacks stops the run with nothing
// written.
func NoticesByTownship(dir string, res *assessment.Result, o Options) (Stats, error) {
	explicit := !o.Settings.Start.IsZero()
	o.Settings = o.Settings.withDefaults()
	list, err := listNotice(res, o.All)
	if err != nil {
		return Stats{}, err
	}
	if !explicit && !list.postedSame.IsZero() {
		o.Settings.Start = list.postedSame // a reprint: the period posted
	}
	sel := list.people
	if err := checkBudget(res); err != nil {
		return Stats{}, err
	}
	groups := byTownship(res, sel)
	folders := townshipFolders(groups)
	files := make([]safefile.SetFile, len(groups))
	st := Stats{People: len(sel), Files: len(groups), Unapproved: list.unapproved, Fresh: list.fresh}
	st.Start, st.End = Period(o.Settings.Start, o.Settings.Days)
	for i, g := range groups {
		tl := list.township(res, g.name, g.decisions, o.All)
		st.Supplementary = st.Supplementary || tl.supplementary
		st.Posted += tl.posted
		doc, err := o.noticeDoc(tl, g.name)
		if err != nil {
			return Stats{}, err
		}
		st.Pages += doc.Pages()
		people := g.decisions
		files[i] = safefile.SetFile{Name: folders[i] + NoticeSuffix, Write: func(w io.Writer) error { return o.finish(doc, w, people) }}
	}
	if err := safefile.WriteSet(dir, files, o.Set); err != nil {
		return Stats{}, err
	}
	return st, nil
}

// townshipGroup is the decisions of one township, in the order given.
type townshipGroup struct {
	name      string // as written, trimmed; "" when not given
	decisions []*eligibility.Decision
}

// byTownship groups ds by township (spaces around the name ignored, as
// the budget does): in the budget's order of townships, then in order of
// first appearance.
func byTownship(res *assessment.Result, ds []*eligibility.Decision) []townshipGroup {
	at := map[string]int{}
	var groups []townshipGroup
	if res.Budget != nil {
		for _, t := range res.Budget.Townships {
			if _, ok := at[t.Name]; !ok {
				at[t.Name] = len(groups)
				groups = append(groups, townshipGroup{name: t.Name})
			}
		}
	}
	for _, d := range ds {
		t := township(d)
		i, ok := at[t]
		if !ok {
			i = len(groups)
			at[t] = i
			groups = append(groups, townshipGroup{name: t})
		}
		groups[i].decisions = append(groups[i].decisions, d)
	}
	out := groups[:0]
	for _, g := range groups {
		if len(g.decisions) > 0 {
			out = append(out, g)
		}
	}
	return out
}

// townshipFolders names each group's files or folder after its township,
// safe for a file name (SafeName); two townships whose names come out the
// same get -2, -3 ….
func townshipFolders(groups []townshipGroup) []string {
	out := make([]string, len(groups))
	used := map[string]bool{}
	for i, g := range groups {
		base := SafeName(g.name)
		if g.name == "" {
			base = NoTownship
		}
		name := base
		for n := 2; used[strings.ToLower(name)]; n++ {
			name = base + "-" + strconv.Itoa(n)
		}
		used[strings.ToLower(name)] = true
		out[i] = name
	}
	return out
}

// NoTownship names the files of applicants whose township was not given.
const NoTownship = "未填苏木镇"
