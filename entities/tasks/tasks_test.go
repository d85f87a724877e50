package tasks

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

func run(text string) (tasks, results []schema.TaskList) {
	return Find(Input{Text: text, Tokens: token.Tokenize(text), Sentences: segment.Sentences(text)})
}

func texts(ls []schema.TaskList) []string {
	var out []string
	for _, it := range sortItems(ls) {
		out = append(out, it.Text)
	}
	return out
}

// taskCase is one made-up text and the task items expected from it.
type taskCase struct {
	name string
	text string
	want []string
}

// checkTaskCases runs each case: the task items found must be want, and
// every span, of tasks and results, must hold its text.
func checkTaskCases(t *testing.T, cases []taskCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tasks, results := run(c.text)
			checkSpans(t, c.text, tasks)
			checkSpans(t, c.text, results)
			assert.Equal(t, c.want, texts(tasks))
		})
	}
}

func checkSpans(t *testing.T, text string, ls []schema.TaskList) {
	t.Helper()
	for _, l := range ls {
		require.NotEmpty(t, l.Items)
		for _, it := range l.Items {
			require.True(t, it.Span.Start >= 0 && it.Span.Start < it.Span.End && it.Span.End <= len(text), "span %v", it.Span)
			require.Equal(t, text[it.Span.Start:it.Span.End], it.Text)
		}
		if l.Period != nil && l.Period.Span != nil {
			require.Equal(t, text[l.Period.Span.Start:l.Period.Span.End], l.Period.Text)
		}
	}
}

func TestSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	require.NoError(t, err)
	var key struct {
		Tasks []struct {
			Period string   `json:"period"`
			Items  []string `json:"items"`
		} `json:"tasks"`
	}
	kb, err := os.ReadFile("testdata/seed.tasks.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(kb, &key))
	text := string(b)
	tasks, results := run(text)
	checkSpans(t, text, tasks)
	checkSpans(t, text, results)

	var want []string
	for _, l := range key.Tasks {
		want = append(want, l.Items...)
	}
	assert.ElementsMatch(t, want, texts(tasks))

	require.Len(t, tasks, 2)
	assert.Nil(t, tasks[0].Period) // the request in the reported speech names no period
	assert.Len(t, tasks[0].Items, 3)
	require.NotNil(t, tasks[1].Period)
	assert.Len(t, tasks[1].Items, 8)
	assert.Equal(t, "6 tháng cuối năm 2020", tasks[1].Period.Text)
	assert.Equal(t, "2020-07-01", tasks[1].Period.Start)
	assert.Equal(t, "2020-12-31", tasks[1].Period.End)

	// the results paragraph (past frame) is read as results, not tasks
	got := strings.Join(texts(results), "\n")
	assert.Contains(t, got, "Tiếp tục triển khai có hiệu quả Nghị quyết Trung ương 4 (khóa XII)")
	assert.Contains(t, got, "Tăng cường công tác xây dựng, củng cố các loại hình TCCSĐ")
	require.NotEmpty(t, results)
	require.NotNil(t, results[0].Period)
	assert.Equal(t, "2020-01-01", results[0].Period.Start)
}

func TestFind(t *testing.T) {
	cases := []taskCase{
		{"directive with modal items split on semicolon (dev 003)",
			"Thường trực Ban Bí thư Đinh Thế Huynh đề nghị Đắk Lắk cần đánh giá thật cụ thể về thiệt hại do hạn hán gây ra; cả hệ thống chính trị cần tập trung lãnh đạo, chỉ đạo.",
			[]string{"Đắk Lắk cần đánh giá thật cụ thể về thiệt hại do hạn hán gây ra", "cả hệ thống chính trị cần tập trung lãnh đạo, chỉ đạo"}},
		{"directive then verb-first continuation (dev 016)",
			"Ủy ban Kiểm tra Trung ương yêu cầu Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo khắc phục kịp thời các vi phạm, khuyết điểm được chỉ ra; thi hành kỷ luật các tổ chức đảng và đảng viên.",
			[]string{"Ban Thường vụ Tỉnh ủy lãnh đạo, chỉ đạo khắc phục kịp thời các vi phạm, khuyết điểm được chỉ ra", "thi hành kỷ luật các tổ chức đảng và đảng viên"}},
		{"modal sentence drops the lead-in (dev 004)",
			"Vì vậy, tỉnh Đắk Lắk cần đổi mới hoàn thiện các cơ chế chính sách để thu hút đầu tư.",
			[]string{"tỉnh Đắk Lắk cần đổi mới hoàn thiện các cơ chế chính sách để thu hút đầu tư"}},
		{"commitment after khẳng định sẽ (dev 023)",
			"Nhận thức rõ vinh dự và trách nhiệm được giao, ông Trần Cẩm Tú khẳng định sẽ không ngừng nêu cao tinh thần trách nhiệm, bản lĩnh chính trị.",
			[]string{"không ngừng nêu cao tinh thần trách nhiệm, bản lĩnh chính trị"}},
		{"named object dropped (dev 023)",
			"Tổng Bí thư Tô Lâm đề nghị ông Trần Cẩm Tú nhanh chóng tiếp cận và thực hiện tốt chức trách, nhiệm vụ được giao.",
			[]string{"nhanh chóng tiếp cận và thực hiện tốt chức trách, nhiệm vụ được giao"}},
		{"list introduced by gồm: (dev 015)",
			"Tổng Bí thư đề nghị Quân ủy Trung ương tập trung lãnh đạo. Trong đó 5 quyết tâm gồm: Quyết tâm lãnh đạo, chỉ đạo kiện toàn tổ chức, biên chế của Quân đội; Quyết tâm tổ chức tốt các hoạt động kỷ niệm.",
			[]string{"Quân ủy Trung ương tập trung lãnh đạo", "Quyết tâm lãnh đạo, chỉ đạo kiện toàn tổ chức, biên chế của Quân đội", "Quyết tâm tổ chức tốt các hoạt động kỷ niệm"}},
		{"document list after nhiệm vụ sau: (dev 012)",
			"Bộ Chính trị yêu cầu các cấp ủy thực hiện tốt một số nội dung, nhiệm vụ sau:\n\n1. Thực hiện Kết luận số 121-KL/TW\n\n1.1. Khẩn trương hoàn thiện tổ chức bên trong các cơ quan, đơn vị.\n\n3.2. Giao Đảng ủy Chính phủ:\n\n- Chỉ đạo Đảng ủy Thanh tra Chính phủ khẩn trương hoàn thiện Đề án tổ chức lại hệ thống thanh tra.\n",
			[]string{"Khẩn trương hoàn thiện tổ chức bên trong các cơ quan, đơn vị", "Chỉ đạo Đảng ủy Thanh tra Chính phủ khẩn trương hoàn thiện Đề án tổ chức lại hệ thống thanh tra"}},
		{"focus frame with coming period (domain notes)",
			"Cụm thi đua số 5 đã thông qua nhiệm vụ trọng tâm trong 6 tháng cuối năm 2020, trọng tâm là tiếp tục tham mưu ban thường vụ tỉnh ủy. Coi trọng tổng kết thực tiễn, đúc rút kinh nghiệm.",
			[]string{"tiếp tục tham mưu ban thường vụ tỉnh ủy", "Coi trọng tổng kết thực tiễn, đúc rút kinh nghiệm"}},

		// negatives
		{"past narrative directive (dev 011)", "Ngày 9-5, Thủ tướng đã chỉ đạo hỗ trợ gạo cho ngư dân, có chính sách vay tiền.", nil},
		{"noun use of đề nghị (dev 016)", "Xem xét báo cáo đề nghị thi hành kỷ luật một số đảng viên vi phạm, Ủy ban Kiểm tra Trung ương nhận thấy:", nil},
		{"headline without final stop (dev 003)", "Ông Đinh Thế Huynh: Đắk Lắk cần bảo đảm đời sống đồng bào dân tộc", nil},
		{"relative cần after vấn đề (dev 004)", "Xác định Đắk Lắk là tỉnh nghèo, nhưng làm thế nào khơi dậy tiềm năng là vấn đề cần phải tập trung nghiên cứu.", nil},
		{"place name Cần Thơ", "Đoàn công tác đã đến Cần Thơ và Vĩnh Long trong hai ngày.", nil},
		{"organ name Ban Chỉ đạo (dev 002)", "Cùng ngày, đồng chí Đinh Thế Huynh cũng đã có buổi làm việc với Thường trực Ban Chỉ đạo Tây Nguyên về công tác cán bộ.", nil},
		{"quoted opinion (dev 019)", "\"Nhà nước cần sắp xếp lại số lượng tỉnh thành nhằm giảm tải khối lượng công việc\", ông nói.", nil},
		{"degree phrase đến mức phải (dev 016)", "Những vi phạm nêu trên đã gây hậu quả nghiêm trọng, đến mức phải xem xét, xử lý kỷ luật.", nil},
		{"caption", "Đồng chí Lâm Văn Mẫn phát biểu chào mừng Hội nghị. Ảnh: T.S", nil},
		{"markdown link", "[Ủy ban Kiểm tra Trung ương đề nghị kỷ luật Phó thủ tướng ...](https://tuoitre.vn/x.htm)", nil},
		{"empty", "", nil},
	}
	checkTaskCases(t, cases)
}

func TestResultsNotTasks(t *testing.T) {
	text := "Báo cáo nêu rõ: Trong 6 tháng đầu năm 2020, các đơn vị đã tích cực tham mưu cấp ủy triển khai thực hiện có hiệu quả các nhiệm vụ. Tiếp tục triển khai có hiệu quả Nghị quyết Trung ương 4. Tăng cường công tác xây dựng tổ chức cơ sở đảng."
	tasks, results := run(text)
	assert.Empty(t, tasks)
	assert.Equal(t, []string{
		"tích cực tham mưu cấp ủy triển khai thực hiện có hiệu quả các nhiệm vụ",
		"Tiếp tục triển khai có hiệu quả Nghị quyết Trung ương 4",
		"Tăng cường công tác xây dựng tổ chức cơ sở đảng",
	}, texts(results))
}

func TestNilTokensAndSentences(t *testing.T) {
	text := "Thủ tướng đề nghị Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị giám sát việc vận động."
	tasks, _ := Find(Input{Text: text})
	assert.Equal(t, []string{"Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị giám sát việc vận động"}, texts(tasks))
	// tokens that do not belong to the text are refused, not trusted
	tasks, _ = Find(Input{Text: "ab", Tokens: []token.Token{{Start: 0, End: 9}}})
	assert.Empty(t, tasks)
}

func FuzzFind(f *testing.F) {
	b, _ := os.ReadFile("testdata/seed.txt")
	f.Add(string(b))
	f.Add("Thủ tướng đề nghị: (1) A b; (2) c d.\n- Tiếp tục x y;\n1.1. Giao Bộ z:")
	f.Add("“Cần”, ông nói. 1. a) (")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		tasks, results := run(s)
		for _, ls := range [][]schema.TaskList{tasks, results} {
			for _, l := range ls {
				for _, it := range l.Items {
					if it.Span.Start < 0 || it.Span.End > len(s) || it.Span.Start >= it.Span.End || s[it.Span.Start:it.Span.End] != it.Text {
						t.Fatalf("bad span %v %q", it.Span, it.Text)
					}
				}
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("testdata/seed.txt")
	require.NoError(b, err)
	text := string(data)
	in := Input{Text: text, Tokens: token.Tokenize(text), Sentences: segment.Sentences(text)}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Find(in)
	}
}

// BenchmarkFindRepo runs Find over the repository's testdata articles (the
// files scripts/icount.sh reads), for profiling on more than one text.
func BenchmarkFindRepo(b *testing.B) {
	var files []string
	for _, g := range []string{"../../testdata/*.txt", "../*/testdata/*.txt"} {
		m, _ := filepath.Glob(g)
		files = append(files, m...)
	}
	if len(files) == 0 {
		b.Skip("no testdata articles")
	}
	var ins []Input
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		text := string(data)
		ins = append(ins, Input{Text: text, Tokens: token.Tokenize(text), Sentences: segment.Sentences(text)})
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, in := range ins {
			Find(in)
		}
	}
}

// sigCommon, which lets dropTeasers skip sorting an item, must never count
// fewer shared words than common does on the sorted sets.
func TestSigCommonBoundsCommon(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		a := make([]uint32, 1+rng.IntN(40))
		b := make([]uint32, 1+rng.IntN(60))
		for i := range a {
			a[i] = rng.Uint32() % 300 // small range: many shared words
		}
		for i := range b {
			b[i] = rng.Uint32() % 300
		}
		var sig [4]uint64
		for _, h := range b {
			sig[h>>6&3] |= 1 << (h & 63)
		}
		slices.Sort(a)
		a = slices.Compact(a)
		slices.Sort(b)
		b = slices.Compact(b)
		require.GreaterOrEqual(t, sigCommon(a, &sig), common(a, b))
	}
}
