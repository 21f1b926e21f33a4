// Builds widget/ (the <ocop-live> custom element) with esbuild into
// .medusa/server/widget/ocop-live.js, beside a copy of hls.light.min.js (the
// widget loads it from where ocop-live.js came from when a browser cannot
// play HLS natively). Runs after `medusa plugin:build`, which empties
// .medusa/server first. The plugin serves both files at GET /live/<file>;
// the storefront copies them into its public/ (storefront/scripts/build-widget.mjs).
//
// The widget's texts are the shop's dictionaries (storefront/src/i18n), so a
// build needs the monorepo; the built files do not.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
export const pluginRoot = path.resolve(here, "..")
export const widgetSources = [
  path.join(pluginRoot, "widget"),
  path.resolve(pluginRoot, "..", "..", "storefront", "src", "i18n"),
  // limits, offer and chat types, money formatting (bundled in)
  path.resolve(pluginRoot, "..", "..", "packages", "contract", "src"),
]
export const widgetOutDir = path.join(pluginRoot, ".medusa", "server", "widget")
export const widgetFiles = ["ocop-live.js", "hls.light.min.js", "mpegts.js"]
const entry = path.join(pluginRoot, "widget", "index.ts")
const require = createRequire(path.join(pluginRoot, "package.json"))

function newest(p) {
  if (!fs.existsSync(p)) return 0
  const s = fs.statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  return fs.readdirSync(p).reduce((m, e) => Math.max(m, newest(path.join(p, e))), s.mtimeMs)
}

/** True when a built file is missing or older than the widget's sources. */
export function widgetIsStale() {
  const built = widgetFiles.map((f) => path.join(widgetOutDir, f))
  if (!built.every((f) => fs.existsSync(f))) return true
  const oldest = Math.min(...built.map((f) => fs.statSync(f).mtimeMs))
  return Math.max(...widgetSources.map(newest)) > oldest
}

export async function buildWidget() {
  const esbuild = require("esbuild")
  fs.mkdirSync(widgetOutDir, { recursive: true })
  await esbuild.build({
    entryPoints: [entry],
    outfile: path.join(widgetOutDir, "ocop-live.js"),
    bundle: true,
    minify: true,
    format: "iife",
    target: ["es2020"],
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "warning",
  })
  fs.copyFileSync(require.resolve("hls.js/dist/hls.light.min.js"), path.join(widgetOutDir, "hls.light.min.js"))
  // mpegts.js plays the shop's own streams as HTTP-FLV (low latency) where the browser has MSE
  fs.copyFileSync(require.resolve("mpegts.js/dist/mpegts.js"), path.join(widgetOutDir, "mpegts.js"))
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWidget().then(
    () => console.log(`[live-selling] built ${path.relative(pluginRoot, path.join(widgetOutDir, "ocop-live.js"))}`),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
