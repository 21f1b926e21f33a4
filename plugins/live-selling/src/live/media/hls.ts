import { spawn, type ChildProcess } from "child_process"
import fs from "fs"
import path from "path"

/**
 * ffmpeg arguments that remux a live FLV/RTMP source into HLS without
 * transcoding (`-c copy`): 2 s segments (the encoder's keyframes permitting),
 * the last 6 listed, older ones deleted.
 */
export function hlsArgs(source: string, dir: string): string[] {
  return [
    "-hide_banner", "-loglevel", "error", "-nostdin",
    "-i", source,
    "-c", "copy",
    "-f", "hls", "-hls_time", "2", "-hls_list_size", "6",
    "-hls_flags", "delete_segments+independent_segments+temp_file",
    "-hls_segment_filename", path.join(dir, "seg-%d.ts"),
    path.join(dir, "index.m3u8"),
  ]
}

/** The ffmpeg binary from npm (@ffmpeg-installer/ffmpeg), or null where there is none. */
export function ffmpegPath(): string | null {
  try {
    return require("@ffmpeg-installer/ffmpeg").path as string
  } catch {
    return null
  }
}

/**
 * Stops an ffmpeg reading a live source. Given `waitMs`, it first waits that
 * long for ffmpeg to end on its own (its source closed: it finishes its
 * files). Then SIGTERM; an ffmpeg blocked reading RTMP (the media server
 * keeps players attached while a publisher may come back) only wakes on a
 * second one (and then ends without finishing its files); SIGKILL 5 s later.
 */
export function terminate(child: ChildProcess, waitMs = 0) {
  const running = () => child.exitCode === null && child.signalCode === null
  if (!running()) return
  const timers = [
    setTimeout(() => running() && child.kill("SIGTERM"), waitMs),
    setTimeout(() => running() && child.kill("SIGTERM"), waitMs + 300),
    setTimeout(() => running() && child.kill("SIGKILL"), waitMs + 5000),
  ]
  child.once("exit", () => timers.forEach(clearTimeout))
}

/**
 * Ends the local RTMP players (our own ffmpegs) of a publisher that stopped:
 * they read to the end and finish their files. Viewers (HTTP-FLV) stay
 * attached for an encoder coming back.
 */
export function closeLocalPlayers(publisher: { broadcast?: { subscribers?: Map<string, any> } }) {
  for (const s of publisher.broadcast?.subscribers?.values() ?? []) {
    if (s.protocol === "rtmp" && /^(::ffff:)?127\.0\.0\.1:/.test(String(s.ip))) s.close()
  }
}

/** Starts remuxing `source` into `dir` (emptied first); stop() kills ffmpeg. */
export function startHls(ffmpeg: string, source: string, dir: string, onExit: (msg: string) => void) {
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  let stopped = false
  const child: ChildProcess = spawn(ffmpeg, hlsArgs(source, dir), { stdio: ["ignore", "ignore", "pipe"] })
  let err = ""
  child.stderr?.on("data", (d) => (err = (err + d).slice(-2000)))
  child.on("error", (e) => onExit(`ffmpeg did not start: ${e.message}`))
  child.on("exit", (code, signal) => {
    if (!stopped) onExit(`ffmpeg (HLS) exited (${signal || code}): ${err.trim().split("\n").pop() ?? ""}`)
  })
  return {
    stop() {
      stopped = true
      terminate(child)
    },
  }
}
