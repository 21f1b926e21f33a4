import { existsSync, readFileSync } from "fs"
import path from "path"
import { drawnBy, facesFor, isCjk, parseFaces } from "../../../storefront/src/lib/og/cjk-faces"
import { ogText } from "../../../storefront/src/lib/og/text"
import { decodePng, gradientPng } from "../../helpers/png"

// the package the storefront's share images read (a dependency of the storefront workspace)
const SC = path.dirname(require.resolve("@fontsource/noto-sans-sc/package.json"))
const faces = ["400.css", "700.css"].flatMap((f) => parseFaces(readFileSync(path.join(SC, f), "utf8")))
const TITLE = "谅山八角（支陵大料）"

describe("Chinese share images: the Noto Sans SC slices a card loads (issue 16)", () => {
  it("reads every regular and bold slice of the package with its woff file and ranges", () => {
    expect(faces.filter((f) => f.weight === 400).length).toBeGreaterThan(90)
    expect(faces.filter((f) => f.weight === 700).length).toBe(faces.filter((f) => f.weight === 400).length)
    for (const face of faces) expect(existsSync(path.join(SC, "files", face.file))).toBe(true)
  })

  it("parses a face's unicode-range, single points and ranges", () => {
    const css = `@font-face { font-family: 'Noto Sans SC'; font-weight: 700;
      src: url(./files/x-7-700-normal.woff2) format('woff2'), url(./files/x-7-700-normal.woff) format('woff');
      unicode-range: U+4e00-4e0f,U+516b; }`
    expect(parseFaces(css)).toEqual([{ file: "x-7-700-normal.woff", weight: 700, ranges: [[0x4e00, 0x4e0f], [0x516b, 0x516b]] }])
  })

  it("picks the few slices holding a title's characters, in both weights, and draws exactly those", () => {
    const picked = facesFor([TITLE, "Hồi Lạng Sơn", null], faces)
    expect(picked.length).toBeGreaterThan(1)
    expect(picked.length).toBeLessThan(30)
    expect(new Set(picked.map((f) => f.weight))).toEqual(new Set([400, 700]))
    const drawn = drawnBy(picked)
    for (const ch of TITLE) expect({ ch, drawn: drawn(ch.codePointAt(0)!) }).toEqual({ ch, drawn: true })
    expect(ogText(`${TITLE} 🔥 Hồi`, 90, drawn)).toBe(`${TITLE} Hồi`)
    // without the slices, Chinese is still dropped rather than fetched
    expect(ogText(TITLE)).toBe("")
  })

  it("loads nothing for a Latin or Vietnamese card", () => {
    expect(facesFor(["Na Chi Lăng", "OCOP · Lạng Sơn", "₫65,000"], faces)).toEqual([])
    expect(["八", "（", "，", "a", "ă"].map((c) => isCjk(c.codePointAt(0)!))).toEqual([true, true, true, false, false])
  })
})

describe("decodePng (the share test's PNG reader)", () => {
  it("reads back what gradientPng writes and refuses a broken file", () => {
    const png = gradientPng(40, 30, 7)
    const decoded = decodePng(png)
    expect({ width: decoded.width, height: decoded.height, channels: decoded.channels }).toEqual({ width: 40, height: 30, channels: 3 })
    // the first pixel: x=0, y=0 of the gradient (0, 0, 90) plus at most 3 of noise
    expect([...decoded.pixels.subarray(0, 3)].map((v, i) => v - [0, 0, 90][i]).every((d) => d >= 0 && d <= 3)).toBe(true)
    const broken = Buffer.from(png)
    broken[40] ^= 0xff
    expect(() => decodePng(broken)).toThrow()
    expect(() => decodePng(Buffer.from("not a png"))).toThrow("not a PNG")
  })
})
