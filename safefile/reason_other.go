//go:build !windows

package safefile

import "syscall"

var (
	diskFull = []syscall.Errno{syscall.ENOSPC, syscall.EDQUOT}
	inUse    = []syscall.Errno{syscall.ETXTBSY, syscall.EBUSY}
)
