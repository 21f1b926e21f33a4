import fs from "fs"
import os from "os"
import path from "path"
import { Client } from "pg"
import { exited, freePort, processesMentioning, spawnUntil, waitUntil } from "./process-helpers"

jest.setTimeout(180 * 1000)

const FIXTURE = path.join(__dirname, "fixtures", "hold-embedded-postgres.js")

describe("embedded PostgreSQL lifecycle (what npm start runs with no DATABASE_URL)", () => {
  let dir: string
  let dataDir: string
  let port: number

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "ocop-lifecycle-"))
    // mkdtemp makes the folder private (0700); as root the start must still let the postgres user reach it
    dataDir = path.join(dir, ".data", "postgres")
    port = await freePort()
  })

  afterAll(() => {
    for (const pid of processesMentioning(dataDir)) process.kill(pid, "SIGKILL")
    fs.rmSync(dir, { recursive: true, force: true })
  })

  const start = () => spawnUntil([FIXTURE, dataDir, String(port)], /READY (\d+) (\d+)/)

  async function sql(text: string) {
    const client = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${port}/postgres` })
    await client.connect()
    try {
      return (await client.query(text)).rows
    } finally {
      await client.end()
    }
  }

  it("initialises on first start, and SIGTERM stops it leaving no process behind", async () => {
    const { child } = await start()
    expect(fs.existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true)
    await sql("CREATE TABLE marker (note text); INSERT INTO marker VALUES ('first start')")
    expect(processesMentioning(dataDir).length).toBeGreaterThan(0)
    child.kill("SIGTERM")
    expect(await exited(child)).toEqual(0)
    expect(await waitUntil(() => processesMentioning(dataDir).length === 0)).toBe(true)
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false)
  })

  it("reuses the data on a second start", async () => {
    const { child } = await start()
    expect(await sql("SELECT note FROM marker")).toEqual([{ note: "first start" }])
    child.kill("SIGINT")
    expect(await exited(child)).toEqual(0)
    expect(await waitUntil(() => processesMentioning(dataDir).length === 0)).toBe(true)
  })

  it("comes back with the same data after kill -9 of the starting process", async () => {
    const { child, match } = await start()
    const postmaster = Number(match[2])
    await sql("INSERT INTO marker VALUES ('before kill -9')")
    child.kill("SIGKILL")
    await exited(child)
    // the orphaned postmaster still holds the port and postmaster.pid
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true)
    const again = await start()
    expect(Number(again.match[2])).not.toEqual(postmaster)
    expect(await sql("SELECT note FROM marker ORDER BY note")).toEqual([
      { note: "before kill -9" },
      { note: "first start" },
    ])
    again.child.kill("SIGTERM")
    await exited(again.child)
    expect(await waitUntil(() => processesMentioning(dataDir).length === 0)).toBe(true)
  })

  it("starts over a stale postmaster.pid whose process is gone", async () => {
    fs.writeFileSync(path.join(dataDir, "postmaster.pid"), "999999\n" + dataDir + "\n")
    const { child } = await start()
    expect(await sql("SELECT count(*)::int AS n FROM marker")).toEqual([{ n: 2 }])
    child.kill("SIGTERM")
    await exited(child)
  })
})
