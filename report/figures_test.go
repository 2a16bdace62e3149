package report

import (
	"math/big"
	"strings"
	"testing"

	"relief/policy"
)

func TestTemplateFigures(t *testing.T) {
	var b strings.Builder
	for _, f := range TemplateFigures(policy.Default()) {
		b.WriteString(f.Item + "|" + f.Value + "|" + f.Clause + "\n")
	}
	text := b.String()
	for _, want := range []string{
		"救助名额|党员总数的 2.5%（全旗统一计算，四舍五入取整）|§2",
		"救助标准|每人每年约 1,000 元",
		"特别困难|每人 1,500 元|§2",
		"一般困难|每人 500 元|§2",
		"党员大会赞成率|不低于 65%（以实到会有表决权党员数为基数）",
		"|§6.3.3",
		"办理时限|自申报之日起 60 日内办结|§5.6",
		"不予救助的违纪违法情形|赌博、吸毒、违反计划生育、其他违纪违法（有其中任一项的不予救助）|§4.1",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("figures lack %q:\n%s", want, text)
		}
	}
	// An empty policy shows its figures as unset rather than zero.
	for _, f := range TemplateFigures(&policy.Policy{}) {
		if strings.Contains(f.Value, "0%") || strings.Contains(f.Value, " 0 ") {
			t.Errorf("unset figure shown as zero: %+v", f)
		}
	}
}

func TestPercent(t *testing.T) {
	for in, want := range map[string]string{"0.025": "2.5%", "0.65": "65%", "2/3": "66.6667%", "1": "100%", "0.0001": "0.01%"} {
		r, _ := new(big.Rat).SetString(in)
		if got := percent(policy.Ratio{R: r}); got != want {
			t.Errorf("percent(%s) = %s, want %s", in, got, want)
		}
	}
}
