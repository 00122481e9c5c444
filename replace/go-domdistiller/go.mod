module github.com/markusmobius/go-domdistiller

go 1.22

require golang.org/x/net v0.57.0
