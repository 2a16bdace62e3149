package i18n

// Messages of the audit trail (package provenance) and of relief verify.
func init() {
	add(map[string]Text{
		"provenance.missing": {
			ZH: "找不到文件“%[1]s”：请检查文件名和所在文件夹",
			EN: "file %[1]s not found: check the name and the folder",
		},
		"provenance.unreadable": {
			ZH: "无法读取文件“%[1]s”（%[2]s）：请检查文件权限，或先关闭正在使用它的程序",
			EN: "cannot read %[1]s (%[2]s): check its permissions, or close the program using it",
		},
		"provenance.is-dir": {
			ZH: "“%[1]s”是文件夹，不是文件：请写出文件名",
			EN: "%[1]s is a folder, not a file: name the file",
		},
		"provenance.none": {
			ZH: "“%[1]s”中没有 relief 的生成记录：它不是 relief 生成的文件（PDF、工作簿或 --format json 的输出），或由较早的版本生成，或已被其他程序另存",
			EN: "%[1]s holds no record of relief: it is not a file relief wrote (a PDF, a workbook or --format json output), or an older version wrote it, or another program saved it again",
		},
		"provenance.encrypted": {
			ZH: "工作簿“%[1]s”设有密码：请用 --password 给出打开密码",
			EN: "workbook %[1]s is password-protected: give its password with --password",
		},
		"provenance.password": {
			ZH: "无法打开设有密码的工作簿“%[1]s”：密码不对，请检查 --password",
			EN: "cannot open the password-protected workbook %[1]s: the password is wrong; check --password",
		},
		"provenance.policy-builtin": {ZH: "内置政策", EN: "built-in policy"},
		"provenance.line": {
			ZH: "说明：本文件由 relief %[1]s 生成；政策指纹 sha256:%[2]s（%[3]s）；核查日期 %[4]s；输入文件：%[5]s。可用 relief verify 本文件 输入文件… 核对。",
			EN: "Note: made by relief %[1]s; policy fingerprint sha256:%[2]s (%[3]s); as of %[4]s; input files: %[5]s. Check with relief verify THIS-FILE INPUT-FILES….",
		},
		"provenance.line.input": {ZH: "%[1]s（%[2]s，sha256:%[3]s）", EN: "%[1]s (%[2]s, sha256:%[3]s)"},
		"provenance.line.no-inputs": {
			ZH: "说明：本文件由 relief %[1]s 生成；政策指纹 sha256:%[2]s（%[3]s）。",
			EN: "Note: made by relief %[1]s; policy fingerprint sha256:%[2]s (%[3]s).",
		},
		"provenance.role.workbook": {ZH: "申报工作簿", EN: "workbook"},
		"provenance.role.previous": {ZH: "上年救助名单", EN: "last year's recipients"},
		"provenance.role.review":   {ZH: "考评表", EN: "evaluation form"},
		"provenance.role.members":  {ZH: "党员名册", EN: "members roster"},
	})
}

func init() {
	add(map[string]Text{
		"cmd.arg-verify": {ZH: "一个 relief 生成的文件，和生成它的输入文件", EN: "a document relief wrote, then the input files it was made from"},
		"provenance.line.flags": {
			ZH: "生成时另加的参数：%[1]s。",
			EN: " Made with: %[1]s.",
		},
		"verify.flags": {
			ZH: "生成时另加的参数：%[1]s（用同样的文件和参数重新运行，才会得到同样的结果）",
			EN: "made with: %[1]s (the same files give the same result only with these)",
		},
		"verify.document": {
			ZH: "%[1]s：由 relief %[2]s 生成，核查日期 %[3]s",
			EN: "%[1]s: made by relief %[2]s, as of %[3]s",
		},
		"verify.policy-same": {
			ZH: "政策：与当前政策（%[3]s）相同，政策指纹 sha256:%[1]s（生成时：%[2]s）",
			EN: "policy: the same as the current one (%[3]s), fingerprint sha256:%[1]s (when made: %[2]s)",
		},
		"verify.policy-differs": {
			ZH: "政策：不同。生成时为 sha256:%[1]s（%[2]s），当前政策（%[4]s）为 sha256:%[3]s；请用 --policy 指定当时的政策文件再核对",
			EN: "policy: different. When made: sha256:%[1]s (%[2]s); the current policy (%[4]s): sha256:%[3]s; give the policy file used then with --policy",
		},
		"verify.file-match": {
			ZH: "  一致　%[1]s：即生成时的%[2]s“%[3]s”（sha256:%[4]s）",
			EN: "  match   %[1]s: the %[2]s %[3]s it was made from (sha256:%[4]s)",
		},
		"verify.file-unknown": {
			ZH: "  不符　%[1]s：不是生成该文件的输入（sha256:%[2]s）；文件内容已改动，或不是这一个文件",
			EN: "  differs %[1]s: not an input of the document (sha256:%[2]s); it was changed since, or is another file",
		},
		"verify.file-missing": {
			ZH: "  缺少　生成时的%[1]s“%[2]s”（sha256:%[3]s）未给出或已改动",
			EN: "  missing the %[1]s %[2]s it was made from (sha256:%[3]s) was not given, or has changed",
		},
		"verify.ok":     {ZH: "结论：该文件由所给文件在该政策下生成。", EN: "Verified: the document was made from these files under this policy."},
		"verify.not-ok": {ZH: "结论：不能确认该文件由所给文件在该政策下生成（见上）。", EN: "Not verified: the document was not made from exactly these files under this policy (see above)."},
	})
}
