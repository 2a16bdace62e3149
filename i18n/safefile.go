package i18n

func init() {
	add(map[string]Text{
		"safefile.is-dir": {ZH: "“%[1]s”是一个文件夹：请给出要写入的文件名", EN: "%[1]s is a folder: give a file name to write"},
		"safefile.create": {ZH: "无法在“%[1]s”处创建文件（%[2]s）：请检查文件夹是否存在、是否有写入权限", EN: "cannot create %[1]s (%[2]s): check that the folder exists and is writable"},
		"safefile.write":  {ZH: "写入“%[1]s”失败（%[2]s）：原文件未改动；请检查磁盘空间和权限，或关闭正在打开该文件的程序后重试", EN: "writing %[1]s failed (%[2]s): any existing file is unchanged; check disk space and permissions, or close the program that has it open, and try again"},
		"safefile.fill": {
			ZH: "生成“%[1]s”时出错（%[2]s）：没有写入该文件，原文件未改动；请把所用命令和工作簿报告给系统维护人员",
			EN: "making %[1]s failed (%[2]s): nothing was written and any existing file is unchanged; please report the command and the workbook to the maintainers",
		},
		"safefile.not-regular": {
			ZH: "“%[1]s”不是普通文件（是%[2]s）：relief 不会写入或替换它；请另给一个文件名",
			EN: "%[1]s is not a regular file (it is %[2]s): relief will not write to it or replace it; give another file name",
		},
		"safefile.not-regular-in": {
			ZH: "“%[1]s”不是普通文件（是%[2]s），无法读取：请给出一个文件",
			EN: "%[1]s is not a regular file (it is %[2]s) and cannot be read: give a file",
		},
		"safefile.kind.fifo":   {ZH: "命名管道", EN: "a named pipe (FIFO)"},
		"safefile.kind.device": {ZH: "设备", EN: "a device"},
		"safefile.kind.socket": {ZH: "套接字", EN: "a socket"},
		"safefile.kind.other":  {ZH: "特殊文件", EN: "a special file"},
		"safefile.stopped":     {ZH: "已中断", EN: "interrupted"},

		"safefile.reason.disk-full":     {ZH: "磁盘空间已满", EN: "the disk is full"},
		"safefile.reason.in-use":        {ZH: "文件正被其他程序打开", EN: "another program has the file open"},
		"safefile.reason.read-only":     {ZH: "磁盘是只读的", EN: "the disk is read-only"},
		"safefile.reason.permission":    {ZH: "没有权限", EN: "permission denied"},
		"safefile.reason.not-exist":     {ZH: "文件或文件夹不存在", EN: "no such file or folder"},
		"safefile.reason.name-too-long": {ZH: "文件名太长", EN: "the file name is too long"},
		"safefile.reason.not-dir":       {ZH: "路径中有一段是文件而不是文件夹", EN: "a part of the path is a file, not a folder"},
		"safefile.reason.is-dir":        {ZH: "这是一个文件夹", EN: "it is a folder"},
		"safefile.reason.io":            {ZH: "磁盘读写错误", EN: "a disk input/output error"},
		"safefile.reason.other":         {ZH: "%[1]s", EN: "%[1]s"},

		"safefile.bad-name": {
			ZH: "内部错误：“%[1]s”不能用作文件夹中的文件名；请把所用命令和工作簿报告给系统维护人员",
			EN: "internal error: %[1]q cannot be a file name in the folder; please report the command and the workbook to the maintainers",
		},
		"safefile.set-dir": {
			ZH: "无法写入文件夹“%[1]s”（%[2]s）：请检查路径和写入权限，或换一个文件夹",
			EN: "cannot write the folder %[1]s (%[2]s): check the path and permissions, or choose another folder",
		},
		"safefile.set-not-dir": {
			ZH: "“%[1]s”是一个文件，不是文件夹：请给出要写入的文件夹",
			EN: "%[1]s is a file, not a folder: give the folder to write into",
		},
		"safefile.set-used": {
			ZH: "文件夹“%[1]s”中已有文件（如“%[2]s”）：请换一个空文件夹，或加 --replace 删除上次生成的文件后重新写入",
			EN: "the folder %[1]s already holds files (%[2]s, for one): choose an empty folder, or add --replace to remove the files of the last run and write anew",
		},
		"safefile.set-no-record": {
			ZH: "文件夹“%[1]s”中已有文件（如“%[2]s”），但没有 relief 生成文件的清单（%[3]s），无法分辨哪些是 relief 生成的，--replace 不会删除它们：请换一个空文件夹，或自己清空该文件夹",
			EN: "the folder %[1]s holds files (%[2]s, for one) but no list of the files relief wrote (%[3]s), so relief cannot tell its files from others and --replace removes none: choose an empty folder, or empty it yourself",
		},
		"safefile.set-foreign": {
			ZH: "文件夹“%[1]s”中的“%[2]s”不是 relief 上次生成的，本次要写入同名文件：请把它移走或改名后重试",
			EN: "%[2]s in the folder %[1]s was not written by relief, and this run writes a file of that name: move or rename it, and try again",
		},
		"safefile.set-write": {
			ZH: "写入“%[1]s”失败（%[2]s）：没有写入任何文件，文件夹“%[3]s”保持原样；请检查磁盘空间和权限后重试",
			EN: "writing %[1]s failed (%[2]s): no file was written and the folder %[3]s is as it was; check disk space and permissions, and try again",
		},
		"safefile.set-commit": {
			ZH: "把新文件移入文件夹“%[1]s”时失败（%[2]s）：文件夹中可能只有部分新文件；请解决问题后加 --replace 重新运行",
			EN: "moving the new files into the folder %[1]s failed (%[2]s): it may hold only some of them; fix the cause and run again with --replace",
		},
	})
}
