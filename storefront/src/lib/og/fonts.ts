import "server-only"
import { existsSync } from "fs"
import { readFile } from "fs/promises"
import path from "path"

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }

const FILES = ["latin-400", "vietnamese-400", "latin-700", "vietnamese-700"] as const
let loaded: Promise<Font[]> | undefined

/**
 * The package's `files` folder, looked up from the working directory upwards
 * as Node resolves packages (npm workspaces hoist it to the root); the
 * server bundle has no `require.resolve` of its own for non-code files.
 */
function fontDir(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", "@fontsource", "noto-sans", "files")
    if (existsSync(candidate)) return candidate
    if (dir === path.dirname(dir)) throw new Error("@fontsource/noto-sans is not installed: run npm install")
  }
}

/** Noto Sans (latin + vietnamese subsets, regular and bold) from @fontsource/noto-sans, read once. */
export function shareImageFonts(): Promise<Font[]> {
  loaded ??= (async () => {
    const dir = fontDir()
    return Promise.all(
      FILES.map(async (file) => {
        const buf = await readFile(path.join(dir, `noto-sans-${file}-normal.woff`))
        const data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer
        // one family name per subset: under a shared name the renderer keeps one file and looks
        // the other subset's glyphs up online
        const name = file.startsWith("latin") ? "Noto Sans" : "Noto Sans Vietnamese"
        return { name, data, weight: file.endsWith("700") ? 700 : 400, style: "normal" } as Font
      })
    )
  })().catch((e) => {
    loaded = undefined // a later image tries again
    throw e
  })
  return loaded
}
