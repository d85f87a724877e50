package docs

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnpol/vnpol/schema"
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
		{"a document yet to be issued", "Quy định này là cơ sở để ban hành Nghị quyết của Ủy ban Thường vụ Quốc hội về phân loại đô thị.", nil},
		{"a plan the ministry will issue", "Bộ cho biết ngành sẽ ban hành Chiến lược phát triển giáo dục đến năm 2030.", nil},
		{"a document issued", "Ủy ban Thường vụ Quốc hội đã ban hành Nghị quyết của Ủy ban Thường vụ Quốc hội về phân loại đô thị.",
			[]string{"Nghị quyết|Nghị quyết của Ủy ban Thường vụ Quốc hội về phân loại đô thị|"}},
		{"a comma before a clause ends the title", "Tỉnh đã phê duyệt Đề án phát triển du lịch, đồng thời giao Sở Văn hóa triển khai.",
			[]string{"Đề án|Đề án phát triển du lịch|"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeTextNumber), c.name)
	}
}

// TestRound8LeadDate covers the day of a dateline lead whose subject
// issues the document cited after a verb of issuing (as of 26 July 2020).
func TestRound8LeadDate(t *testing.T) {
	typeNumberDate := func(d schema.Document) string { return d.Type + "|" + d.Number + "|" + d.Date }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"Ngày D/M, <Org> đã có <Doc>", "Ngày 22/7, Thủ tướng Chính phủ đã có Công điện số 18/CĐ-TTg về việc khắc phục hậu quả mưa lũ.",
			[]string{"Công điện|18|2020-07-22"}},
		{"a day after the article's: the year before", "Ngày 29/12, Bộ Y tế ban hành Quyết định số 123/QĐ-BYT về việc phòng dịch.",
			[]string{"Quyết định|123|2019-12-29"}},
		{"a full date in a clause after a comma", "Ông A cho biết, ngày 9/7/2019, Bộ Chính trị ban hành Quyết định 1348 thành lập các đoàn kiểm tra.",
			[]string{"Quyết định|1348|2019-07-09"}},
		{"tại <Doc>, <Org> yêu cầu", "Ngày 17/5, tại Công văn số 2721/UBND-DL1, UBND tỉnh yêu cầu các sở kiểm tra.",
			[]string{"Công văn|2721|2020-05-17"}},
		// not the document's day
		{"no verb of issuing", "Ngày 22/7, Sở Nội vụ triển khai thực hiện Quyết định số 123/QĐ-UBND của UBND tỉnh.",
			[]string{"Quyết định|123|"}},
		{"the date is the document's own", "Ngày 22/7, Bộ Y tế ban hành Quyết định số 123/QĐ-BYT ngày 20/7/2020.",
			[]string{"Quyết định|123|2020-07-20"}},
		{"a date later in the sentence", "Bộ Y tế ban hành Quyết định số 123/QĐ-BYT, có hiệu lực từ ngày 22/7.",
			[]string{"Quyết định|123|"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeNumberDate), c.name)
	}
}

// TestRound8JointIssuer covers a joint document whose issuers are joined
// by "và" after "của [liên]": both are its issuers when the symbol names
// both codes or the type is joint; otherwise the first alone.
func TestRound8JointIssuer(t *testing.T) {
	typeNumberIssuer := func(d schema.Document) string { return d.Type + "|" + d.Number + "|" + d.Issuer }
	cases := []struct {
		name, text string
		want       []string
	}{
		{"joint symbol, của A và B", "Mức thu theo Thông tư liên tịch số 40/2015/TTLT-BTC-BGDĐT của Bộ Tài chính và Bộ GD&ĐT quy định mức chi.",
			[]string{"Thông tư liên tịch|40|Bộ Tài chính và Bộ Giáo dục và Đào tạo"}},
		{"của liên A và B", "Mức chi theo Thông tư liên tịch số 66/2012/TTLT-BTC-BGDĐT của liên Bộ Tài chính và Bộ GD&ĐT hướng dẫn nội dung.",
			[]string{"Thông tư liên tịch|66|Bộ Tài chính và Bộ Giáo dục và Đào tạo"}},
		// not joint: a ministry and its department in the symbol; a second subject
		{"a ministry's department", "Theo công văn số 2427/BGDĐT-KHTC của Bộ GD&ĐT và Bộ Tài chính đã thống nhất phương án.",
			[]string{"Công văn|2427|Bộ Giáo dục và Đào tạo"}},
		{"one issuer's symbol", "Theo Quyết định số 12/QĐ-TTg của Thủ tướng Chính phủ và Bộ Y tế đã triển khai ngay.",
			[]string{"Quyết định|12|Thủ tướng Chính phủ"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeNumberIssuer), c.name)
	}
}

// TestRound8DraftedAmendment covers an amending bill being drafted: the
// law it amends is cited, not the bill.
func TestRound8DraftedAmendment(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"xây dựng dự án Luật sửa đổi ... của Luật X", "Cục tham mưu xây dựng dự án Luật sửa đổi, bổ sung một số điều của Luật Sĩ quan QĐND Việt Nam.",
			[]string{"Luật|Luật Sĩ quan QĐND Việt Nam|"}},
		{"xây dựng Nghị định sửa đổi ... Nghị định N", "Bộ Y tế đang xây dựng Nghị định sửa đổi, bổ sung Nghị định 117 của Chính phủ.",
			[]string{"Nghị định|Nghị định 117 của Chính phủ|117"}},
		{"an amending law on the agenda is cited", "Quốc hội cho ý kiến về Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật.",
			[]string{"Luật|Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật|"}},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, merged(t, c.name, c.text, typeTextNumber), c.name)
	}
}
