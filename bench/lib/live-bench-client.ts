/**
 * A swarm of socket.io-client viewers in its own process, driven over IPC by
 * a bench (so the clients do not share the server's event loop).
 *   connect  { url, count, auth: "guest" | "customer", key?, secret?, idBase?, streamId?, client?: "socketio" | "raw" }
 *   listen   { event }            → later "report": latencies (now - payload.ts)
 *   count                          → how many received so far, disconnects
 *   claim    { offerId }          → every socket claims 1 unit at once
 *   close
 */
import jwt from "jsonwebtoken"
import { io } from "socket.io-client"
import { openRawViewer, type Viewer } from "./raw-viewer"

let sockets: Viewer[] = []
let latencies: number[] = []
let disconnects = 0

const send = (msg: unknown) => process.send!(msg)

/** A socket.io-client viewer behind the same small interface as the raw one. */
function openSocketIo(url: string, auth: Record<string, unknown>): Promise<Viewer> {
  return new Promise((resolve, reject) => {
    const s = io(`${url}/live`, { transports: ["websocket"], forceNew: true, reconnection: false, auth, timeout: 60_000 })
    s.once("connect", () =>
      resolve({
        on: (event, fn) => void s.on(event, fn),
        emitWithAck: (event, data, ms) => s.timeout(ms).emitWithAck(event, data),
        onDisconnect: (fn) => void s.on("disconnect", fn),
        close: () => s.close(),
      })
    )
    s.once("connect_error", (e) => reject(e))
  })
}

async function open(url: string, auth: Record<string, unknown>, client: "socketio" | "raw"): Promise<Viewer> {
  const v = client === "raw" ? await openRawViewer(url, "/live", auth) : await openSocketIo(url, auth)
  v.onDisconnect(() => disconnects++)
  return v
}

async function connect(m: any) {
  const auths = Array.from({ length: m.count }, (_, i) =>
    m.auth === "customer"
      ? { token: jwt.sign({ actor_type: "customer", actor_id: `cus_${m.idBase}_${i}` }, m.secret) }
      : { publishableKey: m.key ?? "pk_bench" }
  )
  for (let i = 0; i < auths.length; i += 200) {
    const batch = await Promise.all(auths.slice(i, i + 200).map((a) => open(m.url, a, m.client ?? "socketio")))
    if (m.streamId) {
      await Promise.all(batch.map((s) => s.emitWithAck("join", { streamId: m.streamId }, 60_000)))
    }
    sockets.push(...batch)
  }
}

async function claimAll(m: any) {
  const started = Date.now()
  const results = await Promise.all(
    sockets.map(async (s, i) => {
      const t0 = performance.now()
      const r: any = await s.emitWithAck("offer:claim", {
        offerId: m.offerId, quantity: 1, idempotencyKey: `bench-${m.run}-${i}`,
      }, 120_000)
      return { ms: performance.now() - t0, ok: !!r.claim, code: r.error?.code ?? null }
    })
  )
  return { elapsedMs: Date.now() - started, results }
}

process.on("message", async (m: any) => {
  try {
    if (m.cmd === "connect") {
      await connect(m)
      send({ ok: true, count: sockets.length })
    } else if (m.cmd === "listen") {
      for (const s of sockets) {
        s.on(m.event, (d: any) => latencies.push(Date.now() - d.ts))
      }
      send({ ok: true })
    } else if (m.cmd === "count") {
      send({ ok: true, received: latencies.length, disconnects })
    } else if (m.cmd === "report") {
      send({ ok: true, latencies, disconnects })
      latencies = []
    } else if (m.cmd === "claim") {
      send({ ok: true, ...(await claimAll(m)) })
    } else if (m.cmd === "close") {
      sockets.forEach((s) => s.close())
      sockets = []
      send({ ok: true })
      setTimeout(() => process.exit(0), 200)
    }
  } catch (e: any) {
    send({ ok: false, error: e?.message ?? String(e) })
  }
})
send({ ready: true })
