package timex

// Warm loads the package's word lists and tables now; they are otherwise
// loaded at the first call that needs them. extract.Warm calls the Warm
// of every recognizer at once, one goroutine each, to take the loading
// off a program's first article. Safe for concurrent use.
func Warm() { words(); yearless() }
