// Package events recognizes the events an article reports as held
// (conferences, reviews, congresses, sessions, working visits, press
// conferences, ceremonies) with their date, place, organizer, period and
// member provinces.
//
// How an event is found, sentence by sentence:
//
//   - an event word (data/words.tsv, class kind: "hội nghị", "sơ kết",
//     "kỳ họp", "buổi làm việc", "lễ", ...) gives the kind;
//   - the mention is reported as held when its sentence carries a date
//     ("Ngày 25-7-2020", "Sáng 15/11", "từ 16 đến 18-5") or a time anchor
//     ("cùng ngày", "hôm nay") and no future or plan marker ("sẽ", "dự
//     kiến", "tiến tới") comes before it;
//   - a back-reference ("Tại hội nghị", "Dự buổi họp báo") presupposes a
//     held event: it yields an undated event when none of its kind exists;
//   - mentions of one event (same kind, or same date with a generic "họp")
//     merge into one record; "cùng ngày" starts a new event on the date of
//     the previous one (with no dated event before, on the day of the last
//     dated lead, however far back); a back-reference to a kind an event already
//     contains ("tại buổi làm việc" after "thăm và làm việc") is that event.
//
// Dateline leads, "Sáng 15/12, tại TP. Pleiku (Gia Lai), A dự và chỉ đạo
// Lễ ...": the event word after an attendance or holding verb (class
// attend: "dự", "chủ trì", "đã có"; class held: "tổ chức") is the
// sentence's event, whatever event words come before it, and the date and
// place before it are its own. A dated lead with no event word ("Ngày
// 13/11, tại hội trường xã, đồng chí A cùng các đại biểu ...") gives its
// date and place to the back-reference that follows within two sentences
// ("Buổi tiếp xúc cử tri có ..."). A date right after a cited document
// ("Quyết định số 4483/QĐ-BCA ngày 19/6/2024") is never an event's.
//
// Some acts are events only after a head (class kindhead: "giám sát",
// "tiếp xúc", "triển lãm"): a classifier ("buổi", "Đoàn", "phiên") or a
// lower-case holding verb ("tổ chức"). "Lễ <act>" (class leact, or a
// capitalized "Lễ" before a lower-case word) has the kind "lễ" but is an
// event of its own, not a back-reference to the main one.
//
// The article's first dated lead that names a place ("Đúng 13 giờ 30 phút
// ngày 27-12, tại Nhà tang lễ Quốc gia (số 5 Trần Thánh Tông, Hà Nội),
// ...") gives its date and place to the first event named within two
// sentences ("A điều hành Lễ truy điệu"), back-reference or not. An event
// reported as held may fall up to two days after the article's date (a
// post's stamp may precede the event). A delegation ("Đoàn Kiểm tra số
// 1348 ... đã ...") is the body that holds the event: the event takes the
// kind of the session the text names most with a classifier ("buổi làm
// việc", "cuộc làm việc").
//
// A date set off by commas right after the event's name is its date
// ("Tiếp tục phiên họp thứ 32, sáng 22.4, tại Nhà Quốc hội"), unless
// "sau"/"trước" comes before the name. An event after another ("Sau lễ
// dâng hương, ... tổ chức lễ giỗ") falls on that one's day and is another
// event. The front matter ("title: ...") is metadata; a sentence that
// opens with a section label and headline closed by the paper's code and
// a dash before a dateline ("... (QNO) - Ngày 23/7, ...") starts after the
// dash. A planned year ("dự kiến hoàn thành vào quý I/2018", "đến năm
// 2030") does not give a yearless date its year.
//
// A frame before an event's name makes a date behind "ngày" after it the
// event's own ("trong cuộc họp ngày 26/4"; a clause-opening "Tại phiên
// thảo luận về ... ngày 4/11/2024", not "báo cáo ... tại phiên họp ngày X",
// where to report). "Sau khi <body> họp" reports the meeting held. A
// sentence opened by "Trước đó" that reports an event held ("đã thực hiện
// lễ dâng hương", "đã đến thăm") names another event, on the day of the
// last dated one. A lead behind the source's tag ("(Chinhphu.vn) - Sáng
// 3/12, tại Hà Nội, ...") is a lead. A day and month without a year, in an
// article without a date, takes the year of a full date of the article
// within a week of it ("22h00 ngày 21/5/2016" then "sáng 27/5").
//
// Rites told with their verb ("sáng 23/7, Đoàn ... đã đến dâng hoa, dâng
// hương"; class kindrite) are held ceremonies in a sentence with its own
// date only; a motion verb before one makes it the sentence's act, and a
// visit in the occasion frame before it ("Nhân chuyến thăm, làm việc tại
// X, ...") is held too, undated. A motion verb heads an act ("đi kiểm
// tra"), not after a first-person subject. An event word ending the name
// of a body named by its task ("Trưởng ban Chỉ đạo của Chính phủ tổng kết
// ...") is part of the name; a tally verb opening a sentence with a time
// ("Tổng kết sáng 19-5, ...") is a count; "kết luận <event>" is a
// back-reference, and a back-reference to a kind named only as planned
// ("sẽ có hai hội nghị" then "Tại hội nghị này") is the plan. A day ten
// years or more before the article's is the story's history; a day after
// a verb of status and "từ ngày" ("miễn nhiệm từ ngày 25/10") is the
// status's. In an undated article a month with its year near a day gives
// it its year ("tháng 5/2016" then "chiều 2/6").
//
// A date set off by a comma after the event's name may follow a body's
// name that holds commas between lower-case words ("phiên họp thứ 8 của
// Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực TP.HCM, sáng 14-10"). An
// act in what a request verb asks an addressee to do (class direct: "giao
// UBND thị xã chủ trì, làm việc với ...", "yêu cầu các sở tổ chức hội
// nghị") is assigned, not held. An event named only in photo captions (a
// line with a credit, class credit: "(Ảnh: A/TTXVN)") is the main event
// when their kinds agree or the caption states the same day. Of two dates
// before the event word, the one after a reporting verb (class report:
// "Ngày 15-6, Ủy ban ra thông báo cho biết, từ ngày 12 đến ngày 14-6, ...
// đã họp") is the event's; "sau <event>" with a date of its own after it
// ("diễn ra từ 12-14/6") does not take the date before. A month and year in
// brackets after a congress's name ("(tháng 9/1960)") is its date; a month
// after the article's is a session to come. A counted event ("tại 2 kỳ
// họp", class count) is none. An event attended in an occasion frame
// (class inframe: "nhân dịp tham dự Hội nghị X, Thủ tướng đã có cuộc hội
// đàm") is not the sentence's act. A decision handed over ("dự và trao
// các quyết định") refers to the conference found. The organizer is no
// speaker ("A phát biểu khai mạc", class notheld) and none before "diễn
// ra" (class intrans); a comma after an organization's head word (class
// orghead) stays in it ("Sở Văn hóa, Thể thao và Du lịch", "Đảng, Nhà
// nước"). A date in brackets after another event's name is that one's
// ("chuyến thăm ... (20/6/2024), cuộc điện đàm ..."); a day in brackets
// after the event's own name, or after "và" + a second event word ("buổi
// kiểm tra và làm việc với X vào ngày 11-9"), is its date. A dated lead
// gives no date to a numbered event named after it. In a photo caption
// the people listed first do not keep the event's comma-set date. The
// event dated within the week before the article comes first.
//
// An inspection that goes on to work with a body is a working session,
// as a visit is ("buổi kiểm tra thực địa và làm việc với UBND huyện":
// classes coordyield, coordhead); "X đã có buổi làm việc với Y" reports a
// session held; a session of a partnered kind that names another partner
// ("làm việc với UBND huyện", then "với Sở Công Thương") is another
// session. A month and year opening the sentence ("Sang tháng 10-2020,
// tại Đại hội ...") is the event's date; "Trước đó, tại kỳ họp 45, ..."
// after a meeting told by "đã họp" is another, earlier event. In an
// undated article a yearless day near the end of a period the article
// reviews takes the year that puts it nearest that end ("tổng kết ...
// năm học 2017 - 2018" and "Sáng 9-7": 2018), or near the start of a
// period it opens ("khai giảng năm học 2018 - 2019"), the first months of
// a year reported so far give the article's year ("hai tháng đầu năm
// 2018"; not after "so với"), the year the article states most counts
// only when it is also the latest year it states, and a weekday before
// the day ("thứ Hai (23/5)") picks the year around the one guessed.
//
// The organizer is the subject of "tổ chức", or else the body a meeting's
// name gives after its kind, modifiers, ordinal and "của" ("Hội nghị lần
// thứ 9 Ban Chấp hành Trung ương Đảng khóa XIII", "kỳ họp thứ 19 HĐND tỉnh
// Bạc Liêu", "Phiên họp Quốc hội"; classes genkind, genhead, genstop,
// genskip), or the subject of a meeting told by its verb ("Ủy ban Kiểm tra
// Trung ương đã họp kỳ thứ 45"); term qualifiers are left out, and a
// helping body after "phối hợp với" (class orgcut) too. A sitting named on
// its session's day is that session (class sitting). An event after the
// article's day in a sentence that spells out a schedule ("Theo đó, sáng
// 4/5, ..."; class schedopen) is to come, and so is the "cùng ngày" event
// after it; a comma-set day after the name of a speech's setting ("bài
// phát biểu tại phiên khai mạc kỳ họp thứ 8 ..., sáng 21/10"; class
// speechat) may fall a day or two after the article's. A lead told as
// earlier ("Trước đó, ngày 14.5.2024, ...") is a lead, and "Tại cuộc họp
// này" right after one names its meeting; a photo of a numbered event's
// scene ("Quang cảnh Hội nghị Trung ương 9"; class scene) shows it held.
//
// A meeting told by its verb after "đã"/"vừa" (class kindheadasp: "Sáng
// 6-6, tại Phủ Chủ tịch, A đã gặp mặt, chúc mừng ...") is headed as
// "tổ chức gặp mặt" is, and held when its sentence is dated. An event
// word in the occasion of a visit (class occasionfor: "đã tới thăm, chúc
// mừng ... nhân dịp kỷ niệm Đại lễ Phật đản") is not what the visit holds,
// nor is an inspection (class coordyield: "đã có buổi thăm ... và kiểm tra
// công tác đền bù"). An inspection told by its verb and what it looks at
// ("Sáng 9/9, A, Bí thư Tỉnh ủy kiểm tra công tác khắc phục ...") needs no
// head.
//
// Speed: kindsIn reads one byte table (cueTable) per token, which tells
// the event words from the cue lists (future, anchors, the marks ")", "[",
// "]"); the sentence's cues spare the scans for lists it cannot hold.
//
// The place is what follows "tại" before the event word or after it in
// its clause (no other event word, ";" or comma before a new capitalized
// subject in between), through brackets and lower-case administrative
// units ("tại xã A, huyện B, tỉnh C"), or a province closing the venue
// after a comma ("tại Nhà tang lễ Quốc gia, Hà Nội"), resolved with
// package places; a "tại" after an incident in its clause ("Liên quan
// đến vụ việc ... tại dự án X") places the incident, not the event; the
// organizer is the subject of "tổ chức"; the period is the first period
// (package timex) after the event word; members are the provinces listed
// in apposition after "là"/"gồm".
package events

import (
	_ "embed"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/places"
	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Input is what the recognizer reads.
type Input struct {
	Text      string
	Tokens    []token.Token // token.Tokenize(Text)
	Sentences []schema.Span // segment.Sentences(Text)
	Date      time.Time     // the article's date, zero if unknown
	Title     schema.Span   // the title's span, zero if none (the first sentence is then read as the title)
	// NoTitle says that the text has no title at all: a page fragment that
	// opens with its lead, whose first sentence is text like the others
	NoTitle bool
	// Places is places.Find(Text, Tokens, Date) when the caller has it
	// already (an empty, non-nil slice when there are none); nil: Find
	// looks for them itself.
	Places []places.Match
}

//go:embed data/words.tsv
var wordsTSV string

//go:embed data/cities.tsv
var citiesTSV string

// cities maps a provincial city to its province: "Nha Trang" -> "Khánh Hòa".
var cities = sync.OnceValue(func() *lexicon.Lexicon[string] {
	l := lexicon.New[string]()
	for _, line := range strings.Split(citiesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		if f := strings.Split(line, "\t"); len(f) == 2 {
			l.Add(strings.TrimSpace(f[0]), strings.TrimSpace(f[1]))
		}
	}
	return l
})

// kindVal is what an event phrase says: the kind, "" for a stop phrase;
// held when the phrase itself reports the event as held ("đã họp", "họp
// phiên"); upper when it needs a capitalized object right after it
// ("tiếp Đại sứ").
type kindVal struct {
	kind        string
	held, upper bool
	head        bool // an act that is an event only after a head ("buổi giám sát", "tổ chức triển lãm")
	specific    bool // named by its act ("Lễ đón"): a back-reference with it is not generic
	rite        bool // a rite told with its verb ("đã đến dâng hương"): an event only in a dated sentence
	task        bool // its kind may end the name of a body named by its task (class taskkind: "Ban Chỉ đạo tổng kết ...")
	lower       bool // an event only when its words after the first are lower-case (class kindlower: not "giao Ban Hoằng pháp")
	aspect      bool // a head act that "đã"/"vừa" (class assert) heads too (class kindheadasp: "A đã gặp mặt, chúc mừng ...")
}

type wordLists struct {
	kind                                       *lexicon.Lexicon[kindVal]
	future, anchor, same, backref, held, mods  *lexicon.Lexicon[bool]
	review                                     *lexicon.Lexicon[bool] // the reviews a generic meeting holds (class review)
	composeHead                                keySet                 // the kinds a review completes (class composehead)
	kindComposes                               map[string]bool        // the kinds of kind's values: whether their folded key is in composeHead (see composes)
	notev, when, thisYear                      *lexicon.Lexicon[bool]
	whenAfter, gapStop, after, assert          *lexicon.Lexicon[bool]
	assertHeld, deadline, futureAfter          *lexicon.Lexicon[bool]
	commaWhen, sequel, plan, horizon, incident *lexicon.Lexicon[bool]
	head, headVerb, attend, doctype, admin     *lexicon.Lexicon[bool]
	at, listOpen, defnoun, refGeneric          keySet
	subjLead                                   keySet   // aspect words after a subject-first lead's day (class subjlead: "vừa", "đã"), see leadDate
	atPost                                     keySet   // place words read only after the event word (class atpost: "hội nghị ở TP HCM"), see location
	linkRef                                    keySet   // classifiers that open a sentence speaking of a link headline's act ("Chuyến thăm")
	yield                                      []string // the kinds of visits (class yield), few: a loop beats a map
	coordYield, coordHead                      []string // kinds that give way to a coordinated kind (class coordyield) and those (class coordhead), few
	partnered                                  []string // kinds of sessions held with a partner (class partnered), few
	ceremony, clock, heldNoun                  keySet
	classifier, delegation, frame, frameOpen   keySet
	afterClause, earlier, heldNounAfter        *lexicon.Lexicon[bool]
	next                                       *lexicon.Lexicon[bool] // sentence openers of a sequel on the same day (class next)
	motion, taskBody, tally, speaker, docRef   *lexicon.Lexicon[bool]
	tallyTime, taskKinds, frameKinds           keySet
	occasion, placeEnd, listPlace              *lexicon.Lexicon[bool]
	occasionFor                                *lexicon.Lexicon[bool] // the occasion of a visit (class occasionfor, see occasionBefore)
	orgTrail, orgTime                          *lexicon.Lexicon[bool]
	direct                                     *lexicon.Lexicon[bool] // request verbs (class direct; true: class directupper, a capitalized addressee right after)
	directNoun                                 keySet                 // words before a request verb that make it a noun (class directnoun)
	credit                                     keySet                 // photo credits that make a line a caption (class credit)
	creditKeys, countKeys                      lexicon.KeyFilter      // the keys of credit and count
	directAfter                                keySet                 // words after a request verb that make it a noun (class directafter: "chỉ đạo của")
	inFrame                                    *lexicon.Lexicon[bool] // adverbial frames opening a clause (class inframe, see inFrame)
	report                                     *lexicon.Lexicon[bool] // reporting verbs (class report, see laterReported)
	count                                      keySet                 // numerals in words (class count, see counted)
	notHeld                                    *lexicon.Lexicon[bool] // words before a verb of holding that make it no holding (class notheld, see organizer)
	intrans                                    *lexicon.Lexicon[bool] // verbs of holding whose subject is the event (class intrans: "diễn ra")
	orgHead                                    *lexicon.Lexicon[bool] // head words of organizations' names (class orghead, see orgComma)
	compare                                    *lexicon.Lexicon[bool] // the base of a comparison (class compare: "so với", see articleYear)
	launch                                     *lexicon.Lexicon[bool] // acts that open a period (class launch: "khai giảng", see reviewEnds)
	weekday                                    *lexicon.Lexicon[int]  // weekdays, 0 Sunday (class weekday, see weekdayBefore)
	weekdayLead                                keySet                 // time words before a weekday (class weekdaylead, see weekdayBefore)
	yearPrep                                   keySet                 // words that make a year a time phrase of its own (class yearprep, see yearOfNoun)
	everyYear                                  keySet                 // words before "năm" that make it "every year" (class everyyear, see yearly)
	genKinds                                   []string               // kinds that name their organizer after them (class genkind, see genitiveOrganizer), few
	genHead                                    *lexicon.Lexicon[bool] // head words of a holding body's name (class genhead; true: class genheadupper, a capitalized word after it)
	genStop                                    *lexicon.Lexicon[bool] // lower-case words that end a body's name (class genstop)
	steerHead, steerTail                       *lexicon.Lexicon[bool] // a steering committee's head and the lower-case level and topic after it (classes steerhead, steertail)
	orgCut                                     *lexicon.Lexicon[bool] // words that end an organizer before a helper (class orgcut: "phối hợp với")
	planNoun                                   *lexicon.Lexicon[bool] // nouns of what is planned for a year (class plannoun: "kế hoạch", see yearOfNoun)
	visitTo                                    *lexicon.Lexicon[bool] // motion verbs whose object is the place an act is done at (class visitto: "đến", see visitPlace)
	orgPerson                                  *lexicon.Lexicon[bool] // a person's title opening an organizer (class orgperson; false: class orgbody, a body's name that opens alike: "Đại sứ quán")
	speechAt                                   *lexicon.Lexicon[bool] // a speech given at an event, before its name (class speechat: "phát biểu tại")
	frameSaid                                  *lexicon.Lexicon[bool] // what was said at an event, before "tại" and its name (class framesaid: "được đưa ra tại", see framedWhen)
	scene                                      *lexicon.Lexicon[bool] // a photo's scene before an event's name (class scene: "Quang cảnh")
	schedOpen                                  *lexicon.Lexicon[bool] // sentence openers that spell out a schedule (class schedopen: "Theo đó", "Theo kế hoạch")
	sittings                                   []string               // the kinds of a session's sittings, one event on one day (class sitting), few
	genSkip                                    *lexicon.Lexicon[bool] // words between a meeting's kind and its body's name (class genskip: "đại biểu", "thường niên")
	taskBodyEnds                               lexicon.PairFilter     // the last two keys of taskBody's phrases
	taskBodyLast                               lexicon.KeyFilter      // their last keys
	riteKinds                                  []string               // the kinds of rites told with their verb (class kindrite), few
	atKeys, listOpenKeys                       lexicon.KeyFilter      // the keys of at and listOpen
	listCue                                    lexicon.KeyFilter      // listOpen's keys and ":": members' one test a token
	classifierKeys                             lexicon.KeyFilter      // the keys of classifier
	cues                                       *cueTable              // the first keys of kind and of the cue lists (see kindsIn)
	first                                      firstKeys
}

// firstKeys holds the lexicons' first-key filters (Lexicon.FirstKeys),
// tested in line in the token loops before a call to At.
type firstKeys struct {
	kind, thisYear, whenAfter, gapStop, held, after, head, headVerb, future, futureAfter, backref, commaWhen, plan, horizon, incident *lexicon.KeyFilter
	direct                                                                                                                            *lexicon.KeyFilter
}

var lists = sync.OnceValue(func() *wordLists {
	w := &wordLists{cues: newCueTable(), taskBody: lexicon.New[bool](), weekday: lexicon.New[int](),
		futureAfter: lexicon.New[bool](), kind: lexicon.New[kindVal](), future: lexicon.New[bool](), anchor: lexicon.New[bool](),
		same: lexicon.New[bool](), direct: lexicon.New[bool](), genHead: lexicon.New[bool](), orgPerson: lexicon.New[bool]()}
	// the classes that are plain phrase lists, one lexicon each
	boolLists := map[string]**lexicon.Lexicon[bool]{
		"head":          &w.head,
		"headverb":      &w.headVerb,
		"attend":        &w.attend,
		"doctype":       &w.doctype,
		"admin":         &w.admin,
		"placeend":      &w.placeEnd,
		"listplace":     &w.listPlace,
		"orgtrail":      &w.orgTrail,
		"orgtime":       &w.orgTime,
		"whenafter":     &w.whenAfter,
		"gapstop":       &w.gapStop,
		"after":         &w.after,
		"assert":        &w.assert,
		"assertheld":    &w.assertHeld,
		"deadline":      &w.deadline,
		"commawhen":     &w.commaWhen,
		"sequel":        &w.sequel,
		"plan":          &w.plan,
		"horizon":       &w.horizon,
		"incident":      &w.incident,
		"backref":       &w.backref,
		"held":          &w.held,
		"mod":           &w.mods,
		"review":        &w.review,
		"when":          &w.when,
		"thisyear":      &w.thisYear,
		"notev":         &w.notev,
		"motion":        &w.motion,
		"docref":        &w.docRef,
		"speaker":       &w.speaker,
		"occasion":      &w.occasion,
		"occasionfor":   &w.occasionFor,
		"tally":         &w.tally,
		"afterclause":   &w.afterClause,
		"earlier":       &w.earlier,
		"next":          &w.next,
		"heldnounafter": &w.heldNounAfter,
		"inframe":       &w.inFrame,
		"report":        &w.report,
		"notheld":       &w.notHeld,
		"intrans":       &w.intrans,
		"orghead":       &w.orgHead,
		"compare":       &w.compare,
		"launch":        &w.launch,
		"genstop":       &w.genStop,
		"steerhead":     &w.steerHead,
		"steertail":     &w.steerTail,
		"genskip":       &w.genSkip,
		"schedopen":     &w.schedOpen,
		"scene":         &w.scene,
		"speechat":      &w.speechAt,
		"framesaid":     &w.frameSaid,
		"orgcut":        &w.orgCut,
		"plannoun":      &w.planNoun,
		"visitto":       &w.visitTo,
	}
	for _, l := range boolLists {
		*l = lexicon.New[bool]()
	}
	// the classes that are lists of folded phrases, compared by key
	foldLists := map[string]*keySet{
		"defnoun":     &w.defnoun,
		"linkref":     &w.linkRef,
		"ceremony":    &w.ceremony,
		"classifier":  &w.classifier,
		"delegation":  &w.delegation,
		"heldnoun":    &w.heldNoun,
		"clock":       &w.clock,
		"count":       &w.count,
		"credit":      &w.credit,
		"directafter": &w.directAfter,
		"directnoun":  &w.directNoun,
		"at":          &w.at,
		"atpost":      &w.atPost,
		"subjlead":    &w.subjLead,
		"frame":       &w.frame,
		"frameopen":   &w.frameOpen,
		"tallytime":   &w.tallyTime,
		"listopen":    &w.listOpen,
		"composehead": &w.composeHead,
		"weekdaylead": &w.weekdayLead,
		"yearprep":    &w.yearPrep,
		"everyyear":   &w.everyYear,
	}
	var leacts []string
	// the kinds that may end a task body's name (class taskkind), read
	// first: addKind marks them, and namedBody runs for these only
	for _, line := range strings.Split(wordsTSV, "\n") {
		if k, ok := strings.CutPrefix(line, "taskkind\t"); ok {
			w.taskKinds = append(w.taskKinds, strings.TrimSpace(k))
		}
	}
	for _, line := range strings.Split(wordsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			continue
		}
		p := strings.TrimSpace(f[1])
		if l, ok := boolLists[f[0]]; ok {
			(*l).Add(p, true)
			continue
		}
		if l, ok := foldLists[f[0]]; ok {
			*l = append(*l, token.FoldPhrase(p))
			continue
		}
		switch f[0] {
		case "kind", "kindheld", "kindupper", "kindhead", "kindheadasp", "kindrite", "kindlower":
			if len(f) > 2 {
				w.addKind(p, kindVal{kind: strings.TrimSpace(f[2]), held: f[0] == "kindheld", upper: f[0] == "kindupper", head: f[0] == "kindhead" || f[0] == "kindheadasp",
					aspect: f[0] == "kindheadasp", rite: f[0] == "kindrite", lower: f[0] == "kindlower"})
				if k := strings.TrimSpace(f[2]); f[0] == "kindrite" && !w.isRite(k) {
					w.riteKinds = append(w.riteKinds, k)
				}
			}
		case "leact":
			leacts = append(leacts, p)
		case "refgeneric":
			w.refGeneric = append(w.refGeneric, p)
		case "stop":
			w.addKind(p, kindVal{})
		case "futureafter":
			w.futureAfter.Add(p, true)
			w.cues.add(p, cueFuture)
		case "yield":
			w.yield = append(w.yield, p)
		case "coordyield":
			w.coordYield = append(w.coordYield, p)
		case "coordhead":
			w.coordHead = append(w.coordHead, p)
		case "partnered":
			w.partnered = append(w.partnered, p)
		case "sitting":
			w.sittings = append(w.sittings, p)
		case "genkind":
			w.genKinds = append(w.genKinds, p)
		case "genhead", "genheadupper":
			w.genHead.Add(p, f[0] == "genheadupper")
		case "orgperson", "orgbody":
			w.orgPerson.Add(p, f[0] == "orgperson")
		case "weekday":
			if len(f) > 2 {
				if n, err := strconv.Atoi(strings.TrimSpace(f[2])); err == nil {
					w.weekday.Add(p, n)
				}
			}
		case "future":
			w.future.Add(p, true)
			w.cues.add(p, cueFuture)
		case "direct", "directupper":
			w.direct.Add(p, f[0] == "directupper")
			w.cues.add(p, cueFuture)
		case "anchor":
			w.anchor.Add(p, true)
			w.cues.add(p, cueAnchor)
		case "same":
			w.same.Add(p, true)
			w.cues.add(p, cueAnchor)
		case "taskbody":
			w.taskBody.Add(p, true)
			if ks := token.Tokenize(p); len(ks) > 1 { // phrases of two words or more
				n := len(ks)
				w.taskBodyEnds.Add(token.HashOf(&ks[n-2]), token.HashOf(&ks[n-1]))
				w.taskBodyLast.Add(ks[n-1].Key)
			}
		case "framekind":
			w.frameKinds = append(w.frameKinds, p)
		}
	}
	for _, p := range []string{")", "[", "]"} {
		w.cues.add(p, cueMark)
	}
	for _, p := range timex.RelativePhrases() {
		w.cues.add(p, cueRel)
	}

	w.first = firstKeys{kind: w.kind.FirstKeys(), thisYear: w.thisYear.FirstKeys(), whenAfter: w.whenAfter.FirstKeys(), gapStop: w.gapStop.FirstKeys(), held: w.held.FirstKeys(), after: w.after.FirstKeys(), head: w.head.FirstKeys(), headVerb: w.headVerb.FirstKeys(), future: w.future.FirstKeys(), futureAfter: w.futureAfter.FirstKeys(), backref: w.backref.FirstKeys(), commaWhen: w.commaWhen.FirstKeys(), plan: w.plan.FirstKeys(), horizon: w.horizon.FirstKeys(), incident: w.incident.FirstKeys(), direct: w.direct.FirstKeys()}
	for _, k := range w.at {
		w.atKeys.Add(k)
	}
	for _, k := range w.atPost {
		w.atKeys.Add(k) // (the uses of atKeys test at.has after it)
	}
	for _, k := range w.listOpen {
		w.listOpenKeys.Add(k)
		w.listCue.Add(k)
	}
	w.listCue.Add(":")
	for _, k := range w.classifier {
		w.classifierKeys.Add(k)
	}
	for _, k := range w.credit {
		w.creditKeys.Add(k)
	}
	for _, k := range w.count {
		w.countKeys.Add(k)
	}
	// "Lễ <act>", "buổi lễ <act>": a ceremony named by its act
	for _, a := range leacts {
		k := kindVal{kind: "lễ", specific: true}
		w.addKind("lễ "+a, k)
		w.addKind("buổi lễ "+a, k)
	}
	for k := range w.kindComposes {
		w.kindComposes[k] = w.composeHead.has(token.FoldPhrase(k))
	}
	return w
})

// mention is one event word in a sentence.
type mention struct {
	kind        string
	specific    bool // see kindVal
	rite        bool // see kindVal
	asserted    bool // the phrase reports the event as held ("đã họp")
	first, last int  // tokens
	sent        schema.Span
	s0, s1      int // the sentence's tokens [s0, s1)
	// visited is the province a motion verb took the actor to before the
	// act ("đã đến Bắc Kạn kiểm tra ..."), "" if none: see visitPlace
	visited string
}

// event is a record being assembled.
type event struct {
	m     schema.Meeting
	sents []mention
	lead  *mention // a dateline lead with no event word, whose date this event took
	// refs are later mentions that refer back to the event ("Buổi đối
	// thoại ... tại Hải Dương sáng 9-4 - Ảnh: ..."): read for its place
	// when its own sentences state none
	refs []mention
}

// lead is a dateline sentence with no event word ("Ngày 13/11, tại hội
// trường UBND xã, đồng chí A cùng các đại biểu ..."): the event the next
// sentences refer back to ("Buổi tiếp xúc cử tri có ...") took place on
// its date, at its place.
type lead struct {
	date  string
	dspan *schema.Span
	mn    mention
	si    int
	at    bool // the lead names a place ("tại Nhà tang lễ Quốc gia (số 5 Trần Thánh Tông, Hà Nội)")
}

// Find returns the events reported as held, the main one first.
// Participants are filled in by the caller (package people finds them).
func Find(in Input) []schema.Meeting {
	text := in.Text
	toks := in.Tokens
	if toks == nil {
		toks = token.Tokenize(text)
	}
	sents := in.Sentences
	if sents == nil {
		sents = segment.Sentences(text)
	}
	w := lists()
	pm := in.Places // province mentions, found once on demand
	pmDone := pm != nil
	provinces := func() []places.Match {
		if !pmDone {
			pm, pmDone = places.Find(text, toks, in.Date), true
		}
		return pm
	}
	// the article's dates and periods without a reference date, found
	// once on demand for articleYear, statedYear and allDates
	var zDates []timex.Date
	zDatesDone := false
	textDates := func() []timex.Date {
		if !zDatesDone {
			zDates, zDatesDone = timex.Dates(text, toks, time.Time{}), true
		}
		return zDates
	}
	var zPeriods []timex.Period
	zPeriodsDone := false
	textPeriods := func() []timex.Period {
		if !zPeriodsDone {
			zPeriods, zPeriodsDone = timex.Periods(text, toks, time.Time{}), true
		}
		return zPeriods
	}
	var fullDates []timex.Date // dates with a written year, for yearless dates when the article has no date
	datesDone := false
	allDates := func() []timex.Date {
		if !datesDone {
			for _, d := range textDates() {
				if !strings.HasPrefix(d.Value, "--") && (len(d.Value) == 10 || len(d.Value) == 7) {
					fullDates = append(fullDates, d) // and months with their year ("tháng 5/2016"), for nearbyYear
				}
			}
			datesDone = true
		}
		return fullDates
	}

	// the article's year when it has no date: "ngay trong năm 2016", or a
	// report period of the current year ("5 tháng đầu năm 2016")
	estDone, est := false, ""
	estYear := func() string {
		if !estDone {
			estDone = true
			if in.Date.IsZero() {
				est = articleYear(toks, w, textPeriods)
			}
		}
		return est
	}
	// the year the article states most, computed on first use
	statedDone, stated := false, ""
	statedYr := func() string {
		if !statedDone {
			statedDone = true
			if in.Date.IsZero() {
				stated = statedYear(w, toks, textDates(), textPeriods())
			}
		}
		return stated
	}
	// the ends of the periods the article reviews ("báo cáo tổng kết công
	// tác năm học 2017 - 2018"), computed on first use in an undated article
	revDone := false
	var revEnds []time.Time
	reviewedEnds := func() []time.Time {
		if !revDone {
			revDone = true
			if in.Date.IsZero() {
				revEnds = reviewEnds(w, toks, textPeriods())
			}
		}
		return revEnds
	}
	// the last day an event reported without a future marker may be
	// held on: a post's time stamp may precede the event it reports
	// ("Sáng 1-8, ... tổ chức hội nghị" posted on 31 July at 18:00)
	today, lastHeld, history := "", "", ""
	if !in.Date.IsZero() {
		today, lastHeld, history = dayBounds(in.Date)
	}
	sc := scratchPool.Get().(*scratch)
	msBuf := sc.ms           // the sentence's event words
	mnBuf := sc.mn           // their mentions
	var subBuf []token.Token // the sentence's tokens relative to it
	var events []*event
	var titleKind string
	var titleMention mention
	var linkKind string // the kind a headline link line names (see below)
	var linkMention mention
	var sessions []kindCount // kinds named with a classifier, in order of first mention
	var pending *lead
	leads := 0 // dateline leads seen
	var pendingVal lead
	fmEnd := frontMatterEnd(text)
	ti := 0
	tpb := tokensPerByte(toks) // (tokensTo's guess)
	prevS1, prevEnd := 0, 0    // the last sentence's token end and byte end
	// the kinds of events named as planned ("Ở bước tiến hành kỷ luật sẽ có
	// hai hội nghị"): a back-reference to one ("Tại hội nghị này") with no
	// held event of its kind is that plan, not an event held
	var plannedKinds []string
	// the days (month and day, "05-03") of events named as to come after
	// their word ("Tang lễ ... sẽ diễn ra trong ngày 3/5"): a later sentence
	// dated on one of them spells out that plan ("Lễ viếng bắt đầu từ 7h,
	// lễ truy điệu từ 11h ngày 3/5"), unless it reports its event held
	var plannedDays []string
	toCome := false   // the last dated sentence told an event to come (see "cùng ngày")
	var frame mention // a visit named in the occasion frame of the last sentence's event (see occasionVisit)
	frameOn := false
	for si, sp := range sents {
		if frameOn {
			events = addFrameVisit(events, frame)
			frameOn = false
		}
		// the sentence's tokens; those of the sentence before end before
		// this one when the sentences do not overlap
		if sp.Start >= prevEnd && ti < prevS1 {
			ti = prevS1
		}
		for ti < len(toks) && toks[ti].Start < sp.Start {
			ti++
		}
		s0 := ti
		s1 := tokensTo(toks, s0, sp.End, tpb)
		prevS1, prevEnd = s1, sp.End
		if s1 == s0 || sp.Start < fmEnd {
			continue // the front matter ("title: ...", "date: ..."): metadata, not the body
		}
		st := toks[s0:s1]
		var cues uint8 // the cue lists whose first keys the sentence holds
		msBuf, cues = w.kindsIn(msBuf[:0], st)
		if len(msBuf) > 0 && cues&cueMark != 0 { // bodyStart needs a ")"
			if b := bodyStart(text, w, toks, s0, s1); b > s0 {
				// "Khởi nghiệp - OCOP <headline> (QNO) - Ngày 23/7, ...": the
				// section label and headline before the paper's code are not
				// the sentence
				s0, sp.Start = b, toks[b].Start
				st = toks[s0:s1]
				msBuf, cues = w.kindsIn(msBuf[:0], st)
			}
		}
		ms := msBuf
		for k := range ms {
			m := &ms[k] // (a pointer: a Match is seven words)
			// the sessions the text names with a classifier ("buổi làm việc", "cuộc làm việc")
			if m.Value.kind == "" {
				continue
			}
			c := s0 + m.First
			if m.Value.head && c > s0 {
				c--
			}
			if w.classifierKeys.HasToken(&toks[c]) && w.classifier.has(toks[c].Key) {
				sessions = countKind(sessions, m.Value.kind)
			}
		}
		// the title's sentence: within the title, or the Markdown link
		// line whose text is the title ("[Title](https://...)")
		inTitle := in.Title.End > 0 && sp.Start >= in.Title.Start && sp.End <= in.Title.End
		isLink := !inTitle && in.Title.End > 0 && sp.Start < in.Title.Start && in.Title.Start-sp.Start <= 2 &&
			sp.End >= in.Title.End && strings.HasPrefix(text[in.Title.End:min(sp.End, in.Title.End+9)], "](http")
		isTitle := inTitle || isLink
		var first, other *mention
		riteAct := false // first is a rite told with its verb (see below)
		// the sentence's mentions, in a buffer that holds them all (first
		// and other point into it until the next sentence)
		if cap(mnBuf) < len(ms)+1 {
			mnBuf = make([]mention, 0, 2*len(ms)+1)
		}
		mnBuf = mnBuf[:0]
		for k := range ms {
			m := &ms[k]
			if m.Value.kind == "" || endsBefore(w.notev, toks, s0, s0+m.First) ||
				(m.Value.task && namedBody(w, toks, s0, s0+m.First)) || (m.First < 3 && tallyOpen(w, toks, s0, s1, s0+m.First, s0+m.Last)) {
				continue
			}
			if m.Value.upper && (s0+m.Last >= s1 || !toks[s0+m.Last].Upper) {
				continue
			}
			if docOf(w, toks, s0, s0+m.First) {
				continue // "Kết luận của Hội nghị Trung ương 12": a document's name, not an event
			}
			if m.Value.lower && upperAfterFirst(toks, s0+m.First, s0+m.Last) {
				continue // "Giáo hội đã giao Ban Hoằng pháp ...": a verb and a body, no meeting
			}
			start := s0 + m.First
			// "đến trường X ở huyện Y, tỉnh Sóc Trăng kiểm tra ...": the act is done
			// where the motion verb took the actor (not the speaker's own
			// trip, nor a run to see: classes speaker, notev)
			visitV, visited := visitPlace(w, toks, s0, start, provinces)
			if visitV >= 0 && (endsWithin(w.speaker, toks, s0, visitV, 3) || endsBefore(w.notev, toks, s0, visitV)) {
				visitV, visited = -1, ""
			}
			if m.Value.head {
				h := headBefore(w, toks, s0, start)
				if h < 0 && m.Value.aspect && endsBefore(w.assert, toks, s0, start) {
					h = start // "đã gặp mặt": the aspect heads the act, which then needs its sentence's date as any mention does
				}
				if h < 0 && visitV >= 0 {
					h = start // "về Hà Tĩnh kiểm tra ...": a visit made for the act, as "đến kiểm tra" (class headverb)
				}
				if h < 0 || (h < start && endsBefore(w.notev, toks, s0, h)) {
					continue // "tại các buổi tiếp xúc": many, not this event
				}
				if h == start && (endsWithin(w.speaker, toks, s0, start-1, 3) || endsWithin(w.speaker, toks, s0, start-2, 3) ||
					endsBefore(w.notev, toks, s0, start-1)) {
					// "ngày 25/5, chúng tôi đi kiểm tra": the speaker's own act,
					// told in a quote; "cư dân chạy đến kiểm tra": not a visit
					continue
				}
				start = h
			}
			asserted := m.Value.held || (verbKind(m.Value.kind) && endsBefore(w.assert, toks, s0, start)) ||
				endsWithin(w.assertHeld, toks, s0, start, 5) || (m.Value.kind == "họp" && afterClause(w, toks, s0, start)) ||
				visitV >= 0 && endsBefore(w.assert, toks, s0, visitV) // "đã đến Bắc Kạn kiểm tra ...": the trip told as made
			specific := m.Value.specific || namedCeremony(w, toks, s0, s1, s0+m.First, s0+m.Last)
			mnBuf = append(mnBuf, mention{kind: m.Value.kind, specific: specific, rite: m.Value.rite, asserted: asserted, first: start, last: s0 + m.Last, sent: sp, s0: s0, s1: s1, visited: visited})
			mn := &mnBuf[len(mnBuf)-1]
			if other == nil && !w.isYield(mn.kind) && !slices.Contains(w.coordYield, mn.kind) && !occasionBefore(w, toks, s0, mn.first) {
				other = mn
			}
			if first == nil {
				first = mn
			}
			// held, or attended ("dự và chỉ đạo Lễ ...", "đã có buổi làm việc"):
			// the sentence's event, whatever event words come before it
			// (a back-reference before it frames the clause: "Tại hội nghị, A đã trao quyết định")
			if mn.rite && (endsWithin(w.motion, toks, s0, mn.first, 1) || endsWithin(w.attend, toks, s0, mn.first, 6)) {
				// "A đã đến dâng hương": the sentence's act, unless a ceremony
				// attended or held follows ("đã đến dâng hương và dự Lễ kỷ niệm ...")
				first, riteAct = mn, true
				continue
			}
			if riteAct && !strings.HasPrefix(mn.kind, "lễ") {
				continue
			}
			if mn.asserted || heldNear(w, toks, mn) ||
				(endsWithin(w.attend, toks, s0, mn.first, 6) && (first == mn || !isBackref(w, toks, s0, first.first) || inFrame(w, toks, s0, first.first)) && !inFrame(w, toks, s0, mn.first)) {
				first = mn
				break
			}
		}
		if first == nil {
			// (leadDate's first test, in line: most sentences have no day and month up front)
			if b := sourceTagEnd(toks, s0, s1); !isTitle && (si > 0 || in.Title.End > 0 || in.NoTitle) && dayMonthAt(toks[:s1], b, b+10) >= 0 {
				if ld, ok := leadDate(text, toks, w, sp, si, s0, s1, cues, in.Date, lastHeld, subBuf, &sc.ds, allDates, estYear, statedYr, reviewedEnds); ok {
					pendingVal = ld
					pending = &pendingVal
					// only the article's first lead, opening a paragraph, opens
					// the event named next (a later one tells the story's past)
					pendingVal.at = pendingVal.at && leads == 0 && toks[s0].LineBefore
					leads++
				}
			}
			continue
		}
		if w.isYield(first.kind) {
			// a visit that holds a working session or talks is that event:
			// "đến thăm, làm việc với", "có chuyến thăm ... và có cuộc hội đàm"
			if other != nil && other.first < first.first {
				other = nil // an event word before the visit is not what the visit holds
			}
			if other == nil {
				for _, m := range ms[:] {
					if m.Value.kind != "" && !w.isYield(m.Value.kind) && s0+m.First > first.first && !m.Value.upper && !m.Value.head &&
						!endsBefore(w.notev, toks, s0, s0+m.First) && !occasionBefore(w, toks, s0, s0+m.First) && !slices.Contains(w.coordYield, m.Value.kind) {
						mnBuf = append(mnBuf, mention{kind: m.Value.kind, asserted: m.Value.held, first: s0 + m.First, last: s0 + m.Last, sent: sp, s0: s0, s1: s1})
						other = &mnBuf[len(mnBuf)-1]
						break
					}
				}
			}
			if other != nil {
				first = other
			}
		}
		if k := coordKind(w, toks, first); k != "" {
			first.kind = k // "buổi kiểm tra thực địa và làm việc với UBND huyện": a working session
		}
		if isTitle || (si == 0 && in.Title.End == 0 && !in.NoTitle) {
			if isLink {
				// a headline written as a link's text ("[X thăm, làm việc
				// với Y](https://...)") gives the event only when the body
				// points back to it as held ("Phát biểu tại đây, ..."):
				// such headlines also announce what is to come or ask
				linkKind, linkMention = first.kind, *first
				continue
			}
			titleKind, titleMention = first.kind, *first
			continue
		}
		if cues&cueMark != 0 && (strings.HasPrefix(strings.TrimSpace(text[sp.Start:sp.End]), "![") || strings.Contains(text[sp.Start:sp.End], "](http")) {
			continue // image or link chrome
		}
		// a future or plan marker before the mention
		if cues&cueFuture != 0 && (futureBefore(w, toks, s0, first.first) || directed(w, toks, s0, first.first)) {
			if !hasKind(plannedKinds, first.kind) {
				plannedKinds = append(plannedKinds, first.kind)
			}
			continue
		}
		if counted(w, toks, s0, first.first) {
			continue // "thông qua luật tại 2 kỳ họp": a count of events
		}
		sub := text[sp.Start:sp.End]
		ds := sentDatesIn(&sc.ds, text, toks, s0, s1, sp, in.Date)
		date, dspan := "", (*schema.Span)(nil)
		rel := toks[first.first].Start - sp.Start
		relEnd := toks[first.last-1].End - sp.Start
		datedAfter := false
		dated := false
		habitual := false // a day told as recurring: "được tổ chức vào ngày 18/11 hàng năm"
		for di, d := range ds {
			if yearly(w, toks, sp.Start+d.Span.End, s0, s1) {
				habitual = true
				continue
			}
			if d.Value == "" || isAnniversary(sub, d) || endsBeforeByte(w.deadline, toks, s0, s1, sp.Start+d.Span.Start) {
				continue // "trước ngày 10/5": a deadline
			}
			if dt := tokenAt(toks, s0, s1, sp.Start+d.Span.Start); dt >= 0 && docDate(w, toks, s0, dt) {
				continue // "Quyết định số 4483/QĐ-BCA ngày 19/6/2024": the document's date
			}
			vao := d.Span.Start > relEnd && (isWhen(w, sub[relEnd:d.Span.Start]) || whenAfter(w, toks, composedEnd(w, toks, *first), s1, sp.Start+d.Span.Start) ||
				(isDay(d.Value) && (commaWhen(w, toks, *first, sp.Start+d.Span.Start, sp.Start+d.Span.End) || framedWhen(w, toks, *first, sp.Start+d.Span.Start) ||
					placedWhen(w, toks, *first, sp.Start+d.Span.Start))) ||
				(len(d.Value) == 7 && d.Value[0] != '-' && setOffMonth(w, toks, *first, sp.Start+d.Span.Start, sp.Start+d.Span.End, true)) ||
				(isDay(d.Value) && setOffMonth(w, toks, *first, sp.Start+d.Span.Start, sp.Start+d.Span.End, false))) ||
				(len(d.Value) == 7 && d.Value[0] != '-' && d.Span.Start < rel && leadMonth(w, toks, *first, sp.Start+d.Span.Start, sp.Start+d.Span.End))
			if d.Span.Start < rel && endsWithin(w.sequel, toks, s0, first.first, 2) && ownDateAfter(w, toks, *first, sp, ds) {
				continue // "công bố vào sáng 15/6, sau kỳ họp thứ 42 diễn ra từ 12-14/6": the day of what follows the event
			}
			if d.Span.Start < rel && annotates(w, toks, s0, s1, sp.Start+d.Span.Start, sp.Start+d.Span.End) {
				continue // "chuyến thăm của Tổng thống Putin (20/6/2024), cuộc điện đàm ... (8/8/2024)": the visit's day
			}
			if d.Span.Start < rel && laterReported(w, toks, s0, s1, sp, ds, di, rel) {
				continue // "Ngày 15-6, UBKT ra thông báo cho biết, từ ngày 12 đến ngày 14-6, ... đã họp": the report's day
			}
			if len(d.Value) < 10 && !strings.HasPrefix(d.Value, "--") && !vao {
				continue // a month alone anchors only after "vào"
			}
			if d.Span.Start > rel && !vao && !heldBetween(w, toks, first.last, sp.Start+d.Span.Start) {
				if strings.TrimSpace(sub[relEnd:d.Span.Start]) == "ngày" || d.Span.Start-relEnd <= 1 {
					datedAfter = true
				}
				continue
			}
			date = d.Value
			dspan = &schema.Span{Start: sp.Start + d.Span.Start, End: sp.Start + d.Span.End}
			if strings.HasPrefix(date, "--") {
				var subToks []token.Token
				subToks, subBuf = sentenceTokens(text, toks, s0, s1, sp, subBuf)
				date = yearFor(w, date, sub, d.Span.Start, subToks, zeroRef(ds, in.Date), allDates(), estYear(), statedYr, reviewedEnds)
			}
			dated = true
			break
		}
		if habitual && !dated {
			continue // a custom, told with the day it recurs on: no event held
		}
		if dated && !in.Date.IsZero() && len(date) == 10 && date > today &&
			(date > lastHeld || dspan == nil || dspan.Start > toks[first.first].Start && !spokenAt(w, toks, s0, s1, first, cues) ||
				w.schedOpen.MayStartAt(toks, s0) && startsWith(w.schedOpen, toks, s0)) {
			// days after the article's own: announced, not held; a day or
			// two after it only in a dateline before the event word
			// ("Sáng 1-8, ... tổ chức hội nghị", not "lễ khai mạc vào lúc
			// 00h30 ngày 27.7" in a post of the 26th), or after the name of
			// the setting of a speech told as given ("đề cập trong bài phát
			// biểu tại phiên khai mạc kỳ họp thứ 8 ..., sáng 21/10", class
			// speechat; no future marker in the sentence), nor in a sentence
			// that spells out a schedule (class schedopen: "vừa có thông báo
			// thay đổi thời gian ...", then "Theo đó, sáng 4/5, tổ 3 ...
			// tiếp xúc cử tri")
			toCome = true
			continue
		}
		if dated && !in.Date.IsZero() && len(date) == 7 && date > today[:7] {
			continue // "trình Quốc hội tại Kỳ họp thứ bảy (tháng 5/2024)" in April: a session to come
		}
		if dated && history != "" && len(date) == 10 && date < history {
			continue // "Cách đây 70 năm, ngày 19/9/1954, Bác đã về thăm Đền Hùng, thắp hương": the story's history
		}
		if cues&cueFuture != 0 && !first.asserted && futureAfter(w, toks, first.last, s1) {
			// (not after an event reported as held: "đã làm việc với X và sẽ có văn bản báo cáo")
			for _, d := range ds {
				if isDay(d.Value) && d.Span.Start > relEnd {
					plannedDays = append(plannedDays, d.Value[len(d.Value)-5:])
				}
			}
			continue // "Kỳ họp ... sẽ diễn ra chiều ngày 2/5"
		}
		if len(plannedDays) > 0 && !first.asserted && onPlannedDay(ds, plannedDays) {
			continue
		}
		if dated {
			toCome = false
		}
		relative := false
		if !dated && !in.Date.IsZero() && (cues&cueRel != 0 || !ownTokens(toks, s0, s1, sp)) {
			// "hôm qua", "chiều nay": a day relative to the article's date
			// (none when the article has no date; none when the sentence's
			// tokens, those Relative reads, hold no phrase of it: cueRel)
			for _, d := range sentDates(text, toks, s0, s1, sp, in.Date, true) {
				if d.Value <= today {
					date, dspan, dated, relative = d.Value, &schema.Span{Start: sp.Start + d.Span.Start, End: sp.Start + d.Span.End}, true, true
					break
				}
			}
		}
		if first.rite && !dated {
			continue // a rite told with its verb is an event in a dated sentence only
		}
		var follows *event
		if !dated {
			// "Ngay sau đại hội, Hội đồng quản trị đã họp": the day of the
			// event it follows, and another event than that one ("Sau lễ
			// dâng hương, ... tổ chức lễ giỗ")
			if e := afterEvent(w, toks, events, s0, first.first); e != nil {
				date, dated, follows = e.m.Date, true, e
			}
		}
		var fromLead *mention
		if !dated && pending != nil && pending.at && len(events) == 0 && si-pending.si <= 2 &&
			!numberedName(text, toks, first.last, s1) && !(cues&cueAnchor != 0 && anyIn(w.anchor, toks, s0, s1)) {
			// "Đúng 13 giờ 30 phút ngày 27-12, tại Nhà tang lễ Quốc gia, ..."
			// then "A điều hành Lễ truy điệu": the first event named after a
			// dated, placed lead is the one it opens
			lmn := pending.mn
			date, dspan, dated, fromLead = pending.date, pending.dspan, true, &lmn
			pending = nil
		}
		// "Trước đó, ... đã thực hiện lễ dâng hương", "Trước đó, A đã đến thăm
		// ...": an event held before the last dated one, on its day, and
		// another event
		earlier := !dated && len(events) > 0 && opensWithPhrase(w.earlier, toks, s0, first.first) &&
			(first.asserted || first.specific || pastBefore(w, toks, s0, first.first))
		if !earlier && !dated && len(events) > 0 && (first.asserted || pastBefore(w, toks, s0, first.first)) && events[len(events)-1].m.Kind == first.kind &&
			opensWithPhrase(w.next, toks, s0, first.first) {
			// "Sáng 2/9, A đã tới thăm gia đình B" then "Tiếp đó, A đã tới
			// thăm gia đình C": a second act of the kind, after the first
			// on its day, and another event
			earlier = true
		}
		anchored := dated || first.asserted || earlier || cues&cueAnchor != 0 && anyIn(w.anchor, toks, s0, s1)
		if !anchored {
			// a back-reference presupposes a held event
			// (an indefinite "một <event>" presupposes no event: "đang trên
			// đường đi dự một hội nghị", "tại một hội nghị của LHQ")
			ref := !datedAfter && (!numbered(text, toks, first.last, s1) || pastAfter(toks, first.last, s1)) &&
				!(first.first > s0 && toks[first.first-1].Key == keyMot) &&
				(isBackref(w, toks, s0, first.first) || opensWith(w.defnoun, toks, s0, first.first)) ||
				// a photo of its scene shows a numbered event held: "Quang
				// cảnh Hội nghị Trung ương 9 - Ảnh: ..." (class scene)
				!datedAfter && endsBefore(w.scene, toks, s0, first.first) && numberedName(text, toks, first.last, s1)
			c := findCompatible(events, first.kind)
			if c == nil && first.specific && riteNamed(w, toks, first) {
				c = w.riteEvent(events) // "dự lễ dâng hương" after "đã đến dâng hương": that rite
			}
			if ref && c != nil && c.m.Kind != first.kind && numbered(text, toks, first.last, s1) && opensWithPhrase(w.earlier, toks, s0, first.first) {
				// "Trước đó, tại kỳ họp 45, UBKT đã ..." after "UBTVQH đã họp": a
				// numbered sitting held before, another event
				c = nil
			}
			if ref && c != nil && c.m.Kind == "họp" && c.m.Kind != first.kind {
				c.m.Kind = first.kind // "chủ trì họp" then "tại phiên họp": the sitting names it
			}
			if ref && c == nil && !first.specific {
				// "Đến dự buổi lễ có ..." then "Phát biểu tại lễ kỷ niệm": the
				// ceremony named generically, now by its kind
				if c = genericOf(events, first.kind); c != nil {
					c.m.Kind = first.kind
				}
			}
			if ref && pending != nil && si-pending.si == 1 && first.last < s1 && toks[first.last].Key == keyNay &&
				(c == nil || c.m.Date != pending.date) && !hasKind(plannedKinds, first.kind) {
				// "Trước đó, ngày 14.5.2024, tại Trụ sở ..., Bộ Chính trị và Ban
				// Bí thư đã xem xét ..." then "Tại cuộc họp này, ...": the meeting
				// the dated lead told without naming it
				lmn := pending.mn
				events = append(events, &event{m: schema.Meeting{Kind: first.kind, Date: pending.date, DateSpan: pending.dspan}, sents: []mention{*first}, lead: &lmn})
				pending = nil
				continue
			}
			if ref && c == nil && len(events) > 0 && (first.kind == "họp" || first.kind == "phiên họp") && first.last < s1 && toks[first.last].Key == keyNay && !hasKind(plannedKinds, first.kind) {
				// "Tại phiên họp này": this sitting, of the event just named
				// (not "tại kỳ họp này" after a sitting: the session holds it)
				c = events[len(events)-1]
			}
			if ref && c == nil && !hasKind(plannedKinds, first.kind) &&
				(len(events) == 0 || !w.refGeneric.has(first.kind) || first.specific || (first.kind == "họp" && first.last < s1 && toks[first.last].Upper)) {
				e := &event{m: schema.Meeting{Kind: first.kind}, sents: []mention{*first}}
				if pending != nil && si-pending.si <= 2 && !numberedName(text, toks, first.last, s1) {
					// (not "Tại Đại hội Đại biểu toàn quốc lần thứ 13" after a dated
					// lead: a numbered event of its own, not the lead's)
					lmn := pending.mn
					e.m.Date, e.m.DateSpan, e.lead = pending.date, pending.dspan, &lmn
				}
				pending = nil
				events = append(events, e)
			}
			if ref && c != nil && c.m.Location == nil && len(c.refs) < 2 && atAfter(w, toks, first.last, s1) {
				c.refs = append(c.refs, *first) // read for its place after fill
			}
			continue
		}
		if fm := occasionVisit(w, toks, mnBuf, first); fm != nil {
			frame, frameOn = *fm, true // added after this sentence's event
		}
		sameDay := earlier || cues&cueAnchor != 0 && anyIn(w.same, toks, s0, s1)
		if sameDay && toCome && !earlier {
			continue // "Chiều cùng ngày, tổ đại biểu tiếp xúc cử tri ..." after a day to come: that day's, to come too
		}
		if sameDay {
			if len(events) == 0 && titleKind != "" {
				events = append(events, &event{m: schema.Meeting{Kind: titleKind}, sents: []mention{titleMention}})
			}
			// the day of a dated sentence just before that told no event
			// ("Chiều 16-5, A đã có thông cáo ..." then "Cụ thể, chiều cùng
			// ngày, Ủy ban ... đã họp"), else of the last dated event before
			if date == "" && pending != nil && si-pending.si == 1 && len(pending.date) == 10 {
				date = pending.date
			}
			for k := len(events) - 1; k >= 0 && date == ""; k-- {
				if e := events[k]; len(e.sents) > 0 && e.m.Date != "" && captionLine(w, toks, e.sents[0]) {
					continue // a photo caption's event ("A phát biểu tại phiên họp X ở Moskva ngày 3/4/2024. (Ảnh: AFP)"): a day outside the running text
				}
				date, dspan = events[k].m.Date, nil
			}
			if date == "" && pending != nil && len(pending.date) == 10 && pending.date <= today {
				// no dated event before: the day of the last dated lead, however
				// far back ("Chiều 10-9, thông tin từ Ban Chỉ huy ... cho biết
				// ...", two paragraphs on "Cùng ngày, Bí thư Tỉnh ủy đã đi
				// kiểm tra ...": "cùng ngày" names the last day the text gave)
				date = pending.date
			}
			events = append(events, &event{m: schema.Meeting{Kind: first.kind, Date: date, DateSpan: dspan}, sents: []mention{*first}})
			continue
		}
		e := mergeTarget(events, first.kind, date, first.asserted, follows)
		if e != nil && otherPartner(w, toks, e, first) {
			e = nil // "làm việc với UBND huyện" then "đã có buổi làm việc với Sở Công Thương": two sessions
		}
		if e != nil && first.visited != "" && visitedOther(e, first.visited) {
			e = nil // "đã đến Bắc Kạn kiểm tra", then "cũng đã đến Cao Bằng kiểm tra": two visits
		}
		if e == nil && relative {
			// a day relative to the publication date is weaker than a
			// written one (a story reposted the next day): an event of
			// the same kind already found is this one
			e = mergeTarget(events, first.kind, "", first.asserted, nil)
		}
		if e != nil {
			if e.m.Date == "" && date != "" {
				e.m.Date, e.m.DateSpan = date, dspan
			}
			if e.m.Kind == "họp" && first.kind != "họp" {
				e.m.Kind = first.kind
			}
			if isDecision(e.m.Kind) && isDecision(first.kind) && strings.Contains(first.kind, "trao") && !strings.Contains(e.m.Kind, "trao") {
				e.m.Kind = first.kind // announced and handed over: the hand-over names it
			}
			e.sents = append(e.sents, *first)
			continue
		}
		events = append(events, &event{m: schema.Meeting{Kind: first.kind, Date: date, DateSpan: dspan}, sents: []mention{*first}, lead: fromLead})
	}
	if frameOn {
		events = addFrameVisit(events, frame)
	}
	if len(events) == 0 && titleKind == "" && linkKind != "" && (hereAfter(toks, linkMention.s1) ||
		(!futureBefore(w, toks, linkMention.s0, linkMention.first) && !futureAfter(w, toks, linkMention.last, linkMention.s1) &&
			linkRefAfter(w, toks, linkMention.s1, linkKind))) {
		titleKind, titleMention = linkKind, linkMention
	}
	if len(events) == 0 && titleKind != "" {
		events = append(events, &event{m: schema.Meeting{Kind: titleKind}, sents: []mention{titleMention}})
	}
	if len(sessions) > 0 {
		// a delegation is the body that holds the event, not the event:
		// "Sáng 28/8, tại Cần Thơ, Đoàn Kiểm tra số 1348 ... đã ..." then
		// "phát biểu tại buổi làm việc": its kind is the session's the text
		// names most with a classifier
		best := sessions[0]
		for _, c := range sessions[1:] {
			if c.n > best.n {
				best = c
			}
		}
		for _, e := range events {
			if len(e.sents) > 0 && w.delegation.has(toks[e.sents[0].first].Key) && !actAgain(w, toks, e.sents[0], e.m.Kind) {
				e.m.Kind = best.kind
			}
		}
	}
	out := make([]schema.Meeting, 0, len(events))
	events = mergeCaptions(text, toks, w, events)
	if !in.Date.IsZero() && len(events) >= 2 { // (mainFirst moves nothing in fewer)
		mainFirst(events, isoDayAdd(in.Date, 0, -7), lastHeld)
	}
	for i, e := range events {
		fill(text, toks, e, w, provinces, in.Date)
		if e.m.Members == nil && e.m.Organizer != nil {
			e.m.Members = organizerMembers(text, toks, sents, e, w, provinces)
		}
		if i == 0 && e.m.Location == nil && titleKind != "" && e.sents[0].first != titleMention.first &&
			(strings.Contains(e.m.Kind, titleKind) || strings.Contains(titleKind, e.m.Kind)) {
			// the headline places the main event: "Chủ tịch nước làm việc tại Cao Bằng"
			e.m.Location = location(text, toks, titleMention, w, provinces, in.Date)
		}
		for _, mn := range e.refs {
			if e.m.Location != nil {
				break
			}
			e.m.Location = location(text, toks, mn, w, provinces, in.Date)
		}
		out = append(out, e.m)
	}
	sc.ms, sc.mn = msBuf[:0], mnBuf[:0]
	clear(sc.ds[:cap(sc.ds)]) // (their texts are slices of this text: not kept in the pool)
	scratchPool.Put(sc)
	return out
}

// mainFirst moves to the front the first event dated within the week
// before the article (up to lastHeld) when the first event is not: the
// article's own event comes before the story's past ("Ngày 18/8/2020, ông
// A được bầu ..., Tại Đại hội ..." in the lead, then "Sáng 31/10, Tỉnh ủy
// tổ chức Hội nghị công bố quyết định").
func mainFirst(events []*event, from, to string) {
	if len(events) < 2 {
		return
	}
	recent := func(e *event) bool { return len(e.m.Date) == 10 && e.m.Date >= from && e.m.Date <= to }
	if recent(events[0]) {
		return
	}
	for i := 1; i < len(events); i++ {
		if recent(events[i]) {
			e := events[i]
			copy(events[1:i+1], events[:i])
			events[0] = e
			return
		}
	}
}

// mergeCaptions drops an event named only in photo captions (a line with a
// photo credit, class credit: "... chủ trì cuộc họp Tiểu ban X. (Ảnh: A/TTXVN)")
// when the article's main event, the first event named outside captions,
// agrees with it: a compatible kind ("họp" and "phiên họp", see
// mergeTarget), or the same day stated. A caption repeats the story's event; the
// main event takes the caption's date if it has none.
func mergeCaptions(text string, toks []token.Token, w *wordLists, events []*event) []*event {
	if len(events) < 2 || len(w.credit) == 0 {
		return events
	}
	var main *event
	caption := make([]bool, len(events))
	for i, e := range events {
		caption[i] = len(e.sents) > 0
		for _, mn := range e.sents {
			if !captionLine(w, toks, mn) {
				caption[i] = false
				break
			}
		}
		if !caption[i] && main == nil {
			main = e
		}
	}
	if main == nil {
		return events
	}
	out := events[:0]
	for i, e := range events {
		if caption[i] && agrees(main, e) {
			if main.m.Date == "" && e.m.Date != "" {
				main.m.Date, main.m.DateSpan = e.m.Date, e.m.DateSpan
			}
			continue
		}
		out = append(out, e)
	}
	return out
}

// agrees reports whether event c (from a caption) is main's: a kind one
// contains or a generic "họp" (either way) on no other day, or the same
// day stated in the caption.
func agrees(main, c *event) bool {
	a, b := main.m.Kind, c.m.Kind
	if a == b || strings.Contains(a, b) || strings.Contains(b, a) ||
		(a == "họp" && verbKind(b)) || (b == "họp" && verbKind(a)) {
		return c.m.Date == "" || main.m.Date == "" || c.m.Date == main.m.Date
	}
	return c.m.Date != "" && c.m.DateSpan != nil && c.m.Date == main.m.Date // a day the caption states, not one it inherits ("Trước đó, ...")
}

// captionLine reports whether the mention's line is a photo caption: a
// photo credit (class credit: "Ảnh", "Photo") before a colon, or "Ảnh
// minh họa", after the mention on its line.
func captionLine(w *wordLists, toks []token.Token, mn mention) bool {
	for j := mn.last; j < len(toks) && j < mn.last+80 && !toks[j].LineBefore; j++ {
		if t := &toks[j]; w.creditKeys.HasToken(t) && t.Kind == token.Word && w.credit.has(t.Key) && j+1 < len(toks) && !toks[j+1].LineBefore {
			if n := toks[j+1].Key; n == ":" || n == "minh" {
				return true
			}
		}
	}
	return false
}

// scratch holds Find's buffers between calls: the event words of a
// sentence and their mentions, which no record keeps.
type scratch struct {
	ms []lexicon.Match[kindVal]
	mn []mention
	ds []timex.Date // a sentence's dates (sentDatesIn), used before the next sentence's
}

var scratchPool = sync.Pool{New: func() any {
	return &scratch{ms: make([]lexicon.Match[kindVal], 0, 8), mn: make([]mention, 0, 8)}
}}

// actAgain reports whether the sentence of a delegation's mention names
// its act again after it, as the delegation's verb: "Đoàn giám sát của Ban
// Pháp chế giám sát việc thi hành pháp luật" is the supervision.
func actAgain(w *wordLists, toks []token.Token, mn mention, kind string) bool {
	for j := mn.last; j < mn.s1; j++ {
		if toks[j].Kind != token.Word || !w.first.kind.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.kind.At(toks, j); ok && m.Value.kind == kind {
			return true
		}
	}
	return false
}

// kindCount is how often a text names a kind.
type kindCount struct {
	kind string
	n    int
}

func countKind(cs []kindCount, kind string) []kindCount {
	for i := range cs {
		if cs[i].kind == kind {
			cs[i].n++
			return cs
		}
	}
	return append(cs, kindCount{kind, 1})
}

// heldAhead is how many days after the article's date an event reported
// as held may fall: news sites stamp a post with the time it was queued or
// scraped, which may be a day or two before the event it reports; a later
// day is announced ("khai mạc ngày 20/4" in a post of 3 April).
const heldAhead = 2

// historyYears is how many years before the article's date an event's day
// is the story's history ("Cách đây 70 năm, ngày 19/9/1954, Bác về thăm
// Đền Hùng, thắp hương"), not an event the article reports as held; the
// keys keep events a few years old (a congress of 2021 in a post of 2025).
const historyYears = 10

// isAnniversary reports whether a date sits in an anniversary span "(7/11/1948 - 7/11/2018)".
func isAnniversary(sub string, d timex.Date) bool {
	before := strings.TrimRight(sub[:d.Span.Start], " ")
	if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "–") {
		return true
	}
	after := strings.TrimLeft(sub[d.Span.End:], " ")
	return strings.HasSuffix(before, "(") && (strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–"))
}

// yearly reports whether the tokens from byte b on say "every year" ("hàng
// năm", "hằng năm", "mỗi năm": class everyyear, then "năm"): a day told as recurring ("được tổ chức vào
// ngày 18/11 hàng năm") is the custom's, and the sentence tells the
// custom, not an event held.
func yearly(w *wordLists, toks []token.Token, b, s0, s1 int) bool {
	i := s0
	for i < s1 && toks[i].Start < b {
		i++
	}
	return i+1 < s1 && toks[i+1].Key == keyNam && w.everyYear.has(toks[i].Key)
}

var keyNam = token.Fold("năm")

// yearFor completes a yearless "--MM-DD" in an undated article: from a
// full date of the same day and month elsewhere in the article, else from
// the end of a period the article reviews near the day (reviewed, called
// only then: see reviewYear), else from a full date in the same sentence, else from the article's estimated year,
// else from the first year of a term in the sentence ("nhiệm kỳ 2019-2024":
// the congress that opens it), else from the year the article states most
// (stated, called only then).
//
// subToks are token.Tokenize(sub); subDates are timex.Dates(sub, subToks,
// time.Time{}) when the caller has them, nil to find them here.
func yearFor(w *wordLists, v, sub string, at int, subToks []token.Token, subDates []timex.Date, full []timex.Date, est string, stated func() string, reviewed func() []time.Time) string {
	y := yearGuess(w, v, sub, subToks, subDates, full, est, stated, reviewed)
	wd, ok := weekdayBefore(w, subToks, at)
	if !ok {
		return y
	}
	// a weekday with the day and month: of the years around the one
	// guessed (or, with none, the latest the article writes), the one
	// whose day falls on that weekday ("thứ Hai (23/5)" in a text of
	// 2015 and 2016: 2016)
	hint := ""
	if y != "" {
		hint = y[:4]
	}
	for _, d := range full {
		if hint == "" || (y == "" && d.Value[:4] > hint) {
			hint = d.Value[:4]
		}
	}
	if hint == "" {
		return y
	}
	return weekdayYear(v[2:], wd, hint)
}

// weekdayBefore reads a weekday right before the date at byte at of the
// sentence ("thứ Hai (23/5)", "thứ hai, ngày 22.5", "Chủ nhật 15/5"; class
// weekday: 0 Sunday ... 6 Saturday): only a bracket, a comma or "ngày"
// between.
func weekdayBefore(w *wordLists, subToks []token.Token, at int) (time.Weekday, bool) {
	k := sort.Search(len(subToks), func(i int) bool { return subToks[i].Start >= at })
	if k >= len(subToks) || subToks[k].Start != at {
		return 0, false
	}
	j := k
	for n := 0; j > 0 && n < 2 && (subToks[j-1].Key == "(" || subToks[j-1].Key == "," || subToks[j-1].Key == keyNgay); n++ {
		j--
	}
	for i := max(0, j-3); i < j; i++ {
		if m, ok := w.weekday.At(subToks, i); ok && m.Last == j {
			// a weekday opens its phrase or follows a time word ("sáng thứ
			// Hai", "hôm thứ 2", class clock or weekdaylead); after a noun
			// "thứ" is an ordinal ("lượt thứ 4 ngày 12/3", "kỳ họp thứ hai")
			if i > 0 && subToks[i-1].Kind != token.Punct && !w.clock.has(subToks[i-1].Key) && !w.weekdayLead.has(subToks[i-1].Key) {
				return 0, false
			}
			return time.Weekday(m.Value), true
		}
	}
	return 0, false
}

// weekdayYear is the year within one of hint whose day md ("05-23") falls
// on weekday wd: one year at most, since a day's weekday moves on by one or
// two a year; "" if none.
func weekdayYear(md string, wd time.Weekday, hint string) string {
	h, err := strconv.Atoi(hint)
	if err != nil {
		return ""
	}
	for _, dy := range [...]int{0, 1, -1} {
		y := strconv.Itoa(h + dy)
		if t, err := time.Parse("2006-01-02", y+"-"+md); err == nil && t.Weekday() == wd {
			return y + "-" + md
		}
	}
	return ""
}

// yearGuess is yearFor without the weekday.
func yearGuess(w *wordLists, v, sub string, subToks []token.Token, subDates []timex.Date, full []timex.Date, est string, stated func() string, reviewed func() []time.Time) string {
	md := v[2:]
	// a full date of the same day and month gives its year, the first one
	// but for a historical date, a decade or more before the latest year
	// the text writes: "Sáng 31/3, ... kỷ niệm 50 năm Ngày Giải phóng
	// (31/3/1975 - 31/3/2025)" is held in 2025, "ngày 1/6 ... từ 1/6/2016
	// đến 1/6/2017" in 2016
	latest := ""
	for _, d := range full {
		if d.Value[:4] > latest {
			latest = d.Value[:4]
		}
	}
	for _, d := range full {
		if len(d.Value) == 10 && d.Value[5:] == md && !historical(d.Value[:4], latest) {
			return d.Value[:4] + "-" + md
		}
	}
	if reviewed != nil {
		if y := reviewYear(md, reviewed()); y != "" {
			return y + "-" + md
		}
	}
	best := ""
	if subDates == nil {
		subDates = timex.Dates(sub, subToks, time.Time{})
	}
	for _, d := range subDates {
		if len(d.Value) >= 4 && d.Value[0] != '-' && d.Value[:4] > best && !planned(w, subToks, d.Span.Start) {
			best = d.Value[:4]
		}
	}
	if best == "" {
		best = est
	}
	if best == "" {
		term := token.FoldPhrase("nhiệm kỳ")
		year := ""
		for _, p := range timex.Periods(sub, subToks, time.Time{}) {
			if strings.HasPrefix(token.FoldPhrase(p.Text), term) {
				best = p.Start[:4]
				break
			}
			// a whole year named in the sentence ("Ngày 19/12, ... thông tin
			// về kỳ thi tuyển viên chức năm 2023"), its earliest: the year
			// the day falls in (not a plan: "kế hoạch năm 2019")
			if y := p.Start[:4]; !p.Future && !p.YearInferred && p.Start[4:] == "-01-01" && p.End[:4] == y && p.End[4:] == "-12-31" &&
				(year == "" || y < year) && yearOfNoun(w, subToks, p.Span.Start) && !planned(w, subToks, p.Span.Start) {
				year = y
			}
		}
		if best == "" {
			best = year
		}
	}
	if best == "" {
		best = nearbyYear(md, full)
	}
	if best == "" && stated != nil {
		best = stated()
	}
	if best == "" {
		return ""
	}
	return best + "-" + md
}

// yearOfNoun reports whether the year phrase starting at byte b of a
// sentence's tokens qualifies the noun before it ("kỳ thi tuyển viên chức
// năm 2023", "cuộc họp lần thứ 8 năm 2022"), not a time phrase of its
// own ("giữa năm 2016", "vào năm 2002", "từ năm 2015": class yearprep),
// nor a plan's ("kế hoạch năm 2024": class plannoun).
func yearOfNoun(w *wordLists, subToks []token.Token, b int) bool {
	k := sort.Search(len(subToks), func(i int) bool { return subToks[i].Start >= b })
	if k == 0 || k >= len(subToks) || subToks[k].Start != b {
		return false
	}
	t := &subToks[k-1]
	return (t.Kind == token.Word || t.Kind == token.Number) && !w.yearPrep.has(t.Key) && !endsBefore(w.planNoun, subToks, 0, k)
}

// reviewDays is how far from the end of a period a review of it is held:
// a year's in December or January, a half year's in July, a school
// year's (to 31 August) from May.
const reviewDays = 100

// reviewEnds lists the ends of the periods the text reviews: the first
// period after a review word (class review: "tổng kết", "sơ kết") within
// twelve words of its complement, no mark between ("báo cáo tổng kết công
// tác Hội và phong trào sinh viên năm học 2017 - 2018", "tổng kết công tác
// năm 2017 và triển khai nhiệm vụ năm 2018": 2017 only), and the starts of
// the periods it opens (class launch: "khai giảng năm học 2018 - 2019",
// "triển khai nhiệm vụ năm 2018"): a review or a launch is held near
// them. A planned period is none, nor a future one reviewed.
func reviewEnds(w *wordLists, toks []token.Token, periods []timex.Period) []time.Time {
	var ends []time.Time
	prev := -1 // the token of the last period's start
	for _, p := range periods {
		k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= p.Span.Start })
		if k >= len(toks) || toks[k].Start != p.Span.Start {
			continue
		}
		lo := max(prev+1, k-12)
		prev = k
		if planned(w, toks, p.Span.Start) {
			continue
		}
		for j := k - 1; j >= lo && toks[j].Kind != token.Punct; j-- {
			at := ""
			if m, ok := w.review.At(toks, j); ok && m.Last <= k && !p.Future {
				at = p.End
			} else if m, ok := w.launch.At(toks, j); ok && m.Last <= k {
				at = p.Start
			}
			if at != "" {
				if e, err := time.Parse("2006-01-02", at); err == nil {
					ends = append(ends, e)
				}
				break
			}
		}
	}
	return ends
}

// reviewYear is the year that puts the day and month md ("07-09") nearest
// the end of a reviewed period (or the start of one opened), within reviewDays of it: a review is held
// near the end of the period it reviews ("tổng kết năm học 2017 - 2018"
// then "Sáng 9-7, hội nghị ... khai mạc": 2018; "tổng kết năm 2017" and
// "ngày 19-1": 2018); "" if none.
func reviewYear(md string, ends []time.Time) string {
	best, bestDiff := "", time.Duration(-1)
	for _, e := range ends {
		for dy := -1; dy <= 1; dy++ {
			y := e.Year() + dy
			t, err := time.Parse("2006-01-02", strconv.Itoa(y)+"-"+md)
			if err != nil {
				continue
			}
			diff := t.Sub(e)
			if diff < 0 {
				diff = -diff
			}
			if diff <= reviewDays*24*time.Hour && (bestDiff < 0 || diff < bestDiff) {
				best, bestDiff = strconv.Itoa(y), diff
			}
		}
	}
	return best
}

// historical reports a year a decade or more before latest (both four
// digits).
func historical(year, latest string) bool {
	y, err1 := strconv.Atoi(year)
	l, err2 := strconv.Atoi(latest)
	return err1 == nil && err2 == nil && l-y >= 10
}

// nearDays is how far from a full date of the same story a day and month
// without a year may lie to take that date's year.
const nearDays = 7

// nearbyYear is the year that puts the day and month md ("05-27") within
// nearDays of a full date of the article ("22h00 ngày 21/5/2016" then
// "sáng 27/5": one story), or of a month with its year ("tháng 5/2016"
// then "chiều 2/6"), the first such date's; "" if none.
func nearbyYear(md string, full []timex.Date) string {
	for _, d := range full {
		at, err := time.Parse("2006-01-02", d.Value)
		span := time.Duration(0) // a month's length after its first day
		if len(d.Value) == 7 {
			// a month and year ("vụ việc trong tháng 5/2016" then "chiều 2/6"):
			// from its first day to its last
			at, err = time.Parse("2006-01", d.Value)
			span = at.AddDate(0, 1, -1).Sub(at)
		}
		if err != nil {
			continue
		}
		for dy := -1; dy <= 1; dy++ {
			y := at.Year() + dy
			if y < 1000 || y > 9999 {
				continue
			}
			t, err := time.Parse("2006-01-02", strconv.Itoa(y)+"-"+md)
			if err != nil {
				continue
			}
			if diff := t.Sub(at); diff <= span+nearDays*24*time.Hour && diff >= -nearDays*24*time.Hour {
				return strconv.Itoa(y)
			}
		}
	}
	return ""
}

// isWhen reports whether the text between an event word and a date is "vào" or "vào ngày".
func isWhen(w *wordLists, between string) bool {
	between = strings.TrimSpace(between)
	if between == "" || len(between) > 16 {
		return false
	}
	_, ok := w.when.Lookup(between)
	return ok
}

// articleYear guesses the year of an undated article from phrases that
// name the current year: "ngay trong năm 2016", the first months of a
// year ("hai tháng đầu năm 2018", "những tháng đầu năm 2018"), or a period
// of the first months of a year ("5 tháng đầu năm 2016"), the kind
// reports review; not the base of a comparison ("so với 2 tháng đầu năm
// 2017", class compare) nor a plan.
func articleYear(toks []token.Token, w *wordLists, periods func() []timex.Period) string {
	for i := range toks {
		if !w.first.thisYear.HasToken(&toks[i]) {
			continue
		}
		if m, ok := w.thisYear.At(toks, i); ok && m.Last < len(toks) && toks[m.Last].Kind == token.Number && len(toks[m.Last].Key) == 4 &&
			!endsBefore(w.compare, toks, max(0, i-3), i) && !(i > 0 && endsBefore(w.compare, toks, max(0, i-4), i-1)) && !planned(w, toks, toks[m.Last].Start) {
			return toks[m.Last].Key
		}
	}
	for _, p := range periods() {
		if !p.Future && p.Start[5:] == "01-01" && p.End[5:] != "12-31" && p.Start[:4] == p.End[:4] && !planned(w, toks, p.Span.Start) && !fronted(w, toks, p.Span.End) {
			return p.Start[:4]
		}
	}
	return ""
}

// fronted reports whether the time phrase ending at byte b opens a clause
// told in the future: a comma, then a subject of a few words and a future
// marker (class futureafter: "trong tháng 12 và quý 1 năm 2017, Sở sẽ tham
// mưu ..."): the time of a commitment, not of the report.
func fronted(w *wordLists, toks []token.Token, b int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= b })
	if i >= len(toks) || toks[i].Key != "," {
		return false
	}
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		if toks[j].Kind == token.Punct {
			return false
		}
		if w.first.futureAfter.HasToken(&toks[j]) {
			if _, ok := w.futureAfter.At(toks, j); ok {
				return true
			}
		}
	}
	return false
}

// statedYear is the year an undated article states most often in its
// dates and years ("ngày 1/6/2016", "năm 2016"), when it is also the
// latest year it states (not planned): the year a yearless date of its
// own events most likely falls in. A latest year stated less often
// ("ngày 22/6/2012", "ngày 29/6/2012" and then "ngày 1/3/2016") shows that
// the story's years are its past, and the article's year is not known.
func statedYear(w *wordLists, toks []token.Token, dates []timex.Date, periods []timex.Period) string {
	count := map[string]int{}
	for _, d := range dates {
		if len(d.Value) >= 7 && d.Value[0] != '-' && !planned(w, toks, d.Span.Start) {
			count[d.Value[:4]]++
		}
	}
	latest := ""
	for _, p := range periods {
		if p.Future || planned(w, toks, p.Span.Start) || target(w, toks, p.Span.Start, p.Span.End) {
			continue
		}
		if p.Start[:4] == p.End[:4] && p.Start[5:] == "01-01" && p.End[5:] == "12-31" && !since(toks, p.Span.Start) {
			count[p.Start[:4]]++
		}
		if y := p.Start[:4]; y > latest {
			latest = y // a range's start year: "giai đoạn 2016-2020" is no report of 2020
		}
	}
	best, n := "", 0
	for y, c := range count {
		if c > n || (c == n && y > best) {
			best, n = y, c
		}
		if y > latest {
			latest = y
		}
	}
	if n < 2 || best != latest {
		return "" // a year stated once ("Vào năm 2002, ...") is a past story's, not the article's
	}
	return best
}

// composedEnd is the end of the mention's name with the modifiers and the
// review that complete a generic meeting's kind (see fill: "hội nghị toàn
// quốc tổng kết 10 năm thực hiện Luật X sáng 12/7 ở Hà Nội" is a hội nghị
// tổng kết, named on to its complement): the review is the name's, not
// another event word that ends it; mn.last for other kinds.
func composedEnd(w *wordLists, toks []token.Token, mn mention) int {
	if !w.composes(mn.kind) {
		return mn.last
	}
	if rm, ok := composedReview(w, toks, mn); ok {
		return rm.Last
	}
	return mn.last
}

// composedReview is the review a generic meeting's name holds after its
// modifiers, inside its sentence ("hội nghị trực tuyến toàn quốc tổng kết
// ...": tổng kết), for a kind that composes (wordLists.composes).
func composedReview(w *wordLists, toks []token.Token, mn mention) (lexicon.Match[bool], bool) {
	j := mn.last
	for j < mn.s1 {
		mm, ok := w.mods.At(toks, j)
		if !ok {
			break
		}
		j = mm.Last
	}
	if j < mn.s1 {
		return w.review.At(toks, j)
	}
	return lexicon.Match[bool]{}, false
}

// target reports whether the year phrase starting at byte b is the year
// something is set for: after "cho" (for: "các chỉ tiêu đưa ra cho năm
// 2015", "kế hoạch cho năm 2015"), after a noun of what is planned
// (class plannoun) and "của" ("các chỉ tiêu của năm 2015"), or after the
// noun alone when a future marker follows ("kế hoạch năm 2015 sẽ ..."): a
// target's year, not the year the article reports in. The phrase ends at
// byte e.
func target(w *wordLists, toks []token.Token, b, e int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= b })
	if k == 0 || k >= len(toks) || toks[k].Start != b {
		return false
	}
	if toks[k-1].Key == keyCho {
		return true
	}
	if toks[k-1].Key == keyCua {
		return endsBefore(w.planNoun, toks, 0, k-1)
	}
	// the bare noun: a plan adopted ("kế hoạch năm 2016 được thông qua")
	// is of the year it counts for; one told in the future ("kế hoạch năm
	// 2015 sẽ tiếp tục xử lý ...", class futureafter within a few words)
	// is to come
	if !endsBefore(w.planNoun, toks, 0, k) {
		return false
	}
	j := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= e })
	for n := 0; j < len(toks) && n < 4 && toks[j].Kind != token.Punct; j, n = j+1, n+1 {
		if w.first.futureAfter.HasToken(&toks[j]) {
			if _, ok := w.futureAfter.At(toks, j); ok {
				return true
			}
		}
	}
	return false
}

var keyCho = token.Fold("cho")

// since reports whether the year phrase starting at byte b follows "từ"
// ("từ năm 2007 đến nay", "từ năm 2006 đến 2015"): the start of a span
// the text looks back over, whose present is later; not the year the
// article reports in.
func since(toks []token.Token, b int) bool {
	k := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= b })
	return k > 0 && k < len(toks) && toks[k].Start == b && toks[k-1].Key == keyTu
}

// whenAfter reports whether the date starting at byte dateStart is the
// date of the event named by tokens ending at last: the name runs on
// through its complements ("Hội nghị Trung ương khóa 13", "đại hội cổ
// đông thường niên của Tổng công ty") with no verb, aspect or clause
// break, and a word of time ("hôm", "vào ngày", "chiều") introduces the
// date.
func whenAfter(w *wordLists, toks []token.Token, last, s1, dateStart int) bool {
	k := last
	for k < s1 && toks[k].Start < dateStart {
		k++
	}
	if k >= s1 || toks[k].Start != dateStart || k-last > 12 {
		return false
	}
	cue := -1
	for j := max(last, k-3); j < k; j++ {
		if !w.first.whenAfter.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.whenAfter.At(toks, j); ok && m.Last == k {
			cue = j
			break
		}
	}
	if cue < 0 {
		return false
	}
	for j := last; j < cue; j++ {
		t := toks[j]
		if t.Kind == token.Punct && t.Key != "(" && t.Key != ")" {
			return false
		}
		if e := coordEvent(w, toks, j, cue); e > j {
			j = e - 1 // "buổi kiểm tra thực địa và làm việc với UBND huyện vào ngày 11-9": one date for both
			continue
		}
		if gapStopAt(w, toks, j, cue) {
			return false
		}
	}
	return true
}

// coordEvent returns the end of "và" + an event word at token j, before
// token cue (a second event coordinated with the first, sharing its
// date: "kiểm tra thực địa và làm việc với ..."), or -1.
func coordEvent(w *wordLists, toks []token.Token, j, cue int) int {
	if toks[j].Key != keyVa || j+1 >= cue || !w.first.kind.HasToken(&toks[j+1]) {
		return -1
	}
	if m, ok := w.kind.At(toks, j+1); ok && m.Value.kind != "" && !m.Value.head && m.Last <= cue {
		return m.Last
	}
	return -1
}

var keyVa, keyNay, keyMot, keyVoi = token.Fold("và"), token.Fold("này"), token.Fold("một"), token.Fold("với")

// gapStopAt reports whether a phrase that ends an event's name (class
// gapstop, a verb of holding or an event word) starts at token j and ends
// by token cue.
func gapStopAt(w *wordLists, toks []token.Token, j, cue int) bool {
	if w.first.gapStop.HasToken(&toks[j]) {
		if m, ok := w.gapStop.At(toks, j); ok && m.Last <= cue {
			return true
		}
	}
	if w.first.held.HasToken(&toks[j]) {
		if m, ok := w.held.At(toks, j); ok && m.Last <= cue {
			return true
		}
	}
	if w.first.kind.HasToken(&toks[j]) {
		if m, ok := w.kind.At(toks, j); ok && m.Value.kind != "" && m.Last <= cue {
			return true
		}
	}
	return false
}

// afterEvent finds the event a clause "ngay sau <event word>" before
// token i refers to, when that event is known and dated.
func afterEvent(w *wordLists, toks []token.Token, events []*event, s0, i int) *event {
	for j := s0; j < i; j++ {
		if !w.first.after.HasToken(&toks[j]) {
			continue
		}
		m, ok := w.after.At(toks, j)
		if !ok || m.Last >= i {
			continue
		}
		km, ok := w.kind.At(toks, m.Last)
		if !ok || km.Value.kind == "" {
			continue
		}
		for _, e := range events {
			if e.m.Kind == km.Value.kind && e.m.Date != "" {
				return e
			}
		}
	}
	return nil
}

// numbered reports whether an event word is followed by a number: "Đại
// hội Đảng lần thứ XIII", "Đại hội XIII", "Hội nghị Trung ương 8": a
// reference to a numbered event, not a back-reference to this one.
func numbered(text string, toks []token.Token, i, s1 int) bool {
	for j := i; j < s1 && j < i+3; j++ {
		t := toks[j]
		if t.Kind == token.Number || t.Key == "lần" || t.Key == "lâ2n" || t.Key == "thứ" || t.Key == "thư1" || isRoman(text[t.Start:t.End]) {
			return true
		}
		if t.Kind == token.Punct {
			return false
		}
	}
	return false
}

// pastAfter reports whether "đã" follows token i in its sentence: "tại Kỳ
// họp thứ 40, UBKT Trung ương đã quyết định": the numbered event is the
// held setting of a past act.
// numberedName reports whether the event word at token i (its end) is
// followed by its name and a number within ten words: "Đại hội Đại biểu
// toàn quốc lần thứ 13", "Hội nghị Trung ương 8" (see numbered; the name's
// words may stand between, no punctuation but a joined dot).
func numberedName(text string, toks []token.Token, i, s1 int) bool {
	for j := i; j < s1 && j < i+10; j++ {
		t := &toks[j]
		if t.Kind == token.Number || t.Key == "lần" || t.Key == "lâ2n" || t.Key == "thứ" || t.Key == "thư1" || isRoman(text[t.Start:t.End]) {
			return true
		}
		if t.Kind == token.Punct && !joinedDot(toks, j) {
			return false
		}
	}
	return false
}

func pastAfter(toks []token.Token, i, s1 int) bool {
	for j := i; j < s1 && j < i+12; j++ {
		if toks[j].Key == keyDa {
			return true
		}
	}
	return false
}

func isRoman(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != 'I' && s[i] != 'V' && s[i] != 'X' {
			return false
		}
	}
	return true
}

// generic kinds: a back-reference with one of these refers to the main event.
var generic = map[string]bool{"hội nghị": true, "lễ": true, "họp": true}

// docOf reports whether a capitalized document type and "của" stand right
// before token i ("Kết luận của Hội nghị Trung ương 12", "Nghị quyết của
// Đại hội"): the event word names the document's issuer, not an event
// reported. A lower-case type is mostly a verb there ("phát biểu kết luận
// của hội nghị").
func docOf(w *wordLists, toks []token.Token, s0, i int) bool {
	if i-2 < s0 || toks[i-1].Key != keyCua {
		return false
	}
	f := w.doctype.FirstKeys()
	for j := max(s0, i-4); j < i-1; j++ {
		if !toks[j].Upper || !f.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.doctype.At(toks, j); ok && m.Last == i-1 {
			return true
		}
	}
	return false
}

// endsBefore reports whether a phrase of l ends right before token i.
func endsBefore(l *lexicon.Lexicon[bool], toks []token.Token, s0, i int) bool {
	f := l.FirstKeys()
	for j := max(s0, i-3); j < i; j++ {
		if !f.HasToken(&toks[j]) {
			continue
		}
		if m, ok := l.At(toks, j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// endsWithin reports whether a phrase of l of at most n tokens ends right before token i.
func endsWithin(l *lexicon.Lexicon[bool], toks []token.Token, s0, i, n int) bool {
	f := l.FirstKeys()
	for j := max(s0, i-n); j < i; j++ {
		if !f.HasToken(&toks[j]) {
			continue
		}
		if m, ok := l.At(toks, j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// visitMax bounds the place between a motion verb and the act done there
// (see visitPlace), in tokens.
const visitMax = 16

// visitPlace finds the place a motion verb took the actor to before the
// act at token i: a lower-case verb of class visitto ("đến", "về",
// "xuống") whose object ends right before the act with a province, no
// mark but commas and brackets between ("đã đến Bắc Kạn kiểm tra ...",
// "đến trường X ở huyện Y, tỉnh Sóc Trăng kiểm tra ..."; not "đến nay kiểm
// tra"). It returns the verb's token and the province's name, or -1.
func visitPlace(w *wordLists, toks []token.Token, s0, i int, provinces func() []places.Match) (int, string) {
	if i-2 < s0 || !toks[i-1].Upper || toks[i-1].Kind != token.Word {
		return -1, "" // (a province's last word is capitalized: most acts are spared the scan)
	}
	v := -1
	f := w.visitTo.FirstKeys()
	for j := i - 2; j >= max(s0, i-visitMax); j-- {
		t := &toks[j]
		if t.Kind == token.Punct && t.Key != "," && t.Key != "(" && t.Key != ")" {
			break
		}
		if !f.HasToken(t) || t.Upper {
			continue
		}
		if m, ok := w.visitTo.At(toks, j); ok && m.Last < i {
			v = m.Last - 1
			break
		}
	}
	if v < 0 {
		return -1, ""
	}
	start, end := toks[v+1].Start, toks[i-1].End
	ps := provinces()
	k := sort.Search(len(ps), func(k int) bool { return ps[k].Span.Start >= start })
	for ; k < len(ps) && ps[k].Span.Start < end; k++ {
		if ps[k].Span.End == end {
			return v, ps[k].Unit.Name
		}
	}
	return -1, ""
}

// visitedOther reports whether an event holds a mention of an act done
// in another province than p (see visitPlace): another visit.
func visitedOther(e *event, p string) bool {
	for k := range e.sents {
		if v := e.sents[k].visited; v != "" && v != p {
			return true
		}
	}
	return false
}

// heldNear reports whether a verb of holding ("tổ chức", "khai mạc") comes
// just before the mention or within a few tokens after it.
func heldNear(w *wordLists, toks []token.Token, mn *mention) bool {
	for j := max(mn.s0, mn.first-3); j < min(mn.s1, mn.last+5); j++ {
		if j >= mn.first && j < mn.last || !w.first.held.HasToken(&toks[j]) {
			continue
		}
		if m, ok := heldAt(w, toks, mn.s0, j); ok && m.Last <= mn.s1 {
			return true
		}
	}
	return false
}

// heldAt is the verb of holding at token j of a sentence starting at s0:
// a capitalized word inside the sentence is a name ("Cục Tổ chức cán bộ",
// "Ban Tổ chức"), not the verb.
func heldAt(w *wordLists, toks []token.Token, s0, j int) (lexicon.Match[bool], bool) {
	if !w.first.held.HasToken(&toks[j]) {
		return lexicon.Match[bool]{}, false
	}
	m, ok := w.held.At(toks, j)
	if ok && j > s0 && (toks[j].Upper || w.heldNoun.has(toks[j-1].Key)) {
		return m, false // "Trưởng ban tổ chức Lễ tang": the committee
	}
	if ok && w.heldNounAfter.MayStartAt(toks, m.Last) {
		if n, nok := w.heldNounAfter.At(toks, m.Last); nok && n.First == m.Last {
			return m, false // "Đối với tổ chức tín dụng": an organization
		}
	}
	return m, ok
}

// heldBetween reports whether a verb of holding lies between token i and byte offset end.
func heldBetween(w *wordLists, toks []token.Token, i, end int) bool {
	for j := i; j < len(toks) && toks[j].End <= end; j++ {
		if !w.first.held.HasToken(&toks[j]) {
			continue
		}
		if _, ok := heldAt(w, toks, i-1, j); ok {
			return true
		}
	}
	return false
}

// namedCeremony reports whether a generic ceremony word [i, end) is the
// head of a name: capitalized inside the sentence and followed by a
// lower-case word ("dự Lễ xuất phát", "Tham dự Lễ thượng cờ"), which names
// the act of a particular ceremony.
func namedCeremony(w *wordLists, toks []token.Token, s0, s1, i, end int) bool {
	if end != i+1 || i == s0 || end >= s1 || !toks[i].Upper || !w.ceremony.has(toks[i].Key) {
		return false
	}
	n := toks[end]
	return n.Kind == token.Word && !n.Upper && !n.LineBefore
}

// headBefore returns the first token of the head that ends right before
// token i and makes the act there an event: a classifier ("buổi",
// "Đoàn") or a lower-case verb of holding ("tổ chức"); -1 if none.
func headBefore(w *wordLists, toks []token.Token, s0, i int) int {
	for j := max(s0, i-3); j < i; j++ {
		if !w.first.head.HasToken(&toks[j]) && !w.first.headVerb.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.head.At(toks, j); ok && m.Last == i {
			return j
		}
		if m, ok := w.headVerb.At(toks, j); ok && m.Last == i && !toks[j].Upper {
			return i
		}
	}
	return -1
}

// dayMonthAt is the first token in [s0, lim) that opens a day and month
// glued by a separator ("15/12", "13-5"), -1 if none.
func dayMonthAt(toks []token.Token, s0, lim int) int {
	if s0 < 0 {
		return -1
	}
	end := min(lim, len(toks)-2)
	for j := s0; j < end; j++ {
		if toks[j].Kind != token.Number {
			continue // most tokens: one test
		}
		if toks[j+2].Kind == token.Number && !toks[j+1].SpaceBefore && !toks[j+2].SpaceBefore &&
			(toks[j+1].Key == "/" || toks[j+1].Key == "-" || toks[j+1].Key == ".") {
			return j
		}
	}
	return -1
}

// docDate reports whether the date whose first token is i follows a cited
// document: "<type> [số] <number or symbol> [[,] ngày] <date>" ("Quyết định
// số 4483/QĐ-BCA ngày 19/6/2024", "Nghị quyết 35-NQ/TW ngày 22/10/2018").
func docDate(w *wordLists, toks []token.Token, s0, i int) bool {
	j := i - 1
	if j >= s0 && toks[j].Key == keyNgay {
		j--
		if j >= s0 && toks[j].Key == "," {
			j-- // "Nghị quyết số 45-NQ/TW, ngày 24/11/2023"
		}
	}
	// the number or symbol: numbers, capitalized words and joiners, "số"
	k := j
	for k >= s0 && j-k < 10 {
		t := toks[k]
		if t.Kind == token.Number || t.Key == keySo || (t.Kind == token.Word && t.Upper) ||
			t.Key == "/" || t.Key == "-" || t.Key == "." {
			k--
			continue
		}
		break
	}
	if k == j {
		return false // nothing between the type and the date
	}
	for h := max(s0, k-2); h <= k; h++ {
		if m, ok := w.doctype.At(toks, h); ok && m.Last == k+1 {
			return true
		}
	}
	// the type itself is capitalized ("Quyết định số 12"): the scan took it in
	for h := k + 1; h <= j; h++ {
		if m, ok := w.doctype.At(toks, h); ok && m.Last <= j && m.Last < len(toks) &&
			(toks[m.Last].Key == keySo || toks[m.Last].Kind == token.Number) {
			return true
		}
	}
	return false
}

var (
	keyNgay  = token.Fold("ngày")
	keyCua   = token.Fold("của")
	keyThuoc = token.Fold("thuộc")
	keySo    = token.Fold("số")
)

// futureBefore reports whether a future or plan marker comes before token
// i in its sentence, and no past marker ("đã") between them takes the
// event back to the past: "thường được gọi là ... và đã được ông X diễn
// giải trong một cuộc tiếp xúc cử tri".
func futureBefore(w *wordLists, toks []token.Token, s0, i int) bool {
	fut := false
	for j := s0; j < i; j++ {
		if w.first.future.HasToken(&toks[j]) {
			if m, ok := w.future.At(toks, j); ok && m.Last <= i {
				fut = true
				j = m.Last - 1
				continue
			}
		}
		if fut && toks[j].Key == keyDa {
			fut = false
		}
	}
	return fut
}

var keyDa = token.Fold("đã")

// futureAfter reports whether a future marker follows the event word
// within its clause ("Kỳ họp bất thường lần thứ 7, Quốc hội khóa XV sẽ
// diễn ra"): before any "đã", semicolon or verb of holding, and within
// 12 tokens, those inside brackets not counted ("Hội nghị X (AICC) lần
// thứ 27 sẽ diễn ra").
// counted reports whether a cardinal number, in digits or in words (class
// count), stands right before the event word at token i ("thông qua luật
// tại 2 kỳ họp", "hai kỳ họp"): a count of events, not one held. A number
// inside a date ("14/10") is not a count.
func counted(w *wordLists, toks []token.Token, s0, i int) bool {
	if i-1 < s0 {
		return false
	}
	if w.countKeys.HasToken(&toks[i-1]) && w.count.has(toks[i-1].Key) {
		return true
	}
	if i-2 >= s0 && toks[i-1].Key == keyNam && toks[i-2].Kind == token.Number {
		return true // "35 năm Ngày hội Quốc phòng toàn dân": the years since an event, its anniversary
	}
	if toks[i-1].Kind != token.Number || toks[i-1].End == toks[i].Start {
		return false
	}
	return i-2 < s0 || toks[i-2].Kind != token.Punct || toks[i-2].End < toks[i-1].Start
}

// ownDateAfter reports whether a date after the mention is the event's
// own, introduced by a word of class whenafter ("kỳ họp thứ 42 diễn ra từ
// 12-14/6").
func ownDateAfter(w *wordLists, toks []token.Token, mn mention, sp schema.Span, ds []timex.Date) bool {
	for _, d := range ds {
		if d.Value != "" && sp.Start+d.Span.Start > toks[mn.last-1].End && whenAfter(w, toks, mn.last, mn.s1, sp.Start+d.Span.Start) {
			return true
		}
	}
	return false
}

// annotates reports whether the date at bytes [ds, de) is set in brackets
// right after another event's name (an event word within eleven words
// before the bracket, no punctuation between): "chuyến thăm cấp nhà nước của
// Tổng thống Putin (20/6/2024)". Such a date is that event's, not the
// day of an event named after it.
func annotates(w *wordLists, toks []token.Token, s0, s1, ds, de int) bool {
	k := tokenAt(toks, s0, s1, ds)
	if k <= s0 || toks[k-1].Key != "(" {
		return false
	}
	e := k
	for e < s1 && toks[e].End <= de {
		e++
	}
	if e >= s1 || toks[e].Key != ")" {
		return false
	}
	for j := k - 2; j >= s0 && j >= k-12; j-- {
		t := &toks[j]
		if t.Kind == token.Punct {
			return false
		}
		if w.first.kind.HasToken(t) {
			if m, ok := w.kind.At(toks, j); ok && m.Value.kind != "" && m.Last <= k-1 {
				return true
			}
		}
	}
	return false
}

// laterReported reports whether date ds[di], before the mention (whose
// byte offset in the sentence is rel), is the day a report was made, and a
// later date before the mention the event's: a reporting verb (class
// report: "cho biết", "thông báo") lies between the two. "Ngày 15-6, Ủy ban
// ra thông báo cho biết, từ ngày 12 đến ngày 14-6, tại Hà Nội, Ủy ban đã
// họp kỳ thứ 42".
func laterReported(w *wordLists, toks []token.Token, s0, s1 int, sp schema.Span, ds []timex.Date, di, rel int) bool {
	for _, d2 := range ds[di+1:] {
		if d2.Value == "" || d2.Span.Start >= rel || d2.Span.Start < ds[di].Span.End {
			continue
		}
		a := tokenAt(toks, s0, s1, sp.Start+ds[di].Span.End)
		if a < 0 {
			a = s0
		}
		for j := a; j < s1 && toks[j].Start < sp.Start+d2.Span.Start; j++ {
			if w.report.MayStartAt(toks, j) {
				if _, ok := w.report.At(toks, j); ok {
					return true
				}
			}
		}
	}
	return false
}

// setOffMonth reports whether the month and year at bytes [ds, de) is the
// date of the event named by mn, set off right after its name by a
// bracket or a comma: "Tại Đại hội đại biểu toàn quốc lần thứ III của Đảng
// (tháng 9/1960), ông được bầu ..."; after a comma only when a frame
// word opens the clause with the name ("Tại Đại hội XII, tháng 1/2016,
// ông ..."; not "được bầu tại Đại hội XIII, tháng 1-2021"). Between the name and the date lie only its complements (no
// verb or event word, see gapStopAt); a bracket, comma or the sentence's
// end closes the date.
func setOffMonth(w *wordLists, toks []token.Token, mn mention, ds, de int, comma bool) bool {
	k := tokenAt(toks, mn.last, mn.s1, ds)
	if k <= mn.last || k-mn.last > 14 || (toks[k-1].Key != "(" && (!comma || toks[k-1].Key != ",")) {
		return false
	}
	if f := mn.first - 1; toks[k-1].Key == "," && (f < mn.s0 || !w.frameOpen.has(toks[f].Key) || (f > mn.s0 && toks[f-1].Kind != token.Punct)) {
		return false // after a comma, only in a frame opening the clause ("Tại Đại hội X, tháng 1/2016, ..."), not "được bầu tại Đại hội X, tháng 1-2021"
	}
	e := k
	for e < mn.s1 && toks[e].End <= de {
		e++
	}
	if e < mn.s1 && toks[e].Key != ")" && toks[e].Key != "," && toks[e].Key != "." {
		return false
	}
	for j := mn.last; j < k-1; j++ {
		if t := &toks[j]; t.Kind == token.Punct && !joinedDot(toks, j) && !termPunct(toks, j) {
			return false
		}
		if gapStopAt(w, toks, j, k-1) {
			return false
		}
	}
	return true
}

// leadMonth reports whether the month and year between bytes ds and de
// open the mention's sentence as its time, the event's own: "Sang tháng
// 10-2020, tại Đại hội Đảng bộ tỉnh X lần thứ XI, ông tái đắc cử ..." (a
// word or two of time may come before it: "Sang", "Cuối"); a comma and
// a frame word (class frameopen) or nothing else stand between it and
// the event's name.
func leadMonth(w *wordLists, toks []token.Token, mn mention, ds, de int) bool {
	k := tokenAt(toks, mn.s0, mn.s1, ds)
	if k < 0 || k-mn.s0 > 2 || k >= mn.first {
		return false
	}
	for j := mn.s0; j < k; j++ {
		if toks[j].Kind != token.Word {
			return false
		}
	}
	e := k
	for e < mn.first && toks[e].End <= de {
		e++
	}
	if e >= mn.first || toks[e].Key != "," {
		return false
	}
	e++
	if e < mn.first && w.frameOpen.has(toks[e].Key) {
		e++
	}
	return e == mn.first
}

// termPunct reports whether the mark at token j belongs to a term
// qualifier of the event's name: the comma before "nhiệm kỳ" or "khóa",
// or the dash of a range of years ("Đại hội Đoàn toàn quốc lần thứ XII,
// nhiệm kỳ 2022 - 2027 (tháng 12/2022)").
func termPunct(toks []token.Token, j int) bool {
	if j+1 >= len(toks) || j == 0 {
		return false
	}
	switch toks[j].Key {
	case ",":
		return toks[j+1].Key == keyNhiem || toks[j+1].Key == keyKhoa || toks[j+1].Key == keyKhoa2
	case "-", "–":
		return toks[j-1].Kind == token.Number && toks[j+1].Kind == token.Number
	}
	return false
}

var keyNhiem, keyKhoa, keyKhoa2 = token.Fold("nhiệm"), token.Fold("khóa"), token.Fold("khoá")

// inFrame reports whether token i lies in an adverbial frame that opens
// its clause (class inframe: "Ngày 7/11, nhân dịp tham dự Hội nghị X, Thủ
// tướng đã có cuộc hội đàm ..."): the event attended there is the
// occasion, not the act the main clause reports, so an attendance verb in
// the frame does not make it the sentence's event.
func inFrame(w *wordLists, toks []token.Token, s0, i int) bool {
	for j := i - 1; j >= s0; j-- {
		t := &toks[j]
		if t.Key == "," || t.Key == ";" || t.Key == ":" {
			return false
		}
		if !w.inFrame.MayStartAt(toks, j) {
			continue
		}
		if m, ok := w.inFrame.At(toks, j); ok && m.Last <= i && (j == s0 || toks[j-1].Kind == token.Punct) {
			return true
		}
	}
	return false
}

// directed reports whether the event word at token i is part of what a
// request verb before it in its sentence asks an addressee to do (class
// direct: "UBND tỉnh giao UBND thị xã chủ trì, làm việc với ...", "yêu
// cầu các sở tổ chức hội nghị"): an act assigned, not held. The verb is
// lower-case, not made a noun by the word before it (class directnoun:
// "theo yêu cầu", "các đề nghị") nor by the word after it (class
// directafter: "sau chỉ đạo của Chính phủ"), and an addressee of at least one word
// comes between it and the event word ("đề nghị Hội nghị thảo luận": the
// meeting is the addressee; class directupper: "giao" takes a
// capitalized addressee right after it, not "giao thông"). Not when the
// event word follows a place preposition ("yêu cầu tại cuộc họp": where
// the request was made) or an aspect of the past comes between ("yêu cầu
// ... đã tổ chức").
func directed(w *wordLists, toks []token.Token, s0, i int) bool {
	if i-1 < s0 || w.at.has(toks[i-1].Key) || w.frame.has(toks[i-1].Key) {
		return false
	}
	for j := s0; j+1 < i; j++ {
		t := &toks[j]
		if t.Upper || !w.first.direct.HasToken(t) {
			continue
		}
		m, ok := w.direct.At(toks, j)
		if !ok || m.Last >= i || toks[m.Last].Kind != token.Word || (m.Value && !toks[m.Last].Upper) ||
			(j > s0 && w.directNoun.has(toks[j-1].Key)) || w.directAfter.has(toks[m.Last].Key) {
			continue
		}
		for k := m.Last; k < i; k++ {
			if toks[k].Key == keyDa {
				return false
			}
			if toks[k].Key == "," && k+1 < i && (toks[k+1].Kind == token.Number || (w.first.commaWhen.HasToken(&toks[k+1]) && commaTime(w, toks, k+1, i))) {
				return false // "Đáp ứng yêu cầu nhiệm vụ, sáng 14-10, Sở tổ chức hội nghị": a new clause with its own time
			}
		}
		return true
	}
	return false
}

// commaTime reports whether a word of a time of day (class commawhen)
// starting at token j, before token i, is followed by a number: "sáng 14-10".
func commaTime(w *wordLists, toks []token.Token, j, i int) bool {
	m, ok := w.commaWhen.At(toks, j)
	return ok && m.Last < i && toks[m.Last].Kind == token.Number
}

func futureAfter(w *wordLists, toks []token.Token, i, s1 int) bool {
	n, depth := 0, 0 // the tokens read outside brackets, the brackets open
	for j := i; j < s1 && n < 12 && j < i+40; j++ {
		t := &toks[j]
		if t.Kind == token.Punct {
			// a bracket inside the name ("(AICC)", "(10/10/1954 -
			// 10/10/2024)") does not count to the window; a marker in it
			// still puts the event ahead ("Kỳ họp thứ 9 (dự kiến khai mạc
			// ngày ...)")
			switch t.Key {
			case "(":
				depth++
				continue
			case ")":
				if depth > 0 {
					depth--
					continue
				}
			case ";", ":":
				if depth == 0 {
					return false
				}
			}
		}
		if depth == 0 {
			n++
			if t.Key == keyDa {
				return false
			}
			if w.first.held.HasToken(t) {
				if _, ok := w.held.At(toks, j); ok {
					return false
				}
			}
		}
		if !w.first.futureAfter.HasToken(t) {
			continue
		}
		if m, ok := w.futureAfter.At(toks, j); ok && m.Last <= s1 {
			return true
		}
	}
	return false
}

// tokenAt is the index of the token of [s0, s1) starting at byte b, -1 if none.
func tokenAt(toks []token.Token, s0, s1, b int) int {
	for i := s0; i < s1 && toks[i].Start <= b; i++ {
		if toks[i].Start == b {
			return i
		}
	}
	return -1
}

// endsBeforeByte reports whether a phrase of l ends right before the token
// starting at byte b in the sentence's tokens [s0, s1).
func endsBeforeByte(l *lexicon.Lexicon[bool], toks []token.Token, s0, s1, b int) bool {
	for i := s0; i < s1; i++ {
		if toks[i].Start == b {
			return endsWithin(l, toks, s0, i, 4)
		}
		if toks[i].Start > b {
			break
		}
	}
	return false
}

func hasBefore(l *lexicon.Lexicon[bool], toks []token.Token, s0, i int) bool {
	f := l.FirstKeys()
	for j := s0; j < i; j++ {
		if !f.HasToken(&toks[j]) {
			continue
		}
		if m, ok := l.At(toks, j); ok && m.Last <= i {
			return true
		}
	}
	return false
}

func anyIn(l *lexicon.Lexicon[bool], toks []token.Token, s0, s1 int) bool {
	f := l.FirstKeys()
	for j := s0; j < s1; j++ {
		if !f.HasToken(&toks[j]) {
			continue
		}
		if m, ok := l.At(toks, j); ok && m.Last <= s1 {
			return true
		}
	}
	return false
}

// keyTai, keyDay are the keys of "tại đây" (here), the deictic that points
// back to an event the headline named.
var keyTai, keyDay = token.FoldPhrase("tại"), token.FoldPhrase("đây")

// hereAfter reports whether "tại đây" follows token i: "Phát biểu tại đây,
// Tổng Bí thư ..." after a headline event the body does not tell again.
func hereAfter(toks []token.Token, i int) bool {
	for j := i; j+1 < len(toks); j++ {
		if toks[j].Key == keyTai && toks[j+1].Key == keyDay {
			return true
		}
	}
	return false
}

// linkRefAfter reports whether a sentence after token i opens with a
// classifier (class linkref) and the kind of a link headline's act
// ("[A lên đường thăm ...](https://...)" then "Chuyến thăm nhằm ..."): the
// body speaks of that act as a fact, as "tại đây" does (see hereAfter); not
// when a future marker follows it ("Chuyến thăm sẽ ...").
func linkRefAfter(w *wordLists, toks []token.Token, i int, kind string) bool {
	for j := i; j+1 < len(toks); j++ {
		t := &toks[j]
		if !t.Upper || !(t.LineBefore || j > 0 && toks[j-1].Key == ".") || !w.linkRef.has(t.Key) {
			continue
		}
		m, ok := w.kind.At(toks, j)
		if !ok {
			m, ok = w.kind.At(toks, j+1)
		}
		if ok && m.Value.kind == kind && !futureAfter(w, toks, m.Last, min(len(toks), m.Last+12)) {
			return true
		}
	}
	return false
}

// atAfter reports whether a place word ("tại") follows the event word in
// tokens [i, s1): a back-reference that may state the event's place.
func atAfter(w *wordLists, toks []token.Token, i, s1 int) bool {
	for j := i; j < s1; j++ {
		if w.atKeys.HasToken(&toks[j]) && w.at.has(toks[j].Key) {
			return true
		}
	}
	return false
}

// isBackref reports whether a back-reference word ends at most two tokens before token i.
// A phrase may end on the classifier that opens the mention: "trong buổi"
// before "buổi họp".
func isBackref(w *wordLists, toks []token.Token, s0, i int) bool {
	for j := max(s0, i-4); j < i; j++ {
		if !w.first.backref.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.backref.At(toks, j); ok && i-m.Last <= 1 &&
			(m.Last <= i || (m.Last == i+1 && w.defnoun.has(toks[i].Key))) &&
			(m.Last >= i || toks[m.Last].Kind != token.Punct) { // "chủ trì, làm việc với": two verbs, not "chủ trì <event>"
			return !endsBefore(w.docRef, toks, s0, j) // "Thông báo kết luận hội nghị": a document's name
		}
	}
	return false
}

// opensWith reports whether token i opens its sentence (after brackets
// or quotes) and its key is in set: "Buổi tiếp xúc cử tri có sự tham dự
// của ...", the subject naming a particular held event.
func opensWith(set keySet, toks []token.Token, s0, i int) bool {
	if !set.has(toks[i].Key) {
		return false
	}
	for j := s0; j < i; j++ {
		if toks[j].Kind != token.Punct {
			return false
		}
	}
	return true
}

// findCompatible finds an event a back-reference of this kind may name:
// its kind contains the reference's ("làm việc" in "thăm và làm việc"),
// or it is a meeting named by the verb "họp" and the reference names a
// sitting ("phiên họp", "kỳ họp"); another specific reference ("họp báo"
// after a "họp") is another event.
func findCompatible(events []*event, kind string) *event {
	for _, e := range events {
		if strings.Contains(e.m.Kind, kind) {
			return e
		}
	}
	// a decision handed over ("A dự và trao các quyết định") refers to the
	// conference or ceremony already found
	if isDecision(kind) {
		for _, e := range events {
			if generic[e.m.Kind] || strings.HasPrefix(e.m.Kind, "hội nghị") {
				return e
			}
		}
	}
	// a sitting ("tại phiên họp", "tại kỳ họp") refers to a meeting named
	// by the verb alone ("chủ trì họp"); a press conference does not
	if verbKind(kind) {
		for _, e := range events {
			if e.m.Kind == "họp" {
				return e
			}
		}
		// "Tại phiên họp, các cổ đông ..." after the congress held
		// ("họp Đại hội đồng cổ đông"): the congress's sitting
		if kind != "kỳ họp" {
			for _, e := range events {
				if e.m.Kind == "đại hội" && slices.ContainsFunc(e.sents, func(m mention) bool { return m.asserted }) {
					return e
				}
			}
		}
	}
	return nil
}

// leadDate reads a dateline lead: a sentence that opens with a date
// ("Ngày 13/11,", "Sáng 15/12,", "Hôm nay (28/6),") followed by a comma,
// with no future marker, no later than the article's date (lastHeld is
// isoDayAdd(ref, 0, heldAhead) when ref is not zero).
func leadDate(text string, toks []token.Token, w *wordLists, sp schema.Span, si, s0, s1 int, cues uint8, ref time.Time, lastHeld string,
	buf []token.Token, dbuf *[]timex.Date, all func() []timex.Date, est func() string, stated func() string, reviewed func() []time.Time) (lead, bool) {
	// a day and month glued by a separator within the first tokens (after
	// the source's tag): "15/12", "13-5"
	b := sourceTagEnd(toks, s0, s1)
	num := dayMonthAt(toks[:s1], b, b+10)
	if num > b && w.earlier.MayStartAt(toks, b) {
		// "Trước đó, ngày 14.5.2024, ...": an earlier lead (class earlier), then its time
		if m, ok := w.earlier.At(toks, b); ok && m.Last < num && toks[m.Last].Key == "," {
			b = m.Last + 1
		}
	}
	subj := num > b && subjectTime(w, toks, b, num, s1) // "Quốc hội chiều 18/2 vừa thông qua ..."
	if num >= b+4 && !subj {
		// after a time of day: "Đúng 13 giờ 30 phút ngày 27-12,", "Vào lúc 8 giờ ngày 3/5,"
		for j := b; j < num; j++ {
			if toks[j].Kind != token.Number && !w.clock.has(toks[j].Key) {
				num = -1
				break
			}
		}
	}
	if num < 0 || cues&cueFuture != 0 && anyIn(w.future, toks, s0, s1) {
		return lead{}, false
	}
	sub := text[sp.Start:sp.End]
	ds := sentDatesIn(dbuf, text, toks, s0, s1, sp, ref)
	if len(ds) == 0 || sp.Start+ds[0].Span.Start != toks[num].Start || (len(ds[0].Value) < 10 && !strings.HasPrefix(ds[0].Value, "--")) {
		return lead{}, false
	}
	d := ds[0]
	rest := strings.TrimLeft(sub[d.Span.End:], " )")
	if !strings.HasPrefix(rest, ",") {
		// a subject, its time, then the verb's aspect (class subjlead:
		// "vừa", "đã"): "Quốc hội chiều 18/2 vừa thông qua nghị quyết ..."
		a := tokenAt(toks, s0, s1, sp.Start+d.Span.End+len(sub[d.Span.End:])-len(strings.TrimLeft(sub[d.Span.End:], " ")))
		if !subj || a < 0 || !w.subjLead.has(toks[a].Key) || docDate(w, toks, s0, num) {
			return lead{}, false
		}
	}
	v := d.Value
	if strings.HasPrefix(v, "--") {
		subToks, _ := sentenceTokens(text, toks, s0, s1, sp, buf)
		if v = yearFor(w, v, sub, d.Span.Start, subToks, zeroRef(ds, ref), all(), est(), stated, reviewed); v == "" {
			return lead{}, false
		}
	}
	if !ref.IsZero() && v > lastHeld { // (isoDay is Format("2006-01-02"), isoDayAdd isoDay of AddDate)
		return lead{}, false
	}
	at := false
	for j := s0; j+1 < s1; j++ {
		if toks[j+1].Upper && w.atKeys.HasToken(&toks[j]) && w.at.has(toks[j].Key) {
			at = true
			break
		}
	}
	return lead{date: v, dspan: &schema.Span{Start: sp.Start + d.Span.Start, End: sp.Start + d.Span.End},
		mn: mention{first: s0, last: s0, sent: sp, s0: s0, s1: s1}, si: si, at: at}, true
}

// subjectTime reports whether tokens [b, num) are a subject and a time
// before the day at num, in a lead that puts its subject first: words
// only, the first capitalized ("Quốc hội chiều 18/2 vừa ...", "Bộ trưởng
// Ngoại giao X ngày 2-9 đã ..."), the last a word of a time of day (class
// clock) or the subject's own; an aspect word (class subjlead) follows
// the day, or its year ("18/2/2025 vừa").
func subjectTime(w *wordLists, toks []token.Token, b, num, s1 int) bool {
	if !toks[b].Upper {
		return false
	}
	a := num + 3 // after "18/2"
	if a+1 < s1 && (toks[a].Key == "/" || toks[a].Key == "-" || toks[a].Key == ".") && toks[a+1].Kind == token.Number && !toks[a].SpaceBefore {
		a += 2 // after "18/2/2025"
	}
	if a >= s1 || toks[a].Kind != token.Word || !w.subjLead.has(toks[a].Key) || w.clock.has(toks[b].Key) {
		return false // (a dateline opens with its time: "Sáng 15/12")
	}
	for j := b; j < num; j++ {
		if toks[j].Kind != token.Word {
			return false
		}
	}
	return true
}

// sourceTagEnd is the token after the source's tag that opens a dek or a
// lead, "(Chinhphu.vn) - Sáng 3/12, ...": a bracket of a few words and
// dots closed before a dash; s0 if none.
func sourceTagEnd(toks []token.Token, s0, s1 int) int {
	if s0 >= s1 || toks[s0].Key != "(" {
		return s0
	}
	for j := s0 + 1; j < s1 && j <= s0+6; j++ {
		switch k := toks[j].Key; {
		case k == ")":
			if j > s0+1 && j+1 < s1 && (toks[j+1].Key == "-" || toks[j+1].Key == "–") {
				return j + 2
			}
			return s0
		case toks[j].Kind == token.Number, toks[j].Kind == token.Punct && k != ".":
			return s0 // "(1) - ...": a list's number, not a source
		}
	}
	return s0
}

// occasionBefore reports whether the event word at token i names the
// occasion of a visit, not what the visit holds: a phrase of class
// occasionfor ("nhân dịp", "nhân") starts at most six tokens before it,
// with no punctuation between ("đã tới thăm, chúc mừng Giáo hội ... nhân
// dịp kỷ niệm Đại lễ Phật đản": a visit, not a ceremony).
func occasionBefore(w *wordLists, toks []token.Token, s0, i int) bool {
	f := w.occasionFor.FirstKeys()
	for j := i - 1; j >= s0 && j >= i-6; j-- {
		if toks[j].Kind == token.Punct {
			return false
		}
		if !f.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.occasionFor.At(toks, j); ok && m.Last <= i {
			return true
		}
	}
	return false
}

// verbKind reports whether a kind is also a verb of meeting: "họp", "kỳ
// họp" (from "họp kỳ"), "phiên họp" (from "họp phiên").
func verbKind(kind string) bool {
	return kind == "họp" || kind == "kỳ họp" || kind == "phiên họp"
}

// isDecision reports whether a kind is a ceremony announcing or handing over a decision.
func isDecision(kind string) bool { return strings.HasSuffix(kind, "quyết định") }

// mergeTarget finds the event a dated mention belongs to: same date and a
// compatible kind, or the same kind and no conflicting date. A mention
// that reports its own event as held ("X đã họp") joins only an event of
// its very kind. It never joins skip, the event the mention follows ("Sau
// lễ dâng hương, ... tổ chức lễ giỗ").
// genericOf finds the event named by a generic head word ("lễ", "hội
// nghị"; not "họp": a "họp báo" is another event) through a generic mention (not "Lễ dâng hương", a ceremony named
// by its act) whose kind heads kind ("lễ kỷ niệm", "hội nghị tổng kết").
func genericOf(events []*event, kind string) *event {
	for _, e := range events {
		if (e.m.Kind == "lễ" || e.m.Kind == "hội nghị") && strings.HasPrefix(kind, e.m.Kind+" ") && len(e.sents) > 0 && !e.sents[0].specific {
			return e
		}
	}
	return nil
}

func mergeTarget(events []*event, kind, date string, asserted bool, skip *event) *event {
	compatible := func(a, b string) bool {
		return a == b || (a == "họp" && !rite(b)) || (b == "họp" && !rite(a)) || strings.Contains(a, b) || strings.Contains(b, a) ||
			(isDecision(a) && isDecision(b))
	}
	if asserted {
		for _, e := range events {
			if e != skip && e.m.Kind == kind && (e.m.Date == "" || date == "" || e.m.Date == date) {
				return e
			}
		}
		return nil
	}
	for _, e := range events {
		if e != skip && date != "" && e.m.Date == date && (compatible(e.m.Kind, kind) ||
			// a decision handed over on the day of a conference or ceremony is part of it
			(isDecision(kind) && generic[e.m.Kind]) || (isDecision(e.m.Kind) && generic[kind]) ||
			// a sitting on the day of a session is part of it ("Ngày 18-2, tại kỳ họp bất thường ...", "Trong phiên họp ngày 18-2")
			(slices.Contains(lists().sittings, kind) && slices.Contains(lists().sittings, e.m.Kind))) {
			return e
		}
	}
	for _, e := range events {
		if e != skip && (e.m.Kind == kind || (date == "" && compatible(e.m.Kind, kind))) && (e.m.Date == "" || date == "" || e.m.Date == date) {
			return e
		}
	}
	return nil
}

// rite reports whether a kind is a ceremony ("lễ", "lễ viếng", "lễ kỷ
// niệm"), which a meeting ("cuộc họp") is not part of: "tại cuộc họp ...,
// các đại sứ đã dành một phút mặc niệm" and "Lễ viếng ... bắt đầu từ 7h"
// are two events (not a ceremony that hands over a decision, which a
// meeting may hold).
func rite(kind string) bool { return strings.HasPrefix(kind, "lễ") && !isDecision(kind) }

// sentenceTokens returns token.Tokenize(text[sp.Start:sp.End]) for the
// sentence whose tokens are toks[s0:s1]: a copy of those tokens with offsets
// relative to the sentence, made in buf (returned for reuse), when no
// token crosses the sentence's edges and the first token's white-space
// flags carry over; else the sentence is tokenized again.
func sentenceTokens(text string, toks []token.Token, s0, s1 int, sp schema.Span, buf []token.Token) (sub, _ []token.Token) {
	whole := func() ([]token.Token, []token.Token) {
		return token.Tokenize(text[sp.Start:sp.End]), buf
	}
	if s0 > 0 && toks[s0-1].End > sp.Start || s1 < len(toks) && toks[s1].Start < sp.End || s1 <= s0 {
		return whole()
	}
	f := toks[s0]
	line, space := f.LineBefore, f.SpaceBefore
	switch {
	case f.Start == sp.Start:
		line, space = false, false // the sentence starts with the token
	case s0 == 0 && sp.Start == 0, s0 > 0 && toks[s0-1].End == sp.Start:
		// all the white space before the token is in the sentence
	default:
		return whole()
	}
	buf = append(buf[:0], toks[s0:s1]...)
	for i := range buf {
		buf[i].Start -= sp.Start
		buf[i].End -= sp.Start
	}
	buf[0].LineBefore, buf[0].SpaceBefore = line, space
	return buf, buf
}

// sentDates is timex.Dates (timex.Relative when relative) of the sentence
// sp, whose tokens are toks[s0:s1], with spans relative to the sentence:
// what they give on text[sp.Start:sp.End] and its tokens. Timex reads the
// tokens and slices the text at their offsets only, and the text's tokens
// of a sentence are the sentence's own (a word is a maximal run of letters
// and digits) but for their offsets and the first one's spacing, which
// timex never reads; so it runs on them, with no copy, and the spans are
// shifted. A token across the sentence's edges makes it tokenize the
// sentence again.
func sentDates(text string, toks []token.Token, s0, s1 int, sp schema.Span, ref time.Time, relative bool) []timex.Date {
	if !ownTokens(toks, s0, s1, sp) {
		sub := text[sp.Start:sp.End]
		if relative {
			return timex.Relative(sub, token.Tokenize(sub), ref)
		}
		return timex.Dates(sub, token.Tokenize(sub), ref)
	}
	var ds []timex.Date
	if relative {
		ds = timex.Relative(text, toks[s0:s1], ref)
	} else {
		ds = timex.Dates(text, toks[s0:s1], ref)
	}
	for i := range ds {
		ds[i].Span.Start -= sp.Start
		ds[i].Span.End -= sp.Start
	}
	return ds
}

// ownTokens reports whether the text's tokens toks[s0:s1] are the
// sentence sp's own, on which sentDates runs timex: some, and none across
// its edges.
func ownTokens(toks []token.Token, s0, s1 int, sp schema.Span) bool {
	return !(s1 <= s0 || s0 > 0 && toks[s0-1].End > sp.Start || s1 < len(toks) && toks[s1].Start < sp.End || toks[s0].Start < sp.Start)
}

// sentDatesIn is sentDates(text, toks, s0, s1, sp, ref, false) made in
// the buffer *buf (kept for the next call): the dates of a sentence,
// which no record keeps (it takes their strings and offsets). Nil when
// none, as sentDates (yearFor tells nil from the dates of a sentence).
func sentDatesIn(buf *[]timex.Date, text string, toks []token.Token, s0, s1 int, sp schema.Span, ref time.Time) []timex.Date {
	if !ownTokens(toks, s0, s1, sp) {
		return sentDates(text, toks, s0, s1, sp, ref, false)
	}
	ds := timex.AppendDates((*buf)[:0], text, toks[s0:s1], ref)
	*buf = ds[:0]
	if len(ds) == 0 {
		return nil
	}
	for i := range ds {
		ds[i].Span.Start -= sp.Start
		ds[i].Span.End -= sp.Start
	}
	return ds
}

// frontMatterEnd is the end of the front matter ("---\ntitle: ...\n---")
// that opens text, 0 if none.
func frontMatterEnd(text string) int {
	if !strings.HasPrefix(text, "---\n") {
		return 0
	}
	if e := strings.Index(text[4:], "\n---"); e >= 0 {
		return 4 + e + 4
	}
	return 0
}

// bodyStart finds where the body begins in a sentence that opens with a
// section label and a headline, closed by the paper's code and a dash
// before a dateline: "Khởi nghiệp - OCOP <headline> (QNO) - Ngày 23/7,
// ...". The code is upper-case letters in brackets; a date or a time
// anchor ("Chiều nay") follows the dash within four tokens. It returns
// the first token of the body, or s0.
func bodyStart(text string, w *wordLists, toks []token.Token, s0, s1 int) int {
	if s1-s0 < 6 {
		return s0
	}
	// cheap prefilter on the sentence's bytes: ") -" or ") –"
	sub := text[toks[s0].Start:toks[s1-1].End]
	p := strings.IndexByte(sub, ')')
	if p < 0 {
		return s0
	}
	if sub = sub[p:]; !strings.Contains(sub, ") -") && !strings.Contains(sub, ") –") {
		return s0
	}
	for j := s0 + 1; j+4 < s1; j++ {
		if toks[j].Key != "(" || toks[j+2].Key != ")" || toks[j+3].Key != "-" || !allCaps(text, toks[j+1]) {
			continue
		}
		b := j + 4
		if dayMonthAt(toks[:s1], b, b+4) >= 0 || anyIn(w.anchor, toks, b, min(s1, b+3)) {
			return b
		}
	}
	return s0
}

// allCaps reports whether a word token is written in capitals only ("QNO", "NLĐO").
func allCaps(text string, t token.Token) bool {
	if t.Kind != token.Word || !t.Upper || t.End-t.Start < 2 || t.End-t.Start > 12 {
		return false
	}
	s := text[t.Start:t.End]
	return strings.ToUpper(s) == s
}

// isDay reports whether a date value names a day: "2024-04-22" or "--04-22".
// onPlannedDay reports whether one of the sentence's dates ds falls on a
// day of days (month and day, "05-03").
func onPlannedDay(ds []timex.Date, days []string) bool {
	for _, d := range ds {
		if isDay(d.Value) {
			for _, p := range days {
				if d.Value[len(d.Value)-5:] == p {
					return true
				}
			}
		}
	}
	return false
}

func isDay(v string) bool { return len(v) == 10 || (len(v) == 7 && strings.HasPrefix(v, "--")) }

// commaWhen reports whether the date at bytes [ds, de) is the date of the
// event named by mn, set off by commas right after its name: "Tiếp tục
// phiên họp thứ 32, sáng 22.4, tại Nhà Quốc hội", "phát biểu tại phiên họp
// của Ủy ban, chiều 17-4". The name runs on through its complements (no
// verb, aspect or other event word, see whenAfter) to a comma, a word of a
// time of day (class commawhen) introduces the date, and a comma, bracket
// or the sentence's end closes it. The mention is in its sentence's first
// clause, not after "sau" or "trước" (class sequel: the date is of what
// follows the event).
func commaWhen(w *wordLists, toks []token.Token, mn mention, ds, de int) bool {
	k := mn.last
	for k < mn.s1 && toks[k].Start < ds {
		k++
	}
	if k >= mn.s1 || toks[k].Start != ds || k-mn.last > 24 {
		return false
	}
	// the date's end: a comma, a bracket or the sentence's end
	e := k
	for e < mn.s1 && toks[e].End <= de {
		e++
	}
	if e < mn.s1 && toks[e].Key != "," && toks[e].Key != "." && toks[e].Key != ")" && toks[e].Key != ";" {
		return false
	}
	cue := -1
	for j := max(mn.last+1, k-2); j < k; j++ {
		if !w.first.commaWhen.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.commaWhen.At(toks, j); ok && m.Last == k && toks[j-1].Key == "," {
			cue = j
			break
		}
	}
	if cue < 0 {
		return false
	}
	named := false // a capitalized word in the gap: the name of a body ("của Ban Chỉ đạo ...")
	for j := mn.last; j < cue-1; j++ {
		t := toks[j]
		if t.Kind == token.Word && t.Upper {
			named = true
		}
		if t.Kind == token.Punct && t.Key != "(" && t.Key != ")" && t.Key != "\"" && !(named && nameComma(toks, j, cue-1)) && !joinedDot(toks, j) && !termPunct(toks, j) {
			return false // (not the comma before "nhiệm kỳ" nor the dash of "2013 - 2018": the name's term)
		}
		if gapStopAt(w, toks, j, cue) {
			return false
		}
	}
	// the date closes the sentence: "..., tại kỳ họp thứ 8, chiều 26/8."
	closes := e >= mn.s1 || toks[e].Key == "."
	// an adjunct told last: "tại" and the event's name right after a
	// comma, the date closing the sentence ("A đã biểu quyết thông qua
	// nghị quyết, tại kỳ họp bất thường lần thứ 8, chiều 26/8."): the
	// clauses before it do not take the date
	tail := closes && mn.first-2 >= mn.s0 && w.frameOpen.has(toks[mn.first-1].Key) && toks[mn.first-2].Key == ","
	for j := mn.s0; j < mn.first && !tail; j++ {
		if (toks[j].Key == "," || toks[j].Key == ";" || toks[j].Key == ":") && !captionLine(w, toks, mn) {
			return false // (a photo caption lists its people first: "A, B, C tại hội nghị X, ngày 3/8. Ảnh: Y")
		}
	}
	if k-mn.last > 14 && !named && !closes {
		return false // a long gap is a body's name, commas and all, or no name (a topic when the date closes the sentence: "chủ trì cuộc họp về giải pháp ..., ngày 24/9/2024.")
	}
	return !endsWithin(w.sequel, toks, mn.s0, mn.first, 3)
}

// joinedDot reports whether token j is a dot inside an abbreviated name:
// joined to a word on each side ("TP.HCM"), or to a capitalized word
// before it and followed by another ("TP. HCM", as word-segmented text
// writes it; inside a sentence, such a dot ends no sentence).
func joinedDot(toks []token.Token, j int) bool {
	if toks[j].Key != "." || j == 0 || j+1 >= len(toks) || toks[j-1].End != toks[j].Start || toks[j-1].Kind != token.Word || toks[j+1].Kind != token.Word {
		return false
	}
	return toks[j].End == toks[j+1].Start || (toks[j-1].Upper && toks[j+1].Upper)
}

// nameComma reports whether the comma at token j, before token end, joins
// coordinated lower-case words inside a body's name ("Ban Chỉ đạo phòng,
// chống tham nhũng, tiêu cực TP.HCM"): a lower-case word on each side,
// and a capitalized word (the name's place or body) closes the run before
// end, with no other punctuation but such commas on the way.
func nameComma(toks []token.Token, j, end int) bool {
	if toks[j].Key != "," || j == 0 || j+1 >= end {
		return false
	}
	if b, a := &toks[j-1], &toks[j+1]; b.Kind != token.Word || b.Upper || a.Kind != token.Word || a.Upper {
		return false
	}
	for k := j + 1; k < end; k++ {
		t := &toks[k]
		if t.Kind == token.Word && t.Upper {
			return true
		}
		if t.Kind == token.Punct && t.Key != "," {
			return false
		}
	}
	return false
}

// planned reports whether the date or period starting at byte b follows a
// plan word in its clause: a planned completion or a target ("dự kiến
// hoàn thành vào quý I/2018", "phấn đấu đến năm 2030", "chậm nhất là ngày
// 12/8/2016"), or a horizon ("đến năm 2030") that closes no range opened
// with "từ". Such a year is not the year of the events the article reports.
func planned(w *wordLists, toks []token.Token, b int) bool {
	i := sort.Search(len(toks), func(k int) bool { return toks[k].Start >= b })
	if i >= len(toks) || toks[i].Start != b {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if toks[j].Kind == token.Punct {
			return false
		}
		if !w.first.plan.HasToken(&toks[j]) && !w.first.horizon.HasToken(&toks[j]) {
			continue
		}
		if m, ok := w.plan.At(toks, j); ok && m.Last <= i {
			return true
		}
		if m, ok := w.horizon.At(toks, j); ok && m.Last <= i && i-m.Last <= 1 {
			for k := j - 1; k >= 0 && k >= j-6 && toks[k].Kind != token.Punct; k-- {
				if toks[k].Key == keyTu {
					return false // "từ năm 2010 đến năm 2015": a past range
				}
			}
			return true
		}
	}
	return false
}

var keyTu = token.Fold("từ")

// keySet is a short list of keys (a word class of a few entries): a loop
// over it beats a map's hashing.
type keySet []string

func (s keySet) has(k string) bool {
	for _, x := range s {
		if x == k {
			return true
		}
	}
	return false
}

// afterClause reports whether the event verb at token i ends a clause
// opened by "sau khi" and a body (a capitalized word after it): "Sau khi
// Thành ủy Hà Nội họp và nghe ...": the meeting was held.
func afterClause(w *wordLists, toks []token.Token, s0, i int) bool {
	for j := i - 1; j >= s0 && j >= i-10; j-- {
		if toks[j].Kind == token.Punct {
			return false
		}
		if !w.afterClause.MayStartAt(toks, j) {
			continue
		}
		if m, ok := w.afterClause.At(toks, j); ok && m.Last < i && toks[m.Last].Upper {
			return true
		}
	}
	return false
}

// pastBefore reports whether an aspect word of the past (class assert:
// "đã", "vừa") stands at most two words before token i: "đã đến thăm",
// "đã thực hiện lễ".
func pastBefore(w *wordLists, toks []token.Token, s0, i int) bool {
	for j := max(s0, i-3); j < i; j++ {
		if m, ok := w.assert.At(toks, j); ok && m.Last <= i {
			return true
		}
	}
	return false
}

// opensWithPhrase reports whether a phrase of l opens the sentence (after
// brackets or quotes) before token i: "Trước đó, ...".
func opensWithPhrase(l *lexicon.Lexicon[bool], toks []token.Token, s0, i int) bool {
	for j := s0; j < i; j++ {
		if toks[j].Kind != token.Punct {
			m, ok := l.At(toks, j)
			return ok && m.Last <= i
		}
	}
	return false
}

// framedWhen reports whether the date starting at byte ds, after the
// mention, is the event's own because a frame word stands right before its
// name ("trong cuộc họp ngày 26/4"), or a frame word that opens its clause
// ("Tại phiên thảo luận về kinh tế - xã hội ngày 4/11/2024, ..."), or the
// name opens its clause and the date closes it ("Mới đây, tranh luận tại
// nghị trường ngày 4/11, ..."). Between the name and the date lie at most a topic
// (no clause break, no verb or event word of class gapstop) and "ngày".
func framedWhen(w *wordLists, toks []token.Token, mn mention, ds int) bool {
	f := mn.first - 1 // the frame word
	k := tokenAt(toks, mn.last, mn.s1, ds)
	// told as said at the event ("Thông tin trên được đưa ra tại Lễ Khởi
	// công xây dựng Dự án Khu A, Khách sạn B ngày 19/5."): a longer name,
	// commas before its capitalized words, the date closing the sentence
	said := f > mn.s0 && toks[f].Key == keyTai && endsWithin(w.frameSaid, toks, mn.s0, mn.first, 5)
	lim := 12
	if said {
		lim = 20
	}
	if k <= mn.last || k-mn.last > lim || toks[k-1].Key != keyNgay {
		return false
	}
	if said {
		if !dateCloses(toks, k, mn.s1) {
			return false
		}
	} else if f < mn.s0 || toks[f].Key == "," {
		// the name opens its clause, and the date closes it: "Mới đây,
		// tranh luận tại nghị trường ngày 4/11, đại biểu A đã ..."
		if !dateThenComma(toks, k, mn.s1) {
			return false
		}
	} else if !w.frame.has(toks[f].Key) && !(w.frameOpen.has(toks[f].Key) && (f == mn.s0 || toks[f-1].Kind == token.Punct)) {
		return false
	}
	for j := mn.last; j < k-1; j++ {
		if t := &toks[j]; t.Kind == token.Punct && t.Key != "-" && t.Key != "–" && !(said && t.Key == "," && j+1 < k-1 && toks[j+1].Upper) {
			return false
		}
		if gapStopAt(w, toks, j, k-1) {
			return false
		}
	}
	return true
}

// placedWhen reports whether the date starting at byte ds, after the
// mention, is the event's own because the event's venue and then its time
// close the sentence: "<event's name> tại|ở <venue>[, <place>] [,] [time
// word] <date>." ("A tại lễ nhậm chức ở Đồi Capitol ngày 20/1", "B phát
// biểu tại tọa đàm doanh nghiệp X tại thủ đô Y sáng 21/11", "C trong buổi
// lễ tuyên thệ tại tòa nhà quốc hội ở Jakarta, Indonesia, ngày 20/10/2024"):
// a photo caption's or a lead's adjuncts, the place and the time of the
// event named before them. Between the name and the place word lie only
// its complements (no clause break, no verb or other event word, see
// gapStopAt); the place names something with a capital and holds no verb
// either.
func placedWhen(w *wordLists, toks []token.Token, mn mention, ds int) bool {
	k := tokenAt(toks, mn.last, mn.s1, ds)
	if k < mn.last+3 || k-mn.last > 32 || !dateCloses(toks, k, mn.s1) {
		return false
	}
	// the time words before the date ("ngày", "sáng", "chiều ngày") and a comma
	c := k
	for c > k-2 && c-1 > mn.last && w.clock.has(toks[c-1].Key) {
		c--
	}
	if c-1 > mn.last && toks[c-1].Key == "," {
		c--
	}
	// the place word after the name
	p := -1
	for j := mn.last; j < c && j < mn.last+16; j++ {
		t := &toks[j]
		if w.atKeys.HasToken(t) && (w.at.has(t.Key) || w.atPost.has(t.Key)) {
			p = j
			break
		}
		if t.Kind == token.Punct && t.Key != "\"" && t.Key != "“" && t.Key != "”" && t.Key != "(" && t.Key != ")" && t.Key != "-" && t.Key != "–" && !joinedDot(toks, j) {
			return false
		}
		if gapStopAt(w, toks, j, c) {
			return false
		}
	}
	if p < 0 || c-p < 2 || c-p > 16 {
		return false
	}
	upper := false
	for j := p + 1; j < c; j++ {
		t := &toks[j]
		if t.Upper {
			upper = true
		}
		if t.Kind == token.Punct && t.Key != "," && t.Key != "(" && t.Key != ")" && !joinedDot(toks, j) {
			return false
		}
		if gapStopAt(w, toks, j, c) {
			return false
		}
	}
	return upper
}

// dateCloses reports whether the date whose first token is k ends its
// sentence: its numbers and separators are followed by the sentence's end
// or a full stop.
func dateCloses(toks []token.Token, k, s1 int) bool {
	j := k
	for ; j < s1 && j < k+6; j++ {
		if t := &toks[j]; t.Kind != token.Number && t.Key != "/" && t.Key != "-" && t.Key != "." {
			break
		}
	}
	if j == k {
		return false
	}
	return j == s1 || toks[j-1].Key == "." || toks[j].Key == "." || toks[j].Key == "!"
}

// dateThenComma reports whether the date whose first token is k closes its
// clause: its numbers and separators are followed by a comma.
func dateThenComma(toks []token.Token, k, s1 int) bool {
	j := k
	for ; j < s1 && j < k+6; j++ {
		if t := &toks[j]; t.Kind != token.Number && t.Key != "/" && t.Key != "-" && t.Key != "." {
			break
		}
	}
	return j > k && j < s1 && toks[j].Key == ","
}

// occasionVisit finds, among a sentence's mentions, a visit (class
// framekind) named in the occasion frame that opens the clause of the
// sentence's event: "Nhân chuyến thăm, làm việc tại tỉnh X, sáng nay
// (14/6), A đã đến dâng hương ...": the working visit is held too, over
// days the frame does not date. The frame's opener (class occasion) comes
// at most five tokens before the visit; nil if none.
func occasionVisit(w *wordLists, toks []token.Token, mns []mention, first *mention) *mention {
	for x := range mns {
		fm := &mns[x]
		if fm.first >= first.first || !w.frameKinds.has(fm.kind) {
			continue
		}
		if endsWithin(w.occasion, toks, fm.s0, fm.first, 5) || occasionOpens(w, toks, fm) {
			return fm
		}
	}
	return nil
}

// occasionOpens reports whether an occasion phrase (class occasion) opens
// the visit's frame within five tokens before it ("Nhân chuyến thăm, làm
// việc tại ...": "nhân chuyến" before "thăm, làm việc").
func occasionOpens(w *wordLists, toks []token.Token, fm *mention) bool {
	f := w.occasion.FirstKeys()
	for j := max(fm.s0, fm.first-5); j < fm.first; j++ {
		if f.HasToken(&toks[j]) {
			if _, ok := w.occasion.At(toks, j); ok {
				return true
			}
		}
	}
	return false
}

// hasKind reports whether kinds holds kind (few: a loop).
func hasKind(kinds []string, kind string) bool {
	for _, k := range kinds {
		if k == kind {
			return true
		}
	}
	return false
}

// addFrameVisit adds the undated visit of an occasion frame, unless an
// event of its kind is already there.
func addFrameVisit(events []*event, fm mention) []*event {
	for _, e := range events {
		if e.m.Kind == fm.kind {
			return events
		}
	}
	return append(events, &event{m: schema.Meeting{Kind: fm.kind}, sents: []mention{fm}})
}

// namedBody reports whether the event word at i ends the name of a body
// named by its task (class taskbody): "Ban Chỉ đạo tổng kết ...", "Trưởng
// ban Chỉ đạo của Chính phủ tổng kết việc thực hiện Nghị quyết số 18",
// "Tiểu ban Văn kiện Đại hội". The body's own organization may come between
// ("của Chính phủ", "Trung ương"): capitalized words, a lower-case syllable
// after one, and "của"/"thuộc".
func namedBody(w *wordLists, toks []token.Token, s0, i int) bool {
	// walk back over the organization with one-bit tests; a body's name
	// ends with a lower-case word ("Ban Chỉ đạo", "Tiểu ban"), where two
	// keys are tested (taskBodyEnds) before the lexicon is read
	for j, n := i, 0; j > s0 && n < 4; j, n = j-1, n+1 {
		t := &toks[j-1]
		if t.Kind != token.Word {
			return false
		}
		if t.Upper || ofWord(t) {
			continue // a capitalized word; "của"/"thuộc"
		}
		if j-2 >= s0 && w.taskBodyEnds.Has(token.HashOf(&toks[j-2]), token.HashOf(t)) && endsBefore(w.taskBody, toks, s0, j) {
			// not over an event word: "Tiểu ban Văn kiện Đại hội họp" ends the
			// name with the congress, and "họp" is its verb
			for k := j; k < i; k++ {
				if w.first.kind.HasToken(&toks[k]) {
					if m, ok := w.kind.At(toks, k); ok && m.Value.kind != "" && m.Last <= i {
						return false
					}
				}
			}
			return true
		}
		// the lower-case syllable of a name after "của" or the body ("của
		// Chính phủ", "Ban Chỉ đạo Quốc hội"), not a verb after a person's
		// name ("A dự hội nghị")
		if !(j-3 >= s0 && toks[j-2].Upper && (ofWord(&toks[j-3]) || w.taskBodyLast.HasToken(&toks[j-3]))) {
			return false
		}
	}
	return false
}

// ofWord reports whether t is "của" or "thuộc", which join a body to its organization.
func ofWord(t *token.Token) bool {
	return len(t.Key) <= len(keyThuoc) && (t.Key == keyCua || t.Key == keyThuoc)
}

// tallyOpen reports whether the event word [i, last) is a tally verb
// (class tally) that opens its sentence with only a time after it up to a
// comma: "Tổng kết sáng 19-5, lượng cá chết đã lên đến 80 tấn" (as tallied
// that morning), not a review held.
func tallyOpen(w *wordLists, toks []token.Token, s0, s1, i, last int) bool {
	for j := s0; j < i; j++ {
		if toks[j].Kind != token.Punct {
			return false
		}
	}
	if !w.tally.FirstKeys().HasToken(&toks[i]) {
		return false
	}
	if m, ok := w.tally.At(toks, i); !ok || m.Last != last {
		return false
	}
	num := false
	for j := last; j < s1 && j < last+8; j++ {
		t := &toks[j]
		switch {
		case t.Key == ",":
			return num
		case t.Kind == token.Number:
			num = true
		case t.Key == "/" || t.Key == "-" || t.Key == ".":
		case t.Kind == token.Word && w.tallyTime.has(t.Key):
		default:
			return false
		}
	}
	return false
}

// isRite reports whether kind is a rite's told with its verb (class kindrite).
func (w *wordLists) isRite(kind string) bool { return slices.Contains(w.riteKinds, kind) }

// riteEvent is the first event of a rite's kind, nil if none.
func (w *wordLists) riteEvent(events []*event) *event {
	for _, e := range events {
		if w.isRite(e.m.Kind) {
			return e
		}
	}
	return nil
}

// riteNamed reports whether a ceremony's mention names a rite told with
// its verb ("lễ dâng hương", "buổi lễ dâng hoa"): a word of it after the
// first opens a kindrite phrase.
func riteNamed(w *wordLists, toks []token.Token, mn *mention) bool {
	for j := mn.first + 1; j < mn.last; j++ {
		if w.first.kind.HasToken(&toks[j]) {
			if m, ok := w.kind.At(toks, j); ok && m.Value.rite {
				return true
			}
		}
	}
	return false
}

// coordKind is the kind of an event word coordinated by "và" after the
// mention's, when the mention's kind gives way to it (class coordyield,
// class coordhead): an inspection that goes on to work with a body is a
// working session, as "thăm và làm việc" is ("buổi kiểm tra thực địa và
// làm việc với UBND huyện"). The inspection's object, up to three
// lower-case words, may stand between. "" if none.
func coordKind(w *wordLists, toks []token.Token, mn *mention) string {
	if len(w.coordYield) == 0 || !slices.Contains(w.coordYield, mn.kind) {
		return ""
	}
	j := mn.last
	for n := 0; j < mn.s1 && n < 3 && toks[j].Kind == token.Word && !toks[j].Upper && toks[j].Key != keyVa; n++ {
		j++
	}
	if j+1 >= mn.s1 || toks[j].Key != keyVa || !w.first.kind.HasToken(&toks[j+1]) {
		return ""
	}
	if m, ok := w.kind.At(toks, j+1); ok && slices.Contains(w.coordHead, m.Value.kind) {
		return m.Value.kind
	}
	return ""
}

// partnerAt is the token that names the partner of a session mention
// (class partnered: "làm việc với UBND huyện", "tiếp Đại sứ"): the
// capitalized word right after it, or after the first "với" within six
// words of it, no mark between ("buổi kiểm tra thực địa và làm việc với
// UBND huyện"); -1 if none.
func partnerAt(toks []token.Token, mn *mention) int {
	j := mn.last
	if j < mn.s1 && toks[j].Kind == token.Word && toks[j].Upper {
		return j
	}
	if !(j > mn.first && toks[j-1].Key == keyVoi) {
		for n := 0; j < mn.s1 && n < 6 && toks[j].Kind == token.Word && toks[j].Key != keyVoi; n++ {
			j++
		}
		if j >= mn.s1 || toks[j].Key != keyVoi {
			return -1
		}
		j++
	}
	if j < mn.s1 && toks[j].Kind == token.Word && toks[j].Upper {
		return j
	}
	return -1
}

// otherPartner reports whether a session mention names another partner
// than the event's mentions of its kind do: two working sessions, two
// receptions. The partners differ in one of their first two words.
func otherPartner(w *wordLists, toks []token.Token, e *event, mn *mention) bool {
	if e.m.Kind != mn.kind || !slices.Contains(w.partnered, mn.kind) {
		return false
	}
	p := partnerAt(toks, mn)
	if p < 0 {
		return false
	}
	for i := range e.sents {
		q := partnerAt(toks, &e.sents[i])
		if q < 0 || e.sents[i].kind != mn.kind {
			continue
		}
		for k := 0; k < 2 && p+k < mn.s1 && q+k < e.sents[i].s1; k++ {
			a, b := &toks[p+k], &toks[q+k]
			if a.Kind != token.Word || b.Kind != token.Word {
				break
			}
			if a.Key != b.Key {
				return true
			}
		}
		return false
	}
	return false
}

// upperAfterFirst reports whether a token after the first of [i, j) is capitalized.
func upperAfterFirst(toks []token.Token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].Upper {
			return true
		}
	}
	return false
}

// composes reports whether a review completes kind (class composehead,
// on its folded key): from kindComposes for the kinds of the list, the
// most, where FoldPhrase cost more than the rest of fill.
func (w *wordLists) composes(kind string) bool {
	if c, ok := w.kindComposes[kind]; ok {
		return c
	}
	return w.composeHead.has(token.FoldPhrase(kind))
}

// isYield reports whether kind is a visit's (class yield), which yields
// to the session or talks it holds.
func (w *wordLists) isYield(kind string) bool { return slices.Contains(w.yield, kind) }

// addKind adds an event phrase to w.kind and to the cue table kindsIn
// reads.
func (w *wordLists) addKind(p string, v kindVal) {
	v.task = v.kind != "" && w.taskKinds.has(v.kind)
	if w.kindComposes == nil {
		w.kindComposes = map[string]bool{}
	}
	w.kindComposes[v.kind] = false // (set once the lists are read)
	w.kind.Add(p, v)
	w.cues.add(p, cueKind)
}

// The cues of a token or a sentence: the word lists a phrase of which may
// start there. kindsIn gathers a sentence's cues in its scan, so that a
// later scan of the sentence for one of the lists (futureBefore,
// futureAfter, anyIn) is made only when it may find a phrase.
const (
	cueKind   uint8 = 1 << iota // w.kind
	cueFuture                   // w.future, w.futureAfter
	cueAnchor                   // w.anchor, w.same
	cueMark                     // ")", "[", "]": a paper's code closing a headline ("(QNO) -", bodyStart), image or link chrome ("![", "](http")
	cueRel                      // the phrases of timex.Relative ("hôm nay", "chiều qua")
)

// cueTable maps the low 16 bits of a key's hash to the cues of the
// phrases whose first key has that hash: in the low byte for phrases of
// one word, in the high byte for longer ones, which pairs then checks
// against the first two keys. Like a KeyFilter it may answer "yes" wrongly,
// never "no"; one load tells most tokens apart from all the lists at once.
type cueTable struct {
	first [1 << 16]uint16
	pairs lexicon.PairFilter
}

func newCueTable() *cueTable {
	t := &cueTable{}
	t.first[0] = 0xffff // a token built by hand (Hash zero): maybe anything
	return t
}

// add records the phrase p of the lists cue.
func (c *cueTable) add(p string, cue uint8) {
	pt := token.Tokenize(p)
	switch {
	case len(pt) == 1:
		c.first[uint16(pt[0].Hash)] |= uint16(cue)
	case len(pt) > 1:
		c.first[uint16(pt[0].Hash)] |= uint16(cue) << 8
		c.pairs.Add(pt[0].Hash, pt[1].Hash)
	}
}

// next is the first token from i on that may add a cue: a key that may
// start a one-word phrase of a list, or a longer one whose first two keys
// may be the token's and the next one's (pairs); len(toks) if none.
// kindsIn gets nothing from the tokens between: no cue, no phrase.
func (c *cueTable) next(toks []token.Token, i int) int {
	first := c.first[:]
	_ = first[1<<16-1]
	for k := max(i, 0); k < len(toks); k++ {
		if e := first[uint16(toks[k].Hash)]; e&0xff != 0 ||
			e != 0 && k+1 < len(toks) && c.pairs.Has(token.HashOf(&toks[k]), token.HashOf(&toks[k+1])) {
			return k
		}
	}
	return len(toks)
}

// at is the cues of token i.
func (c *cueTable) at(toks []token.Token, i int) uint8 {
	e := c.first[uint16(toks[i].Hash)]
	if e == 0 {
		return 0
	}
	if e>>8 != 0 && i+1 < len(toks) && c.pairs.Has(token.HashOf(&toks[i]), token.HashOf(&toks[i+1])) {
		e |= e >> 8
	}
	return uint8(e)
}

// kindsIn is w.kind.AppendAll(out, toks): it calls At only where the
// first two words may open an event phrase. It also returns the cues of
// toks: one load at most tokens (cueTable) answers both.
func (w *wordLists) kindsIn(out []lexicon.Match[kindVal], toks []token.Token) ([]lexicon.Match[kindVal], uint8) {
	tab := w.cues
	var cues uint8
	for i := tab.next(toks, 0); i < len(toks); i = tab.next(toks, i+1) {
		// tab.at in line, with the pair checked only for the cues it may
		// add: the event word's always, the others' until the sentence has them
		e := tab.first[uint16(toks[i].Hash)]
		c := uint8(e)
		if uint8(e>>8)&^c&^(cues&^cueKind) != 0 && i+1 < len(toks) && tab.pairs.Has(token.HashOf(&toks[i]), token.HashOf(&toks[i+1])) {
			c |= uint8(e >> 8)
		}
		cues |= c
		if c&cueKind == 0 {
			continue
		}
		if m, ok := w.kind.At(toks, i); ok {
			out = append(out, m)
			for j := i + 1; j < m.Last; j++ {
				cues |= tab.at(toks, j) // the words inside the phrase
			}
			i = m.Last - 1
		}
	}
	return out, cues
}

// isoDay is t.Format("2006-01-02"), without the layout interpreter for
// the years of four digits.
func isoDay(t time.Time) string {
	y, m, d := t.Date()
	if y < 1000 || y > 9999 {
		return t.Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + int(m)/10), byte('0' + int(m)%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// isoDayAdd is isoDay(t.AddDate(years, 0, days)). For a time in UTC of
// the years isoDay writes by hand it counts the days itself (civil
// dates to day numbers and back, in the proleptic Gregorian calendar of
// package time): AddDate and Date cost more than the rest of a short
// article's events.
func isoDayAdd(t time.Time, years, days int) string {
	y, m, d := t.Date()
	if t.Location() != time.UTC || y < 1100 || y > 9000 {
		return isoDay(t.AddDate(years, 0, days))
	}
	// time.Date(y+years, m, d+days) normalizes the day as one count of days
	y, mm, dd := timex.CivilFromDays(timex.DaysFromCivil(y+years, int(m), 1) + d - 1 + days)
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + mm/10), byte('0' + mm%10), '-', byte('0' + dd/10), byte('0' + dd%10)}
	return string(b[:])
}

// dayBounds is isoDay(t), isoDayAdd(t, 0, heldAhead) and isoDayAdd(t,
// -historyYears, 0): for the times isoDayAdd counts itself, three slices
// of one string, with one call to Date (an allocation and a Date cost
// more than the counting).
func dayBounds(t time.Time) (today, lastHeld, history string) {
	y, m, d := t.Date()
	if t.Location() != time.UTC || y < 1100 || y > 9000 {
		return isoDay(t), isoDayAdd(t, 0, heldAhead), isoDayAdd(t, -historyYears, 0)
	}
	var b [30]byte
	putDay(b[0:10], y, int(m), d)
	y1, m1, d1 := timex.CivilFromDays(timex.DaysFromCivil(y, int(m), 1) + d - 1 + heldAhead)
	putDay(b[10:20], y1, m1, d1)
	y2, m2, d2 := timex.CivilFromDays(timex.DaysFromCivil(y-historyYears, int(m), 1) + d - 1)
	putDay(b[20:30], y2, m2, d2)
	s := string(b[:])
	return s[0:10], s[10:20], s[20:30]
}

// putDay writes y-m-d (y of four digits) into b[:10], as isoDay.
func putDay(b []byte, y, m, d int) {
	_ = b[9]
	b[0], b[1], b[2], b[3], b[4] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-'
	b[5], b[6], b[7], b[8], b[9] = byte('0'+m/10), byte('0'+m%10), '-', byte('0'+d/10), byte('0'+d%10)
}

// tokensTo is the first token from i on that ends after byte end (the
// tokens' ends rise): a search from a guess, for the sentence's end. The
// guess takes tpb tokens a byte (16.16 fixed point: the text's own mean,
// tokensPerByte); it lands near the answer, and steps that double from
// there close in on it before a binary search. Any tpb gives the answer.
func tokensTo(toks []token.Token, i, end, tpb int) int {
	if i >= len(toks) || toks[i].End > end {
		return i
	}
	// all tokens in [i, lo) end by end; toks[hi] ends after it, or hi is len(toks)
	lo, hi := i+1, len(toks)
	if g := i + 1 + (end-toks[i].End)*tpb>>16; g < len(toks) && toks[g].End > end {
		hi = g // the answer is g or before: step down
		for step := 1; ; step *= 2 {
			p := hi - step
			if p < lo {
				break
			}
			if toks[p].End <= end {
				lo = p + 1
				break
			}
			hi = p
		}
	} else {
		if g < len(toks) {
			lo = g + 1
		}
		for step := 1; ; step *= 2 { // step up
			p := lo + step - 1
			if p >= hi {
				break
			}
			if toks[p].End > end {
				hi = p
				break
			}
			lo = p + 1
		}
	}
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].End <= end {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// tokensPerByte is the tokens of the text a byte, in 16.16 fixed point
// (tokensTo's guess): a fifth of a token when there are too few to tell.
func tokensPerByte(toks []token.Token) int {
	if len(toks) < 2 || toks[len(toks)-1].End <= toks[0].Start {
		return 1 << 16 / 5
	}
	return min(len(toks)<<16/(toks[len(toks)-1].End-toks[0].Start), 1<<16)
}

// zeroRef is ds, the dates found with reference date ref, when ref is
// zero: they are then the dates found without one; nil otherwise.
func zeroRef(ds []timex.Date, ref time.Time) []timex.Date {
	if ref.IsZero() {
		return ds
	}
	return nil
}

// startsWith reports whether a phrase of l starts at token i.
func startsWith(l *lexicon.Lexicon[bool], toks []token.Token, i int) bool {
	_, ok := l.At(toks, i)
	return ok
}

// spokenAt reports whether the event named by mn is the setting of a
// speech the sentence tells as given: a phrase of class speechat ends
// right before its name ("bài phát biểu tại phiên khai mạc kỳ họp thứ
// 8"), and no future or plan marker stands in the sentence.
func spokenAt(w *wordLists, toks []token.Token, s0, s1 int, mn *mention, cues uint8) bool {
	return endsWithin(w.speechAt, toks, s0, mn.first, 6) && !(cues&cueFuture != 0 && anyIn(w.future, toks, s0, s1))
}
