// Package vnlegacy implements the legacy Vietnamese 8-bit encodings that
// golang.org/x/text lacks, as x/text encoding.Encodings:
//
//   - TCVN3 (TCVN 5712:1993 VN3, the "ABC" fonts): one byte a letter;
//   - VNI (VNI-Windows fonts): a base byte, optionally followed by a mark byte.
//
// Both tables live in data/*.tsv. Decoding maps every byte sequence to
// UTF-8 (NFC); bytes outside the tables keep their Latin-1 letter. Encoding
// takes NFC text and reports runes outside the table as
// encoding.ErrInvalidUTF8-style errors (wrap with encoding.ReplaceUnsupported
// to replace them).
package vnlegacy

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

//go:embed data/tcvn3.tsv
var tcvn3Data string

//go:embed data/vni.tsv
var vniData string

// TCVN3 is the TCVN 5712:1993 VN3 encoding (ABC fonts).
var TCVN3 encoding.Encoding = &tcvn3Enc{}

// VNI is the VNI-Windows encoding.
var VNI encoding.Encoding = &vniEnc{}

// puaBase+b is the rune of a high byte b outside the tables whose Latin-1
// letter is a Vietnamese letter the table gives another code (Private Use
// Area, so that every byte still round-trips).
const puaBase = 0xF700

// tables, built once at init from the embedded data.
var (
	tcvnDec [256]rune
	tcvnEnc map[rune]byte

	vniSingle [256]rune        // byte -> rune when not a pair
	vniPair   map[[2]byte]rune // base, mark -> rune
	vniEncT   map[rune][2]byte // rune -> bytes (second 0 for one byte)
	vniBase   [256]bool        // bytes that start a pair
)

func init() {
	for i := range tcvnDec {
		tcvnDec[i] = rune(i)
	}
	tcvnEnc = map[rune]byte{}
	mapped := [256]bool{}
	listed := map[rune]bool{}
	for _, f := range rows(tcvn3Data) {
		b := hexByte(f[0])
		r := oneRune(f[1])
		tcvnDec[b] = r
		mapped[b] = true
		listed[r] = true
	}
	for b := 0x80; b < 256; b++ {
		if !mapped[b] && (listed[rune(b)] || vietLetters[rune(b)]) {
			tcvnDec[b] = puaBase + rune(b)
		}
	}
	for b := 0; b < 256; b++ {
		r := tcvnDec[b]
		if _, dup := tcvnEnc[r]; dup {
			panic(fmt.Sprintf("vnlegacy: TCVN3 maps %q twice", r))
		}
		tcvnEnc[r] = byte(b)
	}
	// Latin-1 letters whose byte is taken by a Vietnamese letter have no code.
	for b := 0x80; b < 256; b++ {
		if mapped[b] && tcvnEnc[rune(b)] == byte(b) && tcvnDec[b] != rune(b) {
			delete(tcvnEnc, rune(b))
		}
	}

	for i := range vniSingle {
		vniSingle[i] = rune(i)
	}
	vniPair = map[[2]byte]rune{}
	vniEncT = map[rune][2]byte{}
	taken := [256]bool{}
	for _, f := range rows(vniData) {
		r := oneRune(f[0])
		h := f[1]
		switch len(h) {
		case 2:
			b := hexByte(h)
			vniSingle[b] = r
			taken[b] = true
			vniEncT[r] = [2]byte{b, 0}
		case 4:
			p := [2]byte{hexByte(h[:2]), hexByte(h[2:])}
			if _, dup := vniPair[p]; dup {
				panic("vnlegacy: VNI pair twice: " + h)
			}
			vniPair[p] = r
			vniBase[p[0]] = true
			vniEncT[r] = p
		default:
			panic("vnlegacy: bad VNI row " + h)
		}
	}
	for b := 0x80; b < 256; b++ {
		if _, ok := vniEncT[rune(b)]; !taken[b] && (ok || vietLetters[rune(b)]) {
			vniSingle[b] = puaBase + rune(b)
		}
	}
	for b := 0; b < 256; b++ {
		if !taken[b] {
			if vniSingle[b] != rune(b) {
				vniEncT[vniSingle[b]] = [2]byte{byte(b), 0}
				continue
			}
			if _, ok := vniEncT[rune(b)]; !ok {
				vniEncT[rune(b)] = [2]byte{byte(b), 0}
			}
		}
	}
}

func rows(data string) [][]string {
	var out [][]string
	for _, l := range strings.Split(data, "\n") {
		l = strings.TrimRight(l, "\r")
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 2 {
			panic("vnlegacy: bad row " + strconv.Quote(l))
		}
		out = append(out, f)
	}
	return out
}

func hexByte(s string) byte {
	v, err := strconv.ParseUint(s, 16, 8)
	if err != nil {
		panic("vnlegacy: bad hex " + s)
	}
	return byte(v)
}

func oneRune(s string) rune {
	r, n := utf8.DecodeRuneInString(s)
	if n != len(s) || r == utf8.RuneError {
		panic("vnlegacy: not one letter: " + strconv.Quote(s))
	}
	return r
}

type tcvn3Enc struct{}

func (*tcvn3Enc) NewDecoder() *encoding.Decoder {
	return &encoding.Decoder{Transformer: &tcvnDecoder{}}
}
func (*tcvn3Enc) NewEncoder() *encoding.Encoder {
	return &encoding.Encoder{Transformer: &tcvnEncoder{}}
}
func (*tcvn3Enc) String() string { return "TCVN3" }

type tcvnDecoder struct{ transform.NopResetter }

func (*tcvnDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c < 0x80 {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		r := tcvnDec[c]
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += utf8.EncodeRune(dst[nDst:], r)
		nSrc++
	}
	return nDst, nSrc, nil
}

// errUnsupported is the error of a rune that the encoding cannot represent.
type repertoireError struct{ r rune }

func (e repertoireError) Error() string {
	return fmt.Sprintf("vnlegacy: rune %q not in the repertoire", e.r)
}

// Replacement makes encoding.ReplaceUnsupported replace it.
func (repertoireError) Replacement() byte { return '?' }

type tcvnEncoder struct{ transform.NopResetter }

func (*tcvnEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c < 0x80 {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		if r == utf8.RuneError && size == 1 {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			return nDst, nSrc, encoding.ErrInvalidUTF8
		}
		b, ok := tcvnEnc[r]
		if !ok {
			return nDst, nSrc, repertoireError{r}
		}
		if nDst >= len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = b
		nDst++
		nSrc += size
	}
	return nDst, nSrc, nil
}

type vniEnc struct{}

func (*vniEnc) NewDecoder() *encoding.Decoder { return &encoding.Decoder{Transformer: &vniDecoder{}} }
func (*vniEnc) NewEncoder() *encoding.Encoder { return &encoding.Encoder{Transformer: &vniEncoder{}} }
func (*vniEnc) String() string                { return "VNI" }

type vniDecoder struct{ transform.NopResetter }

func (*vniDecoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		r, n := vniSingle[c], 1
		if vniBase[c] {
			if nSrc+1 >= len(src) {
				if !atEOF {
					return nDst, nSrc, transform.ErrShortSrc
				}
			} else if p, ok := vniPair[[2]byte{c, src[nSrc+1]}]; ok {
				r, n = p, 2
			}
		}
		if nDst+utf8.RuneLen(r) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		if r < utf8.RuneSelf {
			dst[nDst] = byte(r)
			nDst++
		} else {
			nDst += utf8.EncodeRune(dst[nDst:], r)
		}
		nSrc += n
	}
	return nDst, nSrc, nil
}

type vniEncoder struct{ transform.NopResetter }

func (*vniEncoder) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		r, size := rune(src[nSrc]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRune(src[nSrc:])
			if r == utf8.RuneError && size == 1 {
				if !atEOF && !utf8.FullRune(src[nSrc:]) {
					return nDst, nSrc, transform.ErrShortSrc
				}
				return nDst, nSrc, encoding.ErrInvalidUTF8
			}
		}
		bs, ok := vniEncT[r]
		if !ok {
			return nDst, nSrc, repertoireError{r}
		}
		n := 1
		if bs[1] != 0 {
			n = 2
		}
		if nDst+n > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		dst[nDst] = bs[0]
		if n == 2 {
			dst[nDst+1] = bs[1]
		}
		nDst += n
		nSrc += size
	}
	return nDst, nSrc, nil
}
