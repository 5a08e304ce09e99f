import { describe, expect, it } from 'vitest'
import { ConfigError, configLeaves, loadConfig, redactConfig, resolveConfig } from './load.js'

const files = (map: Record<string, string>) => async (path: string) => {
  const text = map[path]
  if (text === undefined) throw new Error('ENOENT')
  return text
}

describe('loadConfig()', () => {
  it('uses the documented defaults with no sources', async () => {
    const { config } = await loadConfig({})
    expect(config.port).toBe(8080)
    expect(config.adminPort).toBe(9090)
    expect(config.host).toBe('127.0.0.1')
    expect(config.limits.maxFrameBytes).toBe(1024 * 1024)
    expect(config.echoPublishes).toBe(true)
    expect(config.auth.leewayMs).toBe(5_000)
  })

  it('applies precedence flags > env > file > defaults', async () => {
    const readFile = files({
      '/c.yaml': 'port: 1000\nadminPort: 1001\nlimits:\n  maxFrameBytes: 1000\n  maxBadFrames: 4\nlogLevel: warn\n',
    })
    const { config } = await loadConfig({
      readFile,
      env: { ZERORELAY_CONFIG: '/c.yaml', ZERORELAY_PORT: '2000', ZERORELAY_MAX_FRAME_BYTES: '2000' },
      argv: ['--port', '3000', '--admin-port=3001'],
    })
    expect(config.port).toBe(3000) // flag over env over file
    expect(config.adminPort).toBe(3001) // flag over file
    expect(config.limits.maxFrameBytes).toBe(2000) // env over file
    expect(config.limits.maxBadFrames).toBe(4) // file over default
    expect(config.logLevel).toBe('warn')
    expect(config.limits.maxSubscriptions).toBe(128) // default
  })

  it('reads JSON files and nested env/flag names', async () => {
    const { config, layers } = await loadConfig({
      readFile: files({ '/c.json': '{"echoPublishes": false}' }),
      env: { ZERORELAY_LIMITS__MAX_QUEUED_BYTES: '4096', ZERORELAY_AUTH__LEEWAY_MS: '10', ZERORELAY_TYPO: '1' },
      argv: [
        '--config',
        '/c.json',
        '--timeouts.ping-interval-ms',
        '500',
        '--allowed-origins',
        'https://a.example,https://b.example',
      ],
    })
    expect(config.echoPublishes).toBe(false)
    expect(config.limits.maxQueuedBytes).toBe(4096)
    expect(config.auth.leewayMs).toBe(10)
    expect(config.timeouts.pingIntervalMs).toBe(500)
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example'])
    expect(layers.ignoredEnv).toEqual(['ZERORELAY_TYPO'])
  })

  it('parses booleans and JSON values from env', async () => {
    const { config } = await loadConfig({
      env: {
        ZERORELAY_ALLOW_QUERY_TOKEN: 'true',
        ZERORELAY_AUTH__TENANTS: '{"acme":{"keys":[{"alg":"HS256","secret":"0123456789abcdef0123456789abcdef"}]}}',
      },
    })
    expect(config.allowQueryToken).toBe(true)
    expect(config.auth.tenants.acme?.keys[0]?.alg).toBe('HS256')
  })

  it('returns a deeply frozen object', async () => {
    const { config } = await loadConfig({})
    expect(Object.isFrozen(config)).toBe(true)
    expect(Object.isFrozen(config.limits)).toBe(true)
    expect(Object.isFrozen(config.auth.tenants)).toBe(true)
  })

  it.each([
    [{ argv: ['--max-frame-bytes', '-5'] }, /config error: limits\.maxFrameBytes: expected a positive integer/],
    [
      { argv: ['--max-frame-bytes', 'lots'] },
      /config error: limits\.maxFrameBytes: expected a number.*flag --max-frame-bytes/,
    ],
    [{ env: { ZERORELAY_PORT: '70000' } }, /config error: port:/],
    [{ env: { ZERORELAY_ECHO_PUBLISHES: 'yes' } }, /config error: echoPublishes: expected true or false/],
    [{ argv: ['--no-such-flag', '1'] }, /config error: unknown flag --no-such-flag/],
    [{ argv: ['--port'] }, /config error: flag --port needs a value/],
    [{ argv: ['--config', '/missing.yaml'], readFile: files({}) }, /config error: cannot read \/missing\.yaml/],
    [{ argv: ['--config', '/bad.yaml'], readFile: files({ '/bad.yaml': 'limits: [1' }) }, /not valid YAML/],
    [
      { argv: ['--config', '/k.yaml'], readFile: files({ '/k.yaml': 'limits:\n  maxFrameByte: 1\n' }) },
      /limits\.maxFrameByte: unknown key/,
    ],
    [{ argv: ['--log-level', 'loud'] }, /config error: logLevel:/],
  ])('names the bad key: %j', async (sources, message) => {
    await expect(loadConfig(sources)).rejects.toThrow(ConfigError)
    await expect(loadConfig(sources)).rejects.toThrow(message)
  })
})

describe('configLeaves()', () => {
  it('lists every leaf with its default', () => {
    const leaves = new Map(configLeaves().map((l) => [l.path, l]))
    expect(leaves.get('limits.maxFrameBytes')).toMatchObject({ kind: 'number', defaultValue: 1048576 })
    expect(leaves.get('allowedOrigins')).toMatchObject({ kind: 'string-list', defaultValue: [] })
    expect(leaves.get('auth.tenants')).toMatchObject({ kind: 'json', defaultValue: {} })
    expect(leaves.get('auth.audience')).toMatchObject({ kind: 'string', defaultValue: undefined })
  })
})

describe('redactConfig()', () => {
  it('replaces secrets', () => {
    const config = resolveConfig({
      auth: { tenants: { a: { keys: [{ alg: 'HS256', secret: 'super-secret-value-0123456789abcdef' }] } } },
    })
    const text = JSON.stringify(redactConfig(config))
    expect(text).not.toContain('super-secret-value')
    expect(text).toContain('[REDACTED]')
  })

  it('hides the password of redis.url and keeps the rest of the URL', () => {
    for (const [url, shown] of [
      ['redis://user:hunter2-pass@cache:6379/2', 'redis://user:REDACTED@cache:6379/2'],
      ['redis://:hunter2-pass@cache:6379', 'redis://:REDACTED@cache:6379'],
      ['rediss://hunter2-pass@cache:6380', 'rediss://REDACTED@cache:6380'],
      ['redis://cache:6379', 'redis://cache:6379'],
    ] as const) {
      const text = JSON.stringify(redactConfig(resolveConfig({ redis: { url } })))
      expect(text).not.toContain('hunter2')
      expect(text).toContain(shown)
    }
  })
})
