package main

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestProvinceMerger: a province is resolved as of the article's date. A
// 2020 text keeps the unit of the 63-unit list and names the unit it
// belongs to now; a text dated after 1 July 2025 that names a merged
// province gets the 34-unit list's unit.
func TestProvinceMerger(t *testing.T) {
	tests := []struct {
		name, text                            string
		province, code, scheme, successor, sc string
	}{
		{"2020 text keeps the old unit", "Hội nghị tại Sóc Trăng\n22:8' 26/7/2020\n\nNgày 25-7-2020, Tỉnh ủy Sóc Trăng tổ chức hội nghị sơ kết.\n",
			"Sóc Trăng", "94", "2004", "Cần Thơ", "92"},
		{"2025 text after the merger gets the new unit", "Hội nghị tại Sóc Trăng\n08:00' 15/8/2025\n\nNgày 14-8-2025, đoàn công tác làm việc tại Sóc Trăng.\n",
			"Cần Thơ", "92", "2025", "", ""},
		{"2025 text before the merger keeps the old unit", "Hội nghị tại Bạc Liêu\n08:00' 15/3/2025\n\nNgày 14-3-2025, Tỉnh ủy Bạc Liêu họp.\n",
			"Bạc Liêu", "95", "2004", "Cà Mau", "96"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCLI(t, tt.text, "extract", "--format", "jsonl", "-q", "-")
			require.Equal(t, 0, code, errs)
			recs := jsonLines(t, out)
			require.Len(t, recs, 1)
			provs := recs[0]["provinces"].([]any)
			require.Len(t, provs, 1, out)
			p := provs[0].(map[string]any)
			assert.Equal(t, tt.province, p["name"])
			assert.Equal(t, tt.code, p["code"])
			assert.Equal(t, tt.scheme, p["scheme"])
			succ, _ := p["successor"].(string)
			sc, _ := p["successor_code"].(string)
			assert.Equal(t, tt.successor, succ)
			assert.Equal(t, tt.sc, sc)
		})
	}
}
