#!/usr/bin/env node
// `npm run bench -- NAME [ARGS…]`: runs bench/NAME.ts (TypeScript through
// ts-node). Every benchmark runs its own baseline in the same run and prints
// a ratio and the machine it ran on; results are recorded in bench/RESULTS.md.
const { spawn } = require("child_process")
const fs = require("fs")
const path = require("path")

const dir = __dirname
const available = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.replace(/\.ts$/, ""))
const [name, ...args] = process.argv.slice(2)

if (!name || !available.includes(name)) {
  console.error(`usage: npm run bench -- NAME\navailable: ${available.join(", ") || "(none yet)"}`)
  process.exit(name ? 1 : 0)
}

const child = spawn(
  process.execPath,
  ["-r", "ts-node/register/transpile-only", path.join(dir, `${name}.ts`), ...args],
  { stdio: "inherit", cwd: path.resolve(dir, ".."), env: { ...process.env, TS_NODE_PROJECT: path.resolve(dir, "..", "tsconfig.json") } }
)
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
