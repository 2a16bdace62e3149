package safefile

import (
	"errors"
	"io/fs"
	"os"
	"syscall"

	"relief/i18n"
)

// Reason is the cause of a file error in the user's language, without the
// path, which the message around it names already: "the disk is full"
// rather than "write /tmp/.x.tmp: no space left on device". A cause it
// does not know is the system's own words.
func Reason(err error) i18n.Msg {
	switch {
	case errIn(err, diskFull):
		return i18n.M("safefile.reason.disk-full")
	case errIn(err, inUse):
		return i18n.M("safefile.reason.in-use")
	case errors.Is(err, syscall.EROFS):
		return i18n.M("safefile.reason.read-only")
	case errors.Is(err, fs.ErrPermission):
		return i18n.M("safefile.reason.permission")
	case errors.Is(err, fs.ErrNotExist):
		return i18n.M("safefile.reason.not-exist")
	case errors.Is(err, syscall.ENAMETOOLONG):
		return i18n.M("safefile.reason.name-too-long")
	case errors.Is(err, syscall.ENOTDIR):
		return i18n.M("safefile.reason.not-dir")
	case errors.Is(err, ErrIsDir), errors.Is(err, syscall.EISDIR):
		return i18n.M("safefile.reason.is-dir")
	case errors.Is(err, syscall.EIO):
		return i18n.M("safefile.reason.io")
	}
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	switch {
	case errors.As(err, &pe):
		err = pe.Err
	case errors.As(err, &le):
		err = le.Err
	case errors.As(err, &se):
		err = se.Err
	}
	return i18n.M("safefile.reason.other", err.Error())
}

func errIn(err error, errnos []syscall.Errno) bool {
	var e syscall.Errno
	if !errors.As(err, &e) {
		return false
	}
	for _, x := range errnos {
		if e == x {
			return true
		}
	}
	return false
}
