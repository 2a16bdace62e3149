package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// syncEach is whether each file of a set is synced as it is written. On
// Linux the whole set is synced at once by syncSet instead: one syncfs
// costs what a few fsyncs do, where one fsync a file made writing 25,000
// letters wait seconds on the disk.
const syncEach = false

// syncSet makes the set written into the folder tmp durable before it is
// committed: syncfs on its file system, else (a kernel without it) every
// file and folder in it one by one.
func syncSet(tmp string) error {
	d, err := os.Open(tmp)
	if err != nil {
		return err
	}
	err = unix.Syncfs(int(d.Fd()))
	d.Close()
	if !errors.Is(err, unix.ENOSYS) {
		return err
	}
	return filepath.WalkDir(tmp, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		return err
	})
}

// startWriteback asks the system to start writing f to the disk now,
// without waiting: the set's files then reach the disk while the next are
// being made, and syncSet finds little left to write (a hint; syncSet
// reports what fails).
func startWriteback(f *os.File) {
	unix.SyncFileRange(int(f.Fd()), 0, 0, unix.SYNC_FILE_RANGE_WRITE)
}
