// Command vnpol turns Vietnamese political news articles into typed JSON
// records. Run "vnpol help" for the commands.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/vnpol/vnpol/extract"
	"github.com/vnpol/vnpol/schema"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: vnpol extract [flags] PATH...  (vnpol help)")
		return 2
	}
	switch args[0] {
	case "extract":
		return cmdExtract(args[1:], stdin, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, "vnpol extract [--format json|jsonl] [--with-text] [-o FILE] PATH...")
		return 0
	}
	fmt.Fprintf(stderr, "vnpol: unknown command %q\n", args[0])
	return 2
}

func cmdExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("extract", flag.ContinueOnError)
	fl.SetOutput(stderr)
	format := fl.String("format", "", "output format: json (pretty, default for one input) or jsonl")
	withText := fl.Bool("with-text", false, "put the normalized text in each record")
	out := fl.String("o", "", "write to FILE instead of standard output")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	paths, err := expand(fl.Args())
	if err != nil {
		fmt.Fprintln(stderr, "vnpol:", err)
		return 2
	}
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "vnpol extract: no input")
		return 2
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintln(stderr, "vnpol:", err)
			return 2
		}
		defer f.Close()
		w = f
	}
	if *format == "" {
		*format = "jsonl"
		if len(paths) == 1 {
			*format = "json"
		}
	}
	ex, err := extract.New(extract.WithText(*withText))
	if err != nil {
		fmt.Fprintln(stderr, "vnpol:", err)
		return 2
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if *format == "json" {
		enc.SetIndent("", "  ")
	}
	status := 0
	for _, p := range paths {
		var data []byte
		if p == "-" {
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(p)
		}
		var rec *schema.Record
		if err != nil {
			rec = &schema.Record{SchemaVersion: schema.SchemaVersion, Error: &schema.Error{Kind: "unreadable", Message: err.Error()}}
		} else {
			rec, err = ex.Extract(context.Background(), data)
		}
		rec.Source.Path = p
		if err != nil {
			status = 1
			fmt.Fprintf(stderr, "vnpol: %s: %v\n", p, err)
		}
		if err := enc.Encode(rec); err != nil {
			fmt.Fprintln(stderr, "vnpol:", err)
			return 1
		}
	}
	return status
}

// expand turns the arguments into input paths: files as given, folders
// walked for *.txt in lexical order, "-" for standard input.
func expand(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				out = append(out, a) // reported as unreadable in its own record
				continue
			}
			return nil, err
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(p, ".txt") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}
