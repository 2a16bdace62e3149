// Command ttc2ttf extracts one face of a TrueType collection (.ttc) into a
// standalone TrueType font, which package font loads and subsets:
//
//	go run ./tools/ttc2ttf IN.ttc N OUT.ttf
//
// N is the face index (0 for the first face). When OUT ends in .gz the
// font is written gzip-compressed, without a file name or time stamp, so
// the same input gives the same bytes. It made templates/font's embedded
// font:
//
//	go run ./tools/ttc2ttf /usr/share/fonts/truetype/wqy/wqy-microhei.ttc 0 templates/font/wqy-microhei.ttf.gz
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strconv"
	"strings"

	"relief/templates/font"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "ttc2ttf:", err)
		os.Exit(2)
	}
}

func run(args []string) error {
	if len(args) != 3 {
		return fmt.Errorf("usage: ttc2ttf IN.ttc FACE OUT.ttf[.gz]")
	}
	face, err := strconv.Atoi(args[1])
	if err != nil {
		return fmt.Errorf("face index %q is not a number", args[1])
	}
	in, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	out, err := font.Extract(in, face)
	if err != nil {
		return fmt.Errorf("%s: %w", args[0], err)
	}
	if strings.HasSuffix(args[2], ".gz") {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		if _, err := zw.Write(out); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		out = b.Bytes()
	}
	return os.WriteFile(args[2], out, 0o644)
}
