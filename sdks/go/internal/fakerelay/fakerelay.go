// Package fakerelay is a small scripted zerorelay server for tests and examples: real
// WebSockets on 127.0.0.1 (port 0), both encodings, an in-memory history per topic with
// resume, and hooks to refuse upgrades, fail connects, disconnect with a code, drop
// connections without a close frame or go half-open. It records every upgrade attempt
// and every frame the client sent, with timestamps, so that tests assert behaviour at the
// server side. It is not a reference server: it implements only what SDK tests need.
package fakerelay

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"
	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// Subprotocol names.
const (
	SubprotocolProto = "zerorelay.v1.proto"
	SubprotocolJSON  = "zerorelay.v1.json"
)

// Options configure a Server. The zero value is usable.
type Options struct {
	// Limits announced in connected. Default: all zero (no limits, client defaults).
	Limits *zerorelayv1.Limits
	// Features announced in connected. Default: none.
	Features []string
	// Epoch of every topic's history. Default: "e1".
	Epoch string
	// Retained is how many messages each topic keeps for resume. Default: 0, unlimited.
	Retained int
}

// Upgrade is one recorded upgrade attempt.
type Upgrade struct {
	At      time.Time
	Header  http.Header
	Offered []string
	// Status is the HTTP status answered (101 when accepted).
	Status int
}

// Recorded is one frame the client sent.
type Recorded struct {
	At    time.Time
	Conn  int
	Frame *zerorelayv1.ClientFrame
}

// Handler overrides the default handling of a frame; it returns true when it handled it.
type Handler func(c *Conn, f *zerorelayv1.ClientFrame) bool

// Server is a running fake relay.
type Server struct {
	// URL is the WebSocket endpoint, ws://127.0.0.1:port/v1/ws.
	URL string

	opts Options
	http *httptest.Server

	mu           sync.Mutex
	changed      chan struct{}
	upgrades     []Upgrade
	frames       []Recorded
	conns        []*Conn
	topics       map[string]*topicLog
	idempotency  map[string]uint64
	refuse       func(n int) (int, string)
	subprotocol  *string
	handler      Handler
	connectError func(token string) *zerorelayv1.Error
	expiresAt    func(token string) uint64
	sessionSeq   int
}

type topicLog struct {
	first uint64 // offset of msgs[0]
	last  uint64
	msgs  []*zerorelayv1.Delivery
}

// Conn is one accepted connection.
type Conn struct {
	// Index is the connection's 0-based number on the server.
	Index int
	// Subprotocol is the negotiated subprotocol.
	Subprotocol string

	s        *Server
	ws       *websocket.Conn
	done     chan struct{}
	halfOpen bool
	subs     map[string]bool
	writeMu  sync.Mutex
}

// New starts a fake relay; it is closed with t.Cleanup by the caller (Close).
func New(opts Options) *Server {
	if opts.Epoch == "" {
		opts.Epoch = "e1"
	}
	s := &Server{
		opts: opts, changed: make(chan struct{}),
		topics: map[string]*topicLog{}, idempotency: map[string]uint64{},
	}
	s.http = httptest.NewServer(http.HandlerFunc(s.serve))
	s.URL = "ws" + strings.TrimPrefix(s.http.URL, "http") + "/v1/ws"
	return s
}

// Close drops every connection and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	conns := slices.Clone(s.conns)
	s.mu.Unlock()
	for _, c := range conns {
		_ = c.ws.CloseNow()
	}
	s.http.CloseClientConnections()
	s.http.Close()
}

// SetRefuse makes upgrade number n (1-based) answer HTTP status with a Retry-After header
// (empty: none); status 0 accepts.
func (s *Server) SetRefuse(f func(n int) (status int, retryAfter string)) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refuse = f
}

// SetSubprotocol makes the server answer with p instead of the offered subprotocol.
func (s *Server) SetSubprotocol(p string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.subprotocol = &p
}

// SetHandler installs a frame handler that runs before the default handling.
func (s *Server) SetHandler(h Handler) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.handler = h
}

// SetConnectError makes connect fail: the server answers the error, then disconnects with
// 4501. A nil result accepts the token.
func (s *Server) SetConnectError(f func(token string) *zerorelayv1.Error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.connectError = f
}

// SetTokenExpiry sets connected/refreshed.tokenExpiresAtMs for a token.
func (s *Server) SetTokenExpiry(f func(token string) uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expiresAt = f
}

// notify wakes waiters. Called with s.mu held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Upgrades returns the recorded upgrade attempts.
func (s *Server) Upgrades() []Upgrade {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.upgrades)
}

// Frames returns the recorded client frames.
func (s *Server) Frames() []Recorded {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.frames)
}

// Conn returns connection i, or nil.
func (s *Server) Conn(i int) *Conn {
	s.mu.Lock()
	defer s.mu.Unlock()
	if i < len(s.conns) {
		return s.conns[i]
	}
	return nil
}

// Wait blocks until cond (called with the server's lock held) is true or ctx is done.
func (s *Server) Wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		ok := cond()
		ch := s.changed
		s.mu.Unlock()
		if ok {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// WaitFrame waits for the n-th (1-based) recorded frame matching pred.
func (s *Server) WaitFrame(ctx context.Context, n int, pred func(Recorded) bool) (Recorded, error) {
	var found Recorded
	err := s.Wait(ctx, func() bool {
		k := 0
		for _, r := range s.frames {
			if pred(r) {
				k++
				if k == n {
					found = r
					return true
				}
			}
		}
		return false
	})
	return found, err
}

// WaitUpgrades waits for n recorded upgrade attempts.
func (s *Server) WaitUpgrades(ctx context.Context, n int) error {
	return s.Wait(ctx, func() bool { return len(s.upgrades) >= n })
}

// WaitConn waits for connection i (0-based) and returns it.
func (s *Server) WaitConn(ctx context.Context, i int) (*Conn, error) {
	var c *Conn
	err := s.Wait(ctx, func() bool {
		if i < len(s.conns) {
			c = s.conns[i]
			return true
		}
		return false
	})
	return c, err
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	var offered []string
	for _, v := range r.Header.Values("Sec-WebSocket-Protocol") {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				offered = append(offered, p)
			}
		}
	}
	s.mu.Lock()
	up := Upgrade{At: time.Now(), Header: r.Header.Clone(), Offered: offered, Status: http.StatusSwitchingProtocols}
	n := len(s.upgrades) + 1
	if s.refuse != nil {
		if status, retryAfter := s.refuse(n); status != 0 {
			up.Status = status
			s.upgrades = append(s.upgrades, up)
			s.notify()
			s.mu.Unlock()
			if retryAfter != "" {
				w.Header().Set("Retry-After", retryAfter)
			}
			http.Error(w, "refused", status)
			return
		}
	}
	s.upgrades = append(s.upgrades, up)
	s.notify()
	chosen := SubprotocolJSON
	if slices.Contains(offered, SubprotocolProto) {
		chosen = SubprotocolProto
	}
	var override *string
	if s.subprotocol != nil {
		override = s.subprotocol
	}
	s.mu.Unlock()
	opts := &websocket.AcceptOptions{Subprotocols: []string{chosen}}
	if override != nil {
		// Answer a subprotocol the client did not offer (or none) by writing the header
		// ourselves; the library only echoes offered ones.
		opts.Subprotocols = nil
		if *override != "" {
			w.Header().Set("Sec-WebSocket-Protocol", *override)
		}
	}
	ws, err := websocket.Accept(w, r, opts)
	if err != nil {
		return
	}
	ws.SetReadLimit(64 << 20)
	c := &Conn{s: s, ws: ws, done: make(chan struct{}), subs: map[string]bool{}, Subprotocol: ws.Subprotocol()}
	if override != nil {
		c.Subprotocol = *override
	}
	s.mu.Lock()
	c.Index = len(s.conns)
	s.conns = append(s.conns, c)
	s.notify()
	s.mu.Unlock()
	defer close(c.done)
	for {
		typ, data, err := ws.Read(context.Background())
		if err != nil {
			return
		}
		f := &zerorelayv1.ClientFrame{}
		if typ == websocket.MessageText {
			err = protojson.Unmarshal(data, f)
		} else {
			err = proto.Unmarshal(data, f)
		}
		if err != nil {
			_ = c.Send(&zerorelayv1.ServerFrame{Kind: &zerorelayv1.ServerFrame_Error{Error: &zerorelayv1.Error{
				Code: zerorelayv1.Code_CODE_BAD_REQUEST, Message: "undecodable frame",
			}}})
			continue
		}
		s.mu.Lock()
		s.frames = append(s.frames, Recorded{At: time.Now(), Conn: c.Index, Frame: f})
		s.notify()
		h := s.handler
		half := c.halfOpen
		s.mu.Unlock()
		if half {
			continue
		}
		if h != nil && h(c, f) {
			continue
		}
		s.handle(c, f)
	}
}

// Send writes one frame in the connection's encoding.
func (c *Conn) Send(f *zerorelayv1.ServerFrame) error {
	var b []byte
	var err error
	typ := websocket.MessageBinary
	if c.Subprotocol == SubprotocolJSON {
		typ = websocket.MessageText
		b, err = protojson.Marshal(f)
	} else {
		b, err = proto.Marshal(f)
	}
	if err != nil {
		return err
	}
	c.writeMu.Lock()
	defer c.writeMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return c.ws.Write(ctx, typ, b)
}

// Disconnect sends disconnect{code, reason, retryAfterMs} and closes with code.
func (c *Conn) Disconnect(code zerorelayv1.CloseCode, reason string, retryAfterMs uint32) {
	_ = c.Send(&zerorelayv1.ServerFrame{Kind: &zerorelayv1.ServerFrame_Disconnect{Disconnect: &zerorelayv1.Disconnect{
		Code: code, Reason: reason, RetryAfterMs: retryAfterMs,
	}}})
	c.CloseWith(websocket.StatusCode(code), reason)
}

// CloseWith closes with a WebSocket close code, without a disconnect frame. It waits at
// most a second for the handshake.
func (c *Conn) CloseWith(code websocket.StatusCode, reason string) {
	go func() { _ = c.ws.Close(code, reason) }()
	select {
	case <-c.done:
	case <-time.After(time.Second):
		_ = c.ws.CloseNow()
	}
}

// Kill drops the TCP connection without a close frame (the client sees 1006).
func (c *Conn) Kill() { _ = c.ws.CloseNow() }

// SetHalfOpen stops (or resumes) answering: frames are still read and recorded, but no
// reply, delivery or close is sent (the WebSocket layer still answers its own pings).
func (c *Conn) SetHalfOpen(on bool) {
	c.s.mu.Lock()
	defer c.s.mu.Unlock()
	c.halfOpen = on
}

// Done is closed when the connection ended.
func (c *Conn) Done() <-chan struct{} { return c.done }

// Reply sends a reply frame with id.
func (c *Conn) Reply(id uint32, kind any) {
	f := &zerorelayv1.ServerFrame{Id: id}
	switch k := kind.(type) {
	case *zerorelayv1.Connected:
		f.Kind = &zerorelayv1.ServerFrame_Connected{Connected: k}
	case *zerorelayv1.SubscribeAck:
		f.Kind = &zerorelayv1.ServerFrame_SubscribeAck{SubscribeAck: k}
	case *zerorelayv1.UnsubscribeAck:
		f.Kind = &zerorelayv1.ServerFrame_UnsubscribeAck{UnsubscribeAck: k}
	case *zerorelayv1.PublishAck:
		f.Kind = &zerorelayv1.ServerFrame_PublishAck{PublishAck: k}
	case *zerorelayv1.Error:
		f.Kind = &zerorelayv1.ServerFrame_Error{Error: k}
	case *zerorelayv1.Pong:
		f.Kind = &zerorelayv1.ServerFrame_Pong{Pong: k}
	case *zerorelayv1.Refreshed:
		f.Kind = &zerorelayv1.ServerFrame_Refreshed{Refreshed: k}
	case *zerorelayv1.Delivery:
		f.Kind = &zerorelayv1.ServerFrame_Delivery{Delivery: k}
	case *zerorelayv1.Gap:
		f.Kind = &zerorelayv1.ServerFrame_Gap{Gap: k}
	default:
		panic(fmt.Sprintf("fakerelay: unknown reply %T", kind))
	}
	_ = c.Send(f)
}

func errorReply(code zerorelayv1.Code, msg string) *zerorelayv1.Error {
	return &zerorelayv1.Error{Code: code, Message: msg}
}

// handle is the default behaviour of a relay.
func (s *Server) handle(c *Conn, f *zerorelayv1.ClientFrame) {
	id := f.GetId()
	switch k := f.GetKind().(type) {
	case *zerorelayv1.ClientFrame_Connect:
		s.mu.Lock()
		connectError, expiresAt := s.connectError, s.expiresAt
		s.sessionSeq++
		sessionID := fmt.Sprintf("s-%d", s.sessionSeq)
		s.mu.Unlock()
		if connectError != nil {
			if e := connectError(k.Connect.GetToken()); e != nil {
				c.Reply(id, e)
				c.Disconnect(zerorelayv1.CloseCode_CLOSE_CODE_UNAUTHENTICATED, "connect failed", 0)
				return
			}
		}
		var exp uint64
		if expiresAt != nil {
			exp = expiresAt(k.Connect.GetToken())
		}
		c.Reply(id, &zerorelayv1.Connected{
			SessionId: sessionID, ServerVersion: "0.0.0-fake", Subject: "tester", TokenExpiresAtMs: exp,
			Limits: s.opts.Limits, Features: s.opts.Features,
		})
	case *zerorelayv1.ClientFrame_Subscribe:
		s.subscribe(c, id, k.Subscribe)
	case *zerorelayv1.ClientFrame_Unsubscribe:
		s.mu.Lock()
		topic := k.Unsubscribe.GetTopic()
		had := c.subs[topic]
		delete(c.subs, topic)
		pos := s.position(topic)
		s.mu.Unlock()
		if !had {
			c.Reply(id, errorReply(zerorelayv1.Code_CODE_NOT_FOUND, "not subscribed"))
			return
		}
		c.Reply(id, &zerorelayv1.UnsubscribeAck{Topic: topic, Position: pos})
	case *zerorelayv1.ClientFrame_Publish:
		p := k.Publish
		if isPattern(p.GetTopic()) || p.GetTopic() == "" {
			c.Reply(id, errorReply(zerorelayv1.Code_CODE_INVALID_TOPIC, "cannot publish to a pattern"))
			return
		}
		offset, dup := s.Publish(p.GetTopic(), p.GetPayload(), p.GetHeaders(), p.GetIdempotencyKey())
		if p.GetAck() {
			c.Reply(id, &zerorelayv1.PublishAck{Topic: p.GetTopic(), Epoch: s.opts.Epoch, Offset: offset, Duplicate: dup})
		}
	case *zerorelayv1.ClientFrame_Ping:
		c.Reply(id, &zerorelayv1.Pong{ClientTimeMs: k.Ping.GetClientTimeMs(), ServerTimeMs: uint64(time.Now().UnixMilli())})
	case *zerorelayv1.ClientFrame_Refresh:
		s.mu.Lock()
		expiresAt := s.expiresAt
		s.mu.Unlock()
		var exp uint64
		if expiresAt != nil {
			exp = expiresAt(k.Refresh.GetToken())
		}
		c.Reply(id, &zerorelayv1.Refreshed{TokenExpiresAtMs: exp})
	case *zerorelayv1.ClientFrame_Ack:
		// Recorded only.
	default:
		c.Reply(id, errorReply(zerorelayv1.Code_CODE_UNIMPLEMENTED, "unknown command"))
	}
}

// position is a topic's current position. Called with s.mu held.
func (s *Server) position(topic string) *zerorelayv1.StreamPosition {
	var last uint64
	if l := s.topics[topic]; l != nil {
		last = l.last
	}
	return &zerorelayv1.StreamPosition{Epoch: s.opts.Epoch, Offset: last}
}

func (s *Server) subscribe(c *Conn, id uint32, m *zerorelayv1.Subscribe) {
	topic := m.GetTopic()
	s.mu.Lock()
	if c.subs[topic] {
		s.mu.Unlock()
		c.Reply(id, errorReply(zerorelayv1.Code_CODE_ALREADY_SUBSCRIBED, "already subscribed"))
		return
	}
	pos := s.position(topic)
	if isPattern(topic) {
		pos = &zerorelayv1.StreamPosition{}
	}
	var replay []*zerorelayv1.Delivery
	if ra := m.GetResumeAfter(); ra != nil {
		l := s.topics[topic]
		first := uint64(1)
		if l != nil {
			first = l.first
		}
		if ra.GetEpoch() != s.opts.Epoch || ra.GetOffset()+1 < first || ra.GetOffset() > pos.GetOffset() {
			s.mu.Unlock()
			c.Reply(id, &zerorelayv1.Error{
				Code: zerorelayv1.Code_CODE_UNRECOVERABLE_POSITION, Message: "cannot resume", Position: pos,
			})
			return
		}
		if l != nil {
			for _, d := range l.msgs {
				if d.GetOffset() > ra.GetOffset() {
					replay = append(replay, d)
				}
			}
		}
	}
	mode := m.GetMode()
	if mode == zerorelayv1.DeliveryMode_DELIVERY_MODE_UNSPECIFIED {
		mode = zerorelayv1.DeliveryMode_DELIVERY_MODE_AT_MOST_ONCE
	}
	// Ack, replay and registration happen under the lock, so that a concurrent Publish
	// either misses this subscription or sends its delivery after the ack.
	c.Reply(id, &zerorelayv1.SubscribeAck{Topic: topic, Position: pos, Mode: mode, MaxInFlight: m.GetMaxInFlight()})
	for _, d := range replay {
		c.Reply(0, d)
	}
	c.subs[topic] = true
	s.notify()
	s.mu.Unlock()
}

// Publish stores a message and fans it out to every connection with a matching
// subscription. It returns the offset and whether the idempotency key was a duplicate.
func (s *Server) Publish(topic string, payload []byte, headers map[string]string, key string) (uint64, bool) {
	s.mu.Lock()
	if key != "" {
		if off, ok := s.idempotency[topic+"\x00"+key]; ok {
			s.mu.Unlock()
			return off, true
		}
	}
	l := s.topics[topic]
	if l == nil {
		l = &topicLog{first: 1}
		s.topics[topic] = l
	}
	l.last++
	d := &zerorelayv1.Delivery{
		Topic: topic, Payload: payload, Headers: headers, Epoch: s.opts.Epoch, Offset: l.last,
		PublishedAtMs: uint64(time.Now().UnixMilli()), DeliveryCount: 1,
	}
	l.msgs = append(l.msgs, d)
	if s.opts.Retained > 0 && len(l.msgs) > s.opts.Retained {
		l.msgs = l.msgs[len(l.msgs)-s.opts.Retained:]
		l.first = l.msgs[0].GetOffset()
	}
	if key != "" {
		s.idempotency[topic+"\x00"+key] = l.last
	}
	var targets []*Conn
	for _, c := range s.conns {
		if c.halfOpen {
			continue
		}
		for sub := range c.subs {
			if topicMatches(sub, topic) {
				targets = append(targets, c)
				break
			}
		}
	}
	s.mu.Unlock()
	for _, c := range targets {
		c.Reply(0, d)
	}
	return d.GetOffset(), false
}

// Subscribed reports whether connection i holds a subscription to topic.
func (s *Server) Subscribed(i int, topic string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return i < len(s.conns) && s.conns[i].subs[topic]
}

func topicMatches(pattern, topic string) bool {
	if pattern == topic {
		return true
	}
	p := strings.Split(pattern, ".")
	t := strings.Split(topic, ".")
	for i, tok := range p {
		if tok == ">" {
			return i == len(p)-1 && len(t) > i
		}
		if i >= len(t) || (tok != "*" && tok != t[i]) {
			return false
		}
	}
	return len(p) == len(t)
}

func isPattern(topic string) bool {
	for _, tok := range strings.Split(topic, ".") {
		if tok == "*" || tok == ">" {
			return true
		}
	}
	return false
}
