import { spawn, type ChildProcess } from "child_process"
import net from "net"

/** A port free right now on 127.0.0.1 (node-media-server takes no port 0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
    server.on("error", reject)
  })
}

export const ffmpegBinary = (): string => require("@ffmpeg-installer/ffmpeg").path

export type Encoder = { child: ChildProcess; exited: Promise<number | null>; stop(): void }

/**
 * A synthetic encoder like OBS: a test pattern with a tone, H.264 + AAC, a
 * keyframe every second, published at its own pace (`-re`) to `rtmpUrl`
 * (rtmp:// or rtmps://), 320x240 unless `size` says otherwise.
 */
export function publishTestStream(rtmpUrl: string, o: { size?: string } = {}): Encoder {
  const child = spawn(ffmpegBinary(), [
    "-hide_banner", "-loglevel", "error", "-nostdin",
    "-re", "-f", "lavfi", "-i", `testsrc=size=${o.size ?? "320x240"}:rate=15`,
    "-re", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
    "-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", "15",
    "-c:a", "aac", "-b:a", "48k", "-ac", "2",
    "-f", "flv", rtmpUrl,
  ], { stdio: ["ignore", "ignore", "ignore"] })
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  return { child, exited, stop: () => void child.kill("SIGKILL") }
}
