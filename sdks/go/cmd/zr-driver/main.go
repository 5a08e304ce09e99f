// Command zr-driver is the conformance driver of the Go SDK: it reads DriverCommands
// from stdin and writes DriverEvents to stdout, each framed as a 4-byte big-endian
// length followed by the protobuf bytes (proto/zerorelay/conformance/v1/driver.proto).
// Logs go to stderr. On stdin EOF it closes its connections and exits.
package main

import (
	"bufio"
	"cmp"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"slices"
	"sync"
	"time"

	zerorelay "github.com/zerorelay/zerorelay/sdks/go"
	conformancev1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/conformance/v1"
	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
	"google.golang.org/protobuf/proto"
)

// features the Go SDK implements (docs/sdk-spec.md §15). pause-reading is not one:
// subscription buffers are unbounded.
var features = []string{"ack", "at-least-once", "resume", "wildcards", "refresh", "reconnect", "heartbeat", "json", "gap"}

// maxCommandBytes bounds one inbound command.
const maxCommandBytes = 64 << 20

func main() {
	log.SetOutput(os.Stderr)
	d := newDriver(os.Stdout)
	err := d.serve(os.Stdin)
	d.shutdown()
	if err != nil {
		log.Printf("zr-driver: %v", err)
		os.Exit(1)
	}
}

type driver struct {
	outMu sync.Mutex
	out   *bufio.Writer
	start time.Time

	mu    sync.Mutex
	conns map[string]*driverConn
	wg    sync.WaitGroup
}

type driverConn struct {
	name   string
	client *zerorelay.Client
	token  *tokenBox
	pubs   chan func()
	mu     sync.Mutex
	subs   map[string]*zerorelay.Subscription
	manual map[string]*zerorelay.Delivery // "topic\x00epoch\x00offset" → delivery
}

type tokenBox struct {
	mu    sync.Mutex
	token string
}

func (b *tokenBox) get(context.Context) (string, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.token, nil
}

func (b *tokenBox) set(t string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.token = t
}

func newDriver(w io.Writer) *driver {
	return &driver{out: bufio.NewWriter(w), start: time.Now(), conns: map[string]*driverConn{}}
}

// serve reads commands until EOF.
func (d *driver) serve(r io.Reader) error {
	br := bufio.NewReader(r)
	var hdr [4]byte
	for {
		if _, err := io.ReadFull(br, hdr[:]); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		n := binary.BigEndian.Uint32(hdr[:])
		if n > maxCommandBytes {
			return fmt.Errorf("command of %d bytes", n)
		}
		buf := make([]byte, n)
		if _, err := io.ReadFull(br, buf); err != nil {
			return err
		}
		cmd := &conformancev1.DriverCommand{}
		if err := proto.Unmarshal(buf, cmd); err != nil {
			return fmt.Errorf("undecodable command: %w", err)
		}
		d.dispatch(cmd)
	}
}

// shutdown closes every connection and waits for the command goroutines.
func (d *driver) shutdown() {
	d.mu.Lock()
	conns := make([]*driverConn, 0, len(d.conns))
	for _, c := range d.conns {
		conns = append(conns, c)
	}
	d.mu.Unlock()
	for _, c := range conns {
		if c.client != nil {
			_ = c.client.Close()
		}
	}
	done := make(chan struct{})
	go func() { d.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(1500 * time.Millisecond):
	}
}

func (d *driver) emit(ev *conformancev1.DriverEvent) {
	ev.AtMs = uint64(time.Since(d.start).Milliseconds())
	b, err := proto.Marshal(ev)
	if err != nil {
		log.Printf("zr-driver: encode event: %v", err)
		return
	}
	d.outMu.Lock()
	defer d.outMu.Unlock()
	var hdr [4]byte
	binary.BigEndian.PutUint32(hdr[:], uint32(len(b)))
	_, _ = d.out.Write(hdr[:])
	_, _ = d.out.Write(b)
	_ = d.out.Flush()
}

func (d *driver) ok(id uint64, ok *conformancev1.CommandOk) {
	if ok == nil {
		ok = &conformancev1.CommandOk{}
	}
	d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_CommandResult{CommandResult: &conformancev1.CommandResult{
		CommandId: id, Outcome: &conformancev1.CommandResult_Ok{Ok: ok},
	}}})
}

func (d *driver) fail(id uint64, conn string, err error) {
	d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_CommandResult{CommandResult: &conformancev1.CommandResult{
		CommandId: id, Outcome: &conformancev1.CommandResult_Error{Error: sdkError(conn, err)},
	}}})
}

// sdkError maps an SDK error onto the driver's SdkError.
func sdkError(conn string, err error) *conformancev1.SdkError {
	out := &conformancev1.SdkError{Conn: conn, Code: zerorelay.CodeOf(err), Message: err.Error()}
	var e *zerorelay.Error
	if errors.As(err, &e) {
		out.Retryable = e.Retryable()
		out.RetryAfterMs = uint32(e.RetryAfter().Milliseconds())
	}
	out.CloseCode = uint32(zerorelay.CloseCodeOf(err))
	return out
}

func (d *driver) conn(name string) (*driverConn, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	c := d.conns[name]
	if c == nil || c.client == nil {
		return nil, zerorelay.NewError(zerorelay.CodeNotFound, fmt.Sprintf("no connection %q", name), false)
	}
	return c, nil
}

func (d *driver) goCmd(f func()) {
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		f()
	}()
}

func (d *driver) dispatch(cmd *conformancev1.DriverCommand) {
	id := cmd.GetId()
	switch k := cmd.GetKind().(type) {
	case *conformancev1.DriverCommand_Hello:
		log.Printf("zr-driver: scenario %q", k.Hello.GetScenario())
		d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_HelloResult{HelloResult: &conformancev1.HelloResult{
			SdkName: zerorelay.ClientName, SdkVersion: zerorelay.ClientVersion, Features: features,
		}}})
	case *conformancev1.DriverCommand_Connect:
		d.connect(id, k.Connect)
	case *conformancev1.DriverCommand_Subscribe:
		d.goCmd(func() { d.subscribe(id, k.Subscribe) })
	case *conformancev1.DriverCommand_Unsubscribe:
		d.goCmd(func() { d.unsubscribe(id, k.Unsubscribe) })
	case *conformancev1.DriverCommand_Publish:
		d.publish(id, k.Publish)
	case *conformancev1.DriverCommand_Ack:
		d.ack(id, k.Ack)
	case *conformancev1.DriverCommand_Close:
		c, err := d.conn(k.Close.GetConn())
		if err != nil {
			d.fail(id, k.Close.GetConn(), err)
			return
		}
		d.goCmd(func() {
			_ = c.client.Close()
			d.ok(id, nil)
		})
	case *conformancev1.DriverCommand_SetToken:
		d.setToken(id, k.SetToken)
	case *conformancev1.DriverCommand_PauseReading, *conformancev1.DriverCommand_ResumeReading:
		d.fail(id, "", zerorelay.NewError(zerorelay.CodeUnimplemented, "pause-reading is not supported by the Go SDK", false))
	default:
		d.fail(id, "", zerorelay.NewError(zerorelay.CodeUnimplemented, "unknown driver command", false))
	}
}

func (d *driver) connect(id uint64, m *conformancev1.ConnectCommand) {
	name := m.GetConn()
	d.mu.Lock()
	if _, dup := d.conns[name]; dup {
		d.mu.Unlock()
		d.fail(id, name, zerorelay.NewError(zerorelay.CodeAlreadySubscribed, fmt.Sprintf("connection %q exists", name), false))
		return
	}
	dc := &driverConn{
		name: name, token: &tokenBox{token: m.GetToken()}, pubs: make(chan func(), 1024),
		subs: map[string]*zerorelay.Subscription{}, manual: map[string]*zerorelay.Delivery{},
	}
	d.conns[name] = dc
	d.mu.Unlock()

	opts := []zerorelay.Option{zerorelay.WithTokenProvider(dc.token.get)}
	if rp := m.GetReconnect(); rp != nil {
		policy := zerorelay.ReconnectPolicy{
			Disable:      !rp.GetEnabled(),
			InitialDelay: time.Duration(rp.GetInitialDelayMs()) * time.Millisecond,
			MaxDelay:     time.Duration(rp.GetMaxDelayMs()) * time.Millisecond,
			Multiplier:   rp.GetMultiplier(),
		}
		opts = append(opts, zerorelay.WithReconnect(policy))
	}
	if ms := m.GetPingIntervalMs(); ms > 0 {
		opts = append(opts, zerorelay.WithPingInterval(time.Duration(ms)*time.Millisecond))
	}
	if ms := m.GetPongTimeoutMs(); ms > 0 {
		opts = append(opts, zerorelay.WithPongTimeout(time.Duration(ms)*time.Millisecond))
	}
	if ms := m.GetAckDelayMs(); ms > 0 {
		opts = append(opts, zerorelay.WithAckDelay(time.Duration(ms)*time.Millisecond))
	}
	if m.GetSubprotocol() == zerorelay.SubprotocolJSON {
		opts = append(opts, zerorelay.WithEncoding(zerorelay.JSON))
	}
	status := make(chan zerorelay.StatusEvent, 1000)
	opts = append(opts, zerorelay.WithStatus(status))
	d.goCmd(func() { d.forwardStatus(name, status) })
	d.goCmd(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		c, err := zerorelay.Dial(ctx, m.GetUrl(), opts...)
		if err != nil {
			d.mu.Lock()
			delete(d.conns, name)
			d.mu.Unlock()
			d.fail(id, name, err)
			return
		}
		d.mu.Lock()
		dc.client = c
		d.mu.Unlock()
		d.goCmd(func() {
			for {
				select {
				case f := <-dc.pubs:
					f()
				case <-c.Done():
					// Queued publishes fail at once with the client's terminal error.
					for {
						select {
						case f := <-dc.pubs:
							f()
						default:
							return
						}
					}
				}
			}
		})
		d.ok(id, nil)
	})
}

// forwardStatus turns status events into StateChange and SdkError events.
func (d *driver) forwardStatus(name string, ch <-chan zerorelay.StatusEvent) {
	for ev := range ch {
		sc := &conformancev1.StateChange{Conn: name}
		switch ev.Type {
		case zerorelay.EventConnecting:
			sc.State, sc.Attempt = conformancev1.ConnState_CONN_STATE_CONNECTING, uint32(ev.Attempt)
		case zerorelay.EventConnected:
			sc.State = conformancev1.ConnState_CONN_STATE_CONNECTED
		case zerorelay.EventDisconnected:
			sc.State, sc.CloseCode, sc.Reason = conformancev1.ConnState_CONN_STATE_DISCONNECTED, uint32(ev.CloseCode), ev.Reason
		case zerorelay.EventClosed:
			sc.State = conformancev1.ConnState_CONN_STATE_CLOSED
			if ev.Err != nil {
				sc.CloseCode = uint32(zerorelay.CloseCodeOf(ev.Err))
				d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_SdkError{SdkError: sdkError(name, ev.Err)}})
			} else {
				sc.CloseCode = 1000
			}
		case zerorelay.EventError:
			d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_SdkError{SdkError: sdkError(name, ev.Err)}})
			continue
		default:
			continue
		}
		d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_StateChange{StateChange: sc}})
	}
}

func (d *driver) subscribe(id uint64, m *conformancev1.SubscribeCommand) {
	c, err := d.conn(m.GetConn())
	if err != nil {
		d.fail(id, m.GetConn(), err)
		return
	}
	var opts []zerorelay.SubscribeOption
	if m.GetMode() == zerorelayv1.DeliveryMode_DELIVERY_MODE_AT_LEAST_ONCE {
		opts = append(opts, zerorelay.WithDeliveryMode(zerorelay.AtLeastOnce))
	}
	if m.GetManualAck() {
		opts = append(opts, zerorelay.WithManualAck())
	}
	if n := m.GetMaxInFlight(); n > 0 {
		opts = append(opts, zerorelay.WithMaxInFlight(n))
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	// The subscription lives as long as the connection: its ctx is never canceled.
	sub, err := c.client.Subscribe(context.WithoutCancel(ctx), m.GetTopic(), opts...)
	if err != nil {
		d.fail(id, m.GetConn(), err)
		return
	}
	c.mu.Lock()
	c.subs[m.GetTopic()] = sub
	c.mu.Unlock()
	d.ok(id, nil)
	for {
		dl, err := sub.Next(context.Background())
		if err != nil {
			var gap *zerorelay.GapError
			if errors.As(err, &gap) {
				d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_SdkError{SdkError: sdkError(m.GetConn(), err)}})
				continue
			}
			if !errors.Is(err, zerorelay.ErrSubscriptionClosed) {
				d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_SdkError{SdkError: sdkError(m.GetConn(), err)}})
			}
			return
		}
		if m.GetManualAck() {
			c.mu.Lock()
			c.manual[fmt.Sprintf("%s\x00%s\x00%d", dl.Subscription, dl.Epoch, dl.Offset)] = dl
			c.mu.Unlock()
		}
		d.emit(&conformancev1.DriverEvent{Kind: &conformancev1.DriverEvent_Delivered{Delivered: &conformancev1.Delivered{
			Conn: m.GetConn(), Delivery: &zerorelayv1.Delivery{
				Topic: dl.Topic, Payload: dl.Data, Headers: dl.Headers, Epoch: dl.Epoch, Offset: dl.Offset,
				PublishedAtMs: dl.PublishedAtMs, DeliveryCount: dl.DeliveryCount,
			},
		}}})
	}
}

func (d *driver) unsubscribe(id uint64, m *conformancev1.UnsubscribeCommand) {
	c, err := d.conn(m.GetConn())
	if err != nil {
		d.fail(id, m.GetConn(), err)
		return
	}
	c.mu.Lock()
	sub := c.subs[m.GetTopic()]
	delete(c.subs, m.GetTopic())
	c.mu.Unlock()
	if sub == nil {
		d.fail(id, m.GetConn(), zerorelay.NewError(zerorelay.CodeNotFound, fmt.Sprintf("no subscription %q", m.GetTopic()), false))
		return
	}
	if err := sub.Unsubscribe(context.Background()); err != nil {
		d.fail(id, m.GetConn(), err)
		return
	}
	d.ok(id, nil)
}

// publish runs publishes of one connection in command order.
func (d *driver) publish(id uint64, m *conformancev1.PublishCommand) {
	c, err := d.conn(m.GetConn())
	if err != nil {
		d.fail(id, m.GetConn(), err)
		return
	}
	run := func() {
		ctx := context.Background()
		if ms := m.GetTimeoutMs(); ms > 0 {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, time.Duration(ms)*time.Millisecond)
			defer cancel()
		}
		opts := []zerorelay.PublishOption{zerorelay.WithMessageHeaders(m.GetHeaders())}
		if !m.GetAck() {
			opts = append(opts, zerorelay.WithoutAck())
		}
		if k := m.GetIdempotencyKey(); k != "" {
			opts = append(opts, zerorelay.WithIdempotencyKey(k))
		}
		ack, err := c.client.Publish(ctx, m.GetTopic(), m.GetPayload(), opts...)
		if err != nil {
			d.fail(id, m.GetConn(), err)
			return
		}
		ok := &conformancev1.CommandOk{}
		if ack != nil {
			ok.Position = &zerorelayv1.StreamPosition{Epoch: ack.Epoch, Offset: ack.Offset}
			ok.Duplicate = ack.Duplicate
		}
		d.ok(id, ok)
	}
	select {
	case <-c.client.Done():
		run() // fails at once with the client's terminal error
	default:
		select {
		case c.pubs <- run:
		case <-c.client.Done():
			run()
		}
	}
}

func (d *driver) ack(id uint64, m *conformancev1.AckCommand) {
	c, err := d.conn(m.GetConn())
	if err != nil {
		d.fail(id, m.GetConn(), err)
		return
	}
	c.mu.Lock()
	// Cumulative: ack every held delivery of the topic and epoch up to the offset.
	var acks []*zerorelay.Delivery
	for k, dl := range c.manual {
		if dl.Subscription == m.GetTopic() && dl.Epoch == m.GetEpoch() && dl.Offset <= m.GetOffset() {
			acks = append(acks, dl)
			delete(c.manual, k)
		}
	}
	c.mu.Unlock()
	if len(acks) == 0 {
		d.fail(id, m.GetConn(), zerorelay.NewError(zerorelay.CodeNotFound, "no such delivery", false))
		return
	}
	// In delivery order, as an application consumes them (the map's order is random).
	slices.SortFunc(acks, func(a, b *zerorelay.Delivery) int { return cmp.Compare(a.Offset, b.Offset) })
	for _, dl := range acks {
		if err := dl.Ack(context.Background()); err != nil {
			d.fail(id, m.GetConn(), err)
			return
		}
	}
	d.ok(id, nil)
}

func (d *driver) setToken(id uint64, m *conformancev1.SetTokenCommand) {
	d.mu.Lock()
	c := d.conns[m.GetConn()]
	d.mu.Unlock()
	if c == nil {
		d.fail(id, m.GetConn(), zerorelay.NewError(zerorelay.CodeNotFound, fmt.Sprintf("no connection %q", m.GetConn()), false))
		return
	}
	c.token.set(m.GetToken())
	if !m.GetRefreshNow() {
		d.ok(id, nil)
		return
	}
	d.goCmd(func() {
		cc, err := d.conn(m.GetConn())
		if err == nil {
			err = cc.client.Refresh(context.Background())
		}
		if err != nil {
			d.fail(id, m.GetConn(), err)
			return
		}
		d.ok(id, nil)
	})
}
