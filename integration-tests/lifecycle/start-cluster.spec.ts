import fs from "fs"
import os from "os"
import path from "path"
import { io, type Socket } from "socket.io-client"
import { fetchToken, waitFor } from "../helpers/harness"
import { exited, freePort, spawnUntil, waitUntil } from "./process-helpers"

jest.setTimeout(1500 * 1000)

const ROOT = path.resolve(__dirname, "..", "..")
const REDIS = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379"
const DB_NAME = `ocop_cluster_test_${Math.random().toString(36).slice(2, 8)}`
const PG_BASE = `postgres://${process.env.DB_USERNAME || "postgres"}${process.env.DB_PASSWORD ? `:${process.env.DB_PASSWORD}` : ""}@${process.env.DB_HOST || "localhost"}:${process.env.DB_PORT || 5432}`
const READY = /cluster is running \(ready in ([\d.]+) s\)[\s\S]*Publishable key:\s+(pk_[0-9a-f]+)/

const describeWithRedis = REDIS || process.env.CI === "true" ? describe : describe.skip
if (!REDIS && process.env.CI !== "true") console.log("start:cluster test skipped: no Redis")

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function connect(url: string, auth: Record<string, unknown>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = io(`${url}/live`, { transports: ["websocket"], forceNew: true, reconnection: false, auth, timeout: 30_000 })
    s.once("connect", () => resolve(s))
    s.once("connect_error", (e: any) => reject(Object.assign(new Error(e.message), { data: e.data })))
  })
}

/** Processes in the process groups of `leaders` (each child runs in its own group). */
function groupMembers(leaders: number[]): number[] {
  return fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).filter((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8")
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      return fields[0] !== "Z" && leaders.includes(Number(fields[2]))
    } catch {
      return false
    }
  }).map(Number)
}

describeWithRedis("npm run start:cluster: 2 Medusa servers, 1 worker, 2 gateways on Postgres and Redis", () => {
  let dataDir: string
  let cluster: Awaited<ReturnType<typeof spawnUntil>> | null = null
  let pids: { name: string; pid: number }[] = []
  const sockets: Socket[] = []
  const port: Record<string, number> = {}

  const admin = async (sql: string) => {
    const { Client } = require("pg")
    const c = new Client({ connectionString: `${PG_BASE}/postgres` })
    await c.connect()
    await c.query(sql)
    await c.end()
  }

  const httpPorts = () => Object.entries(port).filter(([name]) => name !== "rtmp").map(([, p]) => p)

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-cluster-"))
    for (const name of ["server1", "server2", "worker", "live1", "live2", "rtmp", "media"]) {
      port[name] = await freePort()
    }
    await admin(`CREATE DATABASE ${DB_NAME}`)
  })

  afterAll(async () => {
    sockets.forEach((s) => s.close())
    if (cluster && cluster.child.exitCode === null && cluster.child.signalCode === null) {
      cluster.child.kill("SIGTERM")
      await exited(cluster.child)
    }
    for (const { pid } of pids) {
      try { process.kill(pid, "SIGKILL") } catch {}
    }
    await admin(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`).catch(() => undefined)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it("starts all five processes, migrated and seeded, and prints every URL", async () => {
    cluster = await spawnUntil([path.join(ROOT, "scripts", "start-cluster.js")], READY, {
      cwd: ROOT,
      timeoutMs: 1200 * 1000,
      env: {
        DATABASE_URL: `${PG_BASE}/${DB_NAME}`,
        REDIS_URL: REDIS,
        OCOP_DATA_DIR: dataDir,
        CLUSTER_MEDUSA_PORTS: `${port.server1},${port.server2}`,
        CLUSTER_WORKER_PORT: String(port.worker),
        CLUSTER_LIVE_PORTS: `${port.live1},${port.live2}`,
        OCOP_LIVE_RTMP_PORT: String(port.rtmp),
        OCOP_LIVE_MEDIA_PORT: String(port.media),
        LIVE_REDIS_PREFIX: `ocop:cluster-test:${DB_NAME}:`,
        LIVE_PG_POOL: "4",
        DISABLE_MEDUSA_ADMIN: "true",
        NODE_ENV: "development",
        LOG_LEVEL: "error",
        NODE_OPTIONS: "",
        // generated into OCOP_DATA_DIR/secrets.json and shared by the five processes
        JWT_SECRET: "",
        COOKIE_SECRET: "",
        PRODUCER_PASSWORD: "",
      },
    })
    console.info(`start:cluster (fresh database: migrations, seed, 5 processes) ready in ${cluster.match[1]} s`)
    const out = cluster.output()
    for (const p of [port.server1, port.server2]) expect(out).toContain(`http://localhost:${p}`)
    for (const p of [port.live1, port.live2]) expect(out).toContain(`ws://localhost:${p}/live`)
    expect(out).toContain(`http://localhost:${port.worker}/health`)

    pids = JSON.parse(fs.readFileSync(path.join(dataDir, "cluster", "run", "processes.json"), "utf8"))
    expect(pids.map((p) => p.name).sort()).toEqual(
      ["demo-video", "live-gateway-1", "live-gateway-2", "live-media", "medusa-server-1", "medusa-server-2", "medusa-worker"]
    )
    // the demo stream's video (ffmpeg looping a clip into live HLS), served by both servers
    for (const p of [port.server1, port.server2]) {
      let status = 0
      await waitFor(async () => (status = (await fetch(`http://127.0.0.1:${p}/demo-video/live.m3u8`)).status) === 200, {
        what: `the demo video on ${p}`,
        timeoutMs: 30_000,
        intervalMs: 500,
      }).catch(() => undefined)
      expect({ p, status }).toEqual({ p, status: 200 })
    }
    // every HTTP process answers its health URL (the RTMP ingest port speaks RTMP, not HTTP)
    for (const p of httpPorts()) {
      const res = await fetch(`http://127.0.0.1:${p}/health`)
      expect({ p, status: res.status }).toEqual({ p, status: 200 })
    }
    const key = cluster.match[2]
    for (const p of [port.server1, port.server2]) {
      const res = await fetch(`http://127.0.0.1:${p}/store/live/streams?status=scheduled`, { headers: { "x-publishable-api-key": key } })
      expect(res.status).toEqual(200)
    }
  })

  it("an event sent through one gateway reaches a viewer of the other", async () => {
    expect(cluster).not.toBeNull()
    const key = cluster!.match[2]
    const token = await fetchToken(`http://127.0.0.1:${port.server2}`, "producer", {
      email: "producer@ocop-langson.local",
      // the demo password the cluster generated on its first start
      password: JSON.parse(fs.readFileSync(path.join(dataDir, "secrets.json"), "utf8")).PRODUCER_PASSWORD,
    })
    const res = await fetch(`http://127.0.0.1:${port.server1}/producer/streams`, { headers: { authorization: `Bearer ${token}` } })
    const streamId = (await res.json()).streams[0].id

    const viewer = await connect(`http://127.0.0.1:${port.live1}`, { publishableKey: key })
    const host = await connect(`http://127.0.0.1:${port.live2}`, { token })
    sockets.push(viewer, host)
    const joined = await viewer.timeout(30_000).emitWithAck("join", { streamId })
    expect(joined.stream.id).toEqual(streamId)
    const live = new Promise<any>((resolve) => viewer.on("stream:status", resolve))
    const ack = await host.timeout(30_000).emitWithAck("stream:start", { streamId })
    expect(ack.stream.status).toEqual("live")
    const event = await Promise.race([live, new Promise((_, reject) => setTimeout(() => reject(new Error("no stream:status on gateway 1")), 30_000))])
    expect(event).toMatchObject({ streamId, status: "live" })
    // later in the stream's sequence than the join (other events, e.g. viewer counts, may come between)
    expect(event.seq).toBeGreaterThan(joined.seq)
  })

  it("stops every child on SIGTERM", async () => {
    expect(cluster).not.toBeNull()
    expect(pids.every((p) => isAlive(p.pid))).toBe(true)
    expect(groupMembers(pids.map((p) => p.pid)).length).toBeGreaterThanOrEqual(5)
    sockets.forEach((s) => s.close())
    cluster!.child.kill("SIGTERM")
    expect(await exited(cluster!.child)).toEqual(0)
    expect(cluster!.output()).toMatch(/All cluster processes stopped/)
    expect(await waitUntil(() => pids.every((p) => !isAlive(p.pid)), 30_000)).toBe(true)
    expect(groupMembers(pids.map((p) => p.pid))).toEqual([])
    for (const p of httpPorts()) {
      await expect(fetch(`http://127.0.0.1:${p}/health`)).rejects.toThrow()
    }
  })
})
