// Shared by `npm start`, `npm run seed` and `npm run medusa`: resolves the
// database (DATABASE_URL, or an embedded PostgreSQL in .data/postgres),
// runs migrations when the code's migrations changed, and seeds once.
const { spawn } = require("child_process")
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const { startEmbeddedPostgres } = require("./embedded-postgres")
const { buildPlugins, pluginDirs } = require("./build-plugins")
const { ensureDatabase, withClient } = require("./database")

const ROOT = path.resolve(__dirname, "..", "..")
const DATA_DIR = path.resolve(process.env.OCOP_DATA_DIR || path.join(ROOT, ".data"))
const MEDUSA_BIN = path.join(ROOT, "node_modules", ".bin", "medusa")
const SEED_META = require("../../src/scripts/data/seed-meta.json")

function log(message) {
  console.log(`[ocop] ${message}`)
}

/** Resolves DATABASE_URL, starting the embedded server when none is given. */
async function resolveDatabase() {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null }
  }
  const port = Number(process.env.PG_PORT || 54329)
  const started = Date.now()
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, "postgres"),
    port,
    log,
  })
  log(`Embedded PostgreSQL on 127.0.0.1:${port} (data in ${path.relative(ROOT, DATA_DIR) || "."}/postgres, ${Date.now() - started} ms)`)
  const url = embedded.url(process.env.PG_DATABASE || "ocop_langson")
  return { url, embedded }
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" })
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${signal || code})`))
    )
  })
}

/** A fingerprint of everything that can change the schema. */
function schemaFingerprint() {
  const hash = crypto.createHash("sha256")
  const lock = path.join(ROOT, "package-lock.json")
  if (fs.existsSync(lock)) hash.update(fs.readFileSync(lock))
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/migrations|links/.test(full)) hash.update(full).update(fs.readFileSync(full))
    }
  }
  walk(path.join(ROOT, "src", "modules"))
  walk(path.join(ROOT, "src", "links"))
  for (const dir of pluginDirs()) {
    walk(path.join(dir, "src", "modules"))
    walk(path.join(dir, "src", "links"))
  }
  hash.update(fs.readFileSync(path.join(ROOT, "medusa-config.ts")))
  return hash.digest("hex")
}

function stateFile() {
  return path.join(DATA_DIR, "run", "state.json")
}

function readState() {
  try {
    return JSON.parse(fs.readFileSync(stateFile(), "utf8"))
  } catch {
    return {}
  }
}

function writeState(state) {
  fs.mkdirSync(path.dirname(stateFile()), { recursive: true })
  fs.writeFileSync(stateFile(), JSON.stringify(state, null, 2))
}

async function readSeedState(url) {
  return withClient(url, async (client) => {
    const exists = await client.query("SELECT to_regclass('public.store') AS t")
    if (!exists.rows[0].t) return { version: null }
    const store = await client.query("SELECT metadata->>'seed_version' AS v FROM store WHERE deleted_at IS NULL LIMIT 1")
    const publishableKeys = await seededKeys(client)
    return {
      version: store.rows[0]?.v ?? null,
      publishableKey: publishableKeys.online ?? null,
      publishableKeys,
      salesChannels: await seededChannels(client),
    }
  })
}

/** `{ role: value }` for each `{ role: name }`, from rows of `{ name, value }`. */
function byRole(names, rows) {
  const out = {}
  for (const [role, name] of Object.entries(names)) {
    const row = rows.find((r) => r.name === name)
    if (row) out[role] = row.value
  }
  return out
}

/**
 * The seeded publishable keys by sales channel (`{ online, kiosk, live }`),
 * each on its channel only; the online key is *the* publishable key.
 */
async function seededKeys(client) {
  const titles = SEED_META.publishable_keys || {}
  const { rows } = await client.query(
    `SELECT token AS value, title AS name FROM api_key WHERE type = 'publishable' AND title = ANY($1)
       AND revoked_at IS NULL AND deleted_at IS NULL ORDER BY created_at`,
    [Object.values(titles)]
  )
  return byRole(titles, rows)
}

/**
 * The seeded sales channels' ids by role (`{ online, kiosk, live }`): the
 * store API cannot list them. The storefront names the channel when it
 * creates a cart, which a key with one channel accepts and a key with several
 * (one an operator made) needs.
 */
async function seededChannels(client) {
  const names = SEED_META.sales_channels || {}
  const { rows } = await client.query(
    "SELECT id AS value, name FROM sales_channel WHERE deleted_at IS NULL AND name = ANY($1) ORDER BY created_at",
    [Object.values(names)]
  )
  return byRole(names, rows)
}

/** Migrates (when the schema fingerprint changed) and seeds (when not seeded). */
async function prepareDatabase(url, env, { skipSeed = false } = {}) {
  // Medusa loads the plugins from their builds
  buildPlugins({ log })
  await ensureDatabase(url)
  const state = readState()
  const fingerprint = schemaFingerprint()
  const key = crypto.createHash("sha1").update(url).digest("hex")
  if (state[key] !== fingerprint) {
    const started = Date.now()
    log("Running migrations")
    await run(MEDUSA_BIN, ["db:migrate"], env)
    writeState({ ...readState(), [key]: fingerprint })
    log(`Migrations done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  const seed = await readSeedState(url)
  const seedRuns = !skipSeed && seed.version !== SEED_META.version
  // the demo logins are made by the first seed of a database (later seeds keep them)
  const firstSeed = seedRuns && seed.version === null
  if (seedRuns) {
    const started = Date.now()
    log("Seeding the Lạng Sơn catalogue")
    await run(MEDUSA_BIN, ["exec", "./src/scripts/seed.ts"], env)
    log(`Seed done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
  return { ...(await readSeedState(url)), firstSeed }
}

module.exports = { ROOT, DATA_DIR, MEDUSA_BIN, log, resolveDatabase, prepareDatabase, run }
