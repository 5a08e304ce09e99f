module github.com/zerorelay/zerorelay/sdks/go

go 1.23

require google.golang.org/protobuf v1.36.12

require github.com/coder/websocket v1.8.15
