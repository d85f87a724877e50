// Command vnpol turns Vietnamese Party/state political news articles into
// typed JSON records with byte spans.
//
//	vnpol extract [flags] PATH...   records as JSON (one input) or JSONL
//	vnpol cite [flags] PATH...      document citations, one JSONL line a mention
//	vnpol schema                    the JSON Schema of a record
//	vnpol eval --gold DIR [flags] PATH...  score against answer keys
//	vnpol version                   module and schema versions
//
// PATH is a file, a folder (walked for .txt, .html, .warc and .jsonl files
// in lexical order), a glob, or - for standard input. Every command takes --help. Exit status: 0 all good, 1
// some inputs failed, 2 usage error.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// Exit statuses.
const (
	exitOK    = 0
	exitInput = 1 // some inputs failed (or output could not be written)
	exitUsage = 2
)

type command struct {
	name, args, summary string
	run                 func(args []string, stdin io.Reader, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"extract", "[flags] PATH...", "extract records (pretty JSON for one input, JSONL for several)", cmdExtract},
		{"cite", "[flags] PATH...", "list document citations, one JSONL line per mention", cmdCite},
		{"schema", "", "print the JSON Schema of a record", cmdSchema},
		{"eval", "--gold DIR [flags] PATH...", "score extraction against answer keys (NAME.gold.json)", cmdEval},
		{"version", "", "print the module and schema versions", cmdVersion},
	}
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "vnpol turns Vietnamese political news articles into typed JSON records.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "usage: vnpol COMMAND [flags] [PATH...]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "PATH is a file, a folder (walked for .txt, .html, .warc(.gz) and .jsonl files in")
	fmt.Fprintln(w, "lexical order), a glob, or - for standard input.")
	fmt.Fprintln(w, "Run 'vnpol COMMAND --help' for a command's flags.")
	fmt.Fprintln(w, "Exit status: 0 all good, 1 some inputs failed, 2 usage error.")
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "help", "-h", "-help", "--help":
		if len(args) > 1 && name == "help" {
			return run([]string{args[1], "--help"}, stdin, stdout, stderr)
		}
		usage(stdout)
		return exitOK
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(args[1:], stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "vnpol: unknown command %q (run 'vnpol help')\n", name)
	return exitUsage
}

// newFlags returns a flag set whose --help prints to stdout.
func newFlags(name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "usage: vnpol %s %s\n\n%s\n", name, args, summary)
		n := 0
		fs.VisitAll(func(*flag.Flag) { n++ })
		if n > 0 {
			fmt.Fprintln(w, "\nflags:")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses flags placed anywhere among the arguments (a "--" ends the
// flags). It returns the positional arguments and an exit status >= 0 when
// the command must stop: 0 after --help, 2 on a usage error.
func parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) ([]string, int) {
	var pos []string
	fs.SetOutput(io.Discard)
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return nil, exitOK
		}
		if err != nil {
			fmt.Fprintf(stderr, "vnpol %s: %v\n", fs.Name(), err)
			fmt.Fprintf(stderr, "run 'vnpol %s --help' for usage\n", fs.Name())
			return nil, exitUsage
		}
		rest := fs.Args()
		consumed := args[:len(args)-len(rest)]
		if len(consumed) > 0 && consumed[len(consumed)-1] == "--" {
			return append(pos, rest...), -1
		}
		if len(rest) == 0 {
			return pos, -1
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// listFlag is a flag that may be repeated.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

func usageError(stderr io.Writer, cmd, format string, a ...any) int {
	fmt.Fprintf(stderr, "vnpol %s: %s\n", cmd, fmt.Sprintf(format, a...))
	fmt.Fprintf(stderr, "run 'vnpol %s --help' for usage\n", cmd)
	return exitUsage
}
