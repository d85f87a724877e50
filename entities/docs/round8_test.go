package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRound8Drafts covers a titled document being drafted by a
// coordination of verbs headed by a drafting word, and a title whose verbs
// are coordinated by a comma (made-up sentences in the style of the
// press). want lists the documents after merging as "type|text|number".
func TestRound8Drafts(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"drafting, then a coordinated verb", "Bộ Y tế được giao nghiên cứu xây dựng, hoàn thiện Đề án sắp xếp bệnh viện tuyến tỉnh.", nil},
		{"drafting và a coordinated verb", "Sở Nội vụ chủ trì xây dựng và hoàn thiện Đề án tổ chức lại các đơn vị sự nghiệp.", nil},
		{"a verb alone cites the document", "Thanh tra Chính phủ khẩn trương hoàn thiện Đề án tổ chức lại hệ thống thanh tra.",
			[]string{"Đề án|Đề án tổ chức lại hệ thống thanh tra|"}},
		{"two verbs of one object, joined by a comma", "Bộ Chính trị đã thông qua Đề án sắp xếp, tinh gọn bộ máy hệ thống chính trị.",
			[]string{"Đề án|Đề án sắp xếp, tinh gọn bộ máy hệ thống chính trị|"}},
		{"a comma before a clause ends the title", "Tỉnh đã phê duyệt Đề án phát triển du lịch, đồng thời giao Sở Văn hóa triển khai.",
			[]string{"Đề án|Đề án phát triển du lịch|"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeTextNumber), c.name)
	}
}
