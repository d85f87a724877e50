package people

import (
	"strings"

	"github.com/vnpol/vnpol/entities/lexicon"
	segpkg "github.com/vnpol/vnpol/entities/segment"
	"github.com/vnpol/vnpol/entities/token"
	"github.com/vnpol/vnpol/schema"
)

// Participants: who chaired, reported, spoke at or attended the article's
// event. The words are in data/participation.tsv; the grammar read here:
//
//   - the verb after a subject, its title chain and a short adverb: "Đồng
//     chí X, T1, chủ trì hội nghị", "X (đứng) phát biểu", "X dự và chủ trì";
//     coordinated subjects share it ("A, B và C tới dự"), and a list of
//     other items after a name ends at an attendance verb ("A, T; lãnh đạo
//     Vụ Y tới dự");
//   - a fronted clause before the subject's comma: "Phát biểu tại hội nghị,
//     đồng chí X", "Kết luận hội nghị, X", "Báo cáo ..., X"; an anchor
//     ("Tại hội nghị, X ...", "Tại buổi/cuộc/phiên ...") puts the subject at
//     the event: its verb gives the role, any other active verb "attended"
//     (handing over a decision or an award, trao, is attending too); "Thay
//     mặt ..., X" makes only a speech verb count;
//   - a list after "có" in a sentence opened by an attendance or chairing
//     verb ("Dự hội nghị có A, T; B, T.", "Tham dự buổi lễ còn có ...",
//     "Chủ trì hội nghị có ..."), ending at the sentence end, continued by
//     a next sentence opening "Ngoài ra, còn có"; a list after "gồm:" right
//     after such a verb ("... cũng tham dự, gồm: A; B"); the group right
//     after "sự tham dự của" / "sự chủ trì của" / "sự điều hành của";
//   - a speech verb after the subject (nhấn mạnh, đề nghị, cho biết) gives
//     "spoke" only when the person is at the event: the sentence is anchored
//     or another cue of the text gives the person a role.
//
// Precision guards: a negation or past marker before the verb (không,
// từng, sẽ), a sentence about an earlier time (Trước đó, ...; Sáu tháng
// trước, ...; ... hồi tháng 8) and a relative clause (mà ông X đã nhấn
// mạnh) give no role; people named after the verb (the object: the
// appointee a decision is handed to, a person quoted) or after a
// preposition (của ông X) get none; an anchor after a speech verb counts
// only right after it, not inside what was said.
//
// Cost: only sentences holding a name are read, each once, and only at
// the tokens a participation phrase may start at (bPart); the phrases
// found are kept for the sentence (parser.hits), so the per-name readings
// do not walk the lexicon again.
//
// One role per person: the highest of chaired > reported > spoke >
// attended (a chair also speaks, a speaker also attends), with the span of
// the first mention that gave it; participants are in order of that span.

// partRole is a participant role; a higher one wins.
type partRole uint8

const (
	partNone partRole = iota
	partAttended
	partSpoke
	partReported
	partChaired
)

var partRoleNames = [...]string{"", "attended", "spoke", "reported", "chaired"}

func (r partRole) String() string { return partRoleNames[r] }

// partClass: the classes of a phrase of data/participation.tsv.
type partClass uint16

const (
	pcVerb partClass = 1 << iota
	pcSay
	pcFront
	pcAnchor
	pcList
	pcOf
	pcCont
	pcBlock
	pcNeg
	pcAdv
	pcPast
	pcPassive
	pcBehalf
	pcPastAny
	pcObj
	pcPastLead
)

// partVal is the value of a participation phrase.
type partVal struct {
	role partRole
	cls  partClass
}

// auxClasses are the classes read only at a known token (before or after a
// subject, at a sentence start): their phrases, mostly frequent function
// words, go to a lexicon of their own, without a first-key bit.
const auxClasses = pcAdv | pcNeg | pcPassive | pcObj | pcPast | pcCont

// loadParticipation reads data/participation.tsv into two lexicons: the
// phrases looked for anywhere (their first keys marked with bPart) and the
// function words of auxClasses.
func (d *data) loadParticipation() {
	classes := map[string]partClass{"verb": pcVerb, "say": pcSay, "front": pcFront, "anchor": pcAnchor,
		"list": pcList, "of": pcOf, "cont": pcCont, "block": pcBlock, "neg": pcNeg, "adv": pcAdv,
		"past": pcPast, "passive": pcPassive, "behalf": pcBehalf, "pastany": pcPastAny, "obj": pcObj, "pastlead": pcPastLead}
	roles := map[string]partRole{"attended": partAttended, "spoke": partSpoke, "reported": partReported, "chaired": partChaired}
	d.part, d.partAux = lexicon.New[partVal](), lexicon.New[partVal]()
	type entry struct {
		phrase string
		v      partVal
	}
	var all []entry
	seen := map[string]int{} // a phrase on several lines has all their classes
	for _, c := range lines("participation.tsv") {
		if len(c) < 3 {
			panic("people: participation.tsv: a line needs phrase, role and classes: " + strings.Join(c, " | "))
		}
		v := partVal{role: roles[c[1]]}
		for _, k := range strings.Split(c[2], ",") {
			cl, ok := classes[strings.TrimSpace(k)]
			if !ok {
				panic("people: participation.tsv: unknown class " + k)
			}
			v.cls |= cl
		}
		f := token.FoldPhrase(c[0])
		if i, ok := seen[f]; ok {
			all[i].v.cls |= v.cls
			all[i].v.role = max(all[i].v.role, v.role)
			continue
		}
		seen[f] = len(all)
		all = append(all, entry{c[0], v})
	}
	for _, e := range all {
		if main := e.v.cls &^ auxClasses; main != 0 {
			d.part.Add(e.phrase, partVal{e.v.role, main})
			d.mark(bPart, e.phrase)
		}
		if aux := e.v.cls & auxClasses; aux != 0 {
			d.partAux.Add(e.phrase, partVal{e.v.role, aux})
			d.mark(bAux, e.phrase)
		}
	}
}

// partAt is the participation phrase (not of auxClasses) starting at
// token i, if any. The phrases of the sentence participants reads are
// looked up once (p.hits), the others in the lexicon.
func (p *parser) partAt(i int) (lexicon.Match[partVal], bool) {
	if !p.may(i, bPart) {
		return lexicon.Match[partVal]{}, false
	}
	if h := p.hits; len(h) > 0 && i >= int(h[0].first) && i <= int(h[len(h)-1].first) {
		for k := range h {
			if int(h[k].first) == i {
				if h[k].last == 0 {
					return lexicon.Match[partVal]{}, false
				}
				last := int(h[k].last)
				return lexicon.Match[partVal]{First: i, Last: last, Start: p.toks[i].Start, End: p.toks[last-1].End, Value: h[k].v}, true
			}
		}
	}
	return p.d.part.At(p.toks, i)
}

// partHit is a token of a sentence where a participation phrase may start
// (bPart): the phrase's end and value, last 0 if none starts there.
type partHit struct {
	first, last int32
	v           partVal
}

// auxIs reports whether a function word of the classes cls (of
// auxClasses) starts at token i, and returns it.
func (p *parser) auxIs(i int, cls partClass) (lexicon.Match[partVal], bool) {
	if !p.may(i, bAux) {
		return lexicon.Match[partVal]{}, false
	}
	m, ok := p.d.partAux.At(p.toks, i)
	if !ok || m.Value.cls&cls == 0 {
		return m, false
	}
	return m, true
}

// partMention is what participants reads of one name.
type partMention struct {
	n        *name
	subj     int      // the first token of the subject: cues and pre chain (-1: not read)
	role     partRole // from a verb, a fronted clause or a list
	say      bool     // a speech verb follows: spoke if the person is present
	anchored bool     // the sentence puts the subject at the event
}

// partSent is what participants reads of a sentence, once.
type partSent struct {
	ss         int      // its first token
	end        int      // its end (a byte offset)
	past       bool     // it tells an earlier time (Trước đó, ... hồi tháng 8)
	lastAnchor int      // the last token an anchor phrase starts at, -1 if none
	listCo     int      // the "có" of a list opened at ss, -1 if none
	listRole   partRole // the list's role
	any        bool     // a participation phrase (or a list) is in it
}

// participants gives the people with a part in the event, one role each.
func (p *parser) participants() []schema.Participant {
	if len(p.names) == 0 || p.nextIn(setPart, 0, len(p.mask)) >= len(p.mask) {
		return nil
	}
	ms := p.sc.partMs[:0]
	for _, n := range p.names {
		if n.person != nil {
			ms = append(ms, partMention{n: n, subj: -1})
		}
	}
	p.hits = p.sc.partHits[:0]
	defer func() { clear(ms); p.sc.partMs = ms[:0]; p.sc.partHits = p.hits[:0]; p.hits = nil }()
	sents := p.sents
	if sents == nil {
		sents = segpkg.Sentences(p.text)
	}
	si, lo, np := 0, 0, -1 // the next sentence, token and token with bPart to read
	sent := partSent{lastAnchor: -1, listCo: -1}
	listAt := -2 // the index of the last sentence holding a list after "có"
	for a := 0; a < len(ms); {
		if f := ms[a].n.first; p.toks[f].Start >= sent.end {
			p.readSentence(&sent, sents, &si, lo, &np, f, &listAt)
		}
		if !sent.any {
			a++ // no participation word in the sentence
			continue
		}
		// a group: names coordinated as one subject ("A, T; B và C")
		ms[a].subj = p.subjectStart(ms[a].n)
		b := a + 1
		for ; b < len(ms) && p.toks[ms[b].n.first].Start < sent.end; b++ {
			ms[b].subj = p.subjectStart(ms[b].n)
			if !p.coordinated(ms[b-1].n, ms[b].subj) {
				break
			}
		}
		p.readGroup(ms[a:b], &sent)
		lo = ms[b-1].n.last
		for i := a; i < b; i++ {
			if ms[i].role != partNone {
				ms[i].n.person.partAny = true
			}
		}
		a = b
	}
	// a speech verb: spoke when the person is present; then one role per
	// person, the highest, at its first mention
	n := 0
	for i := range ms {
		m := &ms[i]
		if m.say && (m.anchored || m.n.person.partAny) && m.role < partSpoke {
			m.role = partSpoke
		}
		if m.role == partNone {
			continue
		}
		pr := m.n.person
		switch {
		case pr.partBest == 0:
			pr.partBest = int32(i + 1)
			n++
		case m.role > ms[pr.partBest-1].role:
			pr.partBest = int32(i + 1)
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]schema.Participant, 0, n)
	for i := range ms {
		m := &ms[i]
		pr := m.n.person
		if pr.partBest != int32(i+1) {
			continue
		}
		sp := schema.Span{Start: p.toks[m.n.first].Start, End: p.toks[m.n.last-1].End}
		if p.text[sp.Start:sp.End] != pr.full {
			// a short reference (ông Bình): the span of a full mention
			for _, o := range pr.mentions {
				if p.text[o.Start:o.End] == pr.full {
					sp = o
					break
				}
			}
		}
		out = append(out, schema.Participant{Name: pr.full, Role: m.role.String(), Span: sp})
	}
	return out
}

// readSentence moves sent to the sentence holding token i (sentences are
// read in order, each once; si is the index of the next in sents, lo a
// token before it, np the next token with bPart known) and reads it: its
// time, its anchors, its lists.
func (p *parser) readSentence(sent *partSent, sents []schema.Span, si *int, lo int, np *int, i int, listAt *int) {
	off := p.toks[i].Start
	for *si < len(sents) && sents[*si].End <= off {
		*si++
	}
	ss, end := i, p.toks[i].End // a token outside the sentences: a sentence of its own
	if *si < len(sents) && sents[*si].Start <= off {
		ss, end = p.tokenBack(i, lo, sents[*si].Start), sents[*si].End
	}
	*sent = partSent{ss: ss, end: end, lastAnchor: -1, listCo: -1}
	p.hits = p.hits[:0]
	for j := ss; ; {
		if *np < j {
			*np = p.nextIn(setPart, j, len(p.mask))
		}
		if j = *np; j >= len(p.toks) || p.toks[j].Start >= end {
			break
		}
		m, ok := p.d.part.At(p.toks, j)
		if !ok {
			p.hits = append(p.hits, partHit{first: int32(j)})
			j++
			continue
		}
		p.hits = append(p.hits, partHit{int32(j), int32(m.Last), m.Value})
		sent.any = true
		v := m.Value
		switch {
		case v.cls&pcPastAny != 0, v.cls&pcPastLead != 0 && !p.commaIn(ss, j):
			sent.past = true
			return
		case v.cls&pcAnchor != 0:
			sent.lastAnchor = j
		}
		if j > ss && sent.listCo < 0 && v.cls&pcList != 0 && v.cls&pcBlock == 0 {
			// "các Ủy viên Bộ Chính trị khác cũng tham dự, gồm: A; B": a
			// list after "gồm" or a colon right after the verb
			k := m.Last
			if p.pun(k, ',') {
				k++
			}
			if p.key(k) == "gôm2" {
				if sent.listCo, sent.listRole = k, v.role; p.key(k+1) == kwCo[0] {
					sent.listCo = k + 1
				}
			} else if p.pun(k, ':') {
				sent.listCo, sent.listRole = k, v.role
			}
		}
		if j == ss && v.cls&pcList != 0 && v.cls&pcBlock == 0 {
			// "Dự hội nghị có", "Tham dự buổi lễ còn có": "có" soon after,
			// before any name; "Dự và chủ trì hội nghị có": the highest
			if p.key(m.Last) == "va2" {
				if m2, ok := p.d.part.At(p.toks, m.Last+1); ok && m2.Value.cls&pcList != 0 {
					v.role = max(v.role, m2.Value.role)
					m.Last = m2.Last
				}
			}
			for k := m.Last; k < len(p.toks) && k < m.Last+15 && p.toks[k].Start < end; k++ {
				if p.nameAt[k] > 0 {
					break
				}
				if p.toks[k].Key == kwCo[0] {
					sent.listCo, sent.listRole = k, v.role
					*listAt = *si
					break
				}
			}
		}
		j = m.Last
	}
	if sent.listCo < 0 && *si == *listAt+1 {
		// "Ngoài ra, còn có ...": the list of the sentence before goes on
		if m, ok := p.auxIs(ss, pcCont); ok {
			for k := m.First; k < len(p.toks) && k < m.Last+6 && p.toks[k].Start < end; k++ {
				if p.toks[k].Key == kwCo[0] {
					sent.listCo, sent.listRole, sent.any = k, m.Value.role, true
					*listAt = *si
					break
				}
			}
		}
	}
	if _, ok := p.auxIs(ss, pcPast); ok && sent.any {
		sent.past = true // "Trước đó, ..."
	}
}

// subjectStart is the first token of a name's subject phrase: its pre
// chain and the cues before it ("đồng chí", "Đại tướng", "GS.TS").
func (p *parser) subjectStart(n *name) int {
	s := n.first
	if len(n.pre) > 0 && n.pre[0].first < s {
		// a chain right before the name ("T1, T2 X", "các T1: X"), not a
		// title shared from a list before it ("các T: A, B": B's)
		if l := n.pre[len(n.pre)-1]; l.last == s || l.last+1 == s && p.punAny(l.last, ":-") {
			s = n.pre[0].first
		}
	}
	for range 3 {
		moved := false
		for j := max(s-4, 0); j < s; j++ {
			if p.mask[j]&bCues == 0 {
				continue
			}
			if m, ok := p.cueAt(j); ok && m.Last == s {
				s, moved = j, true
				break
			}
		}
		if !moved {
			break
		}
	}
	return s
}

// coordinated reports whether the subject starting at s continues the
// subject of prev: only list separators stand between prev's chain and s
// ("A, T1, B", "A; B và C", "A cùng B").
func (p *parser) coordinated(prev *name, s int) bool {
	k := max(prev.chainEnd, prev.last)
	if s <= k-1 || s > k+4 {
		return false
	}
	if s == k {
		return p.pun(k-1, ',') || p.pun(k-1, ';') // the chain took the comma
	}
	for j := k; j < s; j++ {
		if !p.punAny(j, ",;") && p.key(j) != "va2" && p.key(j) != "cung2" && p.key(j) != "vơi1" && p.key(j) != "cac1" {
			return false
		}
	}
	return true
}

// readGroup reads the roles of a group of coordinated names in sentence
// sent.
func (p *parser) readGroup(g []partMention, sent *partSent) {
	if sent.past {
		return // "Trước đó, ...", "... hồi tháng 8": an earlier event
	}
	subj := g[0].subj
	// a list after "có" (or "sự tham dự của") holding the subjects
	list := partNone
	switch {
	case sent.listCo >= 0 && sent.listCo < subj:
		list = sent.listRole
	default:
		list = p.ofBefore(subj) // "dưới sự chủ trì của ông X"
	}
	last := g[len(g)-1].n
	// the verb after the last subject's chain
	role, say, k := p.verbAfter(last)
	if role == partNone && !say && (p.pun(k, ';') || p.key(k) == "va2") {
		role = p.listVerb(k)
	}
	// a fronted clause before the first subject
	front, anchored, at := p.frontBefore(subj, sent.ss)
	if at && role == partNone && !say && p.activeAt(k) {
		role = partAttended
	}
	if role == partNone && front == partNone && !say {
		if list != partNone {
			for i := range g {
				g[i].role = list
			}
		}
		return
	}
	if list == partNone && p.objectAt(subj) {
		return // "chuyến đi của ông X, cho rằng ...": not the subject
	}
	anchored = anchored || sent.lastAnchor >= k && p.anchorNear(k) // "X nhấn mạnh tại hội nghị"
	for i := range g {
		m := &g[i]
		m.role = max(role, front, list)
		m.say = say
		m.anchored = anchored
	}
}

// commaIn reports whether a comma stands in tokens [a, b).
func (p *parser) commaIn(a, b int) bool {
	for ; a < b; a++ {
		if p.pc[a] == ',' {
			return true
		}
	}
	return false
}

// tokenBack is the first token of [lo, i] starting at byte off or after
// it, galloping back from i (a sentence start is near).
func (p *parser) tokenBack(i, lo, off int) int {
	lo = max(lo, 0)
	step := 4
	for i-step >= lo && p.toks[i-step].Start >= off {
		i -= step
		step *= 2
	}
	// the answer is in (i-step, i]
	for a := max(i-step+1, lo); a < i; {
		m := int(uint(a+i) >> 1)
		if p.toks[m].Start >= off {
			i = m
		} else {
			a = m + 1
		}
	}
	return i
}

// partSentEnd reports whether token j ends a sentence: a full stop, a
// question or exclamation mark, not the dot of an abbreviation (TP., T.Ư).
func (p *parser) partSentEnd(j int) bool {
	if !p.punAny(j, ".!?") {
		return false
	}
	if j+1 >= len(p.toks) || p.toks[j+1].LineBefore {
		return true
	}
	if !p.toks[j+1].SpaceBefore && !p.upper(j+1) {
		return false // 1.000, "v.v"
	}
	if p.pc[j] == '.' && p.word(j-1) && p.toks[j-1].Upper {
		if k := p.toks[j-1].Key; len(k) <= 2 || p.d.abbrev[k] {
			return false // "TP. Sóc Trăng", "T.Ư"
		}
	}
	return true
}

// verbAfter reads the verb after a name's chain: the role of a
// participation verb, or say for a speech verb; k is the token the verb
// should start at (after the chain, an aside and adverbs).
func (p *parser) verbAfter(n *name) (role partRole, say bool, k int) {
	k = max(n.chainEnd, n.last)
	// "X (đứng) phát biểu", "X (áo xanh)"
	if p.pun(k, '(') {
		for j := k + 1; j < len(p.toks) && j <= k+6; j++ {
			if p.toks[j].LineBefore || p.nameAt[j] > 0 {
				break
			}
			if p.pun(j, ')') {
				k = j + 1
				break
			}
		}
	}
	// "bà X - T1 (not read as a title), T2 - đã trình bày": a dashed aside
	if p.pun(k, '-') && p.toks[k].SpaceBefore {
		for j := k + 1; j < len(p.toks) && j <= k+25; j++ {
			if p.toks[j].LineBefore || p.nameAt[j] > 0 || p.punAny(j, ".;:") {
				break
			}
			if p.pun(j, '-') && p.toks[j].SpaceBefore {
				k = j + 1
				break
			}
		}
	}
	// "Ông Lê Minh Hưng Trưởng ban Tổ chức Trung ương phát biểu"
	if s := p.segStartAt(k); s != nil && s.last > k && p.toks[k].SpaceBefore {
		if v, _, _ := p.verbFrom(s.last); v != partNone {
			k = s.last
		}
	}
	if p.punAny(k, "-,") && !p.pun(k+1, ',') {
		if v, sy, _ := p.verbFrom(k + 1); v != partNone || sy {
			k++
		}
	}
	return p.verbFrom(k)
}

// verbFrom reads adverbs and participation verbs from token k on: "đã
// tới dự", "dự và chủ trì", "phát biểu, điều hành" (the highest role of
// the verbs joined by "và" or a comma). at is k past the adverbs.
func (p *parser) verbFrom(k int) (role partRole, say bool, at int) {
	m, ok := p.partAt(k)
	for range 3 {
		if ok && m.Value.cls&(pcVerb|pcSay) != 0 {
			break // "cùng dự": a verb, not the adverb "cùng"
		}
		a, adv := p.auxIs(k, pcAdv)
		if !adv {
			break
		}
		k = a.Last
		m, ok = p.partAt(k)
	}
	at = k
	for range 3 {
		if !ok || m.Value.cls&pcBlock != 0 || m.Value.cls&(pcVerb|pcSay) == 0 {
			break // (a negation before the verb, "không dự", ends here too)
		}
		if m.Value.cls&pcVerb != 0 {
			role = max(role, m.Value.role)
		} else {
			say = true
		}
		// "dự và chủ trì", "phát biểu, điều hành"
		j := m.Last
		if (p.key(j) == "va2" || p.pun(j, ',')) && p.may(j+1, bPart) {
			m, ok = p.partAt(j + 1)
			continue
		}
		break
	}
	return role, say, at
}

// listVerb reads on from a list separator after a name for the verb that
// closes a list of attendees or chairs: "A, T; lãnh đạo Vụ Y và đại diện
// Ban Z tới dự" (within the sentence, before any other name or speech).
func (p *parser) listVerb(k int) partRole {
	for j := k; j < len(p.toks) && j < k+40; j++ {
		if p.partSentEnd(j) || j > k && p.toks[j].LineBefore || p.pun(j, ':') {
			return partNone
		}
		if p.nameAt[j] > 0 {
			return partNone // the next name reads its own verb
		}
		if p.mask[j]&bPart == 0 {
			continue
		}
		m, ok := p.partAt(j)
		if !ok {
			continue
		}
		if m.Value.cls&pcBlock != 0 {
			j = m.Last - 1 // "danh dự": no "dự" inside
			continue
		}
		if m.Value.cls&pcVerb != 0 && (m.Value.role == partAttended || m.Value.role == partChaired) && m.Value.cls&pcList != 0 {
			return m.Value.role
		}
		if m.Value.cls&(pcVerb|pcSay) != 0 {
			return partNone
		}
		j = m.Last - 1
	}
	return partNone
}

// frontBefore reads a fronted clause before the subject starting at s
// (after a comma): a participation clause gives its role ("Phát biểu tại
// hội nghị, X"), an anchor only puts the subject at the event ("Tại hội
// nghị, X": at is then true; "Thay mặt Ban X, ông Y" makes a speech verb
// count, not any other verb: one signs on behalf of a body anywhere). The
// clause may be up to three commas back, past clauses that name nobody
// ("Cũng tại hội nghị, thay mặt Ban Thường vụ, X").
func (p *parser) frontBefore(s, ss int) (role partRole, anchored, at bool) {
	if s-1 <= ss || !p.pun(s-1, ',') {
		return partNone, false, false
	}
	commas := 0
	p.nameEndsAt(0) // sets fNameEnd
	tf, pc := p.tf, p.pc
	for j := s - 2; j >= ss && j >= s-45; j-- {
		if tf[j+1]&fNameEnd != 0 {
			return role, anchored, at // a clause naming someone: not fronted
		}
		if j > ss && pc[j-1] != ',' {
			continue
		}
		// a clause starts at j ("Cũng tại hội nghị": after an adverb)
		c := j
		if m, ok := p.auxIs(c, pcAdv); ok && !p.may(c, bPart) {
			c = m.Last
		}
		if m, ok := p.partAt(c); ok && m.Value.cls&pcBlock == 0 {
			switch {
			case m.Value.cls&pcFront != 0:
				return m.Value.role, true, at
			case m.Value.cls&pcAnchor != 0:
				anchored, at = true, true
			case m.Value.cls&pcBehalf != 0:
				anchored = true
			}
		}
		if commas++; commas == 3 {
			break
		}
	}
	return role, anchored, at
}

// activeAt reports whether an active verb (a lower-case word, not a
// passive, copula or linking word) starts at k: after an anchored subject
// it reports the subject acting at the event ("Tại hội nghị, X đã trao ...").
func (p *parser) activeAt(k int) bool {
	if !p.word(k) || p.toks[k].Upper || p.nameAt[k] > 0 {
		return false
	}
	_, no := p.auxIs(k, pcPassive|pcNeg)
	return !no
}

// anchorNear reports whether an anchor phrase starts within a few tokens
// after the verb at k ("X nhấn mạnh tại hội nghị"), not further on, in
// what the subject said ("X nói rằng chuyến công tác tại diễn đàn ...").
func (p *parser) anchorNear(k int) bool {
	for _, h := range p.hits {
		if f := int(h.first); f >= k && f <= k+6 && h.last > 0 && h.v.cls&pcAnchor != 0 {
			return true
		}
	}
	return false
}

// ofBefore is the role of a phrase "sự tham dự của" (class of) before the
// subject starting at s, within the clause and at most a short noun phrase
// away ("sự tham dự của nhiều ủy viên Bộ Chính trị gồm: X và Y"); partNone
// if none.
func (p *parser) ofBefore(s int) partRole {
	lo := max(s-16, 0)
	for _, h := range p.hits { // (the phrases of the sentence, in order)
		f := int(h.first)
		if f >= s-1 {
			break
		}
		if f < lo || h.last == 0 || h.v.cls&pcOf == 0 || int(h.last) > s {
			continue
		}
		// within the clause: no comma or full stop, no other name between
		p.nameEndsAt(0) // sets fNameEnd
		ok := true
		for j := int(h.last); j < s; j++ {
			if p.pc[j] == ',' || p.pc[j] == ';' || p.pc[j] == '.' || p.tf[j]&fNameEnd != 0 && j > int(h.last) {
				ok = false
				break
			}
		}
		if ok {
			return h.v.role
		}
	}
	return partNone
}

// objectAt reports whether the subject phrase starting at s is the object
// of a word before it ("của ông X", "cho bà Y", "gặp ông Z").
func (p *parser) objectAt(s int) bool {
	for j := max(s-2, 0); j < s; j++ { // (a phrase of one or two words)
		if m, ok := p.auxIs(j, pcObj); ok && m.Last == s {
			return true
		}
	}
	return false
}
