// Package xlsxout saves the workbooks relief writes. Every workbook
// writer ends with Write, so that every workbook is:
//
//   - reproducible: the same content gives the same bytes. excelize
//     writes the parts of the package, and the entries of
//     [Content_Types].xml, in the order of Go maps; Write sorts both,
//     and dates every part and the document properties at Stamp.Created
//     (the --as-of day, or SOURCE_DATE_EPOCH), never at the clock.
//   - traceable: its document properties say what made it (see package
//     provenance): a readable line in the description, the record as
//     JSON in the custom property relief.provenance.
//
// A workbook saved with a password is encrypted with a random salt, and
// so differs from run to run whatever this package does.
package xlsxout

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/xml"
	"hash/crc32"
	"io"
	"io/fs"
	"sort"
	"time"

	"github.com/xuri/excelize/v2"

	"relief/provenance"
)

// Stamp is what a workbook says about itself.
type Stamp struct {
	Title      string                 // the document's title (core property)
	Created    time.Time              // its creation and modification date; zero is 1 January 2000
	Provenance *provenance.Provenance // what made it; nil for none
	Password   string                 // encrypt with this password ("" = not encrypted)
}

// DefaultCreated stands in for a zero Stamp.Created.
var DefaultCreated = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// Write stamps f and writes it to w (see the package doc).
func Write(w io.Writer, f *excelize.File, s Stamp) error {
	created := s.Created.UTC()
	if s.Created.IsZero() {
		created = DefaultCreated
	}
	// Whole seconds: core.xml keeps no more, and the zip's DOS time no
	// less than two.
	created = created.Truncate(time.Second)
	props := &excelize.DocProperties{
		Creator:        provenance.Program,
		LastModifiedBy: provenance.Program,
		Created:        created.Format(time.RFC3339),
		Modified:       created.Format(time.RFC3339),
		Title:          s.Title,
		Language:       "zh-CN",
	}
	if s.Provenance != nil {
		props.Description = s.Provenance.Line()
		props.Keywords = provenance.Program
		props.Version = s.Provenance.Version
	}
	if err := f.SetDocProps(props); err != nil {
		return err
	}
	if s.Provenance != nil {
		if err := f.SetCustomProps(excelize.CustomProperty{Name: provenance.CustomProperty, Value: s.Provenance.JSON()}); err != nil {
			return err
		}
	}
	f.SetZipWriter(func(w io.Writer) excelize.ZipWriter { return newSortedZip(w, created) })
	return f.Write(w, excelize.Options{Password: s.Password})
}

// sortedZip is an excelize.ZipWriter that keeps every part until Close,
// then writes them in a fixed order (the content types first, then the
// package relationships, then by name), each dated modified, with the
// entries of [Content_Types].xml sorted.
type sortedZip struct {
	w        io.Writer
	modified time.Time
	parts    map[string]*part
}

// part is one entry, deflated as it is written.
type part struct {
	raw   *bytes.Buffer // kept uncompressed: [Content_Types].xml only
	buf   bytes.Buffer  // deflated data
	fw    *flate.Writer
	crc   uint32
	size  uint64
	isRaw bool
}

const contentTypes = "[Content_Types].xml"

func newSortedZip(w io.Writer, modified time.Time) *sortedZip {
	return &sortedZip{w: w, modified: modified, parts: map[string]*part{}}
}

// Create starts the entry name; writing it again replaces it.
func (z *sortedZip) Create(name string) (io.Writer, error) {
	p := &part{}
	if name == contentTypes {
		p.raw, p.isRaw = &bytes.Buffer{}, true
		z.parts[name] = p
		return p.raw, nil
	}
	fw, err := flate.NewWriter(&p.buf, flate.DefaultCompression)
	if err != nil {
		return nil, err
	}
	p.fw = fw
	z.parts[name] = p
	return p, nil
}

func (p *part) Write(b []byte) (int, error) {
	p.crc = crc32.Update(p.crc, crc32.IEEETable, b)
	p.size += uint64(len(b))
	return p.fw.Write(b)
}

// AddFS adds every regular file of fsys, as zip.Writer.AddFS does.
func (z *sortedZip) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		w, err := z.Create(name)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
}

// Close writes the archive.
func (z *sortedZip) Close() error {
	names := make([]string, 0, len(z.parts))
	for n := range z.parts {
		names = append(names, n)
	}
	rank := func(n string) int {
		switch n {
		case contentTypes:
			return 0
		case "_rels/.rels":
			return 1
		}
		return 2
	}
	sort.Slice(names, func(i, j int) bool {
		ri, rj := rank(names[i]), rank(names[j])
		if ri != rj {
			return ri < rj
		}
		return names[i] < names[j]
	})
	zw := zip.NewWriter(z.w)
	for _, n := range names {
		p := z.parts[n]
		if p.isRaw {
			b := sortContentTypes(p.raw.Bytes())
			fw, err := flate.NewWriter(&p.buf, flate.DefaultCompression)
			if err != nil {
				return err
			}
			p.fw = fw
			if _, err := p.Write(b); err != nil {
				return err
			}
		}
		if err := p.fw.Close(); err != nil {
			return err
		}
		fh := &zip.FileHeader{
			Name: n, Method: zip.Deflate,
			CRC32: p.crc, CompressedSize64: uint64(p.buf.Len()), UncompressedSize64: p.size,
		}
		// CreateRaw writes only the legacy MS-DOS date fields, which
		// SetModTime fills in.
		fh.SetModTime(z.modified) //lint:ignore SA1019 the raw header has no other date
		w, err := zw.CreateRaw(fh)
		if err != nil {
			return err
		}
		if _, err := w.Write(p.buf.Bytes()); err != nil {
			return err
		}
	}
	return zw.Close()
}

// contentTypesXML is [Content_Types].xml.
type contentTypesXML struct {
	XMLName   xml.Name       `xml:"http://schemas.openxmlformats.org/package/2006/content-types Types"`
	Defaults  []typeDefault  `xml:"Default"`
	Overrides []typeOverride `xml:"Override"`
}

type typeDefault struct {
	Extension   string `xml:"Extension,attr"`
	ContentType string `xml:"ContentType,attr"`
}

type typeOverride struct {
	PartName    string `xml:"PartName,attr"`
	ContentType string `xml:"ContentType,attr"`
}

// sortContentTypes sorts the Default entries by extension and the
// Override entries by part name; text it cannot parse is kept as it is.
func sortContentTypes(b []byte) []byte {
	var ct contentTypesXML
	if err := xml.Unmarshal(b, &ct); err != nil {
		return b
	}
	sort.SliceStable(ct.Defaults, func(i, j int) bool { return ct.Defaults[i].Extension < ct.Defaults[j].Extension })
	sort.SliceStable(ct.Overrides, func(i, j int) bool { return ct.Overrides[i].PartName < ct.Overrides[j].PartName })
	out, err := xml.Marshal(ct)
	if err != nil {
		return b
	}
	return append([]byte(xml.Header), out...)
}
