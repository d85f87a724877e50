module github.com/vnpol/vnpol/tools/prosetrial

go 1.26.0

replace github.com/vnpol/vnpol => ../..

require (
	github.com/jdkato/prose/v2 v2.0.0
	github.com/vnpol/vnpol v0.0.0-00010101000000-000000000000
	golang.org/x/text v0.44.0
)

require (
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
