package zerorelay

import (
	"context"
	"maps"
	"net/http"
	"time"
)

// Encoding is the frame encoding, chosen by WebSocket subprotocol.
type Encoding int

const (
	// Proto offers "zerorelay.v1.proto": binary messages carrying protobuf.
	Proto Encoding = iota
	// JSON offers "zerorelay.v1.json": text messages carrying proto3 JSON.
	JSON
)

// Subprotocol names of the encodings.
const (
	SubprotocolProto = "zerorelay.v1.proto"
	SubprotocolJSON  = "zerorelay.v1.json"
)

// ReconnectPolicy configures automatic reconnects (docs/sdk-spec.md §3). The zero value
// reconnects with the defaults.
type ReconnectPolicy struct {
	// Disable turns reconnecting off: any lost connection closes the client.
	Disable bool
	// RetryInitialConnect makes a failed first attempt follow the backoff instead of
	// failing Dial. Dial then returns once connected or when its ctx is done.
	RetryInitialConnect bool
	// InitialDelay is the ceiling of the first delay. Default: 250ms; zero means the default.
	InitialDelay time.Duration
	// MaxDelay is the largest ceiling. Default: 15s; zero means the default.
	MaxDelay time.Duration
	// Multiplier is the growth factor of the ceiling per attempt. Default: 2; values
	// below 1 mean the default.
	Multiplier float64
	// Random is a uniform source in [0, 1) for the jitter. Default: math/rand/v2.Float64;
	// nil means the default. Tests inject a seeded one.
	Random func() float64
}

// Option configures Dial.
type Option interface {
	apply(*options)
}

type optionFunc func(*options)

func (f optionFunc) apply(o *options) { f(o) }

type options struct {
	token          string
	tokenProvider  func(context.Context) (string, error)
	encoding       Encoding
	reconnect      ReconnectPolicy
	pingInterval   *time.Duration
	pongTimeout    *time.Duration
	connectTimeout time.Duration
	requestTimeout time.Duration
	refreshRatio   float64
	httpClient     *http.Client
	header         http.Header
	clientName     string
	statusBuffer   int
	statusCh       chan<- StatusEvent
	ackDelay       time.Duration
}

func defaultOptions() options {
	return options{
		connectTimeout: 10 * time.Second,
		requestTimeout: 10 * time.Second,
		refreshRatio:   0.8,
		clientName:     ClientName,
		statusBuffer:   1000,
		ackDelay:       defaultAckDelay,
	}
}

// WithToken sets a static JWT, sent in Connect. Without a token provider it cannot be
// renewed, so a close with 4001 (token expired) is terminal. Default: none; an empty
// string means none.
func WithToken(token string) Option {
	return optionFunc(func(o *options) { o.token = token })
}

// WithTokenProvider sets a function returning a JWT. It is called before every connection
// attempt (the result is never cached across attempts) and to refresh the session's token
// at the refresh ratio of its lifetime. A returned *Error keeps its code and
// retryability; any other error fails the attempt as retryable CodeUnauthenticated.
// Takes precedence over WithToken. Default: none; nil means none.
func WithTokenProvider(provider func(ctx context.Context) (string, error)) Option {
	return optionFunc(func(o *options) { o.tokenProvider = provider })
}

// WithEncoding sets the frame encoding. Default: Proto.
func WithEncoding(e Encoding) Option {
	return optionFunc(func(o *options) { o.encoding = e })
}

// WithReconnect sets the reconnect policy. Default: ReconnectPolicy{} (reconnect, 250ms
// initial delay, 15s maximum, multiplier 2, full jitter).
func WithReconnect(p ReconnectPolicy) Option {
	return optionFunc(func(o *options) { o.reconnect = p })
}

// WithPingInterval sets how long the client waits without any inbound frame before it
// sends a ping. Default: the server's limits.pingIntervalMs, else 25s. Zero disables
// heartbeats.
func WithPingInterval(d time.Duration) Option {
	return optionFunc(func(o *options) { o.pingInterval = &d })
}

// WithPongTimeout sets how long after an unanswered ping the connection is considered
// dead (closed locally with 4012, then reconnected). Default: the server's
// limits.pongTimeoutMs, else 10s. Zero means the default.
func WithPongTimeout(d time.Duration) Option {
	return optionFunc(func(o *options) {
		if d > 0 {
			o.pongTimeout = &d
		} else {
			o.pongTimeout = nil
		}
	})
}

// WithConnectTimeout sets the deadline of one connection attempt, from the start of the
// upgrade to the connected reply. Default: 10s; zero means the default.
func WithConnectTimeout(d time.Duration) Option {
	return optionFunc(func(o *options) {
		if d > 0 {
			o.connectTimeout = d
		}
	})
}

// WithRequestTimeout sets the timeout of operations whose ctx has no deadline (subscribe,
// publish with ack, unsubscribe, ping, refresh). Default: 10s; zero means the default.
func WithRequestTimeout(d time.Duration) Option {
	return optionFunc(func(o *options) {
		if d > 0 {
			o.requestTimeout = d
		}
	})
}

// WithRefreshRatio sets the fraction of the token's lifetime after which the client
// refreshes it in-band (needs a token provider). Default: 0.8; values outside (0, 1]
// mean the default.
func WithRefreshRatio(r float64) Option {
	return optionFunc(func(o *options) {
		if r > 0 && r <= 1 {
			o.refreshRatio = r
		}
	})
}

// WithHTTPClient sets the HTTP client used for the upgrade (proxies, TLS config).
// Default: http.DefaultClient; nil means the default.
func WithHTTPClient(hc *http.Client) Option {
	return optionFunc(func(o *options) { o.httpClient = hc })
}

// WithHeader adds headers to the upgrade request (e.g. Authorization, Origin). Default:
// none; nil means none. The token still travels in Connect unless it is empty.
func WithHeader(h http.Header) Option {
	return optionFunc(func(o *options) { o.header = h.Clone() })
}

// WithClientName sets Connect.clientName. Default: "zerorelay-go"; empty means the default.
func WithClientName(name string) Option {
	return optionFunc(func(o *options) {
		if name != "" {
			o.clientName = name
		}
	})
}

// defaultAckDelay is the default of WithAckDelay.
const defaultAckDelay = 10 * time.Millisecond

// WithAckDelay sets how long an at-least-once acknowledgement may wait to be coalesced
// with later ones into one cumulative ack frame (docs/sdk-spec.md §7). An ack frame goes
// out when this delay has passed since the first acknowledgement not yet sent, when
// min(64, max(1, maxInFlight/4)) deliveries were acknowledged since the last ack frame
// (maxInFlight as in SubscribeInfo; 0 sends at once), before the subscription's
// unsubscribe and before Close's close frame. Default: 10ms. Zero (or a negative value)
// sends every acknowledgement at once.
func WithAckDelay(d time.Duration) Option {
	return optionFunc(func(o *options) { o.ackDelay = max(0, d) })
}

// SubscribeOption configures Client.Subscribe.
type SubscribeOption interface {
	applySubscribe(*subscribeOptions)
}

type subscribeOptionFunc func(*subscribeOptions)

func (f subscribeOptionFunc) applySubscribe(o *subscribeOptions) { f(o) }

type subscribeOptions struct {
	mode        DeliveryMode
	manualAck   bool
	maxInFlight uint32
}

// DeliveryMode is the guarantee of a subscription.
type DeliveryMode int

const (
	// AtMostOnce is fire-and-forget fanout: no acks, no redelivery. Works with patterns.
	AtMostOnce DeliveryMode = iota
	// AtLeastOnce redelivers every stored message until it is acknowledged. Concrete
	// topics only.
	AtLeastOnce
)

// String returns "at-most-once" or "at-least-once".
func (m DeliveryMode) String() string {
	if m == AtLeastOnce {
		return "at-least-once"
	}
	return "at-most-once"
}

// WithDeliveryMode sets the subscription's guarantee. Default: AtMostOnce.
func WithDeliveryMode(m DeliveryMode) SubscribeOption {
	return subscribeOptionFunc(func(o *subscribeOptions) { o.mode = m })
}

// WithManualAck turns auto-ack off for an at-least-once subscription: the application
// calls Delivery.Ack. Default: auto-ack, where a delivery is acknowledged when the
// consumer calls Next again.
func WithManualAck() SubscribeOption {
	return subscribeOptionFunc(func(o *subscribeOptions) { o.manualAck = true })
}

// WithMaxInFlight sets, for at-least-once, the most unacknowledged deliveries the server
// keeps outstanding. Default: 0, which means the server's default.
func WithMaxInFlight(n uint32) SubscribeOption {
	return subscribeOptionFunc(func(o *subscribeOptions) { o.maxInFlight = n })
}

// PublishOption configures Client.Publish.
type PublishOption interface {
	applyPublish(*publishOptions)
}

type publishOptionFunc func(*publishOptions)

func (f publishOptionFunc) applyPublish(o *publishOptions) { f(o) }

type publishOptions struct {
	noAck          bool
	idempotencyKey string
	headers        map[string]string
}

// WithoutAck makes Publish fire-and-forget: it returns (nil, nil) once the frame is handed
// to the socket, and fails at once with retryable CodeUnavailable while disconnected.
// Default: wait for the server's publishAck.
func WithoutAck() PublishOption {
	return publishOptionFunc(func(o *publishOptions) { o.noAck = true })
}

// WithIdempotencyKey sets a dedupe key: a repeat within the server's window is not stored
// again, and a publish in flight when the connection drops is sent again after
// reconnecting. Default: none; empty means none.
func WithIdempotencyKey(key string) PublishOption {
	return publishOptionFunc(func(o *publishOptions) { o.idempotencyKey = key })
}

// WithMessageHeaders sets application metadata delivered unchanged with the message
// (UTF-8 keys and values). Default: none; nil means none.
func WithMessageHeaders(h map[string]string) PublishOption {
	return publishOptionFunc(func(o *publishOptions) { o.headers = maps.Clone(h) })
}

// WithStatus registers ch for status events from the first attempt on, including the
// ones Dial waits for (Client.Status only sees events after Dial returned). Sends never
// block: events that do not fit in ch's buffer are dropped. ch is closed after the
// EventClosed event. Default: none; nil means none.
func WithStatus(ch chan<- StatusEvent) Option {
	return optionFunc(func(o *options) { o.statusCh = ch })
}
