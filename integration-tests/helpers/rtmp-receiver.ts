import { spawn } from "child_process"
import fs from "fs"
import { ffmpegBinary } from "./encoder"

export type RtmpReceiver = {
  url: string
  file: string
  /** Bytes of FLV received so far. */
  size(): number
  /** ffmpeg's warnings (e.g. `Unexpected stream X, expecting Y` for a wrong stream key). */
  log(): string
  exited: Promise<number | null>
  stop(): void
}

/**
 * A second RTMP server, like YouTube's ingest: ffmpeg listening (`-listen 1`) on
 * 127.0.0.1:`port` for one publisher of `app`/`key`, writing what it gets to `file`
 * as FLV. A child process (node-media-server keeps a module singleton, so a second
 * one cannot run in the test's process).
 */
export function receiveRtmp(port: number, app: string, key: string, file: string): RtmpReceiver {
  let log = ""
  const child = spawn(ffmpegBinary(), [
    "-hide_banner", "-loglevel", "warning", "-nostdin",
    "-listen", "1", "-f", "flv", "-i", `rtmp://127.0.0.1:${port}/${app}/${key}`,
    "-c", "copy", "-f", "flv", "-y", file,
  ], { stdio: ["ignore", "ignore", "pipe"] })
  child.stderr!.on("data", (d) => (log = (log + d).slice(-4000)))
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return {
    url: `rtmp://127.0.0.1:${port}/${app}`,
    file,
    size: () => (fs.existsSync(file) ? fs.statSync(file).size : 0),
    log: () => log,
    exited,
    stop: () => void child.kill("SIGKILL"),
  }
}
