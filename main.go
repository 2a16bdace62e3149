// Command relief assesses the yearly relief of party members in hardship
// from the workbooks a Party organisation department keeps. See README.md.
package main

import (
	"os"

	"relief/cmd"
)

func main() { os.Exit(cmd.Execute()) }
