// Package tasks recognizes the task lists an article sets for the coming
// period and, apart from them, the results it reports for the past one.
//
// Task lists and result summaries share one surface form in Vietnamese
// political news: verb-initial sentences without a subject ("Tiếp tục triển
// khai...", "Tăng cường..."). What tells them apart is the framing that
// scopes them:
//
//   - a speaker's directive ("đồng chí X đề nghị ...", "Thủ tướng yêu cầu
//     ...", "Kết luận này giao ..."): what follows the verb is a task list;
//   - a modal sentence ("Đắk Lắk cần ...", "... phải ..."): the sentence,
//     without its fronted frame and speaker, is a task;
//   - a commitment ("khẳng định sẽ ...", "hứa ...");
//   - a focus frame ("thông qua nhiệm vụ trọng tâm ..., trọng tâm là ...");
//   - a list introduction ("... một số nội dung, nhiệm vụ sau:") that opens
//     a numbered document-style list running to the end of the text;
//   - a demand ("nhiệm vụ ... đòi hỏi Công an tỉnh tiếp tục ...") and an
//     announced list ("nhấn mạnh một số nội dung X cần thực hiện.");
//   - a plan for a coming period without a request verb ("trong năm 2025,
//     <Org> tiếp tục <VP>; <VP>");
//   - a past request that stands: one an official reports under a speech
//     verb ("ông X cho biết, Bộ đã có văn bản yêu cầu Y ..."), or one
//     issued in a numbered document ("tại Công văn số N, UBND tỉnh đã giao
//     Sở X ...");
//   - a past-period frame ("Trong 6 tháng đầu năm 2020, ... đã ...") makes
//     the verb-initial sentences after it results, not tasks.
//
// A request's scope runs past its sentence: a subject-less "Đồng thời đề
// nghị X ..." or "Yêu cầu X ..." goes on with the previous speaker; a
// focus apposition ("yêu cầu X làm Y, trọng tâm là Z; W") stays inside
// the request's item; a photo-credit paragraph ("... Ảnh: X") between two
// paragraphs of a request interrupts nothing; a conditional direction
// ("Nếu ..., xử lý ...") or a new addressee after "Đồng thời" goes on with
// an open list.
//
// Not tasks: a past-period report ("5 năm qua, X đã ..."), whose period
// ("năm qua", "thời gian qua") is never a task period; a copular sentence
// that rates or explains ("Năm 2024 là ..., việc X là rất cần thiết");
// assurances and beliefs ("khẳng định Chính phủ sẽ tiếp tục ...", "tin
// tưởng rằng", "hy vọng"); a request verb in a purpose clause ("để yêu
// cầu ..."); citizens voicing complaints ("cử tri ... nêu ý kiến: ..."),
// figures after "gồm:", an official presiding over an event ("dự và chỉ
// đạo Lễ ..."), a lead that teases a directive the body repeats, a modal
// under a past order ("đã buộc X phải ..."), experts' and former
// officials' opinions, deputies' opinions in a law debate; a habitual
// practice ("thường xuyên chỉ đạo"), a draft's proposals ("dự thảo luật đề
// xuất ..."), a first-person assurance ("Chúng tôi khẳng định sẽ ..."),
// what one was made to do ("đã bị ép giá, phải ..."), a photo caption;
// a request verb used as a noun ("nhiều yêu cầu", "chỉ tiêu Quốc hội giao
// và ..."), a habit ("luôn yêu cầu"), a wish to receive ("mong muốn
// được"), what a numbered document sets out ("Nghị quyết số N giao ..."),
// a regulation's quoted wording ("quy định: “... phải ...”"), a promise
// under a past or time-ago frame, a quotation in a past narrative; an
// interim assignment ("giao đồng chí X điều hành công việc ... cho đến
// khi kiện toàn chức danh ..."); a clause that only introduces the list
// after its colon ("cần làm rõ 5 nội dung: ..."), and a quotation's
// attribution after its closing quote ('” - đồng chí X nêu rõ').
//
// A speech verb's coming-period frame opens a list at its subject
// ("nhấn mạnh: Thời gian tới, <Org> tiếp tục ..."); an evaluation between
// the speech verb and a modal's clause is dropped ("lưu ý đây là ...,
// <Org> cần ..."); within a request, "Đó là <NP> phải <VP>" goes on with
// it; "trân trọng đề nghị" is the speaker's own request wherever it
// stands; in "(giao|đề nghị) X chỉ đạo Y <VP>" the item starts at X.
//
// In a directive's open list (a Công điện, a leader's directions), a
// paragraph opening with an addressee, a title and its organization or an
// organization alone, and its verb ("Chủ tịch Ủy ban nhân dân tỉnh X trực
// tiếp chủ trì ...", "Bộ Y tế chỉ đạo các bệnh viện ...") is one more item,
// starting at the addressee; "<speaker> yêu cầu:" opens such a list. An
// order reported as given ("<Org> (đã|vừa) yêu cầu <body> <VP>") stands; a
// request after a praise clause keeps its speaker ("X ghi nhận ...; đồng
// thời yêu cầu Y ..."); "nhấn mạnh yêu cầu <VP>" is a request; a vow's
// item starts at its subject ("X nguyện đoàn kết ..."). What a report made
// lists ("đã báo cáo những việc cần ..."), a unit's progress with its own
// aim ("đang V, phấn đấu ...") and what a document's dek names are none.
//
// A directive's list goes on past the sentence of its request verb: a
// clause opening with an action verb of the act list ("Lắp đặt camera
// ...", "Bên cạnh đó, báo cáo kết quả ...", "Không được từ chối ..."), a
// plural of organs after a connector ("Mặt khác, các cơ quan chức năng
// ... khẩn trương ..."), a plural of a capitalized organization or of
// facilities ("Các Trung tâm X tiếp nhận ...", "Các cơ sở y tế báo cáo
// ..."), "Bên cạnh đó là"/"Trọng tâm là", a condition and its modal ("Nếu
// X, Y cần Z"); it stops at a narrated past, a noun use of the verb ("Báo
// cáo của X", "Báo cáo X không nêu ..."), a copula ("Tổng hợp X là ...").
// A quotation that opens with an imperative and is closed by a request
// verb or a speech verb of emphasis ('"Tăng cường ...", Bộ trưởng yêu
// cầu.') opens one. "<Org> vừa có công văn (hỏa tốc) yêu cầu X <VP>" is
// the issuer's request ("đã có văn bản yêu cầu" stays narrated); "Trong
// đó, X đã chỉ đạo ..." after a report of past work is an instance of it.
// Edges: "đề nghị thời gian tới cần <V>" starts at the verb; a clause of
// cause (", bởi lẽ ...") ends an item; a modal inside a clause of basis
// (", trên cơ sở X phải ...") is none; "hứa hẹn" (promising) is no promise.
//
// Verb-initial sentences continue the current list until the paragraph
// ends (or, when the next paragraph opens with one, across it) or a
// sentence of another kind appears. Items are split on semicolons and on
// enumeration markers ("(1)", "a)", "-", "Một là"); framing words, list
// markers and the final punctuation are left out of an item.
//
// Cue words live in data/cues.tsv and data/verbs.txt.
package tasks

import (
	"bufio"
	_ "embed"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/timex"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Input is what the recognizer reads.
type Input struct {
	Text      string
	Tokens    []token.Token
	Sentences []schema.Span
	Date      time.Time
}

// cue kinds, a bit set: one phrase may carry several.
type kind uint64

const (
	kDirective kind = 1 << iota
	kSpeech
	kPromise
	kModal
	kNoModal
	kRelHead
	kPast
	kPassive
	kSubject
	kBlock
	kLeadIn
	kFrame
	kFocus
	kListIntro
	kFuture
	kPastFrame
	kEnum
	kNoPrev
	kStatement
	kClause
	kRelQuant
	// kWord marks a compound from data/compounds.txt: not a cue, it only
	// shadows the cues and openers starting at or inside it.
	kWord
	kReceive
	kPurpose
	kPledge
	kTarget
	kTVerb
	kNeg
	kExpert
	kGenre
	kNeed
	kSelf
	kSubord
	kCont
	kSe
	kNext
	kAdditive
	kOpine
	kEvent
	kCitizen
	kVoice
	kHead
	kDemand
	kObjCont
	kFigIntro
	kDirEvent
	kDet
	kCopula
	kStance
	kFrom
	kOrder
	kRelPro
	kFinding
	kNominal
	kOrgan
	kPron
	kAssure
	kDocReq
	kHabit
	kDraft
	kBelief
	kCond
	kDocType
	kNounPrep
)

// auxKinds are the kinds kept in the aux lexicon (see lexicons.aux).
const auxKinds = kDet | kNominal | kPron | kOrgan | kCopula | kRelPro | kFrom |
	kEvent | kHead | kVoice | kObjCont | kFigIntro | kFinding | kOrder | kDirEvent |
	kCond | kDocType | kNounPrep

// kind2 holds the kinds of the second aux lexicon (lexicons.more): words
// that rules test at one position only, beyond the 64 bits of kind.
type kind2 uint32

const (
	// k2Role: a title heading an addressee ("Chủ tịch", "Bộ trưởng")
	k2Role kind2 = 1 << iota
	// k2Org: a word opening an organization's name ("Ủy ban", "UBND")
	k2Org
	// k2Praise: a verb of praise or acknowledgement ("ghi nhận", "hoan nghênh")
	k2Praise
	// k2Down: a request verb that sets a task downward ("yêu cầu", "chỉ đạo")
	k2Down
	// k2Vow: a vow ("nguyện"), whose item starts at its subject
	k2Vow
	// k2Report: a verb of reporting ("báo cáo"), whose object is no task
	k2Report
	// k2Issue: a verb of issuing a document ("có", "ban hành")
	k2Issue
	// k2Surname: a family name ("Nguyễn"), opening a person's name
	k2Surname
	// k2NotName: a place name that opens with a family name ("Hồ Chí Minh")
	k2NotName
	// k2PassReq: a passive request ("được yêu cầu"), its subject the addressee
	k2PassReq
	// k2Advise: a speech verb of emphasis or advice ("nêu rõ", "lưu ý")
	// that, before a verb of continuing effort, makes the speech a request
	k2Advise
	// k2Cause: a connector opening a clause of cause ("bởi lẽ") that,
	// after a comma, ends an item: the reason is no part of the task
	k2Cause
	// k2Basis: a preposition of basis ("trên cơ sở") opening an adverbial
	// clause: a modal inside it describes the procedure, no task
	k2Basis
	// k2TaskNoun: a noun of tasks ("nhiệm vụ", "giải pháp") that, after a
	// quantifier ending a speaker's sentence ("nhấn mạnh một số nhiệm vụ
	// trọng tâm."), announces the list that follows
	k2TaskNoun
	// k2Act: an action verb ("lắp đặt", "báo cáo") that, opening a clause
	// in a directive's open list, is a bare imperative going on with it
	k2Act
	// k2Remit: an adjunct of remit ("theo chức năng, nhiệm vụ được giao")
	// that may stand between an addressee and its verb
	k2Remit
	// k2Degree: a degree adverb opening an adjective's predicate ("là rất
	// cao"): no action follows it
	k2Degree
	// k2Caution: a speech verb of caution ("lưu ý") whose complement, a
	// bare verb phrase, is what the listener must do
	k2Caution
	// k2Contrast: a contrastive lead-in ("Tuy nhiên"): the clause after
	// it opposes the one before, and does not go on with its list by a
	// subject and verb of its own
	k2Contrast
	// k2Cand: a person a rule binds as a candidate ("thí sinh", "ứng
	// viên") or a post filled by a contest ("chức danh"): as a modal's
	// subject, the sentence states the rule's condition, not a task
	k2Cand
	// k2Outcome: a connector of result ("qua đó") that, opening the part
	// after a ";", ends the list: what follows is the outcome of the tasks
	// before it, no task of its own
	k2Outcome
	// k2Carry: a verb of carrying out a direction ("thực hiện", "triển
	// khai") that, before a noun of direction and a comma, opens a
	// fronted frame of the clause after it (frontedReport)
	k2Carry
	// k2Guide: a noun of direction ("ý kiến", "chủ trương", "kết luận")
	// carried out by a k2Carry verb
	k2Guide
	// k2Law: a legal instrument ("luật", "nghị định", "dự thảo") that,
	// after "Theo" opening a clause, frames what the rule requires
	// (lawFrame)
	k2Law
	// k2Motion: a verb of proposing ("đề nghị", "kiến nghị") that, before
	// a court or a step of a criminal case (k2Court), moves in the case
	k2Motion
	// k2Court: a court addressed ("tòa", "HĐXX") or a step of a case
	// ("truy tố", "tuyên phạt", "mức án") after a k2Motion verb
	k2Court
)

// dkind holds the kinds of the duties and anchors lexicons, apart from
// kind2: words that only a body's duties and the state-actor gate read.
type dkind uint8

const (
	// dBody: a body set up for a purpose ("Ban chỉ đạo", "Tổ công tác")
	// whose duties ("có nhiệm vụ ...") are its task list
	dBody dkind = 1 << iota
	// dDuty: a phrase giving a body's duties ("có nhiệm vụ", "có trách
	// nhiệm"); what follows is its first task
	dDuty
	// dAnchor: a Party or state actor ("Chính phủ", "UBND", "cấp ủy"),
	// dAnchorUp one when capitalized ("Bộ", "Sở"): a text naming none
	// sets no task (a match report, a horoscope)
	dAnchor
	dAnchorUp
	// dLeader: a leader's title ("Thủ tướng", "Bí thư") whose opinion on
	// what to do ("cho rằng cần ...") is a direction; kept with the anchors
	dLeader
	// dNotAnchor: a name that holds an anchor word and names no actor
	// ("Tây Ban Nha"): the anchor inside it does not count
	dNotAnchor
)

var dkindNames = map[string]dkind{"body": dBody, "duty": dDuty, "anchor": dAnchor, "anchorup": dAnchorUp, "leader": dLeader, "notanchor": dNotAnchor}

// frameKinds are the kinds kept in the frames lexicon (see lexicons.frames).
const frameKinds = k2Carry | k2Guide | k2Law | k2Motion | k2Court

var kind2Names = map[string]kind2{"role": k2Role, "org": k2Org, "praise": k2Praise, "down": k2Down, "vow": k2Vow, "report": k2Report, "issue": k2Issue, "surname": k2Surname, "notname": k2NotName, "passreq": k2PassReq, "advise": k2Advise, "act": k2Act, "cause": k2Cause, "basis": k2Basis, "tasknoun": k2TaskNoun, "remit": k2Remit, "degree": k2Degree, "caution": k2Caution, "outcome": k2Outcome, "carry": k2Carry, "guide": k2Guide, "law": k2Law, "motion": k2Motion, "court": k2Court, "candidate": k2Cand, "contrast": k2Contrast}

var kindNames = map[string]kind{
	"directive": kDirective, "speech": kSpeech, "promise": kPromise, "modal": kModal,
	"nomodal": kNoModal, "relhead": kRelHead, "past": kPast, "passive": kPassive,
	"subject": kSubject, "block": kBlock, "leadin": kLeadIn, "frame": kFrame,
	"focus": kFocus, "listintro": kListIntro, "future": kFuture, "pastframe": kPastFrame,
	"enum": kEnum, "noprev": kNoPrev,
	"statement": kStatement, "clause": kClause, "relquant": kRelQuant,
	"receive": kReceive, "purpose": kPurpose, "pledge": kPledge, "target": kTarget,
	"tverb": kTVerb, "neg": kNeg,
	"expert": kExpert, "genre": kGenre, "need": kNeed, "self": kSelf, "subord": kSubord,
	"cont": kCont, "se": kSe, "next": kNext, "additive": kAdditive, "opine": kOpine,
	"event": kEvent, "citizen": kCitizen, "voice": kVoice, "head": kHead, "demand": kDemand,
	"objcont": kObjCont, "figintro": kFigIntro, "direvent": kDirEvent, "det": kDet, "copula": kCopula, "stance": kStance, "from": kFrom, "order": kOrder, "relpro": kRelPro, "finding": kFinding, "nominal": kNominal, "organ": kOrgan, "pron": kPron, "assure": kAssure,
	"docreq": kDocReq, "habit": kHabit, "draft": kDraft, "belief": kBelief, "cond": kCond, "doctype": kDocType, "nounprep": kNounPrep,
}

//go:embed data/cues.tsv
var cuesTSV string

//go:embed data/verbs.txt
var verbsTXT string

//go:embed data/compounds.txt
var compoundsTXT string

type lexicons struct {
	cues *lexicon.Lexicon[kind]
	// aux holds the cues of auxKinds: frequent words ("các", "từ", "ông")
	// that rules only test at one position, so the index pass over every
	// token does not look them up
	aux *lexicon.Lexicon[kind]
	// auxFirst holds the first token keys of the aux cues
	auxFirst keyBits
	// more holds the cues of the kind2 kinds, moreFirst their first keys
	more      *lexicon.Lexicon[kind2]
	moreFirst keyBits
	// frames holds the kinds of frameKinds, apart from more: words that
	// three rules read at one position each (frontedReport, lawFrame,
	// courtMotion); many are frequent ("bộ", "công", "đề"), and in more's
	// first-key filter they would let every other more lookup through
	// more often
	frames      *lexicon.Lexicon[kind2]
	framesFirst keyBits
	// duties holds the body and duty phrases (dBody, dDuty), apart
	// from more: "Ban chỉ đạo" would hide the org "Ban", "có nhiệm vụ"
	// the issue verb "có"
	duties      *lexicon.Lexicon[dkind]
	dutiesFirst keyBits
	// anchors holds the Party and state actors (dAnchor, dAnchorUp),
	// anchorFirst their first keys
	anchors     *lexicon.Lexicon[dkind]
	anchorFirst keyBits
	// causeFirst holds the first keys of the cause cues (k2Cause), tested
	// after every comma of an item
	causeFirst keyBits
	verbs      *lexicon.Lexicon[bool]
	// timePrep holds the time prepositions before a frame's period
	// ("trong", "từ nay đến"): frequent words, in a lexicon of their own
	// that only framePrep consults
	timePrep *lexicon.Lexicon[bool]
	// periodHead holds the words a period phrase of timex may open with
	periodHead lexicon.KeyFilter
	// per kind, the longest phrase length in tokens (for looking back)
	maxLen int
	// first holds the first token keys of every cue, verb and compound
	first keyBits
	// both holds every cue, verb and compound phrase with the longest cue
	// and the longest verb phrase that start it: the longest phrase of
	// either list matching at a token holds both lists' longest matches
	// there as prefixes, so the index pass walks one trie, not two
	both *ptrie
	// roots maps a key hash to the trie's child of the root for it, so
	// the index pass takes the first step without probing the trie, and
	// no step for a leaf (a one-token phrase that no longer one starts)
	roots *[rootSlots]rootSlot
	// kids maps a child of roots and a key hash to the child's child for
	// the key: the second step, without probing the trie
	kids *[kidSlots]kidSlot
	// vals holds the values of both's nodes (pnode.val) by node, densely:
	// the index pass reads one for every phrase it finds
	vals []prefixes
	// single holds the keys of the one-token phrases of both, pairs the
	// first two keys of the longer ones: a token that starts neither
	// kind is not looked up
	single keyBits
	pairs  lexicon.PairFilter
	// heads holds, by the low 16 bits of a key hash, headFirst for the
	// keys of first, headSingle for those of single, headSpecial for the
	// keys the index pass lists ('"', "ảnh", "tại") and 0 (a token built by
	// hand): one load and test per token for the index pass
	heads [1 << 16]uint8
}

const (
	headFirst uint8 = 1 << iota
	headSingle
	headSpecial
)

// prefixes are the longest cue and verb phrase starting a phrase of
// lexicons.both, in tokens (0: none).
type prefixes struct {
	cueVal  kind
	cuePre  kind // the kinds of every cue starting the phrase
	cueLen  int32
	verbLen int32
	verbVal bool
	// plain: the cue is no compound word, the verb phrase (if any) no
	// compound, and no cue but a compound starts the phrase only when
	// none does: the index pass needs no shadow bookkeeping
	plain bool
}

// addFirst puts the key of a phrase's first token in f.
func addFirst(f *keyBits, phrase string) {
	if toks := token.Tokenize(phrase); len(toks) > 0 {
		f.add(token.HashOf(&toks[0]))
	}
}

var lex = sync.OnceValue(func() *lexicons {
	l := &lexicons{cues: lexicon.New[kind](), aux: lexicon.New[kind](), verbs: lexicon.New[bool](), more: lexicon.New[kind2](), frames: lexicon.New[kind2](), duties: lexicon.New[dkind](), anchors: lexicon.New[dkind](), timePrep: lexicon.New[bool]()}
	sc := bufio.NewScanner(strings.NewReader(cuesTSV))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		phrase, name, ok := strings.Cut(line, "\t")
		if ok && strings.TrimSpace(name) == "timeprep" {
			l.timePrep.Add(phrase, true)
			continue
		}
		if ok && strings.TrimSpace(name) == "periodhead" {
			l.periodHead.Add(foldedKey(phrase))
			continue
		}
		if k2, ok2 := dkindNames[strings.TrimSpace(name)]; ok && ok2 && k2&(dAnchor|dAnchorUp|dLeader|dNotAnchor) != 0 {
			old, _ := l.anchors.Lookup(phrase)
			l.anchors.Add(phrase, old|k2)
			addFirst(&l.anchorFirst, phrase)
			continue
		}
		if k2, ok2 := dkindNames[strings.TrimSpace(name)]; ok && ok2 && k2&(dBody|dDuty) != 0 {
			old, _ := l.duties.Lookup(phrase)
			l.duties.Add(phrase, old|k2)
			addFirst(&l.dutiesFirst, phrase)
			continue
		}
		if k2, ok2 := kind2Names[strings.TrimSpace(name)]; ok && ok2 && k2&frameKinds != 0 {
			old, _ := l.frames.Lookup(phrase)
			l.frames.Add(phrase, old|k2)
			addFirst(&l.framesFirst, phrase)
			continue
		}
		if k2, ok2 := kind2Names[strings.TrimSpace(name)]; ok && ok2 {
			old, _ := l.more.Lookup(phrase)
			l.more.Add(phrase, old|k2)
			addFirst(&l.moreFirst, phrase)
			if k2 == k2Cause {
				addFirst(&l.causeFirst, phrase)
			}
			continue
		}
		k, known := kindNames[strings.TrimSpace(name)]
		if !ok || !known {
			continue
		}
		if k&auxKinds != 0 {
			old, _ := l.aux.Lookup(phrase)
			l.aux.Add(phrase, old|k)
			addFirst(&l.auxFirst, phrase)
			continue
		}
		old, _ := l.cues.Lookup(phrase)
		l.cues.Add(phrase, old|k)
		addFirst(&l.first, phrase)
		if n := len(token.Tokenize(phrase)); n > l.maxLen {
			l.maxLen = n
		}
	}
	sc = bufio.NewScanner(strings.NewReader(verbsTXT))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		l.verbs.Add(line, true)
		addFirst(&l.first, line)
	}
	sc = bufio.NewScanner(strings.NewReader(compoundsTXT))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, ok := l.cues.Lookup(line); !ok {
			l.cues.Add(line, kWord)
		}
		if _, ok := l.verbs.Lookup(line); !ok {
			l.verbs.Add(line, false)
		}
		addFirst(&l.first, line)
	}
	l.first.add(hashQuote) // the index pass lists the quotes it meets
	l.first.add(hashAnh)   // and the words "ảnh" (photo credits)
	l.first.add(hashTai)   // and the words "tại" (occasions, occasionAt)
	l.first.add(hashBi)    // and the words "bị" (caseReport)
	l.first.add(hashSemi)  // and the semicolons (semiRequest)
	l.first.add(hashColon) // and the colons (colonIntro)
	l.first.add(0)         // and hashes the keys of tokens built by hand
	l.both = newPtrie()
	for _, src := range []string{cuesTSV, verbsTXT, compoundsTXT} {
		sc = bufio.NewScanner(strings.NewReader(src))
		for sc.Scan() {
			line := strings.TrimSpace(sc.Text())
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			phrase, name, tab := strings.Cut(line, "\t")
			if tab {
				if k, known := kindNames[strings.TrimSpace(name)]; !known || k&auxKinds != 0 {
					continue
				}
			}
			toks := token.Tokenize(phrase)
			var p prefixes
			if m, ok := l.cues.At(toks, 0); ok {
				p.cueVal, p.cueLen = m.Value, int32(m.Last)
			}
			for n := 1; n <= len(toks); n++ {
				if m, ok := l.cues.At(toks[:n], 0); ok {
					p.cuePre |= m.Value
				}
			}
			if m, ok := l.verbs.At(toks, 0); ok {
				p.verbVal, p.verbLen = m.Value, int32(m.Last)
			}
			if p.cueLen > 0 || p.verbLen > 0 {
				p.plain = p.cueVal&kWord == 0 && (p.verbLen == 0 || p.verbVal)
				l.both.add(toks, p)
				if len(toks) == 1 {
					l.single.add(token.HashOf(&toks[0]))
				} else {
					l.pairs.Add(token.HashOf(&toks[0]), token.HashOf(&toks[1]))
				}
			}
		}
	}
	// heads: the first keys, the one-token phrases and the keys listed
	// (see headFirst), by the low 16 bits of their hashes
	for h := range 1 << 16 {
		if l.first.has(uint32(h)) {
			l.heads[h] |= headFirst
		}
		if l.single.has(uint32(h)) {
			l.heads[h] |= headSingle
		}
	}
	for _, h := range []uint32{hashQuote, hashAnh, hashTai, hashBi, hashSemi, hashColon, 0} {
		l.heads[uint16(h)] |= headSpecial
	}
	l.roots = l.both.rootTable()
	l.kids = l.both.kidTable()
	l.vals = make([]prefixes, len(l.both.nodes))
	for n := range l.both.nodes {
		l.vals[n] = l.both.nodes[n].val
	}
	return l
})

// phraseTables is false only in tests, which compare the index pass's
// lookups through lexicons.roots and lexicons.kids with both.at's walk.
var phraseTables = true

// doc is one article being read.
type doc struct {
	text string
	toks []token.Token
	lx   *lexicons
	// sents are the sentences' token ranges; per holds the periods of
	// each, computed on first use
	sents []sentence
	per   []perSent
	date  time.Time
	// sentAt is the sentence the index pass gathers the kinds of, cur
	// its range and the kinds so far (see sentCue)
	sentAt int
	cur    sentence
	// cue and verb matches starting at each token, computed once
	ix []cell
	// chain holds a bit per token (token i: bit i&63 of word i>>6), set
	// at a token that starts a cue other than a compound word, or one
	// that a shorter cue of another kind starts, and at len(toks) (the
	// end): loops looking for a cue hop along it (nextCue)
	chain []uint64
	// quotes lists the tokens keyed '"' (straight and typographic
	// double quotes), in order
	quotes []int32
	// anh lists the tokens keyed "ảnh", in order
	anh []int32
	// tai lists the tokens keyed "tại", in order
	tai []int32
	// bi lists the tokens keyed "bị", in order (caseReport)
	bi []int32
	// semis and colons list the tokens keyed ";" and ":", in order
	// (semiRequest, colonIntro)
	semis  []int32
	colons []int32
	// kinds holds the kinds of the cues starting in the sentence being
	// read (all kinds when none is being read): rules whose cue is absent
	// skip their scan
	kinds kind
	// pre[i] holds, at each token of the cue chain (see next), the kinds
	// of every cue starting there, the longest and the shorter ones
	// (prefixes.cuePre); other entries are stale
	pre []kind
	// sentPre holds the pre kinds of the cues starting in the sentence
	// [sentA, sentB) being read (all kinds, and an empty range, when none
	// is being read): no cue of another kind starts anywhere inside it,
	// whatever its end (see findKind)
	sentPre      kind
	sentA, sentB int
	// docPre holds the pre kinds of every cue in the text
	docPre kind
	// shadow is the index pass's end of the last compound word: tokens
	// before it start no cue
	shadow int
	// opinion is set for a seminar, forum or interview article, where a
	// bare modal sentence is a participant's opinion, not a task
	opinion bool
}

// cell holds the index's matches starting at one token.
type cell struct {
	last int32 // end of the cue starting here, 0 if none
	verb int32 // end of the verb phrase starting here, 0 if none
	val  kind  // the cue's kinds (0 if none)
}

// scratch holds the index slices of an article, recycled through
// scratchPool when it is done.
type scratch struct {
	anh    []int32
	tai    []int32
	bi     []int32
	semis  []int32
	colons []int32
	ix     []cell
	chain  []uint64
	pre    []kind
	quotes []int32
	sents  []sentence
	per    []perSent
}

// perSent holds timex's periods for one sentence, once computed.
type perSent struct {
	ps   []timex.Period
	done bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// index computes the matches at every token in one pass. It reports
// false when a token does not point into the text.
func (d *doc) index() bool {
	n := len(d.toks)
	d.ix = slices.Grow(d.ix[:0], n)[:n]
	clear(d.ix)
	nw := n>>6 + 1
	d.chain = slices.Grow(d.chain[:0], nw)[:nw]
	clear(d.chain)
	d.chain[n>>6] = 1 << (uint(n) & 63) // the end: a sentinel
	d.pre = slices.Grow(d.pre[:0], n)[:n]
	d.shadow = 0
	d.sentAt, d.cur = 0, sentence{} // (an empty range: nextSent opens the first)
	toks := d.toks
	size := uint(len(d.text))
	// (the loop keeps few values across tokens: most tokens take only
	// its first lines; the others reload what they need from d, but for
	// the lexicons, kept in a local since the compiler keeps it at hand)
	lx := d.lx
	heads := &lx.heads
	for i := range toks {
		t := &toks[i]
		if uint(t.End) > size || uint(t.Start) > uint(t.End) {
			return false
		}
		h := t.Hash
		f := heads[uint16(h)]
		if f == 0 {
			continue // no cue, verb or compound starts here, nor a quote
		}
		if f&headSpecial != 0 {
			// (heads marks hash 0 special too: a token built by hand, its
			// key hashed here; no other token has hash 0)
			if h == 0 {
				if h = token.KeyHash(t.Key); heads[uint16(h)] == 0 {
					continue
				}
				f = heads[uint16(h)]
			}
			if h == hashQuote && t.Key == `"` {
				d.quotes = append(d.quotes, int32(i))
			} else if h == hashAnh && t.Key == keyAnh {
				d.anh = append(d.anh, int32(i))
			} else if h == hashTai && t.Key == keyTai {
				d.tai = append(d.tai, int32(i))
			} else if h == hashBi && t.Key == keyBi {
				d.bi = append(d.bi, int32(i))
			} else if h == hashSemi && t.Key == ";" {
				d.semis = append(d.semis, int32(i))
			} else if h == hashColon && t.Key == ":" {
				d.colons = append(d.colons, int32(i))
			}
		}
		if f&headSingle == 0 && (i+1 == n || toks[i+1].LineBefore ||
			!lx.pairs.Has(h, token.HashOf(&toks[i+1]))) {
			continue // nor does a phrase of two tokens or more
		}
		// the longest phrase of both at token i (both.at), its first two
		// steps taken in the tables of the root's children and grandchildren
		var bn uint32
		if rt := &lx.roots[h&(rootSlots-1)]; rt.h == h && rt.node != 0 && keyEq(t.Key, rt.key, rt.w0, rt.w1) && phraseTables {
			if bn = rt.node; !rt.leaf { // (a leaf ends a phrase, and the walk)
				if !rt.ok {
					bn = 0
				}
				if i+1 < n && !toks[i+1].LineBefore {
					t2 := &toks[i+1]
					h2 := token.HashOf(t2)
					ks := &lx.kids[kidSlotOf(rt.node, h2)]
					switch {
					case ks.contested:
						bn = lx.both.from(toks, i+1, rt.node, bn)
					case ks.node != 0 && ks.parent == rt.node && ks.h == h2 && keyEq(t2.Key, ks.key, ks.w0, ks.w1):
						if ks.ok {
							bn = ks.node
						}
						if !ks.leaf {
							bn = lx.both.from(toks, i+2, ks.node, bn)
						}
					}
				}
			}
		} else {
			bn = lx.both.at(toks, i, h)
		}
		if bn == 0 {
			continue // no cue, verb or compound starts here
		}
		bv := &lx.vals[bn]
		if bv.plain && i >= d.shadow {
			// no compound word: the matches stand as they are
			c := &d.ix[i]
			if bv.cueLen > 0 {
				c.last = int32(i) + bv.cueLen
				c.val = bv.cueVal
				if bv.cuePre&^kWord != 0 {
					d.pre[i] = bv.cuePre
					d.docPre |= bv.cuePre
					d.chain[i>>6] |= 1 << (uint(i) & 63)
					// (sentCue, written out: the call is not inlined)
					if i >= d.cur.b {
						d.nextSent(i)
					}
					if i >= d.cur.a {
						d.cur.kinds |= bv.cueVal
						d.cur.pre |= bv.cuePre
					}
				}
			}
			if bv.verbLen > 0 {
				c.verb = int32(i) + bv.verbLen
			}
			continue
		}
		var cm lexicon.Match[kind]
		var vm lexicon.Match[bool]
		cok, vok := bv.cueLen > 0, bv.verbLen > 0
		if cok {
			cm.Last, cm.Value = i+int(bv.cueLen), bv.cueVal
		}
		if vok {
			vm.Last, vm.Value = i+int(bv.verbLen), bv.verbVal
		}
		// a compound needs lower-case syllables after its first: in "giao
		// Ban Tổ chức" a name starts, and the shorter cue stands
		if cok && cm.Value&kWord != 0 {
			if k := d.upperIn(i+1, cm.Last); k > 0 {
				cm, cok = lx.cues.At(toks[:k], i)
			}
		}
		if vok && !vm.Value {
			if k := d.upperIn(i+1, vm.Last); k > 0 {
				vm, vok = lx.verbs.At(toks[:k], i)
			}
		}
		if i < d.shadow {
			continue // a syllable inside a compound starts no cue
		}
		if cok && cm.Value&kWord != 0 {
			d.shadow = cm.Last
		}
		if vok && !vm.Value && vm.Last > d.shadow {
			d.shadow = vm.Last
		}
		if cok {
			d.ix[i].last = int32(cm.Last)
			d.ix[i].val = cm.Value
			if bv.cuePre&^kWord != 0 {
				d.pre[i] = bv.cuePre
				d.docPre |= bv.cuePre
				d.chain[i>>6] |= 1 << (uint(i) & 63)
				d.sentCue(i, cm.Value, bv.cuePre)
			}
		}
		if vok && vm.Value {
			d.ix[i].verb = int32(vm.Last)
		}
	}
	d.nextSent(n) // (stores the last sentence's kinds)
	return true
}

// nextCue returns the first token at or after i where a cue may start
// (see doc.chain), or len(d.toks). It is inlined: the next cue is most
// often in the same word of the bit set, and the end's sentinel bit stops
// the loop.
func (d *doc) nextCue(i int) int {
	i = min(max(i, 0), len(d.toks))
	w := i >> 6
	m := d.chain[w] >> (uint(i) & 63)
	for m == 0 {
		w++
		i = w << 6
		m = d.chain[w]
	}
	return i + bits.TrailingZeros64(m)
}

// lacks reports, from the index alone, that no cue of kind k starts at
// token j and ends by e: is(j, e, k) is false. It is inlined in the loops
// hopping along the cue chain.
func (d *doc) lacks(j, e int, k kind) bool {
	if uint(j) >= uint(len(d.ix)) {
		return false
	}
	c := &d.ix[j]
	return c.val&k == 0 && int(c.last) <= e
}

// upperIn returns the first capitalized token in [a, b), or 0.
func (d *doc) upperIn(a, b int) int {
	for k := a; k < b; k++ {
		if d.toks[k].Upper {
			return k
		}
	}
	return 0
}

// at returns the end and the kinds of the cue starting at token i and
// ending no later than token b.
func (d *doc) at(i, b int) (int, kind, bool) {
	if i < 0 || i >= b {
		return 0, 0, false
	}
	if d.ix != nil {
		l := int(d.ix[i].last)
		if l == 0 {
			return 0, 0, false
		}
		if l <= b {
			return l, d.ix[i].val, true
		}
	}
	m, ok := d.lx.cues.At(d.toks[:b], i)
	return m.Last, m.Value, ok
}

// noCue reports, from the index, that no cue of any kind starts at token
// i: then is(i, b, k) is false for every b and k, and a loop looking for a
// cue can move on without calling it.
func (d *doc) noCue(i int) bool { return uint(i) < uint(len(d.ix)) && d.ix[i].last == 0 }

// is reports whether a cue of kind k starts at token i (within [.., b)).
// The index answers most calls. It is too big to be inlined (its call of
// isSlow costs the inliner most of its budget): loops over many tokens
// test lacks, which is inlined, before calling it.
func (d *doc) is(i, b int, k kind) (int, bool) {
	// a cell with no cue has no kinds: val&k != 0 implies last > 0
	if uint(i) < uint(len(d.ix)) && i < b {
		if c := &d.ix[i]; int(c.last) <= b {
			if c.val&k == 0 {
				return i, false
			}
			return int(c.last), true
		}
	}
	return d.isSlow(i, b, k)
}

// isSlow is is for a cue that runs past b, or without the index.
func (d *doc) isSlow(i, b int, k kind) (int, bool) {
	last, v, ok := d.at(i, b)
	if ok && v&k != 0 {
		return last, true
	}
	return i, false
}

// endsAt reports whether a cue of kind k ends exactly at token e (exclusive), starting at or after lo.
func (d *doc) endsAt(lo, e int, k kind) bool {
	if d.absent(lo, e, k) {
		return false
	}
	// (only a token of the chain starts a cue: hop along it)
	for s := d.nextCue(max(lo, e-d.lx.maxLen)); s < e; s = d.nextCue(s + 1) {
		if d.lacks(s, e, k) {
			continue
		}
		if last, ok := d.is(s, e, k); ok && last == e {
			return true
		}
	}
	return false
}

func (d *doc) key(i int) string { return d.toks[i].Key }

// keyIs reports token i keyed key, whose hash is h: the hashes differ for
// most tokens, and the keys are compared only when they agree.
func (d *doc) keyIs(i int, key string, h uint32) bool {
	t := &d.toks[i]
	return token.HashOf(t) == h && t.Key == key
}

// auxIs reports whether an aux cue of kind k starts at token i and ends
// no later than token b, and returns its end.
func (d *doc) auxIs(i, b int, k kind) (int, bool) {
	if i < 0 || i >= b || b > len(d.toks) || !d.lx.auxFirst.has(token.HashOf(&d.toks[i])) {
		return i, false
	}
	m, ok := d.lx.aux.At(d.toks[:b], i)
	if ok && m.Value&k != 0 {
		return m.Last, true
	}
	return i, false
}

// moreIs reports whether a cue of kind2 k starts at token i and ends no
// later than token b, and returns its end.
// frameIs is moreIs for the kinds of the frames lexicon (frameKinds).
func (d *doc) frameIs(i, b int, k kind2) (int, bool) {
	if i < 0 || i >= b || b > len(d.toks) || !d.lx.framesFirst.has(token.HashOf(&d.toks[i])) {
		return i, false
	}
	m, ok := d.lx.frames.At(d.toks[:b], i)
	if ok && m.Value&k != 0 {
		return m.Last, true
	}
	return i, false
}

func (d *doc) moreIs(i, b int, k kind2) (int, bool) {
	if i < 0 || i >= b || b > len(d.toks) || !d.lx.moreFirst.has(token.HashOf(&d.toks[i])) {
		return i, false
	}
	m, ok := d.lx.more.At(d.toks[:b], i)
	if ok && m.Value&k != 0 {
		return m.Last, true
	}
	return i, false
}

// auxMay reports that an aux cue may start at token i (0 <= i <
// len(d.toks)): auxIs's first test, inlined for loops over many tokens
// (when it fails, so does auxIs).
func (d *doc) auxMay(i int) bool {
	return d.lx.auxFirst.has(token.HashOf(&d.toks[i]))
}

// auxAt reports an aux cue of kind k starting at token i.
func (d *doc) auxAt(i, b int, k kind) bool {
	_, ok := d.auxIs(i, b, k)
	return ok
}

// auxEndsAt reports whether an aux cue of kind k ends exactly at token e,
// starting at or after lo.
func (d *doc) auxEndsAt(lo, e int, k kind) bool {
	for s := e - 1; s >= lo && s >= e-d.lx.maxLen; s-- {
		if last, ok := d.auxIs(s, e, k); ok && last == e {
			return true
		}
	}
	return false
}

func (d *doc) isPunct(i int, p string) bool {
	return d.toks[i].Kind == token.Punct && d.toks[i].Key == p
}

// sentence is one sentence's token range, with its paragraph index.
type sentence struct {
	a, b int // tokens [a, b)
	para int
	// kinds and pre are the kinds (ix.val) and the pre kinds (doc.pre)
	// of the cues of the chain starting in the sentence
	kinds, pre kind
}

// sentCue adds the kinds val and the pre kinds pre of the cue of the
// chain at token i to the sentence holding it, if any (see
// sentence.kinds): the index pass calls it at each token of the chain, in
// order, and gathers a sentence's kinds before it stores them (nextSent).
func (d *doc) sentCue(i int, val, pre kind) {
	if i >= d.cur.b {
		d.nextSent(i)
	}
	if i >= d.cur.a {
		d.cur.kinds |= val // (no compound's kWord: no rule asks for it)
		d.cur.pre |= pre
	}
}

// nextSent stores the kinds gathered for the sentence d.sentAt, then makes
// the sentence holding token i, or the first after it, the one gathered
// (an empty range past the end when there is none).
func (d *doc) nextSent(i int) {
	ss, k := d.sents, d.sentAt
	if k < len(ss) {
		ss[k].kinds, ss[k].pre = d.cur.kinds, d.cur.pre
	}
	for k < len(ss) && i >= ss[k].b {
		k++
	}
	d.sentAt = k
	if k < len(ss) {
		d.cur = sentence{a: ss[k].a, b: ss[k].b}
	} else {
		d.cur = sentence{a: math.MaxInt, b: math.MaxInt}
	}
}

// reading makes s the sentence being read (see doc.kinds, doc.sentPre).
func (d *doc) reading(s *sentence) {
	d.kinds, d.sentPre, d.sentA, d.sentB = s.kinds, s.pre, s.a, s.b
}

// readingNone ends reading a sentence.
func (d *doc) readingNone() {
	d.kinds, d.sentPre, d.sentA, d.sentB = ^kind(0), ^kind(0), 0, -1
}

// Find returns the task lists and the result lists.
func Find(in Input) (tasks, results []schema.TaskList) {
	if len(in.Text) == 0 {
		return nil, nil
	}
	toks := in.Tokens
	if toks == nil {
		toks = token.Tokenize(in.Text)
	}
	sents := in.Sentences
	if sents == nil {
		sents = segment.Sentences(in.Text)
	}
	d := &doc{text: in.Text, toks: toks, lx: lex(), date: in.Date, kinds: ^kind(0), sentPre: ^kind(0), sentB: -1}
	sc := scratchPool.Get().(*scratch)
	d.ix, d.chain, d.pre, d.sents, d.quotes, d.anh, d.tai, d.bi = sc.ix, sc.chain, sc.pre, sc.sents, sc.quotes[:0], sc.anh[:0], sc.tai[:0], sc.bi[:0]
	d.semis, d.colons = sc.semis[:0], sc.colons[:0]
	defer func() {
		clear(d.per) // drop the periods' strings
		sc.ix, sc.chain, sc.pre, sc.sents, sc.per, sc.quotes, sc.anh, sc.tai, sc.bi = d.ix[:0], d.chain[:0], d.pre[:0], d.sents[:0], d.per[:0], d.quotes[:0], d.anh[:0], d.tai[:0], d.bi[:0]
		sc.semis, sc.colons = d.semis[:0], d.colons[:0]
		scratchPool.Put(sc)
	}()
	d.per = sc.per
	if !d.stateDoc() {
		return nil, nil // no Party or state actor: a match report, a horoscope
	}
	ss := d.sentences(sents)
	d.sents = ss
	// (the index pass fills the sentences' kinds, see sentCue)
	if !d.index() {
		return nil, nil // a token points outside the text
	}
	r := &reader{d: d}
	d.per = slices.Grow(d.per[:0], len(ss))[:len(ss)]
	clear(d.per)
	d.opinion = d.opinionGenre(ss)
	r.run(ss)
	if len(r.tasks) > 0 && d.caseReport() {
		r.tasks = nil // a trial's or an investigation's report: see reported.go
	}
	r.tasks = d.dropTeasers(r.tasks)
	r.tasks = dropRepeats(r.tasks) // see reported.go
	return r.tasks, r.results
}

// stateDoc reports a text naming a Party or state actor (data kinds
// anchor, anchorup): tasks and results are theirs. The scan stops at the
// first; a political text names one in its first lines.
//
// A text too short to show its genre (a fragment, stateMinTokens tokens
// or fewer) is not judged.
func (d *doc) stateDoc() bool {
	if len(d.toks) <= stateMinTokens {
		return true
	}
	lx := d.lx
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if !lx.anchorFirst.has(token.HashOf(t)) {
			continue
		}
		m, ok := lx.anchors.At(d.toks, i)
		if !ok {
			continue
		}
		if m.Value&dNotAnchor != 0 {
			i = m.Last - 1 // "Tây Ban Nha": a country, no "Ban"
			continue
		}
		if m.Value&(dAnchor|dLeader) != 0 || m.Value&dAnchorUp != 0 && t.Upper && d.nameHead(i, m.Last) {
			return true
		}
	}
	return false
}

// stateMinTokens is the length of the longest text stateDoc does not judge.
const stateMinTokens = 150

// dropTeasers drops a task whose words a later task repeats: the
// article's lead or dek teases a directive its body gives in full. An
// item cut short by an ellipsis ("... các vấn đề liên quan ...") needs 70%
// of its words in the later one; another item, of dupMinWords words or
// more and in the first fifth of the text (the lead), 90%. Deeper in the
// text, a document may give one task to several addressees in the same
// words.
func (d *doc) dropTeasers(ls []schema.TaskList) []schema.TaskList {
	type entry struct {
		l, i       int
		start, end int      // the item's bytes
		words      []uint32 // word hashes, sorted and distinct once sorted is set
		cut        bool     // ended by an ellipsis
		filled     bool     // words and sig are read (see fill)
		sorted     bool
		sig        [4]uint64 // a bit per word, from its hash's low 8 bits
	}
	// words returns e's distinct word hashes, sorting them on first use
	// (most items are never compared)
	words := func(e *entry) []uint32 {
		if !e.sorted {
			slices.Sort(e.words)
			e.words = slices.Compact(e.words)
			e.sorted = true
		}
		return e.words
	}
	// a candidate: an item cut by an ellipsis, or one in the lead
	n, size, cand := 0, 0, false
	for _, l := range ls {
		for _, it := range l.Items {
			n++
			size += (it.Span.End-it.Span.Start)/4 + 1
			if !cand && (it.Span.Start <= len(d.text)/5 || d.ellipsisAfter(it.Span.End)) {
				cand = true
			}
		}
	}
	if n < 2 || !cand {
		return ls
	}
	es := make([]entry, 0, n)
	buf := make([]uint32, 0, size)
	// fill reads e's word hashes and signature on first use: an item that
	// is no candidate and follows none is never compared
	fill := func(e *entry) {
		if e.filled {
			return
		}
		e.filled = true
		from := len(buf)
		for k := d.tokenAt(e.start); k < len(d.toks) && d.toks[k].End <= e.end; k++ {
			if d.toks[k].Kind == token.Word {
				h := token.HashOf(&d.toks[k]) // FNV-1a of the key
				buf = append(buf, h)
				e.sig[h>>6&3] |= 1 << (h & 63)
			}
		}
		e.words = buf[from:len(buf):len(buf)]
	}
	for li, l := range ls {
		for ii, it := range l.Items {
			es = append(es, entry{l: li, i: ii, start: it.Span.Start, end: it.Span.End, cut: d.ellipsisAfter(it.Span.End) && (it.Span.Start <= len(d.text)/5 || !d.isPunct(d.tokenAt(it.Span.End), "…"))})
		}
	}
	if len(es) < 2 {
		return ls
	}
	var drop []bool
	for a := range es {
		ea := &es[a]
		if !ea.cut && ea.start > len(d.text)/5 {
			continue
		}
		if fill(ea); len(ea.words) == 0 {
			continue
		}
		wa := words(ea)
		if !ea.cut && len(wa) < dupMinWords {
			continue
		}
		for b := range es {
			eb := &es[b]
			if eb.start <= ea.start {
				continue
			}
			// (an unsorted list holds at least as many hashes as distinct ones)
			if fill(eb); len(eb.words) < len(wa)*7/10 {
				continue
			}
			// the words of ea whose bit eb's signature holds: at least
			// as many as they share; too few, and eb needs no sorting
			if n := sigCommon(wa, &eb.sig); !(ea.cut && n*10 >= len(wa)*7) && n*10 < len(wa)*9 {
				continue
			}
			if len(words(eb)) < len(wa)*7/10 {
				continue
			}
			n := common(wa, eb.words)
			if (ea.cut && n*10 >= len(wa)*7) || n*10 >= len(wa)*9 {
				if drop == nil {
					drop = make([]bool, len(es))
				}
				drop[a] = true
				break
			}
		}
	}
	if drop == nil {
		return ls
	}
	k := 0
	for li := range ls {
		items := ls[li].Items[:0]
		for _, it := range ls[li].Items {
			if !drop[k] {
				items = append(items, it)
			}
			k++
		}
		ls[li].Items = items
	}
	return compact(ls)
}

// dupMinWords is the least number of distinct words of an item that a
// later item may repeat to make it a teaser, when no ellipsis ends it.
const dupMinWords = 8

// sigCommon counts the hashes of ws whose bit sig holds.
func sigCommon(ws []uint32, sig *[4]uint64) int {
	n := 0
	for _, h := range ws {
		if sig[h>>6&3]&(1<<(h&63)) != 0 {
			n++
		}
	}
	return n
}

// common counts the values two sorted sets share.
func common(a, b []uint32) int {
	n := 0
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			n++
			a, b = a[1:], b[1:]
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return n
}

// tokenAt returns the index of the first token starting at or after byte off.
//
// (sort.Search's binary search, without its call per probe)
func (d *doc) tokenAt(off int) int {
	toks := d.toks
	lo, hi := 0, len(toks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if toks[m].Start >= off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// ellipsisAfter reports an ellipsis ("..", "...", "…") right after byte end.
// (dropTeasers takes a "…" past the lead for "and so on", not a cut: a
// scraper cuts a dek with dots)
func (d *doc) ellipsisAfter(end int) bool {
	k := d.tokenAt(end)
	if k >= len(d.toks) {
		return false
	}
	if d.isPunct(k, "…") {
		return true
	}
	return k+1 < len(d.toks) && d.isPunct(k, ".") && d.isPunct(k+1, ".")
}

// safePeriods asks timex for the periods, never letting it panic through.
func safePeriods(text string, toks []token.Token, ref time.Time) (ps []timex.Period) {
	defer func() {
		if recover() != nil {
			ps = nil
		}
	}()
	return timex.Periods(text, toks, ref)
}

// periodLookahead is how many tokens after a sentence timex may read to
// decide on a period inside it.
const periodLookahead = 16

// periods returns timex's periods for the sentence holding tokens [a, b):
// read in that sentence (and a few tokens after it) rather than the whole
// article, once per sentence. A period never runs across a sentence start,
// so this gives the periods a whole-article reading finds there.
func (d *doc) periods(a, b int) []timex.Period {
	si := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].b > a })
	if si == len(d.sents) || d.sents[si].a > a || b > d.sents[si].b {
		return safePeriods(d.text, d.toks, d.date) // not within one sentence
	}
	if !d.per[si].done {
		s := d.sents[si]
		end := min(len(d.toks), s.b+periodLookahead)
		d.per[si] = perSent{safePeriods(d.text, d.toks[s.a:end], d.date), true}
	}
	return d.per[si].ps
}

// sentences maps sentence spans to token ranges and numbers paragraphs.
func (d *doc) sentences(spans []schema.Span) []sentence {
	out := d.sents[:0]
	para, i := -1, 0
	prevEnd := -1
	toks := d.toks
	for _, sp := range spans {
		if sp.Start < prevEnd || sp.Start < 0 || sp.End > len(d.text) {
			continue // out of order or out of range: skip
		}
		prevEnd = sp.End
		for i < len(toks) && toks[i].Start < sp.Start {
			i++
		}
		a := i
		i = endAfter(toks, i, sp.End)
		if a == i {
			continue
		}
		if para < 0 || d.toks[a].LineBefore || a == 0 {
			para++
		} else if n := len(out); n > 0 && out[n-1].b == a && d.toks[a].Kind == token.Word && !d.toks[a].Upper &&
			(d.isPunct(a-1, ")") || d.isPunct(a-1, "…") || a >= 2 && d.isPunct(a-1, ".") && d.isPunct(a-2, ".")) {
			// "... (hồ sơ dự án, ...,…) để phục vụ ...", "Tập đoàn X... và
			// các vụ án ...": a lower-case word after a bracket or an
			// ellipsis goes on with the sentence
			out[n-1].b = i
			continue
		}
		out = append(out, sentence{a: a, b: i, para: para})
	}
	return out
}

// endAfter returns the first token at or after i that ends after byte
// end (len(toks) if none). Tokens are in text order, as Tokenize gives
// them: it gallops forward from i, then halves, rather than stepping
// through a sentence's tokens one by one.
func endAfter(toks []token.Token, i, end int) int {
	if i >= len(toks) || toks[i].End > end {
		return i
	}
	lo, hi := i, len(toks) // toks[lo] ends by end; toks[hi] after it, or hi is the end
	// a first guess from the bytes a token took so far in the text, then
	// a gallop from it to either side
	if st := toks[i].Start; st > 0 {
		if g := i + (end-toks[i].End)*i/st; g > i && g < len(toks) {
			if toks[g].End <= end {
				lo = g
				for step := 1; ; step <<= 1 {
					if lo+step >= len(toks) {
						break
					}
					if toks[lo+step].End > end {
						hi = lo + step
						break
					}
					lo += step
				}
			} else {
				hi = g
				for step := 1; ; step <<= 1 {
					if hi-step <= i {
						break
					}
					if toks[hi-step].End <= end {
						lo = hi - step
						break
					}
					hi -= step
				}
			}
		}
	}
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		if toks[m].End <= end {
			lo = m
		} else {
			hi = m
		}
	}
	return hi
}

type mode uint8

const (
	mNone mode = iota
	mTask
	mResult
)

// trimmed returns the sentence's tokens without the punctuation ending
// it and, after a quote, its attribution ('"..." - ông X nói'), which is
// no part of an item: a >= e when nothing is left.
func (d *doc) trimmed(s sentence) (a, e int) {
	a, e = s.a, d.trimEnd(s.a, s.b)
	if a >= e {
		return a, e
	}
	if q, ok := d.attribution(a, e); ok {
		e = d.trimEnd(a, q)
	}
	return a, e
}

// opens reports whether a sentence whose cues have the pre kinds pre
// may open a list (task or result) when none is open: every rule of
// reader.run that opens one needs a cue of its kind in the sentence, and
// some two: a speech verb opens one only before a coming period, a
// continuing verb or a quantified announcement (speechTask, announces), a
// continuing verb only after a frame or a coming period (futurePlan), an
// additive opener only with a directive (bareDirective).
func opens(pre kind) bool {
	return pre&(kFocus|kNeed|kDirective|kDemand|kPledge|kTarget|kPromise|kModal|kPastFrame) != 0 ||
		pre&kSpeech != 0 && pre&(kFuture|kCont|kRelQuant) != 0 ||
		pre&kCont != 0 && pre&(kFrame|kFuture) != 0
}

// commaSe reports, in a sentence with a speech verb, "sẽ" after a comma
// (", sẽ"): a commitment may open there ("khẳng định, sẽ ...", see
// commaPromise), though opens tells no such sentence apart.
func (d *doc) commaSe(s sentence) bool {
	if s.pre&(kSpeech|kSe) != kSpeech|kSe {
		return false
	}
	for i := d.nextCue(s.a + 1); i < s.b; i = d.nextCue(i + 1) {
		if d.pre[i]&kSe != 0 && d.isPunct(i-1, ",") {
			return true
		}
	}
	return false
}

// reader walks the sentences with the framing state.
type reader struct {
	d *doc
	// dirOpen: the open task list was opened by a speaker's directive
	dirOpen  bool
	tasks    []schema.TaskList
	results  []schema.TaskList
	mode     mode
	docList  bool // inside a document-style list opened by "...sau:"
	lastPara int
	// para is the paragraph being read, taskPara the last one a task
	// item was taken from
	para, taskPara int
	open           opening
	// paraSent is the first sentence of the paragraph being read
	paraSent int
}

// newTaskAt opens a task list whose opening clause is [a, start) and
// whose first item starts at start, before e; its period is read when
// its first item is added (see opening). lo >= 0 asks for framePeriod.
func (r *reader) newTaskAt(a, start, e, lo int) {
	r.newTask(nil)
	r.open = opening{a: a, start: start, e: e, lo: lo, on: true}
}

// openPeriod sets the period of list l, opened by r.open, from its first item.
func (r *reader) openPeriod(l *schema.TaskList) {
	o := r.open
	r.open.on = false
	d := r.d
	start := o.start
	if s0 := d.tokenAt(l.Items[0].Span.Start); s0 > start && s0 < o.e {
		start = s0
	}
	p := d.listPeriod(o.a, start, o.e)
	if p == nil {
		p = d.tailFrame(start, d.tokenAt(l.Items[0].Span.End))
	}
	if p == nil && r.paraSent < len(d.sents) && d.sents[r.paraSent].b <= o.a {
		p = d.paraFrame(d.sents[r.paraSent])
	}
	if o.lo >= 0 {
		p = d.framePeriod(o.lo, o.start, p)
	}
	if d.pastList(p) {
		p = nil
	}
	l.Period = p
}

func (r *reader) newTask(p *schema.Period) {
	if r.d.pastList(p) {
		p = nil
	}
	r.tasks = append(r.tasks, schema.TaskList{Period: p})
	r.mode = mTask
	r.dirOpen = false
	r.open.on = false
}

func (r *reader) newResult(p *schema.Period) {
	r.open.on = false
	r.results = append(r.results, schema.TaskList{Period: p})
	r.mode = mResult
}

func (r *reader) add(list *[]schema.TaskList, a, b int) {
	if len(*list) == 0 {
		*list = append(*list, schema.TaskList{})
	}
	l := &(*list)[len(*list)-1]
	b = r.d.closerCut(a, b) // '..." , báo cáo nêu rõ': see reported.go
	if list == &r.tasks && r.d.askedItem(a, b) {
		return // "đề nghị bộ trưởng cho biết ...": a question, see reported.go
	}
	l.Items = r.d.items(l.Items, a, b)
	if list == &r.tasks {
		r.taskPara = r.para
		if r.open.on && len(l.Items) > 0 {
			r.openPeriod(l)
		}
	}
}

func (r *reader) run(sents []sentence) {
	d := r.d
	defer d.readingNone()
	skipPara := -1
	for si, s := range sents {
		if s.para == skipPara {
			continue
		}
		d.reading(&sents[si])
		r.para = s.para
		newPara := si == 0 || s.para != sents[si-1].para
		if newPara {
			r.paraSent = si
		}
		paraLast := si == len(sents)-1 || sents[si+1].para != s.para
		paraFirst := newPara
		// "Không để cơ quan nhà nước là nơi trú ẩn cho cán bộ yếu kém.":
		// a bare prohibition, a paragraph or two after a speaker's list
		prohibit := len(r.tasks) > 0 && s.para-r.taskPara <= 2 && d.prohibitionOpens(s.a, s.b)
		if (r.mode == mNone || r.mode == mResult && newPara) && !r.docList && !opens(s.pre) && !d.commaSe(s) && !d.quoteOpens(sents, si) &&
			!d.taskIntro(s.a, s.b) && !(d.dutyFirst(s.a) && d.dutyOpens(s.a, s.b)) && !prohibit {
			// no list open (a new paragraph ends a result list), and no
			// cue that may open one: only a caption (see below) has an
			// effect, skipping its paragraph
			if newPara {
				if d.captionCredit(sents, si) {
					if a, e := d.trimmed(s); a < e {
						skipPara = s.para
					}
				} else if r.mode == mResult {
					if a, e := d.trimmed(s); a < e {
						r.mode = mNone
					}
				}
			}
			continue
		}
		a, e := d.trimmed(s)
		if a >= e {
			continue
		}
		// (a credit ending the paragraph is a credit in it: with a list
		// open, photoCredit alone decides)
		if newPara && !r.docList && (r.mode == mTask && d.photoCredit(sents, si) || r.mode != mTask && d.captionCredit(sents, si)) {
			// "Quang cảnh kỳ họp. Ảnh: X": a photo caption between two
			// paragraphs of one request interrupts nothing
			skipPara = s.para
			continue
		}
		c, numbered := d.skipMarkers(a, e)
		if newPara {
			if r.mode == mResult {
				r.mode = mNone
			}
			// a heading line: numbered, alone in its paragraph, no final stop
			if paraFirst && paraLast && numbered && !d.endsWithStop(s.a, s.b) {
				if d.endsWithColon(s.a, s.b) && d.auxEndsAt(c, e, kFinding) {
					// "V. Xem xét ..., Ủy ban nhận thấy:": findings follow
					r.docList, r.mode = false, mNone
					continue
				}
				if d.endsWithColon(s.a, s.b) && (r.mode == mTask || d.hasKind(c, e, kDirective)) {
					r.docList = true
					if r.mode != mTask {
						r.newTask(d.taskPeriod(s.a, s.b))
					}
				}
				continue
			}
			if r.docList && paraFirst && paraLast && !numbered && !d.endsWithStop(s.a, s.b) && !d.endsWithColon(s.a, s.b) && e-a < 25 {
				r.docList, r.mode = false, mNone
				continue
			}
		}
		if d.isChrome(s.a, s.b) {
			continue
		}
		if newPara && r.docList && !numbered && d.narrated(c, e) {
			// "Dịp này, đồng chí X đã trao 50 suất quà ...": an article's
			// narration after a list opened by "... nhiệm vụ sau:" ends it
			r.docList, r.mode = false, mNone
		}
		// a line with no final stop (headline, caption, subheading) sets no task
		// A photo caption (a long line, a clause about who does what) only
		// interrupts a task list: the list may go on in the next paragraph.
		if paraFirst && paraLast && !r.docList && !d.endsWithStop(s.a, s.b) && !d.endsWithColon(s.a, s.b) && !d.listLine(r.mode, c, e) {
			if !(r.mode == mTask && d.captionLike(s.a, s.b)) {
				r.mode = mNone
			}
			continue
		}
		if c >= e {
			continue // markers only ("(!)", "-")
		}
		if d.endsWithQuestion(s.a, s.b) {
			continue // "Các sở, ngành tham mưu như thế nào?": a question asks, it sets no task
		}
		quoted := d.toks[c].Key == `"`
		wasTask := r.mode == mTask
		c0 := c
		c = d.skipLeadIns(c, e)
		if c >= e {
			continue
		}
		if prohibit && d.prohibition(c, e) {
			r.mode = mTask
			r.add(&r.tasks, c, e)
			continue
		}
		verbFirst := d.verbAt(c, e)
		if verbFirst && d.ix != nil {
			// "Đề xuất của doanh nghiệp ...": a noun, of someone
			if v := int(d.ix[c].verb); v > c && v < e && d.key(v) == keyCua {
				verbFirst = false
			}
		}
		// "Triển khai ý kiến chỉ đạo của X, Bộ Y đã tập trung ...", "Đối
		// với dự án X, dự án Y đã đạt 63%": a fronted frame and a main
		// clause of its own narrate, no bare imperative
		if verbFirst && r.mode == mTask && d.frontedReport(c, e) {
			verbFirst = false
		}
		// "Lắp đặt camera ...", "Bên cạnh đó, lắp đặt ...": in a
		// directive's open list, an action verb opening the clause is a
		// bare imperative that goes on with it
		if !verbFirst && r.mode == mTask && r.dirOpen && d.actFirst(c, e) {
			verbFirst = true
		}
		// "Đồng thời chia sẻ ...": an additive opener before a lower-case
		// word continues the list with an implied subject
		if !verbFirst && c > c0 && d.hasKindAt(c0, e, kAdditive) && d.toks[c].Kind == token.Word && !d.toks[c].Upper {
			verbFirst = true
			// "Đồng thời, gia đình đề nghị chuyển ...": a lower-case
			// subject and a request verb of its own; the item is what
			// is asked
			if k := d.ownRequest(c, e); k > c {
				c = k
			}
		}
		// "Đồng thời Chi cục Thuế X kiểm tra ...": after an additive opener,
		// a new addressee and its verb continue the list
		addSubj := !verbFirst && c > c0 && r.mode == mTask && d.hasKindAt(c0, e, kAdditive) && d.subjVerb(c, e)
		// "Nếu phát hiện vi phạm, xử lý nghiêm theo quy định.": a
		// conditional direction continues the list, condition and all
		condDir := r.mode == mTask && !verbFirst && d.condDirective(c, e)
		// ("Ban X đã yêu cầu công ty Y dừng thi công. Tuy nhiên, công ty Y
		// vẫn thi công.": after a contrastive lead-in, a subject and its
		// verb report what went against the list, no more of it)
		contrast := c > c0 && d.moreHas(c0, e, k2Contrast)
		subjCont := r.mode == mTask && !verbFirst && !contrast && (d.subjCont(c, e, r.dirOpen) || d.comingFrame(c, e))
		// "Chủ tịch Ủy ban nhân dân tỉnh X trực tiếp chủ trì ...": in a
		// directive's open list, a paragraph opening with an addressee's
		// title and its verb is one more item, addressed to it
		// (a numbered one goes on with a directive's list though a paragraph
		// between closed it: "2. Chủ tịch Ủy ban nhân dân các tỉnh chỉ đạo
		// ..."; two paragraphs at most after the list's last item)
		roleSubj := newPara && !contrast && (r.mode == mTask || numbered && len(r.tasks) > 0 && s.para-r.taskPara <= 2) && r.dirOpen && !verbFirst && d.roleSubject(c, e)
		// "Đề nghị cấp có thẩm quyền xem xét ...": a paragraph opening with
		// a bare request to an addressee goes on with a directive's list
		bareReq := false
		if newPara && r.mode == mTask && r.dirOpen && !verbFirst {
			if last, ok := d.bareDirective(c, e); ok {
				a := d.skipJoiners(last, e)
				bareReq = d.addressee(a, e) || d.auxAt(a, e, kOrgan)
			}
		}
		// ("Ngoài ra, Ban chỉ đạo còn thực hiện ...": a body's one more duty)
		if newPara && r.mode == mTask && !r.docList && !verbFirst && !subjCont && !addSubj && !condDir && !roleSubj && !bareReq && !numbered && !d.hasKindAt(c, e, kNext) && !d.hasKindAt(c0, e, kNext) && !d.dutyMore(c, e, r.dirOpen) {
			if paraFirst && paraLast && s.para-r.taskPara == 1 && len(r.tasks) > 0 && len(r.tasks[len(r.tasks)-1].Items) > 0 && d.captionStop(c, e) {
				// "Phương tiện xuất hành vải thiều sang Thái Lan.": a
				// photo caption with a final stop right after a paragraph
				// of the list interrupts nothing (a speaker's one item
				// too: "X lưu ý, đồng chí A cần ...", the caption, then
				// "Quan tâm giáo dục ..."); the next paragraph goes on
				// with the list only if it would anyway
				continue
			}
			r.mode = mNone
		}
		// (in a clause going on with an open list, a stance word after its
		// first word is a noun of the item: "ưu tiên phân tích các chỉ tiêu")
		// blocked is asked for lazily, once, when a rule below would set
		// a task or a result (most sentences have none): its three tests
		// read the sentence being read and the index, which stay as they
		// are through the iteration, and cont keeps the mode they were
		// asked with (a stance word set blocked true at once)
		cont := r.mode == mTask && (verbFirst || subjCont || roleSubj)
		blockedAsked, blockedSet := false, false
		blocked := func() bool {
			if !blockedAsked {
				blockedAsked = true
				blockedSet = d.blocked(a, c, e, cont) || d.quoteSaid(a, e) || d.citizenVoice(a, e)
			}
			return blockedSet
		}
		if l, ok := d.is(c, e, kStatement); ok {
			if r.mode == mTask && !newPara && !blocked() && l > c && l < e && d.key(l-1) == keyLa {
				if _, ok := d.modal(l, e); ok {
					// "X đề nghị Y phải Z. Đó là cán bộ ... phải W": what
					// the request means belongs to it
					r.add(&r.tasks, l, e)
					continue
				}
			}
			// "Đây là vụ án nghiêm trọng, và Bộ trưởng đã đề nghị Y ...":
			// a request in a clause joined to the statement by "và",
			// with a subject of its own, is the speaker's, not part of
			// the statement
			if !d.statementJoin(l, e) {
				blockedAsked, blockedSet = true, true
			}
		}
		if roleSubj && !blocked() {
			r.mode = mTask
			r.add(&r.tasks, c, e)
			continue
		}

		if r.mode == mTask && (d.remarkFrame(c, e) || d.citizenSays(c, e)) {
			r.mode = mNone // "Chia sẻ về X, phó chủ tịch Y nhận định ...": see reported.go
		}
		// 0. "Nghị quyết đưa ra 6 nhiệm vụ, giải pháp gồm: 1.": see reported.go
		if d.taskIntro(s.a, s.b) && !blocked() {
			r.newTask(d.taskPeriod(a, e))
			r.docList = true
			continue
		}
		// 1. a focus frame: "..., trọng tâm là X"
		// Under a request before it ("yêu cầu X làm Y, trọng tâm là Z"),
		// the focus is an apposition inside the request's item: the
		// directive rule below reads the sentence, keeping its head.
		if f, ok := d.findKind(a, e, kFocus); ok && !blocked() && d.hasFutureFrame(a, f) && !d.directiveBefore(c, f) {
			r.newTask(d.taskPeriod(a, f))
			r.add(&r.tasks, f, e)
			continue
		}
		// 1b. what needs doing: "việc cần làm (ngay lúc này) là X"
		if n, ok := d.need(a, e); ok {
			if !(r.mode == mTask && !newPara) {
				r.newTask(d.taskPeriod(a, n))
			}
			r.add(&r.tasks, n, e)
			continue
		}
		// 1c. a body's duties: "Ban chỉ đạo có nhiệm vụ, quyền hạn <VP>"
		// opens a directive's list (the body's tasks)
		// ("Ngoài ra, Ban chỉ đạo còn thực hiện ...": in the open list,
		// the body's one more duty)
		if d.dutyFirst(c) && !blocked() {
			if start, ok := d.duty(c, e, r.mode == mTask && r.dirOpen); ok {
				if !(r.mode == mTask && r.dirOpen) {
					r.newTaskAt(a, start, e, -1)
				}
				r.dirOpen = true
				r.add(&r.tasks, start, e)
				continue
			}
		}
		// 2a. a subject-less directive that goes on with the speaker of an
		// open list or, after "Đồng thời", of the sentence before:
		// "Đồng thời đề nghị <addressee> <VP>", "Yêu cầu việc X phải Y"
		// ("Giao X ...", "Chỉ đạo X ..." open items with their verb: below)
		// ("Đồng thời chỉ đạo các xã ...", with no list open: the item starts
		// at the addressee, as after a named speaker)
		additive := c > c0 && d.hasKindAt(c0, e, kAdditive)
		// "Đối với dự án X, đề nghị cơ quan Y <VP>": after a fronted topic
		// frame, a bare request to an addressee is the article's speaker's
		c1 := c
		if k := d.topicFrame(c, e); k > c {
			// (an organ noun without a determiner too: "cơ quan chủ trì thẩm tra")
			if last, ok := d.bareDirective(k, e); ok {
				if a := d.skipJoiners(last, e); d.addressee(a, e) || d.auxAt(a, e, kOrgan) {
					c1 = k
				}
			}
		}
		if last, ok := d.bareDirective(c1, e); ok && !blocked() && (!d.verbAt(c1, e) && (r.mode == mTask || additive || c1 > c) ||
			r.mode != mTask && additive && d.addressee(d.skipJoiners(last, e), e)) {
			start := d.skipContentFrame(d.skipJoiners(last, e), e)
			if start < e {
				if !(r.mode == mTask && !newPara) {
					r.newTaskAt(a, start, e, -1)
				}
				r.dirOpen = true
				r.add(&r.tasks, start, e)
				continue
			}
		}
		// 2'. "Thủ tướng yêu cầu:": a directive that introduces the
		// paragraphs after it opens a list, its items to come
		if d.endsWithColon(s.a, s.b) && d.colonDirective(c, e) && !blocked() {
			r.newTask(d.taskPeriod(a, e))
			r.dirOpen = true
			continue
		}
		// 2. a directive: "X đề nghị Y ..."
		// ("Thủ tướng đã chỉ đạo X. Đồng thời Thủ tướng chỉ đạo Y": the
		// additive goes on with the narrated past directive)
		if j, last, ok := d.directive(c, e); ok && !blocked() && !(additive && r.mode != mTask && si > 0 && d.pastDirective(sents[si-1])) {
			start := d.skipContentFrame(d.skipJoiners(last, e), e)
			if start+1 < e && (d.key(start) == keyCho || d.key(start) == keyVoi) && d.addressee(start+1, e) {
				start++ // "chỉ đạo cho Công ty X ...", "đề xuất với UBND tỉnh ...": the item starts at the addressee
			}
			if start >= e {
				continue
			}
			if d.isIntro(start, s.a, s.b) {
				r.docList = true
				r.newTask(d.taskPeriod(a, e))
				continue
			}
			if d.handOver(j, last, e) {
				// "giao việc quản lý chợ cho UBND huyện; yêu cầu huyện
				// ...": a thing handed over is no task; what follows its
				// clause may be
				k := last
				for k < e && !d.isPunct(k, ";") {
					k++
				}
				start = d.skipJoiners(k+1, e)
				if l, ok := d.bareDirective(start, e); ok {
					start = d.skipJoiners(l, e) // "; yêu cầu huyện ...": the item starts at the addressee
				}
				if start >= e {
					if !(r.mode == mTask && (!newPara || additive)) {
						r.newTask(d.taskPeriod(a, e))
					}
					r.dirOpen = true
					continue
				}
			}
			if d.kinds&kRelQuant != 0 && d.announces(c, e) {
				// "X đề nghị thực hiện tốt một số vấn đề.": the list follows
				r.newTask(d.taskPeriod(a, e))
				r.dirOpen = true
				continue
			}
			if k := d.introColon(start, e); k > start {
				start = k // "giúp X chỉ đạo, đôn đốc Y thực hiện: Rà soát ...": the framing is none
			}
			// ("Đồng thời, giúp X chỉ đạo ...": a new paragraph after an
			// additive opener goes on with the open list)
			if !(r.mode == mTask && (!newPara || additive)) {
				r.newTaskAt(a, start, e, -1)
			}
			r.dirOpen = true
			if nc := d.noteClause(c, j); nc > c && d.is1(c, nc, kDirective) {
				// "Lưu ý việc X cần Y, đồng chí Z đề nghị W": the note is
				// an item of its own, the speaker none
				for b := c + 1; b <= c+3 && b < nc; b++ {
					if l, ok := d.isSlow(c, b, kSpeech); ok && l == b {
						r.add(&r.tasks, l, nc-1)
						break
					}
				}
			}
			r.add(&r.tasks, start, e)
			continue
		}
		// 2p. a passive request: "<addressee> được yêu cầu <VP>": the item
		// starts at the addressee, the clause's subject
		if d.passiveRequest(c, e) && !blocked() {
			if !(r.mode == mTask && !newPara) {
				r.newTaskAt(a, c, e, -1)
			}
			r.dirOpen = true
			r.add(&r.tasks, c, e)
			continue
		}
		// 2b. a reported directive: "X nhấn mạnh, thời gian tới sẽ Y",
		// "X nhấn mạnh <addressee> tiếp tục Y"
		if j, start, ok := d.speechTask(c, e); ok && !blocked() {
			if !(r.mode == mTask && !newPara) {
				r.newTaskAt(a, start, e, j)
			}
			r.add(&r.tasks, start, e)
			continue
		}
		// 2c. a demand: "X đòi hỏi <addressee> tiếp tục Y"
		if _, start, ok := d.demand(c, e); ok && !blocked() {
			if !(r.mode == mTask && !newPara) {
				r.newTaskAt(a, start, e, -1)
			}
			r.add(&r.tasks, start, e)
			continue
		}
		// 2s. a request in a clause after a semicolon, its subject elided:
		// "Bộ Chính trị quyết định cảnh cáo ông A; khiển trách bà B; đề
		// nghị Ban Chấp hành Trung ương khai trừ ông C": the body that
		// decides asks another to act; the item starts at the addressee
		if r.mode != mTask && d.kinds&kDirective != 0 && !blocked() {
			if start, ok := d.semiRequest(c, e); ok {
				r.newTaskAt(a, start, e, -1)
				r.dirOpen = true
				r.add(&r.tasks, start, e)
				continue
			}
		}
		// 3. a commitment: "khẳng định sẽ X", "hứa X"
		if p, ok := d.promise(c, e); ok {
			if r.mode == mTask && verbFirst && p > c {
				// "Đồng thời nâng cao ..., phấn đấu hoàn thành ...": a
				// verb-first sentence goes on with the open list whole
				r.add(&r.tasks, c, e)
				continue
			}
			if r.mode != mTask || newPara {
				r.newTaskAt(a, p, e, -1)
			}
			r.add(&r.tasks, p, e)
			continue
		}
		// 4. a modal sentence: "Đắk Lắk cần ..."
		// "5 năm qua, X đã ... theo phương châm: Y phải Z": a modal under
		// a past-period report is narrated, and the sentence a result
		// ("Cách đây 70 năm, ... Người căn dặn: “... phải ...”": a quotation
		// in a past narrative is history)
		// ('"Những việc này cần ...", Phó thủ tướng chỉ đạo.': a quoted
		// modal sentence whose attribution is a request verb is the
		// speaker's order, as an unquoted one would be)
		if m, ok := d.modal(c, e); ok && !blocked() && !(quoted && !wasTask && !d.quotedOrderBy(sents, si, false)) && !d.pastFrame(a, m) && !d.lawQuote(m) && !d.lawFrame(c, m) && !d.gluedHeadline(m, e) && !d.whenModal(c, m) &&
			!(r.mode == mResult && !newPara && d.openQuote(m) >= 0) {
			// an expert's or a seminar speaker's opinion ends a list
			if d.opinionModal(a, c, e, m, wasTask && (!newPara || c0 != c)) {
				r.mode = mNone
				continue
			}
			if d.candidateSubject(c, m) {
				// "Thí sinh phải dự thi đủ ba môn", "Khi nhận đề thi, thí
				// sinh phải kiểm tra ...": an exam's or a contest's rules
				// for its candidates, no task; what follows is more of them
				r.mode = mNone
				continue
			}
			start := d.modalStart(c, m)
			if start == c {
				start = d.frontedSubject(c, m) // "Tuy nhiên, để X, <Org> phải": see reported.go
			}
			if k := d.subjectClause(start, m); k > 0 && start > c && !d.afterClause(c, start) && (d.copulaBefore(start, m) || d.hasKindAt(start, e, kStatement)) {
				// "X lưu ý đây là một nhiệm vụ quan trọng, ngành Y cần Z":
				// the evaluation after the speech verb, before the
				// modal's own clause, is no part of the task
				if r.mode != mTask {
					r.newTaskAt(a, k, e, -1)
				}
				r.add(&r.tasks, k, e)
				continue
			}
			if d.copulaBefore(start, m) {
				// "Năm 2024 là năm thứ tư ..., việc X là rất cần thiết, ...
				// những cách làm cần nhân rộng": a copular sentence rates
				// or explains; with no speaker, its modal sets no task
				if !(r.mode == mTask && !newPara) {
					r.mode = mNone
				}
				continue
			}
			if start > c && d.hasKindAt(start, e, kStatement) {
				// "X nhấn mạnh muốn có Y, buộc phải Z": a condition, a statement
				if !(r.mode == mTask && !newPara) {
					r.mode = mNone
				}
				continue
			}
			if r.mode != mTask {
				r.newTaskAt(a, start, e, c)
			}
			r.add(&r.tasks, start, e)
			continue
		}
		// 4a. a plan for a coming period, with no request verb: "(Phát
		// huy ...,) trong năm 2025, <Org> tiếp tục <VP>(; <VP>)*"
		if st, pa, pb, ok := d.futurePlan(c, e); ok && !blocked() {
			if !(r.mode == mTask && !newPara) {
				r.newTask(d.taskPeriod(pa, pb))
			}
			r.add(&r.tasks, st, e)
			continue
		}
		// 4b. an announced list: "X nhấn mạnh một số nội dung Y cần thực
		// hiện." opens a list whose items follow
		if d.announces(c, e) && !blocked() {
			r.newTask(d.taskPeriod(a, e))
			continue
		}
		// 5. a past frame: results follow
		if d.pastFrame(a, e) && d.frontedPast(a, e) && !blocked() {
			r.newResult(d.period(a, e))
			start := c
			if k, ok := d.findKey(a, e, "đã"); ok {
				start = k + 1
			}
			r.add(&r.results, start, e)
			continue
		}
		// 5b. a quoted order: '"Tăng cường ...", Bộ trưởng X yêu cầu.',
		// '"Kịp thời ... . Đồng thời ...", công điện nêu rõ.': a quotation
		// opening with an imperative verb, closed by a speaker's request or
		// speech verb, opens a directive's list (the next sentences of the
		// quotation go on with it)
		if r.mode != mTask && quoted && !blocked() && (verbFirst || d.actFirst(c, e)) && !d.hasKind(c, e, kSelf) && !d.copulaIn(c, e) && d.quotedOrder(sents, si) {
			r.newTaskAt(a, c, e, -1)
			r.dirOpen = true
			r.add(&r.tasks, c, e)
			continue
		}
		// 5c. '"Đề nghị <addressee> <VP>", báo cáo nêu rõ.': see reported.go
		if r.mode != mTask && quoted {
			if start, ok := d.quotedAsk(sents, si, c, e); ok {
				r.newTaskAt(a, start, e, -1)
				r.dirOpen = true
				r.add(&r.tasks, start, e)
				continue
			}
		}
		// 6. continuation
		switch {
		case r.mode == mTask && (verbFirst || subjCont || r.docList || d.colonIntro(c, e) > 0 || d.hasKindAt(c, e, kNext) || d.hasKindAt(c0, e, kNext)):
			r.add(&r.tasks, c, e)
		case addSubj || condDir:
			r.add(&r.tasks, c, e)
		case r.mode == mResult && (verbFirst || !newPara):
			r.add(&r.results, c, e)
		default:
			if !r.docList {
				r.mode = mNone
			}
		}
	}
	r.tasks = compact(r.tasks)
	r.results = compact(r.results)
}

// copulaIn reports "là" in the first clause of [c, e): a verb phrase
// before it is a subject ("Tham gia X là niềm vinh dự").
func (d *doc) copulaIn(c, e int) bool {
	for k := c + 1; k < e; k++ {
		if d.toks[k].Kind == token.Punct {
			return false
		}
		if d.key(k) == keyLa {
			return true
		}
	}
	return false
}

// quoteOpens reports a sentence opening with a quotation mark (after list
// markers) that quotedOrder reads as an order: with no list open and no
// cue of its own, it may still open one.
func (d *doc) quoteOpens(sents []sentence, si int) bool {
	s := sents[si]
	// (d.quotes lists every token keyed '"': with none in the sentence,
	// none opens it)
	if q := d.quoteFrom(s.a); q == len(d.quotes) || int(d.quotes[q]) >= s.b {
		return false
	}
	k, _ := d.skipMarkers(s.a, s.b)
	return k < s.b && d.toks[k].Key == `"` && d.quotedOrder(sents, si)
}

// quotedOrder reports a quotation opening sentence si that closes, in
// the same paragraph, with an attribution whose verb is a request or a
// speech verb ('", Bộ trưởng X yêu cầu.', '", công điện nêu rõ.').
func (d *doc) quotedOrder(sents []sentence, si int) bool {
	return d.quotedOrderBy(sents, si, true)
}

// quotedOrderBy is quotedOrder; with speech false, only a request verb
// ("yêu cầu", "chỉ đạo") ends the attribution.
func (d *doc) quotedOrderBy(sents []sentence, si int, speech bool) bool {
	p := sents[si].para
	for sj := si; sj < len(sents) && sents[sj].para == p && sj <= si+4; sj++ {
		a, e := sents[sj].a, d.trimEnd(sents[sj].a, sents[sj].b)
		if a >= e {
			continue
		}
		if q, ok := d.attribution(a, e); ok {
			if q+2 >= e || d.hasKind(q, e, kBelief) {
				return false
			}
			if d.endsAt(q+2, e, kDirective) {
				return true
			}
			if !speech {
				return false
			}
			// (a speech verb of emphasis, not one that reports: "nêu rõ",
			// "nhấn mạnh", not "cho biết")
			for k := max(q+2, e-3); k < e; k++ {
				if l, ok := d.moreIs(k, e, k2Advise); ok && l == e {
					return true
				}
			}
			return false
		}
	}
	return false
}

// creditIn reports "ảnh" followed by ":" in tokens [a, b).
func (d *doc) creditIn(a, b int) bool {
	for m := listFrom(d.anh, a); m < len(d.anh) && int(d.anh[m])+1 < b; m++ {
		if d.isPunct(int(d.anh[m])+1, ":") {
			return true
		}
	}
	return false
}

// photoCredit reports a paragraph, starting at sentence si, that holds a
// photo credit ("Ảnh:", "- Ảnh: X"): a caption line.
func (d *doc) photoCredit(sents []sentence, si int) bool {
	if !d.anhFrom(sents[si].a) {
		return false
	}
	p := sents[si].para
	for k := si; k < len(sents) && sents[k].para == p; k++ {
		if d.creditIn(sents[k].a, sents[k].b) {
			return true
		}
	}
	return false
}

// anhFrom reports a token keyed "ảnh" at or after token a: creditIn finds
// no credit in a range before all of them.
func (d *doc) anhFrom(a int) bool {
	return len(d.anh) > 0 && int(d.anh[len(d.anh)-1]) >= a
}

// captionCredit reports a paragraph, starting at sentence si, that ends
// with a photo credit ("... đề nghị X. Ảnh: PHAN VINH"): a caption, which
// sets no task whatever its verbs.
func (d *doc) captionCredit(sents []sentence, si int) bool {
	if !d.anhFrom(sents[si].a) {
		return false
	}
	p := sents[si].para
	k := si
	for k+1 < len(sents) && sents[k+1].para == p {
		k++
	}
	b := sents[k].b
	return d.creditIn(max(sents[si].a, b-8), b)
}

// pastList reports a period that is never a task list's: a past one
// ("năm qua", "thời gian qua"), or one that ended before the article's
// date ("năm 2018", "năm ngoái" in a 2024 article). Results are reported
// for a past period; things to do are set for a coming one.
func (d *doc) pastList(p *schema.Period) bool {
	if p == nil {
		return false
	}
	if p.Span != nil && d.pastPeriod(*p.Span) {
		return true
	}
	if p.End == "" || d.date.IsZero() {
		return false
	}
	y, m, dd := d.date.Date()
	return p.End < iso(y, int(m), dd)
}

// iso formats a date as YYYY-MM-DD.
func iso(y, m, d int) string {
	if y < 0 || y > 9999 {
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Format("2006-01-02")
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// pastPeriod reports a period phrase that ends with a past-period cue
// ("5 năm qua", "thời gian qua", "nhiệm kỳ qua").
func (d *doc) pastPeriod(sp schema.Span) bool {
	k := d.tokenAt(sp.End)
	a := d.tokenAt(sp.Start)
	return k > a && k <= len(d.toks) && d.endsAt(a, k, kPastFrame)
}

// copulaBefore reports a copula "là" in [c, m) that links a subject to
// its predicate: not the first word, and not the "là" of a lead-in or
// enumeration ("Đặc biệt là", "Trước hết là", "Một là").
// afterClause reports whether start, where a modal's task was found to
// start, follows a clause connective ("..., do vậy(,) X phải"), not a
// speech verb: an evaluation after it ("do vậy, việc X là rất cần thiết,
// ... cách làm cần nhân rộng") is the sentence's own predicate, no
// speaker's aside.
func (d *doc) afterClause(c, start int) bool {
	if start-1 > c && d.isPunct(start-1, ",") {
		start--
	}
	return d.endsAt(c, start, kClause)
}

func (d *doc) copulaBefore(c, m int) bool {
	if d.kinds&kRelHead == 0 { // "là" is a relhead cue: none in the sentence
		return false
	}
	for i := c + 1; i < m; i++ {
		// ("Năm 2025 là năm bứt phá": a number before the copula too)
		if d.key(i) != keyLa || d.toks[i-1].Kind != token.Word && d.toks[i-1].Kind != token.Number || d.hasKindAt(i+1, len(d.toks), kModal) {
			continue // "điều cốt lõi là phải X": the predicate is the task
		}
		if d.endsAt(c, i+1, kLeadIn|kNext|kEnum) {
			continue
		}
		return true
	}
	return false
}

// compact drops empty lists.
func compact(ls []schema.TaskList) []schema.TaskList {
	out := ls[:0]
	for _, l := range ls {
		if len(l.Items) > 0 {
			out = append(out, l)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// trimEnd drops final punctuation tokens (". ; , : … /" and stray quotes).
func (d *doc) trimEnd(a, b int) int {
	for b > a {
		t := &d.toks[b-1]
		if t.Kind != token.Punct || t.Key == "%" {
			break // a percent sign belongs to the number before it
		}
		if t.Key == `"` || t.Key == "'" || t.Key == ")" {
			// keep a closing quote or bracket that closes one inside
			if d.balanced(a, b-1, t.Key) || d.curlyCloses(a, b-1) {
				break
			}
		}
		b--
	}
	return b
}

// opinionSubject reports a short subject at k, a noun phrase of up to
// opinionSubjWords words with no punctuation, right before a modal
// ("chủ đầu tư và ngân hàng phải", "khu vực này cần"): what an opinion
// verb's speaker says that party must do. A modal first ("cho rằng cần
// ...") has no subject: see officialOpinion.
func (d *doc) opinionSubject(k, e int) bool {
	if d.hasKindAt(k, e, kModal) {
		return false
	}
	for i := k + 1; i < e && i <= k+opinionSubjWords; i++ {
		if d.toks[i].Kind == token.Punct {
			return false
		}
		if d.hasKindAt(i, e, kModal) {
			return true
		}
	}
	return false
}

const opinionSubjWords = 8

// titledSpeaker reports a speaker before the verb at i, in the clause
// from c, named by a capitalized word that the text gave earlier with a
// title: a role right before it ("Phó Chủ tịch UBND TP Võ Văn Hoan") or
// after it and a comma ("Ông Võ Văn Hoan, Chánh Văn phòng UBND ...").
func (d *doc) titledSpeaker(c, i int) bool {
	n := i - 1
	for n > c && !d.toks[n].Upper && d.toks[n].Kind == token.Word {
		n--
	}
	if n < c || !d.toks[n].Upper || d.toks[n].Kind != token.Word || d.toks[n].Key == keyOng || d.toks[n].Key == keyBa {
		return false
	}
	for j := max(c, i-8); j < n; j++ {
		if d.toks[j].Upper && d.moreHas(j, i, k2Role) {
			return true // "Người đứng đầu Chính phủ cũng cho rằng ...": a title as the subject
		}
	}
	name := d.toks[n].Key
	for k := n - 1; k >= 0; k-- {
		if d.toks[k].Key != name || !d.toks[k].Upper {
			continue
		}
		if k+2 < n && d.isPunct(k+1, ",") && d.moreHas(k+2, n, k2Role) {
			return true
		}
		for j := k - 1; j >= 0 && j >= k-10; j-- {
			if d.toks[j].Kind == token.Punct {
				break
			}
			if d.toks[j].Upper && d.moreHas(j, k, k2Role) {
				return true
			}
		}
	}
	return false
}

// formerSpeaker reports a speaker before the verb at i, in the clause
// from c, whose name the text gave earlier with "nguyên" before it
// ("Nguyên Thứ trưởng Nội vụ Nguyễn Tiến Dĩnh nhấn mạnh ... Ông Nguyễn
// Tiến Dĩnh cho rằng ..."): a former official's view sets no task.
func (d *doc) formerSpeaker(c, i int) bool {
	n := i - 1
	for n > c && !d.toks[n].Upper && d.toks[n].Kind == token.Word {
		n-- // "cũng", "vẫn"
	}
	if n < c || !d.toks[n].Upper || d.toks[n].Kind != token.Word {
		return false
	}
	for k := n; k < i; k++ {
		if d.toks[k].Key == keyToi {
			return true // "Chúng tôi cho rằng tòa cần ...": a party's own statement, quoted
		}
	}
	name := d.toks[n].Key
	for k := n - 1; k >= 0; k-- {
		if d.toks[k].Key != name || !d.toks[k].Upper {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-10; j-- {
			if d.toks[j].Key == keyNguyenFormer {
				return true
			}
			if d.toks[j].Kind == token.Punct && d.toks[j].Key != "," {
				break
			}
		}
	}
	return false
}

// prohibitionOpens reports a sentence [a, b) whose first words (after a
// list marker or an opening quote) are "Không để" or "Tuyệt đối không
// để" (see prohibition): a cheap test on the first tokens.
func (d *doc) prohibitionOpens(a, b int) bool {
	for i := a; i < b && i < a+3; i++ {
		if k := d.key(i); k == keyKhong || k == keyTuyet {
			return d.toks[i].Upper
		}
		if d.toks[i].Kind != token.Punct {
			return false
		}
	}
	return false
}

// prohibition reports a clause [c, e) that is a bare prohibition: "Không
// để X" or "Tuyệt đối không để X", with no comma in it. In a speech whose
// directions were being listed it is one more of them; "Không để yên,
// Drake lập tức phản ứng": a fronted adverbial before its own clause,
// after a comma, is none.
func (d *doc) prohibition(c, e int) bool {
	i := c
	if i+1 < e && d.key(i) == keyTuyet && d.key(i+1) == keyDoi {
		i += 2
	}
	if i+2 >= e || d.key(i) != keyKhong || !d.keyIs(i+1, keyDe, hashDe) || !d.toks[c].Upper {
		return false
	}
	return !d.hasPunct(i+2, e, ",")
}

// curlyCloses reports a typographic closing quote at b whose opening one
// stands in [a, b) ('về “A; Chỉ thị 12 về “B”': two openers, one closer,
// the parity test alone would drop it).
func (d *doc) curlyCloses(a, b int) bool {
	if b >= len(d.toks) || d.text[d.toks[b].Start:d.toks[b].End] != "”" {
		return false
	}
	for q := d.quoteFrom(a); q < len(d.quotes) && int(d.quotes[q]) < b; q++ {
		if t := &d.toks[d.quotes[q]]; t.Kind == token.Punct && d.text[t.Start:t.End] == "“" {
			return true
		}
	}
	return false
}

// balanced reports whether [a, b) holds an unclosed opener of the closer.
func (d *doc) balanced(a, b int, closer string) bool {
	n := 0
	if closer == `"` {
		for q := d.quoteFrom(a); q < len(d.quotes) && int(d.quotes[q]) < b; q++ {
			if d.toks[d.quotes[q]].Kind == token.Punct {
				n++
			}
		}
		return n%2 == 1
	}
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.Kind != token.Punct {
			continue
		}
		switch closer {
		case ")":
			if t.Key == "(" {
				n++
			} else if t.Key == ")" {
				n--
			}
		default:
			if t.Key == closer {
				n++
			}
		}
	}
	if closer == ")" {
		return n > 0
	}
	return n%2 == 1
}

func (d *doc) endsWithStop(a, b int) bool {
	for i := b - 1; i >= a; i-- {
		t := &d.toks[i]
		if t.Kind != token.Punct {
			return false
		}
		switch t.Key {
		case ".", ";", "!", "?", "…":
			return true
		}
	}
	return false
}

// ownRequest returns where the item starts after a short lower-case
// subject (at most 3 words, no punctuation) and its request verb at c
// ("gia đình đề nghị chuyển linh cữu ...": after "đề nghị"), or c.
func (d *doc) ownRequest(c, e int) int {
	if d.absent(c, e, kDirective) {
		return c
	}
	for i := c + 1; i < e && i <= c+3; i++ {
		t := &d.toks[i]
		if t.Kind != token.Word || t.Upper {
			return c
		}
		if last, ok := d.is(i, e, kDirective); ok {
			if k := d.skipJoiners(last, e); k < e && d.toks[k].Kind == token.Word {
				return k
			}
			return c
		}
		if d.verbAt(i, e) {
			return c // the subject's own verb: the item as it is
		}
	}
	return c
}

// endsWithQuestion reports a sentence whose final mark, before closing
// quotes and brackets, is a question mark.
func (d *doc) endsWithQuestion(a, b int) bool {
	for i := b - 1; i >= a; i-- {
		t := &d.toks[i]
		if t.Kind != token.Punct {
			return false
		}
		if t.Key == "?" {
			return true
		}
		if !isQuoteMark(t.Key) && t.Key != ")" {
			return false
		}
	}
	return false
}

func (d *doc) endsWithColon(a, b int) bool {
	return b > a && d.isPunct(b-1, ":")
}

// skipMarkers skips list markers at the front: "1.", "1.1.", "(1)", "a)", "-", "+", "•".
func (d *doc) skipMarkers(a, e int) (int, bool) {
	numbered := false
	for a < e {
		t := &d.toks[a]
		switch {
		case t.Kind == token.Number && a+1 < e && (d.isPunct(a+1, ".") || d.isPunct(a+1, ")")):
			a += 2
			numbered = true
		case t.Kind == token.Punct && t.Key == "(" && a+2 < e && d.isPunct(a+2, ")") && (d.toks[a+1].Kind == token.Number || len(d.toks[a+1].Key) == 1):
			a += 3
			numbered = true
		case t.Kind == token.Word && len(t.Key) == 1 && a+1 < e && d.isPunct(a+1, ")"):
			a += 2
			numbered = true
		case t.Kind == token.Word && a+2 < e && (d.isPunct(a+1, "-") || d.isPunct(a+1, ".")) && d.toks[a+2].SpaceBefore && isRoman(d.text[t.Start:t.End]):
			a += 2
			numbered = true
		case t.Kind == token.Punct && (t.Key == "-" || t.Key == "+" || t.Key == "•" || t.Key == "*"):
			a++
			numbered = true
		default:
			return a, numbered
		}
	}
	return a, numbered
}

func isRoman(s string) bool {
	if s == "" || len(s) > 5 {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("IVX", c) {
			return false
		}
	}
	return true
}

// skipLeadIns drops sentence adverbials ("Vì vậy,", "Đặc biệt,", "Một là,") at the front.
func (d *doc) skipLeadIns(c, e int) int {
	for c < e {
		// (lacks: is's answer from the index, without a call)
		if !d.lacks(c, e, kLeadIn|kEnum) {
			if last, ok := d.is(c, e, kLeadIn|kEnum); ok {
				if last < e && d.key(last) == keyLa {
					if l, ok := d.is(c, e, kEnum); !ok || l != last {
						break // "Cùng với đó là X": a copular frame, kept with its item
					}
					last++ // "Thứ hai là X": the enumeration and its copula
				}
				c = last
				for c < e && (d.isPunct(c, ",") || d.isPunct(c, ":")) {
					c++
				}
				continue
			}
		}
		if d.toks[c].Kind == token.Punct && (d.isPunct(c, ",") || d.isPunct(c, "-") || d.isPunct(c, `"`)) {
			c++
			continue
		}
		break
	}
	return c
}

// skipJoiners skips ", : rằng là" after a verb.
func (d *doc) skipJoiners(c, e int) int {
	for c < e {
		t := &d.toks[c]
		if t.Kind == token.Punct && (t.Key == "," || t.Key == ":") {
			c++
			continue
		}
		if t.Key == keyRang || t.Key == keyLa {
			c++
			continue
		}
		break
	}
	return c
}

func (d *doc) verbAt(c, e int) bool {
	if d.ix != nil {
		switch v := int(d.ix[c].verb); {
		case v == 0:
			return false // no opener here, or inside a compound word
		case v <= e:
			return true
		}
	}
	m, ok := d.lx.verbs.At(d.toks[:e], c)
	return ok && m.Value && m.Last <= e
}

func (d *doc) hasKind(a, e int, k kind) bool {
	_, ok := d.findKind(a, e, k)
	return ok
}

// absent reports, from the text's or the sentence's kinds, that no cue of
// kind k starts in [a, e): the text holds none, or [a, e) lies inside the
// sentence being read, which holds none.
func (d *doc) absent(a, e int, k kind) bool {
	return d.docPre&k == 0 || d.sentPre&k == 0 && a >= d.sentA && e <= d.sentB
}

// findKind returns the end of the first cue of kind k in [a, e).
func (d *doc) findKind(a, e int, k kind) (int, bool) {
	if d.absent(a, e, k) {
		return 0, false
	}
	if a >= 0 && e <= len(d.ix) { // the index: hop from cue to cue
		for i := d.nextCue(a); i < e; i = d.nextCue(i + 1) {
			switch l := int(d.ix[i].last); {
			case l <= e:
				if d.ix[i].val&k != 0 {
					return l, true
				}
			default:
				if last, ok := d.isSlow(i, e, k); ok {
					return last, true
				}
			}
		}
		return 0, false
	}
	for i := a; i < e; i++ {
		if last, ok := d.is(i, e, k); ok {
			return last, true
		}
	}
	return 0, false
}

func (d *doc) findKey(a, e int, w string) (int, bool) {
	key := foldedKey(w)
	h := token.KeyHash(key)
	for i := a; i < e; i++ {
		if t := &d.toks[i]; token.HashOf(t) == h && t.Key == key {
			return i, true
		}
	}
	return 0, false
}

// hasFutureFrame: a focus cue counts when its sentence names a coming period or tasks.
func (d *doc) hasFutureFrame(a, f int) bool {
	if d.hasKind(a, f, kFuture) {
		return true
	}
	if _, ok := d.findKey(a, f, "nhiệm"); ok && !d.hasKind(a, f, kPastFrame) {
		return true
	}
	return false
}

// directive finds a speaker's directive verb in [c, e): its token, the end
// of the cue, and whether one was found.
func (d *doc) directive(c, e int) (int, int, bool) {
	if d.absent(c, e, kDirective) {
		return 0, 0, false
	}
	for j := d.nextCue(c + 1); j < e; j = d.nextCue(j + 1) {
		if d.lacks(j, e, kDirective) {
			continue
		}
		last, ok := d.is(j, e, kDirective)
		if !ok || d.toks[j].Upper {
			continue
		}
		if last >= e || d.isPunct(last, ";") || d.keyIs(last, "va2", hashVa) {
			continue // "chỉ tiêu Quốc hội giao và ...": no object, a relative clause
		}
		if j-2 >= c && d.key(j-1) == keyThe && d.key(j-2) == keyCo {
			continue // "Huyện có thể giao chợ cho ...": a possibility, no request
		}
		if j-1 > c && d.toks[j-1].Kind == token.Number && d.toks[j-2].Kind == token.Word && !d.toks[j-2].Upper {
			continue // "đặt ra 7 yêu cầu": a counted noun ("Vùng 3 yêu cầu": a name)
		}
		if d.docSubject(c, j) {
			continue // "Nghị quyết số 99/2015/QH13 giao ...": what a document sets out
		}
		if d.courtMotion(j, last, e) {
			continue // "VKS đề nghị HĐXX tuyên phạt ...": a motion in a case
		}
		// (up to the verb's end: "X cần đề xuất Y", the modal right before it)
		if m, modal := d.modal(d.noteClause(c, j), last); modal && m < j && !d.frontedModal(m, j) {
			continue // "X cần đề xuất Y": a modal sentence, not a directive
		}
		if d.inSubord(c, j) || d.inPurpose(c, j) {
			continue // "sau khi X đề nghị ...,", "X đã có ý kiến để yêu cầu ...": background
		}
		if last < e && d.key(last) == keyCua {
			continue // "đề nghị của X": a noun, the request of X
		}
		if l2, ok := d.is(last, e, kRelHead); ok && l2 < e && d.isPunct(l2, ",") {
			continue // "Phát biểu giao nhiệm vụ, ông X nêu ...": a bare noun object, the occasion of a speech
		}
		if d.key(j) == keyMong && d.hopeAfter(last, e) && !d.peopleAt(d.skipJoiners(last, e), e) {
			continue // "mong rằng phiên xử này sẽ mang lại ...": a hope, as "hy vọng"
		}
		if d.plannedOrOnly(j, last, e) {
			continue // "sẽ chỉ đạo giải quyết", "chỉ đạo mới được xử lý": see reported.go
		}
		if last < e && d.auxAt(j, e, kDirEvent) && d.eventAt(last, e) {
			continue // "dự và chỉ đạo Lễ công bố ...": presides over an event
		}
		if d.hasKindAt(d.skipJoiners(last, e), e, kSelf) {
			continue // "tôi mong rằng mình ...": a wish for oneself
		}
		if j-1 > c && d.auxAt(j-1, j, kCopula) && !d.endsAt(c, j-1, kSpeech) {
			continue // "nhiệm vụ của X là chỉ đạo ...": a definition
		}
		if (d.speakerBefore(c, j) || d.politeBefore(c, j) || d.carriedSpeaker(c, j, last) || d.speechRequest(c, j, last, e)) && !d.receives(last, e) && !d.hasKind(c, j, kBelief) {
			if d.hasKind(max(c, j-3), j, kHabit) || d.hasKind(max(c, j-8), j, kDraft) {
				continue // "X thường xuyên chỉ đạo ...": a practice reported; "dự thảo luật đề xuất ...": a draft's content
			}
			// "(giao|đề nghị) X chỉ đạo Y <VP>": the item starts at X,
			// whom the outer request asks to direct ("Trưởng Ban chỉ đạo
			// X đề nghị": no outer request, a name)
			for i := j - 1; i > c && i >= j-12 && last == j+2 && d.key(j) == keyChi && d.key(j+1) == keyDao; i-- {
				if d.toks[i].Kind == token.Punct {
					break
				}
				if d.lacks(i, j, kDirective) {
					continue
				}
				if l, ok := d.is(i, j, kDirective); ok && l < j && d.toks[l].Upper && !d.toks[i].Upper && !d.toks[i-1].Upper {
					return j, l, true
				}
			}
			return j, last, true
		}
	}
	return 0, 0, false
}

// courtMotion reports a verb of proposing at j, ending at last (data kind
// motion: "đề nghị", "kiến nghị"), whose object opens with a court or a
// step of a case (data kind court): "VKS đề nghị HĐXX tuyên phạt bị cáo
// ...", "Cơ quan điều tra đề nghị truy tố 14 bị can ...", "luật sư đề
// nghị tòa xem xét ...", "VKS đề nghị mức án 5-7 năm tù". A party's
// motion in a trial or an investigation asks the court or the prosecutor
// to act in that case: no task of the state's programme ("yêu cầu ...
// truy tố, xét xử các vụ án", a steering body's order, stands).
func (d *doc) courtMotion(j, last, e int) bool {
	if l, ok := d.frameIs(j, last, k2Motion); !ok || l != last {
		return false
	}
	k := d.skipJoiners(last, e)
	if dl, ok := d.auxIs(k, e, kDet); ok && dl < e {
		k = dl // "đề nghị các tòa ..."
	}
	_, ok := d.frameIs(k, e, k2Court)
	return ok
}

// hopeAfter reports "sẽ" in the clause after a verb of wishing ending at
// last, before its end and within twelve tokens ("mong rằng phiên xử này
// sẽ mang lại ...", "mong muốn X sẽ tiếp tục nhận được ..."): what will
// come is hoped for, not asked ("mong các cấp quan tâm ..." asks; so does
// a hope for people or bodies to act: "mong rằng bà con sẽ chấp hành ...").
func (d *doc) hopeAfter(last, e int) bool {
	for k := last; k < e && k <= last+12; k++ {
		if d.toks[k].Kind == token.Punct && !d.isPunct(k, ",") {
			return false
		}
		if !d.noCue(k) && d.is1(k, e, kSe) {
			return true
		}
	}
	return false
}

// peopleAt reports a lower-case addressee at k that can be asked to act:
// a determiner and a body or people ("các địa phương", "mọi người"), an
// organ noun ("ngành y tế"), a pronoun of address ("bà con").
func (d *doc) peopleAt(k, e int) bool {
	if k >= e || d.toks[k].Upper || d.toks[k].Kind != token.Word {
		return false
	}
	if l, ok := d.auxIs(k, e, kDet); ok {
		return l < e && d.auxAt(l, e, kOrgan|kHead|kPron)
	}
	return d.auxAt(k, e, kOrgan|kPron)
}

// nameHead reports that a capitalized anchor word [i, last) heads a name:
// a capitalized word follows ("Bộ Y tế", "Ban Bí thư"), or it stands
// inside a sentence, after a word ("của Đảng"). A capital opening a
// sentence before a lower-case word is none ("Bộ đôi tiền đạo ...", "Ban
// huấn luyện ...", "Đoàn quân của HLV ...").
func (d *doc) nameHead(i, last int) bool {
	if last < len(d.toks) && d.toks[last].Upper && d.toks[last].Kind == token.Word {
		return true
	}
	return i > 0 && d.toks[i-1].Kind == token.Word
}

// isQuoteMark reports a quotation mark's key (straight or curly).
func isQuoteMark(k string) bool {
	return k == `"` || k == "“" || k == "”"
}

// resultClause returns where a clause of result starts after the block
// word at i ("Nhận định bão mạnh, nên Bộ trưởng yêu cầu ..."): a comma,
// a connective of result ("nên", "do đó", "vì vậy") and a speaker's
// request verb right after its subject; else -1. The opinion is the
// ground of the request, which stands.
func (d *doc) resultClause(i, e int) int {
	if d.absent(i, e, kClause) || d.absent(i, e, kDirective) {
		return -1
	}
	for k := i + 1; k+1 < e; k++ {
		if !d.isPunct(k, ",") {
			continue
		}
		if d.noCue(k + 1) {
			continue
		}
		l, ok := d.is(k+1, e, kClause)
		if !ok {
			continue
		}
		if _, _, ok := d.directive(l, e); ok {
			return l
		}
	}
	return -1
}

// semiAfterModal reports a semicolon in [c, i) after a modal: what
// stands at i belongs to a later item of the modal's list.
func (d *doc) semiAfterModal(c, i int) bool {
	for k := i - 1; k > c; k-- {
		if d.isPunct(k, ";") {
			// (the later item opens with a verb or "đồng thời": "vụ
			// việc ... thì xử lý theo quy định" states a rule)
			n := k + 1
			return n < i && (d.verbAt(n, i) || d.hasKindAt(n, i, kAdditive)) && d.hasKind(c, k, kModal)
		}
	}
	return false
}

// selfBefore reports a first-person pronoun ending right before token j
// ("tôi", "chúng tôi"), within [c, j).
func (d *doc) selfBefore(c, j int) bool {
	if d.docPre&kSelf == 0 {
		return false
	}
	for k := j - 1; k >= c && k >= j-2; k-- {
		if l, ok := d.is(k, j, kSelf); ok && l == j {
			return d.key(k) != keyDuoc // (not "được": a passive)
		}
	}
	return false
}

// handOver reports "giao <thing> cho <recipient>" with no verb after the
// recipient in its clause: a thing handed over ("giao việc quản lý chợ cho
// UBND huyện;", "tạm giao quyền sử dụng tài sản cho UBND thị trấn,"), no
// task; "giao nhiệm vụ cho Sở Y tế chủ trì ..." asks for the verb after.
func (d *doc) handOver(j, last, e int) bool {
	if last != j+1 || d.key(j) != keyGiao || last >= e || d.toks[last].Upper || d.toks[last].Kind != token.Word || d.auxAt(last, e, kDet|kOrgan) {
		return false
	}
	cho := -1
	for k := last + 1; k < e; k++ {
		t := &d.toks[k]
		if t.Kind == token.Punct {
			if d.isPunct(k, "(") || d.isPunct(k, ")") || d.isPunct(k, "-") {
				continue
			}
			return cho > 0
		}
		if cho < 0 {
			if t.Key == keyCho {
				cho = k
			}
			continue
		}
		if !t.Upper && (d.verbAt(k, e) || d.moreHas(k, e, k2Act)) {
			return false
		}
	}
	return cho > 0
}

// targetDate reports a target at j ("phấn đấu") whose deadline comes
// before its verb: "phấn đấu đến ngày 1-6-2016, đạt 100% ...".
func (d *doc) targetDate(j, last, e int) bool {
	if d.key(last) != keyDen {
		return false
	}
	if _, v, _ := d.at(j, e); v&kTarget == 0 {
		return false
	}
	for k := last + 1; k+1 < e && k <= last+targetDateWords; k++ {
		if d.isPunct(k, ",") {
			return d.verbAt(k+1, e) || d.hasKindAt(k+1, e, kTVerb)
		}
	}
	return false
}

// targetDateWords is how far a target's deadline may run before its comma.
const targetDateWords = 8

// officialOpinion reports the speaker of an opinion verb at i as one who
// directs: an official's title within the few words before it, or a
// sentence opening with a speech at a meeting ("Phát biểu khai mạc ...,").
func (d *doc) officialOpinion(a, c, i int) bool {
	if d.key(c) == keyPhat && c+1 < i && d.key(c+1) == keyBieu {
		return true
	}
	lx := d.lx
	for k := max(c, i-opinionRoleWords); k < i; k++ {
		if t := &d.toks[k]; t.Upper && lx.anchorFirst.has(token.HashOf(t)) {
			if m, ok := lx.anchors.At(d.toks[:i], k); ok && m.Value&dLeader != 0 {
				return true
			}
		}
	}
	return false
}

// opinionRoleWords is how far before an opinion verb its speaker's title may stand.
const opinionRoleWords = 4

// narrows reports "trong đó" or "nhất là" at n: what follows narrows the
// item before it, and stays inside it.
func (d *doc) narrows(n, e int) bool {
	if n+1 >= e {
		return false
	}
	k1, k2 := d.key(n), d.key(n+1)
	return k1 == keyTrong && k2 == keyDo || k1 == keyNhat && k2 == keyLa
}

// pastDirective reports a request verb right after a past marker in
// sentence s ("Thủ tướng đã chỉ đạo ..."): a directive narrated.
func (d *doc) pastDirective(s sentence) bool {
	if d.docPre&kDirective == 0 {
		return false
	}
	for j := d.nextCue(s.a + 1); j < s.b; j = d.nextCue(j + 1) {
		if d.lacks(j, s.b, kDirective) {
			continue
		}
		if _, ok := d.is(j, s.b, kDirective); ok {
			if l, past := d.is(j-1, j, kPast); past && l == j {
				return true
			}
		}
	}
	return false
}

// frontedModal reports a modal at m inside a fronted clause that a comma
// closes before the speaker of the directive verb at j ("Với công tác nhân
// sự phải thực hiện chặt chẽ, Thường trực Ban Bí thư đề nghị ...").
func (d *doc) frontedModal(m, j int) bool {
	for k := j - 1; k > m; k-- {
		if d.isPunct(k, ",") {
			return k+1 < j && d.toks[k+1].Upper && d.speakerBefore(k+1, j)
		}
	}
	return false
}

// bareDirective reports a directive verb opening the clause at c, with
// an object after it ("đề nghị tân phó Ban X tiếp cận ..."), not a noun
// use ("Đề nghị của X", "Đề nghị này") or a wish for oneself.
func (d *doc) bareDirective(c, e int) (int, bool) {
	if d.kinds&kDirective == 0 || d.lacks(c, e, kDirective) {
		return 0, false
	}
	last, ok := d.is(c, e, kDirective)
	if !ok || last >= e {
		return 0, false
	}
	k := d.skipJoiners(last, e)
	if k >= e || d.toks[k].Kind == token.Punct || d.key(k) == keyCua || d.key(k) == keyNay || d.key(k) == keyDo ||
		d.hasKindAt(k, e, kSelf|kPassive|kPast) || d.receives(last, e) {
		return 0, false
	}
	return last, true
}

// candidateSubject reports a candidate noun (data kind candidate) in the
// clause of the modal at m, before it: the modal binds a candidate or a
// post ("Các ứng viên phải vượt qua ...", "Mỗi chức danh cần ít nhất 2
// người ...", "nếu muốn có ý kiến, thí sinh phải giơ tay").
func (d *doc) candidateSubject(c, m int) bool {
	for i := m - 1; i >= c && i >= m-subjWords; i-- {
		if d.toks[i].Kind == token.Punct {
			return false
		}
		if d.moreHas(i, m, k2Cand) {
			return true
		}
	}
	return false
}

// semiRequest finds, in [c, e), a clause after a semicolon that opens
// with a bare request verb ("đề nghị", "yêu cầu") and an addressee (a
// name, a determiner before a body, an organ noun before its name), with
// no past marker before it in the sentence: the decisions or findings of
// the clauses before it are its subject's ("UBKT quyết định cảnh cáo X;
// đề nghị Ban Thường vụ Tỉnh ủy Y thi hành kỷ luật Z"). It returns the
// addressee's token.
func (d *doc) semiRequest(c, e int) (int, bool) {
	if d.absent(c, e, kDirective) {
		return 0, false
	}
	// (the semicolons: d.semis, from the index pass)
	for q := listFrom(d.semis, c+1); q < len(d.semis) && int(d.semis[q])+2 < e; q++ {
		k := int(d.semis[q])
		if d.toks[k].Kind != token.Punct || d.lacks(k+1, e, kDirective) || d.toks[k+1].Upper {
			continue
		}
		last, ok := d.bareDirective(k+1, e)
		if !ok {
			continue
		}
		a := d.skipJoiners(last, e)
		if !(d.addressee(a, e) || d.auxAt(a, e, kOrgan)) || d.courtMotion(k+1, last, e) || d.hasKind(c, k, kPast) {
			continue
		}
		return a, true
	}
	return 0, false
}

// directiveBefore reports a speaker's directive verb in [c, f).
func (d *doc) directiveBefore(c, f int) bool {
	if d.kinds&kDirective == 0 {
		return false
	}
	_, _, ok := d.directive(c, f)
	return ok
}

// passiveRequest reports a clause at c that opens with an addressee
// ("Sở Y tế các tỉnh", "Các bộ, ngành") whose verb, within subjWords, is
// a passive request followed by a verb phrase ("được yêu cầu khẩn trương
// kiểm tra ..."), not negated or past ("đã được yêu cầu": a report).
func (d *doc) passiveRequest(c, e int) bool {
	if d.kinds&kPassive == 0 || !d.bodyOpens(c, e) {
		return false
	}
	for i := c + 1; i < e && i <= c+subjWords; i++ {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			if d.isPunct(i, ",") && d.bodyOpens(i+1, e) {
				continue // "Các bộ, ngành ..."
			}
			return false
		}
		if t.Upper {
			continue
		}
		if last, ok := d.moreIs(i, e, k2PassReq); ok {
			return last < e && !d.is1(i-1, i, kPast|kNeg) && d.verbAt(last, e)
		}
		if d.verbAt(i, e) && !d.headNoun(i, e) {
			return false // the subject's own verb comes first
		}
	}
	return false
}

// bodyOpens reports an organ or a title at k ("Sở", "Bộ trưởng"), or a
// determiner before one ("các sở", "các bộ"): a clause's addressee.
func (d *doc) bodyOpens(k, e int) bool {
	if _, ok := d.moreIs(k, e, k2Org|k2Role); ok {
		return true
	}
	l, ok := d.auxIs(k, e, kDet)
	if !ok || l >= e {
		return false
	}
	if _, ok := d.moreIs(l, e, k2Org|k2Role); ok {
		return true
	}
	return d.auxAt(l, e, kOrgan|kHead)
}

// receives reports whether a request's content, before a purpose clause
// or the next item, has its addressee receive ("nhận được sự quan tâm"):
// a wish to be given something sets the addressee no task.
func (d *doc) receives(c, e int) bool {
	if d.absent(c, e, kPurpose|kReceive) {
		return false // (the loop would find neither)
	}
	for k := c; k < e; k++ {
		if d.isPunct(k, ";") {
			return false
		}
		if d.lacks(k, e, kPurpose|kReceive) {
			continue
		}
		if _, ok := d.is(k, e, kPurpose); ok {
			return false
		}
		if _, ok := d.is(k, e, kReceive); ok {
			return true
		}
	}
	return false
}

// speakerBefore reports whether the words before the verb at j read as its
// speaker: a capitalized name or organ, or "cũng", "này"; no past or
// passive marker; not a noun use ("báo cáo đề nghị").
func (d *doc) speakerBefore(c, j int) bool {
	// "với mong muốn ...", "với yêu cầu ...": a noun after a preposition
	return d.speakerBefore0(c, j) && !d.auxAt(j-1, j, kNounPrep)
}

func (d *doc) speakerBefore0(c, j int) bool {
	if o := d.abbrevBefore(c, j); o > c {
		// "Cục Quản lý X (QLX) đề nghị ...": the name before it speaks;
		// not a body a petition went to ("X đã gửi đơn lên Ủy ban Y (UY)
		// đề nghị ...")
		return !d.hasKind(c, o, kPast) && d.speakerBefore0(c, o)
	}
	if d.pastOrderGiven(c, j) || d.justIssued(c, j) || d.signedBefore(c, j) {
		return true
	}
	if s0, ok := d.reportedRequest(c, j); ok && (d.addresseeAfter(j) || d.detAfter(j)) {
		// "ông X cho biết, Bộ đã (có văn bản) yêu cầu Y ...": a request
		// an official reports as a measure taken stands, though made before
		// ("bà X cho hay, sở đã tham mưu UBND thành phố yêu cầu các chủ
		// đầu tư ...": an organ noun for its subject, a plural addressee)
		return d.upperBefore(c, s0, 8) || s0-1 > c && d.auxAt(s0-1, s0, kOrgan)
	}
	if d.endsAt(c, j, kNoPrev) {
		return false
	}
	if j-1 > c && d.toks[j-1].Key == keySe && !d.toks[j-1].Upper {
		// "Ban cán sự Đảng Bộ X căn cứ kết quả kiểm định sẽ yêu cầu
		// EVN ...": a request announced for later; its subject may stand
		// further back, behind a fronted adjunct
		return !d.hasPastBefore(c, j-1) && d.upperBefore(c, j-1, subjWords/2)
	}
	if d.isPunct(j-1, ",") {
		// "Thủ tướng Nguyễn Xuân Phúc, chỉ đạo"
		return j-2 >= c && d.toks[j-2].Kind == token.Word && d.toks[j-2].Upper && !d.hasPastBefore(c, j-1)
	}
	if d.isPunct(j-1, `"`) && j-2 >= c && d.toks[j-2].Kind == token.Word && (d.toks[j-2].Upper || d.is1(j-2, j-1, kSubject)) {
		return d.speakerBefore0(c, j-1) // 'Cử tri cũng " đề nghị X ... "': a quotation opening at the verb
	}
	if d.toks[j-1].Kind == token.Punct {
		return false
	}
	upper := false
	np := c
	cited := -1 // unknown yet: whether the clause cites a numbered document
	for i := j - 1; i >= c && i >= j-8; i-- {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			np = i + 1
			break
		}
		if d.auxMay(i) && d.auxAt(i, j, kRelPro) {
			np = i + 1
			break // "mà em luôn mong muốn ...": a relative clause's own subject
		}
		np = i
		if d.lacks(i, j, kPast|kPassive) {
			// (no cue of these kinds here)
		} else if last, ok := d.is(i, j, kPast|kPassive); ok && last <= j {
			if cited < 0 {
				cited = 0
				if d.addresseeAfter(j) && d.docCited(c, j) {
					cited = 1
				}
			}
			// "tại Công văn số 2721/UBND, UBND tỉnh đã giao Sở X ...": a
			// direction issued in a numbered document stands
			if cited == 0 || d.is1(i, j, kPassive) {
				return false
			}
		}
		if t.Upper {
			upper = true
		}
		if i == j-1 {
			if _, ok := d.is(i, j, kSubject); ok {
				upper = true
			}
		}
	}
	if upper && np < j && d.verbAt(np, j) && !d.headNoun(np, j) {
		return false
	}
	return upper || d.lowerSpeaker(c, np, j)
}

// abbrevBefore returns the "(" of a parenthesised abbreviation ending
// right before j ("(QLCL&TS)", "(Nafiqad)"): capitalized words and
// joining signs only, up to six tokens, after a word; else -1.
func (d *doc) abbrevBefore(c, j int) int {
	if j-3 < c || !d.isPunct(j-1, ")") {
		return -1
	}
	if o := d.parentBefore(c, j); o > c {
		return o
	}
	for o := j - 2; o > c && o >= j-8; o-- {
		t := &d.toks[o]
		if d.isPunct(o, "(") {
			if o == j-2 || d.toks[o-1].Kind != token.Word {
				return -1
			}
			return o
		}
		if t.Kind == token.Word && !t.Upper || d.isPunct(o, ",") || d.isPunct(o, ";") || d.isPunct(o, ")") {
			return -1
		}
	}
	return -1
}

// parentBefore returns the "(" of a parenthesised parent body or place
// ending right before j ("Cục Quản lý Cạnh tranh (Bộ Công thương) đề
// nghị ...", "UBND huyện X (tỉnh Y) yêu cầu ..."): an organization's or
// a place's head word (capitalized: "Bộ", "Sở"; or lower-case before a
// name: "tỉnh X"), then words only, up to eight tokens, after a word;
// else -1.
func (d *doc) parentBefore(c, j int) int {
	for o := j - 2; o > c && o >= j-10; o-- {
		t := &d.toks[o]
		if d.isPunct(o, "(") {
			if o+1 >= j-1 || d.toks[o-1].Kind != token.Word {
				return -1
			}
			if _, ok := d.moreIs(o+1, j-1, k2Org); ok && d.toks[o+1].Upper {
				return o
			}
			// ("(tỉnh Quảng Ngãi)": an organ's head word and a name; not
			// an aside, "(đơn vị mới thành lập)")
			if l, ok := d.auxIs(o+1, j-1, kOrgan); ok && l < j-1 && d.toks[l].Upper {
				return o
			}
			return -1
		}
		if t.Kind != token.Word && !d.isPunct(o, "&") {
			return -1
		}
	}
	return -1
}

// lowerSpeaker reports a lower-case speaker in [np, j) that opens the
// clause after a fronted adverbial or connector ("Do đó, ông đề nghị ...",
// "Tại phiên họp, ban chỉ đạo yêu cầu ..."): a pronoun of address alone,
// or an organ's head word and at least one more word ("ban chỉ đạo", not
// "ban" before "chỉ đạo": the verb there names the organ).
func (d *doc) lowerSpeaker(c, np, j int) bool {
	if np >= j || d.toks[np].Upper || d.toks[np].Kind != token.Word || !(np == c || d.isPunct(np-1, ",")) {
		return false
	}
	if l, ok := d.auxIs(np, j, kPron); ok && l == j {
		return true
	}
	if d.firstPerson(np, j) {
		return true // "Về vấn đề này, tôi đề nghị ...": see reported.go
	}
	l, ok := d.moreIs(np, j, k2Org)
	return ok && l < j && j-np <= 4
}

// pastOrderGiven reads "<Org> (đã|vừa) (yêu cầu|chỉ đạo (cho)?|giao)
// <addressee> <VP>" at the directive verb at j: an order reported as
// given, which stands; "đã" or "vừa" says when it was given, not that the
// work is done. The subject, right before "đã", holds a capitalized word and no
// verb of speech, request or modality ("Ủy ban Thường vụ cho biết đã chỉ
// đạo ...": a self-report); the addressee is capitalized or a plural of
// organs. Under a fronted past year ("Năm 2015, X đã giao ...") the order
// is background.
func (d *doc) pastOrderGiven(c, j int) bool {
	if j-2 < c || uint(j) >= uint(len(d.ix)) {
		return false
	}
	m := d.pastMarkerBefore(c, j) // the past marker
	if m < 0 {
		return false
	}
	last, ok := d.moreIs(j, len(d.toks), k2Down)
	if !ok {
		return false
	}
	if last < len(d.toks) && d.key(last) == keyCho {
		last++
	}
	if !d.bodyAt(last, len(d.toks)) && !d.countedBody(last, len(d.toks)) {
		return false
	}
	upper := false
	s := m // the subject's first token
	for i := m - 1; i >= c && i >= m-9; i-- {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			break
		}
		if !t.Upper && !d.lacks(i, m, kSpeech|kDirective|kModal|kNeg|kPassive|kSubord|kPurpose|kPast|kBelief) {
			return false // (a capitalized word is a name's: "Cần Thơ")
		}
		if t.Upper {
			upper = true
		}
		s = i
	}
	if !upper || d.pastYearBefore(c, s) || d.pastInstance(s) {
		return false
	}
	return true
}

// pastMarkerBefore returns the past marker ("đã", "vừa") of the request
// verb at j: right before it, or before a lower-case verb of one or two
// words and "và" ("Chính phủ đã họp và yêu cầu TP X ...", "Đoàn đã kiểm
// tra và yêu cầu Y ..."), which is how the order was given; -1 if none.
func (d *doc) pastMarkerBefore(c, j int) int {
	if d.keyIs(j-1, keyDa, hashDa) || d.key(j-1) == keyVua {
		return j - 1
	}
	if j-3 <= c || !d.keyIs(j-1, "va2", hashVa) {
		return -1
	}
	for m := j - 3; m >= j-4 && m > c; m-- {
		if d.keyIs(m, keyDa, hashDa) {
			for i := m + 1; i < j-1; i++ {
				if t := &d.toks[i]; t.Upper || t.Kind != token.Word || !d.lacks(i, j-1, kSpeech|kDirective|kModal|kNeg|kPassive|kPast|kPromise) {
					return -1
				}
			}
			return m
		}
	}
	return -1
}

// countedBody reports a counted plural of bodies at k: a number, then an
// organ or an organization noun ("2 công ty này", "5 sở"), an addressee
// as good as a named one.
func (d *doc) countedBody(k, e int) bool {
	if k+1 >= e || d.toks[k].Kind != token.Number {
		return false
	}
	if _, ok := d.moreIs(k+1, e, k2Org); ok {
		return true
	}
	return d.auxAt(k+1, e, kOrgan)
}

// pastInstance reports a clause at s opened by "Trong đó," at the start
// of its sentence, after a sentence of the same paragraph that reports
// past work ("Công tác chuẩn bị đã và đang được tiến hành ... . Trong đó,
// Ủy ban Thường vụ đã chỉ đạo ..."): the order is one instance of the work
// done, no task.
func (d *doc) pastInstance(s int) bool {
	if s-3 < 0 || s-3 != d.sentA || !d.isPunct(s-1, ",") || d.key(s-3) != keyTrong || d.key(s-2) != keyDo {
		return false
	}
	for k := s - 4; k >= 0 && k >= s-80; k-- {
		if t := &d.toks[k]; token.HashOf(t) == hashDa && t.Key == keyDa {
			return true
		}
		if d.toks[k].LineBefore {
			break // the paragraph's first token
		}
	}
	return false
}

// justIssued reads "<Org> vừa (có|ban hành|gửi|ký) <document> (<qualifier>)
// <directive verb at j> <addressee>": a document just issued, whose
// request stands ("Bộ trưởng X vừa có công điện hỏa tốc yêu cầu các đơn
// vị liên quan ..."). The subject, right before "vừa", holds a
// capitalized word and no verb of speech, request or modality; "đã có văn
// bản yêu cầu", a document issued some time ago, is narrated background.
func (d *doc) justIssued(c, j int) bool {
	if j-4 < c || uint(j) >= uint(len(d.ix)) {
		return false
	}
	if d.absent(max(c, j-8), j, kPast) {
		return false // ("vừa" is a past cue)
	}
	vua := false // (most request verbs have no "vừa" before them: done)
	for k := j - 3; k >= c && k >= j-8; k-- {
		if t := &d.toks[k]; token.HashOf(t) == hashVua && t.Key == keyVua {
			vua = true
			break
		}
	}
	if !vua {
		return false
	}
	q := j // the end of the document phrase ("công văn khẩn, yêu cầu")
	if d.isPunct(j-1, ",") {
		q = j - 1
	}
	s := -1 // the document noun's first token
	for k := q - 1; k > c && k >= q-5; k-- {
		if d.toks[k].Kind != token.Word || d.toks[k].Upper {
			return false
		}
		if l, ok := d.auxIs(k, q, kDocType); ok && (l == q || l >= q-3) {
			s = k
			break
		}
	}
	if s < 0 {
		return false
	}
	v := -1 // the issuing verb
	for k := max(c, s-2); k < s; k++ {
		if l, ok := d.moreIs(k, s, k2Issue); ok && l == s {
			v = k
			break
		}
	}
	if v-2 < c || d.key(v-1) != keyVua {
		return false
	}
	last, ok := d.is(j, len(d.toks), kDirective)
	if !ok || !(d.bodyAt(last, len(d.toks)) || last < len(d.toks) && d.toks[last].Upper && d.toks[last].Kind == token.Word) {
		return false // (a capitalized addressee: "Chính phủ", "Thống đốc X")
	}
	upper := false
	for i := v - 2; i >= c && i >= v-12; i-- {
		t := &d.toks[i]
		if d.isPunct(i, ")") {
			// "Cục X (Bộ Y) vừa có ...": a bracketed apposition
			for i > c && !d.isPunct(i, "(") {
				i--
			}
			continue
		}
		if t.Kind == token.Punct {
			if d.issuerPunct(i, v) {
				continue // "Tổng cục X, Bộ Văn hóa - thể thao và du lịch vừa có": see reported.go
			}
			break
		}
		if !t.Upper && !d.lacks(i, v-1, kSpeech|kDirective|kModal|kNeg|kPassive|kSubord|kPurpose|kPast|kBelief) {
			return false
		}
		if t.Upper {
			upper = true
		}
	}
	return upper
}

// bodyAt reports an addressee that is a body or an office at k: a
// determiner before a body or a person ("các sở", "các đơn vị"), or a
// capitalized organization, title or acronym ("Sở Xây dựng", "Chủ tịch
// UBND", "CDC Hà Nội"); a name alone ("ông Biden đã yêu cầu Mike ...")
// is a narrated person, not an office given a task.
func (d *doc) bodyAt(k, e int) bool {
	if k >= e {
		return false
	}
	if _, ok := d.auxIs(k, e, kDet); ok {
		return d.addressee(k, e)
	}
	t := &d.toks[k]
	if !t.Upper || t.Kind != token.Word {
		return false
	}
	if _, ok := d.moreIs(k, e, k2Org|k2Role); ok || d.auxAt(k, e, kHead|kOrgan) {
		return true
	}
	w := d.text[t.Start:t.End]
	r1, n := utf8.DecodeRuneInString(w)
	r2, _ := utf8.DecodeRuneInString(w[n:])
	return unicode.IsUpper(r1) && unicode.IsUpper(r2) // an acronym: "UBND", "CDC"
}

// pastYearBefore reports a period in [c, s) that ended over half a year
// before the article's date, or, with no date, one with its year written:
// a past frame in front of a reported order.
func (d *doc) pastYearBefore(c, s int) bool {
	if s <= c {
		return false
	}
	lo, hi := d.toks[c].Start, d.toks[s-1].End
	ref := ""
	if !d.date.IsZero() {
		ref = d.date.AddDate(0, -6, 0).Format("2006-01-02")
	}
	for _, p := range d.periods(c, s) {
		if p.Span.Start < lo || p.Span.End > hi {
			continue
		}
		if ref == "" && !p.YearInferred || ref != "" && p.End != "" && p.End < ref {
			return true
		}
	}
	return false
}

// eventAt reports an event noun at k, after a determiner if any ("các
// phiên họp", "Lễ công bố").
func (d *doc) eventAt(k, e int) bool {
	if l, ok := d.auxIs(k, e, kDet); ok {
		k = l
	}
	return d.auxAt(k, e, kEvent)
}

// listLine reports a line that goes on with an open task list though it
// has no final stop: verb-first items joined by semicolons ("Phát huy
// ...; tiếp tục ...; Tăng cường ..."). A heading has no semicolons.
func (d *doc) listLine(m mode, c, e int) bool {
	if m != mTask {
		return false
	}
	c = d.skipLeadIns(c, e)
	if c >= e || !d.verbAt(c, e) {
		return false
	}
	for i := c; i < e; i++ {
		if d.isPunct(i, ";") {
			return true
		}
	}
	return false
}

// comingFrame reports a sentence that opens with a frame naming a period
// after the article's date ("Từ năm 2017 các địa phương bố trí ...") and
// has no past marker "đã": in an open task list, one more task.
//
// With no article date, any dated frame without "đã" counts: in an open
// list of requests, "Từ năm 2017 các địa phương bố trí ..." is one more.
func (d *doc) comingFrame(c, e int) bool {
	if !(d.hasKindAt(c, e, kFrame) || d.auxAt(c, e, kFrom)) {
		return false
	}
	if _, ok := d.findKey(c, e, "đã"); ok {
		return false
	}
	// "Trong năm 2016, Sở X chỉ mới khởi công ...": "chỉ mới" before the
	// verb says how little has been done so far, a report as "đã" is
	for k := c; k+2 < e; k++ {
		if d.key(k) == keyChi && d.key(k+1) == keyMoi && d.toks[k+2].Kind == token.Word && !d.toks[k+2].Upper {
			return false
		}
	}
	lo := d.toks[c].Start
	hi := d.toks[min(e, c+6)-1].End
	ref := ""
	if !d.date.IsZero() {
		ref = d.date.Format("2006-01-02")
	}
	for _, p := range d.periods(c, e) {
		if p.Span.Start >= lo && p.Span.Start < hi && p.Start > ref {
			return true
		}
	}
	return false
}

// subjVerb reports a capitalized subject at c followed, within subjWords
// and no punctuation, by a lower-case verb ("Chi cục Thuế thành phố X
// kiểm tra ..."), with no past, passive or negation marker before it.
func (d *doc) subjVerb(c, e int) bool {
	if c >= e || !d.toks[c].Upper || d.toks[c].Kind != token.Word {
		return false
	}
	for i := c + 1; i < e && i <= c+subjWords; i++ {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			return false
		}
		if t.Upper || t.Kind != token.Word {
			continue
		}
		if d.is1(i, e, kPast|kPassive|kNeg|kDirective|kSpeech|kModal|kBelief) {
			return false
		}
		if d.verbAt(i, e) {
			return !d.headNoun(i, e)
		}
	}
	return false
}

// roleSubject reports a clause at c opening with an addressee: a title
// and the organization it heads ("Chủ tịch Ủy ban nhân dân tỉnh X", "Bộ
// trưởng Bộ Y", "Thủ trưởng các cơ quan, đơn vị") or an organization
// alone ("Bộ Y tế", "Ủy ban nhân dân các tỉnh"), then, within subjWords
// (twice: a list of names may follow, "Bộ trưởng các Bộ: A, B, C, ...")
// and across commas only between nouns ("các tỉnh, thành phố"), a
// lower-case verb or "chỉ đạo", with no past, passive, negation, speech,
// request, modal or commitment first. A bare title ("Chủ tịch nước") or
// a name after it ("Bộ trưởng Nguyễn Văn A") is a speaker, not an
// addressee.
func (d *doc) roleSubject(c, e int) bool {
	if !d.toks[c].Upper {
		return false
	}
	if dl, ok := d.auxIs(c, e, kDet); ok && dl < e {
		// "Các Bộ: Quốc phòng, Công an chủ động ...", "Các bộ, ngành ...",
		// "Các Bộ trưởng ...": a plural of organs or titles
		// ("Các Trung tâm X vùng 1 tiếp nhận ...": a plural of a
		// capitalized organization's head word)
		if _, ok := d.moreIs(dl, e, k2Role); ok {
			c = dl
		} else if _, ok := d.moreIs(dl, e, k2Org); ok && d.toks[dl].Upper {
			return d.roleVerb(c, dl, e)
		} else if !d.auxAt(dl, e, kOrgan) {
			return false
		} else {
			return d.roleVerb(c, dl, e)
		}
	}
	l, ok := d.moreIs(c, e, k2Role)
	if !ok {
		// "Bộ Giao thông vận tải chỉ đạo ...": an organization alone, its
		// name capitalized or a full name ("Ủy ban nhân dân các tỉnh"),
		// not a common noun ("Hội nghị", "Đoàn công tác")
		o, ok := d.moreIs(c, e, k2Org)
		if !ok || o >= e || !(d.toks[o].Upper || o-c >= 3 || d.auxAt(o, e, kDet)) {
			return false
		}
		l = c
	}
	if l >= e {
		return false
	}
	k := l
	if k == c {
		// (the organization's word itself)
	} else if dl, ok := d.auxIs(k, e, kDet); ok {
		if !d.auxAt(dl, e, kOrgan) {
			return false
		}
	} else if _, ok := d.moreIs(k, e, k2Org); !ok || !d.toks[k].Upper {
		return false
	}
	return d.roleVerb(c, k, e)
}

// roleVerb reads roleSubject's verb after the addressee's first word at k.
func (d *doc) roleVerb(c, k, e int) bool {
	for i := k + 1; i < e && i <= c+2*subjWords; i++ {
		t := &d.toks[i]
		if t.Kind == token.Punct && !t.SpaceBefore && i+1 < e && !d.toks[i+1].SpaceBefore && d.toks[i+1].Kind != token.Punct {
			continue // "QLNL&TS", "vùng 1/6": a sign inside a name or a number
		}
		if t.Kind == token.Punct {
			if t.Key == "," && i+1 < e && d.toks[i+1].Kind == token.Word && !d.toks[i+1].Upper && d.noCue(i+1) && !d.verbAt(i+1, e) {
				continue // "các tỉnh, thành phố": nouns joined
			}
			if (t.Key == "," || t.Key == ":") && i+1 < e && d.toks[i+1].Kind == token.Word && d.toks[i+1].Upper {
				continue // "các tỉnh: Quảng Ninh, Hải Phòng", "Bộ Y tế, Bộ Công an": names joined
			}
			return false
		}
		if t.Upper && d.personAt(i, e) {
			return false // "Bộ trưởng Bộ Y tế Nguyễn Văn A chủ trì ...": a person's act
		}
		if t.Upper || t.Kind != token.Word {
			continue
		}
		if l, ok := d.is(i, e, kDirective); ok {
			// "Bộ trưởng Bộ Y chỉ đạo các đơn vị ...": what the addressee
			// is to direct; another request verb is the title holder's own
			return l == i+2 && d.key(i) == keyChi && d.key(i+1) == keyDao
		}
		if d.is1(i, e, kPast|kPassive|kNeg|kSpeech|kModal|kBelief|kPromise|kPledge|kStatement) {
			return false
		}
		if d.verbAt(i, e) || d.actAt(i, e) {
			// ("... cho ý kiến về việc chuẩn bị ...": a verb after a
			// nominalizer is a noun, and what stands before it no subject)
			return !d.headNoun(i, e) && !d.auxAt(i-1, i, kNominal)
		}
	}
	return false
}

// actAt reports an action verb of the act list at i ("tiếp nhận").
func (d *doc) actAt(i, e int) bool {
	_, ok := d.moreIs(i, e, k2Act)
	return ok
}

// personAt reports a person's name at i: a family name, then two
// capitalized words or more ("Nguyễn Hữu Đông"), not a place named so
// ("Hồ Chí Minh"); a place of two syllables ("Hà Giang", "Cao Bằng") is
// none.
func (d *doc) personAt(i, e int) bool {
	if i+2 >= e || !d.toks[i+1].Upper || !d.toks[i+2].Upper || d.toks[i+1].Kind != token.Word || d.toks[i+2].Kind != token.Word {
		return false
	}
	if _, ok := d.moreIs(i, e, k2Surname); !ok {
		return false
	}
	_, place := d.moreIs(i, e, k2NotName)
	return !place
}

// condDirective reads a conditional direction: "Nếu <condition>, <verb>
// ..." with a verb right after the condition's comma.
func (d *doc) condDirective(c, e int) bool {
	l, ok := d.auxIs(c, e, kCond)
	if !ok {
		return false
	}
	for i := l; i+1 < e && i <= l+subjWords; i++ {
		if d.isPunct(i, ",") {
			k := d.skipJoiners(i+1, e)
			if l, ok := d.is(k, e, kSe); ok && d.is1(l, e, kPassive) {
				return false // "Trường hợp nào chống đối, sẽ bị đe dọa": a consequence
			}
			if k < e && !d.toks[k].Upper && d.verbAt(k, e) {
				return true
			}
			// "Nếu trái tuyến, trái chuyên khoa cần xử lý ...": a modal and
			// its verb later in the clause after the condition
			for m := k; m < e && m <= k+subjWords; m++ {
				if d.isPunct(m, ";") || d.isPunct(m, ":") {
					return false
				}
				if d.lacks(m, e, kModal) {
					continue
				}
				if l, ok := d.is(m, e, kModal); ok && l < e && !d.toks[m].Upper && (d.verbAt(l, e) || d.actAt(l, e)) {
					// ("..., chúng tôi phải làm ...": what the speakers must do themselves)
					return !d.hasKind(k, m, kSelf)
				}
			}
			return false
		}
		if d.toks[i].Kind == token.Punct {
			return false
		}
	}
	return false
}

// pluralBody reports a determiner and an organ, a unit or an office at
// c ("các cơ quan", "các sở", "các Trung tâm"): a plural addressee.
func (d *doc) pluralBody(c, e int) bool {
	l, ok := d.auxIs(c, e, kDet)
	if !ok || l >= e {
		return false
	}
	if _, ok := d.moreIs(l, e, k2Org|k2Role); ok {
		return true
	}
	return d.auxAt(l, e, kOrgan)
}

// narrated reports a clause at c whose first verb, within its first 15
// tokens, bears the past marker "đã" after a subject ("Dịp này, đồng chí
// X đã trao ..."), with no modal, request or verb of continuing effort
// before it, and no modal anywhere: a narration, not an item.
func (d *doc) narrated(c, e int) bool {
	if c >= e || d.verbAt(c, e) || d.actAt(c, e) || d.hasKind(c, e, kModal) {
		return false
	}
	for k := c + 1; k < e && k < c+15; k++ {
		if !d.toks[k].Upper && (d.verbAt(k, e) || d.actAt(k, e)) {
			return false // the first verb, with no past marker before it
		}
		if d.lacks(k, e, kPast|kDirective|kCont|kPromise) {
			continue
		}
		if d.is1(k, e, kDirective|kCont|kPromise) {
			return false
		}
		if t := &d.toks[k]; token.HashOf(t) == hashDa && t.Key == keyDa {
			return true
		}
	}
	return false
}

// topicFrame returns the token after the comma closing a fronted topic
// frame at c ("Đối với dự án X,", "Về công tác cán bộ,"), within subjWords
// tokens and no other punctuation but commas inside a name; else c.
func (d *doc) topicFrame(c, e int) int {
	if d.lacks(c, e, kFrame) {
		return c // (as is would answer)
	}
	l, ok := d.is(c, e, kFrame)
	if !ok {
		return c
	}
	for k := l; k < e && k <= l+subjWords; k++ {
		if d.isPunct(k, ",") {
			if k+1 < e && d.toks[k+1].Kind == token.Word && !d.toks[k+1].Upper {
				return k + 1
			}
			continue
		}
		if d.toks[k].Kind == token.Punct && !(d.isPunct(k, "(") || d.isPunct(k, ")") || d.isPunct(k, "-")) {
			return c
		}
	}
	return c
}

// actFirst reports a clause at c opening with an action verb of the act
// list ("Lắp đặt camera ...", "Báo cáo kết quả ... về Cục"): in a
// directive's open list, a bare imperative. Not a noun use ("Báo cáo của
// X", "Báo cáo này", "Tổng hợp hình phạt là ...", "Báo cáo X không nêu
// ..."), nor a clause that narrates, speaks, requests or promises of its
// own.
func (d *doc) actFirst(c, e int) bool {
	l, ok := d.moreIs(c, e, k2Act)
	if !ok || l >= e {
		return false
	}
	if l+1 < e && d.isPunct(l, ",") && d.seriesVerb(l+1, e) {
		// "Xem xét, chỉ đạo sửa đổi ...": a series of verbs
	} else if t := &d.toks[l]; t.Kind == token.Punct || t.Key == keyCua || t.Key == keyNay || t.Key == keyDo || t.Key == keyLa || d.auxAt(l, e, kNominal|kCopula) {
		return false
	}
	if l+1 < e && d.key(l+1) == keyCua {
		return false // "Cảnh báo trên của EU ...": a noun, its demonstrative, whose
	}
	for k := l + 1; k < e && k <= l+4; k++ {
		if d.toks[k].Kind == token.Punct {
			break
		}
		if d.key(k) == keyLa {
			return false // "Tổng hợp hình phạt là ...": the verb's phrase, a subject
		}
	}
	// (a prohibition negates again: "Không để lọt những cán bộ không đủ
	// tiêu chuẩn ...")
	for k := l + 1; k < e && k <= l+8 && !d.is1(c, e, kNeg); k++ {
		if d.toks[k].Kind == token.Punct {
			break
		}
		if d.is1(k, e, kNeg) && !(k+1 < e && d.keyIs(k+1, keyDe, hashDe)) {
			return false // "Báo cáo tiến độ dự án không đề cập ...": a subject and its verb
		}
	}
	// (a pledge verb is one more verb of the series: "Tổng hợp X, xác
	// định thẩm quyền ...")
	// ("Xem xét, chỉ đạo sửa đổi ...": a directive verb next in the
	// series is one more of its verbs)
	rest := c
	if d.isPunct(l, ",") && l+1 < e {
		if m, ok := d.is(l+1, e, kDirective); ok {
			rest = m
		}
	}
	if d.hasKind(rest, e, kSpeech|kDirective|kPromise|kBelief) {
		return false
	}
	// "Báo cáo kết quả đã được gửi ...": a past marker before a passive or
	// a copula, or right after the verb, narrates; one in a relative clause
	// of the object stands ("thu hồi các giấy phép đã cấp sai")
	// (after a comma, the main clause of a fronted one: "Tiếp thu ý kiến
	// trên, cơ quan soạn thảo đã quy định ...")
	comma := false
	for k := l; k < e; k++ {
		if d.isPunct(k, ",") {
			comma = true
		}
		if d.lacks(k, e, kPast) {
			continue
		}
		if p, ok := d.is(k, e, kPast); ok && (comma || k <= l+1 || p < e && (d.is1(p, e, kPassive) || d.key(p) == keyLa)) {
			return false
		}
	}
	return true
}

// frontedReport reports a verb-first clause at c that is a fronted frame
// closed by a comma within frameReach tokens, its main clause after the
// comma opening with no verb (a subject of its own) and either
//
//   - reporting: a past or progressive marker ("đã", "đang") in the main
//     clause's first subjWords tokens, after a subject with no verb but
//     a speech verb and no punctuation but commas, and before any "thì"
//     (a condition's consequence) ("Đối với các dự án X, dự án Y đã đạt 63%",
//     "Triển khai ý kiến chỉ đạo của Thủ tướng, Bộ X đã tập trung ..."), or
//   - carrying out a direction: the frame is a verb of carrying out and a
//     noun of direction (data kinds carry, guide, or a document's type,
//     "Thực hiện ý kiến của Ban cán sự, Bộ Nội vụ có Công văn ..."), and
//     the main clause opens with a capitalized subject or a date
//     ("Thực hiện chủ trương của Đảng, ngày 7/4, ...").
//
// Either narrates how a direction was carried out; it goes on with no
// list ("Quán triệt chỉ đạo, hướng dẫn ...": a verb after the comma is
// one more of the series).
func (d *doc) frontedReport(c, e int) bool {
	// (cheap tests first: a past marker in the sentence being read, or a
	// verb of carrying out at c; most verb-first items have neither)
	_, carry := d.frameIs(c, e, k2Carry)
	if d.kinds&kPast == 0 && !carry {
		return false
	}
	k := -1
	for i := c + 1; i < e && i <= c+frameReach; i++ {
		if d.toks[i].Kind == token.Punct {
			if d.isPunct(i, ",") {
				k = i
			}
			break
		}
	}
	if k < 0 || k+1 >= e || d.verbAt(k+1, e) {
		return false
	}
	if d.kinds&kPast != 0 && d.pastMain(k+1, e) {
		return true
	}
	l, ok := d.frameIs(c, k, k2Carry)
	if !ok {
		return false
	}
	for i := l; i < k && i <= l+2; i++ {
		if _, ok := d.frameIs(i, k, k2Guide); ok || d.auxAt(i, k, kDocType) {
			t := &d.toks[k+1]
			return t.Kind == token.Word && t.Upper || d.key(k+1) == keyNgay
		}
	}
	return false
}

// pastMain reports "đã" or "đang" within subjWords tokens of a main
// clause opening at s, after a subject with no verb but a speech verb,
// no punctuation but commas and no "thì" (frontedReport). The scan hops
// to the first past cue, then reads the tokens before it.
func (d *doc) pastMain(s, e int) bool {
	p := d.nextCue(s)
	for p < e && p <= s+subjWords && d.lacks(p, e, kPast) {
		p = d.nextCue(p + 1)
	}
	if p >= e || p > s+subjWords {
		return false
	}
	if l, ok := d.is(p, e, kPast); !ok || l <= p || d.key(p) != keyDa && d.key(p) != keyDang {
		return false
	}
	for i := s; i < p; i++ {
		if t := &d.toks[i]; t.Kind == token.Punct && !d.isPunct(i, ",") || d.key(i) == keyThi {
			return false
		}
		if d.verbAt(i, e) && !d.hasKindAt(i, e, kSpeech) {
			return false // "..., cứu nạn, bằng mọi cách cứu hộ người dân đang ...": a verb, its object's relative clause
		}
	}
	return true
}

// duty returns where the first task starts in a sentence giving a body's
// duties: a body ("Ban chỉ đạo", "Tổ công tác") at c, its name (no
// punctuation), a duty phrase ("có nhiệm vụ", "còn có nhiệm vụ") and,
// after an optional ", quyền hạn", a verb phrase.
//
// In an open list (open), the body and "còn" before a verb give one more
// duty ("Ban chỉ đạo còn thực hiện ...").
func (d *doc) duty(c, e int, open bool) (int, bool) {
	if c >= e || !d.toks[c].Upper || !d.lx.dutiesFirst.has(token.HashOf(&d.toks[c])) {
		return 0, false
	}
	l, ok := d.dutyIs(c, e, dBody)
	if !ok {
		return 0, false
	}
	if open && l+1 < e && d.key(l) == keyCon && d.verbStarts(l+1, e) {
		return l + 1, true
	}
	for i := l; i < e && i <= l+dutyName; i++ {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			return 0, false
		}
		if t.Hash != hashCo && t.Hash != hashCon {
			continue // (every duty phrase opens with "có" or "còn")
		}
		m, ok := d.dutyIs(i, e, dDuty)
		if !ok {
			continue
		}
		if m+2 < e && d.isPunct(m, ",") {
			if m2, ok := d.dutyIs(m+1, e, dDuty); ok {
				m = m2 // "có nhiệm vụ, quyền hạn"
			}
		}
		if m < e && d.isPunct(m, ":") {
			m++
		}
		if m < e && d.verbStarts(m, e) {
			return m, true
		}
		return 0, false
	}
	return 0, false
}

// dutyOpens reports a sentence [a, b) opening with a body's duties.
func (d *doc) dutyOpens(a, b int) bool {
	_, ok := d.duty(a, b, false)
	return ok
}

// dutyMore reports, in a directive's open list (open), a body's one more
// duty at c ("Ban chỉ đạo còn thực hiện ...").
func (d *doc) dutyMore(c, e int, open bool) bool {
	if !open || !d.dutyFirst(c) {
		return false
	}
	_, ok := d.duty(c, e, true)
	return ok
}

// dutyFirst reports a capitalized token at i that may open a body's name:
// the one-bit test before duty.
func (d *doc) dutyFirst(i int) bool {
	if uint(i) >= uint(len(d.toks)) {
		return false
	}
	t := &d.toks[i]
	return t.Upper && t.Hash != 0 && d.lx.dutiesFirst.has(t.Hash)
}

// dutyName is how many words a body's name may run before its duty phrase.
const dutyName = 12

// verbStarts reports a verb of the verb or the act list at i, or a series
// of them.
func (d *doc) verbStarts(i, e int) bool {
	return d.toks[i].Kind == token.Word && (d.verbAt(i, e) || d.moreHas(i, e, k2Act) || d.is1(i, e, kDirective))
}

// dutyIs returns the end of a body or duty phrase of kind k at token i.
func (d *doc) dutyIs(i, b int, k dkind) (int, bool) {
	if i < 0 || i >= b || b > len(d.toks) || !d.lx.dutiesFirst.has(token.HashOf(&d.toks[i])) {
		return i, false
	}
	m, ok := d.lx.duties.At(d.toks[:b], i)
	if ok && m.Value&k != 0 {
		return m.Last, true
	}
	return i, false
}

// moreHas reports a cue of the kind2 k starting at token i.
func (d *doc) moreHas(i, b int, k kind2) bool {
	_, ok := d.moreIs(i, b, k)
	return ok
}

// seriesVerb reports a verb of the act or the verb list at i: the next
// verb of a series after a comma ("Xem xét, chỉ đạo ...").
func (d *doc) seriesVerb(i, e int) bool {
	if d.toks[i].Kind != token.Word {
		return false
	}
	if l, ok := d.moreIs(i, e, k2Act); ok && l < e {
		return true
	}
	return d.verbAt(i, e)
}

// organSubject reports a subject [c, v) that is a plural of organs or
// units ("Các cấp ủy", "Các sở, ngành", "Các địa phương"), close to its verb.
func (d *doc) organSubject(c, v int) bool { return d.organSubjectN(c, v, 0) }

// organSubjectN is organSubject with n tokens of an adjunct of remit
// between the subject and its verb, which do not count in its length.
func (d *doc) organSubjectN(c, v, n int) bool {
	l, ok := d.auxIs(c, v, kDet)
	if !ok || !d.auxAt(l, v, kOrgan) {
		return false
	}
	// "Các sở, ban, ngành thành viên Ban chỉ đạo vào cuộc ...": a list of
	// organs, then whose they are, may run longer
	return v-c-n <= 6 || v-c-n <= 14 && d.isPunct(l+1, ",")
}

// subjWords is how far a subject may run before its verb of effort.
const subjWords = 30

// subjCont reports a sentence that opens with a capitalized subject and a
// verb of continuing effort ("Hội Luật gia các cấp tiếp tục ..."): in an
// open task list, one more task.
//
// In a directive's list (dir), after a connector ("Mặt khác, các cơ quan
// chức năng ... khẩn trương nghiên cứu ..."), the subject opens
// lower-case: a plural of organs.
func (d *doc) subjCont(c, e int, dir bool) bool {
	if c >= e || d.toks[c].Kind != token.Word || !d.toks[c].Upper && !(dir && c > 0 && d.isPunct(c-1, ",") && d.pluralBody(c, e)) || d.hasKindAt(c, e, kStatement|kFrame) {
		return false
	}
	skip := 0
	for i := c + 1; i < e && i <= c+subjWords; i++ {
		if l, ok := d.moreIs(i, e, k2Remit); ok && skip == 0 {
			// "Các sở, ngành trên cơ sở chức năng, nhiệm vụ được giao
			// vào cuộc ...": the adjunct of remit is no verb of the subject
			skip = l - i
			i = l - 1
			continue
		}
		if !d.noCue(i) && d.hasKindAt(i, e, kDirective|kSpeech|kPromise|kPledge|kReceive|kBelief) {
			if d.toks[i-1].Key == "ban" && d.hasKindAt(i, e, kDirective) {
				continue // "thành viên Ban chỉ đạo": the steering committee's name
			}
			return false // the subject's own verb comes first ("mong muốn, tiếp tục nhận được ...")
		}
		if d.isPunct(i, ",") {
			continue // "Các đồng chí lãnh đạo, cán bộ, công chức ... quan tâm"
		}
		if d.toks[i].Kind == token.Punct {
			return false
		}
		if d.toks[i].Upper {
			continue
		}
		if d.lacks(i, e, kPast|kPassive|kNeg|kCont) {
			// (no cue of these kinds here)
		} else if _, ok := d.is(i, e, kPast|kPassive|kNeg); ok {
			return false
		} else if l, ok := d.is(i, e, kCont); ok {
			if d.adjSom(i, l, e) {
				// "Phương tiện xuất hành vải thiều sớm Tân Yên ...": "sớm"
				// after a noun and before no verb is the adjective
				// ("early"), not the adverb ("soon") of "Các sở sớm ban hành"
				continue
			}
			// "sự quan tâm", "của quan tâm": a noun, not the verb
			return !d.auxAt(i-1, i, kNominal)
		}
		if d.auxMay(i) {
			if l, ok := d.auxIs(i, e, kHead); ok {
				i = l - 1 // "lãnh đạo" in a subject is a noun
				continue
			}
		}
		if d.verbAt(i, e) {
			// "Các cấp ủy làm tốt ...": a plural organ addressed by the
			// list takes any verb; elsewhere another verb is the main one
			// ("Đề án gắn với mục tiêu tiếp tục ...")
			// ("Thủ tướng giao Bộ X ... . Bộ Quốc phòng phối hợp với Bộ
			// Công an triển khai ...": in a directive's list, a named
			// organ, its name short, takes any verb too)
			return d.organSubjectN(c, i, skip) || dir && i-c-skip <= orgNameWords && (d.namedOrgan(c, i) || d.functionalBody(c, i))
		}
	}
	return false
}

// functionalBody reports a subject of "functional" organs with no
// determiner opening at c before the verb v ("Lực lượng chức năng thực
// hiện ...", "Cơ quan chức năng kiểm tra ...": the forces or agencies in
// charge, a plural addressee like "Các cơ quan"): an organ noun or "lực
// lượng", then "chức năng" at once.
func (d *doc) functionalBody(c, v int) bool {
	m := c
	if c+1 < v && d.key(c) == keyLuc && d.key(c+1) == keyLuong {
		m = c + 2
	} else if l, ok := d.auxIs(c, v, kOrgan); ok {
		m = l
	} else {
		return false
	}
	return m+1 < v && d.key(m) == keyChuc && d.key(m+1) == keyNang
}

// namedOrgan reports an organization's name opening at c before v: an
// organization word, then a capitalized word at once or after one more
// ("Bộ Quốc phòng", "UBND tỉnh Quảng Nam"), not a common noun ("Đoàn công
// tác").
func (d *doc) namedOrgan(c, v int) bool {
	l, ok := d.moreIs(c, v, k2Org)
	if !ok {
		return false
	}
	for k := l; k < v && k <= l+1; k++ {
		if d.toks[k].Upper && d.toks[k].Kind == token.Word {
			return true
		}
	}
	return false
}

// orgNameWords is how long a named organ subject may run before its verb.
const orgNameWords = 8

// announces reports a sentence that announces a list without giving it:
// a speaker's speech or request verb, then a quantified noun with a
// relative modal that ends the sentence ("Chủ tịch nước nhấn mạnh một số
// nội dung Bộ Quốc phòng cần thực hiện").
func (d *doc) announces(c, e int) bool {
	if d.kinds&kRelQuant == 0 || d.absent(c, e, kSpeech|kDirective) {
		return false
	}
	for j := c + 1; j < e; j++ {
		if d.lacks(j, e, kSpeech|kDirective) {
			continue
		}
		last, ok := d.is(j, e, kSpeech|kDirective)
		if !ok || d.toks[j].Upper || !d.speakerBefore(c, j) {
			continue
		}
		for q := last; q < e; q++ {
			if d.toks[q].Kind == token.Punct && !d.isPunct(q, ",") {
				return false // ("đề nghị lãnh đạo, chỉ đạo thực hiện tốt một số vấn đề.": a series of verbs)
			}
			if d.lacks(q, e, kRelQuant) {
				continue
			}
			ql, ok := d.is(q, e, kRelQuant)
			if !ok {
				continue
			}
			for m := q + 1; m < e && m <= q+15; m++ {
				if d.toks[m].Kind == token.Punct && !d.isPunct(m, ",") {
					return false
				}
				if d.lacks(m, e, kModal) {
					continue
				}
				if l, ok := d.is(m, e, kModal); ok {
					return e-l <= 3
				}
			}
			// "nhấn mạnh một số nhiệm vụ trọng tâm trong thời gian tới.":
			// a noun of tasks, with no verb or past marker after it
			if l, ok := d.moreIs(ql, e, k2TaskNoun); ok {
				for m := l; m < e; m++ {
					if d.toks[m].Kind == token.Punct || d.verbAt(m, e) || d.actAt(m, e) || d.is1(m, e, kPast|kModal|kDirective) {
						return false
					}
				}
				return true
			}
			return false
		}
		return false
	}
	return false
}

// headNoun reports a noun that doubles as a verb heading a speaker's noun
// phrase before a capitalized organ ("lãnh đạo Bộ Công an đề nghị").
func (d *doc) headNoun(np, j int) bool {
	last, ok := d.auxIs(np, j, kHead)
	return ok && last < j && d.toks[last].Upper
}

// citizenVoice reports citizens voicing a complaint or a wish in [a, e)
// ("cử tri xã X đã nêu ba ý kiến: ...", "người dân kiến nghị ..."): what
// they ask for is their opinion, not a task set by an official. The
// citizens must be the subject: not after "của" or a voice word ("ý kiến
// cử tri", "tiếp xúc cử tri"), and no punctuation between them and the
// voice verb.
func (d *doc) citizenVoice(a, e int) bool {
	if d.kinds&kCitizen == 0 {
		return false
	}
	for i := a; i < e; i++ {
		if d.lacks(i, e, kCitizen) {
			continue
		}
		last, ok := d.is(i, e, kCitizen)
		if !ok {
			continue
		}
		if i > a && (d.key(i-1) == keyCua || d.auxEndsAt(a, i, kVoice)) {
			i = last - 1
			continue
		}
		for k := last; k < e && k <= last+8; k++ {
			if d.toks[k].Kind == token.Punct {
				break
			}
			if d.auxAt(k, e, kVoice) {
				return !d.citizenRequest(k, e) // "Cử tri đề nghị Chính phủ chỉ đạo ...": see reported.go
			}
		}
		i = last - 1
	}
	return false
}

// demand finds a demand verb ("đòi hỏi") followed by a capitalized
// addressee and a verb ("đòi hỏi Công an tỉnh tiếp tục phát huy ...;
// ..."), or directly by a verb of continuing effort. It returns the verb's
// token and where the task starts (at the addressee).
func (d *doc) demand(c, e int) (int, int, bool) {
	if d.kinds&kDemand == 0 {
		return 0, 0, false
	}
	for j := c; j < e; j++ {
		if d.lacks(j, e, kDemand) {
			continue // (as is would answer)
		}
		last, ok := d.is(j, e, kDemand)
		if !ok || d.negOrPastBefore(c, j) || d.inSubord(c, j) {
			continue
		}
		k := d.skipJoiners(last, e)
		if k >= e {
			return 0, 0, false
		}
		if d.hasKindAt(k, e, kCont) {
			return j, k, true
		}
		if !d.toks[k].Upper || d.hasKindAt(k, e, kSelf) {
			continue
		}
		for i := k + 1; i < e && i <= k+8; i++ {
			if d.toks[i].Kind == token.Punct {
				break
			}
			if d.toks[i].Upper {
				continue
			}
			if d.hasKindAt(i, e, kCont) || d.verbAt(i, e) {
				return j, k, true
			}
		}
	}
	return 0, 0, false
}

// negOrPastBefore reports a negation just before j, or a past or passive
// marker among the three words before it ("đã xác định", "được xác định").
func (d *doc) negOrPastBefore(c, j int) bool {
	if d.endsAt(c, j, kNeg) {
		return true
	}
	if d.absent(max(c, j-3), j, kPast|kPassive) {
		return false // (the loop would find none)
	}
	for i := j - 1; i >= c && i >= j-3; i-- {
		if d.toks[i].Kind == token.Punct {
			return false
		}
		if d.lacks(i, j, kPast|kPassive) {
			continue
		}
		if last, ok := d.is(i, j, kPast|kPassive); ok && last <= j {
			return true
		}
	}
	return false
}

// inSubord reports whether token j is inside a temporal subordinate
// clause ("sau khi", "khi", "trước khi") opened in [c, j) and not yet
// closed by a comma.
func (d *doc) inSubord(c, j int) bool {
	if d.absent(c, j, kSubord) {
		return false
	}
	for i := j - 1; i >= c; i-- {
		if d.isPunct(i, ",") || d.isPunct(i, ";") || d.isPunct(i, ":") {
			return false
		}
		if d.lacks(i, j, kSubord) {
			continue
		}
		if _, ok := d.is(i, j, kSubord); ok {
			return true
		}
	}
	return false
}

// whenModal reports a modal at m inside a "khi" clause (when ...) that
// follows a main clause's predicate with no comma between: "hàng ngàn
// hộ dân điêu đứng khi chính quyền buộc họ phải sửa ...", the situation
// the main clause is in, not a task. A speech or request cue before
// "khi" ("lưu ý khi thi công phải ...") makes the clause the content's
// fronted adverbial, and a "khi" opening the clause ("Khi ..., phải")
// is fronted: both are left to the modal rule, as is a "khi" with a verb
// right after it (a fronted clause with no subject of its own).
func (d *doc) whenModal(c, m int) bool {
	if d.absent(c, m, kSubord) {
		return false
	}
	for i := m - 1; i > c; i-- {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			if t.Key == "," || t.Key == ";" || t.Key == ":" {
				return false
			}
			continue
		}
		if !d.keyIs(i, keyKhi, hashKhi) {
			continue
		}
		j := i - 1 // ("Sau khi", "Còn khi" opening the clause: fronted)
		for j >= c && (d.key(j) == keyCon || d.key(j) == keySauW || d.key(j) == keyTruocW || d.key(j) == keyNgayW) {
			j--
		}
		if j < c || d.toks[j].Kind != token.Word || d.verbAt(i+1, m) {
			return false // ("khi triển khai dự án cần ...": no subject of its own, the modal's clause)
		}
		if _, ok := d.findKind(c, i, kSpeech|kDirective|kModal|kPromise|kPledge); ok {
			return false
		}
		return true
	}
	return false
}

// inQuote reports whether token j is inside quotation marks opened in
// [c, j): a pledge there is part of a quoted name or slogan.
func (d *doc) inQuote(c, j int) bool {
	n := 0
	for i := c; i < j; i++ {
		if d.toks[i].Kind == token.Punct && (d.toks[i].Key == `"` || d.toks[i].Key == "'") {
			n++
		}
	}
	return n%2 == 1
}

// hasKindAt reports a cue of kind k starting at i.
func (d *doc) hasKindAt(i, e int, k kind) bool {
	_, ok := d.is(i, e, k)
	return ok
}

// reportedRequest reads, before the directive verb at j, a past request
// under a speech verb: "<speech verb>, (<adjunct>,) <Org> đã (có văn
// bản) <verb>". It returns where the past marker (or the document phrase)
// starts. Without the speech verb, a past request is narrated background.
func (d *doc) reportedRequest(c, j int) (int, bool) {
	if d.kinds&kSpeech == 0 {
		return 0, false
	}
	if d.absent(c, j, kSpeech) {
		return 0, false // (no speech verb before the request to report it)
	}
	s0, ok := d.docRequest(c, j)
	if !ok {
		s0, ok = d.advisedRequest(c, j)
	}
	if !ok {
		if l, past := d.is(j-1, j, kPast); !past || l != j || j-1 <= c {
			return 0, false
		}
		s0 = j - 1
	}
	for p := s0 - 1; p > c; p-- {
		if d.isPunct(p, ",") && d.endsAt(c, p, kSpeech) {
			return s0, true
		}
	}
	return 0, false
}

// advisedRequest finds "đã tham mưu <Org>" ending at the directive verb
// at j ("sở đã tham mưu UBND thành phố yêu cầu ..."): a request a unit had
// its superior issue; it returns where the phrase starts.
func (d *doc) advisedRequest(c, j int) (int, bool) {
	k := j - 1
	upper := false
	for k > c && k >= j-advisedOrgWords && d.toks[k].Kind == token.Word && d.toks[k].Hash != hashMuu {
		upper = upper || d.toks[k].Upper
		k--
	}
	if !upper || k-1 <= c || d.key(k) != keyMuu || d.key(k-1) != keyTham {
		return 0, false
	}
	if l, past := d.is(k-2, k-1, kPast); past && l == k-1 && k-2 > c {
		return k - 2, true
	}
	return 0, false
}

// advisedOrgWords is how many capitalized words an advised organ's name
// may run.
const advisedOrgWords = 8

// docRequest finds a phrase of issuing a document ending at the directive
// verb at j ("(đã) có văn bản", "ban hành công văn"), with a past marker
// before it if any, and returns where it starts.
func (d *doc) docRequest(c, j int) (int, bool) {
	if d.kinds&kDocReq == 0 {
		return 0, false
	}
	for s := j - 1; s >= c && s >= j-d.lx.maxLen; s-- {
		if last, ok := d.is(s, j, kDocReq); ok && last == j {
			if s-1 >= c {
				if l, ok := d.is(s-1, s, kPast); ok && l == s {
					s--
				}
			}
			return s, true
		}
	}
	return 0, false
}

// upperBefore reports a capitalized word among the n words before j, with
// no punctuation between it and j.
func (d *doc) upperBefore(c, j, n int) bool {
	for i := j - 1; i >= c && i >= j-n; i-- {
		if d.toks[i].Kind == token.Punct {
			return false
		}
		if d.toks[i].Upper {
			return true
		}
	}
	return false
}

// detAfter reports a determiner and a word right after the cue at j
// ("yêu cầu các chủ đầu tư ...").
func (d *doc) detAfter(j int) bool {
	if uint(j) >= uint(len(d.ix)) {
		return false
	}
	l := int(d.ix[j].last)
	if l <= j || l >= len(d.toks) {
		return false
	}
	m, ok := d.auxIs(l, len(d.toks), kDet)
	return ok && m < len(d.toks) && d.toks[m].Kind == token.Word
}

// addresseeAfter reports a capitalized word right after the cue at j
// ("giao Sở Du lịch ...", not "giao dự toán ...").
func (d *doc) addresseeAfter(j int) bool {
	if uint(j) >= uint(len(d.ix)) {
		return false
	}
	l := int(d.ix[j].last)
	return l > j && l < len(d.toks) && d.toks[l].Upper && d.toks[l].Kind == token.Word
}

// is1 is is without the end.
func (d *doc) is1(i, b int, k kind) bool {
	_, ok := d.is(i, b, k)
	return ok
}

// docCited reports a numbered document cited in [c, j): a document type
// then "số" and a number ("Công văn số 2721/UBND-DL1", "văn bản số 2327").
// noteClause returns where the clause of the directive verb at j starts
// when the sentence opens with a note ("Lưu ý việc X cần Y, đồng chí Z
// đề nghị ..."): after the comma that the speaker's name follows, the
// note's modal being no part of the request; else c.
func (d *doc) noteClause(c, j int) int {
	if d.lacks(c, j, kSpeech|kDirective) {
		return c // (as is would answer)
	}
	if _, ok := d.is(c, j, kSpeech|kDirective); !ok || !d.toks[c].Upper {
		return c
	}
	for k := j - 1; k > c && k >= j-12; k-- {
		if d.toks[k].Kind != token.Punct {
			continue
		}
		if d.isPunct(k, ",") && k+1 < j && (d.toks[k+1].Upper || d.auxAt(k+1, j, kHead|kPron)) {
			return k + 1
		}
		break
	}
	return c
}

// statementJoin reports, after a statement opener ending at l ("Đây là",
// "Đó là"), a clause joined by "và" (after a comma or not) whose subject
// opens with a capital and whose request verb (within 10 tokens, "đã"
// allowed) has an addressee after it: "Đây là vụ án nghiêm trọng, và Bộ
// trưởng đã đề nghị Viện trưởng ... chỉ đạo ...". A conditional opener
// ("Nếu", "Trường hợp") keeps the whole sentence a statement.
func (d *doc) statementJoin(l, e int) bool {
	if d.kinds&kDirective == 0 || l < 2 || d.key(l-1) != keyLa {
		return false // only a copular opener ("Đây là", "Đó là")
	}
	for j := l + 1; j+2 < e; j++ {
		if !d.keyIs(j, "va2", hashVa) {
			continue
		}
		s := j + 1
		if d.toks[s].Kind != token.Word || !d.toks[s].Upper {
			return false
		}
		for k := s + 1; k < e && k <= s+10; k++ {
			if d.toks[k].Kind == token.Punct && !d.isPunct(k, "-") && !d.isPunct(k, "&") {
				return false // ("Bộ LĐ - TB & XH": a name's own marks go on)
			}
			if last, ok := d.is(k, e, kDirective); ok && !d.toks[k].Upper {
				return last < e && d.requestee(d.skipJoiners(last, e), e)
			}
		}
		return false
	}
	return false
}

// speechRequest reports a speech verb right before the request verb at j
// (ending at last) that a verb follows: "Thủ tướng nhấn mạnh yêu cầu nâng
// cao ...", the requirement to do it, the speaker's request; the speaker
// stands before the speech verb. Before a noun ("nhấn mạnh yêu cầu, nhiệm
// vụ ...") the request verb is a noun.
func (d *doc) speechRequest(c, j, last, e int) bool {
	if last >= e || !d.verbAt(last, e) {
		return false
	}
	for s := max(c+1, j-3); s < j; s++ {
		if l, ok := d.is(s, j, kSpeech); ok && l == j && !d.toks[s].Upper {
			return d.speakerBefore(c, s)
		}
	}
	return false
}

// colonDirective reports a clause [c, e) ending with a request verb that
// a speaker says, before a colon ("..., Thủ tướng Chính phủ yêu cầu:"):
// the request's items follow.
func (d *doc) colonDirective(c, e int) bool {
	if d.kinds&kDirective == 0 {
		return false
	}
	for j := max(c+1, e-3); j < e; j++ {
		if l, ok := d.is(j, e, kDirective); ok && l == e && !d.toks[j].Upper {
			return (d.speakerBefore(c, j) || d.politeBefore(c, j)) && !d.docSubject(c, j) && !d.inSubord(c, j)
		}
	}
	return false
}

// carriedSpeaker reports a request verb at j that opens a clause after a
// semicolon ("; (đồng thời) yêu cầu Y ...", ", đồng thời yêu cầu Y ...")
// in a sentence whose first
// clause has a speaker praise or speak ("Thủ tướng hoan nghênh X đã ...;
// yêu cầu Y ..."): the speaker carries over to the request.
func (d *doc) carriedSpeaker(c, j, last int) bool {
	k := j
	additive := false
	if k-2 > c && d.keyIs(k-2, keyDong, hashDong) {
		if l, ok := d.is(k-2, j, kAdditive); ok && l == j {
			k -= 2
			additive = true
		}
	} else if k-3 > c && d.keyIs(k-3, keyDong, hashDong) && d.isPunct(k-1, ",") {
		// "; đồng thời, đề nghị ...": a comma after the additive
		if l, ok := d.is(k-3, k-1, kAdditive); ok && l == k-1 {
			k -= 3
			additive = true
		}
	}
	// (", đồng thời yêu cầu": after a comma, the additive marks the clause)
	// (", đồng thời đề xuất hướng xử lý ...": after a comma, an addressee
	// must follow, or the verb may be a reported one's with its object)
	// ("X đánh giá cao ... và yêu cầu hai ngành ...": after "và" too, an
	// addressee must follow: "nhiệm vụ và yêu cầu công tác" is a noun pair)
	if k-1 <= c {
		return false
	}
	joined := d.isPunct(k-1, ",") && additive || d.keyIs(k-1, "va2", hashVa)
	if !(d.isPunct(k-1, ";") || joined && d.requestee(d.skipJoiners(last, len(d.toks)), len(d.toks))) {
		return false
	}
	for p := c + 1; p < k-1; p++ {
		if d.toks[p].Kind == token.Punct {
			continue
		}
		if _, ok := d.moreIs(p, k-1, k2Praise); !ok && !(!d.lacks(p, k-1, kSpeech) && d.is1(p, k-1, kSpeech)) {
			continue
		}
		if !d.toks[p].Upper && d.speakerBefore(c, p) {
			return true
		}
	}
	return false
}

// requestee reports an addressee at k (see addressee), or a number of
// organs ("hai ngành", "ba bộ").
func (d *doc) requestee(k, e int) bool {
	if d.addressee(k, e) {
		return true
	}
	if k+1 >= e {
		return false
	}
	switch d.key(k) {
	case keyHai, keyBa3, keyBon:
		return d.auxAt(k+1, e, kOrgan)
	}
	return false
}

// politeBefore reports a phrase of two words or more that stands for the
// speaker ending right before the directive verb at j ("trân trọng đề
// nghị các vị đại biểu ..."): the speaker's own request, wherever it
// stands in the sentence.
func (d *doc) politeBefore(c, j int) bool {
	for s := max(c, j-3); s <= j-2; s++ {
		// ("đồng thời đề xuất": an additive goes on with a speaker named before)
		if last, ok := d.is(s, j, kSubject); ok && last == j && !d.hasKindAt(s, j, kAdditive) {
			return true
		}
	}
	return false
}

// docSubject reports a numbered document right before token j, its
// subject: "Nghị quyết số 99/2015/QH13 giao ...".
func (d *doc) docSubject(c, j int) bool {
	if j-1 <= c || d.toks[j-1].Kind == token.Word && !d.toks[j-1].Upper && d.key(j-1) != keySo {
		return false // (most often: a lower-case word before the verb)
	}
	i := j - 1
	n := 0
	for ; i > c && j-i <= 14; i-- {
		t := &d.toks[i]
		// ("18/CĐ-TTg": a capitalized part glued after "/" or "-"; "số
		// 67/CĐ-TTg ngày 13/7/2024": the date the document bears)
		if t.Kind == token.Number || d.key(i) == keySo || d.key(i) == keyNgay || t.Kind == token.Punct && (t.Key == "/" || t.Key == "-") ||
			t.Kind == token.Word && t.Upper && (strings.ContainsAny(d.text[t.Start:t.End], "0123456789") || !t.SpaceBefore && (d.isPunct(i-1, "/") || d.isPunct(i-1, "-"))) {
			n++
			continue
		}
		break
	}
	if n == 0 || i+1 >= j {
		return false
	}
	for s := i; s >= max(c, i-4); s-- {
		if l, ok := d.auxIs(s, i+1, kDocType); ok && l == i+1 {
			// "UBND tỉnh đã có văn bản số N giao Sở X ...": a document
			// issued is the issuer's means, and its request the issuer's
			// ("các bộ": a determiner before an organ is an addressee too)
			if !d.issuedBy(c, s) {
				return true
			}
			if d.addresseeAfter(j) || uint(j) < uint(len(d.ix)) && d.addressee(int(d.ix[j].last), len(d.toks)) {
				return false
			}
			// "Thủ tướng đã ký Công điện số N ngày D chỉ đạo triển khai
			// ...": a capitalized document signed or issued by a named
			// issuer directs a verb with no addressee (a digest's wording)
			return !d.signedDirective(c, s, j)
		}
	}
	return false
}

// signedBefore reports a signed document's request at j (see
// signedDirective): the document's number and date run back from j.
func (d *doc) signedBefore(c, j int) bool {
	if j-4 < c || d.toks[j-1].Kind == token.Word && !d.toks[j-1].Upper {
		return false // (most often: a lower-case word before the verb)
	}
	i := j - 1
	for ; i > c && j-i <= 14; i-- {
		t := &d.toks[i]
		if t.Kind == token.Number || d.key(i) == keySo || d.key(i) == keyNgay || t.Kind == token.Punct && (t.Key == "/" || t.Key == "-") ||
			t.Kind == token.Word && t.Upper && (strings.ContainsAny(d.text[t.Start:t.End], "0123456789") || !t.SpaceBefore && (d.isPunct(i-1, "/") || d.isPunct(i-1, "-"))) {
			continue
		}
		break
	}
	if i+1 >= j || d.key(i+1) != keySo {
		return false
	}
	for s := i; s >= max(c, i-4); s-- {
		if l, ok := d.auxIs(s, i+1, kDocType); ok && l == i+1 {
			return d.signedDirective(c, s, j)
		}
	}
	return false
}

// signedDirective reports the request verb at j after a document noun at
// s (its number and date run to j) that an issuing verb follows a
// capitalized issuer before ("Phó Thủ tướng X đã ký Quyết định số N
// yêu cầu triển khai ..."): the document capitalized (a named document,
// not "văn bản"), the verb's object a verb, and the document not dated
// more than half a year before the article (a past directive).
func (d *doc) signedDirective(c, s, j int) bool {
	if !d.toks[s].Upper || uint(j) >= uint(len(d.ix)) {
		return false
	}
	last := int(d.ix[j].last)
	if last <= j || !(d.verbAt(last, len(d.toks)) || d.addresseeAfter(j) || d.addressee(last, len(d.toks))) {
		return false
	}
	v := -1
	for k := max(c, s-2); k < s; k++ {
		if l, ok := d.moreIs(k, s, k2Issue); ok && l == s {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	if v-1 > c && (d.keyIs(v-1, keyDa, hashDa) || d.key(v-1) == keyVua) {
		v--
	}
	if !d.upperBefore(c, v, 3) || d.pastYearBefore(c, j) {
		return false
	}
	// a lead's snippet cut by an ellipsis ("Thủ tướng ... đã có Công điện
	// số N chỉ đạo khắc phục hậu quả vụ tai nạn tại km ...") teases the
	// direction the body sets out
	for k := last; k < len(d.toks) && k < last+200; k++ {
		if t := &d.toks[k]; t.Kind == token.Punct && (t.Key == "." || t.Key == "…" || t.Key == "?" || t.Key == "!") {
			return !d.ellipsisAfter(t.Start)
		}
	}
	return true
}

// issuedBy reports a verb of issuing ("có", "ban hành", "gửi") ending at
// token s, in [c, s).
func (d *doc) issuedBy(c, s int) bool {
	for k := max(c, s-2); k < s; k++ {
		if l, ok := d.moreIs(k, s, k2Issue); ok && l == s {
			return true
		}
	}
	return false
}

func (d *doc) docCited(c, j int) bool {
	for i := c + 1; i+1 < j; i++ {
		if d.toks[i+1].Kind == token.Number && d.key(i) == keySo && d.auxEndsAt(c, i, kDocType) {
			return true
		}
	}
	return false
}

func (d *doc) hasPastBefore(c, j int) bool {
	if d.absent(max(c, j-8), j, kPast|kPassive) {
		return false // (the loop would find none)
	}
	// (only a token of the chain starts a cue: hop along it)
	for i := d.nextCue(max(c, j-8)); i < j; i = d.nextCue(i + 1) {
		if d.lacks(i, j, kPast|kPassive) {
			continue
		}
		if _, ok := d.is(i, j, kPast|kPassive); ok {
			return true
		}
	}
	return false
}

// isIntro reports whether a directive's content is a list introduction
// ("... một số nội dung, nhiệm vụ sau:").
func (d *doc) isIntro(start, a, b int) bool {
	if !d.endsWithColon(a, b) {
		return false
	}
	e := b - 1
	return e > start && d.endsAt(start, e, kListIntro)
}

// introColon returns the token after a colon inside [c, e) that ends a
// list's framing ("... thực hiện: Rà soát ...", "... gồm: ..."), the list
// opening with a capital; or c.
func (d *doc) introColon(c, e int) int {
	if c+2 >= e || strings.IndexByte(d.text[d.toks[c].Start:d.toks[e-1].End], ':') < 0 {
		return c
	}
	for i := c + 2; i+1 < e; i++ {
		if !d.isPunct(i, ":") {
			continue
		}
		if !d.toks[i+1].Upper || d.toks[i+1].Kind != token.Word {
			return c
		}
		if d.keyIs(i-2, keyThuc, hashThuc) && d.key(i-1) == keyHien || d.endsAt(c, i, kListIntro) {
			return i + 1
		}
		return c
	}
	return c
}

// colonIntro returns the token after "X gồm:" / "... là:" inside [c, e), or 0.
func (d *doc) colonIntro(c, e int) int {
	if d.absent(c, e, kListIntro) {
		return 0
	}
	// (a cue ending at the colon starts at a token of the chain that
	// such a cue starts: look for the colon after the first)
	f := d.nextCue(c)
	for f < e && d.pre[f]&kListIntro == 0 {
		f = d.nextCue(f + 1)
	}
	// (the colons: d.colons, from the index pass)
	for q := listFrom(d.colons, f+1); q < len(d.colons) && int(d.colons[q]) < e; q++ {
		if i := int(d.colons[q]); d.toks[i].Kind == token.Punct && d.endsAt(c, i, kListIntro) {
			return i + 1
		}
	}
	return 0
}

// promise finds "khẳng định sẽ", "hứa" and returns where the commitment
// starts; or a pledge ("xác định luôn ...", "quyết tâm ...") or a target
// ("phấn đấu đạt ...") followed by a verb, not negated, past or passive:
// a pledge's task starts after it, a target's at it.
func (d *doc) promise(c, e int) (int, bool) {
	if d.kinds&(kSpeech|kSe) == kSpeech|kSe {
		if st, ok := d.commaPromise(c, e); ok {
			return st, true
		}
	}
	if d.absent(c, e, kPledge|kTarget|kPromise) {
		return 0, false
	}
	for j := d.nextCue(c + 1); j < e; j = d.nextCue(j + 1) {
		if d.lacks(j, e, kPledge|kTarget|kPromise) {
			continue
		}
		if d.selfBefore(c, j) {
			continue // "tôi nguyện ...", "chúng tôi quyết tâm ...": the speaker's own vow
		}
		// "Đại hội đã xác định, trong nhiệm kỳ tới tiếp tục ...": what a
		// pledge sets for a coming period is a task, even when past
		if d.kinds&(kPledge|kFuture) == kPledge|kFuture {
			if last, ok := d.is(j, e, kPledge); ok && last < e && !d.toks[j].Upper && !d.endsAt(c, j, kNeg) && !d.inQuote(c, j) {
				if st, ok := d.futureVerb(last, e); ok {
					return st, true
				}
			}
		}
		// "Đảng bộ và Nhân dân tỉnh X nguyện đoàn kết một lòng, ...": a
		// vow's item starts at its subject, whatever verb phrase follows
		if last, ok := d.moreIs(j, e, k2Vow); ok && last < e && !d.toks[j].Upper && d.toks[last].Kind == token.Word && !d.toks[last].Upper &&
			!d.inQuote(c, j) && !d.negOrPastBefore(c, j) && !d.pastFramed(c, j) {
			if s, ok := d.vowSubject(c, j); ok {
				return s, true
			}
		}
		// ("Đơn vị đang xin cấp phép ..., phấn đấu hoàn thành ...": a
		// unit's progress report, with its own aim)
		if d.progressBefore(c, j) {
			continue
		}
		if j-1 > c && d.keyIs(j-1, "va2", hashVa) && d.endsAt(c, j-1, kPromise) {
			continue // "bày tỏ cam kết và quyết tâm ...": a noun coordinated with a commitment
		}
		// ("Để phấn đấu hoàn thành ..., X đã ...": a purpose, no commitment)
		if last, ok := d.is(j, e, kPledge|kTarget); ok && last < e && !d.toks[j].Upper && !d.inQuote(c, j) && !d.hasKind(c, j, kBelief) && !d.endsAt(c, j, kPurpose) && !d.pastFramed(c, j) {
			if d.verbAt(last, e) || d.hasKindAt(last, e, kTVerb) || d.toks[last].Key == "se4" || d.targetDate(j, last, e) {
				if !d.negOrPastBefore(c, j) {
					if _, v, _ := d.at(j, e); v&kTarget != 0 {
						return j, true
					}
					if d.pledgeUnowned(c, j) {
						j = last - 1
						continue // "..., với quyết tâm thay đổi ...", "để có giải pháp, quyết tâm thực hiện ...": an adjunct, no one's pledge
					}
					if d.toks[last].Key == "se4" {
						last++
					}
					return d.skipJoiners(last, e), true
				}
			}
			j = last - 1
			continue
		}
		last, ok := d.is(j, e, kPromise)
		if !ok || d.endsAt(c, j, kNeg) || d.pastFramed(c, j) {
			continue
		}
		if last < e && d.key(last) == keyCua {
			continue // "cam kết của Việt Nam": a noun, someone's commitment
		}
		if j > c && d.endsAt(c, j, kNoPrev) {
			continue // "ký bản cam kết cho X ...", "thực hiện cam kết ...": a noun after a classifier or a verb, no promise made
		}
		if last < e && d.keyIs(last, "va2", hashVa) {
			continue // "bày tỏ cam kết và quyết tâm ...", "không trả như cam kết và còn nợ": a noun coordinated, no promise
		}
		if last < e && d.toks[last].Key == "se4" {
			last++
		}
		last = d.skipJoiners(last, e)
		if last < e {
			// a commitment needs a speaker: a capitalized word before it
			for i := j - 1; i >= c && i >= j-10; i-- {
				if d.toks[i].Upper && !d.hasKindAt(i, j, kSelf) {
					return last, true // ("Chúng tôi khẳng định sẽ ...": an assurance)
				}
			}
		}
	}
	return 0, false
}

// pledgeUnowned reports a pledge verb at j ("quyết tâm", "xác định")
// with no one to make it in its clause: between the last punctuation
// before j (or c) and j, no capitalized word and no pronoun of address
// ("ông", "đồng chí"). Such a pledge is an adjunct of another clause
// ("..., với quyết tâm thay đổi căn bản thực trạng này", "Năm 2024, với
// tinh thần tiến công, quyết tâm triển khai ..., HĐND đã ban hành ...",
// "để có các giải pháp đồng bộ, quyết tâm thực hiện ..."), not a
// commitment someone states.
func (d *doc) pledgeUnowned(c, j int) bool {
	for i := j - 1; i >= c && i >= j-pledgeSubjectWords; i-- {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			if isQuoteMark(t.Key) {
				continue
			}
			return true
		}
		if t.Upper || d.auxAt(i, j, kPron) {
			return false
		}
	}
	return j-pledgeSubjectWords > c // (a long clause: a subject may stand further back)
}

// pledgeSubjectWords is how far before a pledge verb its subject is
// looked for.
const pledgeSubjectWords = 10

// commaPromise reads "<speaker> khẳng định, sẽ <VP>" (a speech verb, a
// comma, then "sẽ" and a verb, no subject between): the speaker's own
// commitment, as "khẳng định sẽ" is; the task starts after "sẽ". The
// speaker is named before the verb, or before an additive "đồng thời"
// that goes on with them ("...; đồng thời khẳng định, sẽ luôn ...").
func (d *doc) commaPromise(c, e int) (int, bool) {
	for j := d.nextCue(c + 1); j+3 < e; j = d.nextCue(j + 1) {
		if d.lacks(j, e, kSpeech) {
			continue
		}
		l, ok := d.is(j, e, kSpeech)
		if !ok || d.toks[j].Upper || l+2 >= e || !d.isPunct(l, ",") || d.toks[l+1].Key != "se4" {
			continue
		}
		if !d.verbAt(l+2, e) && !d.hasKindAt(l+2, e, kCont|kHabit) {
			continue
		}
		if d.endsAt(c, j, kNeg) || d.pastFramed(c, j) {
			continue
		}
		if d.speakerBefore(c, j) {
			return l + 2, true
		}
		if j-2 >= c {
			if a, ok := d.is(j-2, j, kAdditive); ok && a == j && d.upperBefore0(c, j-2) {
				return l + 2, true
			}
		}
	}
	return 0, false
}

// upperBefore0 reports a capitalized word in [c, j).
func (d *doc) upperBefore0(c, j int) bool {
	for i := c; i < j; i++ {
		if d.toks[i].Upper && d.toks[i].Kind == token.Word {
			return true
		}
	}
	return false
}

// progressBefore reports a target or pledge at j after a comma that
// closes a clause in progress ("<Unit> đang <V> ..., phấn đấu ..."): the
// unit reports its work and its own aim, set by no one.
func (d *doc) progressBefore(c, j int) bool {
	if j-1 <= c || !d.isPunct(j-1, ",") || d.kinds&kPast == 0 {
		return false
	}
	for i := j - 2; i >= c; i-- {
		if t := &d.toks[i]; t.Kind == token.Punct && t.Key != "," {
			return false
		}
		if d.keyIs(i, keyDang, hashDang) {
			return true
		}
	}
	return false
}

// vowSubject returns the start of the subject of the vow at j: the words
// before it back to the clause's start, across commas between nouns
// ("Đảng bộ, chính quyền và Nhân dân tỉnh X nguyện"), with a capitalized
// word among them and no verb cue.
func (d *doc) vowSubject(c, j int) (int, bool) {
	s, upper := j, false
	for i := j - 1; i >= c && i >= j-subjWords; i-- {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			if t.Key == "," && i > c && d.toks[i+1].Kind == token.Word && !d.toks[i+1].Upper && d.noCue(i+1) && !d.verbAt(i+1, j) {
				continue // "Đảng bộ, chính quyền": nouns joined
			}
			break
		}
		if !t.Upper && !d.noCue(i) && !d.lacks(i, j, kSpeech|kDirective|kModal|kPromise|kPledge|kSubord|kPurpose) {
			break
		}
		if t.Upper {
			upper = true
		}
		s = i
	}
	return s, upper && s < j
}

// futurePlan reads a plan set for a coming period without a request
// verb: a clause-initial "trong" + a coming period (a future cue, or a
// period that starts after the article's date), a comma, then a
// capitalized subject whose verb, within subjWords, is one of continuing
// effort ("tiếp tục", "đẩy mạnh", "tập trung", optionally after "sẽ"):
// "Phát huy kết quả đạt được, trong năm 2025, Cụm X tiếp tục đẩy mạnh
// ...". It returns the subject's token and the period's tokens.
func (d *doc) futurePlan(c, e int) (start, pa, pb int, ok bool) {
	if d.kinds&kCont == 0 || d.kinds&(kFrame|kFuture) == 0 {
		return 0, 0, 0, false
	}
	for i := d.nextCue(c); i+1 < e; i = d.nextCue(i + 1) {
		if d.key(i) != keyTrong || (i > c && !d.isPunct(i-1, ",")) {
			continue // "trong" is a frame cue: the chain stops at it
		}
		k0 := 0 // the comma closing the period
		for k := i + 1; k < e && k <= i+8; k++ {
			if d.isPunct(k, ",") {
				k0 = k
				break
			}
		}
		if k0 == 0 || !d.effortSubject(k0+1, e) {
			continue
		}
		if l, ok := d.is(i, e, kFuture); ok && l == k0 {
			return k0 + 1, i, k0, true
		}
		if l, ok := d.is(i+1, e, kFuture); ok && l == k0 {
			return k0 + 1, i, k0, true
		}
		if d.date.IsZero() || !(d.toks[i+1].Kind == token.Number || d.key(i+1) == keyNam || d.key(i+1) == keyThang) {
			continue
		}
		ref := d.date.Format("2006-01-02")
		lo := d.toks[i+1].Start
		for _, p := range d.periods(i, e) {
			if p.Span.Start == lo && p.Start > ref && !p.YearInferred && d.tokenAt(p.Span.End) == k0 {
				return k0 + 1, i, k0, true
			}
		}
	}
	return 0, 0, 0, false
}

// effortSubject reports a capitalized subject at k whose verb, within
// subjWords, is one of continuing effort (after "sẽ" if any), with no past,
// negation, request or modal before it.
func (d *doc) effortSubject(k, e int) bool {
	if k >= e || !d.toks[k].Upper || d.toks[k].Kind != token.Word {
		return false
	}
	for j := k + 1; j < e && j <= k+subjWords; j++ {
		if d.toks[j].Kind == token.Punct {
			return false
		}
		if d.toks[j].Upper || d.noCue(j) {
			continue
		}
		if d.is1(j, e, kPast|kPassive|kNeg|kDirective|kSpeech|kModal|kPromise|kPledge|kStatement) {
			return false
		}
		if s, ok := d.is(j, e, kSe); ok && s < e {
			j = s
		}
		if l, ok := d.is(j, e, kCont); ok && l < e {
			return true
		}
	}
	return false
}

// futureVerb reads, at k, a coming period ("trong nhiệm kỳ tới,",
// "thời gian tới sẽ") followed by a verb, and returns the verb's token.
func (d *doc) futureVerb(k, e int) (int, bool) {
	k = d.skipJoiners(k, e)
	if k < e && d.key(k) == keyTrong {
		k++
	}
	f, ok := d.is(k, e, kFuture)
	if !ok {
		return 0, false
	}
	f = d.skipJoiners(f, e)
	if s, ok := d.is(f, e, kSe); ok {
		f = s
	}
	if f < e && (d.verbAt(f, e) || d.hasKindAt(f, e, kCont)) {
		return f, true
	}
	return 0, false
}

// modal finds a modal "cần"/"phải" used as such in [c, e).
func (d *doc) modal(c, e int) (int, bool) {
	if d.absent(c, e, kModal) {
		return 0, false
	}
	for m := d.nextCue(c); m < e; m = d.nextCue(m + 1) {
		if d.lacks(m, e, kModal) {
			continue
		}
		last, ok := d.is(m, e, kModal)
		if !ok {
			continue
		}
		// (one scan of [c, m) first: pastOrder and imposed need a token
		// keyed "đã" before m-1, shownBy's first loop an evidence cue's
		// first key after c; without them they answer false)
		da, ev := d.modalClause(c, m)
		if d.relQuantBefore(c, m) || d.inPurpose(c, m) || d.inBasis(c, m) || da && d.pastOrder(c, m) || da && d.imposed(c, m) || d.endsAt(c, m, kSubord) || d.habitualOrder(c, m) || d.pastReport(c, m) ||
			d.causedModal(c, m) || d.shownByFrom(c, m, e, ev) || d.policyContent(c, m) || d.pastOpened(c, m, da) || d.reasonClause(c, m, e) || d.relClause(c, m) || d.plannedBefore(c, m) {
			m = last - 1
			continue
		}
		if last >= e || d.toks[last].Kind != token.Word || d.toks[last].Key == "thiet1" {
			continue
		}
		// "Cần Thơ": a capital inside the sentence, or before another capital, is a name
		if d.toks[m].Upper && (m != c || d.toks[last].Upper) {
			continue
		}
		if m > c && (d.endsAt(c, m, kRelHead|kPast) || d.endsAt(c, m+1, kNoModal) || d.endsAt(c, m, kNoModal)) {
			m = last - 1
			continue
		}
		if last+1 <= e {
			if _, ok := d.is(m, last+1, kNoModal); ok {
				m = last - 1
				continue
			}
		}
		if d.askedModal(c, m) {
			m = last - 1
			continue // "hỏi vì sao họ chưa được vay, phải vay nặng lãi": what is asked
		}
		return m, true
	}
	return 0, false
}

// plannedBefore reports "sẽ" and a verb earlier in the modal's clause
// [c, m) ("Sau đó TP sẽ ngồi lại xem xét ..., nếu không thì phải tổ chức
// đấu thầu", "nếu X sáp nhập, sẽ không có thuế quan, người dân chỉ phải
// trả ..."): the modal details a plan or a forecast the sentence
// announces, no task set ("sẽ phải", the modal right after it, is left to
// the modal's own reading). A semicolon or a connective of consequence
// between them opens the modal's own clause ("Thủ tướng lưu ý sẽ xuất
// hiện dịch bệnh, do đó phải huy động ...": a direction drawn from a
// forecast).
func (d *doc) plannedBefore(c, m int) bool {
	if d.absent(c, m, kSe) {
		return false
	}
	for i := m - 1; i >= c; i-- {
		if d.isPunct(i, ";") {
			return false
		}
		if !d.noCue(i) && d.hasKindAt(i, m, kClause) {
			return false
		}
		if d.toks[i].Key == "se4" && i+1 < m && !d.toks[i].Upper && d.toks[i+1].Kind == token.Word {
			return true
		}
	}
	return false
}

// modalClause scans the clause [c, m) before a modal at m once: da
// reports a token keyed "đã" in [c, m-1) (pastOrder and imposed find
// nothing without one: pastOrder's past is set only there, and its aux
// must follow it before m; imposed needs "bị" after it before m), ev a
// token in (c, m) whose key hash evFirst holds (shownBy's first loop
// tests no other).
func (d *doc) modalClause(c, m int) (da, ev bool) {
	evf := &rlx.evFirst
	for i := c; i < m; i++ {
		h := token.HashOf(&d.toks[i])
		if i+1 < m && h == hashDa && d.toks[i].Key == keyDa {
			da = true
		}
		if i > c && evf.has(h) {
			ev = true
		}
		if da && ev {
			break
		}
	}
	return da, ev
}

// pastOrder reports a modal reported inside a past order: an order verb
// after "đã" earlier in its clause ("tòa án đã ra lệnh cho X phải rời
// ...", "đã buộc Y phải ..."): what was ordered is narrated, not set.
func (d *doc) pastOrder(c, m int) bool {
	past := false
	for i := c; i < m; i++ {
		if d.toks[i].Kind == token.Punct {
			past = false
			continue
		}
		if d.keyIs(i, keyDa, hashDa) {
			past = true
			continue
		}
		if past && d.auxAt(i, m, kOrder) {
			return true
		}
	}
	return false
}

// pastReport reports a modal in the object of a report made ("X đã báo
// cáo những việc đã hoàn thành ..., những việc cần giải quyết ..."): "đã"
// or "vừa" and a verb of reporting earlier in the clause, across commas
// only; what the report lists needing doing is its content, not a task.
func (d *doc) pastReport(c, m int) bool {
	if d.absent(c, m, kPast) {
		return false
	}
	// (a past marker is a cue: hop along the chain to one before a verb
	// of reporting, then look for a clause break between it and m)
	for i := d.nextCue(c); i < m; i = d.nextCue(i + 1) {
		if d.lacks(i, m, kPast) {
			continue
		}
		if k := d.key(i); k != keyDa && k != keyVua {
			continue
		}
		if _, ok := d.moreIs(i+1, m, k2Report); !ok {
			continue
		}
		broken := false
		for k := i + 1; k < m; k++ {
			if t := &d.toks[k]; t.Kind == token.Punct && t.Key != "," {
				broken = true
				break
			}
		}
		if !broken {
			return true
		}
	}
	return false
}

// imposed reports a modal after "đã bị" in its sentence, across commas
// only ("phản ánh đã bị ép giá, phải thanh toán ..."): what one was made
// to do is narrated, not set.
// subjectClause returns the start of the clause holding the modal at m
// when a comma (after s) opens it and the clause names a subject before
// the modal: a few words and no punctuation, no verb first, a name or two
// words or more ("..., ngành KSND cần"); 0 if none.
func (d *doc) subjectClause(s, m int) int {
	k := m - 1
	lo := m - 6
	joined := -1 // the nearest comma between names passed over
	for ; k > s && k >= lo; k-- {
		if d.isPunct(k, ",") && k-1 > s && k+1 < m && d.toks[k+1].Upper && d.upperBefore(s, k, 2) {
			// "ngành Văn hóa, Thể thao và Du lịch cần": names joined
			if joined < 0 {
				joined = k
			}
			lo = m - 12
			continue
		}
		if d.toks[k].Kind == token.Punct {
			break
		}
	}
	if joined >= 0 && !(k > s && d.isPunct(k, ",")) {
		k = joined // no clause's comma before the names: the last one heads it
	}
	if k <= s || k >= m-1 || !d.isPunct(k, ",") || d.verbAt(k+1, m) {
		return 0
	}
	if m-k == 2 && !d.toks[k+1].Upper {
		return 0 // "..., buộc phải Z": one lower-case word is no subject
	}
	return k + 1
}

// pastFramed reports a past-period frame before token j in the clause
// [c, j) with no coming period after it ("những năm qua, X luôn nỗ lực
// phấn đấu ..."): what follows is reported, not set.
func (d *doc) pastFramed(c, j int) bool {
	if d.absent(c, j, kPastFrame) {
		return false
	}
	past := false
	for i := d.nextCue(c); i < j; i = d.nextCue(i + 1) {
		if d.lacks(i, j, kPastFrame|kFuture) {
			continue
		}
		if _, ok := d.is(i, j, kFuture); ok {
			past = false
		} else if _, ok := d.is(i, j, kPastFrame); ok {
			past = true
		}
	}
	return past
}

// framePeriod returns the coming period a fronted frame names right
// before a task's start ("..., lưu ý thời gian đến, công ty cần ...":
// "thời gian đến", not a date read elsewhere in the sentence), or p.
func (d *doc) framePeriod(lo, start int, p *schema.Period) *schema.Period {
	if start-1 <= lo || !d.isPunct(start-1, ",") {
		return p
	}
	for i := d.nextCue(max(lo, start-1-d.lx.maxLen)); i < start-1; i = d.nextCue(i + 1) {
		if d.lacks(i, start-1, kFuture) {
			continue
		}
		if last, ok := d.is(i, start-1, kFuture); ok && last == start-1 {
			if fp, ok := d.findKindSpan(i, last, kFuture); ok {
				return fp
			}
		}
	}
	return p
}

// habitualOrder reports a request verb before the modal at m that a
// habit adverb qualifies ("Viện trưởng luôn yêu cầu toàn Ngành phải
// ..."): a practice reported, not a request made.
func (d *doc) habitualOrder(c, m int) bool {
	if d.absent(c, m, kHabit) {
		return false
	}
	for j := d.nextCue(c + 1); j < m; j = d.nextCue(j + 1) {
		if d.lacks(j, m, kDirective) {
			continue
		}
		if _, ok := d.is(j, m, kDirective); ok && d.hasKind(max(c, j-3), j, kHabit) {
			return true
		}
	}
	return false
}

func (d *doc) imposed(c, m int) bool {
	for i := c; i+1 < m; i++ {
		if d.toks[i].Kind == token.Punct && !d.isPunct(i, ",") {
			c = i + 1
			continue
		}
		if d.keyIs(i, keyDa, hashDa) && d.keyIs(i+1, keyBi, hashBi) {
			return true
		}
	}
	return false
}

// modalStart is where a modal sentence's task starts: after a speech verb
// before the modal, or after a fronted frame clause.
func (d *doc) modalStart(c, m int) int {
	start := c
	for j := c + 1; j < m; j++ {
		if l, ok := d.moreIs(j, m, k2Remit); ok {
			j = l - 1 // "Các sở theo chức năng, nhiệm vụ được giao cần ...": no request
			continue
		}
		if d.noCue(j) {
			continue // (neither is below finds a cue)
		}
		if last, ok := d.is(j, m, kSpeech|kDirective|kOpine); ok && last <= m && !d.toks[j].Upper && !d.endsAt(c, j, kNoPrev) && !(j-1 >= c && d.auxAt(j-1, j, kNounPrep)) {
			// ("Với yêu cầu cao hơn ..., phải ...": a noun after a
			// preposition, no speech verb)
			start = d.skipLeadIns(d.skipJoiners(last, m), m)
		}
		if last, ok := d.is(j, m, kClause); ok && last <= m && !d.toks[j].Upper {
			start = d.skipJoiners(last, m)
		}
	}
	if start != c {
		// "X cho biết, về định hướng nội dung, cần ...", "X lưu ý thời
		// gian đến, công ty cần ...": a fronted frame or coming period
		// after the speech verb is no part of the task
		if last, ok := d.is(start, m, kFrame|kFuture); ok {
			for i := last; i < m; i++ {
				if d.isPunct(i, ",") {
					if m-(i+1) > 4 {
						break // "về thiết kế, lắp đặt hệ thống ... phải": a list, not a frame's end
					}
					return d.skipJoiners(i+1, m)
				}
				if d.toks[i].Kind == token.Punct {
					break
				}
			}
		}
		return start
	}
	// "..., theo ông X, Y cần ...": the task starts after the attribution
	for j := c; j+1 < m; j++ {
		if d.key(j) != keyTheo || !(d.toks[j+1].Upper || d.key(j+1) == keyOng || d.key(j+1) == keyBa) {
			continue
		}
		for k := j + 1; k < m && k <= j+8; k++ {
			if d.isPunct(k, ",") {
				start = d.skipJoiners(k+1, m)
				break
			}
		}
	}
	if start != c && start <= m {
		return start
	}
	start = c
	if last, ok := d.is(c, m, kFrame); ok {
		first := d.key(c) == keyTheoCap
		cut := -1
		for i := last; i < m; i++ {
			if d.isPunct(i, ",") {
				cut = i + 1
				if first {
					break
				}
			}
		}
		if cut > 0 && cut <= m {
			return cut
		}
	}
	return start
}

// pastFrame: a past-period phrase and "đã" in one sentence.
func (d *doc) pastFrame(a, e int) bool {
	if !d.hasKind(a, e, kPastFrame) {
		return false
	}
	_, ok := d.findKey(a, e, "đã")
	return ok
}

// frontedPast reports a past-period frame before the sentence's first
// "đã" ("Trong 6 tháng đầu năm, X đã ..."): one after it is a duration
// inside a narrative ("X đã gian lận ... trong suốt 25 năm qua"), no
// period the sentence reports results for.
func (d *doc) frontedPast(a, e int) bool {
	k, ok := d.findKey(a, e, "đã")
	return ok && d.hasKind(a, k, kPastFrame)
}

// items splits [a, e) into items at ";", ": (1)" markers and joined
// directives ("; đồng thời đề nghị ..."), trimming markers and punctuation.
func (d *doc) items(out []schema.Item, a, e int) []schema.Item {
	figures := false // a "gồm:" list, whose figures are no tasks
	cause := -1      // the comma before a clause of cause in the item being read
	if ci := d.colonIntro(a, e); ci > 0 {
		figures = d.auxEndsAt(a, ci-1, kFigIntro)
		a = ci
	}
	emit := func(s, t int) {
		s, _ = d.skipMarkers(s, t)
		s = d.skipLeadIns(s, t)
		s, _ = d.skipMarkers(s, t)
		// "...; đề nghị UBND huyện X cung cấp ...": the item starts at
		// the addressee, as the first one does
		if d.lacks(s, t, kDirective) {
			// (no directive at s: is would answer no)
		} else if l, ok := d.is(s, t, kDirective); ok && l+1 < t && d.toks[l].Upper && d.toks[l].Kind == token.Word && !d.toks[s].Upper {
			s = l
		}
		if cause > s+1 && cause < t {
			t = cause // "..., bởi lẽ khi giải ngân ...": the reason
		}
		cause = -1
		t = d.trimEnd(s, t)
		if t < len(d.toks) && t > s && d.isPunct(t, ":") && d.endsAt(s, t, kDirective) {
			// "đề nghị Bộ Công an, Bộ GTVT ... chỉ đạo:": an addressee and
			// a directive verb before a colon only introduce the list
			// that follows; its items are the lines after the colon
			return
		}
		words := 0 // (up to 2)
		for i := s; i < t && words < 2; i++ {
			if d.toks[i].Kind != token.Punct {
				words++
			}
		}
		if words < 2 || (d.isPunct(s, "(") && d.isPunct(t-1, ")") && !d.hasPunct(s+1, t-1, "(")) {
			return // too short, or a bracketed remark ("(Ảnh minh họa)")
		}
		if figures && d.hasNumber(s, t) && !d.hasVerb(s, t) {
			return // "nợ quá hạn 350 triệu đồng": a figure, not a task
		}
		if d.assessment(s, t) {
			return // "Việc xử lý ... là rất cấp bách": an assessment, not a task
		}
		if k := d.key(s); (k == keyNay || k == keyDo) && !d.toks[s].Upper {
			return // "thỏa mãn yêu cầu này, mà ...", "lời hứa đó": the cue was a noun, its demonstrative follows
		}
		sp := schema.Span{Start: d.toks[s].Start, End: d.toks[t-1].End}
		if out == nil {
			out = make([]schema.Item, 0, 8) // (most lists hold a few items)
		}
		out = append(out, schema.Item{Text: d.text[sp.Start:sp.End], Span: sp})
	}
	s := a
	depth := 0        // open brackets: a ';' inside them splits nothing
	examples := false // a "như:" list of examples opened inside the item
	colon := -1       // the ":" after "như" that opened it
	exSplit := false  // a part of the examples opened with a verb: they are the tasks
	focus := false    // a focus apposition ("..., trọng tâm là X") opened inside the item
	// (none when the sentence being read holds no focus cue)
	mayFocus := !d.absent(a, e, kFocus)
	toks := d.toks[:e]
	hDong, hVa := hashDong, hashVa
	for i := a; i < e; i++ {
		if !mayFocus {
			// (a word whose key hash is neither "đồng"'s nor "và"'s has no
			// effect below: skip it in a loop of its own; a token built by
			// hand, its hash 0, is looked at)
			for i < e {
				if t := &toks[i]; t.Kind == token.Punct || t.Hash == hDong || t.Hash == hVa || t.Hash == 0 {
					break
				}
				i++
			}
			if i >= e {
				break
			}
		}
		t := &d.toks[i]
		if mayFocus && i > s && !d.noCue(i) && d.hasKindAt(i, e, kFocus) {
			focus = true
		}
		if t.Kind == token.Punct {
			switch t.Key {
			case "(":
				depth++
				// "(2)" opening a new numbered part
				if i+2 < e && d.toks[i+1].Kind == token.Number && d.isPunct(i+2, ")") && i > s {
					emit(s, i)
					s = i
					continue
				}
			case ")":
				if depth > 0 {
					depth--
				}
			case ":":
				if depth == 0 && i > s && d.key(i-1) == keyNhu {
					examples, colon = true, i
				}
			case ",":
				if depth == 0 && i > s && i+2 < e && d.toks[i+1].Upper && d.speakerAssures(i+1, e) {
					emit(s, i) // "Nhấn mạnh X, Tổng Bí thư tin tưởng rằng ...": the main clause states a belief
					return out
				}
				if cause < 0 && depth == 0 && i+1 < e && d.lx.causeFirst.has(token.HashOf(&d.toks[i+1])) && !d.toks[i+1].Upper {
					if _, ok := d.moreIs(i+1, e, k2Cause); ok {
						cause = i
					}
				}
			case ";":
				if depth == 0 && !d.inClosedQuote(a, i, e) {
					if d.continuesObject(i+1, e) || d.verblessName(i+1, e) || d.citedName(i+1, e) {
						continue // "về X; một số khó khăn ...": the same object goes on
					}
					if focus && !d.verbAt(d.skipLeadIns(i+1, e), e) {
						continue // "trọng tâm là X; Y; Z": the focus objects go on
					}
					if d.narrows(i+1, e) {
						continue // "X; trong đó đặc biệt coi trọng Y": Y narrows X, in its item
					}
					if examples && !exSplit && !d.verbAt(d.skipLeadIns(i+1, e), e) {
						continue // "làm rõ những nội dung như: A; B; C": the examples of one item
					}
					if examples && !exSplit {
						// "X chỉ đạo Y thực hiện các nội dung Z đã yêu cầu
						// như: A; <verb> B; C": the examples are tasks, each
						// an item of its own, and the request before "như"
						// is one too
						exSplit = true
						if colon-1 > s && colon > a {
							if !d.endsAt(s, colon-1, kRelHead) {
								emit(s, colon-1) // ("làm tốt những việc như:" only introduces them)
							}
							s = colon + 1
						}
					}
					if d.quotedSeries(i, e) {
						continue // 'theo tinh thần "A"; "B"; "C"': one item's slogans
					}
					if d.assureAt(d.skipLeadIns(i+1, e), e) {
						emit(s, i) // "mong muốn X ...; khẳng định Trung ương luôn ...": the speaker's assurance ends the list
						return out
					}
					if _, ok := d.moreIs(i+1, e, k2Outcome); ok {
						emit(s, i) // "...; qua đó góp phần ...": the outcome ends the list
						return out
					}
					emit(s, i)
					s = i + 1
					focus = false
					continue
				}
			}
			continue // (no punctuation is keyed "đồng" or "và")
		}
		// ", đồng thời đề nghị ..." starts a new item after the verb
		if i <= s+1 {
			continue
		}
		if h := token.HashOf(t); h == hashDong && t.Key == keyDong || h == hashVa && t.Key == "va2" {
			if last, ok := d.is(i, e, kSubject); ok && d.isPunct(i-1, ",") && d.assureAt(last, e) {
				emit(s, i-1) // "đề nghị X, đồng thời khẳng định Y luôn ...": likewise
				return out
			}
			if last, ok := d.is(i, e, kSubject); ok || t.Key == "va2" {
				if !ok {
					last = i + 1
				}
				if dl, ok := d.is(last, e, kDirective); ok && (t.Key != "va2" || d.isPunct(i-1, ",") || d.addressee(d.skipJoiners(dl, e), e)) {
					emit(s, i)
					s = d.skipJoiners(dl, e)
					i = s - 1
				}
			}
		}
	}
	if k, ok := d.speakerTail(s, e); ok {
		e = k
	}
	emit(s, e)
	return out
}

// assureAt reports a verb of assurance or belief at k ("khẳng định",
// "tin tưởng rằng"), not a pledge ("khẳng định sẽ"), opening a clause
// after a request: the speaker's own statement, no part of the request.
func (d *doc) assureAt(k, e int) bool {
	if k+1 >= e || d.noCue(k) {
		return false
	}
	if _, ok := d.is(k, e, kAssure); !ok {
		return false
	}
	_, pledge := d.is(k, e, kPromise)
	return !pledge
}

// speakerAssures reports a clause at k made of a capitalized subject (a
// title, a name, titles joined by commas) and a verb of belief with
// "rằng" ("Tổng Bí thư, Chủ tịch nước tin tưởng rằng ..."): after a
// fronted clause ("Nhấn mạnh X, ..."), the sentence's main predicate
// states a belief, no part of what came before.
func (d *doc) speakerAssures(k, e int) bool {
	for i := k + 1; i < e && i <= k+10; i++ {
		if d.toks[i].Kind == token.Punct {
			if d.isPunct(i, ",") {
				continue
			}
			return false
		}
		if d.noCue(i) {
			continue
		}
		if d.assureAt(i, e) {
			// (with "rằng", a belief stated; "được Đảng, Nhà nước tin
			// tưởng giao phó" is a passive relative clause)
			last, _ := d.is(i, e, kAssure)
			return d.key(last-1) == keyRang || last < e && d.key(last) == keyRang
		}
		if d.hasKindAt(i, e, kDirective|kModal|kSpeech|kPromise|kSe) {
			return false
		}
	}
	return false
}

// assessment reports an item [s, t) that opens with a nominalizer
// ("Việc", "Sự") and whose predicate is the copula and a degree adverb
// ("Việc xử lý tận gốc ô nhiễm là rất cấp bách"): it judges the matter,
// no one is told to do anything (a modal or directive before the copula
// keeps it a task).
func (d *doc) assessment(s, t int) bool {
	if s+3 >= t || !d.auxAt(s, t, kNominal) {
		return false
	}
	for i := s + 1; i+1 < t; i++ {
		if d.toks[i].Key == keyLa && d.moreHas(i+1, t, k2Degree) {
			return !d.hasKind(s, i, kModal|kDirective)
		}
	}
	return false
}

// quotedSeries reports a ";" at i between two quotations, the part after
// it a quotation and nothing more ('theo tinh thần "A"; "B"; "C"'): a
// series of slogans inside one item, not a new task.
func (d *doc) quotedSeries(i, e int) bool {
	if i < 1 || i+2 >= e || d.toks[i-1].Key != `"` || d.toks[i+1].Key != `"` {
		return false
	}
	for q := i + 2; q < e; q++ {
		if d.toks[q].Key != `"` {
			continue
		}
		n := q + 1
		for n < e && (d.isPunct(n, ".") || d.isPunct(n, "…")) {
			n++
		}
		return n == e || d.isPunct(n, ";")
	}
	return false
}

// inClosedQuote reports whether token i, in [a, e), is inside a quotation
// opened by “ before it and closed by ” after it, before any other “:
// "về “quy hoạch A; quy hoạch B”" holds one item, while an opening quote
// never closed ("về “Tiếp tục ...; Chỉ thị 12 về “X”") splits as usual.
// lawQuote reports token m inside a quotation that a regulation's
// wording opens ("Điều 23 Nghị định X quy định: “... phải ...”"), in
// its paragraph: what the law says is no task of the article.
func (d *doc) lawQuote(m int) bool {
	open := d.openQuote(m)
	return open >= 3 && d.isPunct(open-1, ":") && d.key(open-3) == keyQuy && d.key(open-2) == keyDinh
}

// lawFrame reports a modal at m under a fronted frame of a legal
// instrument: "Theo" at the clause's start c, a law's noun after it (data
// kind law: "Theo Luật X, người điều khiển phương tiện phải ...", "Theo
// dự thảo, việc X phải ...", "Theo Nghị định Y, việc thành lập hội phải
// ...") and a comma before m. What the rule requires of anyone it
// governs is its content, no task the article's speaker sets.
func (d *doc) lawFrame(c, m int) bool {
	if c+2 >= m || d.key(c) != keyTheo {
		return false
	}
	if l, ok := d.frameIs(c+1, m, k2Law); !ok || l >= m {
		return false
	}
	for i := c + 2; i < m; i++ {
		if d.isPunct(i, ",") {
			return true
		}
	}
	return false
}

// openQuote returns the quote that opens the quotation token m stands in,
// within m's paragraph, or -1.
func (d *doc) openQuote(m int) int {
	if qi := d.quoteFrom(m) - 1; qi < 0 {
		return -1 // no quote before m
	}
	p := 0 // the paragraph's first token
	if si := sort.Search(len(d.sents), func(k int) bool { return d.sents[k].b > m }); si < len(d.sents) {
		for si > 0 && d.sents[si-1].para == d.sents[si].para {
			si--
		}
		p = d.sents[si].a
	} else {
		for p = m; p > 0 && !d.toks[p].LineBefore; p-- {
		}
	}
	open := -1 // the opening quote m stands after, if any
	for q := d.quoteFrom(p); q < len(d.quotes) && int(d.quotes[q]) < m; q++ {
		k := int(d.quotes[q])
		switch d.text[d.toks[k].Start:d.toks[k].End] {
		case "“":
			open = k
		case "”":
			open = -1
		case `"`:
			if open >= 0 {
				open = -1
			} else {
				open = k
			}
		}
	}
	return open
}

func (d *doc) inClosedQuote(a, i, e int) bool {
	open := false
	q := d.quoteFrom(a)
	for ; q < len(d.quotes) && int(d.quotes[q]) < i; q++ {
		if k := d.quotes[q]; d.toks[k].Kind == token.Punct { // keys fold “ ” to "
			switch d.text[d.toks[k].Start:d.toks[k].End] {
			case "“":
				open = true
			case "”":
				open = false
			}
		}
	}
	if !open {
		return false
	}
	if q < len(d.quotes) && int(d.quotes[q]) == i {
		q++
	}
	for ; q < len(d.quotes) && int(d.quotes[q]) < e; q++ {
		if k := d.quotes[q]; d.toks[k].Kind == token.Punct {
			switch d.text[d.toks[k].Start:d.toks[k].End] {
			case "“":
				return false
			case "”":
				return true
			}
		}
	}
	return false
}

// speakerTail finds, in the last item [s, e), "và <pronoun> (cũng) <speech
// or pledge verb>" ("... và ông cũng xác định đây là ..."): the speaker's
// own further words, which end the task. It returns the "và".
func (d *doc) speakerTail(s, e int) (int, bool) {
	if d.absent(s, e, kSpeech|kPledge|kBlock|kStance) {
		return 0, false
	}
	for i := s + 2; i+2 < e; i++ {
		if d.key(i) != "va2" {
			continue
		}
		k, ok := d.auxIs(i+1, e, kPron)
		if !ok {
			continue
		}
		if l, ok := d.is(k, e, kSubject); ok {
			k = l
		}
		if d.hasKindAt(k, e, kSpeech|kPledge|kBlock|kStance) {
			return i, true
		}
	}
	return 0, false
}

// hasVerb reports an opener verb, a target verb or a modal in [s, t).
func (d *doc) hasVerb(s, t int) bool {
	for i := s; i < t; i++ {
		if d.verbAt(i, t) || d.hasKindAt(i, t, kTVerb|kModal) {
			return true
		}
	}
	return false
}

// verblessName reports a part after a semicolon that opens with a
// capitalized word and holds no verb, modal or verb of effort before the
// next semicolon ("...; Ban cán sự đảng X nhiệm kỳ 2016-2021 và ông Y"):
// one more name in the previous verb's object, not a task.
func (d *doc) verblessName(n, e int) bool {
	if n >= e || !d.toks[n].Upper || d.toks[n].Kind != token.Word {
		return false
	}
	for i := n; i < e; i++ {
		if d.isPunct(i, ";") {
			break
		}
		if d.verbAt(i, e) || d.hasKindAt(i, e, kModal|kCont|kDirective|kTVerb) {
			return false
		}
	}
	return true
}

// citedName reports a part after ";" that opens with the name of a
// numbered document ("...; Chỉ thị 12-CT/TW ngày ... của Ban Bí thư về
// “...”") or of an anniversary ("kỷ niệm 80 năm Ngày thành lập X; 35 năm
// Ngày hội Y"): one more object of the item's verb, not a new task (the
// document's quoted title may hold verbs of its own).
func (d *doc) citedName(n, e int) bool {
	if n+2 >= e {
		return false
	}
	t := &d.toks[n]
	if t.Kind == token.Number {
		return d.key(n+1) == keyNam && d.toks[n+2].Upper && d.toks[n+2].Kind == token.Word
	}
	if !t.Upper || t.Kind != token.Word {
		return false
	}
	l, ok := d.auxIs(n, e, kDocType)
	return ok && l+1 < e && (d.toks[l].Kind == token.Number || d.key(l) == keySo && d.toks[l+1].Kind == token.Number)
}

// addressee reports a capitalized word or a determiner at k: after "và
// yêu cầu" it reads as a new request's addressee ("và yêu cầu các sở
// ..."), not as a noun pair ("nhiệm vụ và yêu cầu công tác").
func (d *doc) addressee(k, e int) bool {
	if k >= e {
		return false
	}
	if d.toks[k].Upper {
		return true
	}
	// "và đề nghị các sở ...", not "và đề xuất các giải pháp ...": a
	// determiner before a body or a person
	l, ok := d.auxIs(k, e, kDet)
	if ok {
		return l < e && (d.toks[l].Upper || d.auxAt(l, e, kOrgan|kHead|kPron))
	}
	// "ngành Nội vụ", "tỉnh Quảng Trị": an organ noun before its name
	l, ok = d.auxIs(k, e, kOrgan)
	return ok && l < e && d.toks[l].Upper && d.toks[l].Kind == token.Word
}

// hasNumber reports a number token in [a, b).
func (d *doc) hasNumber(a, b int) bool {
	for i := a; i < b; i++ {
		if d.toks[i].Kind == token.Number {
			return true
		}
	}
	return false
}

// hasPunct reports the punctuation p in [a, b).
func (d *doc) hasPunct(a, b int, p string) bool {
	for i := a; i < b; i++ {
		if d.isPunct(i, p) {
			return true
		}
	}
	return false
}

// continuesObject reports whether the part after a semicolon at n-1
// continues the previous verb's object rather than starting a task: it
// opens with a quantified noun ("một số khó khăn, vướng mắc ...", "những
// tồn tại ..."), not with a verb, and holds no modal or verb of effort
// before the next semicolon.
func (d *doc) continuesObject(n, e int) bool {
	last, ok := d.auxIs(n, e, kObjCont)
	if !ok || last >= e || d.verbAt(last, e) || d.toks[last].Kind != token.Word || d.auxAt(last, e, kOrgan) {
		return false // "nhiều địa phương có ...": a quantified subject
	}
	for i := last; i < e; i++ {
		if d.isPunct(i, ";") || d.isPunct(i, ":") {
			break
		}
		if d.hasKindAt(i, e, kModal|kCont|kDirective) {
			return false
		}
	}
	return true
}

// period returns the period named in tokens [a, b), if any.
func (d *doc) period(a, b int) *schema.Period { return d.periodOf(a, b, false) }

// taskPeriod returns the period a task list may have in tokens [a, b): as
// period, passing over past ones ("Sau thành công của năm 2023, trong năm
// 2025 tỉnh cần ...": "năm 2025").
func (d *doc) taskPeriod(a, b int) *schema.Period { return d.periodOf(a, b, true) }

func (d *doc) periodOf(a, b int, task bool) *schema.Period {
	if a >= b {
		return nil
	}
	lo, hi := d.toks[a].Start, d.toks[b-1].End
	ps := d.periods(a, b)
	for k, p := range ps {
		if p.Span.Start >= lo && p.Span.End <= hi && p.Span.Start < p.Span.End && p.Span.End <= len(d.text) {
			sp := p.Span
			start, end := p.Start, p.End
			// "năm 2024 và năm 2025": two periods joined are one
			if k+1 < len(ps) {
				if q := ps[k+1]; q.Span.End <= hi && q.Span.Start > sp.End && q.End > end &&
					strings.TrimSpace(d.text[sp.End:q.Span.Start]) == "và" {
					sp.End, end = q.Span.End, q.End
				}
			}
			pp := &schema.Period{Text: d.text[sp.Start:sp.End], Span: &sp, Start: start, End: end}
			if task && d.pastList(pp) {
				continue
			}
			return pp
		}
	}
	// "6 tháng cuối năm 2024" (halfYear), else "tháng 8-2024" (month):
	// both read a number, so one pass finds where either may start
	first, firstMonth := -1, -1
	for i := a; i < b; i++ {
		t := &d.toks[i]
		if t.Kind != token.Number {
			continue
		}
		if first < 0 && i+4 < b && d.toks[i+1].Key == keyThang {
			first = i
		}
		if firstMonth < 0 && i > a && d.toks[i-1].Key == keyThang {
			firstMonth = i - 1
		}
		if first >= 0 && firstMonth >= 0 {
			break
		}
	}
	if first >= 0 {
		if p := d.halfYear(first, b); p != nil && !(task && d.pastList(p)) {
			return p
		}
	}
	if firstMonth >= 0 {
		if p := d.month(a, firstMonth, b); p != nil && !(task && d.pastList(p)) {
			return p
		}
	}
	if last, ok := d.findKindSpan(a, b, kFuture); ok {
		return last
	}
	return nil
}

// findKindSpan returns the first phrase of kind k in [a, b) as a period,
// without a leading preposition: "trong thời gian tới" is the period
// "thời gian tới".
func (d *doc) findKindSpan(a, b int, k kind) (*schema.Period, bool) {
	for i := d.nextCue(a); i < b; i = d.nextCue(i + 1) {
		if d.lacks(i, b, k) {
			continue
		}
		if last, ok := d.is(i, b, k); ok {
			f := i
			if f+1 < last && d.key(f) == keyTrong {
				f++
			}
			sp := schema.Span{Start: d.toks[f].Start, End: d.toks[last-1].End}
			p := &schema.Period{Text: d.text[sp.Start:sp.End], Span: &sp}
			if last-2 >= f && d.key(last-2) == keyCuoi && d.key(last-1) == keyNam && !d.date.IsZero() {
				// "(từ nay đến) cuối năm": the rest of the article's year
				y, m, dd := d.date.Date()
				p.Start, p.End = iso(y, int(m), dd), iso(y, 12, 31)
			}
			return p, true
		}
	}
	return nil, false
}

// opening is the clause that opened the newest task list, read for the
// list's period once its first item is known (an item may start after
// an introduction the rule's start still covers: "... cần tập trung
// trong thời gian tới, như sau: <item>").
type opening struct {
	a, start, e int
	lo          int // >= 0: a fronted frame right before start, read from lo on (framePeriod)
	on          bool
}

// frameReach is how many tokens into a list's first item a fronted frame
// may start.
const frameReach = 16

// listPeriod returns the period of a list whose opening clause is tokens
// [a, start) and whose first item is [start, e): the time phrase of the
// opening clause (before the cue, or the heading), else a frame set off
// by commas near the head of the first item ("X đề nghị phát huy ..., thời
// gian tới, Y cần ..."). A time phrase elsewhere in an item is that
// item's own ("rà soát các việc còn lại đến hết năm 2024"), never the
// list's.
func (d *doc) listPeriod(a, start, e int) *schema.Period {
	// the opening clause is the one holding the cue: after the last
	// semicolon ("Lễ X năm nay được tổ chức ...; đồng thời khẳng định sẽ
	// ..."), though a frame opening the sentence scopes all its clauses
	semi := -1
	if a < start && start <= len(d.toks) {
		lo := d.toks[a].Start
		for k := strings.LastIndexByte(d.text[lo:d.toks[start-1].End], ';'); k >= 0; k = strings.LastIndexByte(d.text[lo:lo+k], ';') {
			if i := d.tokenAt(lo + k); i < start && d.isPunct(i, ";") {
				semi = i
				break
			}
		}
	}
	if semi < 0 {
		if p := d.taskPeriod(a, start); p != nil {
			return p
		}
	} else {
		if p := d.taskPeriod(semi+1, start); p != nil {
			return p
		}
		if p := d.taskPeriod(a, semi); p != nil && d.headFrame(p, a) {
			return p
		}
	}
	if start < a || start >= e {
		return nil
	}
	hi := min(e, start+frameReach)
	p := d.taskPeriod(start, hi)
	for p != nil {
		i, j := d.tokenAt(p.Span.Start), d.tokenAt(p.Span.End)
		if j >= hi {
			return nil
		}
		if d.headFrame(p, start) {
			return p
		}
		if f := d.framePrep(i, start); d.isPunct(j, ",") && (d.isPunct(f-1, ",") || f < i && d.withinPrep(f, i)) {
			// "..., thời gian tới, Y cần ...", and after the addressee
			// "các địa phương ngay trong năm 2016, hỗ trợ ...", but not a
			// deadline: "rà soát các việc đến hết năm 2024, ..."
			return p
		}
		p = d.taskPeriod(j, hi) // a later frame in reach
	}
	return nil
}

// paraFrame returns the frame opening sentence s, the first of a
// paragraph, at its head or after a speech verb's comma: "Tổng Bí thư
// nhấn mạnh, trong 6 tháng cuối năm 2024, dự báo ... . Vì vậy, toàn Đảng
// cần ...": a fronted frame scopes its paragraph, and frames a list
// opened later in it with no period of its own; not when the sentence
// narrates what was done ("đã").
func (d *doc) paraFrame(s sentence) *schema.Period {
	a, b := s.a, min(s.b, s.a+frameReach)
	if a >= b {
		return nil
	}
	c := a
	for k := a; k < b; k++ {
		if d.isPunct(k, ",") {
			c = k + 1
			break
		}
	}
	for _, h := range [2]int{a, c} {
		if h >= b || !d.mayOpenPeriod(h, b) {
			continue
		}
		p := d.taskPeriod(h, b)
		if p == nil || !d.headFrame(p, h) {
			continue
		}
		if j := d.tokenAt(p.Span.End); j < s.b && d.isPunct(j, ",") {
			if _, past := d.findKey(j, s.b, "đã"); past {
				return nil // "Từ tháng 12/2024, X đã ...": a narrated time
			}
			return p
		}
	}
	return nil
}

// mayOpenPeriod reports a token that may open a frame's period: a time
// preposition, a coming-period phrase, a number, or "năm"/"tháng"/"quý"
// and the term words timex reads ("Năm 2025, ...", "Giai đoạn 2025-2030").
func (d *doc) mayOpenPeriod(h, b int) bool {
	t := &d.toks[h]
	return t.Kind == token.Number || d.lx.timePrep.MayStartAt(d.toks, h) || !d.lacks(h, b, kFuture) ||
		d.lx.periodHead.HasToken(t)
}

// tailFrame returns a frame closing the first item [start, end): a
// coming period with no date after a time preposition, last in the item
// ("X nhấn mạnh ba nhóm công tác cần tập trung thực hiện trong thời gian
// tới."): the predicate it closes is the sentence's, which opens the list.
// A date there is the item's own ("hoàn thành các mục tiêu trong năm 2024").
func (d *doc) tailFrame(start, end int) *schema.Period {
	if end <= start || end > len(d.toks) {
		return nil
	}
	for i := d.nextCue(max(start, end-d.lx.maxLen)); i < end; i = d.nextCue(i + 1) {
		if d.lacks(i, end, kFuture) {
			continue
		}
		if last, ok := d.is(i, end, kFuture); ok && last == end {
			if p, ok := d.findKindSpan(i, end, kFuture); ok {
				if f := d.tokenAt(p.Span.Start); d.framePrep(f, start) < f {
					return p
				}
			}
		}
	}
	return nil
}

// withinPrep reports a time preposition [f, i) that says "within"
// ("trong", "ngay trong"), not "until".
func (d *doc) withinPrep(f, i int) bool {
	return d.key(f) == keyTrong || f+1 < i && d.key(f+1) == keyTrong
}

// framePrep returns the first token of the time preposition that ends
// right before token i (and starts at lo or after), else i: "trong năm
// 2025", "từ nay đến cuối năm 2024" are frames whose periods start at "năm".
func (d *doc) framePrep(i, lo int) int {
	f := i
	for s := i - 1; s >= lo && s >= i-4; s-- {
		if m, ok := d.lx.timePrep.At(d.toks[:i], s); ok && m.Last == i {
			f = s
		}
	}
	return f
}

// headFrame reports period p opening the clause that starts at token c
// ("Năm 2025, ...", "Trong thời gian tới, ...").
func (d *doc) headFrame(p *schema.Period, c int) bool {
	return p.Span != nil && d.framePrep(d.tokenAt(p.Span.Start), c) == c
}

// month reads a month of a year: "tháng 8-2024", "tháng 8/2024",
// "tháng 8 năm 2024" ("Về nhiệm vụ trọng tâm tháng 8-2024, ..."), not
// after an event noun in [a, ...), and only in a dated article. It looks
// from token from on.
func (d *doc) month(a, from, b int) *schema.Period {
	if d.date.IsZero() {
		return nil // no article date: no telling a coming month from a past one
	}
	t := d.toks
	for i := from; i+2 < b; i++ {
		if t[i+1].Kind != token.Number || t[i].Key != keyThang {
			continue
		}
		k := i + 2
		if t[k].Key == keyNam {
			k++
		} else if (t[k].Key == "-" || t[k].Key == "/") && t[k].Start == t[k-1].End {
			k++
		} else {
			continue
		}
		if k >= b || t[k].Kind != token.Number || len(t[k].Key) != 4 {
			continue
		}
		m, err1 := strconv.Atoi(t[i+1].Key)
		y, err2 := strconv.Atoi(t[k].Key)
		if err1 != nil || err2 != nil || m < 1 || m > 12 || y < 1900 || y > 2200 || d.eventIn(a, i) {
			continue
		}
		last := time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
		sp := schema.Span{Start: t[i].Start, End: t[k].End}
		return &schema.Period{Text: d.text[sp.Start:sp.End], Span: &sp, Start: iso(y, m, 1), End: iso(y, m, last)}
	}
	return nil
}

// eventIn reports an event noun in tokens [a, b): a month after it dates
// the event ("Về nội dung giao ban tháng 11-2024, ..."), not the tasks.
func (d *doc) eventIn(a, b int) bool {
	for s := a; s < b; s++ {
		if d.eventAt(s, b) {
			return true
		}
	}
	return false
}

// halfYear reads "N tháng đầu/cuối năm YYYY" and "năm YYYY" after "trong".
func (d *doc) halfYear(a, b int) *schema.Period {
	thang, dau, cuoi, nam := keyThang, keyDau, keyCuoi, keyNam
	for i := a; i+4 < b; i++ {
		t := d.toks
		if t[i].Kind != token.Number || t[i+1].Key != thang || (t[i+2].Key != dau && t[i+2].Key != cuoi) || t[i+3].Key != nam || t[i+4].Kind != token.Number {
			continue
		}
		n, err1 := strconv.Atoi(t[i].Key)
		y, err2 := strconv.Atoi(t[i+4].Key)
		if err1 != nil || err2 != nil || n < 1 || n > 12 || y < 1900 || y > 2200 {
			continue
		}
		var s, e time.Time
		if t[i+2].Key == dau {
			s = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			e = time.Date(y, time.Month(n)+1, 0, 0, 0, 0, 0, time.UTC)
		} else {
			s = time.Date(y, time.Month(13-n), 1, 0, 0, 0, 0, time.UTC)
			e = time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC)
		}
		sp := schema.Span{Start: t[i].Start, End: t[i+4].End}
		return &schema.Period{Text: d.text[sp.Start:sp.End], Span: &sp, Start: s.Format("2006-01-02"), End: e.Format("2006-01-02")}
	}
	return nil
}

// sortItems is used by tests: items of all lists, in text order.
func sortItems(ls []schema.TaskList) []schema.Item {
	var out []schema.Item
	for _, l := range ls {
		out = append(out, l.Items...)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out
}

// isChrome reports page leftovers: markdown links and images, URLs, front matter.
func (d *doc) isChrome(a, b int) bool {
	seg := d.text[d.toks[a].Start:d.toks[b-1].End]
	if seg == "" {
		return false
	}
	switch seg[0] {
	case '[', '!', 't', 'l', 'c', 'd':
	default:
		return hasLinkMark(seg)
	}
	return hasLinkMark(seg) ||
		strings.HasPrefix(seg, "[") || strings.HasPrefix(seg, "!") ||
		strings.HasPrefix(seg, "title:") || strings.HasPrefix(seg, "layout:") ||
		strings.HasPrefix(seg, "categories:") || strings.HasPrefix(seg, "date:")
}

// hasLinkMark reports "](" or "://" in s, searching for the rare byte.
func hasLinkMark(s string) bool {
	for t := s; ; {
		i := strings.IndexByte(t, ']')
		if i < 0 {
			break
		}
		if i+1 < len(t) && t[i+1] == '(' {
			return true
		}
		t = t[i+1:]
	}
	for t := s; ; {
		i := strings.IndexByte(t, ':') // rarer than '/' (dates: 19/5/2016)
		if i < 0 {
			return false
		}
		if i+2 < len(t) && t[i+1] == '/' && t[i+2] == '/' {
			return true
		}
		t = t[i+1:]
	}
}

// opinionModal reports whether the modal sentence [a, e) (modal at m) is
// an opinion: an expert (TS, chuyên gia, luật sư) speaks in it; or, in a
// seminar or interview article, it has no speech verb introducing the
// modal clause, names no coming period and does not continue a list
// (cont: a list was open in this paragraph or the sentence opens with an
// additive connective).
func (d *doc) opinionModal(a, c, e, m int, cont bool) bool {
	if d.namedExpert(a, e) {
		return true
	}
	if !d.opinion || cont || d.hasKind(a, e, kFuture) {
		return false
	}
	if d.officialReport(c, m) {
		return false // "Theo Phó thủ tướng, ... NH Nhà nước phải ...": see reported.go
	}
	for j := c; j < m; j++ {
		if last, ok := d.is(j, m, kSpeech); ok && last <= m && !d.toks[j].Upper && !d.endsAt(c, j, kNoPrev) {
			return false
		}
		// "theo ông X, ...": an attribution like a speech verb
		if d.key(j) == keyTheo && j+1 < m && (d.toks[j+1].Upper || d.key(j+1) == keyOng || d.key(j+1) == keyBa) {
			return false
		}
	}
	return true
}

var (
	keyTheo  = token.Fold("theo")
	keyTrong = token.Fold("trong")
	keyOng   = token.Fold("ông")
	keyBa    = token.Fold("bà")
	keyCua   = token.Fold("của")
	keySom   = token.Fold("sớm")
	keyLuc   = token.Fold("lực")
	keyLuong = token.Fold("lượng")
	keyChuc  = token.Fold("chức")
	keyNang  = token.Fold("năng")
	keyCho   = token.Fold("cho")
	keyVoi   = token.Fold("với")
	keyMong  = token.Fold("mong")
	keyVua   = token.Fold("vừa")
	keyDang  = token.Fold("đang")
	keyNgay  = token.Fold("ngày")
	keyHai   = token.Fold("hai")
	keyBa3   = token.Fold("ba")
	keyBon   = token.Fold("bốn")
	hashDang = token.KeyHash(keyDang)
	keyRang  = token.Fold("rằng")
	keyNhu   = token.Fold("như")
	keyLa    = token.Fold("là")
	keyNay   = token.Fold("này")
	keyDo    = token.Fold("đó")

	keyTheoCap = token.Fold("Theo")
	keyDong    = token.Fold("đồng")
	keyThang   = token.Fold("tháng")
	keyDau     = token.Fold("đầu")
	keyCuoi    = token.Fold("cuối")
	keyNam     = token.Fold("năm")
	// "nguyên" (former), not the surname "Nguyễn"
	keyNguyenFormer = token.Fold("nguyên")
	keyToi          = token.Fold("tôi")
	keyTuyet        = token.Fold("tuyệt")
	keyDoi          = token.Fold("đối")
	keyNoi          = token.Fold("nói")
	keyKhi          = token.Fold("khi")
	keyQuocW        = token.Fold("quốc")
	keySauW         = token.Fold("sau")
	keyTruocW       = token.Fold("trước")
	keyNgayW        = token.Fold("ngay")
	keyNhiem        = token.Fold("nhiệm")
	keyDa           = token.Fold("đã")
	keyAnh          = token.Fold("ảnh")
	hashAnh         = token.KeyHash(keyAnh) // as Tokenize stores it in Token.Hash
	hashQuote       = token.KeyHash(`"`)
	hashDong        = token.KeyHash(keyDong)
	hashVa          = token.KeyHash("va2")
	hashKhi         = token.KeyHash(keyKhi)
	keySe           = token.Fold("sẽ")
	keySo           = token.Fold("số")
	keyBi           = token.Fold("bị")
	keyQuy          = token.Fold("quy")
	keyChi          = token.Fold("chỉ")
	keyDao          = token.Fold("đạo")
	keyDinh         = token.Fold("định")
	hashDa          = token.KeyHash(keyDa)
	hashBi          = token.KeyHash(keyBi)
	hashSemi        = token.KeyHash(";")
	hashColon       = token.KeyHash(":")
	hashNoi         = token.KeyHash(keyNoi)
	hashVua         = token.KeyHash(keyVua)
	keySo4          = token.Fold("sở")
	hashSo4         = token.KeyHash(keySo4)
	keyDe           = token.Fold("để")
	hashDe          = token.KeyHash(keyDe)
	keyCon          = token.Fold("còn")
	keyNhat         = token.Fold("nhất")
	keyTham         = token.Fold("tham")
	keyMuu          = token.Fold("mưu")
	hashMuu         = token.KeyHash(keyMuu)
	keyPhat         = token.Fold("phát")
	keyBieu         = token.Fold("biểu")
	keyDen          = token.Fold("đến")
	keyThe          = token.Fold("thể")
	keyCo           = token.Fold("có")
	keyGiao         = token.Fold("giao")
	keySao          = token.Fold("sao")
	keyDuoc         = token.Fold("được")
	hashCon         = token.KeyHash(keyCon)
	hashCo          = token.KeyHash(keyCo)
	keyThuc         = token.Fold("thực")
	hashThuc        = token.KeyHash(keyThuc)
	keyHien         = token.Fold("hiện")
)

// foldedKey folds a word, without allocating for the words the package uses.
func foldedKey(w string) string {
	switch w {
	case "nhiệm":
		return keyNhiem
	case "đã":
		return keyDa
	}
	return token.Fold(w)
}

// namedExpert reports an expert named in [a, e): an expert word followed
// by a name ("TS Trần Văn A", "PGS-TS Lê B", "luật sư Nguyễn C"); "các
// chuyên gia", "nhà báo qua các thời kỳ" name no one.
func (d *doc) namedExpert(a, e int) bool {
	if d.absent(a, e, kExpert) {
		return false
	}
	for i := d.nextCue(a); i < e; i = d.nextCue(i + 1) {
		if d.lacks(i, e, kExpert) {
			continue
		}
		last, ok := d.is(i, e, kExpert)
		if !ok {
			continue
		}
		for last < e {
			if d.isPunct(last, "-") || d.isPunct(last, ".") {
				last++
			} else if l2, ok := d.is(last, e, kExpert); ok {
				last = l2
			} else {
				break
			}
		}
		if last < e && d.toks[last].Kind == token.Word && d.toks[last].Upper {
			return true
		}
		// "chuyên gia này": one named before
		if last < e && (d.key(last) == keyNay || d.key(last) == keyDo) {
			return true
		}
		i = last - 1
	}
	return false
}

// opinionGenre reports a seminar, forum or interview article: a genre
// word in its first paragraphs, or experts speaking in several sentences.
func (d *doc) opinionGenre(sents []sentence) bool {
	defer d.readingNone()
	experts := 0
	for si, s := range sents {
		if s.pre&(kGenre|kExpert) == 0 {
			continue // (as absent would answer)
		}
		d.reading(&sents[si])
		if s.para < 3 && d.genreIn(s.a, s.b) {
			return true
		}
		if d.namedExpert(s.a, s.b) {
			experts++
		}
	}
	return experts >= 3
}

// genreIn reports a genre cue in [a, b) that is not the tail of "Quốc
// hội" read across a word's end: in "Quốc hội thảo luận" (the National
// Assembly debates) "hội thảo" is no seminar.
func (d *doc) genreIn(a, b int) bool {
	if d.absent(a, b, kGenre) {
		return false
	}
	for i := d.nextCue(a); i < b; i = d.nextCue(i + 1) {
		if d.lacks(i, b, kGenre) {
			continue
		}
		if _, ok := d.is(i, b, kGenre); !ok {
			continue
		}
		j := i - 1
		if j >= a && d.isPunct(j, "_") {
			j--
		}
		if j >= a && d.key(j) == keyQuocW {
			continue
		}
		return true
	}
	return false
}

// need finds "việc cần làm ... là X" and returns where X starts: the
// thing said to need doing is a task, whoever says it.
func (d *doc) need(a, e int) (int, bool) {
	n, ok := d.findKind(a, e, kNeed)
	if !ok {
		return 0, false
	}
	for i := n; i < e && i <= n+6; i++ {
		if d.toks[i].Kind == token.Punct && !d.isPunct(i, ":") {
			return 0, false
		}
		if d.key(i) == "la2" {
			// what needs doing is an action ("yêu cầu chung là bộ máy
			// mới phải ..."), not a degree ("yêu cầu đặt ra là rất cao")
			if st := d.skipJoiners(i+1, e); st < e && !d.moreHas(st, e, k2Degree) {
				return st, true
			}
			return 0, false
		}
	}
	return 0, false
}

// captionLike reports a line long enough to be a photo caption rather
// than a subheading: captionWords words or more, no past-period frame.
func (d *doc) captionLike(a, b int) bool {
	words := 0
	for i := a; i < b; i++ {
		if d.toks[i].Kind == token.Word {
			words++
		}
	}
	return words >= captionWords && !d.hasKind(a, b, kPastFrame)
}

// captionStop reports a one-sentence paragraph read as a photo caption in
// an open list: a capitalized noun phrase opening it, captionWords to
// captionMaxWords words (a long line, as captionLike's: "Quang cảnh hội
// nghị." with no credit still ends the list), and no cue of saying, asking, obligation, time
// or reporting in it (a narrated sentence carries one: "Đồng chí X phát
// biểu", "Hội nghị đã thông qua ...").
func (d *doc) captionStop(c, e int) bool {
	if c >= e || d.toks[c].Kind != token.Word || !d.toks[c].Upper || d.verbAt(c, e) {
		return false
	}
	words := 0
	for i := c; i < e; i++ {
		if d.toks[i].Kind == token.Word {
			words++
		} else if d.toks[i].Kind == token.Number {
			return false
		}
	}
	if words < captionWords || words > captionMaxWords || d.hasKind(c, e, kDirective|kModal|kSpeech|kFuture|kPromise|kPledge|kStatement|kFrame|kPast|kPastFrame|kOpine|kAdditive|kNext) {
		return false
	}
	for i := c; i < e; i++ {
		if l, ok := d.is(i, e, kCont); ok && !d.adjSom(i, l, e) {
			return false
		}
	}
	return true
}

// adjSom reports the continuing-verb cue "sớm" at i (ending at l) read as
// the adjective after a noun ("vải thiều sớm Tân Yên": "early"), not the
// adverb before a verb ("Các sở sớm ban hành": "soon"): no verb, modal,
// directive or continuing verb after it.
func (d *doc) adjSom(i, l, e int) bool {
	return d.key(i) == keySom && !d.verbAt(l, e) && !d.hasKindAt(l, e, kCont|kModal|kDirective)
}

// captionMaxWords is the most words of a caption read by captionStop.
const captionMaxWords = 22

// captionWords is the least number of words of a caption line.
const captionWords = 12

// quoteFrom returns the index in d.quotes of the first quote at or after
// token i.
func (d *doc) quoteFrom(i int) int { return listFrom(d.quotes, i) }

// listFrom returns the index in the ordered token list l of the first
// token at or after i.
func listFrom(l []int32, i int) int {
	lo, hi := 0, len(l)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(l[m]) < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// quoteSaid reports a quoted opinion: a closing quote followed by "..., ông nói".
func (d *doc) quoteSaid(a, e int) bool {
	for q := d.quoteFrom(a); q < len(d.quotes) && int(d.quotes[q]) < e; q++ {
		i := int(d.quotes[q])
		for k := i + 1; k < e && k <= i+5; k++ {
			if d.keyIs(k, keyNoi, hashNoi) {
				// '"...", ông nói và đề nghị Đoàn phải ...': a request
				// joined to the attribution is the speaker's own
				return !d.saidAndAsked(k+1, e)
			}
		}
	}
	return false
}

// saidAndAsked reports "và" at k then a request verb ("đề nghị", "yêu
// cầu", "đã" allowed before it) with an addressee after it.
func (d *doc) saidAndAsked(k, e int) bool {
	if k+2 >= e || !d.keyIs(k, "va2", hashVa) {
		return false
	}
	for j := k + 1; j < e && j <= k+2; j++ {
		if last, ok := d.is(j, e, kDirective); ok {
			if last >= e {
				return false
			}
			// ('", ông nói và kiến nghị có chế tài ...', '... và đề nghị
			// tăng mức phạt': what is asked for, with no addressee, a
			// bare verb phrase or "có" + the thing wanted)
			r := d.skipJoiners(last, e)
			return d.requestee(r, e) || (r+1 < e && (d.key(r) == keyCo || d.verbAt(r, e)))
		}
	}
	return false
}

// relQuantBefore: "một số nội dung X cần thực hiện" — a quantified noun
// earlier in the clause makes the modal relative; X may be two bodies
// joined by a comma ("một số nhiệm vụ trọng tâm Quân ủy Trung ương, Lãnh
// đạo Bộ Quốc phòng cần ..."), so the quantifier is looked for up to 20
// tokens back.
func (d *doc) relQuantBefore(c, m int) bool {
	if d.absent(c, m, kRelQuant) {
		return false // (the loop would find none)
	}
	for i := m - 1; i >= c && i >= m-20; i-- {
		t := &d.toks[i]
		if t.Kind == token.Punct && t.Key != "," && !isQuoteMark(t.Key) {
			return false // (quotation marks around a noun go on: "còn nhiều “điểm nghẽn” cần ...")
		}
		if d.lacks(i, m, kRelQuant) {
			continue
		}
		if _, ok := d.is(i, m, kRelQuant); ok {
			return true
		}
	}
	return false
}

// skipContentFrame drops from a directive's content a named object
// ("ông Trần Cẩm Tú") and a fronted frame ("trong nhiệm kỳ tới,").
func (d *doc) skipContentFrame(c, e int) int {
	if c+2 < e && (d.key(c) == keyOng || d.key(c) == keyBa) && d.toks[c+1].Upper {
		i := c + 1
		for i < e && d.toks[i].Kind == token.Word && d.toks[i].Upper {
			i++
		}
		if i < e && i-c >= 3 {
			c = i
		}
	}
	if last, ok := d.is(c, e, kFrame|kFuture); ok {
		// "đề nghị thời gian tới cần tiếp tục bám sát, theo dõi ...": a
		// coming period with no comma, then the modal and its verb phrase
		if m, ok := d.is(last, e, kModal); ok && m < e && d.is1(c, last, kFuture) && (d.verbAt(m, e) || d.is1(m, e, kCont)) {
			return m
		}
		if _, ok := d.is(last, e, kModal); ok && d.is1(c, last, kFuture) {
			return last // "đề xuất thời gian tới cần có sự cam kết ..., hỗ trợ ...": the modal, not a comma, ends the frame
		}
		for i := last; i < e && i <= last+12; i++ {
			if d.isPunct(i, ",") {
				return d.skipJoiners(i+1, e)
			}
			if d.toks[i].Kind == token.Punct {
				break
			}
			if i > last && !d.noCue(i) && d.is1(i, e, kModal) {
				// "đề nghị trong thời gian tới công tác đối ngoại cần chủ
				// động, kịp thời ...": the addressee and its modal come
				// before any comma, which is the item's own; a coming
				// period ends at the addressee
				if d.is1(c, last, kFuture) {
					return last
				}
				break
			}
		}
	}
	return c
}

// attribution finds a closing quote followed by its attribution at the end
// of [a, e) ('"..." - ông X nói', '"...", Bộ trưởng X nhấn mạnh') and
// returns the quote's token.
func (d *doc) attribution(a, e int) (int, bool) {
	// the last quote in (a, e-2], no earlier than e-12
	if qi := d.quoteFrom(e-1) - 1; qi >= 0 {
		if q := int(d.quotes[qi]); q > a && q >= e-12 {
			return d.attributionAt(a, e, q)
		}
	}
	return 0, false
}

// attributionAt is attribution for the quote at token q.
func (d *doc) attributionAt(a, e, q int) (int, bool) {
	k := q + 1
	if !(d.isPunct(k, "-") || d.isPunct(k, ",")) {
		return 0, false
	}
	k++
	if k >= e {
		return 0, false
	}
	// a title word before the name ('" - đồng chí X nêu rõ', '", ông X
	// nêu'): the speaker, when a capitalized name follows it
	named := d.toks[k].Upper
	if !named {
		if l, ok := d.auxIs(k, e, kPron); ok && l < e && d.toks[l].Upper {
			named = true
		}
	}
	// '", đồng chí nhấn mạnh.': a pronoun of address alone, then the
	// speech or request verb that ends the sentence
	if !named {
		if l, ok := d.auxIs(k, e, kPron); ok && l < e {
			if last, ok := d.is(l, e, kSpeech|kDirective); ok && last == e {
				return q, true
			}
		}
	}
	// '", công văn của Bộ nêu rõ': a document speaks its own words
	if !named && d.key(k) != keyOng && d.key(k) != keyBa && !d.auxAt(k, e, kDocType) {
		return 0, false
	}
	for i := k + 1; i < e; i++ {
		if t := &d.toks[i]; t.Kind == token.Punct {
			// ('", Bộ GD-ĐT nêu rõ': a hyphen or "&" inside a name's
			// abbreviation, glued to both sides)
			if (t.Key == "-" || t.Key == "&") && !t.SpaceBefore && i+1 < e && !d.toks[i+1].SpaceBefore && d.toks[i+1].Upper {
				continue
			}
			return 0, false
		}
		// ('"...", Bộ trưởng X yêu cầu.': a request verb ending the
		// sentence names who asked for the quoted words)
		if last, ok := d.is(i, e, kSpeech|kDirective); ok && last == e {
			return q, true
		}
	}
	// '", ông X nêu': a verb of raising an opinion ends the sentence
	if named && !d.toks[e-1].Upper && d.auxEndsAt(k+2, e, kVoice) {
		return q, true
	}
	// '"..." - ông X quán triệt': a name, then the verb that ends the
	// sentence, however the speaker spoke; after a comma, so when the
	// quotation opens the sentence ('“...”, Trung úy X chia sẻ'), not
	// when a quoted name closes a fronted clause ('Thực hiện “Đề án X”,
	// Sở Y triển khai')
	if (d.dash(q+1) || d.key(a) == `"`) && e-k <= 10 && named && !d.toks[e-1].Upper && d.toks[e-1].Kind == token.Word {
		return q, true
	}
	return 0, false
}

// dash reports a dash token at i (a hyphen or a dash keyed as one).
func (d *doc) dash(i int) bool { return d.isPunct(i, "-") }

// speechTask finds a speech verb that reports a directive: followed by a
// coming period and "sẽ" + verb ("nhấn mạnh, thời gian tới sẽ tiếp tục
// ..."), the task starts after "sẽ"; followed by a capitalized addressee
// and a verb of continuing effort ("nhấn mạnh Ban X tiếp tục ..."), the
// task starts at the addressee. It returns the verb's token and the start.
func (d *doc) speechTask(c, e int) (int, int, bool) {
	if d.absent(c, e, kSpeech) {
		return 0, 0, false
	}
	for j := d.nextCue(c + 1); j < e; j = d.nextCue(j + 1) {
		if d.lacks(j, e, kSpeech) {
			continue
		}
		last, ok := d.is(j, e, kSpeech)
		if !ok || d.toks[j].Upper {
			continue
		}
		k := d.skipJoiners(last, e)
		// "Tổng Bí thư lưu ý triển khai thực hiện khẩn trương ...": a
		// caution before a bare verb phrase, after its speaker
		if d.cautionTask(j, last, k, e) && d.speakerBefore(c, j) && !d.inSubord(c, j) {
			return j, k, true
		}
		// each task below needs a continuing verb (kCont) or a coming
		// period (kFuture) starting in [k, e): without one, whatever
		// speakerBefore (costly) and inSubord answer, the loop goes on
		if !d.hasKind(k, e, kCont|kFuture) || !d.speakerBefore(c, j) || d.inSubord(c, j) {
			continue
		}
		if s, ok := d.adviseTask(j, last, k, e); ok {
			return j, s, true
		}
		if f, ok := d.is(k, e, kFuture); ok {
			for f < e && d.isPunct(f, ",") {
				f++
			}
			if s, ok := d.is(f, e, kSe); ok && s < e && d.verbAt(s, e) {
				return j, s, true
			}
			if f > k && d.isPunct(f-1, ",") && d.effortSubject(f, e) {
				// "X nhấn mạnh: Thời gian tới, Trung tâm Y tiếp tục Z": the
				// task starts at its subject
				return j, f, true
			}
			continue
		}
		// "khẳng định Chính phủ sẽ tiếp tục ...": an assurance, no request
		if k < e && d.toks[k].Upper && !d.hasKindAt(k, e, kSelf) && !d.hasKindAt(j, e, kAssure) {
			for i := k + 1; i < e && i <= k+8; i++ {
				if d.toks[i].Kind == token.Punct {
					break
				}
				if d.key(i) == keyDa || d.toks[i].Key == "se4" {
					break // "X đã và sẽ tiếp tục ...": a report or a forecast
				}
				if l, ok := d.is(i, e, kCont); ok && l < e && !d.toks[i].Upper && d.contComplement(l, e) {
					return j, k, true
				}
			}
		}
	}
	return 0, 0, false
}

// contComplement reports a verb phrase's complement at l after a verb of
// continuing effort: a lower-case word, no passive or copula ("Khu CNTT
// tập trung TP. Đà Nẵng được xem là ...": "tập trung" an adjective).
func (d *doc) contComplement(l, e int) bool {
	t := &d.toks[l]
	return t.Kind == token.Word && !t.Upper && !d.is1(l, e, kPassive) && !d.auxAt(l, e, kCopula)
}

// cautionTask reports a verb of caution at j, ending at last, right before
// a lower-case action verb at k ("lưu ý triển khai ..."), not a content
// clause ("lưu ý rằng ...", "lưu ý người dân ...") or a forecast ("lưu ý
// sẽ ...").
func (d *doc) cautionTask(j, last, k, e int) bool {
	if k != last || k >= e || d.toks[k].Upper || !d.verbAt(k, e) || d.hasKindAt(k, e, kSe) {
		return false // ("lưu ý sẽ xuất hiện dịch bệnh": a warning)
	}
	l, ok := d.moreIs(j, e, k2Caution)
	return ok && l == last
}

// adviseTask reads a speech verb of advice at j, ending at last, whose
// complement at k opens with a verb of continuing effort ("nêu rõ tiếp tục
// quán triệt ...": the item starts at it) or with a lower-case addressee
// and such a verb ("lưu ý các thành viên tiếp tục ...": the item starts at
// the addressee).
func (d *doc) adviseTask(j, last, k, e int) (int, bool) {
	if k >= e || d.toks[k].Upper {
		return 0, false
	}
	if l, ok := d.moreIs(j, e, k2Advise); !ok || l != last {
		return 0, false
	}
	if l, ok := d.is(k, e, kCont); ok && l < e && d.verbAt(l, e) {
		return k, true
	}
	l, ok := d.auxIs(k, e, kDet)
	if !ok {
		return 0, false
	}
	for i := l; i < e && i <= k+8; i++ {
		if d.toks[i].Kind == token.Punct {
			break
		}
		if d.toks[i].Upper {
			continue
		}
		if c, ok := d.is(i, e, kCont); ok && c < e {
			return k, i > l
		}
		if d.verbAt(i, e) && !d.headNoun(i, e) {
			break
		}
	}
	return 0, false
}

// inBasis reports a modal at m inside an adverbial clause of basis opened
// in [c, m) and not closed by a punctuation mark ("việc cấp giấy vẫn được
// thực hiện, trên cơ sở giữa X và Y phải ngồi lại với nhau"): the modal
// describes the procedure, it sets no task.
func (d *doc) inBasis(c, m int) bool {
	for i := m - 1; i >= c && i >= m-subjWords; i-- {
		t := &d.toks[i]
		if t.Kind == token.Punct {
			return false
		}
		// (every basis phrase holds "cơ sở": look it up only after "sở")
		if h := token.HashOf(t); h != hashSo4 || t.Key != keySo4 {
			continue
		}
		for k := max(c, i-3); k < i; k++ {
			if l, ok := d.moreIs(k, m, k2Basis); ok && l == i+1 {
				return true
			}
		}
	}
	return false
}

// inPurpose reports whether the modal at m is inside a purpose clause
// ("để giữ kỷ luật ... phải ...") opened in [c, m) and not closed by a comma.
func (d *doc) inPurpose(c, m int) bool {
	if d.absent(c, m, kPurpose) {
		return false
	}
	for i := m - 1; i >= c; i-- {
		if d.isPunct(i, ",") || d.isPunct(i, ";") || d.isPunct(i, ":") {
			return false
		}
		if d.lacks(i, m, kPurpose) {
			continue
		}
		if _, ok := d.is(i, m, kPurpose); ok {
			return true
		}
	}
	return false
}

// blocked reports a block cue in [a, e). "cho rằng" (an opinion verb)
// does not block when an official speaker before it addresses a
// capitalized party with a modal ("Chủ tịch nước cho rằng Cao Bằng cần
// ..."), unless the speaker is a named expert.
//
// In a clause going on with an open list (cont), a stance word after the
// clause's first word blocks nothing either.
func (d *doc) blocked(a, c, e int, cont bool) bool {
	if d.absent(a, e, kBlock) {
		return false
	}
	for i := d.nextCue(a); i < e; i = d.nextCue(i + 1) {
		if d.lacks(i, e, kBlock) {
			continue
		}
		last, ok := d.is(i, e, kBlock)
		if !ok {
			continue
		}
		if _, v, _ := d.at(i, e); v&kStance != 0 && i > c {
			if cont {
				i = last - 1
				continue
			}
			if _, _, ok := d.directive(c, i); ok {
				i = last - 1
				continue // "đề nghị ... tăng cường năng lực phân tích": inside a request
			}
			if d.semiAfterModal(c, i) {
				i = last - 1
				continue // "X cần Y; đồng thời phát huy Z theo quy định": the manner of a later item
			}
			if d.key(i) != keyTheo && !d.absent(c, i, kModal) {
				if m, ok := d.modal(c, i); ok && !d.hasKind(c, m, kBlock|kOpine) {
					i = last - 1
					continue // "X phải phục vụ ... trong đánh giá, nhận định tình hình": a noun inside the modal's clause
				}
			}
		}
		if _, v, _ := d.at(i, e); v&kOpine != 0 && i > c && last < e &&
			d.toks[last].Upper && d.speakerBefore(c, i) && !d.namedExpert(a, e) {
			if _, ok := d.modal(last, e); ok {
				i = last - 1
				continue
			}
		}
		if _, v, _ := d.at(i, e); v&kOpine != 0 && i > c && last < e && !d.toks[last].Upper &&
			!d.opinion && d.opinionSubject(last, e) && d.speakerBefore(c, i) && !d.namedExpert(a, e) && !d.formerSpeaker(c, i) &&
			(d.officialOpinion(a, c, i) || d.titledSpeaker(c, i)) {
			// "Ông X cho rằng chủ đầu tư và ngân hàng phải ...": a
			// speaker's view of what a party named after it must do
			i = last - 1
			continue
		}
		if k := d.resultClause(i, e); k > i {
			i = k - 1
			continue // "nhận định bão mạnh, nên Bộ trưởng yêu cầu ...": the request's ground
		}
		// "Phát biểu khai mạc hội nghị, anh X cho rằng cần ...", "Thủ
		// tướng cho rằng cần ...": a presiding speaker's or an official's
		// opinion on what to do is a direction
		if _, v, _ := d.at(i, e); v&kOpine != 0 && i > c && last < e && d.is1(last, e, kModal) &&
			d.officialOpinion(a, c, i) && !d.namedExpert(a, e) {
			i = last - 1
			continue
		}
		return true
	}
	return false
}
