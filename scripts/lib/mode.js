// How `npm start` (and `npm run seed`, `npm run start:cluster`) run: NODE_ENV
// and whether this is a demo on one machine or an operator's deployment.
//
// NODE_ENV says how the code runs (Medusa serves its built admin, Secure
// session cookies, Next's production server); OCOP_DEMO says who provides the
// secrets. `npm start` with no NODE_ENV is production *and* a demo: the first
// start generates the signing secrets, the VietQR webhook secret and the demo
// logins into .data/secrets.json, so two commands work on a fresh machine.
// An operator who sets NODE_ENV=production (or OCOP_DEMO=0) gets the
// deployment guard: secrets must be set, no demo login, no demo bank account.
// `npm run dev` (`--dev`) runs in development.

const FALSE = ["0", "false", "no", "off"]

/** `{ nodeEnv, demo }` for these arguments and environment. */
function runMode(argv = [], env = process.env) {
  const explicit = (env.NODE_ENV || "").trim()
  const nodeEnv = argv.includes("--dev") ? "development" : explicit || "production"
  const setting = (env.OCOP_DEMO || "").trim().toLowerCase()
  // an explicit NODE_ENV=production is a deployment unless OCOP_DEMO=1 says otherwise
  const demo = setting ? !FALSE.includes(setting) : !(explicit === "production")
  return { nodeEnv, demo }
}

/** A real deployment: production, with the operator's secrets and no demo data. */
function isDeployment(env = process.env) {
  return env.NODE_ENV === "production" && env.OCOP_DEMO !== "1"
}

/** The variables every child process gets for this mode. */
function modeEnv({ nodeEnv, demo }) {
  return { NODE_ENV: nodeEnv, OCOP_DEMO: demo ? "1" : "0" }
}

/**
 * What a production demo adds to the environment: the VietQR demo receiving
 * account (production leaves the provider out without an account). Its
 * webhook secret is generated with the other secrets (scripts/lib/secrets.js).
 */
function demoEnv({ nodeEnv, demo }, env = process.env) {
  if (!demo || nodeEnv !== "production" || env.VIETQR_ACCOUNT_NUMBER) return {}
  const { VIETQR_DEMO_DEFAULTS: d } = require("@ocop-live/payment-vietqr/lib/config")
  return { VIETQR_BANK_BIN: d.bankBin, VIETQR_ACCOUNT_NUMBER: d.accountNumber, VIETQR_ACCOUNT_NAME: d.accountName }
}

module.exports = { runMode, isDeployment, modeEnv, demoEnv }
