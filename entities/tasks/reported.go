package tasks

import (
	"bufio"
	_ "embed"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Reported directives: the grammar of directions a news report passes on
// rather than quotes (a word-segmented Tuổi Trẻ article, a government
// digest, an agency's letter), and of narrative sentences that look like
// them. Its cue phrases live in data/reported.tsv, in the format of
// data/cues.tsv: the kinds cues.tsv knows join the cue lexicons when the
// package loads; the kinds below are read here only.
//
//   - At a seminar a bare modal sentence is a participant's opinion, but
//     one attributed to an official in office by a "Theo <title>," frame
//     (in its sentence or one of the three before it), its
//     subject a body ("Theo Phó thủ tướng, ... . Tuy nhiên, để X, NH Nhà
//     nước phải phối hợp ...; Các bộ, ngành phải xây dựng ..."), passes on
//     his direction.
//   - A fronted purpose or frame clause, and the connector before it,
//     are no part of a modal's item when a body heads the clause after
//     them ("Tuy nhiên, để triển khai X, NH Nhà nước phải ..." → "NH Nhà
//     nước phải ...").

//go:embed data/reported.tsv
var reportedTSV string

func init() {
	// lex() reads cuesTSV on first use, after every init: the reported
	// cues of cues.tsv's kinds are read with the others, into the same
	// lexicons and filters (it skips the kinds it does not know)
	cuesTSV += "\n" + reportedTSV
}

// reported kinds, read by this file only.
type rkind uint32

const (
	rOfficial rkind = 1 << iota
	rConnector
	rTaskNoun
	rCausative
	rAsk
	rRemark
	rEvidence
	rBody
	rCloser
	rFirst
	rOccasion
	rPolicy
	rPastOpen
	rReason
	// rSaid: a plain verb of saying that ends a quotation's attribution
	// ('"...", ông X nói.'): closerCut cuts it like rCloser, but it makes
	// no quotation a request
	rSaid
	// rQuestion: a question asked ("vì sao", "câu hỏi"): a modal inside
	// what is asked is no task (see askedModal)
	rQuestion
	// rAskWord, rAskInfo, rEmbed: an interrogative pro-form, a verb of
	// telling asked for, and a word that embeds a question (see askedItem)
	rAskWord
	rAskInfo
	rEmbed
	// rCase: a party to a criminal case ("bị cáo", "bị can"): a text
	// naming them densely reports a case (see caseReport)
	rCase
)

var rkindNames = map[string]rkind{"reported-official": rOfficial, "reported-connector": rConnector, "reported-tasknoun": rTaskNoun, "reported-causative": rCausative, "reported-ask": rAsk, "reported-remark": rRemark, "reported-evidence": rEvidence, "reported-body": rBody, "reported-closer": rCloser, "reported-first": rFirst, "reported-occasion": rOccasion, "reported-policy": rPolicy, "reported-pastopen": rPastOpen, "reported-reason": rReason, "reported-said": rSaid, "reported-question": rQuestion, "reported-askword": rAskWord, "reported-askinfo": rAskInfo, "reported-embed": rEmbed, "reported-case": rCase}

type reportedLex struct {
	lx    *lexicon.Lexicon[rkind]
	first keyBits
	// evFirst holds the first keys of the evidence phrases, which
	// shownBy tests at every token around a modal
	evFirst keyBits
	// qFirst holds the first keys of the question phrases (see
	// hasQuestion)
	qFirst keyBits
	// askLast holds the last keys of the interrogatives and of the verbs
	// of telling, two tokens each ("nào", "sao", "gì", "biết": rarer than
	// their first ones, "ra", "cho"), which askedItem tests at every token
	// of an item
	askLast keyBits
	// embedFirst holds the first keys of the words that embed a question
	// (rEmbed). The three kinds of askedItem stay out of first, which the
	// other rules test at many tokens: a common word among them ("biết",
	// "xem") would let those tests through more often.
	embedFirst keyBits
	// caseLast holds the second keys of the parties to a case (rCase,
	// two tokens each: "cáo", "can"), tested before a lookup
	caseLast keyBits
}

// rlx holds the reported kinds' lexicon, built once at init (it reads
// reportedTSV only).
var rlx = loadReported()

func loadReported() *reportedLex {
	l := &reportedLex{lx: lexicon.New[rkind]()}
	sc := bufio.NewScanner(strings.NewReader(reportedTSV))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		phrase, name, ok := strings.Cut(line, "\t")
		k, known := rkindNames[strings.TrimSpace(name)]
		if !ok || !known {
			continue
		}
		old, _ := l.lx.Lookup(phrase)
		l.lx.Add(phrase, old|k)
		if k&(rAskWord|rAskInfo|rEmbed|rCase) == 0 {
			addFirst(&l.first, phrase)
		}
		if k == rEvidence {
			addFirst(&l.evFirst, phrase)
		}
		if k == rQuestion {
			addFirst(&l.qFirst, phrase)
		}
		if k&(rAskWord|rAskInfo) != 0 {
			if toks := token.Tokenize(phrase); len(toks) == 2 {
				l.askLast.add(token.HashOf(&toks[1]))
			}
		}
		if k == rEmbed {
			addFirst(&l.embedFirst, phrase)
		}
		if k == rCase {
			if toks := token.Tokenize(phrase); len(toks) == 2 {
				l.caseLast.add(token.HashOf(&toks[1]))
			}
		}
	}
	return l
}

// ris reports a reported-kind phrase of kind k at token i ending by b,
// and where it ends.
func (d *doc) ris(i, b int, k rkind) (int, bool) {
	if i < 0 || i >= b || b > len(d.toks) {
		return 0, false
	}
	l := rlx
	if !l.first.has(token.HashOf(&d.toks[i])) {
		return 0, false
	}
	m, ok := l.lx.At(d.toks[:b], i)
	if !ok || m.Value&k == 0 {
		return 0, false
	}
	return m.Last, true
}

// officialFrame reports a sentence [a, b) opening with "(Cũng) theo
// <official title>" and a comma.
func (d *doc) officialFrame(a, b int) bool {
	i := a
	if i < b && (d.key(i) == keyCung || d.key(i) == keyCungCap) {
		i++
	}
	if i+1 >= b || d.key(i) != keyTheo && d.key(i) != keyTheoCap {
		return false
	}
	last, ok := d.ris(i+1, b, rOfficial)
	if !ok {
		return false
	}
	for k := last; k < b && k <= last+4; k++ {
		if d.isPunct(k, ",") {
			return true
		}
	}
	return false
}

// bodyHead reports a clause at k headed by a body: an organization's
// name, a title, a plural of organs ("Các bộ, ngành"), or an abbreviation
// ("NH Nhà nước").
func (d *doc) bodyHead(k, e int) bool {
	if k >= e || d.toks[k].Kind != token.Word {
		return false
	}
	if _, ok := d.moreIs(k, e, k2Org|k2Role); ok {
		return true
	}
	if dl, ok := d.auxIs(k, e, kDet); ok && dl < e {
		return d.auxAt(dl, e, kOrgan) || d.toks[dl].Upper
	}
	w := d.text[d.toks[k].Start:d.toks[k].End]
	return allUpper(w) && utf8.RuneCountInString(w) >= 2
}

func allUpper(s string) bool {
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return s != ""
}

// officialReport reports a modal at m, in the sentence being read, whose
// clause [c, m) a body heads (after a fronted frame) and which a "Theo
// <official>," frame attributes: its sentence's or one of the three
// before it (a word-segmented article puts each sentence on a line).
func (d *doc) officialReport(c, m int) bool {
	if !d.bodyHead(d.frontedSubject(c, m), m) {
		return false
	}
	si := d.sentIndex(d.sentA)
	for j := si; j >= 0 && j >= si-3; j-- {
		s := d.sents[j]
		if d.officialFrame(s.a, s.b) {
			return true
		}
	}
	return false
}

// sentIndex returns the index of the sentence starting at token a, or -1.
func (d *doc) sentIndex(a int) int {
	lo, hi := 0, len(d.sents)
	for lo < hi {
		mid := (lo + hi) / 2
		if d.sents[mid].a < a {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(d.sents) && d.sents[lo].a == a {
		return lo
	}
	return -1
}

// frontedSubject returns where the clause of a modal at m starts when
// [c, m) opens with a connector and a fronted purpose or frame clause
// ("Tuy nhiên, để X, NH Nhà nước phải"): after the frame's last comma,
// if a body heads what follows; else c.
func (d *doc) frontedSubject(c, m int) int {
	k := c
	if last, ok := d.ris(k, m, rConnector); ok {
		k = last
		for k < m && d.isPunct(k, ",") {
			k++
		}
	}
	if k >= m {
		return c
	}
	if _, ok := d.is(k, m, kFrame|kPurpose); !ok {
		if k > c && d.bodyHead(k, m) {
			return k
		}
		return c
	}
	cut := -1
	for i := k + 1; i < m; i++ {
		if d.isPunct(i, ",") {
			cut = i + 1
		}
	}
	if cut > 0 && cut < m && d.bodyHead(cut, m) {
		return cut
	}
	return c
}

var (
	keyCung    = token.Fold("cũng")
	keyCungCap = token.Fold("Cũng")
)

var dbgJ = false

// issuerPunct reports a punctuation mark at i inside an issuer's name
// before its issuing verb at v: a dash between words of the name ("Bộ Văn
// hóa - thể thao và du lịch") or the comma of an apposition naming the
// body it belongs to ("Tổng cục Du lịch, Bộ Văn hóa ...").
func (d *doc) issuerPunct(i, v int) bool {
	if i+1 >= v || i == 0 || d.toks[i-1].Kind != token.Word {
		return false
	}
	if d.isPunct(i, "-") {
		return d.toks[i+1].Kind == token.Word
	}
	if d.isPunct(i, ",") && d.toks[i+1].Upper {
		_, ok := d.moreIs(i+1, v, k2Org)
		return ok
	}
	return false
}

// taskIntro reports a sentence [a, b) that introduces a list of tasks and
// ends at its colon, or at the colon and the first item's number, as a
// segmenter leaves it ("Nghị quyết đã đưa ra 6 nhiệm vụ, giải pháp gồm: 1."):
// a task noun stands within four tokens before the list-introducing word.
// The items follow it, one a line.
func (d *doc) taskIntro(a, b int) bool {
	k := b - 1
	if k > a && d.isPunct(k, ".") && d.toks[k-1].Kind == token.Number {
		k -= 2
	}
	if k <= a || !d.isPunct(k, ":") {
		return false
	}
	for i := max(a, k-8); i < k; i++ {
		last, ok := d.ris(i, k, rTaskNoun)
		if !ok || last+4 < k {
			continue
		}
		for j := last; j < k; j++ {
			if d.endsAt(j, k, kListIntro) {
				return true
			}
		}
	}
	return false
}

// causedModal reports a modal at m in the clause of a causative verb and
// its object ("làm ngân sách phải gánh thêm", "khiến doanh nghiệp phải
// dừng"): within six tokens before the modal, no punctuation between, a
// verb of causing followed by at least one word.
func (d *doc) causedModal(c, m int) bool {
	for i := m - 2; i >= c && i >= m-12; i-- {
		if d.toks[i].Kind == token.Punct {
			return false
		}
		if last, ok := d.ris(i, m, rCausative); ok && last < m {
			if d.key(last) == keyViec && last+1 == m {
				return false // "làm việc phải ...": the work
			}
			if i < m-7 && d.key(i) == keyLam {
				continue // (a long object after "làm": its own verb, "làm rõ trách nhiệm ...")
			}
			return true // ("khiến hàng chục nghìn người dân ở hai bên biên giới phải ...": a long object)
		}
	}
	return false
}

// askedModal reports a modal at m inside a question reported in its
// sentence, at most questionWords tokens back and with no sentence end
// between: after "vì sao"/"tại sao" ("hộ chăn nuôi hỏi vì sao họ chưa
// được vay, phải vay nặng lãi"), or after "câu hỏi"/"thắc mắc" and a
// colon listing what was asked ("nhiều câu hỏi gửi tới Chủ tịch tỉnh:
// người trồng cam phải bán rẻ"). Someone's question is no task. A request or
// a reporting verb between the question and the modal ("trả lời câu hỏi
// vì sao ..., Bộ trưởng yêu cầu các tỉnh phải ...") starts the speaker's
// own clause and keeps the modal.
func (d *doc) askedModal(c, m int) bool {
	if d.docPre&kModal == 0 {
		return false
	}
	// (from the sentence's start when it is being read: c may be the
	// start of a clause after the colon or a comma)
	a := c
	if d.sentA <= m && m < d.sentB {
		a = d.sentA
	}
	colon := false
	for i := m - 1; i >= a && i >= m-questionWords; i-- {
		if d.toks[i].Kind == token.Punct {
			if d.isPunct(i, ".") || d.isPunct(i, "?") || d.isPunct(i, "!") {
				return false
			}
			if d.isPunct(i, ":") {
				colon = true
			}
			continue
		}
		if !rlx.qFirst.has(token.HashOf(&d.toks[i])) {
			continue
		}
		last, ok := d.ris(i, m, rQuestion)
		if !ok || last > m {
			continue
		}
		if !colon && d.key(last-1) != keySao {
			continue
		}
		return !d.hasKind(last, m, kDirective|kSpeech)
	}
	return false
}

// askedItem reports an item [a, b) that asks a question instead of setting
// a task, though no question mark ends it (a deputy's question reported in
// a hearing, a speaker's rhetorical question):
//   - an interrogative pro-form right after the verb it questions, within
//     the item's first askWords tokens ("đề
//     nghị bộ trưởng đánh giá thế nào về ...", "ngành X cần làm gì để
//     ..."), unless the item opens with it ("Làm gì thì làm, ..."), "thì"
//     follows it (a concession), or a word before it in the item embeds it
//     (a verb taking the question as its object, "làm rõ ... như thế nào";
//     a concessive, "bất luận thế nào"), or a modal after it makes the
//     question the topic of what must be done ("làm thế nào khơi dậy
//     tiềm năng là vấn đề cần nghiên cứu");
//   - a verb of telling within the first words of an item that follows a
//     request, its subject between ("đề nghị bộ trưởng cho biết rõ về
//     thực trạng ..."): an answer asked for.
func (d *doc) askedItem(a, b int) bool {
	for j := a + 1; j < b && j <= a+askWords; j++ {
		if !rlx.askLast.has(token.HashOf(&d.toks[j])) {
			continue
		}
		i := j - 1
		m, ok := rlx.lx.At(d.toks[:b], i)
		if !ok || m.Value&(rAskWord|rAskInfo) == 0 {
			continue
		}
		last := m.Last
		if last != j+1 {
			continue
		}
		if m.Value&rAskWord != 0 && i > a && d.toks[i-1].Kind == token.Word {
			if last < b && d.key(last) == keyThi || d.embedded(a, i) || d.hasKind(last, b, kModal) {
				continue
			}
			return true
		}
		if m.Value&rAskInfo != 0 && i > a && i-a <= askInfoWords && d.requestBefore(a) && !d.anyPunct(a, i) {
			return true
		}
	}
	return false
}

// askWords is how far into an item askedItem looks for a question: the
// pro-form questions the item's head verb, which follows its subject
// near the item's start ("bộ trưởng đánh giá thế nào ...", "ngành Tòa án
// cần làm gì ..."); an interrogative deep in a long item hangs from a
// clause further in.
const askWords = 12

// askInfoWords is how far into an item askedItem looks for a verb of telling.
const askInfoWords = 6

// embedded reports a word in [a, i) that embeds the question at i (see
// askedItem).
func (d *doc) embedded(a, i int) bool {
	for k := a; k < i; k++ {
		if !rlx.embedFirst.has(token.HashOf(&d.toks[k])) {
			continue
		}
		if m, ok := rlx.lx.At(d.toks[:i], k); ok && m.Value&rEmbed != 0 {
			return true
		}
	}
	return false
}

// anyPunct reports a punctuation token in [a, i).
func (d *doc) anyPunct(a, i int) bool {
	for k := a; k < i; k++ {
		if d.toks[k].Kind == token.Punct {
			return true
		}
	}
	return false
}

// requestBefore reports a directive cue ending at a, or one punctuation
// mark before it ("đề nghị bộ trưởng ...", "đề nghị: ...").
func (d *doc) requestBefore(a int) bool {
	if a > 0 && d.toks[a-1].Kind == token.Punct {
		a--
	}
	return a > 0 && d.endsAt(max(0, a-d.lx.maxLen), a, kDirective)
}

// questionWords is how far before a modal askedModal looks for a question.
const questionWords = 80

// plannedOrOnly reports a directive verb at j, its object at last, that
// gives no request: a body's own plan ("UBND quận sẽ chỉ đạo giải quyết
// ...": "sẽ" before the verb, a verb after it), or the condition of a
// result ("phải đợi X chỉ đạo mới được xử lý": "mới" or "thì" opening the
// object).
func (d *doc) plannedOrOnly(j, last, e int) bool {
	if last >= e {
		return false
	}
	if k := d.key(last); k == keyMoi || k == keyThi {
		return true
	}
	return j > 0 && d.key(j-1) == keySe && d.verbAt(last, e)
}

// dropRepeats drops an item whose text an earlier item of any list has
// word for word (a photo caption the body repeats): one task, said twice.
// The texts seen are kept in a set, so that a list of thousands of items
// costs linear time.
func dropRepeats(ls []schema.TaskList) []schema.TaskList {
	n := 0
	for _, l := range ls {
		n += len(l.Items)
	}
	if n < 2 {
		return ls
	}
	// (a few dozen items, the most a text has, are compared with the
	// texts kept before them, by length first: no map to build)
	var seen map[string]struct{}
	var kept []string
	if n > repeatsInline {
		seen = make(map[string]struct{}, n)
	} else {
		var buf [repeatsInline]string
		kept = buf[:0]
	}
	out := ls[:0]
	for _, l := range ls {
		items := l.Items[:0]
		for _, it := range l.Items {
			if seen != nil {
				if _, ok := seen[it.Text]; !ok {
					seen[it.Text] = struct{}{}
					items = append(items, it)
				}
				continue
			}
			if !slices.Contains(kept, it.Text) {
				kept = append(kept, it.Text)
				items = append(items, it)
			}
		}
		if len(items) == 0 {
			continue
		}
		l.Items = items
		out = append(out, l)
	}
	return out
}

// repeatsInline is the most items dropRepeats compares without a map.
const repeatsInline = 64

var (
	keyTai   = token.Fold("tại")
	hashTai  = token.KeyHash(keyTai)
	keyViec  = token.Fold("việc")
	keyLam   = token.Fold("làm")
	keyMoi   = token.Fold("mới")
	keyThi   = token.Fold("thì")
	keyNen   = token.Fold("nên")
	keyMa    = token.Fold("mà")
	keyKhong = token.Fold("không")
	keyChang = token.Fold("chẳng")
	keyLai   = token.Fold("lại")
)

// citizenRequest reports a voice word at k that, in a citizens' voice,
// asks a body to act: a request verb or a wish before an addressee body
// ("Cử tri đề nghị Chính phủ chỉ đạo ...", "Cử tri mong muốn Đảng và Nhà
// nước tiếp tục ..."): a request, though the citizens voice it.
func (d *doc) citizenRequest(k, e int) bool {
	last, ok := d.ris(k, e, rAsk)
	if !ok || last >= e {
		return false
	}
	if d.isPunct(last, `"`) {
		last++ // 'Cử tri cũng " đề nghị ...': the request quoted
	}
	return d.bodyHead(last, e) || d.toks[last].Upper && d.toks[last].Kind == token.Word
}

// remarkFrame reports a clause [c, e) opening with a verb of remarking,
// its topic and a comma, then a speaker and a verb of saying or judging
// ("Chia sẻ về vấn đề này, phó chủ tịch X nhận định ...", "Góp ý báo cáo,
// Chủ tịch Quốc hội cho biết ..."): a new speaker's words, no item of the
// list before.
func (d *doc) remarkFrame(c, e int) bool {
	last, ok := d.ris(c, e, rRemark)
	if !ok {
		return false
	}
	for k := last; k < e && k <= last+10; k++ {
		if !d.isPunct(k, ",") {
			if d.toks[k].Kind == token.Punct {
				return false
			}
			continue
		}
		for i := k + 2; i < e && i <= k+14; i++ {
			if d.toks[i].Kind == token.Punct {
				return false
			}
			if _, ok := d.is(i, e, kSpeech|kBlock|kOpine); ok {
				return true
			}
		}
		return false
	}
	return false
}

// shownBy reports a modal at m whose clause is the evidence of a verb of
// showing after a comma ("..., còn lại X mới phải Y, cho thấy Z"), or
// what a verb of showing before it finds ("thực tiễn cho thấy việc X chỉ
// mới dừng ở mức Y, cần Z"): what shows, or is shown, is no task.
func (d *doc) shownBy(c, m, e int) bool { return d.shownByFrom(c, m, e, true) }

// shownByFrom is shownBy; before is false when no token in (c, m) has a
// key hash evFirst holds (see modalClause): its first loop is skipped.
func (d *doc) shownByFrom(c, m, e int, before bool) bool {
	ev := &rlx.evFirst
	for k := c + 1; before && k < m; k++ {
		if !ev.has(token.HashOf(&d.toks[k])) {
			continue
		}
		if _, ok := d.ris(k, m, rEvidence); ok {
			return true
		}
	}
	for k := m + 1; k+1 < e; k++ {
		if ev.has(token.HashOf(&d.toks[k+1])) && d.isPunct(k, ",") {
			if _, ok := d.ris(k+1, e, rEvidence); ok {
				return true
			}
		}
	}
	return false
}

// quotedAsk returns where the item starts in a quotation that opens with
// a bare request verb and its addressee (a capitalized name, a plural of
// organs, or a body's common noun) and that an attribution ends with a
// request verb or a verb of emphasis ('" Đề nghị chính quyền địa phương
// tăng cường đối thoại ... ", báo cáo nêu rõ.'): the speaker's request,
// its item starting at the addressee.
func (d *doc) quotedAsk(sents []sentence, si, c, e int) (int, bool) {
	last, ok := d.bareDirective(c, e)
	if !ok {
		return 0, false
	}
	start := d.skipJoiners(last, e)
	if start >= e {
		return 0, false
	}
	if _, ok := d.ris(start, e, rBody); !ok && !d.addressee(start, e) {
		return 0, false
	}
	p := sents[si].para
	for sj := si; sj < len(sents) && sents[sj].para == p && sj <= si+4; sj++ {
		a, b := sents[sj].a, sents[sj].b
		for k := a; k+2 < b; k++ {
			if !(d.isPunct(k, `"`) || d.isPunct(k, "”")) || !d.isPunct(k+1, ",") {
				continue
			}
			// '", <speaker> <closer>.': the closer ends the sentence
			end := d.trimEnd(a, b)
			for i := k + 2; i < end && i <= k+8; i++ {
				if l, ok := d.ris(i, end, rCloser); ok && l == end {
					return start, true
				}
			}
			return 0, false
		}
	}
	return 0, false
}

// closerCut returns where an item [a, b) ends once a quotation's
// attribution after its closing quote is cut ('... quyền lợi của nhân
// dân ", báo cáo nêu rõ' → '... quyền lợi của nhân dân'): a closing
// quote, a comma, at most six words and a closer ending the item.
func (d *doc) closerCut(a, b int) int {
	end := d.trimEnd(a, b)
	if k := d.occasionAt(a, end); k > a {
		return k
	}
	if k := d.quoteCloseAt(a, end); k > a {
		return k
	}
	if k := d.quoteOpenAt(a, end); k > a {
		return k
	}
	for k := end - 3; k > a && k >= end-9; k-- {
		if !d.isPunct(k+1, ",") || !(d.isPunct(k, `"`) || d.isPunct(k, "”")) {
			continue
		}
		for i := k + 2; i < end; i++ {
			if d.toks[i].Kind == token.Punct {
				return b
			}
			if l, ok := d.ris(i, end, rCloser|rSaid); ok && l == end {
				if i == k+2 {
					return b // '", nêu rõ': no speaker
				}
				return k
			}
		}
		return b
	}
	return b
}

// gluedHeadline reports a word after a modal at m, in [m, e), that joins
// two words with no space: a word opening lower-case with a capital at
// its third byte or later ("giấy phépChính phủ đã ban hành ..."; not
// "iPhone", "VinFast"): a subheading glued onto the sentence
// after it (as a word-segmented text restores it), the modal the
// subheading's, which announces and sets no task.
func (d *doc) gluedHeadline(m, e int) bool {
	for k := m + 1; k < e; k++ {
		t := &d.toks[k]
		if t.Kind != token.Word || t.Upper || t.End-t.Start < 3 {
			continue
		}
		// (a byte scan: an ASCII capital or "Đ" at byte 2 or later; the
		// word opens lower-case, as Token.Upper tells)
		w := d.text[t.Start:t.End]
		for i := 2; i < len(w); i++ {
			if c := w[i]; 'A' <= c && c <= 'Z' || c == 0xC4 && i+1 < len(w) && w[i+1] == 0x90 {
				return true
			}
		}
	}
	return false
}

// firstPerson reports the speaker's first person alone in [np, j), before
// a verb of request at j ("tôi đề nghị", "chúng tôi yêu cầu"; not a wish:
// "chúng tôi mong mọi việc ...").
func (d *doc) firstPerson(np, j int) bool {
	l, ok := d.ris(np, j, rFirst)
	if !ok || l != j {
		return false
	}
	_, ok = d.ris(j, min(j+3, len(d.toks)), rCloser)
	return ok
}

// occasionAt returns where an item [a, end) ends once the occasion of the
// request ending it is cut ("... xây dựng tại cuộc làm việc với Quận uỷ X
// sáng 14-3" → "... xây dựng"): "tại" and a noun of an occasion within the
// item's last sixteen tokens, no comma after it, and at least four tokens
// before it; else a.
//
// Every occasion opens with "tại": it looks at the tokens keyed so that
// the index pass lists (doc.tai) in the range, not at every token.
func (d *doc) occasionAt(a, end int) int {
	for m := listFrom(d.tai, max(a+4, end-16)); m < len(d.tai) && int(d.tai[m]) < end; m++ {
		k := int(d.tai[m])
		if last, ok := d.ris(k, end, rOccasion); ok && last < end {
			for i := last; i < end; i++ {
				if d.isPunct(i, ",") || d.isPunct(i, ";") {
					return a
				}
			}
			return k
		}
	}
	return a
}

// citizenSays reports a clause [c, e) whose subject, after a fronted frame
// ("Đối với công tác cán bộ, ..."), is citizens voicing a view ("cử tri
// đồng tình với việc ..."): their voice, no item of the list before.
func (d *doc) citizenSays(c, e int) bool {
	k := c
	if last, ok := d.is(c, e, kFrame); ok {
		for i := last; i < e && i <= last+10; i++ {
			if d.isPunct(i, ",") {
				k = i + 1
				break
			}
		}
	}
	if k >= e || !d.is1(k, e, kCitizen) {
		return false
	}
	return d.citizenVoice(k, e)
}

// policyContent reports a modal at m right after a colon (or a colon and
// an opening quote) that closes a noun of a policy or rule and its owner
// ("chủ trương của tỉnh: phải xin lỗi dân ..."): the modal states the
// rule's content, no task.
func (d *doc) policyContent(c, m int) bool {
	k := m - 1
	if k > c && (d.isPunct(k, `"`) || d.isPunct(k, "“")) {
		k--
	}
	if k <= c || !d.isPunct(k, ":") {
		return false
	}
	for i := k - 1; i >= c && i >= k-5; i-- {
		if d.toks[i].Kind == token.Punct {
			return false
		}
		if last, ok := d.ris(i, k, rPolicy); ok && last <= k {
			return true
		}
	}
	return false
}

// pastOpened reports a clause [c, ..) that opens with an adverbial of
// narrated past time and its comma ("Trước đó, X cũng phải xin thôi chức
// ...", "Khi đó, tỉnh phải vay vốn ..."): a modal there tells what had to
// be done then, no task for a coming period. Tested once per modal, at c.
// A request verb before the modal with no "đã" (da) in the clause is a
// request that stands ("Trước đó, Bộ yêu cầu các sàn phải ..."); with
// "đã" it is narrated ("Trước đó, tòa đã ra quyết định yêu cầu X phải").
func (d *doc) pastOpened(c, m int, da bool) bool {
	last, ok := d.ris(c, m, rPastOpen)
	if !ok {
		return false
	}
	if !da && d.hasKind(last, m, kDirective) {
		return false
	}
	for k := last; k < m && k <= last+3; k++ {
		if d.toks[k].Kind == token.Punct {
			return d.isPunct(k, ",")
		}
	}
	return false
}

// reasonClause reports a modal at m inside a clause of cause that opens
// its clause (at c or after a comma) and that a comma closes before the
// main clause, by e ("Đến nay, do yêu cầu cần phải ưu tiên ..., ông xin
// thôi"): the modal gives the reason, no task. "do" inside a clause
// ("các dự án do Sở X làm chủ đầu tư cần ...") is an agent, not a cause.
func (d *doc) reasonClause(c, m, e int) bool {
	k := c
	for i := m - 1; i > c; i-- {
		if d.toks[i].Kind == token.Punct {
			if !d.isPunct(i, ",") {
				return false
			}
			k = i + 1
			break
		}
	}
	if _, ok := d.ris(k, m, rReason); !ok {
		return false
	}
	for i := k + 1; i < m; i++ {
		if k := d.key(i); k == keyThi || k == keyNen {
			return false // "vì dân thì tác phẩm phải", "Do X nên phải Y": the main clause opened
		}
	}
	for i := m + 1; i < e; i++ {
		if t := &d.toks[i]; t.Kind == token.Punct {
			if d.isPunct(i, ",") {
				return true
			}
			if t.Key != "-" && t.Key != "/" {
				return false
			}
		}
	}
	return false
}

// relClause reports a modal at m inside a relative clause that "mà" opens
// after a noun, its own subject between them ("điều mà Bộ Chính trị cần
// tính ngay lúc này là ...", "các cam kết mà Việt Nam phải thực hiện"):
// the clause describes the noun, no task. "mà" right before the modal
// ("không cào bằng mà phải dựa trên ...") or before "còn"/"lại" ("không
// chỉ ... mà còn phải ...") contrasts, and stays a task.
func (d *doc) relClause(c, m int) bool {
	for r := m - 2; r >= c && r >= 1 && r >= m-7; r-- {
		t := &d.toks[r]
		if t.Kind == token.Punct {
			return false
		}
		k := t.Key
		if k == keyCon || k == keyLai {
			return false
		}
		if k == keyMa {
			if d.toks[r-1].Kind != token.Word || d.key(r+1) == keyCon || d.key(r+1) == keyLai {
				return false
			}
			// "Không phải X mà đề thi phải ...": after a negation, "mà"
			// is "but", and its clause a task
			for i := c; i < r; i++ {
				if k := d.key(i); k == keyKhong || k == keyChang {
					return false
				}
			}
			return true
		}
	}
	return false
}

// quoteCloseAt returns where an item [a, end) that opens inside a
// quotation ends, at the quotation's closing mark ('... phải nghiên cứu kỹ
// trước khi nâng cấp khu này”, ông X thông tin' → '... phải nghiên cứu kỹ
// trước khi nâng cấp khu này'): the item holds an odd number of quote
// marks, the first of them a closing one (”, or a straight quote) with a
// comma or a dash after it, three tokens or more after a, and no verb,
// additive or modal just after that; else a. What follows the closing
// mark is the narrator's attribution, no part of the task. Only the quote marks the index lists (doc.quotes) are read.
func (d *doc) quoteCloseAt(a, end int) int {
	q := d.quoteFrom(a)
	first, n := -1, 0
	for ; q < len(d.quotes) && int(d.quotes[q]) < end; q++ {
		k := int(d.quotes[q])
		if d.toks[k].Kind != token.Punct {
			continue
		}
		if first < 0 {
			first = k
		}
		n++
	}
	if n%2 == 0 || first < a+3 || first+1 >= end {
		return a
	}
	if d.text[d.toks[first].Start:d.toks[first].End] == "“" {
		return a
	}
	if !d.isPunct(first+1, ",") && !d.isPunct(first+1, "-") && !d.isPunct(first+1, "–") {
		return a
	}
	// ('“các bộ phải xong trước tháng 6”, đồng thời báo cáo ...': a verb,
	// an additive or a modal after the mark goes on with the task)
	if t := first + 2; t < end && (d.verbAt(t, end) || d.hasKindAt(t, end, kAdditive|kCont|kModal)) {
		return a
	}
	return first
}

// quoteOpenAt returns where an item [a, end) ends before a quotation that
// opens in it and never closes in its sentence ('văn kiện phải nhận xét
// đúng thực chất " Tranh chấp lãnh thổ ... diễn ra gay gắt .' → 'văn kiện
// phải nhận xét đúng thực chất'): the item's last quote mark is an
// opening one (a straight quote between two words, the second
// capitalized), no quote mark follows it up to the end of the sentence
// being read, four tokens or more before it; else a. The quotation cited
// is what the task is about, not the task.
func (d *doc) quoteOpenAt(a, end int) int {
	q := d.quoteFrom(a)
	last, n := -1, 0
	for ; q < len(d.quotes) && int(d.quotes[q]) < end; q++ {
		if k := int(d.quotes[q]); d.toks[k].Kind == token.Punct {
			last = k
			n++
		}
	}
	if n%2 == 0 || last < a+4 || last+1 >= end {
		return a
	}
	// (a typographic “ left open is a malformed closing mark more often
	// than a quotation running on: “2 đột phá chiến lược'')
	nx, pv := &d.toks[last+1], &d.toks[last-1]
	if d.text[d.toks[last].Start:d.toks[last].End] != `"` || nx.Kind != token.Word || !nx.Upper || pv.Kind != token.Word {
		return a
	}
	// no closing mark later in the sentence
	stop := d.sentB
	if stop < end {
		stop = end
	}
	if q < len(d.quotes) && int(d.quotes[q]) < stop {
		return a
	}
	return last
}

// caseMin is the fewest mentions of the parties to a criminal case that
// make a text a case report (caseReport), and casePerBytes the text's
// bytes per mention at most.
const (
	caseMin      = 6
	casePerBytes = 1000
)

// caseReport reports a text that names the parties to a criminal case
// (data kind reported-case: "bị cáo", "bị can") caseMin times or more,
// once in casePerBytes bytes or more often: a report of an investigation
// or a trial. What it tells of the case (what the accused had to do,
// what one asked another, what the verdict obliges, the parties'
// motions) is its story, no task set for a coming period; a meeting's
// report that mentions a few cases (a steering committee's directions on
// anti-corruption) names the accused more sparsely. The mentions are
// counted at the tokens "bị" the index pass lists (d.bi).
func (d *doc) caseReport() bool {
	if len(d.bi) < max(caseMin, len(d.text)/casePerBytes) {
		return false // (too few "bị" for the mentions needed)
	}
	n := 0
	for _, i := range d.bi {
		if int(i)+1 >= len(d.toks) || !rlx.caseLast.has(token.HashOf(&d.toks[i+1])) {
			continue
		}
		if m, ok := rlx.lx.At(d.toks, int(i)); ok && m.Value&rCase != 0 {
			n++
		}
	}
	return n >= caseMin && n*casePerBytes >= len(d.text)
}
