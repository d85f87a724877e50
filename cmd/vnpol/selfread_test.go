package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestOwnOutputNotRead: an output file inside the folder being walked is
// not read back as an input (it would grow while being read), whether it is
// named with -o or is standard output redirected to a file.
func TestOwnOutputNotRead(t *testing.T) {
	art := "Hội nghị tại Sóc Trăng\n\nNgày 25-7-2020, Tỉnh ủy Sóc Trăng tổ chức hội nghị.\n"
	t.Run("-o inside the folder", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(art), 0o644))
		out := filepath.Join(dir, "out.jsonl")
		require.NoError(t, os.WriteFile(out, []byte("{\"old\":1}\n"), 0o644)) // a previous run's output
		code, _, errs := runCLI(t, "", "extract", "-q", "--format", "jsonl", "-o", out, dir)
		require.Equal(t, exitOK, code, errs)
		b, err := os.ReadFile(out)
		require.NoError(t, err)
		assert.Equal(t, 1, strings.Count(string(b), "\n"), "one record, for a.txt only")
	})
	t.Run("standard output redirected into the folder", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(art), 0o644))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "b.txt"), []byte(art), 0o644))
		f, err := os.Create(filepath.Join(dir, "out.jsonl"))
		require.NoError(t, err)
		var stderr bytes.Buffer
		code := run([]string{"extract", "-q", "--format", "jsonl", dir}, strings.NewReader(""), f, &stderr)
		require.NoError(t, f.Close())
		require.Equal(t, exitOK, code, stderr.String())
		b, err := os.ReadFile(f.Name())
		require.NoError(t, err)
		assert.Equal(t, 2, strings.Count(string(b), "\n"), "a.txt and b.txt, not out.jsonl")
	})
	t.Run("named as an argument", func(t *testing.T) {
		dir := t.TempDir()
		out := filepath.Join(dir, "out.jsonl")
		require.NoError(t, os.WriteFile(out, nil, 0o644))
		code, _, _ := runCLI(t, "", "extract", "-q", "--format", "jsonl", "-o", out, out)
		assert.Equal(t, exitInput, code)
		b, _ := os.ReadFile(out)
		assert.Contains(t, string(b), "own output")
	})
}

// TestRegularOut: records are flushed one by one into a pipe or a
// terminal (the streaming filter), and buffered into a regular file.
func TestRegularOut(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "out.jsonl")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	f, err := os.Create(filepath.Join(dir, "stdout.jsonl"))
	require.NoError(t, err)
	defer f.Close()
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	for _, tc := range []struct {
		name   string
		out    string
		stdout io.Writer
		want   bool
	}{
		{"-o a file", file, w, true},
		{"-o a folder", dir, f, false},
		{"standard output redirected to a file", "", f, true},
		{"standard output a pipe", "-", w, false},
		{"standard output not a file", "", &bytes.Buffer{}, false},
	} {
		assert.Equal(t, tc.want, regularOut(tc.out, tc.stdout), tc.name)
	}
}
