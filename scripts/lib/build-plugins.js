// Builds the plugins in plugins/* with their `build` script (`medusa
// plugin:build`, plus the <ocop-live> bundle for live-selling), each only when
// a fingerprint of its sources (src/, widget/, scripts/ and any inputs listed
// in EXTRA_INPUTS), package.json, tsconfigs and the lock file changed since
// its last build (kept in its .medusa/server/).
const { spawnSync } = require("child_process")
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")

const ROOT = path.resolve(__dirname, "..", "..")
const PLUGINS_DIR = path.join(ROOT, "plugins")
const NPM = process.platform === "win32" ? "npm.cmd" : "npm"
const { writeEsm: writeContractEsm } = require("../../packages/contract/scripts/esm")
const SOURCE_DIRS = ["src", "widget", "scripts"]
// inputs outside a plugin's folder, relative to the repository root
const EXTRA_INPUTS = {
  // the widget's texts are the shop's dictionaries; it bundles the shared contract
  "live-selling": ["storefront/src/i18n", "packages/contract/src"],
}
const STAMP = path.join(".medusa", "server", ".build-fingerprint")

function pluginDirs() {
  if (!fs.existsSync(PLUGINS_DIR)) return []
  return fs
    .readdirSync(PLUGINS_DIR)
    .map((name) => path.join(PLUGINS_DIR, name))
    .filter((dir) => fs.existsSync(path.join(dir, "package.json")))
}

function fingerprint(dir) {
  const hash = crypto.createHash("sha256")
  for (const file of [path.join(ROOT, "package-lock.json"), path.join(dir, "package.json"), path.join(dir, "tsconfig.json")]) {
    if (fs.existsSync(file)) hash.update(file).update(fs.readFileSync(file))
  }
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name)
      if (entry.isDirectory()) walk(full)
      else hash.update(path.relative(dir, full)).update(fs.readFileSync(full))
    }
  }
  for (const sub of SOURCE_DIRS) {
    const d = path.join(dir, sub)
    if (fs.existsSync(d)) walk(d)
  }
  for (const extra of EXTRA_INPUTS[path.basename(dir)] || []) {
    const d = path.join(ROOT, extra)
    if (fs.existsSync(d)) walk(d)
  }
  return hash.digest("hex")
}

/** Builds every plugin whose sources changed; throws when a build fails. */
function buildPlugins({ log = console.log, force = false } = {}) {
  // the shared contract's ES module files, for the bundlers below and the storefront's (not committed)
  writeContractEsm()
  for (const dir of pluginDirs()) {
    const name = path.basename(dir)
    const print = fingerprint(dir)
    const stamp = path.join(dir, STAMP)
    if (!force && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === print) continue
    const started = Date.now()
    log(`Building plugin ${name} (npm run build)`)
    const r = spawnSync(NPM, ["run", "build"], {
      cwd: dir,
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    })
    if (r.status !== 0) {
      process.stderr.write(r.stdout + r.stderr)
      throw new Error(`plugin ${name}: npm run build failed (${r.status ?? r.signal})`)
    }
    fs.writeFileSync(stamp, print)
    log(`Built plugin ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

module.exports = { buildPlugins, pluginDirs }

if (require.main === module) {
  buildPlugins({ force: process.argv.includes("--force") })
}
