package main

import (
	"context"
	"io"
	"os"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/vnpol/vnpol/input"
)

// progress is a bar on standard error (files, MB, files/s, ETA) shown only
// when standard error is a terminal; otherwise every method does nothing
// but log, which writes through.
type progress struct {
	w     io.Writer
	p     *mpb.Progress
	bar   *mpb.Bar
	total atomic.Int64
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func newProgress(w io.Writer, on bool, paths []string, opt input.Options) *progress {
	pr := &progress{w: w}
	if !on || !isTerminal(w) {
		return pr
	}
	pr.p = mpb.New(mpb.WithOutput(w), mpb.WithAutoRefresh())
	pr.bar = pr.p.AddBar(0,
		mpb.PrependDecorators(decor.Name("vnpol "), decor.CurrentNoUnit("%d files"), decor.Name(" "),
			decor.Any(func(decor.Statistics) string { return mb(pr.total.Load()) })),
		mpb.AppendDecorators(decor.AverageSpeed(0, "%.1f files/s"), decor.Name(" ETA "), decor.AverageETA(decor.ET_STYLE_GO)))
	// count the inputs beside the run, for the ETA
	go func() {
		n := int64(0)
		opt.Stdin = nil
		input.Walk(contextBackground(), paths, opt, func(input.Item) bool { n++; return true })
		pr.bar.SetTotal(n, false)
	}()
	return pr
}

func mb(n int64) string {
	return strings.TrimRight(strings.TrimRight(formatFloat(float64(n)/1e6), "0"), ".") + " MB"
}

func (pr *progress) add(bytes int) {
	if pr.bar == nil {
		return
	}
	pr.total.Add(int64(bytes))
	pr.bar.Increment()
}

func (pr *progress) log(s string) {
	if pr.p != nil {
		return // the bar owns the terminal; the summary line follows
	}
	io.WriteString(pr.w, s)
}

func (pr *progress) wait() {
	if pr.p == nil {
		return
	}
	pr.bar.SetTotal(-1, true)
	pr.p.Wait()
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

func contextBackground() context.Context { return context.Background() }
