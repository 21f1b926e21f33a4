/**
 * Baseline for live-fanout: a plain Socket.IO server (same transport and
 * namespace, no auth, no log, no Redis). `join` puts a socket in the room;
 * IPC "fire" broadcasts one offer:stock stamped with the server time.
 */
import http from "http"
import type { AddressInfo } from "net"
import { Server } from "socket.io"

const server = http.createServer()
const io = new Server(server, { transports: ["websocket"], serveClient: false })
io.engine.on("connection", (raw: any) => {
  raw.request = null
})
const nsp = io.of("/live")
nsp.on("connection", (socket) => {
  socket.on("join", ({ streamId }, ack) => {
    socket.join(`stream:${streamId}`)
    ack({ ok: true })
  })
})
let seq = 0
process.on("message", (m: any) => {
  if (m.cmd === "fire") {
    nsp.to(`stream:${m.streamId}`).emit("offer:stock", {
      offerId: "loff_baseline", left: 100 - (seq % 100), streamId: m.streamId, seq: ++seq, ts: Date.now(),
    })
  } else if (m.cmd === "close") {
    io.close()
    process.exit(0)
  }
})
server.listen(0, "127.0.0.1", () => {
  process.send!({ port: (server.address() as AddressInfo).port })
})
