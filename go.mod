module github.com/vnpol/vnpol

go 1.24.0

require golang.org/x/text v0.31.0

require github.com/stretchr/testify v1.11.1 // indirect
