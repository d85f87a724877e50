package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/schema"
)

const fixtureGold = "testdata/gold"

func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	require.NoError(t, err)
	return string(b)
}

func scoreFixture(t *testing.T) *Report {
	t.Helper()
	f, err := os.Open("testdata/pred.jsonl")
	require.NoError(t, err)
	defer f.Close()
	rep, err := ScoreJSONL([]string{fixtureGold}, f, nil)
	require.NoError(t, err)
	return rep
}

// TestGolden: the port prints what the Python scorer printed on the fixture.
func TestGolden(t *testing.T) {
	rep := scoreFixture(t)
	for _, tc := range []struct {
		golden string
		write  func(*bytes.Buffer) error
	}{
		{"testdata/want.txt", func(b *bytes.Buffer) error { return rep.WriteTable(b, false) }},
		{"testdata/want-verbose.txt", func(b *bytes.Buffer) error { return rep.WriteTable(b, true) }},
		{"testdata/want.json", func(b *bytes.Buffer) error { return rep.WriteJSON(b) }},
	} {
		t.Run(filepath.Base(tc.golden), func(t *testing.T) {
			var b bytes.Buffer
			require.NoError(t, tc.write(&b))
			assert.Equal(t, readFile(t, tc.golden), b.String())
		})
	}
	assert.Equal(t, 5, rep.Articles)
	assert.Equal(t, []string{"011_vims-hop-bao-chinh-phu-ca-chet.txt"}, rep.Missing)
	assert.Equal(t, 10, rep.NFields)
}

// TestScoreMaps: records given as maps score the same figures.
func TestScoreMaps(t *testing.T) {
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(readFile(t, "testdata/pred.jsonl")))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
		recs = append(recs, m)
	}
	rep, err := Score([]string{fixtureGold}, recs, nil)
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, rep.WriteTable(&b, false))
	assert.Equal(t, readFile(t, "testdata/want.txt"), b.String())
}

// TestScoreRecords scores a hand-built schema.Record against the synthetic key.
func TestScoreRecords(t *testing.T) {
	rec := &schema.Record{
		SchemaVersion: schema.SchemaVersion,
		Source:        schema.Source{Path: "somewhere/zz-synthetic-header.txt"},
		Article:       schema.Article{Title: "Hội nghị Ban Chấp hành Đảng bộ tỉnh Cà Mau lần thứ 5 khóa XVII"},
		Officials: []schema.Official{{Name: "Nguyễn Văn Bé", Titles: []schema.Title{
			{Text: "Ủy viên Trung ương Đảng", Role: "Ủy viên"},
			{Text: "Bí thư Tỉnh ủy", Role: "Bí thư", Organization: "Tỉnh ủy Cà Mau"},
		}}},
		Documents: []schema.Document{
			{Text: "Nghị quyết số 05-NQ/TU", Type: "Nghị quyết", Number: "05", Symbol: "05-NQ/TU"},
			{Text: "Chỉ thị 35-CT/TW", Type: "Chỉ thị", Number: "35", Symbol: "35-CT/TW"},
			{Text: "Nghị quyết Trung ương 4", Type: "Nghị quyết", Plenum: 4, Term: "XII"},
		},
		Provinces: []schema.Province{{Name: "Cà Mau"}},
		Meetings:  []schema.Meeting{{Kind: "hội nghị", Date: "2024-01-05", Location: &schema.Location{Text: "TP. Cà Mau", Province: "Cà Mau"}}},
		Tasks: []schema.TaskList{{Items: []schema.Item{
			{Text: "tập trung phát triển kinh tế biển"}, {Text: "đẩy mạnh chuyển đổi số"}, {Text: "về đại hội và thêm"},
		}}},
	}
	rep, err := ScoreRecords([]string{fixtureGold}, []*schema.Record{rec}, nil)
	require.NoError(t, err)
	got := map[string]Tally{}
	for _, f := range rep.Fields {
		got[f.Name] = f.Tally
	}
	// only the synthetic article has a record: its fields are all right
	for _, f := range []string{"officials", "titles", "documents", "doc_symbols", "provinces", "meeting_kind", "meeting_date", "meeting_location"} {
		assert.Zero(t, got[f].FP, f)
	}
	assert.Equal(t, Tally{TP: 1, FN: 15}, got["officials"])
	assert.Equal(t, Tally{TP: 3, FN: 11}, got["documents"])
	assert.Equal(t, 2, got["doc_symbols"].TP)
	assert.Equal(t, 17, got["tasks"].TP, "the three items cover the 17 task words of the synthetic body")
	assert.Len(t, rep.Missing, 4)
}

// TestLivePython compares with the reference scorer itself when it is there.
func TestLivePython(t *testing.T) {
	if testing.Short() {
		t.Skip("runs python3")
	}
	script := filepath.Join("..", "..", "shared", "eval", "score")
	if _, err := os.Stat(script); err != nil {
		t.Skip("reference scorer not found at ../shared/eval/score")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	rep := scoreFixture(t)
	for _, args := range [][]string{{"-v"}, {"--json"}} {
		out, err := exec.Command("python3", append([]string{script, "--gold", fixtureGold, "testdata/pred.jsonl"}, args...)...).Output()
		require.NoError(t, err)
		var b bytes.Buffer
		if args[0] == "-v" {
			require.NoError(t, rep.WriteTable(&b, true))
		} else {
			require.NoError(t, rep.WriteJSON(&b))
		}
		assert.Equal(t, string(out), b.String(), args)
	}
}

func TestFold(t *testing.T) {
	for _, tc := range []struct {
		in    any
		roman bool
		want  string
	}{
		{"Đồng chí Lâm Văn Mẫn", false, "dong chi lam van man"},
		{"Hòa Bình / Hoà Bình", false, "hoa binh hoa binh"},
		{"  TP. Hồ Chí Minh  ", false, "tp ho chi minh"},
		{"Khóa XIII, nhiệm kỳ 2020-2025", true, "khoa 13 nhiem ky 2020 2025"},
		{"Đại hội XXI", true, "dai hoi xxi"},
		{"Vì dân", true, "6 dan"}, // as the script does: "vi" reads as a numeral
		{"35-CT/TW", false, "35 ct tw"},
		{nil, false, ""},
		{json.Number("5"), false, "5"},
		{json.Number("4.0"), false, "4 0"},
		{true, false, "true"},
		{"İstanbul", false, "istanbul"},
	} {
		assert.Equal(t, tc.want, fold(tc.in, tc.roman), "%v", tc.in)
	}
}

func TestNumTitlePlace(t *testing.T) {
	assert.Equal(t, "35", num("035"))
	assert.Equal(t, "0", num("000"))
	assert.Equal(t, "126", num(" 126-KL/TW"))
	assert.Equal(t, "abc", num("ABC"))
	assert.Equal(t, "", num(nil))
	assert.Equal(t, "5", num(json.Number("5")))

	assert.Equal(t, "bi thu tinh uy soc trang", titleFold("Đồng chí Bí thư Tỉnh ủy Sóc Trăng"))
	assert.Equal(t, "uy vien trung uong dang", titleFold("Ủy viên Trung ương Đảng khóa XIII"))
	assert.Equal(t, "chu tich ubnd tinh", titleFold("Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026"))
	assert.Equal(t, "dong chi", titleFold("đồng chí"))
	assert.Equal(t, "khoa hoc", titleFold("khoa học"))

	assert.Equal(t, "ho chi minh", place("TP. Hồ Chí Minh"))
	assert.Equal(t, "can tho", place("thành phố Cần Thơ"))
	assert.Equal(t, "soc trang", place("tỉnh Sóc Trăng"))
	assert.Equal(t, "tinh", place("Tỉnh"))
	obj, err := decodeJSON([]byte(`{"text":"tại TP. Sóc Trăng","province":"Sóc Trăng"}`))
	require.NoError(t, err)
	assert.Equal(t, "soc trang", place(obj))
}

func TestReadBody(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"source: x\na\nb\n---\nBody &amp; more", "Body & more"},
		{"title\r\nline\rx", "title\nline\nx"},
		{`a\nb\r\nc`, "a\nb\nc"},
		{"&#8220;x&#8221; &#1;y &#x2014; &notit; &#0;", "\u201cx\u201d y \u2014 \u00acit; \ufffd"},
		{"source: only", ""},
	} {
		assert.Equal(t, tc.want, readBody([]byte(tc.in)), tc.in)
	}
}

func TestRepr(t *testing.T) {
	assert.Equal(t, `'Sóc Trăng'`, pyRepr("Sóc Trăng"))
	assert.Equal(t, `"it's"`, pyRepr("it's"))
	assert.Equal(t, `'a\nb\x01'`, pyRepr("a\nb\x01"))
	assert.Equal(t, "None", pyRepr(nil))
	assert.Equal(t, "('luat', 't')", docKey{"luat", "t"}.repr())
	for in, want := range map[float64]string{1: "1.0", 0.5: "0.5", 1e16: "1e+16", 1.5e-5: "1.5e-05", 123.25: "123.25", 0.0001: "0.0001"} {
		assert.Equal(t, want, floatRepr(in))
	}
	assert.Equal(t, "0.6667", round4(2.0/3))
	assert.Equal(t, "1.0", round4(1))
}

func TestGreedyTies(t *testing.T) {
	// equal scores: the script takes the highest indexes first
	got := greedy(2, 2, func(i, j int) (float64, bool) { return 1, true })
	assert.Equal(t, []pair{{1, 1}, {0, 0}}, got)
	got = greedy(2, 2, func(i, j int) (float64, bool) { return float64(i*2 + j), i != j })
	assert.Equal(t, []pair{{1, 0}, {0, 1}}, got)
}

func TestScoreErrors(t *testing.T) {
	_, err := ScoreJSONL(nil, strings.NewReader(""), nil)
	require.Error(t, err)
	_, err = ScoreJSONL([]string{fixtureGold}, strings.NewReader("{\"a\":1}\nnot json\n"), nil)
	require.ErrorContains(t, err, "line 2")
	_, err = ScoreJSONL([]string{"testdata/nonexistent"}, strings.NewReader(""), nil)
	require.Error(t, err)
}

func FuzzScoreJSONL(f *testing.F) {
	f.Add(`{"source":{"path":"zz-synthetic-header.txt"},"officials":[{"name":"x","titles":"ab"}],"meetings":[{"location":3}]}`)
	f.Add(`{"file":"a","documents":[{"type":null,"plenum":"x"}],"tasks":["a",{"items":null}]}`)
	f.Fuzz(func(t *testing.T, line string) {
		rep, err := ScoreJSONL([]string{fixtureGold}, strings.NewReader(line), nil)
		if err == nil {
			var b bytes.Buffer
			_ = rep.WriteTable(&b, true)
		}
	})
}

func BenchmarkScore(b *testing.B) {
	data, err := os.ReadFile("testdata/pred.jsonl")
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ScoreJSONL([]string{fixtureGold}, bytes.NewReader(data), nil); err != nil {
			b.Fatal(err)
		}
	}
}
