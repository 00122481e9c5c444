module github.com/go-shiori/go-readability

go 1.22

require golang.org/x/net v0.57.0
