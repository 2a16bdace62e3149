package roster

import (
	"io"
	"sync"
)

// Reading a sheet on both cores. Inflating and scanning a part (the
// producer) and giving its cells meaning (the reader's rows: values,
// problems, members) cost about the same; pipeRows runs the first on a
// goroutine of its own, which hands the rows over in batches, so that a
// province's roster is read in about half the time on a two-core PC.

// pipeBatch is a run of rows copied out of the source.
type pipeBatch struct {
	done  float64 // how much of the part was read at the batch's end
	nums  []int
	ends  []int // the end of each row's cells in cells
	cells []rawCell
}

const pipeBatchRows = 512

// pipeRows reads a partRows on another goroutine.
type pipeRows struct {
	src   partRows
	out   chan *pipeBatch
	free  chan *pipeBatch
	stop  chan struct{}
	quit  sync.WaitGroup
	batch *pipeBatch
	i     int
	num   int
	cells []rawCell

	// Set by the producer before out is closed.
	err    error
	merges []mergeRange
	merr   error
}

func newPipeRows(src partRows) *pipeRows {
	p := &pipeRows{src: src, out: make(chan *pipeBatch, 4), free: make(chan *pipeBatch, 6), stop: make(chan struct{})}
	p.quit.Add(1)
	go p.produce()
	return p
}

func (p *pipeRows) produce() {
	defer p.quit.Done()
	defer close(p.out)
	b := p.newBatch()
	for p.src.Next() {
		num, cells := p.src.Row()
		b.nums = append(b.nums, num)
		b.cells = append(b.cells, cells...)
		b.ends = append(b.ends, len(b.cells))
		if len(b.nums) == pipeBatchRows {
			b.done = p.src.fraction()
			select {
			case p.out <- b:
			case <-p.stop:
				return
			}
			b = p.newBatch()
		}
	}
	if len(b.nums) > 0 {
		b.done = 1
		select {
		case p.out <- b:
		case <-p.stop:
			return
		}
	}
	if p.err = p.src.Err(); p.err == nil {
		p.merges, p.merr = p.src.finish()
	}
}

// newBatch takes a used batch back, or makes one.
func (p *pipeRows) newBatch() *pipeBatch {
	select {
	case b := <-p.free:
		b.nums, b.ends, b.cells = b.nums[:0], b.ends[:0], b.cells[:0]
		return b
	default:
		return &pipeBatch{}
	}
}

func (p *pipeRows) Next() bool {
	for p.batch == nil || p.i >= len(p.batch.nums) {
		if p.batch != nil {
			clear(p.batch.cells) // drop the texts before the batch is reused
			select {
			case p.free <- p.batch:
			default:
			}
			p.batch = nil
		}
		b, ok := <-p.out
		if !ok {
			return false
		}
		p.batch, p.i = b, 0
	}
	b := p.batch
	start := 0
	if p.i > 0 {
		start = b.ends[p.i-1]
	}
	p.num, p.cells = b.nums[p.i], b.cells[start:b.ends[p.i]:b.ends[p.i]]
	p.i++
	return true
}

func (p *pipeRows) Row() (int, []rawCell) { return p.num, p.cells }

func (p *pipeRows) fraction() float64 {
	if p.batch == nil {
		return 0
	}
	return p.batch.done
}

// Err returns the source's error once every row was handed out.
func (p *pipeRows) Err() error { return p.err }

func (p *pipeRows) finish() ([]mergeRange, error) {
	p.quit.Wait()
	if p.err != nil {
		return nil, p.err
	}
	return p.merges, p.merr
}

func (p *pipeRows) duplicates() []int {
	p.quit.Wait()
	return p.src.duplicates()
}

// Close stops the producer and closes the source.
func (p *pipeRows) Close() error {
	select {
	case <-p.stop:
	default:
		close(p.stop)
	}
	for range p.out { // let a producer blocked on a send see stop
	}
	p.quit.Wait()
	return p.src.Close()
}

// readAhead inflates a part on a goroutine of its own, a few chunks ahead
// of its reader: inflating is a quarter of a sheet's scan, and runs on the
// other core meanwhile.
type readAhead struct {
	src  io.ReadCloser
	full chan []byte
	free chan []byte
	stop chan struct{}
	quit sync.WaitGroup
	cur  []byte
	buf  []byte // the chunk cur is in
	err  error  // set before full is closed
}

const (
	aheadChunk  = 256 << 10
	aheadChunks = 4
)

func newReadAhead(src io.ReadCloser) *readAhead {
	r := &readAhead{src: src, full: make(chan []byte, aheadChunks), free: make(chan []byte, aheadChunks+1), stop: make(chan struct{})}
	r.quit.Add(1)
	go r.fill()
	return r
}

func (r *readAhead) fill() {
	defer r.quit.Done()
	defer close(r.full)
	for {
		var b []byte
		select {
		case b = <-r.free:
		default:
			b = make([]byte, aheadChunk)
		}
		b = b[:cap(b)]
		n := 0
		var err error
		for n < len(b) && err == nil {
			var m int
			m, err = r.src.Read(b[n:])
			n += m
		}
		if n > 0 {
			select {
			case r.full <- b[:n]:
			case <-r.stop:
				return
			}
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			r.err = err // a damaged part: io.ErrUnexpectedEOF, zip.ErrChecksum …
			return
		}
	}
}

func (r *readAhead) Read(p []byte) (int, error) {
	for len(r.cur) == 0 {
		if r.buf != nil {
			select {
			case r.free <- r.buf:
			default:
			}
			r.buf = nil
		}
		b, ok := <-r.full
		if !ok {
			if r.err != nil {
				return 0, r.err
			}
			return 0, io.EOF
		}
		r.buf, r.cur = b, b
	}
	n := copy(p, r.cur)
	r.cur = r.cur[n:]
	return n, nil
}

// Close stops the goroutine and closes the part.
func (r *readAhead) Close() error {
	close(r.stop)
	for range r.full {
	}
	r.quit.Wait()
	return r.src.Close()
}
