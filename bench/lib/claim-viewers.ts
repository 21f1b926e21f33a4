/**
 * The claim-order bench's watching crowd in its own process (forked through
 * `worker()`): `{ cmd: "open", url, key, streamId, count }` opens and joins
 * `count` bare Socket.IO guests, `{ cmd: "close" }` closes them. Kept apart
 * from the buyers so that receiving every broadcast on thousands of sockets
 * does not delay the buyers' measured acks in the same event loop.
 */
import { openRawViewer, type Viewer } from "./raw-viewer"

const viewers: Viewer[] = []

process.on("message", async (m: any) => {
  try {
    if (m.cmd === "open") {
      for (let i = 0; i < m.count; i += 200) {
        const batch = await Promise.all(
          Array.from({ length: Math.min(200, m.count - i) }, () => openRawViewer(m.url, "/live", { publishableKey: m.key }))
        )
        await Promise.all(batch.map((v) => v.emitWithAck("join", { streamId: m.streamId }, 60_000)))
        viewers.push(...batch)
      }
      process.send!({ ok: true, open: viewers.length })
    } else if (m.cmd === "close") {
      viewers.splice(0).forEach((v) => v.close())
      process.send!({ ok: true })
    }
  } catch (e) {
    process.send!({ ok: false, error: String(e) })
  }
})
process.send!({ ready: true })
