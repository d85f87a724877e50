package people

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestStrIndex checks the table against a Go map through growth, updates
// and resets.
func TestStrIndex(t *testing.T) {
	var ix strIndex[int]
	for round := 0; round < 3; round++ {
		want := map[string]int{}
		for i := 0; i < 300; i++ {
			k := "k" + strconv.Itoa(i*7%211)
			ix.put(k, i)
			want[k] = i
		}
		assert.Equal(t, len(want), ix.size())
		for i := 0; i < 400; i++ {
			k := "k" + strconv.Itoa(i)
			v, ok := ix.get(k)
			w, wok := want[k]
			assert.Equal(t, wok, ok, k)
			assert.Equal(t, w, v, k)
		}
		ix.reset()
		_, ok := ix.get("k0")
		assert.False(t, ok)
	}
}

// TestJoinText checks that joinText gives a + " " + b, a piece of the text
// where the two lie one space apart.
func TestJoinText(t *testing.T) {
	p := &parser{text: "nguyên Bí thư Tỉnh ủy, Chủ tịch"}
	a, b := p.text[0:len("nguyên")], p.text[len("nguyên "):len("nguyên Bí thư")]
	assert.Equal(t, "nguyên Bí thư", p.joinText(a, b))
	off, ok := p.textOffset(p.joinText(a, b))
	assert.True(t, ok)
	assert.Equal(t, 0, off)
	c := p.text[len("nguyên Bí thư Tỉnh ủy, "):]
	assert.Equal(t, "nguyên Chủ tịch", p.joinText(a, c)) // not adjacent
	assert.Equal(t, "Bí thư nguyên", p.joinText(b, a))   // wrong order
	assert.Equal(t, "x nguyên", p.joinText("x", a))      // not in the text
	_, ok = p.textOffset("")
	assert.False(t, ok)
}
