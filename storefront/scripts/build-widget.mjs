// The <ocop-live> custom element belongs to the live-selling plugin
// (plugins/live-selling/widget/, built into its .medusa/server/widget/ and
// served by the backend at /live/ocop-live.js). The storefront serves a copy
// from its own origin (public/ocop-live.js, beside hls.light.min.js), for the
// live page and /widget-demo.html: this copies the plugin's built files,
// building the widget first when they are missing or older than its sources.
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, "..")
const publicDir = path.join(root, "public")
const require = createRequire(path.join(root, "package.json"))
const pluginRoot = path.dirname(require.resolve("@ocop-live/live-selling/package.json"))
const pluginOut = path.join(pluginRoot, ".medusa", "server", "widget")
const FILES = ["ocop-live.js", "hls.light.min.js", "mpegts.js"]

/** The plugin's widget build script (present in the monorepo, not in a published package). */
async function pluginBuild() {
  const script = path.join(pluginRoot, "scripts", "build-widget.mjs")
  return fs.existsSync(script) ? import(pathToFileURL(script).href) : null
}

const same = (a, b) => fs.existsSync(a) && fs.existsSync(b) && fs.readFileSync(a).equals(fs.readFileSync(b))

export async function widgetIsStale() {
  const build = await pluginBuild()
  if (build?.widgetIsStale()) return true
  return !FILES.every((f) => same(path.join(pluginOut, f), path.join(publicDir, f)))
}

export async function buildWidget() {
  const build = await pluginBuild()
  if (build?.widgetIsStale()) await build.buildWidget()
  // public/ holds only these generated (git-ignored) files, so a fresh checkout has no such directory
  fs.mkdirSync(publicDir, { recursive: true })
  for (const f of FILES) {
    const from = path.join(pluginOut, f)
    if (!fs.existsSync(from)) throw new Error(`${from} is missing: build the live-selling plugin (npm run build --workspace @ocop-live/live-selling)`)
    fs.copyFileSync(from, path.join(publicDir, f))
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWidget().then(
    () => console.log(`[storefront] copied the live-selling plugin's ${FILES.join(", ")} into public/`),
    (e) => {
      console.error(e)
      process.exit(1)
    }
  )
}
