package layout

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"testing"
	"time"

	"relief/templates/font"
)

// Names of the benchmark letters: varied, so that each letter's subset
// differs, as in a real run.
var benchSurnames = []rune("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")

func benchName(i int) string {
	s := benchSurnames
	return string([]rune{s[i%len(s)], s[(i*7+3)%len(s)], s[(i*13+5)%len(s)]})
}

// letter draws one letter-like page: a title, a salutation, three
// paragraphs and the sign-off.
func letter(d *Doc, i int) {
	d.Title("救助通知书")
	d.Line(benchName(i) + "同志：")
	d.Paragraph(fmt.Sprintf("经个人申请、党支部入户调查核实、党员大会评议审查、苏木镇党委复核并报旗委组织部审定，你符合《乌拉特中旗困难党员互助救助工作实施意见》第四条规定的救助条件，决定给予你2026年度困难党员救助金%d,000.00元（大写：壹仟元整）。", 1+i%3), true)
	d.Paragraph("救助金于年底发放。请持本通知书和本人身份证到所在苏木镇党委领取。", true)
	d.Paragraph("如有疑问，请与所在党支部或苏木镇党委联系，也可向旗委组织部咨询。", true)
	d.Closing("中共乌拉特中旗委员会组织部", "2026年11月30日")
}

var benchMeta = Meta{Title: "救助通知书", Creator: "relief", Created: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)}

func BenchmarkOnePDF1000Pages(b *testing.B) {
	f, err := font.Load("")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		d, _ := New(f, benchMeta)
		for i := range 1000 {
			d.NewSection()
			letter(d, i)
		}
		if err := d.Write(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSplit1000Files makes 1,000 one-letter PDFs on GOMAXPROCS
// goroutines sharing one font, as relief letters --split does.
func BenchmarkSplit1000Files(b *testing.B) {
	f, err := font.Load("")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		jobs := make(chan int)
		var wg sync.WaitGroup
		var once sync.Once
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := range jobs {
					d, _ := New(f, benchMeta)
					letter(d, i)
					if err := d.Write(io.Discard); err != nil {
						once.Do(func() { b.Error(err) })
					}
				}
			})
		}
		for i := range 1000 {
			jobs <- i
		}
		close(jobs)
		wg.Wait()
	}
}

// BenchmarkSplit1000FilesSerial is BenchmarkSplit1000Files on one goroutine.
func BenchmarkSplit1000FilesSerial(b *testing.B) {
	f, err := font.Load("")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for i := range 1000 {
			d, _ := New(f, benchMeta)
			letter(d, i)
			if err := d.Write(io.Discard); err != nil {
				b.Fatal(err)
			}
		}
	}
}
