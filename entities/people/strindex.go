package people

import "hash/maphash"

// strIndex is a string-keyed table for one call of the recognizer, kept in
// its scratch: open addressing on a maphash of the key, emptied by clearing
// the slots the call used. It replaces Go maps whose lookups, inserts and
// clears (the whole table, however few entries a text added) were a
// noticeable part of organizations and attach.
type strIndex[V any] struct {
	slots []strSlot[V]
	used  []int32 // the slots set, for reset
}

type strSlot[V any] struct {
	h   uint64
	key string
	v   V
	set bool
}

// get returns the value of key and whether it is set.
func (t *strIndex[V]) get(key string) (V, bool) {
	if len(t.used) == 0 {
		var zero V
		return zero, false
	}
	h := maphash.String(placeCacheSeed, key)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.set {
			var zero V
			return zero, false
		}
		if s.h == h && s.key == key {
			return s.v, true
		}
	}
}

// put sets the value of key (kept as given: the caller passes a string
// that outlives the call's use of the table).
func (t *strIndex[V]) put(key string, v V) {
	if 2*(len(t.used)+1) > len(t.slots) {
		t.grow()
	}
	h := maphash.String(placeCacheSeed, key)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if !s.set {
			*s = strSlot[V]{h: h, key: key, v: v, set: true}
			t.used = append(t.used, int32(i))
			return
		}
		if s.h == h && s.key == key {
			s.v = v
			return
		}
	}
}

// grow doubles the table (at least 64 slots), keeping its entries.
func (t *strIndex[V]) grow() {
	old, oldUsed := t.slots, t.used
	n := max(64, 2*len(old))
	t.slots = make([]strSlot[V], n)
	t.used = make([]int32, 0, n/2)
	mask := uint64(n - 1)
	for _, j := range oldUsed {
		e := old[j]
		i := e.h & mask
		for t.slots[i].set {
			i = (i + 1) & mask
		}
		t.slots[i] = e
		t.used = append(t.used, int32(i))
	}
}

// reset empties the table, keeping its array.
func (t *strIndex[V]) reset() {
	for _, i := range t.used {
		t.slots[i] = strSlot[V]{}
	}
	t.used = t.used[:0]
}

// size returns the number of keys set.
func (t *strIndex[V]) size() int { return len(t.used) }
