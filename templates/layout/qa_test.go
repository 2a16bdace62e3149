package layout

import (
	"strings"
	"testing"
)

// noticeLike are the notice's columns (templates.noticeColumns).
func noticeLike() []Column {
	var cols []Column
	for _, c := range []struct {
		h string
		w float64
	}{{"序号", 11}, {"姓名", 18}, {"性别", 11}, {"所属苏木镇", 18}, {"所在党支部", 22}, {"困难原因", 18}, {"救助金额（元）", 18}, {"身份证号码", 40}} {
		cols = append(cols, Column{Header: c.h, Width: c.w, Align: 'C'})
	}
	return cols
}

// texts returns the text drawn on the document's pages.
func texts(d *Doc) []string {
	var out []string
	for _, p := range d.pages {
		for _, o := range p.ops {
			if o.kind == 't' {
				out = append(out, o.s)
			}
		}
	}
	return out
}

// A four-character township in the notice's 18 mm column is drawn on one
// line (the table drops to 10.5 pt for it), not as 乌加河 over a lone 镇;
// a label too long for any column still wraps, losing nothing.
func TestTableKeepsShortLabels(t *testing.T) {
	tests := []struct {
		row   []string
		whole []string // drawn as one line each
	}{
		{[]string{"1", "张三", "男", "乌加河镇", "一支部", "疾病", "1,000.00", "150824********0036"},
			[]string{"乌加河镇", "张三", "1,000.00", "150824********0036"}},
		{[]string{"2", "王秀英", "女", "德岭山镇", "乌梁素太村党支部", "子女上学", "500.00", "150824********0012"},
			[]string{"德岭山镇", "子女上学", "王秀英"}},
	}
	for _, tt := range tests {
		d := newDoc(t)
		d.NewPage()
		d.Table(noticeLike(), [][]string{tt.row})
		if d.Err() != nil {
			t.Fatal(d.Err())
		}
		drawn := texts(d)
		for _, w := range tt.whole {
			found := false
			for _, s := range drawn {
				found = found || s == w
			}
			if !found {
				t.Errorf("%q is not drawn on one line: %q", w, drawn)
			}
		}
	}
	// Too long for any column: wraps, every character kept.
	long := "巴音杭盖苏木巴音杭盖苏木巴音杭盖苏木"
	d := newDoc(t)
	d.NewPage()
	d.Table(noticeLike(), [][]string{{"3", "李四", "男", long, "一支部", "疾病", "500.00", "150824********0012"}})
	if d.Err() != nil {
		t.Fatal(d.Err())
	}
	if got := strings.Join(texts(d), ""); !strings.Contains(got, "巴音杭盖苏") || strings.Count(got, "杭") != 3 {
		t.Errorf("long label: %q", got)
	}
}
