/**
 * A bare Socket.IO v4 viewer over `ws` (Engine.IO 4 / Socket.IO protocol 5,
 * text packets only), for load generation: it parses only what a viewer
 * needs — namespace connect, events, acks, pings — so that on a 2-core
 * machine the clients cost less than the server they measure.
 */
import WebSocket from "ws"

export type Viewer = {
  on(event: string, fn: (data: any) => void): void
  emitWithAck(event: string, data: unknown, timeoutMs: number): Promise<any>
  onDisconnect(fn: () => void): void
  close(): void
}

export function openRawViewer(url: string, nsp: string, auth: Record<string, unknown>, timeoutMs = 60_000): Promise<Viewer> {
  const ws = new WebSocket(`${url.replace(/^http/, "ws")}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false })
  const handlers = new Map<string, (data: any) => void>()
  const acks = new Map<number, (args: any[]) => void>()
  const prefix = `4{type}${nsp},`
  let nextAck = 0
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("raw viewer: connect timeout")), timeoutMs)
    const viewer: Viewer = {
      on: (event, fn) => void handlers.set(event, fn),
      emitWithAck(event, data, ms) {
        const id = nextAck++
        return new Promise((res, rej) => {
          const t = setTimeout(() => (acks.delete(id), rej(new Error(`ack timeout: ${event}`))), ms)
          acks.set(id, (args) => (clearTimeout(t), res(args[0])))
          ws.send(`${prefix.replace("{type}", "2")}${id}${JSON.stringify([event, data])}`)
        })
      },
      onDisconnect: (fn) => void ws.on("close", fn),
      close: () => ws.close(),
    }
    ws.on("error", (e) => (clearTimeout(timer), reject(e)))
    ws.on("message", (raw) => {
      const text = raw.toString()
      if (text === "2") return ws.send("3") // ping → pong
      if (text[0] === "0") return ws.send(`${prefix.replace("{type}", "0")}${JSON.stringify(auth)}`)
      if (text[0] !== "4") return
      const type = text[1]
      let body = text.slice(2)
      if (body.startsWith(`${nsp},`)) body = body.slice(nsp.length + 1)
      if (type === "0") {
        clearTimeout(timer)
        return resolve(viewer)
      }
      if (type === "4") {
        clearTimeout(timer)
        return reject(new Error(`raw viewer: connect refused ${body}`))
      }
      const bracket = body.indexOf("[")
      const id = bracket > 0 ? Number(body.slice(0, bracket)) : null
      // an event nobody listens to is not parsed: a crowd of thousands costs the server, not itself
      if (type === "2" && !handlers.has(eventName(body, bracket))) return
      const args = JSON.parse(body.slice(bracket))
      if (type === "2") handlers.get(args[0])?.(args[1])
      else if (type === "3" && id !== null) acks.get(id)?.(args)
    })
  })
}

/** The event name of an event packet's body `["name", …]` (names never contain a quote). */
function eventName(body: string, bracket: number): string {
  return body.slice(bracket + 2, body.indexOf('"', bracket + 2))
}
