package people

import (
	"bufio"
	"embed"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/vnpol/vnpol/entities/lexicon"
	"github.com/vnpol/vnpol/entities/token"
)

//go:embed data/*.txt data/*.tsv
var dataFS embed.FS

// orgKind classifies an organization head word.
type orgKind uint8

const (
	orgPlain orgKind = iota + 1
	// orgPlace heads expect a place name after them: "Tỉnh ủy Sóc Trăng".
	orgPlace
)

// cueKind classifies a word before a name.
type cueKind uint8

const (
	cueHonorific cueKind = iota + 1
	cueRank
	cueAcademic
)

// firstBit marks a word list whose phrases may start with a key (see
// data.first); bFamily marks family names.
type firstBit uint32

const (
	bRoles firstBit = 1 << iota
	bFormer
	bCues
	bOrgHeads
	bOrgLower
	bVerbs
	bEponyms
	bOrgans
	bIntro
	bOrgStop
	bFamily
	bProf
	bCountry
	bBio
	bGive
	bKin
	bHeShe    // "ông", "bà" alone: a later reference to a subject (introduced)
	bAge      // "tuổi" (see ageAt)
	bPart     // the first word of an event verb (participants): its key only
	bUnit     // a unit noun ending a role (data/units.tsv): its key only
	bWeak     // the first word of a weak role (data.weak): its key only
	bNom      // the words of data/nominate.txt
	bFirm     // the first words of data/firms.txt
	bPrep     // a family name that is also a preposition (data/prepfamily.txt): its key only
	bParticle // a particle of foreign names (data/particles.txt): its key only
	bSector   // the first words of data/sectors.txt
	bNounHead // the first words of data/nounstarts.txt
	bAux      // the first words of the function words of data/participation.tsv (auxClasses)
	bOther    // "của", "về", "kỳ" (ofOther, ofOtherKeys): their keys only
	// bPlaceHead is set by scan where an orgHeads phrase expecting a place
	// starts (parser.oh): the tokens organizations reads
	bPlaceHead
)

// exactBits are the bits scan sets only for the very key (the others may
// be set for a key of the same hash: they only spare a lookup).
const exactBits = bFamily | bHeShe | bAge

type data struct {
	// first maps a token key to the lists with a phrase starting with it:
	// one map lookup per token tells which lexicons can match there
	first      map[string]firstBit
	firstF     lexicon.KeyFilter   // the keys of first
	firstT     keyTable            // first as an open-addressing table
	single     map[string]firstBit // the keys that are a whole phrase (see mark)
	multi      map[string]firstBit // the keys starting a phrase of two tokens or more
	pairs      map[uint64]firstBit // the first two keys of those phrases (pairKey)
	pairT      pairTable           // pairs as an open-addressing table (with headPairs)
	headKeys   []headPair          // the two-token heads of pairT (pairSlot.kx; index 0 unused)
	roleKeys   []pairPhrase        // the roles after pairs of pairT (pairSlot.rx; index 0 unused)
	headThirds []pairPhrase        // the orgHeads phrases after pairs of pairT (pairSlot.hx; index 0 unused)
	pairF      lexicon.PairFilter  // a one-bit test of pairs, before a probe of pairT
	ohSingle   map[string]orgKind  // the value of each one-token phrase of orgHeads
	family     map[string]bool     // folded family names
	roles      *lexicon.Lexicon[roleVal]
	former     *lexicon.Lexicon[bool]
	cues       *lexicon.Lexicon[cueKind]
	honorLast  lexicon.KeyFilter // the key of the last word of each form of address (honorificBefore)
	orgHeads   *lexicon.Lexicon[orgKind]
	orgLower   *lexicon.Lexicon[bool]
	verbs      *lexicon.Lexicon[bool] // true: the subject gives a document (trao)
	eponyms    *lexicon.Lexicon[bool]
	organs     *lexicon.Lexicon[int32] // an index into organCanon
	// organCanon is the canonical name of each line of organs.tsv
	organCanon  []string
	orgKeys     map[string]string      // orgKey of each canonical name in organs
	intro       *lexicon.Lexicon[bool] // true: a list of chains follows
	orgStop     *lexicon.Lexicon[bool] // closed-class words ending an organization
	boards      *lexicon.Lexicon[bool] // bodies whose parent a shared title takes (boards.txt)
	abbrev      map[string]bool        // folded unit abbreviations (Q, H, TP)
	weak        map[string]bool        // folded roles that are no title alone
	nominate    *lexicon.Lexicon[bool] // words making the next title a nomination; true: a future post, whatever the text reports
	geo         *lexicon.Lexicon[bool] // place nouns: no person after them
	geoCap      lexicon.KeyFilter      // first keys of the place nouns written capitalized too (geonouns.txt "cap")
	roleQual    *lexicon.Lexicon[bool] // words extending a role before its organization (data/rolequal.txt)
	firms       *lexicon.Lexicon[bool] // head words of businesses (data/firms.txt)
	newPrefix   *lexicon.Lexicon[bool] // "tân" before a title (data/newprefix.txt)
	elected     *lexicon.Lexicon[bool] // words reporting an election held
	holdVerbs   *lexicon.Lexicon[bool] // verbs of a post held after "T do <name>" (đảm nhận)
	decisions   *lexicon.Lexicon[bool] // personnel decision words before a post (data/decisions.txt)
	backHeads   *lexicon.Lexicon[bool] // lower-case heads referring back to an organization (giám đốc sở)
	taskBodies  *lexicon.Lexicon[bool] // bodies named by their task (Ban Chỉ đạo; data/taskbodies.txt)
	taskVerbs   *lexicon.Lexicon[bool] // verbs opening such a task (tổng kết; data/taskverbs.txt)
	docNouns    *lexicon.Lexicon[bool] // document nouns ending it (Nghị quyết; data/docnouns.txt)
	whenOpen    *lexicon.Lexicon[bool] // a time clause opening a sentence before a post (khi là)
	timeClause  *lexicon.Lexicon[bool] // a time clause opening a sentence before its subject (trước khi)
	frontAdv    *lexicon.Lexicon[bool] // a preposition opening a fronted phrase before the subject (so với)
	committees  *lexicon.Lexicon[bool] // party committees with a standing committee (Tỉnh ủy)
	nominalOpen *lexicon.Lexicon[bool] // a fronted phrase before the main clause (Xét)
	equiv       [][2]string            // folded long form, folded abbreviation
	fullForms   []string               // folded long forms kept over their short forms, with a space after
	prof        *lexicon.Lexicon[bool] // profession words before a name (nhà báo)
	kin         *lexicon.Lexicon[bool] // kinship forms of address before a name (anh, chị)
	kinComp     *lexicon.Lexicon[bool] // compound nouns holding a kinship word (dụng cụ)
	country     *lexicon.Lexicon[bool] // country names (true) and regions: they close a chain, name nobody
	units       map[string]string      // folded unit noun ending a role -> its written form
	bio         *lexicon.Lexicon[bool] // words opening a biography item (quê quán)
	counts      map[string]bool        // folded numerals counting people (hai, ba)
	nicknames   map[string]bool        // token keys of birth-order words opening an alias (data/nicknames.txt)
	adjuncts    *lexicon.Lexicon[bool] // words opening a fronted adjunct (data/adjuncts.txt)
	assistants  *lexicon.Lexicon[bool] // roles serving another office-holder (data/assistants.txt)
	postNouns   *lexicon.Lexicon[bool] // nouns of posts closing a list introducer (data/postnouns.txt)
	stations    map[string]bool        // keys of two-syllable nouns of a post after "trên" (data/stations.txt)
	events      *lexicon.Lexicon[bool] // event names taking an edition (Giải, Đại hội)
	// folded words that extend a province name into the name of a district
	// or town named after it (Đông: Điện Biên Đông)
	placeSuffix map[string]bool
	// folded function words that are never a name of one word (data/notnames.txt)
	notNames map[string]bool
	// folded family names that are also prepositions before a place (data/prepfamily.txt)
	prepFamily []string
	// folded particles of foreign names (data/particles.txt: von, der, da)
	particles []string
	fields    *lexicon.Lexicon[bool] // fields of study after a degree (data/fields.txt)
	sectors   *lexicon.Lexicon[bool] // sectors naming a ministry or department (data/sectors.txt)
	nounHead  *lexicon.Lexicon[bool] // nouns opened by a given name's syllable (data/nounstarts.txt)
	// folded roles whose organization may be a person (Trợ lý đồng chí X)
	personRole map[string]bool
	part       *lexicon.Lexicon[partVal] // data/participation.tsv, the phrases marked with bPart
	partAux    *lexicon.Lexicon[partVal] // data/participation.tsv, the function words (auxClasses)
}

// lines returns the non-empty, non-comment lines of an embedded file.
func lines(name string) [][]string {
	f, err := dataFS.Open("data/" + name)
	if err != nil {
		panic("people: missing data file " + name)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		cols := strings.Split(l, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		out = append(out, cols)
	}
	return out
}

func (d *data) boolLex(name string, bit firstBit) *lexicon.Lexicon[bool] {
	l := lexicon.New[bool]()
	for _, c := range lines(name) {
		l.Add(c[0], true)
		d.mark(bit, c[0])
	}
	return l
}

// plainLex is a lexicon of the first column of name, looked up without
// first-key bits (it is asked rarely).
func plainLex(name string) *lexicon.Lexicon[bool] {
	l := lexicon.New[bool]()
	for _, c := range lines(name) {
		l.Add(c[0], true)
	}
	return l
}

// mark records the first key of phrase (tokenized as a lexicon does) for bit.
//
// A phrase of one token records the bit in d.single; a longer one in
// d.multi and, under the hashes of its first two keys, in d.pairs: a
// phrase of the list can start at a token only if the token's key is in
// single, or if it and the next key (on the same line) are a pair.
func (d *data) mark(bit firstBit, phrase string) {
	if toks := token.Tokenize(phrase); len(toks) > 0 {
		d.first[toks[0].Key] |= bit
		d.firstF.Add(toks[0].Key)
		if len(toks) == 1 {
			d.single[toks[0].Key] |= bit
		} else {
			d.multi[toks[0].Key] |= bit
			d.pairs[pairKey(token.HashOf(&toks[0]), token.HashOf(&toks[1]))] |= bit
		}
	}
}

// markKey records key for bit as a whole phrase: the bit is then set at
// every token of that key, whatever follows it.
func (d *data) markKey(bit firstBit, key string) {
	d.first[key] |= bit
	d.single[key] |= bit
	d.firstF.Add(key)
}

// pairKey is the key of two token key hashes in data.pairs.
func pairKey(h0, h1 uint32) uint64 { return uint64(h0)<<32 | uint64(h1) }

var load = sync.OnceValue(func() *data {
	d := &data{family: map[string]bool{}, first: map[string]firstBit{},
		single: map[string]firstBit{}, multi: map[string]firstBit{}, pairs: map[uint64]firstBit{},
		ohSingle: map[string]orgKind{}}
	for _, c := range lines("family.txt") {
		d.family[token.Fold(c[0])] = true
		d.first[token.Fold(c[0])] |= bFamily
		d.single[token.Fold(c[0])] |= bFamily
		d.firstF.Add(token.Fold(c[0]))
	}
	d.roles = lexicon.New[roleVal]()
	d.weak = map[string]bool{}
	d.personRole = map[string]bool{}
	full := map[string]bool{} // a phrase added again takes the new value, as in the lexicon
	for _, c := range lines("roles.txt") {
		full[token.FoldPhrase(c[0])] = len(c) > 1 && c[1] == "full"
		d.mark(bRoles, c[0])
		if len(c) > 1 && c[1] == "person" {
			d.personRole[token.FoldPhrase(c[0])] = true
		}
		if len(c) > 1 && c[1] == "weak" {
			d.weak[token.FoldPhrase(c[0])] = true
			d.markKey(bWeak, strings.Fields(token.FoldPhrase(c[0]))[0])
		}
	}
	for _, c := range lines("roles.txt") {
		f := token.FoldPhrase(c[0])
		var v roleVal
		if full[f] {
			v |= roleFull
		}
		if d.weak[f] {
			v |= roleWeak
		}
		if d.personRole[f] {
			v |= rolePerson
		}
		if len(c) > 2 && c[2] == "share" {
			v |= roleShare
		}
		if len(c) > 2 && c[2] == "staff" {
			v |= roleStaff
		}
		d.roles.Add(c[0], v)
	}
	d.newPrefix = d.boolLex("newprefix.txt", bFormer) // visited as the former words are
	d.former = lexicon.New[bool]()
	for _, c := range lines("former.txt") {
		d.former.Add(c[0], !(len(c) > 1 && c[1] == "acting"))
		d.mark(bFormer, c[0])
	}
	d.orgLower = lexicon.New[bool]()
	for _, c := range lines("orglower.txt") {
		d.orgLower.Add(c[0], len(c) > 1 && c[1] == "open") // "phòng, chống": its object follows
		d.mark(bOrgLower, c[0])
	}
	d.verbs = lexicon.New[bool]()
	for _, c := range lines("verbs.txt") {
		give := len(c) > 1 && c[1] == "give"
		d.verbs.Add(c[0], give)
		d.mark(bVerbs, c[0])
		if give {
			d.mark(bGive, c[0])
		}
	}
	d.orgStop = d.boolLex("orgstop.txt", bOrgStop)
	d.boards = plainLex("boards.txt")
	d.prof = d.boolLex("professions.txt", bProf)
	d.kin = d.boolLex("kin.txt", bKin)
	d.country = lexicon.New[bool]() // true: a country, false: a region
	for _, c := range lines("countries.txt") {
		d.country.Add(c[0], len(c) < 2 || c[1] != "region")
		d.mark(bCountry, c[0])
	}
	d.bio = d.boolLex("bio.txt", bBio)
	d.placeSuffix = map[string]bool{}
	for _, c := range lines("placesuffix.txt") {
		d.placeSuffix[token.FoldPhrase(c[0])] = true
	}
	for _, c := range lines("particles.txt") {
		d.particles = append(d.particles, token.FoldPhrase(c[0]))
		d.markKey(bParticle, token.FoldPhrase(c[0]))
	}
	for _, c := range lines("prepfamily.txt") {
		d.prepFamily = append(d.prepFamily, token.FoldPhrase(c[0]))
		d.markKey(bPrep, token.FoldPhrase(c[0]))
	}
	d.notNames = map[string]bool{}
	for _, c := range lines("notnames.txt") {
		d.notNames[token.FoldPhrase(c[0])] = true
	}
	d.adjuncts = plainLex("adjuncts.txt")
	d.assistants = plainLex("assistants.txt")
	d.postNouns = plainLex("postnouns.txt")
	d.stations = map[string]bool{}
	for _, c := range lines("stations.txt") {
		if ts := token.Tokenize(c[0]); len(ts) == 2 {
			d.stations[ts[0].Key+" "+ts[1].Key] = true
		}
	}
	d.nicknames = map[string]bool{}
	for _, c := range lines("nicknames.txt") {
		d.nicknames[token.Tokenize(c[0])[0].Key] = true
	}
	d.counts = map[string]bool{}
	for _, c := range lines("counts.txt") {
		d.counts[token.FoldPhrase(c[0])] = true
	}
	d.events = plainLex("events.txt")
	d.units = map[string]string{}
	for _, c := range lines("units.tsv") {
		if len(c) > 1 {
			d.units[token.FoldPhrase(c[0])] = c[1]
			d.markKey(bUnit, token.Fold(c[0]))
		}
	}
	d.nominate = lexicon.New[bool]()
	for _, c := range lines("nominate.txt") {
		d.nominate.Add(c[0], len(c) > 1 && c[1] == "future")
		d.mark(bNom, c[0])
	}
	d.geo = lexicon.New[bool]()
	for _, c := range lines("geonouns.txt") {
		cp := len(c) > 1 && c[1] == "cap"
		d.geo.Add(c[0], cp)
		if ts := token.Tokenize(c[0]); cp && len(ts) > 0 {
			d.geoCap.Add(ts[0].Key)
		}
	}
	d.kinComp = plainLex("kincompounds.txt")
	d.fields = plainLex("fields.txt")
	d.sectors = d.boolLex("sectors.txt", bSector)
	d.nounHead = d.boolLex("nounstarts.txt", bNounHead)
	d.roleQual = plainLex("rolequal.txt")
	d.firms = d.boolLex("firms.txt", bFirm)
	d.elected = plainLex("elected.txt")
	d.whenOpen = plainLex("whenopen.txt")
	d.timeClause = plainLex("timeclause.txt")
	d.frontAdv = plainLex("frontadv.txt")
	d.committees = plainLex("committees.txt")
	d.nominalOpen = plainLex("nominalopen.txt")
	d.backHeads = plainLex("backheads.txt")
	d.taskBodies = plainLex("taskbodies.txt")
	d.taskVerbs = plainLex("taskverbs.txt")
	d.docNouns = plainLex("docnouns.txt")
	d.holdVerbs = plainLex("holdverbs.txt")
	d.decisions = plainLex("decisions.txt")
	for _, c := range lines("equivforms.tsv") {
		if len(c) > 1 {
			d.equiv = append(d.equiv, [2]string{" " + foldTitle(c[0]) + " ", " " + foldTitle(c[1]) + " "})
			if len(c) > 2 && c[2] == "full" {
				d.fullForms = append(d.fullForms, foldTitle(c[0])+" ")
			}
		}
	}
	d.abbrev = map[string]bool{}
	for _, c := range lines("abbrev.txt") {
		d.abbrev[token.Fold(c[0])] = true
	}
	d.eponyms = d.boolLex("eponyms.txt", bEponyms)
	d.intro = lexicon.New[bool]()
	for _, c := range lines("introducers.txt") {
		d.intro.Add(c[0], len(c) > 1 && c[1] == "list")
		d.mark(bIntro, c[0])
	}
	d.cues = lexicon.New[cueKind]()
	for _, c := range lines("cues.txt") {
		k := cueHonorific
		if len(c) > 1 {
			switch c[1] {
			case "rank":
				k = cueRank
			case "academic":
				k = cueAcademic
			}
		}
		d.cues.Add(c[0], k)
		d.mark(bCues, c[0])
		if ts := token.Tokenize(c[0]); k == cueHonorific && len(ts) > 0 {
			d.honorLast.Add(ts[len(ts)-1].Key)
		}
	}
	for _, k := range ofOtherKeys {
		d.markKey(bOther, k)
	}
	d.mark(bHeShe, "ông")
	d.mark(bHeShe, "bà")
	d.mark(bAge, "tuổi")
	// bPart: the first words of data/participation.tsv, which holds the
	// attendance verbs attendList reads (kwDu, kwThamDu, ...) too
	d.loadParticipation()
	d.orgHeads = lexicon.New[orgKind]()
	for _, c := range lines("orgheads.txt") {
		k := orgPlain
		if len(c) > 1 && c[1] == "place" {
			k = orgPlace
		}
		d.orgHeads.Add(c[0], k)
		d.mark(bOrgHeads, c[0])
		if toks := token.Tokenize(c[0]); len(toks) == 1 {
			d.ohSingle[toks[0].Key] = k // a phrase added again takes the new value, as in the lexicon
		}
	}
	defer func() {
		d.firstT = newKeyTable(d.first, d.single, d.multi, d.ohSingle)
		d.pairT = newPairTable(d.pairs, d.headPairs(), d.headKeys)
		d.rolePairs()
		for k := range d.pairs {
			d.pairF.Add(uint32(k>>32), uint32(k))
		}
	}()
	d.organs = lexicon.New[int32]()
	d.orgKeys = map[string]string{}
	for _, c := range lines("organs.tsv") {
		if len(c) < 2 {
			continue
		}
		d.organs.Add(c[0], int32(len(d.organCanon)))
		d.organCanon = append(d.organCanon, c[1])
		d.mark(bOrgans, c[0])
		d.orgKeys[c[1]] = orgKey(c[1])
	}
	return d
})

// roleVal is the value of a role phrase (data/roles.txt): its flags.
type roleVal uint8

const (
	roleFull   roleVal = 1 << iota // a whole title on its own ("full")
	roleWeak                       // names no position without an organization ("weak")
	rolePerson                     // names the person it serves ("person")
	roleShare                      // a whole title that takes the organization of a title joined by "kiêm" ("share")
	roleStaff                      // a staff noun, a title only before an organization ("staff": cán bộ)
)

// atRole is atBool for the roles lexicon.
func atRole(p *parser, i int) (lexicon.Match[roleVal], bool) {
	if !p.may(i, bRoles) {
		return lexicon.Match[roleVal]{}, false
	}
	// remembered: the titles (findSegments) and the organizations they
	// hold (parseOrg) ask at the same tokens
	if p.roleMemo == nil {
		p.roleMemo = grow(&p.sc.roleMemo, len(p.toks))
	}
	switch c := p.roleMemo[i]; c {
	case 0: // not asked yet
	case roleNone:
		return lexicon.Match[roleVal]{}, false
	default:
		last := i + int(c>>8)
		return lexicon.Match[roleVal]{First: i, Last: last, Start: p.toks[i].Start, End: p.toks[last-1].End, Value: roleVal(c)}, true
	}
	if i > 0 && p.mask[i-1]&bCountry != 0 && p.toks[i].Upper {
		if c, ok := p.d.country.At(p.toks, i-1); ok && c.Last > i {
			// the last word of a country: "Trung Quốc Vương Nghị" holds
			// no "Quốc vương"
			p.roleMemo[i] = roleNone
			return lexicon.Match[roleVal]{}, false
		}
	}
	if i+1 < len(p.toks) && !p.toks[i+1].LineBefore {
		// a role of two tokens that no longer role extends: the lexicon's
		// longest match, read from the pair table
		t0, t1 := &p.toks[i], &p.toks[i+1]
		if ps := p.d.pairT.slot(token.HashOf(t0), token.HashOf(t1)); ps != nil && ps.rx != 0 {
			if rp := &p.d.roleKeys[ps.rx]; sameKey(rp.k0, t0.Key) && sameKey(rp.k1, t1.Key) && !p.thirdOf(rp, i+2) {
				if !rp.has2 {
					p.roleMemo[i] = roleNone // "Tỉnh ủy" not followed by "viên"
					return lexicon.Match[roleVal]{}, false
				}
				p.roleMemo[i] = 2<<8 | uint16(rp.v2)
				return lexicon.Match[roleVal]{First: i, Last: i + 2, Start: t0.Start, End: t1.End, Value: roleVal(rp.v2)}, true
			}
		}
	}
	m, ok := p.d.roles.At(p.toks, i)
	switch {
	case !ok:
		p.roleMemo[i] = roleNone
	case m.Last-i < 1<<8-1:
		p.roleMemo[i] = uint16(m.Last-i)<<8 | uint16(m.Value)
	}
	return m, ok
}

// thirdOf reports whether token k, on the line of the token before it,
// may go on with a longer phrase of rp (its key hash is rp.t0 or rp.t1).
func (p *parser) thirdOf(rp *pairPhrase, k int) bool {
	if rp.nth == 0 || k >= len(p.toks) || p.toks[k].LineBefore {
		return false
	}
	h := p.toks[k].Hash // (0, a token built by hand: the lexicon tells)
	return h == rp.t0 || h == rp.t1 || h == 0
}

// roleNone is roleMemo's mark of a token where no role starts; other
// marks are the role's length << 8 | its value (0: not asked).
const roleNone = 0xFFFF

// atBool is l.At(p.toks, i), answered without a lookup where the token's
// bits say no phrase of l starts there (bit is l's firstBit); atCue and
// atStr are the same for the other value types. Hot loops test p.may
// first: it inlines, these do not.
func atBool(p *parser, bit firstBit, l *lexicon.Lexicon[bool], i int) (lexicon.Match[bool], bool) {
	if !p.may(i, bit) {
		return lexicon.Match[bool]{}, false
	}
	return l.At(p.toks, i)
}

func atCue(p *parser, bit firstBit, l *lexicon.Lexicon[cueKind], i int) (lexicon.Match[cueKind], bool) {
	if !p.may(i, bit) {
		return lexicon.Match[cueKind]{}, false
	}
	if l == p.d.cues {
		return p.cueAt(i)
	}
	return l.At(p.toks, i)
}

// cueAt is p.d.cues.At(p.toks, i), remembered: the passes ask for the cue
// at a token again and again (before each name, each chain, each subject).
func (p *parser) cueAt(i int) (lexicon.Match[cueKind], bool) {
	if !p.may(i, bCues) {
		return lexicon.Match[cueKind]{}, false
	}
	if p.cueMemo == nil {
		p.cueMemo = grow(&p.sc.cueMemo, len(p.toks))
	}
	switch c := p.cueMemo[i]; c {
	case 0: // not asked yet
	case cueNone:
		return lexicon.Match[cueKind]{}, false
	default:
		last := i + int(c>>2)
		return lexicon.Match[cueKind]{First: i, Last: last, Start: p.toks[i].Start, End: p.toks[last-1].End, Value: cueKind(c & 3)}, true
	}
	m, ok := p.d.cues.At(p.toks, i)
	switch {
	case !ok:
		p.cueMemo[i] = cueNone
	case m.Last-i < 1<<6-1 && m.Value < 4:
		p.cueMemo[i] = uint8(m.Last-i)<<2 | uint8(m.Value)
	}
	return m, ok
}

// cueNone is cueMemo's mark of a token where no cue starts; other marks
// are the cue's length << 2 | its kind (0: not asked).
const cueNone = 0xFF

// atOrgan is atBool for the organs lexicon: the value is an index into
// data.organCanon.
func atOrgan(p *parser, i int) (lexicon.Match[int32], bool) {
	if !p.may(i, bOrgans) {
		return lexicon.Match[int32]{}, false
	}
	// remembered: the titles' organizations (parseOrg) and the list of
	// organizations (organizations) ask at the same tokens
	if p.organMemo == nil {
		p.organMemo = zeroed(&p.sc.organMemo, len(p.toks))
	}
	switch c := p.organMemo[i]; c {
	case 0: // not asked yet
	case organNone:
		return lexicon.Match[int32]{}, false
	default:
		last := i + int(c>>24)
		return lexicon.Match[int32]{First: i, Last: last, Start: p.toks[i].Start, End: p.toks[last-1].End, Value: int32(c&(1<<24-1)) - 1}, true
	}
	m, ok := p.d.organs.At(p.toks, i)
	switch {
	case !ok:
		p.organMemo[i] = organNone
	case m.Last-i < 1<<8-1 && m.Value >= 0 && m.Value < 1<<24-1:
		p.organMemo[i] = uint32(m.Last-i)<<24 | uint32(m.Value+1)
	default:
		return m, ok // not remembered
	}
	p.sc.organAsked = append(p.sc.organAsked, int32(i))
	return m, ok
}

// organNone is organMemo's mark of a token where no organ starts; other
// marks are the organ's length << 24 | 1 + its index (0: not asked).
const organNone = 0xFFFFFFFF

// nextWith returns the first token from i on whose bits meet bits, or
// len(mask): the loops over all tokens skip four tokens at a time.
func nextWith(mask []firstBit, i int, bits firstBit) int {
	for ; i >= 0 && i+4 <= len(mask); i += 4 {
		m := mask[i : i+4 : i+4]
		if (m[0]|m[1]|m[2]|m[3])&bits != 0 {
			break
		}
	}
	for ; i < len(mask); i++ {
		if mask[i]&bits != 0 {
			return i
		}
	}
	return len(mask)
}

// may reports whether a phrase of the list of bit may start at token i.
func (p *parser) may(i int, bit firstBit) bool {
	return uint(i) < uint(len(p.mask)) && p.mask[i]&bit != 0
}

// family reports whether token i's key is a family name.
func (p *parser) family(i int) bool {
	return i >= 0 && i < len(p.toks) && p.mask[i]&bFamily != 0
}

// keyTable is a read-only string -> (single, multi) table with linear
// probing on the token hash (token.KeyHash): cheaper than a Go map for the
// short keys of tokens. A probe compares hashes only, unless two keys of
// the table share one (exact): a key outside the table may then find the
// slot of another, whose bits outside exactBits only cost a lookup.
type keyTable struct {
	slots []keySlot
	mask  uint32
	exact bool
}

type keySlot struct {
	h             uint32
	single, multi firstBit
	key           string
	oh            orgKind // the value of the one-token orgHeads phrase of key, 0 if none
}

func newKeyTable(first, single, multi map[string]firstBit, oh map[string]orgKind) keyTable {
	n := 16
	for n < 4*len(first) {
		n *= 2
	}
	t := keyTable{slots: make([]keySlot, n), mask: uint32(n - 1)}
	seen := map[uint32]bool{}
	for k := range first {
		if k == "" {
			continue // never a token key; "" marks an empty slot
		}
		h := token.KeyHash(k)
		if seen[h] {
			t.exact = true
		}
		seen[h] = true
		i := (h ^ h>>15) & t.mask
		for t.slots[i].key != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = keySlot{h, single[k], multi[k], k, oh[k]}
	}
	return t
}

// getHashed returns the slot of k (its token.KeyHash given: a token's
// Hash), nil if absent; without t.exact, maybe the slot of another key of
// the same hash.
func (t *keyTable) getHashed(k string, h uint32) *keySlot {
	for i := (h ^ h>>15) & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.key == "" {
			return nil
		}
		if s.h == h && (!t.exact || s.key == k) {
			return s
		}
	}
}

// pairTable is data.pairs as a read-only open-addressing table (a zero
// bits value marks an empty slot).
type pairTable struct {
	slots []pairSlot
	mask  uint32
}

type pairSlot struct {
	key  uint64
	bits firstBit
	// oh2 is the value of the orgHeads phrase of these two keys, written
	// data.headKeys[kx], when no longer orgHeads phrase starts with them:
	// the head at a token of this pair, 0 if the lexicon must tell
	oh2 orgKind
	kx  uint16
	// rx is the index in data.roleKeys of the roles phrase of these two
	// keys when no longer roles phrase starts with them, 0 if none
	rx uint16
	hx uint16 // the same for orgHeads (data.headThirds)
}

func pairSlotOf(k uint64, mask uint32) uint32 {
	h := k * 0x9E3779B97F4A7C15
	return uint32(h>>32) & mask
}

func newPairTable(m map[uint64]firstBit, heads map[uint64]uint16, heads2 []headPair) pairTable {
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t := pairTable{slots: make([]pairSlot, n), mask: uint32(n - 1)}
	for k, v := range m {
		if v == 0 {
			continue
		}
		i := pairSlotOf(k, t.mask)
		for t.slots[i].bits != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = pairSlot{key: k, bits: v}
		if x, ok := heads[k]; ok {
			t.slots[i].oh2, t.slots[i].kx = heads2[x].v, x
		}
	}
	return t
}

// get returns the bits of the pair of key hashes h0, h1, 0 if absent.
func (t *pairTable) get(h0, h1 uint32) firstBit {
	k := pairKey(h0, h1)
	for i := pairSlotOf(k, t.mask); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.bits == 0 {
			return 0
		}
		if s.key == k {
			return s.bits
		}
	}
}

// slot returns the slot of the pair of key hashes h0, h1, nil if absent.
func (t *pairTable) slot(h0, h1 uint32) *pairSlot {
	k := pairKey(h0, h1)
	for i := pairSlotOf(k, t.mask); ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.bits == 0 {
			return nil
		}
		if s.key == k {
			return s
		}
	}
}

// pairPhrase is what a lexicon holds after keys k0 k1 (a pair of the pair
// table): the value of the phrase of these two keys (has2), and the key
// hashes of the third tokens of its longer phrases.
type pairPhrase struct {
	k0, k1 string
	has2   bool
	v2     int32
	// the key hashes of the third tokens of the longer phrases (t0 == t1
	// for one, none when nth is 0; pairs with more are not kept)
	nth    uint8
	t0, t1 uint32
}

// pairPhrases returns the pairs of keys that open a phrase of two tokens
// or more of the lexicon of a data file (each phrase with its value in the
// lexicon by lookup), when no other pair of keys has their hashes, the
// longer phrases go on with at most two third keys and, unless
// withSingle, no phrase of one token is k0; set gives each its index in
// the list (from 1) in the pair table. Where the token after the pair does
// not go on with a longer phrase, the lexicon's answer at the pair's first
// token is the phrase of the two keys, or else the one of k0 alone, or
// none: atRole and scanHead read it without walking the lexicon.
func (d *data) pairPhrases(file string, withSingle bool, lookup func(string) (int32, bool), set func(ps *pairSlot, x uint16)) []pairPhrase {
	type acc struct {
		pairPhrase
		thirds []uint32
		bad    bool
	}
	single := map[string]bool{}
	pairs := map[uint64]*acc{}
	var order []uint64
	for _, c := range lines(file) {
		toks := token.Tokenize(c[0])
		if len(toks) == 1 {
			single[toks[0].Key] = true
		}
		if len(toks) < 2 {
			continue
		}
		k := pairKey(token.HashOf(&toks[0]), token.HashOf(&toks[1]))
		e := pairs[k]
		if e == nil {
			e = &acc{pairPhrase: pairPhrase{k0: toks[0].Key, k1: toks[1].Key}}
			pairs[k] = e
			order = append(order, k)
		}
		if e.k0 != toks[0].Key || e.k1 != toks[1].Key {
			e.bad = true // two pairs of keys share the hashes
		}
		if len(toks) == 2 {
			if v, ok := lookup(c[0]); ok {
				e.has2, e.v2 = true, v
			}
		} else if h := token.HashOf(&toks[2]); !slices.Contains(e.thirds, h) {
			e.thirds = append(e.thirds, h)
		}
	}
	out := []pairPhrase{{}} // index 0: none
	slices.Sort(order)
	for _, k := range order {
		e := pairs[k]
		if e.bad || single[e.k0] && !withSingle || len(e.thirds) > 2 || len(out) == 1<<16 {
			continue
		}
		if len(e.thirds) > 0 {
			e.nth, e.t0, e.t1 = uint8(len(e.thirds)), e.thirds[0], e.thirds[len(e.thirds)-1]
		}
		if ps := d.pairT.slot(uint32(k>>32), uint32(k)); ps != nil {
			set(ps, uint16(len(out)))
			out = append(out, e.pairPhrase)
		}
	}
	return out
}

// rolePairs fills d.roleKeys (pairPhrases of roles.txt, no role of one
// token first) and d.headThirds (of orgheads.txt: scan knows the head of
// one token, keySlot.oh).
func (d *data) rolePairs() {
	d.roleKeys = d.pairPhrases("roles.txt", false, func(ph string) (int32, bool) {
		v, ok := d.roles.Lookup(ph)
		return int32(v), ok
	}, func(ps *pairSlot, x uint16) { ps.rx = x })
	d.headThirds = d.pairPhrases("orgheads.txt", true, func(ph string) (int32, bool) {
		v, ok := d.orgHeads.Lookup(ph)
		return int32(v), ok
	}, func(ps *pairSlot, x uint16) { ps.hx = x })
}

// headPair is an orgHeads phrase of two tokens that no longer phrase of
// orgHeads extends: keys k0 k1, value v.
type headPair struct {
	k0, k1 string
	v      orgKind
}

// headPairs fills d.headKeys with the orgHeads phrases of two tokens no
// longer phrase starts with and returns the index of each by pairKey of
// their key hashes (none for a pair of hashes that two different pairs of
// keys share): scan takes their head from the pair table without walking
// the lexicon.
func (d *data) headPairs() map[uint64]uint16 {
	out := map[uint64]headPair{}
	longer, shared := map[uint64]bool{}, map[uint64]bool{}
	keys := map[uint64][2]string{}
	for _, c := range lines("orgheads.txt") {
		toks := token.Tokenize(c[0])
		if len(toks) < 2 {
			continue
		}
		k := pairKey(token.HashOf(&toks[0]), token.HashOf(&toks[1]))
		if ks, ok := keys[k]; ok && ks != [2]string{toks[0].Key, toks[1].Key} {
			shared[k] = true
		}
		keys[k] = [2]string{toks[0].Key, toks[1].Key}
		if len(toks) > 2 {
			longer[k] = true
			continue
		}
		if v, ok := d.orgHeads.Lookup(c[0]); ok {
			out[k] = headPair{toks[0].Key, toks[1].Key, v}
		}
	}
	idx := map[uint64]uint16{}
	d.headKeys = []headPair{{}} // index 0: none
	ks := make([]uint64, 0, len(out))
	for k := range out {
		if !longer[k] && !shared[k] {
			ks = append(ks, k)
		}
	}
	slices.Sort(ks)
	for _, k := range ks {
		if len(d.headKeys) == 1<<16 {
			break
		}
		idx[k] = uint16(len(d.headKeys))
		d.headKeys = append(d.headKeys, out[k])
	}
	return idx
}

// orgHeadAt is p.d.orgHeads.At(p.toks, i), as scan found it.
func (p *parser) orgHeadAt(i int) (lexicon.Match[orgKind], bool) {
	if i < 0 || i >= len(p.toks) {
		return lexicon.Match[orgKind]{}, false
	}
	o := p.oh[i]
	if o == 0 {
		return lexicon.Match[orgKind]{}, false
	}
	l := i + int(o>>2)
	return lexicon.Match[orgKind]{First: i, Last: l, Start: p.toks[i].Start, End: p.toks[l-1].End, Value: orgKind(o & 3)}, true
}

// ohOf is parser.oh of a head of n tokens and value v: n << 2 | v. The
// heads of data/orgheads.txt are shorter than 64 tokens and their values
// below 4 (see TestOrgHeadsFit).
func ohOf(n int, v orgKind) uint8 { return uint8(n)<<2 | uint8(v) }

// sameKey is a == b, in line and without a call for keys of 4 to 8 bytes
// (most syllables' keys): two overlapping 4-byte loads from each.
func sameKey(a, b string) bool {
	n := len(a)
	if n != len(b) || n < 4 || n > 8 {
		return a == b
	}
	pa, pb := unsafe.Pointer(unsafe.StringData(a)), unsafe.Pointer(unsafe.StringData(b))
	return *(*uint32)(pa) == *(*uint32)(pb) && *(*uint32)(unsafe.Add(pa, n-4)) == *(*uint32)(unsafe.Add(pb, n-4))
}
