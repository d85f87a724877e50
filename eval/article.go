package eval

import (
	"fmt"
	"sort"
	"strings"
)

// pair is a gold index matched to a predicted index.
type pair struct{ g, p int }

// greedy is the script's one-to-one greedy matching: every (gold, pred)
// pair that match scores, best score first (ties: higher gold index, then
// higher predicted index first, as Python's reverse tuple sort does).
func greedy(ng, np int, match func(i, j int) (float64, bool)) []pair {
	type cand struct {
		s    float64
		i, j int
	}
	var cs []cand
	for i := 0; i < ng; i++ {
		for j := 0; j < np; j++ {
			if s, ok := match(i, j); ok {
				cs = append(cs, cand{s, i, j})
			}
		}
	}
	sort.Slice(cs, func(a, b int) bool {
		x, y := cs[a], cs[b]
		if x.s != y.s {
			return x.s > y.s
		}
		if x.i != y.i {
			return x.i > y.i
		}
		return x.j > y.j
	})
	usedG, usedP := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cs {
		if !usedG[c.i] && !usedP[c.j] {
			usedG[c.i], usedP[c.j] = true, true
			out = append(out, pair{c.i, c.j})
		}
	}
	return out
}

// setScore compares two lists as sets of non-empty strings.
func setScore(gold, pred []string) (tp, fp, fn int, miss, extra []string) {
	g, p := map[string]bool{}, map[string]bool{}
	for _, x := range gold {
		if x != "" {
			g[x] = true
		}
	}
	for _, x := range pred {
		if x != "" {
			p[x] = true
		}
	}
	missS, extraS := map[string]bool{}, map[string]bool{}
	for x := range g {
		if p[x] {
			tp++
		} else {
			missS[x] = true
		}
	}
	for x := range p {
		if !g[x] {
			extraS[x] = true
		}
	}
	return tp, len(extraS), len(missS), sortedStrings(missS), sortedStrings(extraS)
}

// docKey is the script's doc_key: folded type plus number, plenum/term or text.
type docKey struct{ typ, id string }

func (k docKey) repr() string { return pyRepr(tuple{k.typ, k.id}) }

func docKeyOf(d any) docKey {
	o := asObject(d)
	var t string
	if o == nil {
		t = fold(textOf(d, "type_name", "type"), false)
	} else {
		t = fold(or(o.get("type_name"), o.get("type"), ""), false)
	}
	t = strings.ReplaceAll(t, "_", " ")
	if o == nil {
		return docKey{t, "t" + fold(textOf(d), false)}
	}
	if n := num(o.get("number")); n != "" {
		return docKey{t, "n" + n}
	}
	if pl := o.get("plenum"); truthy(pl) {
		return docKey{t, fmt.Sprintf("p%s/%s", num(pl), fold(o.get("term"), true))}
	}
	return docKey{t, "t" + fold(textOf(d), false)}
}

// dedupDocs is list({doc_key(d): d for d in docs}.values()): the first
// position of each key, holding the last document with it.
func dedupDocs(docs []any) ([]any, []docKey) {
	idx := map[docKey]int{}
	var out []any
	var keys []docKey
	for _, d := range docs {
		k := docKeyOf(d)
		if i, ok := idx[k]; ok {
			out[i] = d
			continue
		}
		idx[k] = len(out)
		out = append(out, d)
		keys = append(keys, k)
	}
	return out, keys
}

func scoreArticle(gold, pred *object, T map[string]*Tally, detail *[]string, body string) {
	add := func(lines ...string) { *detail = append(*detail, lines...) }

	// article header
	ga, pa := asObject(or(gold.get("article"), newObject())), asObject(or(pred.get("article"), newObject()))
	for _, k := range []string{"title", "category", "byline", "published"} {
		if !truthy(ga.get(k)) {
			continue
		}
		gv, pv := fold(ga.get(k), false), fold(pa.get(k), false)
		var ok bool
		if k == "published" {
			ok = pv != "" && strings.HasPrefix(pv, gv)
		} else {
			ok = gv == pv
		}
		T["article"].add(b2i(ok), b2i(!(ok || pv == "")), b2i(!ok))
		if !ok {
			add(fmt.Sprintf("article.%s: want %s got %s", k, pyRepr(ga.get(k)), pyRepr(pa.get(k))))
		}
	}

	// officials
	gnames := newObject()
	for _, o := range iter(or(gold.get("officials"), []any{})) {
		gnames.set(fold(getOf(o, "name"), false), o)
	}
	pnames := map[string][]any{}
	var pkeys []string
	for _, o := range iter(or(pred.get("officials"), pred.get("people"), []any{})) {
		n := fold(textOf(o, "name"), false)
		if n != "" {
			if _, ok := pnames[n]; !ok {
				pkeys = append(pkeys, n)
			}
			pnames[n] = append(pnames[n], o)
		}
	}
	tp, fp, fn, miss, extra := setScore(gnames.keys, pkeys)
	T["officials"].add(tp, fp, fn)
	for _, m := range miss {
		add("officials: missed " + m)
	}
	for _, e := range extra {
		add("officials: extra " + e)
	}
	type nt struct{ n, t string }
	gt, pt := map[nt]bool{}, map[nt]bool{}
	for _, n := range gnames.keys {
		for _, t := range iter(or(getOf(gnames.vals[n], "titles"), []any{})) {
			gt[nt{n, titleFold(t)}] = true
		}
	}
	npred := 0
	for _, n := range pkeys {
		for _, o := range pnames[n] {
			ts := iter(or(getOf(o, "titles"), []any{}))
			npred += len(ts)
			for _, t := range ts {
				for form := range titleForms(t) {
					pt[nt{n, form}] = true
				}
			}
		}
	}
	tp = 0
	var missT []nt
	for k := range gt {
		if pt[k] {
			tp++
		} else {
			missT = append(missT, k)
		}
	}
	sort.Slice(missT, func(a, b int) bool {
		if missT[a].n != missT[b].n {
			return missT[a].n < missT[b].n
		}
		return missT[a].t < missT[b].t
	})
	T["titles"].add(tp, max(0, npred-tp), len(gt)-tp)
	for _, m := range missT {
		add(fmt.Sprintf("titles: missed %s | %s", m.n, m.t))
	}

	// documents
	gdocs, gkeys := dedupDocs(iter(or(gold.get("documents"), []any{})))
	var pin []any
	for _, d := range iter(or(pred.get("documents"), pred.get("citations"), []any{})) {
		if asObject(d) != nil {
			pin = append(pin, d)
		}
	}
	pdocs, pkeysD := dedupDocs(pin)
	pairs := greedy(len(gdocs), len(pdocs), func(i, j int) (float64, bool) {
		tg, tq := gkeys[i], pkeysD[j]
		if tg.typ != tq.typ {
			return 0, false
		}
		if strings.ContainsRune("np", rune(tg.id[0])) || strings.ContainsRune("np", rune(tq.id[0])) {
			return 2, tg.id == tq.id
		}
		s := tokenF1(getOf(gdocs[i], "text"), getOf(pdocs[j], "text"))
		return s, s >= 0.6
	})
	T["documents"].add(len(pairs), len(pdocs)-len(pairs), len(gdocs)-len(pairs))
	paired, usedP := map[int]int{}, map[int]bool{}
	for _, pr := range pairs {
		paired[pr.g] = pr.p
		usedP[pr.p] = true
	}
	for i, g := range gdocs {
		if _, ok := paired[i]; !ok {
			add("documents: missed " + pyStr(getOf(g, "text")))
		}
	}
	for j, p := range pdocs {
		if !usedP[j] {
			if t := getOf(p, "text"); truthy(t) {
				add("documents: extra " + pyStr(t))
			} else {
				add("documents: extra " + pkeysD[j].repr())
			}
		}
	}
	for i, g := range gdocs {
		gs := getOf(g, "symbol")
		if !truthy(gs) {
			continue
		}
		j, has := paired[i]
		var p any
		if has {
			p = pdocs[j]
		}
		ok := has && fold(getOf(p, "symbol"), false) == fold(gs, false)
		T["doc_symbols"].add(b2i(ok), b2i(!(ok || !has || !truthy(getOf(p, "symbol")))), b2i(!ok))
		if has && !ok {
			add(fmt.Sprintf("doc_symbols: want %s got %s", pyStr(gs), pyStr(getOf(p, "symbol"))))
		}
	}

	// provinces
	var gp, pp []string
	for _, x := range iter(or(gold.get("provinces"), []any{})) {
		gp = append(gp, place(x))
	}
	for _, x := range iter(or(pred.get("provinces"), pred.get("places"), []any{})) {
		pp = append(pp, place(x))
	}
	tp, fp, fn, miss, extra = setScore(gp, pp)
	T["provinces"].add(tp, fp, fn)
	for _, m := range miss {
		add("provinces: missed " + m)
	}
	for _, e := range extra {
		add("provinces: extra " + e)
	}

	// meetings
	gm := iter(or(gold.get("meetings"), []any{}))
	pm := iter(or(pred.get("meetings"), pred.get("events"), []any{}))
	startsWith := func(a, b any) bool { return strings.HasPrefix(pyStr(or(b, "")), pyStr(a)) }
	mpairs := greedy(len(gm), len(pm), func(i, j int) (float64, bool) {
		g, p := gm[i], pm[j]
		s := 0.0
		if d := getOf(g, "date"); truthy(d) && startsWith(d, getOf(p, "date")) {
			s += 2
		}
		if l := getOf(g, "location"); truthy(l) && place(getOf(p, "location")) == place(l) {
			s++
		}
		if k := getOf(g, "kind"); truthy(k) && kindOK(k, getOf(p, "kind")) {
			s++
		}
		return s, true
	})
	matched := map[int]any{}
	for _, pr := range mpairs {
		matched[pr.g] = pm[pr.p]
	}
	for i, g := range gm {
		p, ok := matched[i]
		if !ok {
			p = newObject()
		}
		for _, k := range []string{"kind", "date", "location"} {
			gv := getOf(g, k)
			if !truthy(gv) {
				continue
			}
			pv := getOf(p, k)
			var ok bool
			switch k {
			case "kind":
				ok = kindOK(gv, pv)
			case "date":
				ok = startsWith(gv, pv)
			case "location":
				ok = place(gv) == place(pv) && place(gv) != ""
			}
			T["meeting_"+k].add(b2i(ok), b2i(!(ok || !truthy(pv))), b2i(!ok))
			if !ok {
				add(fmt.Sprintf("meeting.%s: want %s got %s", k, pyRepr(gv), pyRepr(pv)))
			}
		}
		if gmem := getOf(g, "members"); truthy(gmem) {
			var gs, ps []string
			for _, x := range iter(gmem) {
				gs = append(gs, place(x))
			}
			for _, x := range iter(or(getOf(p, "members"), []any{})) {
				ps = append(ps, place(x))
			}
			tp, fp, fn, miss, extra := setScore(gs, ps)
			T["members"].add(tp, fp, fn)
			for _, m := range miss {
				add("members: missed " + m)
			}
			for _, e := range extra {
				add("members: extra " + e)
			}
		}
	}
	if un := len(pm) - len(mpairs); un > 0 {
		T["meeting_kind"].add(0, un, 0)
	}

	// tasks: token positions of the article covered by gold items vs
	// predicted items, so that splitting or merging a list costs little
	var gi, pi []any
	for _, tl := range iter(or(gold.get("tasks"), []any{})) {
		gi = append(gi, iter(or(getOf(tl, "items"), []any{}))...)
	}
	for _, tl := range iter(or(pred.get("tasks"), []any{})) {
		var items any = []any{tl}
		if asObject(tl) != nil {
			items = getOf(tl, "items")
		}
		for _, it := range iter(or(items, []any{})) {
			pi = append(pi, textOf(it))
		}
	}
	toks := strings.Fields(fold(body, false))
	gpos, gmiss := cover(toks, gi)
	ppos, pmiss := cover(toks, pi)
	tp, fp, fn = 0, 0, 0
	for k := range gpos {
		if ppos[k] {
			tp++
		} else {
			fn++
		}
	}
	for k := range ppos {
		if !gpos[k] {
			fp++
		}
	}
	tpairs := greedy(len(gmiss), len(pmiss), func(i, j int) (float64, bool) {
		v := tokenF1(gmiss[i], pmiss[j])
		return v, v >= 0.6
	})
	usedG, usedPT := map[int]bool{}, map[int]bool{}
	for _, pr := range tpairs {
		tp += len(tokens(gmiss[pr.g]))
		usedG[pr.g], usedPT[pr.p] = true, true
	}
	for k, x := range gmiss {
		if !usedG[k] {
			fn += len(tokens(x))
		}
	}
	for k, x := range pmiss {
		if !usedPT[k] {
			fp += len(tokens(x))
		}
	}
	T["tasks"].add(tp, fp, fn)
	if fn > 0 || fp > 0 {
		add(fmt.Sprintf("tasks: %d of %d gold task words covered, %d predicted task words outside them", tp, tp+fn, fp))
	}
}

// cover returns the token positions of toks covered by items, each found
// as a contiguous folded token run (preferring a run that overlaps none
// already covered), and the items not found.
func cover(toks []string, items []any) (map[int]bool, []any) {
	index := map[string][]int{}
	for k, t := range toks {
		index[t] = append(index[t], k)
	}
	pos := map[int]bool{}
	var missing []any
	for _, it := range items {
		q := tokens(it)
		if len(q) == 0 {
			continue
		}
		found := -1
		for _, k := range index[q[0]] {
			if !runAt(toks, k, q) {
				continue
			}
			found = k
			free := true
			for x := k; x < k+len(q); x++ {
				if pos[x] {
					free = false
					break
				}
			}
			if free {
				break
			}
		}
		if found < 0 {
			missing = append(missing, it)
			continue
		}
		for x := found; x < found+len(q); x++ {
			pos[x] = true
		}
	}
	return pos, missing
}

func runAt(toks []string, k int, q []string) bool {
	if k+len(q) > len(toks) {
		return false
	}
	for i, t := range q {
		if toks[k+i] != t {
			return false
		}
	}
	return true
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
