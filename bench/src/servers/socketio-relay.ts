/**
 * Socket.IO peer: rooms as topics. `sub` (with an ack) joins a room; a binary `pub` event
 * `(topic, payload)` is emitted to the room as `m`. WebSocket transport only, no compression.
 * Prints `READY <port>` once listening on 127.0.0.1.
 */
import { createServer } from 'node:http'
import { Server } from 'socket.io'

const httpServer = createServer()
const io = new Server(httpServer, {
  transports: ['websocket'],
  perMessageDeflate: false,
  maxHttpBufferSize: 64 * 1024,
  serveClient: false,
  pingInterval: 25_000,
  pingTimeout: 60_000,
})

io.on('connection', (socket) => {
  socket.on('sub', (topic: string, ack?: () => void) => {
    void socket.join(topic)
    ack?.()
  })
  socket.on('pub', (topic: string, payload: Buffer) => {
    io.to(topic).emit('m', payload)
  })
})

httpServer.listen(0, '127.0.0.1', () => {
  const addr = httpServer.address()
  if (typeof addr === 'object' && addr !== null) process.stdout.write(`READY ${addr.port}\n`)
})
process.on('SIGTERM', () => process.exit(0))
