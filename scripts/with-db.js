#!/usr/bin/env node
// Runs a command (e.g. `medusa exec ./src/scripts/seed.ts`) against the
// project's database: DATABASE_URL, or the embedded PostgreSQL, which is
// started for the command and stopped afterwards. Migrates first.
const path = require("path")
const { loadDotEnv } = require("./lib/env")
loadDotEnv(path.resolve(__dirname, ".."))
const { ROOT, DATA_DIR, log, resolveDatabase, prepareDatabase, run } = require("./lib/prepare")
const { ensureSecrets } = require("./lib/secrets")
const { runMode, modeEnv, demoEnv } = require("./lib/mode")

async function main() {
  const [command, ...args] = process.argv.slice(2)
  if (!command) throw new Error("usage: with-db.js COMMAND [ARGS…]")
  const db = await resolveDatabase()
  const stop = async () => db.embedded && (await db.embedded.stop())
  process.on("SIGINT", () => stop().then(() => process.exit(130)))
  process.on("SIGTERM", () => stop().then(() => process.exit(143)))
  // production (a demo with generated secrets unless the operator set NODE_ENV=production; scripts/lib/mode.js)
  const mode = runMode(process.argv.slice(2), process.env)
  // the same secrets and demo passwords as `npm start` (.data/secrets.json), e.g. for `npm run seed`
  const secrets = ensureSecrets(DATA_DIR, { ...process.env, ...modeEnv(mode) })
  if (secrets.created.length) log(`Generated ${secrets.created.join(", ")}: kept in ${path.relative(ROOT, secrets.file)}`)
  const env = { ...process.env, ...secrets.env, DATABASE_URL: db.url, ...modeEnv(mode), ...demoEnv(mode, process.env) }
  try {
    // migrations first (when they changed); the command itself may be the seed
    await prepareDatabase(db.url, env, { skipSeed: true })
    await run(path.join(ROOT, "node_modules", ".bin", command), args, env)
  } finally {
    await stop()
  }
}

main().catch((err) => {
  log(err.message)
  process.exit(1)
})
