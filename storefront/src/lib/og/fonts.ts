import "server-only"
import { existsSync } from "fs"
import { readFile } from "fs/promises"
import path from "path"
import { type CjkFace, facesFor, parseFaces } from "./cjk-faces"

type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }

const FILES = ["latin-400", "vietnamese-400", "latin-700", "vietnamese-700"] as const
let loaded: Promise<Font[]> | undefined

/**
 * A package's folder, looked up from the working directory upwards as Node
 * resolves packages (npm workspaces hoist it to the root); the server
 * bundle has no `require.resolve` of its own for non-code files.
 */
function packageDir(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules", ...name.split("/"))
    if (existsSync(candidate)) return candidate
    if (dir === path.dirname(dir)) throw new Error(`${name} is not installed: run npm install`)
  }
}

const fontDir = () => path.join(packageDir("@fontsource/noto-sans"), "files")

const toArrayBuffer = (buf: Buffer) => buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer

/** Noto Sans (latin + vietnamese subsets, regular and bold) from @fontsource/noto-sans, read once. */
export function shareImageFonts(): Promise<Font[]> {
  loaded ??= (async () => {
    const dir = fontDir()
    return Promise.all(
      FILES.map(async (file) => {
        const buf = await readFile(path.join(dir, `noto-sans-${file}-normal.woff`))
        const data = toArrayBuffer(buf)
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

const SC = "@fontsource/noto-sans-sc"
let scFaces: Promise<CjkFace[]> | undefined
const scFiles = new Map<string, Promise<ArrayBuffer>>()

/** The regular and bold slices of Noto Sans SC (from the package's CSS), read once. */
function notoSansScFaces(): Promise<CjkFace[]> {
  scFaces ??= (async () => {
    const dir = packageDir(SC)
    const css = await Promise.all(["400.css", "700.css"].map((f) => readFile(path.join(dir, f), "utf8")))
    return css.flatMap(parseFaces)
  })().catch((e) => {
    scFaces = undefined
    throw e
  })
  return scFaces
}

/**
 * The Noto Sans SC slices (regular and bold) holding the Chinese characters
 * of `texts`, each file read once per process; each slice under its own
 * family name, as the renderer keeps one file per name. `faces`: what was
 * loaded, so the card draws exactly the characters they hold.
 */
export async function cjkFonts(texts: (string | null | undefined)[]): Promise<{ fonts: Font[]; faces: CjkFace[] }> {
  const faces = facesFor(texts, await notoSansScFaces())
  if (!faces.length) return { fonts: [], faces }
  const dir = path.join(packageDir(SC), "files")
  const fonts = await Promise.all(
    faces.map(async (face) => {
      let data = scFiles.get(face.file)
      if (!data) {
        data = readFile(path.join(dir, face.file)).then(toArrayBuffer)
        data.catch(() => scFiles.delete(face.file))
        scFiles.set(face.file, data)
      }
      const name = `Noto Sans SC ${face.file.replace(/-(400|700)-normal\.woff$/, "")}`
      return { name, data: await data, weight: face.weight === 700 ? 700 : 400, style: "normal" } as Font
    })
  )
  return { fonts, faces }
}
