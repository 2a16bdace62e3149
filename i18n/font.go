package i18n

// Messages of templates/font and templates/layout: the PDF font and the
// page layout.
func init() {
	add(map[string]Text{
		"font.missing": {
			ZH: "找不到字体文件 %[1]s：请检查 --font（或政策配置 notice.font）写的路径",
			EN: "font file %[1]s not found: check the path given to --font (or notice.font in the policy)",
		},
		"font.read": {
			ZH: "无法读取字体文件 %[1]s（%[2]s）：请检查该文件是否存在、能否打开",
			EN: "cannot read the font file %[1]s (%[2]s): check that it exists and can be opened",
		},
		"font.is-dir": {
			ZH: "%[1]s 是文件夹，不是字体文件：请在 --font（或政策配置 notice.font）中写字体文件本身，如 C:\\Windows\\Fonts\\simfang.ttf",
			EN: "%[1]s is a folder, not a font file: give --font (or notice.font in the policy) the font file itself, e.g. C:\\Windows\\Fonts\\simfang.ttf",
		},
		"font.too-big": {
			ZH: "%[1]s 超过 %[2]d MB，不是字体文件：请检查 --font（或政策配置 notice.font）写的文件",
			EN: "%[1]s is larger than %[2]d MB and is not a font: check the file given to --font (or notice.font in the policy)",
		},
		"font.not-font": {
			ZH: "%[1]s 不是 TrueType 字体文件：请换用 .ttf 或 .ttc 字体，例如 Windows 的仿宋 simfang.ttf 或宋体 simsun.ttc",
			EN: "%[1]s is not a TrueType font: use a .ttf or .ttc font instead, e.g. Windows 仿宋 simfang.ttf or 宋体 simsun.ttc",
		},
		"font.cff": {
			ZH: "%[1]s 是 CFF（PostScript 轮廓）格式的 OpenType 字体（如思源、Noto CJK），本程序无法嵌入：请换用 TrueType 字体，例如 Windows 的仿宋 simfang.ttf、宋体 simsun.ttc 或霞鹜文楷 LXGW WenKai",
			EN: "%[1]s is an OpenType font with CFF (PostScript) outlines (like Source Han or Noto CJK), which cannot be embedded: use a TrueType font instead, e.g. Windows 仿宋 simfang.ttf, 宋体 simsun.ttc or LXGW WenKai",
		},
		"font.face": {
			ZH: "%[1]s 中没有第 %[2]d 号字体（共 %[3]d 个，编号 0 到 %[4]d）：请在文件名后写 :0 到 :%[4]d",
			EN: "%[1]s has no face %[2]d (it has %[3]d, numbered 0 to %[4]d): write :0 to :%[4]d after the file name",
		},
		"font.damaged": {
			ZH: "字体文件 %[1]s 已损坏或无法识别（%[2]s）：请换一个字体文件",
			EN: "the font file %[1]s is damaged or not understood (%[2]s): use another font file",
		},
		"font.no-unicode": {
			ZH: "字体 %[1]s 没有 Unicode 字符映射表，不能用于中文：请换用中文 TrueType 字体，例如仿宋 simfang.ttf 或宋体 simsun.ttc",
			EN: "the font %[1]s has no Unicode character map and cannot set Chinese: use a Chinese TrueType font, e.g. 仿宋 simfang.ttf or 宋体 simsun.ttc",
		},
		"font.no-embed": {
			ZH: "字体 %[1]s 的授权不允许嵌入或拆分到 PDF 中：请换用允许嵌入的字体，例如仿宋 simfang.ttf、宋体 simsun.ttc 或霞鹜文楷 LXGW WenKai",
			EN: "the licence of the font %[1]s forbids embedding it (or a subset of it) in a PDF: use a font that allows it, e.g. 仿宋 simfang.ttf, 宋体 simsun.ttc or LXGW WenKai",
		},
		"layout.missing-glyph": {
			ZH: "字体“%[3]s”中没有“%[1]s”（%[2]s）这个字：请用 --font 指定含有这个字的字体，例如 Windows 的仿宋 simfang.ttf、宋体 simsun.ttc，或霞鹜文楷 LXGW WenKai",
			EN: "the font %[3]s has no glyph for %[1]q (%[2]s): choose a font that has it with --font, e.g. Windows 仿宋 simfang.ttf, 宋体 simsun.ttc or LXGW WenKai",
		},
		"layout.astral-glyph": {
			ZH: "“%[1]s”（%[2]s）是基本多文种平面以外的生僻字，本程序无论用什么字体都无法把它写进 PDF：请在工作簿中改用常用字，打印后再手写更正",
			EN: "%[1]q (%[2]s) lies outside the Basic Multilingual Plane and cannot be written into the PDF with any font: use a common character in the workbook and correct it by hand after printing",
		},
		"layout.pdf": {
			ZH: "生成 PDF 失败（%[1]s）：请把所用命令和工作簿报告给系统维护人员",
			EN: "could not make the PDF (%[1]s): please report the command and the workbook to the maintainers",
		},
	})
}
