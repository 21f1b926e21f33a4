import { spawn, type ChildProcess } from "child_process"
import { redactKey, relayTarget, type RelayState } from "../../modules/livestream/lib/relay-destination"
import type { IngestReporter, RelayTarget } from "./backend"

type Logger = { info: (m: string) => void; warn: (m: string) => void; error: (m: string) => void }

export type RelayOptions = {
  /** Restarts after a failure before the relay stays `failed` (default 5). */
  maxRestarts?: number
  /** First restart delay, doubled each time (default 2000 ms, at most `maxBackoffMs`, 30 s). */
  backoffMs?: number
  maxBackoffMs?: number
  /** How often the destinations of publishing streams are read again (turned on, off, removed; default 10 s). */
  syncMs?: number
}

/**
 * ffmpeg arguments that relay the local RTMP stream to a destination
 * without transcoding (`-c copy -f flv`), reporting progress on stdout.
 */
export function relayArgs(source: string, target: string): string[] {
  return [
    "-hide_banner", "-loglevel", "error", "-nostdin",
    "-progress", "pipe:1",
    "-i", source,
    "-map", "0", "-c", "copy",
    "-f", "flv", target,
  ]
}

/** The delay before restart number `attempt` (1, 2, …): doubling from `base`, at most `max`. */
export function relayBackoff(attempt: number, base: number, max: number): number {
  return Math.min(max, base * 2 ** Math.max(0, attempt - 1))
}

/** Whether a block of ffmpeg `-progress` output shows media written to the destination. */
export function progressShowsMedia(text: string): boolean {
  return /(^|\n)total_size=([1-9]\d*)/.test(text) || /(^|\n)out_time_(?:us|ms)=([1-9]\d*)/.test(text)
}

/** ffmpeg's last error line (the reason a relay failed), or what the exit says. */
export function failureReason(stderr: string, code: number | null, signal: string | null): string {
  const last = stderr.trim().split("\n").filter(Boolean).pop()
  return last?.trim() || `ffmpeg exited (${signal || code})`
}

/**
 * The multistream relays of the media server (#14): when a stream's encoder
 * is accepted, one ffmpeg per enabled destination copies the local RTMP
 * stream to it; a relay that fails is restarted with a doubling delay up to
 * `maxRestarts`, then stays `failed`; all stop (`idle`, but a failed one keeps its reason) when the encoder stops; destinations
 * turned on, off or removed meanwhile are picked up every `syncMs`. Each
 * state change (connecting, live, failed with ffmpeg's reason, idle) goes to
 * the backend, which stores it on the destination.
 */
export function createRelays(o: { ffmpeg: string | null; rtmpPort: number; reporter: IngestReporter; log: Logger; options?: RelayOptions }) {
  const maxRestarts = o.options?.maxRestarts ?? 5
  const base = o.options?.backoffMs ?? 2000
  const maxDelay = o.options?.maxBackoffMs ?? 30_000
  const running = new Map<string, Map<string, { stop(): void }>>()

  const report = (streamId: string, t: RelayTarget, state: RelayState, error: string | null = null) =>
    o.reporter.relayState?.(streamId, t.id, state, error).catch((e) => o.log.error(`live relay ${t.id}: report ${state}: ${e.message}`))

  function relay(streamId: string, t: RelayTarget) {
    const source = `rtmp://127.0.0.1:${o.rtmpPort}/live/${streamId}`
    let stopped = false
    let gaveUp = false
    let attempt = 0
    let child: ChildProcess | null = null
    let timer: NodeJS.Timeout | undefined
    // reports in order: a late "live" must not land after "idle"
    let chain: Promise<unknown> = Promise.resolve()
    const say = (state: RelayState, error: string | null = null) => (chain = chain.then(() => report(streamId, t, state, error)))
    const run = () => {
      let isLive = false
      let err = ""
      let progress = ""
      say("connecting")
      child = spawn(o.ffmpeg!, relayArgs(source, relayTarget(t.url, t.key)), { stdio: ["ignore", "pipe", "pipe"] })
      child.stderr?.on("data", (d) => (err = (err + d).slice(-2000)))
      child.stdout?.on("data", (d) => {
        if (isLive) return
        progress = (progress + d).slice(-2000)
        if (!progressShowsMedia(progress)) return
        isLive = true
        attempt = 0
        say("live")
      })
      child.on("error", (e) => (err += `\nffmpeg did not start: ${e.message}`))
      child.on("close", (code, signal) => {
        if (stopped) return
        const reason = redactKey(failureReason(err, code, signal), t.key)
        attempt++
        if (attempt > maxRestarts) {
          o.log.warn(`live relay ${t.id} of ${streamId}: failed, no more restarts (${reason})`)
          gaveUp = true
          return void say("failed", reason)
        }
        const delay = relayBackoff(attempt, base, maxDelay)
        say("failed", `${reason} (restart ${attempt}/${maxRestarts} in ${Math.ceil(delay / 1000)} s)`)
        timer = setTimeout(run, delay)
      })
    }
    run()
    return {
      stop() {
        stopped = true
        clearTimeout(timer)
        const last = child
        last?.kill("SIGTERM")
        // ffmpeg may hang closing a stalled destination: killed if still there after 2 s
        if (last) setTimeout(() => last.exitCode === null && last.signalCode === null && last.kill("SIGKILL"), 2000).unref()
        // a destination that gave up keeps its reason until the next publish
        if (!gaveUp) say("idle")
      },
    }
  }

  const stop = (streamId: string) => {
    running.get(streamId)?.forEach((r) => r.stop())
    running.delete(streamId)
  }

  /** Brings the stream's relays in line with its enabled destinations: new ones start, disabled or removed ones stop. */
  const sync = async (streamId: string, mine: Map<string, { stop(): void }>) => {
    let targets: RelayTarget[]
    try {
      targets = await o.reporter.relays!(streamId)
    } catch (e) {
      return o.log.error(`live relay: destinations of ${streamId}: ${(e as Error).message}`)
    }
    // stopped (or published again) while asking
    if (running.get(streamId) !== mine) return
    const wanted = new Set(targets.map((t) => t.id))
    for (const [id, r] of mine) {
      if (!wanted.has(id)) {
        r.stop()
        mine.delete(id)
      }
    }
    for (const t of targets) if (!mine.has(t.id)) mine.set(t.id, relay(streamId, t))
  }

  // destinations turned on, off or removed while the encoder publishes
  const resync = setInterval(() => {
    for (const [streamId, mine] of running) void sync(streamId, mine)
  }, o.options?.syncMs ?? 10_000)
  resync.unref()

  return {
    /** Starts relaying `streamId` to its enabled destinations (none without ffmpeg or a reporter that knows them). */
    async start(streamId: string) {
      if (!o.ffmpeg || !o.reporter.relays) return
      stop(streamId)
      const mine = new Map<string, { stop(): void }>()
      running.set(streamId, mine)
      await sync(streamId, mine)
    },
    /** Stops the stream's relays (its encoder stopped); they report `idle`. */
    stop,
    stopAll() {
      clearInterval(resync)
      for (const id of [...running.keys()]) stop(id)
    },
  }
}

export type Relays = ReturnType<typeof createRelays>
