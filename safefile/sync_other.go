//go:build !linux

package safefile

import "os"

// syncEach is whether each file of a set is synced as it is written: here
// it is (no system call syncs a whole file system).
const syncEach = true

// syncSet makes the set written into the folder tmp durable: its files
// are synced already; the folder's entries are synced where the system
// can (Windows cannot open a folder for it).
func syncSet(tmp string) error {
	syncDir(tmp)
	return nil
}

// startWriteback does nothing: each file is synced as it is written.
func startWriteback(*os.File) {}
