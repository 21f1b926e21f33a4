// The ES module twins of the CommonJS sources (src/*.mjs), for bundlers that
// take a linked workspace package as it is and do not convert CommonJS (the
// admin's Vite). The CommonJS files are the source; the .mjs files are not
// committed: `scripts/lib/build-plugins.js` (run by `npm start` and `npm test`
// before anything bundles) writes them, as does `node packages/contract/scripts/esm.js`.
const fs = require("fs")
const path = require("path")

const SRC = path.join(__dirname, "..", "src")
const MODULES = ["limits", "money", "errors"]
const HEADER = "// Generated from the CommonJS source by scripts/esm.js: edit that source, then run the script.\n"

/** A CommonJS source's ES module text: its `module.exports = { … }` becomes `export { … }`. */
function esmOf(source, file = "source") {
  const body = source.replace(/^"use strict"\n/, "")
  const exportsAt = body.search(/^module\.exports = \{/m)
  if (exportsAt < 0 || /\brequire\(|module\.exports(?! = \{)|\bexports\./.test(body.replace(/^module\.exports = \{/m, "")))
    throw new Error(`${file}: only a final \`module.exports = { … }\` and no require() can be turned into an ES module`)
  return HEADER + body.slice(0, exportsAt) + body.slice(exportsAt).replace(/^module\.exports = \{/, "export {")
}

/** Every .mjs file and its text. */
function esmFiles() {
  const files = {}
  for (const m of MODULES) files[`${m}.mjs`] = esmOf(fs.readFileSync(path.join(SRC, `${m}.js`), "utf8"), `${m}.js`)
  files["index.mjs"] = HEADER + MODULES.map((m) => `export * from "./${m}.mjs"\n`).join("")
  return files
}

/** Writes the .mjs files that are missing or differ from their source (unchanged ones keep their mtime). */
function writeEsm() {
  for (const [name, text] of Object.entries(esmFiles())) {
    const file = path.join(SRC, name)
    if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text)
  }
}

module.exports = { MODULES, esmOf, esmFiles, writeEsm, SRC }

if (require.main === module) writeEsm()
