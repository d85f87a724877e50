package schema

import (
	"bytes"
	_ "embed" // for the JSON Schema
)

//go:embed schema.json
var jsonSchema []byte

// JSONSchema returns the JSON Schema (draft 2020-12) of Record, as the CLI's
// "vnpol schema" prints it.
func JSONSchema() []byte { return bytes.Clone(jsonSchema) }
