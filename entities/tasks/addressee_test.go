package tasks

import "testing"

// TestAddresseeParagraphs: in a directive's open list, a paragraph that
// opens with an addressee (a title and its organization, or an
// organization alone) and its verb is one
// more item, starting at the title; elsewhere, or with a speech verb, a
// past marker, a bare title or a name, it is not.
func TestAddresseeParagraphs(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"title and organization, then a verb, continue the list",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nChủ tịch Ủy ban nhân dân tỉnh Hà Giang trực tiếp chủ trì việc di dời dân; đồng thời bố trí nơi ở tạm cho các hộ.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "Chủ tịch Ủy ban nhân dân tỉnh Hà Giang trực tiếp chủ trì việc di dời dân", "bố trí nơi ở tạm cho các hộ"}},
		{"chỉ đạo after the addressee: the item starts at the title",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nBộ trưởng Bộ Nông nghiệp chỉ đạo các đơn vị rà soát hệ thống đê điều.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "Bộ trưởng Bộ Nông nghiệp chỉ đạo các đơn vị rà soát hệ thống đê điều"}},
		{"nouns joined by a comma inside the organization",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nChủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển chỉ đạo lực lượng chức năng kiểm tra tàu thuyền.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển chỉ đạo lực lượng chức năng kiểm tra tàu thuyền"}},
		{"a determiner and an organ after the title",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nThủ trưởng các cơ quan, đơn vị tăng cường kiểm tra việc trực ban.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "Thủ trưởng các cơ quan, đơn vị tăng cường kiểm tra việc trực ban"}},
		{"an organization alone, then its verb",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nBộ Y tế chỉ đạo các bệnh viện bảo đảm thuốc men cho người dân.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "Bộ Y tế chỉ đạo các bệnh viện bảo đảm thuốc men cho người dân"}},
		{"names joined by a colon and commas",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nỦy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng, Thái Bình chỉ đạo lực lượng chức năng kiểm đếm tàu thuyền.\n\nĐài Truyền hình Việt Nam, Thông tấn xã Việt Nam tăng cường thông tin về diễn biến của bão.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "Ủy ban nhân dân các tỉnh: Quảng Ninh, Hải Phòng, Thái Bình chỉ đạo lực lượng chức năng kiểm đếm tàu thuyền", "Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam tăng cường thông tin về diễn biến của bão"}},
		// negatives
		{"an organization with a speech verb",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nBộ Y tế cho biết đã cấp đủ thuốc men cho người dân.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"a common noun after an organization word is no organization",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nĐoàn công tác kiểm tra các điểm sạt lở.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"an organization with a past marker",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nBộ Y tế đã tổ chức đoàn công tác.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"no list open: the title holder is the speaker",
			"Bộ trưởng Bộ Nông nghiệp chỉ đạo các đơn vị rà soát hệ thống đê điều.",
			[]string{"các đơn vị rà soát hệ thống đê điều"}},
		{"a speech verb after the title ends the list",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nChủ tịch Ủy ban nhân dân tỉnh Hà Giang cho biết tỉnh tổ chức di dời dân.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"a past marker: a report",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nChủ tịch Ủy ban nhân dân tỉnh Hà Giang đã chủ trì cuộc họp.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"a bare title is the speaker",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nChủ tịch nước chủ trì buổi tiếp đoàn đại biểu.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"a person's name after the title and organization: a person's act",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nBộ trưởng Bộ Y tế Nguyễn Thị Bình chủ trì cuộc họp trực tuyến với các địa phương.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"a city named for a person is a place",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nChủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo các quận kiểm tra hệ thống thoát nước.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh chỉ đạo các quận kiểm tra hệ thống thoát nước"}},
		{"a name after the title is the speaker",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nBộ trưởng Nguyễn Văn Bình chủ trì buổi tiếp đoàn đại biểu.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão"}},
		{"another request verb: the title holder's own request",
			"Thủ tướng yêu cầu các bộ khẩn trương khắc phục hậu quả cơn bão.\n\nChủ tịch Ủy ban nhân dân tỉnh Hà Giang yêu cầu các xã kiểm đếm thiệt hại.",
			[]string{"các bộ khẩn trương khắc phục hậu quả cơn bão", "các xã kiểm đếm thiệt hại"}},
		{"a list not opened by a directive",
			"Tỉnh Hà Giang cần khắc phục hậu quả cơn bão.\n\nChủ tịch Ủy ban nhân dân tỉnh Hà Giang trực tiếp chủ trì việc di dời dân.",
			[]string{"Tỉnh Hà Giang cần khắc phục hậu quả cơn bão"}},
	})
}

// TestColonDirective: "<speaker> yêu cầu:" opens a list whose items, the
// paragraphs after it, may open with their addressees.
func TestColonDirective(t *testing.T) {
	checkTaskCases(t, []taskCase{
		{"numbered addressee paragraphs after yêu cầu:",
			"Để ứng phó với bão, Thủ tướng Chính phủ yêu cầu:\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh ven biển chỉ đạo lực lượng chức năng kiểm đếm tàu thuyền.\n\n2. Bộ Quốc phòng sẵn sàng lực lượng, phương tiện để hỗ trợ người dân.",
			[]string{"Chủ tịch Ủy ban nhân dân các tỉnh ven biển chỉ đạo lực lượng chức năng kiểm đếm tàu thuyền", "Bộ Quốc phòng sẵn sàng lực lượng, phương tiện để hỗ trợ người dân"}},
		{"a numbered addressee paragraph goes on after an unread one; a long list of names; a plural of organs",
			"Thủ tướng Chính phủ yêu cầu:\n\n1. Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chỉ đạo tìm kiếm người mất tích.\n\nNhiều tuyến đường bị chia cắt trong nhiều ngày liền.\n\n2. Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Xây dựng, Công Thương, Y tế, Giáo dục và Đào tạo, Tài chính, Quốc phòng, Công an chủ động chỉ đạo, kiểm tra công tác phòng, chống thiên tai.\n\n3. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các lực lượng hỗ trợ địa phương.",
			[]string{"Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chỉ đạo tìm kiếm người mất tích", "Bộ trưởng các Bộ: Nông nghiệp và Môi trường, Xây dựng, Công Thương, Y tế, Giáo dục và Đào tạo, Tài chính, Quốc phòng, Công an chủ động chỉ đạo, kiểm tra công tác phòng, chống thiên tai", "Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các lực lượng hỗ trợ địa phương"}},
		// negatives
		{"a numbered addressee paragraph far after the list is its speaker's own direction",
			"Thủ tướng Chính phủ yêu cầu:\n\n1. Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chỉ đạo tìm kiếm người mất tích.\n\nNhiều tuyến đường bị chia cắt.\n\nMưa lớn kéo dài nhiều ngày.\n\nNhiều hộ dân đã di dời.\n\n2. Ủy ban nhân dân tỉnh chỉ đạo các huyện tổ chức hội nghị tổng kết.",
			[]string{"Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chỉ đạo tìm kiếm người mất tích", "các huyện tổ chức hội nghị tổng kết"}},
		{"an unnumbered addressee paragraph after an unread one",
			"Thủ tướng Chính phủ yêu cầu:\n\n1. Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chỉ đạo tìm kiếm người mất tích.\n\nNhiều tuyến đường bị chia cắt trong nhiều ngày liền.\n\nBộ Xây dựng chủ trì hội thảo về nhà ở xã hội.",
			[]string{"Chủ tịch Ủy ban nhân dân tỉnh Lào Cai chỉ đạo tìm kiếm người mất tích"}},
		{"a plural that is no organ",
			"Thủ tướng Chính phủ yêu cầu các bộ khẩn trương khắc phục hậu quả.\n\nCác đại biểu tham gia đóng góp ý kiến.",
			[]string{"các bộ khẩn trương khắc phục hậu quả"}},
		{"a noun before the request verb: no speaker",
			"Theo báo cáo của Bộ, nội dung đề nghị:\n\n1. Chủ tịch Ủy ban nhân dân các tỉnh ven biển chỉ đạo lực lượng chức năng kiểm đếm tàu thuyền.",
			[]string{"lực lượng chức năng kiểm đếm tàu thuyền"}},
		{"a report after the intro ends the list",
			"Thủ tướng Chính phủ yêu cầu:\n\nCơn bão đã gây thiệt hại lớn cho các tỉnh ven biển.\n\nBộ Quốc phòng sẵn sàng lực lượng, phương tiện để hỗ trợ người dân.",
			nil},
	})
}
