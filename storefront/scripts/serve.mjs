#!/usr/bin/env node
// `npm run start --workspace storefront`: builds when needed (no build yet, or
// a fingerprint of the sources and the lock file differs from the one the
// build was made from), then serves it on $PORT (8000) through the custom
// server src/server/ (Next's request handler; every HTML page gets a CSP with
// the hashes of its inline scripts), bundled here by esbuild.
// `--build-only` builds and exits. Runtime settings (backend URL, publishable
// key, live URL) are read by the server per request, so one build serves any.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildWidget, widgetIsStale } from "./build-widget.mjs"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..")
const require = createRequire(path.join(root, "package.json"))
const nextBin = require.resolve("next/dist/bin/next")
const buildId = path.join(root, ".next", "BUILD_ID")
const lockFile = path.join(root, "node_modules", ".ocop-storefront-build.lock")
// the workspace packages the shop compiles in are sources too
const SOURCES = ["src", "next.config.mjs", "package.json", "tsconfig.json", "../packages/contract/src", "../packages/charts/src"]

const log = (m) => console.log(`[storefront] ${m}`)

// The fingerprint sits beside the build it describes (one build serves every
// data dir, `npm start` and the tests alike); removing .next removes both.
const fingerprintFile = path.join(root, ".next", "ocop-source-fingerprint")
const LOCK = path.resolve(root, "..", "package-lock.json")

/** sha256 of the source tree (paths and contents) and the workspace lock file. */
export function sourceFingerprint() {
  const hash = crypto.createHash("sha256")
  const walk = (p) => {
    if (!fs.existsSync(p)) return
    if (!fs.statSync(p).isDirectory()) {
      hash.update(path.relative(root, p)).update("\0").update(fs.readFileSync(p)).update("\0")
      return
    }
    for (const entry of fs.readdirSync(p).sort()) walk(path.join(p, entry))
  }
  for (const s of SOURCES) walk(path.join(root, s))
  if (fs.existsSync(LOCK)) hash.update(fs.readFileSync(LOCK))
  return hash.digest("hex")
}

function buildIsStale(fingerprint) {
  if (!fs.existsSync(buildId) || !fs.existsSync(fingerprintFile)) return true
  return fs.readFileSync(fingerprintFile, "utf8").trim() !== fingerprint
}

// The storefront is always the production build (next build fails under a
// development NODE_ENV). OCOP_ENV keeps the deployment's own NODE_ENV: Secure
// cookies and HSTS only in production (src/lib/security/env.ts); `npm start`
// sets it to development for its production demo on http://localhost.
const env = {
  ...process.env,
  OCOP_ENV: process.env.OCOP_ENV || process.env.NODE_ENV || "development",
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${path.join(here, "react-resolve.cjs")}`.trim(),
}

function run(args, extraEnv = {}) {
  return runNode([nextBin, ...args], extraEnv)
}

function runNode(args, extraEnv = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...env, ...extraEnv }, stdio: "inherit" })
    const forward = (signal) => child.kill(signal)
    process.on("SIGTERM", forward)
    process.on("SIGINT", forward)
    child.on("exit", (code, signal) => {
      process.off("SIGTERM", forward)
      process.off("SIGINT", forward)
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** One build at a time across processes (tests and `npm start` may race). */
async function withLock(fn) {
  fs.mkdirSync(path.dirname(lockFile), { recursive: true })
  for (;;) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: "wx" })
      break
    } catch {
      let holder = 0
      try {
        holder = Number(fs.readFileSync(lockFile, "utf8")) || 0
      } catch {
        continue
      }
      if (!alive(holder)) {
        fs.rmSync(lockFile, { force: true })
        continue
      }
      await new Promise((r) => setTimeout(r, 1000))
    }
  }
  try {
    return await fn()
  } finally {
    fs.rmSync(lockFile, { force: true })
  }
}

export async function ensureBuilt() {
  return withLock(async () => {
    if (await widgetIsStale()) {
      log("live widget: copying the live-selling plugin's build into public/ocop-live.js")
      await buildWidget()
    }
    const fingerprint = sourceFingerprint()
    if (!buildIsStale(fingerprint)) {
      log("sources unchanged since the last build: not rebuilding")
      return 0
    }
    const started = Date.now()
    log("building the storefront (next build); this takes a few minutes")
    const code = await run(["build"])
    if (code === 0) {
      fs.writeFileSync(fingerprintFile, fingerprint)
      log(`built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
    return code
  })
}

/**
 * src/server/index.ts bundled into .next/ (CommonJS, packages left to Node),
 * named by its content so that storefronts starting together never read a
 * half-written file; returns its path.
 */
export async function bundleServer() {
  const { build } = await import("esbuild")
  const out = await build({
    entryPoints: [path.join(root, "src", "server", "index.ts")],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    packages: "external",
    write: false,
    logLevel: "warning",
  })
  const code = out.outputFiles[0].contents
  const file = path.join(root, ".next", `ocop-server-${crypto.createHash("sha256").update(code).digest("hex").slice(0, 12)}.cjs`)
  if (!fs.existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`
    fs.writeFileSync(tmp, code)
    fs.renameSync(tmp, file)
  }
  return file
}

async function main() {
  const code = await ensureBuilt()
  if (code !== 0) process.exit(code)
  if (process.argv.includes("--build-only")) return
  const port = Number(process.env.PORT || "8000")
  const server = await bundleServer()
  const start = `require(${JSON.stringify(server)}).startServer({ dir: ${JSON.stringify(root)}, port: ${port} }).then(() => console.log("[storefront] ready on port ${port}"), (e) => { console.error(e); process.exit(1) })`
  process.exit(await runNode(["-e", start]))
}

main().catch((e) => {
  console.error(`[storefront] ${e.stack || e.message}`)
  process.exit(1)
})
