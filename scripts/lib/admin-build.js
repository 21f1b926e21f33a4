// The admin dashboard's production build. Outside development Medusa serves
// `/app` from `public/admin` (built by `medusa build --admin-only`, which
// writes `.medusa/admin`); the first production start builds it, later starts
// reuse it while a fingerprint of what goes into it is unchanged (the
// dashboard's extensions in the plugins' builds, medusa-config.ts, the lock
// file, ADMIN_BACKEND_URL if set: by default the dashboard calls its own origin).
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const { ROOT, MEDUSA_BIN, run } = require("./prepare")

const SERVED = path.join(ROOT, "public", "admin")
const BUILT = path.join(ROOT, ".medusa", "admin")
const FINGERPRINT = path.join(ROOT, ".medusa", "admin-fingerprint")
const LOCK = path.join(ROOT, ".medusa", "admin-build.lock")

function adminSources() {
  const plugins = path.join(ROOT, "plugins")
  const dirs = fs.existsSync(plugins) ? fs.readdirSync(plugins).sort().map((p) => path.join(plugins, p, ".medusa", "server", "src", "admin")) : []
  return [path.join(ROOT, "src", "admin"), ...dirs, path.join(ROOT, "medusa-config.ts"), path.join(ROOT, "package-lock.json")]
}

/** sha256 of the admin's inputs (paths and contents) and the backend URL baked into it. */
function adminFingerprint(env, sources = adminSources()) {
  const hash = crypto.createHash("sha256")
  hash.update(`backend:${env.ADMIN_BACKEND_URL || "/"}\0`)
  const walk = (p) => {
    if (!fs.existsSync(p)) return
    if (!fs.statSync(p).isDirectory()) {
      hash.update(path.relative(ROOT, p)).update("\0").update(fs.readFileSync(p)).update("\0")
      return
    }
    for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry))
  }
  for (const s of sources) walk(s)
  return hash.digest("hex")
}

/** Medusa serves the built dashboard: not in development, not with the admin disabled. */
function needsAdminBuild(env) {
  return env.NODE_ENV !== "development" && env.DISABLE_MEDUSA_ADMIN !== "true"
}

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One build at a time (a test and `npm start` may race for the same checkout). */
async function withLock(fn) {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true })
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: "wx" })
      break
    } catch {
      const holder = Number(fs.readFileSync(LOCK, { encoding: "utf8", flag: "a+" })) || 0
      if (!holder || !alive(holder)) fs.rmSync(LOCK, { force: true })
      else await new Promise((r) => setTimeout(r, 1000))
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(LOCK, { force: true })
  }
}

/** Builds the dashboard into public/admin when it is missing or stale; `{ built, ms }`. */
async function ensureAdminBuild(env, log) {
  if (!needsAdminBuild(env)) return { built: false, ms: 0 }
  return withLock(async () => {
    const fingerprint = adminFingerprint(env)
    const current = fs.existsSync(FINGERPRINT) ? fs.readFileSync(FINGERPRINT, "utf8").trim() : ""
    if (current === fingerprint && fs.existsSync(path.join(SERVED, "index.html"))) {
      log("Admin dashboard: sources unchanged since the last build, reusing public/admin")
      return { built: false, ms: 0 }
    }
    const started = Date.now()
    log("Building the admin dashboard (medusa build --admin-only), once per change of its sources")
    await run(MEDUSA_BIN, ["build", "--admin-only"], env)
    fs.rmSync(SERVED, { recursive: true, force: true })
    fs.mkdirSync(path.dirname(SERVED), { recursive: true })
    fs.cpSync(BUILT, SERVED, { recursive: true })
    fs.writeFileSync(FINGERPRINT, fingerprint)
    const ms = Date.now() - started
    log(`Admin dashboard built in ${(ms / 1000).toFixed(0)} s (public/admin)`)
    return { built: true, ms }
  })
}

module.exports = { ensureAdminBuild, adminFingerprint, needsAdminBuild, ADMIN_SERVED_DIR: SERVED }
