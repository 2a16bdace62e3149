package safefile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"

	"relief/i18n"
)

// SetFile is one file of a set written into a folder.
type SetFile struct {
	// Name is the file's path relative to the folder, with / separators
	// (a subfolder per township, say: 乌加河镇/001-张三.pdf).
	Name string
	// Write writes the file's content. It is called from several
	// goroutines at once, one file each.
	Write func(w io.Writer) error
}

// SetOptions tune WriteSet.
type SetOptions struct {
	// Replace allows a folder that holds the files of an earlier run
	// (--replace): those files, and only those, are removed.
	Replace bool
	// Workers is how many files are made at once; 0 means one per
	// processor, at most 16. Each worker makes one file's content in
	// memory at a time and hands it to be written, so memory is bounded
	// by about twice Workers files, not by the size of the set.
	Workers int
	// Result, if not nil, is filled in with what WriteSet did besides
	// writing the set.
	Result *SetResult
}

// SetResult says what WriteSet did besides writing the set.
type SetResult struct {
	// Removed counts the files of an earlier run that the set replaced or
	// removed (Replace).
	Removed int
	// Kept are files in the folder that no earlier run recorded writing,
	// left as they were, by path relative to the folder (at most
	// maxKept of them); KeptCount counts them all.
	Kept      []string
	KeptCount int
}

// tempMark is in the name of every temporary folder of a set: one left by
// a run that was killed (not interrupted) is recognised and removed by
// Replace.
const tempMark = ".relief-"

const maxKept = 5

// WriteSet writes files into the folder dir. Every command that writes
// several files goes through it, so the folder's rules are the same for
// all:
//
//   - The files are made by Workers goroutines and written into a
//     temporary folder, then made durable (on Linux with one syncfs for
//     the whole set, elsewhere file by file) before it is committed. If
//     dir does not exist, the temporary folder is its hidden sibling
//     (.DIR.relief-….tmp) and is renamed to dir at the end: the folder
//     appears whole or not at all. If dir exists, the temporary folder is
//     hidden inside it (same disk), and the files are moved in at the end
//     under the lock that an interrupt waits for.
//   - A dir that already holds anything is refused unless opt.Replace. With
//     Replace, the files that the folder's record (RecordName) lists are
//     removed, and nothing else; the other files stay and are reported in
//     opt.Result. A folder that holds files but no record is refused even
//     with Replace: relief cannot tell its files from a person's. A file
//     of the new set whose name a person's file already has is refused.
//   - On an error, or on Stop, every worker stops before the temporary
//     folder is removed; dir is as it was.
func WriteSet(dir string, files []SetFile, opt SetOptions) (err error) {
	names := make([]string, len(files))
	seen := make(map[string]bool, len(files))
	for i, f := range files {
		if !setName(f.Name) || seen[strings.ToLower(f.Name)] {
			return i18n.Errorf("safefile.bad-name", f.Name)
		}
		seen[strings.ToLower(f.Name)] = true
		names[i] = f.Name
	}
	old, err := inspect(dir, opt.Replace)
	if err != nil {
		return err
	}
	if old != nil {
		for _, n := range names {
			if _, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(n))); err == nil && !old.record[n] {
				return i18n.Errorf("safefile.set-foreign", dir, n)
			}
		}
	}

	j := &job{target: dir}
	clean := filepath.Clean(dir) // "out/" is out, in the folder "."
	if old != nil {
		j.temp, err = mkdirTemp(clean, tempMark, ".tmp")
	} else {
		parent := filepath.Dir(clean)
		if j.made, err = mkdirParents(parent); err == nil {
			j.temp, err = mkdirTemp(parent, "."+filepath.Base(clean)+tempMark, ".tmp")
		}
	}
	if err != nil {
		for _, d := range j.made {
			os.Remove(d)
		}
		return &i18n.Error{Msg: i18n.M("safefile.set-dir", dir, Reason(err)), Err: err}
	}
	hide(j.temp)
	j.set = &setRun{stop: make(chan struct{})}
	if err := begin(j); err != nil {
		j.drop()
		return err
	}
	defer func() {
		if err != nil {
			j.drop()
		}
		end(j)
	}()

	if err := j.set.write(dir, j.temp, files, opt.Workers); err != nil {
		return err
	}
	if err := writeRecord(filepath.Join(j.temp, RecordName), names); err != nil {
		return setWriteError(dir, RecordName, err)
	}
	if err := syncSet(j.temp); err != nil {
		return &i18n.Error{Msg: i18n.M("safefile.set-dir", dir, Reason(err)), Err: err}
	}
	return commit(j, func() error {
		if old == nil {
			if err := os.Rename(j.temp, clean); err != nil {
				return &i18n.Error{Msg: i18n.M("safefile.set-dir", dir, Reason(err)), Err: err}
			}
			syncDir(filepath.Dir(clean))
			return nil
		}
		removed, err := old.replaceWith(clean, j.temp, names)
		if err != nil {
			return &i18n.Error{Msg: i18n.M("safefile.set-commit", dir, Reason(err)), Err: err}
		}
		if opt.Result != nil {
			opt.Result.Removed = removed
			opt.Result.Kept, opt.Result.KeptCount = old.kept, old.keptCount
		}
		return nil
	})
}

// CheckSet refuses, before any work is done, a folder that WriteSet would
// refuse whatever the set: a file where the folder should be, a folder
// that holds files without opt.Replace, or one with files and no record.
func CheckSet(dir string, opt SetOptions) error {
	_, err := inspect(dir, opt.Replace)
	return err
}

// setName accepts a set's file name: relative, inside the folder, no
// control characters, and not one of WriteSet's own names.
func setName(name string) bool {
	if name == "" || strings.ContainsRune(name, '\\') || !filepath.IsLocal(filepath.FromSlash(name)) || path.Clean(name) != name {
		return false
	}
	for _, r := range name {
		if unicode.IsControl(r) {
			return false
		}
	}
	first, _, _ := strings.Cut(name, "/")
	return !strings.HasPrefix(first, tempMark) && first != RecordName
}

// existing is what a folder that WriteSet writes into already holds.
type existing struct {
	record    map[string]bool // the names the last run recorded
	temps     []string        // temporary folders of killed runs
	kept      []string        // files no run recorded, a few
	keptCount int
}

// inspect checks dir: nil if it does not exist (a new folder); else what
// it holds, refused unless it is empty or replace is set and it has a
// record.
func inspect(dir string, replace bool) (*existing, error) {
	fi, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, &i18n.Error{Msg: i18n.M("safefile.set-dir", dir, Reason(err)), Err: err}
	case !fi.IsDir():
		return nil, i18n.Errorf("safefile.set-not-dir", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("safefile.set-dir", dir, Reason(err)), Err: err}
	}
	ex := &existing{record: map[string]bool{}}
	var others []string // entries other than the temporary folders of killed runs
	for _, e := range entries {
		if isTemp(e.Name()) {
			ex.temps = append(ex.temps, e.Name())
			continue
		}
		others = append(others, e.Name())
	}
	if len(entries) == 0 {
		return ex, nil
	}
	// Name a file a person would recognise: not the record, if there is
	// anything else.
	example := entries[0].Name()
	if len(others) > 0 {
		example = others[0]
		if example == RecordName && len(others) > 1 {
			example = others[1]
		}
	}
	if !replace {
		return nil, i18n.Errorf("safefile.set-used", dir, example)
	}
	if len(others) == 0 {
		return ex, nil
	}
	rec, err := readRecord(filepath.Join(dir, RecordName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, i18n.Errorf("safefile.set-no-record", dir, example, RecordName)
	}
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("safefile.set-dir", dir, Reason(err)), Err: err}
	}
	for _, n := range rec {
		ex.record[n] = true
	}
	top := filepath.Clean(dir)
	err = filepath.WalkDir(top, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if filepath.Dir(p) == top && isTemp(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		rel, _ := filepath.Rel(top, p)
		rel = filepath.ToSlash(rel)
		if isTemp(rel) {
			return nil
		}
		if rel != RecordName && !ex.record[rel] {
			if len(ex.kept) < maxKept {
				ex.kept = append(ex.kept, rel)
			}
			ex.keptCount++
		}
		return nil
	})
	if err != nil {
		return nil, &i18n.Error{Msg: i18n.M("safefile.set-dir", dir, Reason(err)), Err: err}
	}
	return ex, nil
}

// isTemp recognises a temporary folder or record of WriteSet inside the
// folder.
func isTemp(name string) bool {
	return strings.HasPrefix(name, tempMark) && strings.HasSuffix(name, ".tmp")
}

// replaceWith moves the new set from tmp into dir, in place of the files
// the record lists. The record is first widened to old and new names, so
// that a move that fails half-way can still be replaced by the next run.
// It returns how many files of the earlier run were removed or replaced.
func (ex *existing) replaceWith(dir, tmp string, names []string) (int, error) {
	rec := filepath.Join(dir, RecordName)
	both := slices.Clone(names)
	for n := range ex.record {
		if !slices.Contains(names, n) {
			both = append(both, n)
		}
	}
	if len(ex.record) > 0 {
		if err := writeRecordAtomic(rec, both); err != nil {
			return 0, err
		}
	}
	removed := 0
	var emptied []string
	for n := range ex.record {
		p := filepath.Join(dir, filepath.FromSlash(n))
		fi, err := os.Lstat(p)
		if err != nil || !fi.Mode().IsRegular() {
			continue // gone already, or not a file relief writes
		}
		removed++
		if slices.Contains(names, n) {
			continue // replaced by the rename below
		}
		if err := os.Remove(p); err != nil {
			return removed, err
		}
		emptied = append(emptied, path.Dir(n))
	}
	for _, n := range names {
		dst := filepath.Join(dir, filepath.FromSlash(n))
		if d := filepath.Dir(dst); d != filepath.Clean(dir) {
			if err := os.MkdirAll(d, 0o777); err != nil {
				return removed, err
			}
		}
		if err := os.Rename(filepath.Join(tmp, filepath.FromSlash(n)), dst); err != nil {
			return removed, err
		}
	}
	// The record is not hidden on Windows: Windows refuses to replace a
	// hidden file by a rename, and a clerk who opens it reads what it is.
	if err := os.Rename(filepath.Join(tmp, RecordName), rec); err != nil {
		return removed, err
	}
	// Subfolders the earlier run made and that are empty now.
	slices.SortFunc(emptied, func(a, b string) int { return strings.Count(b, "/") - strings.Count(a, "/") })
	for _, d := range emptied {
		for ; d != "." && d != "/"; d = path.Dir(d) {
			if os.Remove(filepath.Join(dir, filepath.FromSlash(d))) != nil {
				break
			}
		}
	}
	for _, t := range ex.temps {
		os.RemoveAll(filepath.Join(dir, t))
	}
	os.RemoveAll(tmp) // empty folders only, now
	syncDir(dir)
	return removed, nil
}

// setRun is the workers of one WriteSet.
type setRun struct {
	mu     sync.Mutex
	halted bool
	stop   chan struct{} // closed on the first error or on halt
	once   sync.Once
	wg     sync.WaitGroup
	err    error // the first error
}

// write makes every file in tmp: n workers make the contents in memory
// (the work, on every processor) and hand them to filers that write them
// into tmp. One filer suffices where the set is made durable at the end
// (syncSet): files created one after the other in a folder cost the
// system a fraction of what concurrent creations do. Where each file is
// synced as it is written, as many filers as workers wait on the disk.
// dir names the folder in messages.
func (r *setRun) write(dir, tmp string, files []SetFile, n int) error {
	if n <= 0 {
		n = min(runtime.GOMAXPROCS(0), 16)
	}
	n = min(n, max(len(files), 1))
	filers := 1
	if syncEach {
		filers = n
	}
	r.mu.Lock()
	if r.halted {
		r.mu.Unlock()
		return errStopped
	}
	r.wg.Add(n + filers)
	r.mu.Unlock()
	next := make(chan int)
	made := make(chan content, n)
	free := make(chan *bytes.Buffer, 2*n+filers) // buffers for the next files
	var making sync.WaitGroup
	making.Add(n)
	for range n {
		go func() {
			defer r.wg.Done()
			defer making.Done()
			for i := range next {
				var buf *bytes.Buffer
				select {
				case buf = <-free:
					buf.Reset()
				default:
					buf = new(bytes.Buffer)
				}
				if err := r.make(dir, files[i], buf); err != nil {
					r.fail(err)
					continue
				}
				select {
				case made <- content{i, buf}:
				case <-r.stop:
				}
			}
		}()
	}
	go func() {
		making.Wait()
		close(made)
	}()
	dirs := &madeDirs{made: map[string]bool{}}
	for range filers {
		go func() {
			defer r.wg.Done()
			for c := range made {
				if err := r.file(dir, tmp, files[c.i].Name, c.buf.Bytes(), dirs); err != nil {
					r.fail(err)
				}
				if c.buf.Cap() <= maxBuffer {
					select {
					case free <- c.buf:
					default:
					}
				}
			}
		}()
	}
feed:
	for i := range files {
		select {
		case next <- i:
		case <-r.stop:
			break feed
		}
	}
	close(next)
	r.wg.Wait()
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.halted:
		return errStopped
	case r.err != nil:
		return r.err
	}
	return nil
}

// content is a file of a set made in memory: files[i]'s.
type content struct {
	i   int
	buf *bytes.Buffer
}

// maxBuffer bounds the buffers kept for the next files of a set.
const maxBuffer = 4 << 20

// make makes the content of f into buf.
func (r *setRun) make(dir string, f SetFile, buf *bytes.Buffer) error {
	select {
	case <-r.stop:
		return errStopped // stopping: the first error is already kept
	default:
	}
	err := f.Write(&recorder{w: buf, stop: r.stop})
	switch {
	case err == nil:
		return nil
	case errors.Is(err, errStopped):
		return errStopped
	}
	return fillError(filepath.Join(dir, filepath.FromSlash(f.Name)), err)
}

// madeDirs are the subfolders of the temporary folder made so far.
type madeDirs struct {
	mu   sync.Mutex
	made map[string]bool
}

// file writes one file of the set, data, into tmp (and syncs it when
// syncEach); nothing once the set is stopping.
func (r *setRun) file(dir, tmp, name string, data []byte, dirs *madeDirs) (err error) {
	select {
	case <-r.stop:
		return nil // stopping: the first error is already kept
	default:
	}
	p := filepath.Join(tmp, filepath.FromSlash(name))
	if d := path.Dir(name); d != "." {
		dirs.mu.Lock()
		if !dirs.made[d] {
			if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
				dirs.mu.Unlock()
				return setWriteError(dir, name, err)
			}
			dirs.made[d] = true
		}
		dirs.mu.Unlock()
	}
	fh, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return setWriteError(dir, name, err)
	}
	_, err = fh.Write(data)
	switch {
	case err != nil:
	case syncEach:
		err = fh.Sync()
	default:
		startWriteback(fh)
	}
	if cerr := fh.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return setWriteError(dir, name, err)
	}
	return nil
}

// fail keeps the first error and stops the others.
func (r *setRun) fail(err error) {
	r.mu.Lock()
	if r.err == nil && !errors.Is(err, errStopped) {
		r.err = err
	}
	r.mu.Unlock()
	r.once.Do(func() { close(r.stop) })
}

// halt stops the workers for an interrupt and waits until the last has
// closed its file: after it, nothing writes into the temporary folder.
func (r *setRun) halt() {
	r.mu.Lock()
	r.halted = true
	r.mu.Unlock()
	r.once.Do(func() { close(r.stop) })
	r.wg.Wait()
}

// setWriteError reports a file of the set that the system refused.
func setWriteError(dir, name string, err error) error {
	return &i18n.Error{Msg: i18n.M("safefile.set-write", filepath.Join(dir, filepath.FromSlash(name)), Reason(err), dir), Err: err}
}

// mkdirParents creates dir and its missing parents, and returns the ones
// it created, deepest first, so that a failed set can remove them.
func mkdirParents(dir string) ([]string, error) {
	var missing []string
	for d := filepath.Clean(dir); ; d = filepath.Dir(d) {
		if _, err := os.Stat(d); err == nil {
			break
		}
		missing = append(missing, d)
		if filepath.Dir(d) == d {
			break
		}
	}
	if len(missing) == 0 {
		return nil, nil
	}
	return missing, os.MkdirAll(dir, 0o777)
}

// syncDir makes a rename in dir durable; best effort (Windows cannot open
// a folder for it).
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
