// Small helpers on a PostgreSQL connection string.
const { Client } = require("pg")

async function withClient(url, fn) {
  const client = new Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1))
}

function withDatabase(url, name) {
  const u = new URL(url)
  u.pathname = `/${encodeURIComponent(name)}`
  return u.toString()
}

/** Creates the database named in `url` when it does not exist yet. */
async function ensureDatabase(url) {
  const name = databaseName(url)
  await withClient(withDatabase(url, "postgres"), async (client) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`)
    }
  })
}

module.exports = { withClient, ensureDatabase, databaseName, withDatabase }
