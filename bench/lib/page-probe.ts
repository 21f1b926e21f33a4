/**
 * The live-spike bench's page prober in its own process (forked through
 * `worker()`), so that its timings do not wait behind the buyers' or the
 * viewers' event loops: `{ cmd: "start", urls, headers?, concurrency }` fetches the
 * `urls` round-robin, `concurrency` at a time, until `{ cmd: "stop" }`,
 * which answers every sample `{ url, at, ms, status }` (`at`: epoch ms when
 * the request was sent; status 0: no answer).
 */
type Sample = { url: string; at: number; ms: number; status: number }

let running = false
let loops: Promise<void>[] = []
const samples: Sample[] = []

async function loop(urls: string[], headers: Record<string, string>, offset: number, step: number) {
  let i = offset
  while (running) {
    const url = urls[i % urls.length]
    i += step
    const at = Date.now()
    const start = process.hrtime.bigint()
    let status = 0
    try {
      const res = await fetch(url, { headers: { accept: "text/html,application/json", ...headers }, redirect: "manual" })
      await res.arrayBuffer()
      status = res.status
    } catch {
      status = 0
    }
    samples.push({ url, at, ms: Number(process.hrtime.bigint() - start) / 1e6, status })
  }
}

process.on("message", async (m: any) => {
  try {
    if (m.cmd === "start") {
      running = true
      const n = Math.max(1, Number(m.concurrency) || 1)
      loops = Array.from({ length: n }, (_, k) => loop(m.urls, m.headers ?? {}, k, n))
      process.send!({ ok: true })
    } else if (m.cmd === "stop") {
      running = false
      await Promise.all(loops)
      process.send!({ ok: true, samples })
    }
  } catch (e) {
    process.send!({ ok: false, error: String(e) })
  }
})
process.send!({ ready: true })
