package safefile

import "syscall"

// hide gives p the hidden attribute, as a leading dot hides it elsewhere:
// a temporary folder is no business of a clerk printing the letters.
func hide(p string) {
	if name, err := syscall.UTF16PtrFromString(p); err == nil {
		if attrs, err := syscall.GetFileAttributes(name); err == nil {
			syscall.SetFileAttributes(name, attrs|syscall.FILE_ATTRIBUTE_HIDDEN)
		}
	}
}
