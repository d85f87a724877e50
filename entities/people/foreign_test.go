package people

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Names after a role with no Vietnamese family name: foreign names read by
// their spelling, with an organization, a firm or a newspaper between the
// role and the name; and the Sino-Vietnamese family names of data/family.txt.
func TestForeignAfterRole(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Tổng thống Joe Biden đã gặp các nhà lãnh đạo.", []string{"Joe Biden: Tổng thống"}},
		{"Hôm qua, Tổng thống Macron phát biểu tại Paris.", []string{"Macron: Tổng thống"}},
		{"Ông Emmanuel Macron đến Hà Nội. Tổng thống Macron phát biểu.", []string{"Emmanuel Macron: Tổng thống"}},
		{"Tổng Thư ký Liên hợp quốc Antonio Guterres kêu gọi ngừng bắn.", []string{"Antonio Guterres: Tổng Thư ký Liên hợp quốc"}},
		{"Tổng Thư ký NATO Jens Stoltenberg cho biết.", []string{"Jens Stoltenberg: Tổng Thư ký NATO"}},
		{"Thủ tướng Montenegro Milo Dukanovic dự lễ.", []string{"Milo Dukanovic: Thủ tướng Montenegro"}},
		{"Tổng thống Nga Vladimir Putin điện đàm.", []string{"Vladimir Putin: Tổng thống Nga"}},
		{"Tổng thống Yoon Suk-yeol ban bố thiết quân luật.", []string{"Yoon Suk-yeol: Tổng thống"}},
		{"Thống đốc Florida Ron DeSantis ký luật.", []string{"Ron DeSantis: Thống đốc Florida"}},
		{"Tổng biên tập báo Tuổi Trẻ Trần Văn Bình phát biểu.", []string{"Trần Văn Bình: Tổng biên tập báo Tuổi Trẻ"}},
		{"Chủ tịch Tập Cận Bình tiếp đoàn.", []string{"Tập Cận Bình: Chủ tịch"}},
		{"Cựu Thủ tướng Ôn Gia Bảo dự lễ.", []string{"Ôn Gia Bảo: Cựu Thủ tướng"}},
		{"Bí thư Tỉnh ủy Văn Tiến Hùng làm việc.", []string{"Văn Tiến Hùng: Bí thư Tỉnh ủy"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
		checkSpans(t, c.text, r)
	}
}

func TestForeignNotPeople(t *testing.T) {
	for _, s := range []string{
		"Thủ tướng Chính phủ chỉ đạo các bộ.",
		"Chủ tịch UBND tỉnh Long An làm việc.",
		"Tổng Thư ký Quốc hội báo cáo.",
		"Giám đốc Google Việt Nam cho biết.",
		"Chủ tịch Vingroup cho biết.",
		"Tổng giám đốc Bamboo Airways từ nhiệm.",
		"Chủ tịch Atletico Madrid phát biểu.",
		"Tổng thống Ukraine cho biết.",
		"Chủ tịch Hun Sen đến thăm.",
		"Giải Chung Kết Thế Giới diễn ra.",
	} {
		r := Find(Input{Text: s})
		assert.Empty(t, summary(r), s)
	}
}

func TestForeignAfterAbbreviation(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Tổng thống LB Nga Vladimir Putin phát biểu.", []string{"Vladimir Putin: Tổng thống LB Nga"}},
		{"Chủ tịch Fed San Francisco Mary Daly cho biết.", []string{"Mary Daly: Chủ tịch Fed San Francisco"}},
	} {
		r := Find(Input{Text: c.text})
		assert.Equal(t, c.want, summary(r), c.text)
	}
}
