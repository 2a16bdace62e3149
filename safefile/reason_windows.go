package safefile

import "syscall"

// Windows' codes for a full disk (ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL)
// and for a file another program holds open (ERROR_SHARING_VIOLATION,
// ERROR_LOCK_VIOLATION: Excel and WPS lock the workbook they show).
var (
	diskFull = []syscall.Errno{39, 112}
	inUse    = []syscall.Errno{32, 33}
)
