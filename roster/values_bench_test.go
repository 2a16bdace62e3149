package roster

import "testing"

// A members row runs a name, an identity number, a choice, two dates and
// some text through the parsers: these measure the per-cell cost.

func BenchmarkParseID(b *testing.B) {
	id := validID(b, "15082419820916105")
	for b.Loop() {
		parseID(id, false)
	}
}

func BenchmarkParseDay(b *testing.B) {
	for b.Loop() {
		parseDay("2026年9月5日", false, false, false)
		parseDay("44197", true, false, true)
	}
}

func BenchmarkParseChoice(b *testing.B) {
	f := Members.Field("member_type")
	for b.Loop() {
		parseChoice("预备党员", f)
	}
}

func BenchmarkParseList(b *testing.B) {
	f := Applicants.Field("hardship_causes")
	for b.Loop() {
		parseList("疾病、子女上学", f)
	}
}

func BenchmarkNormalizeName(b *testing.B) {
	for b.Loop() {
		normalizeName("阿拉坦·其其格")
	}
}

func BenchmarkMatchHeader(b *testing.B) {
	for b.Loop() {
		matchHeader(&Applicants, "家庭年收入\n（元）")
	}
}
