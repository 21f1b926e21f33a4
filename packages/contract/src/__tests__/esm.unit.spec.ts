import fs from "fs"
import path from "path"
/* eslint-disable @typescript-eslint/no-var-requires */
const cjs = require("../index.js")
const { esmFiles, esmOf, writeEsm, SRC } = require("../../scripts/esm.js")

/** The names an ES module text exports (`export { a, b }`, `export * from`). */
function exportedNames(text: string, files: Record<string, string>): string[] {
  const names: string[] = []
  for (const m of text.matchAll(/^export \{([^}]*)\}/gm)) names.push(...m[1].split(",").map((n) => n.trim()).filter(Boolean))
  for (const m of text.matchAll(/^export \* from "\.\/(.+)"$/gm)) names.push(...exportedNames(files[m[1]], files))
  return names
}

describe("the ES module twins (src/*.mjs)", () => {
  const files: Record<string, string> = esmFiles()

  it("are written from the CommonJS sources, and only when missing or changed", () => {
    writeEsm()
    for (const [name, text] of Object.entries(files)) {
      expect(fs.readFileSync(path.join(SRC, name), "utf8")).toEqual(text)
    }
    const before = fs.statSync(path.join(SRC, "index.mjs")).mtimeMs
    writeEsm()
    expect(fs.statSync(path.join(SRC, "index.mjs")).mtimeMs).toBe(before)
  })

  it("export every name the CommonJS entry exports, and no other", () => {
    expect(exportedNames(files["index.mjs"], files).sort()).toEqual(Object.keys(cjs).sort())
  })

  it("turn only a final `module.exports = { … }` into an export", () => {
    expect(esmOf('"use strict"\nconst A = 1\n\nmodule.exports = { A }\n')).toMatch(/\nconst A = 1\n\nexport \{ A \}\n$/)
    expect(() => esmOf('const x = require("./x.js")\nmodule.exports = { x }\n')).toThrow(/no require/)
    expect(() => esmOf("exports.A = 1\n")).toThrow(/module\.exports/)
  })
})
