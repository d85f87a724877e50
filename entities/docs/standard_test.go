package docs

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A national standard or technical regulation is cited by its code,
// number, year and issuer's code; its symbol is the whole citation, as
// published, without spaces.
func TestStandards(t *testing.T) {
	tests := []struct{ in, typ, num, sym, issuer string }{
		{"Mẫu muối phải đạt giới hạn tại QCVN 8-2: 2011/BYT về ô nhiễm.", "Quy chuẩn", "8-2", "QCVN 8-2:2011/BYT", "Bộ Y tế"},
		{"theo Quy chuẩn kỹ thuật quốc gia QCVN 01:2009/BYT về nước ăn uống", "Quy chuẩn", "01", "QCVN 01:2009/BYT", "Bộ Y tế"},
		{"nước thải đạt cột A của QCVN 08-MT:2015/BTNMT.", "Quy chuẩn", "08-MT", "QCVN 08-MT:2015/BTNMT", "Bộ Tài nguyên và Môi trường"},
		{"áp dụng TCVN 5945:2005 cho nước thải công nghiệp", "Tiêu chuẩn", "5945", "TCVN 5945:2005", ""},
		{"sản xuất theo TCVN 11892 - 1:2017, phù hợp", "Tiêu chuẩn", "11892-1", "TCVN 11892-1:2017", ""},
		{"đạt TCVN 5945 - tiêu chuẩn cũ", "Tiêu chuẩn", "5945", "TCVN 5945", ""},
		{"đạt QCVN 19 về khí thải", "Quy chuẩn", "19", "QCVN 19", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			cs := find(tc.in, time.Date(2016, 5, 1, 0, 0, 0, 0, time.UTC))
			require.Len(t, cs, 1)
			d := cs[0].Document
			assert.Equal(t, tc.typ, d.Type)
			assert.Equal(t, tc.num, d.Number)
			assert.Equal(t, tc.sym, d.Symbol)
			assert.Equal(t, tc.issuer, d.Issuer)
			assert.Equal(t, d.Text, tc.in[cs[0].Span.Start:cs[0].Span.End])
		})
	}
	for _, in := range []string{"mã QCVN của sản phẩm", "đạt chuẩn QCVN, TCVN hiện hành", "QCVN-08 mới"} {
		assert.Empty(t, find(in, time.Time{}), in)
	}
}
