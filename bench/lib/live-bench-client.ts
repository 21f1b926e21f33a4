/**
 * A swarm of socket.io-client viewers in its own process, driven over IPC by
 * a bench (so the clients do not share the server's event loop).
 *   connect  { url, count, auth: "guest" | "customer", key?, secret?, idBase?, streamId? }
 *   listen   { event }            → later "report": latencies (now - payload.ts)
 *   count                          → how many received so far, disconnects
 *   claim    { offerId }          → every socket claims 1 unit at once
 *   close
 */
import jwt from "jsonwebtoken"
import { io, type Socket } from "socket.io-client"

let sockets: Socket[] = []
let latencies: number[] = []
let disconnects = 0

const send = (msg: unknown) => process.send!(msg)

function open(url: string, auth: Record<string, unknown>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(`${url}/live`, { transports: ["websocket"], forceNew: true, reconnection: false, auth, timeout: 60_000 })
    s.once("connect", () => {
      s.on("disconnect", () => disconnects++)
      resolve(s)
    })
    s.once("connect_error", (e) => reject(e))
  })
}

async function connect(m: any) {
  const auths = Array.from({ length: m.count }, (_, i) =>
    m.auth === "customer"
      ? { token: jwt.sign({ actor_type: "customer", actor_id: `cus_${m.idBase}_${i}` }, m.secret) }
      : { publishableKey: m.key ?? "pk_bench", guestId: `${m.idBase}-${i}-guest` }
  )
  for (let i = 0; i < auths.length; i += 200) {
    const batch = await Promise.all(auths.slice(i, i + 200).map((a) => open(m.url, a)))
    if (m.streamId) {
      await Promise.all(batch.map((s) => s.timeout(60_000).emitWithAck("join", { streamId: m.streamId })))
    }
    sockets.push(...batch)
  }
}

async function claimAll(m: any) {
  const started = Date.now()
  const results = await Promise.all(
    sockets.map(async (s, i) => {
      const t0 = performance.now()
      const r: any = await s.timeout(120_000).emitWithAck("offer:claim", {
        offerId: m.offerId, quantity: 1, idempotencyKey: `bench-${m.run}-${i}`,
      })
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
