// Builds widget/ (the <ocop-live> custom element) into public/ocop-live.js with esbuild.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..")
const entry = path.join(root, "widget", "index.ts")
const out = path.join(root, "public", "ocop-live.js")
// hls.js is loaded by the widget only when a browser cannot play HLS natively
const hlsOut = path.join(root, "public", "hls.light.min.js")
const require = createRequire(path.join(root, "package.json"))

function newest(p) {
  if (!fs.existsSync(p)) return 0
  const s = fs.statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newest(path.join(p, e))), s.mtimeMs)
}

export function widgetIsStale() {
  if (!fs.existsSync(entry)) return false
  if (!fs.existsSync(out)) return true
  const built = fs.statSync(out).mtimeMs
  return newest(path.join(root, "widget")) > built || newest(path.join(root, "src", "i18n")) > built || !fs.existsSync(hlsOut)
}

export async function buildWidget() {
  const esbuild = require("esbuild")
  await esbuild.build({
    entryPoints: [entry],
    outfile: out,
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  })
  fs.copyFileSync(require.resolve("hls.js/dist/hls.light.min.js"), hlsOut)
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWidget().then(
    () => console.log(`[storefront] built ${path.relative(root, out)}`),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
