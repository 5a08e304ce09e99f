package zerorelay

import (
	"math"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// backoff is exponential backoff with full jitter (docs/sdk-spec.md §3):
// delay_k = random(0, min(maxDelay, initialDelay × multiplier^k)). It is pure: the random
// source is injected, nothing here touches timers. Not safe for concurrent use.
type backoff struct {
	initial    time.Duration
	max        time.Duration
	multiplier float64
	random     func() float64
	attempt    int
}

// newBackoff resolves a policy's zero values to the defaults (250 ms, 15 s, 2).
func newBackoff(p ReconnectPolicy) *backoff {
	b := &backoff{initial: p.InitialDelay, max: p.MaxDelay, multiplier: p.Multiplier, random: p.Random}
	if b.initial <= 0 {
		b.initial = 250 * time.Millisecond
	}
	if b.max <= 0 {
		b.max = 15 * time.Second
	}
	if b.max < b.initial {
		b.max = b.initial
	}
	if b.multiplier < 1 {
		b.multiplier = 2
	}
	if b.random == nil {
		b.random = rand.Float64
	}
	return b
}

// ceiling returns d_k = min(max, initial × multiplier^k).
func (b *backoff) ceiling(k int) time.Duration {
	d := float64(b.initial) * math.Pow(b.multiplier, float64(max(0, k)))
	if d >= float64(b.max) || math.IsInf(d, 0) || math.IsNaN(d) {
		return b.max
	}
	return time.Duration(d)
}

// next returns a delay uniform in [0, d_k] for the current k, then increments k.
func (b *backoff) next() time.Duration {
	c := b.ceiling(b.attempt)
	b.attempt++
	r := b.random()
	if r < 0 || r >= 1 || math.IsNaN(r) {
		r = 0
	}
	return time.Duration(r * float64(c))
}

// reset starts over at k = 0.
func (b *backoff) reset() { b.attempt = 0 }

// parseRetryAfter parses an HTTP Retry-After value (delay in seconds or an HTTP date)
// relative to now. ok is false for a missing or unparseable value.
func parseRetryAfter(value string, now time.Time) (d time.Duration, ok bool) {
	v := strings.TrimSpace(value)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseUint(v, 10, 32); err == nil {
		return time.Duration(secs) * time.Second, true
	}
	at, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(0, at.Sub(now)), true
}
