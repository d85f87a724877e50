package vnlegacy

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// sample is Vietnamese text with many kinds of letter, after the seed
// article (shared/corpus/seed/cum-thi-dua-5-soc-trang-2020.txt, Tạp chí Xây
// dựng Đảng, July 2020) plus a line of rare letters.
const sample = "Cụm thi đua số 5 sơ kết 6 tháng đầu năm 2020. Đồng chí Trần Văn Huyến, " +
	"Phó Bí thư Thường trực Tỉnh ủy Sóc Trăng, chủ trì hội nghị tại Hà Nội; " +
	"Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam; ỹ ỵ ỷ ẵ ặ ẳ ữ ự ở ợ."

func decode(t *testing.T, e encoding.Encoding, b []byte) string {
	t.Helper()
	out, err := e.NewDecoder().Bytes(b)
	require.NoError(t, err)
	return string(out)
}

func TestKnownSpellings(t *testing.T) {
	for _, tc := range []struct {
		enc  encoding.Encoding
		in   string // bytes as Latin-1 letters, as they show in a wrong viewer
		want string
	}{
		{TCVN3, "Hµ Néi", "Hà Nội"},
		{TCVN3, "ViÖt Nam", "Việt Nam"},
		{TCVN3, "§¶ng Céng s¶n", "Đảng Cộng sản"},
		{TCVN3, "®ång chÝ Tr­êng", "đồng chí Trường"},
		{TCVN3, "Nh©n d©n", "Nhân dân"},
		{VNI, "Vieät Nam", "Việt Nam"},
		{VNI, "Haø Noäi", "Hà Nội"},
		{VNI, "Ñaûng Coäng saûn", "Đảng Cộng sản"},
		{VNI, "ñoàng chí Tröôøng", "đồng chí Trường"},
		{VNI, "Thuû töôùng", "Thủ tướng"},
		{VNI, "kyø hoïp", "kỳ họp"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			raw, err := charmap.ISO8859_1.NewEncoder().String(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, decode(t, tc.enc, []byte(raw)))
			back, err := tc.enc.NewEncoder().String(tc.want)
			require.NoError(t, err)
			assert.Equal(t, raw, back)
		})
	}
}

func TestTCVN3AllBytesRoundTrip(t *testing.T) {
	all := make([]byte, 256)
	for i := range all {
		all[i] = byte(i)
	}
	s := decode(t, TCVN3, all)
	assert.Equal(t, 256, utf8.RuneCountInString(s), "one letter a byte")
	back, err := TCVN3.NewEncoder().Bytes([]byte(s))
	require.NoError(t, err)
	assert.Equal(t, all, back)
}

func TestVNIAllLettersRoundTrip(t *testing.T) {
	n := 0
	for r := range vietLetters {
		if r == 'Đ' || r == 'đ' || r < 0x100 && r >= 0x80 || true {
			b, err := VNI.NewEncoder().Bytes([]byte(string(r)))
			require.NoError(t, err, "%q", r)
			assert.Equal(t, string(r), decode(t, VNI, b), "%q", r)
			n++
		}
	}
	assert.Equal(t, 134, n, "the 134 non-ASCII letters of the alphabet")
	// every ASCII and unclaimed Latin-1 byte too
	for b := 0; b < 256; b++ {
		s := decode(t, VNI, []byte{byte(b)})
		back, err := VNI.NewEncoder().Bytes([]byte(s))
		require.NoError(t, err)
		assert.Equal(t, []byte{byte(b)}, back)
	}
}

func TestTCVN3AllLowerLetters(t *testing.T) {
	for r := range vietLetters {
		s := string(r)
		if strings.ToLower(s) != s && r != 'Ă' && r != 'Â' && r != 'Ê' && r != 'Ô' && r != 'Ơ' && r != 'Ư' && r != 'Đ' {
			_, err := TCVN3.NewEncoder().String(s)
			assert.Error(t, err, "%q has no code in VN3", r)
			continue
		}
		b, err := TCVN3.NewEncoder().String(s)
		require.NoError(t, err, "%q", r)
		assert.Equal(t, s, decode(t, TCVN3, []byte(b)))
	}
}

func TestSampleRoundTrip(t *testing.T) {
	for _, e := range []encoding.Encoding{TCVN3, VNI} {
		t.Run(e.(interface{ String() string }).String(), func(t *testing.T) {
			in := sample
			if e == TCVN3 {
				in = strings.ToLower(sample) // VN3 has no upper-case toned letters
			}
			b, err := e.NewEncoder().String(in)
			require.NoError(t, err)
			assert.Equal(t, in, decode(t, e, []byte(b)))
			// one byte at a time through a reader: pairs split across reads
			r := transform.NewReader(iotest.OneByteReader(strings.NewReader(b)), e.NewDecoder())
			got, err := io.ReadAll(r)
			require.NoError(t, err)
			assert.Equal(t, in, string(got))
			// into a tiny buffer
			dst := make([]byte, 4)
			var out bytes.Buffer
			src := []byte(b)
			tr := e.NewDecoder()
			for len(src) > 0 {
				nd, ns, err := tr.Transform(dst, src, true)
				out.Write(dst[:nd])
				src = src[ns:]
				if err != nil {
					require.ErrorIs(t, err, transform.ErrShortDst)
				}
			}
			assert.Equal(t, in, out.String())
		})
	}
}

func TestUnsupported(t *testing.T) {
	_, err := TCVN3.NewEncoder().String("中")
	assert.Error(t, err)
	s, err := encoding.ReplaceUnsupported(TCVN3.NewEncoder()).String("a中b")
	require.NoError(t, err)
	assert.Equal(t, "a?b", s)
	_, err = VNI.NewEncoder().String("ø") // VNI uses this byte as a mark
	assert.NoError(t, err)
	b, err := VNI.NewEncoder().String("ò") // byte F2 is ị in VNI
	require.NoError(t, err)
	assert.Equal(t, "o\xf8", b)
	assert.Equal(t, "ị", decode(t, VNI, []byte{0xf2}))
	_, err = VNI.NewEncoder().Bytes([]byte{'a', 0xff})
	assert.ErrorIs(t, err, encoding.ErrInvalidUTF8)
}

func TestDetect(t *testing.T) {
	lower := strings.ToLower(sample)
	w1258 := encode1258(t, sample)
	tcvn, err := TCVN3.NewEncoder().String(lower)
	require.NoError(t, err)
	vni, err := VNI.NewEncoder().String(sample)
	require.NoError(t, err)
	for _, tc := range []struct{ name, data string }{{"windows-1258", w1258}, {"tcvn3", tcvn}, {"vni", vni}} {
		c, ok := Detect([]byte(tc.data))
		assert.True(t, ok, tc.name)
		assert.Equal(t, tc.name, c.Name)
	}
	_, ok := Detect([]byte{0x89, 0x50, 0x4e, 0x47, 0x90, 0x91, 0x92, 0x80})
	assert.False(t, ok, "not text in any of them")
}

func TestScore(t *testing.T) {
	g, b := Score("Hà Nội là thủ đô")
	assert.Equal(t, 0, b)
	assert.Equal(t, 10, g)
	_, b = Score("Hµ Néi")
	assert.Equal(t, 1, b)
}

func FuzzTCVN3(f *testing.F) {
	f.Add([]byte("Hµ Néi"))
	f.Add([]byte{0xff, 0x00, 0x80})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := TCVN3.NewDecoder().Bytes(b)
		require.NoError(t, err)
		require.True(t, utf8.Valid(s))
		back, err := TCVN3.NewEncoder().Bytes(s)
		require.NoError(t, err)
		require.Equal(t, b, back)
		_, _ = TCVN3.NewEncoder().Bytes(b) // arbitrary bytes as UTF-8: no panic
	})
}

func FuzzVNI(f *testing.F) {
	f.Add([]byte("Vieät Nam"))
	f.Add([]byte{'a', 0xf8, 'o'})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := VNI.NewDecoder().Bytes(b)
		require.NoError(t, err)
		require.True(t, utf8.Valid(s))
		_, _ = VNI.NewEncoder().Bytes(s)
		_, _ = VNI.NewEncoder().Bytes(b)
		Detect(b)
	})
}

func BenchmarkDecode(b *testing.B) {
	src, _ := VNI.NewEncoder().String(strings.Repeat(sample+"\n", 200))
	tsrc, _ := TCVN3.NewEncoder().String(strings.ToLower(strings.Repeat(sample+"\n", 200)))
	for _, tc := range []struct {
		name string
		e    encoding.Encoding
		src  string
	}{{"VNI", VNI, src}, {"TCVN3", TCVN3, tsrc}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(int64(len(tc.src)))
			d := tc.e.NewDecoder()
			for i := 0; i < b.N; i++ {
				_, _ = d.String(tc.src)
			}
		})
	}
	b.Run("Detect", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for i := 0; i < b.N; i++ {
			Detect([]byte(src))
		}
	})
}

// encode1258 writes s in Windows-1258: a precomposed letter where the code
// page has one, else the letter without its tone plus a combining tone.
func encode1258(t testing.TB, s string) string {
	var b strings.Builder
	enc := charmap.Windows1258.NewEncoder()
	for _, r := range s {
		if out, err := enc.String(string(r)); err == nil {
			b.WriteString(out)
			continue
		}
		var rest []rune
		var tone rune
		for _, m := range norm.NFD.String(string(r)) {
			if strings.ContainsRune("\u0300\u0301\u0303\u0309\u0323", m) {
				tone = m
			} else {
				rest = append(rest, m)
			}
		}
		out, err := enc.String(norm.NFC.String(string(rest)) + string(tone))
		require.NoError(t, err, "%q", r)
		b.WriteString(out)
	}
	return b.String()
}
