import { spawn, type ChildProcess } from "child_process"
import { ffmpegBinary } from "../../integration-tests/helpers/encoder"

/**
 * A wall clock burnt into video frames, read back from decoded frames: each
 * frame (640×360 grey) carries the epoch milliseconds at which it was made as
 * 48 blocks of 80×60 (8 columns × 6 rows, most significant bit first),
 * white for 1 and black for 0, which H.264 keeps intact at any sane bitrate.
 */
export const W = 640
export const H = 360
const COLS = 8
const ROWS = 6
const BW = W / COLS
const BH = H / ROWS
const FRAME = W * H

/** A grey frame showing `ms`. */
export function clockFrame(ms: number): Buffer {
  const f = Buffer.alloc(FRAME, 16)
  for (let bit = 0; bit < COLS * ROWS; bit++) {
    if (Math.floor(ms / 2 ** (COLS * ROWS - 1 - bit)) % 2 === 0) continue
    const x0 = (bit % COLS) * BW
    const y0 = Math.floor(bit / COLS) * BH
    for (let y = y0; y < y0 + BH; y++) f.fill(235, y * W + x0, y * W + x0 + BW)
  }
  return f
}

/** The milliseconds a decoded grey frame shows (the middle 20×20 of each block, threshold 128). */
export function readClock(f: Buffer): number {
  let ms = 0
  for (let bit = 0; bit < COLS * ROWS; bit++) {
    const cx = (bit % COLS) * BW + BW / 2
    const cy = Math.floor(bit / COLS) * BH + BH / 2
    let sum = 0
    for (let y = cy - 10; y < cy + 10; y++) for (let x = cx - 10; x < cx + 10; x++) sum += f[y * W + x]
    ms = ms * 2 + (sum / 400 > 128 ? 1 : 0)
  }
  return ms
}

/**
 * An encoder like OBS whose camera is the clock: Node draws a frame with
 * `Date.now()` every 1/fps s and pipes it to ffmpeg (libx264 ultrafast,
 * zerolatency, keyframe every `gop` frames), which publishes RTMP to `url`.
 */
export function publishClock(url: string, o: { fps?: number; gop?: number } = {}) {
  const fps = o.fps ?? 15
  const child: ChildProcess = spawn(ffmpegBinary(), [
    "-hide_banner", "-loglevel", "error",
    "-f", "rawvideo", "-pix_fmt", "gray", "-s", `${W}x${H}`, "-framerate", String(fps), "-i", "pipe:0",
    "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p",
    "-g", String(o.gop ?? fps * 2), "-b:v", "800k", "-f", "flv", url,
  ], { stdio: ["pipe", "ignore", "ignore"] })
  child.stdin!.on("error", () => undefined)
  const timer = setInterval(() => child.stdin!.write(clockFrame(Date.now())), 1000 / fps)
  return {
    stop() {
      clearInterval(timer)
      child.kill("SIGKILL")
    },
  }
}

/**
 * Decodes `input` (an HTTP-FLV URL or a segment file) with ffmpeg to grey
 * frames and calls `onFrame(shownMs, receivedAt)` for each, as soon as
 * ffmpeg writes it (no player buffer: `-fflags nobuffer`, low delay).
 */
export function readFrames(input: string, onFrame: (shown: number, at: number) => void, o: { frames?: number; inputArgs?: string[] } = {}) {
  const child = spawn(ffmpegBinary(), [
    "-hide_banner", "-loglevel", "error",
    "-fflags", "nobuffer", "-flags", "low_delay", "-probesize", "32768", "-analyzeduration", "0",
    ...(o.inputArgs ?? []), "-i", input,
    ...(o.frames ? ["-frames:v", String(o.frames)] : []),
    "-an", "-f", "rawvideo", "-pix_fmt", "gray", "-s", `${W}x${H}`, "pipe:1",
  ], { stdio: ["ignore", "pipe", "ignore"] })
  let buf = Buffer.alloc(0)
  child.stdout!.on("data", (d: Buffer) => {
    const at = Date.now()
    buf = Buffer.concat([buf, d])
    while (buf.length >= FRAME) {
      onFrame(readClock(buf.subarray(0, FRAME)), at)
      buf = buf.subarray(FRAME)
    }
  })
  const exited = new Promise<void>((r) => child.on("exit", () => r()))
  return { exited, stop: () => void child.kill("SIGKILL") }
}
