//go:build !windows

package safefile

import "syscall"

func mkfifo(path string) error { return syscall.Mkfifo(path, 0o644) }

func umask(m int) int { return syscall.Umask(m) }
