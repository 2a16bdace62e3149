package i18n

func init() {
	add(map[string]Text{
		"safefile.is-dir": {ZH: "“%[1]s”是一个文件夹：请给出要写入的文件名", EN: "%[1]s is a folder: give a file name to write"},
		"safefile.create": {ZH: "无法在“%[1]s”处创建文件（%[2]s）：请检查文件夹是否存在、是否有写入权限", EN: "cannot create %[1]s (%[2]s): check that the folder exists and is writable"},
		"safefile.write":  {ZH: "写入“%[1]s”失败（%[2]s）：原文件未改动；请检查磁盘空间和权限，或关闭正在打开该文件的程序后重试", EN: "writing %[1]s failed (%[2]s): any existing file is unchanged; check disk space and permissions, or close the program that has it open, and try again"},
	})
}
