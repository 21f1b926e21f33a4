// The local secrets of `npm start`: the signing secrets (JWT_SECRET,
// COOKIE_SECRET), the secret the backend sends the storefront with its cache
// revalidations (STOREFRONT_REVALIDATE_SECRET) and the demo logins' passwords
// (ADMIN_PASSWORD, PRODUCER_PASSWORD), generated on the first start, kept in
// `<OCOP_DATA_DIR>/secrets.json` (mode 0600) and reused on later starts.
// A value set in the environment always wins and is never written.
// In a deployment (NODE_ENV=production without OCOP_DEMO=1, scripts/lib/mode.js)
// nothing is generated: the operator sets the signing secrets (Medusa and the
// gateway refuse to start without them) and the seed creates no demo login, so
// there is no demo password either. A production demo (`npm start`) also gets
// a VietQR webhook secret, since production refuses the published demo one.
const crypto = require("crypto")
const fs = require("fs")
const path = require("path")
const { isDeployment } = require("./mode")

const SIGNING_SECRETS = ["JWT_SECRET", "COOKIE_SECRET"]
// shared by Medusa (its subscribers send it) and the storefront (POST /api/revalidate checks it)
const SHARED_SECRETS = ["STOREFRONT_REVALIDATE_SECRET"]
const DEMO_PASSWORDS = ["ADMIN_PASSWORD", "PRODUCER_PASSWORD"]
// production refuses the demo webhook secret: a production demo gets its own
const PRODUCTION_DEMO_SECRETS = ["VIETQR_WEBHOOK_SECRET"]

function secretsFile(dataDir) {
  return path.join(dataDir, "secrets.json")
}

const randomSecret = () => crypto.randomBytes(32).toString("base64url")
// 18 characters, letters and digits: typed by hand into a login form
const randomPassword = () => crypto.randomBytes(16).toString("base64url").replace(/[-_]/g, "x").slice(0, 18)

function readSecrets(dataDir) {
  try {
    return JSON.parse(fs.readFileSync(secretsFile(dataDir), "utf8"))
  } catch {
    return {}
  }
}

function writeSecrets(dataDir, secrets) {
  const file = secretsFile(dataDir)
  fs.mkdirSync(dataDir, { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(tmp, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600 })
  fs.chmodSync(tmp, 0o600)
  fs.renameSync(tmp, file)
}

/**
 * The secrets this start passes on, as env (`{ JWT_SECRET, … }`), and which
 * of them were generated now (`created`: printed once, by the caller).
 * Values from `env` are used as they are; missing ones come from the file,
 * or are generated and added to it.
 */
function ensureSecrets(dataDir, env = process.env) {
  const names = isDeployment(env)
    ? []
    : [
        ...SIGNING_SECRETS,
        ...SHARED_SECRETS,
        ...DEMO_PASSWORDS,
        ...(env.NODE_ENV === "production" ? PRODUCTION_DEMO_SECRETS : []),
      ]
  const stored = readSecrets(dataDir)
  const values = {}
  const created = []
  for (const name of names) {
    if (env[name]) continue
    if (!stored[name]) {
      stored[name] = DEMO_PASSWORDS.includes(name) ? randomPassword() : randomSecret()
      created.push(name)
    }
    values[name] = stored[name]
  }
  if (created.length) writeSecrets(dataDir, stored)
  else if (fs.existsSync(secretsFile(dataDir))) fs.chmodSync(secretsFile(dataDir), 0o600)
  return { env: values, created, file: secretsFile(dataDir) }
}

module.exports = { ensureSecrets, readSecrets, secretsFile, SIGNING_SECRETS, SHARED_SECRETS, DEMO_PASSWORDS, PRODUCTION_DEMO_SECRETS }
