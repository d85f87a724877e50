//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package input

func readFile(path string, max int64) ([]byte, int64, *Error) { return readFileOS(path, max) }
