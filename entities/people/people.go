// Package people recognizes named persons, their title chains (each title a
// role plus its organization chain) and the organizations the text names.
//
// The recognizer works on tokens (package token) in four passes:
//
//  1. name candidates: runs of capitalized syllables found after a cue
//     (đồng chí, ông, bà, a rank, an academic prefix) or starting with a
//     family name from the embedded lexicon;
//  2. title segments: a role head word (data/roles.txt), optionally after
//     nguyên/cựu, followed by its organization chain, which takes capitalized
//     words, organization vocabulary, numbers, "X, tỉnh Y" tails and place
//     names, and stops at a verb, an unknown lower-case word or a name;
//  3. attachment: segments linked by commas form a chain; a chain right
//     before a name (T1, T2 NAME) or right after it (NAME, T1, T2 / NAME -
//     T1 - / NAME (T1)) gives that person its titles; a place or party body
//     closing a chain is propagated to the earlier titles that lack it;
//  4. coreference: repeated full names and given-name references (ông Mẫn)
//     become mentions of one Official.
//
// Participants (participants.go, words in data/participation.tsv) are the
// people with a part in the article's event, read by grammar: the verb
// after a subject and its title chain, a fronted clause before it (Phát
// biểu tại hội nghị, X), the list after "có" in a sentence opened by an
// attendance verb (Dự hội nghị có A, B), "sự tham dự/chủ trì của". Each
// person gets one role, the highest of chaired > reported > spoke >
// attended (a chair also speaks, a speaker also attends).
package people

import (
	"bytes"
	"cmp"
	"hash/maphash"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Input is what the recognizer reads.
type Input struct {
	Text      string
	Tokens    []token.Token // token.Tokenize(Text)
	Sentences []schema.Span // segment.Sentences(Text)
	Date      time.Time     // the article's date, zero if unknown
	// Exclude are spans that hold no people: the byline, photo credits.
	Exclude []schema.Span
}

// Result is what the recognizer finds.
type Result struct {
	Officials     []schema.Official     // one per person, in order of first mention
	Organizations []schema.Organization // one per organization, in order of first mention
	// Participants are the people with a role in the event (chaired,
	// attended, reported, spoke), in order of mention.
	Participants []schema.Participant
}

// Find runs the recognizer. It never panics: an internal failure yields an
// empty Result.
func Find(in Input) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			res = Result{}
		}
	}()
	return find(in)
}

func find(in Input) (res Result) {
	toks := in.Tokens
	if toks == nil {
		toks = token.Tokenize(in.Text)
	}
	p := &parser{d: load(), text: in.Text, toks: toks, date: in.Date, sents: in.Sentences}
	sc := scratchPool.Get().(*scratch)
	defer sc.put(p)
	p.sc = sc
	p.names, p.segs, p.people = sc.names[:0], sc.segs[:0], sc.people[:0]
	p.segSlab.buf, p.nameSlab.buf, p.personSlab.buf = sc.segChunk[:0], sc.nameChunk[:0], sc.personChunk[:0]
	p.bufs = sc.bufs
	p.scan()
	p.markExcluded(in.Exclude)
	p.findNames()
	p.findSegments()
	p.attach()
	res.Officials = p.officials()
	res.Organizations = p.organizations()
	res.Participants = p.participants()
	p.finished = true // (not after a panic: put then clears whole arrays)
	return res
}

// Token facts (parser.tf), set once by scan.
const (
	// fPlaceEnd: a place-expecting head of at most four tokens ends right
	// before the token ("tỉnh", "Tỉnh ủy", "TP"): see placeHeadBefore
	fPlaceEnd uint8 = 1 << iota
	// fNameEnd: a name candidate ends right before the token (nameEndsAt)
	fNameEnd
	// fAge: the token starts ", N tuổi" (ageAt)
	fAge
)

// scan sets the per-token arrays every pass reads: the punctuation byte,
// the lexicon bits (which word lists may match at the token), the
// organization head starting at it and the token sets.
func (p *parser) scan() {
	toks, sc, d := p.toks, p.sc, p.d
	n := len(toks)
	p.mask = grow(&sc.mask, n)
	p.pc = grow(&sc.pc, n)
	p.oh = grow(&sc.oh, n)
	p.tf = grow(&sc.tf, n+1)
	w := (n + 63) >> 6
	p.setW = w
	p.sets = grow(&sc.sets, nSets*w)
	mask, pc, sets := p.mask[:n], p.pc[:n], p.sets[:nSets*w]
	filter, kt, pt, pf := &d.firstF, &d.firstT, &d.pairT, &d.pairF
	for i := range toks {
		t := &toks[i]
		key := t.Key
		if *(*uint16)(unsafe.Pointer(&t.Upper)) != 0 { // t.Upper || t.LineBefore (see upperLine)
			if t.Upper {
				sets[setStart*w+i>>6] |= 1 << (i & 63)
			}
			if t.LineBefore {
				sets[setStops*w+i>>6] |= 1 << (i & 63)
			}
		}
		if len(key) == 1 && t.Kind == token.Punct {
			pc[i] = key[0]
			sets[setStops*w+i>>6] |= 1 << (i & 63)
			continue // no word list starts with a punctuation mark (TestNoPunctFirstKeys)
		}
		if len(key) == 0 || !filter.HasToken(t) {
			continue // no lexicon starts here: the one-bit test spares the table probe
		}
		h := token.HashOf(t)
		sl := kt.getHashed(key, h)
		if sl == nil {
			continue
		}
		b := sl.single
		if b&exactBits != 0 && !sameKey(sl.key, key) {
			continue
		}
		pb := firstBit(0)
		if sl.multi != 0 && i+1 < n && !toks[i+1].LineBefore {
			// a longer phrase needs its first two keys here
			if h1 := token.HashOf(&toks[i+1]); pf.Has(h, h1) {
				pb = pt.get(h, h1) & sl.multi
				b |= pb
			}
		}
		mask[i] = b
		if b&(bAge|bOrgHeads) != 0 {
			p.scanHead(i, b, pb, sl)
			b = mask[i] // (with bPlaceHead)
		}
		if b&setBits != 0 {
			addSets(sets, w, i, b)
		}
	}
}

// Token sets (parser.sets): one bitset over the tokens per group of
// lexicon bits, which the loops over all tokens walk instead of testing
// each token's bits (nextIn).
const (
	setStart  = iota // a name may start here: bCues|bProf|bKin or a capital (findNames)
	setRoles         // bRoles|bFormer (findSegments)
	setOrgans        // bOrgans|bPlaceHead (organizations)
	setPart          // bPart (participants)
	setHeShe         // bHeShe (introduced)
	// setStops holds the tokens introduced's reading of a subject's
	// sentence stops at: a punctuation mark of one byte (parser.pc), a
	// line's first token, bGive|bIntro|bOther; introduced adds the names
	setStops
	nSets
)

// upperLine is 1 when token.Token's LineBefore is the byte after Upper,
// as scan's two-flag test reads them (else the array's length fails to
// compile).
const upperLine = unsafe.Offsetof(token.Token{}.LineBefore) - unsafe.Offsetof(token.Token{}.Upper)

var _ [1]struct{} = [upperLine]struct{}{}

// setBits are the lexicon bits of the token sets.
const setBits = bCues | bProf | bKin | bRoles | bFormer | bOrgans | bPlaceHead | bPart | bHeShe | bGive | bIntro | bOther

// addSets adds token i, of bits m, to its sets (sets of w words each).
func addSets(sets []uint64, w, i int, m firstBit) {
	k, bit := i>>6, uint64(1)<<(i&63)
	if m&(bCues|bProf|bKin) != 0 {
		sets[setStart*w+k] |= bit
	}
	if m&(bRoles|bFormer) != 0 {
		sets[setRoles*w+k] |= bit
	}
	if m&(bOrgans|bPlaceHead) != 0 {
		sets[setOrgans*w+k] |= bit
	}
	if m&bPart != 0 {
		sets[setPart*w+k] |= bit
	}
	if m&bHeShe != 0 {
		sets[setHeShe*w+k] |= bit
	}
	if m&(bGive|bIntro|bOther) != 0 {
		sets[setStops*w+k] |= bit
	}
}

// isOrgStop reports whether a closed-class word ending an organization
// (data.orgStop) starts at token k.
func (p *parser) isOrgStop(k int) bool {
	_, ok := atBool(p, bOrgStop, p.d.orgStop, k)
	return ok
}

// pairMay reports whether a phrase of two tokens or more of the list of
// bit may start at token i: the next token is on its line and the pair of
// their key hashes opens a phrase of the list (data.pairs; false means
// certainly not).
func (p *parser) pairMay(i int, bit firstBit) bool {
	if i < 0 || i+1 >= len(p.toks) || p.toks[i+1].LineBefore {
		return false
	}
	return p.d.pairT.get(token.HashOf(&p.toks[i]), token.HashOf(&p.toks[i+1]))&bit != 0
}

// nextIn returns the first token of set g in [i, end), end if none: the
// first token from i whose bits meet those of the set, a word of 64 tokens
// at a time. The first word is tested in line.
func (p *parser) nextIn(g, i, end int) int {
	if uint(i) < uint(end) {
		if x := p.sets[g*p.setW+i>>6] >> (i & 63); x != 0 {
			return min(i+bits.TrailingZeros64(x), end)
		}
	}
	return p.nextInWords(g, i, end)
}

// nextInWords is nextIn past the word of token i (not in line, so that
// nextIn is).
//
//go:noinline
func (p *parser) nextInWords(g, i, end int) int {
	if i < 0 || i >= end {
		return end
	}
	ws := p.sets[g*p.setW : (g+1)*p.setW]
	for k := i>>6 + 1; k < len(ws) && k<<6 < end; k++ {
		if x := ws[k]; x != 0 {
			return min(k<<6+bits.TrailingZeros64(x), end)
		}
	}
	return end
}

// scanHead is the rare part of scan at token i of bits b (pb the bits of
// its longer phrases): the age fact and the organization head.
func (p *parser) scanHead(i int, b, pb firstBit, sl *keySlot) {
	toks := p.toks
	if b&bAge != 0 && i >= 2 && toks[i-1].Kind == token.Number && p.pc[i-2] == ',' {
		p.tf[i-2] |= fAge
		p.anyAge = true
	}
	if b&bOrgHeads == 0 {
		return
	}
	if pb&bOrgHeads == 0 && sl.oh != 0 && sameKey(sl.key, toks[i].Key) {
		// a head of one token, and no longer one starts here
		p.oh[i] = ohOf(1, sl.oh)
		if sl.oh == orgPlace {
			p.tf[i+1] |= fPlaceEnd
			p.mask[i] |= bPlaceHead
		}
		return
	}
	if pb&bOrgHeads != 0 { // (then a next token, on the same line)
		ps := p.d.pairT.slot(token.HashOf(&toks[i]), token.HashOf(&toks[i+1]))
		if ps != nil && ps.oh2 != 0 {
			if hp := &p.d.headKeys[ps.kx]; sameKey(hp.k0, toks[i].Key) && sameKey(hp.k1, toks[i+1].Key) {
				// a head of two tokens, and no longer one starts here
				p.oh[i] = ohOf(2, ps.oh2)
				if ps.oh2 == orgPlace {
					p.tf[i+2] |= fPlaceEnd
					p.mask[i] |= bPlaceHead
				}
				return
			}
		}
		if ps != nil && ps.hx != 0 {
			if hp := &p.d.headThirds[ps.hx]; sameKey(hp.k0, toks[i].Key) && sameKey(hp.k1, toks[i+1].Key) && !p.thirdOf(hp, i+2) {
				// no longer head goes on after the pair: the head of the two
				// keys, or of the first alone, or none (the lexicon's answer)
				n, v := 2, orgKind(hp.v2)
				if !hp.has2 {
					n, v = 1, 0
					if sl.oh != 0 && sameKey(sl.key, toks[i].Key) {
						v = sl.oh
					}
				}
				if v != 0 {
					p.oh[i] = ohOf(n, v)
					if v == orgPlace {
						p.tf[i+n] |= fPlaceEnd
						p.mask[i] |= bPlaceHead
					}
				}
				return
			}
		}
	}
	if m, ok := p.d.orgHeads.At(toks, i); ok {
		p.oh[i] = ohOf(m.Last-i, m.Value)
		if m.Value == orgPlace {
			p.mask[i] |= bPlaceHead
			if m.Last-i <= 4 {
				p.tf[m.Last] |= fPlaceEnd
			}
		}
	}
}

// bufs are the buffers of a parser, kept in its scratch between calls.
type bufs struct {
	canonBuf  []byte
	seenBuf   []int
	textBuf   []string // officials' buffers
	plainBuf  []bool
	hashBuf   []uint64 // the cache hashes of the titles kept (officials)
	foldsBuf  []titleFold
	foldArena []byte
	seenArena []byte
	foldBuf   []byte
	keyBuf    []byte
	chain     []*segment // propagate's buffer
	postBuf   []*segment // the post chains of attach, one after another
	preBuf    []*segment // the pre chains of attach, one after another
	titleBuf  []*segment // the titles of the people of attach, one after another
}

// scratch holds the per-token arrays of a parser, reused across calls
// (nothing of them reaches a Result).
type scratch struct {
	mask       []firstBit
	sets       []uint64
	pc         []byte
	placeKnown []uint8
	placeIs    []uint8
	cueMemo    []uint8
	roleMemo   []uint16
	tf         []uint8
	excl       []bool
	oh         []uint8
	names      []*name
	segs       []*segment
	people     []*person
	// the last chunks of the parser's slabs, cleared, for the next call
	segChunk    []segment
	nameChunk   []name
	personChunk []person
	// nameAt and segIdx are kept zero between calls: put clears the
	// entries a call set, not whole arrays (most stay zero)
	nameAt, segIdx []int32
	// organMemo is kept zero between calls too: organAsked holds the
	// tokens whose entries a call set
	organMemo  []uint32
	organAsked []int32
	// tables of organizations and attach, emptied by put: their arrays
	// are reused
	orgIdx, orgCanon strIndex[int]
	orgMent          []orgMention
	orgOut           []schema.Organization
	organAt          []int32 // 1 + the output index of each organ of data.organs, 0 if not met
	orgEnds          []int
	partMs           []partMention // participants' mentions
	partHits         []partHit     // the phrases of the sentence participants reads
	bufs             bufs
	byKey            strIndex[*person]
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// put returns the arrays to the pool unless they grew very large.
func (sc *scratch) put(p *parser) {
	if cap(sc.segIdx) > 1<<22 || cap(sc.nameAt) > 1<<22 || cap(sc.organMemo) > 1<<22 || sc.orgCanon.size() > 1<<12 || sc.byKey.size() > 1<<12 {
		return
	}
	// the entries of nameAt and segIdx this call set; after a failure,
	// the whole arrays
	if !p.finished {
		clear(sc.nameAt[:cap(sc.nameAt)])
		clear(sc.segIdx[:cap(sc.segIdx)])
		clear(sc.organMemo[:cap(sc.organMemo)])
	} else {
		for _, i := range sc.organAsked {
			p.organMemo[i] = 0
		}
		if p.nameAt != nil {
			for _, n := range p.names {
				p.nameAt[n.first] = 0
			}
		}
		if p.segIdx != nil {
			for _, s := range p.segs {
				p.segIdx[2*s.first], p.segIdx[2*s.last+1] = 0, 0
			}
		}
	}
	sc.organAsked = sc.organAsked[:0]
	sc.orgIdx.reset()
	sc.orgCanon.reset()
	sc.byKey.reset()
	// keep the buffers, not what their strings and pointers hold
	b := &p.bufs
	clear(b.textBuf[:cap(b.textBuf)])
	clear(b.foldsBuf[:cap(b.foldsBuf)])
	clear(b.chain[:cap(b.chain)])
	clear(b.postBuf[:cap(b.postBuf)])
	clear(b.preBuf[:cap(b.preBuf)])
	b.preBuf = b.preBuf[:0]
	clear(b.titleBuf[:cap(b.titleBuf)])
	b.postBuf = b.postBuf[:0]
	sc.bufs = *b
	// keep the arrays of the lists, not what they point to
	sc.names = p.names[:0]
	clear(sc.names[:cap(sc.names)])
	sc.segs = p.segs[:0]
	clear(sc.segs[:cap(sc.segs)])
	sc.people = p.people[:0]
	clear(sc.people[:cap(sc.people)])
	// the slabs' last chunks (what lies past their length is zero)
	clear(p.segSlab.buf)
	clear(p.nameSlab.buf)
	clear(p.personSlab.buf)
	sc.segChunk, sc.nameChunk, sc.personChunk = p.segSlab.buf[:0], p.nameSlab.buf[:0], p.personSlab.buf[:0]
	scratchPool.Put(sc)
}

// zeroed is grow for an array kept zero between calls (see scratch.nameAt):
// it does not clear.
func zeroed[T any](b *[]T, n int) []T {
	if cap(*b) < n {
		*b = make([]T, n)
	} else {
		*b = (*b)[:n]
	}
	return *b
}

// grow sets *b to n zero elements, reusing its array when large enough.
func grow[T any](b *[]T, n int) []T {
	if cap(*b) < n {
		*b = make([]T, n)
	} else {
		*b = (*b)[:n]
		clear(*b)
	}
	return *b
}

type parser struct {
	sc *scratch
	// oh[i] is the orgHeads match at token i (set by scan): its length in
	// tokens << 2 | its value, 0 if none (see ohOf)
	oh    []uint8
	d     *data
	text  string
	toks  []token.Token
	sents []schema.Span // the sentences, if given (participants)
	// countBuf holds the names a counted title lists (counted)
	countBuf []*name
	hits     []partHit // the participation phrases of the sentence participants reads
	date     time.Time
	excl     []bool
	mask     []firstBit // p.d.first of each token
	// sets are the token sets (setStart ...), setW words each (see nextIn)
	sets []uint64
	setW int
	// nameSeen is a one-bit filter of the names found (see runOnNames)
	nameSeen [16]uint64
	// pc[i] is the byte of token i when it is a one-byte punctuation mark,
	// else 0 (see pun)
	pc []byte
	tf []uint8 // facts about each token (fPlaceEnd), one more for the end
	// bit n-1 of placeKnown[i] says whether isPlaceSpan(i, i+n) was asked,
	// of placeIs[i] what it answered
	placeKnown, placeIs []uint8
	// cueMemo[i] is what cueAt found at token i (see cueNone), organMemo[i]
	// what atOrgan found (see organNone), made on first use
	cueMemo   []uint8
	roleMemo  []uint16 // what atRole found at each token (see roleNone)
	organMemo []uint32

	// nameAt[i] is 1+index into names of the candidate starting at token i.
	nameAt     []int32
	nameEndSet bool // fNameEnd marks the token after each name candidate
	names      []*name
	segs       []*segment
	// segIdx[2*i] is 1+index into segs of the segment starting at token i
	// (former word included), segIdx[2*i+1] of the one whose last is i
	// (see segStartAt, segEndAt)
	segIdx     []int32
	segSlab    slab[segment]
	nameSlab   slab[name]
	personSlab slab[person]
	people     []*person

	// cutA, cutB: a bracketed abbreviation [cutA, cutB) inside the last
	// organization parseOrg read ("Quốc hội (ĐBQH) tỉnh"), -1 if none
	cutA, cutB int
	placeExt   string // the place with its province tail, of the last parseOrg

	alias map[string]string // p.aliases(), once
	bufs                    // reused across calls (scratch.bufs)
	// people by key suffix and by given name, for the first indexed
	// people (see indexPeople)
	bySuffix  map[string]*person
	byGiven   map[string][]*person
	indexed   int
	electedAt int8 // 0 not looked up, 1 no election reported, 2 one is
	// headA, headB: the tokens of the headline written as a link's text
	// ("[Phó Thủ tướng A làm ...](https://...)"), read though excluded
	// (see markExcluded); headB == 0 if none
	headA, headB int
	// eponymEnd: where the person named after an institution's eponym
	// starts (findNames: "Bệnh viện Bạch Mai Đào Xuân Cơ"), -1 if none
	eponymEnd int
	// eponymRuns: the runs of a family name and capitalized words that
	// findNames read as a place's or an institution's own name ("huyện
	// Trần Văn Thời", "trường THPT Lê Lợi"), tokens [a, b); see
	// dropEponymNames
	eponymRuns [][2]int32
	eponymKeys []string // their keys, and of the names dropEponymNames dropped
	finished   bool     // find ran to its end (see scratch.put)
	anyAge     bool     // scan set fAge at some token
}

// segStartAt is the segment starting at token i, or nil.
func (p *parser) segStartAt(i int) *segment {
	if i < 0 || 2*i >= len(p.segIdx) || p.segIdx[2*i] == 0 {
		return nil
	}
	return p.segs[p.segIdx[2*i]-1]
}

// segEndAt is the segment ending before token i (its last), or nil.
func (p *parser) segEndAt(i int) *segment {
	if i < 0 || 2*i+1 >= len(p.segIdx) || p.segIdx[2*i+1] == 0 {
		return nil
	}
	return p.segs[p.segIdx[2*i+1]-1]
}

func (p *parser) newName(n name) *name {
	q := p.nameSlab.new()
	*q = n
	return q
}

// slab hands out pointers to values allocated in chunks. new gives a zero
// value: a chunk is new, or the scratch's, cleared by put, never written
// past its length.
type slab[T any] struct{ buf []T }

func (s *slab[T]) new() *T {
	if len(s.buf) == cap(s.buf) {
		s.buf = make([]T, 0, min(max(2*cap(s.buf), 16), 1024))
	}
	s.buf = s.buf[:len(s.buf)+1]
	return &s.buf[len(s.buf)-1]
}

// name is one candidate person mention: tokens [first, last).
type name struct {
	first, last int
	cue         bool // a cue word precedes it
	kin         bool // a kinship word precedes it (anh Sơn): a person even alone
	strong      bool // accepted without a title
	person      *person
	pre, post   []*segment
	chainEnd    int // token after the post chain (or after the name)
	// isSubject's answer (1 no, 2 yes) for the token subjK it read back
	// from, 0 if not asked
	subjIs int8
	subjK  int
}

type segment struct {
	first, last  int // tokens of the whole segment, former word included
	roleFirst    int
	roleLast     int // role head tokens [roleFirst, roleLast)
	orgLast      int // organization tokens [roleLast, orgLast); orgLast <= last
	former       bool
	placeText    string // place closing the organization, if any
	placeFull    string // the same with its prefix (tỉnh Lào Cai), if written
	placeExt     string // the place with a province tail (Phú Quý, tỉnh Bình Thuận)
	openPlace    bool   // organization ends with a place-expecting head and no place
	openBody     bool   // organization ends with a party body needing a parent (Đảng đoàn)
	prev, next   *segment
	extraOrg     string // propagated organization or place
	backOrg      string // the organization a lower-case head refers back to (giám đốc sở), if any
	extraIsPlace bool
	full         bool    // the role is a whole title on its own
	share        bool    // ... that still takes the organization of a title after "kiêm" (Chủ tịch kiêm Tổng giám đốc X)
	cutA, cutB   int     // a bracketed abbreviation left out of the text, -1 if none
	fresh        bool    // after "tân" (new in the post), which the text leaves out
	weak         bool    // the role alone names no position (Ủy viên)
	group        bool    // a bare role a plural or counted list gives its members ("các phó chủ nhiệm: A và B")
	object       bool    // given to the names after "đối với", not to the subject
	taken        bool    // in the post chain of a name before it
	preOf        bool    // in a chain set off before a name (apartPre)
	ofPerson     bool    // the organization is a person (Trợ lý đồng chí X): the chain after it is X's
	holder       *person // a person holding the title (see completeOpen)
	formerAt     int32   // 1 + the token of a former word the chain shares ("A, nguyên: T1, T2"), 0 if none
}

type person struct {
	full     string
	key      string
	given    string
	mentions []schema.Span
	titles   []*segment
	firstTok int

	nMentions int // mentions counted before they are gathered
	// participants: 1 + the index of the mention with the person's best
	// role, 0 if none yet; partAny: some mention has a role
	partBest int32
	partAny  bool
	nTitles  int
	sex      int8 // 1 male, -1 female, 0 unknown (see sexOf)
	inBody   bool // named outside the headline (see parser.headA)
}

func (p *parser) word(i int) bool {
	return uint(i) < uint(len(p.toks)) && p.toks[i].Kind == token.Word
}

func (p *parser) upper(i int) bool {
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	t := &p.toks[i]
	return t.Upper && t.Kind == token.Word && !p.excl[i] // Upper first: most tokens are not
}

func (p *parser) key(i int) string {
	if uint(i) >= uint(len(p.toks)) {
		return ""
	}
	return p.toks[i].Key
}

// isPunct reports whether token i is the punctuation s (folded).
func (p *parser) isPunct(i int, s ...string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != token.Punct {
		return false
	}
	for _, x := range s {
		if p.toks[i].Key == x {
			return true
		}
	}
	return false
}

// pun reports whether token i is the one-byte punctuation c: isPunct
// through the byte find stored for each token (p.pc).
func (p *parser) pun(i int, c byte) bool {
	return uint(i) < uint(len(p.pc)) && p.pc[i] == c
}

// punAny reports whether token i is one of the one-byte punctuation marks
// of set.
func (p *parser) punAny(i int, set string) bool {
	if uint(i) >= uint(len(p.pc)) || p.pc[i] == 0 {
		return false
	}
	c := p.pc[i]
	for j := 0; j < len(set); j++ {
		if set[j] == c {
			return true
		}
	}
	return false
}

// allCaps reports whether token i is written in capitals only (a credit
// such as "HỮU HẠNH", or an abbreviation).
func (p *parser) allCaps(i int) bool {
	t := &p.toks[i]
	return isAllCaps(p.text[t.Start:t.End])
}

// hasUpper marks the runes below caseTabLen that unicode.ToUpper changes
// (the lower-case letters of Latin and Vietnamese).
var hasUpper = func() (t [caseTabLen / 64]uint64) {
	for r := rune(0); r < caseTabLen; r++ {
		if unicode.ToUpper(r) != r {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	return t
}()

const caseTabLen = 0x2000

// isAllCaps is strings.ToUpper(s) == s && len([]rune(s)) > 1, without
// allocating.
func isAllCaps(s string) bool {
	// an ASCII lower-case letter anywhere answers at once (no byte of a
	// multi-byte rune is one): most words have one
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'a' <= c && c <= 'z' {
			return false
		}
	}
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' {
				return false
			}
			i++
			n++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return false // ToUpper writes U+FFFD for a bad byte
		}
		if r < caseTabLen {
			if hasUpper[r>>6]&(1<<(r&63)) != 0 {
				return false
			}
		} else if unicode.ToUpper(r) != r {
			return false
		}
		i += w
		n++
	}
	return n > 1
}

func (p *parser) markExcluded(ex []schema.Span) {
	p.excl = grow(&p.sc.excl, len(p.toks))
	for _, sp := range ex {
		// tokens are in order of Start and of End: those inside the span
		// are a run from the first starting at or after sp.Start
		i := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= sp.Start })
		if p.headB == 0 && sp.End > sp.Start && sp.End <= len(p.text) && p.text[sp.Start] == '[' {
			// the headline as a link's text: its people are the article's
			// (one named there alone, "[Phó Thủ tướng A làm Trưởng Ban
			// ...](url)", is still named); the link's address is not read
			if c := strings.Index(p.text[sp.Start:sp.End], "]("); c > 0 {
				e := sp.Start + c
				p.headA = i + 1
				for i < len(p.toks) && p.toks[i].End <= e {
					i++
				}
				p.headB = i
			}
		}
		for ; i < len(p.toks) && p.toks[i].End <= sp.End; i++ {
			p.excl[i] = true
		}
	}
	// a credit after a spaced dash without a colon: "... tại hội thảo - Ảnh
	// TỰ TRUNG." (the words up to the line end)
	for off := 1; off < len(p.pc); {
		c := bytes.IndexByte(p.pc[off:], '-')
		if c < 0 {
			break
		}
		i := off + c + 1 // the token after the dash
		off = i
		if i >= len(p.toks) || p.toks[i].Key != "anh3" || !p.toks[i].Upper || !p.toks[i-1].SpaceBefore || p.toks[i].LineBefore || !p.upper(i+1) {
			continue
		}
		for j := i; j < len(p.toks) && j < i+8 && !p.toks[j].LineBefore; j++ {
			p.excl[j] = true
		}
	}
	// photo credits and sources: "Ảnh: VGP/Lê Sơn", "(Ảnh: X)", "Nguồn: X"
	for off := 1; off < len(p.pc); {
		c := bytes.IndexByte(p.pc[off:], ':')
		if c < 0 {
			break
		}
		i := off + c - 1 // the token before the colon
		off += c + 1
		if !p.toks[i].Upper {
			continue
		}
		if k := p.toks[i].Key; k == "anh3" || k == "nguôn2" {
			p.excl[i] = true // the word too: "nguyên Bộ trưởng Bộ X - Ảnh: Y"
			for j := i + 2; j < len(p.toks) && j < i+14; j++ {
				if p.toks[j].LineBefore || p.punAny(j, ");],") {
					break // (a comma too: "Ảnh: VGP Chiều tối 2/12, tại Hà Nội, Bộ trưởng ...")
				}
				p.excl[j] = true
			}
		}
	}
}

// skipCues returns the token after the cues (ranks, honorifics, degrees,
// each with its abbreviation dot) that start at token j.
func (p *parser) skipCues(j int) int {
	for {
		m, ok := atCue(p, bCues, p.d.cues, j)
		if !ok {
			return j
		}
		j = m.Last
		if p.pun(j, '.') && p.abbrevAt(j-1) {
			j++
		}
	}
}

// abbrevAt reports whether word i is written as an abbreviation (two
// capitals or more: "TS", "PGS", "ThS", "NSƯT"), whose dot is part of it:
// a dot after a whole word ("ông", "Thiếu tướng") ends its sentence ("...
// giảm nhẹ cho ông. Trong đó ...").
func (p *parser) abbrevAt(i int) bool {
	if uint(i) >= uint(len(p.toks)) {
		return false
	}
	t := &p.toks[i]
	n := 0
	for k := t.Start; k < t.End; k++ {
		if c := p.text[k]; 'A' <= c && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// nameRun returns the end of the run of capitalized name syllables from i.
func (p *parser) nameRun(i, max int) int {
	j := i
	for j < len(p.toks) && j-i < max {
		if !p.upper(j) || (j > i && (p.toks[j].LineBefore || !p.toks[j].SpaceBefore)) {
			// H'Hen: apostrophe inside a name
			if j > i && (p.pun(j, '\'') || p.isPunct(j, "’")) && p.upper(j+1) && (!p.toks[j].SpaceBefore && !p.toks[j+1].SpaceBefore || j == i+1 && len(p.toks[i].Key) == 1 && !p.toks[j+1].LineBefore) {
				// (spaced after one letter, as restored from word-segmented
				// text: "H ’ Hoa Byă")
				j += 2
				continue
			}
			if j > i && p.pc[j] == '-' && !p.toks[j].SpaceBefore && j+1 < len(p.toks) && !p.toks[j+1].SpaceBefore && j+1-i < max &&
				p.word(j+1) && !p.toks[j+1].Upper && p.asciiWord(j-1) && p.asciiWord(j+1) {
				// "Kim Jong-un", "Jang Song-thaek": a hyphenated given name,
				// romanized (a Vietnamese name has none)
				j += 2
				continue
			}
			if j > i && p.mask[j]&bParticle != 0 && !p.family(i) && !p.toks[j].LineBefore && (p.upper(j+1) || p.upper(j+2)) {
				// "Ursula von der Leyen": the particles of a foreign name (not
				// after a Vietnamese family name: "Lê Văn An da ..."; not when
				// the name would be cut: "Sheikh Mohammed bin Abdulrahman Al
				// Thani" stays "Sheikh Mohammed")
				if k := p.particlesEnd(j); k > j && k-i < max && p.upper(k) && p.toks[k].SpaceBefore && !p.toks[k].LineBefore && p.asciiWord(j-1) && (k+1-i < max || !p.upper(k+1)) {
					j = k + 1
					continue
				}
			}
			break
		}
		if j > i || !p.family(j) || !p.upper(j+1) {
			// midName: the family name may come after a place ("Quận ủy Đống Đa Đinh Trường Thọ")
			if m, ok := p.orgHeadAt(j); ok && p.toks[j].Upper && (m.Value == orgPlain || m.Last-m.First > 1) && !p.midName(j-1, j, m.Last) {
				if j == i || m.Last-m.First > 1 || p.upper(j+1) && p.toks[j+1].SpaceBefore || p.orgWordAt(j+1) {
					break
				}
			}
			if p.may(j, bRoles) {
				if m, ok := atRole(p, j); ok && m.Last > j {
					break
				}
			}
			if j > i && p.may(j, bCues) {
				if _, ok := atCue(p, bCues, p.d.cues, j); ok {
					break
				}
			}
		}
		if p.allCaps(j) && !p.isInitialCaps(j) {
			break
		}
		if j >= i+2 && len(p.toks[j].Key) == 1 && p.creditAt(j) {
			break // "Ông Lê Văn Hải T.N": the initials of a photo credit
		}
		j++
	}
	return j
}

// particlesEnd returns the token after the one or two particles of a
// foreign name (data/particles.txt) starting at j, j if none.
func (p *parser) particlesEnd(j int) int {
	k := j
	for k < j+2 && p.may(k, bParticle) && p.word(k) && !p.toks[k].Upper && p.toks[k].SpaceBefore && slices.Contains(p.d.particles, p.toks[k].Key) {
		k++
	}
	return k
}

// creditAt reports whether the one-letter word j starts initials closing
// a line ("T.N", "H.A."): a caption's credit, not a syllable of the name
// before it.
func (p *parser) creditAt(j int) bool {
	k := j
	for n := 0; n < 4; n++ {
		if !p.upper(k) || len(p.toks[k].Key) != 1 || k > j && p.toks[k].SpaceBefore || !p.pun(k+1, '.') || p.toks[k+1].SpaceBefore {
			break
		}
		k += 2
	}
	if k-j < 2 || k == j+2 && !p.upper(k) {
		return false // one initial alone ("Nguyễn Văn A."), or not closing the initials
	}
	if p.upper(k) && len(p.toks[k].Key) == 1 && !p.toks[k].SpaceBefore {
		k++ // "T.N": the last initial without its dot
	}
	if k-j < 3 {
		return false
	}
	return k >= len(p.toks) || p.toks[k].LineBefore
}

// ellipsisCut reports whether an ellipsis ("...", "…") set off by a space
// starts at token k and closes its line or a quote: the text before it was
// cut off ("tưởng nhớ Chủ tịch Hồ Chí ...", a truncated dek).
func (p *parser) ellipsisCut(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	if !p.toks[k].SpaceBefore {
		return false // "các ông A, B…": a list's "and so on", written against it
	}
	e := k + 1
	if p.toks[k].Key != "…" {
		if !p.pun(k, '.') || !p.pun(k+1, '.') || !p.pun(k+2, '.') || p.toks[k+1].SpaceBefore || p.toks[k+2].SpaceBefore {
			return false
		}
		e = k + 3
	}
	if e < len(p.toks) && !p.toks[e].LineBefore && p.punAny(e, "\"])'") {
		if p.pun(e, ']') && p.pun(e+1, '(') && !p.toks[e+1].SpaceBefore {
			return true // "[... Lê Minh ...](url)": a headline cut off, as a link's text
		}
		e++
	}
	return e >= len(p.toks) || p.toks[e].LineBefore
}

// dropCutNames drops the name candidates cut off by an ellipsis at the end
// of a line (a dek truncated mid-name: "Chủ tịch Hồ Chí ...") unless the
// same name is written whole elsewhere.
func (p *parser) dropCutNames() {
	cut := false
	for _, n := range p.names {
		if (p.pc[min(n.last, len(p.pc)-1)] == '.' || n.last < len(p.toks) && p.toks[n.last].Key == "…") && p.ellipsisCut(n.last) {
			cut = true
			break
		}
	}
	if !cut {
		return
	}
	kept := p.names[:0]
	for i, n := range p.names {
		if p.ellipsisCut(n.last) {
			k, same := p.keys(n.first, n.last), false
			for j, o := range p.names {
				if j != i && o.last-o.first == n.last-n.first && !p.ellipsisCut(o.last) && p.keys(o.first, o.last) == k {
					same = true
					break
				}
			}
			if !same {
				p.nameAt[n.first] = 0
				continue
			}
		}
		kept = append(kept, n)
	}
	clear(p.names[len(kept):])
	p.names = kept
	for i, n := range p.names {
		p.nameAt[n.first] = int32(i + 1)
	}
}

// Keys of the lower-case unit nouns a place's own name follows ("phường
// Nguyễn Thái Bình", "huyện Trần Văn Thời"), and of "trường" (a school).
var (
	kwUnitOne = map[string]bool{phraseKeys("xã")[0]: true, phraseKeys("phường")[0]: true, phraseKeys("huyện")[0]: true, phraseKeys("quận")[0]: true}
	kwThi     = phraseKeys("thị")[0]
	kwUnitTwo = map[string]bool{phraseKeys("xã")[0]: true, phraseKeys("trấn")[0]: true}
	kwSchool  = phraseKeys("trường")[0]
)

// unitNounBefore returns the first token of a lower-case administrative
// unit noun ending right before token i ("phường", "thị trấn"), or -1.
func (p *parser) unitNounBefore(i int) int {
	j := i - 1
	if j < 0 || !p.word(j) || p.toks[j].Upper || p.toks[i].LineBefore {
		return -1
	}
	k := p.key(j)
	if kwUnitTwo[k] && j > 0 && p.word(j-1) && !p.toks[j-1].Upper && p.key(j-1) == kwThi {
		return j - 1
	}
	if kwUnitOne[k] {
		return j
	}
	return -1
}

// dropEponymNames drops the names that the text shows to be a place's or
// an institution's own name: a family name and its words right after a
// lower-case unit noun that no title governs ("UBND phường Nguyễn Thái
// Bình liên hệ", "ngụ huyện Trần Văn Thời"), or after a place noun
// (findNames' eponymRuns: "trường THPT Bùi Hữu Nghĩa"). The same name right
// after such a noun is then the place's everywhere in the text, under a
// title too ("phó chủ tịch UBND phường Nguyễn Thái Bình": the ward's vice
// chairman, not a person of that name), and after a bare "trường" ("ở
// trường Bùi Hữu Nghĩa"). Other mentions stay: "ông Nguyễn Thái Bình" is a
// person. A name after a unit noun under a title, shown by nothing else,
// stays a person ("Bí thư Đảng ủy xã Nguyễn Văn A": the commune not named).
func (p *parser) dropEponymNames() {
	// the anchors: keys of the names read as places
	var anchors []string
	for _, r := range p.eponymRuns {
		anchors = append(anchors, p.keys(int(r[0]), int(r[1])))
	}
	for _, n := range p.names {
		l := n.last - n.first
		if l < 2 || l > 4 || n.cue || !p.family(n.first) {
			continue
		}
		u := p.unitNounBefore(n.first)
		if u < 0 || p.governedUnit(u) {
			continue
		}
		anchors = append(anchors, p.keys(n.first, n.last))
	}
	if len(anchors) == 0 {
		return
	}
	p.eponymKeys = anchors
	kept := p.names[:0]
	dropped := false
	for _, n := range p.names {
		if l := n.last - n.first; l >= 2 && l <= 4 && !n.cue && (p.unitNounBefore(n.first) >= 0 || p.geoEndsAt(n.first) || n.first > 0 && p.word(n.first-1) && p.key(n.first-1) == kwSchool) {
			if slices.Contains(anchors, p.keys(n.first, n.last)) {
				p.nameAt[n.first] = 0
				dropped = true
				continue
			}
		}
		kept = append(kept, n)
	}
	if !dropped {
		return
	}
	clear(p.names[len(kept):])
	p.names = kept
	for i, n := range p.names {
		p.nameAt[n.first] = int32(i + 1)
	}
}

// governedUnit reports whether the unit noun at u closes a title: a role
// (or a cue) ends right before it or before the organization heads before
// it ("Chủ tịch UBND xã", "Bí thư Đảng ủy phường").
func (p *parser) governedUnit(u int) bool {
	b := u
	for n := 0; n < 3 && b > 0; n++ {
		if p.roleEndsAt(b) {
			return true
		}
		moved := false
		for j := b - 1; j >= 0 && j >= b-3; j-- {
			if p.mask[j]&bOrgHeads == 0 {
				continue
			}
			if m, ok := p.orgHeadAt(j); ok && m.Last == b {
				b, moved = j, true
				break
			}
		}
		if !moved {
			break
		}
	}
	return p.roleEndsAt(b) || p.cueEndsAt(b)
}

// cueEndsAt reports whether a cue word (ông, bà, đồng chí, a rank) ends
// right before token i.
func (p *parser) cueEndsAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if p.mask[j]&bCues == 0 {
			continue
		}
		if m, ok := p.cueAt(j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// midName reports whether the one-word organization head at j (ending at e)
// is the middle syllable of a three-syllable name started by a family name
// at i: "Đỗ Trường Duy" (not "Trường Chính trị", "Lê Trường Đại học").
func (p *parser) midName(i, j, e int) bool {
	if j != i+1 || e != j+1 || !p.family(i) || !p.upper(e) || !p.toks[e].SpaceBefore || p.upper(e+1) {
		return false
	}
	if _, ok := p.orgHeadAt(e); ok {
		return false
	}
	if _, ok := atBool(p, bOrgLower, p.d.orgLower, e); ok {
		return false
	}
	return !p.roleAt(e) && !p.isPlaceSpan(e, e+1)
}

// foreignTail returns the first token of a foreign name of two words closing
// the capitalized run [i, end) after a place of one word or more ("Moskva
// Andrey Vorobiev"), or -1: both words plain ASCII, one of them spelled in a
// way no Vietnamese syllable is (see nonVietnamese).
func (p *parser) foreignTail(i, end int) int {
	t := end - 2
	if t <= i || !p.asciiWord(t) || !p.asciiWord(t+1) || !p.toks[t].SpaceBefore || !p.toks[t+1].SpaceBefore {
		return -1
	}
	if !nonVietnamese(p.text[p.toks[t].Start:p.toks[t].End]) && !nonVietnamese(p.text[p.toks[t+1].Start:p.toks[t+1].End]) {
		return -1
	}
	return t
}

// asciiWord reports whether token i is a word of two or more ASCII letters.
func (p *parser) asciiWord(i int) bool {
	t := &p.toks[i]
	if t.End-t.Start < 2 {
		return false
	}
	for k := t.Start; k < t.End; k++ {
		if c := p.text[k]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// nonVietnamese reports whether an ASCII word has a letter Vietnamese
// syllables never use (f, j, w, z) or ends with a consonant no Vietnamese
// syllable ends with (Vorobiev, Palmer, Boris).
func nonVietnamese(w string) bool {
	if strings.ContainsAny(w, "fjwzFJWZ") {
		return true
	}
	switch w[len(w)-1] {
	case 'b', 'd', 'k', 'l', 'r', 's', 'v', 'x', 'q':
		return true
	}
	return false
}

// isInitialCaps allows one-letter capitals such as the "Y" of "Y Biêr"
// (one letter, of one byte or more: "Đ" of "anh Đ.V.D").
func (p *parser) isInitialCaps(i int) bool {
	t := &p.toks[i]
	n := t.End - t.Start
	if n == 1 {
		return true
	}
	if n > utf8.UTFMax || p.text[t.Start] < utf8.RuneSelf {
		return false // (most capitals: "TP", "UBND")
	}
	_, size := utf8.DecodeRuneInString(p.text[t.Start:t.End])
	return size == n
}

// placeHeadBefore reports whether the tokens before i end with a
// place-expecting head ("tỉnh", "Tỉnh ủy", "TP.").
func (p *parser) placeHeadBefore(i int) bool {
	j := i - 1
	if p.pun(j, '.') {
		j--
	}
	return j >= 0 && j+1 < len(p.tf) && p.tf[j+1]&fPlaceEnd != 0
}

// adminBefore reports whether the tokens before i end with the word of a
// commune or ward (phường, xã, thị trấn: the units often named after people)
// that opens a place, not the tail of an organ (UBND xã).
func (p *parser) adminBefore(i int) bool {
	j := i - 1
	if p.pun(j, '.') {
		j--
	}
	for k := j; k >= 0 && k >= j-2; k-- {
		if p.mask[k]&bOrgHeads == 0 {
			continue
		}
		if m, ok := p.orgHeadAt(k); ok && m.Last == j+1 && m.Value == orgPlace && lowestUnits[string(p.appendKeys(m.First, m.Last))] {
			// "HĐND tỉnh La Văn Hồng": the word ends an organ's name
			for h := k - 1; h >= 0 && h >= k-4; h-- {
				if p.mask[h]&bOrgHeads == 0 {
					continue
				}
				if m2, ok := p.orgHeadAt(h); ok && m2.Last == k {
					return false
				}
			}
			return true
		}
	}
	return false
}

// numberedUnitAt reports whether the number at token j numbers a district
// or a ward ("quận 1", "Phường 5") closing a title begun within the few
// words before: "Chủ tịch LĐLĐ quận 1 Trương Thị A", "Bí thư Đảng ủy
// phường 3 Lê Văn B". A name after it is a person, not an address (an
// address's number follows "số" or stands alone: "số 69 Phan Đình Phùng").
func (p *parser) numberedUnitAt(j int) bool {
	if j < 2 || !p.word(j-1) || p.toks[j].LineBefore {
		return false
	}
	if k := p.key(j - 1); k != "quân5" && k != "phương2" {
		return false
	}
	// the title runs to the unit word with no comma or number between
	// ("sống tại số 12 phường 5 Lê Văn Sỹ" is an address)
	for k := j - 2; k >= 0 && k >= j-9; k-- {
		if !p.word(k) || p.toks[k+1].LineBefore {
			return false
		}
		if p.mask[k]&bRoles != 0 {
			return true
		}
	}
	return false
}

// communeNamed reports whether the run [i, e) after a commune or ward word
// is that unit's name, the district or province following it in brackets
// or after a comma ("Công an xã Lương Thế Trân (huyện Cái Nước)"): a
// place named after a person, not the person.
func (p *parser) communeNamed(i, e int) bool {
	if i < 1 || !lowestUnits[p.key(i-1)] || !p.punAny(e, ",(") {
		return false
	}
	return p.placeUnitAt(e + 1)
}

// lowestUnits are the folded words of communes and wards (see adminBefore).
var lowestUnits = map[string]bool{token.FoldPhrase("phường"): true, token.FoldPhrase("xã"): true, token.FoldPhrase("thị trấn"): true}

// placeSuffix reports whether the word k, ending a capitalized run right
// after a province name, extends that name into a longer place (a district
// or town named after its province: "Điện Biên Đông", "Điện Biên Phủ"): a
// title-case word of data/placesuffix.txt that starts no person (no family
// name, no name candidate) and no title or organization.
func (p *parser) placeSuffix(k int) bool {
	if !p.upper(k) || !p.d.placeSuffix[p.toks[k].Key] || p.toks[k].LineBefore || !p.toks[k].SpaceBefore || p.allCaps(k) || p.family(k) || p.nameAt != nil && p.nameAt[k] > 0 || p.roleAt(k) {
		return false
	}
	_, ok := p.orgHeadAt(k)
	return !ok
}

// placeLen returns how many tokens of the run [i, end) form a place name
// when the run follows a place-expecting head.
func (p *parser) placeLen(i, end int) int {
	n := end - i
	if n <= 0 {
		return 0
	}
	if !p.date.IsZero() || true {
		limit := 4
		if end-i >= 5 && (p.pun(i+2, '-') || p.pun(i+1, '-')) {
			limit = 5 // "Bà Rịa - Vũng Tàu": five tokens with the dash
		}
		for k := min(end, i+limit); k > i; k-- {
			if p.isPlaceSpan(i, k) {
				if k+1 == end && k-i >= 2 && p.placeSuffix(k) {
					k++ // "huyện Điện Biên Đông": a district named after its province
				}
				return k - i
			}
		}
	}
	// "tỉnh Moskva Andrey Vorobiev": a foreign name after an unknown place
	if t := p.foreignTail(i, end); t > i {
		return t - i
	}
	if n >= 2 && n <= 4 && len(p.eponymKeys) > 0 && slices.Contains(p.eponymKeys, p.keys(i, end)) {
		return n // "phường Nguyễn Thái Bình": the text names the ward so elsewhere (dropEponymNames)
	}
	// fallback: the place ends where a family name starts a name of two or
	// more syllables
	best := 0
	for _, want := range []int{3, 2, 4} {
		for k := i + 1; k+1 < end; k++ {
			if p.family(k) && end-k == want {
				best = k - i
				break
			}
		}
		if best > 0 {
			return best
		}
	}
	if n > 3 {
		return 2
	}
	return n
}

func (p *parser) findNames() {
	p.nameAt = zeroed(&p.sc.nameAt, len(p.toks)+1)
	p.nameSeen = [16]uint64{}
	add := func(n *name) {
		p.names = append(p.names, n)
		p.nameAt[n.first] = int32(len(p.names))
		if l := n.last - n.first; l >= 2 && l <= 4 && p.family(n.first) {
			h := p.firstLenHash(n.first, l)
			p.nameSeen[h>>6&15] |= 1 << (h & 63)
		}
	}
	toks := p.toks
	starts := p.sets[setStart*p.setW : (setStart+1)*p.setW]
	p.eponymEnd = -1
	for i := 0; i < len(toks); i++ {
		// p.nextIn(setStart, i, len(toks)), its first word in line
		if x := starts[i>>6] >> (i & 63); x != 0 {
			i += bits.TrailingZeros64(x)
		} else if i = p.nextInWords(setStart, i, len(toks)); i >= len(toks) {
			break
		}
		if p.excl[i] {
			continue
		}
		if p.mask[i]&(bCues|bProf|bKin) != 0 { // most starts are a capital alone
			var m lexicon.Match[cueKind]
			ok := false
			if p.mask[i]&bCues != 0 {
				m, ok = p.cueAt(i)
			}
			if ok && m.Value != cueRank && (p.mask[i]&bHeShe == 0 && p.key(i) != kwDong || p.toks[i].Upper && !p.toks[i].LineBefore && p.word(i-1)) && p.headEndsAt(i) {
				// "Văn phòng luật sư Vì Dân", "Hội đồng Giáo sư", "Trường THPT
				// Ông Ích Khiêm": a word of the organization's name after its
				// head, not a cue (ông, bà, đồng chí only capitalized)
				i = m.Last - 1
				continue
			}
			if ok {
				j := m.Last
				if p.pun(j, '.') && p.abbrevAt(j-1) { // TS. Nguyễn (not "cho ông. Trong")
					j++
				}
				j = p.skipCues(j) // stacked cues: "Trung tướng", "PGS.TS."
				if m.Value == cueHonorific && m.Last-m.First == 1 && p.toks[i].Upper == false && p.key(i) != "dong2" {
					// ông/bà written lower-case: only before a capital
				}
				if p.pun(j, ':') && m.Value == cueHonorific {
					j++
				}
				if m.Value == cueAcademic && p.word(j) {
					// "Tiến sĩ Luật", "Thạc sĩ Quản lý": the field of the degree
					if f, ok := p.d.fields.At(p.toks, j); ok {
						if j = f.Last; !p.upper(j) {
							i = j - 1
							continue
						}
					}
				}
				e := p.nameRun(j, 5)
				if e == j {
					e = p.capsNameRun(j)
				}
				if e == j && m.Value == cueHonorific {
					e = p.headPenName(m.First, j)
				}
				e = p.dateCut(j, e)
				if e > j && p.toks[j].LineBefore && j > m.First {
					e = j // "... Đàn ông" closing a heading: the name is on the cue's line
				}
				if e > j && m.Last == j && p.toks[i].Upper && p.mask[i]&bHeShe != 0 && p.placeAtCue(i, e) {
					i = e - 1 // "tỉnh Bà Rịa - Vũng Tàu": a place, not bà Rịa
					continue
				}
				if e > j && !p.notName(j, e) {
					add(p.newName(name{first: j, last: e, cue: true, strong: true}))
					i = e - 1
					continue
				}
				i = m.Last - 1
				continue
			}
			if p.mask[i]&bProf != 0 {
				if e, n, ok := p.profName(i); ok {
					add(p.newName(n))
					i = e - 1
					continue
				}
			}
			if p.mask[i]&bKin != 0 && !p.toks[i].Upper {
				if m, e, ok := p.kinName(i); ok {
					add(p.newName(name{first: m.Last, last: e, cue: true, strong: true, kin: true}))
					i = e - 1
				}
				continue
			}
			if p.mask[i]&bKin != 0 && p.mask[i]&bCountry == 0 && (i == 0 || p.toks[i].LineBefore || p.sentEnd(i-1)) {
				// "Chị Phan Huyền kể": a kinship word opening a sentence,
				// before a full name opened by a family name (not "Anh",
				// a country; not "Cô Tô", a place of one syllable)
				if m, e, ok := p.kinName(i); ok && e-m.Last >= 2 && p.family(m.Last) {
					add(p.newName(name{first: m.Last, last: e, cue: true, strong: true, kin: true}))
					i = e - 1
					continue
				}
			}
		}
		if !p.upper(i) {
			continue
		}
		if i > 1 && p.upper(i-1) && p.toks[i].SpaceBefore && !p.toks[i].LineBefore && p.nameAt[i] == 0 {
			if e, ok := p.afterCountry(i); ok {
				add(p.newName(name{first: i, last: e, cue: true, strong: e-i >= 3 && p.family(i)}))
				i = e - 1
				continue
			}
		}
		if p.placeHeadBefore(i) {
			// "Tỉnh ủy Lạng Sơn Hồ Tiến Thiệu": a name after the place
			e := p.dateCut(i, p.nameRun(i, 8))
			if e <= i {
				continue
			}
			// "Bí thư Thành uỷ Hoàng Trung Hải": a person of three or four
			// syllables, not a province, right after a head with no place
			// (not after a territory word: "Phường Trần Đăng Ninh", "xã Lê Lợi"
			// are places named after people)
			if p.family(i) && e-i >= 3 && e-i <= 4 && !p.provincePrefix(i, e) && !p.toks[i].LineBefore && !p.adminBefore(i) && !p.communeNamed(i, e) {
				add(p.newName(name{first: i, last: e, strong: true}))
				i = e - 1
				continue
			}
			s := i + p.placeLen(i, e)
			if s < e && (p.family(s) && e-s >= 2 || p.foreignTail(i, e) == s) {
				add(p.newName(name{first: s, last: min(e, s+4), strong: e-s >= 3}))
			}
			i = e - 1
			continue
		}
		if !p.family(i) {
			if p.toneless(i) { // foreign.go: "Tổng thống Joe Biden"
				if f, e, ok := p.roleForeignAt(i); ok {
					add(p.newName(name{first: f, last: e, cue: true}))
					i = e - 1
					continue
				}
			}
			if p.anyAge && (p.ageAt(i+2) || p.ageAt(i+3) || p.ageAt(i+4)) { // what ageName tests first
				if s, e := p.ageName(i); e > s {
					add(p.newName(name{first: s, last: e, strong: true})) // "Bo Tý, 16 tuổi"
					i = e - 1
				}
			}
			continue
		}
		if p.mask[i]&bCountry != 0 {
			if m, ok := p.d.country.At(p.toks, i); ok && m.Last > i+1 && m.Last < len(p.toks) && (p.roleEndsAt(i) || p.latinShape(m.Last) == 2) {
				// "Thủ tướng Thái Lan Srettha ...": a country of several
				// syllables after a role or before a foreign name is no
				// name; the name after it is read at its next word ("Châu
				// Mỹ Như", a woman's name, is read as one)
				i = m.Last - 1
				continue
			}
		}
		if i > 0 && p.mask[i-1]&bCountry != 0 && !p.toks[i].LineBefore {
			if m, ok := p.d.country.At(p.toks, i-1); ok && m.Last > i {
				i = m.Last - 1 // "Ủy ban châu Âu Ursula ...": a region's word, not a family name
				continue
			}
		}
		if p.geoBefore(i) {
			if j := p.skipEponym(i); j >= 0 {
				if j-i >= 2 && j-i <= 4 && p.family(i) {
					p.eponymRuns = append(p.eponymRuns, [2]int32{int32(i), int32(j)})
				}
				i = j - 1
				continue
			}
		}
		if i > 0 && p.upper(i-1) && p.toks[i].SpaceBefore && !p.toks[i].LineBefore && !p.allCaps(i-1) {
			// inside a longer capitalized run that did not start a name,
			// unless a head or a whole organ name ends right before it
			// ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên")
			// or a role written in title case ("Bộ Trưởng Trần Tuấn Anh")
			if _, ok := p.orgHeadAt(i - 1); !ok && !p.organEndsAt(i) && !p.openerBefore(i) && !p.sectorEndsAt(i) && !p.roleEndsAt(i) && !p.pressEndsAt(i) && i != p.eponymEnd {
				continue
			}
		}
		e := p.nameRun(i, 6)
		if e <= i {
			continue
		}
		e = p.dateCut(i, e)
		if p.may(e-1, bNounHead) && p.word(e) && !p.toks[e].Upper {
			// "Nông Lâm Thủy sản": the last syllable opens a common noun
			if m, ok := p.d.nounHead.At(p.toks, e-1); ok && m.Last > e {
				e--
			}
		}
		s := i
		if e-s < 2 {
			continue
		}
		if e-s <= 3 && p.firmEndsAt(i) && !p.upper(e) {
			i = e - 1 // "Công ty TNHH Hoàng Long": the firm's name
			continue
		}
		if i > 0 && (p.toks[i-1].Kind == token.Number && !p.numberedUnitAt(i-1) || p.key(i-1) == "đương2" || p.key(i-1) == "phô1") {
			i = e - 1 // an address: "số 69 Phan Đình Phùng", "đường Lê Lợi"
			continue
		}
		if m, ok := p.orgHeadAt(i); ok && m.Last-m.First > 1 && p.toks[i].Upper {
			i = m.Last - 1 // "Đoàn Thanh niên": a family name opening an organization
			continue
		}
		if _, ok := p.orgHeadAt(i); ok {
			// "Đoàn Nam Định": an organization named after a place
			if p.isPlaceSpan(i+1, e) {
				i = e - 1
				continue
			}
		}
		// "Hồ Chí Minh Nguyễn Xuân Thắng": an eponym closing an organization
		if m, ok := atBool(p, bEponyms, p.d.eponyms, s); ok && m.Last < e && p.family(m.Last) {
			add(p.newName(name{first: s, last: m.Last}))
			s = m.Last
			if e-s < 2 {
				i = e - 1
				continue
			}
		}
		// "TDTT Hà Nội Phan Anh": a province closing an organization before a name
		for k := s + 2; k+1 < e; k++ {
			if !p.family(k) {
				continue
			}
			if p.isPlaceSpan(s, k) {
				s = k
				break
			}
		}
		if e-s > 4 {
			e = s + 4
		}
		if p.mask[s]&bPrep != 0 && p.frontedAt(s, e) {
			s++ // "Từ Xabi Alonso, Jurgen Klopp đến ...": from the name after it
		}
		if e-s < 2 || p.notName(s, e) {
			i = e - 1
			continue
		}
		if e-s == 2 && s == i && p.eponymHeadBefore(s) {
			i = e - 1 // "Bệnh viện Bạch Mai", "Trường Lê Lợi": the body's own name
			continue
		}
		strong := e-s >= 3 || p.ageAt(e) // "Cao Lâm, 14 tuổi"
		if m, ok := atBool(p, bEponyms, p.d.eponyms, s); ok && m.Last == e {
			strong = false // needs a cue or a title: "Chủ tịch Hồ Chí Minh"
		}
		add(p.newName(name{first: s, last: e, strong: strong}))
		i = e - 1
	}
	if len(p.names) > 0 {
		p.dropEponymNames()
		p.dropCutNames()
	}
	if len(p.names) > 1 {
		p.runOnNames() // (after dropCutNames: "Phan Văn ..." cut by an ellipsis is no shorter form)
	}
}

// runOnNames cuts the last syllable off a name that ran into the next
// capitalized word ("... Chủ tịch nước Tô Lâm Bài viết", a caption with no
// full stop): a Vietnamese name of three syllables or more, written so only
// once, followed by a word on its line, whose syllables but the last are a
// name of their own elsewhere in the text.
func (p *parser) runOnNames() {
	if len(p.names) > 300 {
		return // long lists of names are no captions
	}
	// p.nameSeen, a one-bit filter of the names' first keys and lengths:
	// most names have no shorter form, and are passed over without the
	// quadratic look
	seen := &p.nameSeen
	for _, n := range p.names {
		l := n.last - n.first
		if l < 3 || l > 5 || !p.family(n.first) || !p.word(n.last) || p.toks[n.last].LineBefore {
			continue // (a name closed by punctuation did not run on: "Phạm Hùng Thái, Phó Bí thư")
		}
		if h := p.firstLenHash(n.first, l-1); seen[h>>6&15]&(1<<(h&63)) == 0 || !p.allWords(n.first, n.last) {
			continue // (not "H’Nach Byă": a name of another script's syllables)
		}
		shorter, again := false, false
		for _, o := range p.names {
			if o == n || p.toks[o.first].Key != p.toks[n.first].Key {
				continue
			}
			switch o.last - o.first {
			case l - 1:
				// (a whole name, not one cut at a glued hyphen: "Kim Jong-un")
				shorter = shorter || p.sameKeys(o.first, n.first, l-1) && !p.gluedAt(o.last)
			case l:
				again = again || p.sameKeys(o.first, n.first, l)
			}
		}
		if shorter && !again {
			n.last--
		}
	}
}

// firstLenHash is a hash of a name's first key and its length l.
func (p *parser) firstLenHash(first, l int) uint32 {
	h := (token.HashOf(&p.toks[first]) + uint32(l)) * 0x9E3779B1
	return h ^ h>>15
}

// gluedAt reports whether token k is a hyphen or an apostrophe written
// against the word before it ("Jong-un", "Jong- un", "H'Hen").
func (p *parser) gluedAt(k int) bool {
	return k < len(p.toks) && !p.toks[k].SpaceBefore && (p.punAny(k, "-'") || p.isPunct(k, "’"))
}

// allWords reports whether the tokens [a, b) are all words.
func (p *parser) allWords(a, b int) bool {
	for k := a; k < b; k++ {
		if p.toks[k].Kind != token.Word {
			return false
		}
	}
	return true
}

// sameKeys reports whether the l tokens from a and from b have the same keys.
func (p *parser) sameKeys(a, b, l int) bool {
	for k := 0; k < l; k++ {
		if p.toks[a+k].Key != p.toks[b+k].Key {
			return false
		}
	}
	return true
}

// headEndsAt reports whether an organization head word ("Văn phòng",
// "Đoàn", "Hội đồng") ends right before token i.
func (p *parser) headEndsAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if p.mask[j]&bOrgHeads == 0 {
			continue
		}
		if m, ok := p.orgHeadAt(j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// placeAtCue reports whether the capitalized cue at i (Bà, Ông) with the
// run [i+1, e) after it starts a place name: after a place-expecting head
// ("tỉnh Bà Rịa", "xã Bà Điểm") or as a known province, with the part after
// a dash ("Bà Rịa - Vũng Tàu").
func (p *parser) placeAtCue(i, e int) bool {
	if i > 0 && !p.toks[i].LineBefore && p.word(i-1) && (p.placeHeadBefore(i) || p.geoBefore(i)) {
		// (a head right before it, not one ending a sentence: "của tỉnh. Ông
		// A"; or a place noun: "núi Bà Đen", "đường Bà Triệu")
		return true
	}
	if p.family(i + 1) {
		return false // "Bà Nguyễn Thị A": no province starts so
	}
	for k := min(len(p.toks), i+5); k > i+1; k-- {
		if p.upper(k-1) && p.isPlaceSpan(i, k) {
			return true // ("18 Bà Rịa Vũng Tàu Các đơn vị ...")
		}
	}
	if e+1 < len(p.toks) && (p.pun(e, '-') || p.isPunct(e, "–")) && p.toks[e+1].SpaceBefore == p.toks[e].SpaceBefore {
		if f := p.nameRun(e+1, 3); f > e+1 && p.isPlaceSpan(i, f) {
			return true
		}
	}
	return false
}

// firmEndsAt reports whether the head word of a business (data/firms.txt)
// ends right before token i.
func (p *parser) firmEndsAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if p.mask[j]&bFirm == 0 {
			continue
		}
		if m, ok := p.d.firms.At(p.toks, j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// openerBefore reports whether the word before token i opens its sentence
// and is no name syllable: "Riêng Nguyễn Văn Hậu", "Còn Lê Văn B" (a
// capitalized function word, then a full name of three syllables or more).
func (p *parser) openerBefore(i int) bool {
	j := i - 1
	if j < 0 || p.family(j) || !(j == 0 || p.toks[j].LineBefore || p.sentEnd(j-1)) {
		return false
	}
	if !p.family(i) || p.nameRun(i, 6)-i < 3 {
		return false
	}
	if m, ok := p.d.geo.At(p.toks, j); ok && m.Last == i {
		return false // "Đường Nguyễn Văn Cừ": a place named after a person
	}
	return !p.isPlaceSpan(j, j+2)
}

// kinName reads the name after a lower-case kinship word at i ("anh Sơn",
// "em Bo Tý"): one to four capitalized syllables that are no place,
// country, role or organization. It returns the token after the name.
func (p *parser) kinName(i int) (lexicon.Match[bool], int, bool) {
	m, ok := p.d.kin.At(p.toks, i)
	j := m.Last
	if !ok || !p.upper(j) || !p.toks[j].SpaceBefore || p.toks[j].LineBefore || p.nameAt[j] > 0 {
		return m, 0, false
	}
	if _, ok := p.orgHeadAt(j); ok {
		return m, 0, false
	}
	if _, ok := atBool(p, bCountry, p.d.country, j); ok {
		return m, 0, false
	}
	if p.kinCompound(i, j) {
		return m, 0, false
	}
	e := p.nameRun(j, 4)
	if e == j || p.upper(e) && p.toks[e].SpaceBefore || e == j+1 && p.isInitialCaps(j) {
		return m, 0, false // (not an initial alone: "anh H.")
	}
	for k := j; k < e; k++ {
		if p.allCaps(k) && !p.isInitialCaps(k) {
			return m, 0, false
		}
	}
	if p.notName(j, e) {
		return m, 0, false
	}
	return m, e, true
}

// kinCompound reports whether the kinship word [i, j) is part of a
// compound noun (data/kincompounds.txt): one that starts right before it
// ("công cụ", "con Lạc cháu Hồng") or one it opens with the word at j
// ("cụ Tổ khảo").
func (p *parser) kinCompound(i, j int) bool {
	if i > 0 && !p.toks[i].LineBefore {
		if m, ok := p.d.kinComp.At(p.toks, i-1); ok && m.Last >= j {
			return true
		}
	}
	m, ok := p.d.kinComp.At(p.toks, i)
	return ok && m.Last > j
}

var kwTuoi = phraseKeys("tuổi")[0]

// dateCut returns the end of the name run [i, e) without a last word
// "Ngày" before a number: a date opening the next sentence ("Thủ đô Hà Nội
// Ngày 7/9/2024, ...").
func (p *parser) dateCut(i, e int) int {
	if e-i >= 2 && e < len(p.toks) && p.toks[e].Kind == token.Number && p.toks[e-1].Key == kwNgay {
		return e - 1
	}
	return e
}

// kwNgay is the key of "ngày" (day): before a number, a date.
var kwNgay = phraseKeys("ngày")[0]

// kwDong is the key of "đồng" (đồng chí, a form of address).
var kwDong = phraseKeys("đồng")[0]

var kwPho = phraseKeys("phó")[0]
var kwTruong = phraseKeys("trưởng")[0]

// deptHeads are the department heads whose chief's role is the head word
// and "trưởng" (Cục trưởng, Vụ trưởng), keys
var deptHeads = map[string]bool{phraseKeys("cục")[0]: true, phraseKeys("vụ")[0]: true}

var kwVe = phraseKeys("về")[0]

// ageAt reports whether token e starts ", N tuổi" (a person's age).
func (p *parser) ageAt(e int) bool {
	return uint(e) < uint(len(p.tf)) && p.tf[e]&fAge != 0
}

// ageName reads a name of two or three capitalized syllables without a
// known family name that is followed by an age ("Bo Tý, 16 tuổi"), from
// the start of the run at i (after a kinship word opening a sentence: "Cô
// Zoe Eastman, 33 tuổi"). It returns the name's tokens [s, e), e = 0 if
// none.
func (p *parser) ageName(i int) (s, e int) {
	if !p.ageAt(i+2) && !p.ageAt(i+3) && !p.ageAt(i+4) {
		return i, 0 // no age where one would close the name
	}
	if i > 0 && p.upper(i-1) && !p.toks[i].LineBefore {
		return i, 0
	}
	if p.mask[i]&bKin != 0 && p.upper(i+1) {
		if m, ok := p.d.kin.At(p.toks, i); ok && m.Last == i+1 {
			i++
		}
	}
	for e := i + 2; e <= i+3; e++ {
		if !p.upper(e-1) || !p.toks[e-1].SpaceBefore {
			return i, 0
		}
		if !p.ageAt(e) {
			continue
		}
		if _, ok := p.orgHeadAt(i); ok || p.roleAt(i) || p.notName(i, e) {
			return i, 0
		}
		return i, e
	}
	return i, 0
}

// geoBefore reports whether a lower-case place noun (or a noun of a group
// named after its founder) ends right before i.
func (p *parser) geoBefore(i int) bool {
	listed := false
	for n := 0; n < 8; n++ {
		if p.geoEndsAt(i) {
			return !listed || p.geoPlural(i)
		}
		// "các tuyến đường như Lê Lợi, Hai Bà Trưng và Pasteur": the
		// examples of a place noun, each of them
		if i >= 2 && p.word(i-1) && p.key(i-1) == "như" && !p.toks[i-1].Upper {
			return p.geoEndsAt(i - 1)
		}
		// "các tuyến đường chính: Lê Lợi, Trần Hưng Đạo và Hai Bà Trưng"
		if i >= 2 && p.pun(i-1, ':') {
			return p.geoEndsAt(i - 1)
		}
		if i >= 3 && p.punAny(i-1, "-–") && p.toks[i].SpaceBefore {
			// "nút giao Trần Phú - Võ Văn Kiệt", "hầm chui Nguyễn Văn
			// Linh - Nguyễn Hữu Thọ": the second road of a junction
			s := i - 1
			for s > 0 && i-1-s < 5 && p.upper(s-1) && p.word(s-1) && !p.toks[s].LineBefore {
				s--
			}
			return s < i-1 && p.geoEndsAt(s)
		}
		if i < 3 || !(p.pun(i-1, ',') || p.word(i-1) && p.key(i-1) == "va2") {
			return false
		}
		s := i - 1 // the member before, one to five capitalized words
		for s > 0 && i-1-s < 5 && p.upper(s-1) && !p.toks[s].LineBefore {
			s--
		}
		if s == i-1 {
			return false
		}
		listed, i = true, s
	}
	return false
}

// kwGeoPlural: the words that make a place noun before a list a noun of
// several places ("tuyến đường", "các con đường", "những tuyến phố").
var kwGeoPlural = [...]string{phraseKeys("tuyến")[0], phraseKeys("các")[0], phraseKeys("những")[0]}

// geoPlural reports whether the lower-case place noun ending right before i
// names several places, so that the list after it names places too:
// "các lô đất giáp tuyến đường Nguyễn Tất Thành, Nguyễn Sinh Sắc".
func (p *parser) geoPlural(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4 && p.word(j) && !p.toks[j].Upper; j-- {
		if slices.Contains(kwGeoPlural[:], p.toks[j].Key) {
			return true
		}
	}
	return false
}

// geoEndsAt reports whether a place noun of data/geonouns.txt ends right
// before token i, at most five lower-case words (or acronyms: THPT, CLB)
// before it.
// skipEponym returns where the names go on after the capitalized run at
// i that a place or institution noun governs: after the whole run ("bãi
// biển Châu Á"), or, after an institution's eponym, at a person of three
// (or four) syllables opened by a family name ("Bệnh viện Bạch Mai Đào
// Xuân Cơ", "Đại học Y Hà Nội Nguyễn Văn Bình"), noted in p.eponymEnd.
//
// It returns -1 where the run is the person a title before the noun
// introduces (headNamedAfter).
//
//go:noinline
func (p *parser) skipEponym(i int) int {
	if p.headNamedAfter(i) {
		return -1
	}
	e := p.nameRun(i, 6)
	if e <= i {
		return i + 1
	}
	s := e
	if e-i >= 5 && p.family(e-3) {
		s = e - 3
	} else if e-i >= 6 && p.family(e-4) {
		s = e - 4
	}
	p.eponymEnd = s
	return s
}

// headNamedAfter reports whether the capitalized run at i, after an
// institution's noun written capitalized, is the person a title before the
// noun introduces: "Giám đốc Bệnh viện Nguyễn Văn Cơ cho biết" names the
// director (the hospital is the one the text is about), whereas in "A,
// Giám đốc Bệnh viện Nguyễn Tri Phương" the person is named already and
// the run names the hospital.
func (p *parser) headNamedAfter(i int) bool {
	if i < 3 || !p.toks[i-2].Upper || !p.roleEndsAt(i-2) || p.nameRun(i, 6)-i >= 5 {
		return false // (a lower-case noun, no title right before it, or an eponym and a name: "Bệnh viện Bạch Mai Đào Xuân Cơ")
	}
	if n := len(p.names); n > 0 {
		if l := p.names[n-1].last; l >= i-10 && p.punAny(l, ",-(") {
			return false
		}
	}
	return true
}

func (p *parser) geoEndsAt(i int) bool {
	for j := i - 1; j >= 0 && j >= i-5; j-- {
		if p.toks[j].Kind != token.Word {
			return false
		}
		if p.toks[j].Upper && !p.allCaps(j) {
			// "Bệnh viện Bạch Mai", "Đại học Y Hà Nội": a noun no family
			// name opens, capitalized as an institution's name
			if !p.d.geoCap.HasToken(&p.toks[j]) {
				// "lăng Chủ tịch Hồ Chí Minh": a place noun before a
				// capitalized title the eponym bears
				if j > 0 && j == i-2 && p.toks[j-1].Kind == token.Word {
					m, ok := p.d.geo.At(p.toks, j-1)
					return ok && m.Last == i
				}
				return false
			}
			m, ok := p.d.geo.At(p.toks, j)
			return ok && m.Last == i && m.Value
		}
		if m, ok := p.d.geo.At(p.toks, j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// notName rejects runs that are places or organizations, and a function
// word alone (data/notnames.txt: "Trong", "Theo").
func (p *parser) notName(s, e int) bool {
	if e == s+1 && p.d.notNames[p.toks[s].Key] {
		return true
	}
	if e == s+1 && p.mask[s]&bCountry != 0 && p.foreignLike(s) {
		if m, ok := p.d.country.At(p.toks, s); ok && m.Last == e && m.Value {
			return true // "các luật sư Pakistan" (not "Anh", "Nga": given names too)
		}
	}
	if e > s+1 && p.mask[s]&bPrep != 0 && slices.Contains(p.d.prepFamily, p.toks[s].Key) && p.placeOrCountry(s+1, e) {
		return true // "Từ Hà Nội", "Từ Iraq": from a place
	}
	if p.placeHeadBefore(s) {
		return true
	}
	if p.may(s, bSector) {
		if m, ok := p.d.sectors.At(p.toks, s); ok && m.Last > e {
			return true // "Bộ trưởng Nông Nghiệp và Phát triển nông thôn A": a sector running past the run
		}
	}
	if m, ok := atBool(p, bEponyms, p.d.eponyms, s); ok && m.Last == e {
		return false // decided by its context
	}
	if p.isPlaceSpan(s, e) {
		return true
	}
	for k := s; k < e; k++ {
		if p.mask[k]&bCountry == 0 {
			continue
		}
		if m, ok := p.d.country.At(p.toks, k); ok && m.Last <= e && m.Last-m.First > 1 && (m.Value || k == s && m.Last == e) {
			return true // "Dương Hoa Kỳ": a country inside the run (a region only as the whole run: not "Phạm Trung Đông")
		}
	}
	return false
}

// frontedAt reports whether the run [s, e) starts with a family name that
// is also a preposition (data/prepfamily.txt), opens its sentence and is
// closed by a comma (not before an age): a fronted phrase ("Từ Tân Trào,
// lệnh tổng khởi nghĩa ...", "Từ Xabi Alonso, Jurgen Klopp đến ..."), not a
// subject ("Từ Hy Viên, 48 tuổi, ...").
func (p *parser) frontedAt(s, e int) bool {
	if e-s < 2 || !p.pun(e, ',') || s > 0 && !p.toks[s].LineBefore && !p.sentEnd(s-1) {
		return false
	}
	if p.mask[s]&bPrep == 0 || !slices.Contains(p.d.prepFamily, p.toks[s].Key) {
		return false
	}
	return p.pun(e, ',') && !p.ageAt(e)
}

// placeOrCountry reports whether tokens [k, e) are a province or a country.
func (p *parser) placeOrCountry(k, e int) bool {
	if p.isPlaceSpan(k, e) {
		return true
	}
	m, ok := atBool(p, bCountry, p.d.country, k)
	return ok && m.Last == e
}

// parseOrg reads the organization chain starting at token k and returns the
// token after it, the place closing it and whether it ends open.
func (p *parser) parseOrg(k int) (end int, place string, openPlace, openBody bool) {
	start := k
	placeSlot := false
	lastHead := ""
	var lastKind orgKind
	tail, keep := false, ""
	bracketEnd := -1
	lastComma := -1 // the comma before the last organization read after one
	// capitalized words since the last head, and whether a lower-case tail
	// was read after it: only the first word of a name after its head is
	// capitalized ("Cục Bổ trợ tư pháp"); after a proper name of two
	// capitalized words ("Ban Chỉ đạo Tây Nguyên") lower case leaves it
	capRun, tailDone := 0, false
	titleCase := false // inside "Khí tượng Thủy văn" (see titleCaseNext)
	p.cutA, p.cutB = -1, -1
	p.placeExt = ""
	keepTok := k
	unitRole := false
	lowerHead := false // the last head read is a common noun in lower case ("trường học")
	headEnd := -1      // the token after the last head read
	if !p.may(k-1, bUnit) {
		// no unit noun ends the role
	} else if _, ok := p.d.units[p.key(k-1)]; ok && p.word(k-1) {
		lastKind = orgPlain // "Trưởng ban Thời sự": the role ends with its unit noun
		unitRole = true
	}
	if k >= 2 && p.key(k-1) == kwPho && p.word(k-2) {
		if m, ok := p.orgHeadAt(k - 2); ok && m.Last == k-1 && m.Value == orgPlain {
			lastKind = orgPlain // "Vụ phó Bảo tồn và Phát triển": the deputy of the unit named after it
			unitRole = true
		}
	}
	if !unitRole && k >= 2 && p.key(k-1) == kwTruong && p.word(k-2) && p.word(k) && p.toks[k].Upper && p.word(k+1) && !p.toks[k+1].Upper {
		// "Cục trưởng Quản lý ngân quỹ", "Vụ trưởng Pháp chế": the head of
		// a department (Cục, Vụ) named right after the role without its
		// head word, in sentence case like a name after its head ("Cục
		// Quản lý ngân quỹ"), so its lower-case words are read
		if m, ok := p.orgHeadAt(k - 2); ok && m.Last == k-1 && m.Value == orgPlain && deptHeads[p.key(k-2)] && p.nameAt[k] == 0 {
			lastKind = orgPlain
			unitRole = true
		}
	}
	for k < len(p.toks) {
		t := &p.toks[k]
		if p.excl[k] || t.LineBefore {
			break // an organization never starts on the next line
		}
		if placeSlot && t.Kind == token.Word && t.Upper && p.nameAt[k] > 0 {
			break // "Bí thư Thành uỷ Hoàng Trung Hải": a person ends the organization
		}
		if placeSlot && t.Kind == token.Word && t.Upper {
			if m, ok := p.orgHeadAt(k); ok && m.Value == orgPlace && m.Last == k+1 && p.pun(k+1, '.') {
				k += 2 // TP. Hồ Chí Minh
				continue
			} else if ok && m.Value == orgPlace && m.Last == k+1 && k+1 < len(p.toks) && p.toks[k+1].Kind == token.Number && p.toks[k+1].SpaceBefore {
				// "UBND Quận 11", "Bí thư Quận ủy Quận 3": a numbered unit,
				// capitalized, the place of the chain
				place = p.text[t.Start:p.toks[k+1].End]
				if tail {
					place = keep
				} else {
					keepTok = k
				}
				k += 2
				continue
			} else if ok && m.Value == orgPlace && m.Last > k+1 && adminUnits[string(p.appendKeys(m.First, m.Last))] {
				k = m.Last // "UBND Thành phố Hà Nội": the unit word capitalized
				if p.upper(k) {
					continue
				}
				break // "UBND Thành phố cho biết"
			}
			if p.adminAbbrAt(k) {
				k += 2 // Q.Tân Bình, H.Đức Hòa
				continue
			}
			e := p.placeRun(k)
			n := p.placeLen(k, e)
			place = p.text[p.toks[k].Start:p.toks[k+n-1].End]
			if tail {
				place = keep
				// "Phú Quý, tỉnh Bình Thuận": given whole to earlier titles
				p.placeExt = p.text[p.toks[keepTok].Start:p.toks[k+n-1].End]
			} else {
				keepTok = k
			}
			k += n
			placeSlot, openPlace = false, false
			// "UBND huyện X, tỉnh Y", "UBND Q.Tân Bình, TP.HCM": the
			// province after a lower unit continues the same title
			if p.pun(k, ',') && p.adminHeadAt(k+1) {
				tail, keep = true, place
				k++
				continue
			}
			// "Chủ tịch xã Tân Triều, Thanh Trì": a bare district or
			// province name after a lower unit continues it the same way
			if !tail && p.pun(k, ',') && p.upper(k+1) && p.nameAt[k+1] == 0 && lowerUnits[strings.ToLower(lastHead)] != 0 && p.barePlaceAt(k+1, lowerUnits[strings.ToLower(lastHead)] == 2) {
				tail, keep = true, place
				placeSlot = true
				k++
				continue
			}
			if e, cut := p.bracketAt(k); e > k {
				if cut {
					p.cutA, p.cutB = k, e
				}
				k, bracketEnd = e, e
			}
			break
		}
		if placeSlot && t.Kind != token.Word {
			openPlace = true
		}
		if t.Kind == token.Word {
			if k == start && p.servesOffice(start) {
				// "Trợ lý Tổng Bí thư": the office served, a role, is the
				// organization; in lower case too ("trợ lý bộ trưởng Ngoại
				// giao", not "trợ lý bộ" and a role of its own)
				if m, ok := atRole(p, k); ok && m.Last > k+1 || ok && m.Last > k && t.Upper {
					k, tailDone = m.Last, true
					continue
				}
			}
			if !t.Upper && k > start && lastKind == orgPlain && place == "" && !placeSlot && capRun <= 2 && p.toks[k-1].Upper && p.word(k-1) {
				// a name in sentence case going on in lower case up to the
				// country or organ closing it: "Đài tiếng nói Việt Nam",
				// "Học viện Thanh Thiếu niên Việt Nam", "Nhóm nữ đại biểu
				// Quốc hội"
				if e := p.lowerToProper(k); e > k {
					k, capRun, tailDone = e, 2, true
					continue
				}
			}
			if !t.Upper && k > start {
				if e := p.taskName(start, k); e > k {
					k = e // "Ban Chỉ đạo của Chính phủ tổng kết việc thực hiện Nghị quyết số 18-NQ/TW"
					continue
				}
			}
			if p.key(k) == "tai5" && k > start && p.atOrgName(k+1) {
				k++ // "Chuyên viên Văn phòng tại Bộ Tài chính", "Đại sứ Việt Nam tại Nhật Bản"
				continue
			}
			if !p.may(k, bVerbs) {
				// no verb starts here
			} else if m, ok := atBool(p, bVerbs, p.d.verbs, k); ok && !t.Upper && m.Last > k && !p.longerOrgLower(k, m.Last) {
				if !(p.key(k) == "va2" && p.orgWordAt(k+1)) {
					break
				}
				if tailDone && p.upper(k+1) {
					// "Ban Quản lý đào tạo và Quan hệ quốc tế": a further
					// field, with its own lower-case words
					capRun, tailDone = 0, false
				}
				k++
				continue
			}
			if p.nameAt[k] > 0 {
				n := p.names[p.nameAt[k]-1]
				if m, ok := atBool(p, bEponyms, p.d.eponyms, k); ok && m.Last == n.last && k > start {
					k = m.Last
					continue
				}
				break
			}
			if !p.may(k, bOrgans) {
				// no organ name starts here
			} else if m, ok := atOrgan(p, k); ok && m.Last-m.First > 1 {
				k = m.Last
				tailDone = true // a whole organ name (data/organs.tsv)
				continue
			}
			if m, ok := p.orgHeadAt(k); ok {
				if k > start && t.Upper && p.may(k, bRoles) {
					if rm, ok := atRole(p, k); ok && rm.Last > m.Last && p.toks[rm.Last-1].SpaceBefore {
						break // "Ủy viên Bộ Chính trị Bộ trưởng Bộ Công an": a new title, not the head Bộ
					}
				}
				if m.Last-m.First > 1 && p.word(m.Last-1) && p.nameAt[m.Last-1] > 0 && p.names[p.nameAt[m.Last-1]-1].last > m.Last {
					// "HĐND tỉnh Đoàn Văn Phi": not the head "Tỉnh đoàn",
					// a unit word and the person after it
					if !adminUnits[p.key(k)] || m.Last-m.First != 2 {
						break
					}
					placeSlot, openPlace, lastKind = true, true, orgPlace
					k++
					continue
				}
				if !p.may(k, bOrgLower) || !p.pairMay(k, bOrgLower) {
					// no longer word of a name starts here (one longer than
					// the head has two tokens or more: its first two keys are
					// a pair of the lexicon's)
				} else if ol, ok := atBool(p, bOrgLower, p.d.orgLower, k); ok && ol.Last > m.Last {
					k = ol.Last // "Quân chủng Phòng không - Không quân": not the head Phòng
					// a word of the name read whole ("phòng, chống": its
					// object follows, "phòng, chống thiên tai")
					capRun, tailDone = 1, !ol.Value
					continue
				}
				if m.Value == orgPlace {
					placeSlot, openPlace = true, true
				} else {
					placeSlot = false
				}
				prevKind := lastKind
				lastKind = m.Value
				lowerHead = !t.Upper && m.Value == orgPlain
				capRun, tailDone = 0, false
				if !t.Upper {
					lastKind = 0 // "ban", "cục" in lower case: a common noun
					if k > start && p.toks[k-1].Upper && prevKind == orgPlain {
						lastKind = orgPlain // "Giáo hội Phật giáo": inside a name
					}
				}
				lastHead = p.text[m.Start:m.End] // lower-cased where it is read
				k = m.Last
				headEnd = k
				if p.pun(k, '.') && !p.toks[k].SpaceBefore && len(p.toks[k-1].Key) <= 3 { // TP. (not "huyện." ending a sentence)
					k++
				}
				continue
			}
			if t.Upper {
				if _, ok := atCue(p, bCues, p.d.cues, k); ok && k > start {
					break
				}
				// a capitalized word right after a head in lower case names
				// it, in sentence case as after "Cục": "cục Hồ sơ nghiệp vụ
				// cảnh sát", "ban Thường vụ Đảng uỷ" (vietnews writes organ
				// heads in lower case)
				namesHead := k == headEnd && lowerHead && lastKind == 0 && p.word(k+1) && !p.toks[k+1].LineBefore && p.nameAt[k] == 0
				if k > start && p.roleAt(k) && !p.headRole(k) && !namesHead {
					break // "Ủy viên Bộ Chính trị Bí thư Thành ủy Hà Nội": a new title
				}
				if namesHead {
					lastKind = orgPlain
				}
				if k > start && p.may(k, bSector) {
					// "Sở Thông tin - truyền thông": a sector of several
					// words, through its dash and lower-case words
					if m, ok := p.d.sectors.At(p.toks, k); ok && m.Last-k >= 3 {
						k, capRun, tailDone = m.Last, 2, true
						continue
					}
				}
				if m, ok := atBool(p, bOrgLower, p.d.orgLower, k); ok {
					k = m.Last
					if !p.toks[k-1].Upper && p.titleCaseNext(k) && p.word(k+1) && !p.toks[k+1].Upper && p.toks[k+1].SpaceBefore {
						// "Cục trưởng Hàng không Dân dụng": the name goes on
						// in title case
						capRun, titleCase = capRun+1, true
						k++
					}
					continue
				}
				if p.mask[k]&bCountry != 0 {
					if m, ok := p.d.country.At(p.toks, k); ok && m.Last > k+2 {
						k, capRun, tailDone = m.Last, 2, true // "Hợp chúng quốc Hoa Kỳ"
						continue
					}
				}
				capRun++
				if p.allCaps(k) {
					capRun = 2 // an acronym is a whole name: "Tập đoàn TH"
				}
				k++
				continue
			}
			if m, ok := atBool(p, bOrgLower, p.d.orgLower, k); ok {
				k = m.Last
				if capRun == 2 && m.First > start && p.allCaps(m.First-1) {
					// "Ban QLDA đầu tư xây dựng các công trình giao thông
					// tỉnh": known words of names after the acronym, a head
					// written short, go on in lower case
					capRun = 1
				}
				if m.Value {
					// "Ban Chỉ huy phòng, chống thiên tai": the object of
					// the verb goes on in lower case
					tailDone = false
				} else if tailDone && lastKind == orgPlain && capRun <= 1 && m.First > start && !p.toks[m.First].Upper {
					// "Chi cục Quản lý đầu tư xây dựng đường bộ": the
					// lower-case tail goes on after a known word of names
					if e := p.lowerTail(k); e > k && (e >= len(p.toks) || p.nameAt[e] == 0 || !p.roleAt(e)) {
						k = e
					}
				}
				continue
			}
			if q := p.skipQualifier(k); q > k && k > start {
				// "Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Lạng Sơn", "...
				// khóa XV đơn vị tỉnh Lạng Sơn" (the constituency)
				if p.phraseAt(q, kwDonVi) {
					q += len(kwDonVi)
				}
				if hm, ok := p.orgHeadAt(q); ok && hm.Value == orgPlace && !p.toks[q].Upper {
					k = q
					continue
				}
			}
			if p.key(k) == "sô1" && k > start && k+1 < len(p.toks) && p.toks[k+1].Kind == token.Number && p.toks[k+1].SpaceBefore {
				k += 2 // "tàu Cảnh sát biển số 4032", "Trường THCS số 2"
				continue
			}
			// "Vụ trưởng thuộc Bộ Ngoại giao", "kế toán trưởng của HTX": thuộc
			// and của may open the organization
			if (p.key(k) == "cua3" || p.key(k) == "thuôc5") && p.upper(k+1) {
				if _, ok := p.orgHeadAt(k + 1); ok {
					k++
					continue
				}
			}
			// lower-case words of a name headed by an organization noun:
			// "Ban Thời sự", "Cục Bổ trợ tư pháp", "Hội đồng quản trị"
			if lastKind == orgPlain && (k > start || unitRole) && capRun <= 1 && !tailDone && !(capRun >= 1 && p.toks[k-1].Upper && p.titleCaseNext(k+1)) {
				if e := p.lowerTail(k); e > k && (k > start || !p.roleAt(e) && (e >= len(p.toks) || p.nameAt[e] == 0)) {
					k, tailDone = e, true
					continue
				}
			}
			// a name written in title case, each word capitalized on its
			// first syllable: "Tổng Cục trưởng Khí tượng Thủy văn"
			if k > start && p.toks[k-1].Upper && capRun >= 1 && !tailDone {
				if p.titleCaseNext(k + 1) {
					titleCase = true
					k++
					continue
				}
				if titleCase && !p.endsLowerName(k) {
					// (not "Công ty Địa ốc Alaska kiêm Giám đốc ...": a
					// closed-class word or a predicate is no syllable of
					// the name)
					titleCase = false
					k, tailDone = k+1, true
					continue
				}
				titleCase = false
			}
			// lower-case words of a unit before the capitalized body it
			// belongs to: "trưởng ban thanh niên trường học Thành đoàn X"
			if k == start && unitRole || lowerHead && k > start && !p.toks[k-1].Upper {
				if e := p.lowerToHead(k); e > k {
					k, capRun, tailDone = e, 0, false
					continue
				}
			}
			// a capitalized syllable and the lower-case one after it are
			// one word of a name in sentence case: "Ngân hàng TMCP Kỹ
			// thương Việt Nam", "Công ty TNHH Một thành viên", "Đại sứ Hợp
			// chúng quốc Hoa Kỳ" (not after an acronym, a place, a country
			// or an organ closing the name)
			if k-1 > start && place == "" && !placeSlot && p.toks[k-1].Upper && p.word(k-1) && !p.allCaps(k-1) && p.toks[k].SpaceBefore && !p.properEndsAt(k) && !p.roleAt(k) {
				// (the name goes on with a capital after: not "Ban Chỉ đạo
				// Tây Nguyên nghỉ hưu.", "Chủ tịch Sovico Group mong")
				if e := p.lowerTail(k); e > k && e-k <= 2 && p.upper(e) && !p.toks[e].LineBefore && p.nameAt[e] == 0 && !p.roleAt(e) {
					k = e
					continue
				}
			}
			// unknown words of a name closing a title before a person:
			// "Trưởng Ban chỉ đạo Giải Búa liềm vàng Phạm Minh Chính"
			if k > start && p.toks[k-1].Upper && !p.isOrgStop(k) { // (the lexicon last)
				for j := k + 1; j < len(p.toks) && j <= k+3; j++ {
					if p.toks[j].Kind != token.Word || p.toks[j].LineBefore {
						break
					}
					if _, ok := atBool(p, bOrgStop, p.d.orgStop, j); ok && !p.toks[j].Upper {
						break // "Chủ tịch HĐQT do ông B": not words of a name
					}
					if _, ok := atBool(p, bVerbs, p.d.verbs, j); ok && !p.toks[j].Upper {
						break
					}
					if p.nameAt[j] > 0 {
						k = j
						break
					}
				}
				if p.nameAt[k] > 0 {
					continue
				}
			}
			break
		}
		if t.Kind == token.Number {
			if q := p.skipQualifier(k + 1); q > k+1 {
				break // "Ủy viên Trung ương Đảng 2 khóa XII, XIII": a count of terms
			}
			if p.key(k+1) == "khoa1" || p.key(k+1) == "nhiêm5" && p.key(k+2) == "ky2" {
				break // "Bộ trưởng Bộ X 2 nhiệm kỳ", "Bí thư Tỉnh ủy 2 khóa liên tiếp": a count of terms
			}
			if k > start && p.toks[k-1].Kind == token.Word {
				k++
				continue
			}
			break
		}
		// punctuation
		switch {
		case p.pun(k, '.') && !t.SpaceBefore && k+1 < len(p.toks) && !p.toks[k+1].SpaceBefore && p.upper(k+1):
			k++
			continue
		case p.pun(k, '-') && k > start && p.upper(k+1) && !p.roleAt(k+1) && p.nameAt[k+1] == 0:
			if _, ok := atCue(p, bCues, p.d.cues, k+1); ok {
				break
			}
			k++
			continue
		case p.pun(k, '-') && k > start && p.word(k-1) && !p.toks[k-1].Upper && p.word(k+1) && !p.toks[k+1].Upper && !p.toks[k+1].LineBefore:
			// "Ban Chỉ huy phòng, chống thiên tai - tìm kiếm cứu nạn tỉnh
			// X": lower-case fields joined by a dash, up to the place
			j := k + 1
			if m, ok := atBool(p, bOrgLower, p.d.orgLower, j); ok {
				j = m.Last // "Phòng Văn hóa - thông tin huyện"
			}
			if e := p.lowerTail(j); e > k+1 && p.placeUnitAt(e) {
				k = e
				continue
			}
			if j > k+1 && p.boundaryAt(j) {
				k = j // a known word of names after the dash, then a boundary
				continue
			}
			if e := p.dashField(start, k); e > k {
				k = e // "phó trưởng phòng kỹ thuật - thẩm định, Ban Quản lý dự án 6"
				continue
			}
		case p.pun(k, '&') && k > start && !t.SpaceBefore && p.upper(k+1) && !p.toks[k+1].SpaceBefore:
			k++ // "Bộ VH-TT&DL": an abbreviation goes on through &
			continue
		case p.pun(k, '&') && k > start && t.SpaceBefore && p.word(k-1) && p.upper(k+1) && p.toks[k+1].SpaceBefore && !p.toks[k+1].LineBefore && p.orgWordAt(k+1):
			k++ // "Sở Nông nghiệp & Phát triển Nông thôn": & between the words of a name, as và
			continue
		case p.pun(k, '(') && k > start:
			if e, cut := p.bracketAt(k); e > k {
				if cut {
					p.cutA, p.cutB = k, e
				}
				k, bracketEnd = e, e
				if !cut && p.word(e) && !p.toks[e].Upper {
					break // "Vụ X (Tổng cục Y) thông tin": the parent body closes the name
				}
				continue
			}
		case p.pun(k, ',') && k > start:
			j := k + 1
			if p.roleAt(j) || p.formerRoleAt(j) {
				break
			}
			if m, ok := p.orgHeadAt(j); ok && p.nameAt[j] == 0 {
				if m.Value == orgPlace && !p.toks[j].Upper && !p.upper(m.Last) && !p.pun(m.Last, '.') {
					break // "Thị trưởng Paju, thành phố biên giới": no place follows
				}
				if m.Value == orgPlain && !p.toks[j].Upper {
					break // "Công ty ABC, cơ quan điều tra đề nghị": a new clause
				}
				k, lastComma = j, k
				continue
			}
			if e := p.commaFields(j); e > j && lastKind == orgPlain {
				k = e // "Ủy ban Văn hóa, giáo dục, thanh thiếu niên và nhi đồng của Quốc hội"
				continue
			}
			if e := p.capFields(j); e > j && lastKind == orgPlain {
				k = e // "Vụ Kế hoạch, Tài chính"
				continue
			}
			if e := p.bracketField(j); e > j && lastKind == orgPlain {
				k = e // "Vụ Công chức, viên chức (Bộ Nội vụ)"
				continue
			}
		}
		break
	}
	if lastComma > start && (p.subjectOrg(lastComma, k) || p.bareHeadSubject(lastComma, k)) {
		k = lastComma // "..., UBKT Trung ương nhận thấy": the main clause's subject
	}
	// trim trailing punctuation (not the bracket of "(Bộ Công an)")
	for k > start && p.toks[k-1].Kind == token.Punct && k != bracketEnd {
		k--
	}
	if k > start+1 && p.key(k-1) == kwVe {
		k-- // "nhà nước về" with no topic after it: the preposition of the clause
	}
	k = p.editionAt(start, k)
	if !placeSlot {
		openPlace = false
	}
	if place == "" && k > start {
		switch {
		case p.endsWith(start, k, kwDangDoan), p.endsWith(start, k, kwBanCanSuDang),
			p.endsWith(start, k, kwDangUy), p.endsWith(start, k, kwChiBo):
			openBody = true
		}
	}
	_ = lastHead
	if k > start {
		// the last organization word decides whether it is open
		if m, ok := p.lastHeadEnding(start, k); ok {
			openPlace = m == orgPlace && place == ""
		}
	}
	return k, place, openPlace, openBody
}

// boundaryAt reports whether an organization name may end before token j:
// the text or the line ends, punctuation, a closed-class word or a
// predicate follows.
func (p *parser) boundaryAt(j int) bool {
	if j >= len(p.toks) || p.toks[j].Kind == token.Punct || p.toks[j].LineBefore {
		return true
	}
	if _, ok := atBool(p, bOrgStop, p.d.orgStop, j); ok {
		return true
	}
	_, ok := atBool(p, bVerbs, p.d.verbs, j)
	return ok
}

// lowerToProper returns the end of a run of at most five lower-case words
// at k (no closed-class word, no name) closed by a country or a whole organ
// name and then by a boundary (punctuation, a line end, a lower-case word):
// the rest of an organization name written in sentence case ("Đài [tiếng
// nói Việt Nam]"). It returns k if there is none, or if the capitalized
// word before k already closes a country or an organ.
func (p *parser) lowerToProper(k int) int {
	if p.properEndsAt(k) || p.allCaps(k-1) {
		return k // (nor after an acronym, a whole name)
	}
	for j := k; j < len(p.toks) && j <= k+5; j++ {
		t := &p.toks[j]
		if t.Kind != token.Word || t.LineBefore || p.excl[j] || p.nameAt[j] > 0 {
			return k
		}
		if !t.Upper {
			if m, ok := atBool(p, bOrgLower, p.d.orgLower, j); ok {
				j = m.Last - 1 // "tiếng nói", "lưu ký": words of names
				continue
			}
			if _, ok := atBool(p, bOrgStop, p.d.orgStop, j); ok {
				return k
			}
			if _, ok := atBool(p, bVerbs, p.d.verbs, j); ok {
				return k // "Trưởng ban tổ chức ABG5 khẳng định Việt Nam ..."
			}
			continue
		}
		if j == k {
			return k
		}
		e := j
		if p.mask[j]&bCountry != 0 {
			if m, ok := p.d.country.At(p.toks, j); ok {
				e = m.Last
			}
		}
		if e == j {
			if m, ok := atOrgan(p, j); ok {
				e = m.Last
			}
		}
		if e > j && e < len(p.toks) && p.mask[e]&bCountry != 0 && !p.toks[e].LineBefore {
			if m, ok := p.d.country.At(p.toks, e); ok {
				e = m.Last // "Quốc hội Việt Nam"
			}
		}
		if e == j || e < len(p.toks) && p.upper(e) && !p.toks[e].LineBefore {
			return k
		}
		return e
	}
	return k
}

// properEndsAt reports whether a country or a whole organ name ends right
// before token k.
func (p *parser) properEndsAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if p.mask[j]&bCountry != 0 {
			if m, ok := p.d.country.At(p.toks, j); ok && m.Last == k {
				return true
			}
		}
		if m, ok := atOrgan(p, j); ok && m.Last == k {
			return true
		}
	}
	return false
}

// lowerToHead returns the capitalized organization head (or whole organ)
// that a run of at most four lower-case words at k leads to, when no
// closed-class word, predicate, role, name or "của" is among them: the run
// names a unit of that body ("trưởng ban thanh niên trường học Thành đoàn
// TP. HCM", "phó trưởng phòng tổ chức cán bộ Sở Nội vụ"). It returns k if
// there is none.
func (p *parser) lowerToHead(k int) int {
	for j := k; j < len(p.toks) && j <= k+4; j++ {
		t := &p.toks[j]
		if t.Kind != token.Word || t.LineBefore || p.excl[j] || p.nameAt[j] > 0 {
			return k
		}
		if t.Upper {
			if j == k {
				return k
			}
			if _, ok := p.orgHeadAt(j); ok {
				return j
			}
			if m, ok := atOrgan(p, j); ok && m.Last > j {
				return j
			}
			return k
		}
		if p.endsLowerName(j) || p.formerRoleAt(j) {
			return k
		}
	}
	return k
}

// taskName returns the end of the task naming a body of
// data/taskbodies.txt that the organization read from start ends with,
// when the lower-case word at k opens it: a task verb (data/taskverbs.txt),
// after "về" if written, then words up to a numbered document
// (data/docnouns.txt, "số" if written, the number and its glued symbol),
// which ends it: "Ban Chỉ đạo của Chính phủ tổng kết việc thực hiện Nghị
// quyết số 18-NQ/TW". It returns k if there is none.
func (p *parser) taskName(start, k int) int {
	j := k
	if p.key(j) == "vê2" {
		j++ // "Ban Chỉ đạo Trung ương về tổng kết Nghị quyết số 18"
	}
	if !p.d.taskVerbs.MayStartAt(p.toks, j) || p.toks[j].Upper || p.toks[j].LineBefore {
		return k
	}
	m, ok := p.d.taskVerbs.At(p.toks, j)
	if !ok {
		return k
	}
	// the body (its first word may be the role's: "Trưởng ban Chỉ đạo")
	body := false
	for b := max(start-2, 0); b < k && !body; b++ {
		if bm, ok := p.d.taskBodies.At(p.toks, b); ok && bm.Last > start && bm.Last <= k {
			body = true
		}
	}
	if !body {
		return k
	}
	for q := m.Last; q < len(p.toks) && q < m.Last+12; q++ {
		t := &p.toks[q]
		if t.Kind != token.Word || t.LineBefore {
			return k // the task ends before a document: not a name
		}
		dm, ok := p.d.docNouns.At(p.toks, q)
		if !ok || !t.Upper {
			continue
		}
		r := dm.Last
		if p.key(r) == "sô1" {
			r++
		}
		if r >= len(p.toks) || p.toks[r].Kind != token.Number || !p.toks[r].SpaceBefore || p.toks[r].LineBefore {
			return k
		}
		e := r + 1
		for e < len(p.toks) && !p.toks[e].SpaceBefore && (p.toks[e].Kind != token.Punct || p.punAny(e, "-/")) {
			e++ // the symbol glued to the number: 18-NQ/TW
		}
		for e > r+1 && p.toks[e-1].Kind == token.Punct {
			e--
		}
		return e
	}
	return k
}

// longerOrgLower reports whether an organization word longer than the
// verb [k, last) starts at k: "dự án" is a noun of "Ban Quản lý dự án",
// not the verb "dự".
func (p *parser) longerOrgLower(k, last int) bool {
	m, ok := atBool(p, bOrgLower, p.d.orgLower, k)
	return ok && m.Last > last
}

// commaFields reads the rest of a list of fields inside an organization
// name from j (after a comma): lower-case words, commas and one "và", then
// "của" and an organization, or the name of the person the title is
// before. It returns the token of "của" or of the name, or j if none.
func (p *parser) commaFields(j int) int {
	and := false
	for q := j; q < len(p.toks) && q < j+14; q++ {
		t := &p.toks[q]
		if t.LineBefore {
			return j
		}
		switch {
		case p.nameAt[q] > 0:
			if and && q > j {
				return q
			}
			return j
		case t.Kind == token.Word && p.key(q) == "cua3":
			if _, ok := p.orgHeadAt(q + 1); ok && and && p.upper(q+1) {
				return q
			}
			return j
		case t.Upper && and && q > j && p.organStartsAt(q):
			return q // "Ủy ban Khoa học, công nghệ và môi trường Quốc hội"
		case t.Kind == token.Word && p.key(q) == "va2":
			if and || q == j {
				return j
			}
			and = true
		case t.Kind == token.Word && !t.Upper:
			if p.roleAt(q) {
				return j
			}
			if _, ok := atBool(p, bVerbs, p.d.verbs, q); ok {
				return j
			}
		case p.pun(q, ','):
			if and && q > j && p.upper(q+1) && p.nameAt[q+1] == 0 {
				if m, ok := p.orgHeadAt(q + 1); ok && m.Value == orgPlain && p.toks[q+1].Upper {
					// "phòng kế hoạch, nghiên cứu và phát triển du lịch,
					// Sở Du lịch X": the list closed, the parent body
					// after a comma
					return q
				}
			}
			if and || q == j {
				return j
			}
		default:
			return j
		}
	}
	return j
}

// dashField reads the second field of a lower-case department name (a
// lower-case unit noun in it or right before its start) after a spaced
// dash at k ("phòng kỹ thuật - thẩm định", "phòng kế hoạch - tổng
// hợp"): one to three lower-case words that are no role, form of address,
// closed-class word or person, then the end of the chain (a semicolon, a
// closing bracket, a full stop, a line end; not after a predicate) or a comma and a
// capitalized organization. It
// returns the token after the field, or k.
func (p *parser) dashField(start, k int) int {
	if !p.toks[k].SpaceBefore || !p.toks[k+1].SpaceBefore {
		return k
	}
	unit := false // a lower-case unit noun names the department (phòng, ban, tổ)
	for j := max(start-1, 0); j < k && !unit; j++ {
		if !p.toks[j].Upper && p.may(j, bUnit) {
			_, unit = p.d.units[p.key(j)]
		}
	}
	if !unit {
		return k
	}
	q := k + 1
	verb := false // a predicate among the words: only before a comma and a body ("kỹ thuật - thẩm định, Ban X"; not "Bí thư Tỉnh ủy - phát biểu.")
	for ; q < len(p.toks) && q <= k+3 && p.word(q) && !p.toks[q].Upper && !p.toks[q].LineBefore && p.nameAt[q] == 0; q++ {
		if p.roleAt(q) || p.formerRoleAt(q) || p.key(q) == "va2" || p.key(q) == "cua3" {
			return k
		}
		if _, ok := atBool(p, bVerbs, p.d.verbs, q); ok {
			verb = true
		}
		if _, ok := atBool(p, bOrgStop, p.d.orgStop, q); ok {
			return k
		}
		if p.may(q, bCues) {
			if _, ok := p.cueAt(q); ok {
				return k
			}
		}
	}
	switch {
	case q == k+1:
		return k
	case verb:
		if p.pun(q, ',') && p.upper(q+1) {
			if _, ok := p.orgHeadAt(q + 1); ok {
				return q
			}
		}
	case q >= len(p.toks) || p.toks[q].LineBefore || p.punAny(q, ";)") || p.sentEnd(q):
		return q
	case p.pun(q, ',') && p.upper(q+1):
		if _, ok := p.orgHeadAt(q + 1); ok {
			return q
		}
	}
	return k
}

// parentOfDept returns, when c ends in a Đảng đoàn or a Ban cán sự đảng
// (which only a whole body has) and the organization of nx opens with a
// department (Ban, Văn phòng, Vụ) of a further capitalized body, the first
// token of that body ("trưởng Ban Tổ chức - Cán bộ Liên đoàn X"); else -1.
func (p *parser) parentOfDept(c, nx *segment) int {
	if !c.openBody || c.orgLast < 2 || nx.orgLast <= nx.roleLast+1 || !p.toks[nx.roleLast].Upper {
		return -1
	}
	if !p.endsWith(c.roleLast, c.orgLast, kwDangDoan) && !p.endsWith(c.roleLast, c.orgLast, kwBanCanSuDang) {
		return -1
	}
	from := -1
	if m, ok := p.orgHeadAt(nx.roleLast); ok && m.Value == orgPlain {
		switch string(p.appendKeys(m.First, m.Last)) {
		case kwBan, kwVanPhong, kwVu:
			from = m.Last + 1
		}
	}
	if from < 0 && nx.roleLast > nx.roleFirst {
		switch p.key(nx.roleLast - 1) {
		case kwBan, kwVu:
			from = nx.roleLast + 1 // "Trưởng ban Tổ chức - Cán bộ Liên đoàn X"
		}
	}
	if from < 0 {
		return -1
	}
	for q := from; q < nx.orgLast; q++ {
		if !p.toks[q].Upper || p.nameAt[q] > 0 {
			continue
		}
		if h, ok := p.orgHeadAt(q); ok && h.Value == orgPlain {
			return q
		}
	}
	return -1
}

// commaParent returns the first token of a capitalized organization that
// follows a comma inside the organization of s ("trưởng phòng kế hoạch,
// Ban Quản lý dự án 4"), or -1.
func (p *parser) commaParent(s *segment) int {
	for q := s.roleLast; q+1 < s.orgLast; q++ {
		if p.pun(q, ',') && p.upper(q+1) {
			if _, ok := p.orgHeadAt(q + 1); ok {
				return q + 1
			}
		}
	}
	return -1
}

// bracketField reads a further lower-case field of an organization name
// after a comma when the parent body in brackets closes the name right
// after it: "Vụ Công chức, viên chức (Bộ Nội vụ)", "Vụ Tổ chức, cán bộ (Bộ
// Y tế)". The field is one or two words that are no role, predicate,
// closed-class word or person. It returns the token of the bracket, or j.
func (p *parser) bracketField(j int) int {
	q := j
	for ; q < j+2 && p.word(q) && !p.toks[q].Upper && !p.toks[q].LineBefore && p.nameAt[q] == 0; q++ {
		if p.roleAt(q) || p.predicateAt(q) || p.key(q) == "va2" {
			return j
		}
		if _, ok := atBool(p, bProf, p.d.prof, q); ok {
			return j // "Giám đốc Sở Y tế, bác sĩ (...)": a profession
		}
		if _, ok := atCue(p, bCues, p.d.cues, q); ok {
			return j
		}
	}
	if q == j || !p.pun(q, '(') {
		return j
	}
	if e, cut := p.bracketAt(q); e > q && !cut {
		return q
	}
	return j
}

// organStartsAt reports whether a whole organ name of data/organs.tsv
// (of two words or more) starts at token q.
func (p *parser) organStartsAt(q int) bool {
	m, ok := atOrgan(p, q)
	return ok && m.Last-m.First > 1
}

// capFields reads a further field of an organization name after a comma,
// written with a capital ("Vụ Kế hoạch, Tài chính", "Vụ Tổ chức, Cán bộ"):
// a capitalized word that is no person, role, rank, head, family name or
// place, then at most two lower-case words that are no predicate or
// closed-class word; "và" and another field may follow. The title must end
// there (not before another capitalized word). It returns the token after
// the field, or j.
func (p *parser) capFields(j int) int {
	q := j
	for {
		if !p.upper(q) || !p.toks[q].SpaceBefore || p.toks[q].LineBefore || p.allCaps(q) || p.nameAt[q] > 0 || p.family(q) || p.roleAt(q) || p.isPlaceSpan(q, q+1) {
			return j
		}
		if _, ok := p.orgHeadAt(q); ok {
			return j
		}
		if _, ok := atCue(p, bCues, p.d.cues, q); ok {
			return j
		}
		if _, ok := atBool(p, bCountry, p.d.country, q); ok {
			return j // "Đại sứ tại Nhật Bản, Pháp": a country
		}
		q++
		for w := 0; w < 2 && p.word(q) && !p.toks[q].Upper && !p.toks[q].LineBefore && !p.predicateAt(q) && p.key(q) != "cua3"; w++ {
			q++
		}
		if p.key(q) == "va2" && p.upper(q+1) {
			q++
			continue
		}
		break
	}
	if q < len(p.toks) && p.toks[q].Kind == token.Word && p.toks[q].Upper && !p.toks[q].LineBefore && p.nameAt[q] == 0 {
		return j // a capitalized word goes on: a place, another clause (not the person after the title)
	}
	if p.word(q) && p.key(q) == "cua3" && p.upper(q+1) {
		// "Ủy ban Khoa học, Công nghệ và Môi trường của Quốc hội": the
		// parent body after của, read by parseOrg
		if _, ok := p.orgHeadAt(q + 1); !ok {
			return j
		}
	}
	return q
}

// predicateAt reports whether a predicate, an introducer of a title or a
// closed-class word starts at token q.
func (p *parser) predicateAt(q int) bool {
	if _, ok := atBool(p, bOrgStop, p.d.orgStop, q); ok {
		return true
	}
	if _, ok := atBool(p, bVerbs, p.d.verbs, q); ok {
		return true
	}
	_, ok := atBool(p, bIntro, p.d.intro, q)
	return ok
}

// titleCaseNext reports whether token k is a capitalized word going on an
// organization name in title case: not a person, role, cue, head or place.
func (p *parser) titleCaseNext(k int) bool {
	if !p.upper(k) || !p.toks[k].SpaceBefore || p.toks[k].LineBefore || p.allCaps(k) || p.nameAt[k] > 0 || p.roleAt(k) {
		return false
	}
	if _, ok := atCue(p, bCues, p.d.cues, k); ok {
		return false
	}
	if _, ok := p.orgHeadAt(k); ok {
		return false
	}
	if p.upper(k+1) || p.family(k) {
		return false // a longer capitalized run: a place or a person
	}
	return !p.isPlaceSpan(k, k+1)
}

// endsWith reports whether tokens [start, k) end with the phrase.
func (p *parser) endsWith(start, k int, ks []string) bool {
	if k-start < len(ks) {
		return false
	}
	for i, w := range ks {
		if p.toks[k-len(ks)+i].Key != w {
			return false
		}
	}
	return true
}

// lastHeadEnding reports the kind of an organization head ending exactly at token k.
func (p *parser) lastHeadEnding(start, k int) (orgKind, bool) {
	for j := k - 1; j >= start && j >= k-4; j-- {
		if m, ok := p.orgHeadAt(j); ok && m.Last == k {
			return m.Value, true
		}
	}
	return 0, false
}

func (p *parser) orgWordAt(k int) bool {
	if p.upper(k) {
		if p.may(k, bCues) {
			if _, ok := atCue(p, bCues, p.d.cues, k); ok {
				return false // "và Trung tướng B": a rank before a person
			}
		}
		return !p.roleAt(k) && p.nameAt[k] == 0
	}
	if k < len(p.toks) && p.toks[k].Kind == token.Word {
		_, ok := atBool(p, bOrgLower, p.d.orgLower, k)
		return ok
	}
	return false
}

// placeRun is the run of capitalized words (joined by "." or "-") from k.
func (p *parser) placeRun(k int) int {
	j := k
	for j < len(p.toks) && j-k < 6 {
		if j > k && p.toks[j].LineBefore {
			break // a paragraph break ends the place
		}
		if p.upper(j) {
			j++
			continue
		}
		if p.pun(j, '.') && j+1 < len(p.toks) && p.toks[j+1].SpaceBefore && !p.d.abbrev[p.key(j-1)] {
			break // a full stop, not the dot of "TP.HCM", "TP. Hà Nội"
		}
		if p.punAny(j, ".-") && j > k && p.upper(j+1) {
			j++
			continue
		}
		break
	}
	return j
}

// lowerUnits are the unit words (as parseOrg's lastHead) whose place a
// bare higher place name may follow after a comma: 2 for the lowest units
// (a commune, ward or town: the district after it need not be a known
// province), 1 for districts (a province must follow).
var lowerUnits = map[string]uint8{"xã": 2, "phường": 2, "thị trấn": 2, "huyện": 1, "quận": 1, "thị xã": 1}

// barePlaceAt reports whether the capitalized run at k is a whole place name
// ending the phrase (followed by no further capitalized word): a province,
// or with anyName any run of one to three words.
func (p *parser) barePlaceAt(k int, anyName bool) bool {
	if p.roleAt(k) {
		return false
	}
	if _, ok := p.orgHeadAt(k); ok {
		return false
	}
	e := p.placeRun(k)
	if e == k || e-k > 4 || p.upper(e) {
		return false
	}
	if anyName && e-k <= 3 && !p.punAny(e-1, ".-") && (e >= len(p.toks) || p.toks[e].Kind != token.Word || !p.toks[e].Upper && p.key(e) != "va2") {
		return true
	}
	return p.isPlaceSpan(k, e)
}

func (p *parser) roleAt(k int) bool {
	m, ok := atRole(p, k)
	return ok && m.Last > k
}

func (p *parser) formerRoleAt(k int) bool {
	if m, ok := atBool(p, bFormer, p.d.former, k); ok {
		return p.roleAt(m.Last)
	}
	return false
}

// findSegments finds every title segment, left to right.
func (p *parser) findSegments() {
	roles := p.sets[setRoles*p.setW : (setRoles+1)*p.setW]
	for i := 0; i < len(p.toks); i++ {
		// p.nextIn(setRoles, i, len(p.toks)), its first word in line
		if x := roles[i>>6] >> (i & 63); x != 0 {
			i += bits.TrailingZeros64(x)
		} else if i = p.nextInWords(setRoles, i, len(p.toks)); i >= len(p.toks) {
			break
		}
		if p.mask[i]&(bRoles|bFormer) == 0 || p.excl[i] || p.toks[i].Kind != token.Word {
			continue // neither a former word nor a role starts here
		}
		first := i
		former := false
		r := i
		acting, fresh := false, false
		act := -1 // the acting word (quyền) the role starts with, if any
		if !p.may(i, bFormer) {
			// no former/acting word: the role starts here
		} else if m, ok := atBool(p, bFormer, p.d.former, i); ok && p.roleAt(m.Last) && (m.Value || i == 0 || !p.phraseAt(i-1, kwUyQuyen)) {
			// (not "ủy quyền Chủ tịch nước": the word of a mandate)
			former, acting = m.Value, !m.Value
			r = m.Last
			if acting {
				act = i
			}
		} else if ok && m.Value && p.may(m.Last, bFormer) {
			// "cựu quyền Tổng giám đốc X": a former word, then an acting one
			if a, ok := atBool(p, bFormer, p.d.former, m.Last); ok && !a.Value && p.roleAt(a.Last) {
				former, acting, act, r = true, true, m.Last, a.Last
			}
		}
		if r > i || !p.may(i, bFormer) {
			// a former or acting word read, or none may start here
		} else if m, ok := p.d.newPrefix.At(p.toks, i); ok && p.roleAt(m.Last) {
			r, fresh = m.Last, true // "tân Bí thư Tỉnh ủy": the post, without the word
		}
		m, ok := atRole(p, r)
		if !ok {
			continue
		}
		if m.Value&roleStaff != 0 && !p.upper(m.Last) {
			if _, head := p.orgHeadAt(m.Last); !head || p.phraseAt(m.Last, kwDangVien) {
				continue // "cán bộ, đảng viên", "cán bộ tín dụng", "cán bộ đảng viên và nhân dân": no organization follows
			}
		}
		if p.key(m.Last-1) == kwPho && m.Last-r == 2 && !p.toks[r].Upper && p.word(r-1) && !p.toks[r-1].Upper {
			continue // "chức vụ phó trưởng phòng", "bệnh viện phó ...": not the role Vụ phó
		}
		if !p.toks[r].Upper && r == i && r > 0 && p.toks[r].Key == "vu5" && p.key(r-1) == "chưc1" {
			continue // "giữ chức vụ Trưởng đoàn X": the post is Trưởng đoàn, not Vụ trưởng of "đoàn X"
		}
		if !p.word(m.Last) {
			// no word follows the role
		} else if q, ok := p.roleQualAt(m.Last); ok && p.upper(q) && p.nameAt[m.Last] == 0 {
			m.Last = q // "Phó Giám đốc phụ trách Ban X" (or "Phụ trách")
		}
		// a role word inside an organization name ("Ban Bí thư", "Văn phòng Chủ tịch nước")
		if !former && !acting && p.headRole(r) {
			continue
		}
		if p.nameAt[r] > 0 {
			continue
		}
		if p.nominated(first) {
			// "giới thiệu để bầu giữ chức Chủ tịch UBND tỉnh": a post proposed, not held
			end, _, _, _ := p.parseOrg(m.Last)
			// (but "đề nghị phê chuẩn bổ nhiệm T đối với ông A": the
			// appointee's, read as an object)
			if j := p.doiVoiAfter(max(end, m.Last)); !(p.key(first-1) == "nhiêm5" && p.key(first-2) == "bô3" && p.key(j) == "đôi1" && p.key(j+1) == "vơi1") {
				if e := max(end, m.Last); e < len(p.nameAt) && p.nameAt[e] > 0 {
					// "ứng viên tổng thống A": A is a person still, with
					// no post
					p.names[p.nameAt[e]-1].strong = true
				}
				i = max(end, m.Last) - 1
				continue
			}
		}
		// the fields set one by one on the zero segment new gives (the
		// literal would clear the whole struct again)
		s := p.segSlab.new()
		s.first, s.roleFirst, s.roleLast, s.former, s.full = first, r, m.Last, former, m.Value&roleFull != 0
		if act >= 0 {
			s.roleFirst = act // "Quyền Bí thư": the prefix is part of the role
		}
		s.fresh = fresh
		s.weak = m.Value&roleWeak != 0
		s.share = m.Value&roleShare != 0
		end, place, openPlace, openBody := p.parseOrg(m.Last)
		if end == m.Last && m.Value&roleStaff != 0 {
			// "Cán bộ Vietcombank Leasing tham gia": a staff noun names a
			// title only with its organization; a capitalized word after it
			// that is no organization is no person either
			continue
		}
		if end > m.Last && end < len(p.toks) && (p.pc[end] == '.' || p.toks[end].Key == "…") && p.ellipsisCut(end) {
			// "Trưởng Ban chỉ đạo Cải ...": a title cut off by a truncated
			// dek, incomplete
			i = end - 1
			continue
		}
		s.orgLast, s.last, s.placeText, s.openPlace, s.openBody = end, end, place, openPlace, openBody
		s.cutA, s.cutB = p.cutA, p.cutB
		s.placeExt = p.placeExt
		if s.cutB > end || s.cutB >= 0 && s.cutB < end && !p.placeUnitAt(s.cutB) {
			// an abbreviation inside a name stays as written ("Quân đội
			// nhân dân (QĐND) Việt Nam"); one closing the name before its
			// place restates it ("Sở Giao thông vận tải (GTVT) tỉnh X")
			s.cutA, s.cutB = -1, -1
		}
		if place != "" {
			if i := strings.LastIndex(p.text[:p.toks[end-1].End], place); i > 0 {
				if strings.HasSuffix(p.text[:i], "tỉnh ") {
					s.placeFull = p.text[i-len("tỉnh ") : i+len(place)] // "tỉnh " + place
				}
			}
		}
		if end == m.Last && end < len(p.toks) && p.mask[end]&bCues != 0 && m.Value&rolePerson != 0 {
			// "Trợ lý đồng chí Phạm Minh Chính": an assistant's title names
			// the person assisted
			if c, ok := atCue(p, bCues, p.d.cues, end); ok && c.Value == cueHonorific && p.nameAt[c.Last] > 0 {
				end = p.names[p.nameAt[c.Last]-1].last
				s.orgLast, s.last, s.ofPerson = end, end, true
			}
		}
		if s.weak && end == m.Last && p.nameAt[end] > 0 && p.placeBracketAt(p.names[p.nameAt[end]-1].last) {
			// "đại biểu Hà Minh Huệ (tỉnh Bình Thuận)": a deputy named with
			// the province of the delegation
			s.weak, s.full = false, true
		} else if s.weak && end == m.Last && p.nameAt[end] > 0 && end-r == len(kwDaiBieu) && p.endsWith(r, end, kwDaiBieu) && p.assemblyText() {
			// "đại biểu A nhận xét" in an article on the National
			// Assembly: a deputy
			s.weak, s.full = false, true
		}
		// term qualifier after the title: "khóa XV", "các khoá IX, X, XI"
		s.last = p.skipQualifier(end)
		p.segs = append(p.segs, s)
		if p.segIdx == nil {
			p.segIdx = zeroed(&p.sc.segIdx, 2*(len(p.toks)+1))
		}
		p.segIdx[2*s.last+1] = int32(len(p.segs))
		p.segIdx[2*s.first] = int32(len(p.segs))
		i = end - 1
	}
	// link segments separated by a comma
	for _, s := range p.segs {
		if s.ofPerson {
			continue
		}
		if s.orgLast > s.roleLast && s.last == s.orgLast && p.upper(s.last) && !p.toks[s.last].LineBefore && p.toks[s.last].SpaceBefore && p.toks[s.roleFirst].Upper && p.toks[s.roleLast].Upper {
			// "Ủy viên Bộ Chính trị Bí thư Thành ủy Hà Nội": no comma
			if n := p.segStartAt(s.last); n != nil && !n.former {
				s.next, n.prev = n, s
				continue
			}
		}
		// "Ủy viên Trung ương Đảng - Bí thư Tỉnh ủy": a spaced dash between
		// two capitalized titles links them like a comma
		if (p.pun(s.last, '-') || p.isPunct(s.last, "–")) && p.toks[s.last].SpaceBefore && p.upper(s.last+1) && p.toks[s.last+1].SpaceBefore && !p.toks[s.last+1].LineBefore {
			if n := p.segStartAt(s.last + 1); n != nil && p.toks[n.roleFirst].Upper {
				s.next, n.prev = n, s
			}
			continue
		}
		if p.pun(s.last, ',') || p.key(s.last) == "kiêm" || p.key(s.last) == "rôi2" {
			j := s.last + 1
			if p.pun(s.last, ',') && p.key(j) == "rôi2" {
				j++ // "phó chủ tịch UBND tỉnh, rồi phó bí thư Tỉnh ủy X"
			}
			// a rank inside a chain: "Bí thư Đảng ủy, đại tá, Giám đốc Công an tỉnh"
			if m, ok := atCue(p, bCues, p.d.cues, j); ok && m.Value == cueRank {
				j = m.Last
				if p.pun(j, '(') {
					for j < len(p.toks) && j < m.Last+8 && !p.pun(j, ')') {
						j++
					}
					j++
				}
				if p.pun(j, ',') {
					j++
				}
			}
			if n := p.segStartAt(j); n != nil {
				s.next, n.prev = n, s
			}
		} else if p.key(s.last) == "va2" && s.orgLast > s.roleLast && s.last == s.orgLast {
			// "A, Bí thư Thành ủy X và Chủ tịch UBND TP X": a second post
			// of the person named before the chain, in the same place (not
			// "T1 và T2 B", where the second post may be another's, nor
			// "A, T1, Đại sứ X tại Y và Đại sứ Y tại X": other guests)
			h := s
			for h.prev != nil {
				h = h.prev
			}
			if n := p.segStartAt(s.last + 1); n != nil && n.orgLast > n.roleLast && samePlace(s.placeText, n.placeText) && p.nameAt[n.orgLast] == 0 && h.first >= 2 && p.pun(h.first-1, ',') && p.nameEndsAt(h.first-1) && !p.nameEndsAt(n.orgLast) {
				s.next, n.prev = n, s
			}
		}
	}
}

// samePlace reports whether two places closing titles are one, written with
// or without its unit word ("Móng Cái", "TP Móng Cái").
func samePlace(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return a == b || strings.HasSuffix(b, a) && b[len(b)-len(a)-1] == ' '
}

// nominated reports whether the words right before token k (in the same
// clause) make the title at k a nomination: "để bầu giữ chức", "đề cử".
func (p *parser) nominated(k int) bool {
	if k >= 2 && p.key(k-1) == "nhiêm5" && p.key(k-2) == "bô3" && p.proposedBy(k-2) {
		return true // "Thủ tướng trình Quốc hội phê chuẩn bổ nhiệm T"
	}
	if lo := max(k-6, 0); k <= len(p.mask) && nextWith(p.mask[lo:k], 0, bNom) == k-lo {
		return false // no nomination word in the six tokens before
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		t := &p.toks[j]
		if t.Kind != token.Word || p.toks[j+1].LineBefore {
			return false
		}
		if m, ok := atBool(p, bNom, p.d.nominate, j); ok && m.Last <= k && m.Last >= k-2 {
			return m.Value || !p.electionReported()
		}
	}
	return false
}

// proposedBy reports whether the clause before the appointment verb at b
// ("bổ nhiệm") is a proposal: "đề nghị" or "trình" within ten words, no
// punctuation between ("Thủ tướng đã trình Quốc hội danh sách đề nghị Quốc
// hội phê chuẩn bổ nhiệm T": T is the appointee's, not the proposer's).
func (p *parser) proposedBy(b int) bool {
	for j := b - 1; j >= 1 && j >= b-10; j-- {
		if !p.word(j) || p.toks[j+1].LineBefore {
			return false
		}
		if p.key(j) == "nghi5" && p.key(j-1) == "đê2" || p.key(j) == "trinh2" {
			return true
		}
	}
	return false
}

// electionReported reports whether the text reports an election held
// ("đã bầu ông X", "trúng cử"), looked up once.
func (p *parser) electionReported() bool {
	if p.electedAt == 0 {
		p.electedAt = 1
		if len(p.d.elected.FindAll(p.toks)) > 0 {
			p.electedAt = 2
		}
	}
	return p.electedAt == 2
}

// skipQualifier skips a term qualifier at k and returns the token after it
// (k itself when there is none).
func (p *parser) skipQualifier(k int) int {
	j := k
	if p.key(j) == "cac1" {
		j++
	}
	switch {
	case p.key(j) == "khoa1":
		j++
	case p.key(j) == "nhiêm5" && p.key(j+1) == "ky2":
		j += 2
	default:
		return k
	}
	if !isNumeral(p, j) {
		return k
	}
	for j < len(p.toks) {
		if isNumeral(p, j) {
			j++
			continue
		}
		if p.punAny(j, ",-") && isNumeral(p, j+1) {
			j++
			continue
		}
		break
	}
	return j
}

func isNumeral(p *parser, j int) bool {
	if j >= len(p.toks) {
		return false
	}
	t := &p.toks[j]
	if t.Kind == token.Number {
		return true
	}
	if t.Kind != token.Word {
		return false
	}
	s := p.text[t.Start:t.End]
	for _, c := range s {
		if c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// attach links names to the chains around them and accepts candidates.
func (p *parser) attach() {
	for _, n := range p.names {
		n.chainEnd = n.last
		// pre chain: T1, T2 NAME
		f := n.first
		if p.segEndAt(f) == nil {
			f = p.abbrevAside(f) // "Thứ trưởng Bộ Khoa học và Công nghệ (KH&CN) A"
		}
		if s := p.segEndAt(f); s != nil && s.orgLast == f {
			l := 0
			for c := s; c != nil; c = c.prev {
				l++
			}
			// the chain is read into p.preBuf, capped at its length (a
			// later append to n.pre copies it)
			a := len(p.preBuf)
			p.preBuf = slices.Grow(p.preBuf, l)[:a+l]
			chain := p.preBuf[a : a+l : a+l]
			for c := s; c != nil; c = c.prev {
				l--
				chain[l] = c
			}
			// "Chủ tịch nước A, Thủ tướng B": the segment before B is not
			// part of A's chain
			// (but "T1 A, T2 – T3 B": A named after its own chain, the
			// chain between the two names is B's)
			if f := chain[0]; f.first > 1 && p.punAny(f.first-1, ",-") && p.nameEndsAt(f.first-1) && !p.preChained(f.first-1, p.pun(f.first-1, ',')) {
				chain = chain[len(chain)-1:]
			}
			n.pre = chain
		}
		if len(n.pre) == 0 {
			n.pre = p.apartPre(n)
		}
		if len(n.pre) == 0 {
			n.pre = p.heldBy(n)
		} else if len(n.pre) == 1 && n.pre[0].orgLast == n.first {
			if h := p.heldBy(n); len(h) > 0 {
				n.pre = []*segment{h[0], n.pre[0]} // "T do Chủ tịch A đảm nhận"
			}
		}
		if len(n.pre) > 1 && p.principalBefore(n.pre[0].first) {
			// "Thừa ủy quyền của Thủ tướng, Bộ trưởng Bộ X B": the first
			// title names the principal, not B
			n.pre = n.pre[1:]
		}
		if len(n.pre) > 1 && p.pun(n.pre[0].last, ',') && p.countedAt(n.pre[0].first) {
			// "trước sự chứng kiến của hai Thủ tướng, Thứ trưởng Bộ Ngoại
			// giao B": a counted role names several people, none of them B
			n.pre = n.pre[1:]
		}
		// post chain: NAME, T1, T2 | NAME - T1, T2 - | NAME (T1, T2)
		k := n.last
		if p.pun(k, '(') && p.segStartAt(k+1) == nil {
			// "NAME (thứ tư, từ phải sang), T1": an aside without a title
			// (a place in a photo) before the chain
			k = p.skipAside(k)
		}
		if p.ageAt(k) && p.pun(k+3, ',') {
			k += 3 // "NAME, 55 tuổi, T1": the age before the chain
		}
		if p.partyAgeAt(k) {
			k += 5 // "NAME, 105 tuổi, 85 năm tuổi Đảng, T1": the Party age too
		}
		fw := -1 // a former word shared by the chain: "NAME, nguyên: T1, T2, T3"
		if p.pun(k, ',') && p.pun(k+2, ':') && p.may(k+1, bFormer) {
			if m, ok := atBool(p, bFormer, p.d.former, k+1); ok && m.Value && m.Last == k+2 {
				fw, k = k+1, k+2
			}
		}
		if p.punAny(k, ",-(:") || p.key(k) == "la2" {
			if s := p.segStartAt(k + 1); s != nil && !(p.pun(k, ',') && p.chainBeforeNext(s) && (len(n.pre) > 0 || p.addressedAlone(n))) && !(p.pun(k, ',') && p.chainIsSubject(s) && p.inAdjunct(n.first)) {
				// (not "Đối với bà A, Chủ tịch UBND tỉnh giao ...": the
				// subject of the main clause)
				// (not "T1 A, T2 – T3 B": the chain after A, itself named
				// after a chain, ends right before B and is B's)
				// the chain is read into p.postBuf, then given to n.post
				// at its length (a later append to n.post copies it)
				a := len(p.postBuf)
				for c := s; c != nil; c = c.next {
					if p.nameAt[c.orgLast] > 0 && c.last == c.orgLast {
						break // the title of the next name
					}
					if fw >= 0 && !c.former {
						c.former, c.formerAt = true, int32(fw+1)
					}
					p.postBuf = append(p.postBuf, c)
					c.taken = true
					n.chainEnd = c.last
				}
				if b := len(p.postBuf); b > a {
					if len(n.post) == 0 {
						n.post = p.postBuf[a:b:b]
					} else {
						n.post = append(n.post, p.postBuf[a:b]...)
					}
				}
				if len(n.post) > 0 && p.punAny(n.chainEnd, "-)") {
					n.chainEnd++
				}
				if len(n.post) > 0 && p.pun(n.chainEnd, ',') {
					n.chainEnd++
				}
			}
		}
		if len(n.post) == 0 && len(n.pre) == 0 && n.cue {
			p.bareChain(n)
		}
		if len(n.post) == 0 {
			p.bioChain(n)
		}
		// "X - T1 - làm T2", "X được bầu làm T2", "X giữ chức T2"
		k = n.chainEnd
		for k < len(p.toks) && k < n.chainEnd+4 && (p.key(k) == "đươc5" || p.key(k) == "bâu2" || p.key(k) == "đa4" || p.key(k) == "se4" || p.key(k) == "tiêp1" || p.key(k) == "tuc5" || p.key(k) == "giơi1" || p.key(k) == "thiêu5" || p.key(k) == "đang") {
			k++
		}
		// "X làm T", "X giữ chức (vụ) T", "X đang kiêm (nhiệm) (chức) T"
		switch {
		case p.key(k) == "lam2":
		case p.key(k) == "giư4" && p.key(k+1) == "chưc1":
			k++
		case p.key(k) == "vao2" && p.key(k+1) == "chưc1" && (p.key(k+2) == "danh" || p.key(k+2) == "vu5"):
			k += 2 // "bầu X - T1 vào chức danh T2"
		case p.key(k) == "vao2" && p.key(k+1) == "chưc1":
			k++ // "bầu X vào chức T2"
		case p.key(k) == "kiêm":
			if p.key(k+1) == "nhiêm5" {
				k++
			}
			if p.key(k+1) == "chưc1" {
				k++
			}
		default:
			continue
		}
		if p.key(k) == "chưc1" && p.key(k+1) == "vu5" {
			k++
		}
		if s := p.segStartAt(k + 1); s != nil && p.nameAt[s.orgLast] == 0 {
			n.post = append(n.post, s)
			p.shareAppointment(n, s)
		}
	}
	p.objects()
	p.lists()
	p.counted() // (and allOf)
	p.introduced()
	p.timedBio()
	p.copula()
	p.honorAppos()
	propagate(p)
	// accept candidates and group them into persons
	byKey := &p.sc.byKey
	addPerson := func(pr *person) {
		p.people = append(p.people, pr)
	}
	var short, redacted []*name
	for _, n := range p.names {
		ok := n.strong || len(n.pre) > 0 || len(n.post) > 0
		if !ok {
			continue
		}
		if len(n.pre)+len(n.post) == 0 && n.last-n.first >= 2 && p.toks[n.last-1].End-p.toks[n.last-1].Start <= 3 && p.redactedAt(n.last-1) {
			// "Nông Văn T", "Phạm Xuân Tr": a name cut to its initial is
			// no full name; a person only where some mention carries a
			// title ("Phó Chủ tịch Phạm S", then "các ông ..., Phạm S")
			redacted = append(redacted, n)
			continue
		}
		if len(n.pre)+len(n.post) == 0 && !n.cue && !n.kin && n.last-n.first >= 4 && p.isPlaceSpan(n.last-2, n.last) {
			// "Hồng Lĩnh Hà Tĩnh", "Hoàng Anh Gia Lai": four syllables
			// closed by a province, without title or form of address, are
			// a club named after its sponsor and its province
			continue
		}
		if n.last-n.first == 1 {
			short = append(short, n)
			continue
		}
		if n.cue && !p.family(n.first) && n.last-n.first == 2 {
			suffix, _ := p.appendSpanFold(append(p.foldBuf[:0], ' '), p.text[p.toks[n.first].Start:p.toks[n.last-1].End], n.first, n.last)
			p.foldBuf = suffix
			if ref := p.lastWithSuffix(suffix); ref != nil {
				n.person = ref
				continue
			}
		}
		full := p.text[p.toks[n.first].Start:p.toks[n.last-1].End]
		if pr := p.writtenAs(full); pr != nil {
			n.person = pr // the same text folds to the same key
			continue
		}
		kb, _ := p.appendSpanFold(p.foldBuf[:0], full, n.first, n.last)
		p.foldBuf = kb
		pr, _ := byKey.get(unsafe.String(unsafe.SliceData(kb), len(kb))) // (a lookup: not kept)
		if pr == nil {
			k := string(kb)
			pr = p.personSlab.new()
			*pr = person{full: full, key: k, given: p.toks[n.last-1].Key, firstTok: n.first}
			byKey.put(k, pr)
			addPerson(pr)
		} else if betterForm(full, pr.full) {
			pr.full = full // "Cao Thái Hà" after "Cao Thai Ha", "Kim Cương" after "KIm Cương"
		}
		n.person = pr
	}
	if len(short) > 0 {
		// the sex of each person, read from the forms of address of its
		// full mentions, for the short mentions to choose by
		for _, n := range p.names {
			if pr := n.person; pr != nil && pr.sex == 0 {
				pr.sex = p.sexOf(n)
			}
		}
	}
	for _, n := range redacted {
		kb, _ := p.appendSpanFold(p.foldBuf[:0], p.text[p.toks[n.first].Start:p.toks[n.last-1].End], n.first, n.last)
		p.foldBuf = kb
		n.person, _ = byKey.get(unsafe.String(unsafe.SliceData(kb), len(kb)))
	}
	// two-token names that are a later reference to a longer name ("Văn Thưởng") are rare; skip.
	var ffText int8 // familyFirst's memo of familyFirstText
	for _, n := range short {
		if m, ok := atBool(p, bOrgLower, p.d.orgLower, n.first); ok && m.Last > n.last {
			continue
		}
		// the last person before the name with this given name, or the
		// first after it; of the sex the form of address says ("ông Giang"
		// is not "bà Nguyễn Thị Giang") where one such person is named
		var best, same, bestAny, sameAny *person
		sx := p.sexBefore(n.first)
		for _, pr := range p.withGiven(p.toks[n.first].Key) {
			if pr.given != p.toks[n.first].Key {
				continue
			}
			if sameAny == nil {
				sameAny = pr
			}
			if pr.firstTok < n.first {
				bestAny = pr
			}
			if sx != 0 && pr.sex == -sx {
				continue
			}
			if same == nil {
				same = pr
			}
			if pr.firstTok < n.first {
				best = pr
			}
		}
		if best != nil && best != same {
			// of several named before, the one named last ("Bộ trưởng A
			// Giang. Nếu ông Giang ...": not a B Giang first named after A
			// but last named long before)
			if r := p.lastNamedBefore(n, sx); r != nil {
				best = r
			}
		}
		if best == nil && same != nil {
			best = same
		}
		if best == nil && bestAny != nil {
			best = bestAny
		}
		if best == nil && sameAny != nil {
			best = sameAny
		}
		if best == nil && (n.cue || n.kin) {
			best = p.familyFirst(n.first, sx, &ffText)
		}
		if best == nil {
			if !n.cue || len(n.pre)+len(n.post) == 0 && !p.foreignLike(n.first) && !n.kin {
				continue
			}
			full, ft := p.text[p.toks[n.first].Start:p.toks[n.first].End], n.first
			if f, l, ok := p.westernFull(n.first); ok {
				full, ft = p.text[p.toks[f].Start:p.toks[l].End], f // "Palme" after "Trung tâm Olof Palme"
			}
			best = p.personSlab.new()
			*best = person{full: full, key: foldName(full), given: p.toks[n.first].Key, firstTok: ft}
			addPerson(best)
		}
		n.person = best
	}
	p.mergeAliases()
	// count, then gather into slices of the right size
	nm, nt := 0, 0
	for _, n := range p.names {
		if n.person != nil && p.headB > 0 && (n.first >= p.headB || n.first < p.headA) {
			n.person.inBody = true
		}
		if n.person != nil {
			n.person.nMentions++
			n.person.nTitles += len(n.pre) + len(n.post)
			nm++
			nt += len(n.pre) + len(n.post)
		}
	}
	// one array for the mentions of all, one buffer for their titles: each
	// person's slice has its own length as capacity
	var spans []schema.Span
	if nm > 0 {
		spans = make([]schema.Span, 0, nm)
	}
	tb := p.titleBuf[:0]
	if cap(tb) < nt {
		tb = make([]*segment, 0, nt)
	}
	p.titleBuf = tb
	for _, n := range p.names {
		if n.person == nil {
			continue
		}
		if pr := n.person; pr.mentions == nil {
			a := len(spans)
			spans = spans[:a+pr.nMentions]
			pr.mentions = spans[a:a:len(spans)]
			if pr.nTitles > 0 {
				b := len(tb)
				tb = tb[:b+pr.nTitles]
				pr.titles = tb[b:b:len(tb)]
			}
		}
		n.person.mentions = append(n.person.mentions, schema.Span{Start: p.toks[n.first].Start, End: p.toks[n.last-1].End})
		if p.headB > 0 && n.first < p.headB && n.first >= p.headA && n.person.inBody {
			continue // the headline's wording of a post the body gives (its titles are the body's)
		}
		n.person.titles = append(n.person.titles, n.pre...)
		n.person.titles = append(n.person.titles, n.post...)
	}
	slices.SortStableFunc(p.people, func(a, b *person) int {
		return cmp.Compare(a.mentions[0].Start, b.mentions[0].Start)
	})
	p.completeOpen()
	p.thisOrg()
}

// lastNamedBefore returns the person of the last mention before the short
// mention n whose given name is n's, of a sex not contrary to sx (nil if
// none within 400 names back).
func (p *parser) lastNamedBefore(n *name, sx int8) *person {
	g := p.toks[n.first].Key
	j := sort.Search(len(p.names), func(i int) bool { return p.names[i].first >= n.first })
	for k := j - 1; k >= 0 && k >= j-400; k-- {
		pr := p.names[k].person
		if pr == nil || pr.given != g || sx != 0 && pr.sex == -sx {
			continue
		}
		return pr
	}
	return nil
}

// familyFirst returns the person a short mention after a form of address
// at token i names by the family name written first, as Chinese and Korean
// names are ("ông Tập" for Tập Cận Bình, "ông Choe" for Choe Ryong-hae):
// a name of two or more syllables opened by the word, not by a Vietnamese
// family name ("ông Lê" names no one) unless the given name is hyphenated
// ("cô Kim" for Kim Yo-jong). Of several, the one of the sex the form of
// address gives (sx), if it alone has it; a woman only where a mention
// says so; nil if none. A name opened by a Vietnamese family name
// qualifies too where the text names a country whose people are so
// referred to (data/familyfirst.txt: "ông Ngô" for Ngô Bang Quốc in a text
// on China); ff memoizes that test (0 not yet made, 1 yes, -1 no).
func (p *parser) familyFirst(i int, sx int8, ff *int8) *person {
	if len(p.people) > manyPeople {
		return nil
	}
	k := p.toks[i].Key
	var one, same *person
	nOne, nSame := 0, 0
	for _, pr := range p.people {
		f := pr.firstTok
		if pr.full == "" || p.toks[f].Key != k || !strings.Contains(pr.full, " ") {
			continue
		}
		if p.family(f) && !strings.Contains(pr.full, "-") {
			if *ff == 0 {
				*ff = p.familyFirstText()
			}
			if *ff < 0 {
				continue
			}
		}
		if sx != 0 && pr.sex == -sx || sx < 0 && pr.sex == 0 {
			continue // (a woman is one the text calls one: most named are men)
		}
		one, nOne = pr, nOne+1
		if sx != 0 && pr.sex == sx {
			same, nSame = pr, nSame+1
		}
	}
	switch {
	case nSame == 1:
		return same
	case nOne == 1:
		return one
	}
	return nil
}

// westernFull finds, for a one-word mention at token i spelled as no
// Vietnamese syllable is (latinShape 2: Palme, Duterte), the full Western
// name the text writes elsewhere ending in the same word, first names
// before it, as a name no person took (inside an eponym: "Trung tâm Quốc tế
// Olof Palme"): the first and last tokens of the first such name, and true
// if exactly one such full form is written.
func (p *parser) westernFull(i int) (first, last int, ok bool) {
	if p.latinShape(i) != 2 {
		return 0, 0, false
	}
	k := p.toks[i].Key
	var form string
	for j := 1; j < len(p.toks); j++ {
		if j == i || p.toks[j].Key != k || !p.upper(j) {
			continue
		}
		f := j
		for f > 0 && j-f < 3 && p.westernFirst(f-1) {
			f--
		}
		if f == j || p.relativeBefore(f) {
			continue
		}
		w := p.text[p.toks[f].Start:p.toks[j].End]
		switch {
		case form == "":
			form, first, last = w, f, j
		case w != form:
			return 0, 0, false // two different first names
		}
	}
	return first, last, form != ""
}

// relativesLex holds data/relatives.txt.
var relativesLex = plainLex("relatives.txt")

// relativeBefore reports whether a word for a relative of one or two
// words ends right before token f ("phu nhân Jill Biden").
func (p *parser) relativeBefore(f int) bool {
	for b := f - 2; b < f; b++ {
		if b < 0 || !p.word(b) || p.toks[b].Upper {
			continue
		}
		if m, ok := relativesLex.At(p.toks, b); ok && m.Last == f {
			return true
		}
	}
	return false
}

// westernFirst reports whether token g, written right before the token
// after it, may be a Western first name: a capitalized word of ASCII
// letters, not an abbreviation, a country ("Nga Putin") or a foreign
// organization ("Kremlin Dmitry Peskov"); one that could spell a Vietnamese
// syllable (Ron, Theo) not at a sentence's start ("Theo Yasay").
func (p *parser) westernFirst(g int) bool {
	if !p.toks[g+1].SpaceBefore || p.toks[g+1].LineBefore || !p.word(g) || !p.upper(g) || p.allCaps(g) {
		return false
	}
	w := p.text[p.toks[g].Start:p.toks[g].End]
	for k := 0; k < len(w); k++ {
		if w[k] >= utf8.RuneSelf {
			return false // "Bà Harris"
		}
	}
	sh := p.latinShape(g)
	if sh == 0 || sh == 1 && (g == 0 || p.toks[g].LineBefore || p.punAny(g-1, ".:!?\"(")) {
		return false
	}
	if p.mask[g]&bCountry != 0 {
		if m, ok := p.d.country.At(p.toks, g); ok && m.Last == g+1 {
			return false
		}
	}
	if m, ok := foreignWords.orgs.At(p.toks, g); ok && m.Last == g+1 {
		return false
	}
	return true
}

// familyFirstLex holds data/familyfirst.txt: countries whose people are
// referred to by the family name written first.
var familyFirstLex = plainLex("familyfirst.txt")

// familyFirstText returns 1 if the text names a country of
// data/familyfirst.txt, else -1 (one pass testing the country bit first).
func (p *parser) familyFirstText() int8 {
	for j := range p.toks {
		if p.mask[j]&bCountry == 0 {
			continue
		}
		if _, ok := familyFirstLex.At(p.toks, j); ok {
			return 1
		}
	}
	return -1
}

// sexOf returns the sex a mention gives its person: female for a middle
// name Thị, else that of the form of address before it (sexBefore).
func (p *parser) sexOf(n *name) int8 {
	for k := n.first + 1; k < n.last-1; k++ {
		if p.toks[k].Key == "thi5" {
			return -1
		}
	}
	return p.sexBefore(n.first)
}

// sexBefore returns 1 after a male form of address right before token i
// (ông, anh), -1 after a female one (bà, chị, cô), else 0.
func (p *parser) sexBefore(i int) int8 {
	if i < 1 || !p.word(i-1) {
		return 0
	}
	t := &p.toks[i-1]
	switch t.Key {
	case "ông":
		return 1
	case "ba2":
		return -1
	case "anh":
		if !t.Upper {
			return 1
		}
	case "chi5", "cô":
		if !t.Upper {
			return -1
		}
	}
	return 0
}

// redactedAt reports whether word k is a bare initial closing a name: one
// or two letters, capitalized, no vowel ("T", "Th", "Tr", "Đ"), the way
// news cuts the names of victims and suspects.
func (p *parser) redactedAt(k int) bool {
	if !p.upper(k) {
		return false
	}
	w := p.text[p.toks[k].Start:p.toks[k].End]
	if len(w) > 3 {
		return false
	}
	n := 0
	for _, r := range w {
		n++
		if n > 2 || !strings.ContainsRune("BCDĐGHKLMNPQRSTVXhgr", r) || n == 2 && r != 'h' && r != 'r' && r != 'g' {
			return false
		}
	}
	return true
}

// mergeAliases makes a person named by two syllables that are not a
// family name and end exactly one longer full name of the text ("NSND Xuân
// Bắc" before "Nguyễn Xuân Bắc") one with that person: a short form may
// come before the full name (a headline, a dek), where lastWithSuffix,
// which looks back, does not find it.
func (p *parser) mergeAliases() {
	if len(p.people) < 2 {
		return
	}
	drop := p.mergeCut()
	for _, pr := range p.people {
		if pr.key == "" || strings.Count(pr.key, " ") != 1 {
			continue
		}
		if p.d.nicknames[p.key(pr.firstTok)] && !p.family(pr.firstTok) {
			if full := p.nicknameOf(pr); full != nil {
				p.mergeInto(pr, full)
				drop++
				continue
			}
		}
		if p.family(pr.firstTok) {
			continue
		}
		var full *person
		for _, q := range p.people {
			if q != pr && strings.Count(q.key, " ") >= 2 && strings.HasSuffix(q.key, " "+pr.key) {
				if full != nil && full != q {
					full = nil // two people end so: which one is unknown
					break
				}
				full = q
			}
		}
		if full == nil {
			continue
		}
		p.mergeInto(pr, full)
		drop++
	}
	if drop > 0 {
		p.people = slices.DeleteFunc(p.people, func(pr *person) bool { return pr.key == "" })
	}
}

// mergeInto makes every mention of pr one of into and marks pr merged
// (its key emptied; the caller drops it from p.people).
func (p *parser) mergeInto(pr, into *person) {
	for _, n := range p.names {
		if n.person == pr {
			n.person = into
		}
	}
	pr.key = ""
}

// mergeCut merges a name cut before its last syllable written in lower
// case ("Nguyễn Thị Quyết tâm") into the person named with it in full
// ("Nguyễn Thị Quyết Tâm", "Nguyễn Xuân phúc"): the word after a mention is
// the given name of a person whose name is the mention's and that word. It
// returns the number of people merged (their key emptied).
func (p *parser) mergeCut() int {
	long, longer := false, false // a name of three syllables or more; of four or more
	for _, pr := range p.people {
		if c := strings.Count(pr.key, " "); c >= 3 {
			long, longer = true, true
			break
		} else if c == 2 {
			long = true
		}
	}
	if !long {
		return 0
	}
	drop := 0
	for _, n := range p.names {
		pr, t := n.person, n.last
		if pr == nil || pr.key == "" || n.last-n.first < 2 || !p.word(t) || p.toks[t].Upper || !p.toks[t].SpaceBefore {
			continue
		}
		if n.last-n.first == 2 && !p.family(n.first) || n.last-n.first > 2 && !longer {
			continue // (two syllables cut: a family name and a middle name)
		}
		for _, q := range p.withGiven(p.toks[t].Key) {
			if q == pr || q.key == "" || q.given != p.toks[t].Key || len(q.key) <= len(pr.key)+1 || q.key[len(pr.key)] != ' ' || !strings.HasPrefix(q.key, pr.key) || strings.Contains(q.key[len(pr.key)+1:], " ") {
				continue
			}
			p.mergeInto(pr, q)
			drop++
			break
		}
	}
	return drop
}

// nicknameOf returns the person a two-syllable alias opening with a
// birth-order word (data/nicknames.txt) names: the person whose name of
// three syllables or more is written right before the alias's first mention
// in brackets somewhere ("Nguyễn Văn Tàu (Tư Cang - ...)"), else the one such person
// whose given name is the alias's second syllable ("Lê Quang Thành" ...
// "ông Tư Thành"), else nil.
func (p *parser) nicknameOf(pr *person) *person {
	f := pr.firstTok
	for _, n := range p.names {
		if b := n.last; p.pun(b, '(') && b+2 < len(p.toks) && p.toks[b+1].Key == p.toks[f].Key && p.toks[b+2].Key == p.toks[f+1].Key && !p.upper(b+3) && n.person != nil && n.person != pr && strings.Count(n.person.key, " ") >= 2 {
			return n.person
		}
	}
	given := p.toks[f+1].Key // with its tone: Thành is not Thanh
	var full *person
	for _, q := range p.people {
		if q == pr || q.key == "" || strings.Count(q.key, " ") < 2 || q.given != given {
			continue
		}
		if full != nil {
			return nil // two people of that given name
		}
		full = q
	}
	return full
}

// thisOrg names the organization of a title written "<role> <head> này"
// ("ông Đạt, Giám đốc Sở này"): the organization with that head named last
// before it in the paragraph ("Sở Xây dựng").
func (p *parser) thisOrg() {
	for _, s := range p.segs {
		if s.orgLast != s.roleLast+1 || s.extraOrg != "" || p.key(s.orgLast) != "nay2" || !p.toks[s.roleLast].Upper {
			continue
		}
		h := s.roleLast
		for j := h - 1; j >= 0 && j >= h-80; j-- {
			if p.toks[j+1].LineBefore {
				break
			}
			if p.toks[j].Key != p.toks[h].Key || !p.toks[j].Upper || !p.upper(j+1) {
				continue
			}
			if end, _, _, _ := p.parseOrg(j); end > j+1 && end <= h {
				s.extraOrg = p.text[p.toks[j+1].Start:p.toks[end-1].End]
			}
			break
		}
	}
}

// completeOpen gives a title whose organization waits for a place ("Bí thư
// Thành ủy", "Trưởng Công an huyện") the place of the fuller mention of the
// same title elsewhere in the text ("Bí thư Thành ủy Hà Nội" in the
// headline), when that mention is held by nobody else and names one place.
func (p *parser) completeOpen() {
	open := false
	for _, pr := range p.people {
		for _, c := range pr.titles {
			open = open || c.openPlace && c.placeText == "" && c.extraOrg == ""
		}
	}
	if !open {
		return
	}
	for _, pr := range p.people {
		for _, c := range pr.titles {
			c.holder = pr
		}
	}
	// the segments naming a place (the first 256: linear time in long texts)
	var placed []*segment
	for _, d := range p.segs {
		if d.placeText != "" && len(placed) < 256 {
			placed = append(placed, d)
		}
	}
	for _, pr := range p.people {
		for _, c := range pr.titles {
			if !c.openPlace || c.placeText != "" || c.extraOrg != "" || c.former || p.tf[c.orgLast]&fPlaceEnd == 0 {
				continue // (only a title ending with its place head: not "Quận ủy quận 1")
			}
			n := c.orgLast - c.roleFirst
			place := ""
			for _, d := range placed {
				if d == c || p.toks[d.roleFirst].Key != p.toks[c.roleFirst].Key || d.orgLast-d.roleFirst <= n || d.holder != nil && d.holder != pr {
					continue
				}
				same := true
				for i := 0; i < n && same; i++ {
					same = p.toks[c.roleFirst+i].Key == p.toks[d.roleFirst+i].Key
				}
				if !same || !strings.HasPrefix(p.text[p.toks[d.roleFirst+n].Start:], d.placeText) {
					continue
				}
				if place != "" && place != d.placeText {
					place = ""
					break
				}
				place = d.placeText
			}
			if place != "" {
				c.extraOrg, c.extraIsPlace = place, true
			}
		}
	}
}

// kwUyQuyen, kwUyQuyenCua: "(thừa, theo) ủy quyền (của)" before the
// principal's title (see principalBefore).
var (
	kwUyQuyen    = phraseKeys("ủy quyền")
	kwUyQuyenCua = phraseKeys("ủy quyền của")
	kwDonVi      = phraseKeys("đơn vị")
)

// principalBefore reports whether the title at token f follows "ủy quyền
// (của)": it names the one on whose behalf the next person acts.
func (p *parser) principalBefore(f int) bool {
	return f >= 3 && p.phraseAt(f-3, kwUyQuyenCua) || f >= 2 && p.phraseAt(f-2, kwUyQuyen)
}

// organEndsAt reports whether a whole organ name of data/organs.tsv, of
// two tokens or more, ends right before token i.
func (p *parser) organEndsAt(i int) bool {
	for j := i - 2; j >= 0 && j >= i-8; j-- {
		if p.mask[j]&bOrgans == 0 {
			continue
		}
		if m, ok := atOrgan(p, j); ok && m.Last == i {
			return true
		}
	}
	return false
}

// eponymHeadBefore reports whether an organization head (not a whole organ
// and not the end of a role: "Trưởng Ban", "Ban Bí thư") ends right before
// token i: a name of two syllables there is the body's own ("Bệnh viện
// Bạch Mai").
func (p *parser) eponymHeadBefore(i int) bool {
	if i == 0 || p.toks[i].LineBefore || !p.word(i-1) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if p.mask[j]&bOrgHeads == 0 {
			continue
		}
		if m, ok := p.orgHeadAt(j); ok && m.Last == i && m.Value == orgPlain && p.toks[j].Upper {
			return !p.organEndsAt(i) && !p.roleEndsAt(i)
		}
	}
	return false
}

// roleEndsAt reports whether a role of data/roles.txt ends right before
// token i ("Bộ Trưởng", "Phó Chủ Tịch" written in title case): a name may
// start at i.
func (p *parser) roleEndsAt(i int) bool {
	for r := i - 1; r >= 0 && r >= i-5; r-- {
		if !p.may(r, bRoles) {
			continue
		}
		if m, ok := atRole(p, r); ok && m.Last == i {
			return true
		}
	}
	return false
}

// sectorEndsAt reports whether a capitalized sector of data/sectors.txt
// ends right before token i, after a role or an organization head
// ("Bộ trưởng Công Thương", "Sở Công Thương"): the organization, so a name
// may start at i.
func (p *parser) sectorEndsAt(i int) bool {
	for j := i - 1; j > 0 && j >= i-6; j-- {
		if !p.may(j, bSector) {
			continue
		}
		if m, ok := p.d.sectors.At(p.toks, j); !ok || m.Last != i {
			continue
		}
		if p.headEndsAt(j) {
			return true
		}
		for r := j - 1; r >= 0 && r >= j-4; r-- {
			if m, ok := atRole(p, r); ok && m.Last == j {
				return true
			}
		}
	}
	return false
}

// lastWithSuffix returns the person added last whose key ends with the
// words s (a space and the words: " van a", " a").
func (p *parser) lastWithSuffix(s []byte) *person {
	if len(p.people) > manyPeople {
		p.indexPeople()
		return p.bySuffix[string(s)]
	}
	for i := len(p.people) - 1; i >= 0; i-- {
		if k := p.people[i].key; len(k) >= len(s) && k[len(k)-len(s):] == string(s) {
			return p.people[i]
		}
	}
	return nil
}

// writtenAs returns the person first written as full, if there are few
// people (nil otherwise: the caller folds the name).
func (p *parser) writtenAs(full string) *person {
	if len(p.people) > manyPeople {
		return nil
	}
	for _, pr := range p.people {
		if pr.full == full {
			return pr
		}
	}
	return nil
}

// withGiven returns the people, in the order they were added, among whom
// are all those with the given name g.
func (p *parser) withGiven(g string) []*person {
	if len(p.people) > manyPeople {
		p.indexPeople()
		return p.byGiven[g]
	}
	return p.people
}

// manyPeople is the number of people above which lastWithSuffix and
// withGiven look people up in maps rather than scan them (the time stays
// linear in long texts; a variable for the tests).
var manyPeople = 48

// indexPeople adds the people added since its last call to bySuffix (every
// word suffix of a key: " van a", " a", to the last person with it) and
// byGiven.
func (p *parser) indexPeople() {
	if p.bySuffix == nil {
		p.bySuffix, p.byGiven = map[string]*person{}, map[string][]*person{}
	}
	for _, pr := range p.people[p.indexed:] {
		for i := 0; i < len(pr.key); i++ {
			if pr.key[i] == ' ' {
				p.bySuffix[pr.key[i:]] = pr
			}
		}
		p.byGiven[pr.given] = append(p.byGiven[pr.given], pr)
	}
	p.indexed = len(p.people)
}

// lists handles names in lists: "các ông: A, B, C", "T1, T2: A, B" (the
// titles before the colon go to every name of the list) and accepts weak
// candidates listed next to accepted ones.
func (p *parser) lists() {
	var prev *name
	var shared []*segment
	var sharedSep byte // the punctuation between the first two items sharing it
	var group []*name  // names after a plural cue, none with titles yet
	for _, n := range p.names {
		linked := false
		if prev != nil {
			k := prev.chainEnd
			if p.punAny(k, ",;") || p.key(k) == "va2" {
				k++
			}
			if p.key(k) == "va2" || p.key(k) == "cac1" && p.key(k+1) == "ông" {
				k++
			}
			start := n.first
			if len(n.pre) > 0 {
				start = n.pre[0].first
			}
			if k < start && k < len(p.mask) && p.mask[k]&bCues != 0 && p.key(k-1) != "cac1" {
				// ("; các ông C": a new list)
				// "ông A, ông B": a form of address before each name;
				// "Thượng tướng A, T1; Thượng tướng B, T2": a rank
				if m, ok := p.cueAt(k); ok && (m.Value == cueHonorific && m.Last == start || m.Value == cueRank && p.skipCues(k) == start) {
					k = start
				}
			}
			linked = k == start && k > prev.chainEnd
			if linked && len(shared) > 0 {
				// "các đồng chí T: T1 A, T2 B; T3 C": commas part the first
				// items, a semicolon then opens another group (not in "T:
				// A, T1; B, T2", where semicolons part every item)
				sep := p.pc[prev.chainEnd]
				if sharedSep == 0 {
					sharedSep = sep
				} else if sep == ';' && sharedSep == ',' {
					shared = nil
				}
			}
		}
		if !linked {
			shared = nil
		}
		if len(shared) == 0 {
			sharedSep = 0
		}
		f := n.first
		if len(n.pre) > 0 {
			f = n.pre[0].first
		}
		if c := p.honorificBefore(f); c >= 0 {
			f = c // "T gồm: ông A, ông B"
		} else if p.colonNear(f) {
			if c := p.rankBefore(f); c >= 0 {
				f = c // "các đồng chí T: Thượng tướng A, T1; Thượng tướng B, T2"
			}
		}
		if f > 0 && p.pun(f-1, ':') {
			e := f - 1
			if e > 0 && p.toks[e-1].Key == "gôm2" {
				e-- // "các phó bí thư gồm: A, B"
			}
			if s := p.segEndAt(e); s != nil {
				var chain []*segment
				for c := s; c != nil; c = c.prev {
					chain = append([]*segment{c}, chain...)
				}
				if !p.boardOf(chain) {
					shared = chain
					p.markGroup(chain)
				}
			}
		}
		if len(shared) == 0 && len(n.pre) > 0 && f == n.pre[0].first && f > 1 && (p.pun(f-1, ';') || p.key(f-1) == "va2") {
			// "Các thành viên Ban X gồm: T1; T2 A; T3 B": the items, each
			// a title and a name, are members of the group named before
			// "gồm:", whatever item opened the list (its chain goes after
			// the name's own: the name's clause is still the item's)
			if h := p.listHead(f - 1); len(h) > 0 && !slices.Contains(n.pre, h[0]) {
				n.pre = append(n.pre[:len(n.pre):len(n.pre)], h...)
			}
		}
		if len(n.pre) > 0 && n.pre[0].first > 0 && p.key(n.pre[0].first-1) == "cac1" {
			shared = n.pre // "các phó Chủ tịch Quốc hội A, B, C"
			p.markGroup(shared)
		}
		if linked && !n.strong && len(n.pre)+len(n.post) == 0 && (prev.strong || prev.cue || len(prev.pre)+len(prev.post) > 0) {
			n.strong = true
		}
		if len(shared) > 0 && (len(n.pre) == 0 || n.pre[0] != shared[0]) {
			n.pre = append(append([]*segment{}, shared...), n.pre...)
			n.strong = true
		}
		if linked && n.cue == false && prev.cue {
			n.cue = true
		}
		// "các ông A, B, T1, T2": names listed after a plural cue with no
		// titles of their own share the titles after the last one
		switch {
		case p.pluralCueBefore(n.first):
			group = append(group[:0], n)
		case len(group) > 0 && linked && prev == group[len(group)-1] && len(prev.post) == 0 && len(prev.pre) == 0 && prev.chainEnd == prev.last && p.pc[prev.chainEnd] != ';':
			// (a semicolon closes an item: "các ông: A; B (T1, T2)" gives
			// T1, T2 to B alone)
			group = append(group, n)
		default:
			group = group[:0]
		}
		if len(group) > 1 && len(n.post) > 0 && len(n.pre) == 0 {
			for _, g := range group[:len(group)-1] {
				g.post = append(g.post[:len(g.post):len(g.post)], n.post...)
			}
		}
		if len(n.post) > 0 || len(n.pre) > 0 {
			group = group[:0]
		}
		prev = n
	}
}

// kwDangVien: "đảng viên" (a party member), a noun, not the Party.
var kwDangVien = phraseKeys("đảng viên")

// kwThuongTruc: the weak role "Thường trực" (see boardOf).
var kwThuongTruc = phraseKeys("thường trực")

// boardOf reports whether a chain before a list's colon is only "Thường
// trực" and a body ("các đồng chí Thường trực Tỉnh ủy: A, T1; B, T2"): it
// names the standing board the people listed sit on with their own posts,
// a body and no title of theirs.
func (p *parser) boardOf(chain []*segment) bool {
	if len(chain) != 1 {
		return false
	}
	s := chain[0]
	return s.weak && s.orgLast > s.roleLast && s.roleLast-s.roleFirst == len(kwThuongTruc) && p.endsWith(s.roleFirst, s.roleLast, kwThuongTruc)
}

// countedAt reports whether a count or "các"/"những" stands right before
// the segment starting at token f ("hai Thủ tướng", "các Bộ trưởng"): the
// role is plural.
func (p *parser) countedAt(f int) bool {
	q := f - 1
	if q < 0 || p.toks[f].LineBefore {
		return false
	}
	return p.toks[q].Kind == token.Number || p.word(q) && !p.toks[q].Upper && (p.key(q) == "cac1" || p.key(q) == "nhưng4" || p.d.counts[p.key(q)])
}

// markGroup marks a chain that is one bare role after "các" or a count
// ("các phó chủ nhiệm: A và B", "5 thứ trưởng, gồm các ông: A; B") as a
// group title: its members hold it as written, lower case too.
func (p *parser) markGroup(chain []*segment) {
	if len(chain) != 1 {
		return
	}
	s := chain[0]
	if s.orgLast != s.roleLast || s.weak || s.first < 1 {
		return
	}
	q := s.first - 1
	if p.toks[q].Kind == token.Number || p.word(q) && (p.key(q) == "cac1" || p.d.counts[p.key(q)]) {
		s.group = true
	}
}

// copula gives a name the title that a clause opens with before "là":
// "Phó Trưởng Ban là Bộ trưởng Bộ X Nguyễn Văn A", "Chủ tịch HĐQT là ông
// B". The title stands alone (no chain before or after it, not the post of
// a name before it, no count or "các" before it: "hai phó ban là A và B"
// is a list of holders), and a bare role is kept as written: the body is
// the one the text has just named.
func (p *parser) copula() {
	for _, n := range p.names {
		f := n.first
		if len(n.pre) > 0 {
			f = n.pre[0].first
		}
		if f < 2 || !p.isLa(f-1) && !p.isLa(f-2) && (f < 3 || !p.isLa(f-3)) {
			continue // no "là" before the name or its form of address (most names)
		}
		if c := p.honorificBefore(f); c >= 0 {
			f = c
		} else if f < len(p.toks) && !p.toks[f].Upper {
			continue // ("Thủ tướng Chính là trưởng ban, Phó Thủ tướng A": a lower-case post after là is Chính's)
		}
		if f < 2 || p.toks[f-1].Key != "la2" || !p.word(f-1) {
			continue
		}
		s := p.segEndAt(f - 1)
		if s == nil {
			// "Chủ tịch FLC đương nhiệm là ông A", "Trưởng ban hiện là
			// B": an adverb of time between the title and là
			s = p.segEndAt(f - 1 - p.nowAdverbBefore(f-1))
		}
		if s == nil {
			// "Chủ tịch nước thứ hai của Việt Nam là ông A": an ordinal
			// ranks the holder among those of the post, no part of it
			if n := p.ordinalBefore(f - 1); n > 0 {
				s = p.segEndAt(f - 1 - n)
			}
		}
		if s == nil || s.prev != nil || s.next != nil || s.taken || s.object || s.former || !p.toks[s.roleFirst].Upper || slices.Contains(n.pre, s) {
			continue
		}
		if b := s.first - 1; b >= 0 && !(p.pc[b] == ',' || p.sentEnd(b) || p.toks[s.first].LineBefore) {
			continue // (the clause opens with the title)
		}
		if s.orgLast == s.roleLast {
			s.full = true
		}
		s.taken = true
		n.pre = append(n.pre[:len(n.pre):len(n.pre)], s)
	}
}

// kwOrdinal: the ordinal numerals after "thứ" ("thứ hai", "thứ 5"), and
// the ordinals of their own ("đầu tiên", "cuối cùng").
var (
	kwThu      = phraseKeys("thứ")
	kwCuaOrd   = phraseKeys("của")
	kwOrdWords = map[string]bool{}
	kwOrdFirst = [][]string{phraseKeys("đầu tiên"), phraseKeys("cuối cùng")}
)

func init() {
	for _, w := range []string{"nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"} {
		kwOrdWords[phraseKeys(w)[0]] = true
	}
}

// ordinalBefore returns the length of an ordinal ending right before token
// i, in lower case, with the body or country it ranks in after "của"
// ("thứ hai của Việt Nam", "thứ 5", "đầu tiên của Tỉnh"), or 0.
func (p *parser) ordinalBefore(i int) int {
	a := i
	for k := i - 1; k > 0 && k >= i-4; k-- {
		if !p.upper(k) || !p.toks[k].SpaceBefore {
			if k < i-1 && p.word(k) && !p.toks[k].Upper && p.phraseAt(k, kwCuaOrd) {
				a = k
			}
			break
		}
	}
	if a < 3 {
		return 0
	}
	for _, ks := range kwOrdFirst {
		if b := a - len(ks); p.word(b) && !p.toks[b].Upper && p.phraseAt(b, ks) {
			return i - b
		}
	}
	b := a - 2
	if !p.word(b) || p.toks[b].Upper || !p.phraseAt(b, kwThu) {
		return 0
	}
	if p.toks[a-1].Kind == token.Number || p.word(a-1) && !p.toks[a-1].Upper && kwOrdWords[p.key(a-1)] {
		return i - b
	}
	return 0
}

// kwNow: adverbs of the present time between a title and "là" ("hiện",
// "hiện nay", "hiện tại", "đương nhiệm").
var kwNow = [][]string{phraseKeys("hiện nay"), phraseKeys("hiện tại"), phraseKeys("đương nhiệm"), phraseKeys("hiện")}

// nowAdverbBefore returns the length of an adverb of kwNow ending right
// before token i, in lower case, or 0.
func (p *parser) nowAdverbBefore(i int) int {
	for _, ks := range kwNow {
		a := i - len(ks)
		if a > 0 && p.word(a) && !p.toks[a].Upper && p.phraseAt(a, ks) {
			return len(ks)
		}
	}
	return 0
}

// honorAppos gives a name the title written right before its form of
// address or a term qualifier ("Chủ tịch Quốc hội khóa XII A"; the term is
// no part of the title), with no comma: "Dự kiến, Viện trưởng Viện Kiểm sát nhân dân tối
// cao ông A sẽ thay thế", "gặp Giám đốc Sở Y tế bà B": the title and the
// name are one noun phrase in apposition, whatever the clause (a verb
// between them, "Bí thư đề nghị ông A", ends the title before "ông").
// Capitalized roles only, in a chain no other name has taken.
func (p *parser) honorAppos() {
	for _, n := range p.names {
		if len(n.pre) > 0 || n.first < 2 {
			continue
		}
		// the segment ends at the form of address, or at the name after a
		// term ("Chủ tịch Quốc hội khóa XII A": the segment holds the term)
		c := p.honorificBefore(n.first)
		if c < 0 {
			c = n.first
		} else if c < 1 || p.toks[c].Upper {
			continue // ("Ông" opening a sentence)
		}
		s := p.segEndAt(c)
		if s == nil || s.next != nil || s.taken || s.object || s.preOf || p.nameAt[s.orgLast] > 0 || s.orgLast != c && p.skipQualifier(s.orgLast) != c {
			continue
		}
		head := s
		for head.prev != nil {
			head = head.prev
		}
		ok := true
		for q := head; q != nil; q = q.next {
			if q.taken || q.object || !p.toks[q.roleFirst].Upper {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for q := head; q != nil; q = q.next {
			q.taken = true
			n.pre = append(n.pre[:len(n.pre):len(n.pre)], q)
		}
	}
}

// laHash is the key hash of "là" (copula).
var laHash = token.KeyHash("la2")

// isLa reports whether token i is "là", by its key's hash first.
func (p *parser) isLa(i int) bool {
	t := &p.toks[i]
	if t.Hash != 0 && t.Hash != laHash {
		return false
	}
	return t.Key == "la2"
}

// listHead returns the title chain that opens the list whose item ends
// at the separator j ("Các thành viên Ban X gồm: T1; T2 A; T3 B"): the
// chain right before "gồm:" ("gồm có:") of the sentence, its items
// separated by semicolons; nil if none.
func (p *parser) listHead(j int) []*segment {
	// the nearest colon first (most lists have none, or no "gồm" before it)
	c := bytes.LastIndexByte(p.pc[max(0, j-160):j], ':')
	if c < 0 {
		return nil
	}
	c += max(0, j-160)
	if c < 2 || p.toks[c-1].Key != "gôm2" && (p.toks[c-1].Key != "co1" || p.toks[c-2].Key != "gôm2") {
		return nil
	}
	for k := j - 1; k > 0 && k > j-160; k-- {
		if p.sentEnd(k) || p.toks[k+1].LineBefore {
			return nil
		}
		switch p.pc[k] {
		case ',', '(', ')':
			continue
		case ':':
			e := k
			if p.key(e-1) == "co1" && p.key(e-2) == "gôm2" {
				e--
			}
			if p.key(e-1) != "gôm2" {
				return nil // (not "các đồng chí T1, T2: A, B; T3 C": T1, T2 are the first group's)
			}
			s := p.segEndAt(e - 1)
			if s == nil || s.orgLast == s.roleLast || p.nameAt[s.first] > 0 {
				return nil // (a role alone: "Trưởng ban gồm: ...")
			}
			var chain []*segment
			for c := s; c != nil; c = c.prev {
				chain = append([]*segment{c}, chain...)
			}
			return chain
		}
		if p.pc[k] != 0 && p.pc[k] != ';' && p.pc[k] != '-' && p.pc[k] != '.' && p.pc[k] != '/' {
			return nil
		}
	}
	return nil
}

// dashNear reports whether a dash is two or three tokens before i (before
// a form of address of one or two words).
func (p *parser) dashNear(i int) bool {
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if p.pc[j] == '-' || p.isPunct(j, "–") {
			return true
		}
	}
	return false
}

// commaNear reports whether a comma is two or three tokens before i
// (before a form of address of one or two words).
func (p *parser) commaNear(i int) bool {
	for j := i - 2; j >= 0 && j >= i-3; j-- {
		if p.pc[j] == ',' {
			return true
		}
	}
	return false
}

// colonNear reports whether a colon is among the four tokens before i (a
// rank between it and the name is then worth looking for).
func (p *parser) colonNear(i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if p.pc[j] == ':' {
			return true
		}
	}
	return false
}

// roleQualAt returns the end of a word extending a role (data/rolequal.txt)
// at token k: a lower-case word, or one capitalized on its first syllable.
func (p *parser) roleQualAt(k int) (int, bool) {
	if !p.word(k) || p.toks[k].Upper && (k+1 >= len(p.toks) || p.toks[k+1].Upper) {
		return k, false // (capitalized in sentence case too: "Phụ trách Ban X")
	}
	m, ok := p.d.roleQual.At(p.toks, k)
	return m.Last, ok
}

// rankBefore returns the first token of a rank (with its abbreviation
// dot: "Thượng tướng", "Đại tá", "TS.") ending right before token i, or -1.
func (p *parser) rankBefore(i int) int {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if p.mask[j]&bCues == 0 {
			continue
		}
		if m, ok := p.cueAt(j); ok && m.Value == cueRank && p.skipCues(j) == i {
			return j
		}
	}
	return -1
}

// honorificBefore returns the first token of a form of address (ông, bà,
// đồng chí) ending right before token i, or -1.
func (p *parser) honorificBefore(i int) int {
	if i < 1 || i > len(p.toks) || !p.d.honorLast.HasToken(&p.toks[i-1]) {
		return -1 // (no form of address ends with the word before i)
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if p.mask[j]&bCues == 0 {
			continue
		}
		if m, ok := p.cueAt(j); ok && m.Value == cueHonorific && m.Last == i {
			return j
		}
	}
	return -1
}

// shareAppointment gives the post s, which the name n takes after its own
// chain ("B, T2, giữ chức T3"), to the names listed before n after a plural
// cue: "phê chuẩn các ông A, T1 và ông B, T2, giữ chức T3" gives T3 to A
// as well.
func (p *parser) shareAppointment(n *name, s *segment) {
	var list [8]*name
	l := 0
	cur := n
	for l < len(list) {
		f := cur.first
		if cur != n && p.pluralCueBefore(f) {
			for _, m := range list[:l] {
				m.post = append(m.post, s)
			}
			return
		}
		if h := p.honorificBefore(f); h > 0 {
			f = h
		}
		sep := f - 1
		if sep < 1 || !(p.key(sep) == "va2" || p.punAny(sep, ",;")) || p.toks[f].LineBefore {
			return
		}
		i := p.nameAt[cur.first] - 1
		if i < 1 {
			return
		}
		m := p.names[i-1]
		if !(m.chainEnd == sep || m.chainEnd == f && p.punAny(sep, ",;") || len(m.post) == 0 && m.last == sep) {
			return
		}
		list[l] = m
		l++
		cur = m
	}
}

// pluralCueBefore reports whether a plural cue ends right before token i
// (a colon allowed): "các ông", "hai bà", "các đồng chí".
func (p *parser) pluralCueBefore(i int) bool {
	j := i - 1
	if p.pun(j, ':') {
		j--
	}
	switch {
	case j < 1 || j >= len(p.toks):
		return false
	case p.mask[j]&bCues != 0 && (p.toks[j].Key == "ông" || p.toks[j].Key == "ba2"):
		j--
	case p.mask[j-1]&bCues != 0 && p.toks[j].Key == "chi1" && p.toks[j-1].Key == "đông2":
		j -= 2
	default:
		return false
	}
	return j >= 0 && p.word(j) && (p.key(j) == "cac1" || p.d.counts[p.key(j)])
}

// attendList reports whether the sentence of token i opens an attendee
// list before it: an attendance word, then "có" ("Dự hội nghị có đồng chí
// A", "Tham dự có ..."): the items after a semicolon are other attendees.
func (p *parser) attendList(i int) bool {
	co := false
	for j := i - 1; j >= 0 && j >= i-15; j-- {
		if p.sentEnd(j) || p.toks[j+1].LineBefore && j+1 < i {
			return false
		}
		if p.toks[j].Key == kwCo[0] {
			co = true
			continue
		}
		if co && p.mask[j]&bPart != 0 && (p.phraseAt(j, kwDu) || p.phraseAt(j, kwThamDu) || p.phraseAt(j, kwCungDu) || p.phraseAt(j, kwDenDu) || p.phraseAt(j, kwToiDu)) {
			return true
		}
	}
	return false
}

// groupAt reports whether a plural form of address starts at token k
// ("các đồng chí", "các ông"): a new group of people in a list.
func (p *parser) groupAt(k int) bool {
	if p.key(k) != "cac1" || !p.may(k+1, bCues) {
		return false
	}
	m, ok := p.d.cues.At(p.toks, k+1)
	return ok && m.Value == cueHonorific
}

// passiveAgent reports whether name n is the agent of a passive: "được"
// right before it or before its title chain or form of address ("A được
// Chủ tịch UBND tỉnh B bổ nhiệm", "được ông B trao quyết định").
func (p *parser) passiveAgent(n *name) bool {
	f := n.first
	if len(n.pre) > 0 {
		f = n.pre[0].first
	} else if h := p.honorificBefore(f); h > 0 {
		f = h
	}
	return f > 0 && p.word(f-1) && p.key(f-1) == "đươc5"
}

// agentAt reports whether the name starting at token k is the agent of a
// passive (passiveAgent).
func (p *parser) agentAt(k int) bool {
	n := p.nameStartingAt(k)
	return n != nil && p.passiveAgent(n)
}

// unitDot reports whether the dot at token k closes a unit abbreviation
// before a place in title case ("TP. HCM", "Q. Bình Thạnh"), not the
// sentence.
func (p *parser) unitDot(k int) bool {
	return k > 0 && p.pun(k, '.') && p.word(k-1) && p.upper(k+1) && !p.toks[k+1].LineBefore && p.d.abbrev[p.key(k-1)]
}

// nameStartingAt is the name candidate starting at token k, or nil.
func (p *parser) nameStartingAt(k int) *name {
	if k < 0 || k >= len(p.nameAt) || p.nameAt[k] == 0 {
		return nil
	}
	return p.names[p.nameAt[k]-1]
}

// agentEnd is the last token of the agent name starting at k and of the
// title chain after it.
func (p *parser) agentEnd(k int) int {
	if n := p.nameStartingAt(k); n != nil {
		return max(n.chainEnd, n.last) - 1
	}
	return k
}

// goesToPost reports whether "về" at token k opens a move to a post ("được
// điều động về làm T", "về giữ chức T", "về đảm nhiệm T", "về cơ sở, làm
// T"), not a topic.
func (p *parser) goesToPost(k int) bool {
	if p.key(k) != "vê2" {
		return false
	}
	// "về làm T", or "về" and a short place before it: "về cơ sở, làm T",
	// "về tỉnh Long An làm T"
	for j := k + 1; j < len(p.toks) && j <= k+6; j++ {
		switch p.key(j) {
		case "lam2":
			return true
		case "giư4", "đam3":
			return p.key(j+1) == "chưc1" || p.key(j+1) == "nhiêm5" || p.key(j+1) == "nhân5"
		}
		if !p.word(j) && !p.pun(j, ',') || p.nameAt[j] > 0 || p.toks[j].LineBefore {
			return false
		}
	}
	return false
}

// ofOtherKeys are the keys of ofOther (bOther).
var ofOtherKeys = [...]string{"ky1", "cua3", "vê2"}

// ofOther reports whether a key is "của", "về" or "kỳ": a title after it
// is another's, or a term's (introduced).
func ofOther(k string) bool {
	switch len(k) {
	case 3:
		return k == "ky1"
	case 4:
		return k == "cua3" || k == "vê2"
	}
	return false
}

// introduced attaches titles given later in the sentence of a mention:
// "X là T", "X được bầu làm T", "X đảm nhiệm các chức vụ: T1, T2; T3". A
// sentence opening with "Ông"/"Bà" and no name refers to the last person named.
func (p *parser) introduced() {
	// the names stop the reading of a sentence too (setStops)
	stops := p.sets[setStops*p.setW : (setStops+1)*p.setW]
	for _, n := range p.names {
		stops[n.first>>6] |= 1 << (n.first & 63)
	}
	next := 0 // index of the next name candidate
	var last *name
	for i := 0; i < len(p.toks); i++ {
		if last == nil {
			// before the first subject only a name is read: go to it
			if next >= len(p.names) {
				break
			}
			i = max(i, p.names[next].first)
		} else {
			// after it, a name or "ông"/"bà"
			lim := len(p.toks)
			if next < len(p.names) {
				lim = max(i, p.names[next].first)
			}
			if i = p.nextIn(setHeShe, i, lim); i >= len(p.toks) {
				break
			}
		}
		var subj, co *name
		from := i
		if next < len(p.names) && p.names[next].first == i {
			subj = p.names[next]
			next++
			from = subj.chainEnd
			co = p.coSubject(next - 1)
			if !(subj.strong || len(subj.pre)+len(subj.post) > 0) {
				continue
			}
			if p.isSubject(subj) {
				last = subj
			}
		} else if last != nil && p.mask[i]&bHeShe != 0 && p.word(i) && p.word(i+1) && !p.upper(i+1) {
			subj, from = last, i+1
		} else {
			continue
		}
		if p.passiveAgent(subj) {
			continue // the agent of "A được T B bổ nhiệm ...": A's post follows
		}
		agent := false // an agent of the passive was passed over
		stop := from + 30
		if p.inBracket(subj.first) {
			// "A (con trai ông B, T1) được bổ nhiệm T2": T2 is A's
			stop = subj.last
			for k := subj.last; k < len(p.toks) && k < subj.last+40 && !p.sentEnd(k); k++ {
				if p.pun(k, ')') {
					break
				}
				stop = k + 1
			}
		}
		// the tokens of the loop: those of setStops (the others read on)
		for k := p.nextIn(setStops, from, min(len(p.toks), stop)); k < len(p.toks) && k < stop; k = p.nextIn(setStops, k+1, min(len(p.toks), stop)) {
			c := p.pc[k] // the punctuation byte: most tokens have none
			t, mb := &p.toks[k], p.mask[k]
			if c != 0 && p.sentEnd(k) && !p.unitDot(k) || (k > from && t.LineBefore) {
				break
			}
			if c == '(' {
				// skip an aside about someone else: "A (con trai ông B) được
				// bổ nhiệm T"; "A (khi bị bắt là T)" is read
				e, other := k+1, false
				for e < len(p.toks) && e < k+16 && !p.pun(e, ')') && !p.sentEnd(e) {
					other = other || p.nameAt[e] > 0
					e++
				}
				if other && p.pun(e, ')') {
					stop += e - k
					k = e
					continue
				}
			}
			if p.nameAt[k] > 0 && p.agentAt(k) {
				// "A được Chủ tịch UBND tỉnh B bổ nhiệm giữ chức T": B,
				// the agent of the passive, is passed over; T is A's
				k, agent = p.agentEnd(k), true
				continue
			}
			if p.nameAt[k] > 0 || ofOther(t.Key) && !p.goesToPost(k) {
				break
			}
			if mb&bGive == 0 {
				// no verb handing over a decision starts here
			} else if m, ok := p.d.verbs.At(p.toks, k); ok && m.Value && !p.toks[k].Upper && !agent {
				break // "A trao quyết định bổ nhiệm chức vụ T": T is not A's
			}
			// a profile: "Ông X, 58 tuổi, quê Y; T1 khóa 11, 12; T2": ";"
			// separates items about the sentence's subject
			if c == ';' && (p.groupAt(k+1) || p.attendList(subj.first)) {
				break // "A, T; các đồng chí B; C", "Dự có A, T; Thường trực HĐND": an attendee list goes on with others
			} else if c == ';' && p.isSubject(subj) {
				// a career timeline: "; từ tháng 6-2016 đến 6-2018: Thiếu tướng, T";
				// each item keeps the subject for another 30 tokens ("ông làm
				// T1; được bầu vào Bộ Chính trị (năm 1982); được thăng quân hàm
				// năm 1984; giữ chức T2")
				stop = max(stop, k+30)
				j := p.careerLead(k + 1)
				if j > k+1 {
					stop = max(stop, j+30)
				}
				if s := p.segStartAt(j); s != nil && !s.object && !p.chainBeforeName(s) {
					end := s
					for c := s; c != nil; c = c.next {
						if p.nameAt[c.orgLast] > 0 {
							break
						}
						subj.post = append(subj.post, c)
						end = c
					}
					if p.nameAt[end.orgLast] == 0 {
						k = end.last - 1
						stop = max(stop, k+30)
						continue
					}
				}
			}
			if mb&bIntro == 0 {
				continue
			}
			m, ok := p.d.intro.At(p.toks, k)
			if !ok {
				continue
			}
			j := m.Last
			// "các chức vụ công tác:", "nhiều chức vụ quan trọng như", "các
			// chức vụ trong quân đội như" (lower-case words between)
			for q := j; q < j+5 && q < len(p.toks) && m.Value; q++ {
				if p.pun(q, ':') || p.key(q) == "như" {
					j = q
					break
				}
				if !p.word(q) || p.toks[q].Upper || p.segStartAt(q) != nil {
					break
				}
			}
			list, colon := m.Value, false
			if !p.pun(j, ':') && p.key(j) != "như" && m.Last > 1 && p.d.postNouns.MayStartAt(p.toks, m.Last-2) {
				if pm, ok := p.d.postNouns.At(p.toks, m.Last-2); ok && pm.Last == m.Last {
					// "nhiều cương vị ở tỉnh B gồm: T1, T2", "nhiều vị trí
					// công tác trong Quân đội như: T1, T2": a place or a
					// field between the noun of posts and the colon; the
					// colon opens a list
					for q := m.Last; q < m.Last+12 && q < len(p.toks); q++ {
						if p.pun(q, ':') {
							j, list, colon = q, true, true
							break
						}
						if !p.word(q) || p.nameAt[q] > 0 || p.segStartAt(q) != nil || p.toks[q].LineBefore {
							break
						}
					}
				}
			}
			if p.pun(j, ':') {
				j++
			}
			if p.key(j) == "như" {
				j++
			}
			j = p.rankLead(j) // "là Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh"
			s := p.segStartAt(j)
			if s == nil || s.object {
				continue
			}
			if n := p.postAhead(k, s); n != nil {
				// "A đề nghị trên cương vị mới là T, đồng chí B sẽ ...": the
				// post named before B's clause is B's
				if len(n.pre) == 0 {
					for c := s; c != nil; c = c.next {
						n.pre = append(n.pre, c)
						c.taken = true
					}
				}
				break
			}
			if !list && s.next != nil && p.nameAt[s.orgLast] == 0 && p.pun(s.last, ',') {
				// "A được bổ nhiệm giữ chức vụ T1, T2, T3 B": the one post
				// introduced is A's; the chain after it is B's
				if n := p.nameAfterChain(s.next); n != nil {
					subj.post = append(subj.post, s)
					if len(n.pre) > 1 && n.pre[0] == s {
						n.pre = n.pre[1:]
					}
					k = s.last - 1
					continue
				}
			}
			shared := co != nil && !list && !p.respectively(from, k)
			for s != nil {
				end := s
				for c := s; c != nil; c = c.next {
					if p.nameAt[c.orgLast] > 0 {
						break
					}
					subj.post = append(subj.post, c)
					if shared {
						// "ông A và ông B được bầu làm T": T is A's too
						co.post = append(co.post, c)
					}
					end = c
				}
				shared = false
				k = end.last
				if colon {
					// "kinh qua nhiều vị trí tại địa phương như: T1; T2, T3,
					// trước khi trở thành T4": the sentence goes on about the
					// subject
					stop = max(stop, k+30)
				}
				if s2 := p.segStartAt(k + 1); s2 != nil && p.word(k) && p.text[p.toks[k].Start:p.toks[k].End] == "và" &&
					!s2.object && s2.orgLast > s2.roleLast && p.nameAt[s2.orgLast] == 0 {
					// "được bầu làm chủ nhiệm Ủy ban Kiểm tra Trung ương và
					// ủy viên Bộ Chính trị": both posts are the subject's
					s = s2
					continue
				}
				if !list {
					break
				}
				if !p.punAny(k, ",;") {
					// "các chức vụ: T1, thư ký giúp việc của bộ trưởng; T2":
					// the rest of an item that is no title ("thư ký" read as
					// a bare role) is passed over
					e := p.plainItem(k, 1)
					if e == 0 {
						break
					}
					k = e
				}
				s = p.segStartAt(k + 1)
				if s == nil {
					// "các chức vụ: T1, giúp việc của bộ trưởng; T2": a
					// lower-case item that is no title is passed over
					if e := p.plainItem(k+1, 2); e > 0 {
						k = e
						s = p.segStartAt(e + 1)
					}
				}
			}
			// "đảm nhiệm chức vụ T1 và được bầu làm T2": a post introduced
			// after "và" closing the ones just read is the subject's too,
			// however far the subject is
			if p.word(k) && p.key(k) == "va2" {
				stop = max(stop, k+8)
			}
			k--
		}
	}
}

// placeBracketAt reports whether a bracket holding only a province
// (after its unit word: "(tỉnh Bình Thuận)", "(TP Hồ Chí Minh)") opens at k.
func (p *parser) placeBracketAt(k int) bool {
	if !p.pun(k, '(') {
		return false
	}
	j := k + 1
	if m, ok := p.orgHeadAt(j); ok && m.Value == orgPlace {
		j = m.Last
		if p.pun(j, '.') {
			j++
		}
	}
	e := j
	for e < len(p.toks) && e < j+6 && p.upper(e) {
		e++
	}
	return e > j && p.pun(e, ')') && p.isPlaceSpan(j, e)
}

// chainIsSubject reports whether the chain from s runs into a lower-case
// word (a predicate), not closed by punctuation.
func (p *parser) chainIsSubject(s *segment) bool {
	c := s
	for c.next != nil {
		c = c.next
	}
	return p.word(c.last) && !p.toks[c.last].Upper && !p.toks[c.last].LineBefore
}

// inAdjunct reports whether the clause holding token i (back to the last
// punctuation mark or line start) opens with a word of data/adjuncts.txt
// ("Đối với gia đình bà A").
func (p *parser) inAdjunct(i int) bool {
	j := i - 1
	for ; j >= 0 && j > i-12; j-- {
		if p.toks[j].Kind == token.Punct {
			break
		}
		if p.toks[j].LineBefore {
			j--
			break
		}
	}
	j++
	if j >= i || !p.d.adjuncts.MayStartAt(p.toks, j) {
		return false
	}
	_, ok := p.d.adjuncts.At(p.toks, j)
	return ok
}

// postAhead returns the name that a post introduced at k (by "là") after
// "trên cương vị/vị trí/vai trò" belongs to: the name right after the chain
// from s and a comma (and a form of address), which opens the clause the
// adjunct belongs to. It returns nil otherwise.
func (p *parser) postAhead(k int, s *segment) *name {
	ok := false
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if p.key(j-1) == "trên" && p.d.stations[p.key(j)+" "+p.key(j+1)] {
			ok = true
			break
		}
	}
	if !ok {
		return nil
	}
	c := s
	for c.next != nil {
		c = c.next
	}
	e := c.last
	if !p.pun(e, ',') {
		return nil
	}
	e++
	if m, ok := atCue(p, bCues, p.d.cues, e); ok && m.Value == cueHonorific {
		e = m.Last
	}
	if e < len(p.nameAt) && p.nameAt[e] > 0 {
		return p.names[p.nameAt[e]-1]
	}
	return nil
}

// addressedAlone reports whether name n comes after a form of address that
// opens no list of people: not after a comma, a semicolon, a colon, "và"
// or "có", nor in an attendee list ("Dự có ông A, T1, bà B, T2, T3 C": each
// item's chain follows its name).
func (p *parser) addressedAlone(n *name) bool {
	h := p.honorificBefore(n.first)
	if h < 1 || p.punAny(h-1, ",;:") {
		return false
	}
	if k := p.key(h - 1); k == "va2" || k == kwCo[0] {
		return false
	}
	return !p.attendList(h)
}

// preChained reports whether the name ending right before token e comes
// right after a title chain of its own ("Phó Tổng cục trưởng X A") or,
// where a comma follows it (comma), a form of address ("ông A").
func (p *parser) preChained(e int, comma bool) bool {
	for j := e - 1; j >= 0 && j >= e-6; j-- {
		if p.nameAt[j] == 0 {
			continue
		}
		n := p.names[p.nameAt[j]-1]
		if n.last != e {
			return false
		}
		if comma && p.addressedAlone(n) {
			// "chúc mừng ông A, T1, T2 B phát biểu": A, named with a
			// form of address, is closed; the chain is B's (not "ông A
			// - T1 B -": a dash opens A's own post)
			return true
		}
		s := p.segEndAt(n.first)
		return s != nil && s.orgLast == n.first
	}
	return false
}

// chainBeforeNext reports whether the chain from s ends right before a
// name (its last segment has no organization word after the name).
func (p *parser) chainBeforeNext(s *segment) bool {
	c := s
	for c.next != nil {
		c = c.next
	}
	return c.orgLast < len(p.nameAt) && p.nameAt[c.orgLast] > 0 && c.last == c.orgLast && c != s
}

// abbrevAside returns the opening bracket of an abbreviation in brackets
// right before token f ("Bộ Khoa học và Công nghệ (KH&CN) A": the
// organization's short form, between its name and the person's), else f.
func (p *parser) abbrevAside(f int) int {
	if f < 3 || !p.pun(f-1, ')') || p.toks[f-1].LineBefore {
		return f
	}
	caps := false
	for j := f - 2; j >= 0 && j >= f-8; j-- {
		t := &p.toks[j]
		if t.LineBefore {
			return f
		}
		switch {
		case p.pun(j, '('):
			if caps && j > 0 {
				return j
			}
			return f
		case t.Kind == token.Word && p.allCaps(j):
			caps = true
		case t.Kind == token.Punct && (t.Key == "&" || t.Key == "-" || t.Key == "." || t.Key == "/"):
		default:
			return f
		}
	}
	return f
}

// skipAside returns the comma (or the spaced dash) after the bracket opening at k when the
// bracket holds no name and is closed within twelve tokens on the line,
// else k.
func (p *parser) skipAside(k int) int {
	for j := k + 1; j < len(p.toks) && j <= k+12; j++ {
		if p.toks[j].LineBefore || p.nameAt[j] > 0 || p.pun(j, '(') {
			return k
		}
		if p.pun(j, ')') {
			if p.pun(j+1, ',') || p.pun(j+1, '-') && p.toks[j+1].SpaceBefore && j+2 < len(p.toks) && p.toks[j+2].SpaceBefore {
				return j + 1 // "NAME (thứ hai từ phải) - T1 -"
			}
			return k
		}
	}
	return k
}

// nameAfterChain returns the name the chain from s ends right before, or
// nil.
func (p *parser) nameAfterChain(s *segment) *name {
	for c := s; c != nil; c = c.next {
		if c.orgLast < len(p.nameAt) && p.nameAt[c.orgLast] > 0 {
			return p.names[p.nameAt[c.orgLast]-1]
		}
	}
	return nil
}

// chainBeforeName reports whether the chain from s ends right before a name:
// "A; Ủy viên Trung ương Đảng, Phó trưởng Ban X B" gives its titles to B.
// Keys of the words of a career timeline label (see careerLead).
var (
	kwTu    = phraseKeys("từ")[0]
	kwTruoc = phraseKeys("trước")[0]
	kwSau   = phraseKeys("sau")[0]
	kwDen   = phraseKeys("đến")[0]
	kwThang = phraseKeys("tháng")[0]
	kwNam   = phraseKeys("năm")[0]
	kwNay   = phraseKeys("nay")[0]
)

// careerLead skips, at j, the time label of a career timeline item ("từ
// tháng 6-2016 đến 6-2018:", "từ năm 2017:", "tháng 3-2020:") and a military
// rank after it ("Thiếu tướng,"): it returns the token where the item's
// titles start, or j.
func (p *parser) careerLead(j int) int {
	if !p.word(j) {
		return j
	}
	switch p.key(j) {
	case kwTu, kwTruoc, kwSau, kwDen, kwThang, kwNam:
	default:
		return j
	}
	for q := j + 1; q < len(p.toks) && q < j+14; q++ {
		t := &p.toks[q]
		switch {
		case t.Kind == token.Number, p.punAny(q, "-/."):
			continue
		case t.Kind == token.Word && !t.Upper:
			switch p.key(q) {
			case kwTu, kwDen, kwThang, kwNam, kwNay:
				continue
			}
		case p.pun(q, ':'):
			return p.rankLead(q + 1)
		}
		return j
	}
	return j
}

// timedBio gives the posts of a career line that opens with its period and
// no subject ("Từ tháng 6/2013 đến tháng 11/2015 là T1; T2, T3") to the
// person the text is about: the last subject named before the line.
func (p *parser) timedBio() {
	ni := 0
	var subj *name
	for si, off := 0, 0; ; {
		// the lines opening with "Từ" (few): the subject named last
		// before. Only sentence starts are read where the caller gave the
		// sentences; else a byte search finds the word
		b := -1
		if p.sents != nil {
			if si >= len(p.sents) {
				break
			}
			b = p.sents[si].Start
			si++
			for b < len(p.text) && (p.text[b] == ' ' || p.text[b] == '\n' || p.text[b] == '\t') {
				b++
			}
			if !strings.HasPrefix(p.text[b:], "Từ ") {
				continue
			}
		} else {
			x := strings.Index(p.text[off:], "Từ ")
			if x < 0 {
				break
			}
			b = off + x
			off = b + 1
		}
		i := sort.Search(len(p.toks), func(i int) bool { return p.toks[i].Start >= b })
		if i >= len(p.toks) || p.toks[i].Start != b || p.toks[i].Key != kwTu || !(i == 0 || p.toks[i].LineBefore || p.sentEnd(i-1)) {
			continue
		}
		for ; ni < len(p.names) && p.names[ni].first < i; ni++ {
			if n := p.names[ni]; (n.strong || len(n.pre)+len(n.post) > 0) && p.isSubject(n) {
				subj = n
			}
		}
		if subj == nil {
			continue
		}
		q := i + 1
		for ; q < len(p.toks) && q < i+14; q++ {
			t := &p.toks[q]
			if t.Kind == token.Number || p.punAny(q, "-/.,") {
				continue
			}
			if t.Kind == token.Word && !t.Upper && (t.Key == kwTu || t.Key == kwDen || t.Key == kwThang || t.Key == kwNam || t.Key == kwNay) {
				continue
			}
			break
		}
		if q >= len(p.toks) || !p.isLa(q) || p.toks[q].Upper || !p.word(q) {
			continue
		}
		s := p.segStartAt(q + 1)
		for s != nil && !s.object && !s.taken {
			end := s
			for c := s; c != nil; c = c.next {
				if p.nameAt[c.orgLast] > 0 {
					return // (a chain before a name is that person's)
				}
				if !slices.Contains(subj.post, c) {
					subj.post = append(subj.post[:len(subj.post):len(subj.post)], c)
				}
				end = c
			}
			k := end.last
			if p.pun(k, '(') {
				// "khóa XII (trúng cử tại Đại hội ...); T2": an aside
				e := k + 1
				for e < len(p.toks) && e < k+30 && !p.pun(e, ')') && !p.sentEnd(e) {
					e++
				}
				if !p.pun(e, ')') {
					break
				}
				k = e + 1
			}
			if !p.punAny(k, ",;") {
				break
			}
			s = p.segStartAt(k + 1)
		}
	}
}

// profileLine gives a person whose line is a profile ("Thượng tướng A sinh
// ngày ...; Quê quán: ...") the line after it when that line is nothing but
// title chains ("Ủy viên Trung ương Đảng khóa XIII; Ủy viên Ban Thường vụ
// Đảng ủy X; Thủ trưởng Cơ quan Y."): no name, no other word between them.
func (p *parser) profileLine(s *segment) {
	// a line that opens with a title (counted reads them): the line before names
	// the person, a biography word after the name
	l := s.first
	if s.prev != nil || s.object || s.taken || l == 0 || !p.toks[l].LineBefore || p.nameAt[l] > 0 {
		return
	}
	a := l - 1
	for a > 0 && l-a < 80 && !p.toks[a].LineBefore {
		a--
	}
	if !p.toks[a].LineBefore && a > 0 {
		return
	}
	var n *name
	i := sort.Search(len(p.names), func(i int) bool { return p.names[i].first >= a })
	for ; i < len(p.names) && p.names[i].first < l; i++ {
		if m := p.names[i]; (m.strong || len(m.pre)+len(m.post) > 0) && p.isSubject(m) {
			n = m
			break
		}
	}
	if n == nil {
		return
	}
	bio := false
	for j := n.last; j < l && !bio; j++ {
		if p.may(j, bBio) {
			_, bio = atBool(p, bBio, p.d.bio, j)
		}
	}
	if !bio {
		return
	}
	var got []*segment
	ok := false
	for c0 := s; c0 != nil && len(got) < 40; {
		end := c0
		for c := c0; c != nil; c = c.next {
			if p.nameAt[c.orgLast] > 0 || c.object || c.taken {
				got = nil
				break
			}
			got = append(got, c)
			end = c
		}
		if got == nil {
			break
		}
		k := end.last
		if k >= len(p.toks) || p.toks[k].LineBefore || p.pun(k, '.') && (k+1 >= len(p.toks) || p.toks[k+1].LineBefore) {
			ok = true
			break
		}
		if !p.punAny(k, ",;") {
			break
		}
		c0 = p.segStartAt(k + 1)
	}
	if !ok {
		return
	}
	for _, c := range got {
		if !slices.Contains(n.post, c) {
			n.post = append(n.post[:len(n.post):len(n.post)], c)
		}
	}
}

// rankLead skips a military rank set off by a comma before a title:
// "Đại tá, Chỉ huy trưởng Bộ CHQS tỉnh" gives the token of Chỉ huy trưởng.
func (p *parser) rankLead(j int) int {
	if !p.word(j) || p.mask[j]&bCues == 0 {
		return j
	}
	if m, ok := p.cueAt(j); ok && m.Value == cueRank && p.pun(m.Last, ',') && p.segStartAt(m.Last+1) != nil {
		return m.Last + 1
	}
	return j
}

func (p *parser) chainBeforeName(s *segment) bool {
	for c := s; c != nil; c = c.next {
		if p.nameAt[c.orgLast] > 0 || c.preOf {
			return true
		}
	}
	return false
}

// isSubject reports whether a mention opens its sentence (after a cue, its
// titles or a short adverbial): the antecedent of a later "ông"/"bà".
func (p *parser) isSubject(n *name) bool {
	k := n.first
	if len(n.pre) > 0 {
		k = n.pre[0].first
	}
	if n.subjIs != 0 && n.subjK == k {
		return n.subjIs == 2 // what it reads does not change: only k may
	}
	v := p.subjectAt(k)
	n.subjIs, n.subjK = 1, k
	if v {
		n.subjIs = 2
	}
	return v
}

// subjectAt is isSubject of a name whose chain starts at token k.
func (p *parser) subjectAt(k int) bool {
	// eight tokens back, not counting the digits and dashes of dates
	// ("Trước tháng 6-2016, đồng chí A là")
	comma := false
	for j, w := k-1, 0; j >= 0 && w < 8; j-- {
		c := p.pc[j] // the punctuation byte
		if c == '.' || p.toks[j+1].LineBefore {
			return true
		}
		if p.toks[j].Kind != token.Number && c != '-' && c != '/' {
			w++
		}
		if c == ',' && !comma {
			comma = true // (the nearest comma only)
			if p.timeClauseBefore(j) || p.frontAdvBefore(j) {
				return true // "Trước khi thôi các chức vụ, bà A là T1; T2"; "So với X, ông A là T"
			}
		}
		if p.mask[j]&(bCues|bVerbs) != 0 && p.toks[j].Kind == token.Word && !p.toks[j].Upper {
			if _, ok := atCue(p, bCues, p.d.cues, j); ok {
				continue
			}
			if m, ok := atBool(p, bVerbs, p.d.verbs, j); ok && m.Last > j {
				return false
			}
		}
		if p.nameEndsAt(j + 1) {
			return false
		}
	}
	return k <= 8 || p.toks[k].LineBefore // within the text's first words
}

// timeClauseBefore reports whether the sentence opens with a time clause
// (data/timeclause.txt) that the comma at token c closes: no person is
// named in it, and it holds at most 24 tokens.
func (p *parser) timeClauseBefore(c int) bool {
	for j := c - 1; j >= 0 && j >= c-24; j-- {
		if p.nameAt[j] > 0 || p.sentEnd(j) {
			return false
		}
		if j > 0 && !p.toks[j].LineBefore && !p.sentEnd(j-1) {
			continue // no sentence start
		}
		if !p.toks[j].Upper || !p.d.timeClause.MayStartAt(p.toks, j) {
			return false
		}
		m, ok := p.d.timeClause.At(p.toks, j)
		return ok && m.Last < c
	}
	return false
}

// frontAdvBefore reports whether the sentence opens with a preposition of
// data/frontadv.txt whose phrase the comma at token c closes ("So với
// người tiền nhiệm A, ông B là T", "Theo chuyên gia A, ông B"): the phrase
// may name someone else or hold a verb, and holds at most 24 tokens.
func (p *parser) frontAdvBefore(c int) bool {
	for j := c - 1; j >= 0 && j >= c-24; j-- {
		if p.sentEnd(j) {
			return false
		}
		if j > 0 && !p.toks[j].LineBefore && !p.sentEnd(j-1) {
			continue // no sentence start
		}
		if !p.toks[j].Upper || !p.d.frontAdv.MayStartAt(p.toks, j) {
			return false
		}
		m, ok := p.d.frontAdv.At(p.toks, j)
		return ok && m.Last < c
	}
	return false
}

// nameEndsAt reports whether a name candidate ends right before token k.
func (p *parser) nameEndsAt(k int) bool {
	if !p.nameEndSet {
		p.nameEndSet = true
		for _, n := range p.names {
			p.tf[n.last] |= fNameEnd
		}
	}
	return k >= 0 && k < len(p.tf) && p.tf[k]&fNameEnd != 0
}

// foreignLike accepts a one-word name after a cue when it is not a
// Vietnamese syllable used as a given name of nobody known: a word with no
// Vietnamese diacritics and more than four letters (Obama).
func (p *parser) foreignLike(i int) bool {
	t := &p.toks[i]
	s := p.text[t.Start:t.End]
	if len(s) < 4 {
		return false
	}
	for _, c := range s {
		if c > 127 {
			return false
		}
	}
	return true
}

// propagate gives earlier titles of a chain the place or body that closes it.
func propagate(p *parser) {
	defer p.namedBodies()
	for _, s := range p.segs {
		if s.orgLast > s.roleLast && s.orgLast <= s.roleLast+2 && p.word(s.roleLast) && !p.toks[s.roleLast].Upper {
			p.backRef(s)
		}
	}
	for _, s := range p.segs {
		if s.prev != nil {
			continue
		}
		chain := p.chain[:0]
		for c := s; c != nil; c = c.next {
			chain = append(chain, c)
		}
		p.chain = chain
		// place closing the chain
		place := ""
		for i := len(chain) - 1; i >= 0; i-- {
			if chain[i].placeText != "" {
				place = chain[i].placeText
				for j := 0; j < i; j++ {
					c := chain[j]
					if c.openPlace && c.placeText == "" && c.extraOrg == "" {
						if p.provinceLevel(c) && !isProvince(place) {
							continue // "Tỉnh ủy" takes a province, not "Thành ủy Phủ Lý"'s city
						}
						c.extraOrg, c.extraIsPlace = place, true
						if chain[i].placeExt != "" && !p.provinceLevel(c) {
							c.extraOrg = chain[i].placeExt // "bí thư Huyện ủy Phú Quý, tỉnh Bình Thuận"
						}
					} else if c.orgLast > c.roleLast && p.key(c.roleLast) == "sơ3" && c.placeText == "" && c.extraOrg == "" && chain[i].placeFull != "" {
						// "Giám đốc sở Tư pháp, Chủ tịch Hội Luật gia tỉnh Lào Cai"
						c.extraOrg, c.extraIsPlace = chain[i].placeFull, true
					}
				}
				break
			}
		}
		// party bodies needing their parent ("bí thư Đảng đoàn, chủ tịch HĐND
		// tỉnh") and roles without organization ("Phó Cục trưởng, Cục trưởng
		// Cục X") take the organization of the next title
		for i := len(chain) - 2; i >= 0; i-- {
			c := chain[i]
			// (a whole role too when "kiêm" joins it to the next: "chủ
			// tịch kiêm tổng giám đốc Công ty X")
			empty := c.orgLast == c.roleLast && (!c.full || c.share && p.key(c.last) == "kiêm" && c.last == c.orgLast)
			if c.extraOrg == "" && c.placeText == "" {
				if q := p.standingOf(c, chain[i+1]); q > 0 {
					// "Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy"
					c.extraOrg = p.text[p.toks[q].Start:p.toks[chain[i+1].orgLast-1].End]
					continue
				}
			}
			if !(c.openBody || empty) || c.extraOrg != "" {
				continue
			}
			nx := chain[i+1]
			if nx.orgLast > nx.roleLast && p.servesOffice(nx.roleLast) && p.roleAt(nx.roleLast) && p.d.assistants.MayStartAt(p.toks, nx.roleFirst) && p.assistantIs(nx) {
				// "Phó Cục trưởng, Thư ký Ủy viên Bộ Chính trị": the next
				// organization is the office its role serves
				continue
			}
			if p.nameAt[nx.orgLast] > 0 && (!empty || (p.nameEndsAt(c.first-1) || p.nameEndsAt(c.first-2)) && !p.pun(c.first-1, ';')) && !(empty && p.key(c.last) == "kiêm" && p.word(c.first-1) && !p.toks[c.first-1].Upper) {
				// ("A và T1 kiêm T2 Bộ X B": kiêm binds the two posts
				// of B, the name before "và" is another's)
				// the next title opens the next person's name ("A làm
				// trưởng ban, Phó Chủ tịch Quốc hội B"); a bare role
				// before the same name shares it ("cựu Bộ trưởng, Chủ
				// nhiệm Văn phòng Chính phủ A"), also when a semicolon of a
				// list of guests closes the name before it ("X A; Bộ
				// trưởng, Chủ nhiệm Văn phòng Chính phủ B")
				continue
			}
			if u, v := p.roleUnit(c), p.roleUnit(nx); empty && u != "" && v != "" && u != v && !(p.key(c.last) == "kiêm" && p.roleOwnUnit(nx) == "") {
				// "Phó Đội trưởng rồi Phó Trưởng phòng Tham mưu": another unit
				// (not "Chánh văn phòng kiêm người phát ngôn Bộ X": posts
				// held at once, the second of the body itself)
				continue
			}
			if nx.openBody && nx.extraOrg != "" && nx.orgLast > nx.roleLast && (c.openBody || empty) && p.nameAt[nx.orgLast] == 0 {
				// "ủy viên Đảng đoàn, ủy viên Ban Thường vụ Đảng ủy, ...
				// Liên đoàn X", "phó tổng thư ký, chánh Văn phòng Đảng
				// đoàn Liên đoàn X": the body closing the chain, which the
				// next party body took, not the party body itself
				c.extraOrg = nx.extraOrg
				continue
			}
			if c.openBody && nx.openBody {
				// "Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy": the
				// next organization is an organ of the same body
				continue
			}
			if q := p.parentOfDept(c, nx); q > 0 {
				// "chánh Văn phòng Đảng đoàn, trưởng Ban Tổ chức - Cán bộ
				// Liên đoàn X": a Đảng đoàn belongs to the body a
				// department is part of, not to the department
				c.extraOrg = p.text[p.toks[q].Start:p.toks[nx.orgLast-1].End]
				if nx.extraOrg != "" {
					c.extraOrg += " " + nx.extraOrg
				}
				continue
			}
			if c.openBody && nx.orgLast > nx.roleLast && !p.toks[nx.roleLast].Upper && !p.toks[nx.roleLast-1].Upper && p.roleOwnUnit(nx) != "" && !p.namedLowerUnit(nx) {
				// "bí thư chi bộ, trưởng phòng kế hoạch - kỹ thuật, Ban
				// Quản lý dự án 4": the party body belongs to the body
				// closing the chain after the comma, not to the
				// department written in lower case; with none it stays bare
				if q := p.commaParent(nx); q > 0 {
					c.extraOrg = p.text[p.toks[q].Start:p.toks[nx.orgLast-1].End]
				}
				continue
			}
			from := nx.roleLast
			if u, v := p.roleUnit(c), p.roleUnit(nx); empty && u == "" && v != "" && p.key(nx.roleLast-1) == v && !p.headAtOrg(nx) {
				// "Phó hiệu trưởng, Trưởng phòng Đào tạo tại Trường X": the
				// next organization names its own unit; only the body after
				// tại/của/thuộc is shared
				if from = p.parentAfter(nx); from < 0 {
					continue
				}
			}
			if k := p.key(from); from+1 < nx.orgLast && (k == "cua3" || k == "tai5" || k == "thuôc5") && p.upper(from+1) {
				from++ // "Chánh Văn phòng kiêm người phát ngôn của UBND X": the body alone
			}
			if empty || c.openBody && (p.key(c.roleLast) == "đang3" || p.key(c.roleLast) == "chi") {
				// "Phó Giám đốc, Chủ tịch Công đoàn Chi nhánh X", "Bí thư Đảng
				// ủy, Chủ tịch HĐTV Ngân hàng Y": the parent of the board or
				// union (not "Ủy viên Ban Chấp hành, Chủ tịch Công đoàn X")
				m, ok := p.d.boards.At(p.toks, from)
				if ok && m.Last < nx.orgLast && p.upper(m.Last) {
					from = m.Last
				} else if ok && m.Last == nx.orgLast && nx.extraOrg == "" && m.First == nx.roleLast {
					// "Bí thư Đảng ủy, Chủ tịch Hội đồng trường": the
					// board's parent is not named; the party body stays bare
					continue
				}
			}
			if empty && p.key(c.last) == "kiêm" {
				// "Phó Trưởng Công an kiêm Phó Bí thư Đảng ủy Công an
				// quận 8": the body ending the role named again in the
				// next organization; only what closes it there is shared
				for l := 2; l >= 1; l-- {
					if a := c.roleLast - l; a > c.roleFirst && p.upper(a) {
						if q := p.bodyAgain(a, l, from, nx.orgLast); q > 0 {
							from = q
							break
						}
					}
				}
			}
			org := ""
			if nx.orgLast > from {
				org = p.text[p.toks[from].Start:p.toks[nx.orgLast-1].End]
				if p.may(nx.roleLast-1, bUnit) && c.openBody {
					// "bí thư Ban cán sự đảng, Tổng Thanh tra Chính phủ": the
					// party body of the Thanh tra Chính phủ
					org = unitOrg(p.d.units, p.roleKeyBefore(nx.roleFirst, nx.roleLast-1), p.toks[nx.roleLast-1].Key, org)
				}
			}
			if nx.extraOrg != "" {
				org = strings.TrimSpace(org + " " + nx.extraOrg)
			}
			c.extraOrg = org
		}
	}
}

// namedLowerUnit reports whether the organization of s is its role's unit
// noun in lower case followed by a capitalized name, with no parent body
// after a comma: "Cục trưởng cục Cảnh sát kinh tế", a department written
// in vietnews style as "Cục Cảnh sát kinh tế" would be, whose party body
// ("Bí thư Đảng uỷ, Cục trưởng cục X") is the department's own.
func (p *parser) namedLowerUnit(s *segment) bool {
	j := s.roleLast
	if j+1 >= s.orgLast || !p.upper(j+1) || p.allCaps(j+1) || !p.toks[j+1].SpaceBefore {
		return false
	}
	if m, ok := p.orgHeadAt(j); !ok || m.Last != j+1 || m.Value != orgPlain {
		return false
	}
	return p.commaParent(s) < 0
}

// bodyAgain returns the token after the l tokens at a where they recur
// inside [from, end) with more words after them, or 0.
func (p *parser) bodyAgain(a, l, from, end int) int {
	for q := from + 1; q+l < end; q++ {
		if p.toks[q].Key == p.toks[a].Key && p.sameKeys(a, q, l) {
			return q + l
		}
	}
	return 0
}

// bareHeadSubject reports whether the organization read after the comma
// at c, up to token k, is a head noun alone ("Công ty", "Sở", "Bộ") that a
// predicate follows: it refers back to the body just named and is the
// subject of the next clause ("Phó Tổng Giám đốc Công ty X, Công ty đã làm
// việc với ..."), not a parent body of the post.
func (p *parser) bareHeadSubject(c, k int) bool {
	if k >= len(p.toks) || !p.word(k) || p.toks[k].Upper {
		return false
	}
	m, ok := p.orgHeadAt(c + 1)
	return ok && m.Last == k && p.predicateAt(k)
}

// subjectOrg reports whether the organization read after the comma at c
// up to token k is the subject of the sentence's main clause: a predicate
// follows it, and the sentence opens with a fronted phrase of
// data/nominalopen.txt ("Xét đề nghị ... đối với đồng chí A, T, Ủy ban
// Kiểm tra Trung ương nhận thấy"), whose people are objects.
func (p *parser) subjectOrg(c, k int) bool {
	if k >= len(p.toks) || !p.word(k) || p.toks[k].Upper || !p.predicateAt(k) {
		return false
	}
	for j := c - 1; j >= 0 && j >= c-80; j-- {
		if p.sentEnd(j) {
			return false
		}
		if j > 0 && !p.toks[j].LineBefore && !p.sentEnd(j-1) {
			continue // no sentence start
		}
		if !p.d.nominalOpen.MayStartAt(p.toks, j) {
			return false
		}
		_, ok := p.d.nominalOpen.At(p.toks, j)
		return ok
	}
	return false
}

// kwBanThuongVu: the standing committee of a party committee (see standingOf).
var kwBanThuongVu = phraseKeys("ban thường vụ")

// standingOf returns the first token of the party committee (data/
// committees.txt) that closes the next title nx after a department of it
// ("Trưởng Ban Dân vận Tỉnh ủy", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy X"),
// when c is a bare "Ủy viên Ban Thường vụ" before it: c is a member of that
// committee's standing committee. It returns -1 otherwise (not before "Bí
// thư Huyện ủy", whose standing committee may be another's).
func (p *parser) standingOf(c, nx *segment) int {
	if c.orgLast-c.roleLast != len(kwBanThuongVu) || !p.phraseAt(c.roleLast, kwBanThuongVu) || nx.orgLast <= nx.roleLast+1 || p.nameAt[nx.orgLast] > 0 {
		return -1
	}
	// the committee: after the department's words, closing the title (a
	// place name may follow it)
	for q := nx.roleLast + 1; q < nx.orgLast; q++ {
		if p.toks[q].Kind != token.Word {
			return -1
		}
		if !p.d.committees.MayStartAt(p.toks, q) {
			continue
		}
		m, ok := p.d.committees.At(p.toks, q)
		if !ok {
			continue
		}
		for r := m.Last; r < nx.orgLast; r++ {
			if !p.upper(r) || p.nameAt[r] > 0 {
				return -1 // (only a place name after it)
			}
		}
		return q
	}
	return -1
}

// headAtOrg reports whether s's organization opens with an organization
// head ("Chánh Văn phòng Hội X": the body itself, not a unit's name).
func (p *parser) headAtOrg(s *segment) bool {
	_, ok := p.orgHeadAt(s.roleLast)
	return ok && s.orgLast > s.roleLast
}

// parentAfter returns the token opening the body that contains the unit
// named by s's organization, after tại, của or thuộc and before an
// organization head ("phòng Đào tạo tại Trường Đại học X"), or -1.
func (p *parser) parentAfter(s *segment) int {
	for k := s.roleLast + 1; k+1 < s.orgLast; k++ {
		if !p.word(k) || p.toks[k].Upper {
			continue
		}
		switch p.key(k) {
		case "tai5", "cua3", "thuôc5":
			if _, ok := p.orgHeadAt(k + 1); ok && p.toks[k+1].Upper {
				return k + 1
			}
		}
	}
	return -1
}

// backRef reads a title whose organization is a lower-case head noun of
// data/backheads.txt ("làm giám đốc sở") as a reference to the organization
// of that head named earlier in the sentence ("Sở Tư pháp tỉnh X").
func (p *parser) backRef(s *segment) {
	m, ok := p.d.backHeads.At(p.toks, s.roleLast)
	if !ok || m.Last != s.orgLast {
		p.backUnit(s)
		return
	}
	n := m.Last - s.roleLast
	for j := s.roleFirst - 1; j >= 0 && j >= s.roleFirst-80; j-- {
		if p.sentEnd(j) || p.toks[j+1].LineBefore {
			return
		}
		if !p.toks[j].Upper || p.key(j) != p.key(s.roleLast) || n == 2 && p.key(j+1) != p.key(s.roleLast+1) {
			continue
		}
		if j > 0 && p.word(j-1) && p.toks[j-1].Upper {
			continue // inside a longer name or a title: "Giám đốc Sở X"
		}
		cutA, cutB, ext := p.cutA, p.cutB, p.placeExt
		end, _, _, _ := p.parseOrg(j)
		p.cutA, p.cutB, p.placeExt = cutA, cutB, ext
		if end > j+n && end <= s.roleFirst {
			s.backOrg = p.text[p.toks[j].Start:p.toks[end-1].End]
		}
		return
	}
}

// backUnit reads a title whose role ends with its unit noun and whose
// organization is the rest of that unit's name in lower case ("Trưởng ban
// chỉ đạo", vietnews style) as a reference to the unit named in full
// earlier in the sentence ("Ban chỉ đạo Tây Bắc được thành lập năm 2004,
// Trưởng ban chỉ đạo là ..."): the title takes the words that name it
// ("Trưởng ban chỉ đạo Tây Bắc").
func (p *parser) backUnit(s *segment) {
	u, n := s.roleLast-1, s.orgLast-s.roleLast
	if u <= s.roleFirst || !p.word(u) || p.toks[u].Upper || !p.may(u, bUnit) || !p.lowerWords(s.roleLast, s.orgLast) {
		return
	}
	if _, ok := p.d.units[p.key(u)]; !ok {
		return
	}
	for j := s.roleFirst - 1; j >= 0 && j >= s.roleFirst-60; j-- {
		if p.sentEnd(j) || p.toks[j+1].LineBefore {
			return
		}
		if !p.toks[j].Upper || p.key(j) != p.key(u) || !p.sameKeys(j+1, s.roleLast, n) {
			continue
		}
		if j > 0 && p.word(j-1) && p.toks[j-1].Upper {
			return // inside a title: "Trưởng Ban chỉ đạo X"
		}
		// the capitalized words naming it ("Tây Nam Bộ"), up to four
		a := j + 1 + n
		e := a
		for e < s.roleFirst && e-a < 4 && p.upper(e) && p.toks[e].SpaceBefore && !p.toks[e].LineBefore && (e == a || p.nameAt[e] == 0) {
			e++
		}
		if e > a && e-a < 4 && p.nameAt[a] == 0 && !p.upper(e) {
			s.extraOrg = p.text[p.toks[a].Start:p.toks[e-1].End]
		}
		return
	}
}

// lowerWords reports whether tokens [a, b) are words in lower case.
func (p *parser) lowerWords(a, b int) bool {
	for i := a; i < b; i++ {
		if !p.word(i) || p.toks[i].Upper {
			return false
		}
	}
	return a < b
}

func (p *parser) titleOf(s *segment) schema.Title {
	a, b := p.toks[s.first].Start, p.toks[s.orgLast-1].End
	if s.fresh {
		a = p.toks[s.roleFirst].Start
	}
	text := p.cutText(s, a, b)
	role := p.text[p.toks[s.roleFirst].Start:p.toks[s.roleLast-1].End]
	org := ""
	if s.orgLast > s.roleLast {
		org = p.cutText(s, p.toks[s.roleLast].Start, b)
	}
	if s.backOrg != "" {
		text = p.joinText(p.cutText(s, a, p.toks[s.roleLast-1].End), s.backOrg)
		org = s.backOrg
	}
	if s.extraOrg != "" {
		text = p.joinText(text, s.extraOrg)
		if org != "" {
			org = p.joinText(org, s.extraOrg)
		} else {
			org = s.extraOrg
		}
	}
	if s.formerAt > 0 {
		// the former word opening a chain ("A, nguyên: T1, T2"): each
		// title's text carries it, as each carries an organization the
		// chain shares; the role is as written
		w := &p.toks[s.formerAt-1]
		text = p.joinText(p.text[w.Start:w.End], text)
	} else if s.former {
		fr := p.text[p.toks[s.first].Start:p.toks[s.roleFirst-1].End]
		role = p.joinText(fr, role)
	}
	if p.may(s.roleLast-1, bUnit) {
		org = unitOrg(p.d.units, p.roleKeyBefore(s.roleFirst, s.roleLast-1), p.toks[s.roleLast-1].Key, org)
	}
	return schema.Title{Text: text, Role: role, Organization: org, Former: s.former, Span: schema.Span{Start: a, End: b}}
}

// joinText is a + " " + b. When a and b are pieces of the text with one
// space between them (a former word and its role, a title and the
// organization written after it), that piece of the text is the same
// string without a new one.
func (p *parser) joinText(a, b string) string {
	if i, ok := p.textOffset(a); ok {
		if j, ok := p.textOffset(b); ok && j == i+len(a)+1 && p.text[i+len(a)] == ' ' {
			return p.text[i : j+len(b)]
		}
	}
	return a + " " + b
}

// textOffset returns the offset of s in p.text when s is a non-empty
// substring of it (by address: no byte is read).
func (p *parser) textOffset(s string) (int, bool) {
	if len(s) == 0 || len(s) > len(p.text) {
		return 0, false
	}
	d := uintptr(unsafe.Pointer(unsafe.StringData(s))) - uintptr(unsafe.Pointer(unsafe.StringData(p.text)))
	if d > uintptr(len(p.text)-len(s)) {
		return 0, false
	}
	return int(d), true
}

// unitOrg gives the organization its unit noun back when the role ends with
// it (data/units.tsv): "Trưởng ban Tổ chức Trung ương" heads the "Ban Tổ chức
// Trung ương".
func unitOrg(units map[string]string, prevRoleKey, lastRoleKey, org string) string {
	key := lastRoleKey
	// the two keys joined in a stack buffer: the map lookup makes no string
	var kb [64]byte
	pk := append(append(append(kb[:0], prevRoleKey...), ' '), lastRoleKey...)
	u, ok := units[string(pk)] // "Chánh Văn phòng": the Văn phòng, not a Phòng
	if ok && prevRoleKey != "" {
		key = string(pk)
	} else {
		u, ok = units[lastRoleKey]
	}
	if !ok || org == "" {
		return org
	}
	slot := &unitOrgCache[maphash.String(placeCacheSeed, org)&(unitOrgCacheSize-1)]
	if e := slot.Load(); e != nil && e.org == org && e.key == key {
		return e.out
	}
	e := &unitOrgEntry{key: strings.Clone(key), org: strings.Clone(org)}
	e.out = e.org // the strings of the text and its tokens are not kept
	if !strings.HasPrefix(token.FoldPhrase(org), key+" ") {
		e.out = u + " " + org
	}
	slot.Store(e)
	return e.out
}

// servesOffice reports a role of data/assistants.txt ending right before
// token k ("Trợ lý", "Thư ký": two words).
func (p *parser) servesOffice(k int) bool {
	j := k - 2
	if j < 0 || !p.d.assistants.MayStartAt(p.toks, j) {
		return false
	}
	m, ok := p.d.assistants.At(p.toks, j)
	return ok && m.Last == k
}

// assistantIs reports whether s's role is an assistant's word alone ("Thư
// ký", not "Tổng Thư ký"): its organization is then the office it serves.
func (p *parser) assistantIs(s *segment) bool {
	m, ok := p.d.assistants.At(p.toks, s.roleFirst)
	return ok && m.Last == s.roleLast
}

// roleKeyBefore is the key of the role's word before token k, "" when k
// opens the role (at first).
func (p *parser) roleKeyBefore(first, k int) string {
	if k-1 < first || k-1 < 0 {
		return ""
	}
	return p.toks[k-1].Key
}

// unitOrgCache remembers unitOrg across texts (the same organizations come
// back in article after article): a direct-mapped table indexed by a hash
// of the organization.
var unitOrgCache [unitOrgCacheSize]atomic.Pointer[unitOrgEntry]

const unitOrgCacheSize = 1 << 12

type unitOrgEntry struct{ key, org, out string }

func (p *parser) officials() []schema.Official {
	var out []schema.Official
	if len(p.people) > 0 {
		out = make([]schema.Official, 0, len(p.people)) // one per person
	}
	// the people's titles start in one array, each person's part capped at
	// the count it had (a longer list is copied)
	total := 0
	for _, pr := range p.people {
		total += min(len(pr.titles), 8)
	}
	all := make([]schema.Title, total) // never nil: a person without titles has an empty list
	for _, pr := range p.people {
		o := schema.Official{Name: pr.full, Mentions: pr.mentions, Titles: []schema.Title{}}
		seen, arena := p.seenBuf[:0], p.seenArena[:0] // keys of the titles kept: arena[seen[i-1]:seen[i]]
		// texts of the titles read (a text read before folds to a key
		// seen), and whether the key of each kept title is AppendASCII of
		// its text (see titleFolds)
		texts, plain, hs := p.textBuf[:0], p.plainBuf[:0], p.hashBuf[:0]
		c := min(len(pr.titles), 8)
		o.Titles, all = all[:0:c], all[c:]
		for _, s := range pr.titles {
			if s.orgLast == s.roleLast && !s.full && s.extraOrg == "" && (s.weak || !s.group && !p.toks[s.roleFirst].Upper && s.prev == nil && s.next == nil) {
				continue // "Ủy viên", "Trưởng ban", "phó chủ nhiệm" alone name no position
				// (a lower-case role in a chain does: "A - phó bí thư
				// Đảng đoàn, phó chủ tịch")
			}
			t := p.titleOf(s)
			if slices.Contains(texts, t.Text) {
				continue
			}
			texts = append(texts, t.Text)
			n := len(arena)
			var ok bool
			h := maphash.String(placeCacheSeed, t.Text)
			arena, ok = p.appendTitleFold(arena, t.Text, s.first, s.orgLast, h)
			if hasKey(arena[:n], seen, arena[n:]) {
				arena = arena[:n]
				continue
			}
			seen = append(seen, len(arena))
			plain, hs = append(plain, ok), append(hs, h)
			o.Titles = append(o.Titles, t)
		}
		var folds []titleFold
		if len(o.Titles) >= 2 {
			folds = p.titleFolds(o.Titles, arena, seen, plain, hs)
		}
		clear(texts)
		p.seenBuf, p.seenArena, p.textBuf, p.plainBuf, p.hashBuf = seen[:0], arena[:0], texts[:0], plain[:0], hs[:0]
		o.Titles, folds = p.dropPrefixTitles(o.Titles, folds)
		o.Titles, folds = p.dropBareRoles(o.Titles, folds)
		o.Titles = p.dropVariants(o.Titles, folds)
		out = append(out, o)
	}
	return out
}

// titleFold holds foldTitle of a title's text and its canonTitle.
// bare is bareRole of canon without its spaces (see dropVariants).
type titleFold struct{ fold, canon, bare string }

// titleFolds returns the titleFold of each title of ts. The key of title i
// is arena[seen[i-1]:seen[i]]; where plain[i], it is AppendASCII of the
// text, whose words are foldTitle of the text: they are read from it into
// a buffer of the parser (the strings are valid until the next call).
func (p *parser) titleFolds(ts []schema.Title, arena []byte, seen []int, plain []bool, hs []uint64) []titleFold {
	folds := p.foldsBuf[:0]
	fa := p.foldArena[:0]
	for i, t := range ts {
		slot := &titleFoldsCache[hs[i]&(titleFoldCacheSize-1)]
		if e := slot.Load(); e != nil && e.s == t.Text {
			folds = append(folds, e.tf)
			continue
		}
		var f string
		if plain[i] {
			a := 0
			if i > 0 {
				a = seen[i-1]
			}
			m := len(fa)
			fa = appendWords(fa, arena[a:seen[i]])
			f = unsafe.String(unsafe.SliceData(fa[m:]), len(fa)-m)
		} else {
			f = p.foldTitle(t.Text)
		}
		canon := p.canonTitle(f)
		tf := titleFold{f, canon, string(appendNoSpaces(nil, bareRole(canon)))}
		folds = append(folds, tf)
		if tf.fold = strings.Clone(f); tf.canon == f {
			tf.canon = tf.fold // f may live in the buffer
		}
		slot.Store(&titleFoldsEntry{strings.Clone(t.Text), tf})
	}
	p.foldsBuf, p.foldArena = folds[:0], fa[:0]
	return folds
}

// dropPrefixTitles removes a title that is the beginning of a longer title
// of the same person: "Bí thư Tỉnh ủy" written once without its province
// next to "Bí thư Tỉnh ủy Lạng Sơn" is the same position.
func (p *parser) dropPrefixTitles(ts []schema.Title, folds []titleFold) ([]schema.Title, []titleFold) {
	if len(ts) < 2 {
		return ts[:len(ts):len(ts)], folds
	}
	// as written and with one form per organization (canonTitle)
	isPrefix := func(k, u string) bool {
		return len(u) > len(k) && u[len(k)] == ' ' && strings.HasPrefix(u, k)
	}
	// and without a term qualifier: "Trưởng Đoàn đại biểu Quốc hội tỉnh" is
	// the beginning of "Trưởng Đoàn đại biểu Quốc hội khóa XV tỉnh Lạng Sơn"
	var bare []string
	for i := range folds {
		if strings.Contains(folds[i].canon, "khoa ") {
			bare = make([]string, len(folds))
			for j := range folds {
				bare[j] = termless(folds[j].canon)
			}
			break
		}
	}
	out, outF := ts[:0], folds[:0] // in place: ts[i] is read before out reaches it
	for i, t := range ts {
		longer := false
		for j := range folds {
			if j != i && (isPrefix(folds[i].fold, folds[j].fold) || isPrefix(folds[i].canon, folds[j].canon) || bare != nil && isPrefix(bare[i], bare[j])) {
				longer = true
				break
			}
		}
		if !longer {
			out = append(out, t)
			outF = append(outF, folds[i])
		}
	}
	return out, outF
}

// termless drops the term qualifiers ("khoa xv", "khoa 13") from a folded
// title.
func termless(f string) string {
	if !strings.Contains(f, "khoa ") {
		return f
	}
	w := strings.Fields(f)
	out := w[:0]
	for i := 0; i < len(w); i++ {
		if w[i] == "khoa" && i+1 < len(w) && isTermNumber(w[i+1]) {
			i++
			continue
		}
		out = append(out, w[i])
	}
	return strings.Join(out, " ")
}

// isTermNumber reports whether a folded word is a term number: digits or a
// Roman numeral.
func isTermNumber(w string) bool {
	return w != "" && (strings.Trim(w, "0123456789") == "" || strings.Trim(w, "ivxlc") == "")
}

// canonTitle writes the organizations of a folded title in one form
// (data/equivforms.tsv): "uy ban nhan dan" and "ubnd" are one post.
func (p *parser) canonTitle(f string) string {
	slot := &canonCache[maphash.String(placeCacheSeed, f)&(canonCacheSize-1)]
	if e := slot.Load(); e != nil && e.f == f {
		return e.c
	}
	c := canonForm(p.d.equiv, f)
	e := &canonEntry{f: strings.Clone(f), c: c}
	if c == f {
		e.c = e.f // f may live in a buffer of the caller
	}
	slot.Store(e)
	return e.c
}

// canonCache remembers canonTitle across texts (the same titles come back
// in article after article): a direct-mapped table indexed by a hash of the
// folded title, each slot holding the last title that fell into it.
var canonCache [canonCacheSize]atomic.Pointer[canonEntry]

const canonCacheSize = 1 << 13

type canonEntry struct{ f, c string }

// canonForm is canonTitle without the cache.
func canonForm(equiv [][2]string, f string) string {
	for _, e := range equiv {
		long := e[0][1 : len(e[0])-1]
		if !strings.Contains(f, long) {
			continue
		}
		f = strings.TrimSpace(strings.ReplaceAll(" "+f+" ", e[0], e[1]))
	}
	return f
}

// foldName folds a name or title for comparison.
// betterForm reports whether name a writes the same name as b better,
// where b is a degraded copy: b has lost every mark (an unaccented copy,
// "Cao Thai Ha") or its case ("LÊ DOÃN HOẠT", "KIm Cương") while a keeps
// its marks and capitalizes each word on its first letter only. Two
// written forms that both have marks are both kept as they are: the first
// stands ("Nguyễn Thanh Bình" against "Nguyễn Thành Bình" may be two people).
func betterForm(a, b string) bool {
	ma, pa := marks(a), properCase(a)
	mb, pb := marks(b), properCase(b)
	switch {
	case mb == 0 && ma > 0:
		return true
	case !pb && pa && ma >= mb:
		return true
	}
	return false
}

// marks counts the letters beyond ASCII of s.
func marks(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xC0 { // the first byte of a letter beyond ASCII
			n++
		}
	}
	return n
}

// properCase reports words each capitalized on its first letter only.
func properCase(s string) bool {
	for _, w := range strings.Fields(s) {
		for i, c := range w {
			if (i == 0) != unicode.IsUpper(c) {
				return false
			}
		}
	}
	return true
}

func foldName(s string) string {
	if !singleSpaced(s) {
		s = strings.Join(strings.Fields(s), " ")
	}
	return token.ASCII(s)
}

// appendFoldName appends foldName(s) to dst.
func appendFoldName(dst []byte, s string) []byte {
	dst, _ = appendFoldNameOK(dst, s)
	return dst
}

// appendSpanFold is appendFoldNameOK(dst, s) for a text s that may be
// text[toks[a].Start:toks[b-1].End]: then the spaces between the tokens
// tell whether s is single-spaced (a token holds no white space).
func (p *parser) appendSpanFold(dst []byte, s string, a, b int) ([]byte, bool) {
	if a >= b || b > len(p.toks) {
		return appendFoldNameOK(dst, s)
	}
	st, end := p.toks[a].Start, p.toks[b-1].End
	if len(s) != end-st || unsafe.StringData(s) != unsafe.StringData(p.text[st:]) {
		return appendFoldNameOK(dst, s) // another text
	}
	for k := a + 1; k < b; k++ {
		if g := p.toks[k].Start - p.toks[k-1].End; g > 1 || g == 1 && p.text[p.toks[k-1].End] != ' ' {
			return appendFoldNameOK(dst, s)
		}
	}
	if out, ok := token.AppendASCII(dst, s); ok {
		return out, true
	}
	return append(dst, foldName(s)...), false
}

// appendTitleFold is appendSpanFold for the text of a title, remembered
// across texts in a direct-mapped table (the same titles come back in
// article after article; the fold depends on the text only).
func (p *parser) appendTitleFold(dst []byte, s string, a, b int, h uint64) ([]byte, bool) {
	slot := &titleFoldCache[h&(titleFoldCacheSize-1)]
	if e := slot.Load(); e != nil && e.s == s {
		return append(dst, e.f...), e.ok
	}
	n := len(dst)
	dst, ok := p.appendSpanFold(dst, s, a, b)
	slot.Store(&titleFoldEntry{strings.Clone(s), string(dst[n:]), ok})
	return dst, ok
}

var titleFoldCache [titleFoldCacheSize]atomic.Pointer[titleFoldEntry]

// titleFoldsCache remembers the titleFold of a title's text across texts
// (see titleFolds): it depends on the text only.
var titleFoldsCache [titleFoldCacheSize]atomic.Pointer[titleFoldsEntry]

type titleFoldsEntry struct {
	s  string
	tf titleFold
}

const titleFoldCacheSize = 1 << 13

type titleFoldEntry struct {
	s, f string
	ok   bool
}

// appendFoldNameOK is appendFoldName, reporting whether what it appended
// is token.AppendASCII(s) (s was single-spaced and folds rune by rune).
func appendFoldNameOK(dst []byte, s string) ([]byte, bool) {
	if singleSpaced(s) {
		if b, ok := token.AppendASCII(dst, s); ok {
			return b, true
		}
	}
	return append(dst, foldName(s)...), false
}

// hasKey reports whether k is one of the keys arena[ends[i-1]:ends[i]].
func hasKey(arena []byte, ends []int, k []byte) bool {
	a := 0
	for _, e := range ends {
		if string(arena[a:e]) == string(k) {
			return true
		}
		a = e
	}
	return false
}

// singleSpaced reports whether strings.Join(strings.Fields(s), " ") == s:
// no white space but single ASCII spaces between words.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		if spaceByte[s[i]] == 0 {
			continue // a byte no white space starts with
		}
		switch c := s[i]; c {
		case ' ':
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return false
			}
		case '\t', '\n', '\v', '\f', '\r':
			return false
		case 0xC2, 0xE1, 0xE2, 0xE3:
			if wideSpaceAt(s, i) {
				return false
			}
		}
		// other bytes, of ASCII or of UTF-8 sequences, are no space
	}
	return true
}

// spaceByte marks the bytes singleSpaced must look at.
var spaceByte = func() (t [256]uint8) {
	for _, c := range []byte{' ', '\t', '\n', '\v', '\f', '\r', 0xC2, 0xE1, 0xE2, 0xE3} {
		t[c] = 1
	}
	return t
}()

// wideSpaceAt reports whether s[i:] starts with the UTF-8 of a white space
// rune above ASCII (unicode.IsSpace): U+0085, U+00A0, U+1680, U+2000 to
// U+200A, U+2028, U+2029, U+202F, U+205F, U+3000.
func wideSpaceAt(s string, i int) bool {
	if i+1 >= len(s) {
		return false
	}
	b1 := s[i+1]
	switch s[i] {
	case 0xC2:
		return b1 == 0x85 || b1 == 0xA0
	}
	if i+2 >= len(s) {
		return false
	}
	b2 := s[i+2]
	switch s[i] {
	case 0xE1:
		return b1 == 0x9A && b2 == 0x80
	case 0xE2:
		switch b1 {
		case 0x80:
			return b2 >= 0x80 && b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF
		case 0x81:
			return b2 == 0x9F
		}
	case 0xE3:
		return b1 == 0x80 && b2 == 0x80
	}
	return false
}

// cutText returns text[a:b] without the segment's bracketed abbreviation.
func (p *parser) cutText(s *segment, a, b int) string {
	if s.cutA < 0 || s.cutB <= s.cutA {
		return p.text[a:b]
	}
	ca, cb := p.toks[s.cutA].Start, p.toks[s.cutB-1].End
	if ca < a || cb > b {
		return p.text[a:b]
	}
	return strings.Join(strings.Fields(p.text[a:ca]+" "+p.text[cb:b]), " ")
}

// foldTitle folds a title for comparison, punctuation read as space (as the
// score does): "UBND Q.Tân Bình, TP.HCM" -> "ubnd q tan binh tp hcm".
func foldTitle(s string) string {
	if isFoldedTitle(s) {
		return s
	}
	var abuf [128]byte
	var a string
	if b, ok := token.AppendASCII(abuf[:0], s); ok {
		a = unsafe.String(unsafe.SliceData(b), len(b)) // read below, not kept
	} else {
		a = token.ASCII(s)
	}
	var buf [128]byte
	return string(appendWords(buf[:0], a))
}

// appendWords appends the words of a (runs of a-z0-9) joined by single
// spaces.
func appendWords[S string | []byte](f []byte, a S) []byte {
	// the words take at most len(a) bytes: a space replaces at least one
	// byte between two words
	start := len(f)
	f = slices.Grow(f, len(a))
	buf := f[:cap(f)]
	j := start
	for i := 0; i < len(a); i++ {
		c := a[i]
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			if j > start && (i == 0 || !isAlnum(a[i-1])) {
				buf[j] = ' '
				j++
			}
			buf[j] = c
			j++
		}
	}
	return buf[:j]
}

// foldTitle is foldTitle(s), remembered across texts: titles and roles
// come back at each mention and in article after article.
func (p *parser) foldTitle(s string) string {
	slot := &foldTitleCache[maphash.String(placeCacheSeed, s)&(foldTitleCacheSize-1)]
	if e := slot.Load(); e != nil && e[0] == s {
		return e[1]
	}
	e := &[2]string{strings.Clone(s), foldTitle(s)}
	if e[1] == s {
		e[1] = e[0] // s may be the text's: not kept
	}
	slot.Store(e)
	return e[1]
}

// foldTitleCache remembers foldTitle across texts: a direct-mapped table
// indexed by a hash of the text.
var foldTitleCache [foldTitleCacheSize]atomic.Pointer[[2]string]

const foldTitleCacheSize = 1 << 13

// isFoldedTitle reports whether s is already a folded title: words of
// a-z0-9 joined by single spaces.
func isFoldedTitle(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isAlnum(c) && (c != ' ' || i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// sentEnd reports whether token k is a full stop ending a sentence, not the
// dot of an abbreviation (Q.Tân Bình, TP.HCM, GS.TS).
func (p *parser) sentEnd(k int) bool {
	if !p.punAny(k, ".!?") {
		return false
	}
	return k+1 >= len(p.toks) || p.toks[k+1].SpaceBefore
}

// appendKeys is p.keys(a, b) in a buffer of the parser, valid until the
// next call.
func (p *parser) appendKeys(a, b int) []byte {
	buf := p.keyBuf[:0]
	for i := a; i < b && i < len(p.toks); i++ {
		if i > a {
			buf = append(buf, ' ')
		}
		buf = append(buf, p.toks[i].Key...)
	}
	p.keyBuf = buf
	return buf
}

// keys joins the folded keys of tokens [a, b) with spaces.
func (p *parser) keys(a, b int) string {
	var sb strings.Builder
	for i := a; i < b && i < len(p.toks); i++ {
		if i > a {
			sb.WriteByte(' ')
		}
		sb.WriteString(p.toks[i].Key)
	}
	return sb.String()
}

// dropBareRoles removes a title without organization whose role (former
// word aside) is the role of another title of the same person: "Bộ trưởng"
// next to "Bộ trưởng Văn phòng Chính phủ" is the same post.
func (p *parser) dropBareRoles(ts []schema.Title, folds []titleFold) ([]schema.Title, []titleFold) {
	if !slices.ContainsFunc(ts, func(t schema.Title) bool { return t.Organization == "" }) {
		return ts, folds // every title has its organization
	}
	out := make([]schema.Title, 0, len(ts))
	outF := folds[:0]  // in place, as out: folds[i] is read before outF reaches it
	var roles []string // bareRole of the titles with an organization, once
	var rolesBuf [16]string
	for i, t := range ts {
		if t.Organization != "" {
			out = append(out, t)
			if folds != nil {
				outF = append(outF, folds[i])
			}
			continue
		}
		if roles == nil {
			if len(ts) <= len(rolesBuf) {
				roles = rolesBuf[:len(ts)] // (on the stack: roles does not leave the call)
			} else {
				roles = make([]string, len(ts))
			}
			for j, u := range ts {
				if u.Organization != "" {
					roles[j] = bareRoleOf(u.Role)
				}
			}
		}
		r := bareRoleOf(t.Role)
		dup := false
		for j, u := range ts {
			if j != i && u.Organization != "" && roles[j] == r {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, t)
			if folds != nil {
				outF = append(outF, folds[i])
			}
		}
	}
	return out, outF
}

// bareRoleOf is bareRole(foldTitle(role)), remembered across texts in a
// direct-mapped table (the same roles come back in article after article).
func bareRoleOf(role string) string {
	slot := &bareRoleCache[maphash.String(placeCacheSeed, role)&(bareRoleCacheSize-1)]
	if e := slot.Load(); e != nil && e[0] == role {
		return e[1]
	}
	e := &[2]string{strings.Clone(role), strings.Clone(bareRole(foldTitle(role)))}
	slot.Store(e)
	return e[1]
}

var bareRoleCache [bareRoleCacheSize]atomic.Pointer[[2]string]

const bareRoleCacheSize = 1 << 12

// appendNoSpaces appends s without its spaces.
func appendNoSpaces(dst []byte, s string) []byte {
	n := len(dst)
	dst = slices.Grow(dst, len(s))[:n+len(s)]
	j := n
	for i := 0; i < len(s); i++ {
		c := s[i]
		dst[j] = c
		if c != ' ' {
			j++
		}
	}
	return dst[:j]
}

// bareRole folds a role without its former word (nguyên, cựu).
func bareRole(r string) string {
	f := foldTitle(r)
	for _, w := range []string{"nguyen ", "cuu "} {
		f = strings.TrimPrefix(f, w)
	}
	return f
}

// objects gives a title to the people it is conferred on: "bổ nhiệm chức vụ
// T đối với Thượng tá A và Thượng tá B" gives T to A and B (the appointees),
// not to the sentence's subject.
func (p *parser) objects() {
	for _, s := range p.segs {
		if s.prev != nil || s.next == nil || s.object {
			continue
		}
		// "cho thôi chức vụ T1, T2, T3 và các chức vụ có liên quan ... đối
		// với ông A": the whole chain is A's
		end := s
		for c := s; c != nil; c = c.next {
			end = c
		}
		j := end.last
		gap := 20 // "T1, T2 khóa XV đối với ông A": right after the chain
		if !p.afterChucVu(s.first) {
			gap = 1
			j = p.doiVoiAfter(j)
		}
		for q := j; q < len(p.toks) && q < j+gap; q++ {
			if p.sentEnd(q) || p.nameAt[q] > 0 || (q > j && p.segStartAt(q) != nil) || p.toks[q].LineBefore {
				break
			}
			if p.key(q) == "đôi1" && p.key(q+1) == "vơi1" {
				var chain []*segment
				for c := s; c != nil; c = c.next {
					chain = append(chain, c)
				}
				p.giveObjects(chain, q+2)
				p.decisionsBefore(s, q+2)
				break
			}
		}
	}
	for _, s := range p.segs {
		if s.object {
			continue
		}
		j := p.doiVoiAfter(s.last)
		if !(p.key(j) == "đôi1" && p.key(j+1) == "vơi1") {
			continue
		}
		p.giveObjects([]*segment{s}, j+2)
		p.decisionsBefore(s, j+2)
	}
}

// decisionsBefore gives the names listed from token j the chains of the
// earlier decisions of the sentence joined to the decision on chain s (a
// comma or "và" between): "miễn nhiệm chức vụ T1 nhiệm kỳ X, phê chuẩn miễn
// nhiệm chức vụ T2, cho thôi làm nhiệm vụ T3 đối với ông A" gives A T1 and
// T2 as well as T3. Each chain must follow decision words
// (data/decisions.txt).
func (p *parser) decisionsBefore(s *segment, j int) {
	var chains []*segment // earliest first
	defer func() {
		if len(chains) > 0 {
			p.giveObjectsAt(chains, j, true)
		}
	}()
	for n := 0; n < 8; n++ {
		b := p.decisionBefore(s.first)
		if b < 0 {
			return
		}
		k := b
		if p.key(k-1) == "va2" {
			k--
		}
		if p.pun(k-1, ',') {
			k--
		}
		if k == b || p.toks[b].LineBefore {
			return
		}
		prev := p.segEndAt(k)
		if prev == nil {
			// "T1, nhiệm kỳ 2021-2026, cho thôi ...": a qualifier between
			for q := k - 1; q >= 0 && q >= k-8 && prev == nil; q-- {
				e := p.skipQualifier(q)
				if e == q {
					continue
				}
				if e == k || p.pun(e, ',') && e+1 == k {
					if p.pun(q-1, ',') {
						prev = p.segEndAt(q - 1)
					} else {
						prev = p.segEndAt(q)
					}
				}
				break
			}
		}
		if prev == nil {
			return
		}
		for prev.prev != nil {
			prev = prev.prev
		}
		if prev.object || p.decisionBefore(prev.first) < 0 {
			return
		}
		var chain []*segment
		for c := prev; c != nil; c = c.next {
			chain = append(chain, c)
		}
		chains = append(chain, chains...)
		s = prev
	}
}

// decisionBefore returns the first token of decision words
// (data/decisions.txt) ending right before token k, -1 if none.
func (p *parser) decisionBefore(k int) int {
	for b := max(k-6, 0); b < k; b++ {
		if p.toks[b].Kind != token.Word || !p.d.decisions.MayStartAt(p.toks, b) {
			continue
		}
		if m, ok := p.d.decisions.At(p.toks, b); ok && m.Last == k {
			return b
		}
	}
	return -1
}

// doiVoiAfter returns the token of "đối với" after a chain ending before
// token j when a term qualifier, set off by commas or not, stands between
// ("miễn nhiệm T, nhiệm kỳ 2021-2026, đối với ông A"), else j.
func (p *parser) doiVoiAfter(j int) int {
	k := j
	if p.pun(k, ',') {
		k++
	}
	q := p.skipQualifier(k)
	if q == k {
		return j // a bare comma: "A, Chủ tịch X, đối với ông B thì ..." is A's
	}
	if p.pun(q, ',') {
		q++
	}
	if p.key(q) == "đôi1" && p.key(q+1) == "vơi1" {
		return q
	}
	return j
}

// afterChucVu reports whether "chức vụ" or "chức" ends right before token k.
func (p *parser) afterChucVu(k int) bool {
	return p.key(k-1) == "chưc1" || p.key(k-2) == "chưc1" && p.key(k-1) == "vu5"
}

// giveObjects gives the titles ss to the names listed from token j
// ("đối với Trung tá A và Thiếu tá B").
func (p *parser) giveObjects(ss []*segment, j int) {
	p.giveObjectsAt(ss, j, false)
}

// giveObjectsAt is giveObjects; front puts the titles before the names'
// others (decisions written before the ones already given).
func (p *parser) giveObjectsAt(ss []*segment, j int, front bool) {
	for j < len(p.toks) {
		if m, ok := atCue(p, bCues, p.d.cues, j); ok {
			j = m.Last
			if p.pun(j, '.') {
				j++
			}
			continue
		}
		if p.nameAt[j] == 0 {
			break
		}
		n := p.names[p.nameAt[j]-1]
		if front {
			n.post = append(ss[:len(ss):len(ss)], n.post...)
		} else {
			n.post = append(n.post, ss...)
		}
		n.strong = true
		for _, s := range ss {
			s.object = true
		}
		j = n.last
		if p.pun(j, ',') || p.key(j) == "va2" {
			j++
			continue
		}
		break
	}
}

// provincePrefix reports whether some prefix of the run [i, e) is a province.
func (p *parser) provincePrefix(i, e int) bool {
	for k := e; k > i; k-- {
		if p.isPlaceSpan(i, k) {
			return true
		}
	}
	return false
}

// provinceLevel reports whether the organization of s ends with a head that
// takes a province: "Tỉnh ủy", "UBND tỉnh", "tỉnh".
func (p *parser) provinceLevel(s *segment) bool {
	return p.endsWith(s.roleLast, s.orgLast, kwTinhUy) || p.endsWith(s.roleLast, s.orgLast, kwTinh)
}

func isProvince(place string) bool {
	_, ok := lookupPlace(place, time.Time{})
	return ok
}

// capsNameRun reads a name written in capitals after a cue ("Luật sư TRƯƠNG
// TRỌNG NGHĨA"): two to four all-capital words on one line, the first a
// family name. It returns the token after it, or i.
func (p *parser) capsNameRun(i int) int {
	if !p.upper(i) || !p.allCaps(i) || !p.family(i) {
		return i
	}
	j := i
	for j < len(p.toks) && j-i < 4 && p.upper(j) && p.allCaps(j) && (j == i || p.toks[j].SpaceBefore && !p.toks[j].LineBefore) {
		j++
	}
	if j-i < 2 {
		return i
	}
	return j
}

// headPenName reads a name of two or three syllables after ông, bà or
// đồng chí (the cue at c, singular) whose first syllable is a one-word head noun and no family name
// ("ông Trường Chinh", a pen name): a form of address is followed by a
// person, not by an organization, so the head opens a name when one or two
// capitalized syllables on the line follow it that are no word of an
// organization nor a place, and no further capital. It returns the token
// after the name, or i.
func (p *parser) headPenName(c, i int) int {
	if !p.upper(i) || p.family(i) || p.allCaps(i) || i+1 >= len(p.toks) {
		return i
	}
	if c > 0 && p.word(c-1) && p.key(c-1) == "cac1" {
		return i // "các đồng chí Ban X": a plural form of address, to a body
	}
	h, ok := p.orgHeadAt(i)
	if !ok || h.Last != i+1 {
		return i
	}
	if m, ok := atOrgan(p, i); ok && m.Last > i+1 {
		return i // "các đồng chí Bộ Công Thương": a body addressed
	}
	if p.may(i+1, bSector) {
		if _, ok := p.d.sectors.At(p.toks, i+1); ok {
			return i
		}
	}
	k := i + 1
	for k < len(p.toks) && k-i < 3 && p.upper(k) && !p.allCaps(k) && p.toks[k].SpaceBefore && !p.toks[k].LineBefore && !p.roleAt(k) {
		if _, ok := p.orgHeadAt(k); ok || p.mask[k]&bCountry != 0 {
			return i
		}
		if _, ok := atBool(p, bOrgLower, p.d.orgLower, k); ok {
			return i // "Ban Tuyên giáo": a word of a body's name
		}
		k++
	}
	if k > i+1 && k+1 < len(p.toks) && p.pc[k] == '-' && !p.toks[k].SpaceBefore && !p.toks[k+1].SpaceBefore && p.word(k+1) {
		k += 2 // "ông Ban Ki-moon": a hyphenated given name, romanized
	}
	if k == i+1 || p.upper(k) && p.toks[k].SpaceBefore && !p.toks[k].LineBefore || p.orgWordAt(k) || p.isPlaceSpan(i+1, k) || p.notName(i, k) {
		return i
	}
	return k
}

// aliases maps the folded abbreviations the text defines in brackets after
// an organization ("Đài Truyền hình Việt Nam (VTV)") to the folded names.
func (p *parser) aliases() map[string]string {
	m := map[string]string{}
	for _, s := range p.segs {
		if s.cutA <= s.roleLast || s.cutA+1 >= len(p.toks) {
			continue
		}
		abbr := foldTitle(p.text[p.toks[s.cutA+1].Start:p.toks[s.cutA+1].End])
		exp := foldTitle(p.text[p.toks[s.roleLast].Start:p.toks[s.cutA-1].End])
		if abbr != "" && exp != "" {
			m[abbr] = exp
		}
	}
	return m
}

// dropVariants keeps one title of a post written twice: with an abbreviation
// and with its expansion ("Tổng Giám đốc VTV", "Tổng Giám đốc Đài Truyền hình
// Việt Nam"), or once with and once without "nguyên": the first written
// stays (the article introduces the person with it).
func (p *parser) dropVariants(ts []schema.Title, folds []titleFold) []schema.Title {
	if len(ts) < 2 {
		return ts
	}
	if p.alias == nil {
		p.alias = p.aliases()
	}
	al := p.alias
	if len(al) == 0 {
		// spaces dropped: "Bộ TTTT" and "Bộ TT&TT" are one post; the keys
		// are written one after another in a buffer
		out := ts[:0] // in place: ts[i] is read before out reaches it
		arena, ends := p.seenArena[:0], p.seenBuf[:0]
		var kb [16]int
		kept := kb[:0] // the index in ts of each title of out
		for i, t := range ts {
			n := len(arena)
			arena = append(arena, folds[i].bare...) // appendNoSpaces(arena, bareRole(folds[i].canon))
			if hasKey(arena[:n], ends, arena[n:]) {
				arena = arena[:n]
				p.longerForm(out, kept, ts, folds, i)
				continue // the first mention introduces the person
			}
			ends = append(ends, len(arena))
			out = append(out, t)
			kept = append(kept, i)
		}
		p.seenArena, p.seenBuf = arena[:0], ends[:0]
		return out
	}
	key := func(i int) string {
		ft := folds[i].canon
		f := strings.Fields(ft)
		for i, w := range f {
			if e, ok := al[w]; ok {
				f[i] = e
			}
		}
		return strings.ReplaceAll(bareRole(strings.Join(f, " ")), " ", "")
	}
	out := ts[:0] // in place: ts[i] is read before out reaches it
	var seen []string
	var kept []int // the index in ts of each title of out
	for i, t := range ts {
		k := key(i)
		if slices.Contains(seen, k) {
			p.longerForm(out, kept, ts, folds, i)
			continue // the first mention introduces the person
		}
		seen = append(seen, k)
		out = append(out, t)
		kept = append(kept, i)
	}
	return out
}

// longerForm writes title i of ts in place of the title of out it repeats
// when both are one post in one form (canonTitle), both held or both former,
// and i names the organization more fully with a long form marked full in
// data/equivforms.tsv: "Thứ trưởng Công an" then
// "Thứ trưởng Bộ Công an" keep the second. kept[j] is the index in ts of
// out[j]; folds are indexed as ts.
func (p *parser) longerForm(out []schema.Title, kept []int, ts []schema.Title, folds []titleFold, i int) {
	if !slices.ContainsFunc(p.d.fullForms, func(f string) bool { return strings.Contains(folds[i].fold, f) }) {
		return // no long form of data/equivforms.tsv marked full
	}
	for j, k := range kept {
		if folds[k].canon == folds[i].canon && len(folds[i].fold) > len(folds[k].fold) && ts[k].Former == ts[i].Former {
			out[j] = ts[i]
			kept[j] = i
			return
		}
	}
}

// profName reads a name after a profession word at i ("nhà báo Thuận Hữu",
// "nghệ sĩ Xuân Bắc", "nhà báo Mỹ Matthew Herper"). The word must not be
// part of an organization name ("Hội Nhà báo Việt Nam") and the name must be
// two to four capitalized syllables that are no country or province. A name
// not starting with a family name is a candidate only: it needs a title
// (attach) to become a person. It returns the token after the name.
func (p *parser) profName(i int) (int, name, bool) {
	m, ok := p.d.prof.At(p.toks, i)
	if !ok {
		return 0, name{}, false
	}
	if i > 0 && !p.toks[i].LineBefore && p.word(i-1) && p.toks[i-1].Upper {
		if h, ok := p.orgHeadAt(i - 1); ok && h.Last == i {
			return 0, name{}, false // "Hội Nhà báo"
		}
		if i > 1 && !p.toks[i-1].LineBefore && !p.sentEnd(i-2) {
			return 0, name{}, false // inside a capitalized run
		}
	}
	j := m.Last
	e := p.nameRun(j, 5)
	if c, ok := atBool(p, bCountry, p.d.country, j); ok && c.Last <= e {
		switch {
		case e-c.Last >= 2:
			j = c.Last // "nhà báo Mỹ Matthew Herper"
		case c.Last-c.First > 1:
			return 0, name{}, false // "nhà báo Việt Nam", "Hàn Quốc"
		}
		// "nghệ sĩ Anh Tú": a given name
	}
	if e-j >= 2 && p.hyphenGlued(e) {
		e += 2 // "người đồng cấp Hàn Quốc Kim Yong-hyun": the last part of a Korean given name
	}
	n := e - j
	if n < 2 || n > 4 || p.toks[e-1].End-p.toks[j].Start > 64 {
		return 0, name{}, false
	}
	if m, ok := foreignWords.press.At(p.toks, j); ok && m.Last == e {
		return 0, name{}, false // "phóng viên Lao Động": the newspaper's reporter
	}
	if m, ok := foreignWords.orgs.At(p.toks, j); ok && m.Last >= e {
		return 0, name{}, false // "bác sĩ Nhà Trắng": the organization's doctor
	}
	if e < len(p.toks) && p.toks[e].Kind == token.Number {
		return 0, name{}, false // a heading: "Nghệ sĩ Top Hot 100"
	}
	for k := j; k < e; k++ {
		if p.allCaps(k) && !p.isInitialCaps(k) || p.nameAt[k] > 0 {
			return 0, name{}, false
		}
	}
	if p.notName(j, e) {
		return 0, name{}, false
	}
	return e, name{first: j, last: e, cue: true, strong: p.family(j) || n <= 3 && p.nameClosed(e)}, true
}

// nameClosed reports whether the name of a profession word ending before
// token e is closed by the grammar: a punctuation mark of a clause's end
// or an apposition, or a predicate ("nhà báo Đan Hà cho biết", "tác giả
// Duy Hoa, 30 tuổi"): then a name without a listed family name (a pen
// name) is a person.
func (p *parser) nameClosed(e int) bool {
	if e >= len(p.toks) || p.toks[e].LineBefore {
		return false
	}
	if p.punAny(e, ",.:;(!?") {
		return true
	}
	if p.pun(e, '-') && p.toks[e].SpaceBefore && e+1 < len(p.toks) && p.toks[e+1].SpaceBefore {
		return true // "tác giả Duy Hoa - tên thật ...": a spaced dash opens an apposition
	}
	return p.word(e) && !p.toks[e].Upper && p.predicateAt(e)
}

// bioChain reads the titles of an apposition list that opens with the
// person's biography: "Đại tá A (SN 1977), quê quán huyện X, tỉnh Y; Phó Cục
// trưởng Cục Z" or "ông A, sinh năm 1970, quê Y; T1, T2". The chain after the
// biography (after its bracket and comma, or after the ";" that ends the
// biography items) is the person's.
func (p *parser) bioChain(n *name) {
	k := n.last
	bio := false
	if p.pun(k, '(') {
		// a bracket of birth data: "(SN 1977)", "(sinh năm 1970)", "(1965)"
		e, num := k+1, false
		for ; e < len(p.toks) && e < k+8 && !p.pun(e, ')'); e++ {
			if p.toks[e].LineBefore || p.nameAt[e] > 0 || p.segStartAt(e) != nil {
				return
			}
			num = num || p.toks[e].Kind == token.Number
		}
		if !p.pun(e, ')') || !num {
			return
		}
		k, bio = e+1, true
	}
	if !p.pun(k, ',') {
		return
	}
	k++
	if bio && p.segStartAt(k) != nil {
		p.bioTitles(n, k)
		return
	}
	if _, ok := atBool(p, bBio, p.d.bio, k); !ok {
		return
	}
	// the biography items up to the ";"
	for j := k; j < len(p.toks) && j < k+30; j++ {
		if p.toks[j].LineBefore || p.sentEnd(j) || p.nameAt[j] > 0 || p.segStartAt(j) != nil {
			return
		}
		if p.word(j) && !p.toks[j].Upper {
			if m, ok := atBool(p, bVerbs, p.d.verbs, j); ok && m.Last > j {
				return
			}
		}
		if p.pun(j, ';') {
			p.bioTitles(n, j+1)
			return
		}
	}
}

// bioTitles gives n the chain starting at token k, unless it is the chain
// before another name.
func (p *parser) bioTitles(n *name, k int) {
	s := p.segStartAt(k)
	if s == nil || s.object || p.chainBeforeName(s) {
		return
	}
	for c := s; c != nil; c = c.next {
		n.post = append(n.post, c)
		n.chainEnd = c.last
	}
}

// afterCountry reads a name right after a title that a country closes:
// "Tổng thống Hoa Kỳ Obama", "Thủ tướng Trung Quốc Lý Cường". The country
// must follow a role with only organization words between them. It returns
// the token after the name (one to four capitalized syllables; one only when
// it looks foreign).
func (p *parser) afterCountry(i int) (int, bool) {
	// the longest country ending at i: "Liên bang Nga", not "Nga"
	c := -1
	for j := max(0, i-4); j < i; j++ {
		if p.mask[j]&bCountry == 0 {
			continue
		}
		if m, ok := p.d.country.At(p.toks, j); ok && m.Last == i {
			c = j
			break
		}
	}
	if c < 1 {
		return 0, false
	}
	role, loose := false, false
	for j := c - 1; j >= 0 && j >= c-8 && !role; j-- {
		if p.toks[j+1].LineBefore || p.toks[j].Kind != token.Word {
			break
		}
		if p.mask[j]&bRoles == 0 {
			continue
		}
		m, ok := p.d.roles.At(p.toks, j)
		if !ok || m.Last > c {
			continue
		}
		// organization words only between the role and the country
		role = true
		for k := m.Last; k < c; k++ {
			if k == m.Last && p.may(k, bSector) {
				// a ministry named by its sector right after the role, no
				// "Bộ": "Bộ trưởng Ngoại giao Việt Nam A", "Bộ trưởng Y tế
				// Lebanon B"
				if s, ok := p.d.sectors.At(p.toks, k); ok && s.Last <= c {
					k = s.Last - 1
					continue
				}
			}
			if !p.may(k, bOrgLower) {
				// no word of an organization name starts here
			} else if ol, ok := atBool(p, bOrgLower, p.d.orgLower, k); ok && ol.Last <= c && !p.toks[k].Upper {
				k = ol.Last - 1 // "Cục trưởng Cục hàng không Việt Nam A": a word of the name
				continue
			}
			if h, ok := p.orgHeadAt(k); ok && h.Last <= c {
				k = h.Last - 1 // a head of several words: "Nhân đại"
				continue
			}
			// (a lower-case word after a capital: "Bộ Nông nghiệp Liên bang Nga")
			if _, ok := p.orgHeadAt(k); !ok && !p.upper(k) && !p.orgWordAt(k) {
				if p.key(k) == "tai5" && k > m.Last && p.upper(k-1) && p.upper(k+1) {
					continue // "Đại sứ Brazil tại Việt Nam Marco Farani"
				}
				if p.key(k) == "va2" && k > m.Last+1 && p.upper(k+1) && k+1 < c {
					continue // "Bộ trưởng Bộ Thương mại và Công nghiệp Singapore A": two sectors of one ministry
				}
				if p.word(k) && p.upper(k-1) && k-1 > m.Last {
					loose = true
					continue
				}
				role = false
				break
			}
		}
	}
	if !role {
		return 0, false
	}
	e := p.nameRun(i, 4)
	if e == i+1 && p.isInitialCaps(i) && p.pun(i+1, '.') && !p.toks[i+1].SpaceBefore && p.upper(i+2) && !p.toks[i+2].SpaceBefore {
		e = p.nameRun(i+2, 3) // "A.Tkachyov": an initial glued to the family name
	}
	if e == i || e == i+1 && (loose || !p.foreignLike(i)) {
		return 0, false // (one word after a looser organization: "Tập đoàn Xăng dầu Việt Nam Petrolimex")
	}
	if e < len(p.toks) && p.upper(e) && p.toks[e].SpaceBefore {
		return 0, false // a longer capitalized run: an organization
	}
	if p.notName(i, e) {
		return 0, false
	}
	return e, true
}

// counted gives a title that counts the people listed after it to each of
// them: "hai ủy viên Trung ương Đảng là Bộ trưởng Bộ Y tế A và Chủ tịch UBND
// B", "Ba ủy viên Bộ Chính trị khóa 12 bị kỷ luật gồm: ông A - T1; ông B".
func (p *parser) counted() {
	for _, s := range p.segs {
		if s.prev != nil || s.object || s.first == 0 {
			continue
		}
		if p.isLa(s.first - 1) {
			p.allOf(s) // "Cả hai đều là T" (no count before "là")
			continue
		}
		if p.toks[s.first].LineBefore {
			p.profileLine(s) // a line of titles after a profile line
			continue
		}
		q := s.first - 1
		num := p.toks[q].Kind == token.Number || p.word(q) && p.d.counts[p.key(q)]
		// "Một số ủy viên Bộ Chính trị khác ..., gồm: T1 A; T2 B": an
		// uncounted plural, linked by "gồm" alone
		some := !num && p.word(q) && (p.key(q) == "nhiêu2" || p.key(q) == "nhưng4" || p.key(q) == "cac1" || p.key(q) == "sô1" && p.key(q-1) == "môt5")
		if !num && !some {
			continue
		}
		// "Bộ Chính trị khóa 13 có 15 Ủy viên, gồm: A; B": the bare
		// role counted is a member of the organ before "có"
		bareOrg, owned := "", false
		if num && s.next == nil && s.orgLast == s.roleLast && s.extraOrg == "" && p.key(q-1) == "co1" {
			bareOrg = p.organBefore(q - 1)
			if bareOrg != "" && !s.weak {
				// "Bộ X có 5 thứ trưởng, gồm: A; B": a role that names a
				// position alone is kept as written
				bareOrg, owned = "", true
			}
		}
		var chain []*segment
		for c := s; c != nil; c = c.next {
			if p.nameAt[c.orgLast] > 0 {
				chain = nil
				break
			}
			chain = append(chain, c)
		}
		if len(chain) == 0 {
			continue
		}
		// "là", "gồm", "gồm có", ":" within a few words of the chain
		j, k := chain[len(chain)-1].last, -1
		want, appos := 0, false // the count of an apposition
		if num && p.word(q) {
			want = countWord(p.key(q))
		}
		lim := 6
		if some {
			lim = 24 // "khác không thuộc Quân ủy nhưng cũng dự, gồm:"
		}
		for q := j; q < len(p.toks) && q < j+lim; q++ {
			if p.sentEnd(q) || p.toks[q].LineBefore || p.nameAt[q] > 0 || p.segStartAt(q) != nil && q > j {
				break
			}
			if p.pun(q, ',') && p.key(q+1) == "gôm2" && (some || bareOrg != "" || owned) {
				continue
			}
			if some && p.key(q) != "gôm2" {
				if p.toks[q].Kind == token.Punct {
					break
				}
				continue
			}
			if p.key(q) == "la2" || p.key(q) == "gôm2" || p.pun(q, ':') {
				k = q + 1
				if p.key(q) == "gôm2" && p.key(k) == "co1" {
					k++
				}
				if p.pun(k, ':') {
					k++
				}
				break
			}
			if p.pun(q, ',') && want > 0 && !some && bareOrg == "" && !owned {
				// "hai phó thủ tướng dưới thời ông, A và B": the people in
				// apposition, as many as counted
				k, appos = q+1, true
				break
			}
			if p.toks[q].Kind == token.Punct {
				break
			}
		}
		if k < 0 {
			continue
		}
		if p.groupAt(k) {
			// "gồm các ông: A; B"
			if k = p.skipCues(k + 1); p.pun(k, ':') {
				k++
			}
		}
		if bareOrg != "" {
			s.extraOrg = bareOrg
		}
		if owned {
			p.markGroup(chain)
		}
		i := sort.Search(len(p.names), func(i int) bool { return p.names[i].first >= k })
		got := p.countBuf[:0]
		for ; i < len(p.names); i++ {
			k = p.skipCues(k)
			n := p.names[i]
			start := n.first
			if len(n.pre) > 0 {
				start = n.pre[0].first
			}
			if start != k {
				break
			}
			if slices.Contains(n.pre, chain[0]) || slices.Contains(n.post, chain[0]) {
				break // (given already: "nhiều ủy viên Bộ Chính trị gồm: A" in lists)
			}
			got = append(got, n)
			k = n.chainEnd
			if p.punAny(k, ",;") {
				k++
			}
			if p.key(k) == "va2" {
				k++
			}
		}
		p.countBuf = got[:0]
		if appos && len(got) != want {
			continue // (an apposition of another count is no list of them)
		}
		for _, n := range got {
			n.post = append(n.post, chain...)
			n.strong = true
		}
	}
}

// allOf gives the title after "Cả N (ông) ... đều là" to each of the N
// people: those listed between ("Cả ba ông A, B và C đều là T"), or, with
// none listed, those the sentence before names when it names exactly N
// ("... A và B. Cả hai đều là T").
func (p *parser) allOf(s *segment) {
	f := s.first
	if s.prev != nil || s.object || s.taken || f < 4 || !p.isLa(f-1) || p.key(f-2) != "đêu2" {
		return
	}
	// "cả" and a count within the sentence before "đều là"
	c, n := -1, 0
	for k := f - 3; k >= 0 && k > f-30; k-- {
		if p.sentEnd(k) || p.toks[k+1].LineBefore && k+1 < f-2 {
			break
		}
		if p.key(k) == "ca3" && p.word(k+1) {
			n = countWord(p.key(k + 1))
			c = k
			break
		}
	}
	if c < 0 || n < 2 {
		return
	}
	var chain []*segment
	for x := s; x != nil; x = x.next {
		if p.nameAt[x.orgLast] > 0 {
			break
		}
		chain = append(chain, x)
	}
	if len(chain) == 0 {
		return
	}
	// the names between the count and "đều", else the sentence before
	lo, hi := c+2, f-2
	if i := sort.Search(len(p.names), func(i int) bool { return p.names[i].first >= lo }); i == len(p.names) || p.names[i].first >= hi {
		if hi-lo > 2 {
			return // ("cả hai người con của ông đều là"): no group of people named before
		}
		hi, lo = c, c
		for lo > 0 && c-lo < 80 && !(lo < c && p.sentEnd(lo-1)) && !p.toks[lo].LineBefore {
			lo--
		}
		if lo < c && p.sentEnd(lo) {
			// "A và B. Cả hai": c opens a sentence, the one before ends at lo
			lo--
			for lo > 0 && c-lo < 80 && !p.sentEnd(lo-1) && !p.toks[lo].LineBefore {
				lo--
			}
		}
	}
	var group []*name
	seen := 0
	for _, nm := range p.names {
		if nm.first < lo || nm.first >= hi || !(nm.strong || len(nm.pre)+len(nm.post) > 0) {
			continue
		}
		if len(group) > 0 && p.keys(group[len(group)-1].first, group[len(group)-1].last) == p.keys(nm.first, nm.last) {
			continue
		}
		seen++
		group = append(group, nm)
	}
	if seen != n {
		return
	}
	for _, nm := range group {
		if !slices.Contains(nm.post, chain[0]) {
			nm.post = append(nm.post[:len(nm.post):len(nm.post)], chain...)
		}
	}
	for _, x := range chain {
		x.taken = true
	}
}

// countWord is the number a counting word says (hai 2 ... mười 10), 0 if none.
func countWord(k string) int {
	switch k {
	case "hai":
		return 2
	case "ba":
		return 3
	case "bôn1":
		return 4
	case "năm":
		return 5
	}
	return 0
}

// organBefore returns the organ named right before token c ("Bộ Chính trị
// khóa 13 có ...", the term left out), or "".
func (p *parser) organBefore(c int) string {
	e := c
	if e >= 2 && p.key(e-2) == "khoa1" && (p.toks[e-1].Kind == token.Number || isTermNumber(p.toks[e-1].Key)) {
		e -= 2
	}
	best := -1
	for j := e - 1; j >= 0 && j >= e-8; j-- {
		if p.toks[j].Kind != token.Word || p.nameAt[j] > 0 {
			break
		}
		if !p.toks[j].Upper {
			continue
		}
		if m, ok := atOrgan(p, j); ok && m.Last == e {
			best = j
			continue
		}
		if _, ok := p.orgHeadAt(j); ok {
			if end, _, _, _ := p.parseOrg(j); end == e || end == c {
				best = j
			}
		}
	}
	if best < 0 {
		return ""
	}
	return p.text[p.toks[best].Start:p.toks[e-1].End]
}

// editionAt extends an organization [start, k) named after an event with the
// edition that follows it: "Hội đồng Chung khảo Giải Báo chí Quốc gia năm
// 2015", "Ban Tổ chức Đại hội Thể thao lần thứ 5". It returns the new end.
func (p *parser) editionAt(start, k int) int {
	e := k
	switch {
	case p.key(k) == "năm" && k+1 < len(p.toks) && p.toks[k+1].Kind == token.Number && p.toks[k+1].End-p.toks[k+1].Start == 4:
		e = k + 2
	case p.key(k) == "lân2" && p.key(k+1) == "thư1" && (isNumeral(p, k+2)):
		e = k + 3
	default:
		return k
	}
	if p.toks[k].LineBefore {
		return k
	}
	for j := start; j < k; j++ {
		if p.toks[j].Upper && p.word(j) {
			if _, ok := p.d.events.At(p.toks, j); ok {
				return e
			}
		}
	}
	return k
}

// headRole reports whether the role at r names the organization whose head
// word is right before it: "Ban Bí thư", "Văn phòng Chủ tịch nước", "Ban
// Giám đốc".
func (p *parser) headRole(r int) bool {
	for j := r - 1; j >= 0 && j >= r-2; j-- {
		if !p.upper(j) {
			continue
		}
		if hm, ok := p.orgHeadAt(j); ok && hm.Last == r && hm.Value == orgPlain {
			// a whole organ ("Bộ Chính trị") takes no role as its name
			om, ok := atOrgan(p, j)
			return !ok || om.Last != r
		}
	}
	return false
}

// apartPre reads a title chain set off from the name after it by a spaced
// dash or by a comma and a rank: "Trưởng ban Dân vận Tỉnh ủy - Phạm Văn A",
// "Chính ủy Binh chủng Đặc công, Thiếu tướng Nguyễn Văn B". The chain must
// open its clause (not follow another name, whose appositive it would be).
func (p *parser) apartPre(n *name) []*segment {
	k := n.first // the token the chain ends at
	commaOnly, dashed := false, false
	if n.cue {
		// the cue (a rank) before the name: "…, Thiếu tướng B"
		c := -1
		for j := n.first - 1; j >= 0 && j >= n.first-4; j-- {
			if p.mask[j]&bCues == 0 {
				continue
			}
			if m, ok := p.cueAt(j); ok && (m.Value == cueRank || m.Value == cueAcademic) && (m.Last == n.first || m.Last == n.first-1 && p.pun(m.Last, '.')) {
				c = j // (or a degree: "T, GS.TSKH B")
				break
			}
		}
		// stacked cues: "Đại tá, TS. B", "GS.TSKH B" read as GS . TSKH
		for c > 1 {
			b := -1
			for j := c - 1; j >= 0 && j >= c-3; j-- {
				if p.mask[j]&bCues == 0 {
					continue
				}
				if m, ok := p.cueAt(j); ok && m.Value != cueHonorific && (m.Last > c-1 && m.Last <= n.first || m.Last == c-1 && p.pun(m.Last, '.')) {
					b = j
				}
			}
			if b < 0 {
				break
			}
			c = b
		}
		if c > 1 && (p.pun(c-1, '-') || p.isPunct(c-1, "–")) && p.toks[c-1].SpaceBefore && p.toks[c].SpaceBefore {
			dashed = true // "T - Thượng tướng B": a spaced dash before the rank
		}
		if c > 0 && !dashed && !p.pun(c-1, ',') {
			if m, ok := p.cueAt(c); ok && m.Value == cueAcademic {
				return nil // "...; Nguyên Phó Giám đốc Bệnh viện E TS. BS B:": a degree set off by nothing
			}
		}
		if c < 0 {
			// "T - ông B": a spaced dash, then a form of address; "T, ông
			// B cho biết": a comma, when the chain opens the sentence
			if !p.dashNear(n.first) && !(p.commaNear(n.first) && p.word(n.last) && !p.toks[n.last].Upper) {
				return nil
			}
			h := p.honorificBefore(n.first)
			switch {
			case h < 1 || !p.toks[h].SpaceBefore:
				return nil
			case (p.pun(h-1, '-') || p.isPunct(h-1, "–")) && p.toks[h-1].SpaceBefore:
				c, dashed = h, true
			case p.pun(h-1, ',') && p.word(n.last) && !p.toks[n.last].Upper:
				c, commaOnly = h, true
			default:
				return nil
			}
		}
		k = c
		if p.pun(k-1, ',') || dashed {
			k--
		}
	} else {
		switch {
		case (p.pun(k-1, '-') || p.isPunct(k-1, "–")) && p.toks[k-1].SpaceBefore && p.toks[k].SpaceBefore:
		case p.pun(k-1, ',') && p.word(n.last) && !p.toks[n.last].Upper:
			// "Chủ tịch UBND tỉnh Quảng Trị, Võ Văn Hưng cho biết": only
			// when the chain opens the sentence (checked below)
			commaOnly = true
		default:
			return nil
		}
		k--
	}
	s := p.segEndAt(k)
	if s == nil || s.orgLast != k || s.orgLast == s.roleLast && !s.full {
		return nil
	}
	var chain []*segment
	for c := s; c != nil; c = c.prev {
		if c.taken || c.object {
			return nil
		}
		chain = append(chain, c)
	}
	slices.Reverse(chain)
	f := chain[0].first
	if p.whenOpenAt(f) {
		// "Khi là T, ông B đã ký": the time clause gives B the post
	} else {
		for j := f - 1; j >= 0 && j >= f-4; j-- {
			if m, ok := atBool(p, bIntro, p.d.intro, j); ok && m.Last == f {
				return nil // "giữ chức vụ T, Thiếu tướng B": the title of the subject
			}
		}
		if commaOnly && f > 0 && !p.toks[f].LineBefore && !p.sentEnd(f-1) && !p.frontedBefore(f) && !p.agentDo(f-1) {
			return nil
		}
	}
	if f > 0 && !p.toks[f].LineBefore && !p.whenOpenAt(f) {
		switch {
		case p.punAny(f-1, ".;:(\""):
		case p.word(f-1) && !p.toks[f-1].Upper && !p.nameEndsAt(f-1) && !n.cue:
		case p.pun(f-1, ',') && p.word(f-2) && !p.toks[f-2].Upper && !p.nameEndsAt(f-1):
			// "Phát biểu đáp từ, T, Thiếu tướng B"
		case commaOnly && p.agentDo(f-1):
			// "Báo cáo do T, ông B trình bày": the agent after "do"
		case commaOnly && p.frontedBefore(f):
			// "Còn tại Gia Lai, T, ông B cũng ...": a fronted place or
			// circumstance, then the chain opening the main clause
		case dashed && !p.nameEndsAt(f):
			// "Trao đổi với phóng viên X, T - ông B", "Theo T – bà B"
		default:
			return nil
		}
	}
	for _, c := range chain {
		c.preOf = true
	}
	return chain
}

// frontedBefore reports whether a short fronted phrase naming no person
// and holding no title opens the sentence and ends in a comma right before
// token f: "Còn tại Gia Lai, T, ông B cũng ...", "Trao đổi tại buổi làm
// việc, T, bà B khẳng định" (apartPre: the chain after it opens the main
// clause, as at a sentence start).
func (p *parser) frontedBefore(f int) bool {
	if f < 3 || !p.pun(f-1, ',') {
		return false
	}
	for j := f - 2; j >= 0 && j >= f-12; j-- {
		t := &p.toks[j]
		switch {
		case t.Kind == token.Punct && !(p.pun(j, '/') && !t.SpaceBefore):
			return false // (a date "5/3" is read through)
		case p.nameAt[j] > 0 || p.segStartAt(j) != nil || p.segEndAt(j) != nil:
			return false // a person or a title
		case p.may(j, bCues):
			if _, ok := p.cueAt(j); ok {
				return false // a form of address
			}
		}
		if t.LineBefore || j == 0 || p.sentEnd(j-1) {
			return f-1-j >= 2 // at least two words
		}
	}
	return false
}

// heldBy reads a post given to the name after it by "do" and a verb of
// holding: "Ghế bộ trưởng Giao thông vận tải do ông A đảm nhận" (the post
// is A's), also with a title before the name ("do Chủ tịch A đảm nhận").
func (p *parser) heldBy(n *name) []*segment {
	d := n.first - 1
	if h := p.honorificBefore(n.first); h > 0 {
		d = h - 1
	} else if t := p.segEndAt(n.first); t != nil && t.prev == nil && t.first > 1 && t.orgLast == n.first && p.toks[t.roleFirst].Upper {
		// "Chủ tịch Đảng do Chủ tịch A đảm nhận": the holder named with
		// a title of his own, a form of address as well as a post
		d = t.first - 1
	}
	if d < 1 || !p.word(d) || p.text[p.toks[d].Start:p.toks[d].End] != "do" {
		return nil
	}
	s := p.segEndAt(d)
	if s == nil || s.orgLast != d || s.orgLast == s.roleLast && !s.full || s.taken || s.object || s.next != nil {
		return nil
	}
	if m, ok := p.d.holdVerbs.At(p.toks, n.last); !ok || m.First != n.last {
		return nil
	}
	s.preOf = true
	return []*segment{s}
}

// whenOpenAt reports whether a time clause opener of data/whenopen.txt
// ("Khi là", "Khi còn là") opens the sentence and ends at token f.
func (p *parser) whenOpenAt(f int) bool {
	for j := f - 1; j >= 0 && j >= f-6; j-- { // ("trong thời gian giữ cương vị")
		if j > 0 && !p.toks[j].LineBefore && !p.sentEnd(j-1) {
			continue // no sentence start
		}
		m, ok := p.d.whenOpen.At(p.toks, j)
		return ok && m.Last == f
	}
	return false
}

// inBracket reports whether token i is inside a bracket opened before it in
// its sentence.
func (p *parser) inBracket(i int) bool {
	if lo := max(i-12, 0); i <= len(p.pc) && bytes.IndexByte(p.pc[lo:i], '(') < 0 {
		return false // no bracket opens in the twelve tokens before
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		switch {
		case p.pun(j, ')'), p.sentEnd(j), p.toks[j+1].LineBefore:
			return false
		case p.pun(j, '('):
			return true
		}
	}
	return false
}

// roleUnit is the key of the unit noun a role names ("Phó Cục trưởng":
// cục, "Phó Đội trưởng": đội, "Trưởng phòng": phòng), or of the head noun
// opening its organization when the role names none; "" if neither.
func (p *parser) roleUnit(s *segment) string {
	if u := p.roleOwnUnit(s); u != "" {
		return u
	}
	if s.orgLast > s.roleLast {
		if m, ok := p.orgHeadAt(s.roleLast); ok && m.Last == s.roleLast+1 && m.Value == orgPlain {
			return p.key(s.roleLast)
		}
	}
	return ""
}

// roleOwnUnit is the unit noun inside s's role ("Trưởng phòng", "Chánh
// văn phòng"), "" if none (roleUnit also reads the organization's head).
func (p *parser) roleOwnUnit(s *segment) string {
	for t := s.roleFirst; t < s.roleLast; t++ {
		if !p.may(t, bUnit) {
			// no unit noun
		} else if _, ok := p.d.units[p.key(t)]; ok {
			return p.key(t)
		}
		if m, ok := p.orgHeadAt(t); ok && m.Last == t+1 && m.Value == orgPlain {
			return p.key(t)
		}
	}
	return ""
}

// namedBodies completes a party body named without its parent from the same
// body named in full earlier in the sentence: "tham gia Đảng đoàn Hội Liên
// hiệp Phụ nữ tỉnh (nhiệm kỳ 2021 - 2026), giữ chức vụ Ủy viên Đảng đoàn".
func (p *parser) namedBodies() {
	for _, s := range p.segs {
		p.headedCommittee(s)
		if !s.openBody || s.extraOrg != "" || s.placeText != "" || s.next != nil {
			continue
		}
		n := s.orgLast - s.roleLast
		if n < 1 || n > 4 {
			continue
		}
	scan:
		for j := s.first - n; j >= 0 && j >= s.first-40; j-- {
			if p.sentEnd(j) || p.toks[j+1].LineBefore {
				break
			}
			for t := 0; t < n; t++ {
				if p.toks[j+t].Key != p.toks[s.roleLast+t].Key {
					continue scan
				}
			}
			if !p.upper(j+n) || p.nameAt[j+n] > 0 {
				continue
			}
			if e, _, _, _ := p.parseOrg(j + n); e > j+n && e <= s.first {
				s.extraOrg = p.text[p.toks[j+n].Start:p.toks[e-1].End]
			}
			break
		}
	}
}

// kwLam, kwGom, kwDo: "làm", "gồm", "do" (kwBan: "ban", a committee).
var kwLam, kwGom, kwDo = phraseKeys("làm")[0], phraseKeys("gồm")[0], phraseKeys("do")[0]

// headedCommittee completes a bare committee head introduced by "làm" with
// the committee the sentence opens with: "Ban lễ tang gồm 35 thành viên do
// Chủ tịch nước A làm Trưởng ban" gives A "Trưởng ban lễ tang". The
// committee is "Ban" and one to five lower-case words, then "gồm" or "do".
func (p *parser) headedCommittee(s *segment) {
	if !s.weak || s.orgLast != s.roleLast || s.extraOrg != "" || s.placeText != "" || s.first < 1 || p.toks[s.roleLast-1].Key != kwBan || p.toks[s.first-1].Key != kwLam {
		return
	}
	for j := s.first - 2; j >= 0 && j >= s.first-60; j-- {
		if p.sentEnd(j) {
			return
		}
		if !p.toks[j].LineBefore && j > 0 && !p.sentEnd(j-1) {
			continue
		}
		// j opens the sentence
		if p.toks[j].Key != kwBan || !p.toks[j].Upper {
			return
		}
		e := j + 1
		for e < s.first && e <= j+5 && p.word(e) && !p.toks[e].Upper && p.toks[e].Key != kwGom && p.toks[e].Key != kwDo {
			e++
		}
		if e == j+1 || e >= s.first || p.toks[e].Key != kwGom && p.toks[e].Key != kwDo {
			return
		}
		s.extraOrg = p.text[p.toks[j+1].Start:p.toks[e-1].End]
		return
	}
}

// atOrgName reports whether a named organization or a country starts at k:
// a capitalized head followed by a capitalized name ("Bộ Tài chính", "Cảng
// hàng không Buôn Ma Thuột"), not an event ("Hội nghị").
func (p *parser) atOrgName(k int) bool {
	if !p.upper(k) || p.nameAt[k] > 0 {
		return false
	}
	if m, ok := atBool(p, bCountry, p.d.country, k); ok && m.Last > k {
		return true
	}
	if m, ok := foreignWords.orgs.At(p.toks, k); ok && m.Last > k {
		return true // "Đại sứ Việt Nam tại Liên Hợp Quốc"
	}
	m, ok := p.orgHeadAt(k)
	return ok && m.Value == orgPlain && p.upper(m.Last) && p.nameAt[m.Last] == 0
}

// plainItem returns the index of the ',' or ';' that closes a list item of
// least to eight lower-case words starting at i, no name among them ("các
// chức vụ: T1, thư ký giúp việc của bộ trưởng; T2"), or 0.
func (p *parser) plainItem(i, least int) int {
	for k := i; k < len(p.toks) && k < i+9; k++ {
		if p.toks[k].LineBefore && k > i {
			return 0
		}
		if p.punAny(k, ",;") {
			if k-i >= least {
				return k
			}
			return 0
		}
		if !p.word(k) || p.toks[k].Upper || p.nameAt[k] > 0 {
			return 0
		}
	}
	return 0
}

// agentDo reports whether token i is the lower-case "do" (by) naming the
// agent of a passive clause: "Báo cáo do T, ông B trình bày".
func (p *parser) agentDo(i int) bool {
	return i > 0 && p.word(i) && p.text[p.toks[i].Start:p.toks[i].End] == "do"
}

var kwDang = phraseKeys("đảng")[0]

// partyAgeAt reports whether token k starts ", N năm tuổi Đảng," (years of
// Party membership in a profile).
func (p *parser) partyAgeAt(k int) bool {
	return p.pun(k, ',') && k+5 < len(p.toks) && p.toks[k+1].Kind == token.Number &&
		p.toks[k+2].Key == kwNam && p.toks[k+3].Key == kwTuoi && p.toks[k+4].Key == kwDang && p.pun(k+5, ',')
}

// coSubject returns the name joined by "và" right before name x (a form of
// address allowed before x), bare of any chain after it: "ông A và ông B
// được bầu làm T" (A for B); nil if none.
func (p *parser) coSubject(x int) *name {
	if x < 1 {
		return nil
	}
	b := p.names[x]
	v := b.first - 1
	if h := p.honorificBefore(b.first); h > 0 {
		v = h - 1
	}
	if !p.word(v) || p.key(v) != "va2" {
		return nil
	}
	a := p.names[x-1]
	if a.last != v || a.chainEnd > v {
		return nil
	}
	return a
}

var kwLuot = phraseKeys("lượt")[0]

// respectively reports whether "lần lượt" (respectively) stands in [i, j):
// "A và B lần lượt được bầu làm T1 và T2" gives no post to both.
func (p *parser) respectively(i, j int) bool {
	for k := i; k < j && k < len(p.toks); k++ {
		if p.toks[k].Key == kwLuot {
			return true
		}
	}
	return false
}

// bareChain reads a title written right after an addressed name with no
// comma or dash: "ông A bí thư Tỉnh ủy X nhấn mạnh", "bà B Phó Chủ tịch
// UBND tỉnh Y cho biết". Only a whole title (a role with its organization
// or place) on the same line, not the title of a name after it, is taken.
func (p *parser) bareChain(n *name) {
	k := n.last
	s := p.segStartAt(k)
	if s == nil || s.first != k || s.former || s.taken || s.preOf || s.prev != nil {
		return
	}
	if s.orgLast <= s.roleLast || p.nameAt[s.orgLast] > 0 || s.next != nil {
		return
	}
	if k >= len(p.toks) || p.toks[k].LineBefore {
		return
	}
	n.post = append(n.post, s)
	s.taken = true
	n.chainEnd = s.last
}

// kwDaiBieu: the weak role "đại biểu" (a deputy, or a delegate).
var kwDaiBieu = phraseKeys("đại biểu")

// assemblyText reports whether the text speaks of the National Assembly,
// or of a session of a people's council (HĐND), where "đại biểu A" is a
// deputy (elsewhere it may be a delegate to a congress or a guest). A session
// is "kỳ họp" (kì, Kỳ; "ỳ họp" matches them all).
func (p *parser) assemblyText() bool {
	if strings.Contains(p.text, "Quốc hội") || strings.Contains(p.text, "Quốc_hội") || strings.Contains(p.text, "ĐBQH") {
		return true
	}
	return (strings.Contains(p.text, "HĐND") || strings.Contains(p.text, "Hội đồng nhân dân") || strings.Contains(p.text, "Hội_đồng nhân_dân")) &&
		(strings.Contains(p.text, "ỳ họp") || strings.Contains(p.text, "ỳ_họp") || strings.Contains(p.text, "ì họp") || strings.Contains(p.text, "ì_họp") || strings.Contains(p.text, "Ỳ HỌP"))
}
