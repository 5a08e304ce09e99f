package zerorelay

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"net/http"
	"net/url"
	"slices"
	"sync"
	"time"

	"github.com/coder/websocket"
	zerorelayv1 "github.com/zerorelay/zerorelay/sdks/go/internal/gen/zerorelay/v1"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
)

// The SDK's name and version, sent in Connect.
const (
	ClientName    = "zerorelay-go"
	ClientVersion = "0.1.0"
)

const (
	defaultPingInterval = 25 * time.Second
	defaultPongTimeout  = 10 * time.Second
	// maxInboundBytes bounds one server message; the relay's frames are far smaller.
	maxInboundBytes = 64 << 20
	// closeGrace bounds the close handshake of Close before the socket is torn down.
	closeGrace = 2 * time.Second
)

// State is the connection state (docs/sdk-spec.md §1).
type State int

// Connection states.
const (
	StateDisconnected State = iota
	StateConnecting
	StateConnected
	StateClosed
)

// String returns "disconnected", "connecting", "connected" or "closed".
func (s State) String() string {
	switch s {
	case StateConnecting:
		return "connecting"
	case StateConnected:
		return "connected"
	case StateClosed:
		return "closed"
	}
	return "disconnected"
}

// EventType is the kind of a StatusEvent.
type EventType int

// Status event types: one per state transition, plus EventError for errors that end
// nothing (an error reply to a fire-and-forget publish or an ack, a failed refresh, an
// undecodable frame).
const (
	EventConnecting EventType = iota + 1
	EventConnected
	EventDisconnected
	EventClosed
	EventError
)

// String returns the event type's name.
func (t EventType) String() string {
	switch t {
	case EventConnecting:
		return "connecting"
	case EventConnected:
		return "connected"
	case EventDisconnected:
		return "disconnected"
	case EventClosed:
		return "closed"
	case EventError:
		return "error"
	}
	return "unknown"
}

// StatusEvent is one status transition or a non-fatal error.
type StatusEvent struct {
	Type EventType
	// Attempt is the attempt number since the last connected (EventConnecting), 1-based.
	Attempt int
	// Session is the new session (EventConnected).
	Session *Session
	// CloseCode and Reason describe the lost connection (EventDisconnected).
	CloseCode CloseCode
	Reason    string
	// RetryIn is the delay before the next attempt (EventDisconnected).
	RetryIn time.Duration
	// Err is the typed error: why the connection was lost (EventDisconnected), the
	// terminal error or nil for a clean close (EventClosed), or the error (EventError).
	Err error
}

// Limits are the limits in force for a session (connected.limits); 0 means no limit.
type Limits struct {
	MaxFrameBytes     uint32
	PingIntervalMs    uint32
	PongTimeoutMs     uint32
	MessagesPerSecond uint32
	MessagesBurst     uint32
	BytesPerSecond    uint32
	BytesBurst        uint32
	MaxSubscriptions  uint32
	MaxInFlight       uint32
	AckWaitMs         uint32
	MaxDeliver        uint32
}

// Session describes the current (or last) session, from its connected reply. It is
// immutable; a refresh produces a new one.
type Session struct {
	ID            string
	ServerVersion string
	Subject       string
	// TokenExpiresAtMs is the token's expiry in milliseconds since the Unix epoch; 0 when unknown.
	TokenExpiresAtMs uint64
	Features         []string
	Limits           Limits
}

// HasFeature reports whether the server announced feature f.
func (s *Session) HasFeature(f string) bool { return slices.Contains(s.Features, f) }

// PublishAck is the server's acknowledgement of a stored publish.
type PublishAck struct {
	Topic  string
	Epoch  string
	Offset uint64
	// Duplicate is true when the idempotency key was seen before and nothing new was stored.
	Duplicate bool
}

// Client is a zerorelay client: one WebSocket at a time, reconnecting per the close-code
// policy, with subscriptions that survive reconnects. Create it with Dial; it is safe
// for concurrent use.
type Client struct {
	url         string
	opts        options
	subprotocol string
	msgType     websocket.MessageType
	backoff     *backoff
	lifeCtx     context.Context
	lifeCancel  context.CancelFunc
	done        chan struct{}
	wg          sync.WaitGroup

	mu            sync.Mutex
	state         State
	conn          *connection
	gen           uint64
	nextID        uint32
	pending       map[uint32]*pendingReq
	outbox        []*publishOp
	resend        []*publishOp
	subs          map[string]*Subscription
	subList       []*Subscription
	session       *Session
	everConnected bool
	attempts      int
	listeners     []chan<- StatusEvent
	terminal      error
	publishSeq    uint64
}

type pendingReq struct {
	// onReply gets the reply (success or error). Called with c.mu held.
	onReply func(*zerorelayv1.ServerFrame)
	// onLost is called, with c.mu held, when the connection is lost or the client closed.
	onLost func()
}

// lostInfo is how an attempt or a connection ended.
type lostInfo struct {
	code         CloseCode
	reason       string
	httpStatus   int
	retryAfter   string
	disconnect   *zerorelayv1.Disconnect
	connectErr   *Error
	localFailure *Error
	connectedAt  time.Time
}

// connection is one WebSocket. Fields below ws are guarded by Client.mu.
type connection struct {
	gen       uint64
	ws        *websocket.Conn
	ctx       context.Context
	cancel    context.CancelFunc
	connected chan struct{}
	lost      chan struct{}
	wake      chan struct{}

	outq         [][]byte
	closing      bool // close with closeCode after writing outq
	closeCode    websocket.StatusCode
	closeReason  string
	info         lostInfo
	localClose   bool
	inbound      uint64
	lastInbound  time.Time
	pingSent     int64
	pingSentAt   time.Time
	pingInterval time.Duration
	pongTimeout  time.Duration
	hbTimer      *time.Timer
	refreshTimer *time.Timer
}

type publishOp struct {
	seq     uint64
	topic   string
	payload []byte
	opts    publishOptions
	id      uint32
	done    bool
	result  chan publishResult
}

type publishResult struct {
	ack *PublishAck
	err error
}

// Dial connects to a zerorelay server and returns once the first session is established
// (the connected reply). ctx bounds this first connection only (as for net.Dialer); the
// client lives until Close or a terminal close. Dial fails with an *Error when the first
// attempt fails (unless ReconnectPolicy.RetryInitialConnect) or ctx is done
// (CodeCanceled / CodeDeadlineExceeded, wrapping the context error).
func Dial(ctx context.Context, rawURL string, opts ...Option) (*Client, error) {
	o := defaultOptions()
	for _, opt := range opts {
		if opt != nil {
			opt.apply(&o)
		}
	}
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, &Error{code: CodeBadRequest, detail: "invalid URL: " + err.Error(), cause: err}
	}
	switch u.Scheme {
	case "ws", "wss", "http", "https":
	default:
		return nil, newErrorf(CodeBadRequest, "invalid URL %q: scheme must be ws or wss", rawURL)
	}
	if ctx.Err() != nil {
		return nil, ctxError(ctx, "dial")
	}
	c := &Client{
		url:     rawURL,
		opts:    o,
		backoff: newBackoff(o.reconnect),
		done:    make(chan struct{}),
		pending: make(map[uint32]*pendingReq),
		subs:    make(map[string]*Subscription),
		nextID:  1,
	}
	c.subprotocol, c.msgType = SubprotocolProto, websocket.MessageBinary
	if o.encoding == JSON {
		c.subprotocol, c.msgType = SubprotocolJSON, websocket.MessageText
	}
	if o.statusCh != nil {
		c.listeners = append(c.listeners, o.statusCh)
	}
	c.lifeCtx, c.lifeCancel = context.WithCancel(context.Background())
	first := make(chan error, 1)
	c.wg.Add(1)
	go c.run(first)
	select {
	case err := <-first:
		if err != nil {
			c.wg.Wait()
			return nil, err
		}
		return c, nil
	case <-ctx.Done():
		err := ctxError(ctx, "dial")
		c.shutdown(err)
		c.wg.Wait()
		return nil, err
	}
}

// State returns the connection state.
func (c *Client) State() State {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state
}

// Session returns the current (or last) session, nil before the first connected reply.
func (c *Client) Session() *Session {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.session
}

// Status returns a channel of the status events from now on, in order. The channel is
// closed after the EventClosed event. It buffers 1000 events; when the reader falls
// that far behind, newer events are dropped. Each call returns an independent channel.
func (c *Client) Status() <-chan StatusEvent {
	ch := make(chan StatusEvent, c.opts.statusBuffer)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state == StateClosed {
		close(ch)
	} else {
		c.listeners = append(c.listeners, ch)
	}
	return ch
}

// Done returns a channel closed when the client is closed (by Close or a terminal close).
func (c *Client) Done() <-chan struct{} { return c.done }

// Err returns nil while the client is open and after a clean Close, else the terminal
// error (an *Error wrapping a *CloseError when a close ended it).
func (c *Client) Err() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.terminal
}

// Close closes the connection with 1000, never reconnects, fails every pending operation
// with CodeCanceled, ends every subscription (Next returns ErrSubscriptionClosed) and
// waits for the client's goroutines. Acknowledgements not yet sent go out before the
// close frame. It is idempotent and always returns nil.
func (c *Client) Close() error {
	c.shutdown(nil)
	c.wg.Wait()
	return nil
}

// shutdown finalizes the client with err (nil: clean) and closes the current socket.
func (c *Client) shutdown(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if conn := c.finalize(err); conn != nil {
		c.closeConn(conn, websocket.StatusNormalClosure, "client closed")
	}
}

// closeConn performs a bounded close handshake in the background: the write loop sends
// the close frame after the frames already queued. Called with c.mu held.
func (c *Client) closeConn(conn *connection, code websocket.StatusCode, reason string) {
	conn.closing, conn.closeCode, conn.closeReason = true, code, reason
	select {
	case conn.wake <- struct{}{}:
	default:
	}
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		t := time.NewTimer(closeGrace)
		defer t.Stop()
		select {
		case <-conn.lost:
		case <-t.C:
			_ = conn.ws.CloseNow()
		}
	}()
}

// ------------------------------------------------------------------ connection loop

// run drives attempts, the close-code policy and backoff until the client is closed.
func (c *Client) run(first chan<- error) {
	defer c.wg.Done()
	firstPending := true
	for {
		conn, info := c.attempt()
		if conn != nil {
			if firstPending {
				firstPending = false
				first <- nil
			}
			select {
			case <-conn.lost:
			case <-c.done:
				return
			}
			c.mu.Lock()
			info = &conn.info
			c.mu.Unlock()
		}
		if info == nil {
			return // closed while attempting
		}
		c.mu.Lock()
		if c.state == StateClosed {
			c.mu.Unlock()
			return
		}
		delay, err, stop := c.classify(info)
		if stop {
			c.finalize(err)
			c.mu.Unlock()
			if firstPending {
				first <- err
			}
			return
		}
		c.state = StateDisconnected
		code, reason := info.closeCodeReason()
		c.emit(StatusEvent{Type: EventDisconnected, CloseCode: code, Reason: reason, RetryIn: delay, Err: err})
		c.mu.Unlock()
		t := time.NewTimer(delay)
		select {
		case <-t.C:
		case <-c.done:
			t.Stop()
			return
		}
	}
}

// closeCodeReason is the effective close code and reason (docs/sdk-spec.md §4).
func (l *lostInfo) closeCodeReason() (CloseCode, string) {
	code, reason := l.code, l.reason
	if d := l.disconnect; d != nil && d.GetCode() != 0 {
		code = d.GetCode()
		if d.GetReason() != "" {
			reason = d.GetReason()
		}
	}
	if code == 0 {
		code = CloseAbnormal
	}
	return code, reason
}

// classify applies the close-code policy to a lost connection or a failed attempt.
// It returns the delay before the next attempt, the typed error, and whether to stop.
// Called with c.mu held.
func (c *Client) classify(l *lostInfo) (time.Duration, *Error, bool) {
	code, reason := l.closeCodeReason()
	action := classifyClose(code)
	var floors []time.Duration
	if d := l.disconnect; d != nil && d.GetRetryAfterMs() > 0 {
		floors = append(floors, time.Duration(d.GetRetryAfterMs())*time.Millisecond)
	}
	if l.connectErr != nil && l.connectErr.retryAfter > 0 {
		floors = append(floors, l.connectErr.retryAfter)
	}
	var err *Error
	switch {
	case l.localFailure != nil:
		err = l.localFailure
		action = actionStop
		if err.retryable {
			action = actionBackoff
		}
		if err.retryAfter > 0 {
			floors = append(floors, err.retryAfter)
		}
	case l.httpStatus != 0:
		var errCode Code
		switch l.httpStatus {
		case http.StatusBadRequest:
			action, errCode = actionStop, CodeBadRequest
		case http.StatusUnauthorized:
			action, errCode = actionStop, CodeUnauthenticated
			if c.opts.tokenProvider != nil {
				action = actionReconnect
			}
		case http.StatusForbidden:
			action, errCode = actionStop, CodePermissionDenied
		case http.StatusNotFound:
			action, errCode = actionStop, CodeNotFound
		case http.StatusTooManyRequests:
			action, errCode = actionBackoff, CodeRateLimited
		default:
			action, errCode = actionBackoff, CodeUnavailable
		}
		var retryAfter time.Duration
		if d, ok := parseRetryAfter(l.retryAfter, time.Now()); ok {
			retryAfter = d
			floors = append(floors, d)
		}
		detail := fmt.Sprintf("upgrade refused with HTTP %d", l.httpStatus)
		err = &Error{
			code: errCode, detail: detail, retryable: action != actionStop, retryAfter: retryAfter,
			closeCode: code, cause: &CloseError{Code: code, Reason: detail},
		}
	default:
		errCode := codeForClose(code)
		if l.connectErr != nil {
			errCode = l.connectErr.code
		}
		if code == CloseTokenExpired {
			errCode = CodeTokenExpired
			if c.opts.tokenProvider == nil {
				action = actionStop
			}
		}
		ce := &CloseError{Code: code, Reason: reason}
		detail := ce.Error()
		if l.connectErr != nil {
			detail = l.connectErr.detail + "; " + detail
		}
		err = &Error{code: errCode, detail: detail, retryable: action != actionStop, closeCode: code, cause: ce}
		if len(floors) > 0 {
			err.retryAfter = slices.Max(floors)
		}
	}
	mayRetry := !c.opts.reconnect.Disable && (c.everConnected || c.opts.reconnect.RetryInitialConnect)
	if action == actionStop || !mayRetry {
		return 0, err, true
	}
	if !l.connectedAt.IsZero() && time.Since(l.connectedAt) > c.backoff.max {
		c.backoff.reset()
	}
	var floor time.Duration
	if len(floors) > 0 {
		floor = slices.Max(floors)
	} else if action == actionBackoff {
		floor = c.backoff.initial
	}
	return max(floor, c.backoff.next()), err, false
}

// attempt makes one connection attempt. It returns the connection once connected, or
// how the attempt failed; (nil, nil) when the client was closed meanwhile.
func (c *Client) attempt() (*connection, *lostInfo) {
	c.mu.Lock()
	if c.state == StateClosed {
		c.mu.Unlock()
		return nil, nil
	}
	c.attempts++
	c.gen++
	gen := c.gen
	c.state = StateConnecting
	c.emit(StatusEvent{Type: EventConnecting, Attempt: c.attempts})
	c.mu.Unlock()

	ctx, cancel := context.WithTimeout(c.lifeCtx, c.opts.connectTimeout)
	defer cancel()
	closedOrTimeout := func() *lostInfo {
		if c.lifeCtx.Err() != nil {
			return nil
		}
		return &lostInfo{code: ClosePingTimeout, reason: "connect timeout"}
	}

	token := c.opts.token
	if c.opts.tokenProvider != nil {
		t, err := c.opts.tokenProvider(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return nil, closedOrTimeout()
			}
			var typed *Error
			if !errors.As(err, &typed) {
				typed = &Error{code: CodeUnauthenticated, detail: "token provider failed: " + err.Error(), retryable: true, cause: err}
			}
			code := CloseAuthTimeout
			if !typed.retryable {
				code = CloseUnauthenticated
			}
			return nil, &lostInfo{code: code, reason: "token provider failed", localFailure: typed}
		}
		token = t
	}

	dialOpts := &websocket.DialOptions{
		HTTPClient:   c.opts.httpClient,
		HTTPHeader:   c.opts.header,
		Subprotocols: []string{c.subprotocol},
	}
	ws, resp, err := websocket.Dial(ctx, c.url, dialOpts)
	if err != nil {
		switch {
		case c.lifeCtx.Err() != nil:
			return nil, nil
		case resp != nil && resp.StatusCode == http.StatusSwitchingProtocols:
			return nil, &lostInfo{code: CloseNormal, localFailure: &Error{
				code: CodeBadRequest, detail: "upgrade failed: " + err.Error(), cause: err,
			}}
		case resp != nil:
			return nil, &lostInfo{code: CloseAbnormal, httpStatus: resp.StatusCode, retryAfter: resp.Header.Get("Retry-After")}
		case ctx.Err() != nil:
			return nil, closedOrTimeout()
		}
		return nil, &lostInfo{code: CloseAbnormal, reason: err.Error()}
	}
	if got := ws.Subprotocol(); got != c.subprotocol {
		_ = ws.CloseNow()
		return nil, &lostInfo{code: CloseNormal, localFailure: newErrorf(CodeBadRequest,
			"server chose subprotocol %q, offered %q", got, c.subprotocol)}
	}
	ws.SetReadLimit(maxInboundBytes)
	connCtx, connCancel := context.WithCancel(context.Background())
	conn := &connection{
		gen: gen, ws: ws, ctx: connCtx, cancel: connCancel,
		connected: make(chan struct{}), lost: make(chan struct{}), wake: make(chan struct{}, 1),
		pingSent: -1,
	}

	c.mu.Lock()
	if c.state == StateClosed {
		c.mu.Unlock()
		connCancel()
		_ = ws.CloseNow()
		return nil, nil
	}
	c.conn = conn
	c.wg.Add(2)
	go c.readLoop(conn)
	go c.writeLoop(conn)
	c.sendConnect(conn, token)
	c.mu.Unlock()

	select {
	case <-conn.connected:
		return conn, nil
	case <-conn.lost:
	case <-ctx.Done():
		c.mu.Lock()
		if c.state == StateClosed {
			c.mu.Unlock()
			return nil, nil
		}
		c.closeLocal(conn, ClosePingTimeout, "connect timeout")
		c.mu.Unlock()
		<-conn.lost
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.state == StateClosed {
		return nil, nil
	}
	info := conn.info
	return nil, &info
}

// sendConnect sends the connect command. Called with c.mu held.
func (c *Client) sendConnect(conn *connection, token string) {
	connect := &zerorelayv1.Connect{Token: token, ClientName: c.opts.clientName, ClientVersion: ClientVersion}
	if c.everConnected && c.session != nil {
		connect.Resume = &zerorelayv1.ResumeInfo{PreviousSessionId: c.session.ID, Attempt: uint32(c.attempts)}
	}
	id := c.allocID()
	c.pending[id] = &pendingReq{
		onReply: func(f *zerorelayv1.ServerFrame) {
			if m := f.GetConnected(); m != nil {
				c.onConnected(conn, m)
			} else if e := f.GetError(); e != nil {
				// The server closes right after: the close gives the class, the error the code.
				conn.info.connectErr = wireError(e, "connect")
			}
		},
		onLost: func() {},
	}
	c.send(conn, &zerorelayv1.ClientFrame{Id: id, Kind: &zerorelayv1.ClientFrame_Connect{Connect: connect}})
}

// onConnected starts a session. Called with c.mu held.
func (c *Client) onConnected(conn *connection, m *zerorelayv1.Connected) {
	if c.conn != conn || c.state != StateConnecting {
		return
	}
	now := time.Now()
	c.state = StateConnected
	conn.info.connectedAt = now
	c.everConnected = true
	c.attempts = 0
	l := m.GetLimits()
	c.session = &Session{
		ID:               m.GetSessionId(),
		ServerVersion:    m.GetServerVersion(),
		Subject:          m.GetSubject(),
		TokenExpiresAtMs: m.GetTokenExpiresAtMs(),
		Features:         slices.Clone(m.GetFeatures()),
		Limits: Limits{
			MaxFrameBytes: l.GetMaxFrameBytes(), PingIntervalMs: l.GetPingIntervalMs(),
			PongTimeoutMs: l.GetPongTimeoutMs(), MessagesPerSecond: l.GetMessagesPerSecond(),
			MessagesBurst: l.GetMessagesBurst(), BytesPerSecond: l.GetBytesPerSecond(),
			BytesBurst: l.GetBytesBurst(), MaxSubscriptions: l.GetMaxSubscriptions(),
			MaxInFlight: l.GetMaxInFlight(), AckWaitMs: l.GetAckWaitMs(), MaxDeliver: l.GetMaxDeliver(),
		},
	}
	conn.pingInterval = defaultPingInterval
	if c.opts.pingInterval != nil {
		conn.pingInterval = *c.opts.pingInterval
	} else if l.GetPingIntervalMs() > 0 {
		conn.pingInterval = time.Duration(l.GetPingIntervalMs()) * time.Millisecond
	}
	conn.pongTimeout = defaultPongTimeout
	if c.opts.pongTimeout != nil {
		conn.pongTimeout = *c.opts.pongTimeout
	} else if l.GetPongTimeoutMs() > 0 {
		conn.pongTimeout = time.Duration(l.GetPongTimeoutMs()) * time.Millisecond
	}
	conn.lastInbound = now
	conn.pingSent = -1
	c.scheduleHeartbeat(conn, conn.pingInterval)
	c.scheduleRefresh(conn, c.session.TokenExpiresAtMs)
	c.emit(StatusEvent{Type: EventConnected, Session: c.session})
	// Resubscriptions first, then queued publishes, each in call order (docs/sdk-spec.md §13).
	for _, sub := range slices.Clone(c.subList) {
		c.sendSubscribe(sub, true, true)
	}
	outbox := c.outbox
	c.outbox = nil
	for _, op := range outbox {
		if !op.done {
			c.sendPublish(op)
		}
	}
	close(conn.connected)
}

// readLoop reads frames until the connection ends, then reports the loss.
func (c *Client) readLoop(conn *connection) {
	defer c.wg.Done()
	for {
		typ, data, err := conn.ws.Read(conn.ctx)
		if err != nil {
			c.connLost(conn, err)
			return
		}
		c.mu.Lock()
		if c.conn == conn {
			c.onData(conn, typ, data)
		}
		c.mu.Unlock()
	}
}

// writeLoop writes queued frames in order, then the close frame once closeConn asked.
func (c *Client) writeLoop(conn *connection) {
	defer c.wg.Done()
	for {
		c.mu.Lock()
		q := conn.outq
		conn.outq = nil
		closing, code, reason := conn.closing, conn.closeCode, conn.closeReason
		c.mu.Unlock()
		for _, b := range q {
			if err := conn.ws.Write(conn.ctx, c.msgType, b); err != nil {
				_ = conn.ws.CloseNow()
				return
			}
		}
		if closing {
			_ = conn.ws.Close(code, reason)
			return
		}
		select {
		case <-conn.wake:
		case <-conn.ctx.Done():
			return
		}
	}
}

// connLost records how a connection ended and tears down its state.
func (c *Client) connLost(conn *connection, readErr error) {
	_ = conn.ws.CloseNow()
	c.mu.Lock()
	if !conn.localClose {
		var ce websocket.CloseError
		if errors.As(readErr, &ce) {
			conn.info.code, conn.info.reason = CloseCode(ce.Code), ce.Reason
		} else {
			conn.info.code, conn.info.reason = CloseAbnormal, readErr.Error()
		}
	}
	stopTimer(conn.hbTimer)
	stopTimer(conn.refreshTimer)
	if c.conn == conn {
		c.conn = nil
		c.onConnLost()
	}
	c.mu.Unlock()
	conn.cancel()
	close(conn.lost)
}

// onConnLost resolves the pending replies of the lost connection (docs/sdk-spec.md §2).
// Called with c.mu held.
func (c *Client) onConnLost() {
	pending := c.pending
	c.pending = make(map[uint32]*pendingReq)
	c.resend = nil
	for _, p := range pending {
		p.onLost()
	}
	// Publishes to send again go first, in their original order.
	slices.SortFunc(c.resend, func(a, b *publishOp) int { return cmp.Compare(a.seq, b.seq) })
	c.outbox = append(c.resend, c.outbox...)
	c.resend = nil
	for _, sub := range c.subList {
		sub.onDisconnected()
	}
}

// closeLocal tears a connection down without waiting for a close handshake and records
// code as its close code (ping or connect timeout). Called with c.mu held.
func (c *Client) closeLocal(conn *connection, code CloseCode, reason string) {
	if conn.localClose {
		return
	}
	conn.localClose = true
	conn.info.code, conn.info.reason = code, reason
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		_ = conn.ws.CloseNow()
	}()
}

// finalize ends the client for good; err nil means a clean close. It returns the socket
// the caller must close. Called with c.mu held.
func (c *Client) finalize(err error) *connection {
	if c.state == StateClosed {
		return nil
	}
	if err == nil {
		// A clean close: pending acks go before the close frame (docs/sdk-spec.md §7).
		for _, sub := range c.subList {
			sub.flushAck()
		}
	}
	c.state = StateClosed
	c.terminal = err
	c.lifeCancel()
	close(c.done)
	conn := c.conn
	c.conn = nil
	if conn != nil {
		stopTimer(conn.hbTimer)
		stopTimer(conn.refreshTimer)
	}
	pending := c.pending
	c.pending = make(map[uint32]*pendingReq)
	for _, p := range pending {
		p.onLost()
	}
	failure := c.closedErr()
	for _, op := range c.outbox {
		c.settle(op, nil, failure)
	}
	c.outbox = nil
	for _, sub := range c.subList {
		if err != nil && CodeOf(err) != CodeCanceled {
			sub.finish(err, false)
		} else {
			sub.finish(nil, true)
		}
	}
	c.subs = make(map[string]*Subscription)
	c.subList = nil
	c.emit(StatusEvent{Type: EventClosed, Err: err})
	for _, l := range c.listeners {
		close(l)
	}
	c.listeners = nil
	return conn
}

// closedErr is the error of operations on a closed client. Called with c.mu held.
func (c *Client) closedErr() error {
	if c.terminal != nil {
		return c.terminal
	}
	return canceledError("client closed")
}

// notConnected is the error of a request that cannot go out. Called with c.mu held.
func (c *Client) notConnected() error {
	if c.state == StateClosed {
		return c.closedErr()
	}
	return newError(CodeUnavailable, "not connected")
}

// emit sends a status event to every listener without blocking. Called with c.mu held.
func (c *Client) emit(ev StatusEvent) {
	for _, l := range c.listeners {
		select {
		case l <- ev:
		default:
		}
	}
}

func stopTimer(t *time.Timer) {
	if t != nil {
		t.Stop()
	}
}

// ------------------------------------------------------------------ frames

// allocID returns a fresh uint32 id, skipping 0 and ids still pending. Called with c.mu held.
func (c *Client) allocID() uint32 {
	for {
		id := c.nextID
		if id == math.MaxUint32 {
			c.nextID = 1
		} else {
			c.nextID = id + 1
		}
		if _, busy := c.pending[id]; id != 0 && !busy {
			return id
		}
	}
}

func (c *Client) encode(f *zerorelayv1.ClientFrame) ([]byte, error) {
	if c.msgType == websocket.MessageText {
		return protojson.Marshal(f)
	}
	return proto.Marshal(f)
}

func (c *Client) decode(typ websocket.MessageType, data []byte) (*zerorelayv1.ServerFrame, error) {
	if typ != c.msgType {
		return nil, fmt.Errorf("%v message on subprotocol %s", typ, c.subprotocol)
	}
	f := &zerorelayv1.ServerFrame{}
	if typ == websocket.MessageText {
		return f, protojson.UnmarshalOptions{DiscardUnknown: true}.Unmarshal(data, f)
	}
	return f, proto.Unmarshal(data, f)
}

// send encodes and queues a frame on conn. Called with c.mu held.
func (c *Client) send(conn *connection, f *zerorelayv1.ClientFrame) {
	b, err := c.encode(f)
	if err != nil {
		c.emit(StatusEvent{Type: EventError, Err: &Error{code: CodeInternal, detail: "encode: " + err.Error(), cause: err}})
		return
	}
	c.enqueue(conn, b)
}

// enqueue queues encoded bytes on conn. Called with c.mu held.
func (c *Client) enqueue(conn *connection, b []byte) {
	conn.outq = append(conn.outq, b)
	select {
	case conn.wake <- struct{}{}:
	default:
	}
}

// onData handles one inbound message. Called with c.mu held.
func (c *Client) onData(conn *connection, typ websocket.MessageType, data []byte) {
	f, err := c.decode(typ, data)
	if err != nil {
		c.emit(StatusEvent{Type: EventError, Err: &Error{
			code: CodeInternal, detail: "undecodable server frame: " + err.Error(), retryable: true, cause: err,
		}})
		return
	}
	conn.inbound++
	conn.lastInbound = time.Now()
	if conn.pingSent >= 0 && c.state == StateConnected {
		// The ping is answered (any frame counts): next ping one interval from now. This
		// re-arms the timer once per ping, not once per frame.
		conn.pingSent = -1
		c.scheduleHeartbeat(conn, conn.pingInterval)
	}
	if f.GetId() != 0 {
		if p, ok := c.pending[f.GetId()]; ok {
			delete(c.pending, f.GetId())
			if f.GetError().GetCode() == CodeTokenExpired {
				c.refreshSoon(conn)
			}
			p.onReply(f)
		}
		return
	}
	switch k := f.GetKind().(type) {
	case *zerorelayv1.ServerFrame_Delivery:
		c.route(conn, k.Delivery)
	case *zerorelayv1.ServerFrame_Gap:
		c.routeGap(k.Gap.GetTopic(), k.Gap.GetDropped())
	case *zerorelayv1.ServerFrame_Disconnect:
		conn.info.disconnect = k.Disconnect
	case *zerorelayv1.ServerFrame_Error:
		c.emit(StatusEvent{Type: EventError, Err: wireError(k.Error, "")})
	}
}

// route hands a delivery to every matching active subscription. Called with c.mu held.
func (c *Client) route(conn *connection, d *zerorelayv1.Delivery) {
	topic := d.GetTopic()
	if sub, ok := c.subs[topic]; ok && sub.state == subActive {
		sub.push(d, conn.gen)
	}
	for _, sub := range c.subList {
		if sub.isPattern && sub.state == subActive && topicMatches(sub.topic, topic) {
			sub.push(d, conn.gen)
		}
	}
}

// routeGap surfaces a gap to every matching subscription. Called with c.mu held.
func (c *Client) routeGap(topic string, dropped uint64) {
	for _, sub := range c.subList {
		if topicMatches(sub.topic, topic) {
			sub.gap(&GapError{Subscription: sub.topic, Topic: topic, Kind: GapDropped, Dropped: dropped})
		}
	}
}

// ------------------------------------------------------------------ heartbeats and refresh

// scheduleHeartbeat arms the heartbeat timer. Called with c.mu held.
func (c *Client) scheduleHeartbeat(conn *connection, d time.Duration) {
	stopTimer(conn.hbTimer)
	if conn.pingInterval <= 0 {
		return
	}
	conn.hbTimer = time.AfterFunc(d, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.conn == conn && c.state == StateConnected {
			c.heartbeat(conn)
		}
	})
}

// heartbeat is one tick of dead-server detection (docs/sdk-spec.md §9): one timer per
// connection compares the inbound count with the one at the last ping instead of being
// reset by every frame. Called with c.mu held.
func (c *Client) heartbeat(conn *connection) {
	now := time.Now()
	if conn.pingSent >= 0 {
		if conn.inbound > uint64(conn.pingSent) {
			conn.pingSent = -1
		} else {
			if left := conn.pingSentAt.Add(conn.pongTimeout).Sub(now); left > 0 {
				c.scheduleHeartbeat(conn, left)
				return
			}
			// Dead: do not wait for a close handshake the server will never answer.
			c.closeLocal(conn, ClosePingTimeout, "ping timeout")
			return
		}
	}
	if idle := now.Sub(conn.lastInbound); idle < conn.pingInterval {
		c.scheduleHeartbeat(conn, conn.pingInterval-idle)
		return
	}
	id := c.allocID()
	c.pending[id] = &pendingReq{onReply: func(*zerorelayv1.ServerFrame) {}, onLost: func() {}}
	c.send(conn, &zerorelayv1.ClientFrame{Id: id, Kind: &zerorelayv1.ClientFrame_Ping{
		Ping: &zerorelayv1.Ping{ClientTimeMs: uint64(now.UnixMilli())},
	}})
	conn.pingSent = int64(conn.inbound)
	conn.pingSentAt = now
	c.scheduleHeartbeat(conn, conn.pongTimeout)
}

// scheduleRefresh arms the token refresh at refreshRatio of the remaining lifetime.
// Called with c.mu held.
func (c *Client) scheduleRefresh(conn *connection, expiresAtMs uint64) {
	stopTimer(conn.refreshTimer)
	if c.opts.tokenProvider == nil || expiresAtMs == 0 {
		return
	}
	lifetime := time.UnixMilli(int64(min(expiresAtMs, math.MaxInt64))).Sub(time.Now())
	delay := max(0, time.Duration(float64(lifetime)*c.opts.refreshRatio))
	conn.refreshTimer = time.AfterFunc(delay, func() {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.conn == conn && c.state == StateConnected {
			c.startRefresh(conn)
		}
	})
}

// refreshSoon refreshes at once (after a CODE_TOKEN_EXPIRED reply). Called with c.mu held.
func (c *Client) refreshSoon(conn *connection) {
	if c.opts.tokenProvider == nil || c.state != StateConnected {
		return
	}
	stopTimer(conn.refreshTimer)
	c.startRefresh(conn)
}

// startRefresh runs one refresh in the background. Called with c.mu held.
func (c *Client) startRefresh(conn *connection) {
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		c.refresh(conn)
	}()
}

// Refresh obtains a token from the token provider and replaces the session's token
// in-band (the refresh command), without waiting for the scheduled refresh. It fails
// with CodeBadRequest without a token provider and CodeUnavailable while disconnected.
func (c *Client) Refresh(ctx context.Context) error {
	if c.opts.tokenProvider == nil {
		return newError(CodeBadRequest, "refresh needs a token provider")
	}
	c.mu.Lock()
	conn := c.conn
	if c.state != StateConnected || conn == nil {
		err := c.notConnected()
		c.mu.Unlock()
		return err
	}
	c.mu.Unlock()
	return c.refreshOn(ctx, conn)
}

// refresh obtains a token and sends refresh on conn. A failure is reported as an
// EventError and not retried: if the token then expires, the server closes with 4001
// and the reconnect fetches a new token (docs/sdk-spec.md §5).
func (c *Client) refresh(conn *connection) {
	ctx, cancel := context.WithTimeout(c.lifeCtx, c.opts.requestTimeout)
	defer cancel()
	if err := c.refreshOn(ctx, conn); err != nil && c.lifeCtx.Err() == nil {
		c.mu.Lock()
		defer c.mu.Unlock()
		if c.conn == conn {
			c.emit(StatusEvent{Type: EventError, Err: err})
		}
	}
}

// refreshOn gets a token and sends refresh on conn, then schedules the next refresh.
func (c *Client) refreshOn(ctx context.Context, conn *connection) error {
	token, err := c.opts.tokenProvider(ctx)
	if err != nil {
		var typed *Error
		if errors.As(err, &typed) {
			return typed
		}
		return &Error{code: CodeUnauthenticated, detail: "token provider failed: " + err.Error(), retryable: true, cause: err}
	}
	f, err := c.roundTrip(ctx, conn, "refresh", &zerorelayv1.ClientFrame{Kind: &zerorelayv1.ClientFrame_Refresh{
		Refresh: &zerorelayv1.Refresh{Token: token},
	}})
	if err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.conn != conn || c.session == nil {
		return nil
	}
	s := *c.session
	s.TokenExpiresAtMs = f.GetRefreshed().GetTokenExpiresAtMs()
	c.session = &s
	c.scheduleRefresh(conn, s.TokenExpiresAtMs)
	return nil
}

// ------------------------------------------------------------------ requests

// roundTrip sends a command that expects a reply on conn (nil: the current connection)
// and waits for the reply. Without a ctx deadline, the client's request timeout applies.
// An error reply is returned as an *Error.
func (c *Client) roundTrip(ctx context.Context, conn *connection, what string, f *zerorelayv1.ClientFrame) (*zerorelayv1.ServerFrame, error) {
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.opts.requestTimeout)
		defer cancel()
	}
	if ctx.Err() != nil {
		return nil, ctxError(ctx, what)
	}
	type result struct {
		f   *zerorelayv1.ServerFrame
		err error
	}
	ch := make(chan result, 1)
	c.mu.Lock()
	if conn == nil {
		conn = c.conn
	}
	if c.state != StateConnected || conn == nil || c.conn != conn {
		err := c.notConnected()
		c.mu.Unlock()
		return nil, err
	}
	id := c.allocID()
	entry := &pendingReq{
		onReply: func(f *zerorelayv1.ServerFrame) { ch <- result{f: f} },
		onLost:  func() { ch <- result{err: c.notConnected()} },
	}
	c.pending[id] = entry
	f.Id = id
	c.send(conn, f)
	c.mu.Unlock()
	select {
	case r := <-ch:
		if r.err != nil {
			return nil, r.err
		}
		if e := r.f.GetError(); e != nil {
			return nil, wireError(e, what)
		}
		return r.f, nil
	case <-ctx.Done():
		c.mu.Lock()
		if c.pending[id] == entry {
			delete(c.pending, id)
		}
		c.mu.Unlock()
		return nil, ctxError(ctx, what)
	}
}

// Ping sends an application-level ping and returns the round-trip time.
func (c *Client) Ping(ctx context.Context) (time.Duration, error) {
	start := time.Now()
	_, err := c.roundTrip(ctx, nil, "ping", &zerorelayv1.ClientFrame{Kind: &zerorelayv1.ClientFrame_Ping{
		Ping: &zerorelayv1.Ping{ClientTimeMs: uint64(start.UnixMilli())},
	}})
	if err != nil {
		return 0, err
	}
	return time.Since(start), nil
}

// ------------------------------------------------------------------ publishing

// Publish publishes data to a concrete topic. By default it waits for the server's
// publishAck (the message is stored) and, while disconnected, for the next connection;
// without a ctx deadline the client's request timeout applies. It fails with an *Error:
// CodeLimitExceeded when the encoded frame exceeds the session's maxFrameBytes (nothing is
// sent), CodeUnavailable when no connection came in time or the connection dropped with
// the publish in flight and no idempotency key (the outcome is unknown), CodeCanceled or
// CodeDeadlineExceeded for ctx, or the server's error. A cancelled publish not yet sent is
// never sent. With WithoutAck it returns (nil, nil) once the frame is queued on the socket.
func (c *Client) Publish(ctx context.Context, topic string, data []byte, opts ...PublishOption) (*PublishAck, error) {
	var po publishOptions
	for _, o := range opts {
		if o != nil {
			o.applyPublish(&po)
		}
	}
	op := &publishOp{topic: topic, payload: data, opts: po, result: make(chan publishResult, 1)}
	c.mu.Lock()
	if c.state == StateClosed {
		err := c.closedErr()
		c.mu.Unlock()
		return nil, err
	}
	c.publishSeq++
	op.seq = c.publishSeq
	if ctx.Err() != nil {
		c.mu.Unlock()
		return nil, ctxError(ctx, "publish")
	}
	if c.state != StateConnected {
		// Reject oversize frames early when the last session's limits are known.
		if err := c.checkSize(op, math.MaxUint32, nil); err != nil {
			c.mu.Unlock()
			return nil, err
		}
		if po.noAck {
			c.mu.Unlock()
			return nil, newErrorf(CodeUnavailable, "not connected; publish to %q not sent", topic)
		}
		c.outbox = append(c.outbox, op)
	} else {
		c.sendPublish(op)
	}
	c.mu.Unlock()
	if po.noAck {
		r := <-op.result
		return nil, r.err
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.opts.requestTimeout)
		defer cancel()
	}
	select {
	case r := <-op.result:
		return r.ack, r.err
	case <-ctx.Done():
	}
	c.mu.Lock()
	if !op.done {
		var err error
		if slices.Contains(c.outbox, op) && errors.Is(ctx.Err(), context.DeadlineExceeded) {
			err = &Error{code: CodeUnavailable, detail: fmt.Sprintf("not connected in time; publish to %q not sent", topic),
				retryable: true, cause: ctx.Err()}
		} else {
			err = ctxError(ctx, fmt.Sprintf("publish to %q", topic))
		}
		c.settle(op, nil, err)
	}
	c.mu.Unlock()
	r := <-op.result
	return r.ack, r.err
}

func (c *Client) publishFrame(op *publishOp, id uint32) *zerorelayv1.ClientFrame {
	return &zerorelayv1.ClientFrame{Id: id, Kind: &zerorelayv1.ClientFrame_Publish{Publish: &zerorelayv1.Publish{
		Topic: op.topic, Payload: op.payload, Headers: op.opts.headers,
		IdempotencyKey: op.opts.idempotencyKey, Ack: !op.opts.noAck,
	}}}
}

// checkSize rejects a publish whose encoded frame exceeds the session's maxFrameBytes.
// Called with c.mu held.
func (c *Client) checkSize(op *publishOp, id uint32, encoded []byte) error {
	if c.session == nil || c.session.Limits.MaxFrameBytes == 0 {
		return nil
	}
	limit := int(c.session.Limits.MaxFrameBytes)
	if encoded == nil {
		b, err := c.encode(c.publishFrame(op, id))
		if err != nil {
			return nil // sendPublish reports the encoding error
		}
		encoded = b
	}
	if len(encoded) <= limit {
		return nil
	}
	return newErrorf(CodeLimitExceeded, "publish to %q is %d bytes encoded, over the server's maxFrameBytes %d; not sent",
		op.topic, len(encoded), limit)
}

// sendPublish sends a publish on the current connection. Called with c.mu held.
func (c *Client) sendPublish(op *publishOp) {
	var id uint32
	if !op.opts.noAck {
		id = c.allocID()
	}
	b, err := c.encode(c.publishFrame(op, id))
	if err != nil {
		c.settle(op, nil, &Error{code: CodeBadRequest, detail: fmt.Sprintf("invalid publish to %q: %v", op.topic, err), cause: err})
		return
	}
	if err := c.checkSize(op, id, b); err != nil {
		c.settle(op, nil, err)
		return
	}
	conn := c.conn
	if op.opts.noAck {
		c.enqueue(conn, b)
		c.settle(op, nil, nil)
		return
	}
	op.id = id
	c.pending[id] = &pendingReq{
		onReply: func(f *zerorelayv1.ServerFrame) {
			op.id = 0
			if a := f.GetPublishAck(); a != nil {
				c.settle(op, &PublishAck{Topic: a.GetTopic(), Epoch: a.GetEpoch(), Offset: a.GetOffset(), Duplicate: a.GetDuplicate()}, nil)
			} else if e := f.GetError(); e != nil {
				c.settle(op, nil, wireError(e, fmt.Sprintf("publish to %q", op.topic)))
			} else {
				c.settle(op, nil, newError(CodeInternal, "unexpected reply to publish"))
			}
		},
		onLost: func() {
			op.id = 0
			if op.done {
				return
			}
			if c.state == StateClosed {
				c.settle(op, nil, c.closedErr())
				return
			}
			if op.opts.idempotencyKey != "" {
				// Safe to send again: the server dedupes by key (docs/sdk-spec.md §8).
				c.resend = append(c.resend, op)
				return
			}
			c.settle(op, nil, newErrorf(CodeUnavailable,
				"connection lost before the publish to %q was acknowledged; it may or may not have been stored", op.topic))
		},
	}
	c.enqueue(conn, b)
}

// settle completes a publish once. Called with c.mu held.
func (c *Client) settle(op *publishOp, ack *PublishAck, err error) {
	if op.done {
		return
	}
	op.done = true
	if i := slices.Index(c.outbox, op); i >= 0 {
		c.outbox = slices.Delete(c.outbox, i, i+1)
	}
	if op.id != 0 {
		delete(c.pending, op.id)
		op.id = 0
	}
	op.result <- publishResult{ack: ack, err: err}
}
