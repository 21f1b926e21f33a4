/**
 * The project supports the Node.js its `engines` field states (and the README
 * repeats): no installed package may ask for a newer one (npm then warns with
 * EBADENGINE on every install, and the package may use APIs Node 20 lacks).
 */
import fs from "fs"
import path from "path"

const ROOT = path.resolve(__dirname, "..", "..")
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8"))

type Version = [number, number, number]
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.split(".").map((n) => Number(n) || 0)
  return [a, b, c]
}
const newer = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]

/** The lowest Node version a range accepts, for ranges of ">=", "^", "~", "x" and "||" parts. */
function lowest(range: string): Version {
  const parts = range.split("||").map((part) => {
    const first = part.trim().replace(/^(>=|\^|~|=)\s+/, "$1").split(/\s+/)[0].replace(/^(>=|\^|~|=)?v?/, "").replace(/[x*]/g, "0")
    return parse(first || "0")
  })
  return parts.sort(newer)[0]
}

describe("the supported Node.js version", () => {
  const ours = read("package.json").engines.node as string

  it("is stated in package.json and the README", () => {
    expect(ours).toEqual(">=20.20")
    expect(fs.readFileSync(path.join(ROOT, "README.md"), "utf8")).toContain("Node.js 20.20 or newer")
  })

  it("is accepted by every package in the lock file", () => {
    const packages = read("package-lock.json").packages as Record<string, { version?: string; engines?: { node?: string } | string[] }>
    const floor = lowest(ours)
    const demanding = Object.entries(packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && typeof p.engines.node === "string")
      .filter(([, p]) => newer(lowest((p.engines as { node: string }).node), floor) > 0)
      .map(([name, p]) => `${name}@${p.version} needs node ${(p.engines as { node: string }).node}`)
    expect(demanding).toEqual([])
  })

  it("reads ranges as npm does for the forms the lock file holds", () => {
    expect(lowest(">=22.15.0")).toEqual([22, 15, 0])
    expect(lowest("^18.18.0 || ^20.9.0 || >=21.1.0")).toEqual([18, 18, 0])
    expect(lowest(">= 16")).toEqual([16, 0, 0])
    expect(lowest("14 - 22")).toEqual([14, 0, 0])
    expect(lowest("*")).toEqual([0, 0, 0])
  })
})
