package events

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// fill completes an event from its sentences: span, modifiers, location,
// organizer, period and members.
func fill(text string, toks []token.Token, e *event, w *wordLists, provinces func() []places.Match, ref time.Time) {
	if len(e.sents) == 0 {
		return
	}
	m0 := e.sents[0]
	sp := schema.Span{Start: toks[m0.first].Start, End: toks[m0.last-1].End}
	e.m.Span = &sp
	e.m.Name = text[sp.Start:sp.End]
	// the folded keys of e.m.Modifiers, whether a review completes
	// e.m.Kind (composes, of kindOf): found once, not at every mention
	// and modifier
	var modKeys []string
	for _, m := range e.m.Modifiers {
		modKeys = append(modKeys, token.FoldPhrase(m))
	}
	composes, kindOf, kindSet := false, "", false
	for k := range e.sents {
		mn := &e.sents[k]
		// modifiers: right after the event word
		for j := mn.first; j < mn.s1 && j < mn.last+6; j++ {
			if mm, ok := w.mods.At(toks, j); ok {
				if mod := token.FoldPhrase(text[mm.Start:mm.End]); !slices.Contains(modKeys, mod) {
					e.m.Modifiers = append(e.m.Modifiers, text[mm.Start:mm.End])
					modKeys = append(modKeys, mod)
				}
			}
		}
		// the review a generic meeting holds, after its modifiers: "hội nghị
		// trực tuyến toàn quốc tổng kết nhiệm vụ năm 2024", "cuộc họp sơ
		// kết một năm ..." are a hội nghị tổng kết and a họp sơ kết
		if kindOf != e.m.Kind || !kindSet {
			composes, kindOf, kindSet = w.composes(e.m.Kind), e.m.Kind, true
		}
		if composes {
			if rm, ok := composedReview(w, toks, *mn); ok {
				e.m.Kind += " " + strings.ToLower(text[rm.Start:rm.End])
			}
		}
		if e.m.Location == nil {
			e.m.Location = location(text, toks, *mn, w, provinces, ref)
		}
		if e.m.Location == nil && mn.visited != "" {
			e.m.Location = visitLocation(text, toks, *mn, w, provinces)
		}
		if e.m.Organizer == nil {
			e.m.Organizer = organizer(text, toks, *mn, w)
		}
		if e.m.Period == nil && (strings.Contains(e.m.Kind, "kết") || strings.Contains(e.m.Kind, "hội nghị") || e.m.Kind == "phiên họp") {
			pref := ref
			if len(e.m.Date) >= 4 {
				if y, ok := digits4(e.m.Date[:4]); ok {
					pref = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC) // (time.Parse("2006") of four digits: that year)
				} else if t, err := time.Parse("2006", e.m.Date[:4]); err == nil {
					pref = time.Date(t.Year(), 12, 31, 0, 0, 0, 0, time.UTC)
				}
			}
			e.m.Period = period(text, toks, *mn, pref)
		}
		if e.m.Members == nil {
			e.m.Members = members(text, toks, *mn, w, provinces)
		}
	}
	if e.m.Organizer == nil {
		// no subject of "tổ chức": the body the meeting's name gives
		for _, mn := range e.sents {
			if e.m.Organizer = genitiveOrganizer(text, toks, mn, w); e.m.Organizer != nil {
				break
			}
		}
	}
	if e.m.Organizer == nil {
		// the agent after the event's name: "Họp báo ... do Bộ Quốc phòng tổ chức"
		for _, mn := range e.sents {
			if e.m.Organizer = agentOrganizer(text, toks, mn, w); e.m.Organizer != nil {
				break
			}
		}
	}
	if e.m.Location == nil && e.lead != nil {
		e.m.Location = location(text, toks, *e.lead, w, provinces, ref)
	}
	if e.m.Location == nil {
		e.m.Location = listLocation(text, toks, e.sents[0], w, provinces, ref)
	}
	if e.m.Location == nil && w.isYield(e.m.Kind) {
		for _, mn := range e.sents {
			if e.m.Location = visitedLocation(text, toks, mn, w, provinces); e.m.Location != nil {
				break
			}
		}
	}
}

// visitedMax bounds the object of a visit read by visitedLocation, in tokens.
const visitedMax = 30

// visitedLocation reads the place of a visit (a kind of class yield: "thăm")
// from what is visited, when no "tại" names it: a province named in the
// visit's object, in its clause (see clauseEnd) and within visitedMax
// tokens, is where the visit took place ("đến thăm, chúc Tết Đảng bộ,
// chính quyền và nhân dân Thủ đô Hà Nội"; "thăm, động viên ... Công ty Cổ
// phần Nước sạch Quảng Trị"). A working session's partner gives none ("làm
// việc với Tỉnh ủy X": the keys leave its place out), nor a visit to a
// country ("thăm chính thức Lào": not a province).
func visitedLocation(text string, toks []token.Token, mn mention, w *wordLists, provinces func() []places.Match) *schema.Location {
	if mn.last >= mn.s1 {
		return nil
	}
	end := clauseEnd(toks, mn.last, mn.s1, w)
	if end > mn.last+visitedMax {
		end = mn.last + visitedMax
	}
	for j := mn.last; j < end; j++ {
		if k := toks[j].Key; k == "." || k == "?" || k == "!" {
			end = j // a sentence the splitter joined ("... Quảng Trị. Ông A ...")
			break
		}
	}
	if end <= mn.last {
		return nil
	}
	start, stop := toks[mn.last].Start, toks[end-1].End
	ps := provinces()
	i := sort.Search(len(ps), func(i int) bool { return ps[i].Span.Start >= start })
	if i < len(ps) && ps[i].Span.End <= stop {
		pm := ps[i]
		return &schema.Location{Text: text[pm.Span.Start:pm.Span.End], Span: pm.Span, Province: pm.Unit.Name, Code: pm.Unit.Code}
	}
	return nil
}

// visitLocation is the place a motion verb took the actor to before the
// act (see visitPlace): from the verb's object to the province that
// closes it ("trường X ở huyện Y, tỉnh Sóc Trăng").
func visitLocation(text string, toks []token.Token, mn mention, w *wordLists, provinces func() []places.Match) *schema.Location {
	v, _ := visitPlace(w, toks, mn.s0, mn.first, provinces)
	if v < 0 {
		return nil
	}
	start, end := toks[v+1].Start, toks[mn.first-1].End
	for _, pm := range provinces() {
		if pm.Span.End == end {
			return &schema.Location{Text: text[start:end], Span: schema.Span{Start: start, End: end}, Province: pm.Unit.Name, Code: pm.Unit.Code}
		}
	}
	return nil
}

// listLocation reads the place of an event whose sentence ends in ";" at a
// line's end, its agenda a list of paragraphs each ending in ";": the last
// item (at most the fourth) may close with the meeting's manner and place
// ("C, bằng hình thức trực tiếp tại Hội trường X, thành phố Hà Nội ..."):
// "tại X" after a manner phrase of class listplace.
func listLocation(text string, toks []token.Token, mn mention, w *wordLists, provinces func() []places.Match, ref time.Time) *schema.Location {
	j := mn.s1
	if j <= 0 || j >= len(toks) || toks[j-1].Key != ";" || !toks[j].LineBefore {
		return nil
	}
	for n := 0; n < 4 && j < len(toks); n++ {
		b := j + 1
		for b < len(toks) && !toks[b].LineBefore {
			b++
		}
		if toks[b-1].Key == ";" {
			j = b // an item before the last
			continue
		}
		f := w.listPlace.FirstKeys()
		for c := j; c < b; c++ {
			if !f.HasToken(&toks[c]) {
				continue
			}
			if m, ok := w.listPlace.At(toks, c); ok && m.Last < b {
				return location(text, toks, mention{first: c, last: m.Last, s0: m.Last, s1: b, sent: mn.sent}, w, provinces, ref)
			}
		}
		return nil
	}
	return nil
}

// organizerMembers looks for the member list of an event's organizer in
// the sentences after the event's, when the event's own sentence gives
// none: "Ngày 29/11, ..., Cụm ... tổ chức Hội nghị tổng kết ... Cụm ... số 3
// gồm Liên hiệp ... 11 tỉnh, thành phố: A, B, C." A sentence counts when it
// opens with the organizer's first word (the body speaks of itself) and
// lies within three sentences of the event's.
func organizerMembers(text string, toks []token.Token, sents []schema.Span, e *event, w *wordLists, provinces func() []places.Match) []schema.Member {
	if len(e.sents) == 0 || e.m.Organizer == nil {
		return nil
	}
	org := e.m.Organizer.Span
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= org.Start })
	if k >= len(toks) || toks[k].Kind != token.Word || !toks[k].Upper {
		return nil
	}
	head := toks[k].Key
	last := e.sents[len(e.sents)-1]
	si := sort.Search(len(sents), func(i int) bool { return sents[i].Start >= toks[last.s1-1].End })
	for n := 0; n < 3 && si+n < len(sents); n++ {
		sp := sents[si+n]
		s0 := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.Start })
		s1 := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sp.End })
		if s0 >= s1 || toks[s0].Key != head {
			continue
		}
		if ms := members(text, toks, mention{s0: s0, s1: s1}, w, provinces); ms != nil {
			return ms
		}
	}
	return nil
}

// location reads "tại X" in the mention's sentence, X up to the next comma
// or stop, and resolves the first province named in X. The place comes
// before the event word (a dateline "Sáng 15/12, tại TP. Pleiku (Gia
// Lai), ...", "Tại Hà Nội, hội nghị ...") or after it in the same clause
// ("làm việc tại tỉnh Cao Bằng", "Lễ an táng ... diễn ra vào hồi 15 giờ 30
// phút cùng ngày tại Nghĩa trang Mai Dịch (Thành phố Hà Nội)"): no other
// event word and no clause break lies between (see clauseEnd). A venue
// without a province may end with one after a comma: "tại Nhà tang lễ
// Quốc gia, Hà Nội".
func location(text string, toks []token.Token, mn mention, w *wordLists, provinces func() []places.Match, ref time.Time) *schema.Location {
	reach := -1 // the end of the event's clause, found on the first "tại" after the event word
	for j := mn.s0; j < mn.s1; j++ {
		if !w.atKeys.HasToken(&toks[j]) || !w.at.has(toks[j].Key) && !(j >= mn.last && w.atPost.has(toks[j].Key)) {
			continue // ("ở" only after the event word: "hội nghị ở TP HCM", "diễn ra ở Hà Nội"; not "cử tri ở Hà Nội tham dự ...")
		}
		if j >= mn.last {
			if reach < 0 {
				reach = clauseEnd(toks, composedEnd(w, toks, mn), mn.s1, w)
			}
			if j >= reach {
				break // another clause's place ("tại kỳ họp 45, Ủy ban ... vi phạm tại dự án X")
			}
		}
		k := j + 1
		if k >= mn.s1 {
			break
		}
		if incidentBefore(w, toks, mn.s0, j) {
			continue // "vụ việc ... tại dự án X": the incident's site
		}
		// "tại hội nghị": not a place
		if km, ok := w.kind.At(toks, k); ok && km.Value.kind != "" {
			continue
		}
		// "tại phiên giao ban ... của Thành ủy Hà Nội", "tại buổi tọa đàm":
		// a classifier (class head) and an event word, not a place either
		if w.first.head.HasToken(&toks[k]) {
			if hm, ok := w.head.At(toks, k); ok && hm.Last < mn.s1 {
				if km, ok := w.kind.At(toks, hm.Last); ok && km.Value.kind != "" {
					continue
				}
			}
		}
		end := placeEnd(toks, k, mn.s1, w)
		if end == k || !anyUpper(toks[k:end]) {
			continue // a province is named with a capital: no need to look ("tại hội trường xã")
		}
		start, stop := toks[k].Start, toks[end-1].End
		ps := provinces()
		i := sort.Search(len(ps), func(i int) bool { return ps[i].Span.Start >= start })
		for _, pm := range ps[i:] {
			if pm.Span.Start >= stop {
				break
			}
			if pm.Span.End <= stop {
				return &schema.Location{Text: text[start:stop], Span: schema.Span{Start: start, End: stop},
					Province: pm.Unit.Name, Code: pm.Unit.Code}
			}
		}
		// a provincial city after its marker: "tại thành phố Nha Trang"
		if u, ok := cityIn(toks, k, end, ref); ok {
			return &schema.Location{Text: text[start:stop], Span: schema.Span{Start: start, End: stop},
				Province: u.Name, Code: u.Code}
		}
		// a province that closes the venue after a comma: "tại Nhà tang lễ
		// Quốc gia, Hà Nội", after a building's name too: "tại Hội trường
		// Diên Hồng, Nhà Quốc hội, thành phố Hà Nội" (a province after its
		// lower-case marker ends the address whatever follows), after up
		// to two parts: "tại Văn phòng 2 ..., Thiền viện Quảng Đức, Quận 3,
		// Thành phố Hồ Chí Minh"
		for c, n := end, 0; n < 3 && c+1 < mn.s1 && toks[c].Key == ","; n++ {
			nx := &toks[c+1]
			if !nx.Upper && !(n > 0 && w.admin.FirstKeys().HasToken(nx)) {
				break
			}
			for _, pm := range ps[i:] {
				if pm.Span.Start > nx.Start {
					break
				}
				if pm.Span.Start == nx.Start {
					if a := tokenEndingAt(toks, c+1, mn.s1, pm.Span.End); a > 0 && (a == mn.s1 || toks[a].Kind == token.Punct || !nx.Upper) {
						return &schema.Location{Text: text[start:pm.Span.End], Span: schema.Span{Start: start, End: pm.Span.End},
							Province: pm.Unit.Name, Code: pm.Unit.Code}
					}
					break
				}
			}
			// the next part: a capitalized name of at most six words ("Nhà
			// Quốc hội"), or a district with its number ("Quận 3")
			e := c + 1
			for e < mn.s1 && e < c+7 && (toks[e].Kind == token.Word && (toks[e].Upper || e > c+1) || toks[e].Kind == token.Number && e > c+1) {
				e++
			}
			if !nx.Upper || e == c+1 || e >= mn.s1 || toks[e].Key != "," {
				break
			}
			c = e
		}
	}
	return nil
}

var (
	keyThanh = token.Fold("thành")
	keyPho   = token.Fold("phố")
	keyTP    = token.Fold("TP")
)

// cityIn finds a provincial city named after its marker ("thành phố Nha
// Trang", "TP. Buôn Ma Thuột", "TP Vinh") in tokens [k, end) and resolves
// its province as of ref.
func cityIn(toks []token.Token, k, end int, ref time.Time) (places.Unit, bool) {
	for j := k; j+1 < end; j++ {
		n := -1
		switch {
		case toks[j].Key == keyThanh && toks[j+1].Key == keyPho:
			n = j + 2
		case toks[j].Key == keyTP:
			n = j + 1
			if n < end && toks[n].Key == "." {
				n++
			}
		}
		if n < 0 || n >= end || !toks[n].Upper {
			continue
		}
		if m, ok := cities().At(toks, n); ok && m.Last <= end && (m.Last == end || !toks[m.Last].Upper) {
			return places.Lookup(m.Value, ref)
		}
	}
	return places.Unit{}, false
}

// tokenEndingAt is the index after the token of [i, s1) ending at byte b, -1 if none.
func tokenEndingAt(toks []token.Token, i, s1, b int) int {
	for ; i < s1 && toks[i].End <= b; i++ {
		if toks[i].End == b {
			return i + 1
		}
	}
	return -1
}

// clauseEnd is where the clause of an event word ending at token i ends,
// for the place that follows it: at another event word ("kỳ họp ... kết
// quả kiểm tra ... tại dự án"), at ";" or ":", or at a comma outside
// brackets that a capitalized word follows: a new subject ("tại kỳ họp
// 45, Ủy ban Kiểm tra Trung ương đã xem xét ...").
func clauseEnd(toks []token.Token, i, s1 int, w *wordLists) int {
	depth := 0
	for j := i; j < s1; j++ {
		switch toks[j].Key {
		case "(":
			depth++
			continue
		case ")":
			if depth > 0 {
				depth--
			}
			continue
		case ";", ":":
			return j
		case ",":
			if depth == 0 && j+1 < s1 && toks[j+1].Upper {
				return j
			}
			continue
		}
		if toks[j].Kind == token.Word && w.first.kind.HasToken(&toks[j]) {
			if m, ok := w.kind.At(toks, j); ok {
				if m.Value.kind == "" {
					j = m.Last - 1 // "bằng hình thức trực tiếp tại ...": no event word inside
					continue
				}
				if !m.Value.upper || m.Last < s1 && toks[m.Last].Upper {
					return j // (not "tiếp" with no capitalized object: "trực tiếp")
				}
			}
		}
	}
	return s1
}

func anyUpper(toks []token.Token) bool {
	for _, t := range toks {
		if t.Upper {
			return true
		}
	}
	return false
}

// placeEnd is the end of the place phrase starting at token k: the next
// ",", ";" or ":" outside brackets ("tại Sân vận động Duy Tân (số 309 Duy
// Tân, thành phố Kon Tum)"), except a comma the address goes on after
// with a lower-case administrative unit ("tại xã Sơn Bình, huyện Khánh
// Sơn, tỉnh Khánh Hòa"); or, outside brackets after its first word, a
// lower-case word that opens the rest of the clause (class placeend: a
// verb or its marker, a time: "tại Nhà văn hóa Thanh niên đã diễn ra ...",
// "tại Hà Nội vào ngày 5/6", "tại khu dân cư X về việc ..."). The
// sentence's closing stop is not part of it.
func placeEnd(toks []token.Token, k, s1 int, w *wordLists) int {
	end := placeRun(toks, k, s1, w)
	for end > k+1 && toks[end-1].Kind == token.Punct && (toks[end-1].Key == "." || toks[end-1].Key == "…" || toks[end-1].Key == "!" || toks[end-1].Key == "?") {
		end--
	}
	return end
}

func placeRun(toks []token.Token, k, s1 int, w *wordLists) int {
	depth := 0
	end := k
	for ; end < s1; end++ {
		if depth == 0 && end > k && toks[end].Kind == token.Word && !toks[end].Upper && w.placeEnd.FirstKeys().HasToken(&toks[end]) {
			if _, ok := w.placeEnd.At(toks, end); ok {
				return end
			}
		}
		switch toks[end].Key {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ",":
			if depth > 0 {
				continue
			}
			if end+1 < s1 && !toks[end+1].Upper {
				if m, ok := w.admin.At(toks, end+1); ok && m.Last <= s1 {
					continue
				}
			}
			return end
		case ";", ":":
			if depth == 0 {
				return end
			}
		}
	}
	return end
}

// organizer is the subject of "tổ chức" (or "triệu tập") before the event
// word: the last comma-separated phrase before the verb, outside brackets,
// without "đã", "long trọng".
// orgComma reports whether the comma at token j, in a stretch that
// began at token start, is inside an organization's name or joins two
// bodies: the stretch opens with an organization's head word (class
// orghead: "Sở", "Bộ", "Đảng"), a word stands before the comma and a
// capitalized word after it ("Sở Văn hóa, Thể thao và Du lịch Bắc Kạn", "Đảng, Nhà
// nước đã tổ chức ..."); not after a time or a place ("Chiều 26/12, Sở
// ...", "Tại Hà Nội, Bộ ...").
func orgComma(w *wordLists, toks []token.Token, start, j int) bool {
	if j == 0 || j+1 >= len(toks) || start >= j || toks[j-1].Kind != token.Word || !toks[j+1].Upper || !toks[start].Upper || !w.orgHead.MayStartAt(toks, start) {
		return false
	}
	m, ok := w.orgHead.At(toks, start)
	return ok && m.Last <= j
}

func organizer(text string, toks []token.Token, mn mention, w *wordLists) *schema.TextSpan {
	verb := -1
	for j := mn.s0; j < mn.first; j++ {
		if !w.first.held.HasToken(&toks[j]) {
			continue
		}
		if hm, ok := heldAt(w, toks, mn.s0, j); ok && hm.Last <= mn.first && !endsBefore(w.notHeld, toks, mn.s0, j) {
			verb = j // not "phát biểu khai mạc" (a speech), "tại phiên khai mạc" (a sitting): class notheld
			if m, ok := w.intrans.At(toks, j); ok && m.Last <= mn.first {
				verb = -1 // "tại Hội trường A, Trụ sở B đã diễn ra Lễ ...": the event takes place, no one holds it
			}
		}
	}
	subject := false
	if verb < 0 {
		// "Ủy ban Kiểm tra Trung ương đã họp kỳ thứ 45": a meeting told by
		// its verb is held by the body it has for subject (see below)
		if !mn.asserted || toks[mn.first].Upper || !slices.Contains(w.genKinds, mn.kind) {
			return nil
		}
		verb, subject = mn.first, true
	}
	depth := 0
	start := mn.s0
	for j := mn.s0; j < verb; j++ {
		switch toks[j].Key {
		case "(":
			depth++
		case ")":
			if depth > 0 {
				depth--
			}
		case ",":
			if depth == 0 && !orgComma(w, toks, start, j) && !(j+1 < verb && isTerm(toks, j+1) && j > start && toks[j-1].Upper) {
				start = j + 1 // (not "HĐND tỉnh A khóa X, nhiệm kỳ 2021-2026 tổ chức ...": the body's terms)
			}
		}
	}
	if b := sourceTagEnd(toks, start, verb); b > start {
		start = b // "(Chinhphu.vn) - Ban Thường vụ Tỉnh ủy A tổ chức ...": the source's tag opens the lead
	}
	end := verb
	// drop a parenthesis and adverbs before the verb
	for j := start; j < end; j++ {
		if toks[j].Key == "(" {
			end = j
			break
		}
	}
	// adverbs and auxiliaries before the verb (class orgtrail: "đã",
	// "long trọng", "đã được"), read back word by word
	for end > start {
		k := end - 1
		for ; k >= start && k >= end-3; k-- { // a phrase of up to three words ending at end ("tiếp tục")
			if m, ok := w.orgTrail.At(toks, k); ok && m.Last == end && !toks[k].Upper {
				break
			}
		}
		if k >= start && k >= end-3 {
			end = k
			continue
		}
		break
	}
	// a passive: "X (đã) được tổ chức ...", "X được triệu tập": X is what
	// was held or summoned, no organizer ("Diễn đàn doanh nghiệp được tổ
	// chức bên lề Hội nghị thượng đỉnh", "A đã được tổ chức lễ tang")
	for j := end; j < verb; j++ {
		if toks[j].Key == keyDuoc {
			return nil
		}
	}
	// "X phối hợp với Y tổ chức": X holds it, Y helps (class orgcut);
	// "X cùng Y đồng tổ chức": "đồng" is the verb's "co-", not the name's
	// (not "Hội đồng")
	for j := start + 1; j < end; j++ {
		if !toks[j].Upper && w.orgCut.MayStartAt(toks, j) {
			if _, ok := w.orgCut.At(toks, j); ok {
				end = j
				break
			}
		}
	}
	if end-1 > start && toks[end-1].Key == keyDong && !toks[end-1].Upper && toks[end-2].Key != keyHoi {
		end--
	}
	if end <= start || end-start > 20 || !toks[start].Upper {
		return nil
	}
	for j := start + 1; j < end; j++ {
		if isTerm(toks, j) {
			end = j // "Ban Chấp hành Trung ương Đảng khóa XIII đã họp": the term is no part of the name
			break
		}
	}
	if subject {
		if h, ok := w.genHead.At(toks, start); !ok || h.Last > end || (h.Value && (h.Last >= end || !toks[h.Last].Upper)) {
			return nil // "Sau khi Bộ Chính trị họp": a clause, not the subject
		}
	}

	// a time that opens the clause is no organizer ("Tối 21/2, ... tổ chức")
	if _, ok := w.orgTime.At(toks, start); ok && start+1 < end && toks[start+1].Kind == token.Number {
		return nil
	}
	// a person is no organizer: an official's title opens the subject
	// ("Bộ trưởng, Chủ nhiệm Văn phòng Thủ tướng X đã tổ chức họp báo",
	// "Chủ tịch Quốc hội Y đã triệu tập phiên họp"), or a quote told
	// before the verb ("Bộ trưởng A nêu rõ: ... tổ chức lễ"); the keys give
	// a body's organizer, "no organizer stated" for a person who chairs
	if w.orgPerson.MayStartAt(toks, start) {
		if m, ok := w.orgPerson.At(toks, start); ok && m.Value && m.Last <= end {
			return nil
		}
	}
	s, e := toks[start].Start, toks[end-1].End
	return &schema.TextSpan{Text: text[s:e], Span: schema.Span{Start: s, End: e}}
}

// period is the first period after the event word in its sentence, not a
// coming one ("nhiệm vụ 6 tháng cuối năm").
func period(text string, toks []token.Token, mn mention, ref time.Time) *schema.Period {
	a, b := toks[mn.first].Start, mn.sent.End
	if lim := min(mn.s1, mn.last+16); lim > mn.first {
		b = toks[lim-1].End
	}
	var ps []timex.Period
	if lim := min(mn.s1, mn.last+16); lim > mn.first {
		// the text's tokens from the event word to lim are those of
		// text[a:b] (see sentDates): spans come out absolute
		ps, a = timex.Periods(text, toks[mn.first:lim], ref), 0
	} else {
		ps = timex.Periods(text[a:b], nil, ref)
	}
	for _, p := range ps {
		if p.Future || strings.HasPrefix(token.FoldPhrase(p.Text), keyTerm) {
			continue
		}
		if p.YearInferred {
			// "6 tháng đầu năm" under a 2020 event: labelled with its year;
			// the label is not the text as written, so it has no span
			return &schema.Period{Text: p.Text + " " + p.Start[:4], Start: p.Start, End: p.End}
		}
		return &schema.Period{Text: p.Text, Span: &schema.Span{Start: a + p.Span.Start, End: a + p.Span.End}, Start: p.Start, End: p.End}
	}
	return nil
}

var keyTerm = token.FoldPhrase("nhiệm kỳ")

// members reads provinces listed in apposition after "là" or "gồm" in the
// mention's sentence: "... khu vực đồng bằng sông Cửu Long là Bạc Liêu,
// Đồng Tháp, ..., Vĩnh Long và Cần Thơ". The list is a run of province
// names separated by "," or "và" only; at least two.
func members(text string, toks []token.Token, mn mention, w *wordLists, provinces func() []places.Match) []schema.Member {
	var ps []places.Match
	opened := -1 // the last "gồm"/"là" seen: a colon after it opens the list too
	for j := mn.s0; j < mn.s1; j++ {
		if !w.listCue.HasToken(&toks[j]) {
			continue // neither an opener nor ":" (the tests below, in one)
		}
		if w.listOpenKeys.HasToken(&toks[j]) && w.listOpen.has(toks[j].Key) {
			opened = j
		} else if toks[j].Key != ":" || opened < 0 || j-opened > 20 {
			continue // "gồm Liên hiệp ... 11 tỉnh, thành phố: A, B, C"
		}
		if j+1 >= mn.s1 {
			continue
		}
		if ps == nil {
			ps = provinces() // only for a sentence with a list opener
		}
		var out []schema.Member
		pos := toks[j].End
		for _, pm := range ps[sort.Search(len(ps), func(i int) bool { return ps[i].Span.Start >= pos }):] {
			if pm.Span.End > toks[mn.s1-1].End {
				break
			}
			gap := strings.TrimSpace(text[pos:pm.Span.Start])
			if len(out) == 0 && gap != "" {
				break
			}
			if len(out) > 0 && gap != "," && gap != "và" && gap != ", và" {
				break
			}
			out = append(out, schema.Member{Name: pm.Unit.Name, Code: pm.Unit.Code, Span: pm.Span})
			pos = pm.Span.End
		}
		if len(out) >= 2 {
			return out
		}
	}
	return nil
}

// incidentBefore reports whether the clause before the "tại" at token j
// names an incident or a case (class incident: "vụ việc", "sự cố", "xảy
// ra", "liên quan đến"): "Liên quan đến vụ việc ... tại dự án X", "vụ sập
// cầu tại Y" place what happened, not the event.
func incidentBefore(w *wordLists, toks []token.Token, s0, j int) bool {
	for i := j - 1; i >= s0 && i >= j-16; i-- {
		switch toks[i].Key {
		case ",", ";", ":", "(", ")":
			return false
		}
		if toks[i].Kind != token.Word || !w.first.incident.HasToken(&toks[i]) {
			continue
		}
		if m, ok := w.incident.At(toks, i); ok && m.Last <= j {
			return true
		}
	}
	return false
}

var (
	keyLan  = token.Fold("lần")
	keyThu  = token.Fold("thứ")
	keyOpen = "("
	keyDong = token.Fold("đồng")
	keyHoi  = token.Fold("hội")
)

// genitiveOrganizer is the body a meeting's name gives after its kind
// (class genkind), its modifiers (class mod, class genskip), its ordinal
// or number and "của": "Hội nghị lần thứ 9 Ban Chấp hành Trung ương Đảng
// khóa XIII", "kỳ họp thứ 19 HĐND tỉnh Bạc Liêu", "Phiên họp Quốc hội",
// "phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội". The name opens with a
// capitalized head (class genhead; class genheadupper wants a capitalized
// word after it: "Bộ Công an", not "Bộ trưởng") and runs over capitalized
// words, a lower-case word right after a capitalized one that ends no
// name (class genstop: "Trung ương", not "Lâm Đồng khóa XI", "... được"),
// and a lower-case administrative unit before a capitalized name ("tỉnh
// Bạc Liêu"); a term qualifier after it ("khóa XIII") is left out.
func genitiveOrganizer(text string, toks []token.Token, mn mention, w *wordLists) *schema.TextSpan {
	if !slices.Contains(w.genKinds, mn.kind) {
		return nil
	}
	s1 := mn.s1
	j := mn.last
	ordinal := false
	for j < s1 {
		if m, ok := w.mods.At(toks, j); ok && m.Last <= s1 {
			j = m.Last
			continue
		}
		if m, ok := w.genSkip.At(toks, j); ok && m.Last <= s1 {
			j = m.Last
			continue
		}
		k := toks[j].Key
		if k == keyOpen { // "(mở rộng)"
			e := j + 1
			for e < s1 && e < j+5 && toks[e].Key != ")" {
				e++
			}
			if e >= s1 || toks[e].Key != ")" {
				return nil
			}
			j = e + 1
			continue
		}
		if !ordinal && (k == keyLan || k == keyThu || k == keySo) {
			e := j + 1
			if k == keyLan && e < s1 && toks[e].Key == keyThu {
				e++
			}
			if e < s1 && (toks[e].Kind == token.Number || isRoman(text[toks[e].Start:toks[e].End]) || w.count.has(toks[e].Key)) {
				j, ordinal = e+1, true
				continue
			}
			return nil
		}
		if !ordinal && (toks[j].Kind == token.Number || (toks[j].Upper && isRoman(text[toks[j].Start:toks[j].End]))) {
			j, ordinal = j+1, true
			continue
		}
		break
	}
	if j < s1 && toks[j].Key == keyCua {
		j++
	}
	// "tại kỳ họp thứ 21, HĐND tỉnh A khóa X, ...": after an ordinal, a
	// body set off by a comma and followed by its term is the session's
	apposed := false
	if ordinal && j+1 < s1 && toks[j].Key == "," && toks[j+1].Upper {
		j, apposed = j+1, true
	}
	if j >= s1 || !toks[j].Upper || toks[j].LineBefore {
		return nil
	}
	h, ok := w.genHead.At(toks, j)
	if !ok || h.Last > s1 || (h.Value && (h.Last >= s1 || !toks[h.Last].Upper)) {
		return nil
	}
	e := h.Last
	if sh, ok := w.steerHead.At(toks, j); ok && sh.Last == h.Last {
		e = steerTail(toks, e, s1, w)
	}
	for e < s1 && !toks[e].LineBefore {
		t := &toks[e]
		if t.Key == "." && e+1 < s1 && toks[e+1].Upper && !t.SpaceBefore && allCaps(text, toks[e-1]) {
			e++ // "Đảng bộ TP.HCM", "TP. HCM"
			continue
		}
		if t.Kind != token.Word {
			break
		}
		if t.Key == keyVa && e+3 < s1 && e-1 >= h.Last && toks[e+1].Upper && toks[e+1].Kind == token.Word && !toks[e+2].Upper && toks[e+2].Kind == token.Word &&
			!toks[e+3].Upper && !w.genHead.MayStartAt(toks, e+1) {
			e += 3 // "Hội đồng Quốc phòng và An ninh": a name of two words joined; not "Bộ Chính trị và Ban Bí thư", two bodies
			continue
		}
		if t.Upper {
			if isTerm(toks, e) || (e+1 < s1 && toks[e+1].Key == "-" && allCaps(text, *t)) {
				break // "HĐND tỉnh Hải Dương Khóa XVII", "họp Bộ Chính trị TTO - ...": a term, a source's tag
			}
			e++
			continue
		}
		if a, ok := w.admin.At(toks, e); ok && a.Last < s1 && toks[a.Last].Upper {
			e = a.Last
			continue
		}
		if p := &toks[e-1]; p.Upper && p.Kind == token.Word && e-1 >= h.Last {
			if _, stop := w.genStop.At(toks, e); !stop {
				e++
				continue
			}
		}
		break
	}
	if apposed && (e >= s1 || !isTerm(toks, e)) {
		return nil // "kỳ họp thứ 8, Quốc hội đã ...": a clause, not the session's body
	}
	s, z := toks[j].Start, toks[e-1].End
	return &schema.TextSpan{Text: text[s:z], Span: schema.Span{Start: s, End: z}}
}

// steerTail is the end of a steering committee's level and topic after its
// head (token e): at most two phrases of class steertail, each after "về"
// or not ("trung ương về phòng chống thiên tai", "phòng, chống tham nhũng,
// tiêu cực"); e when none follows. A "về" no listed phrase follows is left.
func steerTail(toks []token.Token, e, s1 int, w *wordLists) int {
	f := w.steerTail.FirstKeys()
	for n := 0; n < 2 && e < s1; n++ {
		x := e
		if toks[x].Key == keyVe && x+1 < s1 {
			x++
		}
		if toks[x].LineBefore || !f.HasToken(&toks[x]) {
			break
		}
		m, ok := w.steerTail.At(toks, x)
		if !ok || m.Last > s1 {
			break
		}
		e = m.Last
	}
	return e
}

var (
	keyKy = token.Fold("kỳ")
	keyVe = token.Fold("về")
)

var keyDo = token.Fold("do")

// agentOrganizer is the agent of a verb of holding after the event's name,
// in its clause: "Họp báo về tình hình ... do Bộ Quốc phòng tổ chức chiều
// 19-10", "hội nghị do Tỉnh ủy A chủ trì tổ chức": "do", a capitalized
// body of at most 12 words (commas only inside an organization's name),
// then a verb of holding (class held, or "chủ trì"). nil if none.
func agentOrganizer(text string, toks []token.Token, mn mention, w *wordLists) *schema.TextSpan {
	lim := min(mn.s1, mn.last+25)
	for j := mn.last; j+2 < lim; j++ {
		t := &toks[j]
		if t.Kind == token.Punct && t.Key != "-" && t.Key != "–" && t.Key != "," && t.Key != "\"" && t.Key != "“" && t.Key != "”" &&
			!(t.Key == "." && j > mn.last && allCaps(text, toks[j-1]) && toks[j+1].Upper) {
			return nil // the clause ends (not at the dot of "TP. HCM")
		}
		if t.Key != keyDo || t.Upper || !toks[j+1].Upper || toks[j+1].Kind != token.Word {
			continue
		}
		start := j + 1
		for e := start + 1; e < lim && e <= start+12; e++ {
			if toks[e].Key == "," && orgComma(w, toks, start, e) {
				continue
			}
			if toks[e].Kind != token.Word {
				return nil
			}
			if toks[e].Upper {
				continue
			}
			// a lower-case word is the verb of holding, an adverb before it,
			// or part of the name ("UBND huyện A", "Ban Chỉ đạo tỉnh B")
			if w.first.held.HasToken(&toks[e]) {
				if hm, ok := heldAt(w, toks, mn.s0, e); ok && hm.Last <= lim {
					s, z := toks[start].Start, toks[e-1].End
					return &schema.TextSpan{Text: text[s:z], Span: schema.Span{Start: s, End: z}}
				}
			}
			if m, ok := w.orgTrail.At(toks, e); ok && m.Last < lim && w.first.held.HasToken(&toks[m.Last]) {
				if hm, ok := heldAt(w, toks, mn.s0, m.Last); ok && hm.Last <= lim {
					s, z := toks[start].Start, toks[e-1].End // "do Tỉnh ủy A chủ trì tổ chức"
					return &schema.TextSpan{Text: text[s:z], Span: schema.Span{Start: s, End: z}}
				}
			}
		}
		return nil
	}
	return nil
}

var keyDuoc = token.Fold("được")

// isTerm reports whether a term qualifier starts at token j: "khóa",
// "nhiệm kỳ" (not the "nhiệm" of "Chủ nhiệm").
func isTerm(toks []token.Token, j int) bool {
	k := toks[j].Key
	return k == keyKhoa || k == keyKhoa2 || k == keyNhiem && j+1 < len(toks) && toks[j+1].Key == keyKy
}

// digits4 reads s of four ASCII digits as a number.
func digits4(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n := 0
	for i := 0; i < 4; i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = 10*n + int(c-'0')
	}
	return n, true
}
