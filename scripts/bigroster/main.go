// Command bigroster writes a province-scale relief workbook for the speed
// and memory targets (see internal/bigroster and scripts/bench):
//
//	go run ./scripts/bigroster big.xlsx 1000000 100000
package main

import (
	"fmt"
	"os"
	"strconv"

	"relief/internal/bigroster"
)

func main() {
	if len(os.Args) != 4 {
		fmt.Fprintln(os.Stderr, "usage: bigroster OUT.xlsx MEMBERS APPLICANTS")
		os.Exit(2)
	}
	members, err1 := strconv.Atoi(os.Args[2])
	applicants, err2 := strconv.Atoi(os.Args[3])
	if err1 != nil || err2 != nil || members < 1 || applicants < 0 {
		fmt.Fprintln(os.Stderr, "bigroster: MEMBERS and APPLICANTS are whole numbers")
		os.Exit(2)
	}
	if err := bigroster.Write(os.Args[1], members, applicants); err != nil {
		fmt.Fprintln(os.Stderr, "bigroster:", err)
		os.Exit(1)
	}
}
