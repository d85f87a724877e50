// Command cited is a runnable example of vnpol as a library: it extracts a
// record from each file named on the command line and prints the documents
// each one cites, with the span of every mention checked against the text.
//
//	go run ./examples/cited testdata/cum-thi-dua-5-soc-trang-2020.txt
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/vnpol/vnpol/extract"
)

func main() {
	ex, err := extract.New(extract.WithText(true))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	status := 0
	for _, path := range os.Args[1:] {
		src, err := os.ReadFile(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			status = 1
			continue
		}
		rec, err := ex.Extract(context.Background(), src)
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", path, err)
			status = 1
			continue
		}
		fmt.Printf("%s: %q (%s)\n", path, rec.Article.Title, rec.Article.Published)
		for _, d := range rec.Documents {
			fmt.Printf("  %-12s %-6s %-14s %s\n", d.Type, d.Number, d.Symbol, d.Issuer)
			for _, m := range d.Mentions {
				fmt.Printf("    [%d:%d] %q\n", m.Start, m.End, rec.Text[m.Start:m.End])
			}
		}
	}
	os.Exit(status)
}
