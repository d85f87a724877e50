package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/token"
)

func TestFindAllLongestMatch(t *testing.T) {
	l := New[string]()
	l.Add("Ban Tổ chức", "btc")
	l.Add("Ban Tổ chức Trung ương", "btctw")
	l.Add("Sóc Trăng", "ST")
	l.Add("Khánh Hòa", "KH")
	l.Add("Nam", "nam")
	src := "Phó Trưởng Ban Tổ chức Tỉnh ủy Sóc Trăng; Ban Tổ chức Trung ương; Khánh Hoà; Namibia"
	toks := token.Tokenize(src)
	ms := l.FindAll(toks)
	var got []string
	for _, m := range ms {
		got = append(got, src[m.Start:m.End]+"="+m.Value)
	}
	assert.Equal(t, []string{"Ban Tổ chức=btc", "Sóc Trăng=ST", "Ban Tổ chức Trung ương=btctw", "Khánh Hoà=KH"}, got)
}

func TestNoMatchAcrossLines(t *testing.T) {
	l := New[int]()
	l.Add("Sóc Trăng", 1)
	assert.Empty(t, l.FindAll(token.Tokenize("Sóc\nTrăng")))
	require.Len(t, l.FindAll(token.Tokenize("Sóc  Trăng")), 1)
}

func TestLookup(t *testing.T) {
	l := New[int]()
	l.Add("TP. Hồ Chí Minh", 79)
	v, ok := l.Lookup("tp. hồ chí minh")
	assert.True(t, ok)
	assert.Equal(t, 79, v)
	_, ok = l.Lookup("TP. Hồ Chí")
	assert.False(t, ok)
	_, ok = l.Lookup("TP. Hồ Chí Minh mới")
	assert.False(t, ok)
	assert.Equal(t, 1, l.Len())
}
