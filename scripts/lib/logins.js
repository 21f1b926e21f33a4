// The banner lines about the demo logins. A generated password is printed
// once, on the start that generated it; later starts say where it is kept.
// Passwords set in the environment are the operator's and never printed.
// In a deployment (production without OCOP_DEMO=1) there are no demo logins.
const { isDeployment } = require("./mode")

const LOGINS = [
  { label: "Admin login:      ", email: "ADMIN_EMAIL", fallback: "admin@ocop-langson.local", password: "ADMIN_PASSWORD", note: "(dashboard /app)" },
  { label: "Producer login:   ", email: "PRODUCER_EMAIL", fallback: "producer@ocop-langson.local", password: "PRODUCER_PASSWORD", note: "(POST /auth/producer/emailpass)" },
]

/**
 * `env`: what the services got; `secrets`: from `ensureSecrets`; `where`: the
 * secrets file, for people; `firstSeed`: this start seeded a new database (so
 * the seed made the logins with these passwords).
 */
function loginBanner(env, secrets, where, firstSeed) {
  if (isDeployment(env)) {
    return ["  Logins:            no demo logins in production; create the admin with `npx medusa user -e EMAIL -p PASSWORD`"]
  }
  return LOGINS.map(({ label, email, fallback, password, note }) => {
    const address = env[email] || fallback
    if (secrets.created.includes(password) && !firstSeed) {
      return `  ${label} ${address}: made by an earlier start, before passwords were generated; change its password`
    }
    if (secrets.created.includes(password)) {
      return `  ${label} ${address} / ${env[password]} ${note} (generated now, shown once; kept in ${where})`
    }
    const from = secrets.env[password] ? `${password} in ${where}` : `${password} (your environment)`
    return `  ${label} ${address}, password: ${from}`
  })
}

module.exports = { loginBanner }
