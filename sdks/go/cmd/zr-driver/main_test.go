package main

import (
	"bufio"
	"encoding/binary"
	"io"
	"testing"
	"time"

	"github.com/zerorelay/zerorelay/sdks/go/internal/fakerelay"
	conformancev1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/conformance/v1"
	"google.golang.org/protobuf/proto"
)

type harness struct {
	t      *testing.T
	in     *io.PipeWriter
	events chan *conformancev1.DriverEvent
	done   chan error
	seen   []*conformancev1.DriverEvent // read but not yet matched
}

func startDriver(t *testing.T) *harness {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	h := &harness{t: t, in: inW, events: make(chan *conformancev1.DriverEvent, 1000), done: make(chan error, 1)}
	d := newDriver(outW)
	go func() {
		err := d.serve(inR)
		d.shutdown()
		_ = outW.Close()
		h.done <- err
	}()
	go func() {
		defer close(h.events)
		br := bufio.NewReader(outR)
		var hdr [4]byte
		for {
			if _, err := io.ReadFull(br, hdr[:]); err != nil {
				return
			}
			b := make([]byte, binary.BigEndian.Uint32(hdr[:]))
			if _, err := io.ReadFull(br, b); err != nil {
				return
			}
			ev := &conformancev1.DriverEvent{}
			if err := proto.Unmarshal(b, ev); err != nil {
				t.Errorf("bad event: %v", err)
				return
			}
			h.events <- ev
		}
	}()
	return h
}

func (h *harness) send(cmd *conformancev1.DriverCommand) {
	b, err := proto.Marshal(cmd)
	if err != nil {
		h.t.Fatal(err)
	}
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(b)))
	if _, err := h.in.Write(append(hdr[:], b...)); err != nil {
		h.t.Fatal(err)
	}
}

// wait returns (and consumes) the first event matching pred, failing after 10s.
func (h *harness) wait(pred func(*conformancev1.DriverEvent) bool) *conformancev1.DriverEvent {
	h.t.Helper()
	for i, ev := range h.seen {
		if pred(ev) {
			h.seen = append(h.seen[:i], h.seen[i+1:]...)
			return ev
		}
	}
	timeout := time.After(10 * time.Second)
	for {
		select {
		case ev, ok := <-h.events:
			if !ok {
				h.t.Fatal("driver output ended")
			}
			if pred(ev) {
				return ev
			}
			h.seen = append(h.seen, ev)
		case <-timeout:
			h.t.Fatal("no matching event")
		}
	}
}

func (h *harness) result(id uint64) *conformancev1.CommandResult {
	h.t.Helper()
	return h.wait(func(ev *conformancev1.DriverEvent) bool {
		return ev.GetCommandResult() != nil && ev.GetCommandResult().GetCommandId() == id
	}).GetCommandResult()
}

func TestDriver_ConnectSubscribePublishClose(t *testing.T) {
	relay := fakerelay.New(fakerelay.Options{})
	defer relay.Close()
	h := startDriver(t)

	h.send(&conformancev1.DriverCommand{Id: 1, Kind: &conformancev1.DriverCommand_Hello{Hello: &conformancev1.Hello{Scenario: "smoke", ProtocolVersion: 1}}})
	hello := h.wait(func(ev *conformancev1.DriverEvent) bool { return ev.GetHelloResult() != nil }).GetHelloResult()
	if hello.GetSdkName() != "zerorelay-go" || len(hello.GetFeatures()) == 0 {
		t.Fatalf("hello %v", hello)
	}
	h.send(&conformancev1.DriverCommand{Id: 2, Kind: &conformancev1.DriverCommand_Connect{Connect: &conformancev1.ConnectCommand{
		Conn: "a", Url: relay.URL, Token: "tok", Subprotocol: "zerorelay.v1.json",
		Reconnect: &conformancev1.ReconnectPolicy{Enabled: true, InitialDelayMs: 10, MaxDelayMs: 100, Multiplier: 2, Jitter: 1},
	}}})
	if r := h.result(2); r.GetOk() == nil {
		t.Fatalf("connect: %v", r)
	}
	h.send(&conformancev1.DriverCommand{Id: 3, Kind: &conformancev1.DriverCommand_Subscribe{Subscribe: &conformancev1.SubscribeCommand{Conn: "a", Topic: "x.y"}}})
	if r := h.result(3); r.GetOk() == nil {
		t.Fatalf("subscribe: %v", r)
	}
	h.send(&conformancev1.DriverCommand{Id: 4, Kind: &conformancev1.DriverCommand_Publish{Publish: &conformancev1.PublishCommand{
		Conn: "a", Topic: "x.y", Payload: []byte("hi"), Ack: true,
	}}})
	if pos := h.result(4).GetOk().GetPosition(); pos.GetOffset() != 1 || pos.GetEpoch() != "e1" {
		t.Fatalf("publish position %v", pos)
	}
	got := h.wait(func(ev *conformancev1.DriverEvent) bool { return ev.GetDelivered() != nil }).GetDelivered()
	if got.GetConn() != "a" || string(got.GetDelivery().GetPayload()) != "hi" {
		t.Fatalf("delivered %v", got)
	}
	h.send(&conformancev1.DriverCommand{Id: 5, Kind: &conformancev1.DriverCommand_Publish{Publish: &conformancev1.PublishCommand{
		Conn: "a", Topic: "x.*", Payload: []byte("bad"), Ack: true,
	}}})
	if e := h.result(5).GetError(); e.GetCode() != 4 /* CODE_INVALID_TOPIC */ || e.GetConn() != "a" {
		t.Fatalf("publish to a pattern: %v", e)
	}
	h.send(&conformancev1.DriverCommand{Id: 6, Kind: &conformancev1.DriverCommand_Close{Close: &conformancev1.CloseCommand{Conn: "a"}}})
	if r := h.result(6); r.GetOk() == nil {
		t.Fatalf("close: %v", r)
	}
	closed := h.wait(func(ev *conformancev1.DriverEvent) bool {
		return ev.GetStateChange().GetState() == conformancev1.ConnState_CONN_STATE_CLOSED
	}).GetStateChange()
	if closed.GetConn() != "a" || closed.GetCloseCode() != 1000 {
		t.Fatalf("closed %v", closed)
	}
	_ = h.in.Close()
	select {
	case err := <-h.done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(3 * time.Second):
		t.Fatal("driver did not exit on stdin EOF")
	}
}
