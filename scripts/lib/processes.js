// Child processes of `npm start`, recorded in a file so that a later start
// can end the ones an earlier start left behind when it was killed with -9.
const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")
const { isAlive, commandLine, waitForExit } = require("./embedded-postgres")

function recordFile(dataDir) {
  return path.join(dataDir, "run", "processes.json")
}

function readRecords(dataDir) {
  try {
    return JSON.parse(fs.readFileSync(recordFile(dataDir), "utf8"))
  } catch {
    return []
  }
}

function writeRecords(dataDir, records) {
  fs.mkdirSync(path.dirname(recordFile(dataDir)), { recursive: true })
  fs.writeFileSync(recordFile(dataDir), JSON.stringify(records, null, 2))
}

/** Ends processes recorded by an earlier start that are still running. */
async function endLeftovers(dataDir, log) {
  for (const rec of readRecords(dataDir)) {
    if (isAlive(rec.pid) && commandLine(rec.pid) === rec.cmdline) {
      log(`Ending ${rec.name} left running by an earlier start (pid ${rec.pid})`)
      try { process.kill(-rec.pid, "SIGTERM") } catch { process.kill(rec.pid, "SIGTERM") }
      if (!(await waitForExit(rec.pid, 10000))) {
        try { process.kill(-rec.pid, "SIGKILL") } catch { process.kill(rec.pid, "SIGKILL") }
      }
    }
  }
  writeRecords(dataDir, [])
}

/** Spawns a long-running child in its own process group and records it. */
function startManaged(dataDir, name, command, args, options) {
  const child = spawn(command, args, { ...options, detached: true, stdio: options.stdio ?? "inherit" })
  setTimeout(() => {
    const records = readRecords(dataDir).filter((r) => isAlive(r.pid))
    records.push({ name, pid: child.pid, cmdline: commandLine(child.pid) })
    writeRecords(dataDir, records)
  }, 200)
  return child
}

/** SIGTERM to a child's process group, then SIGKILL after `timeoutMs`. */
async function stopManaged(child, timeoutMs = 15000) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise((resolve) => child.once("exit", resolve))
  try { process.kill(-child.pid, "SIGTERM") } catch { child.kill("SIGTERM") }
  const timer = setTimeout(() => {
    try { process.kill(-child.pid, "SIGKILL") } catch { child.kill("SIGKILL") }
  }, timeoutMs)
  await exited
  clearTimeout(timer)
}

module.exports = { endLeftovers, startManaged, stopManaged }
