package schema

import (
	"bytes"
	"encoding/json"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// jsDoc is the part of a JSON Schema the sync test reads.
type jsDoc struct {
	Type                 any               `json:"type"`
	Ref                  string            `json:"$ref"`
	Required             []string          `json:"required"`
	Properties           map[string]*jsDoc `json:"properties"`
	Items                *jsDoc            `json:"items"`
	AdditionalProperties any               `json:"additionalProperties"`
	Defs                 map[string]*jsDoc `json:"$defs"`
	Enum                 []any             `json:"enum"`
}

func loadDoc(t *testing.T) *jsDoc {
	t.Helper()
	var d jsDoc
	require.NoError(t, json.Unmarshal(JSONSchema(), &d))
	return &d
}

func types(d *jsDoc) []string {
	switch v := d.Type.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, x.(string))
		}
		sort.Strings(out)
		return out
	}
	return nil
}

type jsonField struct {
	name      string
	omitempty bool
	typ       reflect.Type
}

func jsonFields(t reflect.Type) []jsonField {
	var out []jsonField
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = f.Name
		}
		out = append(out, jsonField{name, strings.Contains(opts, "omitempty"), f.Type})
	}
	return out
}

// TestSchemaInSync walks the record types by reflection: every JSON field of
// every struct is a property of its schema object with a compatible type,
// required exactly when it has no omitempty, and the schema has no
// property or definition the types lack.
func TestSchemaInSync(t *testing.T) {
	doc := loadDoc(t)
	defOf := func(rt reflect.Type) *jsDoc {
		if rt == reflect.TypeOf(Record{}) {
			return doc
		}
		return doc.Defs[rt.Name()]
	}
	seen := map[reflect.Type]bool{}
	var walk func(rt reflect.Type)
	// check reports whether schema s describes a value of Go type rt.
	var check func(path string, s *jsDoc, rt reflect.Type, nullable bool)
	check = func(path string, s *jsDoc, rt reflect.Type, nullable bool) {
		require.NotNil(t, s, path)
		switch rt.Kind() {
		case reflect.Pointer:
			check(path, s, rt.Elem(), nullable)
		case reflect.Struct:
			assert.Equal(t, "#/$defs/"+rt.Name(), s.Ref, path)
			walk(rt)
		case reflect.String:
			assert.Equal(t, []string{"string"}, types(s), path)
		case reflect.Int, reflect.Int64:
			assert.Equal(t, []string{"integer"}, types(s), path)
		case reflect.Bool:
			assert.Equal(t, []string{"boolean"}, types(s), path)
		case reflect.Slice:
			want := []string{"array"}
			if nullable && !slices0(types(s)) {
				want = []string{"array", "null"}
			}
			assert.Equal(t, want, types(s), path)
			check(path+"[]", s.Items, rt.Elem(), false)
		case reflect.Map:
			assert.Equal(t, []string{"object"}, types(s), path)
			ap, ok := s.AdditionalProperties.(map[string]any)
			require.True(t, ok, path)
			b, _ := json.Marshal(ap)
			var sub jsDoc
			require.NoError(t, json.Unmarshal(b, &sub))
			check(path+"{}", &sub, rt.Elem(), false)
		default:
			t.Errorf("%s: Go kind %s has no schema rule", path, rt.Kind())
		}
	}
	walk = func(rt reflect.Type) {
		if seen[rt] {
			return
		}
		seen[rt] = true
		def := defOf(rt)
		require.NotNil(t, def, "no schema definition for %s", rt.Name())
		assert.Equal(t, []string{"object"}, types(def), rt.Name())
		assert.Equal(t, false, def.AdditionalProperties, "%s: additionalProperties must be false", rt.Name())
		var req []string
		fields := map[string]bool{}
		for _, f := range jsonFields(rt) {
			fields[f.name] = true
			if !f.omitempty {
				req = append(req, f.name)
			}
			p := def.Properties[f.name]
			if !assert.NotNil(t, p, "%s.%s is missing from the schema", rt.Name(), f.name) {
				continue
			}
			// a slice without omitempty encodes nil as null; the record's
			// top-level lists are documented as always present.
			nullable := f.typ.Kind() == reflect.Slice && !f.omitempty && rt != reflect.TypeOf(Record{})
			check(rt.Name()+"."+f.name, p, f.typ, nullable)
		}
		for name := range def.Properties {
			assert.True(t, fields[name], "schema property %s.%s has no Go field", rt.Name(), name)
		}
		sort.Strings(req)
		got := append([]string(nil), def.Required...)
		sort.Strings(got)
		assert.Equal(t, req, got, "%s: required fields", rt.Name())
	}
	walk(reflect.TypeOf(Record{}))
	for name := range doc.Defs {
		found := false
		for rt := range seen {
			found = found || rt.Name() == name
		}
		assert.True(t, found, "schema definition %s matches no Go type", name)
	}
}

func slices0(ts []string) bool { return len(ts) == 1 && ts[0] == "array" }

func compile(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema()))
	require.NoError(t, err)
	c := jsonschema.NewCompiler()
	require.NoError(t, c.AddResource("record.json", doc))
	s, err := c.Compile("record.json")
	require.NoError(t, err)
	return s
}

func sp(a, b int) *Span { return &Span{a, b} }

// fullRecord is a record with every field set, from the seed article.
func fullRecord() *Record {
	return &Record{
		SchemaVersion: SchemaVersion,
		Source:        Source{Path: "cum-thi-dua-5-soc-trang-2020.txt", SHA256: strings.Repeat("ab", 32), Bytes: 9000, Encoding: "utf-8", Format: "text", Meta: map[string]string{"url": "x"}},
		Article: Article{Category: "Thời sự - Chính trị", CategorySpan: sp(0, 24), Title: "Cụm thi đua số 5 sơ kết 6 tháng đầu năm 2020", TitleSpan: sp(25, 80),
			Published: "2020-07-26T22:08", PublishedSpan: sp(81, 96), Byline: "T.S", BylineSpan: sp(97, 100)},
		Meetings: []Meeting{{Kind: "sơ kết", Name: "sơ kết 6 tháng đầu năm 2020", Span: sp(200, 230), Modifiers: []string{"trực tuyến"},
			Date: "2020-07-25", DateSpan: sp(190, 199), Location: &Location{Text: "TP. Sóc Trăng", Span: Span{240, 255}, Province: "Sóc Trăng", Code: "94"},
			Organizer: &TextSpan{Text: "Cụm thi đua số 5", Span: Span{260, 280}}, Period: &Period{Text: "6 tháng đầu năm 2020", Span: sp(210, 230), Start: "2020-01-01", End: "2020-06-30"},
			Members:      []Member{{Name: "Bạc Liêu", Code: "95", Span: Span{300, 310}}},
			Participants: []Participant{{Name: "Lâm Văn Mẫn", Role: "chaired", Span: Span{320, 335}}}}},
		Officials: []Official{{Name: "Lâm Văn Mẫn", Titles: []Title{{Text: "Phó Bí thư Thường trực Tỉnh ủy Sóc Trăng", Role: "Phó Bí thư Thường trực", Organization: "Tỉnh ủy Sóc Trăng", Former: true, Span: Span{340, 390}}}, Mentions: []Span{{320, 335}}},
			{Name: "Trần Phước Vinh"}}, // nil lists encode as null
		Organizations: []Organization{{Name: "Tỉnh ủy Sóc Trăng", Canonical: "Tỉnh ủy Sóc Trăng", Mentions: []Span{{370, 390}}}},
		Documents: []Document{{Text: "Chỉ thị số 35-CT/TW", Type: "Chỉ thị", TypeCode: "CT", Number: "35", Symbol: "35-CT/TW", Issuer: "Bộ Chính trị", IssuerCode: "TW",
			Date: "2019-05-30", Year: 2019, Term: "XII", TermInferred: true, Plenum: 4, Mentions: []Span{{400, 420}}}},
		Provinces: []Province{{Name: "Sóc Trăng", Code: "94", Scheme: "2004", Successor: "Cần Thơ", SuccessorCode: "92", Mentions: []Span{{250, 255}}}},
		Tasks:     []TaskList{{Period: &Period{Text: "6 tháng cuối năm 2020"}, Items: []Item{{Text: "tập trung thực hiện", Span: Span{500, 520}}}}},
		Results:   []TaskList{{Items: nil}},
		Warnings:  []string{"page noise removed"},
		Text:      "…",
	}
}

func TestValidateRecord(t *testing.T) {
	s := compile(t)
	errRec := &Record{SchemaVersion: SchemaVersion, Source: Source{Path: "x.txt"}, Error: &Error{Kind: "unreadable", Message: "no such file"},
		Meetings: []Meeting{}, Officials: []Official{}, Organizations: []Organization{}, Documents: []Document{}, Provinces: []Province{},
		Tasks: []TaskList{}, Results: []TaskList{}, Warnings: []string{}}
	for _, tc := range []struct {
		name   string
		rec    *Record
		mutate func(map[string]any)
		valid  bool
	}{
		{"full record", fullRecord(), nil, true},
		{"error record", errRec, nil, true},
		{"unknown error kind", errRec, func(m map[string]any) { m["error"].(map[string]any)["kind"] = "oops" }, false},
		{"missing schema_version", fullRecord(), func(m map[string]any) { delete(m, "schema_version") }, false},
		{"unknown property", fullRecord(), func(m map[string]any) { m["extra"] = 1 }, false},
		{"span as string", fullRecord(), func(m map[string]any) {
			m["article"].(map[string]any)["title_span"] = "0-24"
		}, false},
		{"null top-level list", fullRecord(), func(m map[string]any) { m["documents"] = nil }, false},
		{"bad published", fullRecord(), func(m map[string]any) { m["article"].(map[string]any)["published"] = "26/7/2020" }, false},
		{"year as string", fullRecord(), func(m map[string]any) {
			m["documents"].([]any)[0].(map[string]any)["year"] = "2019"
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.Marshal(tc.rec)
			require.NoError(t, err)
			var m map[string]any
			require.NoError(t, json.Unmarshal(b, &m))
			if tc.mutate != nil {
				tc.mutate(m)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(mustJSON(t, m)))
			require.NoError(t, err)
			err = s.Validate(inst)
			if tc.valid {
				assert.NoError(t, err)
			} else {
				assert.Error(t, err)
			}
		})
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	require.NoError(t, err)
	return b
}

func TestJSONSchemaCopy(t *testing.T) {
	a := JSONSchema()
	a[0] = 'x'
	assert.Equal(t, byte('{'), JSONSchema()[0])
	assert.True(t, json.Valid(JSONSchema()))
	assert.Contains(t, string(JSONSchema()), "2020-12")
}
